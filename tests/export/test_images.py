"""PNG/SVG/PDF slides rendered by kaleido + system Chromium: what a briefing reader sees."""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET
from datetime import date

import numpy as np
import pypdf
import pytest
from PIL import Image

from dashboard.export import Renderer, export_view, select
from dashboard.export.evidence import cite
from dashboard.export.render import RELOAD_EVERY
from dashboard.figures import STATUS_COLORS, build_map_figure
from dashboard.view import View
from tests.export.conftest import GENERATED_ON, Data
from tests.export.handmade import HOSTILE_TITLE

SVG = "{http://www.w3.org/2000/svg}"


def _rgb(hex_colour: str) -> tuple[int, int, int]:
    h = hex_colour.lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def _near(image: Image.Image, colour: tuple[int, int, int], tolerance: int = 40) -> int:
    """Pixels within ``tolerance`` (per channel) of ``colour``: arcs are drawn at 0.9 opacity."""
    pixels = np.asarray(image.convert("RGB"), dtype=np.int16)
    return int((np.abs(pixels - np.array(colour)).max(axis=2) <= tolerance).sum())


@pytest.fixture(scope="module")
def png(seed: Data, nov_2020: View, renderer: Renderer) -> bytes:
    return export_view(
        seed.flows, seed.sources, nov_2020, "png", renderer=renderer, generated_on=GENERATED_ON
    )


def test_png_has_the_requested_size(seed: Data, nov_2020: View, renderer: Renderer) -> None:
    image = Image.open(
        io.BytesIO(
            export_view(
                seed.flows,
                seed.sources,
                nov_2020,
                "png",
                width=800,
                height=450,
                scale=2,
                renderer=renderer,
            )
        )
    )
    assert image.format == "PNG"
    assert image.size == (1600, 900)


def test_png_draws_land_and_every_status_colour(png: bytes, seed: Data, nov_2020: View) -> None:
    image = Image.open(io.BytesIO(png)).convert("RGB")
    assert image.size == (1600, 900)
    # the map area: below the title block, above the source note
    map_area = image.crop((40, 150, 1560, 700))
    land = build_map_figure(seed.flows, nov_2020).layout.geo.landcolor
    pixels = map_area.size[0] * map_area.size[1]
    assert _near(map_area, _rgb(land), tolerance=3) > 0.05 * pixels
    shown, _ = select(seed.flows, seed.sources, nov_2020)
    statuses = {s.status for s in shown}
    assert {"suspended", "used", "diverted", "supplying", "sanctioned"} <= statuses
    for status in statuses:
        assert _near(map_area, _rgb(STATUS_COLORS[status])) > 40, status
    # and the whole image is not one flat colour
    small = np.asarray(image.resize((160, 90))).reshape(-1, 3)
    assert len({tuple(p) for p in small}) > 50


def test_svg_parses_and_holds_the_arcs_and_note(
    seed: Data, nov_2020: View, renderer: Renderer
) -> None:
    svg = export_view(seed.flows, seed.sources, nov_2020, "svg", renderer=renderer)
    root = ET.fromstring(svg)
    assert root.tag == f"{SVG}svg"
    arcs = [
        p
        for p in root.iter(f"{SVG}path")
        if "js-line" in p.get("class", "") and (p.get("d") or "").count("L") > 10
    ]
    strokes = {(p.get("style") or "") for p in arcs}
    assert len(arcs) >= 5
    for colour in ("86, 180, 233", "213, 94, 0"):  # suspended, used (plotly writes rgb())
        assert any(colour in s for s in strokes), colour
    assert not list(root.iter(f"{SVG}script"))
    text = " ".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "Sources" in text and "EurAsian Times" in text
    assert "As of 1 Nov 2020" in text


def test_pdf_text_has_the_numbered_source_note(
    seed: Data, nov_2020: View, renderer: Renderer
) -> None:
    pdf = export_view(seed.flows, seed.sources, nov_2020, "pdf", renderer=renderer)
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    assert len(reader.pages) == 1
    text = " ".join(reader.pages[0].extract_text().split())
    _, refs = select(seed.flows, seed.sources, nov_2020)
    for ref in refs:
        assert f"[{ref.number}]" in text
        assert " ".join(cite(ref.source).split())[:60] in text
    assert "date inferred" in text


def test_hostile_titles_are_text_in_svg(hostile: Data, renderer: Renderer) -> None:
    svg = export_view(hostile.flows, hostile.sources, View(), "svg", renderer=renderer)
    root = ET.fromstring(svg)
    assert not list(root.iter(f"{SVG}script"))
    assert not list(root.iter(f"{SVG}image"))
    assert not [a for a in root.iter(f"{SVG}a")]
    bold = [t for t in root.iter(f"{SVG}tspan") if "bold" in (t.get("style") or "")]
    assert all("bold</b>" not in "".join(t.itertext()) for t in bold)
    text = "".join("".join(t.itertext()) for t in root.iter(f"{SVG}text"))
    assert "<script>alert(1)</script>" in text
    assert '<img src=x onerror="alert(2)">' in text
    assert "<b>bold</b>" in text
    assert "'=HYPERLINK" not in text and '=HYPERLINK("http://evil")' in text


def test_hostile_titles_are_text_in_pdf(hostile: Data, renderer: Renderer) -> None:
    pdf = export_view(hostile.flows, hostile.sources, View(), "pdf", renderer=renderer)
    text = pypdf.PdfReader(io.BytesIO(pdf)).pages[0].extract_text()
    assert "<script>alert(1)</script>" in " ".join(text.split())
    assert HOSTILE_TITLE[:20] in text


def test_consecutive_renders_do_not_leak_state(seed: Data, renderer: Renderer) -> None:
    """The renderer reuses its page between renders: each image must show only its view."""
    suspended = _rgb(STATUS_COLORS["suspended"])
    cancelled_view = View(date=date(2021, 5, 1))
    images = []
    for i in range(RELOAD_EVERY + 2):  # crosses a background page reload
        view = View(date=date(2020, 11, 1)) if i % 2 else cancelled_view
        export_view(seed.flows, seed.sources, view, "pdf", renderer=renderer)
        png = export_view(
            seed.flows, seed.sources, view, "png", width=1280, height=720, renderer=renderer
        )
        images.append((view, Image.open(io.BytesIO(png)).convert("RGB")))
    for view, image in images:
        assert image.size == (1280, 720)
        blue = _near(image.crop((30, 120, 1250, 560)), suspended)
        if view is cancelled_view:
            assert blue < 10  # Canada → Turkey is cancelled (black) by May 2021
        else:
            assert blue > 40
