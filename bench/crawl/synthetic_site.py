"""Generate a synthetic university news site of N HTML pages as static files.

Layout (every HTML URL ends in ``/`` and is served from ``<path>/index.html``):

- ``/``                          home page: navigation, latest news teasers
- ``/<section>/``                a few static section pages (education, research, ...)
- ``/news/``, ``/news/page/K/``  listing pages, 20 teasers each, numbered pagination
- ``/news/YYYY/MM/<slug>/``      articles (30-60 KB with nav, sidebar, footer, JSON-LD)
- ``/news/print/<id>/``          print versions: linked from every article, Disallowed
- ``/search?tag=...``            tag search links: Disallowed, never generated
- ``/robots.txt``, ``/sitemap.xml`` (index) -> ``/sitemaps/pages-K.xml`` (every HTML
  page, articles first, 1,000 a sitemap: only the last may hold fewer), ``/news/feed.xml``

The HTML files do not depend on the port (all links are root-relative), so a
generated site is reused between runs; robots.txt, the sitemaps and the feed
carry absolute URLs and are rewritten for each server by :func:`write_port_files`.
Text is produced from the word lists below with a seeded RNG: deterministic,
and written for this benchmark (it mentions real Dutch institutions so that the
organisation and agreement extraction has real work to do).
"""

from __future__ import annotations

import json
import math
import random
import shutil
from dataclasses import dataclass
from datetime import date, timedelta
from html import escape
from pathlib import Path

SITE_VERSION = "3"
PER_LISTING = 20
PER_SITEMAP = 1000
FEED_ITEMS = 50
SECTIONS = ("education", "research", "about", "library", "students", "staff", "alumni", "contact")
DISALLOWED = ("/news/print/", "/search")

ORGS = (
    "Leiden University", "Delft University of Technology", "Erasmus MC",
    "Erasmus University Rotterdam", "Leiden University Medical Center", "University of Amsterdam",
    "Utrecht University", "Radboud University", "Maastricht University", "University of Twente",
    "Wageningen University & Research", "KU Leuven", "Ghent University", "TNO", "SURF",
    "Naturalis Biodiversity Center", "Amsterdam UMC", "The Hague University of Applied Sciences",
    "Eindhoven University of Technology", "University of Groningen",
)  # fmt: skip
AGREEMENTS = (
    "signed a memorandum of understanding", "agreed on a strategic partnership",
    "signed a collaboration agreement", "launched a joint degree programme",
    "formed a research consortium", "renewed their alliance", "ended their exchange agreement",
)  # fmt: skip
TOPICS = (
    "quantum computing", "climate adaptation", "public health", "urban water management",
    "artificial intelligence", "regenerative medicine", "energy transition", "digital humanities",
    "security and justice", "biodiversity", "teacher education", "data science",
)  # fmt: skip
WORDS = (
    "students researchers faculty campus programme laboratory project funding results study "
    "colleagues society region partners teaching innovation knowledge impact network data "
    "method question approach policy future experience community patients care technology "
    "science education international collaboration training infrastructure evidence insight"
).split()
VERBS = (
    "support develop share strengthen explore combine improve connect study build test offer"
).split()
MONTHS = (
    "January February March April May June July August September October November December"
).split()


@dataclass(frozen=True)
class SiteShape:
    """How many pages of each kind a site of ``n_pages`` HTML pages has."""

    n_pages: int
    articles: int
    listings: int
    sections: int

    @classmethod
    def for_pages(cls, n_pages: int) -> SiteShape:
        """Split N HTML pages into home + sections + listings + articles (N >= 60)."""
        if n_pages < 60:
            raise ValueError("a site needs at least 60 pages")
        rest = n_pages - 1 - len(SECTIONS)
        listings = math.ceil(rest / (PER_LISTING + 1))
        return cls(n_pages, rest - listings, listings, len(SECTIONS))


@dataclass(frozen=True)
class Article:
    index: int
    path: str
    title: str
    published: date
    orgs: tuple[str, str]
    topic: str


