"""The slide-ready briefing figure: map + title + as-of line + legend + numbered source note.

Sizes are in layout pixels for a 16:9 slide (1600×900 by default) with fonts of at least
14 px, so the note stays legible when the slide is projected. Article-derived text (titles,
outlets) is untrusted: plotly renders a subset of HTML in text, so every string placed in
the figure goes through :func:`plotly_text` first.
"""

from __future__ import annotations

import html
import textwrap
from collections.abc import Sequence
from datetime import date

import plotly.graph_objects as go

from dashboard.export.evidence import ShownFlow, SourceRef, cite, format_date

DEFAULT_WIDTH = 1600
DEFAULT_HEIGHT = 900
DEFAULT_TITLE = "Arms transfers and export-control decisions"
BODY_PX = 15  # ≥ 14 px: legible on a projected slide
TITLE_PX = 30
SUBTITLE_PX = 19
MAX_NOTE_LINES = 9
FONT_FAMILY = "DejaVu Sans, Liberation Sans, Arial, sans-serif"


def plotly_text(text: str) -> str:
    """Escape text for plotly: '<b>' stays the four characters, never a bold tag.

    plotly.js parses <b>, <i>, <a href>, <span style>, <br> in text and decodes entities in
    the text between tags, so escaping &, < and > shows the original characters.
    """
    return html.escape(text, quote=False)


def _wrap(text: str, width_chars: int, indent: str = "") -> list[str]:
    return textwrap.wrap(text, width=width_chars, subsequent_indent=indent) or [""]


def source_note_lines(
    refs: Sequence[SourceRef],
    shown: Sequence[ShownFlow],
    *,
    width_px: int,
    font_px: int = BODY_PX,
    max_lines: int = MAX_NOTE_LINES,
) -> list[str]:
    """Plain-text lines of the source note: '[n] outlet, “title”, date — flows it supports'."""
    chars = max(40, int(width_px / (font_px * 0.56)))
    flows_by_source: dict[str, list[str]] = {}
    for item in shown:
        for event in item.events:
            for excerpt in event.evidence:
                labels = flows_by_source.setdefault(excerpt.source_id, [])
                if item.label not in labels:
                    labels.append(item.label)
    lines: list[str] = []
    for i, ref in enumerate(refs):
        flows = ", ".join(flows_by_source.get(ref.source.id, []))
        entry = f"[{ref.number}] {cite(ref.source)}" + (f" — {flows}" if flows else "")
        wrapped = _wrap(entry, chars, indent="     ")
        if len(lines) + len(wrapped) > max_lines:
            lines.append(f"… and {len(refs) - i} more source(s): see the CSV export.")
            break
        lines.extend(wrapped)
    return lines


def fill_frame(fig: go.Figure, width_px: float, height_px: float) -> None:
    """Widen the map's lon/lat frame to the slide's map area, so the map fills it instead of
    floating in white bands (plotly keeps the projection's aspect ratio)."""
    geo = fig.layout.geo
    lon, lat = geo.lonaxis.range, geo.lataxis.range
    if not lon or not lat or height_px <= 0:
        return
    lon_span, lat_span = lon[1] - lon[0], lat[1] - lat[0]
    target_lat = lon_span * height_px / width_px
    if lat_span < target_lat:
        mid = (lat[0] + lat[1]) / 2
        low, high = mid - target_lat / 2, mid + target_lat / 2
        shift = max(0.0, -85.0 - low) - max(0.0, high - 85.0)
        geo.lataxis.range = [max(-85.0, low + shift), min(85.0, high + shift)]
    else:
        target_lon = min(360.0, lat_span * width_px / height_px)
        mid = (lon[0] + lon[1]) / 2
        geo.lonaxis.range = [max(-180.0, mid - target_lon / 2), min(180.0, mid + target_lon / 2)]


def _legible_labels(fig: go.Figure) -> None:
    """Place names at body size and arcs 1.5× wider: the dashboard's 12 px labels and 2 px
    lines vanish on a projector."""
    for trace in fig.data:
        mode = getattr(trace, "mode", None) or ""
        if mode == "lines" and trace.line.width:
            trace.line.width = trace.line.width * 1.5
        if "text" in mode:
            size = trace.textfont.size or 12
            trace.textfont.size = max(size, BODY_PX)


def build_briefing_figure(
    map_fig: go.Figure,
    refs: Sequence[SourceRef],
    shown: Sequence[ShownFlow],
    *,
    caption: str,
    title: str = DEFAULT_TITLE,
    generated_on: date | None = None,
    width: int = DEFAULT_WIDTH,
    height: int = DEFAULT_HEIGHT,
) -> go.Figure:
    """A copy of the map laid out as a slide; the map figure itself is left untouched."""
    fig = go.Figure(map_fig)
    note = source_note_lines(refs, shown, width_px=width - 60)
    if not refs:
        note = ["No sources: no flows match this view."]
    line_px = int(BODY_PX * 1.35)
    note_px = line_px * (len(note) + 1) + 16
    top_px = 28 + TITLE_PX + SUBTITLE_PX + 34
    fig.update_layout(
        width=width,
        height=height,
        autosize=False,
        title=None,
        font={"family": FONT_FAMILY, "size": BODY_PX, "color": "#222"},
        paper_bgcolor="white",
        margin={"l": 30, "r": 30, "t": top_px, "b": note_px, "autoexpand": False},
        showlegend=True,
        legend={
            "x": 0.005,
            "y": 0.02,
            "xanchor": "left",
            "yanchor": "bottom",
            "bgcolor": "rgba(255,255,255,0.85)",
            "bordercolor": "#999",
            "borderwidth": 1,
            "font": {"size": BODY_PX + 1},
            "title": {"text": "Status", "font": {"size": BODY_PX + 1}},
            "orientation": "v",
        },
        hovermode=False,
    )
    fig.update_geos(domain={"x": [0, 1], "y": [0, 1]})
    fill_frame(fig, width - 60, height - top_px - note_px)
    _legible_labels(fig)
    generated = f"Generated {format_date(generated_on)} · " if generated_on else ""
    annotations = [
        {
            "text": f"<b>{plotly_text(title)}</b>",
            "font": {"size": TITLE_PX, "color": "#111"},
            "x": 0,
            "y": 1,
            "yshift": top_px - 20,
            "yanchor": "top",
        },
        {
            "text": plotly_text(caption),
            "font": {"size": SUBTITLE_PX, "color": "#444"},
            "x": 0,
            "y": 1,
            "yshift": top_px - 28 - TITLE_PX - 10,
            "yanchor": "top",
        },
        {
            "text": "<b>Sources</b><br>" + "<br>".join(plotly_text(line) for line in note),
            "font": {"size": BODY_PX, "color": "#222"},
            "x": 0,
            "y": 0,
            "yshift": -8,
            "yanchor": "top",
        },
        {
            "text": plotly_text(f"{generated}Arms Flow Atlas · evidence: article excerpts"),
            "font": {"size": 14, "color": "#666"},
            "x": 1,
            "xanchor": "right",
            "y": 1,
            "yshift": top_px - 28 - TITLE_PX - 10,
            "yanchor": "top",
        },
    ]
    for ann in annotations:
        ann.setdefault("xanchor", "left")
        ann.update({"xref": "paper", "yref": "paper", "showarrow": False, "align": "left"})
        fig.add_annotation(**ann)
    return fig
