"""Serve a generated site with nginx on 127.0.0.1, with an optional per-response latency.

nginx runs as a non-daemon child with its own config, pid file, logs and
temp dirs in a private directory; it is stopped when the ``serve`` block ends
(also on errors and Ctrl-C). No system service is touched.

Latency: Debian's ``nginx-light`` ships the echo module, whose ``echo_sleep``
is a non-blocking timer; ``echo_sleep`` followed by ``echo_exec`` to a named
location that serves the file delays every response (200, 404, robots.txt,
sitemaps) by the same amount, inside nginx, without a proxy process that
would compete with the crawler for CPU. Latency 0 serves files directly.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

NGINX = "/usr/sbin/nginx"
ECHO_MODULE = "/usr/lib/nginx/modules/ngx_http_echo_module.so"
STARTUP_SECONDS = 10.0


def ensure_nginx() -> None:
    """Install nginx-light (nginx + echo module) from Debian's packages when it is missing."""
    if Path(NGINX).is_file() and Path(ECHO_MODULE).is_file():
        return
    print("  nginx or its echo module is missing: apt-get install -y nginx-light", flush=True)
    env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "update", "-qq"], check=True, env=env, timeout=600)
    subprocess.run(
        ["apt-get", "install", "-y", "-qq", "nginx-light"], check=True, env=env, timeout=900
    )
    if not (Path(NGINX).is_file() and Path(ECHO_MODULE).is_file()):
        raise RuntimeError(f"nginx-light installed but {NGINX} or {ECHO_MODULE} is missing")


def free_port() -> int:
    """A port that was free on 127.0.0.1 a moment ago."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _config(work: Path, root: Path, port: int, latency_ms: int) -> str:
    if latency_ms:
        serve = (
            f"location / {{ echo_sleep {latency_ms / 1000:.3f}; echo_exec @files; }}\n"
            "    location @files { try_files $uri $uri/index.html =404; }"
        )
    else:
        serve = "location / { try_files $uri $uri/index.html =404; }"
    temp = work / "temp"
    return f"""
load_module {ECHO_MODULE};
daemon off;
worker_processes 1;
pid {work}/nginx.pid;
error_log {work}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  types {{ text/html html; application/xml xml; text/plain txt; }}
  default_type application/octet-stream;
  log_format bench '$msec $status $body_bytes_sent "$request_uri" "$http_user_agent"';
  access_log {work}/access.log bench buffer=256k flush=1s;
  sendfile on;
  keepalive_requests 100000;
  keepalive_timeout 60s;
  open_file_cache max=20000 inactive=60s;
  client_body_temp_path {temp}; proxy_temp_path {temp}; fastcgi_temp_path {temp};
  uwsgi_temp_path {temp}; scgi_temp_path {temp};
  server {{
    listen 127.0.0.1:{port};
    root {root};
    absolute_redirect off;
    {serve}
  }}
}}
"""


@dataclass
class Hits:
    """What the access log says one crawler fetched."""

    requests: int = 0
    by_status: Counter[int] = field(default_factory=Counter)
    html_ok: set[str] = field(default_factory=set)
    other_ok: Counter[str] = field(default_factory=Counter)
    disallowed: int = 0
    repeats: int = 0
    first: float = 0.0
    last: float = 0.0


def read_access_log(path: Path, html_paths: set[str], disallowed: tuple[str, ...]) -> Hits:
    """Count requests, distinct site pages fetched with 200, and robots violations."""
    hits = Hits()
    seen: Counter[str] = Counter()
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        parts = line.split(" ", 3)
        if len(parts) < 4:
            continue
        msec, status, _size, rest = parts
        uri = rest.split('"', 2)[1] if rest.startswith('"') else rest
        hits.requests += 1
        hits.by_status[int(status)] += 1
        stamp = float(msec)
        hits.first = stamp if not hits.first else min(hits.first, stamp)
        hits.last = max(hits.last, stamp)
        path_only = urlsplit(uri).path
        if uri.startswith(disallowed):
            hits.disallowed += 1
        seen[uri] += 1
        if status != "200":
            continue
        if path_only in html_paths and not urlsplit(uri).query:
            hits.html_ok.add(path_only)
        else:
            hits.other_ok[_kind(path_only)] += 1
    hits.repeats = sum(n - 1 for n in seen.values() if n > 1)
    return hits


def _kind(path: str) -> str:
    if path == "/robots.txt":
        return "robots"
    if "sitemap" in path:
        return "sitemap"
    return "feed" if path.endswith("feed.xml") else "other"


@dataclass(frozen=True)
class Server:
    """A running nginx: its base URL and where its access log is written."""

    base_url: str
    access_log: Path


@contextmanager
def serve(root: Path, work: Path, *, latency_ms: int = 0) -> Iterator[Server]:
    """Run nginx on a free port over ``root`` until the block ends; logs go to ``work``."""
    if work.exists():
        shutil.rmtree(work)
    (work / "temp").mkdir(parents=True)
    port = free_port()
    conf = work / "nginx.conf"
    conf.write_text(_config(work, root, port, latency_ms))
    log = (work / "stderr.log").open("wb")
    proc = subprocess.Popen(
        [NGINX, "-c", str(conf), "-p", str(work), "-e", str(work / "error.log")],
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    try:
        _wait_listening(port, proc, work)
        yield Server(f"http://127.0.0.1:{port}", work / "access.log")
    finally:
        # SIGTERM = fast shutdown: the master stops its worker and flushes the log buffer.
        if proc.poll() is None:
            proc.terminate()
            try:
                proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=10)
        log.close()


def _wait_listening(port: int, proc: subprocess.Popen[bytes], work: Path) -> None:
    deadline = time.monotonic() + STARTUP_SECONDS
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            for name in ("stderr.log", "error.log"):
                if (work / name).is_file():
                    sys.stderr.write((work / name).read_text(errors="replace"))
            raise RuntimeError(f"nginx exited with {proc.returncode}; see {work}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.05)
    raise RuntimeError(f"nginx did not listen on port {port} within {STARTUP_SECONDS:.0f} s")
