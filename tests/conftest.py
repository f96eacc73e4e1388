"""Shared fixtures: a fresh SQLite store per test and a factory for hand-made claims."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from dashboard.model import Claim, DateRange, Excerpt, Place, Source, content_id
from dashboard.store import Store

PLACES = {
    "CAN": Place("Canada", "CAN", "country", 56.13, -106.35),
    "TUR": Place("Turkey", "TUR", "country", 38.96, 35.24),
    "AZE": Place("Azerbaijan", "AZE", "country", 40.14, 47.58),
    "DEU": Place("Germany", "DEU", "country", 51.17, 10.45),
    "POL": Place("Poland", "POL", "country", 51.92, 19.15),
}


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    """An empty store in a temporary SQLite file (never data/atlas.db)."""
    with Store.open(f"sqlite:///{tmp_path / 'atlas.db'}") as s:
        yield s


def make_source(text: str, outlet: str | None = None, path: str | None = None) -> Source:
    return Source(
        id=content_id(text),
        title=text.split("\n")[0],
        text=text,
        outlet=outlet,
        path=path,
        published=date(2021, 4, 13),
    )


def make_claim(
    source: Source,
    needle: str,
    origin: str,
    destination: str,
    kind: str = "transfer",
    start: str | None = None,
    end: str | None = None,
    precision: str = "month",
    **extra: object,
) -> Claim:
    """A claim whose excerpt is the first occurrence of ``needle`` in the source."""
    at = source.text.index(needle)
    when = (
        DateRange(date.fromisoformat(start), date.fromisoformat(end or start), precision)  # type: ignore[arg-type]
        if start
        else DateRange.unknown()
    )
    return Claim(
        origin=PLACES[origin],
        destination=PLACES[destination],
        kind=kind,  # type: ignore[arg-type]
        date=when,
        excerpt=Excerpt(source.id, at, at + len(needle), needle),
        **extra,  # type: ignore[arg-type]
    )


@pytest.fixture
def claim_factory() -> Callable[..., Claim]:
    return make_claim


@dataclass(frozen=True)
class FakeExtraction:
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]


_NAMES = {p.name: p for p in PLACES.values()} | {"Georgia": PLACES["AZE"]}
_SENTENCE = re.compile(r"(\w+) (sold|suspended) \w+ to (\w+)")


def fake_extract(source: Source, _gazetteer: object) -> FakeExtraction:
    """Stand-in extractor: 'X sold|suspended ... to Y' sentences with known names.

    Lets pipeline tests control exactly which claims an article yields; "Georgia" is
    reported as ambiguous the way the real extractor does.
    """
    claims = []
    warnings = []
    for m in _SENTENCE.finditer(source.text):
        if m[1] not in _NAMES or m[3] not in _NAMES:
            continue
        if "Georgia" in (m[1], m[3]):
            warnings.append("ambiguous place 'Georgia' (country or US state); skipped")
            continue
        kind = "transfer" if m[2] == "sold" else "suspension"
        claims.append(
            Claim(
                _NAMES[m[1]],
                _NAMES[m[3]],
                kind,
                DateRange.unknown(),  # type: ignore[arg-type]
                Excerpt(source.id, m.start(), m.end(), m[0]),
            )
        )
    return FakeExtraction(tuple(claims), tuple(warnings))
