"""Supplier and recipient among a clause's named parties, by preposition, voice and kind."""

from __future__ import annotations

import re

from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules.context import _Ctx
from dashboard.ingest.rules.parties import _Party, _synthetic, opens_own_clause
from dashboard.ingest.rules.triggers import _first_words
from dashboard.ingest.rules.vocabulary import (
    _ACTOR_WORDS,
    _ADDED_TO_LIST,
    _ARRIVAL,
    _BUY_PARTICIPLES,
    _BUYER_OBJECT,
    _COORD_VERB,
    _DEAL_WORDS,
    _EARLIER_CLAUSE,
    _FIRM_AFTER,
    _ITEM_WORDS,
    _LATER_CLAUSE,
    _PLURAL_NOUN_BEFORE,
    _PREP_WORDS,
    _ROUTED,
    _STRIKE_VERB,
    _SUBJECT_VERB_GAP,
    _SUPPLIED_BY,
    _VEHICLE_ACTS,
    _VEHICLES,
    LICENCE_KINDS,
)
from dashboard.model import Place

_ACTOR_GAP = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR_WORDS})\s+", re.I)
_DEST_PREPS = {"to", "into", "on", "against", "with", "toward", "towards", "for"}
# an embargo or sanctions fall "on"/"against" their target: "pushed Cambodia into Beijing's
# arms" names no target in Beijing
_MEASURE_PREPS = {"on", "against"}
_TRANSFER_PREPS = _DEST_PREPS - {"against"}
# "with" after a relation names a partner, not a recipient, also past one modifier ("a
# dispute with neighbouring Ethiopia", "talks with Paris"); "along with X" names a co-agent
_WITH_NOT_RECIPIENT = re.compile(
    r"\b(?:war|wars|conflict|fighting|clashes|border|borders|talks|negotiations|relations|"
    r"ties|rivalry|dispute|disputes|row|feud|standoff|tensions|meeting|meetings|summit|call|"
    r"deal|agreement|partnership|cooperation|along|together)\s+with\s+"
    r"(?:the\s+)?(?:[a-z][\w-]*\s+)?$",
    re.IGNORECASE,
)
_MEASURE_NOUN = re.compile(
    r"(?:asset\s+)?freezes|(?:travel\s+)?bans|sanctions|embargoes|restrictions|measures"
)
_RELATIVE_WORD = re.compile(r"\b(?:whose|which|where|who|whom)\b")
# "has delivered radars built by Mitsubishi Electric": the goods' maker
_MAKER_BY = re.compile(
    r"\b(?:made|manufactured|produced|built|assembled|designed)\s+by\s+(?:the\s+|a\s+)?$"
)
_PARTICIPLE_BY = re.compile(
    r"\b(?!(?:was|were|been|being|is|are)\b)[a-z]+(?:ed|en|ght|lt|wn)\s+by\s+"
    r"(?:[\w’'-]+\s+){0,5}$"
)
_OTHER_PARTICIPLE_BY = re.compile(
    r"\b(?:held|controlled|occupied|seized|captured|run|operated|led|commanded|manned|"
    r"overrun|taken|attacked|targeted|hit|struck|bombed|shelled|fired|launched|used|flown|"
    r"killed|wounded|found|recovered|documented|photographed|identified|"
    # "delivered the first howitzers ordered by Romania": the buyer, not the deliverer
    r"ordered|bought|purchased|procured|requested)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a passive verb of its own right before "by": "..., and radars were delivered by"
_OWN_PASSIVE_BY = re.compile(
    r"\b(?:is|are|was|were|been|being)\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn|ld|nt|ght)\s+by\s+"
    r"(?:the\s+|an?\s+)?(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
# a party followed by its own giving verb: "... Croatia gave to", "that Poland later sent"
_OWN_GIVER = re.compile(
    r"\s+(?:(?:later|then|had|has|have|also|subsequently|itself|in\s+turn)\s+){0,2}"
    r"(?:gave|sent|sold|supplied|delivered|donated|passed|shipped|transferred|re-?exported|"
    r"handed)\b",
    re.IGNORECASE,
)
_ACCUSED_OF_GAP = re.compile(
    r"\s+(?:(?:was|were|is|are|been|being|has\s+been|have\s+been)\s+)?(?:accused|suspected)\s+"
    r"of\s+(?:(?:illegally|secretly|knowingly)\s+)?"
)
_NEW_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?[A-Z]|;")
_CLAUSE_SUBJECT_GAP = re.compile(rf"\s+{_SUBJECT_VERB_GAP}", re.IGNORECASE)
_INCLUDING_SUBJECT = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+including\s+(?:the\s+)?")
_VEHICLE = re.compile(rf"\b{_VEHICLES}\b", re.I)  # "a cargo ship ... because it was carrying"
_PRONOUN = re.compile(r"\b(?:it|they|we|he|she|its\s+government)\s+(?:[\w’']+\s+){0,3}$", re.I)
_GOVERNMENT = re.compile(
    # "Giuseppe Conte's government suspended": a leader's government
    r"(?:\b(?:the|successive|previous|both|its|their|(?-i:[A-Z])[\w-]*['’]s)\s+(?:[\w-]+\s+)?"
    r"(?:governments?|administrations?|cabinets?|authorities|departments?|"
    # "the Supreme Council of National Defence decided to donate"
    r"(?-i:C)ouncil(?:\s+of\s+(?:[A-Z][\w-]*\s+){1,3}?(?-i:[A-Z])[\w-]*)?)"
    # "when parliament voted to suspend exports", "lawmakers voted to halt"
    r"|\b(?:(?:the\s+)?(?:parliament|legislature)|lawmakers|legislators))"
    # ("The Federal Council has once again turned down")
    r"\s+(?:[\w’']+\s+){0,3}$",
    re.I,
)
_GRANT_VERBS = frozenset({"granted", "grants", "issued", "issues", "gave", "gives", "awarded"})
_LICENCE_TO = re.compile(
    r"(?:\s+[A-Z][\w.&-]*)*\s+(?:an?\s+|the\s+)?(?:export\s+)?(?:licen[cs]e|permit|"
    r"authori[sz]ation)s?\s+to\s+",
)
_COUNT_WORD = re.compile(
    r"\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|"
    r"all|more|dozens?|many|few|other|further|additional"
)
# what may stand between a relative pronoun and its verb: "(that) Washington says (had)"
_RELATIVE_GAP = (
    r"(?:(?:it|they|officials|investigators|prosecutors|"
    r"[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})\s+"
    r"(?:said|says|say|alleged|alleges|claimed|claims|believes?)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:(?:also|allegedly|reportedly|illegally|secretly)\s+)?"
)
# "firms in Turkey that Washington says re-exported": the reporting capital names no actor
_RELATIVE_THAT = re.compile(r"(?:['’]s)?\s+(?:that|which|who)\s+" + _RELATIVE_GAP)
_WHOSE = re.compile(r"(?:['’]s)?,\s+whose\s+(?:[\w-]+\s+){0,3}(?:has\s+|have\s+|had\s+)?")
_TO_WHICH = re.compile(r",\s+to\s+(?:which|whom)\s+(?:[\w-]+\s+){0,4}(?:have\s+|has\s+|had\s+)?")
# "sanctioned firms for supplying Russia", "officials involved in supplying shells to Russia",
# "entities involved in building and supplying the drones"
_GERUND_FOR = re.compile(
    r"\b(?:for|(?:involved|engaged|complicit|implicated)\s+in|(?:accused|suspected)\s+of|"
    # "sanctions on five Iranian individuals for their role in supplying Russia with drones"
    r"for\s+(?:their|its|his|her)\s+(?:alleged\s+|reported\s+)?role\s+in|"
    # "sanctions on nine British firms, accusing them of supplying"
    r"(?:accusing|charging)\s+(?:them|it|the\s+(?:[\w-]+\s+)?(?:firms|companies))\s+(?:of|with))\s+"
    r"(?:\w+ing\s+(?:and|or)\s+)?(?:\w+ly\s+)?$",
    re.I,
)
# "froze the assets of North Korean entities involved in arms shipments to Russia": the
# supply named by a noun instead of a gerund
_NOUN_FOR = re.compile(
    r"\b(?:(?:involved|engaged|complicit|implicated)\s+in|"
    r"for\s+(?:their|its|his|her)\s+(?:alleged\s+|reported\s+)?role\s+in)\s+"
    r"(?:(?:the|illicit|illegal|arms|weapons?|military|munitions?|ammunition)\s+){0,2}$",
    re.I,
)
_SUPPLY_NOUNS = frozenset(
    [
        "shipment",
        "shipments",
        "delivery",
        "deliveries",
        "transfer",
        "transfers",
        "supply",
        "supplies",
        "sale",
        "sales",
        "export",
        "exports",
    ]
)


def _for_supplying(word: str, pre: str) -> bool:
    """Whether the trigger is the supply a punished party is punished for: "sanctioned firms
    for supplying Russia", "entities involved in arms shipments to Russia"."""
    if word.endswith("ing"):
        return bool(_GERUND_FOR.search(pre))
    return word.lower() in _SUPPLY_NOUNS and bool(_NOUN_FOR.search(pre))


# "firms that", "companies which it says", "entities who": the verb after is the firms'
_FIRMS_WHO = re.compile(
    r"\b(?:companies|firms|entities|suppliers|traders|businesses|individuals)\s+"
    r"(?:(?:in|from|based\s+in|registered\s+in)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?\s+)?"
    r"(?:(?:that|which|who)\s+)?" + _RELATIVE_GAP + "$"
)
_FIRMS_PLACED = re.compile(r"\b(?:in|from|based\s+in|registered\s+in)\s+(?:the\s+)?[A-Z]")
# "..., Morocco's regional rival, took": the possessor inside an appositive
_APPOSITIVE_OWNER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,3}[\w-]+,\s")
_PARTY_ROLES = ("party",)
_SOLD_TO = re.compile(
    r"\b(?:sold|supplied|delivered|exported|shipped|given|sent|transferred|donated)\s+"
    r"(?:[\w’'-]+\s+){0,3}?to\s+(?:the\s+)?$"
)
_ENDED_UP = re.compile(r"(?:ended|end|ends|ending|wound)\s+up")
_WHERE_THEY = re.compile(r",?\s+where\s+(?:they|it|some|most|many|the\s+[\w-]+)\s+(?:\w+ly\s+)?")


_ITS_THEIR = re.compile(r"\b(?:its|their)\s+(?:[\w’'-]+\s+){0,3}$", re.I)


# "supplies two-thirds of", "provided about 60 % of", "delivers most of" ... "Israel's"
_SHARE_OF = re.compile(
    r"\s+(?:(?:about|around|roughly|nearly|almost|over|more\s+than|some|just\s+under)\s+)?"
    r"(?:\d[\d.,]*\s*(?:%|per\s*cent|percent)|[\w-]+(?:-(?:thirds?|quarters?|fifths?|halves))?|"
    r"(?:a|one)\s+(?:third|quarter|fifth|half)|the\s+bulk|most|much|half|all)\s+of\s+(?:the\s+)?",
    re.IGNORECASE,
)
_SHARE_GOODS = re.compile(
    r"['’]s?\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|imports|military\s+hardware|hardware|"
    r"equipment|arsenal|inventory|fleet)\b",
    re.IGNORECASE,
)


_BY_NEXT = re.compile(r"\s+by\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?")


def _assign(c: _Ctx) -> tuple[_Party | None, _Party | None]:
    """Origin and destination among a window's parties, from prepositions and voice."""
    text = c.text
    cand = [
        p
        for p in c.parties
        if p.role in _PARTY_ROLES and c.window[0] <= p.mention.start < c.window[1]
    ]
    # "kept an embargo in place, and Washington has sanctioned CAVIM": a later clause's
    # subject is no party of this trigger
    cand = [p for p in cand if p.mention.start < c.t_end or not opens_own_clause(p, text)]
    before = [p for p in cand if p.mention.end <= c.t_start]
    before = [
        p
        for p in before
        # "Finland, whose own NATO application is waiting, halted licences": not NATO
        if not (
            _OPEN_RELATIVE.search(text[c.window[0] : p.mention.start])
            and "," in text[p.mention.end : c.t_start]
        )
    ]
    if (
        (
            c.opener in _EARLIER_CLAUSE
            # "Although it has followed EU sanctions on Russia, the government has refused ...":
            # a sentence that opens with the subordinate clause
            or (
                c.window[0] == c.sentence_start
                and _LEADING_SUBORDINATE.match(text[c.window[0] : c.window[0] + 12])
            )
        )
        and (comma := text.rfind(",", c.window[0], c.t_start)) > 0
    ):
        # "weeks after Abu Dhabi normalised relations, the administration approved": the
        # subordinate clause's subject does not act in the main clause
        before = [p for p in before if p.mention.start > comma]
    clause_subject = None
    if (
        before
        and before[-1].prep in ("and", ",")
        and (c.earlier or text.endswith(",", 0, before[-1].mention.start - 4))
        and _CLAUSE_SUBJECT_GAP.fullmatch(text, before[-1].mention.end, c.t_start)
    ):
        # "Romania flies F-16s it bought from Portugal and Norway, and Slovakia received its
        # first new jets": the subject of the clause "and" opens; the clause before it is
        # not this verb's
        clause_subject = before[-1]
        before = before[-1:]
    after = [p for p in cand if p.mention.start >= c.t_end]
    if c.kind in ("transfer", "diversion"):
        # "supplied helicopters to replace the Mi-8s Croatia gave to Ukraine", "sold tanks that
        # Poland later sent to Ukraine": the recipient of the later giver's own verb
        givers = [
            p.mention.start
            for p in c.parties
            if c.t_end <= p.mention.start and _OWN_GIVER.match(text, p.mention.end)
        ]
        if givers:
            after = [p for p in after if not any(g < p.mention.start for g in givers)]
    pre = c.pre
    passive = c.passive
    by = next((p for p in after if p.prep == "by"), None)
    if by is not None and _RELATIVE_WORD.search(text, c.t_end, by.mention.start):
        by = None  # "to Djibouti, whose waters see shipping attacked by the Houthis"
    if (
        by is not None
        and by.mention.start - c.t_end > 20
        and (held := _OTHER_PARTICIPLE_BY.search(text, c.t_end, by.mention.start))
        and held.start() > c.t_end
    ):
        # "exported to the UAE have been found in positions held by the RSF": the agent of
        # another participle, not of the trigger
        by = None
    if by is not None and not passive and _LATER_CLAUSE.search(text, c.t_end, by.mention.start):
        # "the US donated boats to the commandos, and the army uses vehicles delivered by
        # Turkey": the agent of a participle in a clause of its own
        by = None
    if (
        by is not None
        and passive
        and (next_clause := _LATER_CLAUSE.search(text, c.t_end, by.mention.start))
        and _OWN_PASSIVE_BY.search(text, next_clause.end(), by.mention.start)
    ):
        # "aircraft were bought from Italy in 2019, and air-defence systems were delivered by
        # China": the agent of the later clause's own passive verb
        by = None
    if (
        by is not None
        and not passive
        and _MAKER_BY.search(text, max(c.t_end, by.mention.start - 40), by.mention.start)
        # "Australia has given Ukraine Bushmaster vehicles built by Thales": the goods' maker,
        # not the giver the clause names before its verb
        and any(
            not p.prep and (c.direction == "fwd" or p.mention.place == by.mention.place)
            for p in before
        )
    ):
        # "Japan has delivered radars built by Mitsubishi Electric": the subject's own maker
        by = None
    if (
        by is not None
        and not passive
        and c.kind in LICENCE_KINDS
        and _PARTICIPLE_BY.search(text, max(c.t_end, by.mention.start - 60), by.mention.start)
    ):
        # "it refused a licence for machine tools ordered by a company in Kazakhstan": the
        # agent of the object's participle, not the one who refused (the would-be buyer)
        by = None
    frm = next((p for p in after if p.prep == "from"), None)
    withheld_from = None
    if frm is not None and c.kind == "suspension" and c.word.startswith("withh"):
        # "withheld a shipment of 2,000-pound bombs from Israel": kept from the recipient
        withheld_from, frm = frm, None
    if frm is not None and c.kind != "transfer" and frm.mention.start - c.t_end > 30:
        frm = None  # "faces an embargo from Canada", not a "from" three clauses on
    if (
        frm is not None
        and c.direction == "fwd"
        and _OWN_PURCHASE_FROM.search(
            c.text, max(c.t_end, frm.mention.start - 50), frm.mention.start
        )
    ):
        frm = None  # "supplied ... electronics they had imported from Japan": their seller
    frm_before = next((p for p in before if p.prep == "from"), None)
    if c.kind == "transfer" and _ARRIVAL.match(c.word):
        return _arrival_roles(c, before, after)
    if (
        c.kind == "use"
        and c.word == "use"
        and (told := [e for e in c.earlier if e.kind == "transfer"])
    ):
        # "the S-400 that New Delhi bought from Russia saw its first combat use": the goods
        # this sentence has just told a supply of
        return _synthetic(told[-1].origin), _synthetic(told[-1].destination)
    if (
        frm is None
        and c.kind == "transfer"
        and c.direction == "rev"
        and frm_before is not None
        # not another clause's seller: "bought radars from India, and it signed for ..."
        and not _AND_CLAUSE.search(text, frm_before.mention.end, c.t_start)
    ):
        frm = frm_before  # "From Russia, India bought..."
    # "supplies two-thirds of Israel's imported weapons, with Germany in second place",
    # "provides most of India's military hardware": the owner of the share supplied
    share_to = (
        next(
            (
                p
                for p in after
                if p.mention.start <= c.t_end + 40
                and _SHARE_OF.fullmatch(text, c.t_end, p.mention.start)
                and _SHARE_GOODS.match(text, p.mention.end)
            ),
            None,
        )
        if c.kind == "transfer" and c.direction == "fwd"
        else None
    )
    to = next(
        (
            p
            for p in after
            if p.prep
            in (
                _MEASURE_PREPS
                if c.kind in ("embargo", "sanction")
                # "supplied the Houthis with missiles ... used against Israel": a target
                else _TRANSFER_PREPS
                if c.kind in ("transfer", "diversion")
                else _DEST_PREPS
            )
            # "during the war with Iran", "talks with Paris": not a recipient
            and not _WITH_NOT_RECIPIENT.search(
                text[max(c.t_end, p.mention.start - 45) : p.mention.start]
            )
            # "provides air defence ..., and the CSTO remains the framework for Kazakhstan"
            and (
                p.prep not in ("for", "with")
                or not _NEW_CLAUSE.search(text[c.t_end : p.mention.start])
            )
        ),
        None,
    )
    if share_to is not None and (to is None or to.prep != "to"):
        to = share_to  # (a stated "to" still wins: "parts of Turkey's weapons to Azerbaijan")
    to = to or withheld_from
    if to is None and c.direction == "fwd":
        for p in c.parties:
            if (
                p.role == "party"
                and p.mention.end <= c.t_start
                and _TO_WHICH.fullmatch(text[p.mention.end : c.t_start])
            ):
                to = p  # "the United States, to which Norwegian companies sold missiles"
                break
    if c.kind == "diversion" and _ENDED_UP.match(c.word):
        # "ended up in South Sudan", "ended up in the hands of Azerbaijani forces"
        to = next(
            (p for p in after if p.prep in ("in", "of", "with") and p.mention.start < c.t_end + 40),
            None,
        )
        if to is None and before and _WHERE_THEY.fullmatch(text, before[-1].mention.end, c.t_start):
            # "sold parts to Russia, where they ended up in drones": where the goods went is
            # the clause before's recipient, not a new one
            return None, None
    last_word = c.word.split()[-1]
    # the verb's object, right after it or after one modifier ("sanctioned three Uzbek firms")
    direct = next(
        (
            p
            for p in after
            if p.prev == last_word or (p.prep == last_word and _COUNT_WORD.fullmatch(p.prev))
        ),
        None,
    )
    subject = next((p for p in reversed(before) if p.prep not in _PREP_WORDS), None)
    if (
        subject is not None
        and subject.prep == ","
        and _APPOSITIVE_OWNER.match(text, subject.mention.end, c.t_start)
        and (head := next((p for p in before if p.mention.end < subject.mention.start), None))
        and re.fullmatch(r",\s*", text[head.mention.end : subject.mention.start])
    ):
        subject = head  # "Algeria, Morocco's regional rival, took delivery": Algeria
    if clause_subject is not None:
        subject = clause_subject
    for p in reversed(before):
        if _WHOSE.fullmatch(text[p.mention.end : c.t_start]):
            subject = p  # "Brazil, whose air force bought 36 Gripens": Brazil buys
            break
    if before and _RELATIVE_THAT.fullmatch(text[before[-1].mention.end : c.t_start]):
        # "companies in the United Arab Emirates that it said had supplied engines": the
        # relative clause's subject is its antecedent, not the main clause's subject
        subject = before[-1]
    if not c.earlier and c.direction in ("fwd", "rev") and _COORD_VERB.search(pre):
        # "Turkey trains Somali commandos and has supplied the army with drones": the verb
        # joined by "and" shares the first verb's subject, not that verb's object
        subject = _first_subject(c, before) or subject
    if subject is None and (
        named := next(
            (
                p
                for p in before
                if p.prep == "including"
                and _INCLUDING_SUBJECT.fullmatch(text, c.window[0], p.mention.start)
            ),
            None,
        )
    ):
        subject = named  # "Others, including Germany, have continued to approve exports"
    if (
        subject is not None
        and subject.prev in _GRANT_VERBS
        and _LICENCE_TO.fullmatch(text[subject.mention.end : c.t_start])
        and c.last_actor is not None
    ):
        # "the Government granted Nammo Lapua a licence to export": the licensing state
        # exports, not the licensee's parent company
        subject = _synthetic(c.last_actor)
    accused = False  # "firms in Serbia and Armenia accused of shipping electronics"
    if c.word.split()[0].endswith("ing") and before:
        doer = before[-1]  # "in return for Zagreb handing over tanks": the gerund's subject
        accused = bool(_ACCUSED_OF_GAP.fullmatch(text, doer.mention.end, c.t_start))
        if (
            re.fullmatch(r"(?:['’]s)?\s+", text[doer.mention.end : c.t_start])
            or _ACTOR_GAP.fullmatch(text[doer.mention.end : c.t_start])
            or accused  # the accused named right before, with the others listed with it
        ):  # "Ukrainian artillery crews firing ...": the crews' country
            subject = doer
        elif c.direction in ("fwd", "rev") and _COMMA_GERUND.search(pre):
            # "Turkey trained Somali troops in 2021, supplying drones to Somalia": a
            # participial clause shares the main clause's subject, not its object
            main = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.end <= c.t_start
                    and p.prep not in _PREP_WORDS
                    and not _OPEN_SUBORDINATE.search(text[c.sentence_start : p.mention.start])
                ),
                None,
            )
            subject = main or subject
    if (
        c.word == "using"
        and len(before) > 1
        and not _GERUND_GOVERNED.search(pre)
        and (first := _first_subject(c, before)) is not None
    ):
        # "Russia attacked Kyiv using Iranian drones": Russia uses them (not in "accused
        # Cambodia of using Chinese launchers": the accused does)
        subject = first
    if (
        subject is not None
        and c.direction in ("fwd", "rev")
        and (they := _PRONOUN_RIGHT_BEFORE.search(pre))
        and subject.mention.end <= c.t_start - len(pre) + they.start()
    ):
        # "supplied Russian buyers with electronics they had imported from Japan": the
        # pronoun is the verb's subject, not a party named before it
        subject = _implicit_subject(c, pre)
    if (user := _use_holder(c)) is not None:
        subject = _synthetic(user)  # "it used drones supplied by Turkey": Turkey supplied it
    carrier = bool(_VEHICLE_ACTS.search(pre))
    if carrier:
        subject = None  # "turns away a ship carrying arms to Israel": the ship carries them
    possessor = next(
        (p for p in reversed(before) if text[p.mention.end : p.mention.end + 2] in ("'s", "’s")),
        None,
    )
    if possessor is None and _ITS_THEIR.search(pre):
        possessor = _its_referent(c, c.t_start)
    if c.word in ("supplier", "suppliers") and (roles := _supplier_roles(c, before)):
        return roles
    if c.word == "suppliers":
        # "diversify its suppliers", "Nigeria's main suppliers": a plural names no one pair
        # unless one of them is said to be one ("Israel has become one of Greece's ...")
        return None, None
    if c.word in _DEAL_WORDS or c.word.startswith("letter of offer"):
        owner = possessor or subject
        if owner is None and not before and c.main_buyer and _GOVERNMENT.search(pre):
            # "In April the government signed a contract with Brazil's Embraer": the
            # government of the country the article is about
            owner = _synthetic(c.main_buyer)
        if (
            owner is None
            and not before
            and c.opener in ("which", "who")
            and _SIGNED_HEAD.fullmatch(text, c.window[0], c.t_start)
        ):
            # "Chad, which signed a contract in 2022 for Chinese vehicles, ...": the antecedent
            owner = _relative_antecedent(c)
        if owner is None and not before and c.prev_topic is not None and _IT_SIGNED.search(pre):
            # "Azerbaijan bought C-27Js from Italy. Last year it also signed a contract with
            # Pakistan for JF-17s": "it" is the country the sentence before was about
            owner = _synthetic(c.prev_topic)
        return _deal_roles(c, after, owner)
    if c.direction == "use":
        verb = c.word in (
            "used",
            "use",
            "uses",
            "using",
            "deployed",
            "fired",
            "firing",
            "employed",
            "relied on",
            "relies on",
            "rely on",
            "relying on",
            "sent",
            "send",
            "sends",
            "sending",
        ) or bool(
            re.match(r"launch|flown|flew|flies|fly|carried\s+out|dropped|rel(?:ied|ies|y)", c.word)
            # "Russia struck Kharkiv with North Korean missiles": the striker uses them;
            # "Sudanese army drones of Turkish origin hit RSF positions": the army
            or _STRIKE_VERB.match(c.word)
        )
        subject = subject if verb else None
        if verb and subject is None and _PRONOUN.search(pre):
            subject = _implicit_subject(c, pre)  # "It has used jets supplied by Russia"
        if (
            verb
            and subject is None
            and c.opener in ("which", "who")
            # the relative clause's own verb, not a participle in it ("which supplied the
            # drones used in its offensives")
            and _RELATIVE_VERB_HEAD.fullmatch(text, c.window[0], c.t_start)
        ):
            # "The Congolese army, which has itself used Chinese-made drones": the antecedent
            subject = _relative_antecedent(c)
    elif (
        (subject is None and possessor is None and not carrier)
        or (_sanctioned_for(c, pre) and not accused)
        # "Berlin suspended licences for Qatar, when Saudi Arabia, Bahrain and Egypt cut
        # ties, and resumed approvals": a verb joined by "and" shares the earlier subject
        or (
            subject is not None
            and c.earlier
            and _COORD_VERB.search(pre)
            # "the EU has imposed travel bans and asset freezes": a noun joined to the
            # object, not a verb joined to the last one; the clause's own subject
            and not (_MEASURE_NOUN.fullmatch(c.word) and subject.mention.start >= c.window[0])
        )
    ):
        subject = _implicit_subject(c, pre)
    if (
        c.kind in ("transfer", "diversion")
        and c.earlier
        and c.earlier[-1].kind in LICENCE_KINDS | {"sanction"}
        and _FIRMS_WHO.search(pre)
    ):
        # "Ukraine sanctioned 40 foreign firms that supply Russia's drone plants": the firms
        # supply, not the sanctioner (their country, when the measure named one)
        subject = _synthetic(c.earlier[-1].destination) if _FIRMS_PLACED.search(pre) else None

    if c.direction == "rev":
        if (
            before
            and before[-1].prep == "for"
            and re.fullmatch(r"\s+to\s+", text[before[-1].mention.end : c.t_start])
            and any(e.destination == before[-1].mention.place for e in c.earlier)
        ):
            return None, None  # "an agreement for Ukraine to buy missiles": the deal's content
        if c.word in ("order", "orders") and frm is not None and _WON_BEFORE.search(c.pre):
            # "Hanwha won an order from Poland": who wins an order sells to who placed it
            seller = subject or possessor
            return (seller, frm) if seller is not None else (None, None)
        if (
            c.word in ("order", "orders")
            and frm is not None
            and _FROM_NEXT.match(text, c.t_end)
            and not any(p.role == "party" and p.mention.via != "company" for p in before)
        ):
            # "Saab's backlog grew on orders from Poland", "NASAMS orders from Ukraine": orders
            # come from who buys; the seller is the firm or the system's maker, if named
            seller = (
                subject
                or possessor
                or _item_maker(c, exclude=frm.mention.place)
                or next((p for p in before if p.mention.via == "company"), None)
            )
            return (seller, frm) if seller is not None else (None, None)
        # "the K2 tanks bought by Poland", "Rafales ordered by India in 2016": a participle
        # with its agent right after it is passive, without an auxiliary
        agent_next = by is not None and _BY_NEXT.match(text, c.t_end) is not None
        dest = by if ((passive or agent_next) and by) else (subject or possessor)
        if dest is None:
            dest = _owner(c)  # "Pakistan says its J-10Cs, bought from China, ..."
        if (
            frm is None
            and by is not None
            and not passive
            and _MAKER_BY.search(text, max(c.t_end, by.mention.start - 40), by.mention.start)
        ):
            frm = by  # "operates armoured vehicles made by the Chinese firm Norinco"
        if frm is None and c.word == "contracted" and direct is not None and direct != dest:
            frm = direct  # "it had contracted Pakistan for JF-17C fighters": the seller
        if frm is None:
            # "Finland signed for Israel's David's Sling": the owner of what was bought
            frm = next(
                (
                    p
                    for p in after
                    if p.role == "party"
                    and text.startswith(("'s", "’s"), p.mention.end)
                    and re.fullmatch(r"\s+(?:the\s+)?", text[c.t_end : p.mention.start])
                    and (dest is None or p.mention.place != dest.mention.place)
                ),
                None,
            )
        return frm, dest
    if c.direction == "enduse":
        return _enduse_roles(c)
    if c.direction == "use":
        shot = re.search(r"shot\s+down|downed|wreckage", c.word)
        if by is not None and _SUPPLIED_BY.search(
            text[max(c.t_end, by.mention.start - 40) : by.mention.start]
        ):
            by = None  # "carried out with jets supplied by China": the supplier, not the user
        user_party = by if by and not shot else None
        if user_party is None and subject is not None and not passive and not shot:
            user_party = subject
        if user_party is None and not passive:
            user_party = _owner(c)  # "New Delhi said its S-400s had intercepted drones"
        if user_party is None and c.main_buyer and _BY_THE_FORCES.match(text, c.t_end):
            # "the strikes were carried out by one of the army's Turkish-built drones": the
            # forces of the country the article is about
            user_party = _synthetic(c.main_buyer)
        return None, user_party
    if c.kind in LICENCE_KINDS and (
        licensee := _LICENCE_FOR_TO_EXPORT.match(text, c.t_end, c.window[1])
    ):
        # "refused a licence for a Brazilian company to export propellant to Israel": the
        # licensee's state decides, the export's destination is the would-be recipient
        lo, hi = licensee.start("for"), licensee.end()
        holder = next((p for p in after if lo <= p.mention.start < hi), None)
        target = next((p for p in after if p.mention.start >= hi and p.prep == "to"), None)
        decider = subject or holder
        if decider is not None and target is not None:
            return decider, target
    if c.kind in ("cancellation", "suspension", "resumption"):
        order_after = _BUYER_OBJECT.match(text[c.t_end : c.t_end + 60])
        order_before = c.order_subject
        if order_after or order_before:
            # "India cancelled an order for helicopters from Russia"; "Jakarta dropped the
            # Su-35 order"; "the Su-35 order had been abandoned": the buyer decides, the
            # seller is named by "from" or by the item's maker
            seller = next(
                (
                    p
                    for p in after
                    if p.prep in ("from", "with")
                    # not "... and will instead buy more Caesar guns from France"
                    and (
                        p.mention.start - c.t_end <= 60
                        # "scrapped a 2021 agreement to buy 16 Mi-17 heavy-lift helicopters
                        # from Russia": the deal's own purchase, however long its object
                        or _DEAL_TO_BUY.fullmatch(text, c.t_end, p.mention.start) is not None
                    )
                ),
                None,
            )
            if seller is None and order_after:
                # "tore up the contract under which France's Naval Group was to build
                # submarines": the seller the contract's own clause names
                seller = next(
                    (
                        p
                        for p in c.parties
                        if p.prep == "that"
                        and c.t_end < p.mention.start <= c.t_end + order_after.end() + 25
                        and _UNDER_WHICH.search(text, max(0, p.mention.start - 20), p.mention.start)
                    ),
                    None,
                )
            if seller is None and order_after:
                # "terminates Spanish patrol ship contract": the seller names the order
                seller = next(
                    (
                        p
                        for p in c.parties
                        if (
                            p.mention.via == "demonym"
                            or _GOODS_AFTER_NAME.match(text, p.mention.end)
                        )
                        and c.t_end <= p.mention.start
                        and (
                            p.mention.start < c.t_end + order_after.end()
                            # "called off a deal for Russian Ka-226 helicopters": the goods'
                            # makers right after the order's "for"
                            or _FOR_GOODS_GAP.fullmatch(
                                text, c.t_end + order_after.end(), p.mention.start
                            )
                        )
                    ),
                    None,
                )
            buyer = subject or possessor
            if order_before and by is not None:
                buyer = by  # "a contract ... was cancelled by Manila"
            if buyer is None and order_before:
                # not the order's own seller: "a contract for jets from Qatar was cancelled"
                buyer = next((p for p in reversed(before) if p.prep not in ("from", "with")), None)
            if seller is None and order_before:
                # "a 2021 contract for helicopters from Russia was cancelled": the order's seller
                seller = next(
                    (
                        p
                        for p in before
                        if p.prep in ("from", "with")
                        and p.mention.start >= c.t_start - len(order_before.group(0))
                        and (buyer is None or p.mention.place != buyer.mention.place)
                    ),
                    None,
                )
            if seller is None and buyer is not None:
                # "fighters were ordered from Russia, but Egypt abandoned the deal"
                ordered = [
                    e
                    for e in c.earlier
                    if e.kind == "transfer" and e.destination == buyer.mention.place
                ]
                if ordered:
                    return _synthetic(ordered[-1].origin), buyer
                seller = _item_maker(c, exclude=buyer.mention.place)
            if seller is not None and buyer is not None:
                return seller, buyer
            if seller is not None and order_before:
                return seller, None  # the buyer is not in this clause
    if (
        frm is not None
        and c.kind == "transfer"
        and (subject is not None or (to is not None and to.mention.place == frm.mention.place))
        and frm.mention.start - c.t_end > 60
    ):
        # "Tehran supplied drones to Dushanbe, ... drew protests from Baku"; "rifles exported
        # to Oman ... passed on from the sultanate": a "from" of another verb
        frm = None
    if (
        c.kind == "sanction"
        and re.match(r"\s+lists?\b", text[c.t_end : c.t_end + 8])
        and (placed := _PLACED_ON.search(text[c.window[0] : c.t_start]))
    ):
        # "the company had been placed on a US Treasury sanctions list": the list's owner
        # sanctions the subject (or the country the sentence before was about)
        at = c.window[0] + placed.start("owner")
        owner = next((p for p in before if p.mention.start >= at), None)
        subjects = [p for p in before if p.mention.end <= c.window[0] + placed.start()]
        target = subjects[-1] if subjects else None
        if target is None and c.prev_topic is not None:
            target = _synthetic(c.prev_topic)
        if owner is not None and target is not None and target.mention.place != owner.mention.place:
            return owner, target
        return None, None
    if c.kind == "sanction" and (listing := _ADDED_TO_LIST.search(text[c.window[0] : c.t_start])):
        # "it had added five American firms to its entity list": the added are the targets
        lo, hi = c.window[0] + listing.start(1), c.window[0] + listing.end(1)
        targets = [p for p in before if lo <= p.mention.start < hi]
        lister = [p for p in before if p.mention.end <= c.window[0] + listing.start()]
        imposer = next((p for p in reversed(lister) if p.prep not in _PREP_WORDS), None)
        said = _PRONOUN.search(text[c.window[0] : c.window[0] + listing.start()])
        if imposer is None and said:  # "China said it had added...": who "it" is
            at = c.window[0] + said.start()
            speakers = [p for p in c.parties if p.role in ("party", "reporter")]
            imposer = _antecedent([p for p in speakers if p.mention.end <= at], c.text)
        if imposer is None and listing.group("owner"):
            # "the Government added the Belarusian company ... to Lithuania's list"
            at = c.window[0] + listing.start("owner")
            imposer = next((p for p in before if p.mention.start == at), None)
        owner_at = c.window[0] + listing.start("owner") if listing.group("owner") else -1
        # "listed Turkish firms in its package, and the US designated ...": another clause's
        # subject stands between the listing and this trigger
        later = any(
            p.mention.start >= hi
            and p.mention.start != owner_at
            and _CLAUSE_BREAK.search(text, hi, p.mention.start)
            for p in before
        )
        if targets and not later:
            return imposer, targets[0]
    if (
        c.kind == "sanction"
        and _MEASURE_NOUN.fullmatch(c.word)
        and _WITH_MEASURE.search(pre)
        and len(before) >= 2
        and (imposer := next((p for p in before if p.prep not in _PREP_WORDS), None))
        and imposer is not before[-1]
        and imposer.mention.place != before[-1].mention.place
    ):
        # "Canada hit Iranian drone makers with sanctions": the verb's object is the target
        return imposer, before[-1]
    if (
        c.kind in ("embargo", "sanction")
        and subject is not None
        and _UNDER_MEASURE.fullmatch(text, subject.mention.end, c.t_start)
    ):
        # "Mali was under a UN arms embargo until 2016": the subject is the target, the
        # imposer is named inside the phrase ("a US embargo") or by "by"/"from" (if at all)
        imposer = next(
            (
                p
                for p in c.parties
                if subject.mention.end < p.mention.start < c.t_start
                and p.mention.place != subject.mention.place
            ),
            None,
        )
        if imposer is None and (by or frm) is not None:
            imposer = by or frm
        return imposer, subject
    if (
        c.kind in ("embargo", "sanction")
        and subject is None
        and (rel := next((p for p in after if p.prep == "that"), None)) is not None
        and rel.mention.start - c.t_end <= 12
    ):
        subject = rel  # "an arms embargo that the EU has maintained on Myanmar"
        after = [p for p in after if p is not rel]
    if passive and by is None and c.kind in ("sanction", "embargo"):
        # "It was sanctioned along with...", "a company in Kyrgyzstan was sanctioned"
        target = subject or next((p for p in reversed(before) if p.prep == "in"), None)
        if target is not None:
            return None, target
    # "diverted from Emirati stocks to the RSF": whose stocks re-exported them
    origin = by or (
        frm if frm and c.kind in ("transfer", "diversion", "embargo", "sanction") else None
    )
    if (
        passive
        and c.kind == "transfer"
        and c.direction == "fwd"
        and origin is None
        and to is None
        and (holder := subject or possessor) is not None
        and holder.mention.start >= c.window[0]  # named here, not the subject of a verb before
    ):
        # "Namibia's largest ship was delivered in 2012": the passive's subject (or its
        # owner) received it; who supplied it is for the goods' maker or the context to say
        return None, holder
    if origin is None and c.kind == "diversion" and _ROUTED.match(c.word):
        # "US chips reached Russia through the UAE", "were routed to Russia via Kazakhstan":
        # the country the goods went through passed them on (the subject is the goods')
        origin = next(
            (
                p
                for p in after
                if p.prep in ("via", "through")
                or _BY_WAY_OF.search(text, max(0, p.mention.start - 16), p.mention.start)
            ),
            None,
        )
    if (
        origin is None
        and subject is None
        and possessor is None
        and c.direction == "fwd"
        and (actor := _ITS_ACTOR.search(text, c.window[0], c.t_start)) is not None
    ):
        # "Bucharest confirmed that its parliament had approved the donation": the body's
        # country, named (as a reporter too) before it
        origin = _its_referent(c, actor.start())
    origin = origin or subject or possessor
    if c.kind == "diversion" and origin is not None and origin is subject:
        # "Rifles that Bulgaria sold to Uganda were later passed on to South Sudan": the
        # buyer the subject's own sale names passed them on, not the seller
        buyer = next(
            (
                p
                for p in reversed(before)
                if p.prep == "to"
                and p.mention.start > origin.mention.end
                and _SOLD_TO.search(text, origin.mention.end, p.mention.start)
            ),
            None,
        )
        origin = buyer or origin
    if (
        origin is None
        and c.kind == "transfer"
        and frm_before is not None
        # not "rounds recovered from RSF positions were sold to the UAE": where they were found
        and not _TAKEN_FROM.search(
            text, max(0, frm_before.mention.start - 40), frm_before.mention.start
        )
    ):
        origin = frm_before  # "Weapons from Iran were delivered to Russia"
    dest = to if to is not None and to is not origin else None
    if (
        c.kind == "transfer"
        and direct is not None
        and direct is not origin
        and (to is None or direct.mention.start < to.mention.start)
        and _DOUBLE_OBJECT.match(text, direct.mention.end)
    ):
        # "Berlin handed Prague 14 Leopard tanks ..., compensating the Czechs for the tanks
        # they sent to Ukraine": the first object of a giving verb receives, not a later "to"
        dest = direct
    if dest is None and direct is not None and direct is not origin:
        dest = direct
    if dest is None and origin is not None and origin is not subject and subject is not None:
        dest = subject
    if c.kind in ("sanction", "embargo") and dest is None:
        if re.match(r"\s+(?:on|against|over)\s+(?:its|their)\b", text[c.t_end : c.t_end + 20]):
            dest = _its_referent(c, c.t_end)
            if (
                dest is not None
                and origin is not None
                and dest.mention.place == origin.mention.place
            ):
                dest = None
        else:
            dest = next(
                (
                    p
                    for p in after
                    if p is not origin
                    # "added them to its list, barring US exports to them": whose exports
                    # are barred imposes the measure, it is not its target
                    and not _OWN_EXPORTS.match(text, p.mention.end)
                ),
                None,
            )
    return origin, dest


