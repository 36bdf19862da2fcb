"""Rebuilding agreement records in the database from the stored mentions.

``rebuild_records`` reads every agreement mention and the analyst's
corrections (through ``db.queries``), joins them with
``pipeline.records.build_records`` and has ``pipeline.store`` write
``records``, ``record_mentions`` and ``record_events`` (a record keeps its
row id while its ``record_key`` stays). With a run id the records that are
new or whose status changed are logged in ``record_changes``, for that run's
digest.

It runs at the end of a crawl run and of a reparse (``update_records``),
and there it rebuilds only what changed: triggers (migration 0011) leave a
*record mark* for every mention inserted, changed or deleted, every article
whose publication date or translation link changed and every organisation
renamed. A record's mentions are joined only within one party set (the
same organisations), an nl/en translation group inside it, and across party
sets only by an analyst's merge, so the unit to rebuild is a *component*:
the mentions of one party set, closed under merges and under the stored
records that already hold them. The marks name the components to read;
they are planned with the same ``build_records`` and written with the same
diff writer, and the marks are deleted in the same transaction, so the
stored rows are those a full rebuild would store. A correction added or
deleted, or marks reaching more than ``FULL_SHARE`` of the mentions, make
it a full rebuild (``rebuild_records``, also ``campusnews records rebuild``).
On the realistic bench database (13,721 mentions, 20 realistic pages just
added) ``update_records`` took 0.98 s of CPU and 46 MB over the process's
RSS when it rebuilt everything, and 0.18 s and 8 MB scoped (932 mentions
read; ``time.process_time``, ``ru_maxrss``, medians of 3). The full rebuild
plans and writes whole components about ``BATCH`` mentions at a time, so
its memory hardly grows with the database: at the end of a realistic crawl
of 15,682 pages (108,158 mentions, no records yet) 47 MB over the process's
RSS against 312 MB when all were planned at once, for 26.0 against 22.2 s
of CPU. Since the planning keeps its union-find in flat arrays, streams
every read and holds only the batch at hand as a set, a full rebuild of a
20,000-page crawl's database (136,362 mentions, 86,129 records) peaks 23 MB
over the process's RSS, where it took 54 MB. Scoped after 20 pages on that
database: 1.5 s and 50 MB (the site's 94 organisations make large
party-set components), against 10.3 s and 327 MB.

Several crawl workers may end runs on one PostgreSQL database at once: a
transaction-level advisory lock makes their rebuilds take turns, and on
SQLite the first statement is a write, so the rebuild holds the writer lock
from its first read. Marks added by another worker after they were read
stay for the next rebuild. At the end of a run (``update_records``) a full
rebuild commits batch by batch, taking the lock again for each: its writes'
lock stripes (migration 0012) are then held for one batch, and a crawl
worker storing a page meanwhile waits for that batch only.
"""

from __future__ import annotations

import dataclasses
import logging
from array import array
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import chain

from sqlalchemy import Connection, Engine
from sqlalchemy.exc import IntegrityError, OperationalError
from sqlalchemy.orm import Session

from db import queries
from pipeline import store
from pipeline.records import Correction, MentionIn, build_records, record_key_of
from pipeline.store import RebuildReport

log = logging.getLogger(__name__)

__all__ = [
    "RebuildReport",
    "add_correction",
    "build_missing_records",
    "forget_correction",
    "load_mentions",
    "rebuild_changed",
    "rebuild_records",
    "records_missing",
    "update_records",
]


