"""Import contracts: the packages depend one way (ARCHITECTURE.md).

- ``scraper/`` is pure: it imports neither ``db`` nor ``pipeline``;
- ``db/`` imports nothing of ``pipeline`` and of ``scraper`` only ``scraper.keys``
  and ``scraper.models`` (the name keys and the value types the schema shares);
- the CLI (``pipeline/cli/``) reads through ``db/queries.py`` and writes through
  ``pipeline/store/``: it imports no ``db.models``.

Every import counts, at module level or inside a function, absolute or relative,
``import db.models`` as much as ``from db import models``. Migrations are included.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent

# CLI modules that still import db.models, each to be moved onto db/queries.py.
# The test fails when one of them no longer needs its entry, so the list only shrinks.
CLI_MODELS_KNOWN: dict[str, str] = {}  # none left: the CLI reads through db/queries.py


def _module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, source: str | None = None) -> set[str]:
    """Every module an import in the file (or in ``source``, read as that file) names:
    ``from a import b`` counts as ``a.b`` (b may be a submodule or a name in it), and
    relative imports are resolved against the file's package."""
    package = _module_name(path).split(".")
    if path.name != "__init__.py":
        package = package[:-1]
    text = path.read_text(encoding="utf-8") if source is None else source
    found: set[str] = set()
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                head = package[: len(package) - node.level + 1]
                base = ".".join([*head, base] if base else head)
            found.update(f"{base}.{alias.name}" for alias in node.names)
    return found


def _files(folder: str) -> list[Path]:
    return sorted((ROOT / folder).rglob("*.py"))


def _within(module: str, prefix: str) -> bool:
    return module == prefix or module.startswith(prefix + ".")


@pytest.mark.parametrize(
    ("package", "forbidden", "allowed"),
    [
        ("scraper", ("db", "pipeline"), ()),
        ("db", ("pipeline", "scraper"), ("scraper.keys", "scraper.models")),
    ],
)
def test_a_package_imports_only_what_its_layer_allows(
    package: str, forbidden: tuple[str, ...], allowed: tuple[str, ...]
) -> None:
    wrong = [
        f"{path.relative_to(ROOT)} imports {module}"
        for path in _files(package)
        for module in sorted(_imports(path))
        if any(_within(module, f) for f in forbidden)
        and not any(_within(module, a) for a in allowed)
    ]
    assert not wrong, wrong


def _cli_importing_models() -> set[str]:
    return {
        str(path.relative_to(ROOT))
        for path in _files("pipeline/cli")
        if any(_within(module, "db.models") for module in _imports(path))
    }


def test_the_cli_imports_no_models_beyond_the_known_cases() -> None:
    new = _cli_importing_models() - CLI_MODELS_KNOWN.keys()
    assert not new, f"the CLI reads through db/queries.py, not db.models: {sorted(new)}"


def test_the_known_cli_cases_still_need_their_entry() -> None:
    fixed = CLI_MODELS_KNOWN.keys() - _cli_importing_models()
    assert not fixed, f"remove from CLI_MODELS_KNOWN, they no longer import db.models: {fixed}"


def test_the_import_reader_sees_every_form() -> None:
    """The contracts above can fail: each import form is read as the module it names."""
    sample = ROOT / "pipeline" / "cli" / "_sample.py"
    source = (
        "import db.models\nfrom db import models\nfrom . import output\n"
        "def f():\n    from ..store import save\n"
    )
    found = _imports(sample, source)
    assert {"db.models", "pipeline.cli.output", "pipeline.store.save"} <= found
