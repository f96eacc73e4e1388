"""The dashboard in real headless Chromium, with the network cut off (localhost only).

One server per module on a store ingested from data/articles; each test loads the page once.
"""

from __future__ import annotations

import json
from datetime import date
from typing import Any

import pytest
from plotly.offline import get_plotlyjs_version

from dashboard.timeline import month_index
from tests.browser.conftest import VENDOR, PageLog, Server

pytestmark = pytest.mark.browser

MAP = "document.querySelector('#map .js-plotly-plot')"
BASE = "document.querySelector('#map-base .js-plotly-plot')"
TIMELINE = "document.querySelector('#timeline .js-plotly-plot')"

STATUS_OF = f"""(id) => {{
  const gd = {MAP};
  if (!gd || !gd.data) return null;
  const t = gd.data.find(t => t.mode === 'lines' && t.name !== 'selected'
                              && (t.customdata || []).includes(id));
  return t ? t.name : null;
}}"""

# Page coordinates of a point part-way between two vertices of a flow's arc (not a vertex).
ARC_POINT = f"""([id, k]) => {{
  const gd = {MAP};
  const t = gd.data.find(t => t.mode === 'lines' && t.name !== 'selected'
                              && t.customdata.includes(id));
  const i = t.customdata.indexOf(id) + k;
  const proj = gd._fullLayout.geo._subplot.projection;
  const a = proj([t.lon[i], t.lat[i]]), b = proj([t.lon[i + 1], t.lat[i + 1]]);
  const r = gd.querySelector('.main-svg').getBoundingClientRect();
  return [r.left + (a[0] + b[0]) / 2, r.top + (a[1] + b[1]) / 2];
}}"""

# Page coordinates of a timeline event of a flow starting on a given day.
EVENT_POINT = f"""([flow, day]) => {{
  const gd = {TIMELINE};
  const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
  const r = gd.querySelector('.main-svg').getBoundingClientRect();
  for (const t of gd.data) {{
    for (let i = 0; i < (t.customdata || []).length; i++) {{
      const cd = t.customdata[i];
      if (cd[0] !== flow || cd[2] !== day) continue;
      const x = t.type === 'bar' ? Date.parse(t.base[i]) + t.x[i] / 2 : Date.parse(t.x[i]);
      return [r.left + xa._offset + xa.l2p(x), r.top + ya._offset + ya.l2p(t.y[i])];
    }}
  }}
  return null;
}}"""


def _open(page: Any, server: Server, query: str = "") -> None:
    page.goto(server.url + "/" + query)
    page.wait_for_function(f"() => {{ const g = {MAP}; return g && g.data && g.data.length > 2 }}")
    page.wait_for_function(f"() => {{ const g = {TIMELINE}; return g && g._fullLayout }}")


def _wait_status(page: Any, flow: str, status: str) -> None:
    page.wait_for_function(f"(id) => ({STATUS_OF})(id) === {json.dumps(status)}", arg=flow)


def _slider_value(page: Any) -> int:
    return int(page.get_attribute("#date-slider [role=slider]", "aria-valuenow"))


def _wait_evidence(page: Any, text: str) -> None:
    page.wait_for_function(
        "(t) => (document.querySelector('#evidence h2') || {}).innerText.includes(t)", arg=text
    )


def _no_errors(log: PageLog) -> None:
    assert log.errors == [], log.errors


def test_seed_arcs_and_countries_draw_with_the_network_off(
    atlas_server: Server, page: tuple[Any, PageLog]
) -> None:
    pg, log = page
    _open(pg, atlas_server)
    # Countries: the basemap graph under the arcs draws land from the local topojson.
    pg.wait_for_function(f"() => {BASE}.querySelectorAll('.geo .layer.land path').length > 0")
    land = pg.evaluate(
        f"() => [...{BASE}.querySelectorAll('.geo .layer.land path')]"
        ".map(p => (p.getAttribute('d') || '').length)"
    )
    assert land and max(land) > 1000  # real country outlines, not an empty layer
    borders = pg.evaluate(f"() => {BASE}.querySelectorAll('.geo .layer.countries path').length")
    assert borders > 0
    drawn = pg.evaluate(
        f"""() => {MAP}.data.filter(t => t.mode === 'lines')
               .flatMap(t => t.customdata).filter(Boolean)"""
    )
    assert {"can-tur", "tur-aze", "tur-lby"} <= set(drawn)
    lines = pg.evaluate(
        f"() => [...{MAP}.querySelectorAll('.scattergeo path.js-line')]"
        ".filter(p => (p.getAttribute('d') || '').length > 20).length"
    )
    assert lines >= 3  # arcs actually painted as SVG paths
    # Everything came from localhost: plotly.js, the topojson, styles.
    assert log.external == []
    resources = pg.evaluate("() => performance.getEntriesByType('resource').map(r => r.name)")
    # The partial bundle (assets/plotly-atlas.min.js) drew it all: dcc.Graph found it as
    # window.Plotly, so Dash's full plotly.min.js was never fetched.
    assert any("/assets/plotly-atlas.min.js" in r for r in resources)
    assert not [r for r in resources if r.split("?")[0].endswith("/plotly.min.js")]
    assert pg.evaluate("() => Plotly.version") == get_plotlyjs_version()
    # The topojson was preloaded and plotly's own request reused it: one fetch, not two.
    assert len([r for r in resources if r.endswith("/world_110m.json")]) == 1
    _no_errors(log)


