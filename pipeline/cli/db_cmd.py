"""Database maintenance commands: db upgrade, db path, db optimize, db backup."""

from __future__ import annotations

import os
from pathlib import Path

import click
from sqlalchemy import text
from sqlalchemy.exc import SQLAlchemyError

from db.engine import is_sqlite, sqlite_path
from db.migrate import current_revision, head_revision
from db.migrate import upgrade as run_upgrade
from db.sqlite_file import backup as backup_copy
from pipeline.cli.context import AppContext, SetupError, UserError


@click.group()
def db() -> None:
    """Manage the database schema and file.

    \b
    Examples:
      campusnews db upgrade
      campusnews db path
      campusnews db backup /srv/backups/campusnews-$(date +%F).db
    """


@db.command()
@click.pass_obj
def upgrade(obj: AppContext) -> None:
    """Apply pending schema migrations (no alembic.ini needed).

    \b
    Example:
      campusnews --db postgresql+psycopg://user:pw@host/news db upgrade
    """
    engine = obj.open_engine()
    run_upgrade(engine)
    click.echo(
        f"schema at revision {current_revision(engine)} (head {head_revision(engine)})", err=True
    )


@db.command()
@click.pass_obj
def path(obj: AppContext) -> None:
    """Print the database URL in use (a password in it is shown as ***).

    \b
    Example:
      campusnews db path
    """
    from db.engine import masked_url

    click.echo(masked_url(obj.database_url()))


@db.command()
@click.pass_obj
def optimize(obj: AppContext) -> None:
    """Run ANALYZE and PRAGMA optimize (SQLite: also VACUUM).

    \b
    Example:
      campusnews db optimize
    """
    engine = obj.open_engine()
    with engine.connect() as conn:
        conn.execute(text("ANALYZE"))
        if is_sqlite(obj.database_url()):
            conn.execute(text("PRAGMA optimize"))
        conn.commit()
    if is_sqlite(obj.database_url()):
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("VACUUM"))
    click.echo("optimized", err=True)


@db.command()
@click.argument("target", metavar="PATH", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace PATH if it exists.")
@click.pass_obj
def backup(obj: AppContext, target: Path, force: bool) -> None:
    """Write a consistent copy of the SQLite database to PATH, even while a crawl runs.

    The copy is one self-contained file (no -wal or -shm beside it): the way
    to copy, archive or ship the database. It reads a read-only database too.
    On PostgreSQL use pg_dump.

    \b
    Examples:
      campusnews db backup /srv/backups/campusnews.db
      campusnews --db /srv/campusnews/campusnews.db db backup copy.db --force
    """
    url = obj.database_url()
    source = sqlite_path(url)
    if source is None:
        raise SetupError(
            "db backup copies a SQLite file; for PostgreSQL use pg_dump "
            "(pg_dump --format=custom --file=campusnews.dump DATABASE_URL)"
        )
    if target.exists() and target.resolve() == source.resolve():
        raise SetupError(f"{target} is the database itself; name another file")
    if target.exists() and not force:
        raise SetupError(f"{target} exists; name another file or pass --force to replace it")
    if not target.parent.is_dir():
        raise SetupError(f"folder {target.parent} does not exist; create it first")
    if not os.access(target.parent, os.W_OK | os.X_OK):
        raise SetupError(f"folder {target.parent} is read-only; name a file in a writable folder")
    engine = obj.open_engine(read_only=True)
    try:
        backup_copy(engine, target)
    except SQLAlchemyError as exc:
        raise UserError(f"backup to {target} failed: {getattr(exc, 'orig', None) or exc}") from None
    click.echo(f"copied {source} to {target} ({target.stat().st_size:,} bytes)", err=True)


COMMANDS = [db]
