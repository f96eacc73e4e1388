"""The ingest pipeline: folders in, one transaction per article, a per-file report out."""

from __future__ import annotations

import gc
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest import pipeline
from dashboard.ingest.pipeline import ingest_paths
from dashboard.model import DateRange, Source
from dashboard.store import Store
from tests.conftest import FakeExtraction, fake_extract


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def ingest(paths: list, store: Store) -> pipeline.IngestReport:
    return ingest_paths(paths, store, gazetteer=object(), extractor=fake_extract)


def test_folder_is_walked_in_order_skipping_sidecars_and_other_files(
    tmp_path: Path, store: Store
) -> None:
    write(
        tmp_path, "b.txt", "B\n\nCanada sold optics to Turkey. Canada suspended exports to Turkey."
    )
    write(tmp_path, "a.md", "A\n\nGermany sold tanks to Poland.")
    write(tmp_path, "a.meta.json", '{"outlet": "Daily"}')
    write(tmp_path, "README.md", "Not an article. Germany sold tanks to Poland.")
    write(tmp_path, "notes.csv", "x,y")
    write(
        tmp_path,
        "sub/c.html",
        "<html><body><article><p>Turkey sold drones to Azerbaijan "
        "last year, the report says in some detail.</p></article></body></html>",
    )
    report = ingest([tmp_path], store)
    assert [(f.path, f.status, f.flows, f.events) for f in report.files] == [
        ("a.md", "added", 1, 1),
        ("b.txt", "added", 1, 2),
        ("c.html", "added", 1, 1),
    ]
    assert report.ok
    assert {s.path: s.outlet for s in store.load_sources()} == {
        "a.md": "Daily",
        "b.txt": None,
        "c.html": None,
    }
    assert [f.id for f in store.load_flows()] == ["can-tur", "deu-pol", "tur-aze"]


