"""Article text → claims (supplier → recipient, kind, date, evidence), offline and rule-based.

Why rules and not a statistical model: analysts work air-gapped and need the same output for
the same input, with every claim tied to the sentence that supports it. The pipeline is:
spaCy's blank English sentencizer for sentences, the gazetteer's one-pass regex for places,
``dates.extract_dates`` for date phrases, and one compiled regex of relation triggers. Each
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
"""

from __future__ import annotations

import bisect
import collections
import functools
import itertools
import re
import re._constants as _sre
import re._parser as _sre_parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from datetime import date
from typing import TypeVar

import spacy
from spacy.language import Language

from dashboard.ingest.dates import DateMention, extract_dates
from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.ingest.places_curated import MONARCHY_NOUNS
from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.reading import MAX_TEXT_CHARS, TextTooLongError
from dashboard.model import Claim, DateRange, Excerpt, Place, Source

LICENCE_KINDS = frozenset({"suspension", "resumption", "cancellation", "denial", "embargo"})


@dataclass(frozen=True)
class ExtractionResult:
    claims: tuple[Claim, ...]
    warnings: tuple[str, ...]


@functools.cache
def _nlp() -> Language:
    """Blank English pipeline with a rule-based sentencizer: no model download."""
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


# (regex, kind, direction). direction: "fwd" supplier acts; "rev" recipient acts; "use".
_TRIGGERS: tuple[tuple[str, str, str], ...] = (
    # export-control decisions first: "suspended export permits" is a suspension, not a sale
    (
        r"re-?imposed|suspend(?:ed|s|ing)?|suspensions?|froze|freez(?:es|ing|e)|frozen|"
        r"halt(?:ed|s|ing)?|paus(?:ed|es|ing)|put\s+on\s+hold|withh[eo]ld(?:s|ing)?|"
        r"stopp?(?:ed|s|ing)?|moratorium|"
        # "Spain has not authorised any arms exports to Israel since October 2023", "Helsinki
        # has granted no new licences ... since": a standing halt
        # (the trigger starts at the verb, since "has", "have", "had" would make every sentence
        # a candidate; ``_refine`` checks the auxiliary and the negation before it)
        r"(?:authori[sz]ed|approved|granted|issued)(?=(?:\s+no)?[^.;,]{0,80}?\bsince\b)",
        "suspension",
        "fwd",
    ),
    (
        r"resum(?:ed|es|ing|e|ption)|lift(?:ed|s|ing)?|eas(?:ed|es|ing)|restor(?:ed|es|ing|e)|"
        r"unfr[oe]ze|reinstat(?:ed|es|ing|e)|reversed|"
        r"end(?:s|ed|ing)?(?=\s+(?:the\s+|its\s+|a\s+)?(?:[\w-]+\s+)?"
        r"(?:freeze|ban|suspension|moratorium|embargo|restrictions))",
        "resumption",
        "fwd",
    ),
    (
        r"cancel(?:l?ed|s|ling|ing|lation)?|scrap(?:ped|s|ping)?|revok(?:ed|es|ing|e)|"
        r"revocation|terminat(?:ed|es|ing|e)|annull?(?:ed|s|ing)?|tore\s+up|ripped\s+up|"
        r"abandon(?:ed|s|ing)?|ditch(?:ed|es|ing)?|walked\s+away\s+from|"
        r"dropp(?:ed|ing)|drops",
        "cancellation",
        "fwd",
    ),
    (
        r"refus(?:ed|es|ing|e|al)|den(?:ied|ies|y|ying|ial)|block(?:ed|s|ing)?|"
        r"reject(?:ed|s|ing|ion)?|veto(?:ed|es|ing)?|barr(?:ed|ing)|turned\s+down|"
        r"declin(?:ed|es|ing)(?=\s+to\s+(?:issue|grant|approve|license|licence|authori[sz]e|"
        r"sell|export|supply|renew|clear))|"
        # "seized missile parts bound for Yemen": a shipment stopped on its way
        r"seiz(?:ed|es|ing|ure)(?=[^.;]{0,120}?\b(?:bound|destined|headed)\s+for\b)",
        "denial",
        "fwd",
    ),
    (
        r"arms\s+embargo(?:es|ed)?|embargo(?:es|ed)?|arms\s+ban|"
        r"(?:bann(?:ed|ing)|bans?|prohibit(?:ed|s|ing)?|outlaw(?:ed|s|ing)?)(?=\s+(?:all\s+|the\s+|"
        r"any\s+|further\s+)?(?:[\w-]+\s+){0,2}(?:arms|weapons?|military|defen[cs]e)\s+"
        r"(?:sales?|exports?|transfers?|deliveries|supplies|trade|equipment))",
        "embargo",
        "fwd",
    ),
    (
        r"sanction(?:ed|s|ing)?|blacklist(?:ed|s|ing)?|removed|expelled|kicked\s+out|"
        r"unreliable\s+entity\s+list|entity\s+list|listed|"
        # "the EU followed, listing three senior officers"; "already lists several firms"
        r"list(?:s|ing)(?=\s+(?:[\w-]+\s+){0,6}?(?:companies|firms|entities|individuals|"
        r"officers|officials|persons|people|banks)\b)|"
        r"target(?:ed|s|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:companies|firms|entities|individuals|"
        r"banks|suppliers|manufacturers|producers|networks|brokers|traders)\b)|"
        r"restrictive\s+measures|asset\s+freezes?|"
        r"designat(?:ed|es|ing|ions?)(?=\s+(?:of\s+)?(?:[\w-]+\s+){0,4}?(?:companies|firms|"
        r"entities|individuals|officials|banks|suppliers|manufacturers|networks|brokers|"
        r"traders|company|firm|entity)\b)|"
        r"excluded|CAATSA|"
        # "the package also adds 22 Russian entities": a listing (dates, counts in between)
        r"add(?:s|ed|ing)(?=\s+(?:[\w-]+\s+){0,3}?(?:entities|individuals|companies|firms)\b"
        r"(?![^.;]{0,60}\bto\s+(?:the\s+|its\s+)?[\w\s-]{0,30}?\b(?:fleet|arsenal|inventory|"
        r"stocks?|production)\b))",
        "sanction",
        "fwd",
    ),
    (
        r"divert(?:ed|s|ing)?|diversion|re-?export(?:ed|s|ing)?|re-?transferr?(?:ed|s|ing)?|"
        r"shared\s+with|pass(?:ed|ing)\s+on|hand(?:ed|s|ing)\s+on|funnell?ed|smuggled|"
        r"sent\s+on\s+to|pass(?:ed|es|ing)\s+(?:[\w-]+\s+){1,6}?on\s+to\b|"
        # "had passed Indian rounds to Kyiv" (not "passed a law to")
        r"pass(?:ed|es|ing)(?=\s+(?!(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:law|bill|"
        r"resolution|motion|test|budget|vote|message|information|intelligence|data|note|"
        r"list|names?|threshold|milestone|point)\b)(?:[\w’'-]+\s+){1,5}?to\s+(?:the\s+)?[A-Z])|"
        r"re-?routed|re-?sold|ended\s+up",
        "diversion",
        "fwd",
    ),
    (
        r"end-use\s+(?:assurances?|certificates?|undertakings?|commitments?|guarantees?|"
        r"declarations?|agreements?|conditions|terms|rules)",
        "use",
        "enduse",
    ),
    (
        r"used|using|use\s+of|deployed|fired|firing(?!\s+(?:range|squad|line|of)\b)|employed|"
        # "units that use American-supplied launchers against Russian posts" (in combat)
        r"uses?(?=\s+(?:the\s+|their\s+|its\s+)?[A-Z]\w*-(?:made|supplied|built|designed|"
        r"manufactured|provided|donated|delivered)\b[^.;]{0,80}?\b(?:against|in\s+combat|"
        r"to\s+(?:strike|attack|bomb|hit|shell)|in\s+(?:the\s+)?(?:war|fighting|strikes?|"
        r"attacks?|offensive))\b)|"
        r"wreckage|shot\s+down|downed|"
        r"launch(?:ed|es|ing)(?=\s+(?:[\w-]+\s+){0,4}?(?:drones|missiles|rockets)\s+"
        r"(?:at|against|on|into)\b)|"
        r"(?:flown|flew|flies|fly)(?=\s+(?:[\w-]+\s+){0,2}?(?:strikes|sorties|combat\s+missions)"
        r"\b)|"
        r"intercept(?:ed|ing)|"
        r"turned\s+up|"
        # "has relied on them in its campaign against resistance groups"
        r"rel(?:ied|ies|y|ying)\s+on(?=\s+(?:them|it|the\s+[\w-]+|these\s+[\w-]+)\s+"
        r"(?:in|for|during)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?(?:campaigns?|wars?|"
        r"offensives?|strikes|attacks|fighting|operations)\b)|"
        # "TB2 drones struck two camps": weapons as the subject of a strike
        r"(?:struck|bombed|pounded|shelled|hit)(?=\s+(?:[\w-]+\s+){0,4}?(?:positions?|camps?|"
        r"targets?|bases?|villages?|towns?|cities|convoys?|depots?|posts?|infrastructure|"
        r"rebels?|fighters|militants|troops)\b)",
        "use",
        "use",
    ),
    (
        r"b(?:ought|uys?|uying)|purchas(?:ed|es|ing|e)|order(?:ed|s|ing)?|acquir(?:ed|es|ing|e)|"
        r"acquisition|receiv(?:ed|es|ing|e)|import(?:ed|s|ing)?|obtain(?:ed|s|ing)?|"
        r"procur(?:ed|es|ing|e|ement)|(?:took|takes?|taking|taken)\s+delivery|"
        r"(?:buyer|customer|importer)\s+(?:of|for)(?=\s+(?:the\s+)?[A-Z])|"
        r"sign(?:ed|s|ing)\s+(?:up\s+)?for|"
        # "the air force flies American F-16s and Swedish-built Gripens": what it operates
        # came from the makers named
        r"(?:operat(?:es|ed)|flies|fields|fielded)(?=\s+(?:(?:the|its|their|some|\d+)\s+)?"
        r"(?-i:[A-Z][a-z]+\s+[A-Z][\w-]*\d|[A-Z][a-z]+-(?:made|built|designed|supplied)\s))",
        "transfer",
        "rev",
    ),
    (
        r"s(?:old|ells?|elling|ales?)|suppl(?:ied|ies|y|ying|ier)|deliver(?:ed|s|ing|ies|y)?|"
        r"export(?:ed|s|ing)?|ship(?:ped|s|ping|ments?)|transferr?(?:ed|s|ing)?|"
        r"provid(?:ed|es|ing|e)|sen[dt]s?|sending|gave|gives?|giving|given|donat(?:ed|es|ing|e|ion)|"
        r"pledg(?:ed|es|e)|approv(?:ed|es|al|e)|clear(?:ed|s)|deal|contracts?|agreement|"
        r"letter\s+of\s+offer\s+and\s+acceptance|"
        r"hand(?:ed|s|ing)?\s+over|carr(?:ying|ied)|"
        r"hand(?:ed|s|ing)(?=\s+(?:[\w’'-]+\s+){1,8}?to\s)|equipped(?=\s+by\b)|"
        r"build(?:s|ing)(?=\s+(?:[\w’'-]+\s+){1,6}?for\s+(?:the\s+)?[A-Z])|"
        r"built(?=\s+(?:(?:in\s+\d{4}|under\s+licence)\s+)?for\s+(?:the\s+)?[A-Z])|"
        r"arm(?:ed|s|ing)|military\s+aid",
        "transfer",
        "fwd",
    ),
)

