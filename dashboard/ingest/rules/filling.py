"""Parties a clause leaves unnamed, from context: the subject, main country, earlier claims."""

from __future__ import annotations

import re

from dashboard.ingest.rules.context import _Ctx, _State
from dashboard.ingest.rules.parties import _Party, _synthetic
from dashboard.ingest.rules.vocabulary import (
    _ARRIVAL,
    _BUY_PARTICIPLES,
    _BUYER_OBJECT,
    _CONTRAST_CLAUSE,
    _COORD_VERB,
    _GIVER_AFTER,
    _ITEM_WORDS,
    _MADE_IN,
    _ORDER_SUBJECT,
    _PLURAL_NOUN_BEFORE,
    _PREP_WORDS,
    _STRIKE_VERB,
    _SUPPLIED_BY,
    _TRADE_OBJECT,
    _VEHICLE_ACTS,
    _WITH_AFTER,
    LICENCE_KINDS,
    _later_clause_start,
)
from dashboard.model import Place

# what follows the stopping country in "the British frigate HMS Lancaster stopped a
# speedboat": a ship, navy, coast guard, customs or police force (an interdiction's denier)
_VESSEL_OR_FORCE_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:frigate|destroyer|warship|cruiser|corvette|patrol\s+(?:boat|ship|vessel)|"
    r"navy|coast\s+guard|customs|border\s+guards?|police|forces|authorities)\b",
    re.IGNORECASE,
)
_INTERDICTION = re.compile(r"(?:seiz|impound|intercept|confiscat|stopp)", re.IGNORECASE)
# "drones supplied by Iran": the participle naming the goods' supplier
_SUPPLIED_BY_BEFORE = re.compile(
    r"\b(?:supplied|provided|sold|delivered|donated|sent|given|exported|shipped|made|built|"
    r"manufactured|produced)\s+by\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "supplied by Iran have been used by": the participle's goods used by the next agent
_USED_BY_AFTER = re.compile(
    r"\s+by\s+(?:the\s+)?[\w’'-]+(?:\s+[\w’'-]+){0,3}?\s+(?:have|has|had)\s+been\s+"
    r"(?:\w+ly\s+)?(?:used|fired|flown|deployed|launched|employed)\s+(?:\w+\s+)?by\s+(?:the\s+)?",
    re.IGNORECASE,
)
# a licensing authority or court named without its country ("The NCACC refused...")
_BODY_SUBJECT = re.compile(
    # "In 2019 the committee withheld permits": a date or time phrase may come first
    r"^\s*(?:(?:In|Last|This|Since|By|On)\s+(?:[\w-]+\s+){1,2}?,?\s*)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}?(?:[A-Z]{2,}|committee|commission|agency|"
    r"court|council|inspectorate|ministry|office|authority|regulator)\b",
)
_CUSTOMS = re.compile(r"\b(?:customs|border\s+guards?|coast\s+guard)\b", re.IGNORECASE)
_REQUEST_FROM = re.compile(
    r"^\s+(?:an?\s+|the\s+|repeated\s+|several\s+|two\s+|three\s+)*"
    r"(?:requests?|applications?|appeals?|calls?|pleas?)\s+(?:by|from)\s+(?:the\s+)?",
    re.I,
)
_BY_AGENT = re.compile(
    r"\bby\s+(?!(?:sea|air|rail|road|ship|truck|plane|land|the\s+end|late|early|mid|\d))"
    r"(?:[\w-]+\s+){0,3}?(?:customers|buyers|firms|companies|traders|brokers|dealers|"
    r"middlemen|intermediaries|smugglers|networks?|third\s+parties)\b",
    re.IGNORECASE,
)
_RECEIVED = re.compile(
    r"^(?:received|receives|(?:took|takes|taking)\s+delivery|has\s+received|got|acquired|"
    # "the Netherlands and Austria signed a joint order", "the Czech Republic signed for two"
    r"ordered|orders?|signed\s+(?:up\s+)?for)\b"
)
# "12 used Rafale fighters bought from France": a past participle right after its noun
_PARTICIPLE = re.compile(
    _PLURAL_NOUN_BEFORE
    # nouns with no plural s: "transport aircraft bought from Spain"
    + r"|\b(?!(?:has|was|is|its|this|as|his|does)\b)(?:aircraft|equipment|hardware|"
    r"materiel|ammunition|artillery|weaponry|kit|gear)\s+$"
    # "the Lynx infantry fighting vehicle, bought from Germany": an appositive participle
    r"|\b(?!(?:has|was|is|it|they|which|who|that)\b)[a-z][\w-]*,\s+$"
    # "the first of six acquired from Turkey": a count standing for its noun
    r"|\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\s+$"
)
_GIVE_PARTICIPLES = frozenset(
    {"delivered", "handed over", "sent", "supplied", "transferred", "shipped", "donated", "given"}
)
_BUILT_BY = re.compile(
    r"\b(?:built|made|constructed|produced|manufactured|assembled)\s+(?:by|in)\s+"
    r"(?:an?\s+|the\s+)?$"
)
_OWN_RULES = re.compile(
    r"\s+(?:its|their)\s+(?:own\s+)?(?:arms\s+)?(?:export\s+)?(?:rules|regulations|"
    r"controls|policy|policies|guidelines|principles)\b"
)
_AND_THEN = re.compile(r"(?:\s+[\w-]+){0,3}\s+and\s+(?:then\s+|later\s+)?")
_LISTED_INCLUDE = re.compile(r"(?:companies|firms|entities|individuals|persons|entries|listings)\b")
_OWNERS_GOODS = re.compile(
    rf"['’]s\s+(?:[\w/-]+\s+){{0,3}}?(?:{_ITEM_WORDS})\b|['’]s\s+(?:first\s+)?[A-Z][\w/-]*\d",
    re.IGNORECASE,
)
_GOODS_OWNER_GAP = re.compile(
    r"\s+(?:the\s+)?(?:(?:first|last|final|remaining|next)\s+)?(?:\w+\s+of\s+)?"
)
_REPLACED_BEFORE = re.compile(
    r"\b(?:replac\w*|succeed\w*|retir\w*|supersed\w*)\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_USED_BACK = re.compile(r"\s+(?:the|these|those)\s+([a-z]{3,}s)\b")
_NOUN_TRIGGER = re.compile(
    r"^(?:sales?|exports|deliver(?:y|ies)|shipments?|transfers|deals?|contracts?|purchases?|"
    r"orders|suspensions?|limitations?|restrictions?|cancellation|freeze|ban|embargo|"
    r"suppliers?)$"
)

_FROM_MIDDLEMEN = re.compile(
    r"\bfrom\s+(?:[a-z][\w-]*\s+){0,2}?(?:distributors?|dealers?|brokers?|suppliers?|traders?|"
    r"intermediaries|middlemen|resellers?|vendors?|third\s+parties)\b"
)
# "sold it SPYDER batteries", "gave them drones": the pronoun receives (not "sold it to X")
_PRONOUN_RECIPIENT = re.compile(
    r"\s+(?:it|them)\s+(?!(?:to|from|for|on|in|as|at|with|by|back|off|out|over|and|or)\b)"
    r"[\w-]+",
    re.IGNORECASE,
)


def _fill_missing(
    c: _Ctx,
    origin: _Party | None,
    dest: _Party | None,
    state: _State,
    sent_no: int,
) -> tuple[_Party | None, _Party | None]:
    """Supply a missing party from item origins, the sentence, or earlier claims."""
    if (origin is None) != (dest is None) and (setting := _setting_country(c)) is not None:
        # "In the Netherlands, an appeals court ordered the government to halt exports of
        # F-35 parts to Israel": the actor whose country the sentence sets the scene in
        actor_side_missing = (origin is None) == (c.direction == "fwd")
        given = dest if origin is None else origin
        if actor_side_missing and given is not None and given.mention.place != setting:
            actor = _synthetic(setting)
            return (actor, dest) if origin is None else (origin, actor)
    if (
        origin is None
        and dest is None
        and c.kind == "transfer"
        and c.direction == "rev"
        and not _NOUN_TRIGGER.match(c.word)
        and (setting := _setting_country(c)) is not None
        # "In Niamey, the junta ...", not "..., Athens, where every Turkish purchase ..."
        and _SETTING_AFTER.search(c.text, c.sentence_start, c.t_start) is None
    ):
        # "In Niamey, the junta ... took delivery of Chinese-built armoured personnel
        # carriers": the country the scene is set in received them (their maker: below)
        dest = _synthetic(setting)
    window = [p for p in c.parties if c.window[0] <= p.mention.start < c.window[1]]
    items = [p for p in window if p.role == "item"]
    kind = c.kind
    if kind == "denial" and origin is None and dest is not None and _INTERDICTION.match(c.word):
        # "the British frigate HMS Lancaster stopped a speedboat ... headed for Yemen": the
        # ship's (navy's, customs') country stopped the shipment
        origin = next(
            (
                p
                for p in window
                if p.mention.end <= c.t_start
                and p.mention.via in ("demonym", "name", "capital", "alias")
                and p.mention.place != dest.mention.place
                # the subject, not "off the coast of Somalia" or "Iranian-origin weapons"
                and not p.prep
                and _VESSEL_OR_FORCE_AFTER.match(c.text, p.mention.end)
            ),
            None,
        )
    if kind == "use" and origin is None and dest is not None:
        # "Drones supplied by Iran have been used by Russia": the supplier the goods' own
        # participle names
        origin = next(
            (
                p
                for p in window
                if p.prep == "by"
                and p.mention.end <= c.t_start
                and p.mention.place != dest.mention.place
                and _SUPPLIED_BY_BEFORE.search(
                    c.text, max(0, p.mention.start - 40), p.mention.start
                )
            ),
            None,
        )
    if (
        kind == "transfer"
        and dest is None
        and origin is not None
        and origin.prep == "by"
        and not c.passive
        and (used_by := _USED_BY_AFTER.match(c.text, c.t_end, c.window[1]))
    ):
        # "Drones supplied by Iran have been used by Russia": the user received them
        dest = next(
            (
                p
                for p in window
                if p.prep == "by"
                and p.mention.start >= c.t_end + used_by.end() - used_by.start()
                and p.mention.place != origin.mention.place
            ),
            None,
        )
    if kind == "transfer" and origin is None and dest is None and _ARRIVAL.match(c.word):
        # "A shipment of Russian small arms arrived in January 2016": the goods' maker
        origin = next(
            (
                p
                for p in window
                if p.mention.end <= c.t_start
                # ("Russian small arms": not a weapon system, maybe second-hand)
                and p.mention.via == "demonym"
                and p.prep == "of"
            ),
            None,
        )
    if kind == "transfer" and dest is None and origin is not None and _ARRIVAL.match(c.word):
        # "gave Ukraine Storm Shadow months before the first ATACMS arrived from the United
        # States": the recipient just told; "Kuwait completes its fleet as the last jets
        # arrive from Italy": the sentence's subject, else the article's buyer
        recipients = [
            e.destination
            for e in [*(prev for prev, n in state.last_claims if n >= sent_no - 1), *c.earlier]
            if e.kind == "transfer" and e.destination != origin.mention.place
        ]
        dest = (
            (_synthetic(recipients[-1]) if recipients else None)
            or _sentence_subject(c, other_than=origin.mention.place)
            or _context_buyer(c, origin.mention.place, state)
        )
    if (
        kind == "transfer"
        and dest is None
        and origin is not None
        and c.direction == "fwd"
        and _PRONOUN_RECIPIENT.match(c.text, c.t_end)
    ):
        # "Hanoi has diversified: Israel sold it SPYDER batteries": "it" is the party named
        # before the seller, else the one the sentence before was about
        # (not another supplier this sentence named: "Russia has delivered helicopters, and
        # Turkey sold it drones" in a story about Mali)
        suppliers = {e.origin for e in c.earlier if e.kind == "transfer"}
        named = [
            p
            for p in c.parties
            if p.role == "party"
            and p.mention.end <= origin.mention.start
            and p.mention.place != origin.mention.place
            and p.mention.place not in suppliers
        ]
        if named:
            dest = named[-1]
        elif c.prev_topic is not None and c.prev_topic != origin.mention.place:
            dest = _synthetic(c.prev_topic)
    if (
        kind == "transfer"
        and dest is None
        and origin is not None
        and c.direction == "fwd"
        and not c.passive
    ):
        # "handed over the first six of Argentina's F-16 fighters": the goods' new owner
        dest = next(
            (
                p
                for p in window
                if p.role == "party"
                and c.t_end < p.mention.start <= c.t_end + 40
                and p.mention.place != origin.mention.place
                and _OWNERS_GOODS.match(c.text, p.mention.end)
                and _GOODS_OWNER_GAP.fullmatch(c.text, c.t_end, p.mention.start)
            ),
            None,
        )
    if kind == "transfer":
        # "shells manufactured in India have been sent to Ukraine by European customers":
        # the passive names its sender, just not as a country, so the maker is not it
        agent = c.passive and _BY_AGENT.search(c.text[c.t_end : c.window[1]])
        if (
            dest is None
            and origin is not None
            and re.match(r"\s+(?:for|to)\s+(?:it|them)\b", c.text[c.t_end : c.t_end + 12])
        ):
            # "The country ... operates ships built for it by the Turkish yard": the subject
            dest = _sentence_subject(c, other_than=origin.mention.place)
        if origin is None and _BUYER_OF.match(c.word):
            # "the largest buyer of Korean arms": what the buyer buys names its maker
            origin = next(
                (
                    p
                    for p in window
                    if p.prep == "of"
                    and c.t_end <= p.mention.start <= c.t_end + _NEAR_OBJECT
                    and (dest is None or p.mention.place != dest.mention.place)
                ),
                None,
            )
            if origin is not None and dest is None:
                # "Saudi Arabia was once more the largest buyer of Canadian goods": the
                # subject of the copula
                dest = next(
                    (
                        p
                        for p in c.parties
                        if p.role == "party"
                        and p.prep not in _PREP_WORDS
                        and p.mention.place != origin.mention.place
                        and _SUBJECT_COPULA.fullmatch(c.text, p.mention.end, c.t_start)
                    ),
                    None,
                )
            if (
                origin is not None
                and dest is None
                and (m := _RECIPIENTS_VERB.search(c.text, origin.mention.end, c.window[1]))
            ):
                # "The largest recipients of Swedish equipment were the United States, Brazil"
                dest = next(
                    (p for p in window if p.role == "party" and p.mention.start >= m.end()), None
                )
        if origin is None and dest is not None and c.direction == "rev":
            # "Jordan gave two Cobras to the Philippines, whose air force received them in
            # 2019": the giver this sentence just named, not the helicopters' maker
            gave = [
                e for e in c.earlier if e.kind == "transfer" and e.destination == dest.mention.place
            ]
            if any(
                p.role == "item"
                and p.mention.start >= c.t_end
                and p.mention.place != dest.mention.place
                for p in window
            ):
                # "bought radars from India, and it signed for French radars": their maker
                gave = []
            if gave:
                origin = _synthetic(gave[-1].origin)
            else:
                # "Uruguay receives M113 carriers donated by Brazil": the giver the sentence
                # names after the goods, not their maker
                origin = next(
                    (
                        p
                        for p in window
                        if p.role == "party"
                        and p.prep == "by"
                        and p.mention.start > c.t_end
                        and _GIVER_AFTER.search(
                            c.text, max(c.t_end, p.mention.start - 40), p.mention.start
                        )
                    ),
                    None,
                )
        if (
            origin is None
            and dest is not None
            and not agent
            # "bought US-origin chips from distributors in Asia": the maker did not sell them
            and not _FROM_MIDDLEMEN.search(c.text, c.t_end, c.window[1])
        ):
            # "ammunition for its Leopard 1 fleet": the platform served, not the goods' maker;
            # "Black Hawks built in Poland": where goods were made before whose design they are
            origin = next(
                (
                    p
                    for p in sorted(items, key=lambda p: p.mention.via in ("system", "company"))
                    if p.mention.place.key != dest.mention.place.key
                    and (p.prep != "for" or c.word.endswith("for"))  # "signs for Danish F-16s"
                    # "will replace ageing C-130 Hercules fleets": the old goods, not the new
                    and not _REPLACED_BEFORE.search(
                        c.text, max(0, p.mention.start - 30), p.mention.start
                    )
                ),
                None,
            )
            if origin is not None and _passed_on(c, dest, origin.mention.place, state):
                origin = None
            if origin is not None and (holder := _stock_holder(c, origin, dest, state, sent_no)):
                origin = holder
            if (
                origin is None
                and c.direction == "rev"
                and _RECEIVED.match(c.word)
                # "the first country after Israel to order the jet": no order told
                and not c.pre.endswith(" to ")
            ):
                # "Fiji and Solomon Islands have each received two": from the supplier the
                # article just named, if it sent the same kind of thing to someone else
                recent = [
                    prev
                    for prev, n in state.last_claims
                    if n >= sent_no - 2
                    and prev.kind == "transfer"
                    and dest.mention.place not in (prev.origin, prev.destination)
                ]
                if recent:
                    origin = _synthetic(recent[-1].origin)
            if origin is None and _ARRIVAL.match(c.word):
                # "Argentina bought 24 F-16s from Denmark ... The first jets arrived in Buenos
                # Aires": the supplier of the deal the article just told, if any
                told = [
                    prev
                    for prev, n in state.last_claims
                    if n >= sent_no - 3
                    and prev.kind == "transfer"
                    and prev.destination == dest.mention.place
                ]
                return (_synthetic(told[-1].origin) if told else None), dest
            if (
                origin is None
                and state.last_licence
                and state.last_licence[1] == dest.mention.place
                # "licences to X ... deliveries to X" name the supplier; an embargo does not
                and state.last_licence_kind != "embargo"
                and not _VEHICLE_ACTS.search(c.pre)
            ):
                origin = _synthetic(state.last_licence[0])
        if (
            dest is None
            and origin is not None
            and c.earlier
            and c.earlier[-1].origin == origin.mention.place
            and _COORD_VERB.search(c.pre)
        ):
            # "lifted its ban on sales to Vietnam ... and has since handed over cutters"
            dest = _synthetic(c.earlier[-1].destination)
        if dest is None and origin is not None and c.direction == "fwd" and origin.prep == "by":
            # "while Cambodia relies on rockets, much of it supplied by Beijing": the subject
            # of the clause the participle hangs on
            holder = next(
                (
                    p
                    for p in reversed(c.parties)
                    if p.role == "party"
                    and p.mention.end <= c.t_start
                    and p.prep not in _PREP_WORDS
                    and p.mention.place != origin.mention.place
                ),
                None,
            )
            if holder is not None:
                dest = holder
        if dest is None and origin is not None and c.direction == "fwd":
            # "It has used jets supplied by Russia": the supplier the use was given to
            used = [e for e in c.earlier if e.kind == "use" and e.origin == origin.mention.place]
            if used:
                dest = _synthetic(used[-1].destination)
        if (
            dest is None
            and origin is not None
            and c.direction == "fwd"
            and not _NOUN_TRIGGER.match(c.word)
        ):
            # this sentence's own claims are the most recent ("approved the sale of aircraft
            # to Kenya, and the first two were handed over last year")
            recent = [prev for prev, n in state.last_claims if n >= sent_no - 2] + list(c.earlier)
            # the same supplier's recipient ("approved the export of the Leopards") first,
            # else the recipient another supplier just sent to ("Poland also sent tanks")
            same = [p for p in recent if p.kind == "transfer" and p.origin == origin.mention.place]
            other = [p for p in recent if p.kind == "transfer" and p.origin != origin.mention.place]
            if same or other:
                dest = _synthetic((same or other)[-1].destination)
        topic = state.article_topic
        passive = c.passive
        participle = (
            c.word in _BUY_PARTICIPLES
            and (
                _PARTICIPLE.search(c.text[c.window[0] : c.t_start])
                # "40 UH-60M Black Hawks ordered from the United States"
                or any(
                    p.role == "item" and re.fullmatch(r"s?,?\s+", c.text[p.mention.end : c.t_start])
                    for p in c.parties
                )
            )
        )
        if passive or participle:
            # "Pinaka launchers were ordered from Indian companies" in an article about
            # Armenia; "helicopters were handed over to Ukraine" in one about Croatia
            if c.direction == "rev" and dest is None and origin is not None:
                # "Vietnam's navy relies on ... submarines bought from Russia": the sentence's
                # own subject, else the article's
                owner = _holder_before(c, origin.mention.place) or _sentence_subject(
                    c, other_than=origin.mention.place, clause=True
                )
                dest = owner or _context_buyer(c, origin.mention.place, state)
            elif (
                c.direction == "fwd"
                and passive
                and origin is None
                and dest is not None
                and dest.prep == "to"
                and c.word in _GIVE_PARTICIPLES
            ):
                # "missiles that Nicosia bought ...; they were handed over to Greece": the
                # holder the sentence just named passes them on, else the article's subject
                held = [
                    e.destination
                    for e in c.earlier
                    if e.kind == "transfer" and e.destination != dest.mention.place
                ]
                giver = held[-1] if held else topic
                origin = _synthetic(giver) if giver else None
        maker = (
            next(
                (
                    p
                    for p in reversed(c.parties)
                    if p.prep in ("by", "in")
                    and p.mention.end <= c.t_start
                    and _BUILT_BY.search(c.text, max(0, p.mention.start - 30), p.mention.start)
                    and _AND_THEN.fullmatch(c.text, p.mention.end, c.t_start)
                ),
                None,
            )
            if origin is None and c.word in _GIVE_PARTICIPLES
            else None
        )
        if maker is not None:
            # "were built by a Chinese state shipyard and delivered in 2022", "built in Poland
            # and delivered in 2015": the builder delivered, to the country the article is about
            return maker, dest or _to_main_country(c, maker, state, goods_subject=True)
        if (
            origin is None
            and dest is None
            and c.passive
            and c.word in _GIVE_PARTICIPLES
            and not any(p.role == "party" for p in window)
        ):
            # "Japan delivered radars to Manila; the last of the units was handed over in
            # 2024": a bare passive continues the transfer just told, in this sentence or
            # the one before
            recent = [e for e in c.earlier if e.kind == "transfer"] or [
                prev
                for prev, n in state.last_claims
                if n == sent_no - 1 and prev.kind == "transfer"
            ]
            if recent:
                state.echoed = (sent_no, recent[-1].origin, recent[-1].destination)
                return _synthetic(recent[-1].origin), _synthetic(recent[-1].destination)
        if (
            origin is None
            and dest is None
            and _NOUN_TRIGGER.match(c.word)
            and state.last_claims
            # not when the clause names a party of its own ("a contract ... from Qatar")
            and not any(p.role == "party" and p.prep in ("from", "to", "with") for p in window)
        ):
            prev, n = state.last_claims[-1]
            # nor when it names other goods' origin ("a deal for French helicopters")
            if (
                n == sent_no - 1
                and prev.kind == "transfer"
                and {p.mention.place for p in window if p.mention.via == "demonym"}
                <= {prev.origin, prev.destination}
            ):
                return _synthetic(prev.origin), _synthetic(prev.destination)
        if (
            origin is None
            and dest is None
            and _DEAL_NOUN.match(c.word)
            # "A deal for Leopard tanks may be signed next year": a deal still to come
            and not _DEAL_TO_COME.search(c.text, c.t_end, c.window[1])
        ):
            # "A 2023 contract for Mirage fighters from Qatar was cancelled" in a story about
            # Indonesia's air force: the clause names only the seller; the article's buyer
            seller = _deal_seller(c, window)
            if seller is not None:
                buyer = _pair_partner(c, state, seller.mention.place) or _context_buyer(
                    c, seller.mention.place, state
                )
                claims = [prev for prev, _n in state.last_claims]
                # not a country the article has only selling ("a contract ... from Russia")
                if buyer is not None and not (
                    any(p.origin == buyer.mention.place for p in claims)
                    and not any(p.destination == buyer.mention.place for p in claims)
                ):
                    return seller, buyer
        if (
            dest is None
            and origin is not None
            and "arriv" in c.text[c.t_end : c.window[1]]
            and (came := _ARRIVED_IN.search(c.text, c.t_end, c.window[1]))
        ):
            # "A shipment of bombs from the United States arrived at the Israeli port of
            # Ashdod": where the goods arrived received them
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and came.end() <= p.mention.start <= came.end() + 30
                    and p.mention.place != origin.mention.place
                ),
                None,
            )
        if (
            dest is None
            and origin is not None
            and c.direction == "fwd"
            # the firm or goods of one of the pair ("that Hanwha would deliver"), not one of
            # two co-suppliers ("the two countries coordinated their deliveries")
            and origin.mention.via in ("system", "company")
        ):
            dest = _pair_partner(c, state, origin.mention.place)
        if dest is None and origin is not None and c.direction == "fwd":
            # "two helicopters and a gunship supplied by Russia": the participle's goods are
            # what the agent gave
            dest = _to_main_country(
                c, origin, state, goods_subject=bool(_GIVEN_BY.match(c.text, c.t_end))
            )
        if (
            origin is None
            and dest is not None
            and _LICENCE_GRANT.match(c.word)
            and (reporting := state.main_country) is not None
            and reporting != dest.mention.place
        ):
            # "the largest licence granted last year covered pistols for Brazil" in a report
            # on one country's export licensing: that country exports
            origin = _synthetic(reporting)
        if _RANKED_BUYER.search(c.word) and (
            copula := _RECIPIENTS_VERB.search(c.text, c.t_end, c.t_end + 40)
        ):
            # "the largest customers (outside Europe) were India and Indonesia": who the
            # copula names, not the subject of another clause ("Poland was ..., and")
            dest = next(
                (
                    p
                    for p in window
                    if p.role == "party" and copula.end() <= p.mention.start <= copula.end() + 5
                ),
                dest,
            )
        if (
            origin is None
            and dest is not None
            and (_NOUN_TRIGGER.match(c.word) or _RANKED_BUYER.search(c.word))
            and (home := state.home_exporter) is not None
            and home != dest.mention.place
        ):
            # "Exports to Finland and Norway also rose" in a story on Swedish arms exports
            origin = _synthetic(home)
        return origin, dest
    if kind == "diversion" and dest is not None and origin is None:
        item_keys = {p.mention.place.key for p in items}
        cands = [
            p
            for p in c.parties
            if p.role == "party"
            and p.mention.start < c.t_start
            and p.mention.place.key not in item_keys | {dest.mention.place.key}
            and p.mention.place.kind == "country"
            # "bought the engines from China and re-exported them": the seller passed
            # nothing on
            and p.prep != "from"
        ]
        if cands:
            return cands[-1], dest
        # "Tan's firm bought engines from China and re-exported them to North Korea": the
        # buyer that re-exported is not named;
        # the article's earlier supplier of the same recipient ("a local businessman who
        # supplied marine engines to North Korea", in a story about a Singapore court)
        bought_from = any(
            p.prep == "from" and p.role == "party" and p.mention.start < c.t_start
            for p in c.parties
        )
        sent = [
            e.origin
            for e, _n in state.last_claims
            if bought_from
            and e.kind in ("transfer", "diversion")
            and e.destination == dest.mention.place
            and e.origin.key not in item_keys
        ]
        return (_synthetic(sent[-1]) if sent else None), dest
    if kind == "use" and c.direction == "enduse":
        last = state.last_licence
        if origin is None and dest is not None and last and last[1] == dest.mention.place:
            origin = _synthetic(last[0])
        return origin, dest
    if kind == "use":
        own_start = _later_clause_start(c.text, c.window[0], c.t_start)
        items = [p for p in items if p.mention.start >= own_start] or items
        weapons = [p for p in items if p.prep in ("with", "using", "by")]
        with_ = _WITH_AFTER.match(c.text, c.t_end, c.window[1])
        if with_ and c.word != "using":
            # "downed a Kinzhal missile with a US Patriot system", "with 28 Iranian drones":
            # whatever the "with" names, however it is introduced
            weapons = [p for p in items if p.mention.start >= with_.end()] or weapons
        if c.word == "using" and (after := [p for p in items if p.mention.start >= c.t_end]):
            # "shot down Russian cruise missiles using German IRIS-T launchers": what comes
            # after "using" is used, what came before it was the target
            items = after
        if re.match(r"shot\s+down|downed|intercept", c.word):
            # "shot down Indian aircraft with Chinese missiles": the weapon named by "with",
            # else the shooter's own ("Patriot batteries shot down ..."); what was shot down
            # ("shot down five ATACMS", "drones shot down over Kyiv") is the target's
            before = [p for p in items if p.mention.start < c.t_start]
            if c.passive or (
                _PARTICIPLE.search(c.text[c.window[0] : c.t_start])
                # "Patriot batteries intercepted ten missiles": a verb with its object
                and not _SHOT_OBJECT.match(c.text, c.t_end)
            ):
                before = []
            items = weapons or before
        elif _STRIKE_VERB.match(c.word):
            if c.passive and dest is None:
                return None, None  # "Kyiv was hit with Iranian drones": the target's city
            if with_:
                # "attacked Russian airfields with US-made ATACMS", "with 28 Iranian Shahed
                # drones": the weapon the "with" names, not the target before it; "with drones
                # supplied by Iran": its supplier; "a swap arranged with Germany": none
                weapons = [p for p in items if p.mention.start >= with_.end()]
                src, user = _fill_use(c, weapons, dest, state, sent_no)
                if not weapons and (src is None or src.mention.start < c.t_end):
                    return None, None
                return src, user
            # "TB2 drones struck two camps": the subject's
            items = [p for p in items if p.mention.start < c.t_start]
        elif aim := _USE_AIM.search(c.text, c.t_end, c.window[1]):
            # "used them to shoot down several Russian aircraft": those are the targets
            items = [p for p in items if p.mention.start < aim.start()]
        return _fill_use(c, items, dest, state, sent_no)
    if (
        kind == "sanction"
        and origin is None
        and dest is not None
        and c.word in ("removed", "excluded", "expelled", "kicked out")
    ):
        # "Turkey was removed from the F-35 programme": the programme's owner, the maker of
        # the system it names, took the measure
        owner = next(
            (
                p
                for p in c.parties
                if p.mention.via == "system"
                and c.t_end <= p.mention.start <= c.t_end + 40
                and p.mention.place != dest.mention.place
            ),
            None,
        )
        if owner is not None:
            return _synthetic(owner.mention.place), dest
    if (
        kind == "sanction"
        and origin is None
        and dest is not None
        and state.last_sanctioner
        and state.last_sanctioner != dest.mention.place
    ):
        return _synthetic(state.last_sanctioner), dest
    if (
        kind == "sanction"
        and origin is None
        and dest is not None
        and _LISTED_INCLUDE.match(c.word)
        and (lister := c.prev_topic or state.main_country) is not None
        and lister != dest.mention.place
    ):
        # "The US added eleven companies to its Entity List. The other companies added on
        # Tuesday include four firms in Hong Kong": the listing the sentence before told
        return _synthetic(lister), dest
    if kind == "sanction" and origin is not None and dest is None:
        # "The EU has kept an arms embargo on Myanmar and has imposed sanctions on the
        # state-owned oil company": the target of the measure the same imposer took in this
        # sentence, before another imposer's in the last one
        own = [
            e
            for e in c.earlier
            if e.origin == origin.mention.place and e.kind in ("embargo", "sanction")
        ]
        if own:
            return origin, _synthetic(own[-1].destination)
    if kind == "sanction" and origin is not None and dest is None:
        # "Washington sanctioned three Nicaraguan officers. Britain followed with asset
        # freezes on two of them": another sanctioner's target, in this or the last sentence
        target = next(
            (
                e.destination
                for e, n in [*state.last_claims[-4:], *((e, sent_no) for e in c.earlier)][::-1]
                if n >= sent_no - 1 and e.kind == "sanction" and e.origin != origin.mention.place
            ),
            None,
        )
        if target is not None and target != origin.mention.place:
            return origin, _synthetic(target)
    if (
        kind == "cancellation"
        and dest is None
        and c.passive
        and c.earlier
        and c.earlier[-1].kind == "transfer"
        and {p.mention.place for p in c.parties if c.window[0] <= p.mention.start < c.window[1]}
        <= {c.earlier[-1].origin, c.earlier[-1].destination}
    ):
        # "A contract for Russian helicopters, signed under Morales, was cancelled in 2020":
        # the deal this sentence just stated
        return _synthetic(c.earlier[-1].origin), _synthetic(c.earlier[-1].destination)
    if (
        kind in ("cancellation", "suspension")
        and dest is None
        and (
            _ORDER_SUBJECT.search(c.text[max(c.window[0], c.t_start - 60) : c.t_start])
            or _BUYER_OBJECT.match(c.text[c.t_end : c.t_end + 60])
        )
    ):
        # "the aircraft part of the contract was cancelled": the deal reported just before
        party = origin.mention.place if origin is not None else None
        for prev, n in reversed(state.last_claims):
            if n < sent_no - 3:
                break
            if prev.kind == "transfer" and party in (None, prev.origin, prev.destination):
                return _synthetic(prev.origin), _synthetic(prev.destination)
    if kind in LICENCE_KINDS | {"sanction"}:
        if (
            dest is None
            and origin is not None
            and kind in ("embargo", "sanction")
            and "under" in c.text[c.sentence_start : c.t_start]
        ):
            # "Mali was under a UN arms embargo, and the EU, which had imposed its own embargo
            # in 2004, lifted it": the target the sentence put under a measure
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.end <= c.t_start
                    and p.mention.place != origin.mention.place
                    and _UNDER_MEASURE_AT.match(c.text, p.mention.end)
                ),
                None,
            )
        if dest is None and kind != "sanction":
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.start >= c.t_end
                    and p.prep in ("to", "for", "against", "on")
                    and p is not origin
                    # in this clause ("will resume arms exports ..., but shipments to Israel
                    # will remain suspended": no resumption for Israel)
                    and not _CONTRAST_CLAUSE.search(c.text, c.t_end, p.mention.start)
                ),
                None,
            )
        if dest is None and c.passive and kind != "sanction":
            # "Exports of firearms to the Philippine police remain suspended"
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and c.window[0] <= p.mention.start < c.t_start
                    and p.prep in ("to", "for")
                ),
                None,
            )
        if (
            origin is None
            and dest is not None
            and c.passive
            and kind != "sanction"
            and (
                maker := next(
                    (
                        p
                        for p in items
                        if p.mention.end <= c.t_start
                        and p.mention.place != dest.mention.place
                        and _GOODS_TRADED_BEFORE.search(c.text, c.window[0], p.mention.start)
                    ),
                    None,
                )
            )
        ):
            # "Sales of German submarines to Turkey were frozen in 2019": the goods' maker
            # sold them
            origin = maker
        if (
            dest is None
            and kind == "denial"
            and (
                # past the clause ("stopped a container that had been declared as toy parts and
                # was bound for a buyer in Kyrgyzstan"), not past the sentence
                bound := _DENIED_BUYER.search(c.text, c.t_end, _sentence_end(c.text, c.t_end, 200))
            )
        ):
            # "refused a licence for machine tools ordered by a company in Kazakhstan",
            # "stopped a container bound for a buyer in Kyrgyzstan": the would-be recipient
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and bound.end() <= p.mention.start <= bound.end() + 50
                    and _BUYER_GAP.fullmatch(c.text, bound.end(), p.mention.start)
                    and p is not origin
                ),
                None,
            )
        if dest is None and _SUCH_TRADE.match(c.text, c.t_end):
            # "no new licences for arms to Saudi Arabia have been granted since the
            # Government froze such exports": the recipient the sentence already named
            dest = next(
                (
                    p
                    for p in reversed(c.parties)
                    if p.role == "party"
                    and p.mention.end <= c.t_start
                    and p.prep in ("to", "for")
                    and p is not origin
                ),
                None,
            )
        if dest is None and kind == "denial":
            # "refused to sell Riyadh armed MQ-9 Reapers": the refused verb's indirect object
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.start >= c.t_end
                    and _TO_GIVE.fullmatch(c.text, c.t_end, p.mention.start)
                    and p is not origin
                ),
                None,
            )
        if dest is None and kind == "denial":
            # "turned down repeated requests from Kyiv": the one who asked would receive
            asked = _REQUEST_FROM.search(c.text[c.t_end : c.window[1]])
            if asked:
                at = c.t_end + asked.end()
                dest = next((p for p in c.parties if p.mention.start == at), None)
        if (
            dest is None
            and origin is not None
            and kind == "denial"
            and c.prev_topic is not None
            and c.prev_topic != origin.mention.place
            and _REFUSED_BACK.match(c.text, c.t_end)
            and not any(
                p.role == "party" and p.mention.place != origin.mention.place
                for p in c.parties
                if c.window[0] <= p.mention.start < c.window[1]
            )
        ):
            # "Ukraine has asked Germany for Taurus missiles. Berlin has so far refused to
            # send them": the one the sentence before was about asked
            dest = _synthetic(c.prev_topic)
        if dest is None and kind not in ("sanction", "embargo"):
            # "withheld permits for Saudi Arabia ..., a freeze that cost RDM orders": the
            # measure this sentence just reported, before the article's last one
            same = [
                e
                for e in c.earlier
                if e.kind in LICENCE_KINDS and (origin is None or e.origin == origin.mention.place)
            ]
            if same:
                return origin or _synthetic(same[-1].origin), _synthetic(same[-1].destination)
        if origin is None and dest is not None and kind in ("embargo", "sanction"):
            # "Britain reinstated its own sanctions on Tehran, including an arms embargo": the
            # imposer of this sentence's measures against the same target
            same = [
                e
                for e in c.earlier
                if e.kind in ("embargo", "sanction") and e.destination == dest.mention.place
            ]
            if same:
                origin = _synthetic(same[-1].origin)
        if (origin is None or dest is None) and state.last_licence:
            lo, ld = state.last_licence
            if origin is None and dest is None and kind not in ("sanction", "embargo"):
                return _synthetic(lo), _synthetic(ld)  # "the hold was lifted in 2020"
            if origin is None and dest is not None and dest.mention.place == ld:
                return _synthetic(lo), dest
            if (
                origin is None
                and dest is not None
                and kind in ("denial", "suspension")
                and dest.mention.place != lo
                and (
                    _BODY_SUBJECT.search(c.text[c.window[0] : c.t_start])
                    # "customs officers at Busan stopped a container bound for Kyrgyzstan"
                    or (kind == "denial" and _CUSTOMS.search(c.text, c.window[0], c.t_start))
                )
            ):
                # "The NCACC refused a sale to a buyer in Libya": the licensing body of the
                # country whose licence decisions the article reports
                return _synthetic(lo), dest
            if dest is None and origin is not None and origin.mention.place == lo:
                return origin, _synthetic(ld)
            if (
                dest is None
                and origin is not None
                and kind in ("suspension", "resumption")
                and origin.mention.place.kind in ("country", "bloc")
                and ld != origin.mention.place
                and any(
                    e.kind in LICENCE_KINDS and e.destination == ld
                    for e, n in state.last_claims[-6:]
                    if n >= sent_no - 3
                )
            ):
                # "The US paused deliveries to Niger. The EU froze its security cooperation.
                # Germany also halted the handover of trucks": another decider, the same
                # recipient the article has just been reporting on
                return origin, _synthetic(ld)
        if (
            dest is None
            and origin is not None
            # "since it eased its export rules": a policy for all buyers, not one counterpart
            and not _OWN_RULES.match(c.text, c.t_end)
        ):
            # "Canada lifted its freeze on permits for Saudi Arabia; it had halted new permits
            # after 2018": the same decider's counterpart earlier in the sentence
            same = [
                e
                for e in c.earlier
                if e.origin == origin.mention.place and e.kind in LICENCE_KINDS | {"transfer"}
            ]
            if same:
                dest = _synthetic(same[-1].destination)
        if (
            dest is None
            and origin is not None
            and kind in ("suspension", "resumption")
            and _DELIVERIES_OBJECT.match(c.text, c.t_end)
        ):
            # "The emirate received its first Caracals in 2019. Two years later it halted
            # further deliveries": the flow the decider took part in, whichever side it was
            took = [
                e
                for e in [*(e for e, n in state.last_claims if n >= sent_no - 3), *c.earlier]
                if e.kind == "transfer" and origin.mention.place in (e.origin, e.destination)
            ]
            if took:
                flow = took[-1]
                return _synthetic(flow.origin), _synthetic(flow.destination)
        if dest is None and origin is not None and kind in _AFTER_COUP_KINDS:
            # "The US suspended arms sales after the coup in Thailand": the coup's country
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.place != origin.mention.place
                    and (
                        _COUP_IN.search(c.text, max(0, p.mention.start - 24), p.mention.start)
                        or _COUP_AFTER.match(c.text, p.mention.end)
                    )
                ),
                None,
            )
        if dest is None and origin is not None and kind in ("embargo", "sanction"):
            # "Myanmar's junta faces growing pressure. The EU renewed its arms embargo in
            # April": a measure naming no target is on the country the article is about
            dest = _measure_target(c, origin, state)
        main = state.main_country
        if (
            origin is None
            and dest is not None
            and kind in ("denial", "suspension", "resumption")
            and main is not None
            and main != dest.mention.place
            and (c.passive or _BODY_SUBJECT.search(c.text[c.window[0] : c.t_start]))
        ):
            # "Exports of firearms to the Philippine police remain suspended" in a report on
            # one country's licensing: that country decided
            return _synthetic(main), dest
        if (
            origin is None
            and dest is not None
            and kind in ("denial", "suspension", "resumption")
            and (home := state.home_exporter) is not None
            and home != dest.mention.place
        ):
            # "It refused 17 applications, one for the export of sniper rifles to Vietnam"
            # in a report on one country's exports: that country decided
            return _synthetic(home), dest
    return origin, dest


