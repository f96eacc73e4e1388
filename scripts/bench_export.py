"""Benchmark the exports on the bundled seed data; prints medians (seconds).

    python scripts/bench_export.py [--repeat 7] [--cold-repeat 3]

- warm: one Renderer (Chromium already running), as the dashboard's export button uses it;
- cold: a fresh ``python -m dashboard export`` process (imports, store read, Chromium start,
  render), as an analyst's one-off command line export.
Targets (issue 4): PNG ≤ 0.5 s warm and ≤ 4 s cold; 10 PNGs ≤ 4 s; the brief ≤ 5 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.export import Renderer, export_view  # noqa: E402
from dashboard.ingest.pipeline import ingest_paths  # noqa: E402
from dashboard.store import Store  # noqa: E402
from dashboard.view import View  # noqa: E402

VIEW = View(date=date(2020, 11, 1), flow="can-tur")
MONTHS = [date(2019 + (9 + i) // 12, (9 + i) % 12 + 1, 1) for i in range(0, 20, 2)]  # 10 dates


def median_of(fn: Callable[[], object], repeat: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def cold_cli(db: str, fmt: str, out: Path) -> float:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    cmd = [sys.executable, "-m", "dashboard", "export", "--db", db, "-f", fmt, "-o", str(out),
           "--query", "?date=2020-11-01&flow=can-tur"]  # fmt: skip
    start = time.perf_counter()
    subprocess.run(cmd, check=True, env=env, cwd=ROOT, capture_output=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--cold-repeat", type=int, default=3)
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="atlas-bench-export-"))
    db = f"sqlite:///{tmp / 'atlas.db'}"
    with Store.open(db) as store:
        ingest_paths([ROOT / "data"], store)
        flows, sources = store.load_flows(), store.load_sources()
    print(f"seed data: {len(flows)} flows, {len(sources)} sources; view {VIEW}")
    rows: list[tuple[str, float, str]] = []

    with Renderer() as renderer:
        export_view(flows, sources, VIEW, "png", renderer=renderer)  # start Chromium
        for fmt in ("png", "svg", "pdf", "brief", "html", "csv", "geojson"):
            med, _ = median_of(
                lambda fmt=fmt: export_view(flows, sources, VIEW, fmt, renderer=renderer),
                args.repeat,
            )
            target = {"png": "≤ 0.5", "brief": "≤ 5"}.get(fmt, "")
            rows.append((f"{fmt} (warm, 1600×900)" if fmt != "brief" else "brief (warm)", med,
                         target))  # fmt: skip

        def ten_warm() -> None:
            for day in MONTHS:
                export_view(flows, sources, View(date=day), "png", renderer=renderer)

        med, _ = median_of(ten_warm, 3)
        rows.append(("10 PNGs, 10 dates (warm renderer)", med, "≤ 4"))

    def ten_with_start() -> None:
        with Renderer() as fresh:
            for day in MONTHS:
                export_view(flows, sources, View(date=day), "png", renderer=fresh)

    med, _ = median_of(ten_with_start, args.cold_repeat)
    rows.append(("10 PNGs incl. Chromium start (in process)", med, "≤ 4"))

    for fmt, target in (("png", "≤ 4"), ("brief", "≤ 5")):
        times = [cold_cli(db, fmt, tmp / f"cold.{fmt}") for _ in range(args.cold_repeat)]
        rows.append((f"{fmt} cold: fresh `python -m dashboard export` process",
                     statistics.median(times), target))  # fmt: skip

    width = max(len(r[0]) for r in rows)
    print(f"{'measure'.ljust(width)}  median s  target s")
    for name, value, target in rows:
        print(f"{name.ljust(width)}  {value:8.3f}  {target}")


if __name__ == "__main__":
    main()
