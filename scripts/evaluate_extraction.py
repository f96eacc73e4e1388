"""Precision, recall and F1 of the extractor on the labelled set, per split.

Scores at the (origin key, destination key, kind) level, each triple counted once per
article, as tests/fixtures/labelled/README.md describes. On the triples found, it also
checks the dates and the hedging against the labels' optional ``date`` and ``hedged``
(see ``DateTally``). Also prints extraction speed.

    python scripts/evaluate_extraction.py [--verbose] [--split dev|test|all] [--root DIR]
    python scripts/evaluate_extraction.py --split dev --match 'dev/2(7[0-9]|8[01])_'  # one batch
    python scripts/evaluate_extraction.py --speed   # articles/s on ~600-word articles

Speed is CPU time of ``extract_claims`` alone (gazetteer loaded once beforehand), median of
five rounds, on synthetic ~600-word articles stitched from the dev articles and the seeds.
"""

from __future__ import annotations

import argparse
import calendar
import json
import re
import sys
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.ingest.extract import extract_claims  # noqa: E402
from dashboard.ingest.gazetteer import load_gazetteer  # noqa: E402
from dashboard.ingest.reading import read_article  # noqa: E402
from dashboard.model import Claim, Place, Source, content_id  # noqa: E402

Triple = tuple[str, str, str]
Period = tuple[date, date]


def _as_date(value: object) -> date | None:
    if isinstance(value, date):
        return value
    if isinstance(value, str) and value.strip():
        try:
            return date.fromisoformat(value.strip()[:10])
        except ValueError:
            return None
    return None


def read_labelled_article(path: Path) -> Source:
    """.txt as is (+ sidecar), .md without front matter, .html through the product's reader."""
    raw = path.read_text(encoding="utf-8")
    meta: dict[str, object] = {}
    sidecar = path.with_suffix(".meta.json")
    if sidecar.exists():
        meta = json.loads(sidecar.read_text(encoding="utf-8"))
    text = raw
    if path.suffix == ".md":
        m = re.match(r"\A---\s*\n(.*?)\n---\s*\n", raw, re.S)
        if m:
            front = yaml.safe_load(m.group(1)) or {}
            meta = {**front, **meta}
            text = raw[m.end() :]
    elif path.suffix in (".html", ".htm"):
        # the product's own reader (trafilatura, then what it drops), so that the figures
        # measure what an ingest stores
        page = read_article(path)
        text = page.text
        if page.published is not None and "published" not in meta:
            meta["published"] = page.published.isoformat()
    text = text.strip("\n")
    title = str(meta.get("title") or (text.splitlines()[0] if text else path.name))
    return Source(
        id=content_id(text),
        title=title,
        text=text,
        outlet=meta.get("outlet") if isinstance(meta.get("outlet"), str) else None,
        published=_as_date(meta.get("published") or meta.get("date")),
        path=path.name,
    )


def load_expected(root: Path) -> dict[str, set[Triple]]:
    """Per article, the labelled (origin, destination, kind) triples."""
    return {key: set(triples) for key, triples in load_details(root).items()}


def label_period(value: object) -> Period:
    """The days a label's ``date`` (YYYY or YYYY-MM; YAML reads a bare year as an int) covers."""
    text = str(value)
    year = int(text[:4])
    if len(text) >= 7:
        month = int(text[5:7])
        return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
    return date(year, 1, 1), date(year, 12, 31)


def load_details(root: Path) -> dict[str, dict[Triple, tuple[list[Period], bool]]]:
    """Per article and triple: the labelled event dates, and whether any label is hedged."""
    data = yaml.safe_load((root / "expected.yaml").read_text(encoding="utf-8")) or {}
    out: dict[str, dict[Triple, tuple[list[Period], bool]]] = {}
    for key, rows in data.items():
        per: dict[Triple, tuple[list[Period], bool]] = {}
        for r in rows or []:
            triple = (str(r[0]).lower(), str(r[1]).lower(), str(r[2]))
            opts = r[3] if len(r) > 3 and isinstance(r[3], dict) else {}
            periods, hedged = per.get(triple, ([], False))
            if "date" in opts:
                periods = [*periods, label_period(opts["date"])]
            per[triple] = (periods, hedged or bool(opts.get("hedged")))
        out[key] = per
    return out