# "In Belgium, the Walloon government suspended ...", "the Netherlands, where an appeals court
# ordered ...": a country named as the setting of an actor named without one
_SETTING_BEFORE = re.compile(r"(?:^|;)\s*In\s+(?:the\s+)?$", re.IGNORECASE)
_SETTING_AFTER = re.compile(r",\s+(?:where|in\s+which)\s")
_SETTING_GAP = 90  # characters from the setting to the trigger


def _setting_country(c: _Ctx) -> Place | None:
    """The country an actor without one acts in: "In Norway, officials suspended ...",
    "..., the Netherlands, where a court ordered ...", when the clause names no subject."""
    for p in c.parties:
        if p.role != "party" or p.mention.place.kind != "country" or p.mention.start < 0:
            continue
        if not 0 < c.t_start - p.mention.end <= _SETTING_GAP:
            continue
        before = c.text[c.sentence_start : p.mention.start]
        opens = p.prep == "in" and _SETTING_BEFORE.search(before) is not None
        opens = opens and c.text.startswith(",", p.mention.end)
        where = _SETTING_AFTER.match(c.text, p.mention.end) is not None
        if not (opens or where):
            continue
        if any(
            q.role == "party" and p.mention.end < q.mention.start < c.t_start for q in c.parties
        ):
            return None  # "In Germany, France's ambassador ...": another country acts
        return p.mention.place
    return None


