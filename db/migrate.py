"""Apply the Alembic migrations shipped in the package; users need no alembic.ini.

Alembic is imported only when a migration runs: checking that a database is
current (every command does) is one SELECT, and a crawl stays lighter. The
CLI runs a migration in a child process (``upgrade_in_child``), so a crawl
that creates its schema never holds Alembic's modules (about 11 MB) either.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# The newest revision in migrations/versions; tests/test_migrations.py checks it
# against Alembic's own view of the scripts.
HEAD_REVISION = "0012"


def made_by_hand(
    obj: object, name: str | None, type_: str, reflected: bool, compare_to: object
) -> bool:
    """Alembic ``include_object``: skip migration 0002's full-text objects.

    They have no model on purpose (FTS5 tables, the PostgreSQL tsvector
    column and its index), so autogenerate must not propose dropping them.
    """
    if type_ == "table" and name and name.startswith("articles_fts"):
        return False
    if type_ == "column" and name == "search_vector":
        return False
    return not (type_ == "index" and name == "ix_articles_search_vector")


def alembic_config(engine: Engine) -> Config:
    """An Alembic config pointing at the packaged migrations and this engine's URL."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option(
        "sqlalchemy.url", engine.url.render_as_string(hide_password=False).replace("%", "%%")
    )
    return config


def head_revision(engine: Engine) -> str | None:
    """The newest revision of the packaged migration scripts, as Alembic reads them."""
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config(engine)).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at, or None for an empty database."""
    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.scalar(text("SELECT version_num FROM alembic_version"))


def known_revisions() -> frozenset[str]:
    """Every revision the packaged scripts know (files are named ``<revision>_<slug>.py``)."""
    return frozenset(
        script.name.split("_", 1)[0] for script in (MIGRATIONS_DIR / "versions").glob("*_*.py")
    )


def not_ours(engine: Engine) -> str | None:
    """Why the database is not a campusnews database, or None when it is one (or empty).

    A database with tables but no ``alembic_version``, or with a revision the
    packaged scripts do not know, belongs to another application (or to a
    newer campusnews): nothing may be created in it. Reads only.
    """
    with engine.connect() as conn:
        found = inspect(conn)
        names = sorted({*found.get_table_names(), *found.get_view_names()})
        if "alembic_version" in names:
            revision = conn.scalar(text("SELECT version_num FROM alembic_version"))
            if revision in known_revisions() or (revision is None and len(names) == 1):
                return None
            return (
                f"its schema revision {revision!r} is not a campusnews revision "
                "(another application's database, or one from a newer campusnews)"
            )
    if not names:
        return None
    shown = ", ".join(names[:3]) + (", ..." if len(names) > 3 else "")
    return f"it has tables ({shown}) but no campusnews schema revision"


def needs_upgrade(engine: Engine) -> bool:
    """True when the database is behind the code's newest revision."""
    return current_revision(engine) != HEAD_REVISION


# An arbitrary, fixed key: workers starting together on PostgreSQL migrate one at a time.
_MIGRATION_LOCK_KEY = 0x63616D70


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the database schema up to ``revision`` (default: the newest)."""
    from alembic import command

    config = alembic_config(engine)
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _MIGRATION_LOCK_KEY})
        config.attributes["connection"] = conn
        command.upgrade(config, revision)


class MigrationFailed(Exception):
    """``upgrade_in_child``'s child process failed; the message is its last error line."""


def upgrade_in_child(engine: Engine, revision: str = "head") -> None:
    """``upgrade`` run by a child process (``python -m db.migrate``); waits for it.

    This process then never imports Alembic. The database URL travels on the
    child's stdin (a password stays out of the process list). An in-memory
    SQLite database exists only in this process: it is upgraded here.
    """
    database = engine.url.database
    if engine.dialect.name == "sqlite" and (not database or database == ":memory:"):
        upgrade(engine, revision)
        return
    done = subprocess.run(
        [sys.executable, "-m", "db.migrate", revision],
        input=engine.url.render_as_string(hide_password=False),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
        check=False,
    )
    if done.returncode != 0:
        lines = done.stderr.strip().splitlines() or [f"exit status {done.returncode}"]
        raise MigrationFailed(f"schema upgrade to {revision} failed: {lines[-1]}")


def main() -> int:
    """``python -m db.migrate [REVISION]``: upgrade the database whose URL is on stdin."""
    from db.engine import make_engine

    revision = sys.argv[1] if len(sys.argv) > 1 else "head"
    engine = make_engine(sys.stdin.read().strip())
    try:
        upgrade(engine, revision)
    except Exception as exc:  # noqa: BLE001 - one line for the parent's error message
        cause = getattr(exc, "orig", None) or exc
        print(f"{type(cause).__name__}: {' '.join(str(cause).split())}", file=sys.stderr)
        return 1
    finally:
        engine.dispose()
    return 0


def backup_sqlite(engine: Engine, target: Path) -> Path:
    """Write a consistent copy of a SQLite database (``VACUUM INTO``; safe under WAL)."""
    if target.exists():
        target.unlink()
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("VACUUM INTO :target"), {"target": str(target)})
    return target


if __name__ == "__main__":
    sys.exit(main())
