"""Pure figure builders: the map of flows and the timeline of their events.

The map is assembled from two JSON payloads so the dashboard can send the heavy part once:
``map_geometry`` (great-circle arcs, arrowheads, labels: per data load) and ``map_steps``
(per visible flow, the days its status changes: per filter change). ``map_figure_from_payload``
turns them into traces for one date; ``assets/atlas.js`` is its line-for-line clientside twin,
so a slider move repaints without a server round trip. ``build_map_figure`` composes the
three for exports and tests.

Traces: one per (status, width class) with ``None`` separators between arcs, never one per
arc. Every arc point carries its flow id in ``customdata``. Article-derived text that reaches
a hover label is escaped, because plotly renders some HTML tags in hover text.
"""

from __future__ import annotations

import html
from collections.abc import Mapping, Sequence
from datetime import date, timedelta
from typing import Any

import plotly.graph_objects as go

from dashboard.geo import arc_coordinates, arrival_bearing
from dashboard.model import EVENT_KINDS, Event, Flow, Source
from dashboard.timeline import (
    NOT_YET,
    STATUS_OF_KIND,
    STATUSES,
    date_bounds,
    filter_flows,
    is_undated,
    status_steps,
)
from dashboard.view import View

EPOCH = date(1970, 1, 1)

# Okabe–Ito: distinguishable with the common colour-vision deficiencies.
STATUS_COLORS: dict[str, str] = {
    NOT_YET: "#999999",
    "supplying": "#009E73",
    "diverted": "#E69F00",
    "used": "#D55E00",
    "suspended": "#56B4E9",
    "denied": "#CC79A7",
    "sanctioned": "#7F4F9F",
    "embargoed": "#0072B2",
    "cancelled": "#000000",
}
KIND_COLORS: dict[str, str] = {kind: STATUS_COLORS[STATUS_OF_KIND[kind]] for kind in EVENT_KINDS}
KIND_SYMBOLS: dict[str, str] = {
    "transfer": "circle",
    "resumption": "triangle-right",
    "diversion": "diamond",
    "use": "x",
    "suspension": "square",
    "cancellation": "x-thin-open",
    "denial": "hexagon",
    "embargo": "star",
    "sanction": "pentagon",
}
# Line width (px) by number of independent sources: 1, 2, 3 or more.
WIDTHS: tuple[float, ...] = (2.0, 3.5, 5.5)
BASEMAP_RESOLUTION = 110  # plotly topojson: assets/topojson/world_110m.json
FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif"


def esc(text: object) -> str:
    """Escape text for plotly hover labels (which render <b>, <a href>, <br>...)."""
    return html.escape(str(text), quote=False)


def day_number(day: date) -> int:
    """Days since 1970-01-01: what the clientside code compares (Date.UTC / 86400000)."""
    return (day - EPOCH).days


def flow_label(flow: Flow) -> str:
    return f"{flow.origin.name} → {flow.destination.name}"


def _source_count(flow: Flow, sources: Mapping[str, Source] | None) -> int:
    """Independent sources: distinct outlets when sources are known, else distinct articles."""
    if sources is not None:
        from dashboard.aggregate import flow_independent_sources

        return flow_independent_sources(flow, sources)
    return len({x.source_id for e in flow.events for x in e.evidence})


def width_class(n_sources: int) -> int:
    return max(0, min(len(WIDTHS) - 1, n_sources - 1))


def _points_for(flow: Flow, n_flows: int) -> int:
    """Dense enough that any spot on an arc is within hover distance of a point."""
    return 32 if n_flows <= 500 else 16


def map_geometry(
    flows: Sequence[Flow], *, sources: Mapping[str, Source] | None = None
) -> dict[str, Any]:
    """Everything about the map that does not change with the date or filters (JSON-able)."""
    out_flows: list[dict[str, Any]] = []
    places: dict[str, tuple[float, float, str]] = {}
    lons: list[float] = []
    lats: list[float] = []
    for flow in flows:
        arc = arc_coordinates(flow.origin, flow.destination, _points_for(flow, len(flows)))
        n_sources = _source_count(flow, sources)
        out_flows.append(
            {
                "id": flow.id,
                "label": esc(flow_label(flow)),
                "lon": [round(p[0], 3) for p in arc],
                "lat": [round(p[1], 3) for p in arc],
                "w": width_class(n_sources),
                "sources": n_sources,
                "events": len(flow.events),
                "undated": is_undated(flow),
                "bearing": round(arrival_bearing(flow.origin, flow.destination), 1),
            }
        )
        for place in (flow.origin, flow.destination):
            places.setdefault(place.key, (place.lon, place.lat, place.name))
        lons.extend(p[0] for p in arc)
        lats.extend(p[1] for p in arc)
    return {
        "flows": out_flows,
        "nodes": {
            "lon": [p[0] for p in places.values()],
            "lat": [p[1] for p in places.values()],
            "text": [esc(p[2]) for p in places.values()],
        },
        "statuses": list(STATUSES),
        "colors": STATUS_COLORS,
        "widths": list(WIDTHS),
        "layout": overlay_layout(map_layout(lons, lats)),
        "base_layout": map_layout(lons, lats),
    }


