"""Article text → claims (supplier → recipient, kind, date, evidence), offline: rules first.

Why rules first: analysts work air-gapped and need the same output for the same input, with
every claim tied to the sentence that supports it, and a rule's reading can be explained. Rules
alone miss a quarter of the flows of unseen text, so a small statistical second opinion
(``dashboard.ingest.pairs``, weights trained on the labelled development split and shipped as
JSON) proposes the flows of trigger sentences the rules left unread; its claims say so in a
warning. A second one (``dashboard.ingest.claim_check``) rates the rules' own claims and sets
aside, with a warning, those that look wrong. The rule pipeline is:
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

from dashboard.ingest.claim_check import (
    checked_triples,
    claim_features,
    load_claim_check,
    set_aside,
)
from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.ingest.pairs import (
    Cues,
    Occurrence,
    PairModel,
    Triple,
    Unit,
    article_features,
    load_pair_model,
    sentence_candidates,
    sentence_unit,
)
from dashboard.ingest.reading import MAX_TEXT_CHARS, TextTooLongError
from dashboard.ingest.rules.context import _State
from dashboard.ingest.rules.facts import _date_for, _Facts, _items, _Lazy, _nearest, _sentence_dates
from dashboard.ingest.rules.followers import followers
from dashboard.ingest.rules.itemised import Refusal, counted_refusal, itemised_denials
from dashboard.ingest.rules.mentions import (
    _brussels_as_eu,
    _buyer_topic,
    _home_exporter,
    _main_country,
    _topic,
    _with_back_references,
)
from dashboard.ingest.rules.parties import _classify, _Party
from dashboard.ingest.rules.rankings import rankings
from dashboard.ingest.rules.sentence import (
    _ADVOCACY,
    _DENIED_ACT,
    _DISPUTED_TAIL,
    _DISPUTED_TAIL_EXEMPT,
    _MODAL_BEFORE,
    _NEGATION,
    _PROSPECTIVE,
    _sentence_claims,
)
from dashboard.ingest.rules.triggers import _TRIGGERS, _units
from dashboard.ingest.rules.vocabulary import LICENCE_KINDS, MEASURE_KINDS
from dashboard.model import MODEL_LEAD, Claim, Excerpt, Place, Source, a_kind


@dataclass(frozen=True)
class ExtractionResult:
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]


@dataclass(frozen=True)
class _RulePass:
    """The rules' claims and warnings, and what the pair model needs to look further."""

    claims: list[Claim]
    warnings: list[str]
    units: list[Unit]  # trigger sentences naming two parties or more
    mentions: Sequence[Mention]
    main_country: Place | None


def extract_claims(
    source: Source,
    gazetteer: Gazetteer,
    model: PairModel | None = None,
    check: PairModel | None = None,
) -> ExtractionResult:
    """All claims a source states, with one excerpt each, in text order: the rules' claims
    that the claim check (``check``, by default the shipped one) keeps, then those the pair
    model (``model``, by default the shipped one) adds."""
    found = _rule_pass(source, gazetteer)
    model = model if model is not None else load_pair_model()
    check = check if check is not None else load_claim_check()
    rated = checked_triples(found.claims)
    decided = _decided(found)
    wanted = _open_candidates(found, decided)
    per_sentence, features = _cues(source.text, found, wanted | rated)
    kept, set_aside_warnings = set_aside(
        found.claims, _check_features(source.text, found, features), check
    )
    claims = kept + _model_claims(source, found, model, decided, per_sentence, features, wanted)
    unique: dict[tuple[str, str, str, int], Claim] = {}
    for c in claims:
        unique.setdefault((c.origin.key, c.destination.key, c.kind, c.excerpt.start), c)
    out = tuple(unique.values())
    warnings = list(found.warnings) + set_aside_warnings
    for c in out:
        warnings.extend(c.warnings)
    return ExtractionResult(claims=out, warnings=tuple(dict.fromkeys(warnings)))


