"""Database fixtures: fresh SQLite and PostgreSQL databases, and a small realistic data set.

Fixtures (import them into conftest.py or a test module):

- ``postgres_server_url``: the server from ``$CAMPUSNEWS_TEST_POSTGRES_URL``.
  Unset or unreachable: the test is skipped, unless ``$CAMPUSNEWS_REQUIRE_POSTGRES=1``
  (CI), where it fails instead.
- ``postgres_url``: a brand-new, empty PostgreSQL database on that server,
  dropped after the test, so tests never see each other's rows.
- ``database_url``: an empty database, parametrised over ``sqlite`` and ``postgres``.
- ``migrated_engine``: an engine on ``database_url`` with every migration applied.
- ``filled_engine``: ``migrated_engine`` holding the data set of ``fill_database``.
- ``shared_filled_engine``: the same data, one database per test module and
  dialect, for tests that only read (much faster on PostgreSQL).

``fill_database(engine)`` writes the data set through the ORM models, the way
the pipeline's writer does; ``ORGANISATIONS`` and ``ARTICLES`` describe it.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, create_engine, insert, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db import models as m
from db.engine import make_engine
from db.migrate import upgrade
from pipeline.records_store import rebuild_records
from scraper.keys import alias_key

POSTGRES_URL_ENV = "CAMPUSNEWS_TEST_POSTGRES_URL"
REQUIRE_POSTGRES_ENV = "CAMPUSNEWS_REQUIRE_POSTGRES"

FETCHED = datetime(2025, 2, 1, 6, 30, tzinfo=UTC)

# name -> (kind, aliases). Naturalis has no alias rows at all, so lookups must
# also work on canonical names alone.
ORGANISATIONS: dict[str, tuple[str | None, tuple[str, ...]]] = {
    "Leiden University": ("university", ("Leiden University", "Universiteit Leiden")),
    "Erasmus University Rotterdam": (
        "university",
        ("Erasmus University Rotterdam", "EUR", "Erasmus Universiteit Rotterdam"),
    ),
    "Delft University of Technology": (
        "university",
        ("Delft University of Technology", "TU Delft", "Technische Universiteit Delft"),
    ),
    "Erasmus MC": ("hospital", ("Erasmus MC", "Erasmus Medical Center")),
    "Leiden University Medical Center": (
        "hospital",
        ("Leiden University Medical Center", "LUMC"),
    ),
    "Holland Proton Therapy Centre": ("hospital", ("Holland Proton Therapy Centre", "HollandPTC")),
    "Université de Montréal": ("university", ("Université de Montréal", "UdeM")),
    "Naturalis Biodiversity Center": ("museum", ()),
}

# Each article: source, slug, published, language, title, body, organisations,
# agreements as (type, status, date, precision, parties, evidence).
ARTICLES: tuple[dict, ...] = (
    {
        "source": "leiden",
        "slug": "medical-data-science-ties",
        "published": date(2024, 3, 12),
        "language": "en",
        "title": "Leiden and Rotterdam join forces on medical data science",
        "body": (
            "Leiden University and EUR signed a collaboration agreement on 11 March 2024 "
            "covering shared doctoral training in medical data science.\n\n"
            "The LUMC and Erasmus MC continue their partnership on clinical data platforms."
        ),
        "organisations": (
            "Leiden University",
            "Erasmus University Rotterdam",
            "Leiden University Medical Center",
            "Erasmus MC",
        ),
        "agreements": (
            (
                "collaboration",
                "signed",
                "2024-03-11",
                "day",
                ("Leiden University", "Erasmus University Rotterdam"),
                "Leiden University and EUR signed a collaboration agreement on 11 March 2024",
            ),
            (
                "partnership",
                "ongoing",
                None,
                None,
                ("Leiden University Medical Center", "Erasmus MC"),
                "The LUMC and Erasmus MC continue their partnership",
            ),
        ),
    },
    {
        "source": "tudelft",
        "slug": "proton-therapy-consortium",
        "published": date(2023, 6, 1),
        "language": "en",
        "title": "TU Delft joins proton therapy research consortium",
        "body": (
            "TU Delft, HollandPTC, the LUMC and Erasmus MC formed a consortium in May 2023 "
            "to study proton therapy for head and neck tumours.\n\n"
            "Engineers in Delft will build new beam monitoring instruments."
        ),
        "organisations": (
            "Delft University of Technology",
            "Holland Proton Therapy Centre",
            "Leiden University Medical Center",
            "Erasmus MC",
        ),
        "agreements": (
            (
                "consortium",
                "signed",
                "2023-05",
                "month",
                (
                    "Delft University of Technology",
                    "Holland Proton Therapy Centre",
                    "Leiden University Medical Center",
                    "Erasmus MC",
                ),
                "TU Delft, HollandPTC, the LUMC and Erasmus MC formed a consortium in May 2023",
            ),
        ),
    },
    {
        "source": "erasmusmc",
        "slug": "einde-samenwerking-beeldvorming",
        "published": date(2022, 11, 20),
        "language": "nl",
        "title": "Erasmus MC en TU Delft beëindigen samenwerking in beeldvorming",
        "body": (
            "Erasmus MC en de TU Delft beëindigen in 2022 hun samenwerking rond "
            "medische beeldvorming; het onderzoek gaat verder binnen bestaande afdelingen."
        ),
        "organisations": ("Erasmus MC", "Delft University of Technology"),
        "agreements": (
            (
                "termination",
                "ended",
                "2022",
                "year",
                ("Erasmus MC", "Delft University of Technology"),
                "Erasmus MC en de TU Delft beëindigen in 2022 hun samenwerking",
            ),
        ),
    },
    {
        "source": "leiden",
        "slug": "memorandum-montreal",
        "published": date(2025, 1, 15),
        "language": "en",
        "title": "Leiden University signs memorandum with Université de Montréal",
        "body": (
            "On 14 January 2025 Leiden University and the Université de Montréal signed a "
            'memorandum of understanding on student exchange and "joint supervision".'
        ),
        "organisations": ("Leiden University", "Université de Montréal"),
        "agreements": (
            (
                "mou",
                "signed",
                "2025-01-14",
                "day",
                ("Leiden University", "Université de Montréal"),
                "Leiden University and the Université de Montréal signed a memorandum",
            ),
        ),
    },
    {
        "source": "leiden",
        "slug": "naturalis-research-wing",
        "published": None,
        "language": "en",
        "title": "Naturalis opens a new research wing",
        "body": (
            "Naturalis Biodiversity Center opened a research wing where Leiden University "
            "biologists study insect collections."
        ),
        "organisations": ("Naturalis Biodiversity Center", "Leiden University"),
        "agreements": (),
    },
    {
        "source": "tudelft",
        "slug": "joint-master-rotterdam",
        "published": date(2021, 9, 3),
        "language": "en",
        "title": "Delft and Rotterdam plan a joint master programme",
        "body": (
            "TU Delft and Erasmus University Rotterdam plan a joint master programme in "
            "port logistics, starting in September 2022."
        ),
        "organisations": ("Delft University of Technology", "Erasmus University Rotterdam"),
        "agreements": (
            (
                "joint_programme",
                "planned",
                "2022-09",
                "month",
                ("Delft University of Technology", "Erasmus University Rotterdam"),
                "TU Delft and Erasmus University Rotterdam plan a joint master programme",
            ),
        ),
    },
)

SOURCES = ("erasmusmc", "leiden", "tudelft")


def insert_articles(
    conn: Connection, count: int, fetched_at: datetime, columns: Callable[[int], dict[str, object]]
) -> None:
    """Source 1 ("uni") and articles 1 to ``count``, each on its own page of
    news.example.edu; ``columns(i)`` gives article i's other columns."""
    conn.execute(insert(m.Source.__table__), [{"id": 1, "name": "uni"}])
    for i in range(1, count + 1):
        url = f"https://news.example.edu/{i}"
        conn.execute(
            insert(m.Page.__table__),
            {"id": i, "url_key": url, "url": url, "source_id": 1, "fetched_at": fetched_at},
        )
        conn.execute(
            insert(m.Article.__table__),
            {"id": i, "page_id": i, "source_id": 1, "url": url, "extracted_at": fetched_at,
             **columns(i)},
        )  # fmt: skip


