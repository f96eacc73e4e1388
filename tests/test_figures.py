"""The map and timeline as data: traces, customdata, coordinates, statuses at dates."""

from __future__ import annotations

import json
import shutil
import subprocess
from datetime import date
from pathlib import Path

import pytest

from dashboard.figures import (
    STATUS_COLORS,
    build_map_figure,
    build_timeline_figure,
    day_number,
    map_figure_from_payload,
    map_geometry,
    map_steps,
    status_from_steps,
)
from dashboard.model import DateRange, Event, Excerpt, Flow, Place
from dashboard.timeline import STATUSES, status_at
from dashboard.view import View
from tests.fixtures_flows import CANADA, TURKEY, seed_flows, sources_by_id

ATLAS_JS = Path(__file__).resolve().parents[1] / "assets" / "atlas.js"


def _status_of(fig: object, flow_id: str) -> str:
    """The status trace whose line points carry the flow id."""
    for trace in fig.data:  # type: ignore[attr-defined]
        if trace.mode == "lines" and trace.name != "selected" and flow_id in trace.customdata:
            return trace.name
    raise AssertionError(f"{flow_id} not drawn")


def test_map_one_trace_per_status_and_width_not_per_arc() -> None:
    fig = build_map_figure(seed_flows(), View(date=date(2020, 11, 1)))
    lines = [t for t in fig.data if t.mode == "lines"]
    # Six arcs, but grouped: (status, width class) pairs, never one trace per arc.
    assert len(lines) < 6
    assert {t.name for t in lines} == {"suspended", "used", "diverted", "supplying", "sanctioned"}
    legend = [t.name for t in lines if t.showlegend]
    assert len(legend) == len(set(legend))


def test_map_statuses_follow_the_date() -> None:
    flows = seed_flows()
    nov = build_map_figure(flows, View(date=date(2020, 11, 1)))
    assert _status_of(nov, "can-tur") == "suspended"
    may = build_map_figure(flows, View(date=date(2021, 5, 1)))
    assert _status_of(may, "can-tur") == "cancelled"
    spring = build_map_figure(flows, View(date=date(2020, 4, 15)))
    assert _status_of(spring, "can-tur") == "supplying"
    assert _status_of(nov, "tur-aze") == "used"
    assert _status_of(nov, "tur-lby") == "diverted"
    assert _status_of(nov, "usa-tur") == "sanctioned"
    trace = next(t for t in nov.data if t.name == "suspended" and t.mode == "lines")
    assert trace.line.color == STATUS_COLORS["suspended"]


def test_every_arc_point_carries_its_flow_id_and_arcs_are_separated() -> None:
    fig = build_map_figure(seed_flows(), View(date=date(2020, 11, 1)))
    for trace in (t for t in fig.data if t.mode == "lines"):
        for lon, lat, cd in zip(trace.lon, trace.lat, trace.customdata, strict=True):
            assert (lon is None) == (lat is None) == (cd is None)
        # Dense: at least 32 points per arc, so a click anywhere along it lands on a point.
        ids = [c for c in trace.customdata if c]
        for flow_id in set(ids):
            assert ids.count(flow_id) >= 32


def test_arc_is_great_circle_from_supplier_to_recipient_with_arrowhead() -> None:
    fig = build_map_figure(seed_flows(), View(date=date(2020, 11, 1)))
    trace = next(t for t in fig.data if t.mode == "lines" and "can-tur" in t.customdata)
    pts = [
        (lon, lat)
        for lon, lat, cd in zip(trace.lon, trace.lat, trace.customdata, strict=True)
        if cd == "can-tur"
    ]
    assert pts[0] == (CANADA.lon, CANADA.lat)
    assert pts[-1] == (TURKEY.lon, TURKEY.lat)
    assert max(lat for _, lat in pts) > 70  # bows north: a great circle, not a straight line
    heads = next(t for t in fig.data if t.mode == "markers" and "can-tur" in t.customdata)
    i = list(heads.customdata).index("can-tur")
    assert (heads.lon[i], heads.lat[i]) == (TURKEY.lon, TURKEY.lat)  # at the recipient end
    assert heads.marker.angleref == "north"


def test_chain_canada_turkey_azerbaijan_libya_shares_the_turkey_node() -> None:
    geometry = map_geometry(seed_flows())
    ends = {
        f["id"]: ((f["lon"][0], f["lat"][0]), (f["lon"][-1], f["lat"][-1]))
        for f in geometry["flows"]
    }
    assert ends["can-tur"][1] == ends["tur-aze"][0] == ends["tur-lby"][0]
    assert "Turkey" in geometry["nodes"]["text"]


def test_width_grows_with_independent_sources() -> None:
    fig = build_map_figure(seed_flows(), View(date=date(2020, 11, 1)), sources=sources_by_id())
    width = {
        cd: t.line.width
        for t in fig.data
        if t.mode == "lines" and t.name != "selected"
        for cd in t.customdata
        if cd
    }
    # Canada → Turkey: two outlets (EurAsian Times + an article with no outlet).
    assert width["can-tur"] > width["tur-lby"]