_GIVEN_BY = re.compile(r"\s+by\s")
# "refused to send them", "rejected the request", "turned down the bid": goods or a request
# the sentence before named (not "blocked the export of F-35 parts": goods of its own)
_REFUSED_BACK = re.compile(
    r"\s+(?:(?:to\s+(?:send|supply|deliver|sell|export|provide|transfer|hand\s+over|"
    r"approve|license|licence)\s+)?(?:them|it)\b|(?:the|that|this|such\s+an?|such)\s+"
    r"(?:request|application|bid|plea|appeal)s?\b)",
    re.IGNORECASE,
)


# "imposed new sanctions", "renewed its arms embargo", "extended the embargo by a year"
_IMPOSED = re.compile(
    r"\b(?:impos|renew|extend|tighten|slapp|introduc|adopt|expand|widen|broaden|levi|"
    r"announc|unveil|prolong)(?:ed|es|s)?\s+(?:(?:the|its|their|a|an|new|fresh|further|more|"
    r"additional|sweeping|tough|tougher|wide-ranging)\s+){0,3}(?:[\w-]+\s+)?$"
)


# "The two countries later signed a deal", "Both countries agreed that Hanwha would deliver"
_PAIR_SUBJECT = re.compile(
    r"\b(?:the\s+two|both)\s+(?:countries|nations|sides|governments|neighbours|neighbors|"
    r"allies|partners)\b",
    re.IGNORECASE,
)


