"""Extraction time on hostile or degenerate article text (article text is untrusted).

Usage: python scripts/bench_hostile_text.py [--kb 40]

Each case is one synthetic article of about ``--kb`` kilobytes built to stress one weakness of
regex-based reading: a single sentence of thousands of words, long runs of spaces, commas,
hyphens, digits or full stops. Prints seconds per case (best of three) and per kilobyte; a
case that grows faster than linearly with ``--kb`` is a denial-of-service risk.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.ingest.extract import extract_claims
from dashboard.ingest.gazetteer import load_gazetteer
from dashboard.model import Source

VOCAB_TEXT = (
    "sold supplied delivered to from by the a and , Germany France Russia Ukraine's sanctions "
    "on embargo suspended lifted its their which who, used against was were has been tanks "
    "drones missiles 2019 October last year under accused of for supplying firms in - ’s ' \" "
    "( ) ; : not never would could plans to buy talks about while whereas although the kingdom "
    "ministry government officials said according to"
)


def cases(size: int) -> dict[str, str]:
    rng = random.Random(7)
    vocab = VOCAB_TEXT.split()
    words = size // 6
    return {
        "one sentence of random words": " ".join(rng.choice(vocab) for _ in range(words)),
        "run of spaces": "Germany sold" + " " * size + "tanks to France.",
        "commas": "Germany sold tanks" + ", a" * (size // 3) + " to France.",
        "hyphens": "Germany sold " + "x-" * (size // 2) + " to France.",
        "digits and commas": "Germany sold " + "1," * (size // 2) + " tanks to France.",
        "full stops": "Germany sold tanks" + "." * size + " to France.",
        "run of brackets": "Germany sold tanks. " + "(" * size + " France paid.",
        "one line per flow": "Germany sold tanks to France\n" * (size // 28),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kb", type=int, default=40, help="size of each article in KB")
    args = parser.parse_args()
    gazetteer = load_gazetteer()
    extract_claims(Source("warm-up", "warm-up", "Germany sold tanks to Poland."), gazetteer)
    print(f"{'case':32} {'KB':>6} {'seconds':>8} {'ms/KB':>7}")
    for name, text in cases(args.kb * 1000).items():
        best = float("inf")
        for _ in range(3):
            t0 = time.perf_counter()
            extract_claims(Source(name, name, text), gazetteer)
            best = min(best, time.perf_counter() - t0)
        kb = len(text) / 1000
        print(f"{name:32} {kb:6.1f} {best:8.3f} {best / kb * 1000:7.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
