"""House rules read from the source: one storage seam, and error kinds as ``ErrorKind``.

- **Writes** happen only in ``pipeline/store/`` (the frontier's queue and the
  per-page statements included): no other module of scraper/,
  pipeline/ or db/ (migrations aside) holds an INSERT, UPDATE or DELETE (SQL
  text or SQLAlchemy's ``insert``/``update``/``delete``) or calls
  ``Session.add``/``add_all``/``delete``/``merge``.
- **Reads** go through ``db/queries.py``: outside ``db/`` and the seam no
  module imports ``db.models`` (so none can execute a statement on the models).
- **Error kinds** are compared as ``ErrorKind`` members: no module compares an
  ``error_kind`` to a string literal.

Modules not moved yet are listed with the reason; a test fails when one of them
no longer needs its entry, so the lists only shrink. Read with ``ast``: comments
and docstrings do not count.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

SEAM = ("pipeline/store/",)
# Modules that still write or read the models themselves, each with its reason.
WRITES_KNOWN: dict[str, str] = {}
MODELS_KNOWN: dict[str, str] = {}

_SQL_WRITE = re.compile(r"^\s*(insert\s+into|update\s+\w+\s+set|delete\s+from)\b", re.I)
_WRITE_CALLS = {"insert", "update", "delete"}
_SESSION_WRITES = {"add", "add_all", "delete", "merge"}


def _modules() -> list[Path]:
    return [
        path
        for package in ("scraper", "pipeline", "db")
        for path in sorted((ROOT / package).rglob("*.py"))
        if not path.relative_to(ROOT).as_posix().startswith("db/migrations/")
    ]


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def _in_seam(rel: str) -> bool:
    return any(rel == s or rel.startswith(s) for s in SEAM)


def writes_in(source: str) -> list[str]:
    """The writes a module's source holds, each as ``line: what``.

    >>> writes_in("from sqlalchemy import delete\\nx = delete(t)\\nsession.add(row)\\n")
    ['2: delete()', '3: .add()']
    >>> writes_in("q = 'UPDATE pages SET a = 1'\\ndef f():\\n    'Say INSERT INTO t.'\\n")
    ['1: UPDATE pages SET a = 1']
    """
    tree = ast.parse(source)
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    sqlalchemy_names: set[str] = set()
    sqlalchemy_modules: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("sqlalchemy"):
            sqlalchemy_names.update(
                a.asname or a.name for a in node.names if a.name in _WRITE_CALLS
            )
        elif isinstance(node, ast.Import):
            sqlalchemy_modules.update(
                a.asname or a.name for a in node.names if a.name.startswith("sqlalchemy")
            )
    found: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if id(node) not in docstrings and _SQL_WRITE.search(node.value):
                found.append(f"{node.lineno}: {node.value.strip().splitlines()[0]}")
        elif isinstance(node, ast.Call):
            func = node.func
            if isinstance(func, ast.Name) and func.id in sqlalchemy_names:
                found.append(f"{node.lineno}: {func.id}()")
            elif isinstance(func, ast.Attribute):
                owner = func.value
                if (
                    func.attr in _WRITE_CALLS
                    and isinstance(owner, ast.Name)
                    and owner.id in sqlalchemy_modules
                ):
                    found.append(f"{node.lineno}: {owner.id}.{func.attr}()")
                elif func.attr in _SESSION_WRITES and "session" in ast.unparse(owner).lower():
                    found.append(f"{node.lineno}: .{func.attr}()")
    return sorted(found, key=lambda s: int(s.split(":")[0]))


def _writers() -> dict[str, list[str]]:
    found = {}
    for path in _modules():
        rel = _rel(path)
        if _in_seam(rel):
            continue
        writes = writes_in(path.read_text(encoding="utf-8"))
        if writes:
            found[rel] = writes
    return found


def test_only_the_store_writes() -> None:
    new = {rel: w for rel, w in _writers().items() if rel not in WRITES_KNOWN}
    assert not new, f"writes belong in pipeline/store/: {new}"


def test_the_known_writers_still_need_their_entry() -> None:
    fixed = WRITES_KNOWN.keys() - _writers().keys()
    assert not fixed, f"remove from WRITES_KNOWN, they no longer write: {fixed}"


def _imports_models(path: Path) -> bool:
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import) and any(
            a.name == "db.models" or a.name.startswith("db.models.") for a in node.names
        ):
            return True
        if isinstance(node, ast.ImportFrom) and (
            (node.module == "db" and any(a.name == "models" for a in node.names))
            or (node.module or "").startswith("db.models")
        ):
            return True
    return False


def _model_readers() -> set[str]:
    return {
        _rel(path)
        for path in _modules()
        if not _rel(path).startswith("db/") and not _in_seam(_rel(path)) and _imports_models(path)
    }


def test_outside_the_seam_the_database_is_read_through_queries() -> None:
    new = _model_readers() - MODELS_KNOWN.keys()
    assert not new, f"read through db/queries.py, write through pipeline/store/: {sorted(new)}"


def test_the_known_model_readers_still_need_their_entry() -> None:
    fixed = MODELS_KNOWN.keys() - _model_readers()
    assert not fixed, f"remove from MODELS_KNOWN, they no longer import db.models: {fixed}"


def kind_literals(source: str) -> list[str]:
    """Comparisons of an ``error_kind`` with a string literal, as ``line: code``.

    >>> kind_literals('if r.error_kind == "robots": pass\\nif kind in ("a", "b"): pass\\n')
    ["1: r.error_kind == 'robots'"]
    >>> kind_literals("if r.error_kind in (ErrorKind.ROBOTS, None): pass\\n")
    []
    """

    def names_kind(node: ast.expr) -> bool:
        return (isinstance(node, ast.Attribute) and node.attr == "error_kind") or (
            isinstance(node, ast.Name) and node.id == "error_kind"
        )

    def is_literal(node: ast.expr) -> bool:
        if isinstance(node, ast.Constant):
            return isinstance(node.value, str)
        if isinstance(node, ast.Tuple | ast.List | ast.Set):
            return any(is_literal(e) for e in node.elts)
        return False

    found = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Compare):
            operands = [node.left, *node.comparators]
            if any(names_kind(o) for o in operands) and any(is_literal(o) for o in operands):
                found.append(f"{node.lineno}: {ast.unparse(node)}")
    return found


@pytest.mark.parametrize("path", _modules(), ids=_rel)
def test_error_kinds_are_compared_as_error_kind_members(path: Path) -> None:
    assert not kind_literals(path.read_text(encoding="utf-8")), "compare with ErrorKind members"
