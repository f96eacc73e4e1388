"""Sentence units: the trigger search that reuses its block's words finds exactly what a
fresh search of each sentence finds."""

from __future__ import annotations

from pathlib import Path

from dashboard.ingest.rules.triggers import (
    _WORD,
    MAX_SENTENCE_CHARS,
    _find_triggers,
    _first_words,
    _trigger_re,
    _trigger_re_at,
    _units,
    _windows,
)

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


def test_the_pattern_for_a_word_matches_as_the_full_pattern_where_the_word_starts() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((LABELLED / "dev").glob("*.txt"))]
    texts += [
        "Oslo sold-out sell-off re-export Re-Exported handed-over hand-over SOLD Sold sold_x",
        "Ankara ſold drones; Baku \u212aept buying; Paris supplied\u00a0tanks to Chad.",
        "They sell, supply, deliver; sells supplied delivering put on hold held up shipments.",
    ]
    first, full = _first_words(), _trigger_re()
    tried = 0
    for text in texts:
        for w in _WORD.finditer(text):
            word = w.group(0).lower()
            if word not in first:
                continue
            tried += 1
            for mode in (text, text + "\u00e9"):  # the ASCII twins, then the Unicode patterns
                want = full.for_text(mode).match(mode, w.start())
                got = _trigger_re_at(word).for_text(mode).match(mode, w.start())
                assert (got and (got.span(), got.lastgroup)) == (
                    want and (want.span(), want.lastgroup)
                ), text[w.start() : w.start() + 60]
    assert tried > 1000


def test_a_sentence_of_thousands_of_words_is_read_in_pieces_and_loses_no_word() -> None:
    """A flattened table or hostile text with no full stop: bounded pieces, every word kept."""
    phrase = "Germany sold tanks to France and Poland bought drones from Turkey, while "
    text = (phrase * 250).rstrip() + "."
    units = _units(text)
    assert len(units) > 1 and all(b - a <= MAX_SENTENCE_CHARS for a, b, _ in units)
    assert " ".join(text[a:b] for a, b, _ in units).split() == text.split()
    for a, b, found in units:
        assert [m.span() for m in found] == [m.span() for m in _find_triggers(text[a:b])]


def test_a_clause_opener_after_a_long_run_of_spaces_still_opens_a_clause() -> None:
    sentence = "Germany sold tanks to Poland" + " " * 5000 + "after France asked."
    assert [w[2] for w in _windows(sentence)] == ["", "after"]
