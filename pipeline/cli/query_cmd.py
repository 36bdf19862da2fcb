"""Reading the database: ``query``, ``search``, ``sql``, ``export`` and ``graph``.

Every command opens the database read-only (``AppContext.open_engine``), so
none of them can change it, and prints data on stdout only.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import IO, TYPE_CHECKING, Any, TypeVar

import click
from sqlalchemy import Connection
from sqlalchemy.exc import OperationalError, ProgrammingError

from db import queries
from db.migrate import needs_upgrade
from pipeline.cli.context import AppContext, UserError
from pipeline.cli.output import emit, output_options

if TYPE_CHECKING:
    import xml.etree.ElementTree as ET

T = TypeVar("T")


def read_database(app: AppContext, work: Callable[[Connection], T]) -> T:
    """Run ``work`` on a read-only connection, turning query errors into one-line errors."""
    engine = app.open_engine(read_only=True)
    try:
        if needs_upgrade(engine):
            raise UserError(
                "the database schema is older than this campusnews; "
                "run 'campusnews db upgrade' (or any crawl) first"
            )
        with engine.connect() as conn:
            return work(conn)
    except queries.QueryError as exc:
        raise UserError(str(exc)) from None
    except (OperationalError, ProgrammingError) as exc:
        raise UserError(_first_line(exc.orig)) from None
    finally:
        engine.dispose()


def _first_line(error: BaseException | None) -> str:
    text = str(error).strip()
    return text.splitlines()[0] if text else type(error).__name__


since_option = click.option(
    "--since", metavar="DATE", help="From this date on: 2020, 2020-05 or 2020-05-01."
)
limit_option = click.option("--limit", type=click.IntRange(min=1), help="At most this many rows.")


@click.group(
    help="""Ready-made questions: articles, organisations, agreements.

\b
Examples:
  campusnews query articles --source demo --since 2024
  campusnews query organisations --name erasmus
  campusnews query agreements --org EUR --with "TU Delft" --csv
"""
)
def query() -> None:
    pass


@query.command(
    "articles",
    help="""Articles, newest first, with counts of organisations and agreements.

\b
Examples:
  campusnews query articles --limit 20
  campusnews query articles --source demo --since 2023-06 --lang en
""",
)
@click.option("--source", metavar="NAME", help="Only this source (its name).")
@since_option
@click.option("--lang", metavar="CODE", help="Only articles in this language (en, nl, ...).")
@limit_option
@output_options
@click.pass_obj
def query_articles(
    app: AppContext,
    source: str | None,
    since: str | None,
    lang: str | None,
    limit: int | None,
    fmt: str | None,
) -> None:
    rows = read_database(
        app, lambda conn: queries.articles(conn, source=source, since=since, lang=lang, limit=limit)
    )
    emit(rows, queries.ARTICLE_COLUMNS, fmt)


@query.command(
    "organisations",
    help="""Organisations with aliases and counts, most agreements first.

\b
Examples:
  campusnews query organisations --limit 50
  campusnews query organisations --name leiden --json
""",
)
@click.option("--name", metavar="TEXT", help="Name or alias contains TEXT.")
@limit_option
@output_options
@click.pass_obj
def query_organisations(
    app: AppContext, name: str | None, limit: int | None, fmt: str | None
) -> None:
    rows = read_database(app, lambda conn: queries.organisations(conn, name=name, limit=limit))
    emit(rows, queries.ORGANISATION_COLUMNS, fmt)


@query.command(
    "agreements",
    help="""Agreements, one line per agreement record, newest first.

