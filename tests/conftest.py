"""Shared fixtures: a fresh store per test (SQLite, and PostgreSQL when one is configured)
and a factory for hand-made claims.

PostgreSQL: set ``ATLAS_TEST_PG_URL`` to a database the tests may create schemas in, e.g.
``postgresql+psycopg://atlas:atlas@127.0.0.1/atlas_test``; each test gets a fresh schema
(dropped afterwards). Without it the PostgreSQL variants are skipped, saying why.
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url
from sqlalchemy import text as sql

from dashboard.model import Claim, DateRange, Excerpt, Place, Source, content_id
from dashboard.store import Store

PLACES = {
    "CAN": Place("Canada", "CAN", "country", 56.13, -106.35),
    "TUR": Place("Turkey", "TUR", "country", 38.96, 35.24),
    "AZE": Place("Azerbaijan", "AZE", "country", 40.14, 47.58),
    "DEU": Place("Germany", "DEU", "country", 51.17, 10.45),
    "POL": Place("Poland", "POL", "country", 51.92, 19.15),
}


PG_ENV = "ATLAS_TEST_PG_URL"


@pytest.fixture(scope="session")
def pg_server_url() -> str:
    """The PostgreSQL database named by $ATLAS_TEST_PG_URL; skip the test when unset."""
    url = os.environ.get(PG_ENV)
    if not url:
        pytest.skip(f"PostgreSQL not configured: set {PG_ENV}=postgresql+psycopg://USER:PW@HOST/DB")
    return url


@pytest.fixture(params=["sqlite", "postgresql"])
def new_db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Callable[[str], str]]:
    """A factory of fresh, empty store URLs: temporary SQLite files (never data/atlas.db),
    then schemas of their own on the PostgreSQL test database (dropped after the test)."""
    if request.param == "sqlite":
        yield lambda name: f"sqlite:///{tmp_path / name}.db"
        return
    server = make_url(request.getfixturevalue("pg_server_url"))
    admin = create_engine(server)
    schemas: list[str] = []

    def make(name: str) -> str:
        schema = f"atlas_test_{re.sub(r'[^a-z0-9]', '_', name.lower())}_{uuid.uuid4().hex[:8]}"
        with admin.begin() as conn:
            conn.execute(sql(f'CREATE SCHEMA "{schema}"'))
        schemas.append(schema)
        url = server.update_query_dict({"options": f"-csearch_path={schema}"})
        return url.render_as_string(hide_password=False)

    try:
        yield make
    finally:
        with admin.begin() as conn:
            conn.execute(sql("SET LOCAL lock_timeout = '20s'"))  # never hang on a stray lock
            for schema in schemas:
                conn.execute(sql(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@pytest.fixture
def db_url(new_db_url: Callable[[str], str]) -> str:
    """A fresh store URL on each backend (see ``new_db_url``)."""
    return new_db_url("atlas")


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    """An empty store on each backend (see ``db_url``)."""
    with Store.open(db_url) as s:
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
