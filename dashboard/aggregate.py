"""Claims (+ curation) → flows with corroborated events.

Each source's claims stay separate in the store; here claims about the same happening
(same flow, same kind, overlapping dates) become one event carrying every source's excerpt,
so the map can say how many independent outlets support it. Pure and deterministic: the
same claims always give the same flows, event ids and ordering.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from typing import TYPE_CHECKING

from dashboard.model import Claim, DateRange, Event, Excerpt, Flow, Source, flow_id

if TYPE_CHECKING:
    from dashboard.curation import CurationRules

PRECISION_RANK: dict[str, int] = {
    "day": 0,
    "week": 1,
    "month": 2,
    "season": 3,
    "quarter": 4,
    "year": 5,
    "unknown": 6,
}


def event_id(flow: str, kind: str, start: date | None, end: date | None) -> str:
    """Deterministic, so URLs and exports can refer to an event across re-ingests."""
    key = f"{flow}|{kind}|{start.isoformat() if start else ''}|{end.isoformat() if end else ''}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:12]


def event_sort_key(event: Event) -> tuple[bool, date, date, str, str]:
    """By date, unknown dates last; ties broken by kind and id for stable output."""
    return (
        event.date.start is None,
        event.date.start or date.max,
        event.date.end or date.max,
        event.kind,
        event.id,
    )


def _sources_by_id(sources: Mapping[str, Source] | Iterable[Source]) -> Mapping[str, Source]:
    if isinstance(sources, Mapping):
        return sources
    return {s.id: s for s in sources}


def _outlet_key(source_id: str, sources: Mapping[str, Source]) -> str:
    source = sources.get(source_id)
    outlet = (source.outlet or "").strip().casefold() if source else ""
    return f"outlet:{outlet}" if outlet else f"source:{source_id}"


def independent_sources(event: Event, sources: Mapping[str, Source] | Iterable[Source]) -> int:
    """Distinct outlets behind an event; a source with no outlet counts as its own."""
    by_id = _sources_by_id(sources)
    return len({_outlet_key(sid, by_id) for sid in event.source_ids})


def flow_independent_sources(flow: Flow, sources: Mapping[str, Source] | Iterable[Source]) -> int:
    """Distinct outlets behind any event of the flow."""
    by_id = _sources_by_id(sources)
    return len({_outlet_key(e.source_id, by_id) for ev in flow.events for e in ev.evidence})


def _claim_sort_key(claim: Claim) -> tuple[object, ...]:
    return (
        claim.date.start is None,
        claim.date.start or date.max,
        claim.date.end or date.max,
        claim.excerpt.source_id,
        claim.excerpt.start,
        claim.excerpt.end,
    )


def _figures(claim: Claim) -> frozenset[str]:
    """The figures a claim states: a value ('$77 million') or a multiplier/quantity ('sixfold')."""
    if claim.value:
        return frozenset({f"value:{claim.value}"})
    if claim.quantity:
        return frozenset({"quantity"})
    return frozenset()


def _clusters(claims: Sequence[Claim]) -> list[list[Claim]]:
    """Connected components of 'date ranges overlap' (union-find), kept apart by their figures.

    Two claims that state different figures ('sixfold last year' and '$77 million in
    September') are different facts even when their dates overlap, so a cluster never holds
    two distinct figures; a claim without figures joins the first compatible cluster.
    """
    parent = list(range(len(claims)))
    figures = [_figures(c) for c in claims]

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(claims)):
        for j in range(i + 1, len(claims)):
            ri, rj = root(i), root(j)
            if ri == rj or not claims[i].date.overlaps(claims[j].date):
                continue
            if len(figures[ri] | figures[rj]) > 1:
                continue
            parent[rj] = ri
            figures[ri] = figures[ri] | figures[rj]
    groups: dict[int, list[Claim]] = defaultdict(list)
    for i, claim in enumerate(claims):
        groups[root(i)].append(claim)
    return [groups[k] for k in sorted(groups)]


def _merged_date(claims: Sequence[Claim]) -> DateRange:
    """The most precise claim's range: 'on Monday' beats 'last year' for the same event."""
    best = min(claims, key=lambda c: (PRECISION_RANK.get(c.date.precision, 9), _claim_sort_key(c)))
    return best.date


def merge_claims(flow: str, claims: Sequence[Claim]) -> Event:
    """One event from claims already known to describe the same happening."""
    ordered = sorted(claims, key=lambda c: (c.excerpt.source_id, c.excerpt.start, c.excerpt.end))
    evidence: tuple[Excerpt, ...] = tuple(dict.fromkeys(c.excerpt for c in ordered))
    when = _merged_date(claims)
    kind = claims[0].kind
    return Event(
        id=event_id(flow, kind, when.start, when.end),
        kind=kind,
        date=when,
        evidence=evidence,
        items=tuple(dict.fromkeys(i for c in ordered for i in c.items)),
        quantity=next((c.quantity for c in ordered if c.quantity), None),
        value=next((c.value for c in ordered if c.value), None),
        attribution="; ".join(dict.fromkeys(c.attribution for c in ordered if c.attribution))
        or None,
        hedged=all(c.hedged for c in claims),
        warnings=tuple(dict.fromkeys(w for c in ordered for w in c.warnings)),
    )


def _claims_by_flow(claims: Iterable[Claim]) -> dict[str, list[Claim]]:
    """Claims per flow id, each list in date order; self-flows are dropped."""
    by_flow: dict[str, list[Claim]] = defaultdict(list)
    for claim in claims:
        if claim.origin.key == claim.destination.key:
            continue
        by_flow[flow_id(claim.origin, claim.destination)].append(claim)
    return {fid: sorted(by_flow[fid], key=_claim_sort_key) for fid in sorted(by_flow)}


def _event_groups(flow_claims: Sequence[Claim]) -> list[list[Claim]]:
    """One flow's claims grouped into events: by kind, then by overlapping dates."""
    by_kind: dict[str, list[Claim]] = defaultdict(list)
    for claim in flow_claims:
        by_kind[claim.kind].append(claim)
    return [group for kind in sorted(by_kind) for group in _clusters(by_kind[kind])]


def aggregate_claims(claims: Iterable[Claim]) -> list[Flow]:
    """Flows from claims alone (no curation); self-flows are dropped as meaningless arcs."""
    flows: list[Flow] = []
    for fid, flow_claims in _claims_by_flow(claims).items():
        first = min(flow_claims, key=lambda c: (c.excerpt.source_id, c.excerpt.start))
        events = [merge_claims(fid, group) for group in _event_groups(flow_claims)]
        flows.append(
            Flow(first.origin, first.destination, tuple(sorted(events, key=event_sort_key)))
        )
    return flows


def count_flows_and_events(claims: Iterable[Claim]) -> tuple[int, int]:
    """How many flows and events ``aggregate_claims`` would build, without building them
    (the ingest report only counts; merging evidence was a tenth of its store time)."""
    by_flow = _claims_by_flow(claims)
    return len(by_flow), sum(len(_event_groups(c)) for c in by_flow.values())


def build_flows_with_warnings(
    sources: Mapping[str, Source] | Iterable[Source],
    claims: Iterable[Claim],
    curation: CurationRules | None = None,
) -> tuple[list[Flow], list[str]]:
    """Flows plus curation warnings (rules that matched nothing), for the CLI to show."""
    from dashboard.curation import apply_event_curation

    flows = aggregate_claims(claims)
    if curation is None:
        return flows, []
    by_id = _sources_by_id(sources)
    return apply_event_curation(flows, by_id, curation)


def build_flows(
    sources: Mapping[str, Source] | Iterable[Source],
    claims: Iterable[Claim],
    curation: CurationRules | None = None,
) -> list[Flow]:
    """Flows sorted by id, each with events sorted by date (unknown last), curation applied."""
    return build_flows_with_warnings(sources, claims, curation)[0]
