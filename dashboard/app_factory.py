"""Build the Dash app and serve it: ``create_app`` for gunicorn/tests, ``main`` for the CLI.

Importing this module (or ``app.py``) touches no database: the store is read when a page
or callback needs data, through a small per-app cache, so gunicorn workers can import the
app safely and a re-ingest shows up within seconds without a restart.
"""

from __future__ import annotations

import argparse
import logging
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import dash
import flask

from dashboard.model import Flow, Source

PROJECT = Path(__file__).resolve().parents[1]
ASSETS = PROJECT / "assets"
SEED_DIR = PROJECT / "data"

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Dataset:
    """What the dashboard draws: aggregated flows and their sources by id."""

    flows: list[Flow]
    sources: dict[str, Source] = field(default_factory=dict)


def seed_paths() -> list[Path]:
    """The bundled articles (and the analyst's curation file, when there is one)."""
    paths = [SEED_DIR / "articles"]
    for name in ("curation.yaml", "curation.yml"):
        if (SEED_DIR / name).is_file():
            paths.append(SEED_DIR / name)
    return paths


def ensure_seeded(db_url: str | None) -> bool:
    """Ingest the bundled data into an empty store; True when it did.

    Ingest is idempotent (content ids), so two workers racing here at most repeat work; a
    failure is logged, never fatal: the dashboard still serves whatever is stored.
    """
    from dashboard.store import Store

    try:
        with Store.open(db_url) as store:
            if store.load_raw_sources():
                return False
            from dashboard.ingest.pipeline import ingest_paths

            report = ingest_paths(seed_paths(), store)
            for failed in report.failed:
                log.warning("seed ingest: %s: %s", failed.path, failed.error)
            return True
    except Exception:  # a broken seed must not take the dashboard down
        log.exception("could not ingest the bundled data into %s", db_url or "default store")
        return False


def store_loader(db_url: str | None) -> Callable[[], Dataset]:
    """Read flows and sources from the store (seeding an empty one first)."""
    seeded: list[bool] = []  # per-app, not per-module: remembers that seeding was tried

    def load() -> Dataset:
        from dashboard.store import Store

        if not seeded:
            ensure_seeded(db_url)
            seeded.append(True)
        with Store.open(db_url) as store:
            sources, flows = store.load_dataset()
        return Dataset(flows, {s.id: s for s in sources})

    return load


class CachedData:
    """Per-app cache of the dataset, refreshed after ``ttl`` seconds (thread-safe)."""

    def __init__(self, loader: Callable[[], Dataset], ttl: float = 3.0) -> None:
        self._loader = loader
        self._ttl = ttl
        self._lock = threading.Lock()
        self._value: Dataset | None = None
        self._at = 0.0

    def __call__(self) -> Dataset:
        with self._lock:
            now = time.monotonic()
            if self._value is None or now - self._at > self._ttl:
                self._value = self._loader()
                self._at = now
            return self._value

    def invalidate(self) -> None:
        """Forget the cached dataset: the next read goes to the store (after an upload)."""
        with self._lock:
            self._value = None


class LayoutMemo:
    """The page layout for the current dataset, rebuilt only when the dataset object changes.

    Building it (figures, geometry) is most of a ``/_dash-layout`` request, which every page
    load waits on; ``CachedData`` hands out the same ``Dataset`` until it reloads.
    """

    def __init__(self, build: Callable[[Dataset], object]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._key: Dataset | None = None
        self._value: object = None

    def __call__(self, dataset: Dataset) -> object:
        with self._lock:
            if self._key is not dataset:
                self._value = self._build(dataset)
                self._key = dataset
            return self._value


def create_app(
    db_url: str | None = None,
    *,
    loader: Callable[[], Dataset] | None = None,
    cache_seconds: float = 3.0,
) -> dash.Dash:
    """The dashboard app; ``loader`` replaces the store (tests, benchmarks)."""
    from dashboard.callbacks import register_callbacks
    from dashboard.layout import build_layout, topojson_preload
    from dashboard.upload_layout import register_upload

    app = dash.Dash(
        "dashboard",
        assets_folder=str(ASSETS),
        title="Arms Flow Atlas",
        # Dash annotates update_title as str, but documents (and handles) None as "leave the
        # title alone while callbacks run".
        update_title=None,  # type: ignore[arg-type]
        serve_locally=True,
        include_assets_files=True,
    )
    data = CachedData(loader or store_loader(db_url), ttl=cache_seconds)
    prefix = app.config.requests_pathname_prefix or "/"
    app.index_string = app.index_string.replace("<html>", '<html lang="en">', 1).replace(
        "{%css%}", topojson_preload(prefix) + "\n        {%css%}", 1
    )
    layout = LayoutMemo(lambda d: build_layout(d.flows, d.sources, requests_pathname_prefix=prefix))

    def serve_layout() -> object:
        if not flask.has_request_context():  # Dash validates layout functions at assignment
            return build_layout([], {}, requests_pathname_prefix=prefix)
        return layout(data())

    app.layout = serve_layout
    # Callback validation needs the ids, not the data: a tiny layout keeps the page light.
    # Dash initialises validation_layout to None without an annotation, so mypy takes the
    # attribute to be None-only; Dash expects a component (or list/function) here.
    app.validation_layout = build_layout(  # type: ignore[assignment]
        [], {}, requests_pathname_prefix=prefix
    )
    register_callbacks(app, data)
    from dashboard.export_controls import register_export

    register_export(app, data)
    register_upload(
        app, db_url, on_added=data.invalidate
    )  # issue 5: before csp_hashes (inline guard script)
    from dashboard.security import apply_security  # last: hashes every inline script

    apply_security(app.server, csp_hashes=app.csp_hashes())
    return app


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="atlas-serve", description="Serve the Arms Flow Atlas dashboard."
    )
    parser.add_argument(
        "--host",
        default=os.environ.get("ATLAS_HOST", "127.0.0.1"),
        help="interface to listen on (env ATLAS_HOST; default 127.0.0.1)",
    )
    parser.add_argument(
        "--port",
        type=int,
        default=int(os.environ.get("ATLAS_PORT", "8050")),
        help="port (env ATLAS_PORT; default 8050)",
    )
    parser.add_argument(
        "--db",
        default=os.environ.get("ATLAS_DB") or None,
        help="store URL, e.g. sqlite:///atlas.db (env ATLAS_DB; default data/atlas.db)",
    )
    parser.add_argument(
        "--debug", action="store_true", help="Dash debug mode (reloader, dev tools); off by default"
    )
    parser.add_argument(
        "--open", action="store_true", help="open the dashboard in the default web browser"
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> None:
    """Serve on --host/--port; seed an empty store with the bundled articles first."""
    args = parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    if ensure_seeded(args.db):
        log.info("ingested the bundled articles from %s", SEED_DIR)
    app = create_app(args.db)
    log.info("Arms Flow Atlas on http://%s:%s/", args.host, args.port)
    if args.open:
        import webbrowser

        url = f"http://{args.host}:{args.port}/"
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()  # no-op without a browser
    app.run(host=args.host, port=args.port, debug=args.debug)
