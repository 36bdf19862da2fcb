"""The public names of each package are its ``__all__`` (httpx's test_exported_members).

``scraper``, ``pipeline`` and ``db`` re-export nothing today: their API is their
modules. A name added to a package's ``__init__.py`` must be listed in its
``__all__`` (and vice versa), sorted, so the package's surface is a decision.
"""

from __future__ import annotations

import importlib
import pkgutil
from types import ModuleType

import pytest

PACKAGES = ("scraper", "pipeline", "db")
# Importing these runs something: Alembic's env.py needs a migration context,
# __main__ starts the CLI.
NOT_IMPORTED = ("db.migrations.env", "pipeline.cli.__main__")


def _import_all(package: ModuleType) -> None:
    """Import every submodule, so submodule attributes are told apart from exports."""
    for info in pkgutil.walk_packages(package.__path__, package.__name__ + "."):
        if info.name not in NOT_IMPORTED and not info.name.startswith("db.migrations.versions"):
            importlib.import_module(info.name)


@pytest.mark.parametrize("name", PACKAGES)
def test_all_names_the_package_exports(name: str) -> None:
    package = importlib.import_module(name)
    _import_all(package)
    exported = sorted(
        member
        for member, value in vars(package).items()
        if not member.startswith("_") and not isinstance(value, ModuleType)
    )
    assert package.__all__ == exported


@pytest.mark.parametrize("name", PACKAGES)
def test_every_name_in_all_exists(name: str) -> None:
    package = importlib.import_module(name)
    assert package.__all__ == sorted(set(package.__all__), key=str.casefold)
    assert [member for member in package.__all__ if not hasattr(package, member)] == []
