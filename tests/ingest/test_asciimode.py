"""A pattern's ASCII twin finds in ASCII text exactly what the pattern finds there."""

from __future__ import annotations

import importlib
import pkgutil
import random
import re
from pathlib import Path

import pytest

from dashboard.ingest import dates, extract, gazetteer, rules
from dashboard.ingest.asciimode import AsciiFast, ascii_twin
from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules import parties, triggers

DEV = Path(__file__).resolve().parents[1] / "fixtures" / "labelled" / "dev"


@pytest.mark.parametrize(
    ("pattern", "text", "found"),
    [
        # Unicode \s takes the separators U+001C-U+001F; ASCII mode's \s does not
        (r"a\sb", "a\x1cb", ["a\x1cb"]),
        (r"a\Sb", "a\x1fb", []),
        (r"[^\S\n]+", "x\x1d \ny", ["\x1d "]),
        (r"[^\s,]+", "a\x1eb,c", ["a", "b", "c"]),
        # under IGNORECASE the long s and the Kelvin sign match ASCII letters
        (r"(?i:ſell)", "SELL sell", ["SELL", "sell"]),
        (r"(?i)\u212aits", "kits KITS", ["kits", "KITS"]),
        (r"\b\w+\b", "ab_1 \x1c-c", ["ab_1", "c"]),
    ],
)
def test_twin_agrees_where_the_modes_differ(pattern: str, text: str, found: list[str]) -> None:
    twin = ascii_twin(re.compile(pattern))
    assert twin is not None
    assert re.findall(pattern, text) == found
    assert twin.findall(text) == found


def _patterns() -> dict[str, re.Pattern[str]]:
    """Every compiled pattern the extractor's modules hold, plus its built ones."""
    names = [f"{rules.__name__}.{m.name}" for m in pkgutil.iter_modules(rules.__path__)]
    modules = [extract, dates, gazetteer, *map(importlib.import_module, names)]
    found: dict[str, re.Pattern[str]] = {}
    for module in modules:
        for n, p in vars(module).items():
            if isinstance(p, Prefiltered | AsciiFast):
                p = p.compiled
            if isinstance(p, re.Pattern) and isinstance(p.pattern, str):
                found.setdefault(f"{module.__name__}.{n}", p)
    built = {"triggers": triggers._trigger_re(), "dates": dates._finder()}
    for n, p in built.items():
        found[n] = p.compiled if isinstance(p, AsciiFast) else p
    found["gazetteer"] = gazetteer.load_gazetteer().pattern
    for i, p in enumerate(parties._context_res()):
        found[f"context_res[{i}]"] = p
    return found


def _ascii_texts() -> list[str]:
    """Dev sentences, and the same with control characters, odd spaces and any ASCII
    character inserted, upper-cased now and then."""
    rng = random.Random(7)
    texts = [p.read_text(encoding="utf-8") for p in sorted(DEV.glob("*.txt"))[:60]]
    sentences = [s for t in texts if t.isascii() for s in re.split(r"(?<=\.)\s+", t) if s]
    odd = ["\x1c", "\x1d", "\x1e", "\x1f", "\x0b", "\x0c", "\t", "\n", "\r", " ", "-"]
    out = sentences[:150]
    for _ in range(250):
        s = list(rng.choice(sentences))
        for _ in range(rng.randint(1, 6)):
            s.insert(rng.randint(0, len(s)), rng.choice([*odd, chr(rng.randrange(128))]))
        out.append("".join(s).upper() if rng.random() < 0.1 else "".join(s))
    return out


def test_every_twin_finds_what_its_pattern_finds() -> None:
    texts = _ascii_texts()
    for name, pattern in _patterns().items():
        twin = ascii_twin(pattern)
        assert twin is not None, name
        for text in texts:
            want = [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]
            got = [(m.span(), m.groups(), m.lastgroup) for m in twin.finditer(text)]
            assert got == want, (name, text)
            for pos in (1, len(text) // 2):
                x, y = pattern.match(text, pos), twin.match(text, pos)
                assert (x and (x.span(), x.groups())) == (y and (y.span(), y.groups())), name


def test_non_ascii_text_uses_the_pattern_itself() -> None:
    fast = AsciiFast(re.compile(r"\w+"))
    assert fast.for_text("Brasília") is fast.compiled
    assert fast.findall("Brasília sold") == ["Brasília", "sold"]
