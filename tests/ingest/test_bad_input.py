"""Bad input: a clear message naming the file and the problem, and stored data untouched.

Each case runs the real pipeline (real gazetteer and extractor) against a store that already
holds an article, and compares every stored row before and after.
"""

from __future__ import annotations

import tracemalloc
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer
from dashboard.ingest.pipeline import FileResult, IngestReport, ingest_paths
from dashboard.store import Store
from tests.conftest import fake_extract

GOOD = "Tanks for Poland\n\nGermany sold Leopard tanks to Poland in March 2021, officials said.\n"
TODAY = date(2021, 6, 1)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


@pytest.fixture
def seeded(store: Store, tmp_path: Path, gazetteer: Gazetteer) -> Store:
    """A store that already holds one article, to prove bad input leaves it alone."""
    seed_dir = tmp_path / "seed"
    seed_dir.mkdir()
    (seed_dir / "good.txt").write_text(GOOD, encoding="utf-8")
    assert ingest_paths([seed_dir], store, gazetteer, today=TODAY).ok
    assert store.counts()["claims"] >= 1
    return store


def ingest_one(store: Store, path: Path, gazetteer: Gazetteer, **kw: Any) -> FileResult:
    report: IngestReport = ingest_paths([path], store, gazetteer, today=TODAY, **kw)
    (result,) = report.files
    return result


def assert_failed_and_untouched(
    store: Store, path: Path, gazetteer: Gazetteer, *problem: str, **kw: Any
) -> FileResult:
    before = store.dump()
    result = ingest_one(store, path, gazetteer, **kw)
    assert result.status == "failed"
    assert result.error is not None and result.error.startswith(f"{path}: ")
    for words in problem:
        assert words in result.error
    assert store.dump() == before
    return result


def assert_kept(before: dict[str, list[Any]], after: dict[str, list[Any]]) -> None:
    """Every row stored before is still there, unchanged."""
    for table, rows in before.items():
        assert all(row in after[table] for row in rows), table