@dataclass
class DateTally:
    """How the dates and hedging of found flows compare with the labels.

    Per labelled event date of a found triple: ``right`` when a claim of the triple is
    dated within the labelled month or year, ``coarser`` when the nearest is a wider range
    that contains it ("2019" for October 2019), ``other`` when its claims carry only other
    dates, ``undated`` when none of them is dated (the timeline then shows the flow on every
    day). Per claim on a triple with labelled dates: ``claim_right`` (dated, overlapping a
    labelled date), ``claim_wrong`` (dated, overlapping none) or ``claim_undated``. Hedging, per
    found triple: labelled hedged and flagged (``hedged_found``) or not (``hedged_missed``),
    labelled as fact but flagged hedged (``hedged_extra``).
    """

    right: int = 0
    coarser: int = 0
    other: int = 0
    undated: int = 0
    claim_right: int = 0
    claim_wrong: int = 0
    claim_undated: int = 0
    hedged_found: int = 0
    hedged_missed: int = 0
    hedged_extra: int = 0

    def add(self, other: DateTally) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


def _within(claim: Claim, period: Period) -> bool:
    start, end = claim.date.start, claim.date.end
    return start is not None and end is not None and period[0] <= start and end <= period[1]


def _overlaps(claim: Claim, period: Period) -> bool:
    start, end = claim.date.start, claim.date.end
    return start is not None and end is not None and start <= period[1] and period[0] <= end


def tally_dates(
    labels: Mapping[Triple, tuple[list[Period], bool]], claims: Iterable[Claim]
) -> DateTally:
    """Compare one article's claims with its labelled dates and hedging (found triples only)."""
    tally = DateTally()
    by_triple: dict[Triple, list[Claim]] = {}
    for c in claims:
        by_triple.setdefault((c.origin.key, c.destination.key, c.kind), []).append(c)
    for triple, found in by_triple.items():
        if triple not in labels:
            continue
        periods, hedged = labels[triple]
        flagged = any(c.hedged for c in found)
        tally.hedged_found += hedged and flagged
        tally.hedged_missed += hedged and not flagged
        tally.hedged_extra += flagged and not hedged
        for period in periods:
            if any(_within(c, period) for c in found):
                tally.right += 1
            elif any(_overlaps(c, period) for c in found):
                tally.coarser += 1
            elif any(c.date.start is not None for c in found):
                tally.other += 1
            else:
                tally.undated += 1
        if not periods:
            continue
        for c in found:
            if c.date.start is None:
                tally.claim_undated += 1
            elif any(_overlaps(c, p) for p in periods):
                tally.claim_right += 1
            else:
                tally.claim_wrong += 1
    return tally


def _labelable(place: Place) -> bool:
    """Places the labels may name: countries, the EU and NATO (see expected.yaml)."""
    return place.kind == "country" or place.key in ("eu", "nato")


def score(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def _speed(root: Path, rounds: int = 5, n: int = 200) -> None:
    """Articles per second of extraction alone, on ~600-word articles, one core."""
    gazetteer = load_gazetteer()
    texts = [
        read_labelled_article(p).text
        for p in sorted((root / "dev").iterdir())
        if p.suffix in (".txt", ".md", ".html")
    ]
    texts += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "data/articles").glob("*.txt"))]
    articles: list[Source] = []
    for i in range(len(texts)):
        parts: list[str] = []
        j = i
        while sum(len(t.split()) for t in parts) < 600:
            parts.append(texts[j % len(texts)])
            j += 1
        words = " ".join(parts).split()[:650]
        text = "\n\n".join(" ".join(words[k : k + 90]) for k in range(0, len(words), 90))
        articles.append(Source(content_id(text), "bench", text, published=date(2023, 6, 1)))
    extract_claims(articles[0], gazetteer)  # warm-up: spaCy pipeline, compiled patterns
    rates = []
    for _ in range(rounds):
        t = time.process_time()
        for k in range(n):
            extract_claims(articles[k % len(articles)], gazetteer)
        rates.append(n / (time.process_time() - t))
    mean_words = sum(len(a.text.split()) for a in articles) / len(articles)
    rates.sort()
    print(
        f"extraction speed: median {rates[len(rates) // 2]:.0f} articles/s "
        f"(min {rates[0]:.0f}, max {rates[-1]:.0f}) on {n} articles of ~{mean_words:.0f} words, "
        f"CPU time, one core"
    )


