"""Full-text search SQL for each dialect, behind one ``db.queries.search`` function.

SQLite uses the FTS5 table ``articles_fts`` (external content on ``articles``,
kept in sync by triggers from migration 0002): ranked by bm25, snippets by
``snippet()``. PostgreSQL uses the generated column ``articles.search_vector``
(``to_tsvector('simple', title || body_text)``, GIN-indexed): ranked by
``ts_rank``, snippets by ``ts_headline``.
Both read the same user syntax: words (all required), "quoted phrases", ``OR``
and ``-word`` to exclude.
"""

from __future__ import annotations

import re

from sqlalchemy import Date, Float, Integer, String, TextualSelect, text

# The tsvector column migration 0002 adds on PostgreSQL (not in db/models.py).
PG_DOCUMENT = "a.search_vector"

# Title hits count more than body hits: a title naming the subject is the best
# signal that an article is about it. Weights follow the FTS5 column order.
_BM25_ARGS = "bm25(4.0, 1.0)"

# The orders a search can come in: "recent" (the default) and "relevance".
SEARCH_ORDERS = ("recent", "relevance")

# "relevance" ranks the newest RELEVANCE_POOL matches (article id descending)
# and keeps the best of them: every match when there are at most this many, the
# best of the latest this many when more articles match. Scoring costs about
# 1.3 µs a match on SQLite, so a word in 40,000 of a million articles took
# 25 to 45 ms; capped, the best 20 take under 10 (bench/query.md).
RELEVANCE_POOL = 5000

# Cut first, inside FTS5, then join articles and build snippets for the rows
# shown only: SQLite computes every selected column before it sorts, so a
# single query made a snippet and two joins for every match. CROSS JOIN keeps
# hits outermost: each hit is one MATCH-and-rowid lookup.
#
# "recent" walks the matches in rowid (= article id) order from the newest and
# stops after :limit: its cost is the rows shown, however many articles match.
# "relevance" walks the same way but scores the first RELEVANCE_POOL matches
# ("rank MATCH" sets the ranking function, bm25 with the whole index's
# document counts, so a score does not depend on the pool) and keeps the best.
_SQLITE_HITS = f"""
    SELECT rowid AS id, rank
    FROM articles_fts
    WHERE articles_fts MATCH :query AND rank MATCH '{_BM25_ARGS}'
    ORDER BY rowid DESC
    LIMIT {{pool}}"""
_SQLITE_SEARCH = """
WITH hits AS ({hits})
SELECT a.id, s.name AS source, a.published, a.title, a.url,
       snippet(articles_fts, -1, '[', ']', '…', 14) AS snippet,
       round(-hits.rank, 4) AS rank
FROM hits
CROSS JOIN articles_fts
JOIN articles AS a ON a.id = hits.id
JOIN sources AS s ON s.id = a.source_id
WHERE articles_fts MATCH :query AND articles_fts.rowid = hits.id
ORDER BY {order}
"""
_SQLITE_ORDERS = {"recent": "a.id DESC", "relevance": "hits.rank, a.id"}

# Cut first, then build headlines only for the rows shown: ts_headline
# re-parses the whole body and is the slow part. "recent" reads the matches
# newest id first; "relevance" ranks the newest RELEVANCE_POOL. The tsquery is
# written out in each clause, not shared through a CTE, so the planner sees
# it: for a common word it walks the id index backwards and stops at the
# limit, for a rare one (or none) it takes the GIN index (through a CTE it
# could not tell them apart and walked all 100,000 articles of the bench to
# find no match).
_PG_QUERY = "websearch_to_tsquery('simple', :query)"
_PG_HITS = f"""
    SELECT a.id, ts_rank({PG_DOCUMENT}, {_PG_QUERY}) AS rank
    FROM articles AS a
    WHERE {PG_DOCUMENT} @@ {_PG_QUERY}
    ORDER BY a.id DESC
    LIMIT {{pool}}"""
# "recent" on PostgreSQL, planner-proof. The planner multiplies the words'
# frequencies, so two words that come together (a topic's name) match 750
# times more articles than it expects: it took the GIN index, which hands out
# every match unordered, and fetched all 18,715 of them to keep the newest 20
# (1 to 1.7 s at a million articles; bench/query.md). So the statement looks
# first: when at least PG_PROBE_HITS of the newest PG_PROBE_ROWS articles
# match, the word is common and the newest matches are near the top, so it
# walks the id index from the newest, at most PG_RECENT_WINDOW articles (a
# subquery with a LIMIT, which no plan can reorder), and takes what is older
# than that window from the index as before, only if the window held fewer
# than :limit. Otherwise (rare words, no match) it is the plain statement,
# for which the planner picks the GIN index. Each branch is gated by the
# probe's count, evaluated once; the two halves of a common word's result
# are in id order and disjoint, so the answer is the same rows in the same
# order whichever way it is read.
PG_PROBE_ROWS = 500
PG_PROBE_HITS = 3
PG_RECENT_WINDOW = 4000


