"""Export fixtures: the seed flows over the real seed articles, a hostile data set, and one
kaleido renderer for the whole session (Chromium starts once)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date

import pytest

from dashboard.export import Renderer
from dashboard.model import Flow, Source
from dashboard.view import View
from tests.export.handmade import handmade_data
from tests.fixtures_flows import SOURCES, seed_flows

GENERATED_ON = date(2026, 1, 15)


@dataclass(frozen=True)
class Data:
    flows: list[Flow]
    sources: list[Source]


@pytest.fixture(scope="session")
def seed() -> Data:
    """The six seed flows with evidence located in the two bundled articles."""
    return Data(seed_flows(), list(SOURCES))


@pytest.fixture(scope="session")
def hostile() -> Data:
    """Flows whose article titles, outlets and excerpts carry markup and formulas."""
    flows, sources = handmade_data()
    return Data(flows, sources)


@pytest.fixture(scope="session")
def renderer() -> Iterator[Renderer]:
    with Renderer() as r:
        yield r


@pytest.fixture(scope="session")
def nov_2020() -> View:
    """Canada → Turkey suspended, Turkey → Azerbaijan in use, as of 1 November 2020."""
    return View(date=date(2020, 11, 1))