A record is one real-world agreement however many articles report it (the
nl/en versions of an announcement, a follow-up, the partner's press release):
its parties, type, current status (announced, signed, extended, ended,
ongoing), first and last dates, the number of articles and its lifecycle.
--mentions lists the agreements as each article states them instead.

Organisations are named by any alias: EUR and "Erasmus University Rotterdam"
are the same. --since keeps records whose latest date is on or after it
(with --mentions: the agreement's date, else the article's publication).

\b
Examples:
  campusnews query agreements --org "Leiden University"
  campusnews query agreements --org EUR --with "TU Delft"
  campusnews query agreements --status ended --since 2024
  campusnews query agreements --mentions --type mou --status signed --nl
""",
)
@click.option("--org", metavar="NAME", help="A party to the agreement (any alias).")
@click.option("--with", "with_org", metavar="NAME", help="Another party (any alias).")
@click.option("--type", "type_", metavar="TYPE", help="mou, partnership, consortium, ...")
@since_option
@click.option(
    "--status",
    metavar="STATUS",
    help="Records: announced, signed, extended, ended, ongoing. "
    "With --mentions: signed, planned, ongoing, renewed, ended.",
)
@click.option(
    "--mentions", is_flag=True, help="One row per article's statement, not per agreement."
)
@limit_option
@output_options
@click.pass_obj
def query_agreements(
    app: AppContext,
    org: str | None,
    with_org: str | None,
    type_: str | None,
    since: str | None,
    status: str | None,
    mentions: bool,
    limit: int | None,
    fmt: str | None,
) -> None:
    from db.record_types import RECORD_STATUSES
    from scraper.models import AGREEMENT_STATUSES, AGREEMENT_TYPES

    statuses = AGREEMENT_STATUSES if mentions else RECORD_STATUSES
    try:
        if type_ is not None:
            queries.check_choice("--type", type_, AGREEMENT_TYPES, "agreement type")
        if status is not None:
            kind = "agreement status" if mentions else "record status"
            queries.check_choice("--status", status, statuses, kind)
    except queries.QueryError as exc:
        raise UserError(str(exc)) from None
    function = queries.agreements if mentions else queries.records
    rows = read_database(
        app,
        lambda conn: function(
            conn,
            org=org,
            with_org=with_org,
            type=type_,
            since=since,
            status=status,
            limit=limit,
        ),
    )
    if not rows and not mentions and read_database(app, queries.records_pending):
        click.echo(
            "campusnews: agreements are stored but no records were built from them yet; "
            "run 'campusnews records rebuild' (or use --mentions)",
            err=True,
        )
    emit(rows, queries.AGREEMENT_COLUMNS if mentions else queries.RECORD_COLUMNS, fmt)


# Where export and graph write: a file, or stdout with "-".
output_file = click.option(
    "-o",
    "--output",
    type=click.File("w", encoding="utf-8", lazy=True),
    default="-",
    help="File to write (default: stdout).",
)


class _SearchCommand(click.Command):
    """A command whose ``-word`` arguments are search terms (exclusions), not options.

    ``campusnews search consortium -termination`` reads as a person types it:
    a token of one dash and two or more characters that is not one of the
    command's own options is passed through as a term. Everything after
    ``--`` is a term too.
    """

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        """Move negated terms behind ``--`` so click does not read them as options."""
        names = {name for param in self.get_params(ctx) for name in param.opts}
        valued = {
            name
            for param in self.get_params(ctx)
            if isinstance(param, click.Option) and not param.is_flag
            for name in param.opts
        }
        options: list[str] = []
        terms: list[str] = []
        pending_value = False
        for index, arg in enumerate(args):
            if pending_value:
                options.append(arg)
                pending_value = False
            elif arg == "--":
                terms.extend(args[index + 1 :])
                break
            elif arg in names or arg.split("=", 1)[0] in names:
                options.append(arg)
                pending_value = arg in valued
            elif arg.startswith("-") and not arg.startswith("--") and len(arg) > 2:
                terms.append(arg)
            elif arg.startswith("-"):
                options.append(arg)  # an unknown option: click names it in the error
            else:
                terms.append(arg)
        return super().parse_args(ctx, [*options, "--", *terms] if terms else options)


@click.command(
    cls=_SearchCommand,
    help="""Full-text search of article titles and texts, latest stored first.

Words must all occur; use "quotes" for a phrase, OR between alternatives,
-word to exclude (a word with a leading dash is a term, not an option).
Hits are marked [like this] in the snippet; rank is higher for better matches.

The order: "recent" (the default) lists the latest stored articles first
(article id, descending), and stays fast however many articles match;
"relevance" lists the best matches first (title hits count four times body
hits) among the latest 5,000 matches: every match, unless more articles
match; then the best of the latest 5,000, and a warning on stderr says so.

\b
Examples:
  campusnews search "proton therapy"
  campusnews search '"joint degree" OR "double degree"' --limit 5
  campusnews search consortium -termination --csv
  campusnews search quantum --order relevance --limit 5
""",
)
@click.argument("terms", nargs=-1, required=True)
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True)
@click.option(
    "--order",
    type=click.Choice(queries.SEARCH_ORDERS),
    default="recent",
    show_default=True,
    help="recent: latest stored first; relevance: best matches first.",
)
@output_options
@click.pass_obj
def search(
    app: AppContext, terms: tuple[str, ...], limit: int, order: str, fmt: str | None
) -> None:
    text = " ".join(terms)

    def run(conn: Connection) -> tuple[list[dict[str, Any]], int | None]:
        rows = queries.search(conn, text, limit=limit, order=order)
        pool = queries.relevance_pool_overflows(conn, text) if order == "relevance" else None
        return rows, pool

    rows, pool = read_database(app, run)
    if pool is not None and app.verbosity >= 0:
        # Not an error (the rows are right for what was ranked), but never silent.
        click.echo(
            f"warning: more than {pool:,} articles match: --order relevance ranked the "
            f"latest {pool:,} of them; add words (or -word) to rank every match",
            err=True,
        )
    emit(rows, queries.SEARCH_COLUMNS, fmt)


@click.command(
    help="""Run one read-only SQL statement and print its rows.

The database is opened read-only: statements that write, ATTACH or change
settings fail. Use - to read the statement from stdin. See docs/schema.md
for tables and views.

\b
Examples:
  campusnews sql "SELECT type, count(*) AS n FROM agreements GROUP BY type"
  campusnews sql "SELECT * FROM agreement_details LIMIT 5" --table
  echo "SELECT * FROM source_health" | campusnews sql -
"""
)
@click.argument("statement", metavar="SQL")
@output_options
@click.pass_obj
def sql(app: AppContext, statement: str, fmt: str | None) -> None:
    if statement == "-":
        statement = sys.stdin.read()
    if not statement.strip():
        raise UserError("no SQL given")
    result = read_database(app, lambda conn: queries.run_readonly_sql(conn, statement))
    if result.columns:
        emit(result.rows, result.columns, fmt)


EXPORTS: dict[str, tuple[Callable[..., list[dict[str, Any]]], tuple[str, ...]]] = {
    "articles": (queries.articles, queries.ARTICLE_COLUMNS),
    "organisations": (queries.organisations, queries.ORGANISATION_COLUMNS),
    "agreements": (queries.agreements, queries.AGREEMENT_COLUMNS),
    "records": (queries.records, queries.RECORD_COLUMNS),
}


@click.command(
    help="""Write every article, organisation, agreement or agreement record as JSON lines or CSV.

"agreements" are the rows each article states; "records" one line per
real-world agreement (see 'query agreements').

Articles come with their full text (column "text"); --no-text leaves it out.

\b
Examples:
  campusnews export agreements --format csv -o agreements.csv
  campusnews export articles --format jsonl | jq .title
  campusnews export articles --format csv --no-text -o articles.csv
"""
)
@click.argument("what", type=click.Choice(sorted(EXPORTS)))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["jsonl", "csv"]),
    default="jsonl",
    show_default=True,
)
@click.option(
    "--text/--no-text",
    "with_text",
    default=True,
    show_default=True,
    help="Articles: include the article text (column 'text').",
)
@output_file
@click.pass_obj
def export(app: AppContext, what: str, fmt: str, with_text: bool, output: IO[str]) -> None:
    function, columns = EXPORTS[what]
    if what == "articles" and with_text:
        columns = (*columns, "text")
        rows = read_database(app, lambda conn: queries.articles(conn, text=True))
    else:
        rows = read_database(app, lambda conn: function(conn))
    emit(rows, columns, "nl" if fmt == "jsonl" else "csv", file=output)


@click.command(
    help="""Write the agreement network: organisations as nodes, agreement records as edges.

Each agreement record links every pair of its parties once, however many
articles report it. Edges carry record_id, type, status (current), date
(first), last_date, article (URL of the first article) and articles (how
many); nodes carry label, name, kind and agreements (records). The names are
the same in every format. GraphML opens in Gephi, yEd and networkx; csv
writes the edges (nodes with --nodes).

\b
Examples:
  campusnews graph --format graphml -o agreements.graphml
  campusnews graph --format dot | dot -Tsvg > agreements.svg
  campusnews graph --format json | jq '.edges | length'
  campusnews graph --format csv -o edges.csv && campusnews graph --format csv --nodes -o nodes.csv
  campusnews graph --org "Leiden University" --format html -o leiden.html

With --org, svg draws one organisation's partners (lines coloured by status)
above its agreements on a timeline; html is a page with both and the records.
"""
)
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["graphml", "dot", "json", "csv", "svg", "html"]),
    help="Default: graphml, or svg with --org.",
)
@click.option("--nodes", is_flag=True, help="With --format csv: write the nodes, not the edges.")
@click.option("--org", metavar="NAME", help="Draw this organisation (svg and html formats).")
@output_file
@click.pass_obj
def graph(app: AppContext, fmt: str | None, nodes: bool, org: str | None, output: IO[str]) -> None:
    fmt = fmt or ("svg" if org else "graphml")
    if nodes and fmt != "csv":
        raise UserError("--nodes goes with --format csv")
    if (org is None) != (fmt not in ("svg", "html")):
        raise UserError("--org NAME and --format svg or html go together")
    if org is not None:
        from pipeline.cli.records_views_cmd import draw_pictures

        return draw_pictures(app, org, fmt, output)
    network = read_database(app, queries.graph)
    if fmt == "graphml":
        output.write(_graphml(network))
    elif fmt == "dot":
        output.write(_dot(network))
    elif fmt == "csv":
        if nodes:
            emit(network["nodes"], queries.GRAPH_NODE_COLUMNS, "csv", file=output)
        else:
            emit(network["edges"], queries.GRAPH_EDGE_COLUMNS, "csv", file=output)
    else:
        json.dump(network, output, ensure_ascii=False, indent=1)
        output.write("\n")


# GraphML attribute keys: (id, for, type). Declared up front because Gephi and
# networkx drop <data> whose key is not declared. Gephi shows "label".
_GRAPHML_KEYS = (
    ("label", "node", "string"),
    ("name", "node", "string"),
    ("kind", "node", "string"),
    ("agreements", "node", "int"),
    ("record_id", "edge", "int"),
    ("type", "edge", "string"),
    ("status", "edge", "string"),
    ("date", "edge", "string"),
    ("last_date", "edge", "string"),
    ("article", "edge", "string"),
    ("articles", "edge", "int"),
)
_EDGE_DATA = tuple(key for key, domain, _ in _GRAPHML_KEYS if domain == "edge")


def _graphml(network: dict[str, list[dict[str, Any]]]) -> str:
    """The network as GraphML: undirected, one edge per agreement record and pair of parties."""
    import xml.etree.ElementTree as ET  # graph only: off the other read commands' start-up

    ns = "http://graphml.graphdrawing.org/xmlns"
    root = ET.Element("graphml", xmlns=ns)
    for key, domain, kind in _GRAPHML_KEYS:
        ET.SubElement(root, "key", {"id": key, "for": domain, "attr.name": key, "attr.type": kind})
    graph_element = ET.SubElement(root, "graph", id="agreements", edgedefault="undirected")
    for node in network["nodes"]:
        element = ET.SubElement(graph_element, "node", id=f"o{node['id']}")
        _graphml_data(
            element,
            label=node["label"],
            name=node["name"],
            kind=node["kind"],
            agreements=node["agreements"],
        )
    for number, edge in enumerate(network["edges"], start=1):
        element = ET.SubElement(
            graph_element,
            "edge",
            id=f"e{number}",
            source=f"o{edge['source']}",
            target=f"o{edge['target']}",
        )
        _graphml_data(element, **{key: edge[key] for key in _EDGE_DATA})
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"


def _graphml_data(element: ET.Element, **values: Any) -> None:
    import xml.etree.ElementTree as ET

    for key, value in values.items():
        if value is not None:
            ET.SubElement(element, "data", key=key).text = str(value)


def _dot(network: dict[str, list[dict[str, Any]]]) -> str:
    """The network in Graphviz DOT; every identifier and label is a quoted string."""
    lines = ["graph agreements {", "  node [shape=box];"]
    for node in network["nodes"]:
        attributes = {"label": node["name"], "kind": node["kind"]}
        lines.append(f"  {_dot_node(node['id'])} [{_dot_attributes(attributes)}];")
    for edge in network["edges"]:
        attributes = {"label": f"{edge['type']} ({edge['status']})"}
        attributes.update({key: edge[key] for key in _EDGE_DATA})
        lines.append(
            f"  {_dot_node(edge['source'])} -- {_dot_node(edge['target'])}"
            f" [{_dot_attributes(attributes)}];"
        )
    lines.append("}")
    return "\n".join(lines) + "\n"


def _dot_node(organisation_id: int) -> str:
    return _dot_quote(f"o{organisation_id}")


def _dot_attributes(attributes: dict[str, Any]) -> str:
    return ", ".join(
        f"{key}={_dot_quote(str(value))}" for key, value in attributes.items() if value is not None
    )


def _dot_quote(value: str) -> str:
    # In a DOT string only backslash and double quote need escaping; newlines
    # become the \n escape so a label stays on one source line.
    escaped = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"'


COMMANDS = [query, search, sql, export, graph]
