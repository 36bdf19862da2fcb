"""Agreement records: the rebuild's writes, and analysts' corrections.

``write_records`` makes ``records``, ``record_mentions`` and
``record_events`` those of the plans ``pipeline.records.build_records`` made,
writing only the rows that differ (a run that adds a few pages rewrites a few
records, not all): a record keeps its row id while its ``record_key`` stays;
records whose key is gone are deleted. With a run id it also logs, in ``record_changes``, the
records that are new or whose status changed, for that run's digest.
``pipeline.records_store`` reads the mentions and calls it. Given a
``RecordScope`` (the mentions of some whole components, and what the record
marks of migration 0011 named), it reads and writes only the stored records
those reach; ``clear_marks`` deletes the marks a rebuild has caught up with.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Connection,
    bindparam,
    delete,
    distinct,
    func,
    insert,
    select,
    text,
    update,
)
from sqlalchemy.orm import Session

from db import models as m
from db import tables as T
from pipeline.records import RecordPlan

# An arbitrary, fixed key for the rebuild's PostgreSQL advisory lock ("recs").
_REBUILD_LOCK_KEY = 0x72656373


@dataclass(frozen=True)
class RebuildReport:
    """What a rebuild did: record counts, and the changes it logged."""

    records: int
    mentions: int
    new: int
    status_changed: int
    removed: int
    # True when only the records the record marks reach were rebuilt
    # (pipeline.records_store.rebuild_changed); the counts are then theirs.
    scoped: bool = False


def lock_records(session: Session) -> None:
    """Take the rebuild's turn: rebuilds of workers ending runs together take turns.

    A transaction-level advisory lock on PostgreSQL; on SQLite a write first,
    so the writer lock is held from here to the commit.
    """
    session.flush()  # rows added through the ORM must be visible to the SQL below
    conn = session.connection()
    if conn.dialect.name == "postgresql":
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _REBUILD_LOCK_KEY})
    else:
        conn.execute(update(m.AgreementRecord).where(m.AgreementRecord.id == -1).values(articles=0))


@dataclass(frozen=True)
class RecordScope:
    """What a scoped rebuild covers: whole components of mentions, and the marks' names.

    ``agreements`` holds every mention id of the components planned (ids of
    deleted mentions may be among them); ``records`` the records whose
    mentions were deleted, ``organisations`` those whose record count may
    have changed beyond the planned mentions' parties.
    """

    agreements: frozenset[int]
    records: frozenset[int] = frozenset()
    organisations: frozenset[int] = frozenset()


def clear_marks(session: Session, mark_ids: Sequence[int]) -> None:
    """Delete the record marks ``mark_ids``, read under ``lock_records``; the caller commits.

    Marks other workers added since they were read stay for the next rebuild.
    On SQLite no one can have added any (the rebuild holds the writer lock).
    """
    if not mark_ids:
        return
    conn = session.connection()
    mark = T.RecordMark
    if conn.dialect.name == "sqlite":
        conn.execute(delete(mark).where(mark.id <= max(mark_ids)))
    else:
        _delete_rows(conn, mark.id, list(mark_ids), batch=5000)


def write_records(
    session: Session,
    plans: list[RecordPlan],
    *,
    run_id: int | None = None,
    scope: RecordScope | None = None,
    recount: bool = True,
) -> RebuildReport:
    """Make the stored records those of ``plans`` (``lock_records`` first); the caller commits.

    Only what differs is written: a record whose values, mentions (with
    their reasons) and events are already stored as planned is left alone,
    so a rebuild after a few new pages writes a few rows; the rows that end
    up stored are the same as if every record were written afresh. With
    ``run_id`` (a ``crawl_runs.id``), records new here or whose status
    changed are logged for that run. With ``scope``, ``plans`` are those of
    the scope's mentions, and only the stored records they reach are read,
    compared and deleted when gone. ``recount=False`` leaves
    ``organisation_counts.records`` to the caller (``recount_records``).
    """
    conn = session.connection()
    rec, rm, ev = T.AgreementRecord, T.RecordMention, T.RecordEvent
    wanted = {plan.key for plan in plans}
    record_select = select(rec.record_key, rec.id, *_VALUE_COLUMNS)
    link_select = select(rm.agreement_id, rm.record_id, rm.reason)
    event_select = select(ev.record_id, *_EVENT_COLUMNS).order_by(ev.record_id, ev.position)
    if scope is None:
        rows = list(conn.execute(record_select))
        link_rows = list(conn.execute(link_select))
        event_rows = list(conn.execute(event_select))
    else:
        ids = _scoped_record_ids(conn, scope, wanted)
        rows = _rows_of(conn, record_select, rec.id, ids)
        link_rows = _rows_of(conn, link_select, rm.record_id, ids)
        event_rows = _rows_of(conn, event_select, ev.record_id, ids)
    old = {key: row for key, *row in rows}
    stored_links: dict[int, set[tuple[int, str]]] = {}
    for agreement_id, record_id, reason in link_rows:
        stored_links.setdefault(record_id, set()).add((agreement_id, reason))
    stored_events: dict[int, list[tuple[object, ...]]] = {}
    for row in event_rows:
        stored_events.setdefault(row[0], []).append(tuple(row[1:]))
    gone = [row[0] for key, row in old.items() if key not in wanted]
    # Gone records go first, as the ids of new ones may take their place.
    _delete_rows(conn, rm.record_id, gone)
    _delete_rows(conn, ev.record_id, gone)
    _delete_rows(conn, rec.id, gone)
    changes: list[dict[str, object]] = []
    updates: list[dict[str, object]] = []
    relink: list[int] = []
    links: list[dict[str, object]] = []
    events: list[dict[str, object]] = []
    new = changed = total_links = 0
    # Records new here: inserted together (one executemany; RETURNING would make
    # SQLite insert them one statement a row), then their ids read by key.
    fresh = [plan for plan in plans if plan.key not in old]
    fresh_ids: dict[str, int] = {}
    if fresh:
        conn.execute(
            insert(rec.__table__), [{"record_key": plan.key, **_values(plan)} for plan in fresh]
        )
        for chunk in _batches([plan.key for plan in fresh]):
            found = conn.execute(select(rec.record_key, rec.id).where(rec.record_key.in_(chunk)))
            fresh_ids.update((key, rid) for key, rid in found)
    for plan in plans:
        values = _values(plan)
        plan_links = {(x.agreement_id, plan.reasons.get(x.agreement_id, "")) for x in plan.mentions}
        plan_events = [
            (pos, e.kind, e.detail, e.date, e.precision, e.agreement_id)
            for pos, e in enumerate(plan.events)
        ]
        total_links += len(plan_links)
        before = old.get(plan.key)
        if before is not None:
            rid = before[0]
            if tuple(before[1:]) != tuple(values[c] for c in _VALUE_NAMES):
                updates.append({"p_id": rid, **{f"p_{c}": values[c] for c in _VALUE_NAMES}})
            if before[2] != plan.status:
                changed += 1
                changes.append(
                    {
                        "record_key": plan.key,
                        "change": "status",
                        "old_status": before[2],
                        "new_status": plan.status,
                    }
                )
            same = (
                stored_links.get(rid, set()) == plan_links
                and stored_events.get(rid, []) == plan_events
            )
            if same:
                continue
            relink.append(rid)
        else:
            rid = fresh_ids[plan.key]
            new += 1
            changes.append(
                {
                    "record_key": plan.key,
                    "change": "new",
                    "old_status": None,
                    "new_status": plan.status,
                }
            )
        links += [{"record_id": rid, "agreement_id": a, "reason": r} for a, r in sorted(plan_links)]
        events += [
            {
                "record_id": rid,
                "position": pos,
                "kind": kind,
                "detail": detail,
                "date": date,
                "date_precision": precision,
                "agreement_id": agreement_id,
            }
            for pos, kind, detail, date, precision, agreement_id in plan_events
        ]
    _delete_rows(conn, rm.record_id, relink)
    _delete_rows(conn, ev.record_id, relink)
    if updates:
        conn.execute(
            update(rec.__table__)
            .where(rec.id == bindparam("p_id"))
            .values({c: bindparam(f"p_{c}") for c in _VALUE_NAMES}),
            updates,
        )
    if links:
        conn.execute(insert(rm.__table__), links)
    if events:
        conn.execute(insert(ev.__table__), events)
    if run_id is not None and changes:
        conn.execute(insert(T.RecordChange.__table__), [{"run_id": run_id, **c} for c in changes])
    if not recount:
        pass
    elif scope is None:
        _recount(session)
    else:
        parties = scope.organisations.union(*(plan.parties for plan in plans))
        _recount(session, sorted(parties))
    return RebuildReport(
        records=len(plans),
        mentions=total_links,
        new=new,
        status_changed=changed,
        removed=len(gone),
    )


_VALUE_NAMES = ("type", "status", "name", "first_date", "last_date", "articles", "reason")
_VALUE_COLUMNS = tuple(getattr(T.AgreementRecord, name) for name in _VALUE_NAMES)
_EVENT_COLUMNS = (
    T.RecordEvent.position,
    T.RecordEvent.kind,
    T.RecordEvent.detail,
    T.RecordEvent.date,
    T.RecordEvent.date_precision,
    T.RecordEvent.agreement_id,
)


def delete_unlinked_records(session: Session) -> int:
    """Delete the records no mention is linked to (after a rebuild in batches); how many."""
    conn = session.connection()
    rec, rm, ev = T.AgreementRecord, T.RecordMention, T.RecordEvent
    linked = select(rm.record_id).where(rm.record_id == rec.id).exists()
    ids = list(conn.scalars(select(rec.id).where(~linked)))
    _delete_rows(conn, ev.record_id, ids)
    _delete_rows(conn, rec.id, ids)
    return len(ids)


def recount_records(session: Session) -> None:
    """Write every organisation's number of records (``organisation_counts.records``)."""
    _recount(session)


