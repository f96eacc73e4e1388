"""assets/plotly-atlas.min.js (scripts/plotly_bundle): the right plotly.js, enough trace types.

dcc.Graph draws with whatever ``window.Plotly`` the page defines, so a stale or too-small
bundle would not fail loudly: a figure with a missing trace type just stays empty.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from plotly.offline import get_plotlyjs_version

from dashboard import ids
from dashboard.figures import build_map_figure, build_timeline_figure
from dashboard.layout import build_layout
from dashboard.view import View
from tests.fixtures_flows import seed_flows, sources_by_id

ROOT = Path(__file__).resolve().parents[1]
BUNDLE = ROOT / "assets" / "plotly-atlas.min.js"
ENTRY = ROOT / "scripts" / "plotly_bundle" / "entry.js"


def bundled_trace_types() -> set[str]:
    """Trace types registered by entry.js, plus scatter, which plotly's core always has."""
    return {"scatter", *re.findall(r"require\('plotly\.js/lib/(\w+)'\)", ENTRY.read_text())}


def _figures(node: Any) -> list[Any]:
    found = [node.figure] if getattr(node, "id", None) in (ids.MAP, ids.MAP_BASE) else []
    children = getattr(node, "children", None)
    for child in children if isinstance(children, list | tuple) else [children]:
        if child is not None and not isinstance(child, str | int | float):
            found.extend(_figures(child))
    return found


def test_bundle_is_the_plotly_js_version_the_plotly_package_ships() -> None:
    header = BUNDLE.read_text(encoding="utf-8")[:300]
    match = re.search(r"plotly\.js v(\d+\.\d+\.\d+) partial bundle", header)
    assert match, "assets/plotly-atlas.min.js has no version banner: rebuild it"
    assert match.group(1) == get_plotlyjs_version(), (
        "plotly (Python) now ships a different plotly.js: rebuild assets/plotly-atlas.min.js "
        "as scripts/plotly_bundle/README.md says"
    )
    assert (ROOT / "assets" / "plotly-atlas.LICENSE.txt").is_file()


def test_every_trace_type_the_dashboard_draws_is_in_the_bundle() -> None:
    flows, sources = seed_flows(), sources_by_id()
    layout = build_layout(flows, sources)
    figures = [
        *_figures(layout),
        build_timeline_figure(flows, View()).to_plotly_json(),
        build_map_figure(flows, View(), sources=sources).to_plotly_json(),
    ]
    used = {trace.get("type", "scatter") for fig in figures for trace in fig["data"]}
    assert used == {"bar", "scatter", "scattergeo"}  # the timeline uses both bars and markers
    assert used <= bundled_trace_types()