def _arrival_roles(
    c: _Ctx, before: list[_Party], after: list[_Party]
) -> tuple[_Party | None, _Party | None]:
    """ "US-supplied Patriot systems arrived in Ukraine", "A shipment of drones from Iran
    arrived at the port of Astrakhan in Russia": where the goods arrived receives them; a
    "from"/"by" names the supplier, else the goods' maker does (``_fill_missing``)."""
    place = next((p for p in after if p.mention.start - c.t_end <= 40), None)
    if (
        place is not None
        and place.prep == "from"
        and place is after[0]
        and re.fullmatch(r"\s+from\s+(?:the\s+)?", c.text[c.t_end : place.mention.start])
    ):
        # "the last jets arrive from Italy": the supplier (the recipient: ``_fill_missing``)
        return place, None
    if (
        place is None
        or (
            place.prep not in ("in", "at", "of")
            # "reached Juba": the verb's object
            and not (
                place is after[0]
                and re.fullmatch(r"\s+(?:the\s+)?", c.text[c.t_end : place.mention.start])
            )
        )
    ):
        return None, None
    supplier = next(
        (
            p
            for p in [*before, *after]
            if p.prep in ("from", "by") and p.mention.place != place.mention.place
        ),
        None,
    )
    return supplier, place


_AWARDED_BEFORE = re.compile(
    r"\b(?:award(?:ed|s|ing)?|gave|gives|giving|grant(?:ed|s|ing)?)\s+(?:an?\s+|the\s+|its\s+)?"
    r"(?:[\w$€£.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
_IT_SIGNED = re.compile(
    r"\b[Ii]t\s+(?:(?:also|has|had|then|later|recently|\w+ly)\s+){0,3}(?:signed|inked|"
    r"sealed|concluded|placed|clinched|finali[sz]ed)\b[^,;]*$"
)
_GERUND_GOVERNED = re.compile(r"\b(?:of|for|in|about|over|from|after|before)\s+$")
_FROM_NEXT = re.compile(r"\s+from\s")
_WON_BEFORE = re.compile(
    r"\b(?:won|wins?|winning|secured?|secures|securing|landed|lands|bagged|clinched|booked|"
    r"receive[sd]?|receiving|got|gets)\s+(?:an?\s+|the\s+|its\s+|their\s+)?"
    r"(?:[\w$€£.,-]+\s+){0,4}$",
    re.IGNORECASE,
)
_DOUBLE_OBJECT = re.compile(
    r"\s+(?:\d|(?:a|an|two|three|four|five|six|seven|eight|nine|ten|several|more|dozens|"
    r"some|its|their|the)\s)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r",|;|\band\b")
_PRONOUN_RIGHT_BEFORE = re.compile(
    r"\b(?:they|it)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?$", re.IGNORECASE
)
_OWN_PURCHASE_FROM = re.compile(
    r"\b(?:they|it|which|that)\s+(?:had\s+|have\s+|has\s+)?(?:\w+ly\s+)?(?:imported|bought|"
    r"purchased|obtained|sourced)\s+from\s+(?:the\s+)?$"
)
# "was under a UN arms embargo", "has remained under US sanctions": the subject is the target
_UNDER_MEASURE = re.compile(
    # "North Korean arms dealers were hit with ...": firms stand for their country
    r"(?:\s+(?:[\w-]+\s+){0,2}?(?:compan(?:y|ies)|firms?|(?:\w+-)?makers?|manufacturers?|"
    r"dealers?|suppliers?|entities|banks?|individuals|officials))?"
    r"(?:['’]s)?(?:,\s+|\s+(?:(?:still|also|long|already|then|now|once)\s+)?"
    r"(?:(?:has|have|had)\s+(?:been|remained|stayed|lived|fallen|come)|is|was|were|are|"
    r"remains?|remained|stays?|stayed|came|comes|fell|falls|lives?|lived)\s+(?:(?:still|also|long|already)\s+)?)"
    # "China has been subject to an EU arms embargo since 1989", "dealers were hit with US
    # sanctions"
    r"(?:under|subject\s+to|(?:hit|targeted|slapped)\s+with)\s+"
    r"(?:an?\s+|the\s+|its\s+)?(?:[\w’'-]+\s+){0,4}?",
    re.IGNORECASE,
)
_WITH_MEASURE = re.compile(
    r"\b(?:[a-z]+ed|hit|hits|struck)\s+(?:[\w’'-]+\s+){1,6}?with\s+(?:(?:new|fresh|further|"
    r"more|tough|tougher|targeted|financial|economic)\s+)*$"
)
_OWN_EXPORTS = re.compile(
    r"(?:['’]s)?\s+(?:(?:arms|military|defen[cs]e|weapons?)\s+)?"
    r"(?:exports|sales|shipments|deliveries|supplies)\b",
    re.IGNORECASE,
)


_LICENCE_FOR_TO_EXPORT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:licen[cs]es?|permits?|permission|authori[sz]ations?)\s+"
    r"(?P<for>for\s+(?:[\w’'-]+\s+){1,6}?)to\s+(?:re-?)?(?:export|sell|ship|supply|deliver|"
    r"send|transfer)\b",
    re.IGNORECASE,
)
_PLACED_ON = re.compile(
    r"\b(?:been|was|were|is|are|be)\s+(?:\w+ly\s+)?(?:placed|put|added|included|listed)\s+"
    r"(?:on|to|in)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?P<owner>[^.;]{0,40}?)$",
    re.IGNORECASE,
)


