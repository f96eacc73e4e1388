"""Briefing exports of a view: PNG/SVG/PDF slides, a one-page brief, offline HTML, CSV, GeoJSON.

Entry points:
- :func:`export_view` — bytes of one format for (flows, sources, view); what the CLI and the
  dashboard's download callback (``dcc.send_bytes``) call. Pass a long-lived
  :class:`Renderer` to reuse a warm Chromium (≈0.3 s per image instead of 2–4 s).
- :func:`add_export_parser` — registers ``python -m dashboard export``.

From a Dash callback (the dashboard's export control)::

    renderer = Renderer()  # once per app (e.g. in the app factory); Chromium starts lazily
    data = export_view(flows, sources, view_from_query(search), fmt, renderer=renderer)
    return dcc.send_bytes(data, export_filename(view, fmt))

``Renderer.render`` is thread-safe (renders queue for the one warm page); close it when the
app stops (if not, Chromium still exits with the process: its devtools pipe closes).

Every format shows the same selection (``evidence.shown_flows``) and numbers sources the same
way, so "[2]" in the slide is "[2]" in the brief, the HTML and the CSV.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import TYPE_CHECKING

from dashboard.export.evidence import (
    ShownFlow,
    SourceRef,
    number_sources,
    shown_flows,
    view_caption,
)
from dashboard.export.render import ExportError, Renderer, is_image_format, topojson_url
from dashboard.model import Flow, Source
from dashboard.view import View

if TYPE_CHECKING:
    import argparse

    import plotly.graph_objects as go

FORMATS: tuple[str, ...] = ("png", "svg", "pdf", "html", "csv", "geojson", "brief")
MEDIA_TYPES: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "brief": "application/pdf",
    "html": "text/html; charset=utf-8",
    "csv": "text/csv; charset=utf-8",
    "geojson": "application/geo+json",
}
EXTENSIONS: dict[str, str] = {"brief": "pdf"}
DEFAULT_TITLE = "Arms transfers and export-control decisions"

__all__ = [
    "DEFAULT_TITLE",
    "FORMATS",
    "MEDIA_TYPES",
    "ExportError",
    "Renderer",
    "add_export_parser",
    "export_filename",
    "export_view",
    "select",
    "topojson_url",
]


def export_filename(view: View, fmt: str) -> str:
    """A descriptive download name, e.g. ``atlas-2020-11-01-can-tur.png``."""
    parts = ["atlas"]
    if view.window_start and view.window_end:
        parts.append(f"{view.window_start.isoformat()}_{view.window_end.isoformat()}")
    if view.date:
        parts.append(view.date.isoformat())
    if view.flow:
        parts.append("".join(c for c in view.flow if c.isalnum() or c == "-"))
    suffix = "-brief" if fmt == "brief" else ""
    return "-".join(parts) + suffix + "." + EXTENSIONS.get(fmt, fmt)


def select(
    flows: Sequence[Flow], sources: Sequence[Source], view: View
) -> tuple[list[ShownFlow], list[SourceRef]]:
    """The flows/events the view shows and their numbered sources."""
    shown = shown_flows(flows, view)
    return shown, number_sources(shown, sources)


def _figures(
    flows: Sequence[Flow], sources: Sequence[Source], view: View, *, timeline: bool
) -> tuple[go.Figure, go.Figure | None]:
    """The dashboard's own map (and timeline) for the view: same arcs, colours, widths."""
    from dashboard.figures import build_map_figure, build_timeline_figure

    by_id = {s.id: s for s in sources}
    map_fig = build_map_figure(flows, view, sources=by_id)
    return map_fig, build_timeline_figure(flows, view) if timeline else None


def export_view(
    flows: Sequence[Flow],
    sources: Sequence[Source],
    view: View,
    fmt: str,
    *,
    width: int = 1600,
    height: int = 900,
    scale: float = 1.0,
    renderer: Renderer | None = None,
    title: str = DEFAULT_TITLE,
    generated_on: date | None = None,
) -> bytes:
    """The export of ``view`` in ``fmt`` as bytes.

    ``flows`` are all flows (as ``Store.load_flows`` returns them): the view's filters are
    applied here, exactly as the dashboard applies them. Image formats and the brief need a
    browser: without ``renderer`` a temporary one is started and closed (cold, ~2–4 s).
    """
    if fmt not in FORMATS:
        raise ExportError(f"Unknown export format {fmt!r}; choose one of {', '.join(FORMATS)}.")
    generated_on = generated_on or date.today()
    owned = renderer is None and fmt in ("png", "svg", "pdf", "brief")
    active = renderer or Renderer()
    if owned:
        active.prestart()
    try:
        return _export(
            flows, sources, view, fmt, active, width=width, height=height, scale=scale,
            title=title, generated_on=generated_on,
        )  # fmt: skip
    finally:
        if owned:
            active.close()


def _export(
    flows: Sequence[Flow],
    sources: Sequence[Source],
    view: View,
    fmt: str,
    renderer: Renderer,
    *,
    width: int,
    height: int,
    scale: float,
    title: str,
    generated_on: date,
) -> bytes:
    shown, refs = select(flows, sources, view)
    caption = view_caption(view)
    if fmt in ("csv", "geojson"):
        from dashboard.export.tables import build_csv, build_geojson, evidence_rows

        rows = evidence_rows(shown, refs, sources)
        return build_csv(rows) if fmt == "csv" else build_geojson(shown, rows)
    map_fig, timeline_fig = _figures(flows, sources, view, timeline=fmt in ("html", "brief"))
    if fmt == "html":
        from dashboard.export.html import build_html

        page = build_html(
            map_fig,
            timeline_fig,
            shown,
            refs,
            title=title,
            caption=caption,
            selected=view.flow,
            generated_on=generated_on,
        )
        return page.encode("utf-8")
    return _render(
        map_fig,
        timeline_fig,
        shown,
        refs,
        fmt,
        renderer,
        width=width,
        height=height,
        scale=scale,
        title=title,
        caption=caption,
        generated_on=generated_on,
        as_of=view.date,
    )


def _render(
    map_fig: go.Figure,
    timeline_fig: go.Figure | None,
    shown: Sequence[ShownFlow],
    refs: Sequence[SourceRef],
    fmt: str,
    renderer: Renderer,
    *,
    width: int,
    height: int,
    scale: float,
    title: str,
    caption: str,
    generated_on: date,
    as_of: date | None,
) -> bytes:
    if fmt == "brief":
        from dashboard.export.brief import build_brief_pdf

        map_png = renderer.render(map_fig, "png", width=1100, height=550, scale=2)
        timeline_png = (
            renderer.render(timeline_fig, "png", width=560, height=440, scale=2)
            if timeline_fig is not None
            else None
        )
        return build_brief_pdf(
            map_png,
            timeline_png,
            shown,
            refs,
            title=title,
            caption=caption,
            generated_on=generated_on,
            as_of=as_of,
        )
    from dashboard.export.briefing import build_briefing_figure

    # export_view admits only FORMATS, and csv, geojson, html and brief returned above
    assert is_image_format(fmt)
    slide = build_briefing_figure(
        map_fig,
        refs,
        shown,
        caption=caption,
        title=title,
        generated_on=generated_on,
        width=width,
        height=height,
    )
    return renderer.render(slide, fmt, width=width, height=height, scale=scale)


def add_export_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register ``export`` on the CLI's subparsers (the store developer's cli.py calls this)."""
    from dashboard.export.cli import add_export_parser as add

    return add(subparsers)
