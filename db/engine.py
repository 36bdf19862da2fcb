"""Engine creation: resolves a path or URL and sets SQLite pragmas on every connection."""

from __future__ import annotations

import logging
import re
import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import quote

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError

# Schemes psql and Heroku-style settings use; campusnews talks to PostgreSQL with psycopg 3.
_POSTGRES_SCHEMES = ("postgres://", "postgresql://")
POSTGRES_DRIVER = "postgresql+psycopg://"


def database_url(path_or_url: str) -> str:
    """Turn a file path or a SQLAlchemy URL into a SQLAlchemy URL.

    ``postgres://`` and ``postgresql://`` (as psql and most hosts write them)
    become ``postgresql+psycopg://``, the driver campusnews installs.
    """
    if "://" in path_or_url:
        for scheme in _POSTGRES_SCHEMES:
            if path_or_url.startswith(scheme):
                return POSTGRES_DRIVER + path_or_url[len(scheme) :]
        return path_or_url
    return f"sqlite:///{Path(path_or_url).expanduser().resolve()}"


def masked_url(url: str) -> str:
    """A database URL with its password, if any, shown as ``***``."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@\s]*:)[^@\s]*@", r"\1***@", url)


def shown_url(url: str) -> str:
    """A database URL fit to print: a SQLite file as its path, others without the password."""
    try:
        path = sqlite_path(url)
    except ArgumentError:
        path = None
    return str(path) if path is not None else masked_url(url)


def explain_open_error(url: str, exc: BaseException) -> str:
    """One line saying why the database at ``url`` could not be opened, and what to do."""
    shown = shown_url(url)
    if isinstance(exc, NoSuchModuleError | ArgumentError | ImportError):
        return (
            f"cannot use the database {shown}: not a database URL campusnews knows; give a "
            "file path, sqlite:///PATH or postgresql://USER:PASSWORD@HOST[:PORT]/DATABASE"
        )
    orig = getattr(exc, "orig", None) or exc
    text = " ".join(str(orig).split()) or type(orig).__name__
    # psycopg: "connection failed: connection to server at "h", port p failed: FATAL:  why"
    text = re.sub(r"^.*?FATAL:\s*", "", text)
    if isinstance(orig, sqlite3.DatabaseError) and "not a database" in text:
        return (
            f"{shown} is not a SQLite database (SQLite says: {text}); name another file with --db"
        )
    if isinstance(orig, sqlite3.Error):
        return f"cannot open the SQLite database {shown}: {text}"
    if "password authentication failed" in text:
        return f"cannot connect to {shown}: {text}; check the user and password in the URL"
    match = re.search(r'database "([^"]+)" does not exist', text)
    if match:
        return (
            f"cannot connect to {shown}: database {match.group(1)!r} does not exist; "
            f"create it (createdb {match.group(1)}) or fix the URL"
        )
    if "Connection refused" in text or "could not connect" in text.lower():
        return f"cannot connect to {shown}: {text}; is the server running?"
    return f"cannot open the database {shown}: {text}"


def is_sqlite(url: str) -> bool:
    """True when the URL points at SQLite."""
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL, or None for other databases and :memory:."""
    parsed = make_url(url)
    if (
        parsed.get_backend_name() != "sqlite"
        or not parsed.database
        or parsed.database == ":memory:"
    ):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # WAL lets readers (Datasette, `campusnews query`) work while a crawl writes;
    # foreign_keys is off by default in SQLite and is per connection.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def _read_only_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # No journal_mode here: switching a rollback-journal file to WAL is a write.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.close()


log = logging.getLogger(__name__)

_SQLITE_READONLY = 8
_SQLITE_CANTOPEN = 14


def open_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write to the SQLite file at ``path``.

    First ``mode=ro``, which still sees what a running crawl commits. A WAL
    file in a folder that cannot hold its ``-shm`` index (a read-only mount,
    or a folder the user may not write) cannot be opened that way; it is then
    opened ``immutable=1``: the file is read as it is, without locks, so it
    must be complete by itself (every writing command checkpoints on exit).
    """
    target = quote(str(path))
    conn = sqlite3.connect(f"file:{target}?mode=ro", uri=True, check_same_thread=False)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        return conn
    except sqlite3.OperationalError as exc:
        conn.close()
        # CANTOPEN (read-only mount) or READONLY_DIRECTORY: no -shm possible.
        # Anything else (a busy database, a broken file) is not ours to hide.
        if exc.sqlite_errorcode & 0xFF not in (_SQLITE_READONLY, _SQLITE_CANTOPEN):
            raise
    wal = path.with_name(path.name + "-wal")
    if wal.exists() and wal.stat().st_size > 0:
        log.warning(
            "%s holds commits that are not in %s and cannot be read here; "
            "make copies with 'campusnews db backup'",
            wal,
            path.name,
        )
    conn = sqlite3.connect(f"file:{target}?immutable=1", uri=True, check_same_thread=False)
    conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    return conn


def make_engine(path_or_url: str, *, read_only: bool = False) -> Engine:
    """Create an engine for a path or URL; SQLite gets WAL, foreign keys, busy_timeout.

    With ``read_only`` the connection itself refuses writes (SQLite ``mode=ro``,
    else ``immutable=1``: see ``open_read_only``; PostgreSQL
    ``default_transaction_read_only``).
    """
    url = database_url(path_or_url)
    if is_sqlite(url):
        path = sqlite_path(url)
        if read_only and path is not None:
            engine = create_engine(url, creator=lambda: open_read_only(path))
            event.listen(engine, "connect", _read_only_pragmas)
            return engine
        if path is not None:
            path.parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    connect_args: dict[str, Any] = {}
    if read_only:
        connect_args["options"] = "-c default_transaction_read_only=on"
    return create_engine(url, connect_args=connect_args, pool_pre_ping=True)
