"""The source registry: built-ins, user directories, entry points, lookups and errors."""

from __future__ import annotations

import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scraper import registry
from scraper.generic import GenericSource
from scraper.models import Page, ParsedArticle
from scraper.registry import (
    DuplicateSource,
    Origin,
    Registry,
    SourceLoadError,
    UnknownSource,
    load_registry,
    source,
)

BUILTINS = {"generic", "leiden", "tudelft", "eur"}

TOML_SOURCE = """
name = "{name}"
hosts = ["{host}"]
start_urls = ["https://{host}/news"]

[article]
title = {{ css = "h1" }}
body = {{ css = "p" }}
"""

PY_SOURCE = """
from __future__ import annotations

from dataclasses import dataclass

from scraper.models import ParsedArticle
from scraper.registry import source


@source(name="decorated-uni", hosts=["news.decorated.example"], url_pattern=r"/stories/")
class Decorated:
    def parse(self, page):
        return ParsedArticle(url=page.url, title="decorated")


@dataclass
class Parametrised:
    # One class serving several sites: SOURCES holds instances.
    name: str
    hosts: tuple[str, ...]
    start_urls: tuple[str, ...] = ()
    version: int = 2
    languages: tuple[str, ...] = ("nl",)
    date_order: str = "DMY"

    def parse(self, page):
        return ParsedArticle(url=page.url, title=self.name)


SOURCES = [
    Parametrised("listed-a", ("a.example",)),
    Parametrised("listed-b", ("b.example",)),
    Decorated,  # listed and decorated: registered once
]
"""


def _write(directory: Path, filename: str, text: str) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    path = directory / filename
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


class _Plain:
    name = "plain"
    hosts = ("plain.example",)
    start_urls = ()
    version = 1
    languages = ("en",)
    date_order = "DMY"

    def parse(self, page: Page) -> ParsedArticle:
        return ParsedArticle(url=page.url, title=None)


def test_builtins_are_registered_with_their_origin() -> None:
    reg = load_registry()
    assert set(reg.names()) == BUILTINS
    assert isinstance(reg.get("generic"), GenericSource)
    assert reg.origin("eur").kind == "builtin"
    assert reg.origin("eur").where.endswith("scraper/sources/eur.toml")
    assert reg.origin("leiden").where.endswith("scraper/sources/leiden.py")
    assert [s.name for s in reg.all()] == sorted(BUILTINS)


def test_unknown_name_lists_the_known_ones() -> None:
    with pytest.raises(UnknownSource) as err:
        load_registry().get("leidn")
    assert str(err.value) == "unknown source 'leidn'; known sources: eur, generic, leiden, tudelft"


def test_duplicate_name_names_both_origins() -> None:
    reg = Registry()
    reg.register(_Plain(), Origin("user", "/home/me/sources/plain.py"))
    with pytest.raises(DuplicateSource) as err:
        reg.register(_Plain(), Origin("package", "entry point plain = pkg:Plain"))
    message = str(err.value)
    assert "'plain'" in message
    assert "user /home/me/sources/plain.py" in message
    assert "package entry point plain = pkg:Plain" in message


def test_user_file_clashing_with_a_builtin_is_an_error(tmp_path: Path) -> None:
    path = _write(tmp_path, "eur.toml", TOML_SOURCE.format(name="eur", host="www.eur.nl"))
    with pytest.raises(DuplicateSource) as err:
        load_registry([tmp_path])
    assert "scraper/sources/eur.toml" in str(err.value)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://www.eur.nl/en/news/some-story", "eur"),
        ("https://WWW.EUR.NL/nieuws/een-verhaal", "eur"),
        ("https://www.universiteitleiden.nl/en/news/2024/03/x", "leiden"),
        ("https://www.tudelft.nl/en/2024/tnw/x", "tudelft"),
        # The host is known but the pattern says this is not news.
        ("https://www.eur.nl/en/education/bachelor", "generic"),
        ("https://news.unknown.example/2024/story", "generic"),
        ("not a url", "generic"),
    ],
)
def test_for_url_picks_by_host_then_pattern(url: str, expected: str) -> None:
    assert load_registry().for_url(url).name == expected