def _pair_partner(c: _Ctx, state: _State, one: Place) -> _Party | None:
    """The other of "the two countries" the sentence before named, when this clause's
    subject is that pair and one of them is a party already."""
    if not _PAIR_SUBJECT.search(c.text, c.sentence_start, c.t_start):
        return None
    pair = state.prev_countries
    if len(pair) != 2 or one not in pair:
        return None
    return _synthetic(next(p for p in pair if p != one))


_AFTER_COUP_KINDS = frozenset({"suspension", "embargo", "sanction", "denial"})
_COUP_IN = re.compile(r"\bcoups?\s+(?:d['’]\w+\s+)?in\s+(?:the\s+)?$", re.IGNORECASE)
_COUP_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:latest|last|recent|military|army|\d{4})\s+)?(?:coup|putsch)\b",
    re.IGNORECASE,
)


def _measure_target(c: _Ctx, imposer: _Party, state: _State) -> _Party | None:
    """The target of an embargo or sanctions whose sentence names no one else: the country
    the sentence before was about, else the article's subject, unless the article has it
    imposing measures or supplying arms itself. Only for a measure its imposer takes in so
    many words ("imposed new sanctions", "renewed its arms embargo"), not one merely named
    ("while Russia was under Western sanctions", "threatened penalties")."""
    if not (
        imposer.mention.end <= c.t_start
        and imposer.prep not in _PREP_WORDS
        and _IMPOSED.search(c.text, max(c.window[0], c.t_start - 40), c.t_start)
    ):
        return None
    if any(p.role == "party" and p.mention.place != imposer.mention.place for p in c.parties):
        return None
    told = [e for e, _n in state.last_claims] + list(c.earlier)
    for topic in (c.prev_topic, state.article_topic):
        if (
            topic is not None
            and topic != imposer.mention.place
            and topic.kind == "country"
            and not any(e.origin == topic and e.kind != "use" for e in told)
        ):
            return _synthetic(topic)
    return None