def fill_database(engine: Engine) -> None:
    """Write the data set (sources, a crawl run, pages, articles, entities) into ``engine``."""
    with Session(engine) as session, session.begin():
        sources = {name: m.Source(name=name) for name in SOURCES}
        run = m.CrawlRun(
            started_at=FETCHED,
            finished_at=FETCHED.replace(minute=45),
            status="ok",
            sources=",".join(SOURCES),
        )
        orgs = {
            name: m.Organisation(name=name, kind=kind) for name, (kind, _) in ORGANISATIONS.items()
        }
        session.add_all([*sources.values(), run, *orgs.values()])
        session.flush()
        for name, (_, aliases) in ORGANISATIONS.items():
            session.add_all(
                m.OrganisationAlias(
                    organisation_id=orgs[name].id, alias=alias, alias_key=alias_key(alias)
                )
                for alias in aliases
            )
        for spec in ARTICLES:
            source_id = sources[spec["source"]].id
            url = f"https://news.{spec['source']}.example/{spec['slug']}"
            page = _page(url, source_id, run.id, status=200)
            session.add(page)
            session.flush()
            article = m.Article(
                page_id=page.id,
                source_id=source_id,
                url=url,
                title=spec["title"],
                published=spec["published"],
                language=spec["language"],
                body_text=spec["body"],
                extracted_at=FETCHED,
            )
            session.add(article)
            session.flush()
            session.add_all(
                m.ArticleOrganisation(article_id=article.id, organisation_id=orgs[name].id)
                for name in spec["organisations"]
            )
            for position, (kind, status, when, precision, parties, evidence) in enumerate(
                spec["agreements"]
            ):
                agreement = m.Agreement(
                    article_id=article.id,
                    identity_key=f"{spec['slug']}-{position}",
                    type=kind,
                    status=status,
                    date=when,
                    date_precision=precision,
                    evidence=evidence,
                    confidence=0.8,
                )
                session.add(agreement)
                session.flush()
                session.add_all(
                    m.AgreementParty(agreement_id=agreement.id, organisation_id=orgs[party].id)
                    for party in parties
                )
        broken = _page(
            "https://news.tudelft.example/broken", sources["tudelft"].id, run.id, status=503
        )
        broken.error_kind = "fetch"
        broken.error = "HTTP 503"
        session.add(broken)
        session.flush()
        # The agreement records, as the end of a crawl run builds them.
        rebuild_records(session, run_id=run.id)