def load_mentions(
    session: Session, scope: Scope | None = None
) -> tuple[list[MentionIn], dict[int, str]]:
    """Every stored agreement mention (or the ``scope``'s) as the merging reads it, and names."""
    conn = session.connection()
    if scope is None:
        parties: dict[int, set[int]] = {}
        for agreement_id, org_id in queries.agreement_party_pairs(conn):
            parties.setdefault(agreement_id, set()).add(org_id)
        rows = queries.agreement_mention_rows(conn)
    else:
        parties = {aid: set(orgs) for aid, orgs in scope.parties.items()}
        rows = queries.agreement_mention_rows(conn, scope.parties)
    mentions = [
        MentionIn(
            agreement_id=row.id,
            article_key=row.url_key,
            identity_key=row.identity_key,
            group=row.translation_of_id or row.article_id,
            type=row.type,
            status=row.status,
            parties=frozenset(parties.get(row.id, ())),
            date=row.date,
            precision=row.date_precision,
            published=row.published.isoformat() if row.published else None,
            evidence=row.evidence,
        )
        for row in rows
        if parties.get(row.id)
    ]
    wanted = {p for x in mentions for p in x.parties}
    names = queries.organisation_names(conn, wanted) if wanted else {}
    return mentions, names


def _corrections(session: Session) -> list[Correction]:
    return [
        Correction(
            row.action,
            (row.article_key, row.identity_key),
            (row.other_article_key, row.other_identity_key)
            if row.other_article_key and row.other_identity_key
            else None,
        )
        for row in queries.corrections(session.connection())
    ]


def rebuild_records(
    session: Session,
    *,
    run_id: int | None = None,
    batch: int | None = None,
    commit_batches: bool = False,
) -> RebuildReport:
    """Rebuild every record from the stored mentions, in the session's transaction.

    With ``run_id`` (a ``crawl_runs.id``), records new in this rebuild or whose
    status changed are logged for that run. The record marks it catches up
    with are deleted. Components are planned and written about ``batch``
    mentions at a time (default ``BATCH``), so memory stays flat however
    many are stored. The caller commits; with ``commit_batches`` each batch
    but the last is committed as it is written (see ``update_records``).
    """
    store.lock_records(session)
    marks = array("q", queries.streamed_record_mark_ids(session.connection()))
    return _rebuild_all(session, marks, run_id, batch or BATCH, commit_batches=commit_batches)


def _rebuild_all(
    session: Session,
    mark_ids: Sequence[int],
    run_id: int | None,
    batch: int,
    *,
    commit_batches: bool = False,
) -> RebuildReport:
    conn = session.connection()
    corrections = _corrections(session)
    batches = _component_batches(conn, _merge_partners(conn, corrections), batch)
    if len(batches) <= 1:
        mentions, names = load_mentions(session)
        plans = build_records(mentions, corrections, names)
        report = store.write_records(session, plans, run_id=run_id)
    else:
        report = RebuildReport(records=0, mentions=0, new=0, status_changed=0, removed=0)
        for packed in batches:
            ids = set(packed)  # one batch as a set at a time; the rest stay packed
            scope = Scope(agreements=ids, parties={})
            for agreement_id, org_id in queries.parties_of(conn, ids):
                scope.parties[agreement_id] = scope.parties.get(agreement_id, frozenset()) | {
                    org_id
                }
            mentions, names = load_mentions(session, scope)
            plans = build_records(mentions, corrections, names)
            done = store.write_records(
                session,
                plans,
                run_id=run_id,
                scope=store.RecordScope(agreements=frozenset(ids)),
                # A committed batch leaves its organisations' counts exact.
                recount=commit_batches,
            )
            report = RebuildReport(
                records=report.records + done.records,
                mentions=report.mentions + done.mentions,
                new=report.new + done.new,
                status_changed=report.status_changed + done.status_changed,
                removed=report.removed + done.removed,
            )
            if commit_batches:
                # Each batch's record and agreement lock stripes (migration 0012),
                # taken by its writes' triggers, are released here: a crawl
                # worker storing a page waits for one batch, not for the rebuild.
                session.commit()
                store.lock_records(session)
                conn = session.connection()
        removed = store.delete_unlinked_records(session)
        store.recount_records(session)
        report = dataclasses.replace(report, removed=report.removed + removed)
    store.clear_marks(session, mark_ids)
    return report


