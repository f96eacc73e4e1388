"""CSV and GeoJSON exports: every row carries its evidence; spreadsheets cannot be hijacked."""

from __future__ import annotations

import csv
import io
import json

import geopandas
import pytest
from shapely.geometry import LineString

from dashboard.export import export_view
from dashboard.export.tables import COLUMNS, neutralise_cell
from dashboard.view import View
from tests.export.conftest import Data
from tests.export.handmade import HOSTILE_EXCERPT, HOSTILE_TITLE


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    text = data.decode("utf-8")
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def test_csv_has_one_row_per_excerpt_with_its_source(seed: Data, nov_2020: View) -> None:
    rows = _csv_rows(export_view(seed.flows, seed.sources, nov_2020, "csv"))
    sources = {s.id: s for s in seed.sources}
    expected = [
        (f.id, e.id, x.text)
        for f in seed.flows
        for e in f.events
        if e.date.start is None or e.date.start <= nov_2020.date  # type: ignore[operator]
        for x in e.evidence
    ]
    assert sorted((r["flow_id"], r["event_id"], r["excerpt"]) for r in rows) == sorted(expected)
    for row in rows:
        source = sources[row["source_id"]]
        text = source.text[int(row["excerpt_start"]) : int(row["excerpt_end"])]
        assert text == row["excerpt"]
        assert row["source_title"] == source.title
        assert row["source_number"] in {"1", "2"}
    assert not any(r["kind"] == "cancellation" for r in rows)  # 12 Apr 2021 is after the date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("=SUM(A1)", "'=SUM(A1)"),
        ("+1", "'+1"),
        ("-2", "'-2"),
        ("@cmd", "'@cmd"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        ("a=b", "a=b"),
        (None, ""),
        (True, "true"),
    ],
)
def test_neutralise_cell(value: object, expected: str) -> None:
    assert neutralise_cell(value) == expected


def test_csv_neutralises_formulas_and_keeps_markup_as_text(hostile: Data) -> None:
    rows = _csv_rows(export_view(hostile.flows, hostile.sources, View(), "csv"))
    outlets = {r["source_outlet"] for r in rows}
    assert '\'=HYPERLINK("http://evil")' in outlets
    assert not any(cell.startswith(("=", "+", "-", "@")) for r in rows for cell in r.values())
    assert HOSTILE_TITLE in {r["source_title"] for r in rows}
    assert HOSTILE_EXCERPT in {r["excerpt"] for r in rows}


def test_geojson_reads_back_with_arcs_and_evidence(seed: Data, nov_2020: View) -> None:
    data = export_view(seed.flows, seed.sources, nov_2020, "geojson")
    frame = geopandas.read_file(io.BytesIO(data))
    assert frame.crs.to_epsg() == 4326
    assert set(COLUMNS) <= set(frame.columns)
    assert len(frame) == len(_csv_rows(export_view(seed.flows, seed.sources, nov_2020, "csv")))
    places = {f.id: (f.origin, f.destination) for f in seed.flows}
    for row in frame.itertuples():
        assert isinstance(row.geometry, LineString)
        origin, destination = places[row.flow_id]
        (x0, y0), (x1, y1) = row.geometry.coords[0], row.geometry.coords[-1]
        assert (x0, y0) == pytest.approx((origin.lon, origin.lat), abs=1e-6)
        assert (x1, y1) == pytest.approx((destination.lon, destination.lat), abs=1e-6)
        assert len(row.geometry.coords) > 2  # a great circle, not a straight segment
        assert row.excerpt and row.source_id and row.source_title
    can_tur = frame[frame.flow_id == "can-tur"]
    assert set(can_tur.kind) == {"suspension", "resumption"}
    assert any("end-use" in x for x in frame.excerpt) is False  # cancellation not yet


def test_geojson_keeps_hostile_text_verbatim(hostile: Data) -> None:
    data = json.loads(export_view(hostile.flows, hostile.sources, View(), "geojson"))
    titles = {f["properties"]["source_title"] for f in data["features"]}
    assert HOSTILE_TITLE in titles
