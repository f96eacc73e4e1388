"""Great-circle arcs and the GeoDataFrame the GeoJSON export is built from."""

from __future__ import annotations

import math
from itertools import pairwise

from dashboard.geo import arc_coordinates, flows_to_geodataframe, split_antimeridian
from dashboard.model import Flow, Place

CANADA = Place("Canada", "CAN", "country", 60.0, -95.0)
TURKEY = Place("Turkey", "TUR", "country", 39.0, 35.0)
JAPAN = Place("Japan", "JPN", "country", 36.0, 138.0)
USA = Place("United States", "USA", "country", 38.0, -97.0)
SAMOA = Place("Samoa", "WSM", "country", -13.8, -172.0)
FIJI = Place("Fiji", "FJI", "country", -18.0, 178.0)


def test_arc_starts_and_ends_at_the_places_and_has_n_points() -> None:
    arc = arc_coordinates(CANADA, TURKEY, n=32)
    assert len(arc) == 32
    assert arc[0] == (-95.0, 60.0)
    assert arc[-1] == (35.0, 39.0)


def test_arc_is_a_great_circle_not_a_straight_line() -> None:
    arc = arc_coordinates(CANADA, TURKEY, n=33)
    mid_lon, mid_lat = arc[16]
    # The great circle from Canada to Turkey bows north over the Atlantic/Arctic, well above
    # the straight-line midpoint latitude of 49.5°.
    assert mid_lat > 65.0
    assert -60.0 < mid_lon < 0.0


def test_arc_across_the_antimeridian_has_no_jump() -> None:
    arc = arc_coordinates(JAPAN, USA, n=40)
    steps = [abs(b[0] - a[0]) for a, b in pairwise(arc)]
    assert max(steps) < 30.0
    # Goes east over the Pacific: longitudes increase past 180.
    assert arc[len(arc) // 2][0] > 180.0
    assert math.isclose(arc[-1][0] - 360.0, -97.0)


def test_split_antimeridian_keeps_longitudes_in_range() -> None:
    parts = split_antimeridian(arc_coordinates(SAMOA, FIJI, n=16))
    assert len(parts) == 2
    assert parts[0][-1][0] == -180.0 and parts[1][0][0] == 180.0
    assert parts[0][-1][1] == parts[1][0][1]
    assert all(-180.0 <= lon <= 180.0 for part in parts for lon, _ in part)
    assert parts[1][-1] == (178.0, -18.0)


def test_flows_to_geodataframe_has_lines_and_properties() -> None:
    gdf = flows_to_geodataframe([Flow(CANADA, TURKEY), Flow(JAPAN, USA)])
    assert list(gdf["id"]) == ["can-tur", "jpn-usa"]
    assert gdf.crs.to_epsg() == 4326
    assert gdf.geometry.iloc[0].geom_type == "LineString"
    assert gdf.geometry.iloc[1].geom_type == "MultiLineString"
    assert gdf.geometry.iloc[0].coords[0] == (-95.0, 60.0)


def test_flows_to_geodataframe_empty() -> None:
    gdf = flows_to_geodataframe([])
    assert len(gdf) == 0
    assert "id" in gdf.columns
