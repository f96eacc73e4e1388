"""The state of every flow at a date, and the filters that decide which flows are shown.

Pure functions over ``Flow`` records, shared by the dashboard (server side, and as the
precomputed status steps its clientside slider callback binary-searches), the figures and
the exports, so "what the map shows on 1 Nov 2020" has exactly one definition.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable, Sequence
from datetime import date

from dashboard.model import Event, Flow
from dashboard.view import View

NOT_YET = "not yet active"

# Status a flow is in once an event of this kind has happened (until a later event).
STATUS_OF_KIND: dict[str, str] = {
    "transfer": "supplying",
    "resumption": "supplying",
    "suspension": "suspended",
    "cancellation": "cancelled",
    "denial": "denied",
    "embargo": "embargoed",
    "sanction": "sanctioned",
    "diversion": "diverted",
    "use": "used",
}

# Legend order; also the order traces are drawn in (later ones on top).
STATUSES: tuple[str, ...] = (
    NOT_YET,
    "supplying",
    "diverted",
    "used",
    "suspended",
    "denied",
    "sanctioned",
    "embargoed",
    "cancelled",
)

# When two events start on the same day, the more restrictive one decides the status.
_KIND_WEIGHT: dict[str, int] = {
    "transfer": 0,
    "resumption": 1,
    "diversion": 2,
    "use": 3,
    "suspension": 4,
    "denial": 5,
    "sanction": 6,
    "embargo": 7,
    "cancellation": 8,
}


def _event_key(event: Event) -> tuple[date, int, str]:
    assert event.date.start is not None
    return (event.date.start, _KIND_WEIGHT.get(event.kind, 0), event.id)


def status_steps(flow: Flow) -> list[tuple[date, str]]:
    """The days on which the flow's status changes, in order, with the status from then on.

    An event counts from the first day of its date range: an imprecise date ("October
    2019", "last fall") is in effect once it may have happened. A flow with no dated event
    at all gets a baseline in effect on every day (a step at ``date.min``; the most
    restrictive undated event wins), so "Turkey diverted optics to Libya" shows although the
    article gives no date. When a flow has dated events its undated ones (often the same
    events with an unresolved date) do not change its status: they would otherwise paint
    "cancelled" before anything happened. The dashboard sends these steps to the browser,
    so a slider move is a lookup.
    """
    dated = sorted((e for e in flow.events if e.date.start is not None), key=_event_key)
    undated = [e for e in flow.events if e.date.start is None]
    steps: list[tuple[date, str]] = []
    if undated and not dated:
        strongest = max(undated, key=lambda e: (_KIND_WEIGHT.get(e.kind, 0), e.id))
        steps.append((date.min, STATUS_OF_KIND.get(strongest.kind, "supplying")))
    for event in dated:
        status = STATUS_OF_KIND.get(event.kind, "supplying")
        assert event.date.start is not None
        if steps and steps[-1][0] == event.date.start:
            steps[-1] = (event.date.start, status)
        elif not steps or steps[-1][1] != status:
            steps.append((event.date.start, status))
    return steps


def status_at(flow: Flow, day: date | None) -> str:
    """The flow's status as of ``day`` (inclusive); ``day=None`` means "latest known"."""
    steps = status_steps(flow)
    if not steps:
        return NOT_YET
    if day is None:
        return steps[-1][1]
    status = NOT_YET
    for start, value in steps:
        if start > day:
            break
        status = value
    return status


def event_in_window(event: Event, start: date | None, end: date | None) -> bool:
    """Whether an event's date range overlaps the window; undated events never do."""
    if start is None or end is None:
        return True
    if event.date.start is None or event.date.end is None:
        return False
    return event.date.start <= end and start <= event.date.end


def _matches_query(event: Event, needle: str) -> bool:
    return any(needle in x.text.casefold() for x in event.evidence) or any(
        needle in item.casefold() for item in event.items
    )


def filter_flows(flows: Iterable[Flow], view: View) -> list[Flow]:
    """Flows (with only their matching events) that the view's filters and window keep.

    Kinds and the text search act on events (a flow stays if any event matches); countries
    act on the flow (supplier or recipient); the window keeps events overlapping it. A flow
    left with no events is dropped.
    """
    kinds = set(view.kinds)
    countries = {c.upper() for c in view.countries}
    needle = view.query.strip().casefold()
    out: list[Flow] = []
    for flow in flows:
        if countries and not (
            (flow.origin.iso3 or "").upper() in countries
            or (flow.destination.iso3 or "").upper() in countries
        ):
            continue
        events = tuple(
            e
            for e in flow.events
            if (not kinds or e.kind in kinds)
            and (not needle or _matches_query(e, needle))
            and event_in_window(e, view.window_start, view.window_end)
        )
        if not events:
            continue
        out.append(Flow(flow.origin, flow.destination, events))
    return out


def is_undated(flow: Flow) -> bool:
    """True when no event of the flow has a date: its status is a baseline, not a history."""
    return all(e.date.start is None for e in flow.events)


def date_bounds(flows: Iterable[Flow]) -> tuple[date, date] | None:
    """First start and last end over all dated events; None when nothing is dated."""
    starts: list[date] = []
    ends: list[date] = []
    for flow in flows:
        for event in flow.events:
            if event.date.start is not None:
                starts.append(event.date.start)
                ends.append(event.date.end or event.date.start)
    if not starts:
        return None
    return min(starts), max(ends)


def month_index(day: date) -> int:
    """Months since year 0: the slider's unit, so keyboard arrows step one month."""
    return day.year * 12 + day.month - 1


def month_start(index: int) -> date:
    return date(index // 12, index % 12 + 1, 1)


def month_end(index: int) -> date:
    year, month = index // 12, index % 12 + 1
    return date(year, month, calendar.monthrange(year, month)[1])


def month_range(flows: Sequence[Flow]) -> tuple[int, int]:
    """Slider bounds (month indices) from the first event to the last; today's month if none."""
    bounds = date_bounds(flows)
    if bounds is None:
        today = month_index(date.today())
        return today, today
    return month_index(bounds[0]), month_index(bounds[1])


def slider_date(index: int, pinned: date | None = None) -> date:
    """The as-of date for a slider position: a pinned day within that month, else month end.

    Month end, so that "April 2021" includes what happened in April (the cancellation of
    12 April); a pinned day (from the URL or a clicked event) keeps the exact date.
    """
    if pinned is not None and month_index(pinned) == index:
        return pinned
    return month_end(index)


def counts(flows: Sequence[Flow]) -> tuple[int, int]:
    """(flows, events) — what the dashboard's "shown" counter says."""
    return len(flows), sum(len(f.events) for f in flows)
