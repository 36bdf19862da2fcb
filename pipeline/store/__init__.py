"""The storage seam: every write to the database goes through this package.

One module per job, and this ``__init__`` is the one place callers import
writes from (``from pipeline import store`` or ``from pipeline.store import
save_fetch``):

- ``pages``: a fetch on its page's row, the body, the article and its
  organisations, agreements and dates (idempotent upserts), translations,
  parse errors, forgetting a source;
- ``records``: the agreement records rebuild's writes, analysts' corrections;
- ``host_slots``: per-host turns shared by workers (PostgreSQL);
- ``runs``: the ``crawl_runs`` rows.

Reads live in ``db/queries.py``; the reads here are the ones a write needs
inside its own transaction. ``sql`` builds the per-page
statements. ``tests/test_seams.py`` fails when a module outside this package
writes (an INSERT/UPDATE/DELETE, ``Session.add``) or imports ``db.models``.
"""

from __future__ import annotations

from pipeline.store.frontier import DatabaseFrontier
from pipeline.store.host_slots import end_turn, take_turn
from pipeline.store.pages import (
    PageOutcome,
    agreement_identity,
    content_hash,
    duplicate_of,
    forget_source,
    insert_missing,
    link_translations,
    mark_layout_changed,
    organisation_id,
    record_parse_error,
    save_extraction,
    save_fetch,
    source_id,
    stored_before,
)
from pipeline.store.records import (
    RebuildReport,
    RecordScope,
    add_correction,
    clear_marks,
    delete_unlinked_records,
    forget_correction,
    lock_records,
    recount_records,
    write_records,
)
from pipeline.store.runs import finish_run, mark_interrupted, start_run

__all__ = [
    "DatabaseFrontier",
    "PageOutcome",
    "RebuildReport",
    "RecordScope",
    "add_correction",
    "agreement_identity",
    "clear_marks",
    "content_hash",
    "delete_unlinked_records",
    "duplicate_of",
    "end_turn",
    "finish_run",
    "forget_correction",
    "forget_source",
    "insert_missing",
    "link_translations",
    "lock_records",
    "mark_interrupted",
    "mark_layout_changed",
    "organisation_id",
    "recount_records",
    "record_parse_error",
    "save_extraction",
    "save_fetch",
    "source_id",
    "start_run",
    "stored_before",
    "take_turn",
    "write_records",
]