_GOODS_TRADED_BEFORE = re.compile(
    r"\b(?:sales?|exports?|deliver(?:y|ies)|shipments?|transfers?|supplies)\s+of\s+"
    r"(?:[\w,-]+\s+){0,3}$",
    re.IGNORECASE,
)
_LICENCE_GRANT = re.compile(r"licen|grant")
# "halted further deliveries", "paused the delivery of one shipment": the goods' flow itself
_DELIVERIES_OBJECT = re.compile(
    r"\s+(?:(?:the|all|further|its|their|remaining|new|any)\s+){0,2}"
    r"(?:deliver(?:y|ies)|shipments?|supplies|transfers)\b",
    re.IGNORECASE,
)
_ARRIVED_IN = re.compile(r"\barriv(?:ed|es|ing)\s+(?:in|at)\s+(?:the\s+|an?\s+)?")
_SHOOT_DOWN = re.compile(r"shot\s+down|downed|intercept")
_SHOT_OBJECT = re.compile(
    r"\s+(?:the|a|an|most|some|all|several|many|dozens|scores|hundreds|more|at\s+least|"
    r"\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b",
    re.IGNORECASE,
)


def _sentence_end(text: str, pos: int, reach: int) -> int:
    """Where the sentence running through pos ends, within reach characters."""
    stop = min(len(text), pos + reach)
    ends = [e for e in (text.find(". ", pos, stop), text.find(";", pos, stop)) if e != -1]
    return min(ends, default=stop)


