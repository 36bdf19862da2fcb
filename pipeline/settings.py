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

from platformdirs import user_config_path

from scraper.policy import CrawlPolicy, user_agent

DEFAULT_CONTACT = "https://github.com/campusnews/campusnews"
DEFAULT_DATABASE = "campusnews.db"
SOURCE_KEYS = {
    "parser",
    "start_urls",
    "hosts",
    "allow_private",
    "enabled",
    "delay",
    "per_host",
    "max_pages_per_host",
    "max_depth",
    "paging_max_age_days",
}
TOP_KEYS = {
    "database_url",
    "paging_max_age_days",
    "parse_workers",
    "contact_url",
    "sources_dir",
    "log_file",
    "recheck_days",
    "crawl",
    "sources",
}


class ConfigError(Exception):
    """The configuration is wrong; the message says where and how, in one line."""


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
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def _policy(base: CrawlPolicy, values: Mapping[str, Any], where: str) -> CrawlPolicy:
    known = {f.name: f for f in dataclasses.fields(CrawlPolicy)}
    changes: dict[str, Any] = {}
    for key, value in values.items():
        if key not in known or key in {"user_agent", "allow_private_hosts"}:
            raise ConfigError(f"{where}: unknown setting '{key}'")
        default = getattr(base, key)
        if isinstance(default, bool) or isinstance(value, bool):
            ok = isinstance(value, bool) and isinstance(default, bool)
        elif isinstance(default, int | float) or default is None:
            ok = isinstance(value, int | float)
        else:
            ok = isinstance(value, type(default))
        if not ok or (isinstance(value, int | float) and not isinstance(value, bool) and value < 0):
            raise ConfigError(f"{where}: '{key}' must be a non-negative number, not {value!r}")
        changes[key] = value
    return dataclasses.replace(base, **changes)


def _days(table: Mapping[str, Any], key: str, where: str) -> int | None:
    """A whole number of days, or None when the key is absent."""
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or value < 1:
        raise ConfigError(f"{where}: '{key}' must be a whole number of days, 1 or more")
    return value


def _sources(raw: Any, where: str) -> dict[str, SourceConfig]:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: [sources] must be a table of tables")
    out: dict[str, SourceConfig] = {}
    for name, table in raw.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: [sources.{name}] must be a table")
        unknown = set(table) - SOURCE_KEYS
        if unknown:
            raise ConfigError(f"{where}: [sources.{name}] unknown key '{sorted(unknown)[0]}'")
        start_urls = table.get("start_urls", [])
        hosts = table.get("hosts", [])
        if not all(isinstance(u, str) for u in [*start_urls, *hosts]):
            raise ConfigError(f"{where}: [sources.{name}] start_urls and hosts must be strings")
        overrides = {
            k: table[k]
            for k in ("delay", "per_host", "max_pages_per_host", "max_depth")
            if k in table
        }
        out[name] = SourceConfig(
            name=name,
            parser=str(table.get("parser", name)),
            start_urls=tuple(start_urls),
            hosts=tuple(hosts),
            allow_private=bool(table.get("allow_private", False)),
            enabled=bool(table.get("enabled", True)),
            overrides=overrides,
            paging_max_age_days=_days(table, "paging_max_age_days", f"{where}: [sources.{name}]"),
        )
    return out


def load_settings(*, config_option: str | None = None, db_option: str | None = None) -> Settings:
    """Resolve settings: defaults < config file < environment < command line."""
    path = config_path(config_option)
    raw: dict[str, Any] = _read_toml(path) if path else {}
    where = str(path) if path else "config"
    unknown = set(raw) - TOP_KEYS
    if unknown:
        raise ConfigError(f"{where}: unknown setting '{sorted(unknown)[0]}'")
    contact = str(raw.get("contact_url", DEFAULT_CONTACT))
    crawl = raw.get("crawl", {})
    if not isinstance(crawl, dict):
        raise ConfigError(f"{where}: [crawl] must be a table")
    policy = _policy(CrawlPolicy(), crawl, f"{where}: [crawl]")
    policy = dataclasses.replace(policy, user_agent=user_agent(contact))
    database = (
        db_option
        or os.environ.get("CAMPUSNEWS_DATABASE_URL")
        or raw.get("database_url")
        or DEFAULT_DATABASE
    )
    dirs = [config_home() / "sources"]
    if raw.get("sources_dir"):
        dirs.append(Path(str(raw["sources_dir"])).expanduser())
    recheck_days = raw.get("recheck_days", 30)
    if not isinstance(recheck_days, int | float) or recheck_days < 0:
        raise ConfigError(f"{where}: 'recheck_days' must be a non-negative number")
    parse_workers = raw.get("parse_workers")
    if parse_workers is not None and (
        not isinstance(parse_workers, int) or isinstance(parse_workers, bool) or parse_workers < 0
    ):
        raise ConfigError(f"{where}: 'parse_workers' must be a whole number, 0 or more")
    return Settings(
        database=str(database),
        parse_workers=parse_workers,
        paging_max_age_days=_days(raw, "paging_max_age_days", where),
        contact_url=contact,
        policy=policy,
        sources=_sources(raw.get("sources", {}), where),
        sources_dirs=tuple(d for d in dirs if d.is_dir()),
        log_file=Path(str(raw["log_file"])).expanduser() if raw.get("log_file") else None,
        recheck_after=timedelta(days=recheck_days) if recheck_days else None,
        config_path=path,
    )