# A licensing trigger only counts near a word about arms trade ("halted talks" does not).
_IT_OBJECT = re.compile(r"\s+(?:them|it)\b(?!\s+(?:to|from|had|has|was|is)\b)", re.IGNORECASE)
_TRADE_OBJECT = re.compile(
    r"\b(?:licen[cs]es?|permits?|exports?|sales?|deliver(?:y|ies)|shipments?|transfers?|"
    r"arms|weapons?|contracts?|deals?|orders?|authori[sz]ations?|approvals?|restrictions?|"
    r"limitations?|supplies|technology|equipment|drones?|military|defen[cs]e|missiles?|"
    r"jets?|tanks?|embargo|F-35|programme|program|components?|parts|optics|munitions?|"
    r"ammunition|ammo|rounds|shells|bombs?|rifles?|guns?|vehicles?|carriers?|aircraft|"
    r"helicopters?|warships?|frigates?|submarines?|howitzers?|artillery|rockets?|radars?|"
    r"sell(?:ing)?|send(?:ing)?|supply(?:ing)?|deliver(?:ing)?|ship(?:ping)?|transferring|"
    r"re-?export(?:ing|s)?|pass(?:ing)?|goods|items|purchases?|procurement|cooperation|"
    r"suspensions?|limitations?|bans?|freeze|measures|security\s+(?:assistance|aid))\b",
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
_ACTOR_GAP = re.compile(rf"(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ACTOR_WORDS})\s+", re.I)
_REPORT_VERBS = (
    r"said|says|say|claimed|claims|claim|reported|reports|told|accused|accuses|alleged|"
    r"alleges|warned|warns|stated|states|noted|notes|added(?=\s+that|,)|believes|believe|"
    r"insisted|"
    r"insists|argued|argues|denied\s+that|confirmed|confirms|criticized|criticised|"
    r"contested|expressed|urged|urges|complained"
)

_HEDGE = re.compile(
    r"\b(?:allegedly|reportedly|alleged|allegations?|claimed|claims?\s+that|suspected|"
    r"purportedly|purported|accused|believed\s+to|said\s+to\s+have|may\s+have|might\s+have|"
    r"unconfirmed|unverified|rumou?red|apparently)\b",
    re.IGNORECASE,
)

_VALUE = re.compile(
    r"(?:(?:US|C|A|NZ)?\$|€|£|USD\s?|EUR\s?)\s?\d[\d,.]*(?:\s?(?:million|billion|trillion|bn|m)\b)?"
    r"|\b\d[\d,.]*\s?(?:million|billion)\s+(?:dollars|euros|pounds|rubles|yuan)\b",
    re.IGNORECASE,
)
_QUANTITY = re.compile(
    r"\b(?:(?:two|three|four|five|six|seven|eight|nine|ten|twenty|hundred|\d+)-?fold|"
    r"(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+times|doubled|"
    r"tripled|quadrupled|\d[\d,]*\s+(?:units?|tanks?|drones?|jets?|aircraft|missiles?|"
    r"rounds?|shells|howitzers?|launchers?|helicopters?|vehicles?|rifles?|systems?|"
    r"batteries|frigates?|submarines?|fighters?))\b",
    re.IGNORECASE,
)
_ITEM_PHRASE = re.compile(
    r"\b(?:(?:advanced|high-tech|armed|combat|surveillance|attack)\s+)?(?:"
    r"drone\s+(?:optics|technology|equipment|cameras?)|drone\s+optics|"
    r"camera\s+systems?|targeting\s+systems?|target\s+acquisition\s+systems?|"
    r"(?:air[ -]defen[cs]e|missile(?:-defen[cs]e)?)\s+systems?|combat\s+drones?|armed\s+drones?|"
    r"military\s+goods(?:\s+and\s+technolog(?:y|ies))?|fighter\s+jets?|artillery\s+shells|"
    r"(?:artillery|tank|ammunition|ballistic\s+missiles?|cruise\s+missiles?|anti-tank\s+missiles?)"
    r"|drones?|tanks|howitzers|helicopters|frigates?|submarines?|rifles|ammunition)\b",
    re.IGNORECASE,
)

_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these"}
_DEST_PREPS = {"to", "into", "on", "against", "with", "toward", "towards", "for"}
# an embargo or sanctions fall "on"/"against" their target: "pushed Cambodia into Beijing's
# arms" names no target in Beijing
_MEASURE_PREPS = {"on", "against"}
_WITH_NOT_RECIPIENT = re.compile(
    r"\b(?:war|wars|conflict|fighting|clashes|border|borders|talks|relations|ties|rivalry|"
    r"dispute|tensions|deal|agreement|partnership|cooperation)\s+with\s+(?:the\s+)?$",
    re.IGNORECASE,
)
_SUBORDINATORS = re.compile(
    r"(?:;|\s[–—-]\s|,?\s+\b(?:after|following|pending|while|when|whereas|but|because|"
    r"(?<!has\s)(?<!have\s)(?<!had\s)(?<!ever\s)since|"
    r"although|though|(?<!such\s)(?<!well\s)(?<!as\smuch\s)(?<!as\smany\s)as(?!\s+(?:well|part|"
    r"many|much|a|an|the|of|soon|long|far)\b)|which|amid|before|once|until|over|unless|if|"
    r"so\s+that|whether)\b|,\s+(?:saying|adding|citing|arguing|claiming|noting|insisting|"
    r"warning|explaining|calling)\b)",
    re.IGNORECASE,
)
_EARLIER_CLAUSE = {"after", "following", "because", "since", "over", "once", "although", "though"}
_HYPOTHETICAL_CLAUSE = {"unless", "if", "whether"}


def _listed_parties(text: str, start: int, end: int, parties: list[_Party]) -> list[_Party]:
    """Parties named among what "added ... to its list" put on the list."""
    listing = _ADDED_TO_LIST.search(text[start:end])
    if listing is None:
        return []
    lo, hi = start + listing.start(1), start + listing.end(1)
    return [p for p in parties if p.role == "party" and lo <= p.mention.start < hi]


_RECOMMENDATION = re.compile(r"^\W*(?:[\w’'-]+\s+){1,4}(?:should|must|ought\s+to)\s", re.IGNORECASE)
_NEGATED_SUBJECT = re.compile(  # "no F-16 aircraft of the air force will be transferred"
    r"\b[Nn]o\s+[^.;,]{0,60}\b(?:will|would|can|could|is|are|was|were|has|have|had)\s+"
    r"(?:be\s+|been\s+)?(?:[\w-]+ly\s+)?"
    # "no EU member state has imposed a formal arms embargo"
    r"(?:(?:imposed|introduced|adopted|announced|approved|signed|ordered)\s+(?:[\w-]+\s+){0,3})?$"
)
_NEGATION = re.compile(
    # "what is not in dispute is that ...", "there is no doubt that": affirmations
    r"\b(?:not|no|never|neither|nor|n[o']t|without|yet\s+to|refrained\s+from)\b"
    r"(?!\s+(?:in\s+)?(?:dispute|disputed|doubt|doubted|question)\b)"
    r"(?:,?\s+[\w-]+){0,5},?\s*$",  # "has not, however, suspended"
    re.IGNORECASE,
)
# "wants to buy", "is considering buying", "plans to send": a deal not yet made.
_PROSPECTIVE = re.compile(
    r"\b(?:wants?|wanted|plans?|planning|hopes?|hoped|hoping|seeks?|seeking|sought|intends?|"
    r"intended|aims?|aiming|considers?|considered|considering|mulls?|mulling|weighs?|weighing|"
    r"explores?|exploring|interested\s+in|keen|eager|looking|expected|would\s+like|"
    r"talk(?:s|ed|ing)?\s+(?:about|of)|sp(?:oke|oken|eaking|eaks?)\s+of|"
    r"willing|ready|prepared|"
    r"struggl(?:e|es|ed|ing)|unable|fail(?:s|ed|ing)?)\s+"
    r"(?:to\s+)?(?:(?:the|a|an|further|new|more)\s+)?(?:[\w-]+ly\s+)?$"
    # "has been negotiating for a year to buy", "in talks to acquire"
    r"|\b(?:negotiat(?:e|es|ed|ing)|talks|discuss(?:es|ed|ing)?)\b[^.;]{0,40}\bto\s+$"
    r"|\b(?:talks|negotiations|discussions)\b[^.;]{0,40}\b(?:on|about|over)\s+$"
    # "a proposal to donate", "an offer to sell", "a possible transfer"
    r"|\b(?:proposals?|offers?|plans?|bids?|requests?|talks|option)\s+to\s+$"
    # "a possible transfer", but not the approval of one: "approved the possible sale"
    r"|(?<!approved\sthe\s)(?<!approves\sthe\s)(?<!cleared\sthe\s)(?<!clears\sthe\s)"
    r"(?<!approved\sa\s)(?<!approves\sa\s)(?<!notified\sthe\s)"
    r"\b(?:possible|potential|proposed|planned|prospective|future|hoped-for)\s+"
    r"(?:[\w-]+\s+)?$"
    # "suppliers compete fiercely for its orders", "bidding for the contract"
    r"|\b(?:compet(?:e|es|ed|ing)|bid(?:s|ding)?|vie|vying)\s+(?:[\w-]+ly\s+)?for\s+"
    r"(?:[\w’'-]+\s+){0,3}$",
    re.IGNORECASE,
)
_IMPOSED = re.compile(  # "the freeze (that it) imposed in 2019", "a freeze imposed in 2019"
    r"^[^.;]*?(?:\b(?P<rel>that|which)\s+(?:\w+\s+){0,3}?(?:had\s+)?"
    r"(?:imposed|introduced|ordered)\b|\b(?:freeze|ban|embargo|restrictions|suspension|"
    r"moratorium|curbs|hold|limits)\s+(?P<part>imposed|introduced)\b)",
    re.IGNORECASE,
)
# "cancelled its order for 30 helicopters from Turkey": the order itself was a transfer (an
# order is one), reported by the same sentence; its own date is not this sentence's
_ORDER_NOUNS = r"order|purchase|contract|deal|acquisition|procurement"
_CANCELLED_ORDER = re.compile(
    r"\s+(?:(?:its|their|his|her|an?|the|a\s+planned)\s+)?(?:[\w$€£.,-]+\s+){0,5}?"
    rf"(?:{_ORDER_NOUNS})s?\b",
    re.IGNORECASE,
)
_NEGATED_OBJECT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:neither|no)\b(?!\s+(?:more|fewer|less|later|longer|sooner)\b)",
    re.IGNORECASE,
)
# "pressed for an embargo", "called for sanctions" (but a contract "calls for" deliveries),
# "we call on all countries to stop the flow of arms"
_STANDING_HALT = re.compile(r"(?:authori[sz]ed|approved|granted|issued)\b")
_HAS_NOT = re.compile(r"\b(?:has|have|had)\s+(?:not|never)\s+$", re.IGNORECASE)
_HAS = re.compile(r"\b(?:has|have|had)\s+$", re.IGNORECASE)
_ADVOCACY = re.compile(
    r"\b(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|lobb(?:ied|ies|ying)|campaign(?:ed|s|ing)?|"
    r"call(?:ed|s|ing)?)\s+for\s+(?:[\w’'-]+\s+){0,4}$"
    r"|\b(?:call(?:ed|s|ing)?\s+on|urg(?:e|es|ed|ing))\s+(?:[\w’'-]+\s+){0,5}?to\s+"
    r"(?:[\w’'-]+\s+){0,2}$",
    re.IGNORECASE,
)
_MODAL_USE = re.compile(
    r"\b(?:risk|could|might|may|would|will|shall|fear|fears|concern|concerns|danger|"
    r"possibility)\b"
    r"|\bto\s+be\s+(?:\w+ly\s+)?$",  # "munitions to be used in the war": a purpose
    re.IGNORECASE,
)


@functools.cache
def _trigger_re() -> re.Pattern[str]:
    parts = [f"(?P<t{i}>{rx})" for i, (rx, _, _) in enumerate(_TRIGGERS)]
    return re.compile(r"\b(?:" + "|".join(parts) + r")\b", re.IGNORECASE)


def _top_level_alternatives(rx: str) -> list[str]:
    """Split a regex at its top-level "|" (not inside groups or classes)."""
    out, depth, start, i, in_class = [], 0, 0, 0, False
    while i < len(rx):
        ch = rx[i]
        if ch == "\\":
            i += 2
            continue
        if in_class:
            in_class = ch != "]"
        elif ch == "[":
            in_class = True
        elif ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            out.append(rx[start:i])
            start = i + 1
        i += 1
    out.append(rx[start:])
    return out


def _expand(pattern: str) -> list[str]:
    """Every string a small finite regex matches ("suspend(?:ed|s)?" → 3 words)."""

    def walk(items: list[tuple[object, object]]) -> list[str]:
        outs = [""]
        for op, av in items:
            if op is _sre.LITERAL:
                outs = [o + chr(av) for o in outs]  # type: ignore[arg-type]
            elif op is _sre.IN:
                chars: list[str] = []
                for iop, iav in av:  # type: ignore[union-attr]
                    if iop is _sre.LITERAL:
                        chars.append(chr(iav))
                    elif iop is _sre.RANGE:
                        chars += [chr(c) for c in range(iav[0], iav[1] + 1)]
                    else:
                        raise ValueError(f"cannot expand {pattern!r}")
                outs = [o + ch for o in outs for ch in chars]
            elif op is _sre.SUBPATTERN:
                sub = walk(av[3])  # type: ignore[index]
                outs = [o + x for o in outs for x in sub]
            elif op is _sre.BRANCH:
                sub = [x for branch in av[1] for x in walk(branch)]  # type: ignore[index]
                outs = [o + x for o in outs for x in sub]
            elif op in (_sre.MAX_REPEAT, _sre.MIN_REPEAT):
                low, high, body = av  # type: ignore[misc]
                if high > 1:
                    raise ValueError(f"cannot expand {pattern!r}")
                sub = walk(body)
                outs = [o + x for o in outs for x in ([""] if low == 0 else []) + sub]
            else:
                raise ValueError(f"cannot expand {pattern!r}")
        return outs

    return walk(list(_sre_parse.parse(pattern)))


@functools.cache
def _first_words() -> frozenset[str]:
    """Every word a trigger can start with: a set lookup per word before the full pattern."""
    words: set[str] = set()
    for rx, _, _ in _TRIGGERS:
        for alt in _top_level_alternatives(rx):
            words.update(w.lower() for w in _expand(re.split(r"\\s|\(\?[=!]", alt, maxsplit=1)[0]))
    return frozenset(words)


_WORD = re.compile(r"[A-Za-z][\w-]*")


def _may_trigger(text: str) -> bool:
    """Cheap test: does any word of text start a trigger?"""
    return not _first_words().isdisjoint(_WORD.findall(text.lower()))


def _trigger_words(text: str) -> frozenset[str]:
    """The words of text that can start a trigger (empty: ``_may_trigger`` is False)."""
    return _first_words().intersection(_WORD.findall(text.lower()))


def _find_triggers(sentence: str, hints: frozenset[str] | None = None) -> list[re.Match[str]]:
    """Trigger matches in order, as ``_trigger_re().finditer`` would find them, but only
    trying the big pattern at words that can start a trigger (most words cannot).

    ``hints``, the trigger words of an ASCII block whose words the sentence does not cut
    (see ``_units``), contain every such word of the sentence: a sentence holding none of
    them is skipped without scanning its words again.
    """
    first, full = _first_words(), _trigger_re()
    if hints is None:
        if not _may_trigger(sentence):
            return []
    elif not any(w in sentence.lower() for w in hints):
        return []
    out: list[re.Match[str]] = []
    end = 0
    for w in _WORD.finditer(sentence):
        if w.start() < end or w.group(0).lower() not in first:
            continue
        m = full.match(sentence, w.start())
        if m:
            out.append(m)
            end = m.end()
    return out


@functools.cache
def _context_res() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    item_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,2}}?(?:{_ITEM_WORDS})\b", re.I)
    actor_after = re.compile(rf"^(?:['’]s)?\s+(?:[\w-]+\s+){{0,1}}?(?:{_ACTOR_WORDS})\b", re.I)
    reporter_after = re.compile(
        rf"^(?:['’]s)?(?:\s+[A-Z][\w-]*|\s+(?:foreign|defen[cs]e|state|official|"
        rf"government|media|news)\b[\w\s-]*?){{0,6}}\s+(?:{_REPORT_VERBS})\b"
    )
    return item_after, actor_after, reporter_after


@dataclass
class _Party:
    mention: Mention
    prep: str  # governing word before the mention (determiners, one adjective skipped)
    role: str  # "party" | "item" | "reporter" | "descriptor"
    prev: str = ""  # the word right before the mention (determiners skipped)


@dataclass
class _State:
    """What earlier sentences established, for back-references."""

    last_licence: tuple[Place, Place] | None = None
    last_licence_kind: str = ""
    last_claims: list[tuple[Claim, int]] = field(default_factory=list)  # (claim, sentence no.)
    prev_topic: Place | None = None  # first party named in the previous sentence
    last_sanctioner: Place | None = None  # "It was sanctioned along with...": by whom
    article_topic: Place | None = None  # first party of the article (its headline, mostly)
    main_country: Place | None = None  # the country the article names most often


_T = TypeVar("_T")


class _Lazy(Sequence[_T]):
    """A list built on first use: most trigger sentences make no claim, and need neither
    their dates (a fifth of extraction time) nor anything derived from them."""

    def __init__(self, build: Callable[[], list[_T]]) -> None:
        self._build = build

    @functools.cached_property
    def _items(self) -> list[_T]:
        return self._build()

    def __getitem__(self, index: int) -> _T:  # type: ignore[override]
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[_T]:
        return iter(self._items)


