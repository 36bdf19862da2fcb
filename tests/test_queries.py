"""db.queries on SQLite and PostgreSQL, against the small data set of tests/dbfixtures.py."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from sqlalchemy import Engine, delete, func, select, update
from sqlalchemy.orm import Session

from db import models as m
from db import queries
from db.engine import make_engine

# Fixtures database_url, migrated_engine, filled_engine, postgres_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


def _titles(rows):
    return [row["title"] for row in rows]


# -- articles -------------------------------------------------------------------


def test_articles_newest_first_with_counts_and_stable_columns(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.articles(conn)
    assert [list(row) for row in rows] == [list(queries.ARTICLE_COLUMNS)] * len(rows)
    published = [row["published"] for row in rows]
    assert published[-1] is None, "undated articles come last"
    assert published[:-1] == sorted(published[:-1], reverse=True)
    first = rows[1]
    assert first["title"] == "Leiden and Rotterdam join forces on medical data science"
    assert (first["source"], first["organisations"], first["agreements"]) == ("leiden", 4, 2)


@pytest.mark.parametrize(
    ("since", "expected"),
    [("2024", 2), ("2024-03", 2), ("2024-03-13", 1), ("2025-01-15", 1), ("2026", 0)],
)
def test_articles_since_accepts_year_month_day(
    shared_filled_engine: Engine, since, expected
) -> None:
    with shared_filled_engine.connect() as conn:
        assert len(queries.articles(conn, since=since)) == expected


def test_articles_filters_source_language_and_limit(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        assert {row["source"] for row in queries.articles(conn, source="tudelft")} == {"tudelft"}
        dutch = queries.articles(conn, lang="nl")
        assert len(queries.articles(conn, limit=2)) == 2
        with pytest.raises(queries.QueryError, match="did you mean 'tudelft'"):
            queries.articles(conn, source="tudelf")
    assert _titles(dutch) == ["Erasmus MC en TU Delft beëindigen samenwerking in beeldvorming"]


@pytest.mark.parametrize("value", ["24", "2024-13", "2024-02-30", "last week", "2024/05"])
def test_parse_since_rejects_other_shapes(value) -> None:
    with pytest.raises(queries.QueryError, match="since"):
        queries.parse_since(value)


def test_parse_since_keeps_precision() -> None:
    assert queries.parse_since("2020") == (date(2020, 1, 1), "2020")
    assert queries.parse_since("2020-05") == (date(2020, 5, 1), "2020-05")
    assert queries.parse_since("2020-05-07") == (date(2020, 5, 7), "2020-05-07")


# -- organisations ----------------------------------------------------------------


def test_organisations_have_aliases_and_counts(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.organisations(conn)
    assert list(rows[0]) == list(queries.ORGANISATION_COLUMNS)
    by_name = {row["name"]: row for row in rows}
    eur = by_name["Erasmus University Rotterdam"]
    assert eur["aliases"] == "EUR; Erasmus Universiteit Rotterdam"
    assert (eur["articles"], eur["agreements"]) == (2, 2)
    assert by_name["Naturalis Biodiversity Center"]["aliases"] == ""
    counts = [(row["agreements"], row["articles"]) for row in rows]
    assert counts == sorted(counts, reverse=True)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("EUR", {"Erasmus University Rotterdam"}),
        ("montreal", {"Université de Montréal"}),
        ("leiden", {"Leiden University", "Leiden University Medical Center"}),
        ("Naturalis", {"Naturalis Biodiversity Center"}),
        ("%", set()),
    ],
)
def test_organisations_name_filter_matches_names_and_aliases(
    shared_filled_engine: Engine, name, expected
) -> None:
    with shared_filled_engine.connect() as conn:
        found = {row["name"] for row in queries.organisations(conn, name=name)}
    assert found == expected


# -- agreements -------------------------------------------------------------------


def test_agreements_columns_and_sorted_parties(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.agreements(conn)
    assert list(rows[0]) == list(queries.AGREEMENT_COLUMNS)
    consortium = next(row for row in rows if row["type"] == "consortium")
    assert consortium["parties"] == (
        "Delft University of Technology; Erasmus MC; Holland Proton Therapy Centre; "
        "Leiden University Medical Center"
    )
    assert consortium["source"] == "tudelft"
    assert consortium["published"] == date(2023, 6, 1)
    assert rows[0]["type"] == "mou", "newest first"


@pytest.mark.parametrize(
    "name",
    ["EUR", "Erasmus University Rotterdam", "erasmus university rotterdam", "the EUR's", "EUR."],
)
def test_agreements_org_by_any_alias(shared_filled_engine: Engine, name) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.agreements(conn, org=name)
    assert sorted(row["type"] for row in rows) == ["collaboration", "joint_programme"]


def test_agreements_org_by_canonical_name_without_alias_rows(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        assert queries.agreements(conn, org="naturalis biodiversity center") == []
        assert queries.organisation_id(conn, "Naturalis Biodiversity Center") > 0


def test_agreements_between_two_organisations(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.agreements(conn, org="Erasmus MC", with_org="TU Delft")
        both_ways = queries.agreements(conn, org="TU Delft", with_org="Erasmus MC")
    assert sorted(row["type"] for row in rows) == ["consortium", "termination"]
    assert rows == both_ways


def test_unknown_organisation_lists_close_matches(shared_filled_engine: Engine) -> None:
    with (
        shared_filled_engine.connect() as conn,
        pytest.raises(queries.UnknownOrganisation) as caught,
    ):
        queries.agreements(conn, org="Erasmus Univ Rotterdam")
    assert "Erasmus University Rotterdam" in caught.value.suggestions
    assert "did you mean" in str(caught.value)


def test_agreements_filter_type_status_since_limit(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        assert [r["type"] for r in queries.agreements(conn, type="mou")] == ["mou"]
        assert [r["type"] for r in queries.agreements(conn, status="ended")] == ["termination"]
        since_2024 = queries.agreements(conn, since="2024")
        since_month = queries.agreements(conn, since="2023-05")
        assert len(queries.agreements(conn, limit=3)) == 3
    # The undated partnership counts by its article's publication date (2024-03-12).
    assert sorted(r["type"] for r in since_2024) == ["collaboration", "mou", "partnership"]
    assert "consortium" in {r["type"] for r in since_month}
    assert "joint_programme" not in {r["type"] for r in since_month}


# -- search -----------------------------------------------------------------------


def test_search_ranks_and_marks_hits(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.search(conn, "proton therapy")
    assert list(rows[0]) == list(queries.SEARCH_COLUMNS)
    assert _titles(rows) == ["TU Delft joins proton therapy research consortium"]
    assert "[proton]" in rows[0]["snippet"]
    assert rows[0]["published"] == date(2023, 6, 1)


def test_search_prefers_title_matches(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        rows = queries.search(conn, "Leiden", order="relevance")
    ranks = [row["rank"] for row in rows]
    assert ranks == sorted(ranks, reverse=True)
    assert rows[0]["title"].startswith("Leiden")
    assert "Naturalis opens a new research wing" in _titles(rows)


@pytest.mark.parametrize(
    ("terms", "expected"),
    [
        ('"proton therapy"', 1),
        ('"therapy proton"', 0),
        ("memorandum OR consortium", 2),
        ("consortium -proton", 0),
        ("beëindigen samenwerking", 1),
        ("TU-Delft: consortium", 1),
        ("data science", 1),
    ],
)
def test_search_syntax(shared_filled_engine: Engine, terms, expected) -> None:
    with shared_filled_engine.connect() as conn:
        assert len(queries.search(conn, terms)) == expected


def test_search_lists_the_latest_stored_first_by_default(shared_filled_engine: Engine) -> None:
    """The default order is the article id descending; relevance is asked for by name."""
    with shared_filled_engine.connect() as conn:
        recent = queries.search(conn, "Leiden")
        by_relevance = queries.search(conn, "Leiden", order="relevance")
        assert queries.search(conn, "Leiden", order="recent") == recent
    ids = [row["id"] for row in recent]
    assert len(ids) > 2
    assert ids == sorted(ids, reverse=True)
    assert sorted(ids) == sorted(row["id"] for row in by_relevance), "the same matches"
    assert [row["id"] for row in by_relevance] != ids, "the data set tells the orders apart"
    by_id = {row["id"]: row["rank"] for row in by_relevance}
    assert [row["rank"] for row in recent] == [by_id[i] for i in ids], "the same ranks"


def test_search_refuses_an_unknown_order(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn, pytest.raises(queries.QueryError, match="order"):
        queries.search(conn, "Leiden", order="newest")


def test_search_limit_and_empty_terms(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        assert len(queries.search(conn, "Leiden", limit=1)) == 1
        with pytest.raises(queries.QueryError):
            queries.search(conn, "  ")


def test_search_follows_inserts_updates_and_deletes(filled_engine: Engine) -> None:
    with Session(filled_engine) as session, session.begin():
        page = session.scalars(select(m.Page).where(m.Page.url.endswith("broken"))).one()
        article = m.Article(
            page_id=page.id,
            source_id=page.source_id,
            url=page.url,
            title="Quantum hub",
            body_text="A hub for cold-atom sensors opens in Delft.",
            extracted_at=datetime(2025, 2, 2, tzinfo=UTC),
        )
        session.add(article)
        session.flush()
        article_id = article.id
    with filled_engine.connect() as conn:
        assert _titles(queries.search(conn, "quantum")) == ["Quantum hub"]
    with filled_engine.begin() as conn:
        conn.execute(update(m.Article).where(m.Article.id == article_id).values(title="Photonics"))
        assert _titles(queries.search(conn, "photonics")) == ["Photonics"]
        assert queries.search(conn, "quantum") == [], "the old title is gone from the index"
        assert _titles(queries.search(conn, "sensors")) == ["Photonics"]
        conn.execute(delete(m.Article).where(m.Article.id == article_id))
        assert queries.search(conn, "photonics") == []
        assert queries.search(conn, "sensors") == []


# -- graph ------------------------------------------------------------------------


def test_graph_links_every_pair_of_parties(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        network = queries.graph(conn)
        names = dict(conn.execute(select(m.Organisation.id, m.Organisation.name)).all())
    node_names = {names[node["id"]] for node in network["nodes"]}
    assert "Naturalis Biodiversity Center" not in node_names, "no agreements, no node"
    assert len(node_names) == 7
    consortium = [edge for edge in network["edges"] if edge["type"] == "consortium"]
    assert len(consortium) == 6
    assert len(network["edges"]) == 11
    assert all(edge["source"] < edge["target"] for edge in network["edges"])
    assert consortium[0]["article"].endswith("proton-therapy-consortium")
    assert {edge["articles"] for edge in network["edges"]} == {1}
    assert all(node["label"] == node["name"] for node in network["nodes"])


# -- views --------------------------------------------------------------------------


def test_views_answer_common_questions(shared_filled_engine: Engine) -> None:
    with shared_filled_engine.connect() as conn:
        details = queries.run_readonly_sql(
            conn, "SELECT parties FROM agreement_details WHERE type = 'consortium'"
        )
        partners = queries.run_readonly_sql(
            conn,
            "SELECT partners FROM agreements_by_organisation "
            "WHERE organisation = 'Erasmus MC' ORDER BY agreement_id",
        )
        summary = queries.run_readonly_sql(
            conn, "SELECT aliases, articles, agreements FROM organisation_summary WHERE id = 2"
        )
        recent = queries.run_readonly_sql(conn, "SELECT source, title FROM recent_articles")
        health = queries.run_readonly_sql(
            conn, "SELECT source, pages_with_errors, last_run_finished FROM source_health"
        )
    assert details.rows[0][0].startswith("Delft University of Technology; Erasmus MC;")
    assert partners.rows[0][0] == "Leiden University Medical Center"
    assert summary.rows == [("EUR; Erasmus Universiteit Rotterdam", 2, 2)]
    assert [row[0] for row in recent.rows] == sorted(row[0] for row in recent.rows)
    assert {row[0]: row[1] for row in health.rows} == {"erasmusmc": 0, "leiden": 0, "tudelft": 1}
    assert health.rows[0][2] == "2025-02-01T06:45:00Z"


# -- read-only SQL ------------------------------------------------------------------

WRITES = (
    "DELETE FROM articles",
    "UPDATE organisations SET name = 'x'",
    "WITH gone AS (SELECT 1) DELETE FROM agreements",
    "CREATE TEMP TABLE scratch (a integer)",
    "DROP VIEW agreement_details",
    "SELECT 1; DELETE FROM articles",
)
SQLITE_WRITES = (
    "PRAGMA user_version = 7",
    "PRAGMA journal_mode = DELETE",
    "ATTACH DATABASE ':memory:' AS other",
    "VACUUM INTO 'copy.db'",
    "INSERT INTO articles_fts(articles_fts) VALUES ('delete-all')",
)
POSTGRES_WRITES = (
    "WITH gone AS (DELETE FROM articles RETURNING id) SELECT count(*) FROM gone",
    "SET TRANSACTION READ WRITE",
    "SELECT 1; SET TRANSACTION READ WRITE; DELETE FROM articles",
)


def test_readonly_sql_refuses_every_write(filled_engine: Engine, tmp_path, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    dialect = filled_engine.dialect.name
    extra = SQLITE_WRITES if dialect == "sqlite" else POSTGRES_WRITES
    reader = make_engine(filled_engine.url.render_as_string(hide_password=False), read_only=True)
    try:
        for statement in WRITES + extra:
            with reader.connect() as conn, pytest.raises(queries.QueryError) as caught:
                queries.run_readonly_sql(conn, statement)
            assert "\n" not in str(caught.value), statement
    finally:
        reader.dispose()
    with filled_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Article)).scalar() == 6
        assert conn.execute(select(func.count()).select_from(m.Agreement)).scalar() == 6
    assert not (tmp_path / "copy.db").exists()


def test_readonly_sql_reads_and_introspects(shared_filled_engine: Engine) -> None:
    reader = make_engine(
        shared_filled_engine.url.render_as_string(hide_password=False), read_only=True
    )
    try:
        with reader.connect() as conn:
            result = queries.run_readonly_sql(
                conn, "SELECT type, count(*) AS n FROM agreements GROUP BY type ORDER BY type"
            )
            percent = queries.run_readonly_sql(
                conn, "SELECT count(*) AS n FROM articles WHERE title LIKE '%Leiden%'"
            )
            if reader.dialect.name == "sqlite":
                info = queries.run_readonly_sql(conn, "PRAGMA table_info(agreements)")
                assert "identity_key" in [row[1] for row in info.rows]
            with pytest.raises(queries.QueryError, match="(?i)syntax"):
                queries.run_readonly_sql(conn, "SELEC 1")
    finally:
        reader.dispose()
    assert result.columns == ["type", "n"]
    assert result.rows[0] == ("collaboration", 1)
    assert percent.rows == [(2,)]
