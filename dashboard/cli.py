"""``python -m dashboard ingest|flows|export|serve``: the Atlas from the command line.

Thin wiring over the pipeline, the store and the public JSON helpers. Problems the user can
fix (bad files, another store version, a bad curation file) are printed as one clear line,
never as a traceback. Heavy modules (Dash, the exporters) are imported only when used.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO

from dashboard.aggregate import build_flows_with_warnings, flow_independent_sources
from dashboard.aggregate import independent_sources as event_sources
from dashboard.curation import CurationError, apply_source_curation, load_curation
from dashboard.ingest.reading import DEFAULT_MAX_BYTES, InputError
from dashboard.model import (
    Flow,
    Source,
    event_to_json,
    place_to_json,
    source_to_json,
)
from dashboard.store import Store, StoreError

# --- flows output --------------------------------------------------------------------------


def flows_to_json(sources: Sequence[Source], flows: Sequence[Flow]) -> dict[str, Any]:
    """The public JSON other tools rely on: ``{"sources": [...], "flows": [...]}``."""
    by_id = {s.id: s for s in sources}
    return {
        "sources": [source_to_json(s) for s in sorted(sources, key=lambda s: s.id)],
        "flows": [
            {
                "id": flow.id,
                "origin": place_to_json(flow.origin),
                "destination": place_to_json(flow.destination),
                "independent_sources": flow_independent_sources(flow, by_id),
                "events": [event_to_json(e, event_sources(e, by_id)) for e in flow.events],
            }
            for flow in flows
        ],
    }


def flows_to_csv(sources: Sequence[Source], flows: Sequence[Flow]) -> str:
    """One row per (flow, event, excerpt): the export's CSV writer over every event."""
    from dashboard.export.tables import csv_text, flow_rows

    return csv_text(flow_rows(flows, sources))


def flows_to_geojson(sources: Sequence[Source], flows: Sequence[Flow]) -> str:
    """Flows as great-circle LineStrings (via dashboard.geo and geopandas)."""
    from dashboard.geo import flows_to_geodataframe

    by_id = {s.id: s for s in sources}
    gdf = flows_to_geodataframe(flows)
    gdf["independent_sources"] = [flow_independent_sources(f, by_id) for f in flows]
    return gdf.to_json(drop_id=True)


def _write_output(text: str, out: Path | None, stdout: TextIO) -> None:
    """Write atomically, so an interrupted export never leaves half a file."""
    if out is None:
        stdout.write(text if text.endswith("\n") else text + "\n")
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.name}.", dir=out.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


# --- commands ------------------------------------------------------------------------------


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def cmd_ingest(args: argparse.Namespace) -> int:
    from dashboard.ingest.pipeline import FileResult, ingest_paths

    out: TextIO = args.stdout

    def show(result: FileResult) -> None:
        label = {"failed": "FAILED"}.get(result.status, result.status)
        if result.status == "added":
            detail = (
                f"{_plural(result.flows, 'flow')}, {_plural(result.events, 'event')}, "
                f"{_plural(len(result.warnings), 'warning')}"
            )
        elif result.status == "curation":
            detail = f"curation loaded, {_plural(len(result.warnings), 'warning')}"
        else:
            detail = result.error or ""
        print(f"{label:<10} {result.path}: {detail}", file=out)
        for warning in result.warnings:
            print(f"           warning: {warning}", file=out)
        out.flush()

    with Store.open(args.db) as store:
        report = ingest_paths(args.paths, store, max_bytes=args.max_bytes, on_result=show)
        sources = len(store.load_raw_sources())
        try:
            flows = store.load_flows()
            held = f"{_plural(len(flows), 'flow')}, "
            held += _plural(sum(len(f.events) for f in flows), "event")
        except CurationError as exc:
            held = f"flows unavailable: {exc}"
    warnings = sum(len(f.warnings) for f in report.files)
    print(
        f"total: {_plural(len(report.files), 'file')}: {report.count('added')} added, "
        f"{report.count('duplicate')} duplicate, {report.count('failed')} failed, "
        f"{_plural(warnings, 'warning')}; store holds {_plural(sources, 'source')}, {held}",
        file=out,
    )
    for failed in report.failed:
        print(f"failed: {failed.error}", file=args.stderr)
    return 1 if report.failed else 0