def _pg_recent_hits() -> str:
    """The "recent" hits of PostgreSQL: probe, then walk the newest or ask the index."""
    newest = "SELECT x.id, x.search_vector FROM articles AS x ORDER BY x.id DESC LIMIT {rows}"
    hits = "(SELECT hits FROM probe)"
    common, rare = f"{hits} >= {int(PG_PROBE_HITS)}", f"{hits} < {int(PG_PROBE_HITS)}"
    # The branches select ids only: ts_rank reads (detoasts) the vector, so it is
    # computed for the rows kept, not for every match the index hands out.
    return f"""
    WITH probe AS (
        SELECT count(*) AS hits FROM ({newest.format(rows=int(PG_PROBE_ROWS))}) AS n
        WHERE n.search_vector @@ {_PG_QUERY})
    SELECT found.id, ts_rank(r.search_vector, {_PG_QUERY}) AS rank
    FROM (
        SELECT id FROM (
            (SELECT w.id FROM ({newest.format(rows=int(PG_RECENT_WINDOW))}) AS w
             WHERE {common} AND w.search_vector @@ {_PG_QUERY}
             ORDER BY w.id DESC LIMIT :limit)
            UNION ALL
            (SELECT a.id FROM articles AS a
             WHERE {PG_DOCUMENT} @@ {_PG_QUERY}
               AND ({rare} OR a.id < (
                   SELECT min(f.id) FROM ({newest.format(rows=int(PG_RECENT_WINDOW))}) AS f))
             ORDER BY a.id DESC LIMIT :limit)
        ) AS both_halves
        LIMIT :limit
    ) AS found
    JOIN articles AS r ON r.id = found.id"""


_PG_SEARCH = f"""
WITH hits AS ({{hits}})
SELECT a.id, s.name AS source, a.published, a.title, a.url,
       ts_headline('simple', a.body_text, {_PG_QUERY},
                   'StartSel=[, StopSel=], MaxWords=20, MinWords=8, MaxFragments=1') AS snippet,
       round(hits.rank::numeric, 4)::float AS rank
FROM hits
JOIN articles AS a ON a.id = hits.id
JOIN sources AS s ON s.id = a.source_id
ORDER BY {{order}}
"""
_PG_ORDERS = {"recent": "a.id DESC", "relevance": "hits.rank DESC, a.id"}

_TOKEN = re.compile(r'"([^"]*)"|(\S+)')
# Both tokenisers split on anything that is not a letter or digit.
_WORD_CHARS = re.compile(r"[^\w*]+")


def search_statement(dialect: str, order: str = "recent") -> TextualSelect:
    """The search query for a dialect name and an order of ``SEARCH_ORDERS``.

    Its bind parameters are ``query`` and ``limit``. "recent" is the newest
    articles first (the highest article id: the last stored), "relevance" the
    best matches first (ties to the lower id) among the newest
    ``RELEVANCE_POOL`` matches: all of them, unless more articles match.
    """
    sqlite = dialect == "sqlite"
    hits = _SQLITE_HITS if sqlite else _PG_HITS
    if order == "recent":
        hits = hits.format(pool=":limit") if sqlite else _pg_recent_hits()
    else:
        # The best of the newest RELEVANCE_POOL matches; ties to the lower id.
        best = "rank, id" if sqlite else "rank DESC, id"
        pool = hits.format(pool=int(RELEVANCE_POOL))
        hits = f"SELECT id, rank FROM ({pool}) AS pool ORDER BY {best} LIMIT :limit"
    template, orders = (_SQLITE_SEARCH, _SQLITE_ORDERS) if sqlite else (_PG_SEARCH, _PG_ORDERS)
    sql = template.format(hits=hits, order=orders[order])
    return text(sql).columns(
        id=Integer,
        source=String,
        published=Date,
        title=String,
        url=String,
        snippet=String,
        rank=Float,
    )


def pool_overflow_statement(dialect: str) -> TextualSelect:
    """A row when more than ``RELEVANCE_POOL`` articles match ``:query``, else none.

    It walks the newest matches' ids only (no ranking, no snippets), so it costs
    about what "recent" costs for a pool-sized page.
    """
    if dialect == "sqlite":
        sql = f"""
            SELECT 1 AS more FROM articles_fts WHERE articles_fts MATCH :query
            ORDER BY rowid DESC LIMIT 1 OFFSET {int(RELEVANCE_POOL)}"""
    else:
        sql = f"""
            SELECT 1 AS more FROM articles AS a WHERE {PG_DOCUMENT} @@ {_PG_QUERY}
            ORDER BY a.id DESC LIMIT 1 OFFSET {int(RELEVANCE_POOL)}"""
    return text(sql).columns(more=Integer)


def search_terms(terms: str, dialect: str) -> str:
    """Turn what a user typed into the dialect's query string ('' when nothing is left).

    Both dialects read the same syntax. Words and phrases become quoted
    strings, so punctuation in them (``TU-Delft:``) never breaks the query and
    matches the way the text was tokenised; ``OR`` stays an operator and
    ``-word`` excludes. FTS5 also gets ``word*`` as a prefix search; PostgreSQL
    (``websearch_to_tsquery``) has no prefix search and drops the star.
    """
    sqlite = dialect == "sqlite"
    parts: list[str] = []
    # A -word before any positive term waits for one (FTS5's NOT is binary).
    deferred: list[str] = []
    for phrase, word in _TOKEN.findall(terms):
        if word == "OR":
            if parts and parts[-1] != "OR":
                parts.append("OR")
            continue
        negate = word.startswith("-") and len(word) > 1
        prefix = sqlite and word.endswith("*")
        cleaned = _WORD_CHARS.sub(" ", phrase or word.strip("-*")).replace("*", " ").strip()
        if not cleaned:
            continue
        token = _quote(cleaned) + ("*" if prefix else "")
        if negate:
            if parts and parts[-1] != "OR":
                parts.append(f"NOT {token}" if sqlite else f"-{token}")
            else:
                deferred.append(f"NOT {token}" if sqlite else f"-{token}")
        else:
            parts.append(token)
    while parts and parts[-1] == "OR":
        parts.pop()
    if parts:
        # Exclusions typed first apply to the whole query; with nothing to exclude
        # from, they are dropped.
        parts.extend(deferred)
    return " ".join(parts)


def _quote(value: str) -> str:
    return '"' + value.replace('"', '""') + '"'
