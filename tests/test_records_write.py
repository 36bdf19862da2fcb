"""A rebuild writes only what differs, and stores exactly what writing everything would.

Random sequences of stored pages, re-extractions (agreements kept, changed,
dropped and added), deleted articles, translations and analysts'
corrections; after each step the rebuild's rows are compared with those of
the plain write (every record, mention and event written afresh, as before),
run first on the same state and rolled back. The same sequences, with also
publication dates changed, mentions changed or deleted in place and
organisations renamed or merged, check that the scoped rebuild of the end
of a run (``rebuild_changed``: only what the record marks of migration 0011
reach) stores what the full one does.
"""

from __future__ import annotations

import random
from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Connection, Engine, delete, func, insert, select, update
from sqlalchemy.orm import Session

from db import models as m
from pipeline import store
from pipeline.records import RecordPlan, build_records
from pipeline.records_store import (
    _component_batches,
    _corrections,
    load_mentions,
    rebuild_changed,
    rebuild_records,
)
from pipeline.store import save_extraction, save_fetch
from pipeline.store.records import _recount, _values
from scraper.models import Agreement, Extraction, FetchResult, Organisation, ParsedArticle

# Fixtures database_url, migrated_engine: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)

NOW = datetime(2025, 7, 1, tzinfo=UTC)
ORGS = ("Leiden University", "TNO", "Delft University", "Utrecht University")
TYPES = ("agreement", "partnership", "mou", "termination")
STATUSES = ("signed", "planned", "renewed", "ended", "ongoing")
DATES = ("2019-05-01", "2019-05", "2021-02-03", "2023", "2024-09-10", None)
EVIDENCE = ("signed an agreement", "the agreement expired", "ties were suspended", "they work on")


def _agreement(rng: random.Random) -> Agreement:
    status = rng.choice(STATUSES)
    found_date = rng.choice(DATES)
    return Agreement(
        type=rng.choice(TYPES),
        parties=tuple(rng.sample(ORGS, 2)),
        status=status,  # type: ignore[arg-type]
        evidence=rng.choice(EVIDENCE),
        date=found_date,
        date_precision="day" if found_date and len(found_date) == 10 else "year",
    )


def _save_page(session: Session, url: str, body: str) -> int:
    """Store a fetched page at ``url`` and return its id."""
    result = FetchResult(
        url=url,
        final_url=url,
        status=200,
        headers={"content-type": "text/html"},
        body=body.encode(),
        fetched_at=NOW,
    )
    _, page_id = save_fetch(session, result, kind="page", source="uni", run_id=None)
    assert page_id is not None
    return page_id


def _store(session: Session, rng: random.Random, n: int) -> None:
    """Store (or re-extract) page ``n`` with random agreements and publication date."""
    lang = "nl" if n % 2 else "en"
    url = f"https://u.example/{lang}/news/{n}"
    page_id = _save_page(session, url, f"<html>{n} {rng.random()}</html>")
    extraction = Extraction(
        article=ParsedArticle(
            url=url,
            title=f"item {n}",
            paragraphs=("text",),
            published=date(2020 + rng.randrange(5), 1 + rng.randrange(12), 1),
            language=lang,
        ),
        organisations=tuple(Organisation(name) for name in ORGS),
        agreements=tuple(_agreement(rng) for _ in range(rng.randrange(4))),
    )
    save_extraction(
        session, page_id, extraction, parser="generic", version=1, canonical_key=None, now=NOW
    )