def test_reingest_adds_nothing(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    ingest([tmp_path], store)
    before = store.dump()
    report = ingest([tmp_path], store)
    assert [f.status for f in report.files] == ["duplicate"]
    assert store.dump() == before


def test_article_stored_by_another_process_during_the_run_is_a_duplicate(
    tmp_path: Path, store: Store
) -> None:
    """The run reads the stored ids once; one stored after that is still caught."""
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    write(tmp_path, "b.txt", "B\n\nFrance sold jets to India.")
    other = Store(store.engine)  # a second writer on the same store

    def extract_and_race(source: Source, gazetteer: object) -> FakeExtraction:
        if source.path == "b.txt":  # another process stores b.txt while a.txt is extracted
            ingest_paths([tmp_path / "b.txt"], other, gazetteer=object(), extractor=fake_extract)
        return fake_extract(source, gazetteer)

    report = ingest_paths([tmp_path], store, gazetteer=object(), extractor=extract_and_race)
    assert [(f.path, f.status) for f in report.files] == [
        ("a.txt", "added"),
        ("b.txt", "duplicate"),
    ]
    assert sorted(s.path for s in store.load_sources()) == ["a.txt", "b.txt"]


def test_what_extraction_loads_is_left_out_of_full_collections(
    tmp_path: Path, store: Store
) -> None:
    """The gazetteer lives for the process; rescanning it in every full collection cost
    ~0.2 ms per article. A batch of duplicates loads nothing and freezes nothing."""
    gc.unfreeze()  # as in a fresh process
    gazetteer = {"places": [["Germany"], ["Poland"]]}
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    assert ingest_paths([tmp_path], store, gazetteer=gazetteer, extractor=fake_extract).ok
    assert gc.get_freeze_count() > 0
    assert all(o is not gazetteer for o in gc.get_objects())
    gc.unfreeze()
    report = ingest_paths([tmp_path], store, gazetteer={}, extractor=fake_extract)
    assert [f.status for f in report.files] == ["duplicate"]
    assert gc.get_freeze_count() == 0


def test_failed_file_does_not_stop_the_batch(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "")
    write(tmp_path, "b.txt", "B\n\nGermany sold tanks to Poland.")
    report = ingest([tmp_path, tmp_path / "missing.txt"], store)
    assert [f.status for f in report.files] == ["failed", "added", "failed"]
    assert "a.txt: empty file" in (report.files[0].error or "")
    assert "missing.txt: cannot read file" in (report.files[2].error or "")
    assert not report.ok and store.counts()["sources"] == 1


def test_extractor_crash_is_a_failed_file_not_a_crash(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")

    def broken(_source: object, _gaz: object) -> object:
        raise RuntimeError("boom")

    report = ingest_paths([tmp_path], store, gazetteer=object(), extractor=broken)  # type: ignore[arg-type]
    assert report.files[0].status == "failed"
    assert "extraction failed: RuntimeError: boom" in (report.files[0].error or "")
    assert store.counts()["sources"] == 0


def test_gazetteer_loads_once_per_run(
    tmp_path: Path, store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    monkeypatch.setattr(pipeline, "_default_gazetteer", lambda: calls.append(1) or object())
    for i in range(3):
        write(tmp_path, f"{i}.txt", f"Article {i}\n\nGermany sold tanks to Poland.")
    ingest_paths([tmp_path], store, extractor=fake_extract)
    assert calls == [1]


def test_curation_file_in_folder_is_loaded_after_articles(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    write(
        tmp_path,
        "curation.yaml",
        "events:\n  - action: confirm\n    flow: deu-pol\n    kind: transfer\n",
    )
    report = ingest([tmp_path], store)
    assert [(f.path, f.status) for f in report.files] == [
        ("a.txt", "added"),
        ("curation.yaml", "curation"),
    ]
    assert store.load_flows()[0].events[0].curation == "confirmed"


def test_bad_curation_file_fails_and_keeps_the_previous_one(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    write(tmp_path, "curation.yaml", "events:\n  - action: confirm\n    flow: deu-pol\n")
    ingest([tmp_path], store)
    before = store.dump()
    write(
        tmp_path,
        "curation.yaml",
        "events:\n  - action: add\n    origin: DEU\n"
        "    destination: POL\n    kind: transfer\n    evidence:\n"
        "      - {source: a.txt, quote: not in the text}\n",
    )
    report = ingest([tmp_path], store)
    (failed,) = report.failed
    assert failed.path == "curation.yaml"
    assert "events[0]" in (failed.error or "") and "not found in a.txt" in (failed.error or "")
    assert store.dump() == before


def test_claim_dated_after_publication_is_kept_and_flagged(tmp_path: Path, store: Store) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    write(tmp_path, "a.meta.json", '{"published": "2021-05-01"}')

    def future(source: Source, gaz: object) -> FakeExtraction:
        (claim,) = fake_extract(source, gaz).claims
        later = DateRange(date(2027, 1, 1), date(2027, 12, 31), "year", "in 2027")
        return FakeExtraction((replace(claim, date=later),), ())

    report = ingest_paths([tmp_path], store, gazetteer=object(), extractor=future)
    (result,) = report.files
    assert result.status == "added"
    assert any(
        "'in 2027'" in w and "after the publication date (2021-05-01)" in w for w in result.warnings
    )
    assert store.load_flows()[0].events[0].date.start == date(2027, 1, 1)


def test_bundled_data_gives_the_curated_canada_turkey_timeline(tmp_path: Path) -> None:
    """`ingest data/` end to end: real extractor, README skipped, curation.yaml applied."""
    data = Path(__file__).resolve().parents[2] / "data"
    with Store.open(f"sqlite:///{tmp_path / 'atlas.db'}") as store:
        report = ingest_paths([data], store)
        assert [(f.path, f.status) for f in report.files][-1] == ("curation.yaml", "curation")
        assert report.ok and report.count("added") == 2
        flows = {f.id: f for f in store.load_flows()}
        sources = {s.id: s for s in store.load_sources()}
    timeline = [
        (e.kind, e.date.start, e.curation)
        for e in flows["can-tur"].events
        if e.kind in ("suspension", "resumption", "cancellation")
    ]
    assert timeline == [
        ("suspension", date(2019, 10, 1), "confirmed"),
        ("resumption", date(2020, 3, 1), "corrected"),
        ("suspension", date(2020, 10, 1), "confirmed"),
        ("cancellation", date(2021, 4, 12), "corrected"),
    ]
    for event in flows["can-tur"].events:
        for excerpt in event.evidence:
            excerpt.check(sources[excerpt.source_id])
    both = [e for e in flows["can-tur"].events if len(e.source_ids) == 2]
    assert len(both) >= 3  # events both articles report carry excerpts from both
    # exactly the arcs the two reports state, nothing the machine misread and no one rejected
    assert set(flows) == {"can-tur", "tur-aze", "tur-lby", "rus-tur", "usa-tur", "can-sau"}


def test_opposite_directions_in_one_batch_are_both_kept_and_flagged(
    tmp_path: Path, store: Store
) -> None:
    write(tmp_path, "a.txt", "A\n\nGermany sold tanks to Poland.")
    write(tmp_path, "b.txt", "B\n\nPoland sold tanks to Germany.")
    report = ingest([tmp_path], store)
    a, b = report.files
    assert a.warnings == ()
    (warning,) = b.warnings
    assert warning.startswith(f"contradicts {a.source_id} (a.txt): this says Poland → Germany")
    assert {f.id for f in store.load_flows()} == {"deu-pol", "pol-deu"}
