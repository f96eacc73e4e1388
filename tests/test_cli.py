"""The command line: what an analyst types and reads."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import make_url

from dashboard import cli
from dashboard.export.tables import COLUMNS
from dashboard.ingest import pipeline
from dashboard.store import Store
from tests.conftest import fake_extract

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def db(db_url: str, monkeypatch: pytest.MonkeyPatch) -> str:
    """A fresh store (SQLite, then PostgreSQL when configured: the same ``--db`` flag); the
    CLI runs with the stand-in extractor and no gazetteer load."""
    monkeypatch.setattr(pipeline, "_default_extractor", lambda: fake_extract)
    monkeypatch.setattr(pipeline, "_default_gazetteer", lambda: None)
    return db_url


def run(*argv: str) -> tuple[int, str]:
    out = io.StringIO()
    code = cli.main(list(argv), stdout=out)
    return code, out.getvalue()


def articles(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "=cmd|' /C calc'!A0\n\nGermany sold tanks to Poland. Canada sold optics to Turkey.",
        encoding="utf-8",
    )
    (folder / "a.meta.json").write_text('{"outlet": "Daily", "published": "2022-03-04"}')
    (folder / "b.txt").write_text("B\n\nGermany sold guns to Poland.", encoding="utf-8")
    return folder


def test_help_lists_subcommands() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "--help"], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0
    for command in ("ingest", "flows", "export", "serve"):
        assert command in result.stdout


def test_ingest_prints_per_file_summary_and_total(tmp_path: Path, db: str) -> None:
    folder = articles(tmp_path)
    code, out = run("ingest", str(folder), "--db", db)
    assert code == 0
    assert "added      a.txt: 2 flows, 2 events, 0 warnings" in out
    assert "added      b.txt: 1 flow, 1 event, 0 warnings" in out
    assert "total: 2 files: 2 added, 0 duplicate, 0 failed" in out
    code, out = run("ingest", str(folder), "--db", db)
    assert code == 0 and "duplicate  a.txt: duplicate of" in out


def test_ingest_exits_1_naming_failed_file(
    tmp_path: Path, db: str, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = articles(tmp_path)
    (folder / "c.txt").write_bytes(b"%PDF-1.7\n...")
    code, out = run("ingest", str(folder), "--db", db, "--max-bytes", "40")
    assert code == 1
    assert "FAILED     b.txt" not in out and "added      b.txt" in out
    assert "FAILED     a.txt:" in out and "too large" in out
    assert "c.txt: binary file: looks like a PDF" in capsys.readouterr().err


def test_flows_json_has_the_public_shape(tmp_path: Path, db: str) -> None:
    run("ingest", str(articles(tmp_path)), "--db", db)
    code, out = run("flows", "--json", "--db", db)
    assert code == 0
    data = json.loads(out)
    assert {s["path"] for s in data["sources"]} == {"a.txt", "b.txt"}
    texts = {s["id"]: s["text"] for s in data["sources"]}
    flow = next(f for f in data["flows"] if f["id"] == "deu-pol")
    assert flow["origin"]["iso3"] == "DEU" and flow["destination"]["name"] == "Poland"
    assert flow["independent_sources"] == 2
    (event,) = flow["events"]
    for key in ("kind", "date_start", "date_end", "precision", "items", "attribution", "hedged"):
        assert key in event
    assert event["independent_sources"] == 2
    for ev in event["evidence"]:
        assert texts[ev["source"]][ev["start"] : ev["end"]] == ev["text"]


def test_flows_csv_one_row_per_excerpt_and_neutralised(tmp_path: Path, db: str) -> None:
    run("ingest", str(articles(tmp_path)), "--db", db)
    out_file = tmp_path / "flows.csv"
    assert run("flows", "--csv", "--db", db, "--out", str(out_file))[0] == 0
    raw = out_file.read_text(encoding="utf-8")
    assert not raw.startswith("\ufeff")  # pipe-friendly: only the download carries a BOM
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    assert tuple(rows[0]) == COLUMNS  # the export's columns: one CSV writer
    assert [(r["flow_id"], r["kind"]) for r in rows] == [
        ("can-tur", "transfer"),
        ("deu-pol", "transfer"),
        ("deu-pol", "transfer"),
    ]
    assert all(r["excerpt"] and r["citation"] for r in rows)
    deu_pol = [r for r in rows if r["flow_id"] == "deu-pol"]
    assert {r["origin_iso3"] for r in deu_pol} == {"DEU"}
    assert {r["independent_sources"] for r in deu_pol} == {"2"}  # Daily + a source alone
    assert {r["source_number"] for r in rows} == {"1", "2"}
    titles = {r["source_title"] for r in rows}
    assert "'=cmd|' /C calc'!A0" in titles  # a formula-looking title is made inert
    assert any(r["citation"].startswith("[") and "Daily" in r["citation"] for r in rows)


def test_flows_geojson_is_great_circle_lines(tmp_path: Path, db: str) -> None:
    run("ingest", str(articles(tmp_path)), "--db", db)
    code, out = run("flows", "--geojson", "--db", db)
    assert code == 0
    data = json.loads(out)
    feature = next(f for f in data["features"] if f["properties"]["id"] == "can-tur")
    assert feature["geometry"]["type"] == "LineString"
    coords = feature["geometry"]["coordinates"]
    assert len(coords) > 2 and coords[0] == pytest.approx([-106.35, 56.13])
    assert feature["properties"]["independent_sources"] == 1


def test_other_schema_version_is_one_line_not_a_traceback(db_url: str) -> None:
    url = db_url
    with Store.open(url) as store, store.engine.begin() as conn:
        from sqlalchemy import text

        conn.execute(text("update meta set value='99' where key='schema_version'"))
    result = subprocess.run(
        [sys.executable, "-m", "dashboard", "flows", "--json", "--db", url],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"error: store {url.split(':')[0]}:")
    assert "schema version 99" in result.stderr and "Traceback" not in result.stderr
    password = make_url(url).password
    assert not password or f":{password}@" not in result.stderr  # shown as ***
