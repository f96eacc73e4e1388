"""Crash soak: SIGKILL ``python -m dashboard ingest`` at random moments, many times.

Usage: ``python scripts/crash_soak.py --runs 200 [--seed N] [--articles 60]``

After every kill it checks the store (SQLite integrity check; every stored article has
exactly the claims a clean reference ingest gives it; no duplicate claims), then finishes
with a complete re-ingest that must equal the reference. Prints one summary line per 20
runs and the totals; exits 1 on the first broken store.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from dashboard.ingest.pipeline import ingest_paths  # noqa: E402
from dashboard.store import Store  # noqa: E402
from tests.hardening_corpus import (  # noqa: E402
    check_against_reference,
    duplicate_claims,
    ingest_command,
    integrity,
    run_and_kill,
    snapshot,
    write_corpus,
)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    parser.add_argument("--seed", type=int, default=5)
    parser.add_argument("--articles", type=int, default=60)
    parser.add_argument("--fresh-every", type=int, default=10, help="new store every N runs")
    args = parser.parse_args()
    started = time.monotonic()
    with tempfile.TemporaryDirectory(prefix="atlas-soak-") as tmp:
        root = Path(tmp)
        corpus = root / "corpus"
        write_corpus(corpus, n=args.articles)
        ref_url = f"sqlite:///{root / 'reference.db'}"
        with Store.open(ref_url) as store:
            assert ingest_paths([corpus], store).ok
        reference = snapshot(ref_url)
        rng = random.Random(args.seed)
        stores: list[str] = []
        counts = {"no store yet": 0, "empty": 0, "partial": 0, "complete": 0}
        for run in range(args.runs):
            if run % args.fresh_every == 0:
                stores.append(f"sqlite:///{root / f'crash{run}.db'}")
            db_url = stores[-1]
            how = run_and_kill(corpus, db_url, rng, PROJECT)
            if not Path(db_url.removeprefix("sqlite:///")).exists():
                counts["no store yet"] += 1
                continue
            problems = []
            if (ok := integrity(db_url)) != "ok":
                problems.append(f"integrity_check: {ok}")
            problems += check_against_reference(db_url, reference)
            if dup := duplicate_claims(db_url):
                problems.append(f"{dup} duplicate claims")
            if problems:
                print(f"run {run} ({how}): BROKEN: {problems[:5]}")
                return 1
            stored = len(snapshot(db_url))
            state = "complete" if stored == len(reference) else "partial" if stored else "empty"
            counts[state] += 1
            if (run + 1) % 20 == 0:
                print(f"{run + 1} runs: {counts}", flush=True)
        completed = 0
        for db_url in stores:
            if not Path(db_url.removeprefix("sqlite:///")).exists():
                continue
            done = subprocess.run(
                ingest_command(corpus, db_url), cwd=PROJECT, capture_output=True, check=False
            )
            if (
                done.returncode != 0
                or snapshot(db_url) != reference
                or duplicate_claims(db_url)
                or integrity(db_url) != "ok"
            ):
                print(f"re-ingest of {db_url} did not complete cleanly")
                return 1
            completed += 1
    print(
        f"crash soak: {args.runs} SIGKILLed ingests of {args.articles} articles "
        f"(seed {args.seed}), store states after the kill: {counts}; "
        f"0 broken stores; {completed} stores re-ingested to exactly the reference; "
        f"{time.monotonic() - started:.0f}s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
