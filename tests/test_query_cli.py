"""``campusnews query|search|sql|export|graph`` and the shared output formats."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import UTC, date, datetime, timedelta, timezone
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import Engine, func, select
from sqlalchemy.orm import Session

from db import models as m
from pipeline.cli import cli
from pipeline.cli.output import emit, iso_timestamp, resolve_format
from pipeline.cli.query_cmd import COMMANDS
from pipeline.records_store import rebuild_records
from scraper.keys import alias_key

# Fixtures database_url, migrated_engine, filled_engine, postgres_url: tests/dbfixtures.py
pytest_plugins = ("dbfixtures",)


# Every test runs with its own CAMPUSNEWS_HOME and no database URL or config from the
# environment (conftest.py).
pytestmark = pytest.mark.usefixtures("isolated_cli_env")


def _url(engine: Engine) -> str:
    return engine.url.render_as_string(hide_password=False)


@pytest.fixture
def db(shared_filled_engine: Engine) -> str:
    """The --db value of the filled database shared by tests that only read."""
    return _url(shared_filled_engine)


def run(db: str, *args: str, input: str | None = None):
    return CliRunner().invoke(cli, ["--db", db, *args], input=input)


def assert_one_line_error(result, text: str) -> None:
    assert result.exit_code == 2, result.output
    assert result.output.startswith("Error: ")
    assert len(result.output.strip().splitlines()) == 1, result.output
    assert text in result.output
    assert "Traceback" not in result.output


# -- output.py ----------------------------------------------------------------------


def test_iso_timestamps_are_utc_with_z() -> None:
    assert iso_timestamp(datetime(2025, 2, 1, 6, 30)) == "2025-02-01T06:30:00Z"
    amsterdam = timezone(timedelta(hours=1))
    assert iso_timestamp(datetime(2025, 2, 1, 7, 30, tzinfo=amsterdam)) == "2025-02-01T06:30:00Z"


def test_emit_formats_values_per_format() -> None:
    columns = ["id", "when", "day", "note"]
    rows = [
        {"id": 1, "when": datetime(2025, 2, 1, 6, 30, tzinfo=UTC), "day": date(2025, 2, 1)},
        (2, None, None, "x" * 100),
    ]
    out = {}
    for fmt in ("json", "nl", "csv", "table"):
        buffer = io.StringIO()
        emit(rows, columns, fmt, file=buffer)
        out[fmt] = buffer.getvalue()
    data = json.loads(out["json"])
    assert data[0] == {"id": 1, "when": "2025-02-01T06:30:00Z", "day": "2025-02-01", "note": None}
    assert [json.loads(line) for line in out["nl"].splitlines()] == data
    parsed = list(csv.reader(io.StringIO(out["csv"])))
    assert parsed[0] == columns
    assert parsed[2] == ["2", "", "", "x" * 100], "None is empty and long cells stay whole"
    table = out["table"].splitlines()
    assert table[0].split() == columns
    assert set(table[1].replace(" ", "")) == {"-"}
    assert "x" * 59 + "…" in table[3] and "x" * 60 not in table[3]
    assert "None" not in out["table"]


def test_emit_empty_rows() -> None:
    buffer = io.StringIO()
    emit([], ["a"], "json", file=buffer)
    assert json.loads(buffer.getvalue()) == []
    buffer = io.StringIO()
    emit([], ["a", "b"], "csv", file=buffer)
    assert buffer.getvalue().strip() == "a,b"


def test_default_format_follows_the_terminal() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert resolve_format(None, Tty()) == "table"
    assert resolve_format(None, io.StringIO()) == "json"
    assert resolve_format("csv", Tty()) == "csv"


# -- commands ---------------------------------------------------------------------------


def test_commands_registered_with_examples() -> None:
    assert [command.name for command in COMMANDS] == ["query", "search", "sql", "export", "graph"]
    for path in (
        ["query"],
        ["query", "articles"],
        ["query", "organisations"],
        ["query", "agreements"],
        ["search"],
        ["sql"],
        ["export"],
        ["graph"],
    ):
        result = CliRunner().invoke(cli, [*path, "--help"])
        assert result.exit_code == 0, result.output
        examples = result.output.split("Examples:", 1)
        assert len(examples) == 2, path
        assert examples[1].lstrip().startswith("campusnews "), path


def test_query_articles_json_by_default_when_piped(db: str) -> None:
    result = run(db, "query", "articles", "--source", "leiden", "--since", "2024")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [row["published"] for row in rows] == ["2025-01-15", "2024-03-12"]
    assert list(rows[0]) == [
        "id",
        "source",
        "published",
        "title",
        "url",
        "language",
        "organisations",
        "agreements",
    ]


def test_query_output_flags(db: str) -> None:
    table = run(db, "query", "organisations", "--table", "--limit", "3")
    ndjson = run(db, "query", "organisations", "--nl")
    as_csv = run(db, "query", "organisations", "--csv", "--name", "naturalis")
    assert table.exit_code == ndjson.exit_code == as_csv.exit_code == 0
    assert table.output.splitlines()[0].split() == [
        "id",
        "name",
        "kind",
        "aliases",
        "articles",
        "agreements",
        "mentions",
    ]
    assert len(table.output.splitlines()) == 5
    assert len(ndjson.output.splitlines()) == 8
    assert json.loads(ndjson.output.splitlines()[0])["agreements"] == 3
    assert list(csv.reader(io.StringIO(as_csv.output)))[1][1:4] == [
        "Naturalis Biodiversity Center",
        "museum",
        "",
    ]


def test_query_agreements_by_alias_or_name_is_the_same(db: str) -> None:
    by_alias = run(db, "query", "agreements", "--org", "EUR", "--json")
    by_name = run(db, "query", "agreements", "--org", "Erasmus University Rotterdam", "--json")
    assert by_alias.exit_code == 0, by_alias.output
    assert by_alias.output == by_name.output
    assert {row["type"] for row in json.loads(by_alias.output)} == {
        "collaboration",
        "joint_programme",
    }
    pair = run(
        db, "query", "agreements", "--org", "LUMC", "--with", "HollandPTC", "--type", "consortium"
    )
    assert [row["status"] for row in json.loads(pair.output)] == ["signed"]


def test_query_errors_are_one_line(db: str) -> None:
    assert_one_line_error(
        run(db, "query", "agreements", "--org", "Erasmus Univ Rotterdam"),
        "did you mean: Erasmus University Rotterdam",
    )
    assert_one_line_error(run(db, "query", "articles", "--since", "May 2020"), "--since")


def test_missing_database_is_one_line(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["--db", str(tmp_path / "none.db"), "query", "articles"])
    assert_one_line_error(result, "no database at")
    assert not (tmp_path / "none.db").exists()


def test_search_command(db: str) -> None:
    result = run(db, "search", "proton", "therapy", "--csv")
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert [row["title"] for row in rows] == ["TU Delft joins proton therapy research consortium"]
    assert "[proton]" in rows[0]["snippet"]
    assert_one_line_error(run(db, "search", "--", "-"), "search needs at least one word")


def test_search_command_order(db: str) -> None:
    """Latest stored first unless --order relevance; an unknown order is a usage error."""

    def ids(*args: str) -> list[int]:
        result = run(db, "search", "Leiden", "--csv", *args)
        assert result.exit_code == 0, result.output
        return [int(row["id"]) for row in csv.DictReader(io.StringIO(result.output))]

    recent = ids()
    assert len(recent) > 2 and recent == sorted(recent, reverse=True)
    assert ids("--order", "recent") == recent
    relevance = ids("--order", "relevance")
    assert sorted(relevance) == sorted(recent) and relevance != recent
    assert run(db, "search", "Leiden", "--order", "newest").exit_code == 2


def test_sql_select_and_stdin(db: str) -> None:
    result = run(db, "sql", "SELECT name FROM sources ORDER BY name", "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.split() == ["name", "erasmusmc", "leiden", "tudelft"]
    piped = run(db, "sql", "-", "--nl", input="SELECT count(*) AS n FROM agreements\n")
    assert piped.exit_code == 0, piped.output
    assert json.loads(piped.output) == {"n": 6}


def test_sql_cannot_write(filled_engine: Engine) -> None:
    for statement in (
        "DELETE FROM articles",
        "WITH x AS (SELECT 1) DELETE FROM agreements",
        "CREATE TABLE t (a integer)",
        "SELECT 1; DELETE FROM articles",
    ):
        assert_one_line_error(run(_url(filled_engine), "sql", statement), "")
    with filled_engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(m.Article)).scalar() == 6
        assert conn.execute(select(func.count()).select_from(m.Agreement)).scalar() == 6


def test_sql_cannot_attach_or_set_pragmas_on_sqlite(tmp_path: Path) -> None:
    from db.engine import make_engine
    from db.migrate import upgrade

    path = tmp_path / "plain.db"
    engine = make_engine(str(path))
    upgrade(engine)
    engine.dispose()
    attach = CliRunner().invoke(
        cli, ["--db", str(path), "sql", f"ATTACH DATABASE '{tmp_path / 'other.db'}' AS other"]
    )
    assert_one_line_error(attach, "ATTACH")
    assert not (tmp_path / "other.db").exists()
    pragma = CliRunner().invoke(cli, ["--db", str(path), "sql", "PRAGMA user_version = 9"])
    assert_one_line_error(pragma, "PRAGMA user_version")


def test_sql_bad_statement_is_one_line(db: str) -> None:
    assert_one_line_error(run(db, "sql", "SELEC name FROM sources"), "")
    assert_one_line_error(run(db, "sql", "SELECT * FROM no_such_table"), "no_such_table")


def test_export_jsonl_and_csv_to_files(db: str, tmp_path: Path) -> None:
    jsonl = tmp_path / "agreements.jsonl"
    as_csv = tmp_path / "articles.csv"
    first = run(db, "export", "agreements", "--format", "jsonl", "-o", str(jsonl))
    second = run(db, "export", "articles", "--format", "csv", "-o", str(as_csv))
    assert first.exit_code == 0 and second.exit_code == 0, first.output + second.output
    assert first.output == "" and second.output == ""
    records = [json.loads(line) for line in jsonl.read_text(encoding="utf-8").splitlines()]
    assert len(records) == 6
    assert records[0]["parties"] == "Leiden University; Université de Montréal"
    with as_csv.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == 6
    assert rows[-1]["published"] == ""
    stdout = run(db, "export", "organisations")
    assert len(stdout.output.splitlines()) == 8


def _add_quoted_organisation(engine: Engine) -> None:
    name = 'Stichting "Open Data" \\ Leiden'
    with Session(engine) as session, session.begin():
        org = m.Organisation(name=name, kind="foundation")
        session.add(org)
        session.flush()
        session.add(
            m.OrganisationAlias(organisation_id=org.id, alias=name, alias_key=alias_key(name))
        )
        leiden = session.scalars(
            select(m.Organisation).where(m.Organisation.name == "Leiden University")
        ).one()
        article_id = session.scalars(select(m.Article.id).order_by(m.Article.id)).first()
        agreement = m.Agreement(
            article_id=article_id,
            identity_key="open-data",
            type="partnership",
            status="signed",
            evidence="a partnership",
            confidence=0.5,
        )
        session.add(agreement)
        session.flush()
        session.add_all(
            [
                m.AgreementParty(agreement_id=agreement.id, organisation_id=org.id),
                m.AgreementParty(agreement_id=agreement.id, organisation_id=leiden.id),
            ]
        )
        rebuild_records(session)


def test_graph_graphml_declares_every_key(filled_engine: Engine, tmp_path: Path) -> None:
    _add_quoted_organisation(filled_engine)
    db = _url(filled_engine)
    out = tmp_path / "net.graphml"
    result = run(db, "graph", "--format", "graphml", "-o", str(out))
    assert result.exit_code == 0, result.output
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    root = ET.parse(out).getroot()
    keys = {key.get("id"): key.get("for") for key in root.findall("g:key", ns)}
    edge_keys = {k for k, domain in keys.items() if domain == "edge"}
    assert {"record_id", "type", "status", "date", "last_date", "article", "articles"} <= edge_keys
    assert {"label", "name", "kind", "agreements"} <= {k for k, d in keys.items() if d == "node"}
    graph = root.find("g:graph", ns)
    assert graph.get("edgedefault") == "undirected"
    nodes = graph.findall("g:node", ns)
    edges = graph.findall("g:edge", ns)
    assert (len(nodes), len(edges)) == (8, 12)
    for element in nodes + edges:
        for data in element.findall("g:data", ns):
            assert data.get("key") in keys
    node_ids = {node.get("id") for node in nodes}
    assert all(e.get("source") in node_ids and e.get("target") in node_ids for e in edges)
    names = [
        d.text
        for d in root.iter("{http://graphml.graphdrawing.org/xmlns}data")
        if d.get("key") == "name"
    ]
    assert 'Stichting "Open Data" \\ Leiden' in names


def test_graph_dot_escapes_quotes(filled_engine: Engine) -> None:
    _add_quoted_organisation(filled_engine)
    db = _url(filled_engine)
    result = run(db, "graph", "--format", "dot")
    assert result.exit_code == 0, result.output
    assert result.output.startswith("graph agreements {")
    assert 'label="Stichting \\"Open Data\\" \\\\ Leiden"' in result.output
    assert result.output.count(" -- ") == 12
    for line in result.output.splitlines()[2:-1]:
        # Outside escapes, quotes come in pairs on every statement line.
        assert line.replace("\\\\", "").replace('\\"', "").count('"') % 2 == 0, line


def test_graph_json(db: str) -> None:
    result = run(db, "graph", "--format", "json")
    assert result.exit_code == 0, result.output
    network = json.loads(result.output)
    assert len(network["nodes"]) == 7 and len(network["edges"]) == 11
