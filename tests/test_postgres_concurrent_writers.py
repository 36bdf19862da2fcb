"""Several writers on one PostgreSQL database: the tables kept by triggers stay exact.

Migrations 0009 (``organisation_counts``, ``agreement_parties.sort_key``) and
0010 (``record_organisations``) keep derived rows by triggers. With several
crawl workers, and one worker's records rebuild, writing at once under READ
COMMITTED, a trigger only sees what was committed when its statement began:
``record_organisations`` is a join of ``record_mentions`` (written by the
rebuild) and ``agreement_parties`` (written by the crawl), so two transactions
that each change one side could each miss the other's change (a pair never
added, a pair pruned although a new mention supports it, a pair kept that
nothing supports). Migration 0012 serialises them with advisory locks per
agreement and per record.

The race tests hold one transaction open after its write, start the other
in a thread with its own connection, let it run until it has committed or
waits on a lock, then commit the first: the interleaving that loses a row
without the locks. The stress test runs crawl-like writers and a rebuild-like
writer in threads with their own connections over a few shared organisations,
agreements and records, retrying a transaction PostgreSQL aborts (a deadlock,
a key another writer took first), as the crawl and the rebuild do; then every
kept table is compared with a recomputation from scratch.
"""

from __future__ import annotations

import random
import threading
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime

import pytest
from dbfixtures import insert_articles, postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import (
    Connection,
    Engine,
    String,
    cast,
    delete,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db import models as m
from db.engine import make_engine
from db.migrate import upgrade
from pipeline.store.records import lock_records

pytestmark = pytest.mark.postgres

NOW = datetime(2026, 1, 1, tzinfo=UTC)
ORGANISATIONS = 8
ARTICLES = 6


@pytest.fixture
def engine(postgres_url: str) -> Iterator[Engine]:  # noqa: F811
    """A migrated PostgreSQL database with sources, pages, articles and organisations."""
    engine = make_engine(postgres_url)
    upgrade(engine)
    with engine.begin() as conn:
        insert_articles(conn, ARTICLES, NOW, lambda i: {"published": date(2020, 1, i)})
        conn.execute(
            insert(m.Organisation.__table__),
            [{"id": i, "name": f"Organisation {i}"} for i in range(1, ORGANISATIONS + 1)],
        )
        for table in ("pages", "articles", "organisations"):
            conn.execute(text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 100)"))
    yield engine
    engine.dispose()


# -- kept against recomputed -----------------------------------------------------------


def _differences(conn: Connection) -> dict[str, object]:
    """Every kept row that differs from its recomputation, per table (empty: all exact)."""
    o, ao, p = m.Organisation, m.ArticleOrganisation, m.AgreementParty
    counts = m.OrganisationCounts
    kept_counts = {
        row[0]: (row[1], row[2])
        for row in conn.execute(select(counts.organisation_id, counts.articles, counts.agreements))
    }
    mentions = select(func.count()).where(ao.organisation_id == o.id).scalar_subquery()
    parties = select(func.count()).where(p.organisation_id == o.id).scalar_subquery()
    true_counts = {
        row[0]: (row[1], row[2]) for row in conn.execute(select(o.id, mentions, parties))
    }

    ag, art = m.Agreement, m.Article
    kept_keys = {
        (row[0], row[1]): row[2]
        for row in conn.execute(select(p.agreement_id, p.organisation_id, p.sort_key))
    }
    key = func.coalesce(ag.date, cast(art.published, String), "")
    true_keys = {
        (row[0], row[1]): row[2]
        for row in conn.execute(
            select(p.agreement_id, p.organisation_id, key)
            .join(ag, ag.id == p.agreement_id)
            .join(art, art.id == ag.article_id)
        )
    }

    ro, rm, rec = m.RecordOrganisation, m.RecordMention, m.AgreementRecord
    kept_pairs = {
        tuple(row) for row in conn.execute(select(ro.record_id, ro.organisation_id, ro.newest))
    }
    true_pairs = {
        tuple(row)
        for row in conn.execute(
            select(rec.id, p.organisation_id, func.coalesce(rec.last_date, rec.first_date, ""))
            .join(rm, rm.record_id == rec.id)
            .join(p, p.agreement_id == rm.agreement_id)
            .distinct()
        )
    }
    found: dict[str, object] = {}
    if kept_counts != true_counts:
        found["organisation_counts"] = {
            k: (kept_counts.get(k), true_counts.get(k))
            for k in kept_counts.keys() | true_counts.keys()
            if kept_counts.get(k) != true_counts.get(k)
        }
    if kept_keys != true_keys:
        found["sort_key"] = {
            k: (kept_keys.get(k), true_keys.get(k))
            for k in kept_keys.keys() | true_keys.keys()
            if kept_keys.get(k) != true_keys.get(k)
        }
    if kept_pairs != true_pairs:
        found["record_organisations"] = {
            "kept, not true": sorted(kept_pairs - true_pairs),
            "true, not kept": sorted(true_pairs - kept_pairs),
        }
    return found


# -- writes ------------------------------------------------------------------------------


def _agreement(conn: Connection, article: int, parties: list[int], day: str | None = None) -> int:
    """A new agreement of ``article`` with ``parties``; its id."""
    agreement_id = conn.scalar(
        insert(m.Agreement.__table__).returning(m.Agreement.id),
        {"article_id": article, "identity_key": f"k{random.random()}", "type": "mou",
         "status": "signed", "date": day, "evidence": "e", "confidence": 0.7},
    )  # fmt: skip
    assert agreement_id is not None
    conn.execute(
        insert(m.AgreementParty.__table__),
        [{"agreement_id": agreement_id, "organisation_id": o} for o in parties],
    )
    return agreement_id


def _record(conn: Connection, day: str | None = "2020-05-01") -> int:
    """A new agreement record dated ``day``; its id."""
    record_id = conn.scalar(
        insert(m.AgreementRecord.__table__).returning(m.AgreementRecord.id),
        {"record_key": f"r{random.random()}", "type": "mou", "status": "signed",
         "first_date": day, "last_date": day},
    )  # fmt: skip
    assert record_id is not None
    return record_id


def _mention(conn: Connection, record: int, agreement: int) -> None:
    conn.execute(
        insert(m.RecordMention.__table__), {"record_id": record, "agreement_id": agreement}
    )


def _waits_or_done(engine: Engine, pid: int, done: threading.Event) -> None:
    """Return once backend ``pid`` waits on a lock or its thread has finished."""
    deadline = time.monotonic() + 60
    with engine.connect() as watcher:
        while not done.is_set():
            waiting = watcher.scalar(
                text("SELECT wait_event_type = 'Lock' FROM pg_stat_activity WHERE pid = :pid"),
                {"pid": pid},
            )
            watcher.rollback()  # a fresh snapshot of pg_stat_activity next time
            if waiting:
                return
            assert time.monotonic() < deadline, "the second writer neither finished nor waited"
            time.sleep(0.02)


def _race(
    engine: Engine, first: Callable[[Connection], None], second: Callable[[Connection], None]
) -> None:
    """``first`` written and left open, ``second`` run and committed meanwhile, then ``first``
    committed: the interleaving under which a trigger misses the other writer's rows."""
    errors: list[BaseException] = []
    started, done = threading.Event(), threading.Event()
    pid: list[int] = []

    def other() -> None:
        try:
            with engine.begin() as conn:
                pid.append(conn.scalar(text("SELECT pg_backend_pid()")) or 0)
                started.set()
                second(conn)
        except BaseException as exc:  # handed to the test's thread
            errors.append(exc)
        finally:
            started.set()
            done.set()

    with engine.connect() as conn:
        with conn.begin():
            first(conn)
            thread = threading.Thread(target=other)
            thread.start()
            started.wait(60)
            if pid:
                _waits_or_done(engine, pid[0], done)
        thread.join(60)
    assert not thread.is_alive()
    if errors:
        raise errors[0]


@pytest.fixture
def world(engine: Engine) -> dict[str, int]:
    """Agreements of article 1: ag1 and ag2 with parties 1 and 2, ag3 with party 1,
    ag4 with parties 1 and 2; record r1 holds ag1, record r2 is empty."""
    with engine.begin() as conn:
        ids = {
            "ag1": _agreement(conn, 1, [1, 2]),
            "ag2": _agreement(conn, 1, [1, 2]),
            "ag3": _agreement(conn, 1, [1]),
            "ag4": _agreement(conn, 1, [1, 2]),
            "r1": _record(conn),
            "r2": _record(conn, "2021-02-03"),
        }
        _mention(conn, ids["r1"], ids["ag1"])
        assert _differences(conn) == {}
    return ids


def test_a_pair_survives_when_its_old_support_goes_while_a_new_mention_comes(
    engine: Engine, world: dict[str, int]
) -> None:
    # The rebuild adds ag2 to r1 while a crawl worker deletes ag1 (the page no
    # longer says it): r1's pairs with 1 and 2 are supported by ag2 now.
    _race(
        engine,
        lambda conn: _mention(conn, world["r1"], world["ag2"]),
        lambda conn: conn.execute(delete(m.Agreement).where(m.Agreement.id == world["ag1"])),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}
        kept = set(conn.execute(select(m.RecordOrganisation.organisation_id)).scalars())
        assert kept == {1, 2}


def test_a_party_added_while_its_agreement_joins_a_record_is_paired(
    engine: Engine, world: dict[str, int]
) -> None:
    # The rebuild adds ag3 to r2 while a crawl worker adds organisation 3 to ag3.
    _race(
        engine,
        lambda conn: _mention(conn, world["r2"], world["ag3"]),
        lambda conn: conn.execute(
            insert(m.AgreementParty.__table__), {"agreement_id": world["ag3"], "organisation_id": 3}
        ),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}


def test_a_party_removed_while_its_agreement_joins_a_record_is_not_paired(
    engine: Engine, world: dict[str, int]
) -> None:
    # The rebuild adds ag4 to r2 while a crawl worker removes organisation 2 from ag4.
    _race(
        engine,
        lambda conn: _mention(conn, world["r2"], world["ag4"]),
        lambda conn: conn.execute(
            delete(m.AgreementParty).where(
                m.AgreementParty.agreement_id == world["ag4"],
                m.AgreementParty.organisation_id == 2,
            )
        ),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}


def test_a_pair_added_while_its_record_changes_date_gets_the_new_date(
    engine: Engine, world: dict[str, int]
) -> None:
    # The rebuild moves r1's dates while a crawl worker adds organisation 4 to ag1 (in r1).
    _race(
        engine,
        lambda conn: conn.execute(
            update(m.AgreementRecord)
            .where(m.AgreementRecord.id == world["r1"])
            .values(last_date="2024-06-30")
        ),
        lambda conn: conn.execute(
            insert(m.AgreementParty.__table__), {"agreement_id": world["ag1"], "organisation_id": 4}
        ),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}


def test_a_party_added_while_its_article_changes_date_gets_the_new_sort_key(
    engine: Engine, world: dict[str, int]
) -> None:
    # ag3 has no date of its own: its parties sort by article 1's publication date.
    _race(
        engine,
        lambda conn: conn.execute(
            update(m.Article).where(m.Article.id == 1).values(published=date(2025, 5, 5))
        ),
        lambda conn: conn.execute(
            insert(m.AgreementParty.__table__), {"agreement_id": world["ag3"], "organisation_id": 5}
        ),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}


def test_two_workers_deleting_the_two_supports_of_a_pair_prune_it(
    engine: Engine, world: dict[str, int]
) -> None:
    with engine.begin() as conn:
        _mention(conn, world["r1"], world["ag2"])  # r1 = ag1 + ag2, both with parties 1 and 2
    _race(
        engine,
        lambda conn: conn.execute(delete(m.Agreement).where(m.Agreement.id == world["ag1"])),
        lambda conn: conn.execute(delete(m.Agreement).where(m.Agreement.id == world["ag2"])),
    )
    with engine.connect() as conn:
        assert _differences(conn) == {}
        assert conn.scalar(select(func.count()).select_from(m.RecordOrganisation)) == 0


def test_a_bulk_write_holds_a_bounded_number_of_locks(engine: Engine) -> None:
    # A full records rebuild links every mention in one transaction. With one
    # advisory lock per id, 500,000 mentions ran the server out of lock slots
    # (max_locks_per_transaction x max_connections, 6,400 by default); ids share
    # 256 stripes per class, so 8,000 mentions take at most 512.
    mentions = 8000
    with engine.begin() as conn:
        record = _record(conn)
        ids = conn.scalars(
            insert(m.Agreement.__table__).returning(m.Agreement.id, sort_by_parameter_order=True),
            [{"article_id": 1, "identity_key": f"bulk{i}", "type": "mou", "status": "signed",
              "evidence": "e", "confidence": 0.7} for i in range(mentions)],
        ).all()  # fmt: skip
        conn.execute(
            insert(m.AgreementParty.__table__),
            [{"agreement_id": i, "organisation_id": 1 + i % 3} for i in ids],
        )
        conn.execute(
            insert(m.RecordMention.__table__),
            [{"record_id": record, "agreement_id": i} for i in ids],
        )
        held = conn.scalar(
            text(
                "SELECT count(*) FROM pg_locks "
                "WHERE locktype = 'advisory' AND pid = pg_backend_pid()"
            )
        )
        assert held is not None and 0 < held <= 512
    with engine.connect() as conn:
        assert _differences(conn) == {}


# -- many writers at once -----------------------------------------------------------------

# Transactions each writer commits; a transaction PostgreSQL aborts is retried this often.
TRANSACTIONS = 100
ATTEMPTS = 20


def _pick(conn: Connection, column: object, rng: random.Random) -> int | None:
    ids = sorted(conn.execute(select(column)).scalars())  # type: ignore[call-overload]
    return rng.choice(ids) if ids else None


def _crawl_step(conn: Connection, rng: random.Random) -> None:
    """One write a crawl worker's stored page makes: agreements, parties, mentions, dates."""
    orgs = list(range(1, ORGANISATIONS + 1))
    # Mostly parties: their triggers race the rebuild's mentions.
    step = rng.choices(range(7), weights=(1, 1, 3, 3, 1, 1, 1))[0]
    if step == 0:
        _agreement(conn, rng.randint(1, ARTICLES), sorted(rng.sample(orgs, rng.randint(2, 3))),
                   rng.choice((None, "2019-03-04", "2022-10-11")))  # fmt: skip
    elif step == 1 and (agreement := _pick(conn, m.Agreement.id, rng)):
        conn.execute(delete(m.Agreement).where(m.Agreement.id == agreement))
    elif step == 2 and (agreement := _pick(conn, m.Agreement.id, rng)):
        conn.execute(
            pg_insert(m.AgreementParty.__table__).on_conflict_do_nothing(),
            {"agreement_id": agreement, "organisation_id": rng.choice(orgs)},
        )
    elif step == 3 and (agreement := _pick(conn, m.AgreementParty.agreement_id, rng)):
        conn.execute(
            delete(m.AgreementParty).where(
                m.AgreementParty.agreement_id == agreement,
                m.AgreementParty.organisation_id == rng.choice(orgs),
            )
        )
    elif step == 4:
        conn.execute(
            pg_insert(m.ArticleOrganisation.__table__).on_conflict_do_nothing(),
            {"article_id": rng.randint(1, ARTICLES), "organisation_id": rng.choice(orgs)},
        )
    elif step == 5:
        conn.execute(
            delete(m.ArticleOrganisation).where(
                m.ArticleOrganisation.article_id == rng.randint(1, ARTICLES),
                m.ArticleOrganisation.organisation_id == rng.choice(orgs),
            )
        )
    elif step == 6:
        conn.execute(
            update(m.Article)
            .where(m.Article.id == rng.randint(1, ARTICLES))
            .values(published=date(2020 + rng.randrange(5), 1 + rng.randrange(12), 1))
        )


def _rebuild_step(conn: Connection, rng: random.Random) -> None:
    """One write of a records rebuild: mentions joined, moved or dropped, records redated."""
    step = rng.choices(range(5), weights=(1, 2, 2, 1, 2))[0]
    if step == 0:
        _record(conn, rng.choice((None, "2018-01-01", "2023-07-08")))
    elif step in (1, 2) and (agreement := _pick(conn, m.Agreement.id, rng)):
        record = _pick(conn, m.AgreementRecord.id, rng)
        if record is not None:
            conn.execute(
                pg_insert(m.RecordMention.__table__).on_conflict_do_update(
                    index_elements=["agreement_id"], set_={"record_id": record}
                ),
                {"record_id": record, "agreement_id": agreement},
            )
    elif step == 3 and (agreement := _pick(conn, m.RecordMention.agreement_id, rng)):
        conn.execute(delete(m.RecordMention).where(m.RecordMention.agreement_id == agreement))
    elif step == 4 and (record := _pick(conn, m.AgreementRecord.id, rng)):
        day = rng.choice((None, "2019-09-09", "2025-01-31"))
        conn.execute(
            update(m.AgreementRecord)
            .where(m.AgreementRecord.id == record)
            .values(first_date=day, last_date=day)
        )


def _writer(
    engine: Engine, seed: int, step: Callable[[Connection, random.Random], None], rebuild: bool
) -> dict[str, int]:
    """Commit ``TRANSACTIONS`` transactions of one to four steps; returns what it met
    (commits, retries, and for a rebuild the most record mentions it saw committed)."""
    rng = random.Random(seed)
    # Its own generator: how long a writer waits before a retry must not change the
    # steps a retry replays.
    pause = random.Random(seed + 1000)
    met = {"committed": 0, "retried": 0, "mentions_seen": 0}
    for _ in range(TRANSACTIONS):
        state = rng.getstate()
        for attempt in range(1, ATTEMPTS + 1):
            rng.setstate(state)  # a retry writes the same steps again
            try:
                with engine.begin() as conn:
                    if rebuild:
                        lock_records(Session(bind=conn))
                    for _ in range(rng.randint(1, 4)):
                        step(conn, rng)
                        if rebuild:
                            # A rebuild plans between its writes: its transaction stays
                            # open a while, as a real one does, which is when races happen.
                            conn.execute(text("SELECT pg_sleep(0.01)"))
                    if rebuild:
                        mentions = conn.scalar(select(func.count()).select_from(m.RecordMention))
                        met["mentions_seen"] = max(met["mentions_seen"], mentions or 0)
                met["committed"] += 1
                break
            except (OperationalError, IntegrityError):
                # A deadlock broken by the server, or a row another writer took or removed.
                if attempt == ATTEMPTS:
                    raise
                met["retried"] += 1
                # Back off a random while, longer each time, as a crawl worker that
                # stores the page again does not start at the same instant: replaying
                # the same steps at once can meet the same deadlock again and again
                # (20 in a row once on a quiet machine).
                time.sleep(pause.uniform(0, 0.005 * attempt))
    return met


def test_crawl_workers_and_a_rebuild_writing_at_once_keep_every_kept_table_exact(
    engine: Engine,
) -> None:
    with engine.begin() as conn:
        rng = random.Random(5)
        for _ in range(3):
            _record(conn)
        for _ in range(6):
            _agreement(conn, rng.randint(1, ARTICLES), sorted(rng.sample(range(1, 9), 2)))
    # Rebuilds take turns under the rebuild's advisory lock; crawl workers take none.
    writers = [(_crawl_step, False)] * 3 + [(_rebuild_step, True)] * 2
    results: list[dict[str, int]] = []
    errors: list[BaseException] = []

    def run(seed: int, step: Callable[[Connection, random.Random], None], rebuild: bool) -> None:
        try:
            results.append(_writer(engine, seed, step, rebuild))
        except BaseException as exc:  # handed to the test's thread
            errors.append(exc)

    threads = [
        threading.Thread(target=run, args=(seed, step, rebuild))
        for seed, (step, rebuild) in enumerate(writers)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(600)
    assert not any(thread.is_alive() for thread in threads)
    assert not errors, errors
    assert sum(r["committed"] for r in results) == TRANSACTIONS * len(writers)
    # The rebuilds' mentions raced the crawl workers' writes (the crawl workers may
    # delete every mentioned agreement by the end: the order of the threads decides).
    assert max(r["mentions_seen"] for r in results) > 0
    with engine.connect() as conn:
        assert _differences(conn) == {}


# -- a full rebuild's lock stripes ---------------------------------------------------------


def test_a_full_rebuild_releases_its_lock_stripes_batch_by_batch(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Every mention a full rebuild links takes its agreement's and record's lock
    # stripes (migration 0012); held to one commit, a crawl worker adding a party
    # to an agreement of the first batch waited for the whole rebuild. Committed
    # batch by batch, the worker commits while the rebuild goes on.
    import pipeline.store
    from pipeline.records_store import update_records

    with engine.begin() as conn:
        # Six party sets, three mentions each: six components, batches of about three.
        for k in range(6):
            for article in (1, 2, 3):
                _agreement(conn, article, [1 + k, 2 + k])
    real_write = pipeline.store.write_records
    first_batch: list[int] = []
    worker: dict[str, object] = {}

    def worker_adds_a_party() -> None:
        try:
            with engine.begin() as conn:
                # Fail rather than wait: waiting here is the stall under test.
                conn.execute(text("SET LOCAL lock_timeout = '5s'"))
                conn.execute(
                    insert(m.AgreementParty.__table__),
                    {"agreement_id": first_batch[0], "organisation_id": ORGANISATIONS},
                )
            worker["done"] = True
        except OperationalError as exc:
            worker["error"] = exc

    def write_records(session: Session, plans: list[object], **kwargs: object) -> object:
        scope = kwargs.get("scope")
        if first_batch:  # the second batch: the first one's writes are behind it
            if not worker:
                thread = threading.Thread(target=worker_adds_a_party)
                thread.start()
                thread.join(60)
        else:
            first_batch.extend(sorted(scope.agreements))  # type: ignore[attr-defined]
        return real_write(session, plans, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline.store, "write_records", write_records)
    update_records(engine, None, batch=3)
    assert worker == {"done": True}, worker
    with engine.connect() as conn:
        assert _differences(conn) == {}
        linked = conn.scalar(select(func.count()).select_from(m.RecordMention))
        assert linked == 18
        # The worker's party left a record mark for the next rebuild.
        assert conn.scalar(select(func.count()).select_from(m.RecordMark)) > 0