def _delete_rows(
    conn: Connection, column: ColumnElement[int], ids: list[int], *, batch: int = 500
) -> None:
    """Delete the rows whose ``column`` is one of ``ids``, in batches."""
    table = column.table
    for start in range(0, len(ids), batch):
        conn.execute(delete(table).where(column.in_(ids[start : start + batch])))


def _scoped_record_ids(conn: Connection, scope: RecordScope, keys: set[str]) -> list[int]:
    """The stored records a scoped rebuild reaches: linked to its mentions, marked, or its keys."""
    rm, rec = T.RecordMention, T.AgreementRecord
    ids = set(scope.records)
    for chunk in _batches(sorted(scope.agreements)):
        ids.update(conn.scalars(select(rm.record_id).where(rm.agreement_id.in_(chunk))))
    for key_chunk in _batches(sorted(keys)):
        ids.update(conn.scalars(select(rec.id).where(rec.record_key.in_(key_chunk))))
    return sorted(ids)


def _rows_of(conn: Connection, query: Any, column: ColumnElement[int], ids: list[int]) -> list[Any]:
    """The rows of ``query`` whose ``column`` is one of ``ids``, read in batches."""
    return [row for chunk in _batches(ids) for row in conn.execute(query.where(column.in_(chunk)))]


def _batches(items: list[Any], size: int = 500) -> list[list[Any]]:
    """``items`` in lists of at most ``size`` (IN lists every dialect accepts)."""
    return [items[start : start + size] for start in range(0, len(items), size)]


