"""Settings precedence and config validation."""

from __future__ import annotations

from pathlib import Path

import pytest

from pipeline.settings import ConfigError, load_settings


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("CAMPUSNEWS_DATABASE_URL", raising=False)
    monkeypatch.delenv("CAMPUSNEWS_CONFIG", raising=False)
    monkeypatch.setenv("CAMPUSNEWS_HOME", str(tmp_path / "home"))


def _config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "config.toml"
    path.write_text(text)
    return str(path)


def test_defaults_without_config() -> None:
    settings = load_settings()
    assert settings.database == "campusnews.db"
    assert settings.policy.delay == 1.0 and settings.policy.concurrency == 16
    assert settings.policy.user_agent.startswith("campusnews/")
    assert "+https://" in settings.policy.user_agent


def test_precedence_flag_over_env_over_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    cfg = _config(tmp_path, 'database_url = "file.db"\n')
    assert load_settings(config_option=cfg).database == "file.db"
    monkeypatch.setenv("CAMPUSNEWS_DATABASE_URL", "env.db")
    assert load_settings(config_option=cfg).database == "env.db"
    assert load_settings(config_option=cfg, db_option="flag.db").database == "flag.db"


def test_crawl_policy_and_sources_from_file(tmp_path: Path) -> None:
    cfg = _config(
        tmp_path,
        """
contact_url = "https://example.org/crawler"
[crawl]
delay = 2.5
concurrency = 4
[sources.leiden]
start_urls = ["https://www.universiteitleiden.nl/en/news"]
delay = 5
[sources.mysite]
parser = "generic"
start_urls = ["https://news.example.edu/"]
hosts = ["news.example.edu"]
""",
    )
    settings = load_settings(config_option=cfg)
    assert settings.policy.delay == 2.5 and settings.policy.concurrency == 4
    assert settings.policy.user_agent == "campusnews/0.1 (+https://example.org/crawler)"
    assert settings.sources["leiden"].parser == "leiden"
    assert settings.sources["leiden"].overrides == {"delay": 5}
    assert settings.sources["mysite"].hosts == ("news.example.edu",)


def test_paging_cutoff_globally_and_per_source(tmp_path: Path) -> None:
    cfg = _config(
        tmp_path,
        """
paging_max_age_days = 365
parse_workers = 0

[sources.archive]
parser = "generic"
start_urls = ["https://news.example.edu/"]
paging_max_age_days = 30
""",
    )
    settings = load_settings(config_option=cfg)
    assert settings.paging_max_age_days == 365
    assert settings.parse_workers == 0
    assert settings.sources["archive"].paging_max_age_days == 30


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("datbase_url = 'x'", "unknown key 'datbase_url'; did you mean 'database_url'?"),
        ("[crawl]\ndelay = 'slow'", "'delay' must be a non-negative number, not a string"),
        ("[crawl]\ndelay = -1", "'delay' must be a non-negative number, not -1"),
        ("[crawl]\nspeed = 3", "[crawl]: unknown key 'speed' (known: backoff_base,"),
        ("[crawl]\nmax_link_per_page = 9", "did you mean 'max_links_per_page'?"),
        ("[sources.x]\nstart_url = ['a']", "unknown key 'start_url'; did you mean 'start_urls'?"),
        ("not toml [", "invalid TOML"),
        ("paging_max_age_days = 0", "'paging_max_age_days' must be a whole number of days"),
        ("[sources.x]\npaging_max_age_days = 'a year'", "[sources.x]: 'paging_max_age_days'"),
        ("parse_workers = -1", "'parse_workers' must be a whole number, 0 or more"),
        # A string where a list is expected is refused, never split into characters.
        (
            "[sources.x]\nstart_urls = 'https://a.example/'",
            "[sources.x]: 'start_urls' must be a list of strings, "
            'e.g. start_urls = ["https://www.example.edu/news"], not a string',
        ),
        ("[sources.x]\nhosts = 'a.example'", "'hosts' must be a list of strings"),
        ("[sources.x]\nstart_urls = [1]", "'start_urls' must be a list of strings"),
        ("[sources.x]\nstart_urls = ['news']", "start_urls: 'news' is not an http(s) URL"),
        # A list where a number is expected.
        (
            "[crawl]\nconcurrency = [4]",
            "'concurrency' must be a whole number, 1 or more, not a list",
        ),
        ("[crawl]\nconcurrency = 2.5", "'concurrency' must be a whole number, 1 or more, not 2.5"),
        ("[crawl]\nconcurrency = 0", "'concurrency' must be a whole number, 1 or more, not 0"),
        ("[crawl]\nmax_runtime = '1h'", "'max_runtime' must be a non-negative number"),
        ("[crawl]\ndelay = true", "'delay' must be a non-negative number, not a boolean"),
        ("[sources.x]\ndelay = '2'", "[sources.x]: 'delay' must be a non-negative number"),
        ("[sources.x]\nper_host = 0", "[sources.x]: 'per_host' must be a whole number, 1 or more"),
        ("[sources.x]\nallow_private = 'yes'", "'allow_private' must be true or false"),
        ("[sources.x]\nenabled = 0", "'enabled' must be true or false, not a number"),
        ("[sources.x]\nparser = ['generic']", "'parser' must be a string"),
        ("[sources]\nx = 1", "[sources.x] must be a table"),
        ("sources = ['x']", "[sources] must be a table of tables"),
        ("crawl = 1", "[crawl] must be a table"),
        ("database_url = 5", "'database_url' must be a string"),
        ("contact_url = ['x']", "'contact_url' must be a string"),
        ("log_file = false", "'log_file' must be a string"),
        ("sources_dir = 1", "'sources_dir' must be a string"),
        ("recheck_days = '30'", "'recheck_days' must be a non-negative number, not a string"),
        ("parse_workers = 1.5", "'parse_workers' must be a whole number, 0 or more, not 1.5"),
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError) as caught:
        load_settings(config_option=_config(tmp_path, text))
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(config_option=str(tmp_path / "nope.toml"))
