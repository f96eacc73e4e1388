"""The one-page brief: map, timeline, flow table with key excerpts and citations."""

from __future__ import annotations

import io
from datetime import date

import pypdf
import pytest

from dashboard.export import Renderer, export_view, select
from dashboard.export.brief import build_brief_pdf
from dashboard.export.evidence import ShownFlow, cite
from dashboard.model import DateRange, Event, Excerpt, Flow, Place, Source
from dashboard.view import View
from tests.export.conftest import GENERATED_ON, Data
from tests.export.handmade import ARC_COLOUR


def _text(pdf: bytes) -> tuple[int, str, pypdf.PdfReader]:
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    return len(reader.pages), " ".join(reader.pages[0].extract_text().split()), reader


@pytest.fixture(scope="module")
def brief(seed: Data, nov_2020: View, renderer: Renderer) -> bytes:
    return export_view(
        seed.flows, seed.sources, nov_2020, "brief", renderer=renderer, generated_on=GENERATED_ON
    )


def test_brief_is_one_page_with_title_dates_and_images(brief: bytes) -> None:
    pages, text, reader = _text(brief)
    assert pages == 1
    width, height = reader.pages[0].mediabox.width, reader.pages[0].mediabox.height
    assert width > height  # landscape
    assert "Arms transfers and export-control decisions" in text
    assert "As of 1 Nov 2020" in text
    assert "Generated 15 Jan 2026" in text
    images = list(reader.pages[0].images)
    assert len(images) == 2  # the map and the timeline


def test_brief_table_quotes_each_flows_key_excerpt_with_its_source(
    brief: bytes, seed: Data, nov_2020: View
) -> None:
    _, text, _ = _text(brief)
    shown, refs = select(seed.flows, seed.sources, nov_2020)
    numbers = {r.source.id: r.number for r in refs}
    assert "Status as of 1 Nov 2020" in text and "Key excerpt" in text
    for item in shown:
        assert item.label in text
        key = item.latest.evidence[0]
        quoted = " ".join(key.text.split())[:40]
        assert quoted in text, item.id
        assert f"[{numbers[key.source_id]}]" in text
    assert "suspended: suspension" in text  # Canada → Turkey on 1 Nov 2020
    assert "end-use assurances" not in text  # the cancellation comes later
    for ref in refs:
        assert " ".join(cite(ref.source).split())[:50] in text


def test_brief_escapes_hostile_text(hostile: Data, renderer: Renderer) -> None:
    pdf = export_view(hostile.flows, hostile.sources, View(), "brief", renderer=renderer)
    pages, text, _ = _text(pdf)
    assert pages == 1
    assert "<script>alert(1)</script>" in text
    assert '<a href="javascript:alert(3)">here</a>' in text
    assert "<b>bold</b>" in text


def _png() -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (400, 200), ARC_COLOUR).save(out, format="PNG")
    return out.getvalue()


def test_busy_view_still_fits_one_page() -> None:
    """120 flows with long excerpts: fonts shrink, then the rest is listed as 'see CSV'."""
    text = "Country A supplied weapons to country B. " * 12
    source = Source("src", "Long report", text, "Outlet", date(2021, 1, 1))
    shown = []
    for i in range(120):
        a = Place(f"Origin {i}", None, "region", 0.0, float(i))
        b = Place(f"Destination {i}", None, "region", 10.0, float(i))
        event = Event(
            f"e{i}",
            "transfer",
            DateRange(date(2020, 1, 1), date(2020, 1, 31), "month"),
            (Excerpt("src", 0, len(text), text),),
        )
        shown.append(ShownFlow(Flow(a, b, (event,)), (event,), "supplying"))
    from dashboard.export.evidence import number_sources

    refs = number_sources(shown, [source])
    pdf = build_brief_pdf(
        _png(), _png(), shown, refs, title="Busy", caption="All dates", generated_on=GENERATED_ON
    )
    pages, body, _ = _text(pdf)
    assert pages == 1
    assert "Origin 0 → Destination 0" in body
    assert "more flows" in body and "Listed in the CSV export." in body


def test_brief_table_says_when_the_pair_model_proposed_the_flow() -> None:
    from dashboard.export.brief import table_rows
    from dashboard.export.evidence import number_sources
    from dashboard.model import MODEL_LEAD

    text = "Peru and Spain signed the patrol boat deal."
    source = Source("src", "Report", text, "Outlet", date(2021, 1, 1))
    a = Place("Spain", "ESP", "country", 40.0, -4.0)
    b = Place("Peru", "PER", "country", -10.0, -76.0)
    rows = []
    for warnings in ((f"{MODEL_LEAD} (0.8)",), ()):
        event = Event(
            "e",
            "transfer",
            DateRange(date(2020, 1, 1), date(2020, 1, 31), "month"),
            (Excerpt("src", 0, len(text), text),),
            warnings=warnings,
        )
        shown = [ShownFlow(Flow(a, b, (event,)), (event,), "supplying")]
        rows.append(table_rows(shown, number_sources(shown, [source]))[0])
    assert "pair-model lead" in " ".join(rows[0])
    assert "pair-model lead" not in " ".join(rows[1])
