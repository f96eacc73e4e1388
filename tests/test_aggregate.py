"""Corroboration: claims about the same happening become one event with every excerpt."""

from __future__ import annotations

from datetime import date

from dashboard.aggregate import (
    aggregate_claims,
    build_flows,
    count_flows_and_events,
    event_id,
    independent_sources,
)
from tests.conftest import make_claim, make_source

A = make_source("A\n\nCanada suspended permits to Turkey. Optics went to Baku.", "EurAsian Times")
B = make_source("B\n\nOttawa halted exports to Ankara in October.", None)
C = make_source("C\n\nCanada froze Turkey permits, it is alleged.", None)
D = make_source("D\n\nCanadian halt on Turkey exports.", "EurAsian Times")


def test_overlapping_claims_merge_into_one_event_with_all_evidence() -> None:
    claims = [
        make_claim(
            B,
            "Ottawa halted exports",
            "CAN",
            "TUR",
            "suspension",
            "2020-10-01",
            "2020-10-31",
            "month",
            attribution="Garneau",
        ),
        make_claim(
            A,
            "Canada suspended permits",
            "CAN",
            "TUR",
            "suspension",
            "2020-10-05",
            precision="day",
            items=("optics",),
            hedged=True,
        ),
        make_claim(
            C,
            "Canada froze Turkey",
            "CAN",
            "TUR",
            "suspension",
            "2020-01-01",
            "2020-12-31",
            "year",
            items=("optics", "drones"),
            hedged=True,
        ),
    ]
    (flow,) = build_flows([A, B, C], claims)
    assert flow.id == "can-tur"
    (event,) = flow.events
    assert [e.source_id for e in event.evidence] == sorted([A.id, B.id, C.id])
    assert event.date.precision == "day" and event.date.start == date(2020, 10, 5)
    assert event.items == tuple(
        dict.fromkeys(i for c in sorted(claims, key=lambda c: c.excerpt.source_id) for i in c.items)
    )
    assert event.hedged is False  # B states it as fact
    assert event.attribution == "Garneau"
    assert event.id == event_id("can-tur", "suspension", date(2020, 10, 5), date(2020, 10, 5))
    assert independent_sources(event, [A, B, C]) == 3


def test_same_outlet_counts_once_and_no_outlet_counts_alone() -> None:
    claims = [
        make_claim(A, "Canada suspended permits", "CAN", "TUR", "suspension"),
        make_claim(D, "Canadian halt", "CAN", "TUR", "suspension"),
        make_claim(B, "Ottawa halted exports", "CAN", "TUR", "suspension"),
    ]
    (event,) = build_flows([A, B, D], claims)[0].events
    assert event.date.start is None  # both unknown → merged
    assert independent_sources(event, {s.id: s for s in (A, B, D)}) == 2


def test_different_dates_or_kinds_stay_separate_and_sorted() -> None:
    claims = [
        make_claim(
            A, "Canada suspended permits", "CAN", "TUR", "suspension", "2020-10-01", "2020-10-31"
        ),
        make_claim(
            B, "Ottawa halted exports", "CAN", "TUR", "suspension", "2019-10-01", "2019-10-31"
        ),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "cancellation"),
        make_claim(
            D, "Canadian halt", "CAN", "TUR", "resumption", "2020-03-01", "2020-05-31", "season"
        ),
        make_claim(A, "Optics went to Baku", "TUR", "AZE", "diversion"),
    ]
    flows = build_flows([A, B, C, D], claims)
    assert [f.id for f in flows] == ["can-tur", "tur-aze"]
    kinds = [(e.kind, e.date.start) for e in flows[0].events]
    assert kinds == [
        ("suspension", date(2019, 10, 1)),
        ("resumption", date(2020, 3, 1)),
        ("suspension", date(2020, 10, 1)),
        ("cancellation", None),
    ]


def test_hedged_only_when_every_source_hedges() -> None:
    claims = [
        make_claim(A, "Canada suspended permits", "CAN", "TUR", "suspension", hedged=True),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "suspension", hedged=True),
    ]
    assert build_flows([A, C], claims)[0].events[0].hedged is True


def test_self_flows_are_dropped() -> None:
    claims = [make_claim(A, "Canada suspended permits", "CAN", "CAN", "suspension")]
    assert build_flows([A], claims) == []


def test_output_is_deterministic_whatever_the_claim_order() -> None:
    claims = [
        make_claim(A, "Canada suspended permits", "CAN", "TUR", "suspension", "2020-10-01"),
        make_claim(
            B, "Ottawa halted exports", "CAN", "TUR", "suspension", "2020-10-01", "2020-10-31"
        ),
        make_claim(A, "Optics went to Baku", "TUR", "AZE", "diversion"),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "cancellation"),
    ]
    first = build_flows([A, B, C], claims)
    assert build_flows([C, B, A], list(reversed(claims))) == first


def test_claims_stating_different_figures_stay_separate_events() -> None:
    """'Up sixfold last year' and '$77 million in September' overlap in time but differ."""
    e = make_source("E\n\nExports to Azerbaijan rose sixfold. Sales hit $77 million.", "Wire")
    f = make_source("F\n\nTurkish exports to Baku increased six times.", "Daily")
    claims = [
        make_claim(
            e,
            "Exports to Azerbaijan rose sixfold",
            "TUR",
            "AZE",
            "transfer",
            "2020-01-01",
            "2020-12-31",
            "year",
            quantity="sixfold",
        ),
        make_claim(
            e,
            "Sales hit $77 million",
            "TUR",
            "AZE",
            "transfer",
            "2020-09-01",
            "2020-09-30",
            "month",
            value="$77 million",
        ),
        make_claim(
            f,
            "Turkish exports to Baku increased six times",
            "TUR",
            "AZE",
            "transfer",
            "2020-01-01",
            "2020-12-31",
            "year",
            quantity="six times",
        ),
    ]
    (flow,) = build_flows([e, f], claims)
    by_value = {ev.value: ev for ev in flow.events}
    assert set(by_value) == {None, "$77 million"}
    assert independent_sources(by_value[None], [e, f]) == 2
    assert by_value["$77 million"].date.start == date(2020, 9, 1)
    assert independent_sources(by_value["$77 million"], [e, f]) == 1


def test_counts_match_the_flows_and_events_aggregation_builds() -> None:
    """The ingest report counts without aggregating; the counts must be what the map shows."""
    claims = [
        make_claim(A, "Canada suspended permits", "CAN", "TUR", "suspension", "2020-10-05"),
        make_claim(
            B, "Ottawa halted exports", "CAN", "TUR", "suspension", "2020-10-01", "2020-10-31"
        ),
        make_claim(B, "Ottawa halted exports", "CAN", "TUR", "suspension", "2021-03-01"),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "transfer", "2020-01-01"),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "transfer", "2020-01-01", value="$1"),
        make_claim(C, "Canada froze Turkey", "CAN", "TUR", "transfer", "2020-01-01", value="$2"),
        make_claim(A, "Optics went to Baku", "CAN", "AZE", "diversion"),
        make_claim(A, "Optics went to Baku", "AZE", "AZE", "diversion"),  # self-flow: dropped
    ]
    flows = aggregate_claims(claims)
    assert count_flows_and_events(claims) == (len(flows), sum(len(f.events) for f in flows))
    assert count_flows_and_events(claims) == (2, 5)
    assert count_flows_and_events([]) == (0, 0)
