"""CSV and GeoJSON exports: every row carries its evidence; spreadsheets cannot be hijacked."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import geopandas
import pytest
from shapely.geometry import LineString

from dashboard.export import export_view
from dashboard.export.tables import COLUMNS, csv_text, flow_rows, neutralise_cell
from dashboard.model import DateRange, Event, Excerpt, Flow, Source
from dashboard.view import View
from tests.export.conftest import Data
from tests.export.handmade import CAN, HOSTILE_EXCERPT, HOSTILE_TITLE, TUR


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
        assert row["citation"].startswith(f"[{row['source_number']}] ")
        assert f"“{source.title}”" in row["citation"]
        assert row["hedged"] in {"true", "false"}
        assert int(row["independent_sources"]) >= 1
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
        ("  =1+1", "'  =1+1"),  # importers that trim would see a formula
        ("\n@x", "'\n@x"),
        ("a=b", "a=b"),
        ("'quoted", "'quoted"),
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


def test_csv_header_is_the_documented_columns(seed: Data, nov_2020: View) -> None:
    rows = _csv_rows(export_view(seed.flows, seed.sources, nov_2020, "csv"))
    assert tuple(rows[0]) == COLUMNS
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    table = readme.split("## The CSV", 1)[1].split("\n\n")[2]
    documented = [
        c for line in table.splitlines()[2:] for c in re.findall(r"`(\w+)`", line.split("|")[1])
    ]
    assert tuple(documented) == COLUMNS


def test_csv_escapes_quotes_commas_and_line_breaks() -> None:
    text = 'He said "no, never",\nthen, on a new line: =1+1'
    source = Source("s", 'A "quoted", title', text, outlet="Outlet, Inc.")
    event = Event(
        "e",
        "transfer",
        DateRange.unknown(),
        (Excerpt("s", 0, len(text), text),),
        items=("rifles", "ammunition"),
        attribution="-officials",
        warnings=("odd date", "two, warnings"),
    )
    flow = Flow(CAN, TUR, (event,))
    written = csv_text(flow_rows([flow], [source]))
    assert "\r\n" in written and not written.startswith("\ufeff")
    (row,) = csv.DictReader(io.StringIO(written, newline=""))
    assert row["excerpt"] == text  # starts with 'He', so nothing to neutralise
    assert row["source_title"] == 'A "quoted", title'
    assert row["source_outlet"] == "Outlet, Inc."
    assert row["items"] == "rifles; ammunition"
    assert row["attribution"] == "'-officials"
    assert row["warnings"] == "odd date; two, warnings"
    assert row["citation"] == '[1] Outlet, Inc., “A "quoted", title”, undated'
    assert row["independent_sources"] == "1"
    assert (row["date_start"], row["precision"]) == ("", "unknown")


def test_event_without_evidence_gets_one_bare_row() -> None:
    flow = Flow(CAN, TUR, (Event("e", "embargo", DateRange.unknown(), ()),))
    (row,) = csv.DictReader(io.StringIO(csv_text(flow_rows([flow], []))))
    assert (row["flow_id"], row["kind"], row["independent_sources"]) == ("can-tur", "embargo", "0")
    assert row["source_id"] == row["citation"] == row["excerpt"] == ""


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
