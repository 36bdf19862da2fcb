"""The Scrapy peer: a CrawlSpider as a competent Scrapy user would write it for this job.

Run by bench/crawl/run.py inside its own venv (bench/.work/scrapy-venv):

    scrapy runspider bench/crawl/scrapy_spider.py -a start_url=http://127.0.0.1:PORT/ -O items.jsonl
    scrapy runspider bench/crawl/scrapy_spider.py -a start_url=... -a stock=1 -O items.jsonl

Follow every in-site link, one small item per page. Settings and why:

- ``CONCURRENT_REQUESTS`` 16, ``CONCURRENT_REQUESTS_PER_DOMAIN`` 8, no
  ``DOWNLOAD_DELAY``, no AutoThrottle: the same load on the server as
  campusnews' ``--concurrency 16 --per-host 8 --delay 0``.
- ``ROBOTSTXT_OBEY``: campusnews obeys robots.txt too.
- ``LOG_LEVEL`` INFO: the default DEBUG logs every request and item, which
  nobody running a real crawl keeps (campusnews logs a summary).
- ``TELNETCONSOLE_ENABLED`` off: a debugging console nobody uses here.
- ``COOKIES_ENABLED`` off: the site sets no cookies (Scrapy's broad-crawl advice).

Code, the part that matters on these pages (about 300 links each, 290
distinct, almost all seen before; profile in README.md):

- ``process_links`` drops a link whose URL this spider has already
  followed. Without it every page's ~290 links each become a ``Request`` that
  runs through the spider middlewares (depth, referer, offsite), gets a
  fingerprint and is only then dropped by the scheduler's dupe filter: 60 %
  of Scrapy's CPU on this site. A set of the followed URLs (strings; the site
  writes each URL one way) costs a few MB at N = 20,000.
- ``LinkExtractor(deny=...)`` leaves out the paths robots.txt disallows (every
  article links its print version), which the robots middleware would drop one
  request later.

``-a stock=1`` gives the stock spider the bench used before: the same
settings, ``Rule(LinkExtractor(), follow=True)``, no link filter, cookies on.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule

# The site's robots.txt Disallow lines (realistic_site.DISALLOWED, synthetic_site.DISALLOWED).
DISALLOWED = (r"/news/print/", r"/search")


class UniversityNewsSpider(CrawlSpider):
    """Start at the home page and follow every link on the host; one item per page."""

    name = "university_news"
    custom_settings = {
        "CONCURRENT_REQUESTS": 16,
        "CONCURRENT_REQUESTS_PER_DOMAIN": 8,
        "DOWNLOAD_DELAY": 0,
        "RANDOMIZE_DOWNLOAD_DELAY": False,
        "AUTOTHROTTLE_ENABLED": False,
        "ROBOTSTXT_OBEY": True,
        "TELNETCONSOLE_ENABLED": False,
        "COOKIES_ENABLED": False,
        "LOG_LEVEL": "INFO",
        "DEPTH_LIMIT": 0,
    }
    rules = (
        Rule(
            LinkExtractor(deny=DISALLOWED),
            callback="parse_item",
            follow=True,
            process_links="drop_followed",
        ),
    )

    def __init__(self, start_url: str = "", stock: str = "", *args: Any, **kwargs: Any) -> None:
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname or ""]
        self.followed: set[str] = set()
        if stock:
            # The stock spider (cookies back on: crawlers.scrapy_cmd passes -s COOKIES_ENABLED=1).
            self.rules = (Rule(LinkExtractor(), callback="parse_item", follow=True),)
        super().__init__(*args, **kwargs)

    def drop_followed(self, links: list[Any]) -> list[Any]:
        """The links whose URL no earlier page gave (the dupe filter, before any Request exists)."""
        fresh = [link for link in links if link.url not in self.followed]
        self.followed.update(link.url for link in fresh)
        return fresh

    def parse_item(self, response: Any) -> Any:
        """The page's title and publication date, as a campusnews article row has."""
        yield {
            "url": response.url,
            "title": response.css("h1::text").get(),
            "published": response.css("time::attr(datetime)").get(),
        }
