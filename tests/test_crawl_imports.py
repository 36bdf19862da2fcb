"""A crawl process does not hold what only other commands, or the end of a crawl, need."""

from __future__ import annotations

import subprocess
import sys

# Imports the crawl command and the crawl itself, then lists which of the
# modules below this process holds.
CRAWL_IMPORTS = """
import sys
import pipeline.cli.crawl_cmd, pipeline.crawl, pipeline.page_handler, pipeline.parse_pool
wanted = sys.argv[1:]
print(" ".join(m for m in wanted if m in sys.modules))
"""

# Reparse's loop, the records rebuild (run after the last page), the read
# queries, the demo's fixture server, and SQLAlchemy's PostgreSQL dialect.
NOT_WHILE_CRAWLING = (
    "pipeline.reparse",
    "pipeline.records_store",
    "db.queries",
    "pipeline.fixture_site",
    "http.server",
    "sqlalchemy.dialects.postgresql",
)


def _held(modules: tuple[str, ...]) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", CRAWL_IMPORTS, *modules],
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    return done.stdout.split()


def test_the_crawl_command_imports_nothing_that_only_reparse_demo_or_postgresql_need() -> None:
    assert _held(NOT_WHILE_CRAWLING) == []


def test_the_check_sees_a_module_the_crawl_does_import() -> None:
    # The same subprocess reports the modules a crawl needs, so the empty list above
    # means they were not imported, not that nothing was seen.
    assert _held(("pipeline.store", "sqlalchemy.dialects.sqlite")) == [
        "pipeline.store",
        "sqlalchemy.dialects.sqlite",
    ]
