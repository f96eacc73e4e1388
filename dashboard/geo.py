"""Great-circle geometry for flows: the only module that imports pyproj/geopandas.

Arcs are computed once per data load and reused by the map, the GeoJSON export and the
dashboard's precomputed geometry store, so slider moves never recompute geometry.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from pyproj import Geod

from dashboard.model import Flow, Place

if TYPE_CHECKING:
    import geopandas

_GEOD = Geod(ellps="WGS84")


def arc_coordinates(origin: Place, destination: Place, n: int = 32) -> list[tuple[float, float]]:
    """(lon, lat) points along the great circle from origin to destination, both included.

    ``n`` is the total number of points (at least 2). Longitudes are unwrapped so that
    consecutive points never jump by more than 180°: an arc crossing the antimeridian goes
    e.g. 179 → 181 rather than 179 → -179, which plotly's geo projections draw as the short
    way round instead of a line across the whole map. Use :func:`split_antimeridian` for
    consumers (GeoJSON) that need longitudes within [-180, 180].
    """
    n = max(2, int(n))
    start = (origin.lon, origin.lat)
    end = (destination.lon, destination.lat)
    if (origin.lon, origin.lat) == (destination.lon, destination.lat):
        return [start] * n
    middle = _GEOD.npts(origin.lon, origin.lat, destination.lon, destination.lat, n - 2)
    points = [start, *middle, end]
    out: list[tuple[float, float]] = []
    prev_lon: float | None = None
    for lon, lat in points:
        lon = float(lon)
        if prev_lon is not None:
            while lon - prev_lon > 180.0:
                lon -= 360.0
            while lon - prev_lon < -180.0:
                lon += 360.0
        out.append((lon, float(lat)))
        prev_lon = lon
    return out


def split_antimeridian(coords: Sequence[tuple[float, float]]) -> list[list[tuple[float, float]]]:
    """Split unwrapped (lon, lat) points into parts whose longitudes lie within [-180, 180].

    At each crossing of ±180° the latitude is interpolated so both parts meet the meridian,
    as RFC 7946 asks of GeoJSON lines that cross it.
    """
    pts = list(coords)
    if len(pts) < 2:
        return [pts + pts] if pts else []
    parts: list[list[tuple[float, float]]] = []
    current: list[tuple[float, float]] = []
    for i, (lon, lat) in enumerate(pts):
        band = math.floor((lon + 180.0) / 360.0)
        if i:
            plon, plat = pts[i - 1]
            pband = math.floor((plon + 180.0) / 360.0)
            if band != pband:
                eastward = band > pband
                boundary = max(band, pband) * 360.0 - 180.0
                t = (boundary - plon) / (lon - plon)
                cross_lat = plat + t * (lat - plat)
                current.append((180.0 if eastward else -180.0, cross_lat))
                parts.append(current)
                current = [(-180.0 if eastward else 180.0, cross_lat)]
        current.append((lon - band * 360.0, lat))
    parts.append(current)
    return [p for p in parts if len(p) >= 2]


def flow_properties(flow: Flow) -> dict[str, Any]:
    """Flat, export-friendly properties of a flow (one GeoJSON feature / CSV row)."""
    events = sorted(
        flow.events,
        key=lambda e: (e.date.start is None, e.date.start or 0, e.id),
    )
    sources = {x.source_id for e in flow.events for x in e.evidence}
    starts = [e.date.start for e in events if e.date.start]
    ends = [e.date.end for e in events if e.date.end]
    return {
        "id": flow.id,
        "origin": flow.origin.name,
        "origin_iso3": flow.origin.iso3,
        "destination": flow.destination.name,
        "destination_iso3": flow.destination.iso3,
        "kinds": ",".join(dict.fromkeys(e.kind for e in events)),
        "events": len(events),
        "sources": len(sources),
        "first_date": min(starts).isoformat() if starts else None,
        "last_date": max(ends).isoformat() if ends else None,
    }


def flows_to_geodataframe(flows: Sequence[Flow], n: int = 32) -> geopandas.GeoDataFrame:
    """Flows as great-circle LineStrings (MultiLineStrings across the antimeridian), EPSG:4326."""
    import geopandas
    from shapely.geometry import LineString, MultiLineString

    rows: list[dict[str, Any]] = []
    geoms: list[Any] = []
    for flow in flows:
        parts = split_antimeridian(arc_coordinates(flow.origin, flow.destination, n))
        geom = LineString(parts[0]) if len(parts) == 1 else MultiLineString(parts)
        rows.append(flow_properties(flow))
        geoms.append(geom)
    columns = list(rows[0]) if rows else list(_EMPTY_COLUMNS)
    return geopandas.GeoDataFrame(rows, columns=columns, geometry=geoms, crs="EPSG:4326")


_EMPTY_COLUMNS = (
    "id",
    "origin",
    "origin_iso3",
    "destination",
    "destination_iso3",
    "kinds",
    "events",
    "sources",
    "first_date",
    "last_date",
)


def arrival_bearing(origin: Place, destination: Place) -> float:
    """Compass bearing (degrees clockwise from north) of travel on arrival at destination.

    The map's arrowhead uses it with ``marker.angleref="north"``, so the arrow points along
    the great circle whatever the projection.
    """
    if (origin.lon, origin.lat) == (destination.lon, destination.lat):
        return 0.0
    _fwd, back, _dist = _GEOD.inv(origin.lon, origin.lat, destination.lon, destination.lat)
    return (float(back) + 180.0) % 360.0
