"""The ``campusnews`` command line: one click group, commands in one module per area.

Commands load lazily: ``campusnews --version`` and ``--help`` import click and
this package only, and a command imports its own module (and SQLAlchemy,
httpx, the crawler or the extractors only when it needs them). ``COMMANDS``
below names every command's module and its one-line help; each area module
still exposes ``COMMANDS``, a list of click commands, and
``tests/test_cli_options.py`` checks the two agree.

The global options (``--db``, ``--config``, ``-v``, ``-q``) are accepted
before or after the sub-command; ``pipeline/cli/globals.py`` says how.
"""

from __future__ import annotations

import importlib
import os
import sys

import click

from pipeline import __version__
from pipeline.cli.context import EXIT_INTERNAL, AppContext, hide_passwords
from pipeline.cli.globals import add_global_options, global_options

GROUP_HELP = """campusnews: crawl university news, extract organisations, agreements and dates.

The options below also work after the command (campusnews query
agreements --db news.db); given twice, the one after the command wins.
The database is --db, else $CAMPUSNEWS_DATABASE_URL, else the config file's
database_url, else ./campusnews.db.

\b
Exit codes:
  0   done
  1   a source failed (crawl, reparse, demo), or some files could not be read (extract)
  2   usage or config error: a wrong option or value, an unusable config file or database
  70  internal error: a bug (CAMPUSNEWS_DEBUG=1 shows the traceback)
  75  another run holds the lock (silent unless the lock looks stuck)

\b
Examples:
  campusnews demo                       # crawl the bundled fixture site into ./campusnews.db
  campusnews crawl                      # crawl the sources in your config
  campusnews query agreements --json
"""

# name: (module under pipeline.cli, attribute, one-line help for `campusnews --help`).
# The help is the first sentence of the command's own help; a test keeps them equal.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "init": (
        "crawl_cmd",
        "init",
        "Create the database (or bring its schema up to date) and say where it is.",
    ),
    "crawl": ("crawl_cmd", "crawl", "Crawl sources into the database, extracting as pages arrive."),
    "reparse": (
        "crawl_cmd",
        "reparse",
        "Re-extract stored pages with the current parsers, with no network.",
    ),
    "demo": (
        "crawl_cmd",
        "demo",
        "Serve the bundled fixture site on 127.0.0.1, crawl it, and show what was found.",
    ),
    "status": (
        "status_cmd",
        "status",
        "Show recent crawl runs and, per source, the last success and the last new article.",
    ),
    "extract": (
        "extract_cmd",
        "extract",
        "Print what the pipeline extracts from HTML files, one JSON object per line and file.",
    ),
    "eval": (
        "extract_cmd",
        "eval_command",
        "Score extraction against the hand-annotated gold sets, side by side.",
    ),
    "query": ("query_cmd", "query", "Ready-made questions: articles, organisations, agreements."),
    "search": (
        "query_cmd",
        "search",
        "Full-text search of article titles and texts, latest stored first.",
    ),
    "sql": ("query_cmd", "sql", "Run one read-only SQL statement and print its rows."),
    "export": (
        "query_cmd",
        "export",
        "Write every article, organisation, agreement or agreement record as JSON lines or CSV.",
    ),
    "graph": (
        "query_cmd",
        "graph",
        "Write the agreement network: organisations as nodes, agreement records as edges.",
    ),
    "sources": (
        "sources_cmd",
        "sources",
        "List, test and create sources (the parsers for each site).",
    ),
    "records": (
        "records_cmd",
        "records",
        "Agreement records: one real-world agreement behind the articles that report it.",
    ),
    "changes": (
        "records_views_cmd",
        "changes",
        "Print the agreement records that were new or changed status in a crawl run.",
    ),
    "feed": (
        "records_views_cmd",
        "feed",
        "Write an Atom feed of agreement records that were new or changed status.",
    ),
    "db": ("db_cmd", "db", "Manage the database schema and file."),
}

# Every module holding commands; a command missing from COMMANDS is still found
# (after importing them all), so a newly added one works before it is listed.
COMMAND_MODULES = (
    "crawl_cmd",
    "status_cmd",
    "extract_cmd",
    "query_cmd",
    "sources_cmd",
    "records_cmd",
    "records_views_cmd",
    "db_cmd",
)


class LazyGroup(click.Group):
    """A group that imports a command's module only when that command runs."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        """Every command name, in the order of ``COMMANDS``, without importing any."""
        return list(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        """Import the command's module and give it the global options."""
        if cmd_name in self.commands:
            return self.commands[cmd_name]
        command = load_command(cmd_name)
        if command is not None:
            add_global_options(command)
            self.commands[cmd_name] = command
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help`` from ``COMMANDS``: nothing is imported for it."""
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        rows = []
        for name, (_module, _attribute, text) in COMMANDS.items():
            if len(text) > limit:
                text = text[: max(limit - 3, 1)].rsplit(" ", 1)[0].rstrip(",") + "..."
            rows.append((name, text))
        with formatter.section("Commands"):
            formatter.write_dl(rows)


def load_command(name: str) -> click.Command | None:
    """The click command called ``name``, importing only its module when it is listed."""
    if name in COMMANDS:
        module_name, attribute, _help = COMMANDS[name]
        return getattr(importlib.import_module(f"pipeline.cli.{module_name}"), attribute)
    for module_name in COMMAND_MODULES:
        module = importlib.import_module(f"pipeline.cli.{module_name}")
        for command in module.COMMANDS:
            if command.name == name:
                return command
    return None


@click.group(
    cls=LazyGroup,
    help=GROUP_HELP,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(version=__version__, prog_name="campusnews")
@global_options
@click.pass_context
def cli(ctx: click.Context) -> None:
    state = ctx.ensure_object(AppContext)
    # Runs on every exit, sys.exit included: writers leave a complete .db file.
    ctx.call_on_close(state.close)


def main() -> None:
    """Console-script entry point.

    A bug must not greet a cron user with a traceback either: it becomes one
    line on stderr and exit 70 (EX_SOFTWARE); CAMPUSNEWS_DEBUG=1 shows the
    traceback. Mistakes a user can make are ``click.ClickException``s raised
    where they are found, and never reach this.
    """
    try:
        cli(prog_name="campusnews", standalone_mode=True)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if os.environ.get("CAMPUSNEWS_DEBUG"):
            raise
        click.echo(
            f"campusnews: internal error: {type(exc).__name__}: {hide_passwords(str(exc))} "
            "(a bug: please report it; set CAMPUSNEWS_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(EXIT_INTERNAL)
