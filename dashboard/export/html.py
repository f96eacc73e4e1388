"""One self-contained HTML file of a view: opens from disk, air-gapped, with hover and evidence.

plotly.js is inlined from the plotly package and the country shapes are embedded as
``window.PlotlyGeoAssets.topojson["world_110m"]`` before plotly.js loads (plotly.js looks
there before fetching ``<topojsonURL>world_110m.json``). A Content-Security-Policy forbids
every network request, so the file cannot leak a fetch even if something asked for one.

Article text reaches the page only as escaped HTML or as JSON read by a small script that
writes it with ``textContent``; it is never parsed as markup.
"""

from __future__ import annotations

import html
import json
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

import plotly
import plotly.graph_objects as go
import plotly.io as pio

from dashboard.export.evidence import (
    ShownFlow,
    SourceRef,
    cite,
    format_date,
    format_event_date,
    ref_numbers,
)
from dashboard.export.render import TOPOJSON_DIR, topojson_url

CSP = (
    "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
    "img-src data: blob:; font-src data:; connect-src 'none'; base-uri 'none'; "
    "form-action 'none'"
)

_STYLE = """
body{font-family:system-ui,'DejaVu Sans',Arial,sans-serif;margin:0;color:#222;background:#fff}
header{padding:12px 20px 4px}h1{font-size:1.5rem;margin:0}
header p{margin:4px 0;color:#444}
main{display:flex;gap:12px;padding:0 20px;flex-wrap:wrap;align-items:flex-start}
main>div{flex:3 1 640px;min-width:0;order:1}
#atlas-map{min-height:560px}
#atlas-evidence{order:2;flex:1 1 300px;max-height:560px;overflow:auto;border-left:1px solid #ccc;
padding:0 12px}
#atlas-evidence blockquote{margin:8px 0;padding:6px 10px;border-left:3px solid #4477aa;
background:#f5f7fa}
#atlas-evidence cite{display:block;font-size:.85rem;color:#555;margin-top:4px}
.atlas-timeline-wrap{padding:0 20px}
#atlas-timeline{min-height:320px}
section#atlas-sources{padding:0 20px 20px}
section#atlas-sources li{margin:2px 0}
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById("atlas-data").textContent);
  var body = document.getElementById("atlas-evidence-body");
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = text; }
    if (cls) { e.className = cls; }
    return e;
  }
  function show(id) {
    var flow = data.flows[id];
    body.replaceChildren();
    if (!flow) { body.appendChild(el("p", "No evidence shown for " + id + ".")); return; }
    body.appendChild(el("h3", flow.label));
    flow.events.forEach(function (ev) {
      var section = el("section", null, "atlas-event");
      section.appendChild(el("h4", ev.kind + " · " + ev.date + (ev.hedged ? " · hedged" : "") +
        (ev.model_lead ? " · pair-model lead: check the excerpt" : "")));
      if (ev.attribution) { section.appendChild(el("p", "According to " + ev.attribution)); }
      if (ev.note) { section.appendChild(el("p", "Note: " + ev.note)); }
      ev.excerpts.forEach(function (x) {
        var quote = el("blockquote", null, "atlas-excerpt");
        quote.appendChild(el("p", "“" + x.text + "”"));
        quote.appendChild(el("cite", "[" + x.n + "] " + x.cite));
        section.appendChild(quote);
      });
      body.appendChild(section);
    });
  }
  function flowId(point) {
    var cd = point.customdata;
    if (Array.isArray(cd)) { cd = cd[0]; }
    if (cd && typeof cd === "object") { cd = cd.flow || cd.id; }
    return typeof cd === "string" ? cd : null;
  }
  ["atlas-map", "atlas-timeline"].forEach(function (id) {
    var gd = document.getElementById(id);
    if (!gd || !gd.on) { return; }
    gd.on("plotly_click", function (ev) {
      var point = ev && ev.points && ev.points[0];
      var fid = point ? flowId(point) : null;
      if (fid) { show(fid); }
    });
  });
  window.atlasShowEvidence = show;
  if (data.selected) { show(data.selected); }
})();
"""


