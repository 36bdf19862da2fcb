"""Which parser and which scope each source gets: one plan for crawl, reparse and demo.

``crawl`` turns configured sources (or an ad-hoc ``--start-url``) into
``SourcePlan`` objects; ``reparse`` asks which parser reads a stored source's
pages; ``demo`` plans the bundled fixture site. All three choose a parser the
same way (the config's ``parser``, else the source of the same name), so the
rule lives here and not in the commands. Nothing here touches the database or
the network.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from urllib.parse import urlsplit

from pipeline.crawl import SourcePlan
from pipeline.settings import Settings, SourceConfig
from scraper.policy import SourceScope
from scraper.registry import GENERIC, Registry, RegistryError
from scraper.source import Source

DEMO_SOURCE = "demo"
"""The source name a demo run stores its pages under (replaced on each demo run)."""


class PlanError(Exception):
    """A source cannot be planned: unknown name, no start URLs, bad ``--start-url``.

    The message is one line for the user; the CLI shows it as a usage error.
    """


def plan_sources(
    settings: Settings,
    registry: Registry,
    names: tuple[str, ...],
    start_urls: tuple[str, ...],
    *,
    allow_private: bool,
    since: date | None = None,
) -> list[SourcePlan]:
    """Turn configured sources (or an ad-hoc --start-url) into crawl plans.

    ``since`` (else a source's or the global ``paging_max_age_days``) is the
    oldest day a listing is paged back to.
    """
    return [
        _plan(config, settings, registry, allow_private=allow_private, since=since)
        for config in _configs(settings, registry, names, start_urls)
    ]


def _configs(
    settings: Settings, registry: Registry, names: tuple[str, ...], start_urls: tuple[str, ...]
) -> list[SourceConfig]:
    """The sources a crawl covers: the ad-hoc one, the named ones, or every enabled one."""
    if start_urls:
        return [_adhoc_source(start_urls, registry)]
    if names:
        unknown = [n for n in names if n not in settings.sources and n not in registry]
        if unknown:
            known = ", ".join(sorted(set(settings.sources) | set(registry.names())))
            raise PlanError(f"unknown source '{unknown[0]}' (known: {known})")
        return [settings.sources.get(n) or SourceConfig(name=n, parser=n) for n in names]
    configured = [c for c in settings.sources.values() if c.enabled]
    if not configured:
        raise PlanError(
            "no sources to crawl: name one (see 'campusnews sources list'), "
            "add [sources.NAME] to the config file, or pass --start-url URL"
        )
    return configured


def _plan(
    config: SourceConfig,
    settings: Settings,
    registry: Registry,
    *,
    allow_private: bool,
    since: date | None,
) -> SourcePlan:
    """One source's plan: its parser, its hosts and limits, where it starts, how far back."""
    try:
        parser = registry.get(config.parser)
    except RegistryError as exc:
        raise PlanError(f"source {config.name}: {exc}") from None
    start = config.start_urls or tuple(parser.start_urls)
    if not start:
        raise PlanError(f"source {config.name} has no start_urls; add them to its config")
    own_hosts = tuple(sorted({urlsplit(u).hostname or "" for u in start}))
    hosts = config.hosts or tuple(parser.hosts) or own_hosts
    scope = SourceScope(
        name=config.name,
        hosts=frozenset(h.lower() for h in hosts),
        allow_private=allow_private or config.allow_private,
        **dict(config.overrides),
    )
    days = config.paging_max_age_days or settings.paging_max_age_days
    oldest = since or (date.today() - timedelta(days=days) if days else None)
    return SourcePlan(name=config.name, parser=parser, scope=scope, start_urls=start, oldest=oldest)


def _adhoc_source(start_urls: tuple[str, ...], registry: Registry) -> SourceConfig:
    """A source for ``--start-url``: the parser whose hosts (and pattern) match, else generic."""
    for url in start_urls:
        parts = urlsplit(url)
        if parts.scheme not in ("http", "https") or not parts.hostname:
            raise PlanError(f"--start-url must be an http(s) URL, not {url!r}")
    parser = registry.for_url(start_urls[0])
    host = urlsplit(start_urls[0]).hostname or "adhoc"
    name = parser.name if parser.name != GENERIC else host
    return SourceConfig(
        name=name,
        parser=parser.name,
        start_urls=start_urls,
        hosts=tuple(sorted({urlsplit(u).hostname or "" for u in start_urls})),
    )


def parser_for(name: str, settings: Settings, registry: Registry) -> Source:
    """The parser for source ``name``'s pages: config ``parser``, else same name, else generic."""
    config = settings.sources.get(name)
    parser_name = config.parser if config else name
    return registry.get(parser_name) if parser_name in registry else registry.get(GENERIC)


def reparse_parsers(
    names: Iterable[str], settings: Settings, registry: Registry
) -> dict[str, Source]:
    """For each stored source name, the parser ``reparse`` reads its pages with."""
    return {name: parser_for(name, settings, registry) for name in names}


def demo_plan(base_url: str, registry: Registry) -> SourcePlan:
    """The demo's plan: the generic parser on the fixture site served at ``base_url``."""
    host = urlsplit(base_url).hostname or "127.0.0.1"
    return SourcePlan(
        name=DEMO_SOURCE,
        parser=registry.get(GENERIC),
        scope=SourceScope(name=DEMO_SOURCE, hosts=frozenset({host}), allow_private=True),
        start_urls=(base_url + "/",),
    )