# between a relative clause's antecedent and its "which": "the Congolese army, which"
_ANTECEDENT_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w-]+){0,3},?\s+(?:which|who)", re.IGNORECASE)
_RELATIVE_VERB_HEAD = re.compile(
    r"\s*(?:(?:has|have|had|also|itself|themselves|already|since|repeatedly|reportedly|"
    r"allegedly|previously|often|widely|extensively|[\w-]+ly)\s+)*",
    re.IGNORECASE,
)
_COMMA_GERUND = re.compile(r",\s+(?:(?:also|then|later|often)\s+)?$")
_SUBJECT_PRONOUN = re.compile(r"\b(?:it|they)\b", re.IGNORECASE)


def _first_subject(c: _Ctx, before: list[_Party]) -> _Party | None:
    """The subject of a clause's first verb: its first party no preposition governs, or a
    pronoun before any party ("It trains commandos and has supplied...": the country the
    sentence before was about)."""
    first = next((p for p in before if p.prep not in _PREP_WORDS), None)
    head_end = first.mention.start if first is not None else c.t_start
    if _SUBJECT_PRONOUN.search(c.text, c.window[0], head_end):
        return _synthetic(c.prev_topic) if c.prev_topic is not None else None
    return first


# "drones supplied by", "munitions bought from": a participle right after its plural noun
_NOUN_PARTICIPLE = re.compile(_PLURAL_NOUN_BEFORE)
_PARTICIPLE_WORDS = _BUY_PARTICIPLES | {
    "obtained", "supplied", "delivered", "sent", "provided", "donated", "given", "sold",
    "transferred",
}  # fmt: skip


