"""Curation: the analyst's file wins over extraction, survives re-ingest, fails loudly."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.aggregate import build_flows, build_flows_with_warnings
from dashboard.curation import (
    CurationError,
    apply_source_curation,
    load_curation,
    parse_curation,
)
from dashboard.store import Store
from tests.conftest import make_claim, make_source

A = make_source("A\n\nCanada suspended permits to Turkey in October.", "Daily", "a.txt")
B = make_source(
    "B\n\nOttawa halted exports to Ankara.\nTurkey sent\u00a0drones to Baku.", None, "b.txt"
)
CLAIMS = [
    make_claim(
        A, "Canada suspended permits", "CAN", "TUR", "suspension", "2020-10-01", "2020-10-31"
    ),
    make_claim(B, "Ottawa halted exports", "CAN", "TUR", "suspension", "2019-10-01", "2019-10-31"),
    make_claim(B, "Ottawa halted exports", "CAN", "TUR", "transfer"),
]


def rules(doc: dict) -> object:
    return parse_curation(doc, "curation.yaml")


def events(flows: list, fid: str = "can-tur") -> list:
    return next(f for f in flows if f.id == fid).events


def test_confirm_reject_and_correct_by_flow_kind_and_month() -> None:
    doc = {
        "events": [
            {"action": "confirm", "flow": "can-tur", "kind": "suspension", "date": "2020-10"},
            {"action": "reject", "flow": "can-tur", "kind": "transfer"},
            {
                "action": "correct",
                "flow": "can-tur",
                "kind": "suspension",
                "date": "2019",
                "set": {"date": "2019-10-15", "items": ["optics"], "hedged": True},
            },
        ]
    }
    evs = events(build_flows([A, B], CLAIMS, rules(doc)))
    assert [(e.kind, e.date.start, e.curation) for e in evs] == [
        ("suspension", date(2019, 10, 15), "corrected"),
        ("suspension", date(2020, 10, 1), "confirmed"),
    ]
    corrected = evs[0]
    assert corrected.items == ("optics",) and corrected.hedged is True
    assert corrected.evidence == (CLAIMS[1].excerpt,)  # keeps its evidence


def test_add_event_locates_quote_and_allows_analyst_judgement() -> None:
    doc = {
        "events": [
            {
                "action": "add",
                "origin": "TUR",
                "destination": "AZE",
                "kind": "transfer",
                "date": "2020",
                "evidence": [{"source": "b.txt", "quote": "Turkey sent drones"}],
            },
            {
                "action": "add",
                "origin": "CAN",
                "destination": "TUR",
                "kind": "resumption",
                "date_start": "2020-03-01",
                "date_end": "2020-05-31",
                "precision": "season",
                "note": "analyst judgement",
            },
        ]
    }
    with pytest.raises(CurationError, match="unknown place 'AZE'"):
        build_flows([A, B], CLAIMS[:1], rules(doc))  # AZE is in no flow yet
    doc["events"][0]["destination"] = {
        "name": "Azerbaijan",
        "iso3": "AZE",
        "lat": 40.1,
        "lon": 47.6,
    }
    flows = build_flows([A, B], CLAIMS, rules(doc))
    (added,) = events(flows, "tur-aze")
    (ev,) = added.evidence
    assert B.text[ev.start : ev.end] == ev.text == "Turkey sent\u00a0drones"
    assert added.curation == "added"
    resumption = next(e for e in events(flows) if e.kind == "resumption")
    assert resumption.evidence == () and resumption.note == "analyst judgement"
    assert resumption.date.precision == "season"


def test_quote_not_in_source_is_an_error_naming_entry() -> None:
    doc = {
        "events": [
            {
                "action": "add",
                "origin": "CAN",
                "destination": "TUR",
                "kind": "embargo",
                "evidence": [{"source": "a.txt", "quote": "nope"}],
            }
        ]
    }
    with pytest.raises(CurationError, match=r"curation.yaml: events\[0\].*'nope' not found"):
        build_flows([A, B], CLAIMS, rules(doc))


def test_flow_reject_and_unmatched_rules_warn() -> None:
    doc = {
        "flows": [{"action": "reject", "flow": "can-tur"}],
        "events": [{"action": "confirm", "flow": "rus-tur", "kind": "transfer"}],
    }
    flows, warnings = build_flows_with_warnings([A, B], CLAIMS, rules(doc))
    assert flows == []
    assert any("events[0]" in w and "matched no flow" in w for w in warnings)


def test_source_metadata_is_supplied_by_file_name_or_id() -> None:
    doc = {
        "sources": [
            {
                "file": "b.txt",
                "outlet": "CBC",
                "published": "2021-04-12",
                "published_note": "inferred",
            },
            {"id": A.id, "title": "Better"},
        ]
    }
    a, b = apply_source_curation([A, B], rules(doc))
    assert (a.title, b.outlet, b.published) == ("Better", "CBC", date(2021, 4, 12))


@pytest.mark.parametrize(
    ("doc", "problem"),
    [
        ({"events": [{"action": "approve", "flow": "can-tur"}]}, r"events\[0\].*'approve'"),
        ({"events": [{"action": "confirm", "kind": "transfer"}]}, r"events\[0\].*needs 'flow'"),
        ({"events": [{"action": "confirm", "flow": "a-b", "kind": "gift"}]}, r"kind 'gift'"),
        ({"events": [{"action": "confirm", "flow": "a-b", "date": "Oct 2020"}]}, "YYYY-MM"),
        ({"events": [{"action": "correct", "flow": "a-b", "set": {"colour": 1}}]}, "colour"),
        (
            {
                "events": [
                    {"action": "add", "origin": "CAN", "destination": "TUR", "kind": "transfer"}
                ]
            },
            "evidence .* or a note",
        ),
        ({"sources": [{"outlet": "X"}]}, r"sources\[0\].*needs 'file'"),
        ({"flows": [{"action": "confirm", "flow": "a-b"}]}, r"flows\[0\].*only reject"),
        ({"evnts": []}, "unknown section"),
    ],
)
def test_bad_entries_name_the_file_and_entry(doc: dict, problem: str) -> None:
    with pytest.raises(CurationError, match=rf"^curation.yaml: .*{problem}"):
        parse_curation(doc, "curation.yaml")


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "curation.yaml"
    path.write_text("events:\n  - action: confirm\n   flow: [unclosed\n", encoding="utf-8")
    with pytest.raises(CurationError, match=r"curation.yaml: invalid YAML at line \d+"):
        load_curation(path)


def test_stored_curation_survives_reingest_and_wins(store: Store) -> None:
    store.add_source(A, CLAIMS[:1])
    store.set_curation(
        {"events": [{"action": "reject", "flow": "can-tur", "kind": "suspension"}]}, "curation.yaml"
    )
    assert store.load_flows() == []
    store.add_source(B, CLAIMS[1:])  # later ingest: its suspension is rejected too
    assert [e.kind for e in events(store.load_flows())] == ["transfer"]


def test_bundled_curation_file_is_valid() -> None:
    path = Path(__file__).resolve().parents[1] / "data" / "curation.yaml"
    if not path.exists():
        pytest.skip("no data/curation.yaml yet")
    assert load_curation(path).origin == str(path)


def test_correcting_a_date_merges_with_the_event_it_now_equals() -> None:
    undated = make_claim(A, "Canada suspended permits", "CAN", "TUR", "suspension")
    doc = {
        "events": [
            {
                "action": "correct",
                "flow": "can-tur",
                "kind": "suspension",
                "date": "unknown",
                "set": {"date": "2019-10"},
            }
        ]
    }
    evs = events(build_flows([A, B], [undated, CLAIMS[1]], rules(doc)))
    (merged,) = evs
    assert merged.date.start == date(2019, 10, 1) and merged.curation == "corrected"
    assert {e.source_id for e in merged.evidence} == {A.id, B.id}


def test_added_event_the_machine_also_found_joins_it() -> None:
    doc = {
        "events": [
            {
                "action": "add",
                "origin": "CAN",
                "destination": "TUR",
                "kind": "suspension",
                "date": "2020-10",
                "evidence": [{"source": "b.txt", "quote": "Ottawa halted exports"}],
            }
        ]
    }
    evs = events(build_flows([A, B], CLAIMS[:1], rules(doc)))
    (event,) = evs
    assert event.curation == "confirmed"
    assert [e.source_id for e in event.evidence] == sorted([A.id, B.id])
