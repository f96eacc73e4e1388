"""Pure helpers behind the callbacks, the evidence panel and the app wiring (no browser)."""

from __future__ import annotations

import json
import shutil
import subprocess
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from dash import dcc, html

from dashboard import ids
from dashboard.app_factory import Dataset, create_app, parse_args
from dashboard.callbacks import controls_from_view, counts_text, view_from_controls
from dashboard.layout import (
    build_evidence_panel,
    citation_text,
    safe_url,
    sentence_around,
    slider_marks,
    topojson_url,
)
from dashboard.model import Source
from dashboard.timeline import filter_flows, month_index
from dashboard.view import View, view_from_query, view_to_query
from tests.fixtures_flows import CBC, EURASIAN, seed_flows, sources_by_id

LO, HI = month_index(date(2019, 10, 1)), month_index(date(2021, 4, 1))


def _walk(node: Any) -> Iterator[Any]:
    yield node
    children = getattr(node, "children", None)
    if isinstance(children, list | tuple):
        for child in children:
            yield from _walk(child)
    elif children is not None and not isinstance(children, str | int | float):
        yield from _walk(children)


def _text(node: Any) -> str:
    if isinstance(node, str):
        return node
    children = getattr(node, "children", None)
    if children is None:
        return ""
    if isinstance(children, list | tuple):
        return "".join(_text(c) for c in children)
    return _text(children)


def test_url_round_trip_restores_the_controls_exactly() -> None:
    query = (
        "?date=2020-11-01&window=2020-01-01/2020-12-31&flow=can-tur"
        "&kind=suspension,use&country=TUR&q=optics"
    )
    c = controls_from_view(view_from_query(query), LO, HI)
    assert c["slider"] == month_index(date(2020, 11, 1))
    assert c["pinned"] == "2020-11-01"
    view = view_from_controls(
        c["slider"], c["pinned"], c["selected"], c["window"], c["kinds"], c["countries"], c["query"]
    )
    assert view == view_from_query(query)
    assert view_to_query(view) == query


def test_slider_without_pin_means_month_end() -> None:
    view = view_from_controls(month_index(date(2021, 4, 1)), None, None, None, [], [], "")
    assert view.date == date(2021, 4, 30)
    assert view_to_query(view) == "?date=2021-04-30"


def test_out_of_range_date_is_clamped_and_not_pinned() -> None:
    c = controls_from_view(View(date=date(2030, 1, 1)), LO, HI)
    assert c["slider"] == HI and c["pinned"] is None
    assert controls_from_view(View(), LO, HI)["slider"] == HI


def test_reversed_window_is_normalised() -> None:
    view = view_from_controls(
        HI, None, None, {"start": "2021-01-01", "end": "2020-01-01"}, [], [], ""
    )
    assert (view.window_start, view.window_end) == (date(2020, 1, 1), date(2021, 1, 1))


def test_counts_text() -> None:
    flows = seed_flows()
    shown = filter_flows(flows, View(countries=("CAN",)))
    assert counts_text(shown, flows) == "Showing 2 of 6 flows · 5 of 11 events"


def test_sentence_around_expands_to_the_sentence() -> None:
    text = EURASIAN.text
    start = text.index("end-use assurances")
    s0, s1 = sentence_around(text, start, start + len("end-use assurances"))
    sentence = text[s0:s1]
    assert sentence.startswith("“This use [of drone technology]")
    assert sentence.endswith("said Canadian Foreign Minister Marc Garneau.")
    s0, s1 = sentence_around("One. Two three. Four.", 5, 8)
    assert "One. Two three. Four."[s0:s1] == "Two three."


def test_safe_url_only_http() -> None:
    assert safe_url("https://example.org/a") == "https://example.org/a"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("data:text/html,hi") is None
    assert safe_url("") is None and safe_url(None) is None


def test_citation_mentions_outlet_title_date_and_inference() -> None:
    cite = citation_text(EURASIAN)
    assert "EurAsian Times" in cite and EURASIAN.title in cite
    assert "2021-04-13 (date inferred)" in cite
    assert "Unknown outlet" in citation_text(CBC)


