"""Several crawl workers sharing one database: leases, take-over, shared politeness."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator

import pytest
from dbfixtures import database_url, migrated_engine, postgres_server_url, postgres_url  # noqa: F401
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import models as m
from pipeline.fixture_site import serve_site
from pipeline.not_found import PROBE_PATH
from pipeline.store import DatabaseFrontier
from scraper.frontier import NewURL

URLS = [NewURL(f"https://news.example.edu/item/{i}", "uni", "page", 1) for i in range(60)]


def test_concurrent_leases_never_hand_out_a_url_twice(migrated_engine: Engine) -> None:  # noqa: F811
    DatabaseFrontier(migrated_engine).add(URLS)
    taken: list[list[str]] = [[], []]

    def worker(index: int) -> None:
        frontier = DatabaseFrontier(migrated_engine, owner=f"w{index}")
        while batch := frontier.lease(5):
            taken[index].extend(t.url_key for t in batch)
            for task in batch:
                frontier.complete(task)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    everything = taken[0] + taken[1]
    assert sorted(everything) == sorted({u.url for u in URLS})
    assert not set(taken[0]) & set(taken[1])


def test_a_dead_workers_lease_expires_and_another_takes_over(migrated_engine: Engine) -> None:  # noqa: F811
    DatabaseFrontier(migrated_engine).add(URLS[:3])
    dead = DatabaseFrontier(migrated_engine, owner="dead", lease_seconds=0.3)
    assert len(dead.lease(10)) == 3  # ... and never completes them
    alive = DatabaseFrontier(migrated_engine, owner="alive", lease_seconds=60)
    assert alive.lease(10) == []
    time.sleep(0.5)
    taken = alive.lease(10)
    assert sorted(t.url for t in taken) == sorted(u.url for u in URLS[:3])
    with Session(migrated_engine) as s:
        owners = set(s.scalars(select(m.FrontierURL.lease_owner)))
    assert owners and all(o.startswith("alive#") for o in owners)


@pytest.fixture
def pg_url(postgres_url: str) -> Iterator[str]:  # noqa: F811
    yield postgres_url


@pytest.mark.postgres
def test_two_crawl_processes_share_the_work_and_the_politeness(pg_url: str) -> None:
    delay = 0.15
    times: list[float] = []
    with serve_site(times=times) as (base_url, log):
        args = [sys.executable, "-m", "pipeline.cli", "--db", pg_url, "init"]
        subprocess.run(args, check=True, capture_output=True, timeout=60)
        crawl = [
            sys.executable,
            "-m",
            "pipeline.cli",
            "--db",
            pg_url,
            "crawl",
            "--start-url",
            base_url + "/",
            "--allow-private",
            "--delay",
            str(delay),
            "--per-host",
            "1",
        ]
        workers = [subprocess.Popen(crawl, stderr=subprocess.PIPE, text=True) for _ in range(2)]
        for proc in workers:
            _, err = proc.communicate(timeout=240)
            assert proc.returncode == 0, err
        requests = list(log)
    # robots.txt and each worker's probe for the not-found page are not pages; nor is
    # a conditional re-check of the start page or the sitemap ("C /", "C /sitemap.xml"):
    # a run that starts after the other stored them revisits its start URL and its
    # sitemaps, as every run does, with If-None-Match.
    revisits = ("/robots.txt", "C /", "C /sitemap.xml")
    counted = Counter(p for p in requests if p not in revisits and PROBE_PATH not in p)
    assert counted, "nothing was fetched"
    twice = [p for p, n in counted.items() if n > 1]
    assert not twice, f"fetched by both workers: {twice}"
    gaps = [b - a for a, b in zip(sorted(times), sorted(times)[1:], strict=False)]
    assert min(gaps) >= delay * 0.8, f"two requests to one host {min(gaps):.3f}s apart"
    from db.engine import make_engine

    engine = make_engine(pg_url)
    with Session(engine) as s:
        pages = s.scalar(select(func.count(m.Page.id)).where(m.Page.sha256.is_not(None)))
        articles = s.scalars(select(m.Article.url)).all()
    engine.dispose()
    assert pages == len(counted)
    assert len(articles) == len(set(articles))


def test_leases_take_turns_between_hosts(migrated_engine: Engine) -> None:  # noqa: F811
    frontier = DatabaseFrontier(migrated_engine)
    big = [NewURL(f"https://big.example.edu/n/{i}", "uni", "page", 1) for i in range(20)]
    small = [NewURL(f"https://small.example.org/n/{i}", "uni", "page", 1) for i in range(2)]
    frontier.add(big + small)
    hosts = Counter(t.url.split("/")[2] for t in frontier.lease(4))
    assert hosts == {"big.example.edu": 2, "small.example.org": 2}


def test_two_workers_creating_one_organisation_get_one_row(migrated_engine: Engine) -> None:  # noqa: F811
    from pipeline.store import organisation_id

    barrier = threading.Barrier(2)
    ids: list[int] = []
    errors: list[BaseException] = []

    def worker() -> None:
        try:
            with Session(migrated_engine) as s, s.begin():
                barrier.wait(timeout=10)
                ids.append(
                    organisation_id(
                        s,
                        "Delft University of Technology",
                        ("TU Delft", "Technische Universiteit Delft"),
                        "university",
                    )
                )
                time.sleep(0.2)  # hold the transaction open while the other one inserts
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=30)
    assert not errors, errors
    assert len(set(ids)) == 1
    with Session(migrated_engine) as s:
        assert s.scalar(select(func.count(m.Organisation.id))) == 1
        assert s.scalar(select(func.count(m.OrganisationAlias.id))) == 3
