"""The store's upserts: nothing duplicated, nothing lost."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import models as m
from db.queries import stored_page
from pipeline.store import save_extraction, save_fetch
from scraper.errors import ErrorKind
from scraper.models import (
    Agreement,
    DateMention,
    Extraction,
    FetchResult,
    Organisation,
    Page,
    ParsedArticle,
)

NOW = datetime(2025, 3, 12, 10, 0, tzinfo=UTC)


def _record(body: bytes = b"<html>v1</html>", **kw: object) -> FetchResult:
    """A fetch of https://news.example.edu/a (``url=`` names another page)."""
    base: dict[str, object] = {
        "url": "https://news.example.edu/a",
        "status": 200,
        "headers": {"content-type": "text/html", "etag": '"v1"', "set-cookie": "secret"},
        "body": body,
        "fetched_at": NOW,
    }
    base.update(kw)
    base["final_url"] = base["url"]
    return FetchResult(**base)  # type: ignore[arg-type]


def _save(session: Session, result: FetchResult) -> tuple[str, int | None]:
    return save_fetch(session, result, kind="page", source="uni", run_id=None)


def _stored(session: Session, page_id: int | None) -> Page | None:
    assert page_id is not None
    page: Page | None = stored_page(session.connection(), page_id)
    return page


def _count(engine: Engine, model: type) -> int:
    with Session(engine) as s:
        return int(s.scalar(select(func.count()).select_from(model)) or 0)