def map_steps(flows: Sequence[Flow]) -> dict[str, list[list[int]]]:
    """Per visible flow: [[day number, status index], ...] from ``timeline.status_steps``."""
    index = {s: i for i, s in enumerate(STATUSES)}
    return {
        flow.id: [[day_number(day), index[status]] for day, status in status_steps(flow)]
        for flow in flows
    }


def status_from_steps(steps: Sequence[Sequence[int]], day: int) -> int:
    """Index into STATUSES at a day number: the last step on or before it (binary search)."""
    lo, hi = 0, len(steps)
    while lo < hi:
        mid = (lo + hi) // 2
        if steps[mid][0] <= day:
            lo = mid + 1
        else:
            hi = mid
    return steps[lo - 1][1] if lo else 0


def map_layout(lons: Sequence[float], lats: Sequence[float]) -> dict[str, Any]:
    """Geo layout framed on the data (fixed per load, so slider moves never re-frame)."""
    geo: dict[str, Any] = {
        "projection": {"type": "natural earth"},
        "showland": True,
        "landcolor": "#E5E5E0",
        "showcountries": True,
        "countrycolor": "#FFFFFF",
        "countrywidth": 0.6,
        "showocean": True,
        "oceancolor": "#F2F6F9",
        "showlakes": False,
        "showframe": False,
        "coastlinecolor": "#B8B8B0",
        "resolution": BASEMAP_RESOLUTION,
    }
    if lons and lats:
        wrapped = [((x + 180.0) % 360.0) - 180.0 for x in lons]
        lon0, lon1 = min(wrapped), max(wrapped)
        lat0, lat1 = min(lats), max(lats)
        pad_lon = max(10.0, (lon1 - lon0) * 0.08)
        pad_lat = max(8.0, (lat1 - lat0) * 0.12)
        # Keep the frame about as tall as the panel is (≈ 1:2), not a thin strip.
        want = (lon1 - lon0 + 2 * pad_lon) * 0.5 - (lat1 - lat0)
        pad_lat = max(pad_lat, want / 2)
        geo["lonaxis"] = {"range": [max(-180.0, lon0 - pad_lon), min(180.0, lon1 + pad_lon)]}
        geo["lataxis"] = {"range": [max(-90.0, lat0 - pad_lat), min(90.0, lat1 + pad_lat)]}
    return {
        "geo": geo,
        "margin": {"l": 0, "r": 0, "t": 0, "b": 30},
        "paper_bgcolor": "#FFFFFF",
        "font": {"family": FONT, "size": 13, "color": "#1A1A1A"},
        "legend": {
            "title": {"text": "Status at date"},
            "orientation": "h",
            "x": 0.0,
            "y": 0.0,
            "xanchor": "left",
            "yanchor": "top",
            "bgcolor": "rgba(255,255,255,0.85)",
            "bordercolor": "#CCCCCC",
            "borderwidth": 1,
        },
        "hoverlabel": {"font": {"family": FONT}},
        "uirevision": "map",
        "clickmode": "event",
        "dragmode": "pan",
    }


def overlay_layout(full: Mapping[str, Any]) -> dict[str, Any]:
    """The dashboard's arc layer: same projection and frame, but transparent, no basemap.

    In the browser the arcs graph sits over a static basemap graph, because plotly re-projects
    every country outline on each update of a geo subplot; without them a slider step only
    re-projects the arcs.
    """
    geo = dict(full["geo"])
    geo.update(
        showland=False,
        showcountries=False,
        showocean=False,
        showlakes=False,
        showcoastlines=False,
        showframe=False,
        bgcolor="rgba(0,0,0,0)",
    )
    return {**full, "geo": geo, "paper_bgcolor": "rgba(0,0,0,0)", "showlegend": False}


