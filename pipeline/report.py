"""The report of a crawl run or a reparse: what it did, stored in crawl_runs and printed."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from pipeline.failures import SourceTally


@dataclass
class CrawlReport:
    """What a run did, stored in crawl_runs and printed at its end.

    The one report of a crawl run and of a reparse. ``fetched`` counts every
    answer the crawl read (a 304 too; ``not_modified`` says how many of them
    were one); refusals by robots.txt or the address policy and failed
    fetches are counted apart. The page handler counts one page's storing in
    a report of its own and adds it here with ``add`` once the page's
    transaction has committed, so a retried transaction is never counted twice.
    """

    run_id: int | None = None
    fetched: int = 0
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    not_modified: int = 0
    robots_denied: int = 0
    policy_blocked: int = 0
    articles: int = 0
    truncated: int = 0
    parse_errors: int = 0
    errors: Counter[str] = field(default_factory=Counter)
    hosts_paused: list[str] = field(default_factory=list)
    deferred: int = 0
    failed_sources: dict[str, str] = field(default_factory=dict)
    # Pages of a source whose selectors missed, read by the generic parser instead.
    layout_changed: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    left_in_frontier: int = 0
    # URLs another worker (PostgreSQL) held a live lease on when this run ended.
    leased_elsewhere: int = 0
    over_budget: list[str] = field(default_factory=list)
    out_of_time: bool = False
    tallies: dict[str, SourceTally] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no source failed and every source's selectors still matched."""
        return not self.failed_sources and not self.layout_changed

    def add(self, page: CrawlReport) -> None:
        """Add the counts of one stored page (a report of its own) to this run's.

        ``failed_sources`` is left alone: which sources failed is decided once,
        at the end of the run.
        """
        self.fetched += page.fetched
        self.new += page.new
        self.changed += page.changed
        self.unchanged += page.unchanged
        self.not_modified += page.not_modified
        self.robots_denied += page.robots_denied
        self.policy_blocked += page.policy_blocked
        self.articles += page.articles
        self.truncated += page.truncated
        self.parse_errors += page.parse_errors
        self.errors.update(page.errors)
        self.layout_changed.update(page.layout_changed)
        for name, tally in page.tallies.items():
            mine = self.tallies.setdefault(name, SourceTally())
            mine.answered += tally.answered
            mine.stored += tally.stored
            mine.failed.update(tally.failed)
            for kind, example in tally.examples.items():
                mine.examples.setdefault(kind, example)

    def summary(self) -> dict[str, object]:
        """The report as plain JSON-able data."""
        return {
            "fetched": self.fetched,
            "new": self.new,
            "changed": self.changed,
            "unchanged": self.unchanged,
            "not_modified": self.not_modified,
            "robots_denied": self.robots_denied,
            "policy_blocked": self.policy_blocked,
            "articles": self.articles,
            "truncated": self.truncated,
            "parse_errors": self.parse_errors,
            "errors": dict(self.errors),
            "hosts_paused": self.hosts_paused,
            "deferred": self.deferred,
            "failed_sources": self.failed_sources,
            "layout_changed": dict(self.layout_changed),
            "left_in_frontier": self.left_in_frontier,
            "leased_elsewhere": self.leased_elsewhere,
            "over_budget": self.over_budget,
            "out_of_time": self.out_of_time,
            "elapsed_seconds": round(self.elapsed, 2),
        }

    def lines(self) -> list[str]:
        """A short human summary."""
        errors = ", ".join(f"{k} {v}" for k, v in sorted(self.errors.items()))
        # "errors: none" beside a failure line below would contradict it.
        error_part = f", fetch errors: {errors}" if errors else ""
        if not errors and self.ok:
            error_part = ", fetch errors: none"
        out = [
            f"fetched {self.fetched} pages in {self.elapsed:.1f}s: {self.new} new, "
            f"{self.changed} changed, {self.unchanged} unchanged, {self.not_modified} not modified",
            f"articles stored {self.articles}, skipped by robots.txt {self.robots_denied}, "
            f"refused by the address policy {self.policy_blocked}{error_part}",
        ]
        if self.truncated:
            out.append(f"pages cut short in parsing (stored, marked truncated): {self.truncated}")
        if self.hosts_paused:
            out.append(f"hosts paused after repeated failures: {', '.join(self.hosts_paused)}")
        stops = []
        if self.out_of_time:
            stops.append("max_runtime was reached")
        if self.over_budget:
            stops.append(f"max_pages_per_host was reached for {', '.join(self.over_budget)}")
        if stops and self.left_in_frontier:
            out.append(
                f"stopped early ({'; '.join(stops)}): "
                f"{self.left_in_frontier} URLs wait for the next run"
            )
        elif self.left_in_frontier:
            out.append(f"{self.left_in_frontier} URLs left in the frontier for the next run")
        if self.leased_elsewhere:
            out.append(f"{self.leased_elsewhere} URLs being fetched by another worker")
        return out + self.failure_lines()

    def failure_lines(self) -> list[str]:
        """One line per failed source, with the fix, and per source whose layout
        changed: what cron mails."""
        return [
            f"source {name} failed: {reason}"
            for name, reason in sorted(self.failed_sources.items())
        ] + self.layout_lines()

    def layout_lines(self) -> list[str]:
        """One line per source whose selectors missed: nothing was lost, but fix it."""
        return [
            f"source {name}: layout changed, {count} page{'s' if count != 1 else ''} read by "
            f"the generic parser (see pages.layout_changed; fix its selectors and check them "
            f"with 'campusnews sources test')"
            for name, count in sorted(self.layout_changed.items())
        ]