_DENIED_BUYER = re.compile(
    r"\b(?:(?:ordered|bought|requested|sought|purchased)\s+by|(?:bound|destined|headed|"
    r"intended)\s+for)\s+(?:an?\s+|the\s+)?",
    re.IGNORECASE,
)
# "bound for Yemen", "ordered by a trading company in Kazakhstan" (not "bound for countries
# involved in the war in Yemen")
_BUYER_GAP = re.compile(
    r"(?:(?:[\w-]+\s+){0,3}?(?:buyers?|customers?|clients?|compan(?:y|ies)|firms?|"
    r"end[\s-]users?|importers?|traders?|recipients?|consignees?)\s+(?:(?:based|registered)\s+)?"
    r"(?:in|from)\s+)?(?:the\s+)?",
    re.IGNORECASE,
)
_UNDER_MEASURE_AT = re.compile(
    r"(?:['’]s)?(?:,\s+|\s+(?:(?:still|also|long|already|then|now|once)\s+)?"
    r"(?:(?:has|have|had)\s+(?:been|remained|stayed|lived|fallen|come)|is|was|were|are|"
    r"remains?|remained|stays?|stayed|came|comes|fell|falls|lives?|lived)\s+(?:(?:still|also|long|already)\s+)?)under\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?(?:embargo(?:es)?|sanctions)\b",
    re.IGNORECASE,
)
_USE_AIM = re.compile(
    r"\b(?:shoot|shot|bring|brought)\s+down\b|\bagainst\b|\b(?:to\s+)?(?:strike|hit|destroy|"
    r"target|attack)\b",
    re.IGNORECASE,
)

