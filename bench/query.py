"""Query latency on a large synthetic database, on SQLite and PostgreSQL.

Builds 100,000 articles, 20,000 organisations and 50,000 agreements (with
pages, aliases, mentions and parties), then times the named queries of
db/queries.py over repeated runs and prints p50/p95 plus the query plans.

    .venv/bin/python bench/query.py                 # both databases, 50 runs each
    .venv/bin/python bench/query.py --sqlite-only --runs 100
    .venv/bin/python bench/query.py --rebuild       # regenerate the data first

SQLite lives in bench/.work/query.db (reused when its row counts match).
PostgreSQL: a database ``campusnews_bench`` is created on the server of
$CAMPUSNEWS_BENCH_POSTGRES_URL (default: the local test server on port 54329)
and rebuilt on each run; when the server is unreachable that part is skipped
with a message. Loading goes through migration 0001, bulk inserts (executemany
on SQLite, COPY on PostgreSQL), then migration 0002, which builds the
full-text index and the query indexes in one pass, as an upgrade would.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Connection, Engine, create_engine, event, func, select, text  # noqa: E402
from sqlalchemy.engine import make_url  # noqa: E402
from sqlalchemy.exc import OperationalError  # noqa: E402

from db import models as m  # noqa: E402
from db import queries  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.migrate import needs_upgrade, upgrade  # noqa: E402
from scraper.keys import alias_key  # noqa: E402

WORK = ROOT / "bench" / ".work"
DEFAULT_POSTGRES = "postgresql+psycopg://campusnews:campusnews@127.0.0.1:54329/campusnews"
BENCH_DATABASE = "campusnews_bench"

ARTICLES = 100_000
ORGANISATIONS = 20_000
AGREEMENTS = 50_000
SOURCES = 20
BODY_WORDS = 90

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


def generate(seed: int = 7) -> dict[str, list[tuple]]:
    """All rows, as tuples in the column order of ``COLUMNS``."""
    rng = random.Random(seed)
    vocab = _words(rng)
    # Cumulative weights: random.choices would otherwise re-add them on every call.
    word_weights = list(accumulate(1 / (rank + 1) for rank in range(len(vocab))))
    now = datetime(2026, 1, 1, tzinfo=UTC)
    rows: dict[str, list[tuple]] = {name: [] for name in COLUMNS}
    rows["sources"] = [(i, f"source-{i:02d}") for i in range(1, SOURCES + 1)]
    rows["crawl_runs"] = [(1, now, now + timedelta(minutes=20), "ok", "", 0, 0, 0, 0, 0, 0)]
    seen_keys: set[str] = set()
    org_weights = []
    for org_id in range(1, ORGANISATIONS + 1):
        name = f"{' '.join(rng.choice(vocab[:800]).title() for _ in range(2))} Institute {org_id}"
        short = "".join(part[0] for part in name.split()[:2]).upper() + str(org_id)
        rows["organisations"].append((org_id, name, rng.choice(("university", "hospital", None))))
        for alias in (name, short, f"The {name}"):
            key = alias_key(alias)
            if key not in seen_keys:
                seen_keys.add(key)
                rows["organisation_aliases"].append((len(seen_keys), org_id, alias, key))
        org_weights.append(1 / org_id**0.9)
    org_ids = list(range(1, ORGANISATIONS + 1))
    org_weights = list(accumulate(org_weights))
    start = date(2015, 1, 1)
    for article_id in range(1, ARTICLES + 1):
        source_id = rng.randint(1, SOURCES)
        url = f"https://news.source-{source_id:02d}.example/{article_id}"
        published = start + timedelta(days=rng.randint(0, 4000))
        body = rng.choices(vocab, cum_weights=word_weights, k=BODY_WORDS)
        topic = rng.choice(TOPICS) if rng.random() < 0.3 else None
        if topic:
            body.insert(rng.randint(0, len(body)), topic)
        title = " ".join(rng.choices(vocab[:2000], k=6)).capitalize()
        if topic and rng.random() < 0.5:
            title += f" and {topic}"
        rows["pages"].append((article_id, url, url, source_id, 1, "article", 200, now, None, None))
        rows["articles"].append(
            (
                article_id,
                article_id,
                source_id,
                url,
                "article",
                title,
                published,
                "en",
                " ".join(body),
                now,
            )
        )
        for org_id in set(rng.choices(org_ids, cum_weights=org_weights, k=3)):
            rows["article_organisations"].append((article_id, org_id, ""))
    for agreement_id in range(1, AGREEMENTS + 1):
        article_id = rng.randint(1, ARTICLES)
        when = start + timedelta(days=rng.randint(0, 4000))
        rows["agreements"].append(
            (
                agreement_id,
                article_id,
                f"k{agreement_id}",
                rng.choice(AGREEMENT_TYPES),
                rng.choice(STATUSES),
                when.isoformat(),
                "day",
                "synthetic evidence",
                0.7,
            )
        )
        parties = set(rng.choices(org_ids, cum_weights=org_weights, k=rng.randint(2, 4)))
        while len(parties) < 2:
            parties.add(rng.choice(org_ids))
        rows["agreement_parties"].extend((agreement_id, org_id) for org_id in parties)
    return rows


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


def _sqlite_value(value: Any) -> Any:
    # The text SQLAlchemy itself writes for DateTime/Date columns on SQLite.
    if isinstance(value, datetime):
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")
    if isinstance(value, date):
        return value.isoformat()
    return value


def load(engine: Engine, rows: dict[str, list[tuple]]) -> None:
    """Bulk-insert ``rows`` into a schema at revision 0001."""
    table_columns = {c.name for c in m.Article.__table__.columns}
    with engine.begin() as conn:
        raw = conn.connection.dbapi_connection
        cursor = raw.cursor()
        for table, columns in COLUMNS.items():
            if table == "articles" and "kind" not in table_columns:
                keep = [i for i, name in enumerate(columns) if name != "kind"]
                columns = tuple(columns[i] for i in keep)
                data: Sequence[tuple] = [tuple(row[i] for i in keep) for row in rows[table]]
            else:
                data = rows[table]
            started = time.perf_counter()
            names = ", ".join(columns)
            if engine.dialect.name == "sqlite":
                marks = ", ".join("?" for _ in columns)
                cursor.executemany(
                    f"INSERT INTO {table} ({names}) VALUES ({marks})",
                    ([_sqlite_value(v) for v in row] for row in data),
                )
            else:
                with cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy:
                    for row in data:
                        copy.write_row(row)
            log(f"  {table}: {len(data):,} rows in {time.perf_counter() - started:.1f} s")
        cursor.close()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            for table in COLUMNS:
                if "id" in COLUMNS[table]:
                    conn.execute(
                        text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                             f"(SELECT max(id) FROM {table}))")
                    )  # fmt: skip


def build(engine: Engine) -> None:
    """Schema 0001, bulk data, then 0002 (views, full-text index, query indexes)."""
    started = time.perf_counter()
    upgrade(engine, "0001")
    rows = generate()
    log(f"  generated in {time.perf_counter() - started:.1f} s")
    load(engine, rows)
    step = time.perf_counter()
    upgrade(engine, "head")
    log(f"  upgrade to head (views, full-text index) in {time.perf_counter() - step:.1f} s")
    # VACUUM also fills PostgreSQL's visibility map, as autovacuum would on a
    # live database; without it index-only scans fall back to the heap.
    with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
        conn.execute(text("ANALYZE" if engine.dialect.name == "sqlite" else "VACUUM ANALYZE"))
    log(f"  built in {time.perf_counter() - started:.1f} s")


def _counts_match(engine: Engine) -> bool:
    """True when the database was built by this script at the current schema."""
    if needs_upgrade(engine):
        return False
    try:
        with engine.connect() as conn:
            articles = conn.execute(select(func.count()).select_from(m.Article)).scalar()
            agreements = conn.execute(select(func.count()).select_from(m.Agreement)).scalar()
            conn.execute(text("SELECT * FROM agreement_details LIMIT 1"))
    except OperationalError:
        return False
    return (articles, agreements) == (ARTICLES, AGREEMENTS)


# -- timing ---------------------------------------------------------------------------


def percentiles(samples: list[float]) -> tuple[float, float]:
    """p50 and p95 in milliseconds."""
    ordered = sorted(samples)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return statistics.median(ordered) * 1000, p95 * 1000


def timed(conn: Connection, runs: int, work: Callable[[int], Any]) -> tuple[float, float, int]:
    """Run ``work(i)`` ``runs`` times after one warm-up; p50, p95 and the last row count."""
    work(0)
    samples = []
    size = 0
    for i in range(runs):
        started = time.perf_counter()
        result = work(i)
        samples.append(time.perf_counter() - started)
        size = len(result)
    return (*percentiles(samples), size)


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


def run_suite(engine: Engine, runs: int, label: str) -> None:
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
            ("search (10 queries, limit 20)",
             lambda i: queries.search(conn, SEARCHES[i % len(SEARCHES)])),
            ("agreements by organisation, random alias",
             lambda i: queries.agreements(conn, org=picked[i])),
            ("agreements by organisation, top-10 org, limit 100",
             lambda i: queries.agreements(conn, org=top[i % len(top)], limit=100)),
            ("agreements by organisation, top-10 org, all rows",
             lambda i: queries.agreements(conn, org=top[i % len(top)])),
            ("organisations with counts, top 50",
             lambda i: queries.organisations(conn, limit=50)),
        ]  # fmt: skip
        print(f"\n== {label}: {ARTICLES:,} articles, {ORGANISATIONS:,} organisations, "
              f"{AGREEMENTS:,} agreements; {runs} runs each")  # fmt: skip
        print(f"{'query':<52} {'p50 ms':>8} {'p95 ms':>8} {'rows':>6}")
        for name, work in cases:
            p50, p95, size = timed(conn, runs, work)
            print(f"{name:<52} {p50:8.1f} {p95:8.1f} {size:6d}")
        print("\nQuery plans:")
        for name, work in (cases[0], cases[1], cases[4]):
            print(f"  {name}")
            for line in explain(engine, conn, lambda work=work: work(0)):
                print(line)


def sqlite_engine(rebuild: bool) -> Engine:
    WORK.mkdir(parents=True, exist_ok=True)
    path = WORK / "query.db"
    engine = make_engine(str(path))
    if rebuild or not _counts_match(engine):
        engine.dispose()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        log(f"building SQLite database {path}")
        engine = make_engine(str(path))
        build(engine)
    return engine


def postgres_engine() -> Engine | None:
    server = os.environ.get("CAMPUSNEWS_BENCH_POSTGRES_URL", DEFAULT_POSTGRES)
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    try:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{BENCH_DATABASE}" WITH (FORCE)'))
            conn.execute(text(f'CREATE DATABASE "{BENCH_DATABASE}"'))
    except OperationalError as exc:
        shown = make_url(server).render_as_string()
        print(f"\n== PostgreSQL skipped: {shown} unreachable ({str(exc.orig).strip()})")
        return None
    finally:
        admin.dispose()
    url = make_url(server).set(database=BENCH_DATABASE).render_as_string(hide_password=False)
    log(f"building PostgreSQL database {BENCH_DATABASE}")
    engine = make_engine(url)
    build(engine)
    return engine


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--rebuild", action="store_true", help="regenerate the SQLite data")
    parser.add_argument("--sqlite-only", action="store_true")
    args = parser.parse_args(argv)
    engine = sqlite_engine(args.rebuild)
    run_suite(engine, args.runs, f"SQLite {engine.dialect.dbapi.sqlite_version}")
    engine.dispose()
    if not args.sqlite_only:
        pg = postgres_engine()
        if pg is not None:
            with pg.connect() as conn:
                version = conn.execute(text("SHOW server_version")).scalar()
            run_suite(pg, args.runs, f"PostgreSQL {version}")
            pg.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