def test_evidence_panel_groups_by_source_and_highlights_the_span() -> None:
    can_tur = next(f for f in seed_flows() if f.id == "can-tur")
    panel = build_evidence_panel(can_tur, sources_by_id(), day=date(2020, 11, 1))
    nodes = [n for top in panel for n in _walk(top)]
    text = "".join(_text(n) for n in panel)
    assert "Canada → Turkey" in text and "suspended" in text
    assert "2 independent sources" in text
    marks = [n for n in nodes if isinstance(n, html.Mark)]
    assert any("end-use assurances" in m.children for m in marks)
    # Each mark sits in a paragraph with the rest of its sentence around it, as plain strings.
    paragraphs = [
        n
        for n in nodes
        if isinstance(n, html.P) and any(isinstance(c, html.Mark) for c in (n.children or []))
    ]
    assert paragraphs and all(isinstance(p.children[0], str) for p in paragraphs)
    titles = [n.children for n in nodes if isinstance(n, html.H4)]
    assert EURASIAN.title in titles and CBC.title in titles
    assert "date inferred" in text and "according to Canadian Foreign Minister Marc Garneau" in text
    assert sum(isinstance(n, dcc.Clipboard) for n in nodes) == 2
    assert not any(isinstance(n, dcc.Markdown) for n in nodes)


def test_evidence_panel_renders_hostile_article_text_as_text_and_no_bad_links() -> None:
    text = "Intro. <img src=x onerror=alert(1)> sold <b>rifles</b> to them. End."
    hostile = Source("h", "<script>t</script>", text, "Outlet", "javascript:alert(1)")
    start = text.index("<img")
    from dashboard.model import DateRange, Event, Excerpt, Flow
    from tests.fixtures_flows import CANADA, TURKEY

    ex = Excerpt("h", start, start + 35, text[start : start + 35])
    flow = Flow(CANADA, TURKEY, (Event("e", "transfer", DateRange.unknown(), (ex,), hedged=True),))
    panel = build_evidence_panel(flow, {"h": hostile})
    nodes = [n for top in panel for n in _walk(top)]
    assert not [n for n in nodes if isinstance(n, html.A)]
    assert any(isinstance(n, html.Mark) and n.children.startswith("<img") for n in nodes)
    assert "hedged" in "".join(_text(n) for n in panel)


def test_evidence_panel_marks_an_event_the_pair_model_proposed() -> None:
    from dashboard.model import MODEL_LEAD, DateRange, Event, Excerpt, Flow
    from tests.fixtures_flows import CANADA, TURKEY

    text = "Canada and Turkey signed the deal."
    src = Source("p", "t", text)
    ex = Excerpt("p", 0, len(text), text)
    lead = Event("e1", "transfer", DateRange.unknown(), (ex,), warnings=(f"{MODEL_LEAD} (0.9)",))
    ruled = Event("e2", "transfer", DateRange.unknown(), (ex,))
    marked = "".join(
        _text(n) for n in build_evidence_panel(Flow(CANADA, TURKEY, (lead,)), {"p": src})
    )
    plain = "".join(
        _text(n) for n in build_evidence_panel(Flow(CANADA, TURKEY, (ruled,)), {"p": src})
    )
    assert "pair-model lead: check the excerpt" in marked
    assert "pair-model lead" not in plain


def test_slider_marks_and_topojson_url() -> None:
    marks = slider_marks(LO, HI)
    assert marks[LO] == "Oct 2019" and marks[HI] == "Apr 2021"
    assert topojson_url("/") == "/assets/topojson/"
    assert topojson_url("/atlas/") == "/atlas/assets/topojson/"


def test_create_app_layout_has_the_public_ids_and_local_topojson() -> None:
    calls: list[int] = []

    def loader() -> Dataset:
        calls.append(1)
        return Dataset(seed_flows(), sources_by_id())

    app = create_app(loader=loader)
    assert calls == []  # nothing is read at creation time
    with app.server.test_request_context("/"):
        layout = app.layout()
    found = {getattr(n, "id", None): n for n in _walk(layout)}
    for needed in (ids.MAP, ids.TIMELINE, ids.SLIDER, ids.PLAY, ids.EVIDENCE, ids.URL):
        assert needed in found
    assert found[ids.MAP].config["topojsonURL"] == "/assets/topojson/"
    assert len(found[ids.GEOMETRY].data["flows"]) == 6
    assert calls == [1]
    assert app.config.serve_locally is True


def test_layout_is_built_once_per_data_load() -> None:
    datasets: list[Dataset] = []

    def loader() -> Dataset:
        datasets.append(Dataset(seed_flows(), sources_by_id()))
        return datasets[-1]

    cached = create_app(loader=loader, cache_seconds=3600)
    with cached.server.test_request_context("/"):
        assert cached.layout() is cached.layout()
    fresh = create_app(loader=loader, cache_seconds=0)  # every request reloads the data
    with fresh.server.test_request_context("/"):
        assert fresh.layout() is not fresh.layout()