# a clause whose subject points back at goods just named: "Both types have been used",
# "They have since been deployed", "All of them were fired"
_PLURAL_BACK_SUBJECT = re.compile(
    r"\s*(?:both|all|each|the\s+two|the\s+three|these|those|they)\b", re.IGNORECASE
)
_COMBAT = re.compile(
    r"\b(?:strikes?|against|attacks?|war|wars|fighting|combat|offensives?|bombing|raids?|"
    r"battles?|assaults?)\b",
    re.IGNORECASE,
)
_BOUGHT_FROM = re.compile(
    r"\b(?:bought|purchased|acquired|ordered|imported|procured|obtained)\s+from\s+"
    r"(?:the\s+)?$"
)
_USED_BACK_REFERENCE = re.compile(
    rf"\s+(?:them|it|(?:the|these|those|such)\s+(?:[\w-]+\s+){{0,2}}?(?:{_ITEM_WORDS}))\b",
    re.IGNORECASE,
)


def _fill_use(
    c: _Ctx, items: list[_Party], user: _Party | None, state: _State, sent_no: int
) -> tuple[_Party | None, _Party | None]:
    """Use: supplier = the items' origin; user = named user or the recipient in context."""
    owner = next(
        (
            p
            for p in items
            if p.mention.via == "demonym"
            and p.mention.start < c.t_start
            and not _MADE_IN.match(c.text[p.mention.end : p.mention.end + 12])
        ),
        None,
    )
    if (
        user is None
        and owner is not None
        and _STRIKE_VERB.match(c.word)
        and (makers := [p for p in items if p.mention.place != owner.mention.place])
    ):
        # "Ethiopian drones of Turkish make struck Tigrayan fighters": Ethiopia's drones
        return makers[0], owner
    if user is None and owner is not None and c.passive:
        # "The Moroccan drones have been used in strikes": Morocco's drones, Morocco uses
        # them; they came from whoever the article says supplied Morocco
        supplied = [
            prev
            for prev, _n in reversed(state.last_claims)
            if prev.kind in ("transfer", "diversion") and prev.destination == owner.mention.place
        ]
        others = [p for p in items if p.mention.place != owner.mention.place]
        if supplied:
            return _synthetic(supplied[0].origin), owner
        return (others[0] if others else None), owner
    if back := _USED_BACK.match(c.text, c.t_end):
        # "permits for the Wescam sensors fitted to Turkey's TB2 drones, after Azerbaijan had
        # used the drones": the goods the object points back at (in this sentence, maybe
        # before the clause), not the first ones named
        noun = re.compile(rf"[^.;,]{{0,30}}?\b{back.group(1)}\b", re.IGNORECASE)
        named = [
            p
            for p in c.parties
            if p.role == "item"
            and p.mention.end <= c.t_start
            and (user is None or p.mention.place != user.mention.place)
            and noun.match(c.text, p.mention.end)
        ]
        items = named[-1:] or items
    src = items[0] if items else None
    if src is None:
        # "used fighter jets supplied by Russia", "flown aircraft bought from Brazil":
        # whoever supplied them
        src = next(
            (
                p
                for p in c.parties
                if p.role == "party"
                and c.t_end <= p.mention.start < c.window[1]
                and (
                    _SUPPLIED_BY.search(
                        c.text[max(c.t_end, p.mention.start - 40) : p.mention.start]
                    )
                    or _BOUGHT_FROM.search(
                        c.text, max(c.t_end, p.mention.start - 40), p.mention.start
                    )
                )
                and (user is None or p.mention.place != user.mention.place)
            ),
            None,
        )
    if user is None:
        transfers = [
            e
            for e in c.earlier
            if e.kind in ("transfer", "diversion")
            # "The first battery was delivered in April and has been deployed on the coast"
            and state.echoed != (sent_no, e.origin, e.destination)
        ]
        if transfers:
            user = _synthetic(transfers[-1].destination)
            src = src or _synthetic(transfers[-1].origin)
        elif src is not None:
            for prev, _n in reversed(state.last_claims):
                if prev.origin == src.mention.place and prev.kind in ("transfer", "diversion"):
                    user = _synthetic(prev.destination)
                    break
            if user is None and (
                c.passive
                # "German-supplied IRIS-T systems had shot down most of the missiles" in an
                # article about Ukraine: the defender the article is about
                or (src.role == "item" and _SHOOT_DOWN.match(c.word))
            ):
                user = _passive_user(c, src.mention.place, state)
        elif re.search(_ITEM_WORDS, c.text[c.window[0] : c.t_start], re.IGNORECASE) or (
            _PLURAL_BACK_SUBJECT.match(c.text, c.window[0], c.t_start)
            # in fighting, not "They have been used mainly for patrols"
            and _COMBAT.search(c.text, c.t_end, c.window[1])
        ):
            # "The jets were used in strikes", "Both types have been used": the goods the
            # article just reported
            for prev, n in reversed(state.last_claims):
                if n < sent_no - 3:
                    break
                if prev.kind in ("transfer", "diversion"):
                    return _synthetic(prev.origin), _synthetic(prev.destination)
    if src is None and user is not None:
        # "Georgia, which bought Buk systems from Ukraine, used them": the seller's weapons
        bought = [
            e for e in c.earlier if e.kind == "transfer" and e.destination == user.mention.place
        ]
        if bought:
            return _synthetic(bought[-1].origin), user
        earlier = [
            e
            for e in c.earlier
            if e.destination != user.mention.place and e.kind not in ("sanction", "embargo")
        ]  # a sanction's target is not the user's supplier
        if earlier:
            src = _synthetic(earlier[-1].destination)
        elif _USED_BACK_REFERENCE.match(c.text, c.t_end):
            # "Australia sent Bushmasters to Ukraine. Ukrainian units have used the vehicles":
            # what the user recently received, from whoever sent it
            received = [
                prev
                for prev, n in reversed(state.last_claims)
                if n >= sent_no - 2
                and prev.kind in ("transfer", "diversion")
                and prev.destination == user.mention.place
            ]
            if received:
                src = _synthetic(received[0].origin)
    return src, user


def _passive_user(c: _Ctx, maker: Place, state: _State) -> _Party | None:
    """Who used foreign-made weapons when the sentence says only that they "were used": the
    sentence's first party ("India's strikes ... Israeli-made munitions were used against
    Pakistani radars"), else the country the article is about; never a target or the maker."""
    # what was shot down is the target's ("shot down Russian drones"), not where it was
    # ("missiles approaching Kyiv")
    shot = _SHOOT_DOWN.match(c.word) is not None
    targets = {
        p.mention.place
        for p in c.parties
        if p.prep in ("against", "on", "at")
        or (p.mention.start >= c.t_end and (not shot or p.role == "item"))
    }
    first = next((p for p in c.parties if p.role == "party"), None)
    user: Place | None = (
        first.mention.place
        if first is not None and first.mention.start < c.t_start
        else state.main_country
    )
    if user is None or user == maker or user in targets or user.kind != "country":
        return None
    return _synthetic(user)


def _sentence_subject(c: _Ctx, other_than: Place, clause: bool = False) -> _Party | None:
    """The first party before the trigger that no preposition governs (a subject or a
    possessor: "Vietnam's navy"), other than the given place."""
    return next(
        (
            p
            for p in c.parties
            if p.role == "party"
            and p.mention.start < c.t_start
            and (not clause or p.mention.start >= c.window[0])
            and p.prep not in _PREP_WORDS
            and p.mention.place != other_than
        ),
        None,
    )


