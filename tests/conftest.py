"""Shared fixtures: a fresh SQLite store per test and a factory for hand-made claims."""

from __future__ import annotations

from collections.abc import Callable, Iterator
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
