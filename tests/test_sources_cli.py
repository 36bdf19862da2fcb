"""``campusnews sources list | test | new``: real files, a real HTTP server."""

from __future__ import annotations

import json
import re
from datetime import UTC, datetime
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from pytest_httpserver import HTTPServer

from pipeline.cli import cli
from pipeline.sourcegen import declared_url
from scraper.declarative import DeclarativeSource
from scraper.models import Page
from scraper.registry import load_registry

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sources"
EUR_ARTICLE = FIXTURES / "eur" / "erasmus-mc-eur-convergence-alliance.html"
LEIDEN_LISTING = FIXTURES / "leiden" / "news-listing.html"
USER_AGENT = "campusnews/0.1 (+https://github.com/campusnews/campusnews)"

PLAIN_ARTICLE = """<!DOCTYPE html>
<html lang="en"><head><title>Story | My Uni</title>
<meta property="article:published_time" content="2024-04-02T08:00:00Z"></head>
<body><nav><p>Home</p></nav>
<main><article>
<h1>My Uni and Utrecht University sign a memorandum of understanding</h1>
<time datetime="2024-04-02">2 April 2024</time>
<p>My Uni and Utrecht University signed a memorandum of understanding on data science teaching.</p>
<p>The memorandum covers joint courses and an exchange of lecturers for three years.</p>
</article></main>
<footer><p>My Uni, somewhere</p></footer></body></html>
"""


@pytest.fixture
def home(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    home = tmp_path / "home"
    monkeypatch.setenv("CAMPUSNEWS_HOME", str(home))
    monkeypatch.delenv("CAMPUSNEWS_CONFIG", raising=False)
    monkeypatch.delenv("CAMPUSNEWS_DATABASE_URL", raising=False)
    monkeypatch.chdir(tmp_path)
    return home


def run(*args: str, stdin: bytes | None = None) -> Result:
    return CliRunner().invoke(cli, ["sources", *args], input=stdin)


def assert_one_line_error(result: Result, text: str) -> None:
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    assert "Traceback" not in result.output
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    assert text in lines[0]


def test_list_json_shows_builtins_and_user_sources(home: Path) -> None:
    user_dir = home / "sources"
    user_dir.mkdir(parents=True)
    (user_dir / "my-uni.toml").write_text(
        'name = "my-uni"\nhosts = ["news.my-uni.example"]\n'
        '[article]\ntitle = "h1"\nbody = "article p"\n'
    )
    result = run("list", "--json")
    assert result.exit_code == 0, result.output
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert set(rows) == {"eur", "generic", "leiden", "my-uni", "tudelft"}
    assert rows["eur"]["origin"] == "builtin"
    assert rows["eur"]["hosts"] == ["www.eur.nl"]
    assert rows["eur"]["start_urls"] == ["https://www.eur.nl/en/news", "https://www.eur.nl/nieuws"]
    assert rows["my-uni"]["origin"] == "user"
    assert rows["my-uni"]["version"] == 1
    assert rows["my-uni"]["where"] == str(user_dir / "my-uni.toml")


def test_list_table(home: Path) -> None:
    result = run("list", "--table")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0].split() == [
        "name",
        "hosts",
        "version",
        "origin",
        "start_urls",
        "where",
    ]
    assert any(line.startswith("tudelft ") for line in result.stdout.splitlines())


def test_broken_user_source_is_one_line_naming_the_file(home: Path) -> None:
    user_dir = home / "sources"
    user_dir.mkdir(parents=True)
    (user_dir / "oops.toml").write_text('name = "oops"\nhsots = ["x.example"]\n')
    result = run("list")
    assert_one_line_error(result, f"{user_dir / 'oops.toml'}: unknown key 'hsots'")


def test_test_prints_the_extraction_as_one_json_line(home: Path) -> None:
    result = run("test", "eur", str(EUR_ARTICLE), "--fetched-at", "2026-01-15T12:00:00+00:00")
    assert result.exit_code == 0, result.output
    assert result.stdout.count("\n") == 1
    printed = json.loads(result.stdout)
    expected = json.loads(EUR_ARTICLE.with_suffix(".expected.json").read_text())
    for key in ("url", "title", "published", "language", "kind", "text"):
        assert printed[key] == expected[key]
    assert set(printed) >= {"organisations", "agreements", "dates"}
    assert not (home.parent / "campusnews.db").exists()


def test_test_reads_stdin_with_url(home: Path) -> None:
    url = "https://www.universiteitleiden.nl/nieuws"
    result = run("test", "leiden", "-", "--url", url, stdin=LEIDEN_LISTING.read_bytes())
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["url"] == url
    assert printed["kind"] == "listing"
    assert len(printed["links"]) == 3


def test_test_without_canonical_uses_the_file_url(home: Path, tmp_path: Path) -> None:
    path = tmp_path / "plain.html"
    path.write_text(PLAIN_ARTICLE)
    result = run("test", "generic", str(path))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["url"] == path.resolve().as_uri()


