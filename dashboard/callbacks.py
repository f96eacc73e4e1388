"""Dash wiring: thin callbacks over pure helpers (which are what the unit tests exercise).

Slider moves, arc/event clicks, the brush and play are clientside (assets/atlas.js) so they
never wait for the server; the server only recomputes when filters or the selection change
(status steps, timeline, counts, evidence) and turns the view into the URL query.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import TYPE_CHECKING, Any

from dash import ClientsideFunction, Dash, Input, Output, State, no_update
from dash.exceptions import PreventUpdate

from dashboard import ids
from dashboard.figures import build_timeline_figure, map_steps
from dashboard.layout import (  # the text helpers are re-exported for other wiring modules
    TIMELINE_LANES,
    build_evidence_panel,
    counts_text,
    timeline_note,
    window_text,
)
from dashboard.model import Flow
from dashboard.timeline import filter_flows, month_index, slider_date
from dashboard.view import View, view_from_query, view_to_query

if TYPE_CHECKING:
    from dashboard.app_factory import Dataset


def _iso(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def view_from_controls(
    slider: int | None,
    pinned: str | None,
    selected: str | None,
    window: dict[str, str] | None,
    kinds: Sequence[str] | None,
    countries: Sequence[str] | None,
    query: str | None,
) -> View:
    """The View the controls currently show (what the URL and exports should say)."""
    day = slider_date(int(slider), _iso(pinned)) if slider is not None else None
    start = _iso((window or {}).get("start"))
    end = _iso((window or {}).get("end"))
    if start and end and end < start:
        start, end = end, start
    return View(
        date=day,
        window_start=start if start and end else None,
        window_end=end if start and end else None,
        flow=selected or None,
        kinds=tuple(kinds or ()),
        countries=tuple(countries or ()),
        query=(query or "").strip(),
    )


def controls_from_view(view: View, lo: int, hi: int) -> dict[str, Any]:
    """Control values restoring a view; a date outside the data's months is clamped."""
    if view.date is None:
        slider, pinned = hi, None
    else:
        index = month_index(view.date)
        slider = min(hi, max(lo, index))
        pinned = view.date.isoformat() if index == slider else None
    window = (
        {"start": view.window_start.isoformat(), "end": view.window_end.isoformat()}
        if view.window_start and view.window_end
        else None
    )
    return {
        "slider": slider,
        "pinned": pinned,
        "selected": view.flow,
        "window": window,
        "kinds": list(view.kinds),
        "countries": list(view.countries),
        "query": view.query,
    }


def only_changes(new: Sequence[Any], current: Sequence[Any]) -> tuple[Any, ...]:
    """``no_update`` where a control already has the value (empty and None count as equal)."""
    return tuple(
        no_update if (n or None) == (c or None) else n for n, c in zip(new, current, strict=True)
    )


def find_flow(flows: Sequence[Flow], flow_id: str | None) -> Flow | None:
    return next((f for f in flows if f.id == flow_id), None) if flow_id else None


