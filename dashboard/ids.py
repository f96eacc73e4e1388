"""Component ids shared by the layout, the callbacks, the clientside code and the tests.

Some ids are a public contract (issue 3 and the browser tests): ``map``, ``timeline``,
``date-slider``, ``play``, ``evidence``.
"""

from __future__ import annotations

from typing import Any

MAP = "map"
TIMELINE = "timeline"
SLIDER = "date-slider"
PLAY = "play"
EVIDENCE = "evidence"

MAP_BASE = "map-base"  # static countries layer under the arcs graph
URL = "url"
INTERVAL = "play-interval"
AS_OF = "as-of"
COUNTS = "counts"
KIND_FILTER = "filter-kind"
COUNTRY_FILTER = "filter-country"
SEARCH = "filter-search"
CLEAR_WINDOW = "clear-window"
WINDOW_LABEL = "window-label"
TIMELINE_NOTE = "timeline-note"

# dcc.Store ids: per-user state lives in the browser.
GEOMETRY = "map-geometry"  # arcs etc., sent once per page load
STEPS = "map-steps"  # per visible flow: status change days (per filter change)
PINNED = "pinned-date"  # exact as-of day (URL / clicked event) within the slider's month
SELECTED = "selected-flow"
WINDOW = "time-window"
URL_QUERY = "url-query"
URL_WRITTEN = "url-written"

# Export control (issue 4).
EXPORT_BUTTON = "export-button"
EXPORT_STATUS = "export-status"
EXPORT_DOWNLOAD = "export-download"

# The controls that make up the analyst's View, in the order `view_from_controls` takes them
# (component id, property): callbacks that need the current view list exactly these.
VIEW_CONTROLS: tuple[tuple[str, str], ...] = (
    (SLIDER, "value"),
    (PINNED, "data"),
    (SELECTED, "data"),
    (WINDOW, "data"),
    (KIND_FILTER, "value"),
    (COUNTRY_FILTER, "value"),
    (SEARCH, "value"),
)


def aria(**attrs: str) -> dict[str, Any]:
    """ARIA attributes as keyword arguments for a Dash component: ``**aria(label="Map")``.

    Dash takes ``aria-*`` through ``**kwargs``; typed ``Any`` so mypy does not match the
    unpacked strings against the component's typed parameters (n_clicks, hidden, ...).
    """
    return {f"aria-{name}": value for name, value in attrs.items()}
