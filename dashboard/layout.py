"""The page: controls, map, timeline and the evidence panel (Dash components, no callbacks).

Article text is only ever passed to components as plain strings (``html.P``, ``html.Mark``),
which React renders as text: nothing from an article is interpreted as HTML.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from datetime import date
from typing import Any
from urllib.parse import urlparse

from dash import dcc, html

from dashboard import ids
from dashboard.export_controls import build_export_controls
from dashboard.figures import (
    BASEMAP_RESOLUTION,
    STATUS_COLORS,
    WIDTHS,
    build_basemap_figure,
    build_timeline_figure,
    day_number,
    flow_label,
    map_figure_from_payload,
    map_geometry,
    map_steps,
)
from dashboard.model import EVENT_KIND_DESCRIPTIONS, EVENT_KINDS, Event, Excerpt, Flow, Source
from dashboard.timeline import counts, month_range, month_start, slider_date, status_at
from dashboard.upload_layout import build_upload_section
from dashboard.view import View

KIND_HELP = EVENT_KIND_DESCRIPTIONS
TIMELINE_LANES = 40
# Up to this many flows the layout carries the first map paint itself (see build_layout):
# on localhost that was faster at every size measured (1,000 flows: ≈ 1.5 s against 1.9 s
# to first paint), but the arc figure repeats the geometry store with hover text on every
# point (≈ 2.4 kB a flow above 500 flows), so beyond ≈ 2.4 MB the browser draws it instead.
PREPAINT_MAX_FLOWS = 1000
GRAPH_CONFIG: dcc.Graph.Config = {
    "displaylogo": False,
    "responsive": True,
    "scrollZoom": True,
    "modeBarButtonsToRemove": ["lasso2d", "sendDataToCloud"],
}
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def counts_text(shown: Sequence[Flow], total: Sequence[Flow]) -> str:
    f_shown, e_shown = counts(shown)
    f_total, e_total = counts(total)
    return f"Showing {f_shown} of {f_total} flows · {e_shown} of {e_total} events"


def window_text(view: View) -> str:
    if view.window_start and view.window_end:
        return f"Window: {view.window_start.isoformat()} – {view.window_end.isoformat()}"
    return "Drag across the timeline to set a window"


def timeline_note(n_flows: int, lanes: int = TIMELINE_LANES) -> str:
    if n_flows > lanes:
        return (
            f"Showing the {lanes} earliest of {n_flows} flows (plus any selected flow); "
            "filter by kind, country or text to narrow."
        )
    return "Click an event to move the date to it; drag across to set a time window."


def as_of_text(day: date) -> str:
    """What the date readout says ("As of 30 Apr 2021"); assets/atlas.js longDate() twin."""
    return f"As of {day.day} {_MONTHS[day.month - 1]} {day.year}"


def month_label(index: int) -> str:
    d = month_start(index)
    return f"{_MONTHS[d.month - 1]} {d.year}"


def slider_marks(lo: int, hi: int) -> dict[int, str]:
    """Year marks (every January) plus both ends; labels thinned so they never overlap."""
    span = hi - lo
    every = 12 * max(1, span // 120 + 1)
    marks = {i: str(month_start(i).year) for i in range(lo, hi + 1) if i % every == 0}
    marks[lo] = month_label(lo)
    marks[hi] = month_label(hi)
    for i in list(marks):
        if i not in (lo, hi) and (i - lo < 4 or hi - i < 4):
            del marks[i]
    return marks


def topojson_url(requests_pathname_prefix: str) -> str:
    """Where plotly.js fetches world_110m.json: the app's own assets, never a CDN."""
    prefix = requests_pathname_prefix if requests_pathname_prefix.endswith("/") else "/"
    return f"{prefix}assets/topojson/"


def topojson_preload(requests_pathname_prefix: str) -> str:
    """A ``<link rel=preload>`` for the basemap's topojson, for the page's ``<head>``.

    plotly.js only asks for the file once it has drawn the first geo subplot; preloaded, it
    arrives while the scripts are still being evaluated. ``as="fetch"`` with ``crossorigin``
    matches plotly's same-origin XHR, so the request is made once.
    """
    href = f"{topojson_url(requests_pathname_prefix)}world_{BASEMAP_RESOLUTION}m.json"
    return f'<link rel="preload" href="{href}" as="fetch" crossorigin="anonymous">'


def _labelled(label: str, control: Any, for_id: str) -> html.Div:
    return html.Div([html.Label(label, htmlFor=for_id, className="control-label"), control])


