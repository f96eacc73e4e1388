"""What an export shows: the flows and events left by the view, and the numbered sources.

Every export format (figure source note, brief, HTML, CSV, GeoJSON) numbers sources the
same way, so "[2]" means the same article in the slide, the brief and the data files.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from dashboard.model import Event, Flow, Source
from dashboard.timeline import filter_flows, status_at
from dashboard.view import View


@dataclass(frozen=True)
class ShownFlow:
    """A flow with the events the view leaves visible, oldest first."""

    flow: Flow
    events: tuple[Event, ...]
    status: str = "supplying"  # timeline.status_at the view's date

    @property
    def id(self) -> str:
        return self.flow.id

    @property
    def label(self) -> str:
        return f"{self.flow.origin.name} → {self.flow.destination.name}"

    @property
    def latest(self) -> Event:
        """The event that sets the flow's state at the view's date (last dated one)."""
        dated = [e for e in self.events if e.date.start is not None]
        return dated[-1] if dated else self.events[-1]


@dataclass(frozen=True)
class SourceRef:
    """A source with its note number ("[n]") in this export."""

    number: int
    source: Source


def _event_key(event: Event) -> tuple[bool, date, str]:
    return (event.date.start is None, event.date.start or date.max, event.id)


def shown_flows(flows: Iterable[Flow], view: View) -> list[ShownFlow]:
    """Flows and events behind the arcs the view shows, with each flow's status at the date.

    The filters (kinds, countries, text search, window) are ``timeline.filter_flows``, the
    dashboard's own definition; on top, an event dated after the as-of date is not yet known
    and is left out, so a flow not yet active at that date has no evidence to cite.
    ``view.flow`` only highlights, it does not filter.
    """
    out: list[ShownFlow] = []
    for flow in filter_flows(flows, view):
        events = [
            e
            for e in flow.events
            if view.date is None or e.date.start is None or e.date.start <= view.date
        ]
        if events:
            status = status_at(flow, view.date)
            out.append(ShownFlow(flow, tuple(sorted(events, key=_event_key)), status))
    return sorted(out, key=lambda s: (_event_key(s.events[0]), s.id))


def number_sources(shown: Sequence[ShownFlow], sources: Iterable[Source]) -> list[SourceRef]:
    """Number the sources behind the shown events in order of first appearance."""
    by_id = {s.id: s for s in sources}
    order: dict[str, None] = {}
    for item in shown:
        for event in item.events:
            for excerpt in event.evidence:
                if excerpt.source_id in by_id:
                    order.setdefault(excerpt.source_id, None)
    return [SourceRef(n, by_id[sid]) for n, sid in enumerate(order, start=1)]


def ref_numbers(refs: Sequence[SourceRef]) -> Mapping[str, int]:
    return {ref.source.id: ref.number for ref in refs}


def format_date(d: date | None) -> str:
    """'13 Apr 2021': unambiguous in every locale a briefing may go to."""
    return f"{d.day} {d:%b %Y}" if d else "undated"


def format_event_date(event: Event) -> str:
    start, end = event.date.start, event.date.end
    if start is None:
        return "date unknown"
    if event.date.precision == "day" or end is None or end == start:
        return format_date(start)
    if event.date.precision == "month":
        return f"{start:%b %Y}"
    if event.date.precision == "year":
        return f"{start:%Y}"
    return f"{format_date(start)} – {format_date(end)}"


def cite(source: Source) -> str:
    """Plain-text citation: outlet, “title”, date (date inferred)."""
    outlet = source.outlet or "Outlet not stated"
    when = format_date(source.published)
    if source.published and source.published_note:
        when += " (date inferred)"
    return f"{outlet}, “{source.title}”, {when}"


def view_caption(view: View) -> str:
    """The 'as of' line of a briefing: the window if one is set, else the as-of date."""
    parts: list[str] = []
    if view.window_start and view.window_end:
        parts.append(f"Events {format_date(view.window_start)} – {format_date(view.window_end)}")
    if view.date:
        parts.append(f"As of {format_date(view.date)}")
    if not parts:
        parts.append("All dates")
    if view.kinds:
        parts.append("kinds: " + ", ".join(view.kinds))
    if view.countries:
        parts.append("countries: " + ", ".join(view.countries))
    if view.query:
        parts.append(f"search: “{view.query}”")
    return " · ".join(parts)
