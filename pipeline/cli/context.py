"""State shared by every command: settings, database and sources, resolved lazily."""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path

import click
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from db.engine import database_url, make_engine, sqlite_path
from db.migrate import backup_sqlite, current_revision, needs_upgrade, upgrade
from pipeline.settings import ConfigError, Settings, load_settings
from scraper.registry import Registry, RegistryError, load_registry

COMMAND_MODULES = ("crawl_cmd", "extract_cmd", "query_cmd", "sources_cmd", "db_cmd")

EXIT_SOURCE_FAILED = 1
EXIT_LOCKED = 75


class UserError(click.ClickException):
    """A mistake of the user's: printed as one line on stderr, exit code 1."""


def read_input(name: str) -> bytes:
    """The bytes of a file argument; ``-`` is standard input."""
    if name == "-":
        return sys.stdin.buffer.read()
    path = Path(name)
    if not path.is_file():
        raise UserError(f"no such file: {name}")
    return path.read_bytes()


@dataclass
class AppContext:
    """What the top-level options said; commands resolve settings from it."""

    db_option: str | None = None
    config_option: str | None = None
    _settings: Settings | None = field(default=None, repr=False)
    _registry: Registry | None = field(default=None, repr=False)

    @property
    def settings(self) -> Settings:
        """Settings from defaults, config file, environment and --db (loaded once)."""
        if self._settings is None:
            try:
                self._settings = load_settings(
                    config_option=self.config_option, db_option=self.db_option
                )
            except ConfigError as exc:
                raise UserError(str(exc)) from None
        return self._settings

    @property
    def registry(self) -> Registry:
        """The sources: built-in, user directories and installed packages."""
        if self._registry is None:
            try:
                self._registry = load_registry(self.settings.sources_dirs)
            except RegistryError as exc:
                raise UserError(str(exc)) from None
        return self._registry

    def database_url(self) -> str:
        """The database: --db, then $CAMPUSNEWS_DATABASE_URL, then config, then ./campusnews.db."""
        return database_url(self.settings.database)

    def open_engine(self, *, read_only: bool = False) -> Engine:
        """An engine on the chosen database.

        Writers get the schema brought up to date. Readers need an existing
        database and get a connection that cannot write.
        """
        try:
            return self._open(read_only)
        except (SQLAlchemyError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UserError(f"cannot open database {self.settings.database}: {detail}") from None

    def _open(self, read_only: bool) -> Engine:
        url = self.database_url()
        path = sqlite_path(url)
        if read_only:
            if path is not None and not path.exists():
                raise UserError(
                    f"no database at {path}; run 'campusnews init' or 'campusnews crawl' first"
                )
            return make_engine(url, read_only=True)
        engine = make_engine(url)
        if needs_upgrade(engine):
            current = current_revision(engine)
            if path is not None and current is not None:
                # A package update must never cost a cron user their data.
                backup = backup_sqlite(engine, path.with_name(f"{path.name}.bak-{current}"))
                logging.getLogger(__name__).warning(
                    "database schema %s is behind; backup written to %s", current, backup
                )
            upgrade(engine)
        return engine