def register_callbacks(app: Dash, data: Callable[[], Dataset]) -> None:
    """Wire the page. ``data`` returns the current flows and sources (cached per app)."""

    @app.callback(
        Output(ids.SLIDER, "value"),
        Output(ids.PINNED, "data"),
        Output(ids.SELECTED, "data"),
        Output(ids.WINDOW, "data"),
        Output(ids.KIND_FILTER, "value"),
        Output(ids.COUNTRY_FILTER, "value"),
        Output(ids.SEARCH, "value"),
        Input(ids.URL, "search"),
        State(ids.SLIDER, "min"),
        State(ids.SLIDER, "max"),
        *[State(c, p) for c, p in ids.VIEW_CONTROLS],
    )
    def restore_view(search: str | None, lo: int, hi: int, *current: Any) -> tuple[Any, ...]:
        """URL → controls, on load and on back/forward: a shared link restores the view.

        Unchanged controls are left alone, so a plain load triggers no server work at all.
        """
        c = controls_from_view(view_from_query(search or ""), int(lo), int(hi))
        return only_changes(
            (
                c["slider"],
                c["pinned"],
                c["selected"],
                c["window"],
                c["kinds"],
                c["countries"],
                c["query"],
            ),
            current,
        )

    @app.callback(
        Output(ids.URL_QUERY, "data"),
        *[Input(c, p) for c, p in ids.VIEW_CONTROLS],
        prevent_initial_call=True,
    )
    def url_query(*controls: Any) -> str:
        """Controls → URL query (written clientside with history.replaceState)."""
        return view_to_query(view_from_controls(*controls))

    @app.callback(
        Output(ids.STEPS, "data"),
        Output(ids.TIMELINE, "figure"),
        Output(ids.COUNTS, "children"),
        Output(ids.TIMELINE_NOTE, "children"),
        Output(ids.WINDOW_LABEL, "children"),
        Input(ids.KIND_FILTER, "value"),
        Input(ids.COUNTRY_FILTER, "value"),
        Input(ids.SEARCH, "value"),
        Input(ids.WINDOW, "data"),
        Input(ids.SELECTED, "data"),
        State(ids.SLIDER, "value"),
        State(ids.PINNED, "data"),
        prevent_initial_call=True,  # the layout already holds the unfiltered state
    )
    def apply_filters(
        kinds: list[str] | None,
        countries: list[str] | None,
        query: str | None,
        window: dict[str, str] | None,
        selected: str | None,
        slider: int | None,
        pinned: str | None,
    ) -> tuple[Any, ...]:
        """Filters/window → visible flows' status steps, the timeline and the counts."""
        view = view_from_controls(slider, pinned, selected, window, kinds, countries, query)
        flows = data().flows
        shown = filter_flows(flows, view)
        # The timeline keeps showing events outside the window, so the brush can be redrawn.
        lanes = filter_flows(flows, view.with_(window_start=None, window_end=None))
        timeline = build_timeline_figure(lanes, view, max_lanes=TIMELINE_LANES)
        return (
            map_steps(shown),
            timeline,
            counts_text(shown, flows),
            timeline_note(len(lanes)),
            window_text(view),
        )

    @app.callback(
        Output(ids.EVIDENCE, "children"),
        Input(ids.SELECTED, "data"),
        State(ids.SLIDER, "value"),
        State(ids.PINNED, "data"),
        prevent_initial_call=True,
    )
    def show_evidence(selected: str | None, slider: int | None, pinned: str | None) -> list[Any]:
        """Selected flow → its history and excerpts, grouped by source."""
        dataset = data()
        flow = find_flow(dataset.flows, selected)
        if selected and flow is None:
            raise PreventUpdate
        day = slider_date(int(slider), _iso(pinned)) if slider is not None else None
        return build_evidence_panel(flow, dataset.sources, day=day)

    app.clientside_callback(
        ClientsideFunction("atlas", "render_map"),
        Output(ids.MAP, "figure"),
        Output(ids.AS_OF, "children"),
        Input(ids.SLIDER, "value"),
        Input(ids.PINNED, "data"),
        Input(ids.STEPS, "data"),
        Input(ids.SELECTED, "data"),
        State(ids.GEOMETRY, "data"),
        State(ids.AS_OF, "children"),
    )
    app.clientside_callback(
        ClientsideFunction("atlas", "select"),
        Output(ids.SELECTED, "data", allow_duplicate=True),
        Output(ids.SLIDER, "value", allow_duplicate=True),
        Output(ids.PINNED, "data", allow_duplicate=True),
        Input(ids.MAP, "clickData"),
        Input(ids.TIMELINE, "clickData"),
        State(ids.SLIDER, "min"),
        State(ids.SLIDER, "max"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("atlas", "brush"),
        Output(ids.WINDOW, "data", allow_duplicate=True),
        Input(ids.TIMELINE, "selectedData"),
        Input(ids.CLEAR_WINDOW, "n_clicks"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("atlas", "play_toggle"),
        Output(ids.INTERVAL, "disabled"),
        Output(ids.PLAY, "children"),
        Output(ids.PLAY, "aria-pressed"),
        Output(ids.SLIDER, "value", allow_duplicate=True),
        Input(ids.PLAY, "n_clicks"),
        State(ids.INTERVAL, "disabled"),
        State(ids.SLIDER, "value"),
        State(ids.SLIDER, "max"),
        State(ids.SLIDER, "min"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("atlas", "play_tick"),
        Output(ids.SLIDER, "value", allow_duplicate=True),
        Output(ids.INTERVAL, "disabled", allow_duplicate=True),
        Output(ids.PLAY, "children", allow_duplicate=True),
        Output(ids.PLAY, "aria-pressed", allow_duplicate=True),
        Input(ids.INTERVAL, "n_intervals"),
        State(ids.SLIDER, "value"),
        State(ids.SLIDER, "max"),
        prevent_initial_call=True,
    )
    app.clientside_callback(
        ClientsideFunction("atlas", "write_url"),
        Output(ids.URL_WRITTEN, "data"),
        Input(ids.URL_QUERY, "data"),
        prevent_initial_call=True,
    )
