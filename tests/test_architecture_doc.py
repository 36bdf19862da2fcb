"""ARCHITECTURE.md's module table names every module of scraper/, pipeline/ and db/.

A row's first cell lists modules in backticks: a path (``scraper/policy.py``), a
bare name after a path in the same cell (``http.py`` there is ``scraper/http.py``)
or a folder (``scraper/extract/``), which covers everything below it. The
top-level packages' ``__init__.py`` files are described above the table.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("scraper", "pipeline", "db")


def table_entries(markdown: str) -> set[str]:
    """The paths the first cells of the "Where things live" table name."""
    table = markdown.split("## Where things live", 1)[1].split("\n## ", 1)[0]
    entries: set[str] = set()
    for line in table.splitlines():
        if not line.startswith("| `"):
            continue
        folder = ""
        for name in re.findall(r"`([^`]+)`", line.split("|")[1]):
            if "/" in name.rstrip("/"):
                folder = name.rstrip("/").rsplit("/", 1)[0] + "/"
                entries.add(name)
            else:
                entries.add(folder + name)
    return entries


def is_listed(module: str, entries: set[str]) -> bool:
    parts = module.split("/")
    if len(parts) == 2 and parts[1] == "__init__.py":
        return True
    return module in entries or any(
        "/".join(parts[:i]) + "/" in entries for i in range(1, len(parts))
    )


def test_every_module_is_in_the_table() -> None:
    entries = table_entries((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    modules = [
        path.relative_to(ROOT).as_posix()
        for package in PACKAGES
        for path in sorted((ROOT / package).rglob("*.py"))
    ]
    missing = [m for m in modules if not is_listed(m, entries)]
    assert not missing, f"add a row to ARCHITECTURE.md's module table for: {missing}"


def test_every_row_names_an_existing_module() -> None:
    entries = table_entries((ROOT / "ARCHITECTURE.md").read_text(encoding="utf-8"))
    assert not [e for e in entries if not (ROOT / e).exists()]


def test_the_table_reader_follows_the_cell_format() -> None:
    doc = (
        "## Where things live\n\n| module | job |\n| --- | --- |\n"
        "| `scraper/policy.py`, `http.py` | fetching |\n| `scraper/extract/` | text |\n"
    )
    entries = table_entries(doc)
    assert entries == {"scraper/policy.py", "scraper/http.py", "scraper/extract/"}
    assert is_listed("scraper/extract/dates/find.py", entries)
    assert not is_listed("scraper/urls.py", entries)
