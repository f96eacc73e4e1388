"""Typed domain records: what can be drawn, and the evidence behind it.

Every record here is immutable and free of I/O, so extraction, aggregation, figures and
exports can be tested as plain data. Serialisation to the public flows JSON lives in
``to_json`` helpers at the bottom; its field names are an interface other tools rely on.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Literal, get_args

EventKind = Literal[
    "transfer",
    "diversion",
    "use",
    "suspension",
    "resumption",
    "cancellation",
    "denial",
    "embargo",
    "sanction",
]
EVENT_KINDS: tuple[str, ...] = get_args(EventKind)


def a_kind(kind: str) -> str:
    """The kind with its article, for messages: "an embargo", "a use", "a transfer"."""
    return ("an " if kind[:1] in ("a", "e", "i", "o") else "a ") + kind


EVENT_KIND_DESCRIPTIONS: dict[str, str] = {
    "transfer": "sale, order, approval, delivery or supply from origin to destination",
    "diversion": "re-transfer by the origin to a third party (destination) against end-use terms",
    "use": "weapons from the origin used by or in the destination (e.g. in a conflict)",
    "suspension": "licences or deliveries from origin to destination put on hold",
    "resumption": "a suspension eased or lifted",
    "cancellation": "licences, permits or contracts cancelled for good",
    "denial": "a licence or re-export refused or blocked",
    "embargo": "an arms embargo imposed by the origin on the destination",
    "sanction": "sanctions imposed by the origin on the destination",
}

Precision = Literal["day", "week", "month", "season", "quarter", "year", "unknown"]
PlaceKind = Literal["country", "region", "city", "bloc"]
Curation = Literal["extracted", "confirmed", "corrected", "added"]


def content_id(text: str) -> str:
    """Stable source id: the same article (modulo whitespace) always gets the same id.

    ``str.split()`` breaks on exactly the characters regex ``\\s`` matches, so this is the
    original ``re.sub(r"\\s+", " ", text).strip()`` (ids of stored articles stay the same) at
    a quarter of its cost.
    """
    normalised = " ".join(text.split())
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Source:
    """One article as received; ``text`` is what evidence offsets index into."""

    id: str
    title: str
    text: str
    outlet: str | None = None
    url: str | None = None
    published: date | None = None
    published_note: str | None = None  # e.g. "inferred by analyst from ..."
    path: str | None = None  # file name it was ingested from (display only)


@dataclass(frozen=True)
class Excerpt:
    """A character span of a source; ``source.text[start:end] == text`` always holds."""

    source_id: str
    start: int
    end: int
    text: str

    def check(self, source: Source) -> None:
        if source.text[self.start : self.end] != self.text:
            raise ValueError(f"excerpt {self.start}:{self.end} does not match source {source.id}")


@dataclass(frozen=True)
class Place:
    name: str
    iso3: str | None
    kind: PlaceKind
    lat: float
    lon: float

    def __post_init__(self) -> None:
        # The extractor hashes places and reads their keys hundreds of times per article:
        # both are computed once (the record is immutable).
        key = (
            self.iso3.lower()
            if self.kind == "country" and self.iso3
            else re.sub(r"[^a-z0-9]+", "-", self.name.lower()).strip("-")
        )
        object.__setattr__(self, "_key", key)
        object.__setattr__(
            self, "_hash", hash((self.name, self.iso3, self.kind, self.lat, self.lon))
        )

    def __hash__(self) -> int:
        # _hash/_key are set in __post_init__, not declared: a declaration mypy sees would
        # make them dataclass fields (in __init__, eq, repr, asdict).
        return self._hash  # type: ignore[attr-defined]

    @property
    def key(self) -> str:
        """URL-safe key: the ISO code for countries, a slug of the name otherwise."""
        return self._key  # type: ignore[attr-defined]  # set in __post_init__, see __hash__


@dataclass(frozen=True)
class DateRange:
    """When an event happened, as precisely as the text allows.

    ``start``/``end`` are inclusive; both ``None`` when the date is unknown or could not be
    resolved (e.g. "last year" in an article with no publication date). ``phrase`` keeps the
    words the date came from; ``resolved`` is False when a relative phrase was left unresolved.
    """

    start: date | None
    end: date | None
    precision: Precision
    phrase: str | None = None
    resolved: bool = True

    @staticmethod
    def unknown(phrase: str | None = None) -> DateRange:
        return DateRange(None, None, "unknown", phrase, resolved=phrase is None)

    def overlaps(self, other: DateRange) -> bool:
        if self.start is None or other.start is None:
            return self.start is None and other.start is None
        assert self.end is not None and other.end is not None
        return self.start <= other.end and other.start <= self.end


# how a claim of the pair model (dashboard.ingest.pairs) starts its warning
MODEL_LEAD = "proposed by the pair model"


@dataclass(frozen=True)
class Event:
    """Something that happened on a flow, with the excerpts that say so."""

    id: str
    kind: EventKind
    date: DateRange
    evidence: tuple[Excerpt, ...]
    items: tuple[str, ...] = ()
    quantity: str | None = None
    value: str | None = None
    attribution: str | None = None  # who says so, e.g. "Canadian Foreign Minister Marc Garneau"
    hedged: bool = False  # "alleged", "reportedly"... rather than stated as fact
    curation: Curation = "extracted"
    note: str | None = None  # analyst's note, e.g. "analyst judgement"
    warnings: tuple[str, ...] = ()

    @property
    def source_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.source_id for e in self.evidence))

    @property
    def model_lead(self) -> bool:
        """Proposed by the statistical pair model rather than read by a relation rule."""
        return any(w.startswith(MODEL_LEAD) for w in self.warnings)


@dataclass(frozen=True)
class Flow:
    """One arc: origin → destination, with its dated events."""

    origin: Place
    destination: Place
    events: tuple[Event, ...] = field(default_factory=tuple)

    @property
    def id(self) -> str:
        return flow_id(self.origin, self.destination)


@dataclass(frozen=True)
class Claim:
    """One source's statement of one event on one flow: what extraction proposes.

    Claims are stored per source; flows and corroborated events are derived from them
    (see ``dashboard.aggregate``), so re-ingest and curation never rewrite evidence.
    """

    origin: Place
    destination: Place
    kind: EventKind
    date: DateRange
    excerpt: Excerpt
    items: tuple[str, ...] = ()
    quantity: str | None = None
    value: str | None = None
    attribution: str | None = None
    hedged: bool = False
    warnings: tuple[str, ...] = ()


def flow_id(origin: Place, destination: Place) -> str:
    return f"{origin.key}-{destination.key}"


# --- public JSON ----------------------------------------------------------------------------


def _iso(d: date | None) -> str | None:
    return d.isoformat() if d else None


def place_to_json(place: Place) -> dict[str, Any]:
    return {
        "name": place.name,
        "iso3": place.iso3,
        "kind": place.kind,
        "lat": place.lat,
        "lon": place.lon,
    }


def excerpt_to_json(excerpt: Excerpt) -> dict[str, Any]:
    return {
        "source": excerpt.source_id,
        "start": excerpt.start,
        "end": excerpt.end,
        "text": excerpt.text,
    }


def source_to_json(source: Source) -> dict[str, Any]:
    return {
        "id": source.id,
        "title": source.title,
        "outlet": source.outlet,
        "published": _iso(source.published),
        "published_note": source.published_note,
        "url": source.url,
        "path": source.path,
        "text": source.text,
    }


def event_to_json(event: Event, independent_sources: int) -> dict[str, Any]:
    return {
        "id": event.id,
        "kind": event.kind,
        "date_start": _iso(event.date.start),
        "date_end": _iso(event.date.end),
        "precision": event.date.precision,
        "date_phrase": event.date.phrase,
        "date_resolved": event.date.resolved,
        "items": list(event.items),
        "quantity": event.quantity,
        "value": event.value,
        "attribution": event.attribution,
        "hedged": event.hedged,
        "model_lead": event.model_lead,
        "curation": event.curation,
        "note": event.note,
        "warnings": list(event.warnings),
        "independent_sources": independent_sources,
        "evidence": [excerpt_to_json(e) for e in event.evidence],
    }