def _use_holder(c: _Ctx) -> Place | None:
    """The user of "in which it used TB2 drones supplied by Turkey and Harop munitions
    bought from Israel": the goods a use clause names were supplied to its user."""
    if c.kind != "transfer" or c.word not in _PARTICIPLE_WORDS or not c.earlier:
        return None
    used = next((e for e in reversed(c.earlier) if e.kind == "use"), None)
    if used is None or not _NOUN_PARTICIPLE.search(
        c.text, max(c.window[0], c.t_start - 40), c.t_start
    ):
        return None
    return used.destination


_REFUSED_PERMISSION = re.compile(
    r"\s+(?:the\s+)?(?:permission|authori[sz]ation|approval|consent|licen[cs]es?|a\s+licen[cs]e)"
    r"\s+to\s+(?:re-?export|transfer|pass|send|sell|forward|supply)",
    re.IGNORECASE,
)


_NOUN_OF_GOODS = frozenset(
    {"transfer", "transfers", "sale", "sales", "supply", "supplies", "delivery", "deliveries",
     "shipment", "shipments"}
)  # fmt: skip
_DECIDING_VERB = re.compile(
    r"\b(?:approv|clear|authori[sz]|allow|permit|licen[cs]|sign|agree|complet|finali[sz]|"
    r"conclud|announc|made|make|won|win)\w*\b",
    re.IGNORECASE,
)