def build_layout(
    flows: Sequence[Flow],
    sources: Mapping[str, Source],
    *,
    requests_pathname_prefix: str = "/",
) -> html.Div:
    """The whole page for one data load; geometry goes into a store once, here."""
    lo, hi = month_range(flows)
    countries = sorted(
        {(p.iso3, p.name) for f in flows for p in (f.origin, f.destination) if p.iso3},
        key=lambda c: c[1],
    )
    kinds_present = [k for k in EVENT_KINDS if any(e.kind == k for f in flows for e in f.events)]
    graph_config: dcc.Graph.Config = {
        **GRAPH_CONFIG,
        "topojsonURL": topojson_url(requests_pathname_prefix),
    }
    # Map, timeline marker and date readout as render_map (assets/atlas.js) would draw them at
    # the slider's initial date, so the first paint waits for no callback; render_map skips
    # its page-load call when the readout is already there, and takes over from the first
    # slider, filter or URL change.
    day = slider_date(hi)
    timeline = build_timeline_figure(flows, View(date=day), max_lanes=TIMELINE_LANES)
    geometry = map_geometry(flows, sources=sources)
    steps = map_steps(flows)
    if len(flows) <= PREPAINT_MAX_FLOWS:
        arcs = map_figure_from_payload(
            geometry, steps, day_number(day), None, day.isoformat(), with_nodes=False
        )
        as_of: str | None = as_of_text(day)
    else:
        arcs, as_of = {"data": [], "layout": geometry["layout"]}, None
    return html.Div(
        className="atlas",
        children=[
            dcc.Location(id=ids.URL, refresh=False),
            dcc.Store(id=ids.GEOMETRY, data=geometry),
            dcc.Store(id=ids.STEPS, data=steps),
            # No ``data=None``: a memory Store given None reports data=undefined on mount,
            # which Dash takes for a change and answers by running every callback that
            # listens to it (three server round trips and a timeline redraw per page load).
            dcc.Store(id=ids.PINNED),
            dcc.Store(id=ids.SELECTED),
            dcc.Store(id=ids.WINDOW),
            dcc.Store(id=ids.URL_QUERY),
            dcc.Store(id=ids.URL_WRITTEN),
            dcc.Interval(id=ids.INTERVAL, interval=900, disabled=True),
            html.Header(
                className="atlas-header",
                children=[
                    html.H1("Arms Flow Atlas"),
                    html.P(
                        counts_text(flows, flows), id=ids.COUNTS, className="counts", role="status"
                    ),
                    build_export_controls(),  # issue 4: dashboard/export_controls.py
                ],
            ),
            html.Section(
                className="controls",
                **ids.aria(label="Date and filters"),
                children=[
                    html.Div(
                        className="date-controls",
                        children=[
                            html.Button(
                                "Play",
                                id=ids.PLAY,
                                n_clicks=0,
                                className="play",
                                title="Play / pause: step through the months",
                                **ids.aria(pressed="false", label="Play or pause"),
                            ),
                            html.Div(
                                className="slider-wrap",
                                children=[
                                    html.Label(
                                        "Date (month)",
                                        htmlFor=ids.SLIDER,
                                        className="control-label",
                                        id="date-slider-label",
                                    ),
                                    dcc.Slider(
                                        id=ids.SLIDER,
                                        min=lo,
                                        max=hi,
                                        step=1,
                                        value=hi,
                                        marks=slider_marks(lo, hi),
                                        included=False,
                                        updatemode="drag",
                                        allow_direct_input=False,
                                    ),
                                ],
                            ),
                            html.Output(as_of, id=ids.AS_OF, className="as-of", htmlFor=ids.SLIDER),
                        ],
                    ),
                    html.Div(
                        className="filters",
                        children=[
                            html.Fieldset(
                                className="checks",
                                children=[
                                    html.Legend("Event kind", className="control-label"),
                                    dcc.Checklist(
                                        id=ids.KIND_FILTER,
                                        options=[
                                            {"label": k, "value": k, "title": KIND_HELP[k]}
                                            for k in kinds_present
                                        ],
                                        value=[],
                                        inline=True,
                                    ),
                                ],
                            ),
                            html.Fieldset(
                                className="checks countries",
                                children=[
                                    html.Legend(
                                        "Country (supplier or recipient)",
                                        className="control-label",
                                    ),
                                    dcc.Checklist(
                                        id=ids.COUNTRY_FILTER,
                                        options=[{"label": n, "value": c} for c, n in countries],
                                        value=[],
                                        inline=True,
                                    ),
                                ],
                            ),
                            _labelled(
                                "Search excerpts",
                                dcc.Input(
                                    id=ids.SEARCH,
                                    type="search",
                                    debounce=True,
                                    value="",
                                    placeholder="e.g. end-use",
                                ),
                                ids.SEARCH,
                            ),
                            html.Div(
                                className="window",
                                children=[
                                    html.Span(window_text(View()), id=ids.WINDOW_LABEL),
                                    html.Button("Clear window", id=ids.CLEAR_WINDOW, n_clicks=0),
                                ],
                            ),
                        ],
                    ),
                ],
            ),
            html.Main(
                className="main",
                children=[
                    html.Section(
                        className="map-panel",
                        **ids.aria(label="Map of flows"),
                        children=[
                            html.Div(
                                className="map-stack",
                                children=[
                                    dcc.Graph(
                                        id=ids.MAP_BASE,
                                        config={**graph_config, "displayModeBar": False},
                                        className="map-graph map-base",
                                        figure=build_basemap_figure(geometry),
                                    ),
                                    dcc.Graph(
                                        id=ids.MAP,
                                        config=graph_config,
                                        className="map-graph map-arcs",
                                        figure=arcs,
                                    ),
                                ],
                            ),
                            build_status_legend(),
                        ],
                    ),
                    html.Aside(
                        id=ids.EVIDENCE,
                        className="evidence",
                        **ids.aria(label="Evidence", live="polite"),
                        children=evidence_placeholder(),
                    ),
                ],
            ),
            html.Section(
                className="timeline-panel",
                **ids.aria(label="Timeline of events"),
                children=[
                    html.H2("Timeline", className="panel-title"),
                    html.P(timeline_note(len(flows)), id=ids.TIMELINE_NOTE, className="note"),
                    dcc.Graph(
                        id=ids.TIMELINE,
                        figure=timeline,
                        config={**GRAPH_CONFIG, "scrollZoom": False},
                    ),
                ],
            ),
            build_upload_section(),  # issue 5: dashboard/upload_layout.py
        ],
    )


