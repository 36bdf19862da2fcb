"""Network and pure parsing: fetch, crawl, parse, extract. Imports neither db nor pipeline.

The public API is the modules themselves (``scraper.source``, ``scraper.registry``,
``scraper.models``, ...): nothing is re-exported here, so importing one of them
loads only what it needs (parse workers and the CLI start faster).
"""

__all__: list[str] = []
