"""record listing locks: 0009's and 0010's triggers take turns per agreement and record (PostgreSQL)

Revision ID: 0012
Revises: 0011

``record_organisations`` (0010) is a join of ``record_mentions``, written by
the records rebuild, and ``agreement_parties``, written by every crawl worker
storing a page. On PostgreSQL under READ COMMITTED each trigger statement
sees only what was committed when it began, so two transactions changing the
two sides at once each missed the other's change
(tests/test_postgres_concurrent_writers.py, whose five races all failed
before this migration):

- the rebuild adds a mention of agreement A to record R while a worker adds
  a party to A: neither sees both, the pair is never added;
- the rebuild adds a mention to R while a worker removes a party of A (or
  deletes A): the pair is kept with nothing supporting it, or pruned
  although the new mention supports it;
- the rebuild changes R's dates while a worker adds a pair for R: the pair
  keeps R's old date;
- (0009) a party is added while another transaction changes the date of its
  agreement or its article: the party keeps the old ``sort_key``. The
  crawl's page transaction locks its article first, so two crawl workers
  never met this; any other writer of dates could.

The trigger functions now take transaction-level advisory locks before they
read: the agreement's (class ``AGREEMENT_LOCK``) and then the record's
(``RECORD_LOCK``), each set in id order; ids share ``STRIPES`` locks per
class (id modulo 256), so a bulk write (a full records rebuild, a source
forgotten) holds at most 512 locks. A mention takes its agreement and
its record, a party its agreement and then the record of that agreement
(read after the agreement's lock, so a mention committed meanwhile is
seen), a record's new dates the record. The second writer waits for the
first to commit and its next statement sees the first's rows. Writers of
agreements and records in different stripes never wait for each other; a
full rebuild in one transaction (``campusnews records rebuild``) holds every
stripe, so workers changing parties wait for its commit, while the rebuild
at the end of a run commits batch by batch and holds one batch's stripes
(``pipeline.records_store.update_records``). The sort key
is read with ``FOR SHARE`` of the agreement and its article, so a date
change waits for the party's commit or the party for the date's. A deadlock
between a rebuild and a worker (each holding what the other needs next) is
broken by the server and retried by both, which lose nothing
(``pipeline/page_handler.py``, ``pipeline/records_store.update_records``).

0009's counts needed nothing: ``SET n = n + 1`` takes the row's lock and
adds to the latest committed value, so counts never drift (the stress test
checks them); two workers can deadlock on two counts, which the server
breaks and the crawl retries. SQLite has one writer at a time: its triggers
are unchanged.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from alembic import op

revision = "0012"
down_revision = "0011"
branch_labels = None
depends_on = None

# Advisory lock classes (the first key of pg_advisory_xact_lock(int, int)): "agre", "reco".
# The rebuild's own lock (pipeline/store/records.py) is a one-key lock: another key space.
AGREEMENT_LOCK = 0x61677265
RECORD_LOCK = 0x7265636F
# Ids share STRIPES locks per class (id modulo STRIPES): a transaction holds at
# most 2 * STRIPES advisory locks however many rows it writes. One lock per id
# ran the server out of lock slots (max_locks_per_transaction) in a full records
# rebuild of 500,000 mentions; two writers of ids in the same stripe wait for
# each other, which costs a wait, never a wrong row.
STRIPES = 256


def _migration(filename: str) -> ModuleType:
    """An earlier migration's module, whose SQL snippets the functions here wrap."""
    path = Path(__file__).with_name(filename)
    spec = importlib.util.spec_from_file_location(f"_migration_{filename[:4]}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _stripe(key: str) -> str:
    return f"({key}) % {STRIPES}"


def _lock(kind: int, *keys: str) -> str:
    """Statements locking the stripes of ``keys`` of class ``kind`` in ascending order."""
    if len(keys) == 1:
        return f"PERFORM pg_advisory_xact_lock({kind}, {_stripe(keys[0])});"
    stripes = ", ".join(_stripe(key) for key in keys)
    return (
        f"PERFORM pg_advisory_xact_lock({kind}, least({stripes})); "
        f"PERFORM pg_advisory_xact_lock({kind}, greatest({stripes}));"
    )


def _lock_records_of(*agreements: str) -> str:
    """Lock the records of ``agreements`` (one each at most: a mention's key is its agreement)."""
    return (
        f"PERFORM pg_advisory_xact_lock({RECORD_LOCK}, s.stripe) FROM (SELECT DISTINCT "
        f"{_stripe('x.record_id')} AS stripe FROM record_mentions AS x "
        f"WHERE x.agreement_id IN ({', '.join(agreements)})) AS s ORDER BY s.stripe;"
    )


def _functions(v0009: ModuleType, v0010: ModuleType) -> tuple[str, ...]:
    mention_prune, mention_add = v0010._prune_mention("OLD"), v0010._add_mention("NEW")
    party_prune, party_add = v0010._prune_party("OLD"), v0010._add_party("NEW")
    return (
        f"""CREATE OR REPLACE FUNCTION record_mentions_orgs() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {_lock(AGREEMENT_LOCK, "NEW.agreement_id")}
                {_lock(RECORD_LOCK, "NEW.record_id")}
                {mention_add}
            ELSIF TG_OP = 'DELETE' THEN
                {_lock(RECORD_LOCK, "OLD.record_id")}
                {mention_prune}
            ELSE
                {_lock(AGREEMENT_LOCK, "OLD.agreement_id", "NEW.agreement_id")}
                {_lock(RECORD_LOCK, "OLD.record_id", "NEW.record_id")}
                {mention_prune}
                {mention_add}
            END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION agreement_parties_records() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            IF TG_OP = 'INSERT' THEN
                {_lock(AGREEMENT_LOCK, "NEW.agreement_id")}
                {_lock_records_of("NEW.agreement_id")}
                {party_add}
            ELSIF TG_OP = 'DELETE' THEN
                {_lock(AGREEMENT_LOCK, "OLD.agreement_id")}
                {_lock_records_of("OLD.agreement_id")}
                {party_prune}
            ELSE
                {_lock(AGREEMENT_LOCK, "OLD.agreement_id", "NEW.agreement_id")}
                {_lock_records_of("OLD.agreement_id", "NEW.agreement_id")}
                {party_prune}
                {party_add}
            END IF;
            RETURN NULL;
        END $$""",
        f"""CREATE OR REPLACE FUNCTION records_newest() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            {_lock(RECORD_LOCK, "NEW.id")}
            {v0010._SET_NEWEST}
            RETURN NULL;
        END $$""",
        # 0009's sort key, read with a share lock on the agreement and its article: a
        # new date on either (whose trigger rewrites the sort keys it sees) waits for
        # this party's commit, or this party for theirs, and then reads the new date.
        f"""CREATE OR REPLACE FUNCTION agreement_parties_sort_key() RETURNS trigger
        LANGUAGE plpgsql AS $$
        BEGIN
            SELECT {v0009._SORT_KEY.format(published=v0009._PG_PUBLISHED)}
            WHERE ag.id = NEW.agreement_id FOR SHARE OF ag, art INTO NEW.sort_key;
            RETURN NEW;
        END $$""",
    )


_V0009 = "0009_query_indexes.py"
_V0010 = "0010_record_listing_key.py"


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in _functions(_migration(_V0009), _migration(_V0010)):
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        return
    for statement in (*_migration(_V0010)._PG_TRIGGERS, *_migration(_V0009)._PG_TRIGGERS):
        replaced = (
            "agreement_parties_records",
            "record_mentions_orgs",
            "records_newest",
            "agreement_parties_sort_key",
        )
        if any(statement.startswith(f"CREATE FUNCTION {name}()") for name in replaced):
            op.execute(statement.replace("CREATE FUNCTION", "CREATE OR REPLACE FUNCTION", 1))
