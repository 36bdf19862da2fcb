"""Migration 0010's record listing key and the listing of an organisation's records it serves.

``record_organisations`` is kept by triggers; the tests here recompute it
from ``record_mentions``, ``agreement_parties`` and ``records`` after every
kind of write (inserts, updates, moves, cascaded deletes, a records rebuild)
and check they agree, on SQLite and PostgreSQL. ``record_summaries`` with an
organisation reads it; its results must be those of the query it replaced
(``_old_listing``: the records with a mention the organisation is party to,
sorted by coalesce(last_date, first_date) descending, NULLs last, then id
descending), for every organisation, filter and page size.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from alembic import command
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db import models as m
from db import queries
from db.migrate import alembic_config, upgrade
from pipeline.records_store import rebuild_records

# Fixtures database_url, migrated_engine, filled_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

DATES = (None, "2021", "2022-03", "2022-03-01", "2022-03-01", "2023-11-30", "2024-01-01")


def _kept(conn: Connection) -> set[tuple[int, int, str]]:
    ro = m.RecordOrganisation
    return {tuple(row) for row in conn.execute(select(ro.record_id, ro.organisation_id, ro.newest))}


def _true(conn: Connection) -> set[tuple[int, int, str]]:
    rm, p, rec = m.RecordMention, m.AgreementParty, m.AgreementRecord
    query = (
        select(rec.id, p.organisation_id, func.coalesce(rec.last_date, rec.first_date, ""))
        .join(rm, rm.record_id == rec.id)
        .join(p, p.agreement_id == rm.agreement_id)
        .distinct()
    )
    return {tuple(row) for row in conn.execute(query)}


def _assert_kept(conn: Connection) -> None:
    assert _kept(conn) == _true(conn)


def _old_listing(conn: Connection, org_ids: list[int], **filters: Any) -> list[int]:
    """Record ids as the listing before migration 0010 selected and ordered them."""
    rec = m.AgreementRecord
    newest = func.coalesce(rec.last_date, rec.first_date)
    query = select(rec.id).order_by(newest.desc().nulls_last(), rec.id.desc())
    for oid in org_ids:
        query = query.where(
            rec.id.in_(
                select(m.RecordMention.record_id)
                .join(
                    m.AgreementParty, m.AgreementParty.agreement_id == m.RecordMention.agreement_id
                )
                .where(m.AgreementParty.organisation_id == oid)
            )
        )
    if "type" in filters:
        query = query.where(rec.type == filters["type"])
    if "status" in filters:
        query = query.where(rec.status == filters["status"])
    if "since" in filters:
        query = query.where(newest >= queries.parse_since(filters["since"])[1])
    return list(conn.execute(query).scalars())


def _add_random_records(conn: Connection, seed: int = 3) -> None:
    """Organisations, agreements and records with many ties and undated records.

    Party counts are skewed, so some organisations are in most records (the
    large-organisation case) and some in one; every record has one to three
    mentions, each agreement is a mention of at most one record.
    """
    rng = random.Random(seed)
    articles = list(conn.execute(select(m.Article.id)).scalars())
    orgs = [
        conn.execute(
            insert(m.Organisation).values(name=f"Listing Org {n}").returning(m.Organisation.id)
        ).scalar_one()
        for n in range(10)
    ]
    agreement_ids = []
    for n in range(90):
        agreement = conn.execute(
            insert(m.Agreement)
            .values(
                article_id=rng.choice(articles),
                identity_key=f"listing-{n}",
                type=rng.choice(("mou", "partnership")),
                status=rng.choice(("signed", "planned")),
                date=rng.choice(DATES),
                evidence="x",
                confidence=0.5,
            )
            .returning(m.Agreement.id)
        ).scalar_one()
        agreement_ids.append(agreement)
        parties = set(rng.choices(orgs, weights=[10 / (i + 1) for i in range(10)], k=3))
        conn.execute(
            insert(m.AgreementParty),
            [{"agreement_id": agreement, "organisation_id": oid} for oid in sorted(parties)],
        )
    rng.shuffle(agreement_ids)
    for n in range(40):
        first = rng.choice(DATES)
        last = max(first, rng.choice(DATES[1:])) if first else None
        record = conn.execute(
            insert(m.AgreementRecord)
            .values(
                record_key=f"listing-{n}",
                type=rng.choice(("mou", "partnership")),
                status=rng.choice(("signed", "ongoing")),
                first_date=first,
                last_date=last,
                articles=1,
                reason="",
            )
            .returning(m.AgreementRecord.id)
        ).scalar_one()
        for _ in range(rng.randint(1, 3)):
            conn.execute(
                insert(m.RecordMention).values(
                    agreement_id=agreement_ids.pop(), record_id=record, reason=""
                )
            )


def test_the_migration_fills_the_key_from_stored_records(filled_engine: Engine) -> None:
    with filled_engine.begin() as conn:
        _add_random_records(conn)
    config = alembic_config(filled_engine)
    with filled_engine.begin() as conn:
        config.attributes["connection"] = conn
        command.downgrade(config, "0009")
    upgrade(filled_engine)
    with filled_engine.connect() as conn:
        _assert_kept(conn)
        assert len(_kept(conn)) > 40


def test_the_key_follows_every_write(filled_engine: Engine) -> None:
    with filled_engine.begin() as conn:
        _assert_kept(conn)
        _add_random_records(conn)
        _assert_kept(conn)
        rm, p, rec = m.RecordMention, m.AgreementParty, m.AgreementRecord
        mention = conn.execute(
            select(rm.agreement_id, rm.record_id).order_by(rm.agreement_id)
        ).first()
        assert mention is not None
        # A new party of a mentioned agreement joins the record; removing it leaves it again.
        newcomer = conn.execute(
            insert(m.Organisation).values(name="Newcomer Lab").returning(m.Organisation.id)
        ).scalar_one()
        conn.execute(insert(p).values(agreement_id=mention.agreement_id, organisation_id=newcomer))
        _assert_kept(conn)
        assert (mention.record_id, newcomer) in {(r, o) for r, o, _ in _kept(conn)}
        conn.execute(
            delete(p).where(p.agreement_id == mention.agreement_id, p.organisation_id == newcomer)
        )
        _assert_kept(conn)
        # A party moved to another organisation, and back.
        moved = conn.execute(
            select(p.organisation_id).where(p.agreement_id == mention.agreement_id)
        ).first()
        assert moved is not None
        conn.execute(
            update(p)
            .where(p.agreement_id == mention.agreement_id, p.organisation_id == moved[0])
            .values(organisation_id=newcomer)
        )
        _assert_kept(conn)
        # A mention moved to another record.
        other = conn.execute(select(rec.id).where(rec.id != mention.record_id)).scalars().first()
        conn.execute(
            update(rm).where(rm.agreement_id == mention.agreement_id).values(record_id=other)
        )
        _assert_kept(conn)
        # A record's dates change: its rows take the new listing date, '' when it has none.
        conn.execute(
            update(rec).where(rec.id == other).values(first_date="2030", last_date="2031-05")
        )
        _assert_kept(conn)
        assert {n for r, _, n in _kept(conn) if r == other} == {"2031-05"}
        conn.execute(update(rec).where(rec.id == other).values(first_date=None, last_date=None))
        _assert_kept(conn)
        # Cascades: an agreement (its parties, its mention), an article, a record, an organisation.
        conn.execute(delete(m.Agreement).where(m.Agreement.id == mention.agreement_id))
        _assert_kept(conn)
        article = (
            conn.execute(select(m.Agreement.article_id).join(rm, rm.agreement_id == m.Agreement.id))
            .scalars()
            .first()
        )
        conn.execute(delete(m.Article).where(m.Article.id == article))
        _assert_kept(conn)
        conn.execute(delete(rec).where(rec.id == other))
        _assert_kept(conn)
        busiest = (
            conn.execute(
                select(p.organisation_id).group_by(p.organisation_id).order_by(func.count().desc())
            )
            .scalars()
            .first()
        )
        conn.execute(delete(m.Organisation).where(m.Organisation.id == busiest))
        _assert_kept(conn)
    # The records rebuild deletes, rewrites and relinks records through the store.
    with Session(filled_engine) as session, session.begin():
        rebuild_records(session)
    with filled_engine.connect() as conn:
        _assert_kept(conn)
        assert _kept(conn)


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"type": "mou"},
        {"status": "signed"},
        {"since": "2022-03"},
        {"with_org": "Listing Org 0"},
    ],
)
def test_every_organisations_listing_is_the_old_querys(
    filled_engine: Engine, filters: dict[str, str]
) -> None:
    with filled_engine.begin() as conn:
        _add_random_records(conn)
        names = dict(conn.execute(select(m.Organisation.id, m.Organisation.name)).all())
        nonempty = 0
        for oid, name in names.items():
            ids = [oid]
            if "with_org" in filters:
                ids.append(queries.organisation_id(conn, filters["with_org"]))
            expected = _old_listing(conn, ids, **filters)
            listing = queries.record_summaries(conn, org=name, **filters)
            assert [r.id for r in listing] == expected, name
            for size in (1, 2, 5):
                page = queries.record_summaries(conn, org=name, limit=size, **filters)
                assert page == listing[:size], (name, size)
            nonempty += bool(expected)
        assert nonempty >= 5
        # The two organisations the other way round: the same records, the same order.
        if "with_org" in filters:
            for name in names.values():
                assert queries.record_summaries(
                    conn, org=filters["with_org"], with_org=name
                ) == queries.record_summaries(conn, org=name, with_org=filters["with_org"])


def test_listing_ties_and_undated_records_keep_the_old_order(filled_engine: Engine) -> None:
    with filled_engine.begin() as conn:
        _add_random_records(conn)
        name = "Listing Org 0"
        listing = queries.record_summaries(conn, org=name)
    newest = [r.last_date or r.first_date for r in listing]
    assert None in newest, "the data set has an undated record"
    assert newest.index(None) == len(newest) - newest.count(None), "undated records come last"
    dated = [n for n in newest if n]
    assert len(dated) > len(set(dated)), "the data set has records on the same date"