def test_slider_changes_arc_status(atlas_server: Server, page: tuple[Any, PageLog]) -> None:
    pg, log = page
    _open(pg, atlas_server, "?date=2020-11-01")
    _wait_status(pg, "can-tur", "suspended")
    assert _slider_value(pg) == month_index(date(2020, 11, 1))
    assert "1 Nov 2020" in pg.inner_text("#as-of")
    handle = pg.locator("#date-slider [role=slider]")
    handle.focus()
    for _ in range(5):  # keyboard: five months on, to April 2021
        pg.keyboard.press("ArrowRight")
    _wait_status(pg, "can-tur", "cancelled")
    assert "30 Apr 2021" in pg.inner_text("#as-of")
    pg.wait_for_function("() => window.location.search.includes('date=2021-04-30')")
    pg.keyboard.press("Home")  # the first month: October 2019, first suspension
    _wait_status(pg, "can-tur", "suspended")
    pg.keyboard.press("ArrowLeft")
    # Play steps forward by itself.
    before = _slider_value(pg)
    pg.click("#play")
    pg.wait_for_function(
        "(v) => +document.querySelector('#date-slider [role=slider]')"
        ".getAttribute('aria-valuenow') > v",
        arg=before,
        timeout=5000,
    )
    assert pg.get_attribute("#play", "aria-pressed") == "true"
    pg.click("#play")
    pg.wait_for_function(
        "() => document.querySelector('#play').getAttribute('aria-pressed') === 'false'"
    )
    assert pg.inner_text("#play") == "Play"
    _no_errors(log)


def test_click_arc_shows_evidence_and_highlights_lane(
    atlas_server: Server, page: tuple[Any, PageLog]
) -> None:
    pg, log = page
    _open(pg, atlas_server, "?date=2020-11-01")
    _wait_status(pg, "can-tur", "suspended")
    pg.locator("#map").scroll_into_view_if_needed()
    x, y = pg.evaluate(ARC_POINT, ["can-tur", 22])
    pg.mouse.move(x, y)
    pg.mouse.click(x, y)
    pg.wait_for_function(
        "() => document.querySelector('#evidence h2').innerText.includes('Turkey')"
    )
    assert "Canada → Turkey" in pg.inner_text("#evidence h2")
    pg.wait_for_function("() => window.location.search.includes('flow=can-tur')")
    excerpts = pg.locator("#evidence .excerpt-text").all_inner_texts()
    assert any("end-use assurances" in e for e in excerpts), excerpts
    assert pg.locator("#evidence mark").count() >= 2
    assert pg.locator("#evidence .source h4").count() == 2  # both reports
    # The selected flow's lane is highlighted on the timeline.
    pg.wait_for_function(
        f"() => ({TIMELINE}).layout.yaxis.ticktext.some(t => t.includes('▶ Canada → Turkey'))"
    )
    _no_errors(log)


def test_click_timeline_event_moves_slider(atlas_server: Server, page: tuple[Any, PageLog]) -> None:
    pg, log = page
    _open(pg, atlas_server, "?date=2020-01-15")
    _wait_status(pg, "can-tur", "suspended")
    pg.locator("#timeline").scroll_into_view_if_needed()
    point = pg.evaluate(EVENT_POINT, ["can-tur", "2021-04-12"])
    assert point, "no dated cancellation on the Canada → Turkey lane"
    pg.mouse.move(*point)
    pg.mouse.click(*point)
    april = month_index(date(2021, 4, 1))
    pg.wait_for_function(
        "(v) => +document.querySelector('#date-slider [role=slider]')"
        ".getAttribute('aria-valuenow') === v",
        arg=april,
    )
    pg.wait_for_function("() => document.querySelector('#as-of').innerText.includes('12 Apr 2021')")
    _wait_status(pg, "can-tur", "cancelled")
    pg.wait_for_function(
        "() => document.querySelector('#evidence h2').innerText.includes('Turkey')"
    )
    pg.wait_for_function("() => window.location.search.includes('date=2021-04-12')")
    # The date marker on the timeline followed.
    marker = pg.evaluate(f"() => {TIMELINE}.layout.shapes[0].x0")
    assert str(marker).startswith("2021-04-12")
    _no_errors(log)