def _step(session: Session, rng: random.Random) -> None:
    """One random change: pages stored or re-extracted, an article deleted, a translation, a fix."""
    roll = rng.random()
    articles = session.scalars(select(m.Article.id).order_by(m.Article.id)).all()
    agreements = session.scalars(select(m.Agreement.id).order_by(m.Agreement.id)).all()
    if roll < 0.55 or not articles:
        for _ in range(rng.randrange(1, 4)):
            _store(session, rng, rng.randrange(12))
    elif roll < 0.65:
        session.execute(delete(m.Article).where(m.Article.id == rng.choice(articles)))
    elif roll < 0.8:
        a, b = rng.choice(articles), rng.choice(articles)
        if a != b:
            session.execute(update(m.Article).where(m.Article.id == a).values(translation_of_id=b))
    elif roll < 0.92 and len(agreements) > 1:
        first, other = rng.sample(list(agreements), 2)
        if rng.random() < 0.5:
            store.add_correction(session, "split", _identity(session, first), (None, None), None)
        else:
            store.add_correction(
                session, "merge", _identity(session, first), _identity(session, other), None
            )
    else:
        fixes = session.scalars(select(m.RecordCorrection.id)).all()
        if fixes:
            store.forget_correction(session, rng.choice(fixes))


def _step_in_place(session: Session, rng: random.Random) -> None:
    """One random change made without a new extraction: the record marks must catch it."""
    roll = rng.random()
    articles = session.scalars(select(m.Article.id).order_by(m.Article.id)).all()
    agreements = session.scalars(select(m.Agreement.id).order_by(m.Agreement.id)).all()
    orgs = session.scalars(select(m.Organisation.id).order_by(m.Organisation.id)).all()
    if roll < 0.2 and articles:
        published = rng.choice([None, date(2020 + rng.randrange(5), 1 + rng.randrange(12), 1)])
        session.execute(
            update(m.Article)
            .where(m.Article.id == rng.choice(articles))
            .values(published=published)
        )
    elif roll < 0.45 and agreements:
        found = _agreement(rng)
        session.execute(
            update(m.Agreement)
            .where(m.Agreement.id == rng.choice(agreements))
            .values(status=found.status, date=found.date, type=found.type)
        )
    elif roll < 0.5 and agreements:
        session.execute(delete(m.Agreement).where(m.Agreement.id == rng.choice(agreements)))
    elif roll < 0.6 and agreements and orgs:
        # One mention's parties change (its old record keeps its other mentions).
        agreement_id, org = rng.choice(agreements), rng.choice(orgs)
        party = m.AgreementParty
        session.execute(delete(party).where(party.agreement_id == agreement_id))
        session.execute(insert(party).values(agreement_id=agreement_id, organisation_id=org))
        other = rng.choice(orgs)
        if other != org:
            session.execute(insert(party).values(agreement_id=agreement_id, organisation_id=other))
    elif roll < 0.7 and articles:
        session.execute(
            update(m.Article)
            .where(m.Article.id == rng.choice(articles))
            .values(translation_of_id=None)
        )
    elif roll < 0.82 and orgs:
        org = rng.choice(orgs)
        session.execute(
            update(m.Organisation)
            .where(m.Organisation.id == org)
            .values(name=f"Organisation {org} {rng.randrange(10**6)}")
        )
    elif len(orgs) > 1:
        # Merge organisation ``gone`` into ``kept``, as an analyst fixing an alias would.
        gone, kept = rng.sample(list(orgs), 2)
        party = m.AgreementParty
        has_kept = select(party.agreement_id).where(party.organisation_id == kept)
        session.execute(
            update(party)
            .where(party.organisation_id == gone, party.agreement_id.not_in(has_kept))
            .values(organisation_id=kept)
        )
        session.execute(delete(party).where(party.organisation_id == gone))
    else:
        _step(session, rng)


def _identity(session: Session, agreement_id: int) -> tuple[str, str]:
    row = session.execute(
        select(m.Page.url_key, m.Agreement.identity_key)
        .join(m.Article, m.Article.page_id == m.Page.id)
        .join(m.Agreement, m.Agreement.article_id == m.Article.id)
        .where(m.Agreement.id == agreement_id)
    ).one()
    return (row[0], row[1])


