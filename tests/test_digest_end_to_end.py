"""Issue 14 end to end: crawl the fixture site, change it, crawl again; digest, feed and picture.

A copy of fixtures/site is served over real HTTP into a real SQLite file. Between
the two runs the copy gains a follow-up article that ends an agreement already
on the site (Leiden University and the European Space Agency) and an article
about a new one (Leiden University and Ghent University); run 2's digest and
the feed must show exactly those two records.
"""

from __future__ import annotations

import shutil
import time
from collections.abc import Iterator
from contextlib import ExitStack
from pathlib import Path

import pytest
from click.testing import CliRunner
from lxml import etree

from pipeline.atom_feed import ATOM_NS
from pipeline.cli import cli
from pipeline.fixture_site import fixtures_dir, serve_site
from pipeline.pictures import SVG_NS

# Fixture postgres_server_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)
DIALECTS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{title} - Leiden University</title>
</head>
<body>
<header class="site-header"><nav class="main-nav" aria-label="Main"><ul>
<li><a href="/">Home</a></li><li><a href="/en/news/">News</a></li></ul></nav></header>
<div id="page" class="content-wrapper"><div class="row"><div class="col col-main">
<div class="title-block"><h1 class="page-title">{title}</h1></div>
<div class="text">
<p class="meta">Published on {published}</p>
{paragraphs}
</div></div></div></div>
<footer class="site-footer"><p class="copyright">© Leiden University</p></footer>
</body>
</html>
"""

# (path under en/news/, title, published, paragraphs); invented news, like the site's.
ESA_ENDS = (
    "2026/leiden-esa-collaboration-ends",
    "Leiden University and the European Space Agency end their collaboration",
    "2 March 2026",
    [
        "Leiden University and the European Space Agency (ESA) have ended their "
        "collaboration on space research. The agreement was terminated on 1 March 2026.",
        "Both say the decision follows a change in research priorities. Students in the "
        "middle of an internship will be able to complete it.",
    ],
)
GHENT_NEW = (
    "2026/leiden-ghent-memorandum",
    "Leiden University and Ghent University sign memorandum of understanding",
    "3 March 2026",
    [
        "Leiden University and Ghent University signed a memorandum of understanding on "
        "digital humanities on 3 March 2026.",
        "The two universities will exchange researchers and PhD students and share their "
        "collections of digitised manuscripts.",
    ],
)


def add_article(site: Path, article: tuple[str, str, str, list[str]]) -> None:
    """Write the article and link it first on the English news listing."""
    path, title, published, paragraphs = article
    folder = site / "en" / "news" / path
    folder.mkdir(parents=True)
    body = "\n".join(f"<p>{text}</p>" for text in paragraphs)
    page = PAGE.format(title=title, published=published, paragraphs=body)
    (folder / "index.html").write_text(page, encoding="utf-8")
    listing = site / "en" / "news" / "index.html"
    html = listing.read_text(encoding="utf-8")
    item = (
        f'<li class="news-item"><a class="news-title" href="/en/news/{path}/">{title}</a> '
        f'<span class="date">{published}</span></li>\n'
    )
    first = html.index('<li class="news-item">')
    listing.write_text(html[:first] + item + html[first:], encoding="utf-8")


def invoke(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.fixture(scope="module", params=DIALECTS)
def two_runs(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[dict[str, object]]:
    """Crawl the site, add the two articles, crawl again, and once more unchanged.

    Every crawl runs with --report changes; a real SQLite file, or a fresh
    PostgreSQL database (postgres marker).
    """
    tmp = tmp_path_factory.mktemp("changes")
    site = tmp / "site"
    shutil.copytree(fixtures_dir() / "site", site)
    with ExitStack() as stack:
        if request.param == "sqlite":
            db = str(tmp / "campusnews.db")
        else:
            from dbfixtures import _postgres_database  # loaded (and rewritten) as a plugin

            server = request.getfixturevalue("postgres_server_url")
            db = stack.enter_context(_postgres_database(server))
        yield _crawl_twice(site, db)


def _crawl_twice(site: Path, db: str) -> dict[str, object]:
    with serve_site(site) as (base_url, _log):
        crawl = ["--db", db, "crawl", "--start-url", base_url + "/", "--allow-private"]
        crawl += ["--delay", "0", "--per-host", "4", "--report", "changes"]
        first = invoke(*crawl)
        _next_second()
        add_article(site, ESA_ENDS)
        add_article(site, GHENT_NEW)
        second = invoke(*crawl)
        third = invoke(*crawl)
    return {"db": db, "base": base_url, "first": first, "second": second, "third": third}


def _next_second() -> None:
    """Wait until the clock's whole second changes.

    The feed dates an entry by its run's end in whole seconds (Atom time) and
    breaks ties by record id, so run 2 must end in a later second than run 1
    for its entries to come first; a fast machine ends both in one second.
    """
    time.sleep(1.01 - time.time() % 1)


def test_first_run_reports_every_record_as_new(two_runs: dict[str, object]) -> None:
    lines = str(two_runs["first"]).splitlines()
    assert lines[0].startswith("run 1: ") and lines[0].endswith(" changed status")
    new = int(lines[0].split()[2])
    assert new > 20 and len(lines) == new + 1
    assert all(" new: " in line for line in lines[1:])


def test_second_run_reports_exactly_the_new_and_the_changed_record(
    two_runs: dict[str, object],
) -> None:
    lines = str(two_runs["second"]).splitlines()
    assert lines[0] == "run 2: 1 new agreement record, 1 changed status"
    assert len(lines) == 3
    assert (
        " new: Ghent University + Leiden University; mou, signed; 2026-03-03; 1 article"
        in (lines[1])
    )
    assert "status: signed -> ended: European Space Agency + Leiden University;" in lines[2]


def test_a_run_with_no_changes_prints_nothing(two_runs: dict[str, object]) -> None:
    assert two_runs["third"] == ""
    assert invoke("--db", str(two_runs["db"]), "changes") == ""


def test_changes_command_repeats_a_runs_digest(two_runs: dict[str, object]) -> None:
    db = str(two_runs["db"])
    assert invoke("--db", db, "changes", "--run", "2") == two_runs["second"]
    result = CliRunner().invoke(cli, ["--db", db, "changes", "--run", "9"])
    assert result.exit_code == 2
    assert result.stderr == "Error: no crawl run 9 (the last one is 3)\n"


def test_feed_holds_the_records_of_run_2_first(two_runs: dict[str, object], tmp_path: Path) -> None:
    out = tmp_path / "agreements.atom"
    invoke("--db", str(two_runs["db"]), "feed", "-o", str(out))
    feed = etree.parse(str(out)).getroot()
    ns = {"a": ATOM_NS}
    schema = etree.RelaxNG(etree.parse(str(Path(__file__).parent / "schemas/atom-rfc4287.rng")))
    assert schema.validate(feed), str(schema.error_log)
    titles = [t.text for t in feed.findall("a:entry/a:title", ns)]
    first_run = len(str(two_runs["first"]).splitlines()) - 1
    assert len(titles) == first_run + 1, "run 2's changed record updates its entry"
    latest = feed.findall("a:entry", ns)[:2]
    new, ended = sorted(latest, key=lambda e: e.findtext("a:title", namespaces=ns))
    assert new.findtext("a:title", namespaces=ns) == (
        "New: Ghent University + Leiden University (mou, signed)"
    )
    title = ended.findtext("a:title", namespaces=ns)
    assert title.startswith("Status signed -> ended: European Space Agency + Leiden University (")
    assert title.endswith(", ended)")
    hrefs = [link.get("href") for link in ended.findall("a:link", ns)]
    assert str(two_runs["base"]) + "/en/news/2026/leiden-esa-collaboration-ends/" in hrefs
    since = invoke("--db", str(two_runs["db"]), "feed", "--since", "2100")
    assert "<entry>" not in since


def test_picture_of_leiden_university_shows_its_partners(
    two_runs: dict[str, object], tmp_path: Path
) -> None:
    out = tmp_path / "leiden.svg"
    invoke(
        "--db",
        str(two_runs["db"]),
        "graph",
        "--org",
        "Leiden University",
        "-o",
        str(out),
        "--format",
        "svg",
    )
    root = etree.parse(str(out)).getroot()
    ns = {"s": SVG_NS}
    partners = root.xpath("//s:g[@class='partner']/s:title/text()", namespaces=ns)
    assert {"European Space Agency", "Ghent University", "Delft University of Technology"} <= set(
        partners
    )
    assert "Leiden University" not in partners
    assert root.xpath("//s:g[@class='centre']/s:title/text()", namespaces=ns) == [
        "Leiden University"
    ]
