"""Query latency on a large synthetic database, on SQLite and PostgreSQL.

Builds ``--size`` articles (default 100,000) with a fifth as many organisations
and half as many agreements (pages, aliases, mentions and parties included),
then times the named queries of db/queries.py over repeated runs and prints
p50/p95 wall and CPU time, plus the query plans. Results: bench/query.md.

    .venv/bin/python bench/query.py                          # both databases, 50 runs each
    .venv/bin/python bench/query.py --size 1000000 --runs 100
    .venv/bin/python bench/query.py --sqlite-only --rebuild  # regenerate the data first

SQLite lives in bench/.work/query-<size>.db, PostgreSQL in the database
``campusnews_bench_<size>`` on the server of $CAMPUSNEWS_BENCH_POSTGRES_URL
(default: the local test server on port 54329); both are reused when their
row counts match and upgraded when the schema is older. When the server is
unreachable the PostgreSQL part is skipped with a message. Loading goes
through migration 0001, bulk inserts (executemany on SQLite, COPY on
PostgreSQL), then the later migrations, which build the full-text index, the
query indexes and the maintained counts in one pass, as an upgrade would.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate, islice
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import OperationalError, ProgrammingError  # noqa: E402

from db import models as m  # noqa: E402
from db import queries  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.migrate import needs_upgrade, upgrade  # noqa: E402
from scraper.keys import alias_key  # noqa: E402

WORK = ROOT / "bench" / ".work"
DEFAULT_POSTGRES = "postgresql+psycopg://campusnews:campusnews@127.0.0.1:54329/campusnews"
BENCH_DATABASE = "campusnews_bench"

SOURCES = 20
# Bodies are composed of sentences drawn from a fixed pool of Zipf-worded
# sentences: cheap to generate at a million articles, realistic enough for
# the full-text index (about 2 KB and 300 words an article).
SENTENCES = 40_000
BODY_SENTENCES = (14, 26)


@dataclass(frozen=True)
class Sizes:
    """Row counts of one generated database: organisations and agreements scale with articles."""

    articles: int

    @property
    def organisations(self) -> int:
        return max(100, self.articles // 5)

    @property
    def agreements(self) -> int:
        return max(100, self.articles // 2)


# Topic words the searches use, mixed into bodies at different frequencies.
TOPICS = (
    "proton therapy",
    "quantum computing",
    "climate adaptation",
    "data science",
    "heart failure",
    "water management",
    "robotics",
    "archaeology",
    "microbiome",
    "energy transition",
    "vaccine research",
    "port logistics",
    "biodiversity",
    "artificial intelligence",
    "dementia",
    "hydrogen",
)
SEARCHES = (
    "proton therapy",
    "quantum",
    "climate adaptation",
    '"data science"',
    "heart failure OR dementia",
    "robotics -quantum",
    "microbiome",
    "hydrogen energy",
    "biodiversity",
    "port logistics",
)
AGREEMENT_TYPES = ("mou", "partnership", "alliance", "consortium", "collaboration", "agreement")
STATUSES = ("signed", "planned", "ongoing", "renewed", "ended")
SYLLABLES = ("ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "de", "an", "el", "or", "ist", "ven")


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


# -- data -----------------------------------------------------------------------------


def _words(rng: random.Random) -> list[str]:
    """A Zipf-ish vocabulary of made-up words: common ones first."""
    words: set[str] = set()
    while len(words) < 6000:
        words.add("".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))))
    return sorted(words, key=lambda word: (len(word), word))


def _source_of(article_id: int) -> int:
    return article_id * 7919 % SOURCES + 1


def generate(sizes: Sizes, seed: int = 7) -> dict[str, Iterator[tuple]]:
    """Rows of every table, as lazy iterators of tuples in the column order of ``COLUMNS``.

    Each table draws from its own seeded generator, so tables can be produced
    one after the other without holding a million articles in memory.
    """
    vocab = _words(random.Random(seed))
    # Cumulative weights: random.choices would otherwise re-add them on every call.
    word_weights = list(accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    org_weights = list(accumulate(1 / org_id**0.9 for org_id in range(1, sizes.organisations + 1)))
    org_ids = list(range(1, sizes.organisations + 1))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    start = date(2015, 1, 1)

    def organisation_names() -> Iterator[tuple[int, str, str]]:
        rng = random.Random(seed + 1)
        for org_id in org_ids:
            name = (
                f"{' '.join(rng.choice(vocab[:800]).title() for _ in range(2))} Institute {org_id}"
            )
            short = "".join(part[0] for part in name.split()[:2]).upper() + str(org_id)
            yield org_id, name, short

    def organisations() -> Iterator[tuple]:
        rng = random.Random(seed + 2)
        for org_id, name, _short in organisation_names():
            yield (org_id, name, rng.choice(("university", "hospital", None)))

    def aliases() -> Iterator[tuple]:
        seen: set[str] = set()
        for org_id, name, short in organisation_names():
            for alias in (name, short, f"The {name}"):
                key = alias_key(alias)
                if key not in seen:
                    seen.add(key)
                    yield (len(seen), org_id, alias, key)

    def pages() -> Iterator[tuple]:
        for article_id in range(1, sizes.articles + 1):
            source_id = _source_of(article_id)
            url = f"https://news.source-{source_id:02d}.example/{article_id}"
            yield (article_id, url, url, source_id, 1, "article", 200, now, None, None)

    def articles() -> Iterator[tuple]:
        rng = random.Random(seed + 3)
        pool = [
            " ".join(
                rng.choices(vocab, cum_weights=word_weights, k=rng.randint(8, 20))
            ).capitalize()
            + "."
            for _ in range(SENTENCES)
        ]
        for article_id in range(1, sizes.articles + 1):
            source_id = _source_of(article_id)
            url = f"https://news.source-{source_id:02d}.example/{article_id}"
            published = start + timedelta(days=rng.randint(0, 4000))
            body = rng.choices(pool, k=rng.randint(*BODY_SENTENCES))
            topic = rng.choice(TOPICS) if rng.random() < 0.3 else None
            if topic:
                body.insert(rng.randint(0, len(body)), f"It is about {topic}.")
            title = " ".join(rng.choices(vocab[:2000], k=6)).capitalize()
            if topic and rng.random() < 0.5:
                title += f" and {topic}"
            yield (article_id, article_id, source_id, url, "article", title, published, "en",
                   " ".join(body), now)  # fmt: skip

    def mentions() -> Iterator[tuple]:
        rng = random.Random(seed + 4)
        for article_id in range(1, sizes.articles + 1):
            for org_id in sorted(set(rng.choices(org_ids, cum_weights=org_weights, k=3))):
                yield (article_id, org_id, "")

    def agreements() -> Iterator[tuple]:
        rng = random.Random(seed + 5)
        for agreement_id in range(1, sizes.agreements + 1):
            when = start + timedelta(days=rng.randint(0, 4000))
            # One agreement in five has no date of its own: it sorts by its article's.
            day = when.isoformat() if rng.random() < 0.8 else None
            yield (agreement_id, rng.randint(1, sizes.articles), f"k{agreement_id}",
                   rng.choice(AGREEMENT_TYPES), rng.choice(STATUSES), day,
                   "day" if day else None, "synthetic evidence", 0.7)  # fmt: skip

    def parties() -> Iterator[tuple]:
        rng = random.Random(seed + 6)
        for agreement_id in range(1, sizes.agreements + 1):
            chosen = set(rng.choices(org_ids, cum_weights=org_weights, k=rng.randint(2, 4)))
            while len(chosen) < 2:
                chosen.add(rng.choice(org_ids))
            yield from ((agreement_id, org_id) for org_id in sorted(chosen))

    return {
        "sources": iter([(i, f"source-{i:02d}") for i in range(1, SOURCES + 1)]),
        "crawl_runs": iter([(1, now, now + timedelta(minutes=20), "ok", "", 0, 0, 0, 0, 0, 0)]),
        "organisations": organisations(),
        "organisation_aliases": aliases(),
        "pages": pages(),
        "articles": articles(),
        "article_organisations": mentions(),
        "agreements": agreements(),
        "agreement_parties": parties(),
    }


COLUMNS: dict[str, tuple[str, ...]] = {
    "sources": ("id", "name"),
    "crawl_runs": (
        "id", "started_at", "finished_at", "status", "sources", "pages_fetched", "pages_new",
        "pages_changed", "pages_not_modified", "robots_denied", "errors",
    ),
    "organisations": ("id", "name", "kind"),
    "organisation_aliases": ("id", "organisation_id", "alias", "alias_key"),
    "pages": (
        "id", "url_key", "url", "source_id", "crawl_run_id", "kind", "status", "fetched_at",
        "error_kind", "error",
    ),
    "articles": (
        "id", "page_id", "source_id", "url", "kind", "title", "published", "language",
        "body_text", "extracted_at",
    ),
    "article_organisations": ("article_id", "organisation_id", "surface_forms"),
    "agreements": (
        "id", "article_id", "identity_key", "type", "status", "date", "date_precision",
        "evidence", "confidence",
    ),
    "agreement_parties": ("agreement_id", "organisation_id"),
}  # fmt: skip


def batched(rows: Iterator[tuple], size: int) -> Iterator[list[tuple]]:
    """Lists of up to ``size`` rows (itertools.batched arrived in Python 3.12)."""
    while batch := list(islice(rows, size)):
        yield batch


def _sqlite_value(value: Any) -> Any:
    # The text SQLAlchemy itself writes for DateTime/Date columns on SQLite.
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load(engine: Engine, rows: dict[str, Iterator[tuple]]) -> None:
    """Bulk-insert ``rows`` into a schema at revision 0001."""
    with engine.begin() as conn:
        raw = conn.connection.dbapi_connection
        cursor = raw.cursor()
        for table, columns in COLUMNS.items():
            started = time.perf_counter()
            names = ", ".join(columns)
            count = 0
            if engine.dialect.name == "sqlite":
                marks = ", ".join("?" for _ in columns)
                for batch in batched(rows[table], 20_000):
                    cursor.executemany(
                        f"INSERT INTO {table} ({names}) VALUES ({marks})",
                        [[_sqlite_value(v) for v in row] for row in batch],
                    )
                    count += len(batch)
            else:
                with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
                        count += 1
            log(f"  {table}: {count:,} rows in {time.perf_counter() - started:.1f} s")
        cursor.close()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            for table in COLUMNS:
                if "id" in COLUMNS[table]:
                    conn.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"(SELECT max(id) FROM {table}))")
                    )  # fmt: skip


def build(engine: Engine, sizes: Sizes) -> None:
    """Schema 0001, bulk data, then every later migration, as an upgrade would run them."""
    started = time.perf_counter()
    upgrade(engine, "0001")
    load(engine, generate(sizes))
    step = time.perf_counter()
    upgrade(engine, "head")
    log(f"  upgrade to head (views, full-text index, query indexes) in "
        f"{time.perf_counter() - step:.1f} s")  # fmt: skip
    analyze(engine)
    log(f"  built in {time.perf_counter() - started:.1f} s")


def analyze(engine: Engine) -> None:
    """Planner statistics; on PostgreSQL VACUUM also fills the visibility map.

    Autovacuum would on a live database; without it index-only scans fall back to the heap.
    """
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE" if engine.dialect.name == "sqlite" else "VACUUM ANALYZE"))


def reuse(engine: Engine, sizes: Sizes) -> bool:
    """True when ``engine`` holds this script's data at ``sizes``; upgrades it to head if older."""
    try:
        with engine.connect() as conn:
            articles = conn.execute(select(func.count()).select_from(m.Article)).scalar()
            agreements = conn.execute(select(func.count()).select_from(m.Agreement)).scalar()
    except (OperationalError, ProgrammingError):
        return False
    if (articles, agreements) != (sizes.articles, sizes.agreements):
        return False
    if needs_upgrade(engine):
        started = time.perf_counter()
        upgrade(engine, "head")
        analyze(engine)
        log(f"  upgraded the cached database to head in {time.perf_counter() - started:.1f} s")
    return True


