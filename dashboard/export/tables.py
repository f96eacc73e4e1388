"""CSV and GeoJSON of flows and their events, one row per piece of evidence.

The one CSV writer of the Atlas: the dashboard's CSV download, ``export --format csv`` and
``flows --csv`` all build their rows with :func:`evidence_rows` and write them with
:func:`csv_text`, so every CSV has the same columns (:data:`COLUMNS`) and the same escaping.

Each row (feature) carries its evidence: the excerpt text and offsets, and the source's id,
note number, citation, title, outlet and date, so a spreadsheet or GIS user can check every
claim. Article text is untrusted: a cell that a spreadsheet would run as a formula (it
starts, after any leading white space, with ``= + - @``, a tab or a carriage return) gets a
leading apostrophe (:func:`neutralise_cell`, OWASP's advice on CSV injection). The flows
JSON is the lossless interface; the CSV is for reading.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from dashboard.aggregate import independent_sources
from dashboard.export.evidence import ShownFlow, SourceRef, cite, number_sources
from dashboard.model import Flow, Source

COLUMNS: tuple[str, ...] = (
    "flow_id",
    "origin",
    "origin_iso3",
    "destination",
    "destination_iso3",
    "event_id",
    "kind",
    "date_start",
    "date_end",
    "precision",
    "date_phrase",
    "items",
    "quantity",
    "value",
    "attribution",
    "hedged",
    "independent_sources",
    "curation",
    "note",
    "warnings",
    "source_number",
    "citation",
    "source_id",
    "source_title",
    "source_outlet",
    "source_published",
    "source_published_note",
    "source_url",
    "excerpt_start",
    "excerpt_end",
    "excerpt",
)

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_cell(value: Any) -> str:
    """Text safe to open in a spreadsheet: a formula-like start gets a leading apostrophe.

    Leading spaces and line breaks are looked past, since some importers trim them.
    """
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.lstrip(" \n").startswith(_FORMULA_START) else text


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def evidence_rows(
    shown: Sequence[ShownFlow], refs: Sequence[SourceRef], sources: Iterable[Source]
) -> list[dict[str, Any]]:
    """One dict per (flow, event, excerpt); an event without excerpts gets one row."""
    by_id: Mapping[str, Source] = {s.id: s for s in sources}
    numbers = {ref.source.id: ref.number for ref in refs}
    rows: list[dict[str, Any]] = []
    for item in shown:
        flow = item.flow
        for event in item.events:
            base: dict[str, Any] = {
                "flow_id": flow.id,
                "origin": flow.origin.name,
                "origin_iso3": flow.origin.iso3,
                "destination": flow.destination.name,
                "destination_iso3": flow.destination.iso3,
                "event_id": event.id,
                "kind": event.kind,
                "date_start": _iso(event.date.start),
                "date_end": _iso(event.date.end),
                "precision": event.date.precision,
                "date_phrase": event.date.phrase,
                "items": "; ".join(event.items),
                "quantity": event.quantity,
                "value": event.value,
                "attribution": event.attribution,
                "hedged": event.hedged,
                "independent_sources": independent_sources(event, by_id),
                "curation": event.curation,
                "note": event.note,
                "warnings": "; ".join(event.warnings),
            }
            for excerpt in event.evidence or (None,):
                row = dict.fromkeys(COLUMNS)
                row.update(base)
                if excerpt is not None:
                    number = numbers.get(excerpt.source_id)
                    source = by_id.get(excerpt.source_id)
                    row.update(
                        {
                            "source_number": number,
                            "source_id": excerpt.source_id,
                            "excerpt_start": excerpt.start,
                            "excerpt_end": excerpt.end,
                            "excerpt": excerpt.text,
                        }
                    )
                    if source is not None:
                        row.update(
                            {
                                "citation": (f"[{number}] " if number else "") + cite(source),
                                "source_title": source.title,
                                "source_outlet": source.outlet,
                                "source_published": _iso(source.published),
                                "source_published_note": source.published_note,
                                "source_url": source.url,
                            }
                        )
                rows.append(row)
    return rows


def flow_rows(flows: Sequence[Flow], sources: Sequence[Source]) -> list[dict[str, Any]]:
    """Rows for every event of every flow, in the given order (``flows --csv``)."""
    shown = [ShownFlow(flow, flow.events) for flow in flows]
    return evidence_rows(shown, number_sources(shown, sources), sources)


def csv_text(rows: Sequence[Mapping[str, Any]]) -> str:
    """RFC 4180 CSV (CRLF, quoted as needed): header :data:`COLUMNS`, every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise_cell(row.get(col)) for col in COLUMNS])
    return buffer.getvalue()


def build_csv(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """A CSV download: :func:`csv_text` as UTF-8 with a BOM, so Excel reads the accents."""
    return ("\ufeff" + csv_text(rows)).encode("utf-8")


def build_geojson(shown: Sequence[ShownFlow], rows: Sequence[Mapping[str, Any]]) -> bytes:
    """GeoJSON FeatureCollection: one feature per CSV row, geometry = its flow's great circle.

    Geometry comes from ``dashboard.geo`` (the one module owning arc geometry); geopandas
    writes the file. Flows crossing the antimeridian become MultiLineStrings (RFC 7946).
    """
    import geopandas

    from dashboard.geo import flows_to_geodataframe

    arcs = flows_to_geodataframe([item.flow for item in shown])
    geometry_by_flow = dict(zip(arcs["id"], arcs.geometry, strict=True))
    records = [{col: row.get(col) for col in COLUMNS} for row in rows]
    frame = geopandas.GeoDataFrame(
        records,
        columns=list(COLUMNS),
        geometry=[geometry_by_flow[row["flow_id"]] for row in rows],
        crs="EPSG:4326",
    )
    text = frame.to_json(na="null", show_bbox=False, drop_id=True, ensure_ascii=False)
    # round-trip through json so the file is compact and deterministic
    return json.dumps(json.loads(text), ensure_ascii=False).encode("utf-8")
