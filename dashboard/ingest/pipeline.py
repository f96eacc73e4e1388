"""Ingest files and folders into the store: read → extract → store, one article at a time.

Each article is stored in its own transaction and every failure is caught per file, so one
bad file never stops the batch and never touches what is already stored. The per-file
report (added / duplicate / failed, flows, events, warnings) is what the CLI prints.
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, Literal, Protocol

from sqlalchemy.exc import SQLAlchemyError

from dashboard.aggregate import build_flows_with_warnings, count_flows_and_events
from dashboard.curation import (
    CurationError,
    apply_source_curation,
    parse_curation,
    read_curation_file,
    resolve_place_specs,
)
from dashboard.ingest.reading import (
    DEFAULT_MAX_BYTES,
    InputError,
    TextTooLongError,
    is_article_file,
    read_article,
)
from dashboard.model import Claim, Source, flow_id
from dashboard.store import Store

CURATION_NAMES = ("curation.yaml", "curation.yml")
Status = Literal["added", "duplicate", "failed", "curation"]


class _Extraction(Protocol):
    # Read-only: extract_claims returns a frozen dataclass of tuples.
    @property
    def claims(self) -> Sequence[Claim]: ...
    @property
    def warnings(self) -> Sequence[str]: ...


Extractor = Callable[[Source, Any], _Extraction]


@dataclass(frozen=True)
class FileResult:
    """What happened to one input file."""

    path: str
    status: Status
    source_id: str | None = None
    flows: int = 0
    events: int = 0
    claims: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None  # failed: the reason; duplicate: "duplicate of <id> (<path>)"


@dataclass
class IngestReport:
    files: list[FileResult] = field(default_factory=list)

    def count(self, status: Status) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [f for f in self.files if f.status == "failed"]

    @property
    def ok(self) -> bool:
        return not self.failed


def iter_input_files(paths: Iterable[Path | str]) -> Iterator[Path]:
    """Files named or found under folders, sorted so every run ingests in the same order."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                rel = child.relative_to(path).parts
                if any(part.startswith(".") for part in rel):
                    continue
                if is_article_file(child) or child.name.lower() in CURATION_NAMES:
                    yield child
        else:
            yield path  # missing or unsupported files are reported by read_article


FlowKey = tuple[str, str, str]  # (origin key, destination key, kind)
Statements = dict[FlowKey, tuple[str, str | None, int]]  # -> (first source, path, sources)


def _find_contradictions(
    source: Source, claims: Sequence[Claim], stated: Statements
) -> tuple[list[Claim], list[str]]:
    """Claims stating the reverse direction of a stored (or same-article) claim of one kind.

    Both directions are kept (the analyst decides); the new claims carry the warning so it
    shows on the event too. ``stated`` summarises what the store already says.
    """
    own = {
        (c.origin.key, c.destination.key, c.kind): f"this article at {c.excerpt.start}:"
        f"{c.excerpt.end}"
        for c in reversed(claims)
    }
    warnings: list[str] = []
    out: list[Claim] = []
    for claim in claims:
        key = (claim.destination.key, claim.origin.key, claim.kind)
        where = None
        if key in stated:
            first, path, n = stated[key]
            others = f" and {n - 1} other source{'s' if n > 2 else ''}" if n > 1 else ""
            where = f"{first} ({path}){others}"
        elif key in own:
            where = own[key]
        if where is None:
            out.append(claim)
            continue
        note = (
            f"contradicts {where}: this says {claim.origin.name} → {claim.destination.name} "
            f"{claim.kind}, that says {claim.destination.name} → {claim.origin.name}"
        )
        warnings.append(note)
        out.append(replace(claim, warnings=(*claim.warnings, note)))
    return out, list(dict.fromkeys(warnings))


def _record_statements(source: Source, claims: Sequence[Claim], stated: Statements) -> None:
    """Keep the run's summary in step with what was just stored."""
    for key in dict.fromkeys((c.origin.key, c.destination.key, c.kind) for c in claims):
        if key in stated:
            first, path, n = stated[key]
            stated[key] = (first, path, n + 1)
        else:
            stated[key] = (source.id, source.path, 1)


def _checked_claims(
    source: Source, claims: Sequence[Claim], today: date
) -> tuple[list[Claim], list[str]]:
    """Drop self-flows and claims whose excerpt does not match the text, with warnings.

    Dates after publication (or today) are kept, since articles report plans ("deliveries
    will start in 2027"), but flagged so the analyst can check them.
    """
    kept: list[Claim] = []
    warnings: list[str] = []
    limit, what = (
        (source.published, "the publication date") if source.published else (today, "today")
    )
    for claim in claims:
        at = f"at {claim.excerpt.start}:{claim.excerpt.end}"
        if claim.date.start is not None and claim.date.start > limit:
            note = (
                f"date {claim.date.phrase or claim.date.start.isoformat()!r} "
                f"({claim.date.start.isoformat()}) of {flow_id(claim.origin, claim.destination)} "
                f"{claim.kind} {at} is after {what} ({limit.isoformat()}); please check"
            )
            warnings.append(note)
            claim = replace(claim, warnings=(*claim.warnings, note))
        if claim.origin.key == claim.destination.key:
            warnings.append(
                f"dropped self-flow {claim.origin.name} → {claim.destination.name} "
                f"({claim.kind}) {at}: a flow needs two different places"
            )
            continue
        if (
            claim.excerpt.source_id != source.id
            or source.text[claim.excerpt.start : claim.excerpt.end] != claim.excerpt.text
        ):
            warnings.append(
                f"dropped {flow_id(claim.origin, claim.destination)} claim {at}: "
                "its excerpt does not match the article text"
            )
            continue
        kept.append(claim)
    return kept, warnings