def goods_maker(c: _Ctx, origin: _Party) -> _Party:
    """Who supplies "the transfer of North Korean missiles to Russia" that Canada condemns: the
    goods' country the noun names, not the subject that speaks of it (unless the subject
    decides on it: "Germany approved the sale of ...")."""
    if c.word not in _NOUN_OF_GOODS or origin.mention.end > c.t_start:
        return origin
    of = _OF_DEMONYM.match(c.text, c.t_end)
    if of is None or _DECIDING_VERB.search(c.text, origin.mention.end, c.t_start):
        return origin
    maker = next(
        (
            p
            for p in c.parties
            if p.mention.start == c.t_end + of.end() - of.start()
            and p.mention.via == "demonym"
            and p.mention.place != origin.mention.place
        ),
        None,
    )
    return maker or origin


def refused_by(c: _Ctx, asker: _Party) -> _Party | None:
    """Who refused "Germany had been refused permission to re-export Swiss-made ammunition":
    the maker of the goods, else the country the article follows; the passive's subject
    only asked (None when neither is another country)."""
    if not (c.passive and _REFUSED_PERMISSION.match(c.text, c.t_end)):
        return asker
    maker = _item_maker(c, exclude=asker.mention.place)
    if maker is not None:
        return maker
    if c.last_actor is not None and c.last_actor != asker.mention.place:
        return _synthetic(c.last_actor)
    return None