def _page(url: str, source_id: int, run_id: int, *, status: int) -> m.Page:
    return m.Page(
        url_key=url,
        url=url,
        source_id=source_id,
        crawl_run_id=run_id,
        kind="article",
        status=status,
        fetched_at=FETCHED,
    )


def _postgres_server_url() -> str:
    url = os.environ.get(POSTGRES_URL_ENV)
    required = os.environ.get(REQUIRE_POSTGRES_ENV) == "1"
    if not url:
        if required:
            pytest.fail(f"{REQUIRE_POSTGRES_ENV}=1 but {POSTGRES_URL_ENV} is not set")
        pytest.skip(f"PostgreSQL tests need {POSTGRES_URL_ENV}")
    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except OperationalError as exc:
        message = f"PostgreSQL at {make_url(url).render_as_string()} unreachable: {exc.orig}"
        if required:
            pytest.fail(message)
        pytest.skip(message)
    finally:
        engine.dispose()
    return url


@pytest.fixture(scope="session")
def postgres_server_url() -> str:
    """The test PostgreSQL server URL; skips (or fails under CI) when there is none."""
    return _postgres_server_url()


@contextmanager
def _postgres_database(server_url: str) -> Iterator[str]:
    """Create a uniquely named database on the server; drop it on exit."""
    name = f"campusnews_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_server_url: str) -> Iterator[str]:
    """A new empty PostgreSQL database for one test, dropped afterwards."""
    with _postgres_database(postgres_server_url) as url:
        yield url


DIALECTS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=DIALECTS)
def database_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database: a SQLite file in tmp_path, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'campusnews.db'}"
    return request.getfixturevalue("postgres_url")


@pytest.fixture
def migrated_engine(database_url: str) -> Iterator[Engine]:
    """An engine on ``database_url`` with the schema at the newest migration."""
    engine = make_engine(database_url)
    upgrade(engine)
    yield engine
    engine.dispose()


@pytest.fixture
def filled_engine(migrated_engine: Engine) -> Engine:
    """``migrated_engine`` holding the ``fill_database`` data set; the test may change it."""
    fill_database(migrated_engine)
    return migrated_engine


@pytest.fixture(scope="module", params=DIALECTS)
def shared_filled_engine(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Engine]:
    """One filled database per test module and dialect, for tests that only read.

    Creating a PostgreSQL database costs about a second on a busy server, so
    read-only tests share this one; tests that write use ``filled_engine``.
    """
    with ExitStack() as stack:
        if request.param == "sqlite":
            url = f"sqlite:///{tmp_path_factory.mktemp('shared') / 'campusnews.db'}"
        else:
            server = request.getfixturevalue("postgres_server_url")
            url = stack.enter_context(_postgres_database(server))
        engine = make_engine(url)
        stack.callback(engine.dispose)
        upgrade(engine)
        fill_database(engine)
        yield engine
