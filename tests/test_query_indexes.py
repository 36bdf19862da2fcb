"""Migration 0009's maintained counts and sort keys, and the orders and pages they serve.

``organisation_counts`` and ``agreement_parties.sort_key`` are kept by
triggers; every test here recomputes them from the base tables after writes
(inserts, updates, cascaded deletes) and checks they agree, on SQLite and
PostgreSQL. The listings they speed up must keep their order, and a page
(``limit``) must be the head of the full listing.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Connection, Engine, String, cast, delete, func, insert, select, update

from db import models as m
from db import queries

# Fixtures database_url, migrated_engine, filled_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


def _kept_counts(conn: Connection) -> dict[int, tuple[int, int]]:
    counts = m.OrganisationCounts
    rows = conn.execute(select(counts.organisation_id, counts.articles, counts.agreements))
    return {row[0]: (row[1], row[2]) for row in rows}


def _true_counts(conn: Connection) -> dict[int, tuple[int, int]]:
    o = m.Organisation
    mentions = (
        select(func.count())
        .select_from(m.ArticleOrganisation)
        .where(m.ArticleOrganisation.organisation_id == o.id)
        .scalar_subquery()
    )
    parties = (
        select(func.count())
        .select_from(m.AgreementParty)
        .where(m.AgreementParty.organisation_id == o.id)
        .scalar_subquery()
    )
    return {row[0]: (row[1], row[2]) for row in conn.execute(select(o.id, mentions, parties))}


def _kept_sort_keys(conn: Connection) -> dict[tuple[int, int], str]:
    p = m.AgreementParty
    return {
        (row[0], row[1]): row[2]
        for row in conn.execute(select(p.agreement_id, p.organisation_id, p.sort_key))
    }


def _true_sort_keys(conn: Connection) -> dict[tuple[int, int], str]:
    p, ag, art = m.AgreementParty, m.Agreement, m.Article
    key = func.coalesce(ag.date, cast(art.published, String), "")
    query = (
        select(p.agreement_id, p.organisation_id, key)
        .join(ag, ag.id == p.agreement_id)
        .join(art, art.id == ag.article_id)
    )
    return {(row[0], row[1]): row[2] for row in conn.execute(query)}


def _assert_kept(conn: Connection) -> None:
    assert _kept_counts(conn) == _true_counts(conn)
    assert _kept_sort_keys(conn) == _true_sort_keys(conn)


def test_the_migration_fills_counts_and_sort_keys(filled_engine: Engine) -> None:
    with filled_engine.connect() as conn:
        _assert_kept(conn)
        counts = _kept_counts(conn)
    assert any(agreements > 0 for _, agreements in counts.values())
    assert any(articles > 0 for articles, _ in counts.values())


def test_counts_and_sort_keys_follow_every_write(filled_engine: Engine) -> None:
    with filled_engine.begin() as conn:
        undated = conn.execute(
            select(m.Agreement.id, m.Agreement.article_id).where(m.Agreement.date.is_(None))
        ).first()
        assert undated is not None, "the data set has an agreement dated by its article"
        # A new organisation gets a counts row; new links count.
        new_org = conn.execute(
            insert(m.Organisation).values(name="Quantum Delta NL").returning(m.Organisation.id)
        ).scalar_one()
        conn.execute(
            insert(m.AgreementParty).values(agreement_id=undated.id, organisation_id=new_org)
        )
        conn.execute(
            insert(m.ArticleOrganisation).values(
                article_id=undated.article_id, organisation_id=new_org
            )
        )
        _assert_kept(conn)
        assert _kept_counts(conn)[new_org] == (1, 1)
        # The article's new date moves the undated agreement's key, not the dated ones'.
        conn.execute(
            update(m.Article)
            .where(m.Article.id == undated.article_id)
            .values(published=date(2030, 1, 2))
        )
        _assert_kept(conn)
        assert _kept_sort_keys(conn)[(undated.id, new_org)] == "2030-01-02"
        # An agreement's own date wins; removing it falls back to the article's.
        conn.execute(update(m.Agreement).where(m.Agreement.id == undated.id).values(date="2031"))
        assert _kept_sort_keys(conn)[(undated.id, new_org)] == "2031"
        conn.execute(update(m.Agreement).where(m.Agreement.id == undated.id).values(date=None))
        _assert_kept(conn)
        conn.execute(update(m.Article).values(published=None))
        _assert_kept(conn)
        assert _kept_sort_keys(conn)[(undated.id, new_org)] == ""
        # A link moved to another organisation moves its count.
        other = conn.execute(
            insert(m.Organisation).values(name="Delta Lab").returning(m.Organisation.id)
        ).scalar_one()
        conn.execute(
            update(m.ArticleOrganisation)
            .where(m.ArticleOrganisation.organisation_id == new_org)
            .values(organisation_id=other)
        )
        _assert_kept(conn)
        # Deleting an article cascades to its links, and the counts follow.
        conn.execute(delete(m.Article).where(m.Article.id == undated.article_id))
        _assert_kept(conn)
        conn.execute(delete(m.Organisation).where(m.Organisation.id == new_org))
        _assert_kept(conn)
        assert new_org not in _kept_counts(conn)


def _listing_key(row: dict) -> tuple[str, int]:
    published = row["published"].isoformat() if row["published"] else ""
    return (row["date"] or published, row["id"])


@pytest.mark.parametrize(
    "filters", [{}, {"with_org": "Erasmus MC"}, {"since": "2023"}, {"status": "signed"}]
)
def test_an_organisations_agreements_are_newest_first_and_pages_are_heads(
    filled_engine: Engine, filters: dict
) -> None:
    with filled_engine.begin() as conn:
        # Two agreements on one date and one with no date at all, to test the ties and the end.
        article = conn.execute(select(m.Article.id).order_by(m.Article.id)).scalars().first()
        conn.execute(update(m.Article).where(m.Article.id == article).values(published=None))
        org = queries.organisation_id(conn, "TU Delft")
        partner = queries.organisation_id(conn, "Erasmus MC")
        for key, when in (("tie-a", "2023-06-01"), ("tie-b", "2023-06-01"), ("none", None)):
            agreement = conn.execute(
                insert(m.Agreement)
                .values(
                    article_id=article,
                    identity_key=key,
                    type="mou",
                    status="signed",
                    date=when,
                    evidence="x",
                    confidence=0.5,
                )  # fmt: skip
                .returning(m.Agreement.id)
            ).scalar_one()
            conn.execute(
                insert(m.AgreementParty),
                [
                    {"agreement_id": agreement, "organisation_id": org},
                    {"agreement_id": agreement, "organisation_id": partner},
                ],
            )
        everything = queries.agreements(conn, org="TU Delft", **filters)
        pages = [
            queries.agreements(conn, org="TU Delft", limit=size, **filters)
            for size in range(1, len(everything) + 2)
        ]
        unfiltered = queries.agreements(conn, **filters)
    assert len(everything) >= 3
    keys = [_listing_key(row) for row in everything]
    assert keys == sorted(keys, reverse=True)
    if "since" not in filters:
        assert keys[-1][0] == "", "an agreement with no date at all comes last"
    for size, page in enumerate(pages, start=1):
        assert page == everything[:size]
    # The organisation's listing is the general listing narrowed to its agreements.
    mine = {row["id"] for row in everything}
    assert everything == [row for row in unfiltered if row["id"] in mine]


def test_organisations_most_agreements_first_and_pages_are_heads(filled_engine: Engine) -> None:
    with filled_engine.begin() as conn:
        # A tie on both counts, broken by name.
        for name in ("Zeta Institute", "Alpha Institute"):
            conn.execute(insert(m.Organisation).values(name=name))
        everything = queries.organisations(conn)
        pages = [queries.organisations(conn, limit=size) for size in range(1, len(everything) + 1)]
    keys = [(-row["agreements"], -row["articles"], row["name"]) for row in everything]
    assert keys == sorted(keys)
    names = [row["name"] for row in everything]
    assert names.index("Alpha Institute") < names.index("Zeta Institute")
    for size, page in enumerate(pages, start=1):
        assert page == everything[:size]


@pytest.mark.parametrize("order", ["recent", "relevance"])
def test_search_pages_are_heads_of_the_ranking(filled_engine: Engine, order: str) -> None:
    with filled_engine.begin() as conn:
        page = conn.execute(select(m.Page).order_by(m.Page.id)).first()
        for n in range(6):
            conn.execute(
                insert(m.Page).values(
                    url_key=f"https://x.example/{n}",
                    url=f"https://x.example/{n}",
                    source_id=page.source_id,
                    fetched_at=datetime(2025, 1, 1, tzinfo=UTC),
                )  # fmt: skip
            )
            page_id = conn.execute(
                select(m.Page.id).where(m.Page.url_key == f"https://x.example/{n}")
            ).scalar_one()
            # Equal texts tie on rank; the tie goes to the lower id.
            conn.execute(
                insert(m.Article).values(
                    page_id=page_id,
                    source_id=page.source_id,
                    url=f"https://x.example/{n}",
                    title="Lab news",
                    body_text=("photonics chips " * (n % 2 + 1)) if n < 4 else "lab news",
                    extracted_at=datetime(2025, 1, 1, tzinfo=UTC),
                )  # fmt: skip
            )
        everything = queries.search(conn, "photonics", limit=100, order=order)
        pages = [queries.search(conn, "photonics", limit=size, order=order) for size in range(1, 6)]
    assert len(everything) == 4
    assert len({row["rank"] for row in everything}) == 2, "two pairs of equal texts tie"
    if order == "relevance":
        keys = [(-row["rank"], row["id"]) for row in everything]
    else:
        keys = [-row["id"] for row in everything]
    assert keys == sorted(keys)
    for size, head in enumerate(pages, start=1):
        assert head == everything[:size]
