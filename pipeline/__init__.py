"""Orchestration: the crawl run, the storage seam, settings and the CLI (``pipeline.cli``).

The public API is the modules themselves; nothing is re-exported here, so
importing one of them loads only what it needs.
"""

__all__: list[str] = []