def test_test_errors_are_one_line(home: Path, tmp_path: Path) -> None:
    assert_one_line_error(run("test", "nope", str(EUR_ARTICLE)), "unknown source 'nope'; known")
    assert_one_line_error(run("test", "eur", str(tmp_path / "missing.html")), "no such file")
    changed = run("test", "eur", str(LEIDEN_LISTING), "--url", "https://www.eur.nl/en/news/x")
    # The page is still read (by the generic parser), with a warning and exit 1.
    assert changed.exit_code == 1
    assert json.loads(changed.stdout)["layout_changed"] is True
    assert "internal error" not in changed.stderr and "Traceback" not in changed.stderr
    assert (
        "eur title: 0 matches for 'article.node--type-news h1.page-title' (expected exactly 1)"
        in changed.stderr
    )
    bad_time = run("test", "eur", str(EUR_ARTICLE), "--fetched-at", "yesterday")
    assert bad_time.exit_code == 2
    assert "--fetched-at" in bad_time.stderr


def test_new_from_a_file_then_test_it(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    saved.write_text(PLAIN_ARTICLE)
    result = run("new", "my-uni", str(saved), "--url", "https://news.my-uni.example/2024/mou")
    assert result.exit_code == 0, result.output
    toml_path = home / "sources" / "my-uni.toml"
    fixture = home / "sources" / "my-uni.fixture.html"
    assert result.stdout.splitlines() == [f"wrote {toml_path}", f"wrote {fixture}"]
    assert fixture.read_bytes() == saved.read_bytes()
    source = DeclarativeSource.from_toml(toml_path)
    assert source.hosts == ("news.my-uni.example",)
    assert source.article.title.css == "article h1"
    assert source.article.body.css == "article p"
    assert source.article.published is not None
    assert source.article.published.attr == "datetime"

    tested = run("test", "my-uni", str(fixture), "--url", "https://news.my-uni.example/2024/mou")
    assert tested.exit_code == 0, tested.output
    printed = json.loads(tested.stdout)
    assert printed["title"] == "My Uni and Utrecht University sign a memorandum of understanding"
    assert printed["published"] == "2024-04-02"
    assert printed["text"].startswith("My Uni and Utrecht University signed")
    assert "My Uni, somewhere" not in printed["text"]


def test_new_refuses_to_overwrite_and_to_shadow(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    saved.write_text(PLAIN_ARTICLE)
    target = tmp_path / "elsewhere"
    args = ("new", "my-uni", str(saved), "--url", "https://a.example/x", "--dir", str(target))
    assert run(*args).exit_code == 0
    before = (target / "my-uni.toml").read_text()
    assert_one_line_error(run(*args), "already exists; not overwriting")
    assert (target / "my-uni.toml").read_text() == before
    assert_one_line_error(
        run("new", "eur", str(saved), "--url", "https://a.example/x", "--dir", str(target)),
        "a source called 'eur' exists already (builtin",
    )


def test_new_needs_a_url_for_a_file_without_canonical(home: Path, tmp_path: Path) -> None:
    saved = tmp_path / "saved.html"
    saved.write_text(PLAIN_ARTICLE)
    result = run("new", "my-uni", str(saved))
    assert result.exit_code == 2
    assert "add --url" in result.stderr
    assert_one_line_error(run("new", "Bad Name", str(EUR_ARTICLE)), "bad source name")


def test_new_from_a_url_fetches_once_with_our_user_agent(
    home: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_oneshot_request("/old").respond_with_data(
        "", status=301, headers={"Location": "/news/2024/mou"}
    )
    httpserver.expect_oneshot_request(
        "/news/2024/mou", headers={"User-Agent": USER_AGENT}
    ).respond_with_data(PLAIN_ARTICLE, content_type="text/html")
    result = run("new", "local-uni", httpserver.url_for("/old"), "--allow-private")
    assert result.exit_code == 0, result.output
    httpserver.check_assertions()
    source = DeclarativeSource.from_toml(home / "sources" / "local-uni.toml")
    # The port is part of the host entry: the source covers this server only.
    assert source.hosts == (f"localhost:{httpserver.port}",)
    text = (home / "sources" / "local-uni.toml").read_text()
    assert httpserver.url_for("/news/2024/mou") in text
    assert "--allow-private" in text


def test_new_refuses_a_local_site_without_allow_private(home: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/news/").respond_with_data(PLAIN_ARTICLE, content_type="text/html")
    result = run("new", "local-uni", httpserver.url_for("/news/"))
    assert_one_line_error(result, "--allow-private")
    assert "non-public address" in result.output
    assert not (home / "sources").exists()
    assert httpserver.log == []  # refused before any request


def test_new_reports_http_errors_in_one_line(home: Path, httpserver: HTTPServer) -> None:
    httpserver.expect_request("/gone").respond_with_data("no", status=404)
    result = run("new", "gone-uni", httpserver.url_for("/gone"), "--allow-private")
    assert_one_line_error(result, "404")
    assert not (home / "sources").exists()


@pytest.mark.parametrize("command", [[], ["list"], ["test"], ["new"]])
def test_help_has_examples(command: list[str]) -> None:
    result = run(*command, "--help")
    assert result.exit_code == 0
    assert re.search(r"Examples:\n\s+campusnews sources", result.output), result.output


LISTING = """<!DOCTYPE html>
<html lang="en"><head><title>News | My Uni</title>
<link rel="next" href="/en/news/page/2/"></head>
<body><nav><a href="/">Home</a> <a href="/en/about/">About</a></nav>
<main><h1>News</h1>
<ul class="news-list">
<li class="news-item"><a class="title" href="/en/news/2024/mou/">My Uni and Utrecht sign an MoU</a>
<span class="date">2 April 2024</span></li>
<li class="news-item"><a class="title" href="/en/news/2024/lab/">A joint laboratory opens</a>
<span class="date">1 March 2024</span></li>
<li class="news-item"><a class="title" href="/en/news/2024/grant/">A grant for rare diseases</a>
<span class="date">2 February 2024</span></li>
</ul>
<nav class="pagination"><a rel="next" href="/en/news/page/2/">Next</a></nav>
</main></body></html>
"""


def test_new_from_the_news_overview_drafts_a_source_scoped_to_the_news_path(
    home: Path, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/en/news/").respond_with_data(LISTING, content_type="text/html")
    httpserver.expect_request("/en/news/2024/mou/").respond_with_data(
        PLAIN_ARTICLE, content_type="text/html"
    )
    overview = httpserver.url_for("/en/news/")
    result = run("new", "local-uni", overview, "--allow-private")
    assert result.exit_code == 0, result.output
    assert "check overview: 3 article links, a next page" in result.stderr
    assert re.search(r"check: 'My Uni and Utrecht .*', 2024-04-02, 2 paragraphs", result.stderr)
    source = DeclarativeSource.from_toml(home / "sources" / "local-uni.toml")
    # The URL's path is kept, the port is part of the host, the pattern covers the news path.
    assert source.start_urls == (overview,)
    assert source.hosts == (f"localhost:{httpserver.port}",)
    assert source.url_pattern is not None
    assert re.search(source.url_pattern, httpserver.url_for("/en/news/2024/mou/"))
    assert re.search(source.url_pattern, httpserver.url_for("/en/news?page=2"))
    assert not re.search(source.url_pattern, httpserver.url_for("/en/about/"))
    assert not re.search(source.url_pattern, httpserver.url_for("/en/newsletter"))
    # The drafted [list] reads the overview as the generic parser does.
    page = Page(url=overview, body=LISTING.encode(), fetched_at=datetime.now(UTC))
    listing = source.parse(page)
    assert listing.kind == "listing"
    assert len(listing.links) == 3
    assert listing.next_page == httpserver.url_for("/en/news/page/2/")


def test_a_drafted_local_source_does_not_claim_other_servers_on_the_host(
    home: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/en/news/").respond_with_data(LISTING, content_type="text/html")
    httpserver.expect_request("/en/news/2024/mou/").respond_with_data(
        PLAIN_ARTICLE, content_type="text/html"
    )
    assert (
        run("new", "local-uni", httpserver.url_for("/en/news/"), "--allow-private").exit_code == 0
    )
    registry = load_registry([home / "sources"])
    port = httpserver.port
    assert registry.for_url(f"http://localhost:{port}/en/news/2024/x/").name == "local-uni"
    # Another test server on the same host, and other paths of this one, go to generic.
    assert registry.for_url(f"http://localhost:{port + 1}/en/news/2024/x/").name == "generic"
    assert registry.for_url(f"http://localhost:{port}/shop/").name == "generic"


def test_declared_url_is_read_by_the_metadata_reader() -> None:
    body = b'<html><head><base href="https://a.example/en/"><link rel="canonical" href="news/x">'
    assert declared_url(body) == "https://a.example/en/news/x"
    assert declared_url(b'<meta property="og:url" content="https://b.example/y">') == (
        "https://b.example/y"
    )
    assert declared_url(b'<link rel="canonical" href="/relative-only">') is None


def test_crawling_a_drafted_local_source_without_allow_private_fails_loudly(
    home: Path, httpserver: HTTPServer, tmp_path: Path
) -> None:
    httpserver.expect_request("/en/news/").respond_with_data(LISTING, content_type="text/html")
    httpserver.expect_request("/en/news/2024/mou/").respond_with_data(
        PLAIN_ARTICLE, content_type="text/html"
    )
    result = run("new", "local-uni", httpserver.url_for("/en/news/"), "--allow-private")
    assert result.exit_code == 0, result.output
    assert "campusnews crawl local-uni --allow-private" in (
        home / "sources" / "local-uni.toml"
    ).read_text(encoding="utf-8")
    requests_before = len(httpserver.log)
    crawl = CliRunner().invoke(cli, ["--db", str(tmp_path / "x.db"), "crawl", "local-uni"])
    assert crawl.exit_code == 1, crawl.output
    lines = [line for line in crawl.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, crawl.stderr
    assert "non-public address" in lines[0]
    assert "--allow-private" in lines[0]
    assert len(httpserver.log) == requests_before  # refused before any request
