"""The states of a crawl run in ``crawl_runs.status`` that code compares against.

Kept apart from ``pipeline/runs.py`` (which writes them, through the ORM) so
``campusnews status`` can name them without loading the writers.
"""

from __future__ import annotations

RUNNING = "running"
INTERRUPTED = "interrupted"
