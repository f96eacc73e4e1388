"""Sentence units: the trigger search that reuses its block's words finds exactly what a
fresh search of each sentence finds."""

from __future__ import annotations

from pathlib import Path

from dashboard.ingest.rules.triggers import _find_triggers, _units

LABELLED = Path(__file__).resolve().parents[2] / "fixtures" / "labelled"


def test_units_carry_the_triggers_a_fresh_search_of_each_sentence_finds() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted(LABELLED.rglob("*.txt"))]
    texts += [
        # words running across a sentence cut ("tanks.-Poland", "x.Sold"), non-ASCII blocks
        "Germany sold tanks.-Poland bought jets.\n\nThe deal_sold x.Sold tanks to Ghana.",
        "Kyiv said Berlin’s deliveries were delayed. Oslo sold rifles to Chile.\nOK.",
        "Ankara ſold drones to Baku. Paris bought nothing.",
        # where a word starts: after digits or hyphens alone, not inside a longer word
        "Oslo 3-sold rifles, -sold jets, re-sold tanks, x_sold guns and 4sold drones to Chile.",
        "Resold sold-out soldiers sold. Sold supplied-by sold_ supplies sold",
    ]
    assert len(texts) > 100
    for text in texts:
        for a, b, found in _units(text):
            fresh = _find_triggers(text[a:b])
            assert [m.span() for m in found] == [m.span() for m in fresh], text[a:b]
