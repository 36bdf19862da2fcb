"""The global options, ``--db``, ``--config``, ``-v`` and ``-q``, before or after the command.

Each is declared on the top-level group and again on every command, so
``campusnews --db x.db query agreements`` and ``campusnews query agreements
--db x.db`` mean the same. Each occurrence writes into the one ``AppContext``
as click parses it, and click parses the group's options before the
command's: given in both places, the one after the command wins. Below the
command line come the environment ($CAMPUSNEWS_DATABASE_URL,
$CAMPUSNEWS_CONFIG), then the config file, then the defaults.

This module imports click only: ``--version`` and ``--help`` stay fast.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, TypeVar

import click

from pipeline.cli.context import EXIT_INTERNAL, AppContext

__all__ = ["EXIT_INTERNAL", "add_global_options", "global_options"]

F = TypeVar("F", bound=Callable[..., Any])

# Marks a command that already carries the options (params are added once).
_MARK = "global_db"


def _store(attribute: str) -> Callable[[click.Context, click.Parameter, Any], None]:
    def callback(ctx: click.Context, _param: click.Parameter, value: Any) -> None:
        if value is None or value is False or value == 0:
            return  # not given here: an earlier occurrence (or the default) stands
        state = ctx.ensure_object(AppContext)
        if attribute == "quiet":
            state.verbosity = -1
        elif attribute == "verbose":
            state.verbosity = int(value)
        else:
            setattr(state, attribute, value)

    return callback


def _options() -> list[click.Option]:
    """Fresh option objects: click keeps per-command state in them."""
    return [
        click.Option(
            ["--db", _MARK],
            metavar="PATH_OR_URL",
            expose_value=False,
            callback=_store("db_option"),
            help="Database file or URL (sqlite:///..., postgresql://...). Default: "
            "$CAMPUSNEWS_DATABASE_URL, then the config file, then ./campusnews.db.",
        ),
        click.Option(
            ["--config", "global_config"],
            metavar="PATH",
            expose_value=False,
            callback=_store("config_option"),
            help="Config file. Default: $CAMPUSNEWS_CONFIG, then "
            "$XDG_CONFIG_HOME/campusnews/config.toml (when it exists).",
        ),
        click.Option(
            ["-v", "--verbose", "global_verbose"],
            count=True,
            expose_value=False,
            callback=_store("verbose"),
            help="More output on stderr (-vv for debug).",
        ),
        click.Option(
            ["-q", "--quiet", "global_quiet"],
            is_flag=True,
            expose_value=False,
            callback=_store("quiet"),
            help="Only errors on stderr.",
        ),
    ]


def global_options(command: F) -> F:
    """Decorator: give a command (or group) the global options."""
    params = getattr(command, "__click_params__", [])
    params.extend(reversed(_options()))
    command.__click_params__ = params  # type: ignore[attr-defined]
    return command


def add_global_options(command: click.Command) -> None:
    """Give a built command, and every sub-command of a group, the global options."""
    if not any(param.name == _MARK for param in command.params):
        command.params.extend(_options())
    if isinstance(command, click.Group):
        for sub in command.commands.values():
            add_global_options(sub)
