"""Synthetic articles and store snapshots for the crash, concurrency and load checks.

Articles are deterministic (seeded) short news items the extractor turns into flows, each
with several claims, so "all of an article's claims or none" is a real check.
"""

from __future__ import annotations

import random
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

COUNTRIES = (
    "Germany",
    "France",
    "Poland",
    "Ukraine",
    "Canada",
    "Turkey",
    "Japan",
    "India",
    "Brazil",
    "Norway",
    "Egypt",
    "Israel",
    "Italy",
    "Spain",
    "Sweden",
    "Australia",
)
ITEMS = ("howitzers", "tanks", "drones", "radars", "frigates", "rifles", "missiles", "helicopters")
VERBS = ("delivered", "sold", "supplied", "shipped", "exported")
MONTHS = ("January", "March", "May", "June", "August", "October", "November")


def write_corpus(folder: Path, n: int = 60, seed: int = 7) -> list[Path]:
    """``n`` distinct articles (3-5 flow sentences each, plus filler) as .txt files."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = [f"Arms trade bulletin {i}: deliveries reported", ""]
        for _ in range(rng.randint(3, 5)):
            a, b = rng.sample(COUNTRIES, 2)
            lines.append(
                f"{a} {rng.choice(VERBS)} {rng.randint(2, 90)} {rng.choice(ITEMS)} to {b} "
                f"in {rng.choice(MONTHS)} {rng.randint(2005, 2024)}, officials said."
            )
            lines.append(
                "The ministry gave no further details about the contract, which analysts "
                f"have followed since bulletin {rng.randint(1, 10_000)}."
            )
        path = folder / f"article_{i:03d}.txt"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def sqlite_path(db_url: str) -> str:
    return db_url.removeprefix("sqlite:///")


def _read(db_url: str, *queries: str) -> list[list[tuple[object, ...]]]:
    """Rows of each query, all read in one consistent transaction (a snapshot).

    SQLite through the sqlite3 module, not the store's code; other databases (PostgreSQL)
    through SQLAlchemy at REPEATABLE READ, so the queries see the same committed state.
    """
    if db_url.startswith("sqlite:"):
        con = sqlite3.connect(sqlite_path(db_url), timeout=30)
        try:
            con.execute("BEGIN")
            out = [con.execute(q).fetchall() for q in queries]
            con.execute("COMMIT")
            return out
        finally:
            con.close()
    from sqlalchemy import create_engine, text

    engine = create_engine(db_url, isolation_level="REPEATABLE READ")
    try:
        with engine.begin() as conn:
            return [[tuple(r) for r in conn.execute(text(q))] for q in queries]
    finally:
        engine.dispose()


def snapshot(db_url: str) -> dict[str, tuple[str, ...]]:
    """source id → its claims (as sorted row strings); read in one consistent transaction."""
    source_rows, rows = _read(
        db_url,
        "SELECT id FROM sources",
        "SELECT source_id, seq, origin_key, destination_key, kind, date_start, date_end, "
        "excerpt_start, excerpt_end FROM claims",
    )
    out: dict[str, list[str]] = {str(r[0]): [] for r in source_rows}
    orphans = [r for r in rows if r[0] not in out]
    assert not orphans, f"claims without their source: {orphans[:3]}"
    for row in rows:
        out[str(row[0])].append("|".join(map(str, row[1:])))
    return {s: tuple(sorted(v)) for s, v in out.items()}


def integrity(db_url: str) -> str:
    con = sqlite3.connect(sqlite_path(db_url), timeout=30)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def duplicate_claims(db_url: str) -> int:
    """Claims stored more than once for the same (source, seq)."""
    (rows,) = _read(db_url, "SELECT source_id, seq FROM claims")
    return sum(c - 1 for c in Counter(rows).values() if c > 1)


def check_against_reference(db_url: str, reference: dict[str, tuple[str, ...]]) -> list[str]:
    """Problems: a source that is not in the reference, or one with missing/extra claims."""
    problems = []
    for sid, claims in snapshot(db_url).items():
        if sid not in reference:
            problems.append(f"{sid}: unknown source")
        elif claims != reference[sid]:
            problems.append(f"{sid}: {len(claims)} claims stored, {len(reference[sid])} expected")
    return problems


def ingest_command(folder: Path, db_url: str) -> list[str]:
    return [sys.executable, "-m", "dashboard", "ingest", str(folder), "--db", db_url]


def run_and_kill(folder: Path, db_url: str, rng: random.Random, project: Path) -> str:
    """Start ``python -m dashboard ingest`` and SIGKILL it at a random moment.

    Half the runs die at a uniformly random time (often during start-up or schema creation),
    half just after the k-th per-file line (k random) plus 0-30 ms, i.e. mid-write.
    Returns how the moment was chosen, for the log.
    """
    proc = subprocess.Popen(
        ingest_command(folder, db_url),
        cwd=project,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        bufsize=1,
    )
    try:
        if rng.random() < 0.5:
            delay = rng.uniform(0.0, 4.0)
            time.sleep(delay)
            how = f"after {delay:.2f}s"
        else:
            k = rng.randint(0, 60)
            seen = 0
            assert proc.stdout is not None
            while seen < k:
                line = proc.stdout.readline()
                if not line:
                    break
                if not line.startswith(" "):
                    seen += 1
            jitter = rng.uniform(0.0, 0.03)
            time.sleep(jitter)
            how = f"after {seen} files + {jitter * 1000:.0f}ms"
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        if proc.stdout is not None:
            proc.stdout.close()
    return how
