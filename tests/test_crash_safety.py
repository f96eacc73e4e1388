"""SIGKILL an ingest at random moments, many times: the store stays whole and completable.

After every kill: SQLite's integrity check passes, every stored article has exactly the
claims a clean reference ingest gives it (all or nothing), and the store still opens. At the
end, re-running the ingest completes it with no duplicates. Longer soak:
``python scripts/crash_soak.py --runs 200``.
"""

from __future__ import annotations

import random
import subprocess
from pathlib import Path

import pytest

from dashboard.ingest.pipeline import ingest_paths
from dashboard.store import Store
from tests.hardening_corpus import (
    check_against_reference,
    duplicate_claims,
    ingest_command,
    integrity,
    run_and_kill,
    snapshot,
    write_corpus,
)

PROJECT = Path(__file__).resolve().parents[1]
RUNS = 20


@pytest.mark.slow
def test_sigkill_mid_ingest_never_leaves_half_an_article(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    write_corpus(corpus, n=60)
    ref_url = f"sqlite:///{tmp_path / 'reference.db'}"
    with Store.open(ref_url) as store:
        assert ingest_paths([corpus], store).ok
    reference = snapshot(ref_url)
    assert len(reference) == 60

    rng = random.Random(20261123)
    db_url = ""
    partial_states = 0
    for run in range(RUNS):
        if run % 5 == 0:  # a fresh store now and then: kills during schema creation too
            db_url = f"sqlite:///{tmp_path / f'crash{run}.db'}"
        how = run_and_kill(corpus, db_url, rng, PROJECT)
        if not Path(db_url.removeprefix("sqlite:///")).exists():
            continue  # killed before the store was created
        assert integrity(db_url) == "ok", f"run {run} ({how})"
        assert check_against_reference(db_url, reference) == [], f"run {run} ({how})"
        assert duplicate_claims(db_url) == 0
        stored = len(snapshot(db_url))
        partial_states += 0 < stored < len(reference)
        with Store.open(db_url) as store:  # still opens: schema and version intact
            assert len(store.load_raw_sources()) == stored
    # The kills really landed mid-ingest, not only before or after it.
    assert partial_states >= 3

    done = subprocess.run(
        ingest_command(corpus, db_url), cwd=PROJECT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert integrity(db_url) == "ok"
    assert snapshot(db_url) == reference
    assert duplicate_claims(db_url) == 0
