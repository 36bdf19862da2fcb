"""Orchestration: the crawl run, the storage seam, settings and the CLI (``pipeline.cli``).

The public API is the modules themselves; nothing is re-exported here, so
importing one of them loads only what it needs.
"""

__all__: list[str] = []

# The one place the version is written: pyproject.toml reads it from here
# ([tool.hatch.version]), and `campusnews --version` prints it without a
# package-metadata lookup.
__version__ = "0.1.0"
