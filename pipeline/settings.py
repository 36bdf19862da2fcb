"""Settings: defaults < config file < environment < command line, resolved once.

This is the only module that reads the environment or the config file;
everything else receives a frozen ``Settings`` (or plain arguments).
The config file is TOML; ``docs/configuration.md`` documents every key.
"""

from __future__ import annotations

import dataclasses
import os
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from platformdirs import user_config_path

from pipeline.config_checks import (
    ConfigError,
    boolean,
    check_keys,
    number,
    string,
    string_list,
)
from scraper.policy import OVERRIDABLE, CrawlPolicy, user_agent

__all__ = ["ConfigError", "Settings", "SourceConfig", "load_settings"]

DEFAULT_CONTACT = "https://github.com/campusnews/campusnews"
DEFAULT_DATABASE = "campusnews.db"
SOURCE_KEYS = {
    "parser",
    "start_urls",
    "hosts",
    "allow_private",
    "enabled",
    "paging_max_age_days",
    *OVERRIDABLE,
}
TOP_KEYS = {
    "database_url",
    "paging_max_age_days",
    "parse_workers",
    "contact_url",
    "sources_dir",
    "log_file",
    "recheck_days",
    "stuck_lock_hours",
    "crawl",
    "sources",
}


@dataclass(frozen=True)
class SourceConfig:
    """A source to crawl: which parser reads it, where to start, which hosts are in scope."""

    name: str
    parser: str
    start_urls: tuple[str, ...] = ()
    hosts: tuple[str, ...] = ()
    allow_private: bool = False
    enabled: bool = True
    overrides: Mapping[str, Any] = field(default_factory=dict)
    # Listings are paged back only this far (None: the global setting).
    paging_max_age_days: int | None = None


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, frozen once loaded."""

    database: str = DEFAULT_DATABASE
    contact_url: str = DEFAULT_CONTACT
    policy: CrawlPolicy = field(default_factory=CrawlPolicy)
    sources: Mapping[str, SourceConfig] = field(default_factory=dict)
    sources_dirs: tuple[Path, ...] = ()
    log_file: Path | None = None
    recheck_after: timedelta | None = timedelta(days=30)
    config_path: Path | None = None
    # Processes that parse pages while the crawl fetches; None: one per spare core (max 2).
    parse_workers: int | None = None
    # Listing pages are paged back only until their items are this old (None: no cutoff).
    paging_max_age_days: int | None = None
    # A run lock held longer than this is a stuck run: reported, where an overlap is silent.
    stuck_lock_after: timedelta = timedelta(hours=24)


def config_home() -> Path:
    """Where campusnews keeps its config: $CAMPUSNEWS_HOME or the XDG config dir."""
    home = os.environ.get("CAMPUSNEWS_HOME")
    return Path(home).expanduser() if home else user_config_path("campusnews")


def config_path(option: str | None) -> Path | None:
    """The config file to read: --config, then $CAMPUSNEWS_CONFIG, then the default if it exists."""
    if option:
        return Path(option).expanduser()
    env = os.environ.get("CAMPUSNEWS_CONFIG")
    if env:
        return Path(env).expanduser()
    default = config_home() / "config.toml"
    return default if default.exists() else None


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        raise ConfigError(f"config file not found: {path}") from None
    except IsADirectoryError:
        raise ConfigError(f"{path} is a folder; --config wants a TOML file") from None
    except UnicodeDecodeError as exc:
        raise ConfigError(
            f"{path}: not UTF-8 text (byte {exc.object[exc.start]:#04x} at offset {exc.start}); "
            "save the config file as UTF-8"
        ) from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError(f"cannot read config file {path}: {exc.strerror or exc}") from None


# Limits where 0 would make a run do nothing (or wait for ever).
_AT_LEAST_ONE = {"concurrency", "per_host", "max_attempts", "max_pages_per_host"}
_AT_LEAST_ONE |= {"max_links_per_page", "max_url_length", "max_body_bytes"}
_NOT_SETTABLE = {"user_agent", "allow_private_hosts"}
POLICY_KEYS = {f.name for f in dataclasses.fields(CrawlPolicy)} - _NOT_SETTABLE


def _policy_value(values: Mapping[str, Any], key: str, default: Any, where: str) -> Any:
    """One crawl limit: a whole number where the default is one, else any number."""
    whole = isinstance(default, int) and not isinstance(default, bool)
    minimum = 1 if key in _AT_LEAST_ONE else 0
    return number(values, key, where, whole=whole, minimum=minimum)


def _policy(base: CrawlPolicy, values: Mapping[str, Any], where: str) -> CrawlPolicy:
    check_keys(values, POLICY_KEYS, where)
    changes = {
        key: _policy_value(values, key, getattr(base, key), where)
        for key in values
        if values[key] is not None
    }
    return dataclasses.replace(base, **changes)


def _days(table: Mapping[str, Any], key: str, where: str) -> int | None:
    """A whole number of days, or None when the key is absent."""
    return number(table, key, where, whole=True, minimum=1, unit="days")


def _urls(table: Mapping[str, Any], where: str) -> tuple[str, ...]:
    urls = string_list(table, "start_urls", where, "https://www.example.edu/news")
    for url in urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise ConfigError(f"{where}: start_urls: {url!r} is not an http(s) URL")
    return urls


def _source(name: str, table: Any, where: str) -> SourceConfig:
    here = f"{where}: [sources.{name}]"
    if not isinstance(table, dict):
        raise ConfigError(f"{here} must be a table, not {table!r}")
    check_keys(table, SOURCE_KEYS, here)
    overrides = {
        key: _policy_value(table, key, getattr(CrawlPolicy(), key), here)
        for key in OVERRIDABLE
        if key in table
    }
    return SourceConfig(
        name=name,
        parser=string(table, "parser", here) or name,
        start_urls=_urls(table, here),
        hosts=string_list(table, "hosts", here, "www.example.edu"),
        allow_private=boolean(table, "allow_private", here, False),
        enabled=boolean(table, "enabled", here, True),
        overrides=overrides,
        paging_max_age_days=_days(table, "paging_max_age_days", here),
    )


def _sources(raw: Any, where: str) -> dict[str, SourceConfig]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: [sources] must be a table of tables, e.g. [sources.my-uni]")
    return {name: _source(name, table, where) for name, table in raw.items()}


def load_settings(*, config_option: str | None = None, db_option: str | None = None) -> Settings:
    """Resolve settings: defaults < config file < environment < command line."""
    path = config_path(config_option)
    raw: dict[str, Any] = _read_toml(path) if path else {}
    where = str(path) if path else "config"
    check_keys(raw, TOP_KEYS, where)
    contact = string(raw, "contact_url", where) or DEFAULT_CONTACT
    crawl = raw.get("crawl", {})
    if not isinstance(crawl, dict):
        raise ConfigError(f"{where}: [crawl] must be a table, not {crawl!r}")
    policy = _policy(CrawlPolicy(), crawl, f"{where}: [crawl]")
    policy = dataclasses.replace(policy, user_agent=user_agent(contact))
    database = (
        db_option
        or os.environ.get("CAMPUSNEWS_DATABASE_URL")
        or string(raw, "database_url", where)
        or DEFAULT_DATABASE
    )
    dirs = [config_home() / "sources"]
    sources_dir = string(raw, "sources_dir", where)
    if sources_dir:
        dirs.append(Path(sources_dir).expanduser())
    recheck_days = number(raw, "recheck_days", where)
    if recheck_days is None:
        recheck_days = 30
    log_file = string(raw, "log_file", where)
    stuck_hours = number(raw, "stuck_lock_hours", where)
    return Settings(
        database=str(database),
        parse_workers=number(raw, "parse_workers", where, whole=True),
        paging_max_age_days=_days(raw, "paging_max_age_days", where),
        contact_url=contact,
        policy=policy,
        sources=_sources(raw.get("sources", {}), where),
        sources_dirs=tuple(d for d in dirs if d.is_dir()),
        log_file=Path(log_file).expanduser() if log_file else None,
        recheck_after=timedelta(days=recheck_days) if recheck_days else None,
        config_path=path,
        stuck_lock_after=timedelta(hours=24 if stuck_hours is None else stuck_hours),
    )
