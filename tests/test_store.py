"""The store: created on first use, versioned, idempotent, one transaction per article.

Tests taking ``store`` or ``db_url`` run on SQLite and on PostgreSQL ($ATLAS_TEST_PG_URL).
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from sqlalchemy import text as sql

from dashboard.model import Claim
from dashboard.store import (
    CLAIM_COLUMNS,
    SCHEMA_VERSION,
    Store,
    StoreError,
    StoreVersionError,
    claim_values,
    claims_table,
    default_db_url,
)
from tests.conftest import make_claim, make_source

TEXT = "Arms deal\n\nGermany sold tanks to Poland in March 2022. Poland paid in April.\n"


def test_store_created_on_first_use_with_schema_version(db_url: str) -> None:
    with Store.open(db_url) as store:
        with store.engine.connect() as conn:
            version = conn.execute(sql("select value from meta where key='schema_version'"))
            assert version.scalar() == str(SCHEMA_VERSION)
        assert store.counts() == {"sources": 0, "claims": 0, "curation": 0}
    with Store.open(db_url) as store:  # opening again finds it, creates nothing
        assert store.counts() == {"sources": 0, "claims": 0, "curation": 0}


def test_sqlite_file_and_pragmas_on_first_use(tmp_path: Path) -> None:
    db = tmp_path / "sub" / "atlas.db"
    with Store.open(f"sqlite:///{db}") as store:
        assert db.exists()
        with store.engine.connect() as conn:
            assert conn.execute(sql("pragma journal_mode")).scalar() == "wal"
            assert conn.execute(sql("pragma foreign_keys")).scalar() == 1
            assert conn.execute(sql("pragma busy_timeout")).scalar() == 10000


def test_default_url_from_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ATLAS_DB", "sqlite:////tmp/elsewhere.db")
    assert default_db_url() == "sqlite:////tmp/elsewhere.db"
    monkeypatch.delenv("ATLAS_DB")
    assert default_db_url().endswith("/data/atlas.db")


def test_other_schema_version_is_a_clear_error(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.begin() as conn:
        conn.execute(sql("update meta set value='0' where key='schema_version'"))
    with pytest.raises(StoreVersionError, match=r"schema version 0.*needs version 1"):
        Store.open(db_url)


def test_tables_without_a_version_are_refused(db_url: str) -> None:
    with Store.open(db_url) as store, store.engine.begin() as conn:
        conn.execute(sql("drop table meta"))
    with pytest.raises(StoreVersionError, match="no schema version"):
        Store.open(db_url)


def test_add_source_round_trips_source_and_claims(store: Store) -> None:
    source = make_source(TEXT, outlet="Daily", path="a.txt")
    claim = make_claim(
        source,
        "Germany sold tanks to Poland",
        "DEU",
        "POL",
        start="2022-03-01",
        end="2022-03-31",
        items=("Leopard 2",),
        hedged=True,
        warnings=("w",),
    )
    assert store.add_source(source, [claim]) is True
    assert store.load_sources() == [source]
    assert store.load_claims() == [claim]
    loaded = store.load_claims()[0]
    assert source.text[loaded.excerpt.start : loaded.excerpt.end] == loaded.excerpt.text


def test_same_content_is_stored_once(store: Store) -> None:
    source = make_source(TEXT, path="a.txt")
    claim = make_claim(source, "Germany sold tanks", "DEU", "POL")
    assert store.add_source(source, [claim]) is True
    before = store.dump()
    assert store.add_source(source, [claim]) is False
    assert store.dump() == before


def test_source_ref_names_a_stored_source_without_reading_its_text(store: Store) -> None:
    source = make_source(TEXT, path="a.txt")
    assert store.source_ref(source.id) is None and not store.has_source(source.id)
    store.add_source(source, [])
    assert store.source_ref(source.id) == (source.id, "a.txt")
    assert store.has_source(source.id)
    pathless = make_source("Other\n\nCanada sold optics to Turkey.")
    store.add_source(pathless, [])
    assert store.source_ref(pathless.id) == (pathless.id, None)


def test_failed_claim_rolls_back_the_whole_article(store: Store) -> None:
    good = make_source("Other\n\nCanada sold optics to Turkey.", path="b.txt")
    store.add_source(good, [make_claim(good, "Canada sold optics", "CAN", "TUR")])
    before = store.dump()
    source = make_source(TEXT, path="a.txt")
    ok = make_claim(source, "Germany sold tanks", "DEU", "POL")
    broken = Claim(**{**ok.__dict__, "kind": None})  # violates NOT NULL on insert
    with pytest.raises(Exception, match=r"(?i)not[ -]null"):
        store.add_source(source, [ok, broken])
    assert store.dump() == before  # neither the source nor the first claim remains


def test_claim_with_wrong_excerpt_is_refused_before_writing(store: Store) -> None:
    source = make_source(TEXT)
    claim = make_claim(source, "Germany sold tanks", "DEU", "POL")
    bad = Claim(**{**claim.__dict__, "excerpt": claim.excerpt.__class__(source.id, 0, 5, "nope!")})
    with pytest.raises(ValueError, match="does not match"):
        store.add_source(source, [bad])
    assert store.counts()["sources"] == 0


def test_concurrent_ingest_of_same_article_stores_it_once(db_url: str) -> None:
    url = db_url
    Store.open(url).close()
    source = make_source(TEXT)
    claims = [make_claim(source, "Germany sold tanks", "DEU", "POL")]
    results: list[bool] = []
    barrier = threading.Barrier(4)

    def worker() -> None:
        with Store.open(url) as store:
            barrier.wait()
            results.append(store.add_source(source, claims))

    threads = [threading.Thread(target=worker) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert sorted(results) == [False, False, False, True]
    with Store.open(url) as store:
        assert store.counts() == {"sources": 1, "claims": 1, "curation": 0}


def test_load_flows_aggregates_stored_claims(store: Store) -> None:
    a = make_source("A\n\nGermany sold tanks to Poland.", outlet="Daily", path="a.txt")
    b = make_source("B\n\nBerlin delivered tanks to Warsaw.", outlet="Weekly", path="b.txt")
    store.add_source(a, [make_claim(a, "Germany sold tanks", "DEU", "POL", start="2022-03-01")])
    store.add_source(b, [make_claim(b, "Berlin delivered", "DEU", "POL", start="2022-03-01")])
    flows = store.load_flows()
    assert [f.id for f in flows] == ["deu-pol"]
    (event,) = flows[0].events
    assert {e.source_id for e in event.evidence} == {a.id, b.id}


def test_load_dataset_gives_curated_sources_and_the_flows_they_support(store: Store) -> None:
    a = make_source("A\n\nGermany sold tanks to Poland.", path="a.txt")
    b = make_source("B\n\nCanada sold optics to Turkey.", outlet="Weekly", path="b.txt")
    store.add_source(a, [make_claim(a, "Germany sold tanks", "DEU", "POL", start="2022-03-01")])
    store.add_source(b, [make_claim(b, "Canada sold optics", "CAN", "TUR")])
    store.set_curation(
        {
            "sources": [{"file": "a.txt", "outlet": "Daily"}],
            "flows": [{"action": "reject", "flow": "can-tur"}],
        },
        "curation.yaml",
    )
    sources, flows = store.load_dataset()
    assert {s.path: s.outlet for s in sources} == {"a.txt": "Daily", "b.txt": "Weekly"}
    assert [f.id for f in flows] == ["deu-pol"]
    (event,) = flows[0].events
    assert [x.source_id for x in event.evidence] == [a.id]
    assert store.load_flows() == flows


def test_simultaneous_curation_writes_keep_one_document(db_url: str) -> None:
    """Two ingests storing a curation file at once: no error, the last one wins whole."""
    Store.open(db_url).close()
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def worker(i: int) -> None:
        with Store.open(db_url) as store:
            barrier.wait()
            try:
                store.set_curation({"flows": [{"action": "reject", "flow": f"x-{i}"}]}, f"{i}")
            except BaseException as exc:
                errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(db_url) as store:
        assert store.counts()["curation"] == 1
        document, origin = store.load_curation_document()
        assert document == {"flows": [{"action": "reject", "flow": f"x-{origin}"}]}


def test_simultaneous_first_opens_create_the_schema_once(db_url: str) -> None:
    errors: list[BaseException] = []
    barrier = threading.Barrier(6)

    def worker() -> None:
        barrier.wait()
        try:
            Store.open(db_url).close()
        except BaseException as exc:
            errors.append(exc)

    threads = [threading.Thread(target=worker) for _ in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errors == []
    with Store.open(db_url) as store, store.engine.connect() as conn:
        assert conn.execute(sql("select count(*) from meta")).scalar() == 1


def test_unusable_url_is_a_clear_error_without_the_password() -> None:
    with pytest.raises(StoreError, match="cannot use store URL") as info:
        Store.open("nosuchdb+driver://analyst:s3cret@db.example/atlas")
    assert "s3cret" not in str(info.value) and "analyst:***@" in str(info.value)


def test_claim_values_follow_the_claims_table_columns() -> None:
    source = make_source(TEXT)
    claim = make_claim(source, "Germany sold tanks", "DEU", "POL", items=("Leopard 2",))
    row = dict(zip(CLAIM_COLUMNS, claim_values(source.id, 3, claim), strict=True))
    assert tuple(c.key for c in claims_table.c if c.key != "id") == CLAIM_COLUMNS
    assert row["seq"] == 3 and row["origin_key"] == "deu" and row["destination_iso3"] == "POL"
    assert row["items"] == ["Leopard 2"] and row["excerpt_text"] == "Germany sold tanks"
    assert row["excerpt_start"] == claim.excerpt.start and row["hedged"] is False
