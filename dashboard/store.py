"""The evidence store: sources, their claims and the analyst's curation, via SQLAlchemy Core.

Only raw material is stored (articles and what extraction proposed for each); flows and
corroborated events are derived at read time (``load_flows``), so re-ingest and curation
never rewrite evidence. Core (not ORM) keeps the same code working on SQLite and PostgreSQL.
"""

from __future__ import annotations

import functools
import os
import re
import sqlite3
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Table,
    Text,
    bindparam,
    create_engine,
    event,
    func,
    inspect,
    make_url,
    select,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Dialect, Engine
from sqlalchemy.exc import ArgumentError, IntegrityError, OperationalError, ProgrammingError

from dashboard.model import Claim, DateRange, Excerpt, Flow, Place, Source

SCHEMA_VERSION = 1
PROJECT_ROOT = Path(__file__).resolve().parent.parent


class StoreError(Exception):
    """A store problem the user can act on; the CLI prints it without a traceback."""


class StoreVersionError(StoreError):
    """The store was written by another schema version of the Atlas."""


metadata = MetaData()

meta_table = Table(
    "meta",
    metadata,
    Column("key", String(64), primary_key=True),
    Column("value", Text, nullable=False),
)


def _place_table_columns(prefix: str) -> list[Column[Any]]:
    """The columns a claim stores for one end of its flow (origin or destination)."""
    return [
        Column(f"{prefix}_key", String(128), nullable=False),
        Column(f"{prefix}_name", Text, nullable=False),
        Column(f"{prefix}_iso3", String(3)),
        Column(f"{prefix}_kind", String(16), nullable=False),
        Column(f"{prefix}_lat", Float, nullable=False),
        Column(f"{prefix}_lon", Float, nullable=False),
    ]


sources_table = Table(
    "sources",
    metadata,
    Column("id", String(64), primary_key=True),
    Column("title", Text, nullable=False),
    Column("outlet", Text),
    Column("url", Text),
    Column("published", Date),
    Column("published_note", Text),
    Column("path", Text),
    Column("text", Text, nullable=False),
    Column("ingested_at", DateTime(timezone=True), nullable=False),
)

claims_table = Table(
    "claims",
    metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column("source_id", String(64), ForeignKey("sources.id"), nullable=False),
    Column("seq", Integer, nullable=False),
    *_place_table_columns("origin"),
    *_place_table_columns("destination"),
    Column("kind", String(32), nullable=False),
    Column("date_start", Date),
    Column("date_end", Date),
    Column("date_precision", String(16), nullable=False),
    Column("date_phrase", Text),
    Column("date_resolved", Boolean, nullable=False),
    Column("items", JSON, nullable=False),
    Column("quantity", Text),
    Column("value", Text),
    Column("attribution", Text),
    Column("hedged", Boolean, nullable=False),
    Column("warnings", JSON, nullable=False),
    Column("excerpt_start", Integer, nullable=False),
    Column("excerpt_end", Integer, nullable=False),
    Column("excerpt_text", Text, nullable=False),
)
Index("ix_claims_source", claims_table.c.source_id)
Index("ix_claims_flow", claims_table.c.origin_key, claims_table.c.destination_key)

curation_table = Table(
    "curation",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("document", JSON, nullable=False),
    Column("origin", Text),  # the file it was loaded from, for error messages
    Column("updated_at", DateTime(timezone=True), nullable=False),
)


def default_db_url() -> str:
    """$ATLAS_DB, else an SQLite file under data/ so a fresh clone needs no configuration."""
    env = os.environ.get("ATLAS_DB")
    if env:
        return env
    return f"sqlite:///{PROJECT_ROOT / 'data' / 'atlas.db'}"


