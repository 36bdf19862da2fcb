"""Parse pages in worker processes while the crawl goes on fetching and storing.

A fast crawl is CPU-bound: parsing and extracting a page costs about as much
as fetching and storing it. ``ParsePool`` hands pages to ``workers`` child
processes (``pipeline.parse_worker``) so that work runs on other cores, and
the event loop keeps fetching meanwhile.

A polite crawl (a second between requests to a host) is not: it never needs a
worker, and a worker costs memory. So workers start only once the crawl
process has used at least ``start_when_busy`` of a CPU over a
``WINDOW``-second stretch, with parsing (which the caller reports with
``parsed_here``) at least ``PARSE_SHARE`` of that time; or once parsing alone
took ``PARSE_BOUND`` of the stretch's wall time. The second rule is for a
machine shared with other work: there the crawl process may get a fifth of a
core, so its CPU share stays low although it does nothing but parse, and a
worker process (with its own share of the CPU) is what speeds it up. Third,
at once when the caller says ``START_BACKLOG`` pages are waiting to be
fetched with no delay (``backlog``: a sitemap of a site crawled at full
speed): the busy rules need a second of parsing to see it, and the worker
then takes most of another to load, while the first pages wait or are
parsed in the crawl process.

The pool never makes a crawl fail: until a worker says it is ready, while
every worker has ``max_queued`` pages waiting, for a parser that cannot be sent
to a worker, and after a worker died, ``extract`` answers None and the caller
parses the page itself, as it does with ``workers=0``.
"""

from __future__ import annotations

import asyncio
import contextlib
import fcntl
import itertools
import logging
import os
import pickle
import sys
import time
from dataclasses import dataclass, field
from typing import Any

from pipeline.parse_worker import HEADER, extraction_from_wire, frame
from scraper.discover import HtmlLinks
from scraper.errors import ParseError
from scraper.models import Extraction, Page
from scraper.source import Source

log = logging.getLogger(__name__)


class RemoteParseError(ParseError):
    """A ``ParseError`` raised in a worker, with the kind it had there."""

    def __init__(self, kind: str, message: str) -> None:
        super().__init__(message)
        self.kind = kind


class ParseTimeout(ParseError):
    """A worker spent longer than ``PARSE_TIMEOUT`` on one page."""

    kind = "parse_timeout"


class RemoteCrash(Exception):
    """A parser raised something other than a ``ParseError`` in a worker."""


@dataclass
class _Worker:
    process: asyncio.subprocess.Process
    started: float = field(default_factory=time.monotonic)
    ready: bool = False
    alive: bool = True
    waiting: dict[int, asyncio.Future[tuple[Any, ...]]] = field(default_factory=dict)
    sources: set[str] = field(default_factory=set)
    reader: asyncio.Task[None] | None = None
    log_reader: asyncio.Task[None] | None = None


# Pages a worker may have waiting before the parent parses a page itself.
DEFAULT_MAX_QUEUED = 16
WINDOW = 1.0
START_WHEN_BUSY = 0.75
PARSE_SHARE = 0.2
# Parsing took this share of the wall time: the crawl is bound by parsing,
# whatever CPU share the machine gives it.
PARSE_BOUND = 0.5
# Pages queued for fetching without a delay: enough parsing ahead to pay for a
# worker's start-up (about half a CPU second) whatever the CPU use so far.
START_BACKLOG = 50
# Seconds a worker may spend on one page (a few ms is usual) before it is killed.
PARSE_TIMEOUT = 60.0
# A worker still loading the extractors this long after its start is a failure to report
# (a machine too loaded to start it); a shorter crawl simply ended first, and the crawl
# process parsed every page itself: nothing to warn about.
SLOW_START = 30.0
# Bytes a worker's request pipe holds (Linux's default is 64 KiB, about one
# realistic page): the pages queued for a worker must be in its pipe, not in
# this process's write buffer, which drains only while the event loop runs;
# while this process stores or parses a page the worker would otherwise starve.
PIPE_BYTES = (1 << 20, 1 << 18)


def default_workers() -> int:
    """One worker per spare core, at most two: the event loop keeps one core busy."""
    return max(0, min(2, (os.cpu_count() or 1) - 1))


