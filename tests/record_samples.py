"""Hand-built agreement records for the renderer tests (digest, feed, pictures)."""

from __future__ import annotations

from db.record_types import AgreementRecordSummary, RecordEvent, RecordMention

BASE = "https://news.example.edu/en/news"


def mention(agreement_id: int, slug: str, title: str | None = None, **fields: str) -> RecordMention:
    """One article's mention of a record, with a URL under ``BASE``."""
    values = {
        "published": "2024-05-01",
        "evidence": "The universities signed an agreement.",
        "status": "signed",
        "type": "mou",
        "date": None,
        "lang": "en",
    }
    values.update(fields)
    return RecordMention(
        agreement_id=agreement_id,
        article_url=f"{BASE}/{slug}",
        article_title=title if title is not None else slug.replace("-", " ").capitalize(),
        **values,  # type: ignore[arg-type]
    )


def event(
    kind: str, date: str | None, agreement_id: int, slug: str, detail: str | None = None
) -> RecordEvent:
    """One lifecycle step reported by the article ``slug``."""
    precision = None if date is None else ("day", "month", "year")[3 - len(date.split("-"))]
    return RecordEvent(
        kind=kind,
        date=date,
        precision=precision,
        agreement_id=agreement_id,
        article_url=f"{BASE}/{slug}",
        detail=detail,
    )


def leiden_esa(change: str | None = "new") -> AgreementRecordSummary:
    """A signed framework agreement reported by two articles (nl and en)."""
    return AgreementRecordSummary(
        id=17,
        type="framework agreement",
        status="signed",
        parties=("Leiden University", "European Space Agency"),
        first_date="2023-05-10",
        last_date="2023-05-10",
        events=(event("signed", "2023-05-10", 3, "leiden-esa"),),
        mentions=(
            mention(3, "leiden-esa", "Leiden and ESA sign framework agreement"),
            mention(4, "leiden-esa", "Leiden and ESA sign framework agreement", lang="nl"),
            mention(5, "esa-follow-up", "ESA and Leiden, a year on"),
        ),
        change=change,
        record_key="9c4fe9bfeeb244c6",
    )


def erasmus_delft_ended(change: str | None = "status: signed -> ended") -> AgreementRecordSummary:
    """A partnership signed in 2019 and ended in 2025-01, with a name that needs escaping."""
    return AgreementRecordSummary(
        id=5,
        type="partnership",
        status="ended",
        parties=("Leiden University", 'Erasmus MC & <Delft> "Convergence"'),
        first_date="2019",
        last_date="2025-01",
        name="Convergence <AI>",
        events=(
            event("signed", "2019", 8, "convergence-2019"),
            event("ended", "2025-01", 21, "convergence-ends", detail="terminated"),
        ),
        mentions=(
            mention(8, "convergence-2019", "Convergence starts"),
            mention(21, "convergence-ends", "Convergence ends", status="ended"),
        ),
        change=change,
    )


def undated_consortium(change: str | None = "new") -> AgreementRecordSummary:
    """A planned consortium of three with no date at all."""
    return AgreementRecordSummary(
        id=30,
        type="consortium",
        status="planned",
        parties=("Leiden University", "KU Leuven", "Universität Wien"),
        first_date=None,
        last_date=None,
        events=(event("announced", None, 40, "consortium-plans"),),
        mentions=(mention(40, "consortium-plans", None, status="planned"),),
        change=change,
    )
