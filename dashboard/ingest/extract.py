"""Article text → claims (supplier → recipient, kind, date, evidence), offline and rule-based.

Why rules and not a statistical model: analysts work air-gapped and need the same output for
the same input, with every claim tied to the sentence that supports it. The pipeline is:
spaCy's blank English tokenizer and its sentencizer rule for sentences, the gazetteer's
one-pass regex for places, ``dates.extract_dates`` for date phrases, and one compiled regex
of relation triggers. Each
trigger's clause ("window") is searched for its parties by the word in front of them
(``to``/``from``/``by``/``with``...), by voice, and by what the kind implies:

- transfer (sold, supplied, delivered, exported...): subject/``by`` → ``to``; for buying verbs
  (bought, ordered, received...) subject → recipient and ``from`` → supplier; when the supplier
  is not named, the origin of the items (a weapon system, a company, "Russian jets").
- diversion: re-exporter → third party; when only the items' origin is named ("Canadian drones
  were diverted to Azerbaijan") the re-exporter is another party of the sentence.
- use: modelled as a flow from the *supplier of the user* to the user (TUR → AZE for
  Turkish drones with Canadian optics flown by Azerbaijan). When the items' origin is named
  (Canadian technology) and the article also states that origin → P and P → user, the use is
  put on P → user, the last hop of the chain.
- suspension, resumption, cancellation, denial, embargo, sanction: the deciding country →
  the country affected. Back-references ("Those suspensions", "limitation had been eased")
  take the parties of the article's previous export-control claim.

Reporting countries are not parties ("Seoul says Pyongyang shipped shells to Moscow").

The rules live in ``dashboard.ingest.rules``, one module per step; this module runs them
over an article and keeps what earlier sentences established.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.ingest.reading import MAX_TEXT_CHARS, TextTooLongError
from dashboard.ingest.rules.context import _State
from dashboard.ingest.rules.facts import _Lazy, _sentence_dates
from dashboard.ingest.rules.itemised import Refusal, counted_refusal, itemised_denials
from dashboard.ingest.rules.mentions import (
    _brussels_as_eu,
    _home_exporter,
    _main_country,
    _topic,
    _with_back_references,
)
from dashboard.ingest.rules.parties import _classify, _Party
from dashboard.ingest.rules.sentence import _sentence_claims
from dashboard.ingest.rules.triggers import _units
from dashboard.ingest.rules.vocabulary import LICENCE_KINDS
from dashboard.model import Claim, Source


@dataclass(frozen=True)
class ExtractionResult:
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]


def extract_claims(source: Source, gazetteer: Gazetteer) -> ExtractionResult:
    """All claims a source states, with one excerpt each, in text order."""
    text = source.text
    if len(text) > MAX_TEXT_CHARS:
        raise TextTooLongError(
            source.path or source.id,
            f"text is too long to extract flows from ({len(text):,} characters; the "
            f"extractor reads at most {MAX_TEXT_CHARS:,} per article): split it into "
            "separate articles",
        )
    mentions = gazetteer.find(text)
    mentions = _brussels_as_eu(text, mentions, gazetteer)
    main = _main_country(text, mentions)
    mentions = _with_back_references(text, mentions, main)
    starts = [m.start for m in mentions]
    warnings: list[str] = []
    state = _State(main_country=main, home_exporter=_home_exporter(text, mentions, main))
    claims: list[Claim] = []
    refusal: Refusal | None = None  # "rejected 11 applications": itemised next

    for sent_no, (s_start, s_end, triggers) in enumerate(_units(text)):
        lo = bisect.bisect_left(starts, s_start)
        hi = bisect.bisect_left(starts, s_end)
        sent_mentions = mentions[lo:hi]
        new: list[Claim] = []
        # the sentence's parties, classified once for its claims and its topic; only when a
        # trigger gets as far as its parties (the topic alone needs just the first)
        classified = _Lazy(functools.partial(_classify_each, text, sent_mentions, s_start, s_end))
        if triggers:
            sent_dates = _Lazy(
                functools.partial(_sentence_dates, text, s_start, s_end, source.published)
            )
            new = _sentence_claims(
                text,
                (s_start, s_end),
                triggers,
                sent_mentions,
                classified,
                sent_dates,
                source,
                gazetteer,
                state,
                sent_no,
            )
        if refusal is not None and sent_mentions:
            new = itemised_denials(
                text, (s_start, s_end), sent_mentions, refusal, new, source.id, sent_no
            )
        if triggers:
            refusal = (
                counted_refusal(
                    text,
                    (s_start, s_end),
                    triggers,
                    new,
                    sent_dates,
                    state.home_exporter or state.main_country,
                    sent_no,
                )
                or refusal
            )
        # a sentence that names no country ("The regime continues its strikes.") keeps the
        # topic for the "It" of the next one
        if sent_mentions:
            state.prev_topic = _topic(
                text, sent_mentions, s_start, s_end, classified if classified.built else ()
            )
            # "The K9 is made by Hanwha. Earlier customers include ...": whose customers
            state.prev_makers = frozenset(
                m.place for m in sent_mentions if m.via in ("system", "company")
            )
            state.prev_countries = frozenset(
                m.place
                for m in sent_mentions
                if m.place.kind == "country" and m.via in ("name", "capital", "alias")
            )
        if state.article_topic is None:
            state.article_topic = state.prev_topic
        # a sentence that also states a real flow ("Brazil bought Gripens from Sweden in a
        # deal ...") shows the rules' stray pairing, not a flow to itself worth a warning
        stated_flow = any(c.origin.key != c.destination.key for c in new)
        for claim in new:
            if claim.origin.key == claim.destination.key:
                if not stated_flow:
                    warnings.append(
                        f"dropped a {claim.kind} from {claim.origin.name} to itself: "
                        f"{claim.excerpt.text[:80]!r}"
                    )
                continue
            claims.append(claim)
            state.last_claims.append((claim, sent_no))
            if claim.origin == state.main_country and claim.kind != "use":
                state.main_supplied = True
            if claim.destination == state.main_country:
                state.main_received = True
            if claim.kind in LICENCE_KINDS:
                state.last_licence = (claim.origin, claim.destination)
                state.last_licence_kind = claim.kind
            if claim.kind == "sanction":
                state.last_sanctioner = claim.origin

    claims = _chain_use(claims)
    unique: dict[tuple[str, str, str, int], Claim] = {}
    for c in claims:
        unique.setdefault((c.origin.key, c.destination.key, c.kind, c.excerpt.start), c)
    out = tuple(unique.values())
    for c in out:
        warnings.extend(c.warnings)
    return ExtractionResult(claims=out, warnings=tuple(dict.fromkeys(warnings)))


def _classify_each(
    text: str, mentions: Sequence[Mention], s_start: int, s_end: int
) -> list[_Party]:
    """``_classify`` of each mention of the sentence text[s_start:s_end]."""
    return [_classify(text, m, s_start, s_end) for m in mentions]


def _chain_use(claims: list[Claim]) -> list[Claim]:
    """Put a use on the last hop of a supply chain the article states (CAN → TUR → AZE)."""
    supply = {
        (c.origin.key, c.destination.key) for c in claims if c.kind in ("transfer", "diversion")
    }
    # a re-exporter passes on the maker's goods: "Serbian-made rockets" that reached Ukraine
    # through Czech traders are still Serbia's (SRB -> CZE -> UKR: SRB -> UKR use)
    sold = {(c.origin.key, c.destination.key) for c in claims if c.kind == "transfer"}
    links = {(c.origin.key, c.destination.key) for c in claims}
    places = {c.origin.key: c.origin for c in claims} | {
        c.destination.key: c.destination for c in claims
    }
    diverted = {(c.origin.key, c.destination.key) for c in claims if c.kind == "diversion"} - sold
    out: list[Claim] = []
    for c in claims:
        if c.kind == "use" and (c.origin.key, c.destination.key) in diverted:
            # "Bulgaria sold rifles to Uganda, which re-exported them to South Sudan; SPLA
            # units used them": the re-exporter passed on the maker's goods (BGR -> SSD use)
            makers = sorted({p for (p, r) in sold if r == c.origin.key} - {c.destination.key})
            if len(makers) == 1:
                c = replace(c, origin=places[makers[0]])
        elif c.kind == "use" and (c.origin.key, c.destination.key) not in supply:
            hops = sorted(
                p for (p, u) in sold if u == c.destination.key and (c.origin.key, p) in links
            )
            if hops:
                c = replace(c, origin=places[hops[0]])
        out.append(c)
    return out
