"""Patterns and word lists several rule modules read: kept here so none imports another."""

from __future__ import annotations

import re

from dashboard.ingest.asciimode import AsciiFast
from dashboard.ingest.prefilter import Prefiltered

LICENCE_KINDS = frozenset({"suspension", "resumption", "cancellation", "denial", "embargo"})
# the kinds a decider takes against a counterpart
MEASURE_KINDS = LICENCE_KINDS | {"sanction"}
# A licensing trigger only counts near a word about arms trade ("halted talks" does not).
_TRADE_OBJECT = re.compile(
    r"\b(?:licen[cs]es?|permits?|exports?|sales?|deliver(?:y|ies)|shipments?|transfers?|"
    r"arms|weapons?|contracts?|deals?|orders?|authori[sz]ations?|approvals?|restrictions?|"
    r"limitations?|supplies|technology|equipment|drones?|military|defen[cs]e|missiles?|"
    r"jets?|tanks?|embargo|F-35|programme|program|components?|parts|optics|munitions?|"
    r"ammunition|ammo|rounds|shells|bombs?|rifles?|guns?|vehicles?|carriers?|aircraft|"
    r"helicopters?|warships?|frigates?|submarines?|howitzers?|artillery|rockets?|radars?|"
    # "turned down Turkey's request for Eurofighters"
    r"(?:euro)?fighters?|bombers?|interceptors?|corvettes?|launchers?|"
    # "a van carrying 48 thermal sights bound for a Belarusian company"
    r"(?:thermal|rifle|weapon|night-vision)\s+(?:sights?|scopes?)|night-vision|"
    r"sell(?:ing)?|send(?:ing)?|supply(?:ing)?|deliver(?:ing)?|ship(?:ping)?|transferring|"
    r"re-?export(?:ing|s)?|pass(?:ing)?|goods|items|purchases?|procurement|cooperation|"
    r"suspensions?|limitations?|bans?|freeze|measures|security\s+(?:assistance|aid)|"
    # "ordered the hold lifted": a measure the article reported
    # "The halt was lifted in 2024", "the stoppage was reversed"
    r"(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:hold|pause|halt|stoppage|block)|moratorium|"
    # "Kyiv asked Bern for Gepard ammunition. Bern rejected the request": the request the
    # sentence before told (not "the request for talks")
    r"(?:the|this|that)\s+(?:latest\s+|new\s+|renewed\s+)?(?:request|application|bid)"
    r"(?!\s+(?:for|to|of|from|by)\b))\b",
    re.IGNORECASE,
)

_ITEM_WORDS = (
    r"drones?|technology|technologies|equipment|weapons?|arms|optics|cameras?|missiles?|"
    r"tanks?|jets?|aircraft|systems?|parts|components?|rifles?|ammunition|shells|vehicles?|"
    r"defen[cs]e|military|munitions?|helicopters?|fighters?|warships?|frigates?|submarines?|"
    r"artillery|howitzers?|guns?|rockets?|radars?|engines?|goods|made|built|manufactured|"
    r"exports?"
)
_ACTOR_WORDS = (
    r"government|officials?|minist(?:er|ry)|forces|troops|army|navy|air\s+force|authorities|"
    r"president|prime\s+minister|parliament|lawmakers|regime|military\s+junta|junta|"
    r"administration|state|side|counterpart|interim|crews|units|soldiers|gunners|pilots|"
    r"operators|brigades?|battalions?|commanders|personnel|marines"
)
_EARLIER_CLAUSE = {"after", "following", "because", "since", "over", "once", "although", "though"}
_ORDER_NOUNS = r"order|purchase|contract|deal|acquisition|procurement"
_STANDING_HALT = re.compile(r"(?:authori[sz]ed?|approved?|grant(?:ed)?|issued?)\b")
# the halt announced in the base form: "said it would grant no new export permits"
_ANNOUNCED_HALT = re.compile(r"(?:authori[sz]e|approve|grant|issue)\b")
# Clause boundaries inside a sentence. A contrast ("..., but shipments to Israel will remain
# suspended") or a semicolon starts a clause with parties of its own; so does ", and" before a
# new subject ("..., and the army uses vehicles delivered by Turkey").
_CONTRAST_CLAUSE = re.compile(r",\s+(?:but|while|whereas)\s|;")
_LATER_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s|;")


