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
        hits = hits.format(pool=":limit")
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