def _write_everything(session: Session, plans: list[RecordPlan], run_id: int) -> None:
    """The plain write the rebuild used to do: every record, mention and event afresh."""
    conn = session.connection()
    rec = m.AgreementRecord
    old = {
        r.record_key: (r.id, r.status)
        for r in conn.execute(select(rec.id, rec.record_key, rec.status))
    }
    wanted = {plan.key for plan in plans}
    conn.execute(delete(m.RecordMention))
    conn.execute(delete(m.RecordEvent))
    conn.execute(
        delete(rec).where(rec.id.in_([rid for k, (rid, _) in old.items() if k not in wanted]))
    )
    for plan in plans:
        values = _values(plan)
        if plan.key in old:
            rid, before = old[plan.key]
            conn.execute(update(rec).where(rec.id == rid).values(**values))
            change = ("status", before) if before != plan.status else None
        else:
            rid = conn.scalar(insert(rec).values(record_key=plan.key, **values).returning(rec.id))
            change = ("new", None)
        if change:
            conn.execute(
                insert(m.RecordChange).values(
                    run_id=run_id,
                    record_key=plan.key,
                    change=change[0],
                    old_status=change[1],
                    new_status=plan.status,
                )
            )
        for x in plan.mentions:
            conn.execute(
                insert(m.RecordMention).values(
                    record_id=rid,
                    agreement_id=x.agreement_id,
                    reason=plan.reasons.get(x.agreement_id, ""),
                )
            )
        for pos, e in enumerate(plan.events):
            conn.execute(
                insert(m.RecordEvent).values(
                    record_id=rid,
                    position=pos,
                    kind=e.kind,
                    detail=e.detail,
                    date=e.date,
                    date_precision=e.precision,
                    agreement_id=e.agreement_id,
                )
            )
    _recount(session)


def _rows(conn: Connection, run_id: int) -> dict[str, object]:
    """The records' rows, named by record key (on PostgreSQL a rollback does not give ids back)."""
    rec, rm, ev, ch = m.AgreementRecord, m.RecordMention, m.RecordEvent, m.RecordChange
    keys = dict(conn.execute(select(rec.id, rec.record_key)).all())
    return {
        "records": sorted(
            tuple(r)
            for r in conn.execute(
                select(rec.record_key, rec.type, rec.status, rec.name, rec.first_date).add_columns(
                    rec.last_date, rec.articles, rec.reason
                )
            )
        ),
        "mentions": sorted(
            (keys[r.record_id], r.agreement_id, r.reason)
            for r in conn.execute(select(rm.record_id, rm.agreement_id, rm.reason))
        ),
        "events": sorted(
            (keys[r[0]], *r[1:])
            for r in conn.execute(
                select(ev.record_id, ev.position, ev.kind, ev.detail, ev.date).add_columns(
                    ev.date_precision, ev.agreement_id
                )
            )
        ),
        "changes": sorted(
            (
                tuple(r)
                for r in conn.execute(
                    select(ch.record_key, ch.change, ch.old_status, ch.new_status).where(
                        ch.run_id == run_id
                    )
                )
            ),
            key=repr,
        ),
        "counts": sorted(
            tuple(r)
            for r in conn.execute(
                select(m.OrganisationCounts.organisation_id, m.OrganisationCounts.records)
            )
        ),
    }