def pair_candidates(source: Source, gazetteer: Gazetteer) -> dict[Triple, dict[str, float]]:
    """Every (origin, destination, kind) the article's trigger sentences could state, with the
    pair model's features (for training and inspecting the model)."""
    found = _rule_pass(source, gazetteer)
    _, cues = _cues(source.text, found, None)
    return {key: c.features() for key, c in cues.items()}


def rule_claim_features(source: Source, gazetteer: Gazetteer) -> dict[Triple, dict[str, float]]:
    """Every (origin, destination, kind) the rules claim between parties, with the claim
    check's features (for training and inspecting the check)."""
    found = _rule_pass(source, gazetteer)
    _, cues = _cues(source.text, found, checked_triples(found.claims))
    return _check_features(source.text, found, cues)


def _check_features(
    text: str, found: _RulePass, cues: dict[Triple, Cues]
) -> dict[Triple, dict[str, float]]:
    """The claim check's features of the rules' claims, from the pair cues worked out."""
    return claim_features(text, found.claims, found.mentions, found.main_country, cues)


def _cues(
    text: str, found: _RulePass, wanted: set[Triple] | None
) -> tuple[list[dict[Triple, Occurrence]], dict[Triple, Cues]]:
    """The candidates of each of the article's trigger sentences (of ``wanted`` only, when
    given), and each candidate's pair-model cues over the article."""
    if wanted is not None and not wanted:
        return [], {}
    per_sentence = [sentence_candidates(text, u, wanted) for u in found.units]
    return per_sentence, article_features(per_sentence, found.mentions, found.main_country)


