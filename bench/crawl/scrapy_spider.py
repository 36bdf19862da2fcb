"""A stock Scrapy CrawlSpider for the synthetic site: follow every in-site link, yield a small item.

Run by bench/crawl/run.py inside its own venv (bench/.work/scrapy-venv):

    scrapy runspider bench/crawl/scrapy_spider.py -a start_url=http://127.0.0.1:PORT/ -O items.jsonl

Settings match campusnews' run: 16 requests in flight, 8 per host, no delay,
no AutoThrottle, robots.txt obeyed. Logging at INFO (the default DEBUG logs
every request, which campusnews does not do either).
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from scrapy.linkextractors import LinkExtractor
from scrapy.spiders import CrawlSpider, Rule


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
        "LOG_LEVEL": "INFO",
        "DEPTH_LIMIT": 0,
    }
    rules = (Rule(LinkExtractor(), callback="parse_item", follow=True),)

    def __init__(self, start_url: str = "", *args: Any, **kwargs: Any) -> None:
        self.start_urls = [start_url]
        self.allowed_domains = [urlsplit(start_url).hostname or ""]
        super().__init__(*args, **kwargs)

    def parse_item(self, response: Any) -> Any:
        """The page's title and publication date, as a campusnews article row has."""
        yield {
            "url": response.url,
            "title": response.css("h1::text").get(),
            "published": response.css("time::attr(datetime)").get(),
        }