def _masked(url: str) -> str:
    """The URL for messages, with any password hidden."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return re.sub(r"(://[^:/@]*:)[^@/]*@", r"\1***@", url)


# Typed as the union of the two dialects' Insert classes: both have on_conflict_do_update,
# which the generic Insert (what mypy would infer for the dict) lacks.
_INSERTS: dict[str, Callable[[Table], postgresql.Insert | sqlite.Insert]] = {
    "postgresql": postgresql.insert,
    "sqlite": sqlite.insert,
}

# Built once: a statement built per call with .values() or .where(x == value) costs
# SQLAlchemy a new statement and cache key each time; these take parameters.
_SOURCE_REFS = select(sources_table.c.id, sources_table.c.path)
_SOURCE_REF = _SOURCE_REFS.where(sources_table.c.id == bindparam("source_id"))


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    """WAL lets readers (the dashboard) run during an ingest; busy_timeout serialises writers."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA busy_timeout=10000")  # first: switching to WAL may wait for a lock
    # Two processes opening a brand-new file at once: SQLite may refuse the WAL switch with
    # "database is locked" without calling the busy handler (deadlock avoidance), so retry.
    deadline = time.monotonic() + 10.0
    while True:
        try:
            cursor.execute("PRAGMA journal_mode=WAL")
            break
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")  # safe with WAL; one fsync per checkpoint
    cursor.close()


def _place(row: Any, prefix: str) -> Place:
    m = row._mapping
    return Place(
        name=m[f"{prefix}_name"],
        iso3=m[f"{prefix}_iso3"],
        kind=m[f"{prefix}_kind"],
        lat=m[f"{prefix}_lat"],
        lon=m[f"{prefix}_lon"],
    )


def source_values(source: Source, ingested_at: datetime) -> tuple[Any, ...]:
    """One sources-table row, its values in the table's column order."""
    return (
        source.id,
        source.title,
        source.outlet,
        source.url,
        source.published,
        source.published_note,
        source.path,
        source.text,
        ingested_at,
    )


def claim_values(source_id: str, seq: int, claim: Claim) -> tuple[Any, ...]:
    """One claims-table row without its generated id, its values in the table's column
    order; the claim's excerpt must belong to ``source_id``."""
    o, d, date, excerpt = claim.origin, claim.destination, claim.date, claim.excerpt
    return (
        source_id,
        seq,
        o.key,
        o.name,
        o.iso3,
        o.kind,
        o.lat,
        o.lon,
        d.key,
        d.name,
        d.iso3,
        d.kind,
        d.lat,
        d.lon,
        claim.kind,
        date.start,
        date.end,
        date.precision,
        date.phrase,
        date.resolved,
        list(claim.items),
        claim.quantity,
        claim.value,
        claim.attribution,
        claim.hedged,
        list(claim.warnings),
        excerpt.start,
        excerpt.end,
        excerpt.text,
    )


SOURCE_COLUMNS = tuple(c.key for c in sources_table.c)
CLAIM_COLUMNS = tuple(c.key for c in claims_table.c if c.key != "id")


@dataclass(frozen=True)
class _DriverInsert:
    """An INSERT compiled once for one dialect, run as driver SQL with ready rows.

    ``add_source`` writes an article's rows this way: SQLAlchemy would otherwise look the
    statement up in its cache and build every row's parameters generically, about a third of
    an article's store time. The rows get the same type processing (the dialect's JSON,
    date and boolean binds) and the driver sees the same SQL and values.
    """

    sql: str
    keys: tuple[str, ...]
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]
    positional: bool

    @classmethod
    def compile(cls, table: Table, keys: tuple[str, ...], dialect: Dialect) -> _DriverInsert:
        compiled = table.insert().compile(dialect=dialect, column_keys=keys, for_executemany=True)
        positional = compiled.positiontup is not None
        if (
            set(compiled.binds) != set(keys)
            or compiled.escaped_bind_names
            or (positional and tuple(compiled.positiontup or ()) != keys)
        ):
            raise RuntimeError(f"unexpected parameters for {table.name}: {compiled.string}")
        processors = []
        for i, key in enumerate(keys):
            process = compiled.binds[key].type.dialect_impl(dialect).bind_processor(dialect)
            if process is not None:
                processors.append((i, process))
        return cls(compiled.string, keys, tuple(processors), positional)

    def params(self, rows: Iterable[tuple[Any, ...]]) -> list[Any]:
        """The driver's parameters for ``rows`` (values in ``keys`` order)."""
        out: list[Any] = []
        for row in rows:
            values = list(row)
            for i, process in self.processors:
                values[i] = process(values[i])
            out.append(
                tuple(values) if self.positional else dict(zip(self.keys, values, strict=True))
            )
        return out


