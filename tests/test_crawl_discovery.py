"""Which links a crawl follows (every link of a seed page, only the refresh of a deeper one),
and the event loop it runs on."""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from pipeline.cli import cli

ARTICLE = (
    "<html lang='en'><head><title>{title}</title>{head}</head><body><article><h1>{title}</h1>"
    "<p>Leiden University and TNO signed a partnership on 3 May 2024.</p>"
    "<a href='/unrelated'>Another page</a></article></body></html>"
)


def test_a_deeper_page_is_followed_only_through_its_meta_refresh(
    httpserver: HTTPServer, tmp_path: Path
) -> None:
    requested: list[str] = []

    def page(body: str) -> object:
        def answer(request: Request) -> Response:
            requested.append(request.path)
            return Response(body, content_type="text/html")

        return answer

    httpserver.expect_request("/robots.txt").respond_with_data("User-agent: *\nAllow: /\n")
    httpserver.expect_request("/").respond_with_handler(
        page("<html><body><a href='/old'>Old news</a></body></html>")
    )
    refresh = "<meta http-equiv='refresh' content='0; url=/moved'>"
    httpserver.expect_request("/old").respond_with_handler(
        page(ARTICLE.format(title="Moved", head=refresh))
    )
    httpserver.expect_request("/moved").respond_with_handler(
        page(ARTICLE.format(title="Here now", head=""))
    )
    httpserver.expect_request("/unrelated").respond_with_handler(page("<p>no</p>"))

    result = CliRunner().invoke(
        cli,
        [
            "--db",
            str(tmp_path / "c.db"),
            "crawl",
            "--start-url",
            httpserver.url_for("/"),
            "--allow-private",
            "--delay",
            "0",
        ],
    )

    assert result.exit_code == 0, result.output
    assert sorted(requested) == ["/", "/moved", "/old"]


def test_the_crawl_loop_is_uvloop_where_installed_else_asyncio(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from pipeline.crawl import run_event_loop

    async def loop_module() -> str:
        return type(asyncio.get_running_loop()).__module__

    assert run_event_loop(loop_module()).startswith("uvloop")
    monkeypatch.setitem(sys.modules, "uvloop", None)  # as on Windows: not installed
    assert run_event_loop(loop_module()).startswith("asyncio")
