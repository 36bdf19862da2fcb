"""``campusnews demo`` runs from the built wheel alone: the fixture site travels in it.

The wheel is built with the dev extra's hatchling (no network) and unpacked,
which is the layout pip installs; the demo then runs with only the unpacked
wheel ahead of the dependencies on the path, from a folder outside the checkout.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _build_wheel(out: Path) -> Path:
    subprocess.run(
        [sys.executable, "-m", "hatchling", "build", "-t", "wheel", "-d", str(out)],
        cwd=ROOT,
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("campusnews-*.whl")
    return wheel


def test_the_demo_runs_from_the_wheel(tmp_path: Path) -> None:
    wheel = _build_wheel(tmp_path / "dist")
    names = zipfile.ZipFile(wheel).namelist()
    site = ROOT / "fixtures" / "site"
    files = [p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()]
    assert files
    assert [f for f in files if f"pipeline/demo_site/{f}" not in names] == []
    assert not [n for n in names if n.startswith(("fixtures/", "tests/"))]

    installed = tmp_path / "installed"
    zipfile.ZipFile(wheel).extractall(installed)
    env = {**os.environ, "PYTHONPATH": str(installed)}
    where = subprocess.run(
        [sys.executable, "-c", "import pipeline.fixture_site as f; print(f.site_dir())"],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert Path(where.stdout.strip()) == installed / "pipeline" / "demo_site"

    demo = subprocess.run(
        [sys.executable, "-m", "pipeline.cli", "--db", str(tmp_path / "demo.db"), "demo"],
        cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert demo.returncode == 0, demo.stderr
    assert re.search(r"^articles stored [1-9]", demo.stdout, re.MULTILINE), demo.stdout
    assert "agreement records" in demo.stdout