def build_basemap_figure(geometry: Mapping[str, Any]) -> dict[str, Any]:
    """The static layer under the arcs: countries and the labelled places (drawn once)."""
    layout = {**geometry["base_layout"], "showlegend": False, "dragmode": False}
    return {"data": [places_trace(geometry)], "layout": layout}


def map_figure_from_payload(
    geometry: Mapping[str, Any],
    steps: Mapping[str, Sequence[Sequence[int]]],
    day: int | None,
    selected: str | None = None,
    as_of: str = "",
    with_nodes: bool = True,
) -> dict[str, Any]:
    """The map figure (as a plotly JSON dict) for one date. Mirrored by assets/atlas.js.

    ``day`` is a day number, None for "latest". Flows absent from ``steps`` are filtered out.
    """
    statuses: list[str] = list(geometry["statuses"])
    colors: Mapping[str, str] = geometry["colors"]
    widths: list[float] = list(geometry["widths"])
    groups: dict[tuple[int, int], dict[str, list[Any]]] = {}
    heads: dict[int, dict[str, list[Any]]] = {}
    halo: dict[str, list[Any]] = {"lon": [], "lat": [], "customdata": []}
    suffix = f" as of {as_of}" if as_of else ""
    for flow in geometry["flows"]:
        flow_steps = steps.get(flow["id"])
        if flow_steps is None:
            continue
        if day is None:
            s = flow_steps[-1][1] if flow_steps else 0
        else:
            s = status_from_steps(flow_steps, day)
        status = statuses[s]
        note = " (date unknown)" if flow["undated"] else ""
        text = (
            f"<b>{flow['label']}</b><br>{status}{suffix}{note}<br>"
            f"{flow['events']} events · {flow['sources']} independent sources"
        )
        n = len(flow["lon"])
        g = groups.setdefault((s, flow["w"]), {"lon": [], "lat": [], "customdata": [], "text": []})
        g["lon"].extend([*flow["lon"], None])
        g["lat"].extend([*flow["lat"], None])
        g["customdata"].extend([flow["id"]] * n + [None])
        g["text"].extend([text] * n + [None])
        h = heads.setdefault(s, {"lon": [], "lat": [], "customdata": [], "text": [], "angle": []})
        h["lon"].append(flow["lon"][-1])
        h["lat"].append(flow["lat"][-1])
        h["customdata"].append(flow["id"])
        h["text"].append(text)
        h["angle"].append(flow["bearing"])
        if flow["id"] == selected:
            halo["lon"].extend(flow["lon"])
            halo["lat"].extend(flow["lat"])
            halo["customdata"].extend([flow["id"]] * n)
    data: list[dict[str, Any]] = []
    if halo["lon"]:
        data.append(
            {
                "type": "scattergeo",
                "mode": "lines",
                "name": "selected",
                "lon": halo["lon"],
                "lat": halo["lat"],
                "customdata": halo["customdata"],
                "line": {"color": "rgba(255,215,0,0.9)", "width": widths[-1] + 7},
                "hoverinfo": "skip",
                "showlegend": False,
            }
        )
    shown: set[int] = set()
    for s, w in sorted(groups):
        g = groups[(s, w)]
        data.append(
            {
                "type": "scattergeo",
                "mode": "lines",
                "name": statuses[s],
                "legendgroup": statuses[s],
                "showlegend": s not in shown,
                "lon": g["lon"],
                "lat": g["lat"],
                "customdata": g["customdata"],
                "hovertext": g["text"],
                "hoverinfo": "text",
                "line": {"color": colors[statuses[s]], "width": widths[w]},
                "opacity": 0.9,
            }
        )
        shown.add(s)
    for s in sorted(heads):
        h = heads[s]
        data.append(
            {
                "type": "scattergeo",
                "mode": "markers",
                "name": statuses[s],
                "legendgroup": statuses[s],
                "showlegend": False,
                "lon": h["lon"],
                "lat": h["lat"],
                "customdata": h["customdata"],
                "hovertext": h["text"],
                "hoverinfo": "text",
                "marker": {
                    "symbol": "triangle-up",
                    "size": 13,
                    "angle": h["angle"],
                    "angleref": "north",
                    "color": colors[statuses[s]],
                    "line": {"color": "#FFFFFF", "width": 1},
                },
            }
        )
    if with_nodes:
        data.append(places_trace(geometry))
    return {"data": data, "layout": dict(geometry["layout"])}