def cmd_flows(args: argparse.Namespace) -> int:
    with Store.open(args.db) as store:
        rules = load_curation(args.curation) if args.curation else store.load_curation()
        sources = apply_source_curation(store.load_raw_sources(), rules)
        flows, warnings = build_flows_with_warnings(sources, store.load_claims(), rules)
    for warning in warnings:
        print(f"warning: {warning}", file=args.stderr)
    if args.fmt == "json":
        text = json.dumps(flows_to_json(sources, flows), ensure_ascii=False, indent=2)
    elif args.fmt == "csv":
        text = flows_to_csv(sources, flows)
    else:
        text = flows_to_geojson(sources, flows)
    _write_output(text, args.out, args.stdout)
    return 0


def _max_bytes(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number of bytes: {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be positive")
    return number


def build_parser(argv: Sequence[str] = ()) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m dashboard",
        description="Arms Flow Atlas: ingest articles, read flows back, export views, serve.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    ingest = sub.add_parser(
        "ingest",
        help="ingest article files or folders (.txt, .md, .html) into the store",
        description="Ingest articles (with NAME.meta.json sidecars); a curation.yaml in an "
        "ingested folder becomes the store's curation. Exits 1 if any file failed.",
    )
    ingest.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    ingest.add_argument("--db", default=None, help="store URL (default: $ATLAS_DB or data/)")
    ingest.add_argument(
        "--max-bytes",
        type=_max_bytes,
        default=DEFAULT_MAX_BYTES,
        help=f"refuse larger files (default {DEFAULT_MAX_BYTES})",
    )
    ingest.set_defaults(func=cmd_ingest)

    flows = sub.add_parser(
        "flows",
        help="print the flows with their evidence as JSON, CSV or GeoJSON",
        description="Aggregated, curated flows; JSON is {'sources': [...], 'flows': [...]}.",
    )
    fmt = flows.add_mutually_exclusive_group(required=True)
    fmt.add_argument("--json", dest="fmt", action="store_const", const="json")
    fmt.add_argument("--csv", dest="fmt", action="store_const", const="csv")
    fmt.add_argument("--geojson", dest="fmt", action="store_const", const="geojson")
    flows.add_argument("--db", default=None, help="store URL (default: $ATLAS_DB or data/)")
    flows.add_argument("--out", type=Path, default=None, help="write to FILE, not stdout")
    flows.add_argument(
        "--curation", type=Path, default=None, help="apply this curation file, not the stored one"
    )
    flows.set_defaults(func=cmd_flows)

    wants_export = "export" in argv[:1]
    if wants_export:
        try:
            from dashboard.export import add_export_parser
        except ImportError as exc:  # the exporters are optional at this layer
            parser.exit(2, f"error: export is not available: {exc}\n")
        add_export_parser(sub)
    else:
        sub.add_parser(
            "export",
            help="export a view as PNG/SVG/PDF/HTML/CSV/GeoJSON or a brief (see `export --help`)",
            add_help=False,
        )

    sub.add_parser(
        "serve",
        help="start the dashboard (see `serve --help`)",
        add_help=False,
    )
    return parser


def main(argv: Sequence[str] | None = None, stdout: TextIO | None = None) -> int:
    """Entry point; returns the exit code (2 for problems the user must fix)."""
    argv = list(sys.argv[1:] if argv is None else argv)
    stdout = stdout or sys.stdout
    if argv[:1] == ["serve"]:
        try:
            from dashboard.app_factory import main as serve
        except ImportError as exc:
            print(f"error: the dashboard is not available: {exc}", file=sys.stderr)
            return 2
        serve(argv[1:])  # returns None: it runs the server until it stops
        return 0
    parser = build_parser(argv)
    args = parser.parse_args(argv)
    args.stdout, args.stderr = stdout, sys.stderr
    try:
        return int(args.func(args) or 0)
    except (StoreError, CurationError, InputError) as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