def _component_batches(
    conn: Connection, merges: dict[int, set[int]], batch: int
) -> list[array[int]]:
    """Every stored mention id, in whole components, about ``batch`` ids an array.

    Joined as in ``_components`` (party set, merges, the stored record a
    mention is in), and also a mention with the stored record whose key its
    stable identity gives (a record may take that key in the rebuild), so
    no record is reached from two batches. Read as compact rows, streamed;
    the union-find lives in flat integer arrays (mention ``m`` is node
    ``2m``, record ``r`` node ``2r + 1``), so a full rebuild of 136,000
    mentions needs a few MB rather than tens.
    """
    parent = array("q")

    def find(node: int) -> int:
        if node >= len(parent):
            parent.extend(range(len(parent), node + 1))
            return node
        while parent[node] != node:
            parent[node] = parent[parent[node]]  # path halving
            node = parent[node]
        return node

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    mentions = array("q")
    # One node per party set, by the set's hash: two sets that share a hash
    # only put their mentions in one batch, which is still whole components.
    by_parties: dict[int, int] = {}
    current: int | None = None
    orgs: list[int] = []
    for agreement_id, org_id in chain(queries.streamed_mention_parties(conn), [(-1, -1)]):
        if agreement_id != current:
            if current is not None:
                mentions.append(current)
                union(2 * current, by_parties.setdefault(hash(tuple(orgs)), 2 * current))
            current, orgs = agreement_id, []
        orgs.append(org_id)
    del by_parties
    with_parties = bytearray(max(mentions, default=0) + 1)
    for agreement_id in mentions:
        with_parties[agreement_id] = 1
    for agreement_id, record_id in queries.streamed_record_links(conn):
        union(2 * agreement_id, 2 * record_id + 1)
        if agreement_id >= len(with_parties) or not with_parties[agreement_id]:
            mentions.append(agreement_id)  # a mention without parties left its record
    del with_parties
    # Keys by their hash, for the same reason: a shared hash only joins batches.
    keys = {hash(key): record_id for key, record_id in queries.streamed_record_keys(conn)}
    for agreement_id, url_key, identity_key in queries.streamed_mention_identities(conn):
        keyed = keys.get(hash(record_key_of(url_key, identity_key)))
        if keyed is not None:
            union(2 * agreement_id, 2 * keyed + 1)
    del keys
    for agreement_id, others in merges.items():
        for other in others:
            union(2 * agreement_id, 2 * other)
    roots = array("q", (find(2 * agreement_id) for agreement_id in mentions))
    order = sorted(range(len(mentions)), key=roots.__getitem__)
    batches: list[array[int]] = [array("q")]
    previous_root: int | None = None
    for index in order:
        root = roots[index]
        if root != previous_root and len(batches[-1]) >= batch:
            batches.append(array("q"))
        previous_root = root
        batches[-1].append(mentions[index])
    return [ids for ids in batches if ids]


