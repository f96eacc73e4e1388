"""Patterns and word lists several rule modules read: kept here so none imports another."""

from __future__ import annotations

import re

from dashboard.ingest.asciimode import AsciiFast
from dashboard.ingest.prefilter import Prefiltered

LICENCE_KINDS = frozenset({"suspension", "resumption", "cancellation", "denial", "embargo"})
# A licensing trigger only counts near a word about arms trade ("halted talks" does not).
_TRADE_OBJECT = re.compile(
    r"\b(?:licen[cs]es?|permits?|exports?|sales?|deliver(?:y|ies)|shipments?|transfers?|"
    r"arms|weapons?|contracts?|deals?|orders?|authori[sz]ations?|approvals?|restrictions?|"
    r"limitations?|supplies|technology|equipment|drones?|military|defen[cs]e|missiles?|"
    r"jets?|tanks?|embargo|F-35|programme|program|components?|parts|optics|munitions?|"
    r"ammunition|ammo|rounds|shells|bombs?|rifles?|guns?|vehicles?|carriers?|aircraft|"
    r"helicopters?|warships?|frigates?|submarines?|howitzers?|artillery|rockets?|radars?|"
    r"sell(?:ing)?|send(?:ing)?|supply(?:ing)?|deliver(?:ing)?|ship(?:ping)?|transferring|"
    r"re-?export(?:ing|s)?|pass(?:ing)?|goods|items|purchases?|procurement|cooperation|"
    r"suspensions?|limitations?|bans?|freeze|measures|security\s+(?:assistance|aid)|"
    # "ordered the hold lifted": a measure the article reported
    r"(?:the|its|this|that)\s+(?:[\w-]+\s+)?(?:hold|pause)|moratorium)\b",
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
_STANDING_HALT = re.compile(r"(?:authori[sz]ed|approved|granted|issued)\b")
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
    r"^\s+(?:[\w-]+\s+){0,2}?(?:companies|company|firms?|manufacturers?|contractors?|"
    r"arms-?makers?|producers?|suppliers?|entities|exporters?|traders?|brokers?)\b",
    re.I,
)
_MADE_IN = re.compile(
    r"^-(?:made|built|designed|manufactured|produced|origin|supplied|provided|donated|"
    r"delivered)\b",
    re.I,
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
_DEAL_WORDS = frozenset({"deal", "contract", "contracts", "agreement"})
_COORD_VERB = re.compile(
    r"\band\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|then\s+|later\s+|since\s+|also\s+)?$",
    re.I,
)
_ORDER_SUBJECT = re.compile(
    rf"\b(?:{_ORDER_NOUNS})s?\s+"
    r"(?:(?:for|from|with|of)\s+[^.;,]{0,80}?\s+)?"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|being|now|since|also)\s+)*$",
    re.IGNORECASE,
)
_BUYER_OBJECT = re.compile(  # not "its defence cooperation program with Myanmar"
    r"\s+(?:(?:its|their|an?|the|a\s+planned)\s+)?"
    # "the army's contract for 36 howitzers": a possessive names the buyer's own order
    r"(?:(?!(?:cooperation|training|aid|assistance|exchange)\b)[\w-]+(?:['’]s)?\s+){0,4}"
    rf"(?:{_ORDER_NOUNS}|programme|program|sale)s?\b",
    re.IGNORECASE,
)


# A past participle right after its plural noun: "12 used Rafale fighters bought from France",
# "drones supplied by Turkey" (the text before the participle ends with the noun)
_PLURAL_NOUN_BEFORE = r"\b(?!(?:has|was|is|its|this|as|his|does)\b)[a-z][\w-]*s\s+$"
_BUY_PARTICIPLES = frozenset({"bought", "ordered", "purchased", "acquired", "procured", "imported"})


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_VEHICLE_ACTS = Prefiltered(_VEHICLE_ACTS)  # type: ignore[assignment]
