"""``python -m dashboard export``: the same view options as the dashboard URL, to a file.

A view comes from ``--url``/``--query`` (a shared dashboard link) and/or the explicit
options, which win. The file is written atomically: a failed export leaves no partial file.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from pathlib import Path
from urllib.parse import urlsplit

from dashboard.export.render import Renderer
from dashboard.model import EVENT_KINDS
from dashboard.view import View, view_from_query


def _iso_date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def _window(value: str) -> tuple[date, date]:
    parts = value.split("/")
    if len(parts) != 2:
        raise argparse.ArgumentTypeError(f"window must be START/END, got {value!r}")
    start, end = _iso_date(parts[0]), _iso_date(parts[1])
    if start > end:
        raise argparse.ArgumentTypeError(f"window starts after it ends: {value!r}")
    return start, end


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {value!r}") from None
    if not 16 <= number <= 8000:
        raise argparse.ArgumentTypeError(f"size must be between 16 and 8000 px, got {number}")
    return number


def _scale(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if not 0.1 <= number <= 8:
        raise argparse.ArgumentTypeError(f"scale must be between 0.1 and 8, got {number}")
    return number


def _split(values: list[str] | None) -> tuple[str, ...]:
    out: list[str] = []
    for value in values or []:
        out.extend(v.strip() for v in value.split(",") if v.strip())
    return tuple(out)


def add_export_parser(subparsers: argparse._SubParsersAction) -> argparse.ArgumentParser:
    """Register the ``export`` subcommand; its handler is ``args.func(args) -> exit code``."""
    from dashboard.export import FORMATS

    parser = subparsers.add_parser(
        "export",
        help="export a view as png/svg/pdf/html/csv/geojson or a one-page brief",
        description=(
            "Export what the dashboard shows for a view (date, window, flow, filters). "
            "Images and the brief are rendered offline by the system Chromium."
        ),
    )
    parser.add_argument("--format", "-f", required=True, choices=FORMATS, dest="fmt")
    parser.add_argument("--out", "-o", required=True, type=Path, help="output file")
    parser.add_argument("--db", default=None, help="store URL (default: $ATLAS_DB or data/)")
    view = parser.add_argument_group("view (same as the dashboard URL; explicit options win)")
    view.add_argument("--url", help="a dashboard link, e.g. 'http://host/?date=2020-11-01'")
    view.add_argument("--query", help="a URL query, e.g. '?date=2020-11-01&flow=can-tur'")
    view.add_argument("--date", type=_iso_date, help="as-of date YYYY-MM-DD")
    view.add_argument("--window", type=_window, metavar="START/END", help="time window")
    view.add_argument("--flow", help="selected flow id, e.g. can-tur")
    view.add_argument(
        "--kind", action="append", help=f"event kind(s), repeat or comma-separate: {EVENT_KINDS}"
    )
    view.add_argument("--country", action="append", help="ISO3 code(s) as supplier or recipient")
    view.add_argument("--q", help="text search over excerpts")
    size = parser.add_argument_group("size (images: layout pixels × scale)")
    size.add_argument("--width", type=_positive_int, default=1600)
    size.add_argument("--height", type=_positive_int, default=900)
    size.add_argument("--scale", type=_scale, default=1.0)
    parser.add_argument("--title", default=None, help="title of the slide / brief / page")
    parser.set_defaults(func=run_export)
    return parser


def view_from_args(args: argparse.Namespace) -> View:
    """The view the options describe; raises ValueError naming a bad kind or country."""
    base = View()
    if args.url:
        base = view_from_query(urlsplit(args.url).query)
    if args.query:
        base = view_from_query(args.query)
    changes: dict[str, object] = {}
    if args.date:
        changes["date"] = args.date
    if args.window:
        changes["window_start"], changes["window_end"] = args.window
    if args.flow:
        changes["flow"] = args.flow
    kinds = _split(args.kind)
    unknown = [k for k in kinds if k not in EVENT_KINDS]
    if unknown:
        raise ValueError(f"unknown event kind {unknown[0]!r}; known: {', '.join(EVENT_KINDS)}")
    if kinds:
        changes["kinds"] = kinds
    countries = tuple(c.upper() for c in _split(args.country))
    bad = [c for c in countries if not (c.isalpha() and len(c) == 3)]
    if bad:
        raise ValueError(f"country must be an ISO3 code like TUR, got {bad[0]!r}")
    if countries:
        changes["countries"] = countries
    if args.q:
        changes["query"] = args.q
    return base.with_(**changes)


def write_atomic(path: Path, data: bytes) -> None:
    """Write via a temporary file in the same folder, so a failure leaves no partial file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def run_export(args: argparse.Namespace) -> int:
    """Load the store, export the view, write the file; errors are one clear line, exit 2."""
    with Renderer() as renderer:
        if args.fmt in ("png", "svg", "pdf", "brief"):
            renderer.prestart()  # Chromium starts while the store is read
        return _run(args, renderer)


def _run(args: argparse.Namespace, renderer: Renderer) -> int:
    from dashboard.export import DEFAULT_TITLE, ExportError, export_view, select
    from dashboard.store import Store

    try:
        view = view_from_args(args)
    except ValueError as exc:
        print(f"export: {exc}", file=sys.stderr)
        return 2
    try:
        store = Store.open(args.db)
        try:
            flows, sources = store.load_flows(), store.load_sources()
        finally:
            store.close()
    except Exception as exc:
        print(f"export: cannot read the store {args.db or ''}: {exc}", file=sys.stderr)
        return 2
    if not flows:
        print(
            "export: the store has no flows; ingest articles first "
            "(python -m dashboard ingest data/articles)",
            file=sys.stderr,
        )
        return 2
    try:
        data = export_view(
            flows,
            sources,
            view,
            args.fmt,
            width=args.width,
            height=args.height,
            scale=args.scale,
            title=args.title or DEFAULT_TITLE,
            renderer=renderer,
        )
        write_atomic(args.out, data)
    except (ExportError, OSError) as exc:
        print(f"export: {args.out}: {exc}", file=sys.stderr)
        return 2
    shown, refs = select(flows, sources, view)
    print(
        f"wrote {args.out} ({args.fmt}, {len(data) / 1024:.0f} KB): "
        f"{len(shown)} flows, {len(refs)} sources",
        file=sys.stderr,
    )
    return 0