def _articles(shape: SiteShape) -> list[Article]:
    """Newest first; article ``i`` is about ``i * 0.4`` days older than article 0."""
    rng = random.Random(7)
    out = []
    for i in range(shape.articles):
        day = date(2026, 10, 31) - timedelta(days=int(i * 0.4))
        a, b = rng.sample(ORGS, 2)
        topic = rng.choice(TOPICS)
        # Stored HTML-escaped: "Wageningen University & Research" goes into HTML and RSS.
        title = escape(f"{a} and {b} join forces on {topic}")
        slug = (
            f"{a.split()[0]}-{b.split()[0]}-{topic}".lower().replace(" ", "-").replace("&", "and")
        )
        path = f"/news/{day.year}/{day.month:02d}/{slug}-{i}/"
        out.append(Article(i, path, title, day, (a, b), topic))
    return out


def listing_path(page: int) -> str:
    """URL path of listing page ``page`` (1-based)."""
    return "/news/" if page == 1 else f"/news/page/{page}/"


def _sentence(rng: random.Random) -> str:
    words = rng.sample(WORDS, 9)
    return (
        f"The {words[0]} and {words[1]} {rng.choice(VERBS)} the {words[2]} of {words[3]}, "
        f"while {words[4]} from the {words[5]} {rng.choice(VERBS)} new {words[6]} "
        f"for {words[7]} and {words[8]}."
    )


def _paragraph(rng: random.Random, n: int) -> str:
    return " ".join(_sentence(rng) for _ in range(n))


