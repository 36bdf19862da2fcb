"""The CLI migrates in a child process: the command's own process never imports Alembic."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from db.engine import make_engine
from db.migrate import HEAD_REVISION, MigrationFailed, current_revision, upgrade_in_child

# Opens (and so creates) a database as every writing command does, then says
# whether Alembic was imported in this process.
OPEN_FOR_WRITING = """
import sys
from pipeline.cli.context import AppContext
state = AppContext(db_option=sys.argv[1])
state.open_engine()
print("alembic" in sys.modules)
state.close()
"""


def test_a_new_database_is_migrated_without_alembic_in_the_process(tmp_path: Path) -> None:
    db = tmp_path / "new.db"
    done = subprocess.run(
        [sys.executable, "-c", OPEN_FOR_WRITING, str(db)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "False"
    engine = make_engine(str(db))
    assert current_revision(engine) == HEAD_REVISION
    engine.dispose()


def test_a_failed_child_migration_raises_with_its_last_error_line(tmp_path: Path) -> None:
    db = tmp_path / "not-a-database.db"
    db.write_bytes(b"this is not a SQLite file, " * 200)
    engine = make_engine(str(db))
    with pytest.raises(MigrationFailed, match="schema upgrade to head failed: .*not a database"):
        upgrade_in_child(engine)
    engine.dispose()


def test_a_failed_migration_is_one_line_from_the_cli(tmp_path: Path) -> None:
    db = tmp_path / "broken.db"
    engine = make_engine(str(db))
    with engine.begin() as conn:
        # A revision the scripts know, with a table in the way of the next migration.
        conn.exec_driver_sql("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
        conn.exec_driver_sql("INSERT INTO alembic_version VALUES ('0001')")
    engine.dispose()
    done = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "--db", str(db), "init"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode != 0
    assert "schema upgrade to head failed" in done.stderr
    assert "Traceback" not in done.stderr
