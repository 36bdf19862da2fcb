"""The ``campusnews`` command line: one click group, commands in one module per area.

Each area module exposes ``COMMANDS``, a list of click commands added here.
"""

from __future__ import annotations

import os
import sys

import click

from pipeline.cli import context

GROUP_HELP = """campusnews: crawl university news, extract organisations, agreements and dates.

\b
Examples:
  campusnews demo                       # crawl the bundled fixture site into ./campusnews.db
  campusnews crawl                      # crawl the sources in your config
  campusnews query agreements --json
"""


@click.group(help=GROUP_HELP, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="campusnews")
@click.option(
    "--db",
    "db",
    metavar="PATH_OR_URL",
    help="Database file or SQLAlchemy URL. Default: $CAMPUSNEWS_DATABASE_URL, "
    "then the config file, then ./campusnews.db.",
)
@click.option(
    "--config",
    "config_path",
    metavar="PATH",
    help="Config file. Default: $CAMPUSNEWS_CONFIG, then "
    "$XDG_CONFIG_HOME/campusnews/config.toml (when it exists).",
)
@click.pass_context
def cli(ctx: click.Context, db: str | None, config_path: str | None) -> None:
    ctx.obj = context.AppContext(db_option=db, config_option=config_path)
    # Runs on every exit, sys.exit included: writers leave a complete .db file.
    ctx.call_on_close(ctx.obj.close)


def _register() -> None:
    import importlib

    for name in context.COMMAND_MODULES:
        try:
            module = importlib.import_module(f"pipeline.cli.{name}")
        except ModuleNotFoundError as exc:
            if exc.name == f"pipeline.cli.{name}":
                continue
            raise
        for command in module.COMMANDS:
            cli.add_command(command)


_register()


def main() -> None:
    """Console-script entry point.

    A bug must not greet a cron user with a traceback either: it becomes one
    line on stderr and exit 1; CAMPUSNEWS_DEBUG=1 shows the traceback.
    """
    try:
        cli(prog_name="campusnews", standalone_mode=True)
    except Exception as exc:  # noqa: BLE001 - the last line of defence
        if os.environ.get("CAMPUSNEWS_DEBUG"):
            raise
        click.echo(
            f"campusnews: internal error: {type(exc).__name__}: {exc} "
            "(set CAMPUSNEWS_DEBUG=1 for the traceback)",
            err=True,
        )
        sys.exit(1)
