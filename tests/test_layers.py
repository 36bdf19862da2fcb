"""The packages depend one way: scraper/ is pure and imports neither db/ nor pipeline/;
db/ imports nothing of pipeline/ and of scraper/ only the name keys."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _imports(package: str) -> list[tuple[str, str]]:
    """(module file, imported module) for every import in a package."""
    found = []
    for path in sorted((ROOT / package).rglob("*.py")):
        if "migrations" in path.parts:
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found += [(str(path.relative_to(ROOT)), a.name) for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                found.append((str(path.relative_to(ROOT)), node.module))
    return found


@pytest.mark.parametrize(
    ("package", "allowed"),
    [("scraper", ()), ("db", ("scraper.keys",))],
)
def test_a_package_imports_only_what_its_layer_allows(
    package: str, allowed: tuple[str, ...]
) -> None:
    others = {"scraper", "db", "pipeline"} - {package}
    wrong = [
        f"{where} imports {module}"
        for where, module in _imports(package)
        if module.split(".")[0] in others and module not in allowed
    ]
    assert not wrong, wrong
