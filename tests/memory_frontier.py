"""An in-memory ``scraper.frontier.Frontier`` for engine tests: same contract, no database."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime

from scraper.frontier import CrawlTask, NewURL
from scraper.urls import host_of, url_key


@dataclass
class _Entry:
    task: CrawlTask
    state: str = "queued"  # queued, leased, done, failed
    due: datetime | None = None
    error: str | None = None


@dataclass
class MemoryFrontier:
    """Keeps URLs by normalised key; ``events`` records every outcome in order."""

    entries: dict[str, _Entry] = field(default_factory=dict)
    events: list[tuple[str, str]] = field(default_factory=list)
    _next_id: int = 1

    def seed(self, *urls: str, source: str = "test", depth: int = 0) -> None:
        """Queue start URLs for ``source``."""
        self.add(NewURL(url, source, "page", depth) for url in urls)

    def add(self, urls: Iterable[NewURL]) -> int:
        new = 0
        for item in urls:
            key = url_key(item.url)
            if key in self.entries:
                continue
            task = CrawlTask(self._next_id, item.url, key, item.source, item.kind, item.depth)
            self._next_id += 1
            self.entries[key] = _Entry(task)
            new += 1
        return new

    def lease(
        self,
        limit: int,
        *,
        skip_hosts: frozenset[str] = frozenset(),
        max_per_host: int | None = None,
    ) -> list[CrawlTask]:
        now = datetime.now(UTC)
        out = []
        taken: dict[str, int] = {}
        for entry in self.entries.values():
            if len(out) >= limit:
                break
            host = host_of(entry.task.url)
            if host in skip_hosts or taken.get(host, 0) >= (max_per_host or limit):
                continue
            if entry.state == "queued" and (entry.due is None or entry.due <= now):
                entry.state = "leased"
                taken[host] = taken.get(host, 0) + 1
                out.append(entry.task)
        return out

    def _entry(self, task: CrawlTask) -> _Entry:
        entry = self.entries[task.url_key]
        assert entry.state == "leased", f"{task.url} reported while {entry.state}"
        entry.task = replace(entry.task, attempts=entry.task.attempts + 1)
        return entry

    def complete(self, task: CrawlTask) -> None:
        self._entry(task).state = "done"
        self.events.append(("complete", task.url))

    def retry_later(self, task: CrawlTask, when: datetime, error: str) -> None:
        entry = self._entry(task)
        entry.state, entry.due, entry.error = "queued", when, error
        self.events.append(("retry_later", task.url))

    def fail(self, task: CrawlTask, error: str) -> None:
        entry = self._entry(task)
        entry.state, entry.error = "failed", error
        self.events.append(("fail", task.url))

    def state(self, url: str) -> str:
        """The state of ``url`` (queued, leased, done, failed)."""
        return self.entries[url_key(url)].state