def test_index_page_loads_the_partial_plotly_bundle_and_preloads_the_topojson() -> None:
    app = create_app(loader=lambda: Dataset(seed_flows(), sources_by_id()))
    page = app.server.test_client().get("/").get_data(as_text=True)
    assert '<script src="/assets/plotly-atlas.min.js' in page  # before Dash's renderer runs
    assert page.index("plotly-atlas.min.js") < page.index('id="_dash-renderer"')
    assert (
        '<link rel="preload" href="/assets/topojson/world_110m.json" as="fetch" '
        'crossorigin="anonymous">' in page
    )
    assert Path(__file__).resolve().parents[1].joinpath("assets/topojson/world_110m.json").is_file()
    assert "cdn.plot.ly" not in page


ATLAS_JS = Path(__file__).resolve().parents[1] / "assets" / "atlas.js"


@pytest.mark.skipif(shutil.which("node") is None, reason="node not installed")
def test_first_paint_is_what_render_map_draws_at_the_initial_date() -> None:
    """The layout's arcs, date readout and timeline marker match assets/atlas.js at load, so
    render_map can skip its page-load call without the page ever showing something else."""
    app = create_app(loader=lambda: Dataset(seed_flows(), sources_by_id()))
    with app.server.test_request_context("/"):
        layout = app.layout()
    found = {getattr(n, "id", None): n for n in _walk(layout)}
    script = (
        "global.window = {dash_clientside: {}};"
        f"require({json.dumps(str(ATLAS_JS))});"
        "const a = window.dash_clientside.atlas;"
        "const i = JSON.parse(require('fs').readFileSync(0, 'utf8'));"
        "const day = a.sliderDay(i.slider, null);"
        "const iso = new Date(day * 86400000).toISOString().slice(0, 10);"
        "process.stdout.write(JSON.stringify({iso: iso, asOf: 'As of ' + a.longDate(day),"
        " fig: a.mapFigure(i.geometry, i.steps, day, null, iso, false)}));"
    )
    payload = json.dumps(
        {
            "slider": found[ids.SLIDER].value,
            "geometry": found[ids.GEOMETRY].data,
            "steps": found[ids.STEPS].data,
        }
    )
    result = subprocess.run(
        ["node", "-e", script], input=payload, capture_output=True, text=True, check=True
    )
    js = json.loads(result.stdout)
    assert js["iso"] == "2021-04-30"
    assert json.loads(json.dumps(found[ids.MAP].figure)) == js["fig"]
    assert {"can-tur", "tur-aze", "tur-lby"} <= {
        c for t in js["fig"]["data"] for c in t["customdata"] if c
    }
    assert found[ids.AS_OF].children == js["asOf"] == "As of 30 Apr 2021"
    assert found[ids.TIMELINE].figure.layout.shapes[0].x0 == js["iso"]


def test_large_data_leaves_the_first_map_paint_to_the_browser(monkeypatch: Any) -> None:
    monkeypatch.setattr("dashboard.layout.PREPAINT_MAX_FLOWS", 5)  # the seed has 6 flows
    app = create_app(loader=lambda: Dataset(seed_flows(), sources_by_id()))
    with app.server.test_request_context("/"):
        found = {getattr(n, "id", None): n for n in _walk(app.layout())}
    assert found[ids.MAP].figure["data"] == []
    assert found[ids.AS_OF].children is None  # render_map's page-load call draws both
    assert len(found[ids.GEOMETRY].data["flows"]) == 6


def test_cli_defaults_and_env(monkeypatch: Any) -> None:
    monkeypatch.delenv("ATLAS_HOST", raising=False)
    monkeypatch.delenv("ATLAS_PORT", raising=False)
    monkeypatch.delenv("ATLAS_DB", raising=False)
    args = parse_args([])
    assert (args.host, args.port, args.db, args.debug) == ("127.0.0.1", 8050, None, False)
    monkeypatch.setenv("ATLAS_HOST", "0.0.0.0")
    monkeypatch.setenv("ATLAS_PORT", "9000")
    monkeypatch.setenv("ATLAS_DB", "sqlite:///x.db")
    args = parse_args(["--port", "9100"])
    assert (args.host, args.port, args.db) == ("0.0.0.0", 9100, "sqlite:///x.db")