def build_status_legend() -> html.Div:
    """The map key as HTML (one legend for the stacked basemap + arcs graphs)."""
    items: list[Any] = [html.Span("Status at date:", className="legend-title")]
    for status, color in STATUS_COLORS.items():
        items.append(
            html.Span(
                [html.Span(className="swatch", style={"background": color}), status],
                className="legend-item",
            )
        )
    items.append(
        html.Span(
            f"▲ arrowhead at the recipient · line width {WIDTHS[0]:g}–{WIDTHS[-1]:g} px grows "
            "with independent sources (1, 2, 3+)",
            className="legend-note",
        )
    )
    return html.Div(items, className="status-legend", role="group", **ids.aria(label="Map key"))


def evidence_placeholder() -> list[Any]:
    return [
        html.H2("Evidence", className="panel-title"),
        html.P("Click an arc on the map or an event on the timeline to see its sources."),
    ]


# --- evidence panel -------------------------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?][\"'”’)\]]*\s|\n")


def sentence_around(text: str, start: int, end: int) -> tuple[int, int]:
    """Bounds of the sentence(s) containing text[start:end], so the match reads in context."""
    begin = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        begin = m.end()
    after = _SENTENCE_END.search(text, max(end - 1, start))
    stop = after.start() + 1 if after else len(text)
    if after and text[after.start()] == "\n":
        stop = after.start()
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, max(stop, end)


def safe_url(url: str | None) -> str | None:
    """Only http(s) links become live links; anything else (javascript:, data:...) is text."""
    if not url:
        return None
    parsed = urlparse(url.strip())
    if parsed.scheme in ("http", "https") and parsed.netloc:
        return url.strip()
    return None


def citation_text(source: Source, excerpt: Excerpt | None = None) -> str:
    """A plain-text citation an analyst can paste into a brief."""
    parts = [source.outlet or "Unknown outlet", f"“{source.title}”"]
    if source.published:
        note = " (date inferred)" if source.published_note else ""
        parts.append(source.published.isoformat() + note)
    else:
        parts.append("undated")
    if source.url:
        parts.append(source.url)
    elif source.path:
        parts.append(f"file {source.path}")
    text = ", ".join(parts) + "."
    if excerpt is not None:
        quote = " ".join(excerpt.text.split())
        text += f" Excerpt (chars {excerpt.start}–{excerpt.end}): “{quote}”"
    return text


def _date_text(event: Event) -> str:
    d = event.date
    if d.start is None:
        return "date unknown" + (f" (“{d.phrase}”, unresolved)" if d.phrase else "")
    span = d.start.isoformat() if d.start == d.end else f"{d.start.isoformat()} – {d.end}"
    phrase = f", “{d.phrase}”" if d.phrase else ""
    return f"{span} ({d.precision}{phrase})"