def test_fetch_is_stored_once_and_body_round_trips(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        outcome, page_id = _save(s, _record())
    assert outcome == "new"
    with Session(engine) as s, s.begin():
        again, same_id = _save(s, _record())
    assert (again, same_id) == ("unchanged", page_id)
    with Session(engine) as s:
        page = _stored(s, page_id)
        assert page is not None and page.body == b"<html>v1</html>"
        assert page.headers == {"content-type": "text/html", "etag": '"v1"'}
    assert _count(engine, m.Page) == 1 and _count(engine, m.PageBody) == 1


def test_changed_body_replaces_and_error_keeps_old_body(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        _save(s, _record())
    with Session(engine) as s, s.begin():
        outcome, page_id = _save(s, _record(b"<html>v2</html>"))
    assert outcome == "changed"
    with Session(engine) as s, s.begin():
        outcome, _ = save_fetch(
            s,
            _record(b"", status=500, error_kind=ErrorKind.HTTP_STATUS, error="HTTP 500"),
            kind="page",
            source="uni",
            run_id=None,
        )
    assert outcome == "error"
    with Session(engine) as s:
        row = s.get(m.Page, page_id)
        assert row is not None and row.error_kind == "http_status" and row.status == 500
        page = _stored(s, page_id)
        assert page is not None and page.body == b"<html>v2</html>"


def _extraction(
    parties: tuple[str, ...] = ("Leiden University", "Delft University of Technology"),
) -> Extraction:
    article = ParsedArticle(
        url="https://news.example.edu/a",
        title="Two universities sign",
        published=date(2025, 3, 12),
        published_source="meta",
        language="en",
        paragraphs=("They signed.",),
    )
    orgs = (
        Organisation(
            "Leiden University", ("Leiden University", "Universiteit Leiden"), "university"
        ),
        Organisation("Delft University of Technology", ("TU Delft",), "university"),
    )
    agreement = Agreement("agreement", parties, "signed", "They signed.", "2025-03-12", "day", 0.9)
    dates = (DateMention("12 March 2025", "2025-03-12", "day"),)
    return Extraction(article, orgs, (agreement,), dates)


def test_extraction_upsert_is_idempotent(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        _, page_id = _save(s, _record())
    for _ in range(2):
        with Session(engine) as s, s.begin():
            assert page_id is not None
            save_extraction(
                s, page_id, _extraction(), parser="generic", version=1, canonical_key=None, now=NOW
            )
    assert _count(engine, m.Article) == 1
    assert _count(engine, m.Organisation) == 2
    assert _count(engine, m.Agreement) == 1
    assert _count(engine, m.AgreementParty) == 2
    assert _count(engine, m.DateMention) == 1
    assert _count(engine, m.ArticleOrganisation) == 2
    with Session(engine) as s:
        aliases = set(s.scalars(select(m.OrganisationAlias.alias_key)))
    assert {"leiden university", "universiteit leiden", "tu delft"} <= aliases


def test_alias_resolves_to_the_same_organisation_across_articles(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        _, first = _save(s, _record())
        _, second = save_fetch(
            s,
            _record(url="https://news.example.edu/b"),
            kind="page",
            source="uni",
            run_id=None,
        )
    other = Extraction(
        ParsedArticle(url="https://news.example.edu/b", title="x", paragraphs=("y",)),
        (Organisation("Universiteit Leiden", ("Universiteit Leiden",)),),
    )
    with Session(engine) as s, s.begin():
        assert first is not None and second is not None
        save_extraction(
            s, first, _extraction(), parser="generic", version=1, canonical_key=None, now=NOW
        )
        save_extraction(s, second, other, parser="generic", version=1, canonical_key=None, now=NOW)
    assert _count(engine, m.Organisation) == 2


def test_agreement_that_disappears_on_reparse_is_removed(engine: Engine) -> None:
    with Session(engine) as s, s.begin():
        _, page_id = _save(s, _record())
        assert page_id is not None
        save_extraction(
            s, page_id, _extraction(), parser="generic", version=1, canonical_key=None, now=NOW
        )
    empty = Extraction(_extraction().article, _extraction().organisations)
    with Session(engine) as s, s.begin():
        save_extraction(s, page_id, empty, parser="generic", version=2, canonical_key=None, now=NOW)
    assert _count(engine, m.Agreement) == 0 and _count(engine, m.AgreementParty) == 0


def test_duplicates_fold_by_canonical_url_and_by_content(engine: Engine) -> None:
    from pipeline.store import duplicate_of

    with Session(engine) as s, s.begin():
        _, first = _save(s, _record())
        _, second = save_fetch(
            s,
            _record(
                url="https://news.example.edu/b?print=1",
            ),
            kind="page",
            source="uni",
            run_id=None,
        )
        assert first is not None and second is not None
        save_extraction(
            s, first, _extraction(), parser="generic", version=1, canonical_key=None, now=NOW
        )
        same_text = _extraction().article
        assert duplicate_of(s, second, same_text, None) is not None
        other = ParsedArticle(url="https://news.example.edu/b", title="Other", paragraphs=("z",))
        assert duplicate_of(s, second, other, None) is None
        assert duplicate_of(s, second, other, "https://news.example.edu/a") is not None
        assert duplicate_of(s, first, _extraction().article, "https://news.example.edu/a") is None


def test_a_canonical_url_finds_the_oldest_article_holding_it(engine: Engine) -> None:
    # One page's article names the key as its canonical URL, a later page is at that URL:
    # either holder folds a third page, and the older one is the answer.
    from pipeline.store import duplicate_of

    key = "https://news.example.edu/story"
    ids = []
    with Session(engine) as s, s.begin():
        for url, text, canonical in (
            ("https://news.example.edu/story?amp=1", "An alliance of two schools.", key),
            ("https://news.example.edu/story", "Two schools form an alliance.", None),
            ("https://news.example.edu/story?ref=feed", "The alliance, reported again.", None),
        ):
            _, page_id = save_fetch(s, _record(url=url), kind="page", source="uni", run_id=None)
            assert page_id is not None
            article = replace(_extraction().article, url=url, paragraphs=(text,))
            extraction = replace(_extraction(), article=article)
            save_extraction(
                s,
                page_id,
                extraction,
                parser="generic",
                version=1,
                canonical_key=canonical,
                now=NOW,
            )
            ids.append(page_id)
        held = sorted(s.scalars(select(m.Article.id).where(m.Article.page_id.in_(ids[:2]))))
        third = s.scalar(select(m.Article).where(m.Article.page_id == ids[2]))
        assert third is not None
        assert duplicate_of(s, ids[2], third_article(third), key) == held[0]
        # A holder's own page is left out; the page at the URL itself is never a duplicate.
        assert duplicate_of(s, ids[0], third_article(third), key) == held[1]
        assert duplicate_of(s, ids[1], third_article(third), key) is None
        assert duplicate_of(s, ids[2], third_article(third), key + "/none") is None


def third_article(row: m.Article) -> ParsedArticle:
    """A parsed article whose content no stored article has (only the canonical URL can fold it)."""
    return ParsedArticle(url=row.url, title="Unrelated", paragraphs=(f"nothing like {row.id}",))


# Fixtures database_url, migrated_engine: tests/dbfixtures.py (a SQLite file and PostgreSQL)
pytest_plugins = ("dbfixtures",)


def test_unresolved_dates_are_stored_with_no_value(migrated_engine: Engine) -> None:
    dates = (
        DateMention("12 March 2025", "2025-03-12", "day"),
        DateMention("yesterday", None, "day"),
        DateMention("last month", None, "month"),
    )
    extraction = replace(_extraction(), dates=dates)
    with Session(migrated_engine) as s, s.begin():
        _, page_id = _save(s, _record())
        assert page_id is not None
        save_extraction(
            s, page_id, extraction, parser="generic", version=1, canonical_key=None, now=NOW
        )
    with Session(migrated_engine) as s:
        rows = s.execute(
            select(m.DateMention.text, m.DateMention.value, m.DateMention.precision).order_by(
                m.DateMention.position
            )
        ).all()
    assert [tuple(r) for r in rows] == [
        ("12 March 2025", "2025-03-12", "day"),
        ("yesterday", None, "day"),
        ("last month", None, "month"),
    ]


def test_the_date_header_is_stored_with_the_body_and_fetcher_headers_are_not(
    engine: Engine,
) -> None:
    headers = {
        "content-type": "text/html",
        "date": "Wed, 12 Mar 2025 10:00:00 GMT",
        "content-length": "15",
        "location": "https://news.example.edu/b",
    }
    with Session(engine) as s, s.begin():
        _, page_id = _save(s, _record(headers=headers))
    with Session(engine) as s:
        page = _stored(s, page_id)
        assert page is not None
        assert page.headers == {
            "content-type": "text/html",
            "date": "Wed, 12 Mar 2025 10:00:00 GMT",
        }
