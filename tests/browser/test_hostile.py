"""Hostile article text in the real page: shown as literal text, never run, never a live link.

The fixture (tests/fixtures/hostile) puts <script>, <img onerror>, javascript: links,
<iframe>, and the tags plotly renders in hover labels (<a href>, <span style>, <b>) inside
sentences the extractor turns into flows, and into the sidecar's title, outlet and URL.
The page runs under the app's real Content-Security-Policy; a violation would be logged.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.browser.hardening_helpers import arc_point, hover_text, timeline_point

pytestmark = pytest.mark.browser

HOSTILE = Path(__file__).resolve().parents[1] / "fixtures" / "hostile"
CSP_LISTENER = """
document.addEventListener('securitypolicyviolation', e =>
  console.error('CSP violation: ' + e.violatedDirective + ' ' + e.blockedURI));
"""
NO_ACTIVE_CONTENT = """() => ({
  img: document.querySelectorAll('img').length,
  iframe: document.querySelectorAll('iframe').length,
  handlers: document.querySelectorAll('[onerror],[onclick],[onload]').length,
  jsLinks: document.querySelectorAll('a[href^="javascript"], a[href^=" javascript"]').length,
  alertScripts: [...document.scripts].filter(s => s.textContent.includes('alert(')).length,
  evidenceTags: document.querySelectorAll(
    '#evidence b, #evidence span[style], #evidence a:not([href^="http"])').length,
})"""


@pytest.fixture(scope="module")
def hostile_server(atlas_server: Any) -> Any:
    """The conftest server, with the hostile article ingested through the pipeline."""
    from dashboard.ingest.pipeline import ingest_paths
    from dashboard.store import Store

    with Store.open(atlas_server.db_url) as store:
        report = ingest_paths([HOSTILE], store)
    assert [f.status for f in report.files] == ["added"], report.files
    return atlas_server


@pytest.fixture
def hostile_page(page: tuple[Any, Any], hostile_server: Any) -> Iterator[tuple[Any, Any, list]]:
    pg, log = page
    dialogs: list[str] = []

    def on_dialog(dialog: Any) -> None:
        dialogs.append(dialog.message)
        dialog.dismiss()

    pg.on("dialog", on_dialog)
    pg.add_init_script(CSP_LISTENER)
    pg.goto(hostile_server.url + "/")
    pg.wait_for_selector("#map path.js-line", timeout=30_000)
    yield pg, log, dialogs


def _select_arc(pg: Any, flow_id: str, label: str) -> str:
    point = arc_point(pg, flow_id, label)
    assert point is not None, f"no point on the {label} arc shows its hover label"
    pg.mouse.click(point["x"], point["y"])
    pg.wait_for_function(
        "(l) => document.querySelector('#evidence h2')?.textContent.includes(l)",
        arg=label,
        timeout=10_000,
    )
    pg.wait_for_timeout(300)
    return str(pg.inner_text("#evidence"))


def test_evidence_panel_shows_tags_as_text(hostile_page: tuple[Any, Any, list]) -> None:
    pg, log, dialogs = hostile_page
    text = _select_arc(pg, "deu-ukr", "Germany → Ukraine")
    assert (
        "Germany delivered <b>Leopard tanks</b> to Ukraine <img src=x onerror=alert(1)> "
        "in March 2023." in text
    )
    assert "Hostile <img src=x onerror=alert('meta')> title <b>bold</b>" in text
    assert "<script>alert('outlet')</script> Gazette" in text
    assert "Link (not http/https, not linked): javascript:alert('url')" in text
    mark = pg.inner_text("#evidence mark")
    assert "<img src=x onerror=alert(1)>" in mark

    text = _select_arc(pg, "pol-ukr", "Poland → Ukraine")
    assert '<a href="javascript:alert(2)">howitzers</a>' in text
    assert '<span style="color:red;font-size:80px">in May 2023</span>' in text

    found = pg.evaluate(NO_ACTIVE_CONTENT)
    assert found == {
        "img": 0,
        "iframe": 0,
        "handlers": 0,
        "jsLinks": 0,
        "alertScripts": 0,
        "evidenceTags": 0,
    }
    assert dialogs == []
    assert log.errors == []
    assert log.external == []


def test_hover_labels_show_escaped_text(hostile_page: tuple[Any, Any, list]) -> None:
    pg, log, dialogs = hostile_page
    for flow_id, literal in (
        ("deu-ukr", "<img src=x onerror=alert(1)>"),
        ("pol-ukr", '<a href="javascript:alert(2)">howitzers</a>'),
    ):
        point = timeline_point(pg, flow_id)
        assert point is not None, f"no timeline event for {flow_id}"
        pg.mouse.move(point["x"], point["y"])
        pg.wait_for_function(
            "(s) => (document.querySelector('#timeline .hoverlayer')?.textContent || '')"
            ".includes(s)",
            arg=literal,
            timeout=5_000,
        )
        label = hover_text(pg, "timeline")
        assert literal in label
        # plotly turns <a>/<span style> in hover text into live elements; none may appear.
        live = pg.evaluate(
            "() => ({a: document.querySelectorAll('#timeline .hoverlayer a').length,"
            " styled: [...document.querySelectorAll('#timeline .hoverlayer tspan')]"
            ".filter(t => (t.getAttribute('style') || '').includes('80px')).length})"
        )
        assert live == {"a": 0, "styled": 0}
    assert dialogs == []
    assert log.errors == []
