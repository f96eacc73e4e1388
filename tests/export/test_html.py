"""The standalone HTML file, opened from disk in headless Chromium with the network blocked."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from dashboard.chromium import CHROMIUM
from dashboard.chromium import CHROMIUM_ARGS as FLAGS
from dashboard.export import export_view
from dashboard.export.html import _script_json
from dashboard.view import View
from tests.export.conftest import GENERATED_ON, Data
from tests.export.handmade import HOSTILE_EXCERPT, HOSTILE_TITLE


def test_html_is_self_contained(seed: Data, nov_2020: View) -> None:
    page = export_view(seed.flows, seed.sources, nov_2020, "html").decode("utf-8")
    assert "window.PlotlyGeoAssets" in page
    assert page.index("window.PlotlyGeoAssets") < page.index("Plotly.newPlot")
    assert '"world_110m"' in page or "world_110m:" in page
    assert not re.search(r"<(script|link|img)[^>]+(src|href)=", page)
    assert "Content-Security-Policy" in page


def test_script_json_cannot_close_the_script() -> None:
    text = _script_json({"x": "</script><script>alert(1)</script>&\u2028"})
    assert "<" not in text and ">" not in text and "&" not in text and "\u2028" not in text


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[object]:
    sync_api = pytest.importorskip("playwright.sync_api")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_api.sync_playwright() as pw:
        context = pw.chromium.launch_persistent_context(
            str(profile), executable_path=CHROMIUM, headless=True, args=FLAGS
        )
        yield context
        context.close()


def _open(context: object, path: Path) -> tuple[object, list[str], list[str], list[str]]:
    """Open the file with every non-file request aborted and recorded."""
    page = context.new_page()  # type: ignore[attr-defined]
    blocked: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []

    def route(r: object) -> None:
        url = r.request.url  # type: ignore[attr-defined]
        if url.startswith(("file:", "data:", "blob:", "about:")):
            r.continue_()  # type: ignore[attr-defined]
        else:
            blocked.append(url)
            r.abort()  # type: ignore[attr-defined]

    page.route("**/*", route)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)

    def dialog(d: object) -> None:
        dialogs.append(d.message)  # type: ignore[attr-defined]
        d.dismiss()  # type: ignore[attr-defined]

    page.on("dialog", dialog)
    page.goto(path.as_uri())
    page.wait_for_selector("#atlas-map .geo .countries path", state="attached", timeout=20000)
    return page, blocked, errors, dialogs


_ARC_POINT = """(flowId) => {
  // page coordinates of a vertex in the middle of the arc that carries flowId
  const gd = document.getElementById('atlas-map');
  const i = gd.data.findIndex(t => t.mode === 'lines' && t.name !== 'selected'
                                    && (t.customdata || []).includes(flowId));
  const g = Array.from(gd.querySelectorAll('.trace.scattergeo'))
    .find(e => e.__data__ && e.__data__[0] && e.__data__[0].trace.index === i);
  const path = g.querySelector('path.js-line');
  const vertices = path.getAttribute('d').split(/[MLZ]/).filter(Boolean);
  const [x, y] = vertices[Math.floor(vertices.length / 2)].split(',').map(Number);
  const m = path.getScreenCTM();
  return [x * m.a + y * m.c + m.e, x * m.b + y * m.d + m.f];
}"""


def _layer_path_length(page: object, layer: str) -> int:
    return page.evaluate(  # type: ignore[attr-defined]
        f"""() => Array.from(document.querySelectorAll('#atlas-map .geo .layer.{layer} path'))
                 .reduce((n, p) => n + (p.getAttribute('d') || '').length, 0)"""
    )


@pytest.mark.browser
def test_html_draws_countries_arcs_and_shows_evidence_offline(
    browser: object, seed: Data, nov_2020: View, tmp_path: Path
) -> None:
    path = tmp_path / "view.html"
    path.write_bytes(
        export_view(seed.flows, seed.sources, nov_2020, "html", generated_on=GENERATED_ON)
    )
    page, blocked, errors, dialogs = _open(browser, path)
    # land and country borders come from the embedded topojson (empty without it)
    assert _layer_path_length(page, "land") > 10_000
    assert _layer_path_length(page, "countries") > 10_000
    arcs = page.locator("#atlas-map .scattergeo path.js-line")  # type: ignore[attr-defined]
    assert arcs.count() >= 5
    assert page.locator("#atlas-timeline .main-svg").count() > 0  # type: ignore[attr-defined]
    # the map is drawn beside the evidence panel, not under it, and nothing overflows
    map_box = page.locator("#atlas-map .main-svg").first.bounding_box()  # type: ignore[attr-defined]
    panel_box = page.locator("#atlas-evidence").bounding_box()  # type: ignore[attr-defined]
    assert map_box["x"] + map_box["width"] <= panel_box["x"]
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")  # type: ignore[attr-defined]
    # hover, then click, the Canada → Turkey arc with the mouse
    x, y = page.evaluate(_ARC_POINT, "can-tur")  # type: ignore[attr-defined]
    page.mouse.move(x, y)  # type: ignore[attr-defined]
    label = page.locator("#atlas-map .hoverlayer .hovertext").first  # type: ignore[attr-defined]
    label.wait_for(timeout=5000)
    assert "Canada → Turkey" in label.text_content()
    assert "suspended" in label.text_content()
    page.mouse.click(x, y)  # type: ignore[attr-defined]
    panel = page.locator("#atlas-evidence-body")  # type: ignore[attr-defined]
    panel.get_by_text("Canada → Turkey").wait_for(timeout=5000)
    text = panel.inner_text()
    assert "suspended in October" in text
    assert "EurAsian Times" in text
    assert "end-use assurances" not in text  # after the as-of date
    assert blocked == [] and errors == [] and dialogs == []


@pytest.mark.browser
def test_hostile_text_stays_text_in_html(browser: object, hostile: Data, tmp_path: Path) -> None:
    path = tmp_path / "hostile.html"
    path.write_bytes(export_view(hostile.flows, hostile.sources, View(), "html"))
    page, blocked, errors, dialogs = _open(browser, path)
    page.evaluate("() => window.atlasShowEvidence('tur-aze')")  # type: ignore[attr-defined]
    panel = page.locator("#atlas-evidence-body")  # type: ignore[attr-defined]
    assert HOSTILE_EXCERPT in panel.inner_text().replace("\n", " ")
    assert page.locator("#atlas-sources").inner_text().count(HOSTILE_TITLE) == 1  # type: ignore[attr-defined]
    assert page.locator("body img, #atlas-evidence a, #atlas-sources b").count() == 0  # type: ignore[attr-defined]
    injected = page.evaluate(  # type: ignore[attr-defined]
        "() => Array.from(document.scripts).filter(s => /^alert\\(\\d\\)$/.test(s.text)).length"
    )
    assert injected == 0
    assert dialogs == [] and blocked == [] and errors == []