class ParsePool:
    """Runs ``extract_page`` in worker processes; use as ``async with ParsePool(n) as pool``."""

    def __init__(
        self,
        workers: int,
        *,
        max_queued: int = DEFAULT_MAX_QUEUED,
        start_when_busy: float | None = None,
    ) -> None:
        self.size = workers
        self.max_queued = max_queued
        self.start_when_busy = START_WHEN_BUSY if start_when_busy is None else start_when_busy
        self._workers: list[_Worker] = []
        self._starting: asyncio.Task[None] | None = None
        self._window_start = time.monotonic()
        self._window_cpu = time.process_time()
        self._busy = 0.0
        self._ids = itertools.count()
        self._local_only: set[str] = set()
        self._backlog = 0
        self.parsed_remotely = 0

    async def __aenter__(self) -> ParsePool:
        if self.size and self.start_when_busy <= 0:
            self._starting = asyncio.create_task(self._start())
        return self

    def parsed_here(self, seconds: float) -> None:
        """The caller parsed a page itself in ``seconds``; start the workers when it pays.

        Once they are starting (or with none to start) there is nothing to decide:
        no clock is read. The process's CPU clock is read once a window.
        """
        if not self.size or self._starting is not None:
            return
        self._busy += seconds
        now = time.monotonic()
        elapsed = now - self._window_start
        if elapsed < WINDOW:
            return
        cpu = time.process_time()
        cpu_share = (cpu - self._window_cpu) / elapsed
        parse_share = self._busy / elapsed
        self._window_start, self._window_cpu, self._busy = now, cpu, 0.0
        busy = cpu_share >= self.start_when_busy and parse_share >= PARSE_SHARE
        if busy or parse_share >= PARSE_BOUND:
            log.info(
                "the crawl uses %.0f %% of a CPU, %.0f %% parsing: starting %d parse workers",
                100 * cpu_share,
                100 * parse_share,
                self.size,
            )
            self._starting = asyncio.get_running_loop().create_task(self._start())

    def backlog(self, pages: int) -> None:
        """``pages`` more URLs were queued to be fetched with no delay: start at ``START_BACKLOG``.

        A polite crawl's URLs are not counted: it never parses enough to need a worker.
        """
        self._backlog += pages
        if self._backlog >= START_BACKLOG:
            self._start_now(f"{self._backlog} URLs queued with no delay")

    def start_hosts(self, hosts: int) -> None:
        """The crawl starts on ``hosts`` hosts: at ``START_BACKLOG`` start the workers now.

        Their start pages come in together whatever the delay (a host's first
        request waits for no other host), and a start page is the most costly
        to parse (its links are read too). On a busy machine the busy rules
        saw this too late: the workers started after most of the start pages,
        and were still loading when a short crawl ended ("parsed 0 pages").
        """
        if hosts >= START_BACKLOG:
            self._start_now(f"{hosts} start hosts")

    def _start_now(self, reason: str) -> None:
        """Start the workers (once) for ``reason``, if any and inside an event loop."""
        if not self.size or self._starting is not None:
            return
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:
            return  # no event loop: no crawl to start workers for
        log.info("%s: starting %d parse workers", reason, self.size)
        self._starting = loop.create_task(self._start())

    async def _start(self) -> None:
        for _ in range(self.size):
            try:
                process = await asyncio.create_subprocess_exec(
                    sys.executable,
                    "-m",
                    "pipeline.parse_worker",
                    stdin=asyncio.subprocess.PIPE,
                    stdout=asyncio.subprocess.PIPE,
                    stderr=asyncio.subprocess.PIPE,
                    env={**os.environ, "PYTHONPATH": os.pathsep.join(p for p in sys.path if p)},
                )
            except OSError as exc:
                log.warning("parse worker not started (%s): parsing in the crawl process", exc)
                break
            _widen_pipe(process)
            worker = _Worker(process)
            worker.reader = asyncio.create_task(self._read(worker))
            worker.log_reader = asyncio.create_task(_log_stderr(process))
            self._workers.append(worker)

    async def __aexit__(self, *exc_info: object) -> None:
        await self.close()

    async def close(self) -> None:
        """Let the workers finish and exit (killed after a few seconds)."""
        if self._starting is not None:
            await asyncio.gather(self._starting, return_exceptions=True)
        if self._workers:
            log.info("parse workers parsed %d pages", self.parsed_remotely)
            self._say_why_none_helped()
        for worker in self._workers:
            stdin = worker.process.stdin
            if stdin is not None and not stdin.is_closing():
                stdin.close()
        for worker in self._workers:
            try:
                await asyncio.wait_for(worker.process.wait(), timeout=5)
            except TimeoutError:
                worker.process.kill()
                await worker.process.wait()
            for task in (worker.reader, worker.log_reader):
                if task is not None:
                    await asyncio.gather(task, return_exceptions=True)
        self._workers = []

    def _say_why_none_helped(self) -> None:
        """Report each worker that never said it was ready (it parsed nothing).

        A warning when it exited, or was still loading ``SLOW_START`` seconds after
        its start; a crawl that simply ended before the worker was ready is info.
        """
        for worker in self._workers:
            if worker.ready:
                continue
            code = worker.process.returncode
            loading = time.monotonic() - worker.started
            failed = code is not None or loading >= SLOW_START
            log.log(
                logging.WARNING if failed else logging.INFO,
                "parse worker %d, started %.1f s ago, never became ready (%s): it parsed no page",
                worker.process.pid,
                loading,
                "still loading the extractors when the crawl ended"
                if code is None
                else f"it exited with status {code}",
            )

    async def extract(self, page: Page, source: Source) -> Extraction | None:
        """``extract_page(page, source)`` run by a worker, or None when none took it.

        None means: parse it in this process (no worker ready or free, a
        parser that cannot be sent, a worker that died). Raises ``ParseError``
        as ``extract_page`` does (as ``RemoteParseError``), ``ParseTimeout``
        when the worker took longer than ``PARSE_TIMEOUT`` (it is killed), and
        ``RemoteCrash`` when the parser crashed in the worker.
        """
        job = self.submit(page, source)
        if job is None:
            return None
        return await self.result(job)

    async def extract_with_links(
        self, page: Page, source: Source
    ) -> tuple[Extraction, HtmlLinks] | None:
        """``extract``, and the page's links (``scraper.discover.html_links``) read by the worker.

        For a page whose links are followed (a start URL): the worker reads
        them, so this process does not parse the page a second time. None and
        the exceptions as ``extract``.
        """
        job = self.submit(page, source, links=True)
        if job is None:
            return None
        outcome = await self._outcome(job)
        if outcome is None:
            return None
        extraction, links = outcome
        assert links is not None
        return extraction, links

    def submit(self, page: Page, source: Source, *, links: bool = False) -> Job | None:
        """Send ``page`` to a worker now; None when none can take it (parse it here).

        ``result(job)`` then gives what ``extract`` would have; ``job.done()``
        says whether the worker has answered. ``links``: the worker reads the
        page's links too (see ``extract_with_links``).
        """
        worker = self._pick(source)
        if worker is None:
            return None
        request_id = next(self._ids)
        future: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()
        worker.waiting[request_id] = future
        try:
            self._send(worker, ("page", request_id, source.name, page, links))
        except (ConnectionError, _WorkerGone):
            worker.waiting.pop(request_id, None)
            return None
        return Job(worker, request_id, source.name, future)

    def room(self) -> bool:
        """Whether a ready worker has fewer than ``max_queued`` pages waiting."""
        return any(w.ready and w.alive and len(w.waiting) < self.max_queued for w in self._workers)

    async def result(self, job: Job) -> Extraction | None:
        """The extraction of a submitted page (see ``extract``; None: parse it here)."""
        outcome = await self._outcome(job)
        return None if outcome is None else outcome[0]

    async def _outcome(self, job: Job) -> tuple[Extraction, HtmlLinks | None] | None:
        """The extraction of a submitted page and the links it was asked for (None: not asked)."""
        try:
            if job.future.done():
                reply = job.future.result()
            else:
                reply = await asyncio.wait_for(job.future, PARSE_TIMEOUT)
        except (ConnectionError, _WorkerGone):
            job.worker.waiting.pop(job.request_id, None)
            return None
        except TimeoutError:
            # A parser stuck on one page: that worker goes (its other pages come
            # back to their callers), the page gets an error on its row.
            job.worker.waiting.pop(job.request_id, None)
            job.worker.process.kill()
            raise ParseTimeout(f"parsing took longer than {PARSE_TIMEOUT:.0f} s") from None
        status = reply[1]
        if status == "ok":
            self.parsed_remotely += 1
            return extraction_from_wire(reply[2]), reply[3]
        if status == "parse_error":
            raise RemoteParseError(reply[2], reply[3])
        if status == "crash":
            raise RemoteCrash(reply[2])
        # "unavailable": the worker could not rebuild this parser.
        self._local_only.add(job.source)
        return None

    def _pick(self, source: Source) -> _Worker | None:
        if source.name in self._local_only:
            return None
        ready = [w for w in self._workers if w.ready and w.alive]
        if not ready:
            return None
        worker = min(ready, key=lambda w: len(w.waiting))
        if len(worker.waiting) >= self.max_queued:
            return None
        if source.name not in worker.sources:
            try:
                blob = pickle.dumps(source, protocol=pickle.HIGHEST_PROTOCOL)
            except Exception:  # noqa: BLE001 - any parser that cannot travel is parsed here
                self._local_only.add(source.name)
                return None
            self._send(worker, ("source", source.name, blob))
            worker.sources.add(source.name)
        return worker

    def _send(self, worker: _Worker, message: object) -> None:
        stdin = worker.process.stdin
        if stdin is None or stdin.is_closing():
            raise _WorkerGone
        stdin.write(frame(message))

    async def _read(self, worker: _Worker) -> None:
        stdout = worker.process.stdout
        assert stdout is not None
        try:
            while True:
                header = await stdout.readexactly(HEADER.size)
                (size,) = HEADER.unpack(header)
                reply = pickle.loads(await stdout.readexactly(size))
                if reply[0] == "ready":
                    worker.ready = True
                    log.info(
                        "parse worker %d ready after %.1f s",
                        worker.process.pid,
                        time.monotonic() - worker.started,
                    )
                    continue
                future = worker.waiting.pop(reply[0], None)
                if future is not None and not future.done():
                    future.set_result(reply)
        except (asyncio.IncompleteReadError, ConnectionError, pickle.UnpicklingError):
            pass
        finally:
            worker.alive = False
            if worker.waiting:
                log.warning("a parse worker stopped: parsing its pages in the crawl process")
            for future in worker.waiting.values():
                if not future.done():
                    future.set_exception(_WorkerGone())
            worker.waiting.clear()


