"""Every exception class of ``scraper/errors.py`` is raised somewhere (itself or a subclass).

A class nobody raises documents a failure that cannot happen, and callers
catching it are dead code: issue 12 found three such classes.
"""

from __future__ import annotations

import ast
import importlib
import inspect
from pathlib import Path

import scraper.errors as errors

ROOT = Path(__file__).resolve().parent.parent


def _raised_names() -> set[str]:
    """The names of the classes raised (``raise X`` or ``raise X()``) in scraper, pipeline, db."""
    names: set[str] = set()
    for package in ("scraper", "pipeline", "db"):
        for path in (ROOT / package).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.Raise) and node.exc is not None:
                    target = node.exc.func if isinstance(node.exc, ast.Call) else node.exc
                    if isinstance(target, ast.Name):
                        names.add(target.id)
                    elif isinstance(target, ast.Attribute):
                        names.add(target.attr)
    return names


def _subclasses(cls: type) -> set[type]:
    found = set(cls.__subclasses__())
    for sub in list(found):
        found |= _subclasses(sub)
    return found


def test_every_error_class_is_raised_somewhere() -> None:
    # Subclasses defined in the pipeline (a crashed parse, a soft 404) count for their base.
    for module in ("pipeline.page_handler", "pipeline.parse_pool"):
        importlib.import_module(module)
    raised = _raised_names()
    classes = [
        cls
        for _, cls in inspect.getmembers(errors, inspect.isclass)
        if issubclass(cls, Exception) and cls.__module__ == errors.__name__
    ]
    assert classes
    never = [
        cls.__name__
        for cls in classes
        if not ({cls} | _subclasses(cls))
        & {c for c in _subclasses(Exception) if c.__name__ in raised}
    ]
    assert not never, (
        f"never raised (remove them, or raise them where the failure happens): {never}"
    )
