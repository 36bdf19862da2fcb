"""Logging for CLI runs: quiet on the console by default, a full log file on request.

Console: WARNING by default (cron mails nothing on success), INFO with -v,
DEBUG with -vv, ERROR with -q. The log file, when given, always gets INFO.
"""

from __future__ import annotations

import logging
import logging.handlers
import sys
from pathlib import Path

FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def configure_logging(verbosity: int, log_file: Path | None = None) -> None:
    """Install handlers on the root logger (call once, from the CLI only)."""
    level = {-1: logging.ERROR, 0: logging.WARNING, 1: logging.INFO}.get(verbosity, logging.DEBUG)
    root = logging.getLogger()
    root.handlers.clear()
    root.setLevel(logging.DEBUG if verbosity >= 2 else logging.INFO)
    console = logging.StreamHandler(sys.stderr)
    console.setLevel(level)
    console.setFormatter(logging.Formatter("%(levelname)s %(message)s"))
    root.addHandler(console)
    if log_file is not None:
        log_file.parent.mkdir(parents=True, exist_ok=True)
        handler = logging.handlers.WatchedFileHandler(log_file)
        handler.setLevel(logging.INFO)
        handler.setFormatter(logging.Formatter(FORMAT))
        root.addHandler(handler)
    # httpx logs every request at INFO; keep it for -vv.
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.DEBUG if verbosity >= 2 else logging.WARNING)
