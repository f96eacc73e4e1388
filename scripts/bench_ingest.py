"""Ingest throughput and peak memory for N synthetic ~600-word articles, on one core.

Usage: python scripts/bench_ingest.py [--sizes 100 400 1600] [--runs 3] [--seed 7]

Each N runs in a fresh subprocess (so peak RSS is that run's own), pinned to one CPU. The
one-off load (gazetteer, and the extractor's first call that builds its spaCy pipeline)
is timed separately and excluded from the throughput. Each run
ingests into a fresh SQLite store; the figure is the median of ``--runs`` runs.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

COUNTRIES = [
    ("Germany", "Berlin"),
    ("France", "Paris"),
    ("Poland", "Warsaw"),
    ("India", "New Delhi"),
    ("Brazil", "Brasília"),
    ("Japan", "Tokyo"),
    ("Egypt", "Cairo"),
    ("Canada", "Ottawa"),
    ("Turkey", "Ankara"),
    ("Azerbaijan", "Baku"),
    ("Israel", "Jerusalem"),
    ("Italy", "Rome"),
    ("Spain", "Madrid"),
    ("Sweden", "Stockholm"),
    ("Norway", "Oslo"),
    ("Greece", "Athens"),
    ("Indonesia", "Jakarta"),
    ("Vietnam", "Hanoi"),
    ("Chile", "Santiago"),
    ("Kenya", "Nairobi"),
]
SYSTEMS = [
    "Leopard 2 tanks",
    "Rafale fighter jets",
    "Bayraktar TB2 drones",
    "howitzers",
    "air-defence radars",
    "patrol boats",
    "anti-tank missiles",
    "armoured vehicles",
    "night-vision optics",
    "artillery shells",
    "transport helicopters",
    "frigates",
]
MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
FLOW_TEMPLATES = [
    "{o} sold {n} {s} to {d} in {m} {y}, the defence ministry said.",
    "{d} bought {s} from {o} last year, according to officials.",
    "{oc} approved the export of {s} to {d} in {m} {y}.",
    "{o} suspended export licences for {s} to {d} in {m} {y} after the clashes.",
    "{s} were delivered by {o} to {d} in the spring of {y}, a report said.",
    "{o} cancelled all permits for {s} to {d} on Monday.",
    "{oc} has reportedly shipped {s} to {d} since {m} {y}.",
]
FILLER = [
    "Analysts said the decision reflected a long debate about oversight and end-use checks.",
    "The ministry did not respond to a request for comment on the figures.",
    "Parliamentary committees have asked for more detail on licensing decisions this year.",
    "Industry groups warned that delays could cost jobs at several factories.",
    "Campaigners have long argued that the rules are applied unevenly across programmes.",
    "Officials stressed that every licence is reviewed case by case against the criteria.",
    "The figures were published in an annual report covering the previous twelve months.",
    "Observers noted that the contract had been under negotiation for several years.",
    "A spokesperson declined to say how many units had already been handed over.",
    "Experts cautioned that the official data covers only part of the actual trade.",
]


def make_article(rng: random.Random, i: int) -> tuple[str, str]:
    """One ~600-word article with a few flow sentences among neutral filler."""
    title = f"Report {i}: {rng.choice(SYSTEMS).capitalize()} deal under scrutiny"
    paragraphs: list[str] = []
    words = 0
    while words < 600:
        sentences = [rng.choice(FILLER) for _ in range(rng.randint(2, 4))]
        if rng.random() < 0.6:
            (o, oc), (d, _) = rng.sample(COUNTRIES, 2)
            sentences.insert(
                rng.randint(0, len(sentences)),
                rng.choice(FLOW_TEMPLATES).format(
                    o=o,
                    oc=oc,
                    d=d,
                    s=rng.choice(SYSTEMS),
                    n=rng.randint(2, 90),
                    m=rng.choice(MONTHS),
                    y=rng.randint(2015, 2023),
                ),
            )
        paragraph = " ".join(sentences)
        words += len(paragraph.split())
        paragraphs.append(paragraph)
    return title, title + "\n\n" + "\n\n".join(paragraphs) + "\n"


def write_articles(folder: Path, n: int, seed: int) -> None:
    rng = random.Random(seed)
    for i in range(n):
        title, text = make_article(rng, i)
        (folder / f"article_{i:05d}.txt").write_text(text, encoding="utf-8")
        meta = {"title": title, "outlet": f"Outlet {i % 7}", "published": "2024-03-15"}
        (folder / f"article_{i:05d}.meta.json").write_text(json.dumps(meta), encoding="utf-8")


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def worker(n: int, runs: int, seed: int) -> dict[str, float]:
    """Runs inside the pinned subprocess; returns figures as JSON on stdout."""
    from dashboard.ingest.extract import extract_claims
    from dashboard.ingest.gazetteer import load_gazetteer
    from dashboard.ingest.pipeline import ingest_paths
    from dashboard.model import Source
    from dashboard.store import Store

    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    # One-off: the extractor's first call imports spaCy and builds its blank pipeline.
    extract_claims(Source("warm-up", "warm-up", "Germany sold tanks to Poland."), gazetteer)
    gazetteer_s = time.perf_counter() - t0
    rss_after_load = _rss_mb()
    rates: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        write_articles(folder, n, seed)
        for run in range(runs):
            db = Path(tmp) / f"bench{run}.db"
            with Store.open(f"sqlite:///{db}") as store:
                t0 = time.perf_counter()
                report = ingest_paths([folder], store, gazetteer)
                elapsed = time.perf_counter() - t0
            if report.count("added") != n:
                raise SystemExit(f"expected {n} added, got {report.count('added')}")
            rates.append(n / elapsed)
        words = statistics.mean(
            len(p.read_text(encoding="utf-8").split()) for p in folder.glob("*.txt")
        )
    return {
        "n": n,
        "articles_per_s": statistics.median(rates),
        "runs": rates,
        "gazetteer_s": gazetteer_s,
        "rss_after_gazetteer_mb": rss_after_load,
        "peak_rss_mb": _rss_mb(),
        "mean_words": words,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 400, 1600])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--worker", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker is not None:
        print(json.dumps(worker(args.worker, args.runs, args.seed)))
        return 0
    cpu = min(os.sched_getaffinity(0))
    print(f"ingest benchmark: one core (cpu {cpu}), median of {args.runs} runs, seed {args.seed}")
    # the interpreter's build matters (an optimised distribution build runs the same code
    # faster than a plain source build), and so does what else the machine is doing
    load = " / ".join(f"{x:.2f}" for x in os.getloadavg())
    print(f"python {platform.python_version()} at {sys.executable}; load average {load}")
    print(
        f"{'N':>6} {'articles/s':>11} {'runs':>26} {'one-off load s':>15} "
        f"{'RSS after load MB':>18} {'peak RSS MB':>12} {'words':>6}"
    )
    for n in args.sizes:
        cmd = [
            sys.executable,
            __file__,
            "--worker",
            str(n),
            "--runs",
            str(args.runs),
            "--seed",
            str(args.seed),
        ]
        out = subprocess.run(
            cmd,
            capture_output=True,
            text=True,
            check=True,
            preexec_fn=lambda: os.sched_setaffinity(0, {cpu}),
        ).stdout
        r = json.loads(out.strip().splitlines()[-1])
        runs = "/".join(f"{x:.0f}" for x in r["runs"])
        print(
            f"{n:>6} {r['articles_per_s']:>11.1f} {runs:>26} {r['gazetteer_s']:>15.2f} "
            f"{r['rss_after_gazetteer_mb']:>18.1f} {r['peak_rss_mb']:>12.1f} "
            f"{r['mean_words']:>6.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
