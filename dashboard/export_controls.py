"""The dashboard's export control: the current view as a file, through ``dashboard.export``.

The callback rebuilds the ``View`` from the same controls that write the URL, so the file
shows exactly what the analyst sees (date, window, selected flow, filters).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from dash import Dash, Input, NoUpdate, Output, State, ctx, dcc, html, no_update

from dashboard import ids

log = logging.getLogger(__name__)

EXPORT_CHOICES: tuple[tuple[str, str, str], ...] = (
    ("png", "PNG", "16:9 slide image with legend and numbered source note"),
    ("svg", "SVG", "16:9 slide as vector graphics"),
    ("pdf", "PDF", "16:9 slide as PDF"),
    ("brief", "Brief", "one-page PDF brief: map, timeline, flows with key excerpts"),
    ("html", "HTML", "standalone offline HTML page with hover and click-for-evidence"),
    ("csv", "CSV", "flows and events shown, one row per excerpt"),
    ("geojson", "GeoJSON", "flows shown as great-circle lines with their evidence"),
)


def export_button_id(fmt: str) -> str:
    return f"{ids.EXPORT_BUTTON}-{fmt}"


def build_export_controls() -> html.Div:
    """One button per format, a status line and the download target."""
    buttons = [
        html.Button(
            label,
            id=export_button_id(fmt),
            n_clicks=0,
            className="export-button",
            title=f"Export this view: {description}",
            **ids.aria(label=f"Export this view as {label}: {description}"),
        )
        for fmt, label, description in EXPORT_CHOICES
    ]
    return html.Div(
        className="export-controls",
        role="group",
        **ids.aria(label="Export this view"),
        children=[
            html.Span("Export view:", className="export-label"),
            *buttons,
            html.Span(id=ids.EXPORT_STATUS, role="status", className="export-status"),
            dcc.Download(id=ids.EXPORT_DOWNLOAD),
        ],
    )


class LazyRenderer:
    """One warm kaleido renderer per app, started on the first image export (not at import)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._renderer: Any = None

    def __call__(self) -> Any:
        with self._lock:
            if self._renderer is None:
                from dashboard.export.render import Renderer

                self._renderer = Renderer()
            return self._renderer


def register_export(app: Dash, data: Callable[[], Any]) -> None:
    """Wire the export button: controls → View → bytes → browser download."""
    renderer = LazyRenderer()

    @app.callback(
        Output(ids.EXPORT_DOWNLOAD, "data"),
        Output(ids.EXPORT_STATUS, "children"),
        *[Input(export_button_id(fmt), "n_clicks") for fmt, _, _ in EXPORT_CHOICES],
        *[State(c, p) for c, p in ids.VIEW_CONTROLS],
        prevent_initial_call=True,
    )
    def export_current_view(*args: Any) -> tuple[Any, str | NoUpdate]:
        from dashboard.callbacks import view_from_controls
        from dashboard.export import ExportError, export_filename, export_view

        triggered = str(ctx.triggered_id or "")
        fmt = triggered.removeprefix(f"{ids.EXPORT_BUTTON}-")
        if fmt not in {f for f, _, _ in EXPORT_CHOICES}:
            return no_update, no_update
        controls = args[len(EXPORT_CHOICES) :]
        view = view_from_controls(*controls)
        dataset = data()
        needs_browser = fmt in ("png", "svg", "pdf", "brief")
        try:
            payload = export_view(
                dataset.flows,
                list(dataset.sources.values()),
                view,
                fmt,
                renderer=renderer() if needs_browser else None,
            )
        except ExportError as error:
            return no_update, f"Export failed: {error}"
        except Exception as error:  # e.g. no Chromium on this machine: say so, keep serving
            log.exception("export failed")
            return no_update, f"Export failed ({type(error).__name__}): {error}"
        name = export_filename(view, fmt)
        return dcc.send_bytes(payload, name), f"Exported {name}"
