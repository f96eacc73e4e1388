"""What a mention is in its sentence (party, item maker, reporter) and which form one list."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from dashboard.ingest.asciimode import AsciiFast
from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules.triggers import _first_words, _may_trigger
from dashboard.ingest.rules.vocabulary import (
    _ACTOR_WORDS,
    _ADDED_TO_LIST,
    _FIRM_AFTER,
    _ITEM_WORDS,
    _MADE_IN,
    _PREP_WORDS,
    _SUBJECT_VERB_GAP,
)
from dashboard.model import Place

_REPORT_VERBS = (
    r"said|says|say|claimed|claims|claim|reported|reports|told|accused|accuses|alleged|"
    r"alleges|warned|warns|stated|states|noted|notes|added(?=\s+that|,)|believes|believe|"
    r"insisted|"
    r"insists|argued|argues|denied\s+that|confirmed|confirms|criticized|criticised|"
    r"contested|expressed|urged|urges|complained"
)

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"}


def _listed_parties(text: str, start: int, end: int, parties: list[_Party]) -> list[_Party]:
    """Parties named among what "added ... to its list" put on the list."""
    listing = _ADDED_TO_LIST.search(text[start:end])
    if listing is None:
        return []
    lo, hi = start + listing.start(1), start + listing.end(1)
    return [p for p in parties if p.role == "party" and lo <= p.mention.start < hi]


# Where the list of what a sanction targets ends: its reason, its agent or another clause
# ("sanctioned a Hong Kong-based company and a forwarder in the UAE for helping Russia").
_SANCTION_LIST_END = re.compile(
    r"\b(?:for|over|by|accus\w*|citing|because|after|saying|who|whom|which|that|amid|under|"
    r"as|to|with|from|against|whose|involved|linked|tied|across|"
    r"in\s+(?:connection|response|retaliation|breach|violation)|"
    r"on\s+(?:charges|suspicion|grounds)|"
    # an adverbial after a comma: "sanctions against Russia, on the eve of the invasion"
    r",\s+(?:on|in|at|during|when|while|just|only|days|weeks|months|a\s+(?:day|week|month)))"
    r"\b|[;:(]|\s[–—-]\s",
    re.IGNORECASE,
)


def _sanctioned_list(
    text: str, start: int, end: int, parties: list[_Party], noun: bool
) -> list[_Party]:
    """Parties named in the list right after a sanction's word (ending at ``start``), up to
    its reason: each firm, official or state on it counts against its country ("designated
    two companies in Türkiye and three North Korean officials")."""
    if noun:
        # the noun: its list follows "on" or "against" ("sanctions on 11 individuals")
        lead = re.match(r"\s+(?:on|against)\b", text[start:end])
        if lead is None:
            return []
        start += lead.end()
    stop = _SANCTION_LIST_END.search(text, start, end)
    hi = stop.start() if stop else end
    out: list[_Party] = []
    for p in parties:
        if p.role != "party" or not start <= p.mention.start < hi:
            continue
        if opens_own_clause(p, text):
            # "listed Turkish companies in June, and the US designated ...", "sanctioned the
            # same plants in April, and Switzerland usually adopts EU listings": a new clause
            break
        out.append(p)
    return out


_AND_CLAUSE_BEFORE = re.compile(r",\s*and\s+(?:the\s+)?$")


def opens_own_clause(p: _Party, text: str) -> bool:
    """Is p, after ", and", the subject of a clause of its own ("..., and Washington has
    sanctioned CAVIM")?"""
    return bool(
        _AND_CLAUSE_BEFORE.search(text, max(0, p.mention.start - 12), p.mention.start)
        and (
            _subject_of_verb(p, text, _CLAUSE_VERB)
            or (p.mention.via != "demonym" and _FINITE_AFTER.match(text, p.mention.end))
        )
    )


# a finite verb right after a country's name: its own clause ("and Switzerland adopts")
_FINITE_AFTER = re.compile(
    r"\s+(?:(?:also|often|now|then|later|itself|\w+ly)\s+)?(?:has|have|had|is|are|was|were|"
    r"will|would|could|can|did|does|do|[a-z]+ed|[a-z]*[^\Ws]s)\b"
)


@functools.cache
def _context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    item_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ITEM_WORDS})\b", re.I)
    actor_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}?(?:{_ACTOR_WORDS})\b", re.I)
    reporter_after = re.compile(
        rf"^(?:['’]s)?(?:\s+[A-Z][\w-]*|\s+(?:foreign|defen[cs]e|state|official|"
        rf"officials|government|media|news|investigators|experts|researchers|analysts|"
        rf"monitors|inspectors)\b[\w\s-]*?){{0,6}}\s+(?:{_REPORT_VERBS})\b"
    )
    return item_after, actor_after, reporter_after


@dataclass
class _Party:
    mention: Mention
    prep: str  # governing word before the mention (determiners, one adjective skipped)
    role: str  # "party" | "item" | "reporter" | "descriptor"
    prev: str = ""  # the word right before the mention (determiners skipped)


