"""Which flows, events and sources an export shows for a view."""

from __future__ import annotations

from datetime import date

from dashboard.export import export_filename, select
from dashboard.export.evidence import cite, view_caption
from dashboard.view import View, view_from_query
from tests.export.conftest import Data


def test_as_of_date_hides_later_events_and_their_sources(seed: Data, nov_2020: View) -> None:
    shown, refs = select(seed.flows, seed.sources, nov_2020)
    by_id = {s.id: s for s in shown}
    assert by_id["can-tur"].status == "suspended"
    kinds = [e.kind for e in by_id["can-tur"].events]
    assert "cancellation" not in kinds and kinds[-1] == "suspension"
    assert {r.source.id for r in refs} == {s.id for s in seed.sources}
    assert [r.number for r in refs] == list(range(1, len(refs) + 1))


def test_filters_follow_the_dashboard_url(seed: Data) -> None:
    view = view_from_query("?date=2021-05-01&kind=cancellation&country=TUR")
    shown, refs = select(seed.flows, seed.sources, view)
    assert [s.id for s in shown] == ["can-tur"]
    assert [e.kind for e in shown[0].events] == ["cancellation"]
    assert shown[0].status == "cancelled"
    assert len(refs) == 2  # both articles report the cancellation


def test_window_and_search(seed: Data) -> None:
    window = View(window_start=date(2019, 9, 1), window_end=date(2019, 12, 31))
    shown, _ = select(seed.flows, seed.sources, window)
    assert [(s.id, [e.kind for e in s.events]) for s in shown] == [("can-tur", ["suspension"])]
    search = View(query="S-400 air defense")
    shown, refs = select(seed.flows, seed.sources, search)
    assert [s.id for s in shown] == ["rus-tur"]
    assert len(refs) == 1


def test_citation_marks_inferred_dates_and_missing_outlet(seed: Data) -> None:
    by_outlet = {s.outlet: s for s in seed.sources}
    eurasian = cite(by_outlet["EurAsian Times"])
    assert eurasian.startswith("EurAsian Times, “After US Sanctions")
    assert eurasian.endswith("13 Apr 2021 (date inferred)")
    assert cite(by_outlet[None]).startswith("Outlet not stated, “Canada cancels")


def test_caption_and_filename_name_the_view() -> None:
    view = View(date=date(2020, 11, 1), flow="can-tur", kinds=("suspension",))
    assert view_caption(view) == "As of 1 Nov 2020 · kinds: suspension"
    assert export_filename(view, "brief") == "atlas-2020-11-01-can-tur-brief.pdf"
    assert export_filename(View(flow="../../x"), "png") == "atlas-x.png"