def _later_clause_start(
    text: str, start: int, end: int, boundaries: re.Pattern[str] = _LATER_CLAUSE
) -> int:
    """Where the clause holding position end begins: after the last boundary from start
    (", and", ";" by default: "Copenhagen said it would supply missiles, and in June Ukrainian
    forces used Danish-supplied Harpoons": the first clause's "would" and goods are not the
    second one's)."""
    for boundary in boundaries.finditer(text, start, end):
        start = boundary.end()
    return start


# the words between a clause's subject and its verb ("Slovakia has also received")
_SUBJECT_VERB_GAP = (
    r"(?:(?:has|have|had|is|are|was|were|also|already|now|then|later|recently|itself|"
    r"finally|\w+ly)\s+){0,3}"
)

_PREP_WORDS = {
    "to", "into", "on", "against", "with", "toward", "towards", "for", "from", "by", "of",
    "in", "over", "and", "at", "during", "via", "between", "or", "through", "across",
    "outside", "inside", "beyond", "within", "among", "under", "despite", "unlike",
    "including", "except",
}  # fmt: skip
# "added five firms to its entity list", "listed three Turkish companies in its latest
# sanctions package" ("in" only before "its"/"their": "added firms in the UAE to its list")
_ADDED_TO_LIST = re.compile(
    r"\b(?i:added|adds|adding|put|puts|placed|places|placing|listed|included|includes)\s+"
    r"(.+?)\s+(?:(?i:on|to)\s+"
    r"(?:(?i:its|the|their|a|an)|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s))|"
    r"(?i:in)\s+(?i:its|their))\s[^.;]*$",
)
_FIRM_AFTER = re.compile(
    # ("British and German defence companies": the firms of both)
    r"^\s+(?:(?:and|or)\s+[A-Z][\w-]*\s+)?(?:[\w-]+\s+){0,2}?(?:companies|company|firms?|"
    r"manufacturers?|contractors?|"
    # "Iranian drone makers", "North Korean arms dealers"
    r"(?:[\w]+-)?makers?|dealers?|producers?|suppliers?|entities|exporters?|traders?|brokers?|"
    # "sanctions on the Belarusian defence sector", "the Iranian drone industry"
    r"sector|industry|industries|(?:military-)?industrial\s+complex)\b",
    re.I,
)
_MADE_IN = re.compile(
    r"^-(?:made|built|designed|manufactured|produced|origin|supplied|provided|donated|"
    r"delivered)\b",
    re.I,
)

# A strike whose weapon "with" names: "attacked Ukrainian cities with Iranian Shahed drones",
# "struck Kharkiv with North Korean missiles", "fought with Russian-supplied rifles": the
# striker used it, its maker supplied the striker (what was struck comes before the "with")
# (verb forms only: "shells", "strikes", "attacks" as trigger words would make nouns look like
# verbs to ``_may_trigger`` and ``_prep_before``: "Shells produced by Krusik were sold")
STRIKE_VERBS = (
    r"attack(?:ed|ing)|str(?:uck|iking)|hit(?:ting)?|bombard(?:ed|ing)|pound(?:ed|ing)|"
    r"shell(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|destroy(?:ed|ing)|fought|fighting|"
    r"raid(?:ed|ing)|pummell?(?:ed|ing)|defend(?:ed|ing)|repell(?:ed|ing)"
)
_STRIKE_VERB = re.compile(rf"(?:{STRIKE_VERBS})$", re.IGNORECASE)
# the "with" of the strike, in the same clause: "struck Russian air bases in Crimea with"
WITH_AFTER = r"(?=\s+(?:[\w’'-]+\s+){0,8}?(?:with|using)\s)"
_WITH_AFTER = re.compile(WITH_AFTER[3:-1], re.IGNORECASE)
# Goods moved towards a third party by a route rather than sold: "US chips reached Russia
# through the UAE", "were routed to Russia via Kazakhstan", "found their way to Russia",
# "ended up in the hands of Azerbaijani forces"
_ROUTED = re.compile(
    r"reach|(?:re-?)?rout|trans-?ship|funnel|flow|way$|(?:ended|end|ends|ending|wound)\s+up",
    re.IGNORECASE,
)
# ... and only goods take such a route: not "the delegation reached Moscow via Istanbul"
_FOUND_THEIR = re.compile(
    r"\b(?:found|finds?|finding|made|makes?|making)\s+(?:its|their)\s+$", re.IGNORECASE
)
_GOODS = (
    rf"\b(?:{_ITEM_WORDS}|chips|microchips|electronics|microelectronics|semiconductors|"
    r"tools|machinery|products|items|shipments?|cargo(?:es)?|consignments?|supplies|"
    r"ammunition|rounds|bombs|explosives)\b"
)
_GOODS_BEFORE = re.compile(_GOODS + r"[^.;]{0,80}$", re.IGNORECASE)
# "Belarus has been funnelling Western components to Russia": the goods as the object
_GOODS_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,3}?" + _GOODS, re.IGNORECASE)