def test_empty_file(seeded: Store, tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "empty.txt"
    path.write_bytes(b"")
    assert_failed_and_untouched(seeded, path, gazetteer, "empty file")
    path.write_text("  \n\t\n", encoding="utf-8")
    assert_failed_and_untouched(seeded, path, gazetteer, "empty file (only whitespace)")


def test_pdf_renamed_txt(seeded: Store, tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "report.txt"
    path.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    assert_failed_and_untouched(seeded, path, gazetteer, "binary file", "looks like a PDF")


def test_binary_renamed_txt(seeded: Store, tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "blob.txt"
    path.write_bytes(b"some text\x00\x01\x02\xff binary")
    assert_failed_and_untouched(seeded, path, gazetteer, "binary file", "NUL byte at byte 9")


def test_invalid_utf8(seeded: Store, tmp_path: Path, gazetteer: Gazetteer) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Ankara said Berlin’s".encode() + " déjà".encode("latin-1"))
    offset = len("Ankara said Berlin’s".encode()) + 2
    assert_failed_and_untouched(
        seeded, path, gazetteer, f"invalid UTF-8 at byte {offset}", "save the file as UTF-8"
    )


def test_50mb_file_is_refused_without_reading_it(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as fh:  # sparse: instant, no 50 MB written to disk
        fh.truncate(50 * 1024 * 1024)
    assert path.stat().st_size == 50 * 1024 * 1024
    tracemalloc.start()
    try:
        assert_failed_and_untouched(
            seeded, path, gazetteer, "too large (50.0 MB, limit 5.0 MB)", "--max-bytes"
        )
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 2 * 1024 * 1024  # the file was never read into memory


def test_html_script_never_reaches_the_text(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Drones for Baku</title>"
        "<script>document.write('Russia sold S-400 to India')</script></head><body>"
        "<article><h1>Drones for Baku</h1><p>Turkey sold Bayraktar TB2 drones to Azerbaijan in "
        "September 2020, the ministry said in a statement on Friday.</p>"
        "<script>var leak = 'France sold Rafale jets to Egypt';</script>"
        "<p>The drones were later seen over Nagorno-Karabakh, officials said.</p></article>"
        "</body></html>",
        encoding="utf-8",
    )
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "added"
    (source,) = [s for s in seeded.load_sources() if s.path == "page.html"]
    assert "Turkey sold Bayraktar TB2 drones to Azerbaijan" in source.text
    for leaked in ("document.write", "S-400", "Rafale", "<script", "var leak"):
        assert leaked not in source.text
    flows = {f.id for f in seeded.load_flows()}
    assert "tur-aze" in flows and "rus-ind" not in flows and "fra-egy" not in flows
    assert_kept(before, seeded.dump())


def test_ambiguous_place_is_a_warning_not_a_crash(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "georgia.txt"
    path.write_text(
        "Javelins for Tbilisi\n\nThe United States sold Javelin missiles to Georgia in "
        "March 2021. Officials in Narnia bought nothing.\n",
        encoding="utf-8",
    )
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "added"
    assert any("ambiguous place 'Georgia'" in w for w in result.warnings)
    assert_kept(before, seeded.dump())


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ('{"published": "2021-02-30"}', "published '2021-02-30' is not a valid ISO date"),
        ('{"published": "2031-01-01"}', "published date 2031-01-01 is in the future"),
    ],
)
def test_impossible_or_future_publication_date(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer, sidecar: str, problem: str
) -> None:
    path = tmp_path / "dated.txt"
    path.write_text("Dated\n\nFrance sold Rafale jets to India in 2016.\n", encoding="utf-8")
    (tmp_path / "dated.meta.json").write_text(sidecar, encoding="utf-8")
    result = assert_failed_and_untouched(seeded, path, gazetteer, "sidecar dated.meta.json")
    assert problem in (result.error or "")


def test_impossible_date_in_front_matter(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "fm.md"
    path.write_text("---\npublished: 2021-02-30\n---\nFrance sold jets to India.\n", "utf-8")
    assert_failed_and_untouched(seeded, path, gazetteer, "front matter", "day is out of range")


def test_impossible_and_future_dates_in_text_are_flagged(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "dates.txt"
    path.write_text(
        "Odd dates\n\nGermany sold tanks to Poland on 31 February 2021, the ministry said. "
        "France will deliver Rafale jets to India in 2027.\n",
        encoding="utf-8",
    )
    (tmp_path / "dates.meta.json").write_text('{"published": "2021-05-01"}', encoding="utf-8")
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "added"
    assert any("impossible date" in w and "31 February" in w for w in result.warnings)
    assert any("2027" in w and "after the publication date" in w for w in result.warnings)
    stored = [c for c in seeded.load_claims() if c.excerpt.source_id == result.source_id]
    feb = [c for c in stored if c.origin.key == "deu"]
    assert feb and all(c.date.start is None for c in feb)  # never guessed
    assert_kept(before, seeded.dump())


def test_same_article_twice_also_with_other_whitespace(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    (original,) = seeded.load_sources()
    path = tmp_path / "copy.txt"
    path.write_text(GOOD.replace(" ", "  ").replace("\n\n", "\n \n") + "\n\n", encoding="utf-8")
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "duplicate"
    assert result.error == f"duplicate of {original.id} (good.txt)"
    assert seeded.dump() == before


def test_opposite_direction_keeps_both_and_warns(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    (original,) = seeded.load_sources()
    path = tmp_path / "reverse.txt"
    path.write_text(
        "Reverse\n\nPoland sold Leopard tanks to Germany in March 2021, a report said.\n", "utf-8"
    )
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "added"
    assert any(
        w.startswith(f"contradicts {original.id} (good.txt)") and "Poland → Germany" in w
        for w in result.warnings
    )
    flows = {f.id: f for f in seeded.load_flows()}
    assert {"deu-pol", "pol-deu"} <= set(flows)
    assert any("contradicts" in w for e in flows["pol-deu"].events for w in e.warnings)
    assert_kept(before, seeded.dump())


def test_self_flow_is_dropped_with_warning(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "self.txt"
    path.write_text("Self\n\nFrance sold Rafale jets to France in 2020.\n", encoding="utf-8")
    before = seeded.dump()
    result = ingest_one(seeded, path, gazetteer)
    assert result.status == "added" and result.flows == 0
    assert any("France" in w and "itself" in w for w in result.warnings)
    assert all(f.origin.key != f.destination.key for f in seeded.load_flows())
    assert_kept(before, seeded.dump())


def test_pipeline_drops_self_flow_even_if_extractor_proposes_one(
    seeded: Store, tmp_path: Path
) -> None:
    path = tmp_path / "self2.txt"
    path.write_text("Self\n\nCanada sold optics to Canada.\n", encoding="utf-8")
    before = seeded.dump()
    result = ingest_one(seeded, path, None, extractor=fake_extract)  # type: ignore[arg-type]
    assert any(w.startswith("dropped self-flow Canada → Canada") for w in result.warnings)
    assert seeded.dump()["claims"] == before["claims"]


@pytest.mark.parametrize(
    ("sidecar", "problem"),
    [
        ('{"title": "x",', "invalid JSON at line 1, column 15"),
        ("[1, 2]", "must be a JSON object, not list"),
        ('{"title": 42}', "title must be a string or null, not int"),
        ('{"published": 20210413}', "published must be an ISO date string, not int"),
        ('{"published": "13/04/2021"}', "is not a valid ISO date"),
        ('{"pubished": "2021-04-13"}', "unknown field(s) pubished"),
        ('{"title": "A\\u0000B"}', "title contains the control character U+0000 at position 1"),
    ],
)
def test_malformed_sidecar(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer, sidecar: str, problem: str
) -> None:
    path = tmp_path / "story.txt"
    path.write_text("Story\n\nFrance sold Rafale jets to India in 2016.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(sidecar, encoding="utf-8")
    assert_failed_and_untouched(seeded, path, gazetteer, "sidecar story.meta.json", problem)


def test_bad_files_do_not_stop_the_batch(
    seeded: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    folder = tmp_path / "batch"
    folder.mkdir()
    (folder / "a_empty.txt").write_bytes(b"")
    (folder / "b_pdf.txt").write_bytes(b"%PDF-1.4")
    (folder / "c_bad.txt").write_bytes(b"\xff\xfe\xfa")
    (folder / "d_good.txt").write_text("D\n\nFrance sold Rafale jets to India in 2016.\n", "utf-8")
    (folder / "e_side.txt").write_text("E\n\nItaly sold ships to Egypt.\n", "utf-8")
    (folder / "e_side.meta.json").write_text("{", "utf-8")
    before = seeded.dump()
    report = ingest_paths([folder], seeded, gazetteer, today=TODAY)
    assert [(f.path, f.status) for f in report.files] == [
        ("a_empty.txt", "failed"),
        ("b_pdf.txt", "failed"),
        ("c_bad.txt", "failed"),
        ("d_good.txt", "added"),
        ("e_side.txt", "failed"),
    ]
    for failed in report.failed:
        assert (failed.error or "").startswith(f"{folder / failed.path}: ")
    assert_kept(before, seeded.dump())
    assert seeded.counts()["sources"] == 2