def _recount(session: Session, organisation_ids: list[int] | None = None) -> None:
    """Write each organisation's number of records into ``organisation_counts.records``.

    Articles and mentions there are kept by triggers (migration 0009); records
    change only here, so ``query organisations`` reads all three from one row.
    With ``organisation_ids``, only those organisations' rows are written.
    """
    rm, party, counts = m.RecordMention, m.AgreementParty, m.OrganisationCounts
    records = (
        select(func.count(distinct(rm.record_id)))
        .select_from(party)
        .join(rm, rm.agreement_id == party.agreement_id)
        .where(party.organisation_id == counts.organisation_id)
        .scalar_subquery()
    )
    if organisation_ids is None:
        session.connection().execute(update(counts).values(records=records))
        return
    for chunk in _batches(organisation_ids):
        session.connection().execute(
            update(counts).where(counts.organisation_id.in_(chunk)).values(records=records)
        )


def _values(plan: RecordPlan) -> dict[str, object]:
    return {
        "type": plan.type,
        "status": plan.status,
        "name": None,
        "first_date": plan.first_date,
        "last_date": plan.last_date,
        "articles": len({x.article_key for x in plan.mentions}),
        "reason": plan.reason,
    }


def add_correction(
    session: Session,
    action: str,
    mention: tuple[str, str],
    other: tuple[str, str] | tuple[None, None],
    note: str | None,
) -> None:
    """Store an analyst's ``split`` or ``merge`` of mentions named (article key, identity key)."""
    session.add(
        m.RecordCorrection(
            action=action,
            article_key=mention[0],
            identity_key=mention[1],
            other_article_key=other[0],
            other_identity_key=other[1],
            note=note,
            created_at=datetime.now(UTC),
        )
    )
    session.flush()


def forget_correction(session: Session, correction_id: int) -> None:
    """Delete one analyst's correction; ``LookupError`` when there is no such id."""
    result = session.execute(
        delete(m.RecordCorrection).where(m.RecordCorrection.id == correction_id)
    )
    if not getattr(result, "rowcount", 0):  # a DML result (CursorResult) has a rowcount
        raise LookupError(f"no correction {correction_id}")
