"""``campusnews records``: look at an agreement record, and correct the merging by hand.

An analyst's ``split`` and ``merge`` are stored by the mentions' stable
identity (article URL + agreement identity), so they hold after ``reparse
--all`` and later crawls; every command that changes them rebuilds the records.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

import click

from db.queries import corrections as correction_rows
from db.queries import lifecycle_text, record_summaries
from db.record_types import AgreementRecordSummary
from pipeline.cli.context import EXIT_LOCKED, AppContext, UserError
from pipeline.cli.query_cmd import read_database

if TYPE_CHECKING:
    # The writing commands load the ORM and the records writer when they run:
    # 'records show' and 'records corrections' start without them.
    from sqlalchemy.orm import Session

    from pipeline.records_store import RebuildReport

T = TypeVar("T")


@click.group(
    help="""Agreement records: one real-world agreement behind the articles that report it.

Records are rebuilt from the stored agreements after every crawl run and
reparse. 'show' prints a record's lifecycle and mentions (with their ids and
why they were joined); 'split' and 'merge' correct the merging, and the
correction is kept across reparses and crawls.

\b
Examples:
  campusnews query agreements --org LUMC        # find the record id
  campusnews records show 14
  campusnews records split 57                   # mention 57 is another agreement
  campusnews records merge 57 12                # mentions 57 and 12 are one agreement
  campusnews records corrections
"""
)
def records() -> None:
    pass


@records.command(
    "show",
    help="""A record's parties, lifecycle and mentions (their ids are for split and merge).

\b
Example:
  campusnews records show 14
""",
)
@click.argument("record_id", type=int)
@click.pass_obj
def show(app: AppContext, record_id: int) -> None:
    found = read_database(app, lambda conn: record_summaries(conn, ids=[record_id]))
    if not found:
        raise UserError(f"no agreement record {record_id} (see 'campusnews query agreements')")
    click.echo(_describe(found[0]))


def _describe(record: AgreementRecordSummary) -> str:
    lines = [
        f"record {record.id}: {record.type}, {record.status}, {' + '.join(record.parties)}",
        f"  dates: {record.first_date or '?'} .. {record.last_date or '?'}; "
        f"{record.articles} article(s)",
        f"  lifecycle: {lifecycle_text(record)}",
    ]
    if record.reason:
        lines.append(f"  joined because: {record.reason}")
    lines.append("  mentions:")
    for x in record.mentions:
        when = x.date or x.published or "undated"
        lines.append(f"    #{x.agreement_id}  {when}  {x.type} {x.status}  {x.article_url}")
        lines.append(f"        {x.evidence}")
    return "\n".join(lines)


@records.command(
    "split",
    help="""Keep a mention (an id from 'records show') out of every automatic join.

It becomes a record of its own, unless a merge names it. Kept across
reparses and crawls.

\b
Example:
  campusnews records split 57 --note "a different MoU"
""",
)
@click.argument("mention_id", type=int)
@click.option("--note", help="Why, for the next analyst.")
@click.pass_obj
def split(app: AppContext, mention_id: int, note: str | None) -> None:
    from pipeline.records_store import add_correction

    report = _write(app, lambda s: add_correction(s, "split", mention_id, note=note))
    click.echo(f"mention {mention_id} split off; {report.records} records", err=True)


@records.command(
    "merge",
    help="""Say two mentions (ids from 'records show') are one agreement.

Kept across reparses and crawls.

\b
Example:
  campusnews records merge 57 12 --note "the partner's press release"
""",
)
@click.argument("mention_id", type=int)
@click.argument("other_id", type=int)
@click.option("--note", help="Why, for the next analyst.")
@click.pass_obj
def merge(app: AppContext, mention_id: int, other_id: int, note: str | None) -> None:
    from pipeline.records_store import add_correction

    if mention_id == other_id:
        raise UserError("merge needs two different mentions")
    report = _write(app, lambda s: add_correction(s, "merge", mention_id, other_id, note=note))
    click.echo(f"mentions {mention_id} and {other_id} merged; {report.records} records", err=True)


@records.command(
    "corrections",
    help="""The analysts' corrections, oldest first, with the ids 'records forget' takes.

\b
Example:
  campusnews records corrections
""",
)
@click.pass_obj
def corrections(app: AppContext) -> None:
    for row in read_database(app, correction_rows):
        other = (
            f" + {row.other_article_key} [{row.other_identity_key[:8]}]"
            if row.other_article_key and row.other_identity_key
            else ""
        )
        note = f"  ({row.note})" if row.note else ""
        click.echo(
            f"{row.id}  {row.action}  {row.article_key} [{row.identity_key[:8]}]{other}{note}"
        )


@records.command(
    "forget",
    help="""Drop a correction (an id from 'records corrections') and rebuild the records.

\b
Example:
  campusnews records split 57       # correction 1
  campusnews records forget 1
""",
)
@click.argument("correction_id", type=int)
@click.pass_obj
def forget(app: AppContext, correction_id: int) -> None:
    from pipeline.records_store import forget_correction

    def work(session: Session) -> None:
        forget_correction(session, correction_id)

    report = _write(app, work)
    click.echo(f"correction {correction_id} dropped; {report.records} records", err=True)


@records.command(
    "rebuild",
    help="""Rebuild every record from the stored agreements now.

Crawls and reparses do this when they end; run it after upgrading a
database that has agreements but no records yet.

\b
Example:
  campusnews records rebuild
""",
)
@click.pass_obj
def rebuild(app: AppContext) -> None:
    report = _write(app, lambda s: None)
    click.echo(
        f"{report.records} records from {report.mentions} mentions "
        f"({report.new} new, {report.status_changed} changed status, {report.removed} removed)",
        err=True,
    )


def _write(app: AppContext, work: Callable[[Session], object]) -> RebuildReport:
    """Run ``work`` and a rebuild in one transaction, under the run lock."""
    from sqlalchemy.orm import Session

    from db.engine import sqlite_path
    from pipeline.records_store import rebuild_records
    from pipeline.runlock import RunLocked, run_lock

    app.check_writable()
    try:
        with run_lock(sqlite_path(app.database_url())):
            engine = app.open_engine()
            try:
                with Session(engine) as session, session.begin():
                    work(session)
                    return rebuild_records(session)
            except LookupError as exc:
                raise UserError(str(exc).strip("'\"")) from None
            finally:
                engine.dispose()
    except RunLocked as exc:
        click.echo(f"campusnews: {exc}", err=True)
        sys.exit(EXIT_LOCKED)


COMMANDS = [records]
