"""A generated university news site for crawl-coverage tests, served by pytest-httpserver.

- ``/``: home page with the latest teasers, a link to every listing and to a
  faculty's news index;
- ``/news/``, ``/news/page/K/``: the news listing, 20 teasers a page, newest
  (highest number) first, so raising ``articles`` puts news on top;
- ``/news/item-N/``: articles, every one also in the sitemaps;
- ``/robots.txt`` names ``/sitemap.xml``, an index of sitemaps of at most
  1,000 URLs each;
- ``/faculties/science/news/`` (and its ``page/2/``): a section's news index
  whose items are in no sitemap;
- extra paths (a soft 404, say) are added with ``extra`` and listed in the
  sitemaps; ``missing`` paths are listed too but do not exist: they get a 404,
  or with ``not_found_page`` set, a 200 with that body (as every unknown path does).

Every request is recorded in ``requested``, so a test can compare what was
fetched with ``pages``, every HTML page of the site.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from datetime import date, timedelta

from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

PER_LISTING = 20
PER_SITEMAP = 1000
SECTION_ITEMS = 15
SECTION_PER_PAGE = 10
ORGS = ("Leiden University", "TU Delft", "Erasmus MC", "TNO", "SURF", "Utrecht University")


def _page(title: str, main: str, head: str = "") -> str:
    return (
        f"<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>{title}</title>"
        f"{head}</head><body><header><nav><a href='/'>Home</a> <a href='/news/'>News</a>"
        f"</nav></header><main>{main}</main><footer><p>University of Example</p></footer>"
        "</body></html>"
    )


def _teaser(path: str, title: str, day: date) -> str:
    return (
        f"<article class='news-item'><h3><a href='{path}'>{title}</a></h3>"
        f"<time datetime='{day.isoformat()}'>{day.isoformat()}</time>"
        "<p>A short teaser of the item.</p></article>"
    )


@dataclass
class NewsSite:
    """The site's pages, generated on request; ``requested`` lists every path asked for."""

    articles: int
    requested: list[str] = field(default_factory=list)
    extra: dict[str, str] = field(default_factory=dict)
    missing: tuple[str, ...] = ()
    not_found_page: str | None = None
    base: str = ""

    @property
    def listings(self) -> int:
        return math.ceil(self.articles / PER_LISTING)

    def article_path(self, i: int) -> str:
        return f"/news/item-{i}/"

    def listing_path(self, k: int) -> str:
        return "/news/" if k == 1 else f"/news/page/{k}/"

    def section_path(self, k: int) -> str:
        return "/faculties/science/news/" if k == 1 else f"/faculties/science/news/page/{k}/"

    def section_item(self, i: int) -> str:
        return f"/faculties/science/news/2026/seminar-{i}/"

    @property
    def sitemap_urls(self) -> list[str]:
        articles = [self.article_path(i) for i in range(self.articles)]
        return [*articles, *self.extra, *self.missing]

    @property
    def pages(self) -> set[str]:
        """Every HTML page a complete crawl fetches."""
        section_pages = math.ceil(SECTION_ITEMS / SECTION_PER_PAGE)
        return {
            "/",
            *(self.listing_path(k) for k in range(1, self.listings + 1)),
            *self.sitemap_urls,
            *(self.section_path(k) for k in range(1, section_pages + 1)),
            *(self.section_item(i) for i in range(SECTION_ITEMS)),
            *self.extra,
            *self.missing,
        }

    def serve(self, server: HTTPServer) -> str:
        """Answer every path on ``server``; returns the site's base URL."""
        self.base = server.url_for("").rstrip("/")
        server.expect_request(re.compile(".*")).respond_with_handler(self._answer)
        return self.base + "/"

    def _answer(self, request: Request) -> Response:
        path = request.path
        self.requested.append(path)
        body = self._body(path)
        if body is None and self.not_found_page is not None:
            return Response(self.not_found_page, content_type="text/html")
        if body is None:
            return Response("not found", status=404)
        kind = "application/xml" if path.endswith(".xml") else "text/html; charset=utf-8"
        if path == "/robots.txt":
            kind = "text/plain"
        return Response(body, content_type=kind)

    def _body(self, path: str) -> str | None:
        if path in self.extra:
            return self.extra[path]
        if path == "/robots.txt":
            return f"User-agent: *\nAllow: /\nSitemap: {self.base}/sitemap.xml\n"
        if path == "/sitemap.xml":
            return self._sitemap_index()
        if match := re.fullmatch(r"/sitemaps/(\d+)\.xml", path):
            return self._sitemap(int(match.group(1)))
        if path == "/":
            return self._home()
        if path == "/news/":
            return self._listing(1)
        if match := re.fullmatch(r"/news/page/(\d+)/", path):
            k = int(match.group(1))
            return self._listing(k) if 1 < k <= self.listings else None
        if match := re.fullmatch(r"/news/item-(\d+)/", path):
            i = int(match.group(1))
            return self._article(i, f"Agreement {i}") if i < self.articles else None
        if path == "/faculties/science/news/":
            return self._section(1)
        if match := re.fullmatch(r"/faculties/science/news/page/(\d+)/", path):
            return self._section(int(match.group(1)))
        if match := re.fullmatch(r"/faculties/science/news/2026/seminar-(\d+)/", path):
            return self._article(10_000 + int(match.group(1)), "Science seminar")
        return None

    def _day(self, i: int) -> date:
        return date(2024, 1, 1) + timedelta(days=i // 3)

    def newest_first(self, k: int) -> range:
        """The article numbers on listing page ``k``: the newest (highest) first."""
        top = self.articles - 1 - (k - 1) * PER_LISTING
        return range(top, max(top - PER_LISTING, -1), -1)

    def _article(self, i: int, what: str) -> str:
        a, b = ORGS[i % len(ORGS)], ORGS[(i + 1) % len(ORGS)]
        day = self._day(i % 10_000)
        title = f"{what} {i}: {a} and {b} sign a partnership"
        text = (
            f"<p>On {day.isoformat()}, {a} and {b} signed a partnership agreement on "
            f"research number {i}. The partnership runs for four years.</p>"
            f"<p>Item {i} of the site, written for a crawl test.</p>"
        )
        head = f"<meta property='article:published_time' content='{day.isoformat()}'>"
        return _page(title, f"<article><h1>{title}</h1>{text}</article>", head)

    def _listing(self, k: int) -> str:
        teasers = "".join(
            _teaser(self.article_path(i), f"Agreement {i}", self._day(i))
            for i in self.newest_first(k)
        )
        nav = ""
        if k < self.listings:
            nav = f"<nav><a rel='next' href='{self.listing_path(k + 1)}'>Next</a></nav>"
        return _page(f"News page {k}", f"<h1>News</h1><div class='news-list'>{teasers}</div>{nav}")

    def _section(self, k: int) -> str | None:
        first = (k - 1) * SECTION_PER_PAGE
        if first >= SECTION_ITEMS:
            return None
        items = range(first, min(first + SECTION_PER_PAGE, SECTION_ITEMS))
        teasers = "".join(
            _teaser(self.section_item(i), f"Science seminar {i}", self._day(i)) for i in items
        )
        nav = ""
        if first + SECTION_PER_PAGE < SECTION_ITEMS:
            nav = f"<nav class='pagination'><a href='{self.section_path(k + 1)}'>Next</a></nav>"
        return _page(
            "Faculty of Science news",
            f"<h1>Faculty of Science: news</h1><ul class='news-list'>{teasers}</ul>{nav}",
        )

    def _home(self) -> str:
        teasers = "".join(
            _teaser(self.article_path(i), f"Agreement {i}", self._day(i))
            for i in self.newest_first(1)[:5]
        )
        main = (
            f"<h1>University of Example</h1><section class='news-list'>{teasers}</section>"
            "<p><a href='/news/'>All news</a></p>"
            "<p><a href='/faculties/science/news/'>Faculty of Science news</a></p>"
        )
        return _page("University of Example", main)

    def _sitemap_index(self) -> str:
        count = math.ceil(len(self.sitemap_urls) / PER_SITEMAP)
        entries = "".join(
            f"<sitemap><loc>{self.base}/sitemaps/{k}.xml</loc></sitemap>" for k in range(count)
        )
        return (
            "<?xml version='1.0' encoding='UTF-8'?>"
            "<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"{entries}</sitemapindex>"
        )

    def _sitemap(self, k: int) -> str | None:
        chunk = self.sitemap_urls[k * PER_SITEMAP : (k + 1) * PER_SITEMAP]
        if not chunk:
            return None
        entries = "".join(f"<url><loc>{self.base}{p}</loc></url>" for p in chunk)
        return (
            "<?xml version='1.0' encoding='UTF-8'?>"
            "<urlset xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'>"
            f"{entries}</urlset>"
        )
