"""The ``host_slots`` table: per-host turns shared by crawl workers (PostgreSQL only).

Two statements, run on the database clock (``clock_timestamp()``) so workers
on different machines agree on time: take a host's turn when it is free, and
end it ``delay`` seconds from now. ``pipeline.politeness.SharedThrottle`` is
their one caller (the table is written nowhere else).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

_TAKE_TURN = text(
    """
    INSERT INTO host_slots (host, next_start)
    VALUES (:host, clock_timestamp() + make_interval(secs => :busy))
    ON CONFLICT (host) DO UPDATE
        SET next_start = clock_timestamp() + make_interval(secs => :busy)
        WHERE host_slots.next_start <= clock_timestamp()
    RETURNING host
    """
)
_WAIT = text(
    "SELECT EXTRACT(EPOCH FROM (next_start - clock_timestamp())) FROM host_slots WHERE host = :host"
)
_END_TURN = text(
    "UPDATE host_slots SET next_start = clock_timestamp() + make_interval(secs => :delay) "
    "WHERE host = :host"
)


def take_turn(conn: Connection, host: str, busy: float) -> float | None:
    """Take ``host``'s turn, marking it busy for ``busy`` seconds; None when taken.

    When another worker holds the turn, returns the seconds until it runs out
    (by the database clock; may be 0 or negative when it just did).
    """
    taken = conn.execute(_TAKE_TURN, {"host": host, "busy": busy}).first()
    if taken is not None:
        return None
    wait = conn.execute(_WAIT, {"host": host}).scalar()
    return float(wait or 0.0)


def end_turn(conn: Connection, host: str, delay: float) -> None:
    """End this worker's turn at ``host``: the next may start ``delay`` seconds from now."""
    conn.execute(_END_TURN, {"host": host, "delay": delay})