def _holder_before(c: _Ctx, seller: Place) -> _Party | None:
    """Who holds goods a participle says were bought, when this sentence already named the
    holder: the user of "strikes carried out with jets bought from Russia", the recipient of
    "It received aircraft from the US and has since added fighters bought from Pakistan"."""
    for e in reversed(c.earlier):
        if e.kind in ("use", "transfer") and e.destination != seller:
            return _synthetic(e.destination)
    return None


def _context_buyer(c: _Ctx, seller: Place, state: _State) -> _Party | None:
    """The buyer of "fighters bought from Pakistan" when the sentence names none: the
    article's subject, else its main country. Not a subject the headline names as a seller
    ("Last Leopards arrive, completing German order"), nor one the article has supplying the
    main country ("Turkey delivers helicopters to Nigeria ... jets ordered from
    Italy" are Nigeria's) or punishing the seller ("China imposed sanctions on US firms ...
    after tanks bought from the US arrived"): a sanctioner does not buy from its target."""
    main = state.main_country
    topic = state.article_topic
    if topic is not None and state.buyer_topic != topic:
        topic = state.buyer_topic or main  # the first party named was a seller
    earlier = [prev for prev, _n in state.last_claims] + list(c.earlier)
    if topic is not None and any(
        (prev.kind == "transfer" and prev.origin == topic and prev.destination == main)
        or (prev.kind in _HOSTILE and prev.origin == topic and prev.destination == seller)
        for prev in earlier
    ):
        topic = main
    return _synthetic(topic) if topic is not None and topic != seller else None


_HOSTILE = frozenset({"sanction", "embargo", "denial", "suspension"})
_DEAL_TO_COME = re.compile(
    r"\b(?:may|might|could|would|will|should|(?:is|are)\s+(?:expected|due|set|likely)\s+to)"
    r"\s+(?:not\s+|soon\s+|still\s+)?be\b",
    re.IGNORECASE,
)
_DEAL_NOUN = re.compile(r"^(?:contracts?|deals?|orders?)$")


def _deal_seller(c: _Ctx, window: list[_Party]) -> _Party | None:
    """The only country a deal's clause names, when it names the seller ("a contract for
    Su-35s from Moscow", "a contract for Russian Mi-17 helicopters") and no one else."""
    if any(p.role == "party" and p.mention.start < c.t_start for p in window):
        return None  # "Indonesia's contract for ...": the buyer is named
    after = [p for p in window if p.mention.start >= c.t_end]
    # "a deal for French helicopters": the goods' origin
    made = [p for p in after if p.mention.via == "demonym" and p.prep in ("for", "of")]
    # "He signed a contract for 42 Rafale jets", "a deal for five Navantia corvettes": the
    # system's or firm's country
    designs = [
        p
        for p in after
        if p.mention.via in ("system", "company")
        and _SYSTEM_ORDERED.fullmatch(c.text, c.t_end, p.mention.start)
    ]
    named = [p for p in after if p.role == "party" and p not in made and p not in designs]
    if named:
        # "for Mirage fighters from Qatar": the seller, not the design's maker
        return named[0] if len(named) == 1 and named[0].prep == "from" else None
    made += [p for p in after if p.role == "item" and p.mention.via == "demonym"]
    made += designs
    return made[0] if len({p.mention.place for p in made}) == 1 else None


# "a contract for 42 Rafale jets", "a deal for Barak MX" (not "a deal to upgrade its F-16s")
_SYSTEM_ORDERED = re.compile(
    r"\s+for\s+(?:the\s+(?:purchase|supply|delivery|acquisition)\s+of\s+)?(?:another\s+|"
    r"more\s+|new\s+|[\d,]+\s+|(?:two|three|four|five|six|eight|ten|twelve|\w+teen|"
    r"\w+ty(?:-\w+)?)\s+)*(?:more\s+|new\s+)?",
    re.IGNORECASE,
)
_TO_GIVE = re.compile(
    r"\s+to\s+(?:sell|supply|export|send|deliver|give|provide|ship|hand)\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SUCH_TRADE = re.compile(
    r"\s+(?:such|these|those|the\s+same)\s+(?:arms\s+)?(?:exports|sales|deliveries|"
    r"licen[cs]es|permits|transfers|shipments)\b",
    re.IGNORECASE,
)
_SUBJECT_COPULA = re.compile(
    r"\s+(?:is|was|has\s+been|had\s+been|remains|remained|became|becomes)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:the|a|an|its)\s+(?:[\w-]+\s+){0,2}",
    re.IGNORECASE,
)
_RANKED_BUYER = re.compile(r"(?:biggest|largest|top)\s")
_BUYER_OF = re.compile(r"(?:buyer|customer|importer|recipient)s?\s", re.IGNORECASE)
_NEAR_OBJECT = 30  # "of the Korean", "of Swedish military": the object's first words
_RECIPIENTS_VERB = re.compile(r"\s(?:were|are|was|is|included|include|includes)\s")


_PARTITIVE_BEFORE = re.compile(
    r"\b(?:one|two|three|four|five|six|some|several|part|most|all|many|half)\s+of\s+"
    r"(?:the|its|their|those|these)\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)


def _stock_holder(
    c: _Ctx, maker: _Party, dest: _Party, state: _State, sent_no: int
) -> _Party | None:
    """Who passes on "one of the Patriot systems" to Ukraine: the buyer the article just said
    bought those goods from their maker (not the maker, who sold them once)."""
    if not _PARTITIVE_BEFORE.search(c.text, max(0, maker.mention.start - 40), maker.mention.start):
        return None
    holders = [
        prev.destination
        for prev, n in state.last_claims
        if n >= sent_no - 2
        and prev.kind == "transfer"
        and prev.origin == maker.mention.place
        and prev.destination != dest.mention.place
    ]
    return _synthetic(holders[-1]) if holders else None


def _passed_on(c: _Ctx, dest: _Party, maker: Place, state: _State) -> bool:
    """Second-hand goods passed on by the article's subject, not sent by their maker:
    "Mi-8 helicopters were handed over to Ukraine" in a story about Croatia."""
    topic = state.article_topic
    return (
        c.passive
        and c.word in _GIVE_PARTICIPLES
        and dest.prep == "to"
        and topic is not None
        and topic not in (dest.mention.place, maker)
    )


def _to_main_country(
    c: _Ctx, origin: _Party, state: _State, goods_subject: bool = False
) -> _Party | None:
    """The recipient a supplier's act names no one for, in an article about one country:
    "Cairo sent a second consignment by sea" in a story about Somalia's army."""
    main = state.main_country or state.article_topic
    if main is None or main == origin.mention.place or origin.mention.place.kind != "country":
        return None
    if c.passive and origin.prep != "by" and not goods_subject:
        return None  # "the first were delivered last year": the subject did not send them
    if _NOUN_TRIGGER.match(c.word) or c.word == "arms":
        return None
    if not (c.passive or goods_subject) and not _TRADE_OBJECT.search(c.text[c.t_end : c.window[1]]):
        # a verb with goods as its object: "supplied the army with rifles"; a passive's goods
        # are its subject ("Two helicopters were delivered by Moscow in November")
        return None
    # (in this clause: not "..., but the Emiratis suspended talks over Chinese technology")
    brk = _CONTRAST_CLAUSE.search(c.text, c.t_end, c.window[1])
    clause_end = brk.start() if brk is not None else c.window[1]
    others = {
        p.mention.place
        for p in c.parties
        if p.role == "party"
        and p.mention.start < clause_end
        and p.mention.place not in (origin.mention.place, main)
        # "Turkey delivered drones, and the United States supplied aircraft": another
        # clause's subject is another supplier, not a recipient; nor is one named by "from"
        # or "by" ("aircraft delivered by the US and fighters acquired from Pakistan")
        and p.prep not in ("", ",", "from", "by")
    }
    if others:
        return None  # another country in the sentence may be the one meant
    claims = [prev for prev, _n in state.last_claims]
    if any(p.origin == main and p.kind != "use" for p in claims) and not any(
        p.destination == main for p in claims
    ):
        # "Moscow delivered submarines" in a story on the US lifting its embargo on Vietnam:
        # a main country the article has only selling or deciding on sales is not the buyer
        return None
    return _synthetic(main)
