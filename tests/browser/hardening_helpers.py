"""Browser helpers for the hardening tests: find an arc or timeline event on screen by flow id.

Plotly draws each trace as one SVG path, so an arc has no element of its own. We calibrate
the geo projection against any drawn marker, walk the arc's points, and stop where the hover
label names the flow: the same thing a user does with the mouse.
"""

from __future__ import annotations

from typing import Any

_ARC_POINTS_JS = """(fid) => {
  const gd = document.querySelector('#map .js-plotly-plot');
  if (!gd || !gd._fullLayout || !gd._fullLayout.geo) return null;
  const geo = gd._fullLayout.geo._subplot;
  let off = null;
  document.querySelectorAll('#map .trace').forEach(g => {
    if (off) return;
    g.querySelectorAll('path.point').forEach(el => {
      const d = el.__data__;
      if (off || !d || !d.lonlat) return;
      const r = el.getBoundingClientRect();
      const xy = geo.projection(d.lonlat);
      off = [r.left + r.width / 2 - xy[0], r.top + r.height / 2 - xy[1]];
    });
  });
  if (!off) return null;
  for (const tr of gd._fullData) {
    if (!tr.customdata || tr.hoverinfo === 'skip' || tr.mode !== 'lines') continue;
    const pts = [];
    tr.customdata.forEach((c, i) => {
      if (c === fid) {
        const xy = geo.projection([tr.lon[i], tr.lat[i]]);
        pts.push({x: off[0] + xy[0], y: off[1] + xy[1]});
      }
    });
    if (pts.length) return pts;
  }
  return [];
}"""

_TIMELINE_POINTS_JS = """(fid) => {
  const out = [];
  document.querySelectorAll('#timeline .trace').forEach(g => {
    const cd = g.__data__;
    const tr = cd && cd[0] && cd[0].trace;
    if (!tr || !tr.customdata) return;
    g.querySelectorAll('.point').forEach((el, k) => {
      const d = el.__data__;
      const i = d && d.i !== undefined ? d.i : k;
      const c = tr.customdata[i];
      if (c && c[0] === fid) {
        const r = el.getBoundingClientRect();
        out.push({x: r.left + r.width / 2, y: r.top + r.height / 2});
      }
    });
  });
  return out;
}"""

HOVER_TEXT_JS = "(sel) => { const h = document.querySelector(sel); return h ? h.textContent : ''; }"


def hover_text(page: Any, graph: str) -> str:
    return str(page.evaluate(HOVER_TEXT_JS, f"#{graph} .hoverlayer"))


def arc_point(page: Any, flow_id: str, label: str) -> dict[str, float] | None:
    """A screen point on the arc where the hover label shows ``label`` (None if not found)."""
    page.locator("#map").scroll_into_view_if_needed()  # points are viewport coordinates
    points = page.evaluate(_ARC_POINTS_JS, flow_id) or []
    # Prefer points away from the ends, where arcs of other flows meet at shared places.
    n = len(points)
    order = sorted(range(n), key=lambda i: abs(i - n / 2))
    for i in order:
        pt = points[i]
        page.mouse.move(pt["x"], pt["y"])
        page.wait_for_timeout(60)
        if label in hover_text(page, "map"):
            return pt
    return None


def timeline_point(page: Any, flow_id: str) -> dict[str, float] | None:
    """Viewport coordinates of the flow's first timeline event (scrolled into view first)."""
    page.locator("#timeline").scroll_into_view_if_needed()
    points = page.evaluate(_TIMELINE_POINTS_JS, flow_id) or []
    return points[0] if points else None