def _sentence_dates(text: str, start: int, end: int, published: date | None) -> list[DateMention]:
    """The dates of text[start:end], with offsets into text."""
    return [
        DateMention(d.start + start, d.end + start, d.phrase, d.range, d.warning)
        for d in extract_dates(text[start:end], published)
    ]


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
    main = _main_country(mentions)
    mentions = _with_back_references(text, mentions, main)
    starts = [m.start for m in mentions]
    warnings: list[str] = []
    state = _State(main_country=main)
    claims: list[Claim] = []

    for sent_no, (s_start, s_end, triggers) in enumerate(_units(text)):
        lo = bisect.bisect_left(starts, s_start)
        hi = bisect.bisect_left(starts, s_end)
        sent_mentions = mentions[lo:hi]
        new: list[Claim] = []
        if triggers:
            sent_dates = _Lazy(
                functools.partial(_sentence_dates, text, s_start, s_end, source.published)
            )
            new = _sentence_claims(
                text,
                (s_start, s_end),
                triggers,
                sent_mentions,
                sent_dates,
                source,
                gazetteer,
                state,
                sent_no,
            )
        # a sentence that names no country ("The regime continues its strikes.") keeps the
        # topic for the "It" of the next one
        if sent_mentions:
            state.prev_topic = _topic(text, sent_mentions, s_start, s_end)
        if state.article_topic is None:
            state.article_topic = state.prev_topic
        for claim in new:
            if claim.origin.key == claim.destination.key:
                warnings.append(
                    f"dropped a {claim.kind} from {claim.origin.name} to itself: "
                    f"{claim.excerpt.text[:80]!r}"
                )
                continue
            claims.append(claim)
            state.last_claims.append((claim, sent_no))
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


def _main_country(mentions: Sequence[Mention]) -> Place | None:
    """The country an article names most often (names, capitals, demonyms), if it clearly
    leads: what "the government" means when the sentence does not say."""
    counts = collections.Counter(
        m.place for m in mentions if m.place.kind == "country" and m.via not in ("system",)
    )
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 3 or (len(ranked) == 2 and ranked[0][1] == ranked[1][1]):
        return None
    return ranked[0][0]