_PLACE_NOUNS = frozenset(
    {"port", "ports", "base", "bases", "airbase", "airport", "warehouse", "warehouses",
     "depot", "depots", "hub", "airstrip", "airstrips", "airfield", "airfields", "facility",
     "facilities", "border", "harbour", "harbor", "terminal", "site", "plant", "factory",
     "camp", "city", "town", "region", "province", "area", "capital", "coast", "island",
     "exhibition", "show", "fair", "summit", "talks", "meeting", "conference", "court",
     "parliament"}
)  # fmt: skip


_PREP_WORDS_RE = AsciiFast(re.compile(r"[\w’'-]+|[,;:“”\"()—–]"))


def _prep_before(text: str, start: int, floor: int) -> tuple[str, str]:
    """(governing word, previous word) in front of a mention, determiners skipped.

    The governing word also skips one lower-case modifier ("to the Israeli port" → "to"), and
    "from Chennai in India" counts as "from".
    """
    chunk = text[max(floor, start - 60) : start]
    words = _PREP_WORDS_RE.findall(chunk)
    k = len(words)
    while k and words[k - 1].lower() in ("the", "a", "an"):
        k -= 1
    if k and words[k - 1].lower() in ("that", "which", "who"):
        return "that", "that"  # "frigates that Cairo bought": a relative clause's subject
    while words and words[-1].lower() in _DETERMINERS:
        words.pop()
    # "to the Royal Solomon Islands Police Force", "to Haftar's Libyan National Army"
    while words and (
        words[-1] in _HONORIFICS
        # (a possessive ends in "'s": the pattern only runs on words that do)
        or (words[-1].endswith(("'s", "’s")) and _NAME_POSSESSIVE.fullmatch(words[-1]))
    ):
        words.pop()
        while words and words[-1].lower() in _DETERMINERS:
            words.pop()
    prev = words[-1].lower() if words else ""
    skipped = 0
    modifier = ""
    while words and (
        words[-1].lower() in _DETERMINERS
        or (
            skipped < 1
            and words[-1].islower()
            and words[-1] not in _PREP_WORDS
            and words[-1] not in _CONTROL_VERBS
            # "for supplying Russia", "to send Greece's missiles": a trigger verb governs its
            # object, it is no modifier
            and words[-1] not in _first_words()
        )
    ):
        if words[-1].lower() not in _DETERMINERS:
            skipped += 1
            modifier = words[-1]
        words.pop()
    prep = words[-1].lower() if words else ""
    if skipped and prep == "within" and modifier in _TIME_UNITS:
        prep = ""  # "Within hours Britain announced": a time, the subject follows
    if skipped and prep == "of" and modifier in _TIME_NOUNS:
        prep = ""  # "In June of that year Ukrainian forces used": a date, the subject follows
    if (
        prep == "in"
        and len(words) >= 3
        and words[-2].islower()
        and words[-2] not in _PLACE_NOUNS
        and (
            "to" in (w.lower() for w in words[-4:-2])
            # "to a private buyer in": one modifier between the article and the noun
            or (
                len(words) >= 5
                and words[-5].lower() == "to"
                and words[-4].lower() in _DETERMINERS
                # "to the UN-backed government in Tripoli": a hyphenated modifier too
                and (words[-3].islower() or "-" in words[-3])
            )
        )
    ):
        # "a sale to a (private) buyer in Libya", "passed on to criminal groups in Brazil": the
        # buyer's country receives; "shipped to a port in Greece" names a transit point instead
        prep = "to"
    if prep in ("including", "and", "such") and len(words) >= 3:
        # "gave boats to a dozen Pacific nations, including Tonga", "to partner states such
        # as Armenia", "supplied boats to twelve island countries and Timor-Leste": members
        # of a group of recipients receive ("such as": "as" was skipped as a modifier)
        k = len(words) - 2
        if words[k] == ",":
            k -= 1
        near = [w.lower() for w in words[max(0, k - 5) : k]]
        if words[k].lower() in _GROUP_NOUNS and "to" in near:
            prep = "to"
        elif words[k].lower() in _GROUP_NOUNS | _SUPPLIER_NOUNS and "from" in near:
            # "received tanks from its Western allies, including Poland": suppliers
            prep = "from"
    if prep == "of" and len(words) >= 3 and words[-2].lower() in _FORCE_WORDS:
        # "pistols for the federal police of Brazil", "delivered to the armed forces of Mali":
        # the force's country takes the force's preposition
        head = _force_head(words)
        if head in ("to", "for", "from", "by"):
            prep = head
        elif words[-3].lower() in _DETERMINERS and (
            len(words) < 4 or words[-4].lower() not in _PREP_WORDS
        ):
            prep = ""  # "In September the government of Lithuania ordered": the subject
    if prep == "in" and len(words) >= 3 and words[-2] in _MAKER_NOUNS and "by" in words[-6:-2]:
        prep = "by"  # "sold to the Congo by a state aircraft plant in Georgia"
    if prep == "in" and len(words) >= 3 and (named := _named_before_in(words)):
        prep = named  # "supplied turrets to General Dynamics Land Systems in Ontario"
    if prep == "in" and len(words) >= 2 and (whose := _placed_firm(words, start - 60 <= floor)):
        # "three trading companies registered in Hong Kong shipped ...", "bought from firms
        # in China": the firms act for the country they are placed in, with their own role
        prep = "" if whose == "subject" else whose
    if (
        prep == "of"
        and len(words) >= 2
        and words[-2].lower() in _MEMBER_NOUNS
        and (len(words) < 3 or words[-3].lower() not in _PREP_WORDS)
    ):
        prep = ""  # "members of the US Congress put on hold": the body's country acts
    if prep == "and" and len(words) >= 2 and words[-2] == ",":
        prep = ","  # "..., and Tokyo approved": a new clause's subject, not a conjunct
    if (
        prep == "in"
        and len(words) >= 3
        and words[-2][:1].isupper()
        and words[-3].lower() in ("from", "to")
    ):
        prep = words[-3].lower()
    return prep, prev


