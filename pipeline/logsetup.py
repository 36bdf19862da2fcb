"""Logging for CLI runs: quiet on the console by default, a full log file on request.

Console: WARNING by default (cron mails nothing on success), INFO with -v,
DEBUG with -vv, ERROR with -q. The log file, when given, always gets INFO.
Alembic's own lines (which plugin it set up, which migration it runs) are
DEBUG: a log file shows them with -vv only. A password in a URL is shown as
``***`` in every line.
"""

from __future__ import annotations

import logging
import re
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"

_PASSWORD_IN_URL = re.compile(r"(\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)[^@\s]*@", re.IGNORECASE)


def hide_passwords(text: str) -> str:
    """``text`` with the password of every URL in it replaced by ``***``."""
    return _PASSWORD_IN_URL.sub(r"\1***@", text)


class HidePasswords(logging.Filter):
    """Replace the password of any URL in a log line by ``***``."""

    def filter(self, record: logging.LogRecord) -> bool:
        """Rewrite the record's message in place; never drops a record."""
        message = record.getMessage()
        masked = hide_passwords(message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure_logging(verbosity: int, log_file: Path | None = None) -> None:
    """Install handlers on the root logger (call once, from the CLI only)."""
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger()
    for old in root.handlers[:]:  # a second call (tests, demo) must not leak the old log file
        root.removeHandler(old)
        old.close()
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(level)
    console.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    console.addFilter(HidePasswords())
    root.addHandler(console)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        # Imported here: only a command that logs to a file pays for logging.handlers.
        from logging.handlers import WatchedFileHandler

        handler = WatchedFileHandler(log_file)
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(HidePasswords())
        root.addHandler(handler)
    # httpx logs every request at INFO; keep it for -vv.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
    # Alembic logs "setup plugin ..." and every migration step at INFO: debug detail.
    logging.getLogger("alembic").setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
