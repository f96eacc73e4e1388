"""The analyst's curation file: rules that confirm, correct, reject or add what extraction found.

Curation is kept as its own document and applied when flows are read (aggregation), never
written into the claims, so it survives re-ingest and always wins over the machine. Every
rule is validated up front, and errors name the file and the entry so the analyst can fix it.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any, cast

import yaml

from dashboard.aggregate import event_id, event_sort_key
from dashboard.model import (
    EVENT_KINDS,
    DateRange,
    Event,
    EventKind,
    Excerpt,
    Flow,
    Place,
    Precision,
    Source,
    flow_id,
)

PRECISIONS = ("day", "week", "month", "season", "quarter", "year", "unknown")
PLACE_KINDS = ("country", "region", "city", "bloc")
SOURCE_FIELDS = ("title", "outlet", "published", "published_note", "url")
SET_FIELDS = (
    "kind",
    "date",
    "date_start",
    "date_end",
    "precision",
    "items",
    "hedged",
    "attribution",
    "quantity",
    "value",
)
ANALYST_JUDGEMENT = "analyst judgement"


class CurationError(Exception):
    """A curation file the Atlas cannot apply; names the file and the entry."""


@dataclass(frozen=True)
class SourceRule:
    where: str  # "sources[0]", for messages
    file: str | None
    id: str | None
    fields: Mapping[str, Any]


@dataclass(frozen=True)
class EvidenceSpec:
    source: str
    quote: str


@dataclass(frozen=True)
class EventRule:
    where: str
    action: str  # confirm | reject | correct | add
    flow: str | None = None
    kind: EventKind | None = None
    period: DateRange | None = None  # match events whose dates overlap it
    changes: Mapping[str, Any] = field(default_factory=dict)
    note: str | None = None
    origin: Any = None  # add: ISO3 / name / full place mapping
    destination: Any = None
    when: DateRange | None = None  # add: the new event's dates
    evidence: tuple[EvidenceSpec, ...] = ()


@dataclass(frozen=True)
class FlowRule:
    where: str
    action: str  # reject
    flow: str
    note: str | None = None


@dataclass(frozen=True)
class CurationRules:
    origin: str = "curation"
    sources: tuple[SourceRule, ...] = ()
    events: tuple[EventRule, ...] = ()
    flows: tuple[FlowRule, ...] = ()


# --- reading and validating ------------------------------------------------------------------


def _jsonable(value: Any) -> Any:
    """YAML dates → ISO strings, so the document can be stored as JSON."""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def read_curation_file(path: Path | str) -> dict[str, Any]:
    """Read and validate a curation YAML file; returns the JSON-able document."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise CurationError(f"{path}: cannot read curation file: {exc}") from exc
    try:
        loaded = yaml.safe_load(raw)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise CurationError(f"{path}: invalid YAML{where}: {problem}") from exc
    document = _jsonable(loaded if loaded is not None else {})
    parse_curation(document, str(path))
    return document


def load_curation(path: Path | str) -> CurationRules:
    return parse_curation(read_curation_file(path), str(path))


