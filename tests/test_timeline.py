"""Status at a date and the filters: what the map shows on a given day."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.model import DateRange, Event, Flow
from dashboard.timeline import (
    NOT_YET,
    date_bounds,
    filter_flows,
    month_end,
    month_index,
    month_range,
    slider_date,
    status_at,
    status_steps,
)
from dashboard.view import View
from tests.fixtures_flows import CANADA, TURKEY, seed_flows


def _flow(flow_id: str) -> Flow:
    return next(f for f in seed_flows() if f.id == flow_id)


@pytest.mark.parametrize(
    ("day", "status"),
    [
        ("2019-09-30", NOT_YET),
        ("2019-10-15", "suspended"),
        ("2020-02-29", "suspended"),
        ("2020-04-01", "supplying"),  # eased in spring 2020
        ("2020-11-01", "suspended"),  # suspended again in October 2020
        ("2020-11-30", "suspended"),
        ("2021-04-11", "suspended"),
        ("2021-04-12", "cancelled"),  # cancelled on 12 April 2021
        ("2022-01-01", "cancelled"),
    ],
)
def test_canada_turkey_status_through_time(day: str, status: str) -> None:
    assert status_at(_flow("can-tur"), date.fromisoformat(day)) == status


def test_latest_status_without_a_date() -> None:
    assert status_at(_flow("can-tur"), None) == "cancelled"


def test_undated_events_are_a_baseline_on_every_day() -> None:
    libya = _flow("tur-lby")
    assert status_at(libya, date(1990, 1, 1)) == "diverted"
    assert status_at(libya, date(2030, 1, 1)) == "diverted"


def test_same_day_events_the_more_restrictive_wins() -> None:
    day = DateRange(date(2020, 5, 1), date(2020, 5, 1), "day")
    flow = Flow(
        CANADA,
        TURKEY,
        (Event("a", "transfer", day, ()), Event("b", "embargo", day, ())),
    )
    assert status_steps(flow) == [(date(2020, 5, 1), "embargoed")]


def test_flow_without_events_is_not_yet_active() -> None:
    assert status_at(Flow(CANADA, TURKEY), date(2020, 1, 1)) == NOT_YET


def test_filter_by_kind_keeps_only_matching_events() -> None:
    shown = filter_flows(seed_flows(), View(kinds=("diversion",)))
    assert sorted(f.id for f in shown) == ["tur-aze", "tur-lby"]
    assert all(e.kind == "diversion" for f in shown for e in f.events)


def test_filter_by_country_as_supplier_or_recipient() -> None:
    shown = {f.id for f in filter_flows(seed_flows(), View(countries=("CAN",)))}
    assert shown == {"can-tur", "can-sau"}
    shown = {f.id for f in filter_flows(seed_flows(), View(countries=("aze",)))}
    assert shown == {"tur-aze"}


def test_text_search_over_excerpts_is_case_insensitive() -> None:
    shown = filter_flows(seed_flows(), View(query="END-USE assurances"))
    assert [f.id for f in shown] == ["can-tur"]
    assert [e.kind for e in shown[0].events] == ["cancellation"]


def test_window_keeps_overlapping_dated_events_only() -> None:
    view = View(window_start=date(2020, 3, 15), window_end=date(2020, 4, 30))
    shown = filter_flows(seed_flows(), view)
    by_id = {f.id: [e.kind for e in f.events] for f in shown}
    assert by_id == {"can-tur": ["resumption"], "tur-aze": ["transfer"]}
    # Inside the window the map says "supplying" for Canada → Turkey, not "cancelled".
    assert status_at(next(f for f in shown if f.id == "can-tur"), date(2021, 5, 1)) == "supplying"


def test_month_helpers_and_slider_date() -> None:
    assert date_bounds(seed_flows()) == (date(2019, 10, 1), date(2021, 4, 12))
    lo, hi = month_range(seed_flows())
    assert (lo, hi) == (month_index(date(2019, 10, 1)), month_index(date(2021, 4, 1)))
    april = month_index(date(2021, 4, 1))
    assert month_end(april) == date(2021, 4, 30)
    assert slider_date(april) == date(2021, 4, 30)
    assert slider_date(april, pinned=date(2021, 4, 12)) == date(2021, 4, 12)
    # A pinned day from another month does not leak into this one.
    assert slider_date(april, pinned=date(2020, 11, 1)) == date(2021, 4, 30)


def test_undated_events_do_not_colour_a_flow_that_has_dated_ones() -> None:
    dated = DateRange(date(2020, 10, 1), date(2020, 10, 31), "month")
    flow = Flow(
        CANADA,
        TURKEY,
        (
            Event("a", "suspension", dated, ()),
            Event("b", "cancellation", DateRange.unknown(), ()),
        ),
    )
    assert status_at(flow, date(2020, 1, 1)) == NOT_YET
    assert status_at(flow, date(2020, 11, 1)) == "suspended"
