"""What the agreement registry hands to its readers: records, their events and mentions.

An agreement *record* is one real-world agreement; a *mention* is one article's
report of it (a row of ``agreements``). These frozen dataclasses are what
``db.queries`` returns for records, and what the digest, the Atom feed and the
pictures are drawn from, so those renderers never touch rows or sessions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

EventKind = Literal["announced", "signed", "extended", "ended"]
EVENT_KINDS: tuple[str, ...] = ("announced", "signed", "extended", "ended")


@dataclass(frozen=True)
class RecordEvent:
    """One step in a record's life, as one mention reported it.

    ``kind`` is the step; ``detail`` says how a record ended or was extended
    (``terminated``, ``expired``, ``suspended``, ``merged``, ``renewed``)
    where the mention says so. ``date`` is ISO at ``precision``
    (``2025-05-21``, ``2025-05``, ``2025``), or None when the text gives none.
    """

    kind: str
    date: str | None
    precision: str | None
    agreement_id: int
    article_url: str
    detail: str | None = None


@dataclass(frozen=True)
class RecordMention:
    """One article's report of the record (a row of ``agreements``)."""

    agreement_id: int
    article_url: str
    article_title: str | None
    published: str | None
    evidence: str
    status: str
    type: str
    date: str | None
    lang: str | None = None


@dataclass(frozen=True)
class AgreementRecordSummary:
    """A record with everything a reader shows: parties, lifecycle and sources.

    ``status`` is derived from ``events`` (the latest one decides); ``change``
    is set only in a run's digest: ``"new"`` or ``"status: signed -> ended"``.
    ``record_key`` is the record's stable key; ``reason`` says why its
    mentions were joined ('' for a record of one mention).
    """

    id: int
    type: str
    status: str
    parties: tuple[str, ...]
    first_date: str | None
    last_date: str | None
    name: str | None = None
    events: tuple[RecordEvent, ...] = field(default_factory=tuple)
    mentions: tuple[RecordMention, ...] = field(default_factory=tuple)
    change: str | None = None
    record_key: str | None = None
    reason: str = ""

    @property
    def articles(self) -> int:
        """How many distinct articles report this record."""
        return len({m.article_url for m in self.mentions})
