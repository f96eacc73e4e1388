"""Hand-made flows and a minimal map figure, for tests that must not depend on extraction."""

from __future__ import annotations

from datetime import date

import plotly.graph_objects as go

from dashboard.model import DateRange, Event, Excerpt, Flow, Place, Source

HOSTILE_TITLE = 'Report <script>alert(1)</script> <img src=x onerror="alert(2)"> <b>bold</b>'
HOSTILE_EXCERPT = (
    'Optics were =cmd|" /C calc"!A0 shipped <a href="javascript:alert(3)">here</a> '
    "<script>alert(4)</script>"
)

CAN = Place("Canada", "CAN", "country", 56.0, -106.0)
TUR = Place("Turkey", "TUR", "country", 39.0, 35.0)
AZE = Place("Azerbaijan", "AZE", "country", 40.5, 47.5)
LBY = Place("Libya", "LBY", "country", 27.0, 17.0)


def _source(sid: str, title: str, text: str, outlet: str | None, published: date) -> Source:
    return Source(
        id=sid,
        title=title,
        text=text,
        outlet=outlet,
        published=published,
        published_note="inferred by analyst",
    )


def _excerpt(source: Source, phrase: str) -> Excerpt:
    start = source.text.index(phrase)
    return Excerpt(source.id, start, start + len(phrase), phrase)


def handmade_data() -> tuple[list[Flow], list[Source]]:
    """Canada → Turkey → Azerbaijan/Libya, one hostile source among them."""
    s1 = _source(
        "s1",
        "Canada cancels permits",
        "Canada suspended export permits to Turkey in October 2019. "
        "Canada cancelled the permits on 12 April 2021.",
        "Example Times",
        date(2021, 4, 12),
    )
    s2 = _source(
        "s2", HOSTILE_TITLE, HOSTILE_EXCERPT + " Azerbaijan used them.", None, date(2021, 4, 13)
    )
    s3 = _source(
        "s3",
        "Drones in Libya",
        "Turkey diverted drones to Libya in 2019.",
        '=HYPERLINK("http://evil")',
        date(2020, 1, 5),
    )
    can_tur = Flow(
        CAN,
        TUR,
        (
            Event(
                "e1",
                "suspension",
                DateRange(date(2019, 10, 1), date(2019, 10, 31), "month"),
                (_excerpt(s1, "Canada suspended export permits to Turkey"),),
            ),
            Event(
                "e2",
                "cancellation",
                DateRange(date(2021, 4, 12), date(2021, 4, 12), "day"),
                (_excerpt(s1, "Canada cancelled the permits on 12 April 2021"),),
            ),
        ),
    )
    tur_aze = Flow(
        TUR,
        AZE,
        (
            Event(
                "e3",
                "diversion",
                DateRange(date(2020, 9, 1), date(2020, 11, 30), "season"),
                (_excerpt(s2, HOSTILE_EXCERPT),),
            ),
        ),
    )
    tur_lby = Flow(
        TUR,
        LBY,
        (
            Event(
                "e4",
                "diversion",
                DateRange(date(2019, 1, 1), date(2019, 12, 31), "year"),
                (_excerpt(s3, "Turkey diverted drones to Libya"),),
            ),
        ),
    )
    return [can_tur, tur_aze, tur_lby], [s1, s2, s3]


ARC_COLOUR = (214, 39, 40)
LAND_COLOUR = (221, 221, 221)


def handmade_map_figure(flows: list[Flow]) -> go.Figure:
    """A stand-in for figures.build_map_figure: one red line per flow, flow id in customdata."""
    fig = go.Figure()
    for flow in flows:
        fig.add_trace(
            go.Scattergeo(
                lon=[flow.origin.lon, flow.destination.lon],
                lat=[flow.origin.lat, flow.destination.lat],
                mode="lines",
                line={"color": "rgb({},{},{})".format(*ARC_COLOUR), "width": 5},
                customdata=[flow.id, flow.id],
                name=flow.id,
            )
        )
    land = "rgb({},{},{})".format(*LAND_COLOUR)
    fig.update_geos(showland=True, landcolor=land, showcountries=True)
    return fig
