"""The plan: which parser and scope each source gets, for crawl, reparse and demo alike."""

from __future__ import annotations

import dataclasses

import pytest

from pipeline.plan import PlanError, demo_plan, parser_for, plan_sources, reparse_parsers
from pipeline.settings import SOURCE_KEYS, Settings, SourceConfig
from scraper.policy import OVERRIDABLE, CrawlPolicy, SourceScope
from scraper.registry import load_registry


def test_every_per_source_limit_is_a_policy_field_and_a_config_key() -> None:
    policy_fields = {f.name for f in dataclasses.fields(CrawlPolicy)}
    assert OVERRIDABLE == ("delay", "per_host", "max_pages_per_host", "max_depth")
    assert set(OVERRIDABLE) <= policy_fields
    assert set(OVERRIDABLE) <= SOURCE_KEYS
    scope = SourceScope(name="s", max_depth=2, delay=0.5)
    assert CrawlPolicy().for_scope(scope).max_depth == 2
    assert CrawlPolicy().for_scope(scope).delay == 0.5


def test_configured_source_gets_its_parser_hosts_and_limits() -> None:
    config = SourceConfig(
        name="mine",
        parser="generic",
        start_urls=("https://News.Example.org/news",),
        overrides={"max_depth": 3},
    )
    settings = Settings(sources={"mine": config}, paging_max_age_days=None)
    [plan] = plan_sources(settings, load_registry(), (), (), allow_private=False)
    assert plan.parser.name == "generic"
    assert plan.scope.hosts == frozenset({"news.example.org"})
    assert plan.scope.max_depth == 3
    assert plan.oldest is None


def test_adhoc_url_picks_a_parser_by_host_and_pattern() -> None:
    registry = load_registry()
    url = "https://www.universiteitleiden.nl/en/news"
    [plan] = plan_sources(Settings(), registry, (), (url,), allow_private=False)
    assert plan.name == "leiden"
    assert registry.get("leiden").url_pattern is not None
    about = ("https://www.universiteitleiden.nl/en/about",)
    [other] = plan_sources(Settings(), registry, (), about, allow_private=True)
    assert other.parser.name == "generic"
    assert other.name == "www.universiteitleiden.nl"
    assert other.scope.allow_private


@pytest.mark.parametrize(
    ("names", "start_urls", "message"),
    [
        (("nosuch",), (), "unknown source 'nosuch'"),
        ((), (), "no sources to crawl"),
        ((), ("ftp://x.example/",), r"--start-url must be an http\(s\) URL"),
    ],
)
def test_unplannable_sources_are_one_clear_error(
    names: tuple[str, ...], start_urls: tuple[str, ...], message: str
) -> None:
    with pytest.raises(PlanError, match=message):
        plan_sources(Settings(), load_registry(), names, start_urls, allow_private=False)


def test_reparse_uses_the_config_parser_else_same_name_else_generic() -> None:
    settings = Settings(sources={"mirror": SourceConfig(name="mirror", parser="leiden")})
    registry = load_registry()
    parsers = reparse_parsers(["mirror", "leiden", "gone"], settings, registry)
    assert {k: v.name for k, v in parsers.items()} == {
        "mirror": "leiden",
        "leiden": "leiden",
        "gone": "generic",
    }
    assert parser_for("gone", settings, registry).name == "generic"


def test_demo_plan_is_generic_on_the_served_host() -> None:
    plan = demo_plan("http://127.0.0.1:8123", load_registry())
    assert plan.name == "demo"
    assert plan.parser.name == "generic"
    assert plan.start_urls == ("http://127.0.0.1:8123/",)
    assert plan.scope.hosts == frozenset({"127.0.0.1"})
    assert plan.scope.allow_private
