"""The slide figure as data: title, as-of line, numbered note, legible sizes, escaped text."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from dashboard.export import select
from dashboard.export.briefing import (
    BODY_PX,
    build_briefing_figure,
    plotly_text,
    source_note_lines,
)
from dashboard.export.evidence import SourceRef, view_caption
from dashboard.figures import build_map_figure
from dashboard.model import Source
from dashboard.view import View
from tests.export.conftest import GENERATED_ON, Data


def _slide(data: Data, view: View, **kw: object) -> go.Figure:
    shown, refs = select(data.flows, data.sources, view)
    return build_briefing_figure(
        build_map_figure(data.flows, view),
        refs,
        shown,
        caption=view_caption(view),
        generated_on=GENERATED_ON,
        **kw,  # type: ignore[arg-type]
    )


def test_slide_has_title_as_of_note_and_legend(seed: Data, nov_2020: View) -> None:
    fig = _slide(seed, nov_2020)
    texts = [a.text for a in fig.layout.annotations]
    assert any("Arms transfers" in t for t in texts)
    assert "As of 1 Nov 2020" in texts
    note = next(t for t in texts if t.startswith("<b>Sources</b>"))
    assert "[1] EurAsian Times" in note and "[2] Outlet not stated" in note
    assert (fig.layout.width, fig.layout.height) == (1600, 900)
    assert fig.layout.showlegend
    assert {t.name for t in fig.data if t.showlegend} >= {"suspended", "used", "diverted"}
    assert min(a.font.size for a in fig.layout.annotations) >= 14
    assert all(t.textfont.size >= BODY_PX for t in fig.data if "text" in (t.mode or ""))


def test_window_caption_and_only_sources_behind_shown_arcs(seed: Data) -> None:
    view = View(window_start=date(2019, 9, 1), window_end=date(2019, 12, 31), countries=("CAN",))
    fig = _slide(seed, view)
    texts = [a.text for a in fig.layout.annotations]
    assert "Events 1 Sep 2019 – 31 Dec 2019 · countries: CAN" in texts
    note = next(t for t in texts if t.startswith("<b>Sources</b>"))
    assert "Canada → Turkey" in note and "Turkey → Libya" not in note


def test_slide_map_fills_its_frame(seed: Data, nov_2020: View) -> None:
    plain = build_map_figure(seed.flows, nov_2020).layout.geo
    slide = _slide(seed, nov_2020).layout.geo
    plain_ratio = (plain.lonaxis.range[1] - plain.lonaxis.range[0]) / (
        plain.lataxis.range[1] - plain.lataxis.range[0]
    )
    slide_ratio = (slide.lonaxis.range[1] - slide.lonaxis.range[0]) / (
        slide.lataxis.range[1] - slide.lataxis.range[0]
    )
    assert slide_ratio < plain_ratio  # taller frame: the 16:9 area is used
    assert slide.lonaxis.range[0] <= plain.lonaxis.range[0]


def test_plotly_text_escapes_tags_and_entities() -> None:
    assert plotly_text('<b>x</b> & <a href="javascript:1">') == (
        '&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href="javascript:1"&gt;'
    )


def test_long_source_lists_are_capped_with_a_pointer_to_the_csv() -> None:
    refs = [
        SourceRef(i, Source(f"s{i}", f"A rather long article title number {i} " * 3, "x", "Out"))
        for i in range(1, 30)
    ]
    lines = source_note_lines(refs, [], width_px=1540)
    assert len(lines) <= 10
    assert lines[-1].startswith("… and ") and "see the CSV export" in lines[-1]
