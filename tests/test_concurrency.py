"""Concurrent use of one store: readers during an ingest, and racing ingests.

On SQLite the store promises WAL (readers never block on, or see half of, a writer's
transaction) and a busy timeout (writers queue instead of failing with "database is
locked"). The slow tests also run on PostgreSQL when $ATLAS_TEST_PG_URL is set.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Callable
from pathlib import Path

import pytest

from dashboard.ingest.pipeline import ingest_paths
from dashboard.store import Store
from tests.hardening_corpus import (
    duplicate_claims,
    ingest_command,
    integrity,
    snapshot,
    sqlite_path,
    write_corpus,
)

PROJECT = Path(__file__).resolve().parents[1]


def _reference(tmp_path: Path, corpus: Path) -> dict[str, tuple[str, ...]]:
    url = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store.open(url) as store:
        assert ingest_paths([corpus], store).ok
    return snapshot(url)


def test_store_uses_wal_and_a_busy_timeout(tmp_path: Path) -> None:
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as store, store.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000


@pytest.mark.slow
def test_readers_see_whole_articles_while_an_ingest_runs(tmp_path: Path, db_url: str) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=60)
    reference = _reference(tmp_path, corpus)
    Store.open(db_url).close()

    stop = threading.Event()
    problems: list[str] = []
    reads = {"snapshot": 0, "api": 0}
    sizes: set[int] = set()

    def snapshot_reader() -> None:
        """One read transaction: every source has exactly its reference claims."""
        while not stop.is_set():
            snap = snapshot(db_url)
            sizes.add(len(snap))
            problems.extend(
                f"{sid}: {len(c)} of {len(reference[sid])} claims"
                for sid, c in snap.items()
                if c != reference[sid]
            )
            reads["snapshot"] += 1

    def api_reader() -> None:
        """The store API the dashboard uses: a listed source's claims are all there."""
        with Store.open(db_url) as store:
            while not stop.is_set():
                sources = store.load_raw_sources()
                claims = store.load_claims()
                seen: dict[str, int] = {}
                for c in claims:
                    seen[c.excerpt.source_id] = seen.get(c.excerpt.source_id, 0) + 1
                problems.extend(
                    f"api: {s.id}: {seen.get(s.id, 0)} of {len(reference[s.id])} claims"
                    for s in sources
                    if seen.get(s.id, 0) != len(reference[s.id])
                )
                store.load_flows()  # aggregation never trips over a half-written article
                reads["api"] += 1

    threads = [threading.Thread(target=snapshot_reader) for _ in range(2)]
    threads.append(threading.Thread(target=api_reader))
    for t in threads:
        t.start()
    try:
        done = subprocess.run(
            ingest_command(corpus, db_url), cwd=PROJECT, capture_output=True, text=True
        )
        time.sleep(0.2)
    finally:
        stop.set()
        for t in threads:
            t.join(timeout=30)
    assert done.returncode == 0, done.stderr
    assert problems == []
    assert snapshot(db_url) == reference
    # The readers really overlapped the ingest: they saw the store part-filled.
    assert len([n for n in sizes if 0 < n < len(reference)]) >= 3
    assert reads["api"] >= 3


RACER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from dashboard.ingest.extract import extract_claims
    from dashboard.ingest.gazetteer import load_gazetteer
    from dashboard.ingest.reading import read_article
    from dashboard.store import Store

    path, db_url, go = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    source = read_article(path)
    claims = extract_claims(source, load_gazetteer()).claims
    store = Store.open(db_url)
    while not go.exists():  # every racer is ready: write at the same moment
        time.sleep(0.001)
    print("added" if store.add_source(source, claims) else "duplicate")
    """
)


@pytest.mark.slow
def test_simultaneous_ingests_of_one_file_store_it_once(
    tmp_path: Path, new_db_url: Callable[[str], str]
) -> None:
    corpus = tmp_path / "corpus"
    article = write_corpus(corpus, n=1)[0]
    reference = _reference(tmp_path, corpus)

    # Four processes released together onto Store.add_source (each creates the store).
    db_url = new_db_url("race")
    sqlite = db_url.startswith("sqlite:")
    go = tmp_path / "go"
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", RACER, str(article), db_url, str(go)],
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(4)
    ]
    time.sleep(0.5)
    deadline = time.monotonic() + 60
    while sqlite and time.monotonic() < deadline and not Path(sqlite_path(db_url)).exists():
        time.sleep(0.05)
    time.sleep(2.0)  # let every racer load its gazetteer and reach the barrier
    go.touch()
    outs = [p.communicate(timeout=120) for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0, 0], [e for _, e in outs]
    assert sorted(o.strip() for o, _ in outs) == ["added", "duplicate", "duplicate", "duplicate"]
    assert snapshot(db_url) == reference
    assert duplicate_claims(db_url) == 0
    assert not sqlite or integrity(db_url) == "ok"

    # The real command, twice at once (both print their per-file line; neither fails).
    db_url = new_db_url("cli")
    both = [
        subprocess.Popen(
            ingest_command(article, db_url),
            cwd=PROJECT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=120) for p in both]
    assert [p.returncode for p in both] == [0, 0], [e for _, e in outs]
    statuses = sorted(o.split()[0] for o, _ in outs)
    assert statuses == ["added", "duplicate"]
    assert snapshot(db_url) == reference
    assert duplicate_claims(db_url) == 0


@pytest.mark.slow
def test_dashboard_load_during_ingest_has_every_cited_source(tmp_path: Path, db_url: str) -> None:
    from dashboard.app_factory import store_loader

    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=60)
    Store.open(db_url).close()
    stop = threading.Event()
    missing: list[set[str]] = []

    def reader() -> None:
        load = store_loader(db_url)
        while not stop.is_set():
            dataset = load()
            cited = {x.source_id for f in dataset.flows for e in f.events for x in e.evidence}
            if cited - set(dataset.sources):
                missing.append(cited - set(dataset.sources))

    thread = threading.Thread(target=reader)
    thread.start()
    try:
        subprocess.run(ingest_command(corpus, db_url), cwd=PROJECT, capture_output=True)
    finally:
        stop.set()
        thread.join(timeout=30)
    assert missing == []