def _item_maker(c: _Ctx, exclude: Place) -> _Party | None:
    """The country of the first weapon system or firm named in the trigger's clause."""
    return next(
        (
            p
            for p in c.parties
            if p.role == "item"
            and c.window[0] <= p.mention.start < c.window[1]
            and p.mention.place != exclude
            # "ammunition for its Leopard fleet" serves a platform, but "its order for
            # Israeli-made howitzers" names the goods
            and (p.prep != "for" or _ORDER_FOR.search(c.text[c.t_end : p.mention.start]))
        ),
        None,
    )


_FOR_GOODS_GAP = re.compile(
    r"\s+(?:for|to\s+(?:buy|purchase|acquire|procure))\s+(?:the\s+)?(?:[\d,]+\s+|"
    r"(?:two|three|four|five|six|eight|ten|twelve|several|more)\s+)?"
)
# "a deal for US helicopters": a country's name as the goods' modifier
_GOODS_AFTER_NAME = re.compile(
    rf"(?:-(?:made|built|designed))?\s+(?:[\w-]+\s+)?(?:{_ITEM_WORDS})\b", re.IGNORECASE
)
_ORDER_FOR = re.compile(
    r"\b(?:order|contract|deal|purchase|tender|acquisition)s?\s+for\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_LEADING_SUBORDINATE = re.compile(
    r"^(?:After|Following|Despite|While|Since|Before|Amid|Although|Because|As|When|Weeks|Days|"
    r"Months|Hours)\b"
)


def _relative_antecedent(c: _Ctx) -> _Party | None:
    """The party a "which"/"who" clause hangs on ("Chad, which signed ...")."""
    return next(
        (
            p
            for p in reversed(c.parties)
            if p.role == "party"
            and p.mention.end <= c.window[0]
            and _ANTECEDENT_GAP.fullmatch(c.text, p.mention.end, c.window[0])
        ),
        None,
    )


def _its_referent(c: _Ctx, pos: int) -> _Party | None:
    """What "its"/"their" at pos refers to: the main subject when the sentence opens with a
    subordinate clause ("After the US sanctions over its deal..., Turkey faces"), else the
    nearest party before it."""
    text = c.text
    sentence_head = text[c.sentence_start : pos]
    parties = [p for p in c.parties if p.role in ("party", "reporter")]
    if _LEADING_SUBORDINATE.match(sentence_head) and "," not in sentence_head:
        comma = text.find(",", pos)
        main = next((p for p in parties if p.mention.start > comma), None) if comma != -1 else None
        if main is not None:
            return main
    before = [p for p in parties if p.mention.end <= pos]
    if not before and c.prev_topic is not None:
        if c.prev_topic in c.measure_targets:
            # "The package also hit suppliers in China. Commerce added 40 of the entities to
            # its Entity List": the list is not its target's
            return None
        # "Its newer Gripen fighters, bought from Sweden, ...": the country the sentence
        # before was about
        return _synthetic(c.prev_topic)
    # "helicopters were sold to Ghana by China, and its C-295s were bought from Spain": the
    # nearest party, but not the agent of a passive, nor a region the sentence places things
    # in ("Baku has spent heavily: in the war over Nagorno-Karabakh its forces used ..."), nor
    # a country something went into ("after the Turkish incursion into Syria, and its export
    # agency resumed approvals": Sweden's agency)
    return next(
        (
            p
            for p in reversed(before)
            if p.prep not in _PLACE_PREPS and p.mention.place.kind != "region"
        ),
        before[-1] if before else None,
    )


