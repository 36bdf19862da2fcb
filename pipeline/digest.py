"""The digest of a run: one line per agreement record that is new or changed status.

Pure text from ``AgreementRecordSummary`` objects (``db.queries.records_changed``
fills ``change``), so cron mails a few readable lines after a crawl and
nothing at all when no record changed.
"""

from __future__ import annotations

from collections.abc import Sequence

from db.record_types import AgreementRecordSummary


def date_span(first: str | None, last: str | None) -> str:
    """A record's dates as one phrase: ``2023-05 to 2025``, ``2023-05-10`` or ``no date``."""
    if first and last and first != last:
        return f"{first} to {last}"
    return first or last or "no date"


def parties_text(record: AgreementRecordSummary) -> str:
    """The parties joined with `` + ``; a record without named parties says so."""
    return " + ".join(record.parties) if record.parties else "(no parties named)"


def record_line(record: AgreementRecordSummary) -> str:
    """One record as one line: what changed, parties, type and name, status, dates, articles.

    ``record 17 new: Leiden University + ESA; framework agreement, signed;
    2023-05-10; 2 articles``. A record without ``change`` is labelled
    ``listed`` rather than left out.
    """
    change = record.change or "listed"
    kind = record.type + (f' "{record.name}"' if record.name else "")
    articles = record.articles
    noun = "article" if articles == 1 else "articles"
    return (
        f"record {record.id} {change}: {parties_text(record)}; {kind}, {record.status}; "
        f"{date_span(record.first_date, record.last_date)}; {articles} {noun}"
    )


def digest_lines(records: Sequence[AgreementRecordSummary]) -> list[str]:
    """One line per record, new records first, then status changes, each by record id."""
    ordered = sorted(records, key=lambda r: (r.change != "new", r.id))
    return [record_line(record) for record in ordered]


def digest(records: Sequence[AgreementRecordSummary], *, run_id: int | None = None) -> str:
    """The digest as text: a heading and one line per record; ``""`` when nothing changed.

    The empty string is the point: printed after a cron crawl, it makes no mail.
    """
    if not records:
        return ""
    new = sum(1 for r in records if r.change == "new")
    changed = len(records) - new
    where = f"run {run_id}: " if run_id is not None else ""
    heading = (
        f"{where}{new} new agreement record{'' if new == 1 else 's'}, {changed} changed status"
    )
    return "\n".join([heading, *digest_lines(records)]) + "\n"