def test_selected_flow_gets_a_halo_and_filters_hide_flows() -> None:
    fig = build_map_figure(seed_flows(), View(flow="tur-lby", countries=("LBY",)))
    names = [t.name for t in fig.data]
    assert names[0] == "selected"
    drawn = {cd for t in fig.data if t.mode == "lines" for cd in t.customdata if cd}
    assert drawn == {"tur-lby"}


def test_hover_text_escapes_article_derived_names() -> None:
    evil = Place("<b>Evil</b> & <a href='x'>co</a>", None, "region", 10.0, 10.0)
    flow = Flow(CANADA, evil, (Event("e", "transfer", DateRange.unknown(), ()),))
    fig = build_map_figure([flow], View())
    text = next(t for t in fig.data if t.mode == "lines").hovertext[0]
    assert "<a href" not in text and "&lt;a href=" in text and "&amp;" in text
    assert "&lt;b&gt;Evil" in fig.data[-1].text[1]


def test_status_from_steps_matches_status_at_every_month() -> None:
    flows = seed_flows()
    steps = map_steps(flows)
    for flow in flows:
        for year in (2019, 2020, 2021):
            for month in range(1, 13):
                day = date(year, month, 15)
                index = status_from_steps(steps[flow.id], day_number(day))
                assert STATUSES[index] == status_at(flow, day)


def test_timeline_lanes_kinds_ranges_and_marker() -> None:
    view = View(date=date(2020, 11, 1), flow="can-tur")
    fig = build_timeline_figure(seed_flows(), view)
    assert fig.layout.yaxis.ticktext[0].startswith("<b>▶ Canada → Turkey")
    assert len(fig.layout.yaxis.tickvals) == 6  # one lane per flow
    bars = {t.name: t for t in fig.data if t.type == "bar"}
    # Imprecise dates are ranges: October 2019 is a month-long bar, spring 2020 three months.
    susp = bars["suspension"]
    assert susp.base[0] == "2019-10-01" and susp.x[0] == 31 * 86_400_000
    assert bars["resumption"].x[0] == 92 * 86_400_000
    # An exact day is a point.
    cancel = next(t for t in fig.data if t.type == "scatter" and t.name == "cancellation")
    assert cancel.x[0] == "2021-04-12"
    assert list(cancel.customdata[0]) == ["can-tur", "ct-cancel-2021", "2021-04-12"]
    # Colours by kind; the as-of marker is shapes[0]; the selected lane is highlighted.
    assert susp.marker.color == STATUS_COLORS["suspended"]
    marker = fig.layout.shapes[0]
    assert marker.x0 == marker.x1 == "2020-11-01"
    assert fig.layout.shapes[1].visible is True and fig.layout.shapes[1].y0 == -0.5


def test_timeline_window_shape_and_lane_cap_keeps_selected() -> None:
    flows = seed_flows()
    view = View(window_start=date(2020, 1, 1), window_end=date(2020, 6, 30), flow="usa-tur")
    fig = build_timeline_figure(flows, view, max_lanes=2)
    assert fig.layout.shapes[2].visible is True
    assert fig.layout.shapes[2].x0 == "2020-01-01"
    labels = list(fig.layout.yaxis.ticktext)
    assert len(labels) == 2 and "United States → Turkey" in labels[-1]


def test_timeline_hover_escapes_excerpts() -> None:
    ex = Excerpt("s", 0, 20, "<script>x</script> &")
    flow = Flow(CANADA, TURKEY, (Event("e", "transfer", DateRange.unknown(), (ex,)),))
    fig = build_timeline_figure([flow], View())
    hover = fig.data[0].hovertext[0]
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_timeline_hover_marks_a_pair_model_lead() -> None:
    from dashboard.model import MODEL_LEAD

    ex = Excerpt("s", 0, 20, "Canada and Turkey...")
    lead = Event("e", "transfer", DateRange.unknown(), (ex,), warnings=(f"{MODEL_LEAD} (0.8)",))
    fig = build_timeline_figure([Flow(CANADA, TURKEY, (lead,))], View())
    assert "pair-model lead" in fig.data[0].hovertext[0]


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_clientside_renderer_matches_python() -> None:
    """assets/atlas.js builds the same figure as map_figure_from_payload for each date."""
    flows = seed_flows()
    geometry = map_geometry(flows, sources=sources_by_id())
    steps = map_steps(flows)
    days = [day_number(date(2019, 9, 1)), day_number(date(2020, 11, 1)), None]
    script = (
        "global.window = {dash_clientside: {}};"
        f"require({json.dumps(str(ATLAS_JS))});"
        "const a = window.dash_clientside.atlas;"
        "const input = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const out = input.days.map(d => a.mapFigure(input.geometry, input.steps, d, 'can-tur',"
        " d === null ? '' : 'X'));"
        "process.stdout.write(JSON.stringify(out));"
    )
    payload = json.dumps({"geometry": geometry, "steps": steps, "days": days})
    result = subprocess.run(
        ["node", "-e", script], input=payload, capture_output=True, text=True, check=True
    )
    js = json.loads(result.stdout)
    for day, js_fig in zip(days, js, strict=True):
        py_fig = map_figure_from_payload(
            geometry, steps, day, "can-tur", "" if day is None else "X"
        )
        assert json.loads(json.dumps(py_fig)) == js_fig