def _widen_pipe(process: asyncio.subprocess.Process) -> None:
    """Make the worker's request pipe hold ``PIPE_BYTES`` (the largest the system allows)."""
    if process.stdin is None or not hasattr(fcntl, "F_SETPIPE_SZ"):
        return
    pipe = process.stdin.transport.get_extra_info("pipe")
    if pipe is None:
        return
    for size in PIPE_BYTES:
        # Above /proc/sys/fs/pipe-max-size, or past the user's pipe quota: EPERM.
        with contextlib.suppress(OSError):
            fcntl.fcntl(pipe.fileno(), fcntl.F_SETPIPE_SZ, size)
            return


async def _log_stderr(process: asyncio.subprocess.Process) -> None:
    """A worker's stderr (a traceback if it dies) goes to the crawl's log, not the terminal."""
    assert process.stderr is not None
    while line := await process.stderr.readline():
        log.info("parse worker %d: %s", process.pid, line.decode("utf-8", "replace").rstrip())


@dataclass(frozen=True, slots=True)
class Job:
    """A page sent to a worker (``ParsePool.submit``), its answer still to be collected."""

    worker: _Worker
    request_id: int
    source: str
    future: asyncio.Future[tuple[Any, ...]]

    def done(self) -> bool:
        """Has the worker answered (or gone)?"""
        return self.future.done()


class _WorkerGone(Exception):
    """The worker a page was sent to exited before answering."""