def test_url_restores_the_view(atlas_server: Server, page: tuple[Any, PageLog]) -> None:
    pg, log = page
    query = "?date=2020-11-01&flow=can-tur&kind=suspension&country=CAN"
    _open(pg, atlas_server, query)
    _wait_status(pg, "can-tur", "suspended")
    pg.wait_for_function(
        "() => document.querySelector('#evidence h2').innerText.includes('Turkey')"
    )
    assert "1 Nov 2020" in pg.inner_text("#as-of")
    assert pg.is_checked("#filter-kind input[value=suspension]")
    assert not pg.is_checked("#filter-kind input[value=transfer]")
    assert pg.is_checked("#filter-country input[value=CAN]")
    drawn = pg.evaluate(
        f"""() => [...new Set({MAP}.data.filter(t => t.mode === 'lines' && t.name !== 'selected')
                .flatMap(t => t.customdata).filter(Boolean))]"""
    )
    assert drawn == ["can-tur"]  # only Canadian flows with a suspension
    assert pg.inner_text("#counts").startswith("Showing 1 of")
    halo = pg.evaluate(f"() => {MAP}.data[0].name")
    assert halo == "selected"
    # The URL still says the same thing once the app has settled.
    pg.wait_for_timeout(300)
    search = pg.evaluate("() => window.location.search")
    assert all(part in search for part in query.lstrip("?").split("&")), search
    _no_errors(log)


def test_accessibility_and_large_screen(atlas_server: Server, page: tuple[Any, PageLog]) -> None:
    pg, log = page
    pg.set_viewport_size({"width": 1920, "height": 1080})
    _open(pg, atlas_server, "?flow=can-tur")
    pg.wait_for_function(
        "() => document.querySelector('#evidence h2').innerText.includes('Turkey')"
    )
    # Evaluated rather than added as a <script>: the app's CSP rightly blocks inline scripts.
    pg.evaluate((VENDOR / "axe.min.js").read_text("utf-8") + "\n;void 0")
    assert pg.evaluate("() => typeof axe") == "object"
    result = pg.evaluate("async () => await axe.run(document, {resultTypes: ['violations']})")
    bad = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert bad == [], bad
    overflow = pg.evaluate("() => document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0
    for sel in ("#map", "#timeline", "#evidence", "#date-slider", "#play"):
        assert pg.locator(sel).is_visible()
    # Keyboard: the play button and the filters are reachable and labelled.
    assert pg.locator("label[for=filter-search]").count() == 1
    pg.set_viewport_size({"width": 1280, "height": 800})
    # The graphs follow the window after plotly's debounced resize (100 ms + a relayout),
    # which a fixed short wait missed on a busy machine: wait for the page to fit instead.
    pg.wait_for_function(
        "() => document.documentElement.scrollWidth - window.innerWidth <= 0", timeout=5000
    )
    _no_errors(log)


def test_brush_on_timeline_sets_window_and_restricts_map(
    atlas_server: Server, page: tuple[Any, PageLog]
) -> None:
    pg, log = page
    _open(pg, atlas_server, "?date=2021-04-30")
    _wait_status(pg, "can-tur", "cancelled")
    pg.locator("#timeline").scroll_into_view_if_needed()
    x0, x1, y = pg.evaluate(
        f"""() => {{
          const gd = {TIMELINE}, xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
          const r = gd.querySelector('.main-svg').getBoundingClientRect();
          const px = d => r.left + xa._offset + xa.l2p(Date.parse(d));
          return [px('2020-02-01'), px('2020-06-15'), r.top + ya._offset + ya._length / 2];
        }}"""
    )
    pg.mouse.move(x0, y)
    pg.mouse.down()
    pg.mouse.move((x0 + x1) / 2, y, steps=5)
    pg.mouse.move(x1, y, steps=5)
    pg.mouse.up()
    pg.wait_for_function(
        "() => document.querySelector('#window-label').innerText.startsWith('Window: 2020-0')"
    )
    pg.wait_for_function("() => window.location.search.includes('window=2020-0')")
    # Only events in the window count: Canada → Turkey is "supplying" (eased in spring 2020),
    # not "cancelled", and flows with no event in the window leave the map.
    _wait_status(pg, "can-tur", "supplying")
    drawn = pg.evaluate(
        f"""() => [...new Set({MAP}.data.filter(t => t.mode === 'lines' && t.name !== 'selected')
                .flatMap(t => t.customdata).filter(Boolean))]"""
    )
    assert "tur-lby" not in drawn
    pg.click("#clear-window")
    _wait_status(pg, "can-tur", "cancelled")
    _no_errors(log)
