"""Exports of the bundled articles as the pipeline extracts them (store + ingest_paths)."""

from __future__ import annotations

import csv
import io
from datetime import date
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from dashboard.export import Renderer, export_view, select
from dashboard.export.tables import neutralise_cell
from dashboard.ingest.pipeline import ingest_paths
from dashboard.model import Flow, Source
from dashboard.store import Store
from dashboard.view import View

DATA = Path(__file__).resolve().parents[2] / "data"


@pytest.fixture(scope="module")
def ingested(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[Flow], list[Source]]:
    url = f"sqlite:///{tmp_path_factory.mktemp('pipeline') / 'atlas.db'}"
    with Store.open(url) as store:
        report = ingest_paths([DATA], store)
        assert not [f for f in report.files if f.status == "failed"]
        return store.load_flows(), store.load_sources()


def test_every_shown_excerpt_is_in_the_csv_and_quotes_its_source(
    ingested: tuple[list[Flow], list[Source]],
) -> None:
    flows, sources = ingested
    view = View(date=date(2021, 5, 1))
    shown, _ = select(flows, sources, view)
    assert {"can-tur", "tur-aze"} <= {s.id for s in shown}
    text = export_view(flows, sources, view, "csv").decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert len(rows) == sum(max(1, len(e.evidence)) for s in shown for e in s.events)
    by_id = {s.id: s for s in sources}
    for row in rows:
        if row["source_id"]:
            source = by_id[row["source_id"]]
            excerpt = source.text[int(row["excerpt_start"]) : int(row["excerpt_end"])]
            assert neutralise_cell(excerpt) == row["excerpt"]


def test_slide_and_brief_from_extracted_flows(
    ingested: tuple[list[Flow], list[Source]],
) -> None:
    flows, sources = ingested
    view = View(date=date(2020, 11, 1), flow="can-tur")
    with Renderer() as renderer:
        png = export_view(flows, sources, view, "png", renderer=renderer)
        brief = export_view(flows, sources, view, "brief", renderer=renderer)
    image = Image.open(io.BytesIO(png))
    assert image.size == (1600, 900)
    reader = pypdf.PdfReader(io.BytesIO(brief))
    assert len(reader.pages) == 1
    page = " ".join(reader.pages[0].extract_text().split())
    assert "Canada → Turkey" in page and "Turkey → Azerbaijan" in page
    assert "EurAsian Times" in page
