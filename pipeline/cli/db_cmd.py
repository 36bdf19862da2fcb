"""Database maintenance commands: db upgrade, db path, db optimize."""

from __future__ import annotations

import click
from sqlalchemy import text

from db.engine import is_sqlite
from db.migrate import current_revision, head_revision
from db.migrate import upgrade as run_upgrade
from pipeline.cli.context import AppContext


@click.group()
def db() -> None:
    """Manage the database schema and file.

    \b
    Examples:
      campusnews db upgrade
      campusnews db path
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
    """Print the database URL in use.

    \b
    Example:
      campusnews db path
    """
    click.echo(obj.database_url())


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


COMMANDS = [db]
