"""Type checks for config file values: each one names the key and what it wants.

TOML gives strings, numbers, booleans, arrays and tables; a key holding the
wrong one must be an error, not a silent conversion (a string where a list is
expected would otherwise be split into characters). ``pipeline/settings.py``
reads the file and calls these; each raises ``ConfigError`` with one line.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection, Mapping
from typing import Any


class ConfigError(Exception):
    """The configuration is wrong; the message says where and how, in one line."""


def check_keys(table: Mapping[str, Any], known: Collection[str], where: str) -> None:
    """Refuse the first unknown key, suggesting the closest known one."""
    for key in sorted(set(table) - set(known)):
        close = difflib.get_close_matches(key, sorted(known), n=1, cutoff=0.6)
        hint = f"; did you mean '{close[0]}'?" if close else f" (known: {', '.join(sorted(known))})"
        raise ConfigError(f"{where}: unknown key '{key}'{hint}")


def _kind(value: Any) -> str:
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, str):
        return "a string"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def _wrong(where: str, key: str, wanted: str, value: Any, example: str = "") -> ConfigError:
    hint = f", e.g. {key} = {example}" if example else ""
    return ConfigError(f"{where}: '{key}' must be {wanted}{hint}, not {_kind(value)} ({value!r})")


def string(table: Mapping[str, Any], key: str, where: str) -> str | None:
    """A string value, or None when absent."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str):
        raise _wrong(where, key, "a string", value, '"..."')
    return value


def string_list(table: Mapping[str, Any], key: str, where: str, example: str) -> tuple[str, ...]:
    """A list of strings (empty when absent); a bare string is refused, not split."""
    value = table.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _wrong(where, key, "a list of strings", value, f'["{example}"]')
    return tuple(value)


def boolean(table: Mapping[str, Any], key: str, where: str, default: bool) -> bool:
    """true or false (default when absent); "yes", 1 and the like are refused."""
    value = table.get(key, default)
    if not isinstance(value, bool):
        raise _wrong(where, key, "true or false", value)
    return value


def number(
    table: Mapping[str, Any],
    key: str,
    where: str,
    *,
    whole: bool = False,
    minimum: int = 0,
    unit: str = "",
) -> Any:
    """A number of at least ``minimum`` (a whole one with ``whole``), or None when absent."""
    value = table.get(key)
    if value is None:
        return None
    ok = isinstance(value, int if whole else int | float) and not isinstance(value, bool)
    if ok and value >= minimum:
        return value
    if whole:
        wanted = f"a whole number{' of ' + unit if unit else ''}, {minimum} or more"
    else:
        wanted = "a non-negative number" if minimum == 0 else f"a number, {minimum} or more"
    if isinstance(value, int | float) and not isinstance(value, bool):
        raise ConfigError(f"{where}: '{key}' must be {wanted}, not {value!r}")
    raise _wrong(where, key, wanted, value)
