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
        ("datbase_url = 'x'", "unknown setting 'datbase_url'"),
        ("[crawl]\ndelay = 'slow'", "'delay' must be a non-negative number"),
        ("[crawl]\ndelay = -1", "'delay' must be a non-negative number"),
        ("[crawl]\nspeed = 3", "unknown setting 'speed'"),
        ("[sources.x]\nstart_url = ['a']", "unknown key 'start_url'"),
        ("not toml [", "invalid TOML"),
        ("paging_max_age_days = 0", "'paging_max_age_days' must be a whole number of days"),
        ("[sources.x]\npaging_max_age_days = 'a year'", "[sources.x]: 'paging_max_age_days'"),
        ("parse_workers = -1", "'parse_workers' must be a whole number, 0 or more"),
    ],
)
def test_bad_config_is_one_clear_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(ConfigError, match=message.replace("(", r"\(").replace("[", r"\[")):
        load_settings(config_option=_config(tmp_path, text))


def test_missing_config_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found"):
        load_settings(config_option=str(tmp_path / "nope.toml"))
