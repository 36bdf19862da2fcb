"""State shared by every command: settings, database and sources, resolved lazily.

Importing this module costs click alone: SQLAlchemy, the migrations and the
source registry load when a command first asks for them.
"""

from __future__ import annotations

import logging
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import click

from pipeline.logsetup import hide_passwords

if TYPE_CHECKING:
    from sqlalchemy import Engine

    from pipeline.settings import Settings
    from scraper.registry import Registry


# The exit codes, documented in README.md and docs/scheduling.md.
EXIT_SOURCE_FAILED = 1
EXIT_USAGE = 2
EXIT_INTERNAL = 70  # EX_SOFTWARE: a bug
EXIT_LOCKED = 75  # EX_TEMPFAIL: another run holds the lock


class UserError(click.ClickException):
    """A mistake of the user's: printed as one line on stderr, exit code 2.

    The message is shown with any URL password masked.
    """

    exit_code = EXIT_USAGE

    def __init__(self, message: str) -> None:
        super().__init__(hide_passwords(message))


class SetupError(UserError):
    """The config file or the chosen database is unusable: one line on stderr, exit code 2."""


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
    # -1 with -q, 0 by default, 1 with -v, 2 with -vv.
    verbosity: int = 0
    _settings: Settings | None = field(default=None, repr=False)
    _registry: Registry | None = field(default=None, repr=False)
    _engines: list[tuple[Engine, bool]] = field(default_factory=list, repr=False)

    @property
    def settings(self) -> Settings:
        """Settings from defaults, config file, environment and --db (loaded once)."""
        if self._settings is None:
            from pipeline.settings import ConfigError, load_settings

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
            from scraper.registry import RegistryError, load_registry

            try:
                self._registry = load_registry(self.settings.sources_dirs)
            except RegistryError as exc:
                raise UserError(str(exc)) from None
        return self._registry

    def database_url(self) -> str:
        """The database: --db, then $CAMPUSNEWS_DATABASE_URL, then config, then ./campusnews.db."""
        from db.engine import database_url

        try:
            return database_url(self.settings.database)
        except ValueError as exc:
            raise SetupError(f"--db {self.settings.database}: {exc}") from None

    def shown_database(self) -> str:
        """The database as shown: its path as given, or its URL with the password masked."""
        from db.engine import shown_url

        if "://" not in self.settings.database:
            return self.settings.database
        return shown_url(self.database_url())

    def open_engine(self, *, read_only: bool = False) -> Engine:
        """An engine on the chosen database.

        Writers get the schema brought up to date. Readers need an existing
        database and get a connection that cannot write.
        """
        from sqlalchemy.exc import SQLAlchemyError

        from db.migrate import MigrationFailed

        try:
            return self._open(read_only)
        except (SQLAlchemyError, ValueError, ImportError, MigrationFailed) as exc:
            raise self._open_error(exc) from None

    def check_writable(self) -> None:
        """Refuse, before anything is written, a database this command must not write.

        A read-only file or folder, or another application's database (tables
        but no campusnews schema revision): one line, exit 2. Writing commands
        call this before they take the run lock.
        """
        from sqlalchemy.exc import SQLAlchemyError

        try:
            self._check_writable()
        except (SQLAlchemyError, ValueError, ImportError) as exc:
            raise self._open_error(exc) from None

    def _open_error(self, exc: Exception) -> SetupError:
        """One line saying why the database cannot be opened, and what to do."""
        from db.engine import explain_open_error

        return SetupError(explain_open_error(self.database_url(), exc))

    def _check_writable(self) -> None:
        from db.engine import make_engine, sqlite_path
        from db.sqlite_file import write_problem

        url = self.database_url()
        path = sqlite_path(url)
        if path is not None:
            if path.is_dir():
                raise SetupError(f"{path} is a folder, not a database file; name a file with --db")
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
        from db.migrate import not_ours

        reason = not_ours(engine)
        if reason:
            raise SetupError(
                f"{self.shown_database()} is not a campusnews database: {reason}; "
                "nothing was changed; choose another file with --db"
            )

    def close(self) -> None:
        """Close every database this command opened; checkpoint those it wrote first.

        After a writer the ``.db`` file alone is then complete (nothing left in
        ``-wal``), and no file of the database stays open.
        """
        if self._engines:
            from db.sqlite_file import checkpoint
        while self._engines:
            engine, wrote = self._engines.pop()
            try:
                if wrote:
                    checkpoint(engine)
            finally:
                engine.dispose()

    def _open(self, read_only: bool) -> Engine:
        from db.engine import make_engine, sqlite_path
        from db.migrate import backup_sqlite, current_revision, needs_upgrade, upgrade_in_child

        url = self.database_url()
        path = sqlite_path(url)
        if read_only:
            if path is not None and path.is_dir():
                raise SetupError(f"{path} is a folder, not a database file; name a file with --db")
            if path is not None and not path.exists():
                raise UserError(
                    f"no database at {path}; run 'campusnews init' or 'campusnews crawl' first"
                )
            engine = make_engine(url, read_only=True)
            self._engines.append((engine, False))
            self._refuse_foreign(engine)
            if current_revision(engine) is None:
                raise SetupError(
                    f"{self.shown_database()} has no campusnews tables yet; "
                    "run 'campusnews init' (or a crawl) first"
                )
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
            # In a child process: a long crawl does not keep Alembic's modules.
            upgrade_in_child(engine)
            # Agreements stored before the records existed become records now.
            from pipeline.records_store import build_missing_records

            build_missing_records(engine)
        return engine