def _long_date(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def _css(rng: random.Random) -> str:
    # Real university pages inline a few KB of critical CSS in the head.
    rules = []
    for i in range(rng.randint(150, 230)):
        rules.append(
            f".c-{i}-{rng.choice(WORDS)}{{margin:{rng.randint(0, 40)}px {rng.randint(0, 40)}px;"
            f"color:#{rng.randint(0, 0xFFFFFF):06x};font-size:{rng.randint(10, 32)}px}}"
        )
    return "".join(rules)


def _script(rng: random.Random) -> str:
    # ...and a tag-manager/config blob at the end of the body.
    config = {f"k{i}": [rng.choice(WORDS) for _ in range(8)] for i in range(rng.randint(80, 160))}
    return f"window.__SITE_CONFIG__={json.dumps(config, separators=(',', ':'))};"


def _nav() -> str:
    items = []
    for section in SECTIONS:
        subs = "".join(
            f'<li><a href="/{section}/#{w}">{w.title()} {section}</a></li>' for w in WORDS[:8]
        )
        items.append(
            f'<li class="menu-item"><a href="/{section}/">{section.title()}</a>'
            f'<ul class="sub-menu">{subs}</ul></li>'
        )
    return (
        '<header class="site-header"><a class="logo" href="/">University of Example</a>'
        '<nav class="main-nav" aria-label="Main"><ul>' + "".join(items) + "</ul></nav>"
        '<form class="search" action="/search"><input name="q"></form></header>'
    )


def _footer() -> str:
    cols = []
    for section in SECTIONS:
        links = "".join(f'<li><a href="/{section}/#{w}">{w.title()}</a></li>' for w in WORDS[8:14])
        cols.append(f'<div class="footer-col"><h4>{section.title()}</h4><ul>{links}</ul></div>')
    social = "".join(
        f'<a href="https://{s}.example.com/univ">{s}</a>' for s in ("social", "video", "photos")
    )
    return (
        '<footer class="site-footer">' + "".join(cols) + f'<div class="social">{social}</div>'
        '<p><a href="/news/feed.xml">RSS</a> <a href="/sitemap.xml">Sitemap</a> '
        '<a href="/contact/">Contact</a></p><address>Example Street 1, 2300 RA Leiden</address>'
        "</footer>"
    )


NAV = _nav()
FOOTER = _footer()


def _page(title: str, head_extra: str, main: str, sidebar: str, rng: random.Random) -> str:
    return (
        '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">'
        f"<title>{title} | University of Example</title>"
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta property="og:site_name" content="University of Example">'
        '<link rel="alternate" type="application/rss+xml" href="/news/feed.xml">'
        f"{head_extra}<style>{_css(rng)}</style></head><body>"
        f'<a class="skip-link" href="#main">Skip to content</a>{NAV}'
        f'<div class="layout"><main id="main">{main}</main>'
        f'<aside class="sidebar">{sidebar}</aside></div>{FOOTER}'
        f"<script>{_script(rng)}</script></body></html>"
    )


def _teaser(a: Article) -> str:
    return (
        f'<article class="news-item"><h3><a href="{a.path}">{a.title}</a></h3>'
        f'<time datetime="{a.published.isoformat()}">{_long_date(a.published)}</time>'
        f"<p>{escape(a.orgs[0])} and {escape(a.orgs[1])} work together on {a.topic}.</p></article>"
    )


def _article_html(a: Article, related: list[Article]) -> str:
    rng = random.Random(a.index)
    others = rng.sample(ORGS, 3)
    agreement = rng.choice(AGREEMENTS)
    paragraphs = [
        f"On {_long_date(a.published)}, {a.orgs[0]} and {a.orgs[1]} {agreement} on {a.topic}. "
        + _paragraph(rng, 3),
        f"The work involves {others[0]}, {others[1]} and {others[2]}. " + _paragraph(rng, 4),
    ]
    paragraphs += [_paragraph(rng, rng.randint(3, 6)) for _ in range(rng.randint(8, 24))]
    body = "".join(f"<p>{escape(p, quote=False)}</p>" for p in paragraphs)
    ld = {
        "@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
        "datePublished": a.published.isoformat(), "dateModified": a.published.isoformat(),
        "author": {"@type": "Organization", "name": "Communications Office"},
        "publisher": {"@type": "Organization", "name": "University of Example"},
    }  # fmt: skip
    head = (
        f'<link rel="canonical" href="{a.path}">'
        f'<meta property="og:title" content="{a.title}">'
        f'<meta property="article:published_time" content="{a.published.isoformat()}">'
        f'<script type="application/ld+json">{json.dumps(ld)}</script>'
    )
    main = (
        '<nav class="breadcrumb"><a href="/">Home</a> › <a href="/news/">News</a></nav>'
        f'<article class="news-article"><h1>{a.title}</h1>'
        f'<p class="date">Published <time datetime="{a.published.isoformat()}">'
        f"{_long_date(a.published)}</time></p>{body}"
        f'<p class="tools"><a href="/news/print/{a.index}/">Print this article</a> '
        f'<a href="/search?tag={a.topic.replace(" ", "+")}">More on {a.topic}</a></p></article>'
    )
    sidebar = (
        '<section class="related"><h2>Related news</h2><ul>'
        + "".join(f'<li><a href="{r.path}">{r.title}</a></li>' for r in related)
        + '</ul></section><section class="contact"><h2>Press office</h2><p>Call us.</p></section>'
    )
    return _page(a.title, head, main, sidebar, rng)


def _pagination(page: int, last: int) -> str:
    numbers = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    parts = []
    if page > 1:
        parts.append(f'<a rel="prev" href="{listing_path(page - 1)}">‹ Previous</a>')
    for k in numbers:
        cls = ' aria-current="page"' if k == page else ""
        parts.append(f'<a href="{listing_path(k)}"{cls}>{k}</a>')
    if page < last:
        parts.append(f'<a rel="next" class="next" href="{listing_path(page + 1)}">Next ›</a>')
    return '<nav class="pagination">' + " ".join(parts) + "</nav>"


def _listing_html(page: int, last: int, items: list[Article]) -> str:
    rng = random.Random(-page)
    head = f'<link rel="canonical" href="{listing_path(page)}">'
    if page < last:
        head += f'<link rel="next" href="{listing_path(page + 1)}">'
    main = (
        f'<h1>News{f" (page {page})" if page > 1 else ""}</h1><div class="news-list">'
        + "".join(_teaser(a) for a in items)
        + "</div>"
        + _pagination(page, last)
    )
    sidebar = (
        "<h2>Topics</h2><ul>"
        + "".join(f'<li><a href="/search?tag={t.replace(" ", "+")}">{t}</a></li>' for t in TOPICS)
        + "</ul>"
    )
    return _page("News", head, main, sidebar, rng)


def _static_html(section: str, latest: list[Article]) -> str:
    rng = random.Random(section)
    main = f"<h1>{section.title()}</h1>" + "".join(
        f'<h2 id="{w}">{w.title()}</h2><p>{_paragraph(rng, 4)}</p>' for w in WORDS[:8]
    )
    sidebar = (
        "<h2>Latest news</h2><ul>"
        + "".join(f'<li><a href="{a.path}">{a.title}</a></li>' for a in latest)
        + "</ul>"
    )
    return _page(section.title(), "", main, sidebar, rng)


def _home_html(latest: list[Article]) -> str:
    rng = random.Random("home")
    main = (
        '<h1>University of Example</h1><section class="home-news"><h2>Latest news</h2>'
        + "".join(_teaser(a) for a in latest)
        + '<p><a href="/news/">All news</a></p></section>'
    )
    sidebar = (
        "<h2>Sections</h2><ul>"
        + "".join(f'<li><a href="/{s}/">{s.title()}</a></li>' for s in SECTIONS)
        + "</ul>"
    )
    return _page("Home", "", main, sidebar, rng)


def _write(root: Path, path: str, text: str) -> None:
    target = root / path.lstrip("/") / "index.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(text, encoding="utf-8")


def html_paths(shape: SiteShape) -> list[str]:
    """Every HTML URL path of the site: the N pages a crawler should fetch."""
    paths = ["/", *(f"/{s}/" for s in SECTIONS)]
    paths += [listing_path(p) for p in range(1, shape.listings + 1)]
    return paths + [a.path for a in _articles(shape)]


def generate(root: Path, n_pages: int) -> SiteShape:
    """Write the HTML of a site of ``n_pages`` pages under ``root`` (reused when already there)."""
    shape = SiteShape.for_pages(n_pages)
    marker = root / ".generated"
    stamp = f"{SITE_VERSION} {n_pages}"
    if marker.is_file() and marker.read_text() == stamp:
        return shape
    articles = _articles(shape)
    _write(root, "/", _home_html(articles[:10]))
    for section in SECTIONS:
        _write(root, f"/{section}/", _static_html(section, articles[:5]))
    for page in range(1, shape.listings + 1):
        items = articles[(page - 1) * PER_LISTING : page * PER_LISTING]
        _write(root, listing_path(page), _listing_html(page, shape.listings, items))
    for a in articles:
        # Related links reach forward and backward so every article is linked from others too.
        related = [articles[(a.index + k) % len(articles)] for k in (1, 2, 3, -1, -2, 97)]
        _write(root, a.path, _article_html(a, related))
    marker.write_text(stamp)
    return shape


def write_port_files(root: Path, shape: SiteShape, base_url: str) -> None:
    """Write robots.txt, the sitemap index and children, and the RSS feed for ``base_url``."""
    disallow = "".join(f"Disallow: {p}\n" for p in DISALLOWED)
    (root / "robots.txt").write_text(
        f"User-agent: *\n{disallow}Allow: /\n\nSitemap: {base_url}/sitemap.xml\n"
    )
    articles = _articles(shape)
    sm_dir = root / "sitemaps"
    # Sitemaps of an earlier run (another N, or the older layout) must not linger.
    shutil.rmtree(sm_dir, ignore_errors=True)
    sm_dir.mkdir()
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
    # Every HTML page, in sitemaps of PER_SITEMAP URLs, articles first (newest
    # first) and the home, section and listing pages last, as news CMSs list
    # them: a crawler that takes only part of a big sitemap misses pages, and
    # the coverage column shows it.
    entries = [(a.path, a.published.isoformat()) for a in articles]
    entries += [(p, None) for p in html_paths(shape)[: -len(articles)]]
    children = {
        f"pages-{k + 1}.xml": entries[k * PER_SITEMAP : (k + 1) * PER_SITEMAP]
        for k in range(math.ceil(len(entries) / PER_SITEMAP))
    }
    for name, entries in children.items():
        urls = "".join(
            f"<url><loc>{base_url}{p}</loc>{f'<lastmod>{d}</lastmod>' if d else ''}</url>"
            for p, d in entries
        )
        (sm_dir / name).write_text(
            f'<?xml version="1.0" encoding="UTF-8"?><urlset {ns}>{urls}</urlset>'
        )
    index = "".join(
        f"<sitemap><loc>{base_url}/sitemaps/{name}</loc></sitemap>" for name in children
    )
    (root / "sitemap.xml").write_text(
        f'<?xml version="1.0" encoding="UTF-8"?><sitemapindex {ns}>{index}</sitemapindex>'
    )
    items = "".join(
        f"<item><title>{a.title}</title><link>{base_url}{a.path}</link>"
        f"<pubDate>{a.published.strftime('%a, %d %b %Y')} 09:00:00 +0000</pubDate></item>"
        for a in articles[:FEED_ITEMS]
    )
    (root / "news").mkdir(exist_ok=True)
    (root / "news" / "feed.xml").write_text(
        '<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel>'
        f"<title>University of Example news</title><link>{base_url}/news/</link>{items}"
        "</channel></rss>"
    )
