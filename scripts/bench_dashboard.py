"""Benchmark the dashboard in headless Chromium: slider step → map repaint, and first load.

For each data set (the bundled seed articles, and synthetic stores of N flows / M events
generated here through the real ``Store``), the script serves the real app on localhost,
opens it in Debian's Chromium (Playwright), presses the slider's arrow keys and measures in
the page the time from the keydown to the map's next ``plotly_afterplot``; then it measures
first load to interactive (navigation start → arcs, countries and timeline drawn) in fresh
browser contexts. It prints medians (and p90), never asserts: the machine is shared.

    python scripts/bench_dashboard.py                      # seed, 1000/10000, 5000/100000
    python scripts/bench_dashboard.py --sizes 1000:10000 --steps 20
"""

from __future__ import annotations

import argparse
import logging
import random
import socket
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from dashboard.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402
from dashboard.model import (  # noqa: E402
    EVENT_KINDS,
    Claim,
    DateRange,
    Excerpt,
    Place,
    Source,
    content_id,
)

MAP = "document.querySelector('#map .js-plotly-plot')"


def synthetic_store(db_url: str, n_flows: int, n_events: int, seed: int = 7) -> None:
    """A store of n_flows flows with about n_events events, one synthetic article per flow."""
    from dashboard.store import Store

    rng = random.Random(seed)
    places = [
        Place(
            f"Country {i}",
            f"X{i // 26 // 26 % 26 + 65:c}{i // 26 % 26 + 65:c}{i % 26 + 65:c}",
            "country",
            rng.uniform(-50, 65),
            rng.uniform(-170, 170),
        )
        for i in range(400)
    ]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < n_flows:
        a, b = rng.randrange(len(places)), rng.randrange(len(places))
        if a != b:
            pairs.add((a, b))
    per_flow = max(1, n_events // n_flows)
    start = date(2000, 1, 1)
    with Store.open(db_url) as store:
        for n, (a, b) in enumerate(sorted(pairs)):
            origin, destination = places[a], places[b]
            sentences: list[str] = []
            specs: list[tuple[str, DateRange]] = []
            day = start + timedelta(days=rng.randrange(0, 400))
            for k in range(per_flow):
                kind = rng.choice(EVENT_KINDS)
                day += timedelta(days=rng.randrange(35, 420))
                precision = rng.choice(("day", "month", "year"))
                if precision == "day":
                    rng_ = DateRange(day, day, "day", day.isoformat())
                elif precision == "month":
                    first = day.replace(day=1)
                    last = (first + timedelta(days=32)).replace(day=1) - timedelta(days=1)
                    rng_ = DateRange(first, last, "month", first.strftime("%B %Y"))
                else:
                    rng_ = DateRange(date(day.year, 1, 1), date(day.year, 12, 31), "year")
                sentences.append(
                    f"Event {k}: {origin.name} and {destination.name}, a {kind} in "
                    f"{rng_.phrase or day.year} involving system S-{rng.randrange(999)}."
                )
                specs.append((kind, rng_))
            text = f"Synthetic report {n}\n\n" + "\n".join(sentences)
            sid = content_id(text)
            source = Source(
                sid,
                f"Synthetic report {n}",
                text,
                f"Outlet {n % 37}",
                None,
                date(2025, 1, 1),
                None,
                f"synthetic-{n}.txt",
            )
            claims = []
            offset = text.index("\n\n") + 2
            for sentence, (kind, rng_) in zip(sentences, specs, strict=True):
                excerpt = Excerpt(sid, offset, offset + len(sentence), sentence)
                claims.append(Claim(origin, destination, kind, rng_, excerpt))  # type: ignore[arg-type]
                offset += len(sentence) + 1
            store.add_source(source, claims)


def seed_store(db_url: str) -> None:
    from dashboard.app_factory import ensure_seeded

    ensure_seeded(db_url)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(db_url: str) -> Iterator[str]:
    from werkzeug.serving import make_server

    from dashboard.app_factory import create_app

    logging.getLogger("werkzeug").setLevel(logging.ERROR)
    app = create_app(db_url, cache_seconds=3600)
    port = _free_port()
    httpd = make_server("127.0.0.1", port, app.server, threaded=True)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        httpd.shutdown()
        thread.join(timeout=5)


READY = f"""() => {{
  const gd = {MAP};
  const tl = document.querySelector('#timeline .js-plotly-plot');
  const ok = gd && gd.data && gd.data.length > 2
    && document.querySelectorAll('#map-base .geo .layer.land path').length > 0
    && gd.querySelectorAll('.scattergeo path.js-line').length > 0
    && tl && tl._fullLayout && document.querySelector('#date-slider [role=slider]');
  return ok ? performance.now() : false;
}}"""

INSTALL = f"""() => {{
  window.__t0 = 0; window.__t1 = 0;
  document.addEventListener('keydown', () => {{ window.__t0 = performance.now(); }}, true);
  {MAP}.on('plotly_afterplot', () => {{ window.__t1 = performance.now(); }});
}}"""


def _stats(values: list[float]) -> str:
    if not values:
        return "n/a"
    ordered = sorted(values)
    p90 = ordered[min(len(ordered) - 1, round(0.9 * (len(ordered) - 1)))]
    return f"median {statistics.median(values):7.1f} ms   p90 {p90:7.1f} ms   (n={len(values)})"


def measure(url: str, browser: Any, steps: int, loads: int, timeout_ms: int) -> dict[str, Any]:
    # Slider steps.
    ctx = browser.new_context(viewport={"width": 1280, "height": 800})
    page = ctx.new_page()
    page.goto(url + "/")
    page.wait_for_function(READY, polling="raf", timeout=timeout_ms)
    page.wait_for_timeout(1500)  # let the initial callbacks settle
    page.evaluate(INSTALL)
    thumb = page.locator("#date-slider [role=slider]")
    thumb.focus()
    lo = int(thumb.get_attribute("aria-valuemin") or 0)
    hi = int(thumb.get_attribute("aria-valuemax") or 0)
    page.keyboard.press("End")
    page.wait_for_timeout(500)
    slider: list[float] = []
    key = "ArrowLeft"
    for i in range(steps):
        value = int(thumb.get_attribute("aria-valuenow") or hi)
        if value <= lo:
            key = "ArrowRight"
        elif value >= hi:
            key = "ArrowLeft"
        page.evaluate("() => { window.__t1 = 0; }")
        page.keyboard.press(key)
        page.wait_for_function("() => window.__t1 > window.__t0", timeout=timeout_ms)
        dt = page.evaluate("() => window.__t1 - window.__t0")
        if i > 0:  # the first step warms plotly's code paths
            slider.append(dt)
        page.wait_for_timeout(120)
    n_arcs = page.evaluate(
        f"() => new Set({MAP}.data.filter(t => t.mode === 'lines')"
        ".flatMap(t => t.customdata).filter(Boolean)).size"
    )
    n_traces = page.evaluate(f"() => {MAP}.data.length")
    ctx.close()
    # First load to interactive, each in a fresh context (cold HTTP cache).
    first: list[float] = []
    for _ in range(loads):
        ctx = browser.new_context(viewport={"width": 1280, "height": 800})
        page = ctx.new_page()
        page.goto(url + "/", wait_until="commit")
        handle = page.wait_for_function(READY, polling="raf", timeout=timeout_ms)
        first.append(float(handle.json_value()))
        ctx.close()
    return {"slider": slider, "first": first, "arcs": n_arcs, "traces": n_traces}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--sizes",
        default="seed,1000:10000,5000:100000",
        help="comma-separated data sets: 'seed' or FLOWS:EVENTS (default: %(default)s)",
    )
    parser.add_argument("--steps", type=int, default=15, help="slider steps per data set")
    parser.add_argument("--loads", type=int, default=5, help="first loads per data set")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    from dashboard.store import Store

    print(f"chromium: {CHROMIUM}; python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        for size in args.sizes.split(","):
            db_url = f"sqlite:///{Path(tmp) / (size.replace(':', '_') + '.db')}"
            t = time.perf_counter()
            if size == "seed":
                seed_store(db_url)
                label = "seed (data/articles)"
            else:
                flows, events = (int(x) for x in size.split(":"))
                synthetic_store(db_url, flows, events)
                label = f"synthetic {flows} flows / {events} events"
            with Store.open(db_url) as store:
                t_load = time.perf_counter()
                loaded = store.load_flows()
                t_load = time.perf_counter() - t_load
            n_events = sum(len(f.events) for f in loaded)
            print(
                f"\n== {label}: {len(loaded)} flows, {n_events} events "
                f"(store built in {time.perf_counter() - t:.1f} s; load_flows {t_load:.2f} s)"
            )
            timeout = 120_000
            with serve(db_url) as url:
                result = measure(url, browser, args.steps, args.loads, timeout)
            print(f"   map: {result['arcs']} arcs drawn in {result['traces']} traces")
            print(f"   slider step -> map repaint: {_stats(result['slider'])}")
            print(f"   first load -> interactive:  {_stats(result['first'])}")
        browser.close()


if __name__ == "__main__":
    main()