# "the Andean country", "the island nation", "the kingdom": a country named earlier
_COUNTRY_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?!(?:recipient|exporting|importing|buyer|buying|third|host|transit|"
    r"destination|supplier|supplying|end-user|other|same|first|second|last|next|neighbouring|"
    r"neighboring|producing|origin|target|sanctioned|partner|donor|foreign)\b)"
    r"(?:[\w-]+\s+)?(?P<noun>country|nation|republic|kingdom|emirate|sultanate|island)\b"
    r"(?!\s+of\b)"
)
_MONARCHIES = dict(MONARCHY_NOUNS)
_COUNTRY_NOUNS = ("country", "nation", "republic", "kingdom", "emirate", "sultanate", "island")
_FIRM_NOUNS = ("company", "firm", "manufacturer", "trader", "shipyard", "contractor")
_FIRM_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:company|firm|manufacturer|trader|shipyard|contractor)\b(?!['’]s\s+rivals)"
)


def _latest_before(
    text: str,
    mentions: Sequence[Mention],
    pos: int,
    reach: int,
    keep: Callable[[Mention], bool],
    same_paragraph: bool = True,
) -> Mention | None:
    """The last mention kept by ``keep`` within ``reach`` characters before pos (and, by
    default, in the same paragraph): what a back-reference at pos points to."""
    floor = pos - reach
    if same_paragraph:
        floor = max(floor, text.rfind("\n", 0, pos))
    return next((m for m in reversed(mentions) if floor <= m.start < pos and keep(m)), None)


_PREP_BEFORE_BACKREF = re.compile(r"\b(?:to|for|on|against|with|from|into)\s+$", re.IGNORECASE)


def _opens_sentence(text: str, m: Mention, pos: int) -> bool:
    """Is m among the first words (the subject) of the sentence that runs on to pos?"""
    if re.search(r"[.!?]\s", text[m.end : pos]):
        return False
    start = max(text.rfind(". ", 0, m.start), text.rfind("\n", 0, m.start)) + 1
    head = text[start : m.start]
    return bool(
        re.fullmatch(r"\s*(?:(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s*(?:,|and)\s*)*", head)
    )


def _subject_of(text: str, m: Mention, pos: int, mentions: Sequence[Mention]) -> bool:
    """Is m the subject of the clause that reaches pos: it opens the sentence and every
    party named between it and pos opens it too ("Denmark and Finland halted ...")?"""
    return _opens_sentence(text, m, pos) and all(
        _opens_sentence(text, o, pos) for o in mentions if m.end <= o.start and o.end <= pos
    )


_ACRONYM_NAME = re.compile(r"(?:['’]s)?\s+(?:[A-Z][\w-]*\s+|(?:of|for|and|on|the|de)\s+){1,10}")
_ACRONYM_DEFINED = re.compile(r"\((?P<acr>[A-Z][A-Z0-9&]{1,9})\)")


def _bound_acronyms(
    text: str, mentions: Sequence[Mention], free: Callable[[re.Match[str]], bool]
) -> list[Mention]:
    """ "South Africa's National Conventional Arms Control Committee (NCACC)": later
    mentions of the acronym ("the NCACC suspended approvals") stand for that country."""
    out: list[Mention] = []
    if "(" not in text:
        return out
    for d in _ACRONYM_DEFINED.finditer(text):
        acr = d.group("acr")
        owner = _latest_before(
            text,
            mentions,
            d.start(),
            120,
            lambda m: (
                m.place.kind == "country" and m.via in ("name", "alias", "demonym", "capital")
            ),
        )
        if owner is None or any(m.surface == acr for m in mentions):
            continue
        if not _ACRONYM_NAME.fullmatch(text, owner.end, d.start()):
            continue  # the country must open the name: "South Africa's National ... Committee"
        for r in re.finditer(rf"\b{re.escape(acr)}\b", text[d.end() :]):
            at = d.end() + r.start()
            hit = re.compile(re.escape(acr)).match(text, at)
            if hit is not None and free(hit):
                out.append(Mention(at, at + len(acr), acr, owner.place, "alias"))
    return out


def _with_back_references(
    text: str, mentions: Sequence[Mention], main: Place | None
) -> list[Mention]:
    """Mentions plus "the country"-style references: the article's main country, or for "the
    kingdom" (emirate, sultanate) the latest such monarchy named before it."""
    taken = [(m.start, m.end) for m in mentions]

    def free(r: re.Match[str]) -> bool:
        return not any(a < r.end() and r.start() < b for a, b in taken)

    extra: list[Mention] = []
    # the regexes are slow to try at every "the"; most articles have none of their nouns
    countries = any(noun in text for noun in _COUNTRY_NOUNS)
    firms = any(noun in text for noun in _FIRM_NOUNS)
    for r in _COUNTRY_BACK_REFERENCE.finditer(text) if countries else ():
        if not free(r):
            continue
        place: Place | None = main
        if r.group(0)[0] == "T":
            # "The country took delivery ...": a sentence about the country just discussed
            named = _latest_before(
                text,
                mentions,
                r.start(),
                300,
                lambda m: m.place.kind == "country" and m.via in ("name", "capital", "alias"),
            )
            place = named.place if named is not None else main
        if (monarchies := _MONARCHIES.get(r.group("noun"))) is not None:
            # "Denmark and Finland halted licences to the kingdom": an object is not the
            # sentence's own subject
            at = r.start()
            as_object = bool(_PREP_BEFORE_BACKREF.search(text, max(0, at - 12), at))
            named = _latest_before(
                text,
                mentions,
                at,
                400,
                lambda m, kinds=monarchies, obj=as_object, at=at: (
                    m.place.iso3 in kinds
                    and m.via != "system"
                    and not (obj and _subject_of(text, m, at, mentions))
                ),
            )
            fallback = main if main is not None and main.iso3 in monarchies else None
            place = named.place if named is not None else fallback
        if place is not None:
            extra.append(Mention(r.start(), r.end(), r.group(0), place, "backref"))
    extra += _bound_acronyms(text, mentions, free)
    for r in _FIRM_BACK_REFERENCE.finditer(text) if firms else ():
        # "the company" / "the manufacturer": the firm named just before, by name ("Thales")
        # or by base ("a Bangkok-based trading company"), stands for its country
        if not free(r):
            continue
        firm = _latest_before(
            text,
            mentions,
            r.start(),
            600,
            lambda m: m.via == "company" or text.startswith("-based", m.end),
            same_paragraph=False,
        )
        if firm is not None:
            extra.append(Mention(r.start(), r.end(), r.group(0), firm.place, "company"))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else list(mentions)


_EU_MEASURE_AFTER = re.compile(
    r"[^.;]{0,80}\b(?:embargo|sanction|restrictive\s+measures|asset\s+freeze)", re.IGNORECASE
)


def _brussels_as_eu(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Brussels imposed an arms embargo": the EU speaks through Brussels on embargoes and
    sanctions; elsewhere Brussels stays Belgium's capital."""
    if not any(m.surface == "Brussels" for m in mentions):
        return mentions
    eu = gazetteer.lookup("EU")
    if eu is None:
        return mentions
    return [
        replace(m, place=eu, via="alias")
        if m.surface == "Brussels" and _EU_MEASURE_AFTER.match(text, m.end)
        else m
        for m in mentions
    ]


def _topic(text: str, mentions: Sequence[Mention], start: int, end: int) -> Place | None:
    """The first party a sentence names: what a following "It ..." most likely means."""
    for m in mentions:
        if m.via not in ("system", "company"):
            party = _classify(text, m, start, end)
            return party.mention.place if party.role == "party" else None
    return None


_LINE_BREAK = re.compile(r"\n(?![ \t]*[a-z])")


def _sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans with surrounding whitespace stripped (see ``_units``)."""
    return [(a, b) for a, b, _ in _units(text, skip_quiet=False)]


def _units(text: str, skip_quiet: bool = True) -> list[tuple[int, int, list[re.Match[str]]]]:
    """Sentences with their trigger matches, in text order.

    A line break ends a sentence unless the next line starts in lower case (a hard-wrapped
    line): titles, datelines and paragraphs have no full stop. Within a line block spaCy's
    sentencizer splits at sentence punctuation. A block with no trigger word cannot yield a
    claim, so (with ``skip_quiet``) it is passed on whole without running spaCy on it.
    """
    blocks: list[tuple[int, int, bool]] = []  # (start, end, run spaCy on it)
    words: dict[int, frozenset[str]] = {}  # block start -> its trigger words (skip_quiet)
    start = 0
    for brk in [*_LINE_BREAK.finditer(text), None]:
        end = brk.start() if brk is not None else len(text)
        if text[start:end].strip():
            if skip_quiet:
                words[start] = _trigger_words(text[start:end])
            blocks.append((start, end, not skip_quiet or bool(words[start])))
        if brk is not None:
            start = brk.end()
    # one spaCy call over the busy blocks (joined), instead of one call per block
    busy = [(a, b) for a, b, run in blocks if run]
    joined = "\n\n".join(text[a:b] for a, b in busy)
    sentence_ends: list[tuple[int, int]] = []
    if busy:
        sentence_ends = [(s.start_char, s.end_char) for s in _nlp()(joined).sents]
    units: list[tuple[int, int, list[re.Match[str]]]] = []
    offset = 0  # where the current busy block starts in ``joined``
    k = 0
    for a0, b0, run in blocks:
        block = text[a0:b0]
        hints = words.get(a0) if block.isascii() else None
        if not run:
            a = a0 + len(block) - len(block.lstrip())
            units.append((a, b0 - (len(block) - len(block.rstrip())), []))
            continue
        while k < len(sentence_ends) and sentence_ends[k][0] < offset + len(block):
            s_a, s_b = sentence_ends[k]
            runs_on = s_b > offset + len(block)  # into the next block: clip it, keep it
            k += 0 if runs_on else 1
            s_a, s_b = max(s_a, offset) - offset, min(s_b, offset + len(block)) - offset
            seg = block[s_a:s_b]
            a = a0 + s_a + len(seg) - len(seg.lstrip())
            b = a0 + s_b - (len(seg) - len(seg.rstrip()))
            if b > a:
                cut = (a > a0 and _word_char(text[a - 1])) or (b < b0 and _word_char(text[b]))
                units.append((a, b, _find_triggers(text[a:b], None if cut else hints)))
            if runs_on:
                break
        offset += len(block) + 2
    return units


def _word_char(ch: str) -> bool:
    """Can ch continue a ``_WORD`` (ASCII text)?"""
    return ch.isalnum() or ch in "_-"


_COMMA = re.compile(r",\s")
_PARTICLE = {
    "hand", "hands", "handed", "handing", "turn", "turns", "turned", "turning", "take", "took",
    "taken", "taking", "pass", "passed", "passing", "pulled", "won", "signed", "left",
}  # fmt: skip
_BACK_REFERENCE = re.compile(r"\b(?:those|these|such|the\s+same)\s+$", re.IGNORECASE)
# Between "suspended"/"refused" and the sale it governs: "a shipment of", "to", "the".
_OBJECT_GAP = re.compile(
    r"(?:\s+(?!(?:for|over|because|after|following|since|as|with|from|that|which|who)\b)"
    r"[\w’'-]+)*\s+",
    re.IGNORECASE,
)
_LICENCE_FOR_GAP = re.compile(  # "refused licences for shipments bound for Syria"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:licen[cs]es?|permits?|authori[sz]ations?|approvals?|"
    r"applications?|requests?)\s+for"
    r"(?:\s+[\w’'-]+){0,2}?\s+",
    re.IGNORECASE,
)
# a licensing authority or court named without its country ("The NCACC refused...")
_BODY_SUBJECT = re.compile(
    r"^\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,6}?(?:[A-Z]{2,}|committee|commission|agency|"
    r"court|council|inspectorate|ministry|office|authority|regulator)\b",
)
_PLACE_NOUNS = frozenset(
    {"port", "ports", "base", "bases", "airbase", "airport", "warehouse", "warehouses",
     "depot", "depots", "hub", "airstrip", "airstrips", "airfield", "airfields", "facility",
     "facilities", "border", "harbour", "harbor", "terminal", "site", "plant", "factory",
     "camp", "city", "town", "region", "province", "area", "capital", "coast", "island",
     "exhibition", "show", "fair", "summit", "talks", "meeting", "conference", "court",
     "parliament"}
)  # fmt: skip
_MODAL_BEFORE = re.compile(
    r"\b(could|might|may|would|can|cannot|should|must|ought\s+to)\s+"
    r"(?:not\s+|also\s+|still\s+|soon\s+)?"
    r"(?:be\s+|have\s+(?:been\s+)?)?(?:[\w-]+ly\s+)?$",
    re.IGNORECASE,
)
_TO_GAP = re.compile(r"(?:\s+[\w’'-]+){0,6}\s+to\s+")  # "refused a request from X to sell"
_FROM_GAP = re.compile(r"(?:\s+[\w’'-]+){0,4}\s+from\s+")  # "blocked Denmark from sending"
_NOT_SUBORDINATE_AS = {
    "known", "export", "such", "well", "described", "seen", "used", "referred", "designated",
    "serve", "served", "serves", "act", "acted", "acting", "same", "much", "many", "soon",
}  # fmt: skip


def _windows(sentence: str, date_starts: Sequence[int] = ()) -> list[tuple[int, int, str]]:
    """Clause windows (start, end, word that opened it) relative to the sentence.

    A subordinate clause ("after Turkey got involved...") ends at its next comma, so a date
    or party after that comma belongs to the main clause again.
    """
    cuts = []
    for m in _SUBORDINATORS.finditer(sentence):
        word = m.group(0).strip().strip(",;–—-").strip().lower()
        if any(m.start() <= d <= m.end() + 1 for d in date_starts):
            continue  # "since October last year", "after 2019": a date, not a clause
        if word in ("as", "over"):
            prev = re.findall(r"[\w-]+", sentence[max(0, m.start() - 20) : m.start()])
            if prev and prev[-1].lower() in (_NOT_SUBORDINATE_AS if word == "as" else _PARTICLE):
                continue
        cuts.append((m.start(), m.end(), word))
    out: list[tuple[int, int, str]] = []
    prev, word = 0, ""
    for a, b, w in [*cuts, (len(sentence), len(sentence), "")]:
        while word not in ("", ",", ";") and (comma := _COMMA.search(sentence, prev, a)):
            out.append((prev, comma.start(), word))
            prev, word = comma.start() + 1, ","
        if a > prev:
            out.append((prev, a, word))
        prev, word = b, w
    return out or [(0, len(sentence), "")]


def _prep_before(text: str, start: int, floor: int) -> tuple[str, str]:
    """(governing word, previous word) in front of a mention, determiners skipped.

    The governing word also skips one lower-case modifier ("to the Israeli port" → "to"), and
    "from Chennai in India" counts as "from".
    """
    chunk = text[max(floor, start - 60) : start]
    words = re.findall(r"[\w’'-]+|[,;:“”\"()—–]", chunk)
    k = len(words)
    while k and words[k - 1].lower() in ("the", "a", "an"):
        k -= 1
    if k and words[k - 1].lower() in ("that", "which", "who"):
        return "that", "that"  # "frigates that Cairo bought": a relative clause's subject
    while words and words[-1].lower() in _DETERMINERS:
        words.pop()
    # "to the Royal Solomon Islands Police Force", "to Haftar's Libyan National Army"
    while words and (words[-1] in _HONORIFICS or _NAME_POSSESSIVE.fullmatch(words[-1])):
        words.pop()
        while words and words[-1].lower() in _DETERMINERS:
            words.pop()
    prev = words[-1].lower() if words else ""
    skipped = 0
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
        words.pop()
    prep = words[-1].lower() if words else ""
    if (
        prep == "in"
        and len(words) >= 3
        and words[-2].islower()
        and words[-2] not in _PLACE_NOUNS
        and "to" in (w.lower() for w in words[-4:-2])
    ):
        # "a sale to a buyer in Libya", "passed on to criminal groups in Brazil": the buyer's
        # country receives; "shipped to a port in Greece" names a transit point instead
        prep = "to"
    if prep == "in" and len(words) >= 3 and words[-2] in _MAKER_NOUNS and "by" in words[-6:-2]:
        prep = "by"  # "sold to the Congo by a state aircraft plant in Georgia"
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


_NAME_POSSESSIVE = re.compile(r"[A-Z][\w-]*['’]s")
_MAKER_NOUNS = {
    "plant", "factory", "firm", "company", "manufacturer", "maker", "yard", "shipyard",
    "supplier", "dealer", "broker", "trader", "exporter", "network", "works", "arsenal",
}  # fmt: skip
_HONORIFICS = {"Royal", "Imperial", "Federal", "National", "Islamic", "Democratic", "Hellenic"}
_CONTROL_VERBS = {"let", "allow", "allowing", "help", "ask", "asked", "urged", "urge", "force"}
_PREP_WORDS = {
    "to", "into", "on", "against", "with", "toward", "towards", "for", "from", "by", "of",
    "in", "over", "and", "at", "during", "via", "between", "or", "through", "across",
    "outside", "inside", "beyond", "within", "among", "under", "despite", "unlike",
    "including", "except",
}  # fmt: skip
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


_HOSTILE_INFINITIVES = frozenset(
    {"strike", "attack", "bomb", "hit", "target", "shell", "confront", "fight", "counter",
     "deter", "intercept", "shoot", "destroy", "repel", "invade", "punish", "pressure"}
)  # fmt: skip


def _classify(text: str, m: Mention, floor: int, ceil: int) -> _Party:
    item_after, actor_after, reporter_after = _context_res()
    after = text[m.end : min(ceil, m.end + 80)]
    prep, prev = _prep_before(text, m.start, floor)
    if prep == "to" and prev in _HOSTILE_INFINITIVES:
        prep = "at"  # "sent jets to strike Cambodian artillery": a target, not a recipient
    before = text[max(floor, m.start - 14) : m.start].lower()
    before_long = text[max(floor, m.start - 40) : m.start]
    if m.via == "system":
        role = "item"
    elif reporter_after.match(after) or "according to" in before:
        role = "reporter"
    elif m.place.kind == "bloc" and _BLOC_DESCRIPTOR.match(after):
        role = "descriptor"
    elif m.via in ("demonym", "name", "alias") and re.match(r"^-(?:led|backed)\b", after):
        role = "descriptor"  # "the Saudi-led coalition" is not Saudi Arabia itself
    elif m.via == "demonym" and _FIRM_AFTER.match(after):
        role = "party"  # "American defence companies": firms stand for their country
    elif m.via in ("demonym", "name", "alias") and _MADE_IN.match(after):
        role = "item"  # "Belgian-made rifles": where the goods come from
    elif m.via in ("name", "alias", "capital") and _MADE_IN_BEFORE.search(before_long):
        role = "item"  # "rifles manufactured in Bulgaria": the maker, not a party
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


@dataclass(frozen=True)
class _Facts:
    """What a sentence says about every claim it makes: hedging, figures, who says so."""

    hedged: bool
    quantities: list[re.Match[str]]
    values: list[re.Match[str]]
    attribution: str | None

    @staticmethod
    def of(sentence: str) -> _Facts:
        return _Facts(
            hedged=bool(_HEDGE.search(sentence)),
            quantities=list(_QUANTITY.finditer(sentence)),
            values=list(_VALUE.finditer(sentence)),
            attribution=_attribution(sentence),
        )


def _sentence_claims(
    text: str,
    span: tuple[int, int],
    triggers: list[re.Match[str]],
    mentions: Sequence[Mention],
    dates: Sequence[DateMention],
    source: Source,
    gazetteer: Gazetteer,
    state: _State,
    sent_no: int,
) -> list[Claim]:
    s_start, s_end = span
    sentence = text[s_start:s_end]
    if _RECOMMENDATION.match(sentence):
        return []  # "Exporting states should verify end use, refuse licences...": advice
    excerpt = Excerpt(source.id, s_start, s_end, sentence)
    windows = _windows(sentence, _Lazy(lambda: [d.start - s_start for d in dates]))
    parties_all = _list_preps([_classify(text, m, s_start, s_end) for m in mentions], text)
    out: list[Claim] = []
    facts: _Facts | None = None
    seen: set[tuple[str, str, str]] = set()
    licence_ends: list[int] = []  # where licence triggers end: their objects are not sales
    resume_ends: list[int] = []  # "lifted the freeze": the freeze is the object
    prev_direction = ""
    for t in triggers:
        idx = int(str(t.lastgroup)[1:])
        _, kind, direction = _TRIGGERS[idx]
        word = t.group(0).lower()
        t_abs = s_start + t.start()
        w_start, w_end, opener = next((w for w in windows if w[0] <= t.start() < w[1]), windows[-1])
        w_abs = (s_start + w_start, s_start + w_end)
        window_text = sentence[w_start:w_end]
        refined, direction = _refine(kind, direction, word, sentence, t)
        if refined is None:
            continue
        kind = refined
        # a measure's object is no sale, even when the measure itself is denied or
        # hypothetical: "has not, however, suspended any of its arms sales"
        if kind in LICENCE_KINDS | {"sanction"}:
            licence_ends.append(t.end())
        if kind == "resumption":
            resume_ends.append(t.end())
        if opener in _HYPOTHETICAL_CLAUSE or _BACK_REFERENCE.search(sentence[: t.start()]):
            continue
        if opener in ("which", "whether", "what", "how", "if") and _UNSAID.search(
            sentence, 0, w_start
        ):
            continue  # "has not said which aircraft fired": a question, not a statement
        standing_halt = kind == "suspension" and bool(_STANDING_HALT.match(word))
        if (
            direction != "enduse"
            and not standing_halt
            and (
                _NEGATION.search(sentence[w_start : t.start()])
                or _NEGATED_SUBJECT.search(sentence[w_start : t.start()])
            )
        ):
            continue
        # "imposed arms embargoes on Fiji in 2006 and lifted them in 2014": the measure
        # this sentence imposed is what "them" lifts, on the same pairs
        lifted = (
            [c for c in out if c.kind in ("embargo", "suspension", "sanction")]
            if kind == "resumption" and _IT_OBJECT.match(sentence[t.end() :])
            else []
        )
        # "Berlin had blocked it for a year": "it" is the deal the previous sentence reported
        deal_before = (
            [prev for prev, n in state.last_claims if n >= sent_no - 1 and prev.kind == "transfer"]
            if kind in ("denial", "suspension") and _IT_OBJECT.match(sentence[t.end() :])
            else []
        )
        if (
            kind in LICENCE_KINDS
            and not lifted
            and not deal_before
            and not _TRADE_OBJECT.search(window_text)
            # "lifted its economic sanctions on Syria": lifting a measure eases trade too
            and not (kind == "resumption" and re.search(r"\bsanctions\b", window_text, re.I))
        ):
            continue
        if kind == "suspension" and any(0 <= t.start() - e <= 25 for e in resume_ends):
            continue  # "lifted the freeze": the lifting's object (see ``imposed`` below)
        if kind in ("transfer", "diversion") and any(
            0 <= t.start() - e <= 45
            and (
                _OBJECT_GAP.fullmatch(sentence[e : t.start()])
                or (word.endswith("ing") and _FROM_GAP.fullmatch(sentence[e : t.start()]))
                or _TO_GAP.fullmatch(sentence[e : t.start()])
                or _LICENCE_FOR_GAP.fullmatch(sentence[e : t.start()])
            )
            for e in licence_ends
        ):
            continue  # "paused a shipment", "refused to sell": the object, not a sale
        if kind == "transfer" and _PROSPECTIVE.search(sentence[w_start : t.start()]):
            continue
        if _NEGATED_OBJECT.match(sentence, t.end()):
            continue  # "exports weapons to neither Ukraine nor Russia", "received no request"
        advocated = _ADVOCACY.search(sentence[w_start : t.start()])
        if advocated and (kind != "transfer" or not advocated.group(0).lower().startswith("call")):
            continue  # "Vienna pressed for an EU-wide arms embargo": asked for, not imposed
        if kind == "use" and _MODAL_USE.search(sentence[w_start : t.start()]):
            continue
        modal = _MODAL_BEFORE.search(sentence[w_start : t.start()])
        if modal and (
            kind != "transfer"
            or modal.group(1).lower() != "would"
            or re.search(r"\bhave\b", modal.group(0), re.I)  # "would have handed over"
        ):
            continue  # "the suspension could be lifted if...": a possibility, not an event
        ctx = _Ctx(
            text=text,
            kind=kind,
            direction=direction,
            word=word,
            t_start=t_abs,
            t_end=t_abs + len(t.group(0)),
            window=w_abs,
            opener=opener,
            sentence_start=s_start,
            parties=tuple(parties_all),
            earlier=tuple(out),
            prev_direction=prev_direction,
            prev_topic=state.prev_topic,
            last_actor=state.main_country
            or (state.last_claims[-1][0].origin if state.last_claims else None),
        )
        if lifted:
            origin, dest = _synthetic(lifted[0].origin), _synthetic(lifted[0].destination)
        else:
            origin, dest = _assign(ctx)
            origin, dest = _fill_missing(ctx, origin, dest, state, sent_no)
        if deal_before and origin is not None and dest is None:
            recipient = deal_before[-1].destination
            if recipient != origin.mention.place:
                dest = _synthetic(recipient)
        if origin is None or dest is None:
            continue
        if kind != "use" and "region" in (origin.mention.place.kind, dest.mention.place.kind):
            continue
        own_dates = dates
        imposed: DateRange | None = None  # "lifted the curbs that it imposed in 2019"
        if kind == "resumption" and (rel := _IMPOSED.search(sentence[t.end() : t.end() + 160])):
            # the lifting also reports the earlier suspension, dated by its own clause
            cut = t.end() + rel.start("rel" if rel.group("rel") else "part") + s_start
            own_dates = [d for d in dates if d.start < cut]
            imposed = next(
                (d.range for d in dates if d.start >= cut and not d.warning),
                DateRange.unknown(),
            )
        rng, date_warn = _date_for(own_dates, t_abs, w_abs, opener, windows, s_start)
        if facts is None:  # computed once, and only for sentences that make a claim
            facts = _Facts.of(sentence)
        quantity = _nearest(facts.quantities, t.start(), w_start, w_end)
        value = _nearest(facts.values, t.start(), w_start, w_end)
        items = _items(sentence, mentions, w_abs, s_start)
        stated = [(kind, rng, [date_warn] if date_warn else [])]
        if imposed is not None:
            stated.append(("suspension", imposed, []))
        if (
            kind == "transfer"
            and _BREACH_WORD.search(sentence)
            and _IN_BREACH.match(sentence, t.end())
        ):
            # "sending drone components to Russia in breach of EU sanctions": an illicit
            # transfer outside the licensed channel, as smuggling is
            stated = [("diversion", rng, stated[0][2])]
        if kind == "cancellation" and (
            _CANCELLED_ORDER.match(sentence, t.end()) or ctx.order_subject
        ):
            stated.append(("transfer", DateRange.unknown(), []))
        origins = _conjuncts(origin, parties_all, text)
        if origin.role == "item" and kind == "transfer":
            # "flies American F-16s and Swedish-built Gripens": each maker in the list
            origins += _item_conjuncts(origin, parties_all, text, dest)
        # "the EU and the UK ... for the next EU package": a co-actor is not a recipient
        acting = {o.mention.place for o in origins}
        dests = _conjuncts(dest, parties_all, text)
        if kind == "transfer" and direction == "fwd" and dest.prep == "to":
            dests += _gapped_recipients(dests[-1], parties_all, text, w_abs[1])
        pairs = [
            (o, d)
            for o, d in itertools.product(origins, dests)
            if d.mention.place not in acting or len(acting) == 1
        ]
        if lifted:
            pairs = [(_synthetic(c.origin), _synthetic(c.destination)) for c in lifted]
        elif (
            dest.mention.start < 0
            and kind in LICENCE_KINDS
            and _BOTH_COUNTRIES.search(sentence, w_start, w_end)
        ):
            # "Exports to both countries resumed in 2020": every recipient of the measure the
            # article just reported
            pairs += [
                (o, _synthetic(prev.destination))
                for prev in _last_measure(state, origin.mention.place)
                if prev.destination != dest.mention.place
                for o in origins
            ]
        if word in ("sanctions", "sanction") and not _listed_parties(
            text, w_abs[0], t_abs, parties_all
        ):  # "its Myanmar sanctions list": Myanmar too, unless "Chinese firms" were added
            pairs += [
                (o, p)
                for p in parties_all
                if p.role == "party"
                and 0 <= t_abs - p.mention.end <= 1
                and p.mention.place != origin.mention.place
                for o in _conjuncts(origin, parties_all, text)
            ]
        for (o, d), (k, when, warns) in itertools.product(pairs, stated):
            key = (o.mention.place.key, d.mention.place.key, k)
            if key in seen:
                continue
            seen.add(key)
            warnings = list(warns)
            for p in (o, d):
                readings = gazetteer.ambiguous(p.mention.surface)
                if readings:
                    names = " or ".join(r.name for r in readings)
                    warnings.append(
                        f"ambiguous place {p.mention.surface!r} ({names}); read as "
                        f"{p.mention.place.name}, please check: {sentence[:80]!r}"
                    )
            out.append(
                Claim(
                    origin=o.mention.place,
                    destination=d.mention.place,
                    kind=k,  # type: ignore[arg-type]
                    date=when,
                    excerpt=excerpt,
                    items=items,
                    quantity=quantity,
                    value=value,
                    attribution=facts.attribution,
                    hedged=facts.hedged,
                    warnings=tuple(warnings),
                )
            )
            prev_direction = direction
    return out


_BOTH_COUNTRIES = re.compile(
    r"\b(?:both|the\s+two)\s+(?:countries|governments|states|kingdoms|buyers|customers)\b",
    re.IGNORECASE,
)


def _last_measure(state: _State, origin: Place) -> list[Claim]:
    """The claims of the latest sentence where origin took an export-control measure."""
    measures = [
        (c, n) for c, n in state.last_claims if c.kind in LICENCE_KINDS and c.origin == origin
    ]
    if not measures:
        return []
    last = measures[-1][1]
    return [c for c, n in measures if n == last]


_CONJ_GAP = re.compile(
    r"^(?:['’]s)?\s*(?:,|,?\s*and|,?\s*or|,?\s*as\s+well\s+as|,?\s*together\s+with|"
    r",?\s*along\s+with|,?\s*alongside)\s*(?:the\s+)?$"
)


def _list_preps(parties: list[_Party], text: str) -> list[_Party]:
    """List members take the preposition of the list: in "from Croatia, Slovenia and Turkey"
    all three are "from", not subjects. A demonym right before a weapon system names its
    owner ("Danish F-16s")."""
    out = list(parties)
    for i, p in enumerate(out):
        nxt = out[i + 1] if i + 1 < len(out) else None
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


_GAPPED_CLAUSE = re.compile(r",\s+(?:and\s+)?(?:[\w’'-]+\s+){1,6}?to\s+(?:the\s+)?")


def _item_conjuncts(first: _Party, parties: list[_Party], text: str, dest: _Party) -> list[_Party]:
    """Makers of the other goods listed with first's ("American F-16s and Swedish-built
    Gripens"): items joined by "and" or commas, each of another country."""
    items = [p for p in parties if p.role == "item" and p.mention.start >= first.mention.start]
    out: list[_Party] = []
    seen = {first.mention.place, dest.mention.place}
    for prev, p in itertools.pairwise(items):
        gap = text[prev.mention.end : p.mention.start]
        if not re.fullmatch(r"\s*|(?:-\w+\s+)?[\w-]*?s?\s*(?:,|and|or|,\s*and)\s*(?:the\s+)?", gap):
            break
        if p.mention.via == "demonym" and p.mention.place not in seen:
            seen.add(p.mention.place)
            out.append(p)
    return out


def _gapped_recipients(
    last: _Party, parties: list[_Party], text: str, window_end: int
) -> list[_Party]:
    """ "provided radars to the Philippines, patrol boats to Bangladesh and Fiji, and
    equipment to Malaysia": the same verb, its object and recipient repeated without it."""
    out: list[_Party] = []
    for p in parties:
        if p.role != "party" or p.prep != "to" or not last.mention.end <= p.mention.start:
            continue
        if p.mention.start >= window_end:
            break
        if not _GAPPED_CLAUSE.fullmatch(text, last.mention.end, p.mention.start):
            break
        group = _conjuncts(p, parties, text)
        out += group
        last = group[-1]
    return out


def _conjuncts(party: _Party, parties: list[_Party], text: str) -> list[_Party]:
    """A party plus those coordinated with it: "London and Washington", "to X, Y and Z"."""
    if party.mention.start < 0:
        return [party]
    ordered = [p for p in parties if p.role in ("party", "actor")]
    try:
        i = next(k for k, p in enumerate(ordered) if p.mention.start == party.mention.start)
    except StopIteration:
        return [party]
    group = [party]
    j = i
    while j > 0 and _CONJ_GAP.match(text[ordered[j - 1].mention.end : ordered[j].mention.start]):
        j -= 1
        group.insert(0, ordered[j])
    j = i
    while j + 1 < len(ordered) and _CONJ_GAP.match(
        text[ordered[j].mention.end : ordered[j + 1].mention.start]
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


_SENT_TO_STRIKE = re.compile(
    r"\s+(?:[\w-]+\s+){1,5}?(?:to\s+(?:strike|attack|bomb|hit|target|shell|shoot\s+down)|"
    r"against)\b",
    re.IGNORECASE,
)


def _refine(
    kind: str, direction: str, word: str, sentence: str, t: re.Match[str]
) -> tuple[str | None, str]:
    """Context that changes a trigger's meaning ("lifted the embargo", "export permits")."""
    after = sentence[t.end() : t.end() + 40].lower()
    before = sentence[max(0, t.start() - 30) : t.start()].lower()
    if (
        word in ("sanctions", "sanction")
        and re.match(r"\s+(?:regimes?|frameworks?|programmes?|programs?|laws?)\b", after)
        and re.search(r"\bunder\s+(?:[\w'’-]+\s+){0,4}$", before)
    ):
        return None, direction  # "listed under their own Russia sanctions regimes": the law
    if word in ("sent", "send", "sends", "sending") and _SENT_TO_STRIKE.match(sentence, t.end()):
        return "use", "use"  # "Thailand sent F-16 jets to strike Cambodian positions"
    if (
        kind == "transfer"
        and direction == "fwd"
        and word.startswith("export")
        and re.match(
            r"\s+(?:licen|permit|control|regime|credit|decision|figure|data|statistic|report|"
            r"polic|rule|market|business|revenue|earning|volume|record|criteri|guideline|"
            r"strateg|promotion|agenc|office|authorit|customer|client|buyer|success|version|"
            r"variant|model)",
            after,
        )
    ):
        return None, direction
    if (
        kind == "transfer"
        and word in _DEAL_WORDS
        and not re.search(r"\b(?:with|to|from|for)\b", after[:25] + " " + before[-15:])
    ):
        return None, direction
    if (
        kind == "sanction"
        and word == "removed"
        and not re.search(r"from\s+the\s+F-35|program", after)
    ):
        return None, direction
    if (
        kind == "sanction"
        and word in ("excluded", "expelled", "kicked out")
        and not re.search(r"program|F-35|market|fair|exercise", after)
    ):
        return None, direction
    if (
        kind == "transfer"
        and word.startswith("order")
        and _COMMAND.match(sentence[t.end() : t.end() + 80])
    ):
        return None, direction  # "a court ordered a halt", "ordered the government to stop"
    if (
        kind == "transfer"
        and word.startswith("pledg")
        and re.match(r"\s+to\s+(?!(?:send|supply|deliver|provide|give|donate|transfer)\b)", after)
    ):
        return None, direction  # "pledged to pay Syrian salaries": a promise of something else
    if kind == "transfer" and word.startswith("sen") and _SENT_ON_VISIT.match(after):
        return None, direction  # "sent the patrol ship HMS Trent on a visit": a deployment
    if (
        kind == "transfer"
        and _PASSIVE.search(before)
        and _DOCUMENT_SENT.search(sentence[: t.start()])
    ):
        return None, direction  # "a proposal to buy them has been sent to the ministry"
    if kind == "suspension" and _STANDING_HALT.match(word):
        # "has not authorised any exports ... since", "has granted no new licences ... since";
        # without the negated perfect the verb keeps its usual reading
        if _HAS_NOT.search(before) or (_HAS.search(before) and re.match(r"\s+no\b", after)):
            return kind, direction
        if not word.startswith("approv"):
            return None, direction
        kind, direction = "transfer", "fwd"  # "has approved exports worth ... since 2022"
    if kind == "sanction" and word == "sanctioned" and _ADJECTIVE_SLOT.search(before):
        return None, direction  # "payments for sanctioned Russian arms makers": an adjective
    if kind == "transfer" and _FACILITATED.search(before):
        return None, direction  # "for processing payments and shipments": facilitation
    if (
        kind == "transfer"
        and _HALT_WORD.search(sentence, t.end(), t.end() + 90)
        and _HALTED_LATER.match(sentence, t.end(), t.end() + 90)
    ):
        return None, direction  # "deliveries under existing licences have been put on hold"
    if (
        kind == "use"
        and word in ("struck", "bombed", "pounded", "shelled", "hit")
        and not (_WEAPON_SUBJECT.search(before))
    ):
        return None, direction  # only weapons as the subject: not "Russia struck Kyiv"
    if kind == "transfer" and word == "shipping" and _SHIPPING_NOUN.search(before):
        return None, direction  # "commercial shipping has been attacked": the ships at sea
    if kind == "transfer" and word in ("ship", "ships") and _SHIP_NOUN.search(before):
        return None, direction  # "supply ships", "two ships": a vessel
    if kind == "transfer" and _SUPPLY_NOUN.match(word + after):
        return None, direction  # "supply ships", "supply chains": nouns, not a supply
    if kind == "resumption" and word.startswith("lift") and "embargo" in after:
        return "resumption", direction
    if (
        kind in ("embargo", "sanction")
        and re.search(
            r"\b(?:violat|breach|defian|under\s+the|despite|evad|evasion|circumvent|implement)\w*",
            before,
        )
        # "despite the arms embargo that the European Union has maintained on the country"
        # still states who imposed it
        and not re.match(r"\s+(?:that|which)\s+(?:the\s+)?[A-Z]", sentence[t.end() :])
    ):
        return None, direction
    if kind == "embargo" and re.search(r"\bunder\s+(?:an?\s+|the\s+)?$", before):
        return None, direction
    if (
        kind == "suspension"
        and word.startswith("stop")
        and not re.match(
            r"\s+(?:\w+\s+){0,3}(?:export|sale|deliver|ship|licen|permit|arms|weapon)", after
        )
    ):
        return None, direction
    if (
        kind == "use"
        and word in ("used", "using")
        and re.match(r"\s+to\b", after)
        and not re.search(r"\bwas|were|been|being\b", before[-12:])
    ):
        return None, direction
    if (
        kind == "transfer"
        and word
        in (
            "approved",
            "approves",
            "approval",
            "approve",
            "cleared",
            "clears",
        )
        and not re.match(
            r"\s+(?:\w+\s+){0,4}(?:sale|export|transfer|deliver|purchase|licen|permit|deal|"
            r"shipment|supply|supplies)",
            after,
        )
        # "Twenty F-35 fighters were approved for Greece": the goods are the subject
        and not (
            re.search(r"\b(?:was|were|been|being|is|are)\s+$", before)
            and re.match(r"\s+for\b", after)
        )
    ):
        return None, direction
    if (
        kind == "transfer"
        and word in ("arms", "armed", "arming")
        # "arms supplies" is a transfer, "arms supplier" names one (its own trigger)
        and not re.match(r"\s+(?:sales?|exports?|deliver|suppl(?!iers?\b)|transfer)", after)
        and word == "arms"
    ):
        return None, direction
    if kind == "suspension" and re.match(
        r"\s+(?:[\w-]+\s+){0,2}?(?:assets|accounts|funds|holdings)\b", after
    ):
        return "sanction", direction  # "froze their assets": a sanction, not an arms freeze
    if (
        kind == "sanction"
        and word == "listed"
        and not re.search(r"\b(?:was|were|been|being|is|are)\s+(?:also\s+|now\s+)?$", before)
        # "the EU has already listed several of the same Hong Kong companies"
        and not (
            re.search(r"\b(?:has|have|had)\s+(?:already\s+|also\s+|now\s+)?$", before)
            and re.match(
                r"\s+(?:[\w-]+\s+){0,6}?(?:companies|firms|entities|individuals|banks)\b", after
            )
        )
    ):
        return None, direction  # only the passive "firms ... were listed" designates
    if (
        kind == "cancellation"
        and re.match(r"aband|ditch|drop|walked", word)
        and not re.match(
            r"\s+(?:[\w-]+\s+){0,4}?(?:order|purchase|contract|deal|acquisition|programme|"
            r"program|sale|tender|procurement|plans?)",
            after,
        )
        and not re.search(
            r"\b(?:order|purchase|contract|deal|acquisition|programme|program|sale|tender|"
            r"procurement)s?\s+(?:\w+\s+){0,3}$",
            before,
        )
    ):
        return None, direction  # "abandoned its post-war principles": no deal dropped
    if kind in ("transfer", "suspension", "resumption") and _CIVIL_GOODS.search(before):
        return None, direction  # "suspended banana imports": trade, but not in arms
    if kind == "sanction" and before.endswith("(") and after.startswith(")"):
        return None, direction  # "the Russia (Sanctions) (EU Exit) Regulations": a law's name
    if kind == "use" and _POLICING.match(after):
        return None, direction  # "used mainly against smugglers": policing, not a conflict
    if kind == "transfer" and re.search(
        r"\b(?:western|european|foreign|international|allied|nato)\s+(?:military\s+)?$", before
    ):
        return None, direction  # "Western military aid to Ukraine": no one country supplies
    if kind in ("sanction", "embargo") and re.search(
        r"\b(?:oppos|condemn|criticis|criticiz|denounc|protest)\w*\b[^.;]{0,30}$", before
    ):
        return None, direction  # "it firmly opposed illegal unilateral sanctions"
    if kind == "transfer" and _REACTION_BEFORE.search(before):
        return None, direction  # "Beijing has reacted to arms sales to Taiwan": not a seller
    if kind == "transfer" and _GENERIC_RECIPIENTS.match(after):
        return None, direction  # "its policy on arms exports to countries at war": generic
    if kind == "transfer" and _PERSONNEL_OBJECT.match(after):
        return None, direction  # "would send officers to train aboard": people, not arms
    if kind == "transfer" and re.search(r"\b(?:any|future)\s+(?:arms\s+|weapons?\s+)?$", before):
        return None, direction  # "opposed any arms sales that undermine peace": generic
    if kind in ("transfer", "diversion") and _CIVIL_OBJECT.match(after):
        return None, direction  # "the proceeds of smuggled Zimbabwean gold"
    if (
        kind == "use"
        and word.startswith("use")
        and re.search(
            r"\b(?:exclusive|sole|own|end|final)\s+$|"
            r"\b(?:conditions|restrictions|limits|rules|curbs|checks|controls)\s+on\s+"
            r"(?:the\s+)?$",
            before,
        )
    ):
        # "for the exclusive use of the Ugandan forces", "conditions on the use of": terms
        return None, direction
    if (
        kind == "transfer"
        and direction == "rev"
        and re.match(r"obtain|receiv|acquir", word)
        and re.match(
            r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:exemption|approval|permission|"
            r"waiver|assurances?|guarantees?|consent|licen[cs]e|permit|backing|support)\b",
            after,
        )
    ):
        return None, direction  # "obtained an exemption from the UN": no goods
    if kind in ("embargo", "sanction") and re.search(
        r"\b(?:so-called|calls?|called|dubbed|describes?\s+as|described\s+as)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
        before,
    ):
        return None, direction  # "what it called an embargo": someone's word for it
    if kind == "denial" and re.match(r"(?:\s+[\w’'-]+){0,3}\s+(?:access|entry|landing)\b", after):
        return None, direction  # "deny Russian warships access to its ports": no arms refused
    if kind == "transfer" and _BANNED.search(sentence[max(0, t.start() - 70) : t.start()]):
        return None, direction  # "it bans the sale, supply or export of arms": no sale
    if kind == "transfer" and word.startswith("carr") and re.match(r"\s+out\b", after):
        return None, direction  # "strikes were carried out by Rafale jets"
    if kind == "transfer" and word == "armed" and _ARMED_ADJECTIVE.match(after):
        return None, direction  # "its armed forces", "armed drones": an adjective
    if (
        _DEFINITE_NOUN.match(word)
        and re.search(r"\bthe\s+$", before)
        and re.match(r"\s+(?:had|has|was|is|would|will|could|did|does|must|remains?)\b", after)
    ):
        return None, direction  # "the cancellation had nothing to do with Gaza": reported
    if kind == "use" and word == "used" and _USED_ADJECTIVE.search(before):
        return None, direction  # "bought 24 used F-16 fighters": second-hand, not use
    return kind, direction


_BANNED = re.compile(
    r"\b(?:bans?|banned|banning|prohibits?|prohibited|prohibiting|forbids?|forbade|"
    r"outlaws?|outlawed)\s+(?:the\s+|all\s+|any\s+|further\s+)?"
    r"(?:[\w-]+,?\s+(?:or\s+|and\s+)?){0,4}$",
    re.IGNORECASE,
)
_DEFINITE_NOUN = re.compile(
    r"^(?:cancellation|suspension|freeze|ban|embargo|sale|deal|contract|order|purchase|"
    r"delivery|transfer|decision|refusal|denial|veto|halt)$"
)
_USED_ADJECTIVE = re.compile(
    r"(?:\b\d+|\b(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|"
    r"several|some|many|more|of|buy|buys|bought|buying|sell|sells|sold|selling|its|their|"
    r"cheap|cheaper|older))\s+$",
    re.IGNORECASE,
)
_REQUEST_FROM = re.compile(
    r"^\s+(?:an?\s+|the\s+|repeated\s+|several\s+|two\s+|three\s+)*"
    r"(?:requests?|applications?|appeals?|calls?|pleas?)\s+(?:by|from)\s+(?:the\s+)?",
    re.I,
)
_ADDED_TO_LIST = re.compile(
    r"\b(?i:added|adds|adding|put|puts|placed|places|placing)\s+(.+?)\s+(?i:on|to)\s+"
    r"(?:(?i:its|the|their|a|an)|(?P<owner>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?['’]s))\s[^.;]*$",
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
_MADE_IN_BEFORE = re.compile(
    r"\b(?:made|manufactured|produced|built|assembled|designed)\s+in\s+(?:the\s+)?$", re.I
)
_CIVIL_GOODS = re.compile(
    r"\b(?:banana|fruit|grain|wheat|rice|food|coffee|cocoa|sugar|beef|meat|fish|seafood|"
    r"oil|crude|gas|LNG|coal|timber|steel|fertili[sz]er|textile|car|pharmaceutical|"
    r"medicine|vaccine|chicken|pork|dairy|wine)s?\s+(?:[\w-]+\s+)?$",
    re.IGNORECASE,
)
_POLICING = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:against|to\s+(?:fight|catch|stop|chase))\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:smugglers|traffickers|pirates|poachers|criminals|gangs|cartels|"
    r"illegal\s+fishing|drug)",
    re.IGNORECASE,
)
_REACTION_BEFORE = re.compile(
    r"\b(?:react\w*|respond\w*|protest\w*|condemn\w*|oppos\w*|object\w*|criticis\w*|"
    r"criticiz\w*|complain\w*|retaliat\w*)\s+(?:to\s+|against\s+|over\s+|about\s+|for\s+)?"
    r"(?:the\s+|any\s+|all\s+|new\s+|further\s+|recent\s+|latest\s+)?(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_GENERIC_RECIPIENTS = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?to\s+(?:other\s+|third\s+|foreign\s+)?(?:countries|states|"
    r"nations|governments|regimes|conflict\s+zones|war\s+zones|parties|buyers|customers)\b"
    r"(?!\s+(?:in|from|based\s+in)\s+(?:the\s+)?[A-Z])",  # "to buyers in the Czech Republic"
    re.IGNORECASE,
)
_PERSONNEL_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:officers|troops|soldiers|personnel(?!\s+carriers)|advisers|"
    r"advisors|instructors|delegations?|teams?|experts|observers|peacekeepers|doctors|"
    r"police(?!\s+(?:vehicles|cars|boats|equipment|weapons|rifles))|"
    r"diplomats|envoys?|condolences|messages?|letters?|invitations?|signals?)\b(?!-)",
    re.IGNORECASE,
)
_CIVIL_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:gold|diamonds?|minerals|oil|fuel|cash|money|proceeds|"
    r"cigarettes|drugs|narcotics|cocaine|timber|wildlife|ivory|grain|food)\b",
    re.IGNORECASE,
)
_RELATIVE_WORD = re.compile(r"\b(?:whose|which|where|who|whom)\b")
_NEW_CLAUSE = re.compile(r",\s+and\s+(?:the\s+)?[A-Z]|;")
_ARMED_ADJECTIVE = re.compile(
    r"\s+(?:forces|conflicts?|groups?|drones?|men|police|services|struggle|violence|wings?|"
    r"attacks?|opposition|militias?|clashes|confrontation|resistance|robbery|personnel|"
    r"rebels?|insurgen\w*|factions?|helicopters?|aircraft|vehicles?|versions?|variants?|"
    r"UAVs?|neutrality|guards?|escorts?|reconnaissance|uprising|gangs?|fighters)\b",
    re.IGNORECASE,
)
_COMMAND = re.compile(
    r"\s+(?:(?:an?|the)\s+)?(?:immediate\s+|temporary\s+)?(?:halt|stop|end|freeze|suspension|"
    r"review|investigation|inquiry|probe|release|withdrawal)\b"
    r"|\s+(?:the\s+)?(?:[\w-]+\s+){0,5}to\s+(?:stop|halt|suspend|end|cease|block|freeze|"
    r"withhold|review|revoke|cancel|reconsider|pay|leave|withdraw)\b",
    re.IGNORECASE,
)
_UNSAID = re.compile(
    r"(?:\b(?:not|never)\s+(?:yet\s+)?(?:said|say|says|disclosed?|confirm(?:ed)?|specif(?:y|ied)|"
    r"revealed?|explained?)|\b(?:declined|refused)\s+to\s+(?:say|disclose|confirm|specify)|"
    r"\bunclear|\bunknown|\basked|\bwonder(?:ed|s)?)\s+(?:which|whether|what|how|if)?\s*$",
    re.IGNORECASE,
)
_INCLUDING_SUBJECT = re.compile(r"\s*(?:[\w’'-]+\s+){0,3}?[\w’'-]+,\s+including\s+(?:the\s+)?")
_ADJECTIVE_SLOT = re.compile(
    r"\b(?:for|of|to|with|from|on|the|a|an|other|already|previously|two|three|several|many)\s+$",
    re.IGNORECASE,
)
_FACILITATED = re.compile(
    r"\b(?:processing|handling|facilitating|arranging|financing|insuring)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HALT_WORD = re.compile(r"hold|suspend|halt|frozen|stopp|paus|block|withh")
_BREACH_WORD = re.compile(r"breach|violat|defiance")
_HALTED_LATER = re.compile(
    r"[^.;,]{0,60}?\b(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|also\s+)*"
    r"(?:put\s+on\s+hold|suspended|halted|frozen|stopped|paused|blocked|withheld)\b",
    re.IGNORECASE,
)
_WEAPON_SUBJECT = re.compile(
    r"(?:\b(?:drones?|jets?|aircraft|helicopters?|gunships?|bombers?|fighters?|missiles?|"
    r"rockets?|artillery|howitzers?|munitions?)|\b[A-Z][\w-]*\d[\w-]*?s?)\s+(?:\w+ly\s+)?"
    r"(?:(?:have|has|had)\s+)?$",
    re.IGNORECASE,
)
_SENT_ON_VISIT = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,6}?on\s+(?:a\s+|an\s+)?(?:[\w-]+\s+)?(?:visit|deployment|mission|"
    r"patrol|tour|exercise|port\s+call)\b",
    re.IGNORECASE,
)
_DOCUMENT_SENT = re.compile(
    r"\b(?:proposal|request|letter|report|bill|note|application|offer|message|invitation|"
    r"list|questionnaire)\b[^.;]{0,60}?\b(?:has|have|had|was|were|is|are)\s+(?:been\s+)?"
    r"(?:\w+ly\s+)?$",
    re.IGNORECASE,
)
_SHIPPING_NOUN = re.compile(
    r"\b(?:commercial|merchant|international|global|civilian|maritime|container|world|"
    r"against|on|at|attacks?)\s+$"
)
_SHIP_NOUN = re.compile(  # "coast guard ships continue to confront ...": vessels
    r"\b(?:supply|cargo|war|navy|naval|container|merchant|patrol|landing|research|the|a|its|"
    r"their|two|three|four|five|\d+|several|many|and|guard|fishing|survey|escort|these|those|"
    r"some|other|foreign)\s+$"
)
_SUPPLY_NOUN = re.compile(
    r"suppl(?:y|ies)\s+(?:ships?|lines?|chains?|routes?|depots?|convoys?|shortages?|"
    r"problems?|bottlenecks?|hubs?|trucks?|vessels?|networks?)\b"
)