def _print_dates(dates: Mapping[str, DateTally]) -> None:
    print("\nfound flows against the labels' dates (per labelled event date) and hedging:")
    print(
        f"{'split':6} {'dates':>5} {'right':>6} {'coarser':>7} {'other':>6} {'undated':>7}"
        f" {'claims: wrong date':>19} {'hedged: found':>14} {'missed':>6} {'extra':>5}"
    )
    for split, t in dates.items():
        n = t.right + t.coarser + t.other + t.undated
        dated = t.claim_right + t.claim_wrong
        print(
            f"{split:6} {n:5d} {t.right / n if n else 0:6.1%} {t.coarser / n if n else 0:7.1%}"
            f" {t.other / n if n else 0:6.1%} {t.undated / n if n else 0:7.1%}"
            f" {t.claim_wrong:>6d} of {dated:<4d} dated {t.hedged_found:>10d} {t.hedged_missed:6d}"
            f" {t.hedged_extra:5d}"
        )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--root", type=Path, default=ROOT / "tests/fixtures/labelled")
    parser.add_argument("--split", choices=("dev", "test", "all"), default="all")
    parser.add_argument("--verbose", "-v", action="store_true", help="FP/FN per file")
    parser.add_argument(
        "--match",
        metavar="REGEX",
        help="only articles whose key matches, e.g. 'dev/2(7[0-9]|8[01])_' for one batch",
    )
    parser.add_argument("--speed", action="store_true", help="benchmark extraction speed")
    args = parser.parse_args(argv)
    if args.speed:
        _speed(args.root)
        return 0

    t0 = time.perf_counter()
    gazetteer = load_gazetteer()
    load_s = time.perf_counter() - t0
    details = load_details(args.root)
    expected = {key: set(triples) for key, triples in details.items()}
    dates: dict[str, DateTally] = {}
    splits = ("dev", "test") if args.split == "all" else (args.split,)
    totals: dict[str, list[int]] = {}
    outside: dict[str, int] = {}  # false positives the labels could not have stated
    extract_s = 0.0
    n_articles = 0
    for split in splits:
        tp = fp = fn = 0
        dates[split] = DateTally()
        keys = sorted(k for k in expected if k.startswith(f"{split}/"))
        if args.match:
            keys = [k for k in keys if re.search(args.match, k)]
        for key in keys:
            source = read_labelled_article(args.root / key)
            t = time.perf_counter()
            result = extract_claims(source, gazetteer)
            extract_s += time.perf_counter() - t
            n_articles += 1
            got = {(c.origin.key, c.destination.key, c.kind) for c in result.claims}
            want = expected[key]
            tp += len(got & want)
            fp += len(got - want)
            outside[split] = outside.get(split, 0) + len(
                {
                    (c.origin.key, c.destination.key, c.kind)
                    for c in result.claims
                    if not (_labelable(c.origin) and _labelable(c.destination))
                }
                - want
            )
            fn += len(want - got)
            dates[split].add(tally_dates(details[key], result.claims))
            if args.verbose and (got != want):
                print(f"{key}:")
                for tr in sorted(got - want):
                    print(f"   FP {tr}")
                for tr in sorted(want - got):
                    print(f"   FN {tr}")
        totals[split] = [tp, fp, fn]
    if len(splits) > 1:
        totals["all"] = [sum(v[i] for v in totals.values()) for i in range(3)]
        dates["all"] = DateTally()
        for split in splits:
            dates["all"].add(dates[split])
    print(f"{'split':6} {'TP':>4} {'FP':>4} {'FN':>4} {'precision':>10} {'recall':>7} {'F1':>6}")
    for split, (tp, fp, fn) in totals.items():
        p, r, f = score(tp, fp, fn)
        print(f"{split:6} {tp:4d} {fp:4d} {fn:4d} {p:10.3f} {r:7.3f} {f:6.3f}")
    print(
        "of the FP, with a place outside the labels' vocabulary (the UN, other bodies; the "
        "labels name only countries, the EU and NATO): "
        + ", ".join(
            f"{split} {outside.get(split, 0) if split != 'all' else sum(outside.values())}"
            for split in totals
        )
    )
    _print_dates(dates)
    print(
        f"gazetteer load {load_s:.3f} s; extraction {n_articles} articles in {extract_s:.3f} s"
        f" ({n_articles / extract_s if extract_s else 0:.0f} articles/s, short articles)"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