_PLACE_PREPS = frozenset(("by", "into", "across", "inside", "within", "throughout"))


_DEAL_FOR_GOODS = re.compile(
    r"\s+for\s+(?:the\s+(?:purchase|supply|delivery|acquisition|procurement)\s+of\s+)?"
    rf"(?:[\w$€£.,-]+\s+){{0,5}}?(?:{_ITEM_WORDS}|launchers?|vessels?|ships?|boats?|batteries)\b"
    # "signed an agreement with Kuwait to acquire 30 Hornets"
    r"|\s+to\s+(?:buy|purchase|acquire|procure|obtain)\b",
    re.IGNORECASE,
)

_FOR_X_TO_BUY = re.compile(r"\s+to\s+(?:buy|purchase|acquire|receive|obtain)\b")
_SUPPLIER_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}$")
_COPULA = re.compile(
    r"\s+(?:is|was|are|were|remains|remained|became|becomes|has\s+been|had\s+been|"
    r"(?:has|have|had)\s+become)\s+(?:(?:also|still|now|long|once|quickly|already)\s+)?"
    r"(?:one\s+of\s+)?$"
    # "Germany, Israel's second-largest supplier, ...": an appositive says as much
    r"|\s*,\s+(?:(?:once|long|still|now|then)\s+)?(?:one\s+of\s+)?$"
)
# "Armenia has turned away from Russia, its traditional supplier": whose is "its"
_ITS_SUPPLIER = re.compile(
    r"\s*,\s+(?:(?:once|long|still|now|then)\s+)?(?:one\s+of\s+)?its\s+(?:[\w-]+\s+){0,4}$"
)


def _supplier_roles(c: _Ctx, before: list[_Party]) -> tuple[_Party, _Party] | None:
    """ "Russia was Syria's main arms supplier", "Germany, Israel's second-largest supplier":
    the subject (or the appositive's head) supplies the possessor."""
    if before and _ITS_SUPPLIER.fullmatch(c.text, before[-1].mention.end, c.t_start):
        subj = before[-1]
        # "its" is the clause's subject: the party before the supplier no preposition
        # governs ("Armenia has turned away from Russia", "Pakistan's relations with ...")
        owner = next(
            (
                p
                for p in reversed(before[:-1])
                if p.prep not in _PREP_WORDS and p.mention.place != subj.mention.place
            ),
            None,
        )
        return (subj, owner) if owner is not None else None
    if len(before) < 2:
        return None
    subj, owner = before[-2], before[-1]
    if not _SUPPLIER_OF.fullmatch(c.text, owner.mention.end, c.t_start):
        return None
    if not _COPULA.fullmatch(c.text, subj.mention.end, owner.mention.start):
        return None
    return subj, owner


def _deal_roles(
    c: _Ctx, after: list[_Party], owner: _Party | None
) -> tuple[_Party | None, _Party | None]:
    """ "its S-400 deal with Russia": the partner whose country makes the items supplies."""
    partner = next(
        (
            p
            for p in after
            if p.prep in ("with", "from", "to")
            # not another clause's: "signed the contract ..., defying warnings from Washington"
            and not _PARTICIPLE_CLAUSE.search(c.text, c.t_end, p.mention.start)
        ),
        None,
    )
    window = [p for p in c.parties if c.window[0] <= p.mention.start < c.window[1]]
    buyer = next(
        (p for p in after if p.prep == "for" and _FOR_X_TO_BUY.match(c.text, p.mention.end)),
        None,
    )
    if (
        partner is None
        and owner is not None
        and buyer is not None
        and buyer.mention.place != owner.mention.place
    ):
        return owner, buyer  # "Britain signed an agreement for Ukraine to buy 5,000 missiles"
    if (
        partner is None
        and owner is not None
        and c.word in _DEAL_WORDS - {"agreement", "agreements"}
    ):
        # "Kuwait signed a contract for TB2s": the maker of what it is for supplies
        goods = next(
            (
                p
                for p in window
                if p.role == "item"
                and p.mention.start >= c.t_end
                and re.fullmatch(
                    r"\s+(?:in\s+\d{4}\s+)?for\s+(?:[\w-]+\s+){0,3}",
                    c.text[c.t_end : p.mention.start],
                )
            ),
            None,
        )
        if goods is None:
            return None, None
        if goods.mention.place != owner.mention.place:
            return goods, owner
        return None, None
    if partner is None or owner is None:
        return None, None
    if (
        partner.prep == "with"
        and owner.mention.via == "company"
        and partner.mention.via in ("name", "capital", "alias")
    ):
        # "Naval Group signed a contract with Brazil for four submarines", "IAI signs Arrow 3
        # contract with Berlin": a firm signs with its customer, a state
        return owner, partner
    if partner.prep == "with" and _DEAL_FOR_GOODS.match(c.text, partner.mention.end):
        # "Greece signed an agreement with Israel for 36 launchers", "Egypt inked a contract
        # with Germany for four frigates": the buyer signs with the seller for the goods
        return partner, owner
    if (
        partner.mention.via in ("demonym", "company")
        and partner.prep == "with"
        and (
            _FIRM_AFTER.match(c.text[partner.mention.end : partner.mention.end + 40])
            or partner.mention.via == "company"
        )
    ):
        return partner, owner  # "its contract with the Spanish shipyard Cardama"
    origins = {p.mention.place for p in window if p.role == "item"}
    if partner.prep == "to" or partner.mention.place in origins:
        if partner.prep == "to" and _AWARDED_BEFORE.search(c.pre):
            return partner, owner  # "Warsaw awarded a contract to South Korea's Hanwha"
        if partner.prep == "to":
            return owner, partner
        return partner, owner
    if owner.mention.place in origins:
        return owner, partner
    return None, None


_BREACH = re.compile(
    r"\b(?:not\s+consistent|inconsistent|breach\w*|violat\w*|contrary|broke|break\w*|"
    r"ignor\w*|flout\w*|disregard\w*)\b",
    re.IGNORECASE,
)


def _enduse_roles(c: _Ctx) -> tuple[_Party | None, _Party | None]:
    """ "not consistent with end-use assurances given by Turkey" (from a Canadian minister):
    the supplier's weapons were used against the recipient's assurances → use on that flow."""
    sentence = c.text[c.sentence_start : c.window[1]]
    if not _BREACH.search(sentence):
        return None, None
    named = [p for p in c.parties if p.role in ("party", "item")]
    giver = next(
        (p for p in named if p.mention.start >= c.t_end and p.prep in ("by", "from")), None
    )
    if giver is None:
        giver = next(
            (
                p
                for p in reversed(named)
                if p.mention.end <= c.t_start
                and c.text[p.mention.end : p.mention.end + 2] in ("'s", "’s")
            ),
            None,
        )
    if giver is None:
        return None, None
    supplier = next(
        (p for p in named if p.mention.place != giver.mention.place and p.role == "party"), None
    )
    return supplier, giver


def _sanctioned_for(c: _Ctx, pre: str) -> bool:
    """ "sanctioned firms in China for supplying Russia": the one punished is the supplier."""
    return bool(
        c.earlier
        and c.earlier[-1].kind in LICENCE_KINDS | {"sanction"}
        and _for_supplying(c.word, pre)
    )


def _owner(c: _Ctx) -> _Party | None:
    """Whose weapons the clause is about: the referent of "its"/"their" before the trigger."""
    head = c.text[c.window[0] : c.t_start]
    found = list(re.finditer(r"\b(?:its|their)\s+", head, re.I))
    if not found:
        return None
    return _its_referent(c, c.window[0] + found[-1].start())


def _opening_subject(c: _Ctx, pos: int, preceding: list[_Party]) -> _Party | None:
    """ "While Seoul has aligned its controls ... since Russia invaded Ukraine, it has
    refused ...": a pronoun in the main clause after an opening subordinate clause stands
    for that clause's subject, not for the parties named later in it."""
    head = c.text[c.sentence_start : pos]
    if not _LEADING_SUBORDINATE.match(head) or "," not in head:
        return None
    comma = head.find(",")
    first = next(
        (p for p in preceding if p.mention.start < c.sentence_start + comma and p.role == "party"),
        None,
    )
    if first is None or first.prep in _PREP_WORDS:
        return None
    # the clause's subject is its first words: "While Seoul has ...", "Although it ..." (not
    # a possessor: "Since Russia's invasion of Ukraine, ...")
    if not re.fullmatch(
        r"\w+\s+(?:the\s+)?", c.text[c.sentence_start : first.mention.start]
    ) or c.text.startswith(("'s", "’s"), first.mention.end):
        return None
    if any(
        p.mention.start > c.sentence_start + comma and p.role == "party" and p.prep == ""
        for p in preceding
    ):
        # "Since 2022, Warsaw has signed contracts ..., and it ordered": the main clause
        # names its own subject
        return None
    return first