def _script_json(value: Any) -> str:
    """JSON safe inside a <script> element: no '<', '>', '&' or line separators survive."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for raw, safe in (
        ("<", "\\u003c"),
        (">", "\\u003e"),
        ("&", "\\u0026"),
        ("\u2028", "\\u2028"),
        ("\u2029", "\\u2029"),
    ):
        text = text.replace(raw, safe)
    return text


def evidence_payload(
    shown: Sequence[ShownFlow], refs: Sequence[SourceRef], selected: str | None
) -> dict[str, Any]:
    """What the click-an-arc panel needs, keyed by flow id."""
    numbers = ref_numbers(refs)
    by_id = {ref.source.id: ref.source for ref in refs}
    flows: dict[str, Any] = {}
    for item in shown:
        events = []
        for event in item.events:
            excerpts = [
                {
                    "text": x.text,
                    "n": numbers.get(x.source_id, "?"),
                    "cite": cite(by_id[x.source_id]) if x.source_id in by_id else x.source_id,
                }
                for x in event.evidence
            ]
            events.append(
                {
                    "kind": event.kind,
                    "date": format_event_date(event),
                    "hedged": event.hedged,
                    "model_lead": event.model_lead,
                    "attribution": event.attribution,
                    "note": event.note,
                    "excerpts": excerpts,
                }
            )
        flows[item.id] = {"label": item.label, "events": events}
    return {"flows": flows, "selected": selected if selected in flows else None}


def _figure_div(fig: go.Figure, div_id: str, height: str) -> str:
    fig = go.Figure(fig)
    fig.update_layout(width=None, height=None, autosize=True)
    return pio.to_html(
        fig,
        include_plotlyjs=False,
        full_html=False,
        div_id=div_id,
        default_width="100%",
        default_height=height,
        config={"displaylogo": False, "responsive": True, "showSendToCloud": False},
    )


def plotly_js() -> str:
    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    return path.read_text(encoding="utf-8")


def topojson_assets(directory: Path = TOPOJSON_DIR) -> str:
    """The ``window.PlotlyGeoAssets`` script body holding the local world topojson."""
    topojson_url(directory)  # raises a clear error when the file is missing
    world = json.loads((directory / "world_110m.json").read_text(encoding="utf-8"))
    return f"window.PlotlyGeoAssets = {{topojson: {{world_110m: {_script_json(world)}}}}};"


def build_html(
    map_fig: go.Figure,
    timeline_fig: go.Figure | None,
    shown: Sequence[ShownFlow],
    refs: Sequence[SourceRef],
    *,
    title: str,
    caption: str,
    selected: str | None = None,
    generated_on: date | None = None,
    topojson_dir: Path = TOPOJSON_DIR,
) -> str:
    """The whole page as a string (≈5 MB: plotly.js is inside)."""
    esc = html.escape
    sources = "\n".join(
        f'<li id="source-{ref.number}" value="{ref.number}">{esc(cite(ref.source))}</li>'
        for ref in refs
    )
    generated = f" · generated {format_date(generated_on)}" if generated_on else ""
    timeline = _figure_div(timeline_fig, "atlas-timeline", "320px") if timeline_fig else ""
    payload = _script_json(evidence_payload(shown, refs, selected))
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style>{_STYLE}</style>
<script>{topojson_assets(topojson_dir)}</script>
<script>{plotly_js()}</script>
</head>
<body>
<header><h1>{esc(title)}</h1>
<p>{esc(caption)}{esc(generated)} · Arms Flow Atlas. Click an arc to read its evidence.</p>
</header>
<main>
<!-- the panel comes first in the document so the map is sized beside it (CSS order) -->
<aside id="atlas-evidence" aria-live="polite"><h2>Evidence</h2>
<div id="atlas-evidence-body"><p>Click an arc on the map to see the excerpts behind it.</p></div>
</aside>
{_figure_div(map_fig, "atlas-map", "560px")}
</main>
<section class="atlas-timeline-wrap">{timeline}</section>
<section id="atlas-sources"><h2>Sources</h2><ol>
{sources}
</ol></section>
<script type="application/json" id="atlas-data">{payload}</script>
<script>{_SCRIPT}</script>
</body>
</html>
"""