def places_trace(geometry: Mapping[str, Any]) -> dict[str, Any]:
    """Labelled dots for the places flows join (so chains read as paths through a node)."""
    nodes = geometry["nodes"]
    labelled = len(nodes["lon"]) <= 80  # beyond that, names only clutter: hover the arcs
    return {
        "type": "scattergeo",
        "mode": "markers+text" if labelled else "markers",
        "name": "places",
        "lon": nodes["lon"],
        "lat": nodes["lat"],
        "text": nodes["text"],
        "textposition": "top center",
        "textfont": {"size": 12, "color": "#1A1A1A"},
        "marker": {"size": 6, "color": "#1A1A1A"},
        "hoverinfo": "skip",
        "showlegend": False,
    }


def build_map_figure(
    flows: Sequence[Flow],
    view: View,
    *,
    sources: Mapping[str, Source] | None = None,
) -> go.Figure:
    """The map for a view: arcs coloured by status at ``view.date`` (latest if unset)."""
    geometry = map_geometry(flows, sources=sources)
    steps = map_steps(filter_flows(flows, view))
    day = day_number(view.date) if view.date else None
    as_of = view.date.isoformat() if view.date else ""
    fig = map_figure_from_payload(geometry, steps, day, view.flow, as_of)
    fig["layout"] = {**geometry["base_layout"], "showlegend": True}  # basemap + legend inline
    return go.Figure(fig)


# --- timeline -------------------------------------------------------------------------------


