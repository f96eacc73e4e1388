"""What the analyst is looking at: the state shared by the URL, the dashboard and exports.

A ``View`` round-trips through a URL query string (``?date=2020-11-01&flow=can-tur``), so
a bookmarked or shared link, the export command line and the dashboard all mean the same view.
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass, replace
from datetime import date
from typing import Any
from urllib.parse import parse_qs, urlencode

from dashboard.model import EVENT_KINDS


@dataclass(frozen=True)
class View:
    # datetime.date, not date: in the class body "date" names this field
    date: datetime.date | None = None  # as-of date: the map shows each flow's state on this day
    window_start: datetime.date | None = None  # optional time window (brush on the timeline)
    window_end: datetime.date | None = None
    flow: str | None = None  # selected flow id, e.g. "can-tur"
    kinds: tuple[str, ...] = ()  # event kinds to show; empty means all
    countries: tuple[str, ...] = ()  # ISO3 codes, as supplier or recipient; empty means all
    query: str = ""  # free-text search over excerpts

    def with_(self, **changes: Any) -> View:
        return replace(self, **changes)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def view_from_query(query: str) -> View:
    """Parse a URL query (with or without the leading '?'); unknown or bad values are ignored."""
    params = parse_qs(query.lstrip("?"), keep_blank_values=False)

    def one(name: str) -> str | None:
        values = params.get(name)
        return values[0] if values else None

    def many(name: str) -> tuple[str, ...]:
        out: list[str] = []
        for value in params.get(name, []):
            out.extend(v for v in value.split(",") if v)
        return tuple(out)

    window = (one("window") or "").split("/")
    return View(
        date=_date(one("date")),
        window_start=_date(window[0]) if len(window) == 2 else None,
        window_end=_date(window[1]) if len(window) == 2 else None,
        flow=one("flow") or None,
        kinds=tuple(k for k in many("kind") if k in EVENT_KINDS),
        countries=tuple(c.upper() for c in many("country") if c.isalpha() and len(c) == 3),
        query=one("q") or "",
    )


def view_to_query(view: View) -> str:
    """The URL query for a view, with '?' when non-empty; omits defaults so links stay short."""
    params: dict[str, str] = {}
    if view.date:
        params["date"] = view.date.isoformat()
    if view.window_start and view.window_end:
        params["window"] = f"{view.window_start.isoformat()}/{view.window_end.isoformat()}"
    if view.flow:
        params["flow"] = view.flow
    if view.kinds:
        params["kind"] = ",".join(view.kinds)
    if view.countries:
        params["country"] = ",".join(view.countries)
    if view.query:
        params["q"] = view.query
    return "?" + urlencode(params, safe=",/") if params else ""
