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
from db.migrate import backup_sqlite, current_revision, needs_upgrade, not_ours, upgrade
from db.sqlite_file import checkpoint, write_problem
from pipeline.records_store import build_missing_records
from pipeline.settings import ConfigError, Settings, load_settings
from scraper.registry import Registry, RegistryError, load_registry

COMMAND_MODULES = (
    "crawl_cmd",
    "extract_cmd",
    "query_cmd",
    "sources_cmd",
    "db_cmd",
    "records_cmd",
    "records_views_cmd",
)

EXIT_SOURCE_FAILED = 1
EXIT_USAGE = 2
EXIT_LOCKED = 75


class UserError(click.ClickException):
    """A mistake of the user's: printed as one line on stderr, exit code 1."""


class SetupError(UserError):
    """The config file or the chosen database is unusable: one line on stderr, exit code 2."""

    exit_code = EXIT_USAGE


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
    _engines: list[tuple[Engine, bool]] = field(default_factory=list, repr=False)

    @property
    def settings(self) -> Settings:
        """Settings from defaults, config file, environment and --db (loaded once)."""
        if self._settings is None:
            try:
                self._settings = load_settings(
                    config_option=self.config_option, db_option=self.db_option
                )
            except ConfigError as exc:
                raise SetupError(str(exc)) from None
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

    def check_writable(self) -> None:
        """Refuse, before anything is written, a database this command must not write.

        A read-only file or folder, or another application's database (tables
        but no campusnews schema revision): one line, exit 2. Writing commands
        call this before they take the run lock.
        """
        try:
            self._check_writable()
        except (SQLAlchemyError, ValueError) as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise UserError(f"cannot open database {self.settings.database}: {detail}") from None

    def _check_writable(self) -> None:
        url = self.database_url()
        path = sqlite_path(url)
        if path is not None:
            problem = write_problem(path)
            if problem:
                raise SetupError(
                    f"cannot write the database: {problem}; reading commands (query, sql, "
                    "search, export, graph, status, db backup) work on it, writing ones "
                    "need a writable copy (campusnews db backup COPY.db)"
                )
            if not path.exists():
                return
        engine = make_engine(url, read_only=True)
        try:
            self._refuse_foreign(engine)
        finally:
            engine.dispose()

    def _refuse_foreign(self, engine: Engine) -> None:
        reason = not_ours(engine)
        if reason:
            raise SetupError(
                f"{self.settings.database} is not a campusnews database: {reason}; "
                "nothing was changed; choose another file with --db"
            )

    def close(self) -> None:
        """Close every database this command opened; checkpoint those it wrote first.

        After a writer the ``.db`` file alone is then complete (nothing left in
        ``-wal``), and no file of the database stays open.
        """
        while self._engines:
            engine, wrote = self._engines.pop()
            try:
                if wrote:
                    checkpoint(engine)
            finally:
                engine.dispose()

    def _open(self, read_only: bool) -> Engine:
        url = self.database_url()
        path = sqlite_path(url)
        if read_only:
            if path is not None and not path.exists():
                raise UserError(
                    f"no database at {path}; run 'campusnews init' or 'campusnews crawl' first"
                )
            engine = make_engine(url, read_only=True)
            self._engines.append((engine, False))
            self._refuse_foreign(engine)
            return engine
        self._check_writable()
        engine = make_engine(url)
        self._engines.append((engine, True))
        if needs_upgrade(engine):
            current = current_revision(engine)
            if path is not None and current is not None:
                # A package update must never cost a cron user their data.
                backup = backup_sqlite(engine, path.with_name(f"{path.name}.bak-{current}"))
                logging.getLogger(__name__).warning(
                    "database schema %s is behind; backup written to %s", current, backup
                )
            upgrade(engine)
            # Agreements stored before the records existed become records now.
            build_missing_records(engine)
        return engine