def test_for_url_prefers_a_matching_pattern_over_none() -> None:
    @source(name="broad", hosts=["x.example"])
    class Broad(_Plain):
        pass

    @source(name="narrow", hosts=["x.example"], url_pattern=r"/news/")
    class Narrow(_Plain):
        pass

    reg = Registry()
    reg.register(GenericSource())
    reg.register(Broad())
    reg.register(Narrow())
    assert reg.for_url("https://x.example/news/1").name == "narrow"
    assert reg.for_url("https://x.example/about").name == "broad"


def test_user_directory_toml_and_python(tmp_path: Path) -> None:
    _write(tmp_path, "my_uni.toml", TOML_SOURCE.format(name="my-uni", host="news.my-uni.example"))
    _write(tmp_path, "odd_sites.py", PY_SOURCE)
    _write(tmp_path, "notes.txt", "not a source")
    _write(tmp_path, "_draft.toml", "this is not TOML")  # set aside: never loaded
    _write(tmp_path, "_draft.py", "raise SystemExit")
    reg = load_registry([tmp_path, tmp_path / "missing"])
    assert set(reg.names()) == BUILTINS | {"my-uni", "decorated-uni", "listed-a", "listed-b"}
    assert reg.origin("my-uni") == Origin("user", str(tmp_path / "my_uni.toml"))
    assert reg.origin("listed-b").kind == "user"
    assert reg.get("listed-b").version == 2
    assert reg.for_url("https://news.decorated.example/stories/1").name == "decorated-uni"
    assert reg.for_url("https://news.decorated.example/about").name == "generic"
    assert reg.for_url("https://news.my-uni.example/x").name == "my-uni"


def test_module_functions_take_extra_dirs(tmp_path: Path) -> None:
    _write(tmp_path, "my_uni.toml", TOML_SOURCE.format(name="my-uni", host="news.my-uni.example"))
    assert registry.get("my-uni", [tmp_path]).name == "my-uni"
    assert registry.for_url("https://news.my-uni.example/a", [tmp_path]).name == "my-uni"
    assert [s.name for s in registry.all_sources([tmp_path])] == sorted(BUILTINS | {"my-uni"})
    assert registry.for_url("https://news.my-uni.example/a").name == "generic"


def test_broken_python_file_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "broken.py", "def parse(:\n")
    with pytest.raises(SourceLoadError) as err:
        load_registry([tmp_path])
    assert str(err.value).startswith(f"{path}: SyntaxError")


def test_python_file_whose_source_fails_to_build_is_named(tmp_path: Path) -> None:
    path = _write(
        tmp_path,
        "bad_init.py",
        """
        from scraper.registry import source

        @source(name="bad-init", hosts=["x.example"])
        class BadInit:
            def __init__(self):
                raise RuntimeError("needs an API key")

            def parse(self, page): ...
        """,
    )
    with pytest.raises(SourceLoadError, match="needs an API key") as err:
        load_registry([tmp_path])
    assert str(path) in str(err.value)


def test_broken_toml_file_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "bad.toml", 'name = "bad"\nhosts = [\n')
    with pytest.raises(SourceLoadError) as err:
        load_registry([tmp_path])
    assert str(err.value).startswith(f"{path}: invalid TOML")


def test_non_source_in_sources_list_is_named(tmp_path: Path) -> None:
    path = _write(tmp_path, "wrong.py", "SOURCES = ['leiden']\n")
    with pytest.raises(SourceLoadError) as err:
        load_registry([tmp_path])
    assert str(path) in str(err.value)
    assert "is not a source" in str(err.value)


def test_decorator_needs_parse_and_a_valid_pattern() -> None:
    with pytest.raises(TypeError, match="parse"):

        @source(name="no-parse", hosts=["x.example"])
        class NoParse:
            pass

    with pytest.raises(SourceLoadError, match="bad url_pattern"):
        source(name="bad-pattern", hosts=["x.example"], url_pattern="(")


