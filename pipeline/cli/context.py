"""State shared by every command: the chosen database and config, resolved lazily."""

from __future__ import annotations

import os
from dataclasses import dataclass

import click
from sqlalchemy import Engine

from db.engine import database_url, make_engine, sqlite_path
from db.migrate import needs_upgrade, upgrade

COMMAND_MODULES = ("crawl_cmd", "extract_cmd", "query_cmd", "sources_cmd", "db_cmd")
DEFAULT_DATABASE = "campusnews.db"


class UserError(click.ClickException):
    """A mistake of the user's: printed as one line on stderr, exit code 1."""


@dataclass
class AppContext:
    """What the top-level options said; commands resolve settings from it."""

    db_option: str | None = None
    config_option: str | None = None

    def database_url(self) -> str:
        """The database: --db, then $CAMPUSNEWS_DATABASE_URL, then ./campusnews.db."""
        chosen = self.db_option or os.environ.get("CAMPUSNEWS_DATABASE_URL") or DEFAULT_DATABASE
        return database_url(chosen)

    def open_engine(self, *, read_only: bool = False) -> Engine:
        """An engine on the chosen database.

        Writers get the schema brought up to date. Readers need an existing
        database and get a connection that cannot write.
        """
        url = self.database_url()
        path = sqlite_path(url)
        if read_only:
            if path is not None and not path.exists():
                raise UserError(f"no database at {path}; run 'campusnews init' or 'campusnews crawl'")
            return make_engine(url, read_only=True)
        engine = make_engine(url)
        if needs_upgrade(engine):
            upgrade(engine)
        return engine