@pytest.mark.parametrize(
    ("seed", "batch", "commit_batches"),
    [(1, None, False), (2, None, False), (1, 3, False), (2, 4, False), (1, 3, True), (3, 2, True)],
)
def test_a_rebuild_stores_what_writing_everything_would(
    migrated_engine: Engine, seed: int, batch: int | None, commit_batches: bool
) -> None:
    """``batch``: the full rebuild plans and writes whole components about that many at a time;
    ``commit_batches``: and commits each batch as it goes (``update_records``)."""
    rng = random.Random(seed)
    sizes: list[int] = []
    for _ in range(30):
        with Session(migrated_engine) as session, session.begin():
            if rng.random() < 0.6:
                _step(session, rng)
            else:
                _step_in_place(session, rng)
        with Session(migrated_engine) as session:
            run = m.CrawlRun(started_at=NOW, status="ok")
            session.add(run)
            session.commit()
            run_id = run.id
        with Session(migrated_engine) as session, session.begin():
            kept = dict(
                session.execute(select(m.AgreementRecord.record_key, m.AgreementRecord.id)).all()
            )
        with Session(migrated_engine) as session:
            store.lock_records(session)
            mentions, names = load_mentions(session)
            plans = build_records(mentions, _corrections(session), names)
            _write_everything(session, plans, run_id)
            expected = _rows(session.connection(), run_id)
            session.rollback()
            sizes.append(len(plans))
        with Session(migrated_engine) as session:
            rebuild_records(session, run_id=run_id, batch=batch, commit_batches=commit_batches)
            session.commit()
        with migrated_engine.connect() as conn:
            assert _rows(conn, run_id) == expected
            now = dict(
                conn.execute(select(m.AgreementRecord.record_key, m.AgreementRecord.id)).all()
            )
        # A record keeps its id while its key stays.
        assert {k: now[k] for k in kept if k in now} == {k: kept[k] for k in kept if k in now}
    assert max(sizes) > 5  # the steps did build records
    if batch:
        with migrated_engine.connect() as conn:
            assert len(_component_batches(conn, {}, batch)) > 1  # the batches were several


def _expected(engine: Engine, run_id: int) -> dict[str, object]:
    """The rows a full rebuild writing everything afresh stores now (rolled back)."""
    with Session(engine) as session:
        store.lock_records(session)
        mentions, names = load_mentions(session)
        plans = build_records(mentions, _corrections(session), names)
        _write_everything(session, plans, run_id)
        expected = _rows(session.connection(), run_id)
        session.rollback()
    return expected