def _snippet(event: Event, limit: int = 110) -> str:
    if not event.evidence:
        return "analyst judgement" if event.curation != "extracted" else ""
    text = " ".join(event.evidence[0].text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _date_text(event: Event) -> str:
    d = event.date
    if d.start is None:
        return f"date unknown ({d.phrase})" if d.phrase else "date unknown"
    span = d.start.isoformat() if d.start == d.end else f"{d.start} – {d.end}"
    phrase = f" “{d.phrase}”" if d.phrase else ""
    return f"{span} ({d.precision}){phrase}"


def _event_hover(flow: Flow, event: Event) -> str:
    hedge = (" · hedged" if event.hedged else "") + (
        " · pair-model lead" if event.model_lead else ""
    )
    return (
        f"<b>{esc(event.kind)}</b> · {esc(flow_label(flow))}<br>{esc(_date_text(event))}"
        f"{hedge}<br>“{esc(_snippet(event))}”<br>{len(event.source_ids)} source(s)"
    )


def timeline_lanes(flows: Sequence[Flow], selected: str | None, max_lanes: int) -> list[Flow]:
    """Lanes in order of first event (undated last); the selected flow is always kept."""

    def key(flow: Flow) -> tuple[bool, date, str]:
        starts = [e.date.start for e in flow.events if e.date.start]
        return (not starts, min(starts) if starts else date.max, flow.id)

    ordered = sorted(flows, key=key)
    lanes = ordered[:max_lanes]
    if selected and all(f.id != selected for f in lanes):
        extra = [f for f in ordered if f.id == selected]
        lanes = (lanes[: max_lanes - 1] + extra) if extra else lanes
    return lanes


def build_timeline_figure(
    flows: Sequence[Flow],
    view: View,
    *,
    max_lanes: int = 40,
) -> go.Figure:
    """One lane per flow, events coloured by kind; ranges as bars, exact days as markers.

    customdata per event: [flow id, event id, start date or None] (clicks move the slider).
    Shapes: [0] the as-of date line (moved clientside on slider steps), [1] the selected
    flow's lane, [2] the time window. Undated events sit in a column right of the last date.
    """
    lanes = timeline_lanes(flows, view.flow, max_lanes)
    bounds = date_bounds(lanes) or (date.today(), date.today())
    x0 = bounds[0].replace(day=1) - timedelta(days=20)
    x_undated = bounds[1] + timedelta(days=60)
    x1 = x_undated + timedelta(days=45)
    bars: dict[str, dict[str, list[Any]]] = {}
    marks: dict[str, dict[str, list[Any]]] = {}
    for lane, flow in enumerate(lanes):
        for event in flow.events:
            hover = _event_hover(flow, event)
            d = event.date
            if d.start is not None and d.end is not None and d.end > d.start:
                b = bars.setdefault(
                    event.kind, {"base": [], "x": [], "y": [], "customdata": [], "text": []}
                )
                b["base"].append(d.start.isoformat())
                b["x"].append(((d.end - d.start).days + 1) * 86_400_000)
                b["y"].append(lane)
                b["customdata"].append([flow.id, event.id, d.start.isoformat()])
                b["text"].append(hover)
            else:
                m = marks.setdefault(
                    event.kind, {"x": [], "y": [], "customdata": [], "text": [], "symbol": []}
                )
                undated = d.start is None
                m["x"].append((x_undated if d.start is None else d.start).isoformat())
                m["y"].append(lane)
                m["customdata"].append(
                    [flow.id, event.id, d.start.isoformat() if d.start else None]
                )
                m["text"].append(hover)
                m["symbol"].append("circle-open" if undated else KIND_SYMBOLS[event.kind])
    traces: list[go.BaseTraceType] = []
    for kind in EVENT_KINDS:
        legend = True
        if kind in bars:
            b = bars[kind]
            traces.append(
                go.Bar(
                    orientation="h",
                    base=b["base"],
                    x=b["x"],
                    y=b["y"],
                    customdata=b["customdata"],
                    hovertext=b["text"],
                    hoverinfo="text",
                    name=kind,
                    legendgroup=kind,
                    showlegend=legend,
                    marker={"color": KIND_COLORS[kind], "line": {"color": "#333", "width": 0.5}},
                    width=0.5,
                    opacity=0.85,
                )
            )
            legend = False
        if kind in marks:
            m = marks[kind]
            traces.append(
                go.Scatter(
                    mode="markers",
                    x=m["x"],
                    y=m["y"],
                    customdata=m["customdata"],
                    hovertext=m["text"],
                    hoverinfo="text",
                    name=kind,
                    legendgroup=kind,
                    showlegend=legend,
                    marker={
                        "color": KIND_COLORS[kind],
                        "size": 13,
                        "symbol": m["symbol"],
                        "line": {"color": "#333", "width": 1},
                    },
                )
            )
    labels = [esc(flow_label(f)) for f in lanes]
    selected_lane = next((i for i, f in enumerate(lanes) if f.id == view.flow), None)
    if selected_lane is not None:
        labels[selected_lane] = f"<b>▶ {labels[selected_lane]}</b>"
    as_of = (view.date or bounds[1]).isoformat()
    shapes: list[dict[str, Any]] = [
        {
            "type": "line",
            "xref": "x",
            "yref": "paper",
            "x0": as_of,
            "x1": as_of,
            "y0": 0,
            "y1": 1,
            "line": {"color": "#C00000", "width": 2},
        },
        {
            "type": "rect",
            "xref": "paper",
            "yref": "y",
            "x0": 0,
            "x1": 1,
            "y0": (selected_lane if selected_lane is not None else -10) - 0.5,
            "y1": (selected_lane if selected_lane is not None else -10) + 0.5,
            "fillcolor": "rgba(255,215,0,0.35)",
            "line": {"width": 0},
            "layer": "below",
            "visible": selected_lane is not None,
        },
        {
            "type": "rect",
            "xref": "x",
            "yref": "paper",
            "x0": (view.window_start or x0).isoformat(),
            "x1": (view.window_end or x0).isoformat(),
            "y0": 0,
            "y1": 1,
            "fillcolor": "rgba(0,114,178,0.12)",
            "line": {"color": "#0072B2", "width": 1},
            "layer": "below",
            "visible": bool(view.window_start and view.window_end),
        },
    ]
    n = max(1, len(lanes))
    fig = go.Figure(traces)
    fig.update_layout(
        template="none",
        barmode="overlay",
        height=110 + 30 * n,
        margin={"l": 10, "r": 10, "t": 10, "b": 40},
        font={"family": FONT, "size": 13, "color": "#1A1A1A"},
        paper_bgcolor="#FFFFFF",
        plot_bgcolor="#FFFFFF",
        dragmode="select",
        selectdirection="h",
        clickmode="event",
        hovermode="closest",
        shapes=shapes,
        legend={"orientation": "h", "y": 1.0, "yanchor": "bottom", "x": 0, "title": ""},
        annotations=[
            {
                "x": x_undated.isoformat(),
                "y": 1,
                "xref": "x",
                "yref": "paper",
                "yanchor": "bottom",
                "text": "undated",
                "showarrow": False,
                "font": {"size": 11, "color": "#555"},
            }
        ],
        uirevision="timeline",
    )
    fig.update_xaxes(
        type="date", range=[x0.isoformat(), x1.isoformat()], gridcolor="#EEE", fixedrange=False
    )
    fig.update_yaxes(
        tickvals=list(range(n)),
        ticktext=labels,
        range=[n - 0.5, -0.5],
        automargin=True,
        fixedrange=True,
        gridcolor="#F4F4F4",
    )
    return fig