# A route alone is transit ("Western weapons reached Ukraine through Poland"); it is a
# diversion when the goods are the dual-use kind that sanctions cover ("US chips reached
# Russia through the UAE") or the sentence says the route evades a control
_ROUTED_EVADES = re.compile(
    r"\b(?:chips|microchips|(?:micro)?electronics|semiconductors|components|parts|"
    r"machine\s+tools|machinery|dual-use|sanction\w*|embargo\w*|smuggl\w*|illicit\w*|"
    r"illegal\w*|evad\w*|evasion|circumvent\w*|bypass\w*|banned|restricted|controlled|"
    r"violat\w*|black\s+market|front\s+compan\w*|shell\s+compan\w*)\b",
    re.IGNORECASE,
)

_PASSIVE = AsciiFast(
    re.compile(
        r"\b(?:was|were|been|being|is|are|be|get|got|remains?|remained|stays?|stayed)\s+"
        r"(?:\w+ly\s+|not\s+|also\s+|then\s+|instead\s+|later\s+|already\s+|since\s+|now\s+)?$"
    )
)
_VEHICLES = r"(?:ship|vessel|freighter|cargo\s+plane|aircraft|plane|truck|convoy|boat|tanker)s?"
_VEHICLE_ACTS = re.compile(rf"\b{_VEHICLES}\s+(?:\w+ly\s+)?$", re.I)  # "a ship carrying"
_SUPPLIED_BY = re.compile(
    r"\b(?:supplied|sold|delivered|provided|made|built|manufactured|produced|donated|"
    r"exported|shipped)\s+by\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
# the giver's participles only (not "made by", "built by": a maker need not have given them):
# "M113 carriers donated by Brazil", "boats handed over by the Brazilian Army"
_GIVER_AFTER = re.compile(
    r"\b(?:donated|supplied|sold|given|gifted|provided|delivered|transferred|handed\s+over|"
    r"sent|loaned|lent|leased)\s+by\s+(?:the\s+)?(?:[\w-]+\s+)?$"
)
_DEAL_WORDS = frozenset({"deal", "contract", "contracts", "agreement", "agreements"})
_COORD_VERB = re.compile(
    r"\band\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|then\s+|later\s+|since\s+|also\s+)?$",
    re.I,
)


_ORDER_SUBJECT = re.compile(
    rf"\b(?:{_ORDER_NOUNS})s?\s+"
    r"(?:(?:for|from|with|of)\s+[^.;,]{0,80}?\s+)?"
    # "The order was later suspended", "the deal was quietly cancelled"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|being|now|since|also|later|then|"
    r"\w+ly)\s+)*$",
    re.IGNORECASE,
)
_BUYER_OBJECT = re.compile(  # not "its defence cooperation program with Myanmar"
    r"\s+(?:(?:its|their|an?|the|a\s+planned)\s+)?"
    # "the army's contract for 36 howitzers": a possessive names the buyer's own order
    # "the A$90 billion submarine contract": an amount among the modifiers
    r"(?:(?!(?:cooperation|training|aid|assistance|exchange)\b)[\w$€£.,-]+(?:['’]s)?\s+){0,4}"
    rf"(?:(?:{_ORDER_NOUNS}|programme|program|sale)s?\b"
    # "scrapped a 2021 agreement to buy helicopters" (not "dropped plans to buy": no deal)
    r"|agreements?(?=\s+to\s+(?:buy|purchase|acquire|procure|order)\b))",
    re.IGNORECASE,
)


# A past participle right after its plural noun: "12 used Rafale fighters bought from France",
# "drones supplied by Turkey" (the text before the participle ends with the noun)
_PLURAL_NOUN_BEFORE = r"\b(?!(?:has|was|is|its|this|as|his|does)\b)[a-z][\w-]*s\s+$"
_BUY_PARTICIPLES = frozenset(
    {"bought", "ordered", "purchased", "acquired", "procured", "imported", "leased", "borrowed"}
)


# The subject of "arrived in" is goods ("US-supplied Patriot systems", "the first F-35s"),
# not people, and not warships or bombers on a visit unless the text says they were supplied
# ("Russian warships arrived in Cuba"; "the first frigate delivered by Italy arrived in")
_GOODS_NOUN = re.compile(
    r"\b(?i:drones?|weapons?|arms|missiles?|tanks?|systems?|batter(?:y|ies)|howitzers?|"
    r"shells|ammunition|munitions?|rockets?|launchers?|artillery|vehicles|rifles|guns|bombs|"
    r"grenades|cartridges|(?<=personnel\s)carriers|"
    r"radars?|equipment|interceptors|helicopters|jets|fighters|aircraft|components|parts|"
    r"shipments?|consignments?|deliver(?:y|ies)|batch(?:es)?|cargo)\b|\b[A-Z][\w-]*\d"
)
_DEPLOYED_NOUN = re.compile(
    # ("armoured personnel carriers" are goods)
    r"\b(?:warships?|ships?|vessels|frigates?|destroyers?|(?<!personnel\s)carriers?|bombers|troops|soldiers|"
    r"forces|delegations?|ministers?|officials|president|leaders?|navy|fleet|squadrons?)\b",
    re.IGNORECASE,
)
_SUPPLIED_MARK = re.compile(
    r"-(?:supplied|donated|provided|delivered)\b|\b(?:supplied|sold|donated|delivered|"
    r"provided|sent|ordered|bought|purchased|leased)\s+(?:by|from)\b|\b(?:batch|shipment|"
    r"consignment|delivery)\b",
    re.IGNORECASE,
)


def _goods_subject(sentence: str, at: int, named_item: bool) -> bool:
    """Is the subject of the "arrived" (or the passive "were rushed") at ``at`` goods? (its
    clause's last 120 characters; ``named_item``: a weapon system or a maker's goods, as
    "the first Bushmasters", is named there)"""
    head = sentence[max(0, at - 120) : at]
    # the clause's own subject: "Kuwait completes its fleet as last jets arrive from Italy"
    head = head[
        max(head.rfind(","), head.rfind(";"), head.rfind(" as "), head.rfind(" when ")) + 1 :
    ]
    if not named_item and not _GOODS_NOUN.search(head):
        return False
    return not _DEPLOYED_NOUN.search(head) or bool(_SUPPLIED_MARK.search(head))


# Verbs whose subject must be goods: "US-supplied Patriots arrived in Ukraine", "Caesar
# howitzers were rushed to Ukraine" (not "the delegation arrived in Kyiv")
_GOODS_SUBJECT_VERB = re.compile(
    r"arriv\w*|reach(?:ed|es)|(?:dispatched|rushed|airlifted|flown)(?=\s+to\s)"
)
# goods arriving: "Patriot systems arrived in Ukraine", "shells reached Ukraine"
_ARRIVAL = re.compile(r"arriv|reach")


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_VEHICLE_ACTS = Prefiltered(_VEHICLE_ACTS)  # type: ignore[assignment]
_COORD_VERB = Prefiltered(_COORD_VERB)  # type: ignore[assignment]