# a verb joined by "and" (with a measure's verb: "and had imposed sanctions")
# a relative clause's own verb of signing right before the deal noun ("which signed a")
_SIGNED_HEAD = re.compile(
    r"\s*(?:(?:has|have|had|also|already|\w+ly)\s+)*(?:signed|inked|placed|concluded|"
    r"finali[sz]ed|sealed)\s+(?:an?|the|its|their)\s+(?:[\w$€£.-]+\s+){0,3}?",
    re.IGNORECASE,
)
_ITS_ACTOR = re.compile(
    r"\b(?:its|their)\s+(?:own\s+)?(?:parliament|government|cabinet|president|legislature|"
    r"lawmakers|(?:defen[cs]e\s+)?ministry|prime\s+minister)\b(?![^,;]*\b(?:its|their)\b)",
    re.IGNORECASE,
)
_UNDER_WHICH = re.compile(r"\bunder\s+which\s+(?:the\s+)?\Z")
_BY_THE_FORCES = re.compile(
    r"\s+by\s+(?:(?:one|some|two|three|several)\s+of\s+)?the\s+(?:army|military|air\s+force|"
    r"armed\s+forces|navy|junta)['’]s\s"
)
_BY_WAY_OF = re.compile(r"\bby\s+way\s+of\s+(?:the\s+)?$")
_TAKEN_FROM = re.compile(
    r"\b(?:recovered|seized|captured|taken|looted|stolen|retrieved|collected|confiscated|"
    r"salvaged)\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?$"
)
_DEAL_TO_BUY = re.compile(
    r"\s+(?:[\w$€£.,-]+\s+){0,4}?(?:agreement|deal|contract|order)\s+to\s+"
    r"(?:buy|purchase|acquire|procure)\s+[^,;]{0,80}?\bfrom\s+(?:the\s+)?",
    re.IGNORECASE,
)
_COORD_CLAUSE = re.compile(r"\band\s+(?:(?:has|have|had|would|will)\s+)?(?:[a-z]+\s+)?$")
_CLAUSE_PRONOUN = re.compile(
    r"(?:^\s*|\b(?:that|said|says|announced|added|stated|declared)\s+|,\s+)(it|they)\s+"
    r"(?!said|says|say)[a-z][^,;]*$",
    re.I,
)
_PARTICIPLE_CLAUSE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]+ing\s")
_OF_DEMONYM = re.compile(r"\s+of\s+(?:the\s+)?")
_AND_CLAUSE = re.compile(r",\s+and\s+(?:it|they|he|she)\s", re.IGNORECASE)
_LIST_GAP = re.compile(r"\s*,\s*(?:the\s+)?")
_AND_GAP = re.compile(r"\s*,?\s+and\s+(?:the\s+)?")


def _antecedent(preceding: list[_Party], text: str) -> _Party | None:
    """What "it" refers to: the last subject named before it, else the last party.

    "removed by the United States after it bought S-400s": a subject, not the object of a
    preposition, is the likelier antecedent.
    """
    # "supplied Russian buyers with goods they had imported": a verb's object is no subject
    subjects = [p for p in preceding if p.prep not in _PREP_WORDS and p.prep not in _first_words()]
    if subjects:
        # "Britain, France and Germany said that they had imposed": the list, from its head
        # (the caller takes the head's conjuncts)
        last = len(subjects) - 1
        after = [p for p in preceding if p.mention.start >= subjects[last].mention.end][:1]
        closed = bool(after) and _AND_GAP.fullmatch(
            text, subjects[last].mention.end, after[0].mention.start
        )
        while (
            closed
            and last > 0
            and subjects[last].prep == ","
            and _LIST_GAP.fullmatch(
                text, subjects[last - 1].mention.end, subjects[last].mention.start
            )
        ):
            last -= 1
        return subjects[last]
    return preceding[-1] if preceding else None


def _implicit_subject(c: _Ctx, pre: str) -> _Party | None:
    """Subjects the clause does not name: pronouns, gerunds, coordinated verbs, main clause."""
    if c.earlier and _for_supplying(c.word, pre):
        return _synthetic(c.earlier[-1].destination)
    if c.earlier and _COORD_VERB.search(pre):
        prev = c.earlier[-1]
        agent = next((p for p in reversed(c.parties) if p.mention.end <= c.t_start), None)
        if c.direction == "rev" and agent is not None and agent.prep == "by":
            # "flies Rafales sold to Qatar by France and has taken delivery of Typhoons":
            # the agent of a passive is not the subject of the active verb joined to it
            return _synthetic(prev.destination)
        # "Russia has been firing North Korean missiles ... and has received shells": the
        # subject of a use verb is the user
        took = c.prev_direction == "rev" or prev.kind == "use"
        return _synthetic(prev.destination if took else prev.origin)
    preceding = [
        p for p in c.parties if p.mention.end <= c.t_start and p.role in ("party", "reporter")
    ]
    if m := re.search(r"\bthe\s+(latter|former)\s+(?:[\w’'-]+\s+){0,2}$", pre, re.I):
        pos = c.t_start - len(pre) + m.start()
        named = [p for p in preceding if p.mention.end <= pos]
        if m.group(1).lower() == "latter" and named:
            return named[-1]
        if len(named) >= 2:
            return named[-2]
    # in the passive the pronoun is what was handed over ("they were handed over to Greece"),
    # except for a target ("It was sanctioned")
    m = _PRONOUN.search(pre)
    pos = c.t_start - len(pre) + m.start() if m else -1
    if m is None and _COORD_CLAUSE.search(pre):
        # "that they were cancelling their air services agreements and had imposed
        # sanctions": the pronoun that opens the clause is the subject of both verbs
        # (one match at most can run to the trigger: the pattern ends at it, without a comma)
        m = _CLAUSE_PRONOUN.search(c.text, c.window[0], c.t_start)
        pos = m.start(1) if m else -1
    if m and c.passive and c.kind not in ("sanction", "embargo"):
        m = None
    if m and _SAY_AFTER_PRONOUN.search(m.group(0)):
        # "companies that it said had supplied engines": "it" reports, the companies act
        return None
    if (
        m
        and m.group(0)[:2].lower() == "we"
        and any(q in c.text[c.sentence_start : c.t_start] for q in '"“')
    ):
        return None  # "We are buying what protects our cities," a spokesman said: the speaker's
    if m:
        if preceding:
            # "refused a cargo ship ... because it was carrying arms": "it" is the vessel
            between = c.text[preceding[-1].mention.end : pos]
            if _VEHICLE.search(between):
                return None
            opening = _opening_subject(c, pos, preceding)
            return opening or _antecedent(preceding, c.text)
        return _synthetic(c.prev_topic) if c.prev_topic else None
    if c.opener in ("which", "who") and preceding:
        # "the Hellenic Air Force, which has already received Rafales": the antecedent
        named = [p for p in preceding if p.mention.end <= c.window[0]]
        if named and c.kind in ("sanction", "embargo") and named[-1].prep in _MEASURE_PREPS:
            # "the bloc's sanctions package against Moscow, which also targets Chinese
            # suppliers": "which" is the measure, and its imposer imposes this one too
            imposed = [
                e
                for e in c.earlier
                if e.kind in ("sanction", "embargo") and e.destination == named[-1].mention.place
            ]
            if imposed:
                return _synthetic(imposed[-1].origin)
        if named and not _PREP_GAP.search(c.text, named[-1].mention.end, c.window[0]):
            return named[-1]
    own = preceding
    if c.window[0] == c.sentence_start and _LEADING_SUBORDINATE.match(
        c.text[c.window[0] : c.window[0] + 12]
    ):
        # "Although it has followed EU sanctions on Russia, the government has refused":
        # the opening clause's parties are not the main clause's
        comma = c.text.rfind(",", c.window[0], c.t_start)
        own = [p for p in preceding if p.mention.start > comma]
    if _GOVERNMENT.search(pre) and not own:
        # "the government turned down...": the country the article has been following
        topic = c.last_actor or c.prev_topic
        return _synthetic(topic) if topic else None
    if c.opener in ("but", ",", "and", "while", "when", "as") and c.window[0] > c.sentence_start:
        main = [
            p
            for p in c.parties
            if p.mention.end <= c.window[0]
            and p.role == "party"
            and p.prep not in _PREP_WORDS
            # not the subject of an unclosed "after ..." clause: "weeks after Abu Dhabi
            # normalised relations, the administration approved"
            and not _OPEN_SUBORDINATE.search(c.text[c.sentence_start : p.mention.start])
        ]
        if main:
            return main[0]
    return None


# "an agreement with the United States for 24 F-35A fighters, which will replace ...": a
# preposition between the party and "which" puts a noun in between, the relative's antecedent
# (not the quantifier of a list: "after Poland, Estonia and Norway, all of which bought")
_PREP_GAP = re.compile(
    r"\s(?:for|of|to|from|by|on|at|in|under)\s+(?!(?:the\s+)?[A-Z]|wh(?:ich|om)\b)"
)
_SAY_AFTER_PRONOUN = re.compile(
    r"^\w+\s+(?:said|says|say|claimed|claims|alleged|alleges|believes|believed|accused|"
    r"accuses|suspects|suspected)\b",
    re.IGNORECASE,
)
_OPEN_RELATIVE = re.compile(r",\s+(?:whose|who|where)\b[^,;]*$", re.IGNORECASE)
_OPEN_SUBORDINATE = re.compile(
    r"\b(?:after|following|since|because|although|though|while|when|once|before|until|if|"
    r"unless)\b[^,;]*$",
    re.IGNORECASE,
)

# most texts before a party or trigger hold none of these patterns' words: look for the words
# first (``prefilter``)
_WITH_NOT_RECIPIENT = Prefiltered(_WITH_NOT_RECIPIENT)  # type: ignore[assignment]
_GOVERNMENT = Prefiltered(_GOVERNMENT)  # type: ignore[assignment]
_ITS_THEIR = Prefiltered(_ITS_THEIR)  # type: ignore[assignment]