def rebuild_changed(
    session: Session,
    *,
    run_id: int | None = None,
    full_share: float | None = None,
    batch: int | None = None,
    commit_batches: bool = False,
) -> RebuildReport:
    """Rebuild the records the record marks reach, in the session's transaction.

    Stores what ``rebuild_records`` would; it reads only the components
    (see the module docstring) of marked mentions and records. A correction
    mark, or components holding more than ``full_share`` (default
    ``FULL_SHARE``) of the stored mentions, make it a full rebuild.
    ``RebuildReport.scoped`` says which it was; ``batch`` is the full
    rebuild's (``rebuild_records``). The caller commits. With ``commit_batches``
    a full rebuild commits each batch of whole components as it goes (the
    session must not be in a ``begin()`` block): see ``update_records``.
    """
    store.lock_records(session)
    conn = session.connection()
    # Counted first: after a large crawl the marks are many (three a mention), and
    # a full rebuild needs only their ids (to delete them), kept compact.
    count, full, marked = queries.record_mark_summary(conn)
    mark_ids = array("q", queries.streamed_record_mark_ids(conn) if count else ())
    if not mark_ids:
        return RebuildReport(records=0, mentions=0, new=0, status_changed=0, removed=0, scoped=True)
    share = FULL_SHARE if full_share is None else full_share
    limit = queries.agreement_count(conn) * share
    if full or marked > limit:
        return _rebuild_all(
            session, mark_ids, run_id, batch or BATCH, commit_batches=commit_batches
        )
    marks = [row for row in queries.record_marks(conn) if row[0] <= mark_ids[-1]]
    corrections = _corrections(session)
    scope = _components(
        conn,
        {row[1] for row in marks if row[1] is not None},
        {row[2] for row in marks if row[2] is not None},
        _merge_partners(conn, corrections),
        limit,
    )
    if scope is None:
        return _rebuild_all(
            session, mark_ids, run_id, batch or BATCH, commit_batches=commit_batches
        )
    mentions, names = load_mentions(session, scope)
    plans = build_records(mentions, corrections, names)
    report = store.write_records(
        session,
        plans,
        run_id=run_id,
        scope=store.RecordScope(
            agreements=frozenset(scope.agreements),
            records=frozenset(row[2] for row in marks if row[2] is not None),
            organisations=frozenset(row[3] for row in marks if row[3] is not None),
        ),
    )
    store.clear_marks(session, mark_ids)
    return dataclasses.replace(report, scoped=True)


@dataclass
class Scope:
    """The mentions of whole components: every id reached, and the party set of each stored one."""

    agreements: set[int]
    parties: dict[int, frozenset[int]]


def _merge_partners(conn: Connection, corrections: list[Correction]) -> dict[int, set[int]]:
    """Mention id -> the mention ids an analyst's merge joins it with (both stored)."""
    merges = [(c.mention, c.other) for c in corrections if c.action == "merge" and c.other]
    if not merges:
        return {}
    ids = queries.mention_ids_by_identity(conn, {key for pair in merges for key in pair if key})
    partners: dict[int, set[int]] = {}
    for first, other in merges:
        if first in ids and other in ids:
            partners.setdefault(ids[first], set()).add(ids[other])
            partners.setdefault(ids[other], set()).add(ids[first])
    return partners


def _components(
    conn: Connection,
    agreement_ids: set[int],
    record_ids: set[int],
    merges: dict[int, set[int]],
    limit: float,
) -> Scope | None:
    """Close the marked mentions and records into whole components; None past ``limit`` mentions.

    A component holds, with each mention, every mention of the same party
    set, every mention an analyst's merge joins it with, and every mention
    of the stored record it is in (so a mention that moved takes its old
    record along); a marked record brings its mentions.
    """
    scope = Scope(agreements=set(), parties={})
    seen_sets: set[frozenset[int]] = set()
    seen_records: set[int] = set()
    todo, records = set(agreement_ids), set(record_ids)
    while todo or records:
        seen_records |= records
        todo.update(queries.record_mention_ids(conn, records))
        new = todo - scope.agreements
        todo, records = set(), set()
        if not new:
            continue
        scope.agreements |= new
        if len(scope.agreements) > limit:
            return None
        found: dict[int, set[int]] = {}
        for agreement_id, org_id in queries.parties_of(conn, new):
            found.setdefault(agreement_id, set()).add(org_id)
        scope.parties.update((aid, frozenset(orgs)) for aid, orgs in found.items())
        records = {rid for _, rid in queries.mention_records(conn, new)} - seen_records
        for agreement_id in new:
            todo |= merges.get(agreement_id, set())
        sets = {scope.parties[aid] for aid in new if aid in scope.parties} - seen_sets
        seen_sets |= sets
        todo |= _same_parties(conn, sets)
    return scope