def ingest_source(
    source: Source,
    store: Store,
    gazetteer: Any,
    extractor: Extractor | None = None,
    today: date | None = None,
    stated: Statements | None = None,
    known: dict[str, str | None] | None = None,
) -> FileResult:
    """Extract and store one already-read article; never raises for per-file problems.

    ``stated`` is the run's summary of stored flows (for contradiction warnings); it is
    read from the store when not given and updated when the article is added. ``known``, the
    run's stored source ids and paths (``Store.source_refs``), saves a query per article; an
    article another process stores meanwhile is still caught, by ``Store.add_source``.
    """
    name = source.path or source.id
    if known is None:
        existing = store.source_ref(source.id)
    else:
        existing = (source.id, known[source.id]) if source.id in known else None
    if existing is not None:
        stored_id, stored_path = existing
        return FileResult(
            name, "duplicate", source.id, error=f"duplicate of {stored_id} ({stored_path})"
        )
    extract = extractor or _default_extractor()
    try:
        result = extract(source, gazetteer)
    except TextTooLongError as exc:
        return FileResult(name, "failed", source.id, error=str(exc))
    except Exception as exc:  # an extractor bug must not stop the batch
        return FileResult(
            name, "failed", source.id, error=f"extraction failed: {type(exc).__name__}: {exc}"
        )
    claims, dropped = _checked_claims(source, list(result.claims), today or date.today())
    try:
        if stated is None:
            stated = store.flow_statements()
        claims, contradictions = _find_contradictions(source, claims, stated)
        added = store.add_source(source, claims)
    except SQLAlchemyError as exc:
        return FileResult(name, "failed", source.id, error=f"could not store: {exc}")
    if not added:
        other = store.source_ref(source.id)
        where = other[1] if other else "?"
        return FileResult(name, "duplicate", source.id, error=f"duplicate of {source.id} ({where})")
    _record_statements(source, claims, stated)
    if known is not None:
        known[source.id] = source.path
    flows, events = count_flows_and_events(claims)
    warnings = [*result.warnings, *dropped, *contradictions]
    warnings += [w for c in claims for w in c.warnings]
    return FileResult(
        name,
        "added",
        source.id,
        flows=flows,
        events=events,
        claims=len(claims),
        warnings=tuple(dict.fromkeys(warnings)),
    )


def load_curation_into_store(path: Path, store: Store, gazetteer: Any) -> FileResult:
    """Validate a curation file against the stored sources, then make it the current one."""
    try:
        document = read_curation_file(path)
        lookup = getattr(gazetteer, "lookup", None)
        if lookup is not None:
            document = resolve_place_specs(document, lookup, str(path))
        rules = parse_curation(document, str(path))
        sources = apply_source_curation(store.load_raw_sources(), rules)
        _, warnings = build_flows_with_warnings(sources, store.load_claims(), rules)
        store.set_curation(document, str(path.name))
    except CurationError as exc:
        return FileResult(path.name, "failed", error=str(exc))
    except SQLAlchemyError as exc:
        return FileResult(path.name, "failed", error=f"could not store curation: {exc}")
    return FileResult(path.name, "curation", warnings=tuple(warnings))


def _default_extractor() -> Extractor:
    from dashboard.ingest.extract import extract_claims

    return extract_claims


def _freeze_long_lived() -> None:
    """Exempt what is loaded by now from full garbage collections, once per process.

    Modules, the gazetteer and the extractor (~130k objects) live as long as the process,
    yet every full collection rescanned them: ~0.2 ms per article. Reference counting still
    frees them; only reference cycles already unreachable now are never collected.
    """
    if gc.get_freeze_count() == 0:
        gc.freeze()


def _default_gazetteer() -> Any:
    from dashboard.ingest.gazetteer import load_gazetteer

    return load_gazetteer()


def ingest_paths(
    paths: Iterable[Path | str],
    store: Store,
    gazetteer: Any = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    extractor: Extractor | None = None,
    today: date | None = None,
    on_result: Callable[[FileResult], None] | None = None,
) -> IngestReport:
    """Ingest files/folders; curation files found are loaded after the articles.

    The gazetteer and extractor are loaded once, on the first article that needs extracting
    (pass a gazetteer in to reuse it across runs, as the benchmark does).
    """
    report = IngestReport()
    curation_files: list[Path] = []
    stated: Statements | None = None  # loaded once, on the first article
    known: dict[str, str | None] | None = None  # stored sources: id -> path, likewise
    loaded = False  # gazetteer and extractor: on the first article that needs extracting

    def record(result: FileResult) -> None:
        report.files.append(result)
        if on_result is not None:
            on_result(result)

    for path in iter_input_files(paths):
        if path.name.lower() in CURATION_NAMES:
            curation_files.append(path)
            continue
        try:
            source = read_article(path, max_bytes=max_bytes, today=today)
        except InputError as exc:
            record(FileResult(path.name, "failed", error=str(exc)))
            continue
        if known is None:
            known = store.source_refs()
        if not loaded and source.id not in known:
            if gazetteer is None:
                gazetteer = _default_gazetteer()
            extractor = extractor or _default_extractor()
            _freeze_long_lived()
            loaded = True
        if stated is None:
            stated = store.flow_statements()
        record(ingest_source(source, store, gazetteer, extractor, today, stated, known))
    for path in curation_files:
        if gazetteer is None:
            gazetteer = _default_gazetteer()
        record(load_curation_into_store(path, store, gazetteer))
    return report