def _rule_pass(source: Source, gazetteer: Gazetteer) -> _RulePass:
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
    main = _main_country(text, mentions, gazetteer.dateline(text))
    mentions = _with_back_references(text, mentions, main)
    starts = [m.start for m in mentions]
    warnings: list[str] = []
    state = _State(main_country=main, home_exporter=_home_exporter(text, mentions, main))
    claims: list[Claim] = []
    refusal: Refusal | None = None  # "rejected 11 applications": itemised next
    units: list[Unit] = []

    for sent_no, (s_start, s_end, triggers) in enumerate(_units(text)):
        lo = bisect.bisect_left(starts, s_start)
        hi = bisect.bisect_left(starts, s_end)
        sent_mentions = mentions[lo:hi]
        new: list[Claim] = []
        # the sentence's parties, classified once for its claims and its topic; only when a
        # trigger gets as far as its parties (the topic alone needs just the first)
        classified = _Lazy(functools.partial(_classify_each, text, sent_mentions, s_start, s_end))
        # the sentence's dates, worked out only if a rule asks for them
        sent_dates = _Lazy(
            functools.partial(_sentence_dates, text, s_start, s_end, source.published)
        )
        if triggers:
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
            unit = sentence_unit(
                (s_start, s_end),
                [
                    (
                        s_start + t.start(),
                        _TRIGGERS[int(str(t.lastgroup)[1:])][1],
                        t.group(0).split(None, 1)[0].lower(),
                    )
                    for t in triggers
                ],
                sent_mentions,
            )
            if unit is not None:
                units.append(unit)
        if refusal is not None and sent_mentions:
            new = itemised_denials(
                text, (s_start, s_end), sent_mentions, refusal, new, source.id, sent_no
            )
        if sent_mentions:
            # "..., and Denmark and Finland took similar steps": the same decision, theirs
            new = followers(
                text, (s_start, s_end), mentions, new, state.last_claims, sent_no, sent_dates
            )
            # "The United States was the biggest market. It was followed by the UAE": the
            # countries a trade's league table ranks
            new = rankings(
                text,
                (s_start, s_end),
                sent_mentions,
                new,
                state.last_claims,
                sent_no,
                state.home_exporter or state.main_country,
                source.id,
                sent_dates,
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
            if sent_mentions:
                state.buyer_topic = _buyer_topic(text, sent_mentions, s_start, s_end)
        # a sentence that also states a real flow ("Brazil bought Gripens from Sweden in a
        # deal ...") shows the rules' stray pairing, not a flow to itself worth a warning
        stated_flow = any(c.origin.key != c.destination.key for c in new)
        licences: list[Claim] = []
        for claim in new:
            if claim.origin.key == claim.destination.key:
                counterpart = _same_counterpart(claim, state)
                if counterpart is None:
                    if not stated_flow:
                        warnings.append(
                            f"dropped {a_kind(claim.kind)} from {claim.origin.name} to itself: "
                            f"{claim.excerpt.text[:80]!r}"
                        )
                    continue
                claim = replace(claim, destination=counterpart)
            claims.append(claim)
            state.last_claims.append((claim, sent_no))
            if claim.origin == state.main_country and claim.kind != "use":
                state.main_supplied = True
            if claim.destination == state.main_country:
                state.main_received = True
            if claim.kind in LICENCE_KINDS:
                licences.append(claim)
            if claim.kind == "sanction":
                state.last_sanctioner = claim.origin

        if licences:
            # "Turkey calls the Canadian and Swedish restrictions embargoes": of one sentence's
            # deciders, the article's own country is the one later sentences mean
            last = next((c for c in reversed(licences) if c.origin == main), licences[-1])
            state.last_licence = (last.origin, last.destination)
            state.last_licence_kind = last.kind

    return _RulePass(_chain_use(claims), warnings, units, mentions, main)


def _same_counterpart(claim: Claim, state: _State) -> Place | None:
    """The counterpart of an export-control decision read as the decider's own ("Ottawa
    suspended the permits for Wescam's sensors": a Canadian firm's goods), when the article's
    last such decision by the same decider named one ("Canada lifted its restrictions on
    exports to Turkey")."""
    if claim.kind not in LICENCE_KINDS or state.last_licence is None:
        return None
    decider, counterpart = state.last_licence
    if decider.key != claim.origin.key or counterpart.key == decider.key:
        return None
    return counterpart


def _decided(found: _RulePass) -> set[tuple[int, object]]:
    """Where the rules made a claim in a sentence, they read its parties there: "lifted its
    embargo on Vietnam" is a resumption, not also an embargo; "Canadian drones were diverted
    to Azerbaijan" Turkey's diversion, not also Canada's."""
    decided: set[tuple[int, object]] = set()
    for c in found.claims:
        decided.add((c.excerpt.start, frozenset((c.origin.key, c.destination.key))))
        decided.add((c.excerpt.start, (c.kind, c.origin.key)))
        decided.add((c.excerpt.start, (c.kind, c.destination.key)))
    return decided


def _open_candidates(found: _RulePass, decided: set[tuple[int, object]]) -> set[Triple]:
    """The candidates the rules left open somewhere: the only ones the pair model rates."""
    ruled = {(c.origin.key, c.destination.key, c.kind) for c in found.claims}
    return {
        key
        for u in found.units
        for key in u.possible()
        if key not in ruled and not _settled(decided, u.start, key)
    }


def _model_claims(
    source: Source,
    found: _RulePass,
    model: PairModel,
    decided: set[tuple[int, object]],
    per_sentence: Sequence[dict[Triple, Occurrence]],
    features: dict[Triple, Cues],
    wanted: set[Triple],
) -> list[Claim]:
    """Claims the pair model is confident of and the rules did not make (of ``wanted``), each
    on the sentence that supports it best, dated, hedged and itemised as the rules would."""
    if not wanted:
        return []
    places = {m.place.key: m.place for m in found.mentions}
    where: dict[Triple, list[Occurrence]] = {}
    for sentence in per_sentence:
        for key, occ in sentence.items():
            if key in wanted:
                where.setdefault(key, []).append(occ)
    out: list[Claim] = []
    for key, f in features.items():
        if key not in wanted:
            continue
        score = model.score_cues(f)
        if score < model.threshold:
            continue
        # the article's own cues add the same to every sentence's score: rank by the sentence's
        open_ = [
            occ
            for occ in where[key]
            if not _settled(decided, occ.start, key)
            and not _unasserted(source.text, occ, key[2])
            and not _owned_by_another(found.mentions, occ, key[0])
        ]
        if not open_:
            continue
        best = max(open_, key=lambda occ: model.score_cues(occ.cues))
        sent_mentions = [m for m in found.mentions if best.start <= m.start < best.end]
        out.append(_claim_at(source, best, key, places, sent_mentions, score))
    return sorted(out, key=lambda c: c.excerpt.start)


def _unasserted(text: str, occ: Occurrence, kind: str) -> bool:
    """Whether the sentence does not assert its trigger, as the rules read it: negated
    ("Washington has not sanctioned New Delhi"), a mere prospect or possibility ("a proposal to
    buy them from Poland", "The EU could impose an arms embargo"), asked for ("pressed for an
    embargo"), denied ("Tehran denies arming", "..., an allegation Abu Dhabi denies"). The
    model's cues do not see that. A transfer that "would" happen is a plan stated (the rules'
    reading too)."""
    if any(
        pattern.search(text, occ.start, occ.trigger) is not None
        for pattern in (_NEGATION, _PROSPECTIVE, _ADVOCACY, _DENIED_ACT)
    ):
        return True
    sentence = text[occ.start : occ.end]
    if _DISPUTED_TAIL.search(sentence) and not _DISPUTED_TAIL_EXEMPT.search(sentence):
        return True
    modal = _MODAL_BEFORE.search(text, occ.start, occ.trigger)
    return modal is not None and (kind != "transfer" or modal.group(1).lower() != "would")


def _owned_by_another(mentions: Sequence[Mention], occ: Occurrence, origin: str) -> bool:
    """Whether the trigger word is a measure named for its imposer, and that is not the
    candidate's origin ("in violation of a UN arms embargo": the UN's, not Turkey's)."""
    return any(
        m.place.key != origin and 0 <= occ.trigger - m.end <= 1
        for m in mentions
        if occ.start <= m.start < occ.trigger
    )


def _settled(decided: set[tuple[int, object]], start: int, key: Triple) -> bool:
    """Whether the rules read this candidate's pair, or a party of its kind, in the sentence
    starting at ``start``."""
    o, d, kind = key
    return (
        (start, frozenset((o, d))) in decided
        or (start, (kind, o)) in decided
        or (start, (kind, d)) in decided
    )


def _claim_at(
    source: Source,
    occ: Occurrence,
    key: Triple,
    places: dict[str, Place],
    mentions: Sequence[Mention],
    score: float,
) -> Claim:
    """The pair model's claim on one sentence: its date, figures, attribution and hedging are
    read from the sentence as a rule's would be, and its warning says where it comes from."""
    text = source.text
    sentence = text[occ.start : occ.end]
    facts = _Facts.of(sentence)
    rel = occ.trigger - occ.start
    dates = _sentence_dates(text, occ.start, occ.end, source.published)
    when, date_warning = _date_for(dates, occ.trigger, (occ.start, occ.end), "", text)
    o, d, kind = key
    note = (
        f"{MODEL_LEAD} (score {score:.2f}), not by a relation rule: "
        f"check the excerpt: {sentence[:80]!r}"
    )
    return Claim(
        origin=places[o],
        destination=places[d],
        kind=kind,  # type: ignore[arg-type]
        date=when,
        excerpt=Excerpt(source.id, occ.start, occ.end, sentence),
        items=_items(sentence, mentions, (occ.start, occ.end), occ.start),
        quantity=_nearest(facts.quantities, rel, 0, len(sentence)),
        value=_nearest(facts.values, rel, 0, len(sentence)),
        attribution=facts.attribution,
        hedged=facts.hedged(rel, len(sentence), kind in MEASURE_KINDS),
        warnings=(note, date_warning) if date_warning else (note,),
    )


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