def _same_parties(conn: Connection, sets: set[frozenset[int]]) -> set[int]:
    """Every mention whose party set is one of ``sets``.

    Candidates are the mentions of each set's organisation with the fewest
    mentions (``organisation_counts``); their own party sets decide.
    """
    if not sets:
        return set()
    counts = queries.party_mention_counts(conn, set().union(*sets))
    rarest = {min(parties, key=lambda org: (counts.get(org, 0), org)) for parties in sets}
    found: dict[int, set[int]] = {}
    for agreement_id, org_id in queries.parties_of_mentions_with(conn, rarest):
        found.setdefault(agreement_id, set()).add(org_id)
    return {aid for aid, orgs in found.items() if frozenset(orgs) in sets}


def records_missing(session: Session) -> bool:
    """True when agreements are stored but no record was built from them (an upgraded database)."""
    return queries.records_missing(session.connection())


def build_missing_records(engine: Engine) -> RebuildReport | None:
    """Build the records of a database upgraded to them, so queries lose no agreement.

    Does nothing (None) where records exist or nothing is stored.
    """
    with Session(engine) as session, session.begin():
        if not records_missing(session):
            return None
        return rebuild_records(session)


def forget_correction(session: Session, correction_id: int) -> None:
    """Delete one analyst's correction; ``LookupError`` when there is no such id."""
    store.forget_correction(session, correction_id)


def add_correction(
    session: Session,
    action: str,
    agreement_id: int,
    other_agreement_id: int | None = None,
    note: str | None = None,
) -> None:
    """Store an analyst's ``split`` or ``merge``, naming mentions by their stable identity.

    Raises ``LookupError`` when a mention id does not exist.
    """
    first = _stable_identity(session, agreement_id)
    other = _stable_identity(session, other_agreement_id) if other_agreement_id else (None, None)
    store.add_correction(session, action, first, other, note)


def _stable_identity(session: Session, agreement_id: int) -> tuple[str, str]:
    session.flush()
    identity = queries.mention_identity(session.connection(), agreement_id)
    if identity is None:
        raise LookupError(f"no agreement mention {agreement_id}")
    return identity


def update_records(engine: Engine, run_id: int | None, *, batch: int | None = None) -> None:
    """Bring the agreement records up to date with the stored mentions (end of a run or a reparse).

    Only the records the record marks reach are rebuilt (``rebuild_changed``).
    A crawl run's rebuild logs its new and changed records under ``run_id``
    (the run's digest); a reparse's does not.

    A full rebuild commits each batch of whole components (``BATCH``
    mentions) as it goes. On PostgreSQL its writes take the lock stripes of
    the records and agreements they touch (migration 0012), every stripe in
    a full rebuild; held to one commit, they stalled every crawl worker
    storing a page with parties for the whole rebuild. A batch is whole
    components, rebuilt from what is stored when it runs, so every commit
    leaves the records of the components done exact and the others as they
    were; the record marks are deleted only with the last batch, so a
    rebuild cut short is done again by the next. ``batch``: mentions a batch
    (default ``BATCH``).
    """
    for attempt in range(1, _REBUILD_ATTEMPTS + 1):
        try:
            with Session(engine) as session:
                rebuild_changed(session, run_id=run_id, batch=batch, commit_batches=True)
                session.commit()
            return
        except (OperationalError, IntegrityError) as exc:
            # Another worker's page deleted a mention under us (a foreign key), or
            # PostgreSQL broke a deadlock with it: read the mentions again.
            if attempt == _REBUILD_ATTEMPTS:
                raise
            log.info("rebuilding agreement records again (%s)", type(exc.orig).__name__)


# A rebuild reads mentions while other workers may store pages: retried this often.
_REBUILD_ATTEMPTS = 3

# Marks reaching more than this share of the stored mentions: a full rebuild reads
# them all at once, which is cheaper than reading most of them in IN lists.
FULL_SHARE = 0.5

# A full rebuild plans and writes about this many mentions at a time (whole components).
BATCH = 2500
