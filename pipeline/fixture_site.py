"""Serve the bundled fixture site (fixtures/site/) on 127.0.0.1 for the demo and tests.

Files are served as they are, except that ``{{BASE_URL}}`` in text files is
replaced by the server's own base URL, so absolute links (sitemap, feed,
canonical) point back at it whatever port it got.
"""

from __future__ import annotations

import hashlib
import mimetypes
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import unquote, urlsplit

PLACEHOLDER = "{{BASE_URL}}"
EVAL_BASE_URL = "http://127.0.0.1:8000"
TEXT_TYPES = {".html": "text/html; charset=utf-8", ".xml": "application/xml", ".txt": "text/plain"}


def fixtures_dir() -> Path:
    """The repository's fixtures/ folder (only a checkout has it: the eval sets)."""
    return Path(__file__).resolve().parent.parent / "fixtures"


# Where the wheel carries fixtures/site (pyproject's force-include), so that
# ``campusnews demo`` works from an installed package too.
PACKAGED_SITE = Path(__file__).resolve().parent / "demo_site"


def site_dir() -> Path:
    """The demo's fixture site: the packaged copy, else the checkout's fixtures/site."""
    return PACKAGED_SITE if PACKAGED_SITE.is_dir() else fixtures_dir() / "site"


def render_fixture(data: bytes, base_url: str) -> bytes:
    """Fill in the base URL placeholder of a fixture file."""
    return data.replace(PLACEHOLDER.encode(), base_url.encode())


def _resolve(root: Path, url_path: str) -> Path | None:
    candidate = (root / unquote(urlsplit(url_path).path).lstrip("/")).resolve()
    if candidate != root and root not in candidate.parents:
        return None
    return candidate if candidate.exists() else None


def _handler(
    root: Path, base_url: list[str], log: list[str], times: list[float] | None, latency: float
) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        server_version = "campusnews-fixture/1"

        def do_GET(self) -> None:  # noqa: N802 - http.server's naming
            conditional = "If-None-Match" in self.headers or "If-Modified-Since" in self.headers
            log.append(("C " if conditional else "") + self.path)
            if times is not None:
                times.append(time.monotonic())
            if latency:
                time.sleep(latency)
            path = _resolve(root, self.path)
            if path is not None and path.is_dir():
                if not urlsplit(self.path).path.endswith("/"):
                    self.send_response(301)
                    self.send_header("Location", urlsplit(self.path).path + "/")
                    self.end_headers()
                    return
                path = path / "index.html"
            if path is None or not path.is_file():
                self.send_error(404)
                return
            data = render_fixture(path.read_bytes(), base_url[0])
            etag = '"' + hashlib.sha1(data).hexdigest()[:16] + '"'
            if self.headers.get("If-None-Match") == etag:
                self.send_response(304)
                self.send_header("ETag", etag)
                self.end_headers()
                return
            ctype = TEXT_TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0]
            self.send_response(200)
            self.send_header("Content-Type", ctype or "application/octet-stream")
            self.send_header("Content-Length", str(len(data)))
            self.send_header("ETag", etag)
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            return

    return Handler


@contextmanager
def serve_site(
    root: Path | None = None,
    port: int = 0,
    *,
    latency: float = 0.0,
    times: list[float] | None = None,
) -> Iterator[tuple[str, list[str]]]:
    """Serve ``root`` (default fixtures/site) on 127.0.0.1; yield (base URL, request log).

    The log lists every requested path, prefixed with ``"C "`` when the request
    was conditional (If-None-Match / If-Modified-Since). ``latency`` delays
    every answer; ``times`` collects when each request arrived (monotonic clock).
    """
    root = (root or fixtures_dir() / "site").resolve()
    base: list[str] = [""]
    log: list[str] = []
    server = ThreadingHTTPServer(("127.0.0.1", port), _handler(root, base, log, times, latency))
    server.daemon_threads = True
    base[0] = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield base[0], log
    finally:
        server.shutdown()
        server.server_close()