_PLACED_FIRMS = frozenset(
    {"companies", "company", "firms", "firm", "entities", "entity", "traders", "trader",
     "suppliers", "supplier", "distributors", "distributor", "exporters", "exporter",
     "intermediaries", "brokers", "broker", "businesses", "manufacturers", "manufacturer",
     "forwarders", "forwarder", "dealers", "dealer", "wholesalers", "wholesaler",
     "competitors", "competitor", "rivals", "rival"}
)  # fmt: skip
_FIRM_PLACED = frozenset({"registered", "based", "located", "incorporated", "operating"})
_NUMBER_WORDS = frozenset(
    {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "several", "some", "many", "other", "one", "dozens", "numerous"}
)  # fmt: skip
_CLAUSE_HEADS = frozenset({",", ";", ":", "while", "whereas", "but"})


def _named_before_in(words: list[str]) -> str:
    """ "to", "from" or "for" when the words before "in" are that preposition and a proper
    name of at most four words ("to General Dynamics Land Systems in"): the name's place."""
    k = len(words) - 2  # words[-1] is "in"
    while k >= 0 and words[k][:1].isupper() and len(words) - 2 - k < 5:
        k -= 1
    if k < 0 or k == len(words) - 2 or words[k] not in ("to", "from", "for"):
        return ""
    return words[k]


def _placed_firm(words: list[str], at_floor: bool) -> str:
    """The role of firms placed in a country by the words before it ("..., three trading
    companies registered in"): "" for a clause's subject, "from"/"by" for the supplier
    such a preposition names; "" when the words are no such phrase."""
    k = len(words) - 2  # words[-1] is "in"
    if k >= 0 and words[k].lower() in _FIRM_PLACED:
        k -= 1
    if k < 0 or words[k].lower() not in _PLACED_FIRMS:
        return ""
    j, skipped = k - 1, 0
    while j >= 0 and skipped < 3:
        w = words[j]
        if w in _CLAUSE_HEADS or not (
            w.lower() in _DETERMINERS
            or w.lower() in _NUMBER_WORDS
            or w.isdigit()
            or (w.islower() and w not in _PREP_WORDS)
        ):
            break
        if w.islower() and w not in _DETERMINERS and w in _first_words():
            return ""  # "sanctioned firms in China": a verb's object
        j, skipped = j - 1, skipped + 1
    if j < 0:
        return "subject" if at_floor else ""
    head = words[j].lower()
    if head in _CLAUSE_HEADS:
        return "subject"
    if head in ("from", "by"):
        return head
    return ""


_TIME_UNITS = frozenset({"minutes", "hours", "days", "weeks", "months", "years"})
_TIME_NOUNS = frozenset(
    {"year", "month", "week", "day", "decade", "spring", "summer", "autumn", "fall", "winter",
     "war", "conflict", "campaign", "offensive"}
)  # fmt: skip
_GROUP_NOUNS = {
    "countries", "nations", "states", "customers", "buyers", "partners", "allies",
    "governments", "militaries", "armies", "navies", "operators", "clients",
}  # fmt: skip
_GEOGRAPHY_AFTER = re.compile(
    r"\s+(?:frontier|border|borders|borderlands?|coast|coastline|waters|airspace|soil|"
    r"mainland|highlands|steppe|desert|shore|shores)\b"
    # not "the Tajik border troops", "Polish border guards": a force
    r"(?!\s+(?:troops|guards?|police|service|forces|units|patrols?|agency)\b)",
    re.IGNORECASE,
)
_SUPPLIER_NOUNS = {"suppliers", "sellers", "exporters", "producers", "manufacturers"}
_FORCE_WORDS = {
    "police", "army", "navy", "forces", "force", "military", "guard", "ministry", "government",
    "gendarmerie", "troops", "units", "armies", "navies", "guards", "militaries", "ministries",
    "governments",
}  # fmt: skip
_MEMBER_NOUNS = {
    "members", "officials", "leaders", "lawmakers", "legislators", "senators", "ministers",
    "representatives", "diplomats",
}  # fmt: skip
_NAME_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s")
_MAKER_NOUNS = {
    "plant", "factory", "firm", "company", "manufacturer", "maker", "yard", "shipyard",
    "supplier", "dealer", "broker", "trader", "exporter", "network", "works", "arsenal",
}  # fmt: skip
_HONORIFICS = {"Royal", "Imperial", "Federal", "National", "Islamic", "Democratic", "Hellenic"}
_CONTROL_VERBS = {"let", "allow", "allowing", "help", "ask", "asked", "urged", "urge", "force"}
_MILITARY_GOODS = re.compile(
    r"^(?:['’]s)?\s+military\s+(?:goods|equipment|technolog|hardware|items|exports|sales|aid|"
    r"assistance|supplies|vehicles|components|parts|drones|aircraft)",
    re.IGNORECASE,
)
_BLOC_DESCRIPTOR = re.compile(
    r"^(?:\s+(?:and|or)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?"
    r"\s+(?:member|members|member\s+states?|countries|country|allies|ally|partners?|nations?|"
    r"capitals?|officials?|summit|standards?|territory|membership|accession|path|candidate|"
    r"rules?|law|laws|regulations?|criteria|guidelines|directives?|common\s+position|"
    r"code\s+of\s+conduct|mission|missions|force|forces|troops|peacekeepers|peacekeeping|"
    r"operation|operations|contingent)\b",
    re.IGNORECASE,
)

