"""The run lock: a second, overlapping run is refused at once, across processes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from pipeline.runlock import RunLocked, run_lock


def test_second_lock_in_same_process_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    with run_lock(db):
        with pytest.raises(RunLocked, match="another campusnews run"):
            with run_lock(db):
                pass
    with run_lock(db):
        pass


def test_lock_held_by_another_process_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "x.db"
    code = (
        "import sys; from pathlib import Path; from pipeline.runlock import run_lock\n"
        f"with run_lock(Path({str(db)!r})):\n"
        "    print('locked', flush=True); sys.stdin.readline()\n"
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", code], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        with pytest.raises(RunLocked):
            with run_lock(db):
                pass
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.flush()
        holder.communicate(timeout=10)  # waits, and closes the pipes
    with run_lock(db):
        pass
