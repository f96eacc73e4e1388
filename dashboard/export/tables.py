"""CSV and GeoJSON of the flows and events a view shows, one row per piece of evidence.

Each row (feature) carries its evidence: the excerpt text and offsets, and the source's id,
note number, title, outlet and date, so a spreadsheet or GIS user can check every claim.
Cells that a spreadsheet would read as a formula are neutralised with a leading apostrophe.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import Any

from dashboard.export.evidence import ShownFlow, SourceRef
from dashboard.model import Source

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
    "curation",
    "note",
    "source_number",
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
    """Text safe to open in a spreadsheet: a formula-like start gets a leading apostrophe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


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
                "curation": event.curation,
                "note": event.note,
            }
            for excerpt in event.evidence or (None,):
                row = dict.fromkeys(COLUMNS)
                row.update(base)
                if excerpt is not None:
                    source = by_id.get(excerpt.source_id)
                    row.update(
                        {
                            "source_number": numbers.get(excerpt.source_id),
                            "source_id": excerpt.source_id,
                            "excerpt_start": excerpt.start,
                            "excerpt_end": excerpt.end,
                            "excerpt": excerpt.text,
                        }
                    )
                    if source is not None:
                        row.update(
                            {
                                "source_title": source.title,
                                "source_outlet": source.outlet,
                                "source_published": _iso(source.published),
                                "source_published_note": source.published_note,
                                "source_url": source.url,
                            }
                        )
                rows.append(row)
    return rows


def build_csv(rows: Sequence[Mapping[str, Any]]) -> bytes:
    """UTF-8 CSV (with BOM, so Excel reads the accents), every cell neutralised."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in rows:
        writer.writerow([neutralise_cell(row.get(col)) for col in COLUMNS])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


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