def test_decorator_turns_a_bare_host_string_into_one_host() -> None:
    @source(name="one-host", hosts="News.Example.org")  # type: ignore[arg-type]
    class OneHost(_Plain):
        pass

    assert OneHost.hosts == ("news.example.org",)


ENTRY_MODULE = """
from scraper.models import ParsedArticle
from scraper.registry import source


@source(name="pkg-class", hosts=["class.example"])
class FromClass:
    def parse(self, page):
        return ParsedArticle(url=page.url, title="class")


class _Made:
    def __init__(self, name):
        self.name = name
        self.hosts = (name + ".example",)
        self.start_urls = ()
        self.version = 1
        self.languages = ("en",)
        self.date_order = "DMY"

    def parse(self, page):
        return ParsedArticle(url=page.url, title=self.name)


INSTANCE = _Made("pkg-instance")


def make_sources():
    return [_Made("pkg-made-1"), _Made("pkg-made-2")]


def broken():
    raise RuntimeError("cannot reach licence server")
"""


def _install_package(
    root: Path, monkeypatch: pytest.MonkeyPatch, module: str, entries: dict[str, str]
) -> None:
    """A real installed distribution: a module plus a .dist-info with entry_points.txt."""
    _write(root, f"{module}.py", ENTRY_MODULE)
    dist = root / f"{module}-1.0.dist-info"
    dist.mkdir()
    (dist / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {module}\nVersion: 1.0\n")
    lines = "\n".join(f"{name} = {target}" for name, target in entries.items())
    (dist / "entry_points.txt").write_text(f"[campusnews.sources]\n{lines}\n")
    monkeypatch.syspath_prepend(str(root))


def test_entry_points_register_classes_instances_and_factories(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _install_package(
        tmp_path,
        monkeypatch,
        "campusnews_ep_ok",
        {
            "cls": "campusnews_ep_ok:FromClass",
            "inst": "campusnews_ep_ok:INSTANCE",
            "many": "campusnews_ep_ok:make_sources",
        },
    )
    reg = load_registry()
    assert {"pkg-class", "pkg-instance", "pkg-made-1", "pkg-made-2"} <= set(reg.names())
    origin = reg.origin("pkg-made-2")
    assert origin.kind == "package"
    assert "campusnews_ep_ok:make_sources" in origin.where
    assert "package campusnews_ep_ok" in origin.where
    assert reg.for_url("https://class.example/x").name == "pkg-class"


def test_failing_entry_point_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_package(
        tmp_path, monkeypatch, "campusnews_ep_bad", {"bad": "campusnews_ep_bad:broken"}
    )
    with pytest.raises(SourceLoadError) as err:
        load_registry()
    assert "entry point bad = campusnews_ep_bad:broken" in str(err.value)
    assert "cannot reach licence server" in str(err.value)


def test_the_python_example_in_the_docs_loads(tmp_path: Path) -> None:
    doc = (Path(__file__).resolve().parents[1] / "docs" / "adding-a-source.md").read_text()
    module = doc.split("odd_uni.py\" <<'EOF'\n", 1)[1].split("\nEOF\n", 1)[0]
    html = doc.split("odd-story.html <<'EOF'\n", 1)[1].split("\nEOF\n", 1)[0]
    _write(tmp_path, "odd_uni.py", module)
    reg = load_registry([tmp_path])
    assert reg.origin("odd-uni").kind == "user"
    url = "https://news.odd-uni.example/stories/42"
    assert reg.for_url(url).name == "odd-uni"
    page = Page(url=url, body=html.encode(), fetched_at=datetime(2026, 1, 15, tzinfo=UTC))
    art = reg.get("odd-uni").parse(page)
    assert art.title == "Odd University joins the European University Alliance EELISA"
    assert len(art.paragraphs) == 2