def build_records(engine: Engine) -> None:
    """The agreement records, as an upgrade of an older database builds them (once)."""
    from pipeline.records_store import build_missing_records

    started = time.perf_counter()
    report = build_missing_records(engine)
    if report is not None:
        analyze(engine)
        log(f"  {report.records:,} records built in {time.perf_counter() - started:.1f} s")


# -- timing ---------------------------------------------------------------------------


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(
    conn: Connection, runs: int, work: Callable[[int], Any]
) -> tuple[float, float, float, float, int]:
    """Run ``work(i)`` ``runs`` times after one warm-up.

    Returns wall p50 and p95, this process's CPU p50 and p95 (the whole query
    on SQLite, which runs in-process; only the client's share on PostgreSQL),
    and the last row count. On a shared machine CPU time is the steadier figure.
    """
    work(0)
    wall, cpu = [], []
    size = 0
    for i in range(runs):
        started, started_cpu = time.perf_counter(), time.process_time()
        result = work(i)
        cpu.append(time.process_time() - started_cpu)
        wall.append(time.perf_counter() - started)
        size = len(result)
    return (*percentiles(wall), *percentiles(cpu), size)


class Recorder:
    """Captures the SQL statements a query function sends, to EXPLAIN them."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.statements: list[tuple[str, Any]] = []

    def __enter__(self) -> Recorder:
        event.listen(self.engine, "before_cursor_execute", self._record)
        return self

    def __exit__(self, *_: object) -> None:
        event.remove(self.engine, "before_cursor_execute", self._record)

    def _record(self, _conn, _cursor, statement, parameters, _context, _many) -> None:
        self.statements.append((statement, parameters))


def explain(engine: Engine, conn: Connection, work: Callable[[], Any]) -> Iterator[str]:
    """Plan lines of every statement ``work`` runs (the main query first)."""
    with Recorder(engine) as recorder:
        work()
    raw = conn.connection.dbapi_connection
    for statement, parameters in recorder.statements[:4]:
        first = " ".join(statement.split())[:110]
        yield f"    -- {first}"
        cursor = raw.cursor()
        if engine.dialect.name == "sqlite":
            cursor.execute(f"EXPLAIN QUERY PLAN {statement}", parameters)
            for row in cursor.fetchall():
                yield f"       {row[3]}"
        else:
            cursor.execute(f"EXPLAIN {statement}", parameters)
            for (line,) in cursor.fetchall():
                yield f"       {line}"
        cursor.close()


def old_records(conn: Connection, org: str, limit: int) -> list[dict[str, Any]]:
    """``queries.records(conn, org=org, limit=limit)`` with the selection used before 0010.

    Every record with a mention ``org`` is party to, sorted by its newest date
    before the limit (the peer of the maintained key); the page's records are
    then read as the new code reads them, so the two differ only in the selection.
    """
    rec, rm, party = m.AgreementRecord, m.RecordMention, m.AgreementParty
    newest = func.coalesce(rec.last_date, rec.first_date)
    oid = queries.organisation_id(conn, org)
    ids = conn.execute(
        select(rec.id)
        .where(
            rec.id.in_(
                select(rm.record_id)
                .join(party, party.agreement_id == rm.agreement_id)
                .where(party.organisation_id == oid)
            )
        )
        .order_by(newest.desc().nulls_last(), rec.id.desc())
        .limit(limit)
    ).scalars()
    return queries.records(conn, ids=list(ids), limit=limit)


def run_suite(engine: Engine, sizes: Sizes, runs: int, label: str) -> None:
    """Time the three query families and print results and plans."""
    rng = random.Random(11)
    with engine.connect() as conn:
        # Aliases of organisations that are party to at least one agreement.
        aliases = [
            row[0]
            for row in conn.execute(
                select(m.OrganisationAlias.alias)
                .where(
                    m.OrganisationAlias.organisation_id.in_(
                        select(m.AgreementParty.organisation_id)
                    )
                )
                .order_by(m.OrganisationAlias.id)
            )
        ]
        top = [
            row[0]
            for row in conn.execute(
                select(m.Organisation.name)
                .where(m.Organisation.id <= 10)
                .order_by(m.Organisation.id)
            )
        ]
        picked = [rng.choice(aliases) for _ in range(runs)]
        cases: list[tuple[str, Callable[[int], Any]]] = [
            ("search, recent (default; 10 queries, limit 20)",
             lambda i: queries.search(conn, SEARCHES[i % len(SEARCHES)])),
            ("search, relevance (10 queries, limit 20)",
             lambda i: queries.search(conn, SEARCHES[i % len(SEARCHES)], order="relevance")),
            ("agreements by organisation, random alias",
             lambda i: queries.agreements(conn, org=picked[i])),
            ("agreements by organisation, random alias, limit 100",
             lambda i: queries.agreements(conn, org=picked[i], limit=100)),
            ("agreements by organisation, top-10 org, limit 100",
             lambda i: queries.agreements(conn, org=top[i % len(top)], limit=100)),
            ("organisations with counts, top 50",
             lambda i: queries.organisations(conn, limit=50)),
        ]  # fmt: skip
        if conn.scalar(text("SELECT count(*) FROM records")):
            # `query agreements --org X --limit 100`: agreement records (--records).
            cases += [
                ("records of an organisation, random alias, limit 100",
                 lambda i: queries.records(conn, org=picked[i], limit=100)),
                ("records of an organisation, top-10 org, limit 100",
                 lambda i: queries.records(conn, org=top[i % len(top)], limit=100)),
                ("  peer: the same, selected as before 0010",
                 lambda i: old_records(conn, top[i % len(top)], 100)),
            ]  # fmt: skip
        print(f"\n== {label}: {sizes.articles:,} articles, {sizes.organisations:,} "
              f"organisations, {sizes.agreements:,} agreements; {runs} runs each")  # fmt: skip
        print(f"{'query':<52} {'p50 ms':>8} {'p95 ms':>8} {'cpu p50':>8} {'cpu p95':>8} "
              f"{'rows':>6}")  # fmt: skip
        for name, work in cases:
            p50, p95, cpu50, cpu95, size = timed(conn, runs, work)
            print(f"{name:<52} {p50:8.1f} {p95:8.1f} {cpu50:8.1f} {cpu95:8.1f} {size:6d}",
                  flush=True)  # fmt: skip
        print("\nQuery plans:")
        # The records' top-10 listing too, when --records built them.
        for name, work in (cases[0], cases[1], cases[4], cases[5], *cases[7:8]):
            print(f"  {name}")
            for line in explain(engine, conn, lambda work=work: work(0)):
                print(line)


def sqlite_engine(sizes: Sizes, rebuild: bool) -> Engine:
    """The cached SQLite database of ``sizes`` in bench/.work, built when missing."""
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / f"query-{sizes.articles}.db"
    engine = make_engine(str(path))
    if rebuild or not reuse(engine, sizes):
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        log(f"building SQLite database {path}")
        engine = make_engine(str(path))
        build(engine, sizes)
    return engine


def postgres_engine(sizes: Sizes, rebuild: bool, database: str | None = None) -> Engine | None:
    """The PostgreSQL database of ``sizes`` (``campusnews_bench_<articles>``), kept between runs."""
    server = os.environ.get("CAMPUSNEWS_BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    database = database or f"{BENCH_DATABASE}_{sizes.articles}"
    url = make_url(server).set(database=database).render_as_string(hide_password=False)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": database}
            ).scalar()
            if exists and not rebuild:
                engine = make_engine(url)
                if reuse(engine, sizes):
                    return engine
                engine.dispose()
            conn.execute(text(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{database}"'))
    except OperationalError as exc:
        shown = make_url(server).render_as_string()
        print(f"\n== PostgreSQL skipped: {shown} unreachable ({str(exc.orig).strip()})")
        return None
    finally:
        admin.dispose()
    log(f"building PostgreSQL database {database}")
    engine = make_engine(url)
    build(engine, sizes)
    return engine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--size", type=int, default=100_000,
        help="articles; organisations are a fifth of it, agreements half (default 100,000)",
    )  # fmt: skip
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the data first")
    parser.add_argument("--sqlite-only", action="store_true")
    parser.add_argument("--postgres-only", action="store_true")
    parser.add_argument(
        "--records", action="store_true",
        help="build the agreement records first (once; slow at a million) and time their listing",
    )  # fmt: skip
    parser.add_argument(
        "--postgres-database", metavar="NAME",
        help=f"the PostgreSQL database to build or reuse (default {BENCH_DATABASE}_<size>)",
    )  # fmt: skip
    args = parser.parse_args(argv)
    if args.size < 100:
        print("error: --size must be at least 100", file=sys.stderr)
        return 2
    sizes = Sizes(args.size)
    log(f"machine load before the runs: {os.getloadavg()[0]:.2f} {os.getloadavg()[1]:.2f} "
        f"{os.getloadavg()[2]:.2f} (1, 5, 15 min)")  # fmt: skip
    if not args.postgres_only:
        engine = sqlite_engine(sizes, args.rebuild)
        if args.records:
            build_records(engine)
        print(f"load average before SQLite runs: {os.getloadavg()[0]:.2f}")
        run_suite(engine, sizes, args.runs, f"SQLite {engine.dialect.dbapi.sqlite_version}")
        engine.dispose()
    if not args.sqlite_only:
        pg = postgres_engine(sizes, args.rebuild, args.postgres_database)
        if pg is not None:
            if args.records:
                build_records(pg)
            with pg.connect() as conn:
                version = conn.execute(text("SHOW server_version")).scalar()
            print(f"load average before PostgreSQL runs: {os.getloadavg()[0]:.2f}")
            run_suite(pg, sizes, args.runs, f"PostgreSQL {version}")
            pg.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