def period(value: Any) -> DateRange:
    """'2020' → the year, '2020-10' → the month, '2020-10-05' → the day."""
    text = str(value).strip()
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", text)
    if not m:
        if text.lower() == "unknown":
            return DateRange.unknown()
        raise ValueError(f"date {text!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    year = int(m[1])
    if m[3]:
        day = date(year, int(m[2]), int(m[3]))
        return DateRange(day, day, "day", text)
    if m[2]:
        month = int(m[2])
        if not 1 <= month <= 12:
            raise ValueError(f"date {text!r}: month must be 1..12")
        last = calendar.monthrange(year, month)[1]
        return DateRange(date(year, month, 1), date(year, month, last), "month", text)
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year", text)


def _iso_date(value: Any, name: str) -> date:
    try:
        return date.fromisoformat(str(value))
    except ValueError as exc:
        raise ValueError(f"{name} {value!r} is not an ISO date (YYYY-MM-DD): {exc}") from exc


def _dates_from(entry: Mapping[str, Any]) -> DateRange | None:
    """New dates from ``date`` or ``date_start``/``date_end``/``precision``; None if absent."""
    if "date" in entry:
        return period(entry["date"])
    if "date_start" not in entry and "date_end" not in entry:
        if "precision" in entry:
            raise ValueError("precision given without date_start/date_end")
        return None
    start = entry.get("date_start")
    end = entry.get("date_end", start)
    if start is None and end is None:
        return DateRange.unknown()
    if start is None:
        start = end
    s, e = _iso_date(start, "date_start"), _iso_date(end, "date_end")
    if e < s:
        raise ValueError(f"date_end {e} is before date_start {s}")
    precision = entry.get("precision") or _infer_precision(s, e)
    if precision not in PRECISIONS or precision == "unknown":
        raise ValueError(f"precision {precision!r} is not one of {', '.join(PRECISIONS[:-1])}")
    return DateRange(s, e, precision, None)


def _infer_precision(start: date, end: date) -> Precision:
    """The coarsest unit the analyst's range spans, when they did not say."""
    if start == end:
        return "day"
    last = calendar.monthrange(end.year, end.month)[1]
    if start.day == 1 and end.day == last and (start.year, start.month) == (end.year, end.month):
        return "month"
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return "year"
    days = (end - start).days
    return "week" if days <= 7 else "quarter" if days <= 92 else "year"


def _check_keys(entry: Mapping[str, Any], allowed: Iterable[str]) -> None:
    unknown = sorted(set(entry) - set(allowed))
    if unknown:
        raise ValueError(f"unknown field(s) {', '.join(unknown)}; allowed: {', '.join(allowed)}")


def _check_kind(kind: Any) -> EventKind:
    if kind not in EVENT_KINDS:
        raise ValueError(f"kind {kind!r} is not one of {', '.join(EVENT_KINDS)}")
    return cast(EventKind, str(kind))  # one of EVENT_KINDS, checked above


def _check_place_spec(spec: Any, name: str) -> None:
    if isinstance(spec, str) and spec.strip():
        return
    if isinstance(spec, Mapping):
        _check_keys(spec, ("name", "iso3", "kind", "lat", "lon"))
        if not isinstance(spec.get("name"), str):
            raise ValueError(f"{name}.name must be a string")
        if spec.get("kind", "country") not in PLACE_KINDS:
            raise ValueError(f"{name}.kind must be one of {', '.join(PLACE_KINDS)}")
        for axis in ("lat", "lon"):
            if not isinstance(spec.get(axis), int | float) or isinstance(spec.get(axis), bool):
                raise ValueError(f"{name}.{axis} must be a number")
        return
    raise ValueError(f"{name} must be an ISO3 code, a place name or a mapping with name/lat/lon")


def _label(entry: Mapping[str, Any]) -> str:
    bits = [str(entry.get(k)) for k in ("action", "flow", "kind", "date") if entry.get(k)]
    return f" ({' '.join(bits)})" if bits else ""


def _parse_source(where: str, entry: Any) -> SourceRule:
    if not isinstance(entry, Mapping):
        raise ValueError("must be a mapping")
    _check_keys(entry, ("file", "id", *SOURCE_FIELDS))
    if not entry.get("file") and not entry.get("id"):
        raise ValueError("needs 'file' (file name) or 'id' (source id) to match a source")
    fields = {k: entry[k] for k in SOURCE_FIELDS if k in entry}
    for k, v in fields.items():
        if v is not None and not isinstance(v, str):
            raise ValueError(f"{k} must be a string or null")
    if fields.get("published") is not None:
        fields["published"] = _iso_date(fields["published"], "published")
    return SourceRule(where, entry.get("file"), entry.get("id"), fields)


def _parse_event(where: str, entry: Any) -> EventRule:
    if not isinstance(entry, Mapping):
        raise ValueError("must be a mapping")
    action = entry.get("action")
    note = entry.get("note")
    if note is not None and not isinstance(note, str):
        raise ValueError("note must be a string")
    if action in ("confirm", "reject", "correct"):
        allowed = ["action", "flow", "kind", "date", "note"] + (
            ["set"] if action == "correct" else []
        )
        _check_keys(entry, allowed)
        if not isinstance(entry.get("flow"), str):
            raise ValueError("needs 'flow', e.g. flow: can-tur")
        kind = _check_kind(entry["kind"]) if "kind" in entry else None
        match_period = period(entry["date"]) if "date" in entry else None
        changes: dict[str, Any] = {}
        if action == "correct":
            changes = _parse_set(entry.get("set"))
        return EventRule(where, action, entry["flow"].lower(), kind, match_period, changes, note)
    if action == "add":
        _check_keys(
            entry,
            ("action", "origin", "destination", *SET_FIELDS, "evidence", "note"),
        )
        _check_place_spec(entry.get("origin"), "origin")
        _check_place_spec(entry.get("destination"), "destination")
        kind = _check_kind(entry.get("kind"))
        when = _dates_from(entry) or DateRange.unknown()
        evidence = _parse_evidence(entry.get("evidence"))
        if not evidence and not note:
            raise ValueError(
                f"needs evidence (source + quote) or a note, e.g. '{ANALYST_JUDGEMENT}'"
            )
        extra = _parse_set(
            {k: entry[k] for k in SET_FIELDS if k in entry and k not in _DATE_FIELDS},
            required=False,
        )
        return EventRule(
            where,
            "add",
            kind=kind,
            changes=extra,
            note=note,
            origin=entry["origin"],
            destination=entry["destination"],
            when=when,
            evidence=evidence,
        )
    raise ValueError(f"action {action!r} is not one of confirm, reject, correct, add")


_DATE_FIELDS = ("date", "date_start", "date_end", "precision")


def _parse_set(value: Any, required: bool = True) -> dict[str, Any]:
    if not isinstance(value, Mapping) or (required and not value):
        raise ValueError("'set' must be a non-empty mapping of fields to change")
    _check_keys(value, SET_FIELDS)
    out: dict[str, Any] = {}
    if "kind" in value:
        out["kind"] = _check_kind(value["kind"])
    dates = _dates_from(value)
    if dates is not None:
        out["date"] = dates
    if "items" in value:
        items = value["items"]
        if not isinstance(items, list) or not all(isinstance(i, str) for i in items):
            raise ValueError("items must be a list of strings")
        out["items"] = tuple(items)
    if "hedged" in value:
        if not isinstance(value["hedged"], bool):
            raise ValueError("hedged must be true or false")
        out["hedged"] = value["hedged"]
    for key in ("attribution", "quantity", "value"):
        if key in value:
            if value[key] is not None and not isinstance(value[key], str):
                raise ValueError(f"{key} must be a string or null")
            out[key] = value[key]
    return out


def _parse_evidence(value: Any) -> tuple[EvidenceSpec, ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ValueError("evidence must be a list of {source, quote}")
    specs = []
    for i, item in enumerate(value):
        if not isinstance(item, Mapping):
            raise ValueError(f"evidence[{i}] must be a mapping with source and quote")
        _check_keys(item, ("source", "quote"))
        if not isinstance(item.get("source"), str) or not isinstance(item.get("quote"), str):
            raise ValueError(f"evidence[{i}] needs 'source' and 'quote' strings")
        if not item["quote"].strip():
            raise ValueError(f"evidence[{i}].quote is empty")
        specs.append(EvidenceSpec(item["source"], item["quote"]))
    return tuple(specs)


def _parse_flow(where: str, entry: Any) -> FlowRule:
    if not isinstance(entry, Mapping):
        raise ValueError("must be a mapping")
    _check_keys(entry, ("action", "flow", "note"))
    if entry.get("action") != "reject":
        raise ValueError(f"flows action {entry.get('action')!r} is not supported (only reject)")
    if not isinstance(entry.get("flow"), str):
        raise ValueError("needs 'flow', e.g. flow: rus-tur")
    return FlowRule(where, "reject", entry["flow"].lower(), entry.get("note"))


def parse_curation(document: Any, origin: str) -> CurationRules:
    """Validate a curation document; CurationError names ``origin`` and the bad entry."""
    if not isinstance(document, Mapping):
        raise CurationError(f"{origin}: the top level must be a mapping with sources/events/flows")
    unknown = sorted(set(document) - {"sources", "events", "flows"})
    if unknown:
        raise CurationError(
            f"{origin}: unknown section(s) {', '.join(unknown)}; allowed: sources, events, flows"
        )
    parsed: dict[str, list[Any]] = {"sources": [], "events": [], "flows": []}
    parsers: dict[str, Callable[[str, Any], Any]] = {
        "sources": _parse_source,
        "events": _parse_event,
        "flows": _parse_flow,
    }
    for section, parser in parsers.items():
        entries = document.get(section) or []
        if not isinstance(entries, list):
            raise CurationError(f"{origin}: '{section}' must be a list")
        for i, entry in enumerate(entries):
            where = f"{section}[{i}]"
            try:
                parsed[section].append(parser(where, entry))
            except (ValueError, TypeError, KeyError) as exc:
                label = _label(entry) if isinstance(entry, Mapping) else ""
                raise CurationError(f"{origin}: {where}{label}: {exc}") from exc
    return CurationRules(
        origin=origin,
        sources=tuple(parsed["sources"]),
        events=tuple(parsed["events"]),
        flows=tuple(parsed["flows"]),
    )


# --- places for 'add' ---------------------------------------------------------------------


def resolve_place_specs(
    document: dict[str, Any], lookup: Callable[[str], Place | None], origin: str
) -> dict[str, Any]:
    """Replace place names in 'add' entries by full places, so reading needs no gazetteer."""
    out = dict(document)
    events = []
    for i, entry in enumerate(document.get("events") or []):
        if isinstance(entry, Mapping) and entry.get("action") == "add":
            entry = dict(entry)
            for side in ("origin", "destination"):
                spec = entry.get(side)
                if isinstance(spec, str):
                    place = lookup(spec)
                    if place is None:
                        raise CurationError(
                            f"{origin}: events[{i}]{_label(entry)}: unknown {side} {spec!r} "
                            "(use an ISO3 code, a known region, or give name/lat/lon)"
                        )
                    entry[side] = {
                        "name": place.name,
                        "iso3": place.iso3,
                        "kind": place.kind,
                        "lat": place.lat,
                        "lon": place.lon,
                    }
        events.append(entry)
    if "events" in document:
        out["events"] = events
    return out


def _known_places(flows: Sequence[Flow]) -> dict[str, Place]:
    places: dict[str, Place] = {}
    for flow in flows:
        for place in (flow.origin, flow.destination):
            for key in (place.key, place.name.casefold(), (place.iso3 or "").casefold()):
                if key:
                    places.setdefault(key, place)
    return places


def _place(spec: Any, known: Mapping[str, Place]) -> Place | None:
    if isinstance(spec, Mapping):
        return Place(
            name=spec["name"],
            iso3=spec.get("iso3"),
            kind=spec.get("kind", "country"),
            lat=float(spec["lat"]),
            lon=float(spec["lon"]),
        )
    return known.get(str(spec).strip().casefold())


# --- applying --------------------------------------------------------------------------------


def _matches_source(rule: SourceRule, source: Source) -> bool:
    if rule.id and rule.id == source.id:
        return True
    return bool(rule.file and source.path and Path(source.path).name == rule.file)


def apply_source_curation(sources: Iterable[Source], rules: CurationRules) -> list[Source]:
    """Sources with the analyst's metadata (e.g. an inferred publication date) applied."""
    out = []
    for source in sources:
        for rule in rules.sources:
            if _matches_source(rule, source):
                source = replace(source, **dict(rule.fields))
        out.append(source)
    return out


def find_source(ref: str, sources: Mapping[str, Source]) -> Source | None:
    """A source by id or by the file name it was ingested from."""
    if ref in sources:
        return sources[ref]
    for source in sorted(sources.values(), key=lambda s: s.id):
        if source.path and Path(source.path).name == ref:
            return source
    return None


def locate_quote(source: Source, quote: str) -> Excerpt | None:
    """The quote's exact span in the source; runs of whitespace may differ (e.g. NBSP)."""
    start = source.text.find(quote)
    if start >= 0:
        return Excerpt(source.id, start, start + len(quote), quote)
    words = quote.split()
    if not words:
        return None
    m = re.search(r"\s+".join(re.escape(w) for w in words), source.text)
    if m is None:
        return None
    return Excerpt(source.id, m.start(), m.end(), m.group(0))


def _event_matches(rule: EventRule, fid: str, event: Event) -> bool:
    if rule.flow != fid:
        return False
    if rule.kind is not None and rule.kind != event.kind:
        return False
    if rule.period is None:
        return True
    if rule.period.start is None:
        return event.date.start is None
    return event.date.overlaps(rule.period)


def _correct(fid: str, event: Event, rule: EventRule) -> Event:
    changes = dict(rule.changes)
    when: DateRange = changes.pop("date", event.date)
    if when is not event.date and when.phrase is None:
        when = replace(when, phrase=event.date.phrase)
    kind = changes.pop("kind", event.kind)
    return replace(
        event,
        **changes,
        kind=kind,
        date=when,
        id=event_id(fid, kind, when.start, when.end),
        curation="corrected",
        note=rule.note or event.note,
    )


def _added_event(fid: str, rule: EventRule, sources: Mapping[str, Source], origin: str) -> Event:
    evidence = []
    for spec in rule.evidence:
        source = find_source(spec.source, sources)
        if source is None:
            raise CurationError(
                f"{origin}: {rule.where} (add): evidence source {spec.source!r} is not stored "
                "(ingest it first, or refer to it by file name or id)"
            )
        excerpt = locate_quote(source, spec.quote)
        if excerpt is None:
            raise CurationError(
                f"{origin}: {rule.where} (add): quote {spec.quote[:60]!r} not found in "
                f"{source.path or source.id}"
            )
        evidence.append(excerpt)
    assert rule.kind is not None and rule.when is not None
    ordered = tuple(sorted(evidence, key=lambda e: (e.source_id, e.start, e.end)))
    return Event(
        id=event_id(fid, rule.kind, rule.when.start, rule.when.end),
        kind=rule.kind,
        date=rule.when,
        evidence=ordered,
        items=rule.changes.get("items", ()),
        quantity=rule.changes.get("quantity"),
        value=rule.changes.get("value"),
        attribution=rule.changes.get("attribution"),
        hedged=rule.changes.get("hedged", False),
        curation="added",
        note=rule.note or (None if ordered else ANALYST_JUDGEMENT),
    )


def apply_event_curation(
    flows: Sequence[Flow], sources: Mapping[str, Source], rules: CurationRules
) -> tuple[list[Flow], list[str]]:
    """Apply flow and event rules in file order; returns flows and 'matched nothing' warnings."""
    warnings: list[str] = []
    rejected = {r.flow for r in rules.flows}
    for r in rules.flows:
        if not any(f.id == r.flow for f in flows):
            warnings.append(f"{rules.origin}: {r.where} (reject {r.flow}) matched no flow")
    known = _known_places(flows)
    state: dict[str, tuple[Place, Place, list[Event]]] = {
        f.id: (f.origin, f.destination, list(f.events)) for f in flows if f.id not in rejected
    }
    for rule in rules.events:
        if rule.action == "add":
            origin = _place(rule.origin, known)
            destination = _place(rule.destination, known)
            if origin is None or destination is None:
                missing = rule.origin if origin is None else rule.destination
                raise CurationError(
                    f"{rules.origin}: {rule.where} (add): unknown place {missing!r}; re-load "
                    "the curation file with `ingest` so it is resolved, or give name/lat/lon"
                )
            fid = flow_id(origin, destination)
            if fid in rejected:
                continue
            event = _added_event(fid, rule, sources, rules.origin)
            o, d, events = state.setdefault(fid, (origin, destination, []))
            same = next(
                (
                    i
                    for i, e in enumerate(events)
                    if e.kind == event.kind and e.date.overlaps(event.date)
                ),
                None,
            )
            if same is None:
                events.append(event)
            else:  # the machine found it too: the analyst's evidence joins it
                merged = merge_events(events[same], event)
                events[same] = replace(
                    merged, curation=_stronger(events[same].curation, "confirmed")
                )
            continue
        if rule.flow is None or rule.flow not in state:
            warnings.append(f"{rules.origin}: {rule.where}{_rule_label(rule)} matched no flow")
            continue
        o, d, events = state[rule.flow]
        hits = {i for i, e in enumerate(events) if _event_matches(rule, rule.flow, e)}
        if not hits:
            warnings.append(f"{rules.origin}: {rule.where}{_rule_label(rule)} matched no event")
            continue
        if rule.action == "reject":
            events = [e for i, e in enumerate(events) if i not in hits]
        elif rule.action == "confirm":
            events = [
                replace(e, curation="confirmed", note=rule.note or e.note)
                if i in hits and e.curation == "extracted"
                else e
                for i, e in enumerate(events)
            ]
        else:
            events = [
                _correct(rule.flow, e, rule) if i in hits else e for i, e in enumerate(events)
            ]
        state[rule.flow] = (o, d, _merge_same_id(events))
    out = [
        Flow(o, d, tuple(sorted(evs, key=event_sort_key)))
        for fid, (o, d, evs) in sorted(state.items())
        if evs
    ]
    return out, warnings


_CURATION_STRENGTH = ("extracted", "confirmed", "added", "corrected")


def _stronger(a: str, b: str) -> Any:
    return max(a, b, key=_CURATION_STRENGTH.index)


def merge_events(a: Event, b: Event) -> Event:
    """One event from two that turned out to be the same (e.g. after a date correction)."""
    evidence = tuple(
        sorted(dict.fromkeys((*a.evidence, *b.evidence)), key=lambda x: (x.source_id, x.start))
    )
    notes = "; ".join(dict.fromkeys(n for n in (a.note, b.note) if n)) or None
    attribution = "; ".join(dict.fromkeys(x for x in (a.attribution, b.attribution) if x))
    return replace(
        a,
        evidence=evidence,
        items=tuple(dict.fromkeys((*a.items, *b.items))),
        quantity=a.quantity or b.quantity,
        value=a.value or b.value,
        attribution=attribution or None,
        hedged=a.hedged and b.hedged,
        curation=_stronger(a.curation, b.curation),
        note=notes,
        warnings=tuple(dict.fromkeys((*a.warnings, *b.warnings))),
    )


def _merge_same_id(events: Sequence[Event]) -> list[Event]:
    """Events a correction made identical (same flow, kind and dates) become one."""
    out: dict[str, Event] = {}
    for event in events:
        out[event.id] = merge_events(out[event.id], event) if event.id in out else event
    return list(out.values())


def _rule_label(rule: EventRule) -> str:
    bits = [rule.action, rule.flow or "", rule.kind or ""]
    if rule.period is not None:
        bits.append(rule.period.phrase or "unknown")
    return f" ({' '.join(b for b in bits if b)})"
