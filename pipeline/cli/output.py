"""Row output shared by every command that prints rows: table, JSON, NDJSON or CSV.

Commands take the format from ``@output_options`` and print with ``emit``.
Only data goes to stdout. Timestamps come out as ISO-8601 UTC with a ``Z``;
None is empty in tables and CSV and ``null`` in JSON.
"""

from __future__ import annotations

import base64
import csv
import json
import sys
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import IO, Any, TypeVar

import click

F = TypeVar("F", bound=Callable[..., Any])

FORMATS = ("table", "json", "nl", "csv")

# Table cells longer than this are cut: a table is for looking, not for data.
MAX_CELL = 60


def output_options(command: F) -> F:
    """Add ``--table``, ``--json``, ``--nl`` and ``--csv`` to a command, as ``fmt``.

    Without a flag, ``fmt`` is None and ``emit`` picks a table on a terminal
    and JSON otherwise (so pipes get data).
    """
    options = (
        click.option("--csv", "fmt", flag_value="csv", help="CSV with a header row."),
        click.option("--nl", "fmt", flag_value="nl", help="One JSON object a line (NDJSON)."),
        click.option("--json", "fmt", flag_value="json", help="A JSON array (default when piped)."),
        click.option(
            "--table",
            "-t",
            "fmt",
            flag_value="table",
            help="A plain-text table (default on a terminal).",
        ),
    )
    for option in options:
        command = option(command)
    return command


def resolve_format(fmt: str | None, stream: IO[str] | None = None) -> str:
    """The format to use: the one asked for, else table on a TTY, else JSON."""
    if fmt is not None:
        return fmt
    stream = stream if stream is not None else sys.stdout
    return "table" if stream.isatty() else "json"


def emit(
    rows: Iterable[Mapping[str, Any] | Sequence[Any]],
    columns: Sequence[str],
    fmt: str | None,
    *,
    file: IO[str] | None = None,
) -> None:
    """Write ``rows`` (dicts or tuples in ``columns`` order) to ``file`` (stdout)."""
    out = file if file is not None else sys.stdout
    fmt = resolve_format(fmt, out)
    records = (_as_tuple(row, columns) for row in rows)
    if fmt == "table":
        _write_table(out, columns, list(records))
    elif fmt == "json":
        _write_json_array(out, columns, records)
    elif fmt == "nl":
        for record in records:
            out.write(_json_object(columns, record) + "\n")
    elif fmt == "csv":
        writer = csv.writer(out)
        writer.writerow(columns)
        for record in records:
            writer.writerow([_text(value) for value in record])
    else:
        raise ValueError(f"unknown output format {fmt!r}; expected one of {FORMATS}")


def json_value(value: Any) -> Any:
    """A value as JSON sees it: ISO dates, UTC ``Z`` timestamps, base64 bytes."""
    if isinstance(value, datetime):
        return iso_timestamp(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bytes | bytearray | memoryview):
        return base64.b64encode(bytes(value)).decode("ascii")
    return value


def iso_timestamp(value: datetime) -> str:
    """ISO-8601 in UTC with ``Z``; naive values are taken to be UTC already.

    The schema stores UTC; SQLite hands it back without a zone.
    """
    if value.tzinfo is None:
        value = value.replace(tzinfo=UTC)
    text = value.astimezone(UTC).isoformat()
    return text.removesuffix("+00:00") + "Z"


def _as_tuple(row: Mapping[str, Any] | Sequence[Any], columns: Sequence[str]) -> tuple:
    if isinstance(row, Mapping):
        return tuple(row.get(column) for column in columns)
    return tuple(row)


def _json_object(columns: Sequence[str], record: Sequence[Any]) -> str:
    return json.dumps(
        {column: json_value(value) for column, value in zip(columns, record, strict=False)},
        ensure_ascii=False,
    )


def _write_json_array(out: IO[str], columns: Sequence[str], records: Iterable[tuple]) -> None:
    # One object a line inside the array: still valid JSON, streams, and diffs well.
    out.write("[")
    first = True
    for record in records:
        out.write("\n" if first else ",\n")
        out.write(_json_object(columns, record))
        first = False
    out.write("\n]\n" if not first else "]\n")


def _text(value: Any) -> str:
    if value is None:
        return ""
    value = json_value(value)
    if isinstance(value, float):
        return repr(value)
    return str(value)


def _cell(value: Any) -> str:
    if isinstance(value, bytes | bytearray | memoryview):
        return f"<{len(bytes(value))} bytes>"
    text = " ".join(_text(value).split())
    if len(text) > MAX_CELL:
        return text[: MAX_CELL - 1] + "…"
    return text


def _write_table(out: IO[str], columns: Sequence[str], records: list[tuple]) -> None:
    cells = [[_cell(value) for value in record] for record in records]
    widths = [len(column) for column in columns]
    for row in cells:
        for index, text in enumerate(row):
            widths[index] = max(widths[index], len(text))
    numeric = [
        bool(records)
        and all(
            isinstance(record[index], int | float | Decimal) or record[index] is None
            for record in records
        )
        and any(record[index] is not None for record in records)
        for index in range(len(columns))
    ]

    def line(values: Sequence[str]) -> str:
        parts = [
            value.rjust(width) if right else value.ljust(width)
            for value, width, right in zip(values, widths, numeric, strict=True)
        ]
        return "  ".join(parts).rstrip()

    out.write(line(columns) + "\n")
    out.write("  ".join("-" * width for width in widths) + "\n")
    for row in cells:
        out.write(line(row) + "\n")