def _claim(row: Any) -> Claim:
    m = row._mapping
    return Claim(
        origin=_place(row, "origin"),
        destination=_place(row, "destination"),
        kind=m["kind"],
        date=DateRange(
            start=m["date_start"],
            end=m["date_end"],
            precision=m["date_precision"],
            phrase=m["date_phrase"],
            resolved=bool(m["date_resolved"]),
        ),
        excerpt=Excerpt(m["source_id"], m["excerpt_start"], m["excerpt_end"], m["excerpt_text"]),
        items=tuple(m["items"] or ()),
        quantity=m["quantity"],
        value=m["value"],
        attribution=m["attribution"],
        hedged=bool(m["hedged"]),
        warnings=tuple(m["warnings"] or ()),
    )


def _source(row: Any) -> Source:
    m = row._mapping
    return Source(
        id=m["id"],
        title=m["title"],
        text=m["text"],
        outlet=m["outlet"],
        url=m["url"],
        published=m["published"],
        published_note=m["published_note"],
        path=m["path"],
    )


class Store:
    """Handle on one database; cheap to open, safe to share between reader processes."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.url = engine.url.render_as_string(hide_password=True)

    @classmethod
    def open(cls, url: str | None = None) -> Store:
        """Connect, create the schema on first use, and refuse a store of another version."""
        url = url or default_db_url()
        if url.startswith("sqlite:///") and url != "sqlite:///:memory:":
            Path(url.removeprefix("sqlite:///")).expanduser().parent.mkdir(
                parents=True, exist_ok=True
            )
        try:
            engine = create_engine(url)
        except (ArgumentError, ImportError) as exc:
            hint = ""
            if isinstance(exc, ImportError):
                hint = " (for PostgreSQL: pip install 'psycopg[binary]')"
            raise StoreError(f"cannot use store URL {_masked(url)!r}: {exc}{hint}") from exc
        if engine.dialect.name == "sqlite":
            event.listen(engine, "connect", _sqlite_pragmas)
        store = cls(engine)
        try:
            store._ensure_schema()
        except BaseException:
            engine.dispose()
            raise
        return store

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()

    # --- schema ------------------------------------------------------------------------

    def _ensure_schema(self) -> None:
        try:
            existing = set(inspect(self.engine).get_table_names())
        except OperationalError as exc:
            raise StoreError(f"cannot open store {self.url}: {exc.orig}") from exc
        if "meta" in existing:
            self._check_version()
            return
        ours = {t.name for t in metadata.sorted_tables}
        if existing & ours:
            raise StoreVersionError(
                f"store {self.url} has Atlas tables but no schema version; it was not written "
                f"by this version (schema {SCHEMA_VERSION}). Use a new --db or re-ingest."
            )
        try:
            with self.engine.begin() as conn:
                metadata.create_all(conn)
                conn.execute(
                    meta_table.insert().values(key="schema_version", value=str(SCHEMA_VERSION))
                )
        except (IntegrityError, OperationalError, ProgrammingError):
            # Another process created the schema at the same moment; theirs is as good.
            pass
        self._check_version()

    def _check_version(self, wait_seconds: float = 5.0) -> None:
        """Refuse another schema version; wait briefly while another process creates ours.

        SQLite runs the CREATE TABLEs outside the version row's transaction, so a store being
        created at this moment can show a ``meta`` table without its row for a few ms.
        """
        deadline = time.monotonic() + wait_seconds
        while True:
            with self.engine.connect() as conn:
                found = conn.execute(
                    select(meta_table.c.value).where(meta_table.c.key == "schema_version")
                ).scalar()
            if found is not None or time.monotonic() > deadline:
                break
            time.sleep(0.05)
        if found != str(SCHEMA_VERSION):
            raise StoreVersionError(
                f"store {self.url} has schema version {found or 'none'}, but this Atlas "
                f"needs version {SCHEMA_VERSION}. Ingest into a new store (--db or $ATLAS_DB) "
                "or move the old file aside."
            )

    # --- writing -----------------------------------------------------------------------

    @functools.cached_property
    def _inserts(self) -> tuple[_DriverInsert, _DriverInsert]:
        """The sources and claims INSERTs for this store's dialect, compiled on the first
        write (a dashboard's store only reads)."""
        dialect = self.engine.dialect
        return (
            _DriverInsert.compile(sources_table, SOURCE_COLUMNS, dialect),
            _DriverInsert.compile(claims_table, CLAIM_COLUMNS, dialect),
        )

    def add_source(self, source: Source, claims: Sequence[Claim]) -> bool:
        """Store an article and its claims in one transaction; False if already stored.

        The source row is inserted first, so a concurrent ingest of the same file hits the
        primary key and backs off instead of storing the article twice.
        """
        for claim in claims:
            if claim.excerpt.source_id != source.id:
                raise ValueError(f"claim excerpt belongs to {claim.excerpt.source_id}")
            claim.excerpt.check(source)
        insert_source, insert_claims = self._inserts
        try:
            with self.engine.begin() as conn:
                row = source_values(source, datetime.now(UTC))
                conn.exec_driver_sql(insert_source.sql, insert_source.params((row,))[0])
                if claims:
                    conn.exec_driver_sql(
                        insert_claims.sql,
                        insert_claims.params(
                            claim_values(source.id, i, c) for i, c in enumerate(claims)
                        ),
                    )
        except IntegrityError:
            if self.source_ref(source.id) is not None:
                return False
            raise
        return True

    def set_curation(self, document: dict[str, Any], origin: str | None = None) -> None:
        """Replace the curation document (already validated by the caller).

        An upsert of the one row: PostgreSQL runs two ingests' delete-then-insert side by
        side, and the second insert would hit the key (SQLite queues writers, so it never did).
        """
        values = {"document": document, "origin": origin, "updated_at": datetime.now(UTC)}
        with self.engine.begin() as conn:
            dialect = self.engine.dialect.name
            if dialect in ("postgresql", "sqlite"):
                insert = _INSERTS[dialect](curation_table).values(id=1, **values)
                conn.execute(insert.on_conflict_do_update(index_elements=["id"], set_=values))
            else:  # a database the Atlas is not tested on: plain replace
                conn.execute(curation_table.delete())
                conn.execute(curation_table.insert().values(id=1, **values))

    # --- reading -----------------------------------------------------------------------

    def has_source(self, source_id: str) -> bool:
        return self.source_ref(source_id) is not None

    def source_ref(self, source_id: str) -> tuple[str, str | None] | None:
        """(id, path) of a stored source, or None: the duplicate check needs no article text."""
        with self.engine.connect() as conn:
            row = conn.execute(_SOURCE_REF, {"source_id": source_id}).first()
        return (row[0], row[1]) if row else None

    def source_refs(self) -> dict[str, str | None]:
        """Every stored source id with its path: an ingest run's duplicate check, read once."""
        with self.engine.connect() as conn:
            return {row[0]: row[1] for row in conn.execute(_SOURCE_REFS)}

    def get_source(self, source_id: str) -> Source | None:
        with self.engine.connect() as conn:
            row = conn.execute(select(sources_table).where(sources_table.c.id == source_id)).first()
        return _source(row) if row else None

    def load_raw_sources(self) -> list[Source]:
        """Sources as ingested, before curation supplies or overrides metadata."""
        with self.engine.connect() as conn:
            rows = conn.execute(select(sources_table).order_by(sources_table.c.id)).all()
        return [_source(r) for r in rows]

    def load_sources(self) -> list[Source]:
        """Sources with the curation's metadata (title, outlet, published...) applied."""
        from dashboard.curation import apply_source_curation

        return apply_source_curation(self.load_raw_sources(), self.load_curation())

    def load_claims(self) -> list[Claim]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(claims_table).order_by(claims_table.c.source_id, claims_table.c.seq)
            ).all()
        return [_claim(r) for r in rows]

    def flow_statements(self) -> dict[tuple[str, str, str], tuple[str, str | None, int]]:
        """Which (origin key, destination key, kind) the store states, and who says so.

        Maps each to (first source id, its path, number of sources). One grouped query per
        ingest run; its size is bounded by the distinct flows, not by the articles.
        """
        c = claims_table.c
        grouped = (
            select(
                c.origin_key,
                c.destination_key,
                c.kind,
                func.min(c.source_id).label("first"),
                func.count(func.distinct(c.source_id)).label("n"),
            )
            .group_by(c.origin_key, c.destination_key, c.kind)
            .subquery()
        )
        query = select(grouped, sources_table.c.path).join(
            sources_table, sources_table.c.id == grouped.c.first
        )
        with self.engine.connect() as conn:
            # Columns by name: mypy unpacks an untyped Row into objects, its attributes are Any.
            return {
                (r.origin_key, r.destination_key, r.kind): (r.first, r.path, r.n)
                for r in conn.execute(query)
            }

    def load_curation_document(self) -> tuple[dict[str, Any] | None, str | None]:
        with self.engine.connect() as conn:
            row = conn.execute(select(curation_table.c.document, curation_table.c.origin)).first()
        return (row[0], row[1]) if row else (None, None)

    def load_curation(self) -> Any:
        """The stored curation as parsed rules (empty rules when none was loaded)."""
        from dashboard.curation import CurationRules, parse_curation

        document, origin = self.load_curation_document()
        if document is None:
            return CurationRules()
        return parse_curation(document, origin or "stored curation")

    def load_flows(self, curation: Any = None) -> list[Flow]:
        """Aggregated and curated flows; ``curation`` overrides the stored curation."""
        return self.load_dataset(curation)[1]

    def load_dataset(self, curation: Any = None) -> tuple[list[Source], list[Flow]]:
        """Curated sources and the flows built from them, consistent during a concurrent ingest.

        Claims are read before sources: an article's claims commit together with its source
        and sources are never deleted, so every claim read has its source in the later read.
        """
        from dashboard.aggregate import build_flows
        from dashboard.curation import apply_source_curation

        rules = curation if curation is not None else self.load_curation()
        claims = self.load_claims()
        sources = apply_source_curation(self.load_raw_sources(), rules)
        known = {s.id for s in sources}
        claims = [c for c in claims if c.excerpt.source_id in known]
        return sources, build_flows(sources, claims, rules)

    def counts(self) -> dict[str, int]:
        """Row counts per table: what tests compare before and after a bad input."""
        with self.engine.connect() as conn:
            return {
                t.name: conn.execute(select(func.count()).select_from(t)).scalar_one()
                for t in (sources_table, claims_table, curation_table)
            }

    def dump(self) -> dict[str, list[tuple[Any, ...]]]:
        """Every stored row (minus timestamps), to prove a failed ingest changed nothing."""
        out: dict[str, list[tuple[Any, ...]]] = {}
        with self.engine.connect() as conn:
            for t in (sources_table, claims_table, curation_table):
                cols = [c for c in t.c if c.name not in {"ingested_at", "updated_at"}]
                out[t.name] = [
                    tuple(r) for r in conn.execute(select(*cols).order_by(*t.primary_key.columns))
                ]
        return out
