"""Bounded load test: the app under gunicorn on 127.0.0.1, real callback requests, locust.

Usage: ``python scripts/load_test.py [--users 10 50] [--run-time 30s] [--workers 2]``

1. A temporary store: the bundled articles plus ``--extra-articles`` synthetic ones.
2. gunicorn serves ``app:server`` on 127.0.0.1 (a free port) with that store.
3. Headless Chromium loads the page, moves the slider and clicks an arc; the
   ``/_dash-update-component`` requests it sends become the locust templates.
4. locust (headless, bounded by --run-time) replays slider drags and arc clicks with N users
   for each N in --users, then the script prints p50/p95/p99 and failures per request type.
Only 127.0.0.1 is contacted; the server is stopped at the end.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from typing import Any

PROJECT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(PROJECT))

from dashboard.chromium import CHROMIUM, CHROMIUM_ARGS  # noqa: E402


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def build_store(root: Path, extra: int) -> tuple[str, list[str]]:
    """Seeded temp store; returns its URL and the flow ids."""
    from dashboard.app_factory import ensure_seeded
    from dashboard.ingest.pipeline import ingest_paths
    from dashboard.store import Store
    from tests.hardening_corpus import write_corpus

    db_url = f"sqlite:///{root / 'atlas.db'}"
    ensure_seeded(db_url)
    if extra:
        with Store.open(db_url) as store:
            ingest_paths(write_corpus(root / "corpus", n=extra), store)
    with Store.open(db_url) as store:
        return db_url, [f.id for f in store.load_flows()]


def start_gunicorn(db_url: str, port: int, workers: int, threads: int) -> subprocess.Popen:
    env = {**os.environ, "ATLAS_DB": db_url}
    cmd = [
        sys.executable,
        "-m",
        "gunicorn",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        str(workers),
        "--worker-class",
        "gthread",
        "--threads",
        str(threads),
        "--keep-alive",
        "30",  # longer than a user's think time: no reuse of a just-closed connection
        "--log-level",
        "warning",
        "app:server",
    ]
    proc = subprocess.Popen(cmd, cwd=PROJECT, env=env)
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=5) as resp:
                if resp.status == 200:
                    break
        except OSError:
            time.sleep(0.3)
    else:
        proc.terminate()
        raise SystemExit("gunicorn did not answer within 60 s")
    # Dash sets a worker up on its first request, and a gthread worker's other threads can
    # serve component bundles before that finishes ("not a registered library"): warm every
    # worker with one request at a time first (sequential connections reach all workers).
    for _ in range(6 * workers):
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30) as resp:
            resp.read()
    return proc


def record_payloads(url: str, flow_ids: list[str]) -> dict[str, Any]:
    """Drive the real page and keep the callback requests it sends."""
    from playwright.sync_api import sync_playwright

    from tests.browser.hardening_helpers import arc_point

    requests: list[dict[str, Any]] = []
    errors: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 800})
        page.on(
            "request",
            lambda r: (
                requests.append(json.loads(r.post_data or "{}"))
                if "_dash-update-component" in r.url
                else None
            ),
        )
        page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        page.goto(url)
        page.wait_for_selector("#map path.js-line", timeout=30_000)
        page.wait_for_timeout(1000)
        page.focus("#date-slider [role=slider]")
        page.keyboard.press("ArrowLeft")
        page.wait_for_timeout(800)
        for flow_id in ("can-tur", *flow_ids[:20]):
            point = arc_point(page, flow_id, "→")
            if point is not None:
                page.mouse.click(point["x"], point["y"])
                page.wait_for_timeout(1500)
                break
        browser.close()
    if errors:
        print("browser console errors while recording:", errors[:3])

    def find(pred: Any, what: str) -> dict[str, Any]:
        for body in reversed(requests):
            if pred(body.get("output", "")):
                return body
        raise SystemExit(f"no {what} request recorded; got {[r.get('output') for r in requests]}")

    restore = find(lambda o: "date-slider.value" in o and "pinned-date" in o, "restore_view")
    state = {(s["id"], s["property"]): s.get("value") for s in restore.get("state", [])}
    return {
        "url_query": find(lambda o: o == "url-query.data", "url-query"),
        "apply_filters": find(lambda o: "map-steps.data" in o and "upload" not in o, "filters"),
        "evidence": find(lambda o: o == "evidence.children", "evidence"),
        "slider_min": state[("date-slider", "min")],
        "slider_max": state[("date-slider", "max")],
        "flow_ids": flow_ids,
        "recorded": len(requests),
    }


def run_locust(host: str, users: int, run_time: str, payloads: Path, out: Path) -> list[dict]:
    env = {**os.environ, "ATLAS_LOAD_PAYLOADS": str(payloads)}
    cmd = [
        sys.executable,
        "-m",
        "locust",
        "-f",
        str(PROJECT / "scripts" / "locustfile.py"),
        "--headless",
        "--users",
        str(users),
        "--spawn-rate",
        str(users),
        "--run-time",
        run_time,
        "--stop-timeout",
        "10",  # let in-flight requests finish: no aborted connections counted at the end
        "--host",
        host,
        "--csv",
        str(out),
        "--only-summary",
        "--loglevel",
        "WARNING",
    ]
    subprocess.run(cmd, cwd=PROJECT, env=env, check=False, timeout=600)
    with open(f"{out}_stats.csv", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--users", type=int, nargs="+", default=[10, 50])
    parser.add_argument("--run-time", default="30s")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--threads", type=int, default=4)
    parser.add_argument("--extra-articles", type=int, default=60)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="atlas-load-") as tmp:
        root = Path(tmp)
        db_url, flow_ids = build_store(root, args.extra_articles)
        port = free_port()
        server = start_gunicorn(db_url, port, args.workers, args.threads)
        host = f"http://127.0.0.1:{port}"
        try:
            payloads = record_payloads(host + "/", flow_ids)
            payload_file = root / "payloads.json"
            payload_file.write_text(json.dumps(payloads), encoding="utf-8")
            print(
                f"store: {len(flow_ids)} flows; recorded {payloads['recorded']} callback "
                f"requests; gunicorn {args.workers} workers x {args.threads} threads on {host}"
            )
            for users in args.users:
                rows = run_locust(host, users, args.run_time, payload_file, root / f"u{users}")
                print(f"\n{users} users, {args.run_time}:")
                print(f"  {'request':<24}{'count':>7}{'fail':>6}{'p50':>7}{'p95':>7}{'p99':>7}")
                for row in rows:
                    print(
                        f"  {row['Name']:<24}{row['Request Count']:>7}{row['Failure Count']:>6}"
                        f"{row['50%']:>7}{row['95%']:>7}{row['99%']:>7}"
                    )
                total = next(r for r in rows if r["Name"] == "Aggregated")
                print(
                    f"  => {users} users: p50 {total['50%']} ms, p95 {total['95%']} ms, "
                    f"p99 {total['99%']} ms, {total['Failure Count']} errors in "
                    f"{total['Request Count']} requests ({float(total['Requests/s']):.0f} req/s)"
                )
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill()
    return 0


if __name__ == "__main__":
    sys.exit(main())
