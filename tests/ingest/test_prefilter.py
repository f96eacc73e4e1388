"""A prefiltered pattern finds exactly what the pattern finds; it only skips hopeless texts."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType

import pytest

from dashboard.ingest import extract, rules
from dashboard.ingest.prefilter import Prefiltered, required_words

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "labelled" / "dev"


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        (r"\b(?:wants?|plans?)\s+to\b", {"want", "plan"}),
        (r"(?:US|C)?\$|€|million\b", {"$", "€", "million"}),
        (r"\b(?:may|might)\s+have\b", {"have"}),  # the longer of two required words
        (r"\b(?:sold|[A-Z]\w+ed)\b", {"sold", "ed"}),
        (r"\b(?:sold|[A-Z]\w+)\b", None),  # one branch requires no word
        (r"\b(?:early\s+)?\d{4}\b", None),
        (r"(?<=\bin\s)tanks", {"tanks"}),  # a lookbehind's words are not in the match
    ],
)
def test_required_words_come_from_the_pattern(pattern: str, words: set[str] | None) -> None:
    found = required_words(re.compile(pattern, re.IGNORECASE))
    assert found == (frozenset(words) if words is not None else None)


def _modules() -> list[ModuleType]:
    """The extractor and its rule modules: each rebinds the patterns it defines."""
    names = [f"{rules.__name__}.{m.name}" for m in pkgutil.iter_modules(rules.__path__)]
    return [extract, *map(importlib.import_module, names)]


def _prefiltered() -> list[tuple[str, Prefiltered]]:
    """Each prefiltered pattern once, wherever it is defined or imported."""
    found: dict[int, tuple[str, Prefiltered]] = {}
    for module in _modules():
        for n, p in vars(module).items():
            if isinstance(p, Prefiltered):
                found.setdefault(id(p), (n, p))
    return list(found.values())


def _texts() -> list[str]:
    texts = [
        "",
        "No words here at all.",
        "Germany SOLD 40 TANKS worth US$2 BILLION, the Ministry SAID it MIGHT HAVE approved.",
        # letters that IGNORECASE matches to ASCII ones: "ſhould", "İmposed", "bloc\u212a"
        "Exporters ſhould not ſell; the İmposed ban on Kelvin \u212aits was baNNed.",
        "It waſ reportedly ſold by a ſhip; allegedly, tankſ were manufactured in Iran.",
    ]
    for path in sorted(DEV.glob("*.txt"))[:40]:
        text = path.read_text(encoding="utf-8")
        texts += [line for line in text.splitlines() if line.strip()]
    return texts


def test_prefiltered_patterns_find_what_the_patterns_find() -> None:
    texts = _texts()
    assert len(texts) > 200
    for name, p in _prefiltered():
        raw = p.compiled
        for text in texts:
            for cut in (text, text[: len(text) // 2], text[len(text) // 3 :]):
                assert [m.span() for m in p.finditer(cut)] == [
                    m.span() for m in raw.finditer(cut)
                ], (name, cut)
                found, want = p.search(cut), raw.search(cut)
                assert (found and found.span()) == (want and want.span()), (name, cut)
                assert bool(p.match(cut)) == bool(raw.match(cut)), (name, cut)


def test_extractor_prefilters_the_slow_searches() -> None:
    names = {n for n, _ in _prefiltered()}
    assert {"_PROSPECTIVE", "_VALUE", "_QUANTITY", "_HEDGE", "_ITEM_PHRASE"} <= names
    for _, p in _prefiltered():
        assert required_words(p.compiled), "a pattern without required words gains nothing"


def test_no_module_keeps_a_pattern_from_before_its_prefilter() -> None:
    """A module that imported a pattern before it was rebound would search the plain one."""
    names = {n for n, _ in _prefiltered()}
    for module in _modules():
        for n in names & vars(module).keys():
            assert isinstance(getattr(module, n), Prefiltered), (module.__name__, n)


@pytest.mark.parametrize("text", ["they ſhould sell", "İmposed", "the bloc\u212a on exports"])
def test_letters_ignorecase_folds_onto_ascii_still_match(text: str) -> None:
    """ "ſhould" has no "should" in it, yet (?i)should matches it: such texts are searched."""
    p = Prefiltered(re.compile(r"should|imposed|block", re.IGNORECASE))
    found, want = p.search(text), p.compiled.search(text)
    assert found is not None and want is not None
    assert found.span() == want.span()


@pytest.mark.parametrize(
    ("text", "hopeless"),
    [
        ("units had already been", True),  # "ready" inside "already"
        ("a spokesperson to", True),  # "spoke" runs on
        ("is ready to", False),
        ("She spoke of sending", False),
        ("READY\nto", False),
        ("readying to", True),  # "ready" runs on
        ("x-ready to", False),  # "-" is no word character: a boundary
        ("3ready to", True),
    ],
)
def test_words_at_word_boundaries_must_stand_at_one(text: str, hopeless: bool) -> None:
    """On ASCII text a word the pattern puts at word boundaries is looked for at them."""
    p = Prefiltered(re.compile(r"\b(?:ready|sp(?:oke|eaks?))\s+(?:to|of)\b", re.IGNORECASE))
    assert p._hopeless(text) is hopeless
    assert (p.search(text) is None) is (p.compiled.search(text) is None)