@pytest.mark.parametrize("seed", [3, 4, 5])
def test_a_scoped_rebuild_stores_what_a_full_one_would(migrated_engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    scoped: list[tuple[int, int]] = []
    for _ in range(40):
        with Session(migrated_engine) as session, session.begin():
            if rng.random() < 0.5:
                _step(session, rng)
            else:
                _step_in_place(session, rng)
        with Session(migrated_engine) as session:
            run = m.CrawlRun(started_at=NOW, status="ok")
            session.add(run)
            session.commit()
            run_id = run.id
        expected = _expected(migrated_engine, run_id)
        with Session(migrated_engine) as session, session.begin():
            # Never the fallback for a large share: the scoped path is what is tested. The
            # full rebuilds (corrections) go in batches of whole components.
            report = rebuild_changed(session, run_id=run_id, full_share=float("inf"), batch=3)
        with migrated_engine.connect() as conn:
            assert _rows(conn, run_id) == expected
            assert conn.scalar(select(func.count()).select_from(m.RecordMark)) == 0
            stored = conn.scalar(select(func.count()).select_from(m.RecordMention))
        if report.scoped:
            scoped.append((report.mentions, stored or 0))
    # Most rebuilds were scoped, and some read only part of the records.
    assert len(scoped) > 20
    assert any(mentions < stored for mentions, stored in scoped)


def test_a_correction_or_a_large_share_makes_it_a_full_rebuild(migrated_engine: Engine) -> None:
    rng = random.Random(7)
    for n in range(8):
        with Session(migrated_engine) as session, session.begin():
            _store(session, rng, n)
    with Session(migrated_engine) as session, session.begin():
        assert not rebuild_changed(session).scoped  # migration 0011 asks for a full one first
    with Session(migrated_engine) as session, session.begin():
        assert rebuild_changed(session).scoped  # no marks: nothing to do
        _store(session, rng, 3)
    with Session(migrated_engine) as session, session.begin():
        assert rebuild_changed(session, full_share=float("inf")).scoped
        _store(session, rng, 4)
    with Session(migrated_engine) as session, session.begin():
        assert not rebuild_changed(session, full_share=0.0).scoped
        first = session.scalars(select(m.Agreement.id).order_by(m.Agreement.id)).first()
        assert first is not None
        store.add_correction(session, "split", _identity(session, first), (None, None), None)
    with Session(migrated_engine) as session, session.begin():
        assert not rebuild_changed(session, full_share=float("inf")).scoped


def _store_fixed(session: Session, n: int, parties: tuple[str, str], when: str) -> None:
    """Store page ``n`` with one signed agreement of ``parties`` dated ``when``."""
    url = f"https://u.example/en/news/{n}"
    page_id = _save_page(session, url, f"<html>{n}</html>")
    agreement = Agreement(
        type="agreement",
        parties=parties,
        status="signed",
        evidence="signed an agreement",
        date=when,
        date_precision="year",
    )
    extraction = Extraction(
        article=ParsedArticle(url=url, title=f"item {n}", paragraphs=("text",), language="en"),
        organisations=tuple(Organisation(name) for name in ORGS),
        agreements=(agreement,),
    )
    save_extraction(
        session, page_id, extraction, parser="generic", version=1, canonical_key=None, now=NOW
    )


def _parties_of_page(session: Session, n: int, old: str, new: str) -> None:
    """Make organisation ``new`` the party ``old`` was in page ``n``'s agreement, in place."""
    page = select(m.Page.id).where(m.Page.url == f"https://u.example/en/news/{n}")
    article = select(m.Article.id).where(m.Article.page_id.in_(page))
    agreement = select(m.Agreement.id).where(m.Agreement.article_id.in_(article))
    org = {
        name: oid for oid, name in session.execute(select(m.Organisation.id, m.Organisation.name))
    }
    session.execute(
        update(m.AgreementParty)
        .where(
            m.AgreementParty.agreement_id.in_(agreement),
            m.AgreementParty.organisation_id == org[old],
        )
        .values(organisation_id=org[new])
    )


@pytest.mark.parametrize("case", ["mention moved", "mention stored again"])
def test_a_full_rebuild_in_batches_keeps_a_record_in_one_batch(
    migrated_engine: Engine, case: str
) -> None:
    """A record whose mentions went to different party sets is planned and written in one batch.

    Page 1 is stored first but reports the later signing, so the record's key
    is page 2's mention: were page 1's moved mention planned in an earlier
    batch, that batch would drop the record and the next would log it new.
    """
    leiden, tno, delft = ORGS[0], ORGS[1], ORGS[2]
    with Session(migrated_engine) as session, session.begin():
        _store_fixed(session, 1, (leiden, tno), "2021-06")
        _store_fixed(session, 2, (leiden, tno), "2021")
        _store_fixed(session, 3, (leiden, delft), "2019")
    with Session(migrated_engine) as session, session.begin():
        rebuild_records(session)
    with Session(migrated_engine) as session, session.begin():
        if case == "mention moved":
            _parties_of_page(session, 1, tno, delft)
        else:
            # Page 2's mention is stored again (a new row, the same stable identity)
            # after page 1's moved: the record keeps page 2's key and only page 1's link.
            page = select(m.Page.id).where(m.Page.url == "https://u.example/en/news/2")
            session.execute(delete(m.Article).where(m.Article.page_id.in_(page)))
            _store_fixed(session, 2, (leiden, tno), "2021")
            _parties_of_page(session, 1, tno, delft)
        run = m.CrawlRun(started_at=NOW, status="ok")
        session.add(run)
        session.flush()
        run_id = run.id
    with migrated_engine.connect() as conn:
        kept = dict(conn.execute(select(m.AgreementRecord.record_key, m.AgreementRecord.id)).all())
    expected = _expected(migrated_engine, run_id)
    with Session(migrated_engine) as session, session.begin():
        rebuild_records(session, run_id=run_id, batch=1)
    with migrated_engine.connect() as conn:
        assert _rows(conn, run_id) == expected
        now = dict(conn.execute(select(m.AgreementRecord.record_key, m.AgreementRecord.id)).all())
        assert len(_component_batches(conn, {}, 1)) > 1
    assert {k: now[k] for k in kept if k in now} == {k: kept[k] for k in kept if k in now}