@dataclass(frozen=True)
class _Ctx:
    """Everything role assignment may look at for one trigger."""

    text: str
    kind: str
    direction: str
    word: str
    t_start: int
    t_end: int
    window: tuple[int, int]
    opener: str
    sentence_start: int
    parties: tuple[_Party, ...]  # whole sentence
    earlier: tuple[Claim, ...]  # claims from this sentence so far
    prev_direction: str  # direction of the previous claim's trigger in this sentence
    prev_topic: Place | None  # first party of the previous sentence ("It was sanctioned")
    last_actor: Place | None  # the article's main country, else its latest supplier

    @property
    def pre(self) -> str:
        """The clause's last 40 characters before the trigger: voice, pronouns, carriers."""
        return self.text[max(self.window[0], self.t_start - 40) : self.t_start]

    @property
    def passive(self) -> bool:
        return bool(_PASSIVE.search(self.pre.lower()))

    @property
    def order_subject(self) -> re.Match[str] | None:
        """ "a 2021 contract for helicopters from Russia was cancelled": the passive's subject
        is an order (its match, over the clause's last 120 characters)."""
        if not self.passive:
            return None
        start = max(self.window[0], self.t_start - 120)
        return _ORDER_SUBJECT.search(self.text[start : self.t_start])


_PASSIVE = re.compile(
    r"\b(?:was|were|been|being|is|are|be|get|got|remains?|remained|stays?|stayed)\s+"
    r"(?:\w+ly\s+|not\s+|also\s+|then\s+|instead\s+|later\s+|already\s+|since\s+|now\s+)?$"
)
_VEHICLES = r"(?:ship|vessel|freighter|cargo\s+plane|aircraft|plane|truck|convoy|boat|tanker)s?"
_VEHICLE = re.compile(rf"\b{_VEHICLES}\b", re.I)  # "a cargo ship ... because it was carrying"
_VEHICLE_ACTS = re.compile(rf"\b{_VEHICLES}\s+(?:\w+ly\s+)?$", re.I)  # "a ship carrying"
_PRONOUN = re.compile(r"\b(?:it|they|we|its\s+government)\s+(?:[\w’']+\s+){0,3}$", re.I)
_GOVERNMENT = re.compile(
    r"\b(?:the|successive|previous|both|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:governments?|administrations?|cabinets?|authorities)"
    r"\s+(?:[\w’']+\s+){0,2}$",
    re.I,
)
_BY_AGENT = re.compile(
    r"\bby\s+(?!(?:sea|air|rail|road|ship|truck|plane|land|the\s+end|late|early|mid|\d))"
    r"(?:[\w-]+\s+){0,3}?(?:customers|buyers|firms|companies|traders|brokers|dealers|"
    r"middlemen|intermediaries|smugglers|networks?|third\s+parties)\b",
    re.IGNORECASE,
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
_SUPPLIED_BY = re.compile(
    r"\b(?:supplied|sold|delivered|provided|made|built|manufactured|produced|donated|"
    r"exported|shipped)\s+by\s+(?:the\s+|a\s+)?$",
    re.IGNORECASE,
)
_RELATIVE_THAT = re.compile(
    r"(?:['’]s)?\s+(?:that|which|who)\s+(?:(?:it|they|officials|investigators|prosecutors)\s+"
    r"(?:said|says|say|alleged|alleges|claimed|claims|believes?)\s+)?"
    r"(?:(?:had|has|have)\s+)?(?:(?:also|allegedly|reportedly|illegally|secretly)\s+)?"
)
_WHOSE = re.compile(r"(?:['’]s)?,\s+whose\s+(?:[\w-]+\s+){0,3}(?:has\s+|have\s+|had\s+)?")
_TO_WHICH = re.compile(r",\s+to\s+(?:which|whom)\s+(?:[\w-]+\s+){0,4}(?:have\s+|has\s+|had\s+)?")
_RECEIVED = re.compile(
    r"^(?:received|receives|(?:took|takes|taking)\s+delivery|has\s+received|got|acquired)\b"
)
_GERUND_FOR = re.compile(r"\bfor\s+(?:\w+ly\s+)?$", re.I)
# "12 used Rafale fighters bought from France": a past participle right after its noun
_PARTICIPLE = re.compile(r"\b(?!(?:has|was|is|its|this|as|his|does)\b)[a-z][\w-]*s\s+$")
_BUY_PARTICIPLES = frozenset({"bought", "ordered", "purchased", "acquired", "procured", "imported"})
_DEAL_WORDS = frozenset({"deal", "contract", "contracts", "agreement"})
_GIVE_PARTICIPLES = frozenset(
    {"delivered", "handed over", "sent", "supplied", "transferred", "shipped", "donated", "given"}
)
_COORD_VERB = re.compile(
    r"\band\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|then\s+|later\s+|since\s+|also\s+)?$",
    re.I,
)
_NOUN_TRIGGER = re.compile(
    r"^(?:sales?|exports|deliver(?:y|ies)|shipments?|transfers|deals?|contracts?|purchases?|"
    r"orders|suspensions?|limitations?|restrictions?|cancellation|freeze|ban|embargo|"
    r"suppliers?)$"
)
_PARTY_ROLES = ("party",)


def _assign(c: _Ctx) -> tuple[_Party | None, _Party | None]:
    """Origin and destination among a window's parties, from prepositions and voice."""
    text = c.text
    cand = [
        p
        for p in c.parties
        if p.role in _PARTY_ROLES and c.window[0] <= p.mention.start < c.window[1]
    ]
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
    if c.opener in _EARLIER_CLAUSE and (comma := text.rfind(",", c.window[0], c.t_start)) > 0:
        # "weeks after Abu Dhabi normalised relations, the administration approved": the
        # subordinate clause's subject does not act in the main clause
        before = [p for p in before if p.mention.start > comma]
    after = [p for p in cand if p.mention.start >= c.t_end]
    pre = c.pre
    passive = c.passive
    by = next((p for p in after if p.prep == "by"), None)
    if by is not None and _RELATIVE_WORD.search(text, c.t_end, by.mention.start):
        by = None  # "to Djibouti, whose waters see shipping attacked by the Houthis"
    frm = next((p for p in after if p.prep == "from"), None)
    if frm is not None and c.kind != "transfer" and frm.mention.start - c.t_end > 30:
        frm = None  # "faces an embargo from Canada", not a "from" three clauses on
    frm_before = next((p for p in before if p.prep == "from"), None)
    if frm is None and c.kind == "transfer" and c.direction == "rev":
        frm = frm_before  # "From Russia, India bought..."
    to = next(
        (
            p
            for p in after
            if p.prep in (_MEASURE_PREPS if c.kind in ("embargo", "sanction") else _DEST_PREPS)
            # "during the war with Iran", "talks with Paris": not a recipient
            and not _WITH_NOT_RECIPIENT.search(
                text[max(c.t_end, p.mention.start - 30) : p.mention.start]
            )
            # "provides air defence ..., and the CSTO remains the framework for Kazakhstan"
            and (
                p.prep not in ("for", "with")
                or not _NEW_CLAUSE.search(text[c.t_end : p.mention.start])
            )
        ),
        None,
    )
    if to is None and c.direction == "fwd":
        for p in c.parties:
            if (
                p.role == "party"
                and p.mention.end <= c.t_start
                and _TO_WHICH.fullmatch(text[p.mention.end : c.t_start])
            ):
                to = p  # "the United States, to which Norwegian companies sold missiles"
                break
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
    for p in reversed(before):
        if _WHOSE.fullmatch(text[p.mention.end : c.t_start]):
            subject = p  # "Brazil, whose air force bought 36 Gripens": Brazil buys
            break
    if before and _RELATIVE_THAT.fullmatch(text[before[-1].mention.end : c.t_start]):
        # "companies in the United Arab Emirates that it said had supplied engines": the
        # relative clause's subject is its antecedent, not the main clause's subject
        subject = before[-1]
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
    if c.word.split()[0].endswith("ing") and before:
        doer = before[-1]  # "in return for Zagreb handing over tanks": the gerund's subject
        if re.fullmatch(r"(?:['’]s)?\s+", text[doer.mention.end : c.t_start]) or (
            _ACTOR_GAP.fullmatch(text[doer.mention.end : c.t_start])
        ):  # "Ukrainian artillery crews firing ...": the crews' country
            subject = doer
    carrier = bool(_VEHICLE_ACTS.search(pre))
    if carrier:
        subject = None  # "turns away a ship carrying arms to Israel": the ship carries them
    possessor = next(
        (p for p in reversed(before) if text[p.mention.end : p.mention.end + 2] in ("'s", "’s")),
        None,
    )
    if possessor is None and re.search(r"\b(?:its|their)\s+(?:[\w’'-]+\s+){0,3}$", pre, re.I):
        possessor = _its_referent(c, c.t_start)
    if c.word in ("supplier", "suppliers") and (roles := _supplier_roles(c, before)):
        return roles
    if c.word in _DEAL_WORDS or c.word.startswith("letter of offer"):
        return _deal_roles(c, after, possessor or subject)
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
        ) or bool(re.match(r"launch|flown|flew|flies|fly", c.word))
        subject = subject if verb else None
        if verb and subject is None and _PRONOUN.search(pre):
            subject = _implicit_subject(c, pre)  # "It has used jets supplied by Russia"
    elif (
        (subject is None and possessor is None and not carrier)
        or _sanctioned_for(c, pre)
        # "Berlin suspended licences for Qatar, when Saudi Arabia, Bahrain and Egypt cut
        # ties, and resumed approvals": a verb joined by "and" shares the earlier subject
        or (subject is not None and c.earlier and _COORD_VERB.search(pre))
    ):
        subject = _implicit_subject(c, pre)

    if c.direction == "rev":
        if (
            before
            and before[-1].prep == "for"
            and re.fullmatch(r"\s+to\s+", text[before[-1].mention.end : c.t_start])
            and any(e.destination == before[-1].mention.place for e in c.earlier)
        ):
            return None, None  # "an agreement for Ukraine to buy missiles": the deal's content
        dest = by if (passive and by) else (subject or possessor)
        if dest is None:
            dest = _owner(c)  # "Pakistan says its J-10Cs, bought from China, ..."
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
        user = by if by and not shot else None
        if user is None and subject is not None and not passive and not shot:
            user = subject
        if user is None and not passive:
            user = _owner(c)  # "New Delhi said its S-400s had intercepted drones"
        return None, user
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
                    and p.mention.start - c.t_end <= 60
                ),
                None,
            )
            if seller is None and order_after:
                # "terminates Spanish patrol ship contract": the seller names the order
                seller = next(
                    (
                        p
                        for p in c.parties
                        if p.mention.via == "demonym"
                        and c.t_end <= p.mention.start < c.t_end + order_after.end()
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
            named = [p for p in c.parties if p.role in ("party", "reporter")]
            imposer = _antecedent([p for p in named if p.mention.end <= at])
        if imposer is None and listing.group("owner"):
            # "the Government added the Belarusian company ... to Lithuania's list"
            at = c.window[0] + listing.start("owner")
            imposer = next((p for p in before if p.mention.start == at), None)
        if targets:
            return imposer, targets[0]
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
    origin = by or (frm if frm and c.kind in ("transfer", "embargo", "sanction") else None)
    origin = origin or subject or possessor
    if origin is None and c.kind == "transfer":
        origin = frm_before  # "Weapons from Iran were delivered to Russia"
    dest = to if to is not None and to is not origin else None
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
            dest = next((p for p in after if p is not origin), None)
    return origin, dest


_IN_BREACH = re.compile(
    r"[^.;]{0,120}?\b(?:in\s+(?:breach|violation|defiance)\s+of|violating|breaching)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:sanctions|embargo|export\s+(?:bans?|controls?|rules))\b",
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
_ORDER_SUBJECT = re.compile(
    rf"\b(?:{_ORDER_NOUNS})s?\s+"
    r"(?:(?:for|from|with|of)\s+[^.;,]{0,80}?\s+)?"
    r"(?:(?:has|have|had|was|were|is|are)\s+)?(?:(?:been|being|now|since|also)\s+)*$",
    re.IGNORECASE,
)


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


_ORDER_FOR = re.compile(
    r"\b(?:order|contract|deal|purchase|tender|acquisition)s?\s+for\s+(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
_BUYER_OBJECT = re.compile(  # not "its defence cooperation program with Myanmar"
    r"\s+(?:(?:its|their|an?|the|a\s+planned)\s+)?"
    r"(?:(?!(?:cooperation|training|aid|assistance|exchange)\b)[\w-]+\s+){0,4}"
    rf"(?:{_ORDER_NOUNS}|programme|program|sale)s?\b",
    re.IGNORECASE,
)
_LEADING_SUBORDINATE = re.compile(
    r"^(?:After|Following|Despite|While|Since|Before|Amid|Although|Because|As|When|Weeks|Days|"
    r"Months|Hours)\b"
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
        # "Its newer Gripen fighters, bought from Sweden, ...": the country the sentence
        # before was about
        return _synthetic(c.prev_topic)
    # "helicopters were sold to Ghana by China, and its C-295s were bought from Spain": the
    # nearest party, but not the agent of a passive
    return next((p for p in reversed(before) if p.prep != "by"), before[-1] if before else None)


_DEAL_FOR_GOODS = re.compile(
    r"\s+for\s+(?:the\s+(?:purchase|supply|delivery|acquisition|procurement)\s+of\s+)?"
    rf"(?:[\w$€£.,-]+\s+){{0,5}}?(?:{_ITEM_WORDS}|launchers?|vessels?|ships?|boats?|batteries)\b",
    re.IGNORECASE,
)


_FOR_X_TO_BUY = re.compile(r"\s+to\s+(?:buy|purchase|acquire|receive|obtain)\b")
_SUPPLIER_OF = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,4}$")
_COPULA = re.compile(
    r"\s+(?:is|was|are|were|remains|remained|became|has\s+been|had\s+been)\s+"
    r"(?:(?:also|still|now|long|once)\s+)?$"
)


def _supplier_roles(c: _Ctx, before: list[_Party]) -> tuple[_Party, _Party] | None:
    """ "Russia was Syria's main arms supplier": the subject supplies the possessor."""
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
    partner = next((p for p in after if p.prep in ("with", "from", "to")), None)
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
    if partner is None and owner is not None and c.word in _DEAL_WORDS - {"agreement"}:
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
        and c.word == "agreement"
        and _DEAL_FOR_GOODS.match(c.text, partner.mention.end)
    ):
        return partner, owner  # "Greece signed an agreement with Israel for 36 launchers"
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
        _GERUND_FOR.search(pre)
        and c.word.endswith("ing")
        and c.earlier
        and c.earlier[-1].kind in LICENCE_KINDS | {"sanction"}
    )


def _owner(c: _Ctx) -> _Party | None:
    """Whose weapons the clause is about: the referent of "its"/"their" before the trigger."""
    head = c.text[c.window[0] : c.t_start]
    found = list(re.finditer(r"\b(?:its|their)\s+", head, re.I))
    if not found:
        return None
    return _its_referent(c, c.window[0] + found[-1].start())


def _antecedent(preceding: list[_Party]) -> _Party | None:
    """What "it" refers to: the last subject named before it, else the last party.

    "removed by the United States after it bought S-400s": a subject, not the object of a
    preposition, is the likelier antecedent.
    """
    subjects = [p for p in preceding if p.prep not in _PREP_WORDS]
    if subjects:
        return subjects[-1]
    return preceding[-1] if preceding else None


def _implicit_subject(c: _Ctx, pre: str) -> _Party | None:
    """Subjects the clause does not name: pronouns, gerunds, coordinated verbs, main clause."""
    if _GERUND_FOR.search(pre) and c.word.endswith("ing") and c.earlier:
        return _synthetic(c.earlier[-1].destination)
    if _COORD_VERB.search(pre) and c.earlier:
        prev = c.earlier[-1]
        agent = next((p for p in reversed(c.parties) if p.mention.end <= c.t_start), None)
        if c.direction == "rev" and agent is not None and agent.prep == "by":
            # "flies Rafales sold to Qatar by France and has taken delivery of Typhoons":
            # the agent of a passive is not the subject of the active verb joined to it
            return _synthetic(prev.destination)
        return _synthetic(prev.destination if c.prev_direction == "rev" else prev.origin)
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
    if m and c.passive and c.kind not in ("sanction", "embargo"):
        m = None
    if m and _SAY_AFTER_PRONOUN.search(m.group(0)):
        # "companies that it said had supplied engines": "it" reports, the companies act
        return None
    if m:
        if preceding:
            # "refused a cargo ship ... because it was carrying arms": "it" is the vessel
            between = c.text[preceding[-1].mention.end : c.t_start - len(pre) + m.start()]
            if _VEHICLE.search(between):
                return None
            return _antecedent(preceding)
        return _synthetic(c.prev_topic) if c.prev_topic else None
    if c.opener in ("which", "who") and preceding:
        # "the Hellenic Air Force, which has already received Rafales": the antecedent
        named = [p for p in preceding if p.mention.end <= c.window[0]]
        if named:
            return named[-1]
    if _GOVERNMENT.search(pre) and not preceding:
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
    window = [p for p in c.parties if c.window[0] <= p.mention.start < c.window[1]]
    items = [p for p in window if p.role == "item"]
    kind = c.kind
    if (
        kind == "transfer"
        and dest is None
        and origin is not None
        and c.direction == "fwd"
        and _PRONOUN_RECIPIENT.match(c.text, c.t_end)
    ):
        # "Hanoi has diversified: Israel sold it SPYDER batteries": "it" is the party named
        # before the seller, else the one the sentence before was about
        named = [
            p
            for p in c.parties
            if p.role == "party"
            and p.mention.end <= origin.mention.start
            and p.mention.place != origin.mention.place
        ]
        if named:
            dest = named[-1]
        elif c.prev_topic is not None and c.prev_topic != origin.mention.place:
            dest = _synthetic(c.prev_topic)
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
        if (
            origin is None
            and dest is not None
            and not agent
            # "bought US-origin chips from distributors in Asia": the maker did not sell them
            and not _FROM_MIDDLEMEN.search(c.text, c.t_end, c.window[1])
        ):
            # "ammunition for its Leopard 1 fleet": the platform served, not the goods' maker
            origin = next(
                (
                    p
                    for p in items
                    if p.mention.place.key != dest.mention.place.key
                    and (p.prep != "for" or c.word.endswith("for"))  # "signs for Danish F-16s"
                ),
                None,
            )
            if origin is not None and _passed_on(c, dest, origin.mention.place, state):
                origin = None
            if origin is None and c.direction == "rev" and _RECEIVED.match(c.word):
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
                    p.role == "item" and re.fullmatch(r"s?\s+", c.text[p.mention.end : c.t_start])
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
                owner = _sentence_subject(c, other_than=origin.mention.place)
                dest = owner or (_synthetic(topic) if topic else None)
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
        if (
            origin is None
            and dest is None
            and _NOUN_TRIGGER.match(c.word)
            and state.last_claims
            # not when the clause names a party of its own ("a contract ... from Qatar")
            and not any(p.role == "party" and p.prep in ("from", "to", "with") for p in window)
        ):
            prev, n = state.last_claims[-1]
            if n == sent_no - 1 and prev.kind == "transfer":
                return _synthetic(prev.origin), _synthetic(prev.destination)
        if dest is None and origin is not None and c.direction == "fwd":
            dest = _to_main_country(c, origin, state)
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
        ]
        return (cands[-1] if cands else None), dest
    if kind == "use" and c.direction == "enduse":
        last = state.last_licence
        if origin is None and dest is not None and last and last[1] == dest.mention.place:
            origin = _synthetic(last[0])
        return origin, dest
    if kind == "use":
        weapons = [p for p in items if p.prep in ("with", "using", "by")]
        if weapons and re.match(r"shot\s+down|downed|intercept", c.word):
            items = weapons  # "shot down Indian aircraft with Chinese missiles"
        elif aim := _USE_AIM.search(c.text, c.t_end, c.window[1]):
            # "used them to shoot down several Russian aircraft": those are the targets
            items = [p for p in items if p.mention.start < aim.start()]
        return _fill_use(c, items, dest, state, sent_no)
    if (
        kind == "sanction"
        and origin is None
        and dest is not None
        and state.last_sanctioner
        and state.last_sanctioner != dest.mention.place
    ):
        return _synthetic(state.last_sanctioner), dest
    if (
        kind in ("cancellation", "suspension")
        and dest is None
        and (
            _ORDER_SUBJECT.search(c.text[max(c.window[0], c.t_start - 60) : c.t_start])
            or _BUYER_OBJECT.match(c.text[c.t_end : c.t_end + 60])
        )
    ):
        # "the aircraft part of the contract was cancelled": the deal reported just before
        named = origin.mention.place if origin is not None else None
        for prev, n in reversed(state.last_claims):
            if n < sent_no - 3:
                break
            if prev.kind == "transfer" and named in (None, prev.origin, prev.destination):
                return _synthetic(prev.origin), _synthetic(prev.destination)
    if kind in LICENCE_KINDS | {"sanction"}:
        if dest is None and kind != "sanction":
            dest = next(
                (
                    p
                    for p in c.parties
                    if p.role == "party"
                    and p.mention.start >= c.t_end
                    and p.prep in ("to", "for", "against", "on")
                    and p is not origin
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
        if dest is None and kind == "denial":
            # "turned down repeated requests from Kyiv": the one who asked would receive
            asked = _REQUEST_FROM.search(c.text[c.t_end : c.window[1]])
            if asked:
                at = c.t_end + asked.end()
                dest = next((p for p in c.parties if p.mention.start == at), None)
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
                and _BODY_SUBJECT.search(c.text[c.window[0] : c.t_start])
            ):
                # "The NCACC refused a sale to a buyer in Libya": the licensing body of the
                # country whose licence decisions the article reports
                return _synthetic(lo), dest
            if dest is None and origin is not None and origin.mention.place == lo:
                return origin, _synthetic(ld)
        if dest is None and origin is not None:
            # "Canada lifted its freeze on permits for Saudi Arabia; it had halted new permits
            # after 2018": the same decider's counterpart earlier in the sentence
            same = [
                e
                for e in c.earlier
                if e.origin == origin.mention.place and e.kind in LICENCE_KINDS | {"transfer"}
            ]
            if same:
                dest = _synthetic(same[-1].destination)
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
    return origin, dest


_USE_AIM = re.compile(
    r"\b(?:shoot|shot|bring|brought)\s+down\b|\bagainst\b|\b(?:to\s+)?(?:strike|hit|destroy|"
    r"target|attack)\b",
    re.IGNORECASE,
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
    src = items[0] if items else None
    if src is None:
        # "used fighter jets supplied by Russia": whoever supplied them
        src = next(
            (
                p
                for p in c.parties
                if p.role == "party"
                and c.t_end <= p.mention.start < c.window[1]
                and _SUPPLIED_BY.search(
                    c.text[max(c.t_end, p.mention.start - 40) : p.mention.start]
                )
                and (user is None or p.mention.place != user.mention.place)
            ),
            None,
        )
    if user is None:
        transfers = [e for e in c.earlier if e.kind in ("transfer", "diversion")]
        if transfers:
            user = _synthetic(transfers[-1].destination)
            src = src or _synthetic(transfers[-1].origin)
        elif src is not None:
            for prev, _n in reversed(state.last_claims):
                if prev.origin == src.mention.place and prev.kind in ("transfer", "diversion"):
                    user = _synthetic(prev.destination)
                    break
            if user is None and c.passive:
                user = _passive_user(c, src.mention.place, state)
        elif re.search(_ITEM_WORDS, c.text[c.window[0] : c.t_start], re.IGNORECASE):
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
        earlier = [e for e in c.earlier if e.destination != user.mention.place]
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
    targets = {
        p.mention.place
        for p in c.parties
        if p.prep in ("against", "on", "at") or p.mention.start >= c.t_end
    }
    first = next((p for p in c.parties if p.role == "party"), None)
    if first is not None and first.mention.start < c.t_start:
        user = first.mention.place
    else:
        user = state.main_country
    if user is None or user == maker or user in targets or user.kind != "country":
        return None
    return _synthetic(user)


def _sentence_subject(c: _Ctx, other_than: Place) -> _Party | None:
    """The first party before the trigger that no preposition governs (a subject or a
    possessor: "Vietnam's navy"), other than the given place."""
    return next(
        (
            p
            for p in c.parties
            if p.role == "party"
            and p.mention.start < c.t_start
            and p.prep not in _PREP_WORDS
            and p.mention.place != other_than
        ),
        None,
    )


def _passed_on(c: _Ctx, dest: _Party, maker: Place, state: _State) -> bool:
    """ "Mi-8 helicopters were handed over to Ukraine" in a story about Croatia: second-hand
    goods passed on by the article's subject, not sent by their maker."""
    topic = state.article_topic
    return (
        c.passive
        and c.word in _GIVE_PARTICIPLES
        and dest.prep == "to"
        and topic is not None
        and topic not in (dest.mention.place, maker)
    )


def _to_main_country(c: _Ctx, origin: _Party, state: _State) -> _Party | None:
    """The recipient a supplier's act names no one for, in an article about one country:
    "Cairo sent a second consignment by sea" in a story about Somalia's army."""
    main = state.main_country
    if main is None or main == origin.mention.place or origin.mention.place.kind != "country":
        return None
    if c.passive and origin.prep != "by":
        return None  # "the first were delivered last year": the subject did not send them
    if (
        _NOUN_TRIGGER.match(c.word)
        or c.word == "arms"
        or not _TRADE_OBJECT.search(c.text[c.t_end : c.window[1]])
    ):
        return None  # a verb with goods as its object: "supplied the army with rifles"
    others = {
        p.mention.place
        for p in c.parties
        if p.role == "party" and p.mention.place not in (origin.mention.place, main)
    }
    if others:
        return None  # another country in the sentence may be the one meant
    return _synthetic(main)


def _synthetic(place: Place) -> _Party:
    """A party taken from context rather than named in the sentence."""
    return _Party(Mention(-1, -1, place.name, place, "context"), "", "party")


def _chain_use(claims: list[Claim]) -> list[Claim]:
    """Put a use on the last hop of a supply chain the article states (CAN → TUR → AZE)."""
    supply = {
        (c.origin.key, c.destination.key) for c in claims if c.kind in ("transfer", "diversion")
    }
    links = {(c.origin.key, c.destination.key) for c in claims}
    places = {c.origin.key: c.origin for c in claims} | {
        c.destination.key: c.destination for c in claims
    }
    out: list[Claim] = []
    for c in claims:
        if c.kind == "use" and (c.origin.key, c.destination.key) not in supply:
            hops = sorted(
                p for (p, u) in supply if u == c.destination.key and (c.origin.key, p) in links
            )
            if hops:
                c = replace(c, origin=places[hops[0]])
        out.append(c)
    return out


def _date_for(
    dates: Sequence[DateMention],
    t_abs: int,
    window: tuple[int, int],
    opener: str,
    windows: list[tuple[int, int, str]],
    s_start: int,
) -> tuple[DateRange, str | None]:
    """Nearest date in the trigger's clause, else in the sentence unless the clause is earlier."""
    inside = [d for d in dates if window[0] <= d.start < window[1]]
    pool = inside
    if not pool and opener not in _EARLIER_CLAUSE:
        pool = [d for d in dates if d.start < window[0]]
    if not pool:
        return DateRange.unknown(), None
    best = min(pool, key=lambda d: (abs(d.start - t_abs), d.start))
    if best.warning:
        return DateRange(None, None, "unknown", best.phrase, resolved=False), best.warning
    return best.range, None


def _items(
    sentence: str, mentions: Sequence[Mention], window: tuple[int, int], s_start: int
) -> tuple[str, ...]:
    found: list[str] = [m.surface for m in mentions if m.via == "system"]
    wtext = sentence[window[0] - s_start : window[1] - s_start]
    found += [m.group(0) for m in _ITEM_PHRASE.finditer(wtext)]
    return tuple(dict.fromkeys(found))


def _nearest(found: list[re.Match[str]], pos: int, w_start: int, w_end: int) -> str | None:
    """The stated figure in the trigger's clause, else the first in the sentence."""
    inside = [m for m in found if w_start <= m.start() < w_end]
    pick = min(inside, key=lambda m: abs(m.start() - pos)) if inside else (found or [None])[0]
    return pick.group(0).strip() if pick else None


_SAY = (
    r"(?:said|says|stated|states|added|noted|wrote|writes|reported|reports|told|confirmed|"
    r"announced)"
)
_NP_WORD = (
    r"(?:[A-Z][\w’'.-]*|of|for|and|the|media|outlet|officials?|ministry|minister|government|"
    r"foreign|defen[cs]e|spokes(?:man|woman|person)|agency|military|army|officers?|analysts?|"
    r"intelligence|sources?|diplomats?|statement)"
)
_ATTR_AFTER = re.compile(rf"\b{_SAY}\s*,?\s+((?:the\s+)?[A-Z][\w’'.-]*(?:\s+{_NP_WORD}){{0,7}})")
_ATTR_BEFORE = re.compile(rf"((?:[A-Z][\w’'.-]*)(?:\s+{_NP_WORD}){{0,7}})\s+{_SAY}\b")
_ACCORDING = re.compile(rf"\baccording\s+to\s+((?:the\s+)?{_NP_WORD}(?:\s+{_NP_WORD}){{0,7}})")


def _attribution(sentence: str) -> str | None:
    """Who says so: "Canadian Foreign Minister Marc Garneau", "CBC", "Turkey’s Ministry..."."""
    for rx in (_ACCORDING, _ATTR_BEFORE, _ATTR_AFTER):
        for m in rx.finditer(sentence):
            who = re.sub(r"(?:\s+(?:and|of|for|the))+$", "", m.group(1).strip(" ,.\u00a0"))
            who = re.sub(r"^(?:The|the|and|of|for)\s+", "", who)
            if who and who.split()[0].lower() not in ("it", "they", "he", "she", "we", "this"):
                return who
    return None


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes.
_PROSPECTIVE = Prefiltered(_PROSPECTIVE)  # type: ignore[assignment]
_MODAL_BEFORE = Prefiltered(_MODAL_BEFORE)  # type: ignore[assignment]
_VALUE = Prefiltered(_VALUE)  # type: ignore[assignment]
_QUANTITY = Prefiltered(_QUANTITY)  # type: ignore[assignment]
_HEDGE = Prefiltered(_HEDGE)  # type: ignore[assignment]
_ITEM_PHRASE = Prefiltered(_ITEM_PHRASE)  # type: ignore[assignment]
_CIVIL_GOODS = Prefiltered(_CIVIL_GOODS)  # type: ignore[assignment]
_REACTION_BEFORE = Prefiltered(_REACTION_BEFORE)  # type: ignore[assignment]
_BANNED = Prefiltered(_BANNED)  # type: ignore[assignment]
_MADE_IN_BEFORE = Prefiltered(_MADE_IN_BEFORE)  # type: ignore[assignment]
_VEHICLE_ACTS = Prefiltered(_VEHICLE_ACTS)  # type: ignore[assignment]
_ADVOCACY = Prefiltered(_ADVOCACY)  # type: ignore[assignment]