def build_evidence_panel(
    flow: Flow | None,
    sources: Mapping[str, Source],
    *,
    day: date | None = None,
    independent_sources: int | None = None,
) -> list[Any]:
    """Flow, its event history, and every excerpt grouped by source (text only, never HTML)."""
    if flow is None:
        return evidence_placeholder()
    from dashboard.aggregate import event_sort_key, flow_independent_sources

    n_indep = (
        independent_sources
        if independent_sources is not None
        else flow_independent_sources(flow, sources)
    )
    events = sorted(flow.events, key=event_sort_key)
    history = html.Ol(
        className="history",
        children=[
            html.Li(
                [
                    html.Span(e.kind, className=f"kind kind-{e.kind}"),
                    " ",
                    _date_text(e),
                    *([" · hedged"] if e.hedged else []),
                    *([" · pair-model lead: check the excerpt"] if e.model_lead else []),
                    *([f" · {e.curation}"] if e.curation != "extracted" else []),
                    *([f" · according to {e.attribution}"] if e.attribution else []),
                    *([f" · items: {', '.join(e.items)}"] if e.items else []),
                    *([f" · value: {e.value}"] if e.value else []),
                    *([f" · note: {e.note}"] if e.note else []),
                ]
            )
            for e in events
        ],
    )
    # source id -> list of (event, excerpt)
    by_source: dict[str, list[tuple[Event, Excerpt]]] = {}
    for event in events:
        for excerpt in event.evidence:
            by_source.setdefault(excerpt.source_id, []).append((event, excerpt))
    blocks: list[Any] = []

    def source_key(sid: str) -> tuple[bool, str, str]:
        s = sources.get(sid)
        return (
            s is None or s.published is None,
            s.published.isoformat() if s and s.published else "",
            sid,
        )

    for sid in sorted(by_source, key=source_key):
        source = sources.get(sid)
        blocks.append(_source_block(sid, source, by_source[sid]))
    analyst_only = [e for e in events if not e.evidence]
    if analyst_only:
        blocks.append(
            html.Section(
                className="source",
                children=[
                    html.H4("Analyst judgement"),
                    html.Ul([html.Li(f"{e.kind}: {e.note or 'no excerpt'}") for e in analyst_only]),
                ],
            )
        )
    status = status_at(flow, day) if day else status_at(flow, None)
    return [
        html.H2(flow_label(flow), className="panel-title"),
        html.P(
            [
                html.Strong(status),
                f" as of {day.isoformat()}" if day else " (latest)",
                f" · {len(events)} events · {n_indep} independent source"
                + ("" if n_indep == 1 else "s"),
            ],
            className="flow-summary",
        ),
        html.H3("Event history"),
        history,
        html.H3("Evidence by source"),
        *blocks,
    ]


def _source_block(
    sid: str, source: Source | None, items: list[tuple[Event, Excerpt]]
) -> html.Section:
    if source is None:
        return html.Section(
            className="source",
            children=[html.H4(f"Source {sid} (not found in store)")]
            + [html.P(ex.text, className="excerpt") for _, ex in items],
        )
    url = safe_url(source.url)
    meta: list[Any] = [source.outlet or "Outlet unknown", " · "]
    meta.append(source.published.isoformat() if source.published else "undated")
    if source.published_note:
        meta.append(" (date inferred)")
    excerpts: list[Any] = []
    seen: set[tuple[int, int]] = set()
    for event, ex in items:
        if (ex.start, ex.end) in seen:
            continue
        seen.add((ex.start, ex.end))
        text = source.text
        if text[ex.start : ex.end] == ex.text:
            s0, s1 = sentence_around(text, ex.start, ex.end)
            before, match, after = text[s0 : ex.start], ex.text, text[ex.end : s1]
        else:  # stored text changed under us: show the excerpt alone, never a wrong highlight
            before, match, after = "", ex.text, ""
        tags = [event.kind] + (["hedged"] if event.hedged else [])
        if event.attribution:
            tags.append(f"according to {event.attribution}")
        excerpts.append(
            html.Figure(
                className="excerpt",
                children=[
                    html.P([before, html.Mark(match), after], className="excerpt-text"),
                    html.Figcaption(
                        " · ".join(tags) + f" · chars {ex.start}–{ex.end}",
                        className="excerpt-meta",
                    ),
                ],
            )
        )
    citation = citation_text(source)
    children: list[Any] = [
        html.H4(source.title),
        html.P(meta, className="source-meta"),
    ]
    if source.published_note:
        children.append(
            html.Details(
                [html.Summary("How the date was inferred"), html.P(source.published_note)],
                className="date-note",
            )
        )
    if url:
        children.append(
            html.P(html.A(url, href=url, target="_blank", rel="noopener noreferrer nofollow"))
        )
    elif source.url:
        children.append(html.P(f"Link (not http/https, not linked): {source.url}"))
    children.extend(excerpts)
    clip_id = f"cite-{sid}"
    children.append(
        html.Div(
            className="citation",
            children=[
                html.Span("Citation: ", className="control-label"),
                html.Code(citation, id=clip_id),
                dcc.Clipboard(
                    target_id=clip_id,
                    title="Copy citation",
                    className="clipboard",
                ),
            ],
        )
    )
    return html.Section(className="source", children=children)