# A place naming a body that counts or reports the trade is its source, not a party: "data
# compiled by a Stockholm research institute", "a London-based think tank", "a UN panel".
_RESEARCH_BODY_AFTER = re.compile(
    r"^(?:-based)?\s+(?:[\w-]+\s+){0,2}?(?:research\s+(?:institute|centre|center|group)|"
    r"think[\s-]tanks?|monitoring\s+group|watchdog|panel\s+of\s+experts|expert\s+panel)\b",
    re.IGNORECASE,
)
_COMPILED_BY = re.compile(
    r"\b(?:compiled|collected|gathered|published|analy[sz]ed|verified|documented)\s+by\s+"
    r"(?:the\s+|an?\s+)?$",
    re.IGNORECASE,
)

# "according to the United Nations", "according to officials in Seoul"
_ACCORDING_TO = re.compile(
    r"\baccording\s+to\s+(?:(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:officials|sources|diplomats|"
    r"intelligence|agencies|governments|authorities)\s+(?:in|from|of)\s+)?(?:the\s+)?$",
    re.IGNORECASE,
)
_ORDER_FOR_BEFORE = re.compile(
    # ("a contract in 2022 for Chinese wheeled armoured vehicles": past a year)
    r"\b(?:sign(?:ed|s|ing)?|contracts?|orders?|deals?|agreements?|purchases?)\s+"
    r"(?:in\s+(?:[A-Z][a-z]+\s+)?\d{4}\s+)?for\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_FIRM_PLACED_AFTER = re.compile(
    r"(?:\s+[A-Z][\w&.-]*){0,3}\s+in\s+(?:the\s+)?(?!(?:January|February|March|April|May|June|"
    r"July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)\b)[A-Z](?![\w-]*\s+\d)"
)
_GOODS_NOUN_AFTER = re.compile(rf"\s+(?:{_ITEM_WORDS}|sensors?|turrets?)\b", re.IGNORECASE)
_COURT_IN = re.compile(
    r"\b(?:court|tribunal|parliament|council)(?:\s+of\s+(?:[A-Z]\w+\s+)?[A-Z]\w+)?\s+in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_COURT_ACTS = re.compile(
    r"\s+(?:(?:has|had|have)\s+)?(?:ordered|ruled|blocked|halted|suspended|annulled|barred|"
    r"banned|stopped|overturned|quashed)\b"
)
_FITTED = re.compile(
    r"\b(?:used|fitted|mounted|installed|integrated)\s+(?:on|in|into|aboard)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_TURNED_TO = re.compile(r"\b(?:turn|look)(?:ed|s|ing)?\s+to\s+(?:the\s+)?$", re.IGNORECASE)
_VISIT_TO = re.compile(
    r"\b(?:visit|visits|visiting|trip|trips|tour|journey)\s+to\s+(?:the\s+)?$",
    re.IGNORECASE,
)
# "In addition to the Chinese drones, it received ...", "thanks to Turkish drones": a "to"
# that does not name a recipient
_BESIDES_TO = re.compile(
    r"\b(?:in\s+addition|additionally|thanks|compared|similar|next|close|due|owing|prior|"
    # "cleared the way for their accession to NATO": joining, not receiving
    r"contrary|comparable|akin|equivalent|identical|accession|admission)\s+to\s+"
    r"(?:the\s+|its\s+|their\s+)?"
    r"(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
# "for Russia's war against Ukraine", "behind Russia's drone attacks on Ukraine", "the
# invasion of Ukraine": the country attacked, not a party to a transfer or measure
_WAR_ON = re.compile(
    r"\b(?:war|wars|invasion|aggression|attacks?|strikes|offensive|bombardment|assault|"
    r"incursion|push|raid|advance)\s+(?:against|on|of|in|into)\s+(?:the\s+)?$",
    re.IGNORECASE,
)

_HALT_TO = re.compile(
    r"\b(?:halt|end|stop|pause|freeze|moratorium|brake)\s+to\s+(?:(?:the|all|any|further)\s+)*$",
    re.IGNORECASE,
)
_HOSTILE_INFINITIVES = frozenset(
    {"strike", "attack", "bomb", "hit", "target", "shell", "confront", "fight", "counter",
     "deter", "intercept", "shoot", "destroy", "repel", "invade", "punish", "pressure",
     "sink", "kill", "down", "defeat", "ambush", "raid"}
)  # fmt: skip


_ORIGIN_NOUN = re.compile(r"\s+(?:origin|make|manufacture|design|production)\b", re.I)
# "Niger and Burkina Faso, Mali's partners in the alliance, have bought": an apposition that
# describes the parties before it by their tie to another country
_APPOSED_TIE = re.compile(
    r"['’]s\s+(?:[\w-]+\s+){0,2}?(?:partners?|allies|ally|neighbou?rs?|rivals?|friends?|"
    r"counterparts?|patrons?|proxies|proxy|fellow\s+members?)\b",
    re.IGNORECASE,
)
_LED_BACKED = re.compile(
    r"^-(?:led|backed|recogni[sz]ed|sponsored|supported|brokered|mandated|aligned|allied)\b"
)
# "firms in the United Arab Emirates accused of helping": the accused, not an accuser
_ACCUSED_AFTER = re.compile(
    r"\s+(?:(?:was|were|is|are|been|being|has\s+been|have\s+been)\s+)?(?:accused|suspected)\s+"
    r"(?:of|to)\b"
)


def _classify(text: str, m: Mention, floor: int, ceil: int) -> _Party:
    item_after, actor_after, reporter_after = _context_res()
    after = text[m.end : min(ceil, m.end + 80)]
    prep, prev = _prep_before(text, m.start, floor)
    if prep == "to" and prev in _HOSTILE_INFINITIVES:
        prep = "at"  # "sent jets to strike Cambodian artillery": a target, not a recipient
    before = text[max(floor, m.start - 14) : m.start].lower()
    before_long = text[max(floor, m.start - 40) : m.start]
    if (
        prep in ("on", "in", "into", "aboard")
        and after[:2] in ("'s", "’s")
        and _FITTED.search(before_long)
    ):
        prep = "for"  # "sensors used on Turkey's drones": the drones' owner gets the goods
    if prep == "in" and _COURT_IN.search(before_long) and _COURT_ACTS.match(after):
        prep = ""  # "the Court of Appeal in The Hague ordered": the country's court acts
    if prep == "to" and _HALT_TO.search(before_long):
        prep = "of"  # "ordered a halt to all US military aid deliveries": the goods' sender
    if prep == "to" and _TURNED_TO.search(before_long):
        prep = "from"  # "looked to Beijing for drones": the supplier
    if prep == "to" and _VISIT_TO.search(before_long):
        prep = "at"  # "signed the deal during a visit to Paris": where, not who receives
    elif prep == "to" and _BESIDES_TO.search(before_long):
        prep = "besides"
    elif prep in ("against", "on", "of", "in", "into") and _WAR_ON.search(before_long):
        prep = "at"  # "Russia's war against Ukraine", "drone attacks on Ukraine": the attacked
    if m.via == "system":
        role = "item"
    elif (
        (reporter_after.match(after) and not _ACCUSED_AFTER.match(after))
        or "according to" in before
        # "according to the United Nations": past the 14 characters before the name
        or _ACCORDING_TO.search(before_long)
        or _RESEARCH_BODY_AFTER.match(after)
        or _COMPILED_BY.search(before_long)
    ):
        role = "reporter"
    elif (m.place.kind == "bloc" and _BLOC_DESCRIPTOR.match(after)) or (
        before.endswith(", ") and _APPOSED_TIE.match(after)
    ):
        role = "descriptor"
    # "-led", "-made": both patterns start with the hyphen
    elif (
        m.via in ("demonym", "name", "alias", "bloc")
        and after[:1] == "-"
        and _LED_BACKED.match(after)
    ):
        # "the Saudi-led coalition" is not Saudi Arabia itself, nor "the UN-recognised
        # government" the UN
        role = "descriptor"
    elif m.via == "demonym" and _GEOGRAPHY_AFTER.match(after):
        role = "descriptor"  # "border posts along the Afghan frontier": a place, not a party
    elif m.via == "demonym" and _FIRM_AFTER.match(after):
        role = "party"  # "American defence companies": firms stand for their country
    elif m.via in ("demonym", "name", "alias") and after[:1] == "-" and _MADE_IN.match(after):
        role = "item"  # "Belgian-made rifles": where the goods come from
    elif m.via == "demonym" and prep == "of" and _ORIGIN_NOUN.match(after):
        role = "item"  # "drones of Turkish origin", "rifles of Chinese manufacture"
    elif m.via in ("name", "alias", "capital") and _MADE_IN_BEFORE.search(before_long):
        role = "item"  # "rifles manufactured in Bulgaria": the maker, not a party
    elif (
        m.via == "company"
        and _MADE_BY_BEFORE.search(before_long)
        and not _may_trigger(text[floor : m.start])
    ):
        # "Rockets made by the Krušik factory were sold to...": the subject's maker (not in
        # "refused a request to send vehicles made by Mowag", where the agent may decide)
        role = "item"
    elif m.via == "company" and prep in ("for", "to", "of") and _GOODS_NOUN_AFTER.match(after):
        role = "item"  # "export permits for the Wescam sensors": the maker of the goods
    elif m.via == "company" and _FIRM_PLACED_AFTER.match(after):
        role = "descriptor"  # "to General Dynamics Land Systems in London, Ontario": the place
    elif (
        m.via == "demonym"
        and prep == "for"
        and _ORDER_FOR_BEFORE.search(before_long)
        and item_after.match(after)
        and not actor_after.match(after)
    ):
        role = "item"  # "signed for French GM200 radars": the goods' maker, not a recipient
    elif m.via == "demonym" and prep not in ("to", "for", "by", "from", "against"):
        found = item_after.match(after)
        # "Czech companies purchased shells": the item word belongs to another clause
        is_item = found and not actor_after.match(after) and not _may_trigger(found.group(0))
        if re.match(r"^\s+military\b", after, re.IGNORECASE):
            is_item = bool(_MILITARY_GOODS.match(after))
        role = "item" if is_item else "party"
    else:
        role = "party"
    return _Party(m, prep, role, prev)


_CONJ_GAP = re.compile(
    r"^(?:['’]s)?\s*(?:,|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|,?\s*together\s+with|"
    r",?\s*along\s+with|,?\s*alongside|"
    # "to Pacific countries and Timor-Leste, including Tonga": examples of the same group
    r",\s*including|,?\s*such\s+as"
    # "from Belgium in 2008 and from the Netherlands in 2009": the preposition repeated
    r"|(?:\s+in\s+(?:[A-Z][a-z]+\s+)?\d{4})?,?\s*and\s+(?:from|to))\s*(?:the\s+)?$"
)


# a new clause's verb after its subject ("Slovakia has also received")
_CLAUSE_VERB = re.compile(rf"\s+{_SUBJECT_VERB_GAP}(?P<w>[A-Za-z]+)")
_SINGULAR_VERB = re.compile(r"\s+(?:is|has|was)\s+(?:(?:also|already|now|\w+ly)\s+)?(?P<w>[a-z]+)")


_OPENING_CLAUSE = re.compile(
    r"\s*(?:After|Since|When|While|Although|Though|Because|As|Once|Before|Until|If|Unless)\s"
    r"[^,;:]*$"
)


def _opens_clause(before: _Party, p: _Party, text: str) -> bool:
    """Is p, after ", and", the subject of a new clause ("from Portugal and Norway, and
    Slovakia received ...") rather than the last of a list?"""
    gap = text[before.mention.end : p.mention.start]
    if re.fullmatch(r"\s*,\s*(?:the\s+)?", gap):
        # "After Russia invaded Ukraine, Germany and France sent": the comma closes the
        # opening clause
        head = text[max(0, before.mention.start - 160) : before.mention.start]
        head = re.split(r"[.!?]\s+|\n", head)[-1]
        return bool(_OPENING_CLAUSE.match(head))
    if re.fullmatch(r"\s*,\s*and\s+(?:the\s+)?", gap):
        return _subject_of_verb(p, text, _CLAUSE_VERB)
    if re.fullmatch(r"\s+and\s+(?:the\s+)?", gap):
        # without the comma only a singular verb tells ("from Norway and Estonia is buying";
        # not "tanks from Croatia and Slovenia were delivered")
        return _subject_of_verb(p, text, _SINGULAR_VERB)
    return False


def _subject_of_verb(p: _Party, text: str, verb_after: re.Pattern[str]) -> bool:
    """Does a verb a trigger can start with follow p ("Slovakia has also received")?"""
    verb = verb_after.match(text, p.mention.end)
    return verb is not None and verb.group("w").lower() in _first_words()


def _list_preps(parties: Sequence[_Party], text: str) -> list[_Party]:
    """List members take the preposition of the list: in "from Croatia, Slovenia and Turkey"
    all three are "from", not subjects. A demonym right before a weapon system names its
    owner ("Danish F-16s")."""
    out = list(parties)
    _list_reporters(out, text)
    for i, p in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
        prior = out[i - 1] if i else None
        if (
            prior is not None
            and prior.mention.place == p.mention.place
            and re.fullmatch(r"\s*\(", text[prior.mention.end : p.mention.start])
        ):
            # "held by the Rapid Support Forces (RSF)": the short form restates the name
            out[i] = replace(p, prep=prior.prep, role=prior.role, prev=prior.prev)
            continue
        if (
            p.role == "party"
            and p.mention.via == "demonym"
            and nxt is not None
            and nxt.mention.via == "system"
            and not text[p.mention.end : nxt.mention.start].strip()
        ):
            # "Danish F-16s": Denmark's aircraft, whoever made them
            out[i] = replace(p, role="item")
            continue
        if p.role != "party" or p.prep not in (",", "and", "or"):
            continue
        group = _conjuncts(p, out, text)
        head = group[0]
        if len(group) > 1 and head is not p and head.prep in _PREP_WORDS - {"and", "or"}:
            out[i] = replace(p, prep=head.prep)
    return out


def _list_reporters(parties: list[_Party], text: str) -> None:
    """A list that a reporter heads or ends reports as a whole: "according to officials in
    Seoul, Washington and Kyiv", "Britain, France and Germany said". Only a list closed by
    "and"/"or" counts ("According to Seoul, Russia …" is a comma before a new clause)."""
    for i, last in enumerate(parties):
        if last.role != "reporter" or i == 0:
            continue
        gap = text[parties[i - 1].mention.end : last.mention.start]
        # (not ", and the company said": a clause of its own)
        if parties[i - 1].role != "party" or not re.fullmatch(r"\s+and\s+(?:the\s+)?", gap):
            continue
        j = i - 1
        while (
            j > 0
            and parties[j - 1].role == "party"
            and _CONJ_GAP.match(text[parties[j - 1].mention.end : parties[j].mention.start])
        ):
            j -= 1
        for k in range(j, i):
            parties[k] = replace(parties[k], role="reporter")
    for i, head in enumerate(parties):
        if head.role != "reporter":
            continue
        j = i
        while j + 1 < len(parties) and _CONJ_GAP.match(
            text[parties[j].mention.end : parties[j + 1].mention.start]
        ):
            j += 1
        last_gap = text[parties[j - 1].mention.end : parties[j].mention.start] if j > i else ""
        if not re.search(r"\b(?:and|or)\b", last_gap):
            continue
        for k in range(i + 1, j + 1):
            if parties[k].role == "party":
                parties[k] = replace(parties[k], role="reporter")


_RELATIVE_GAP = re.compile(r",\s+(?:which|who)\s[^,;]*,?\s+and\s+(?:also\s+)?to\s")
_GAPPED_CLAUSE = re.compile(
    r"(?:,\s+(?:and\s+)?(?:[\w’'-]+\s+){1,6}?"
    # "to Portugal, which ordered five in 2019, and to Hungary"
    r"|(?:,\s+(?:which|who)\s+[^,;]{1,80})?,?\s+and\s+(?:also\s+)?)to\s+(?:the\s+)?"
)
# "radars for the Philippines, patrol boats for Bangladesh and rescue boats for Malaysia"
_GAPPED_FOR = re.compile(
    # ("rescue boats for Malaysia's armed forces, and patrol boats for Bangladesh's navy")
    r"(?:['’]s(?:\s+[\w-]+){1,3}?)?(?:,\s+(?:and\s+)?|\s+and\s+)"
    r"(?:(?!(?:which|that|who|whose|while|but|after|before|when|where|although|though|was|were|"
    r"is|are|had|has|have|been)\s)[\w’'-]+\s+){1,6}?for\s+(?:the\s+)?"
)
# "from China in 2014 and a batch of Airbus Super Puma helicopters from France"
# ("tanks from Germany, helicopters from France's Airbus and radars from Israel": commas
# too, but no clause of its own: "from Germany, which had bought them from Sweden")
_GAPPED_FROM = re.compile(
    r"(?:\s+in\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?(?:['’]s(?:\s+(?-i:[A-Z][\w-]*)){1,3})?"
    r"(?:,?\s+and\s+|,\s+)"
    r"(?:(?!(?:which|that|who|whose|while|but|after|before|when|where|although|though|was|were|"
    r"is|are|had|has|have|been|officials?)\s)[\w’'-]+\s+){1,8}?"
    r"from\s+(?:the\s+)?"
)


# Between two makers in a list of goods: "F-16s and", "-built Gripens,", " drones and ".
_ITEM_GAP = re.compile(
    # ("Russian-supplied Su-30 fighters": a maker's demonym and its system, one item)
    r"\s*|-\w+\s+|(?:-\w+)?\s*(?:[\w-]+\s+){0,2}?[\w-]*?s?\s*"
    # "Mi-35 helicopters supplied by Russia, and Chinese-made jets": the first goods' origin
    # told by a participle before the list goes on
    r"(?:(?:supplied|sold|bought|made|built|delivered|provided|acquired|purchased|ordered|"
    r"donated|imported)\s+(?:by|from|in)\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}"
    r"\s*)?(?:,|and|or|,\s*and)\s*(?:the\s+)?"
)


def _item_conjuncts(first: _Party, parties: list[_Party], text: str, dest: _Party) -> list[_Party]:
    """Makers of the other goods listed with first's ("American F-16s and Swedish-built
    Gripens"): items joined by "and" or commas, each of another country."""
    items = [p for p in parties if p.role == "item" and p.mention.start >= first.mention.start]
    out: list[_Party] = []
    seen = {first.mention.place, dest.mention.place}
    for prev, p in itertools.pairwise(items):
        gap = text[prev.mention.end : p.mention.start]
        if not _ITEM_GAP.fullmatch(gap):
            break
        if p.mention.via == "demonym" and p.mention.place not in seen:
            seen.add(p.mention.place)
            out.append(p)
    return out


def _gapped_recipients(
    last: _Party, parties: list[_Party], text: str, window_end: int, prep: str = "to"
) -> list[_Party]:
    """ "provided radars to the Philippines, patrol boats to Bangladesh and Fiji, and
    equipment to Malaysia": the same verb, its object and recipient repeated without it (with
    ``prep="from"``, its supplier: "bought Rafales from France and frigates from Italy")."""
    out: list[_Party] = []
    gap = {"to": _GAPPED_CLAUSE, "for": _GAPPED_FOR}.get(prep, _GAPPED_FROM)
    for p in parties:
        if p.role != "party" or p.prep != prep or not last.mention.end <= p.mention.start:
            continue
        found = gap.fullmatch(text, last.mention.end, p.mention.start)
        # (past the window only over a relative clause: "to Portugal, which ordered five in
        # 2019, and to Hungary")
        if p.mention.start >= window_end and not (found and _RELATIVE_GAP.match(found.group(0))):
            break
        if not found:
            break
        if any(
            last.mention.end <= q.mention.start < p.mention.start and q.role == "party"
            for q in parties
        ):
            break  # "sold tanks to Poland, and Spain sold tanks to Ukraine": Spain's own clause
        group = _conjuncts(p, parties, text)
        out += group
        last = group[-1]
    return out


def _conjuncts(party: _Party, parties: list[_Party], text: str) -> list[_Party]:
    """A party plus those coordinated with it: "London and Washington", "to X, Y and Z"."""
    if party.mention.start < 0:
        return [party]
    # the speakers of "Britain, France and Germany said that they had imposed" act together
    roles = ("reporter",) if party.role == "reporter" else ("party", "actor")
    ordered = [p for p in parties if p.role in roles]
    try:
        i = next(k for k, p in enumerate(ordered) if p.mention.start == party.mention.start)
    except StopIteration:
        return [party]
    group = [party]
    j = i
    while (
        j > 0
        and _CONJ_GAP.match(text[ordered[j - 1].mention.end : ordered[j].mention.start])
        and not _opens_clause(ordered[j - 1], ordered[j], text)
    ):
        j -= 1
        group.insert(0, ordered[j])
    j = i
    while (
        j + 1 < len(ordered)
        and _CONJ_GAP.match(text[ordered[j].mention.end : ordered[j + 1].mention.start])
        and not _opens_clause(ordered[j], ordered[j + 1], text)
    ):
        j += 1
        group.append(ordered[j])
    gaps = [text[a.mention.end : b.mention.start] for a, b in itertools.pairwise(group)]
    comma_only = any(re.fullmatch(r"(?:['’]s)?\s*,\s*(?:the\s+)?", g) for g in gaps)
    if comma_only and not re.search(r"\b(?:and|or)\b", gaps[-1]):
        return [party]  # "with Russia, Turkey faces": a comma alone is not a list
    if len(group) == 2 and re.match(r"\s*,\s*and\b", gaps[0]):
        return [party]  # "from Germany, and Zagreb will send": two clauses, not a list
    seen: dict[str, _Party] = {}
    for p in group:
        seen.setdefault(p.mention.place.key, p)
    return list(seen.values())


def _force_head(words: list[str]) -> str:
    """The preposition governing "the armed forces of": the nearest one in the six words
    before, past an "and" that joins two forces ("to the navies and coast guards of")."""
    window = words[-8:-2]
    for i in range(len(window) - 1, -1, -1):
        w = window[i].lower()
        if w == "and" and i + 1 < len(window) and window[i + 1].islower():
            continue
        if w in _PREP_WORDS:
            return w if i >= len(window) - 4 or "and" in (x.lower() for x in window[i:]) else ""
    return ""


_MADE_IN_BEFORE = re.compile(
    r"\b(?:made|manufactured|produced|built|assembled|designed)\s+in\s+(?:the\s+)?$", re.I
)

_MADE_BY_BEFORE = re.compile(
    r"\b(?:made|manufactured|produced|assembled|designed)\s+by\s+(?:the\s+|a\s+)?$", re.I
)


def _synthetic(place: Place) -> _Party:
    """A party taken from context rather than named in the sentence."""
    return _Party(Mention(-1, -1, place.name, place, "context"), "", "party")


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_MADE_IN_BEFORE = Prefiltered(_MADE_IN_BEFORE)  # type: ignore[assignment]
# most mentions are none of these: their words are looked for first
_VISIT_TO = Prefiltered(_VISIT_TO)  # type: ignore[assignment]
_ACCORDING_TO = Prefiltered(_ACCORDING_TO)  # type: ignore[assignment]
_COMPILED_BY = Prefiltered(_COMPILED_BY)  # type: ignore[assignment]
