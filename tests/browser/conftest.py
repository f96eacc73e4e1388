"""Browser fixtures: one in-process Atlas server per module on a temp SQLite store ingested
from the bundled articles, and Debian's headless Chromium driven by Playwright."""

from __future__ import annotations

import logging
import shutil
import socket
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from dashboard.chromium import CHROMIUM, CHROMIUM_ARGS

VENDOR = Path(__file__).resolve().parent / "vendor"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class Server:
    url: str
    db_url: str


@pytest.fixture(scope="module")
def atlas_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Server]:
    """The real app on a fresh store: first load ingests data/articles like a new user's."""
    from werkzeug.serving import make_server

    logging.getLogger("werkzeug").setLevel(logging.ERROR)  # no access log in test output

    from dashboard.app_factory import create_app, ensure_seeded

    db_url = f"sqlite:///{tmp_path_factory.mktemp('atlas') / 'atlas.db'}"
    assert ensure_seeded(db_url), "seed ingest did not run"
    app = create_app(db_url)
    port = _free_port()
    httpd = make_server("127.0.0.1", port, app.server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield Server(f"http://127.0.0.1:{port}", db_url)
    finally:
        httpd.shutdown()
        thread.join(timeout=5)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    if not Path(CHROMIUM).exists() and shutil.which("chromium") is None:
        pytest.skip("Debian chromium not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        # launch() gives every run a fresh temporary profile (user-data-dir).
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        try:
            yield b
        finally:
            b.close()


@dataclass
class PageLog:
    """Console errors, page errors and requests that tried to leave the machine."""

    errors: list[str] = field(default_factory=list)
    external: list[str] = field(default_factory=list)


def _is_local(url: str) -> bool:
    return url.startswith(("http://127.0.0.1", "http://localhost", "data:", "blob:", "about:"))


@pytest.fixture
def page(browser: Any) -> Iterator[tuple[Any, PageLog]]:
    """A 1280×800 page with the network cut off: only localhost requests get through."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    log = PageLog()

    def guard(route: Any) -> None:
        if _is_local(route.request.url):
            route.continue_()
        else:
            log.external.append(route.request.url)
            route.abort()

    context.route("**/*", guard)
    pg = context.new_page()
    pg.on("console", lambda m: log.errors.append(m.text) if m.type == "error" else None)
    pg.on("pageerror", lambda e: log.errors.append(f"pageerror: {e}"))
    try:
        yield pg, log
    finally:
        context.close()
