"""One sentence's triggers → claims: the checks that drop a trigger, then parties and details."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from dashboard.ingest.dates import DateMention
from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules.context import _Ctx, _State
from dashboard.ingest.rules.customers import (
    CUSTOMER_LIST,
    SUPPLIER_LIST,
    customer_roles,
    maker_just_named,
    supplier_roles,
)
from dashboard.ingest.rules.facts import _date_for, _Facts, _items, _Lazy, _nearest
from dashboard.ingest.rules.filling import _fill_missing
from dashboard.ingest.rules.parties import (
    _SANCTION_LIST_END,
    _conjuncts,
    _gapped_recipients,
    _item_conjuncts,
    _list_preps,
    _listed_parties,
    _Party,
    _sanctioned_list,
    _synthetic,
)
from dashboard.ingest.rules.refine import _refine
from dashboard.ingest.rules.roles import (
    _assign,
    _for_supplying,
    _use_holder,
    goods_maker,
    refused_by,
)
from dashboard.ingest.rules.triggers import _TRIGGERS, _windows
from dashboard.ingest.rules.vocabulary import (
    _ANNOUNCED_HALT,
    _GOODS_SUBJECT_VERB,
    _ORDER_NOUNS,
    _PREP_WORDS,
    _STANDING_HALT,
    _TRADE_OBJECT,
    LICENCE_KINDS,
    MEASURE_KINDS,
    _goods_subject,
    _later_clause_start,
)
from dashboard.model import Claim, DateRange, Excerpt, Place, Source

_IT_OBJECT = re.compile(r"\s+(?:them|it)\b(?!\s+(?:to|from|had|has|was|is)\b)", re.IGNORECASE)
_HYPOTHETICAL_CLAUSE = {"unless", "if", "whether"}

_OPENING_IF = re.compile(r"\W*(?:If|Unless|Had|Were|Should)\s")
_QUESTION = re.compile(r"\?[\s\"”’']*$")
_RECOMMENDATION = re.compile(r"^\W*(?:[\w’'-]+\s+){1,6}(?:should|must|ought\s+to)\s", re.IGNORECASE)
_NEGATED_SUBJECT = re.compile(  # "no F-16 aircraft of the air force will be transferred"
    # ("the US had confirmed none of those shells had been passed on")
    r"\b(?:[Nn]o|[Nn]one\s+of)\s+[^.;,]{0,60}\b(?:will|would|can|could|is|are|was|were|has|"
    r"have|had)\s+"
    r"(?:be\s+|been\s+)?(?:[\w-]+ly\s+)?"
    # "no EU member state has imposed a formal arms embargo"
    r"(?:(?:imposed|introduced|adopted|announced|approved|signed|ordered)\s+(?:[\w-]+\s+){0,3})?$"
)
_NEGATION = re.compile(
    # "what is not in dispute is that ...", "there is no doubt that": affirmations; "its
    # neutrality rules out sending weapons"
    # "n(?:o|')t" is "n[o']t", spelt so that the prefilter (see the end) has words to look for
    r"\b(?:not|no|never|neither|nor|n(?:o|')t|cannot|without|yet\s+to|"
    r"refrain(?:s|ed|ing)?\s+from|"
    r"rul(?:e|es|ed|ing)\s+out)\b"
    r"(?!\s+(?:in\s+)?(?:dispute|disputed|doubt|doubted|question)\b)"
    # "has not, however, suspended", 'said Seoul "does not rule out" supplying'
    r"(?:,?[\"”]?\s+[\"“]?[\w-]+){0,5},?[\"”]?\s*$"
    # "does not permit its territory to be used to supply": a refusal's object, however long
    r"|\b(?:not|never|n[’']t)\s+(?:allow|permit|let)\b(?:\s+[\w’'-]+){1,8}?\s+to\s+$",
    re.IGNORECASE,
)
_CLAUSE_END = re.compile(r"[,;:]|\s(?:but|while|whereas)\s")
# a measure named by its noun ("its Russia sanctions", "the embargo")
_MEASURE_NOUNS = re.compile(r"(?:arms\s+)?(?:sanctions?|embargo(?:es)?|ban|bans|restrictions)")
# People moved, not arms: "the crew members were transferred to", "detainees were handed over"
_PEOPLE_MOVED = re.compile(
    r"\b(?:crews?|(?:crew\s+)?members|prisoners|detainees|suspects|migrants|refugees|"
    r"passengers|hostages|bodies|nationals|citizens|people|personnel|staff)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
    r"(?:[\w-]+ly\s+)?(?:transferred|handed\s+over|sent|flown|moved|returned|deported|"
    r"repatriated|delivered)$",
    re.IGNORECASE,
)
# Sanctions someone escapes or might incur, not ones the subject imposes
_SANCTIONS_ENDURED = re.compile(
    r"\b(?:avoid(?:s|ed|ing)?|evad(?:e|es|ed|ing)|escap(?:e|es|ed|ing)|circumvent(?:s|ed|ing)?|"
    r"dodg(?:e|es|ed|ing)|bypass(?:es|ed|ing)?|skirt(?:s|ed|ing)?|"
    r"(?:could|may|might|would|will)\s+(?:itself\s+|also\s+|now\s+)?face|"
    r"risks?\s+(?:facing\s+)?|"
    # "warnings that the purchase could trigger sanctions"
    r"(?:could|may|might|would|will)\s+(?:trigger|invite|bring|draw|attract|provoke)|"
    # "Serbia, which has refused to join Western sanctions on Russia"
    r"(?:refus(?:e|es|ed|ing)|declin(?:e|es|ed|ing)|reluctan(?:t|ce))\s+to\s+(?:join|adopt|"
    r"apply|follow|impose|back|align\s+with)\s+(?:the\s+)?)\s*(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE,
)
# A clause the sentence says is unproven or untrue: "was not aware of any evidence that the
# jets had been used", "denied that it had sold", "found no sign that"
_REFUTED_CLAUSE = re.compile(
    r"\b(?:(?:no\s+|not\s+(?:aware\s+of|seen|found)\s+(?:any\s+)?)(?:evidence|proof|sign|"
    r"indication)s?|den(?:ied|ies|y|ying)|"
    # "rejected reports in Israeli and Russian media that", "rejected a media report that"
    # ("denied local reports that Indonesia had signed", "denied reports in regional media")
    r"(?:rejected|dismissed|denounced|denied|denies)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
    r"(?:claims?|reports?|"
    r"allegations?|accounts?)(?:\s+(?:in|by|from)\s+[^.;:]{1,60}?)?)\s+that\b"
    # "Kazakhstan denies report of new Su-30SM order"
    r"[^;:]*$|\b(?:den(?:ied|ies|y|ying)|rejected|rejects|dismissed|dismisses)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w-]+\s+)?(?:claims?|reports?|allegations?)\s+(?:of|about|on)\b"
    r"[^;:]*$",
    re.IGNORECASE,
)
# "wants to buy", "is considering buying", "plans to send", "expected to discuss sanctions":
# a deal or measure not yet made.
_PROSPECTIVE = re.compile(
    r"\b(?:wants?|wanted|plans?|planning|hopes?|hoped|hoping|seeks?|seeking|sought|intends?|"
    r"intended|aims?|aiming|considers?|considered|considering|mulls?|mulling|weighs?|weighing|"
    r"explores?|exploring|interested\s+in|keen|eager|looking|expected|would\s+like|"
    r"talk(?:s|ed|ing)?\s+(?:about|of)|sp(?:oke|oken|eaking|eaks?)\s+of|"
    r"willing|ready|prepared|offer(?:s|ed|ing)|promis(?:es|ed|ing)|"
    r"struggl(?:e|es|ed|ing)|unable|fail(?:s|ed|ing)?)\s+"
    r"(?:to\s+)?(?:(?:the|a|an|further|new|more)\s+)?(?:[\w-]+ly\s+)?$"
    # "has been negotiating for a year to buy", "in talks to acquire"
    r"|\b(?:negotiat(?:e|es|ed|ing)|talks|discuss(?:es|ed|ing)?)\b[^.;]{0,40}\bto\s+$"
    r"|\b(?:talks|negotiations|discussions)\b[^.;]{0,60}\b(?:on|about|over)\s+"
    r"(?:(?:the|a|an|its|their)\s+)?(?:[\w-]+\s+)?$"
    # "is negotiating the purchase of Strykers", "have discussed the sale of two frigates"
    r"|\b(?:negotiat(?:e|es|ed|ing)|discuss(?:es|ed|ing)?)\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:(?:similar|possible|further|new|second)\s+)?$"
    # "a decision on supplying Gripens remains on hold", "is close to a deal for", "is
    # reviewing licences for exports to Israel": not yet decided
    r"|\bdecisions?\s+(?:on|about|over|whether)\s+(?:to\s+)?$"
    r"|\bclose\s+to\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$"
    r"|\b(?:is|are|was|were)\s+(?:still\s+)?reviewing\b[^.;]{0,60}$"
    # "a proposal to donate", "an offer to sell", "a possible transfer"
    # ("the two contenders to build submarines for Canada")
    r"|\b(?:proposals?|offers?|plans?|bids?|requests?|applications?|talks|option|contenders?|"
    r"finalists?|bidders?|candidates?)\s+to\s+$"
    # "an application by a small optics maker to sell", "a request from Kyiv to send"
    r"|\b(?:proposals?|offers?|bids?|requests?|applications?)\s+(?:by|from)\s+"
    r"(?:[\w’'-]+\s+){1,5}?to\s+$"
    # "is still weighing a multirole fighter purchase"
    r"|\b(?:weigh(?:s|ed|ing)?|consider(?:s|ed|ing)?|mull(?:s|ed|ing)?|eye(?:s|d|ing)?|"
    r"explor(?:e|es|ed|ing))\s+(?:an?|the|its|their)\s+(?:[\w-]+\s+){0,3}$"
    # "a possible transfer", but not the approval of one: "approved the possible sale"
    r"|(?<!approved\sthe\s)(?<!approves\sthe\s)(?<!cleared\sthe\s)(?<!clears\sthe\s)"
    r"(?<!approved\sa\s)(?<!approves\sa\s)(?<!notified\sthe\s)"
    # ("its next sanctions package")
    r"\b(?:possible|potential|proposed|planned|prospective|future|hoped-for|upcoming|"
    r"forthcoming|next)\s+"
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
# "we call on all countries to stop the flow of arms", "has asked Belgium to go further and
# impose an embargo": asked for, not done
_ADVOCACY = re.compile(
    r"\b(?:press(?:ed|es|ing)?|push(?:ed|es|ing)?|lobb(?:ied|ies|ying)|campaign(?:ed|s|ing)?|"
    r"call(?:ed|s|ing)?)\s+for\s+(?:[\w’'-]+\s+){0,4}$"
    # "lawmakers have demanded sanctions on Azerbaijan", "the case for suspending sales"
    r"|\b(?:demand(?:ed|s|ing)?|the\s+case\s+for)\s+(?:that\s+[^.;]*|(?:[\w’'-]+\s+){0,2})$"
    r"|\b(?:call(?:ed|s|ing)?\s+on|urg(?:e|es|ed|ing)|ask(?:ed|s|ing)?|"
    r"(?:press(?:ed|es|ing)?|encourag(?:e|es|ed|ing))(?!\s+for\b))\s+"
    r"(?:[\w’'-]+\s+){0,5}?to\s+"
    # "asked Belgium and other partners to go further and impose a full embargo", "urge
    # exporting countries to carry out post-shipment checks and to refuse new licences"
    r"(?:[\w’'-]+\s+){0,4}(?:(?:and|or)\s+(?:[\w’'-]+\s+){0,3})?$",
    re.IGNORECASE,
)
_MODAL_USE = re.compile(
    r"\b(?:risk|could|might|may|would|will|shall|fear|fears|concern|concerns|danger|"
    r"possibility)\b"
    r"|\bto\s+be\s+(?:\w+ly\s+)?$",  # "munitions to be used in the war": a purpose
    re.IGNORECASE,
)


_BACK_REFERENCE = re.compile(r"\b(?:those|these|such|the\s+same)\s+$", re.IGNORECASE)
# Between "suspended"/"refused" and the sale it governs: "a shipment of", "to", "the".
_OBJECT_GAP = re.compile(
    r"(?:\s+(?!(?:for|over|because|after|following|since|as|with|from|that|which|who)\b)"
    # "unfroze $300 million in military aid": an amount is part of the object
    r"(?:[$€£]?\d[\d,.]*|[\w’'-]+))*\s+",
    re.IGNORECASE,
)
_LICENCE_FOR_GAP = re.compile(  # "refused licences for shipments bound for Syria"
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:licen[cs]es?|permits?|authori[sz]ations?|approvals?|"
    # "refused a licence in 2019 for the export of ammunition to a Libyan buyer"
    r"applications?|requests?)(?:\s+(?:in|since|last|this)\s+[\w-]+)?\s+for"
    r"(?:\s+[\w’'-]+){0,2}?\s+",
    re.IGNORECASE,
)
# a measure decided: "announced that they would cancel … and impose sanctions" (not "would
# not", nor "would impose sanctions if …", which ``_HYPOTHETICAL_CLAUSE`` leaves out)
_ANNOUNCED_WOULD = re.compile(
    r"\b(?:announced|decided|confirmed|agreed|declared|said|says)\s+(?:on\s+\w+\s+)?"
    r"(?:that\s+)?"
    # who would act: a pronoun, a name, a government (not "said the jets would restore")
    r"(?:it|they|he|she|(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,2}|"
    r"the\s+(?:government|ministry|bloc|union|administration|cabinet))\s+"
    r"(?:(?:also|immediately|now|soon)\s+)?would\s+(?!not\b|never\b)[^.;:]{0,100}$"
    # the passive: "announced that 30 of the 350 British licences for Israel would be suspended"
    r"|\b(?:announced|decided|confirmed)\s+(?:that\s+)?[^.;:]{1,100}?\s+would\s+be\s+$",
    re.IGNORECASE,
)
_CONDITION_AFTER = re.compile(r"\b(?:if|unless)\b", re.IGNORECASE)
_MODAL_BEFORE = re.compile(
    r"\b(could|might|may|would|can|cannot|should|must|ought\s+to)\s+"
    r"(?:not\s+|also\s+|still\s+|soon\s+)?"
    r"(?:be\s+|have\s+(?:been\s+)?)?(?:[\w-]+ly\s+)?"
    # "The EU could impose an arms embargo on Israel": the measure's noun after its verb
    r"(?:(?:impose|introduce|adopt|slap|place|declare|announce|lift|ease|extend|tighten|"
    r"widen|expand)\s+(?:(?:an?|the|its|their|new|further|fresh|more|tough|full|formal|"
    r"partial)\s+)*(?:[\w-]+\s+)?)?$",
    re.IGNORECASE,
)
# The object is limited to what arms are not: "sent only humanitarian and non-lethal aid to
# Ukraine", "has supplied nothing but medical equipment", "delivered humanitarian aid"
_LIMITED_OBJECT = re.compile(
    r"\s+(?:(?:so\s+far|to\s+date|until\s+now)\s+)?(?:(?:only|solely|exclusively|purely|just|"
    r"nothing\s+but|nothing\s+more\s+than)\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:humanitarian|non-?lethal|medical|food|financial|economic|civilian|protective)\b"
    # "sent Ukraine non-lethal equipment", not "non-lethal aid and artillery shells"
    r"|(?:[A-Z][\w-]*\s+){0,2}(?:(?:the|its|their|some|more|further)\s+)?"
    r"(?:humanitarian|non-?lethal)\s+(?:aid|assistance|supplies|relief|goods|equipment|gear)\b"
    r"(?!,?\s+(?:and|as\s+well\s+as|along\s+with|plus)\s+(?!(?:other\s+)?(?:humanitarian|"
    r"non-?lethal|medical|food|civilian|protective)\b)))",
    re.IGNORECASE,
)
# Information, instruction or money a participle says was given, not arms: "examine the
# information provided by Washington"
_NON_ARMS_GIVEN = re.compile(
    r"\b(?:information|intelligence|evidence|data|details|documents?|documentation|assurances?|"
    r"guarantees?|training|funding|financing|advice)\s+(?:(?:it|they|that|which)\s+)?"
    r"(?:(?:was|were|had|has|have)\s+(?:been\s+)?)?$",
    re.IGNORECASE,
)
# Instruction or money as the object given: "provided training to Tajik officers"
_TRAINING_OBJECT = re.compile(
    r"\s+(?:(?:the|its|their|some|more|further)\s+)?(?:military\s+|pilot\s+|crew\s+|"
    r"combat\s+)?(?:training|instruction|funding|financing)\s+(?:to|for)\b",
    re.IGNORECASE,
)
# A deal the clause says never came about: "a purchase of light attack aircraft from Brazil has
# not gone beyond talks", "the sale never materialised", "the deal did not go ahead"
_DEAL_NOT_MADE = re.compile(
    r"[^.;:]{0,100}?\b(?:(?:has|have|had|did|does|do)\s*(?:not|n[’']t|never)|never)\s+"
    r"(?:yet\s+)?(?:go(?:ne)?\s+(?:beyond|past|further\s+than)|progress(?:ed)?\s+"
    r"(?:beyond|past)|materiali[sz](?:ed|e)|come\s+to\s+fruition|go(?:ne)?\s+ahead|"
    r"come\s+about|tak(?:en|e)\s+place|happened|happen)\b"
    # "the purchase of Su-30 fighters remains stalled over payment"
    r"|[^.;:]{0,100}?\b(?:remains?|remained|is|are|was|were|has\s+been|have\s+been)\s+"
    r"(?:still\s+)?(?:stalled|in\s+limbo|unsigned|under\s+(?:negotiation|discussion))\b"
    r"|[^.;:]{0,100}?\b(?:is|are|was|were)\s+(?:still\s+)?(?:yet\s+to|never)\s+"
    r"(?:be\s+)?(?:materiali[sz]e|signed|finali[sz]ed|concluded|agreed)\b",
    re.IGNORECASE,
)
_HALT_WORD = re.compile(r"suspended|halted|frozen|blocked|stopped|banned|on\s+hold|paused")
_DEAL_HALTED = re.compile(
    r"[^.;,]{0,60}?\b(?:will\s+|would\s+)?(?:remain(?:s|ed)?|were|was|are|is|have\s+been|"
    r"has\s+been|had\s+been)\s+(?:still\s+)?(?:suspended|halted|frozen|blocked|stopped|banned|"
    r"on\s+hold|paused)\b"
    # "Deliveries to Niger, halted in August 2023 after the coup, remained suspended"
    r"|[^.;,]{0,60}?,\s+(?:suspended|halted|frozen|blocked|stopped|banned|paused)\b"
)
_DEAL_REFUSED = re.compile(
    r"[^.;,]{0,100}?\b(?:that|which)\s+(?:[\w’'-]+\s+){1,3}?(?:refused|blocked|denied|"
    r"rejected|vetoed|stopped|halted|turned\s+down)\b"
)
_NOUN_DEAL = re.compile(
    r"(?:purchases?|sales?|deals?|acquisitions?|contracts?|orders?|transfers?|"
    r"deliver(?:y|ies)|exports?|imports?|procurement|shipments?|consignments?)$"
)
# "that it had not supplied arms to Sudan": a negated verb between a trigger and the recipient
# takes the recipient ("controls its military exports and that it had not supplied arms to X")
_NEGATION_WORD = re.compile(r"\b(?:not|never|n[’']t|no\s+longer)\b", re.IGNORECASE)
# The user's own weapons are no flow: "have used their own T129s", "fired locally made
# rockets", "its home-grown drones were used"
_OWN_MAKE = (
    r"(?:(?:their|its|his|her|our)\s+own|(?:domestically|locally|nationally)[\s-]"
    r"(?:built|made|produced|developed|manufactured|assembled|designed)|home-?grown|"
    r"home-?made|indigenous(?:ly[\s-](?:built|made|produced|developed))?)\b"
)
_OWN_AFTER = re.compile(r"\s+(?:[\w’'-]+\s+){0,2}?" + _OWN_MAKE, re.IGNORECASE)
_OWN_BEFORE = re.compile(r"\b" + _OWN_MAKE + r"(?:\s+[\w’'-]+){1,4}\s+$", re.IGNORECASE)
# What a supplier sent the user was parts of the weapon, not the weapon: "supplying Russia with
# engines and navigation modules ... the drones had been used": the user built what it used
_PARTS = re.compile(
    r"\b(?:components?|parts|engines|microchips|chips|microelectronics|electronics|modules|"
    r"semiconductors|dual-use)\b",
    re.IGNORECASE,
)
_LISTED_RELATIVE = re.compile(
    r"\b(?:that|which|who)\s+(?:(?:it|they|officials|the\s+[\w-]+)\s+(?:said|says|say)\s+)?"
    r"(?:had|have|has)\s+(?:been\s+)?(?:helped\s+(?:to\s+)?)?$",
    re.IGNORECASE,
)
# the bodies no one takes measures against
_NOT_MEASURE_TARGETS = frozenset({"un"})
# "refused a request from X to sell", "refused requests from Germany, Denmark and Spain to"
_TO_GAP = re.compile(r"(?:,?\s+[\w’'-]+){0,8}\s+to\s+")
_FROM_GAP = re.compile(r"(?:\s+[\w’'-]+){0,4}\s+from\s+")  # "blocked Denmark from sending"


def _sentence_claims(
    text: str,
    span: tuple[int, int],
    triggers: list[re.Match[str]],
    mentions: Sequence[Mention],
    classified: Sequence[_Party],
    dates: Sequence[DateMention],
    source: Source,
    gazetteer: Gazetteer,
    state: _State,
    sent_no: int,
) -> list[Claim]:
    s_start, s_end = span
    sentence = text[s_start:s_end]
    # the sentence lower-cased, for substring tests that rule a pattern out; only for ASCII,
    # where lower-casing keeps every character's offset (and no letter case-folds otherwise)
    lower = sentence.lower() if sentence.isascii() else None
    if _RECOMMENDATION.match(sentence) or _QUESTION.search(sentence):
        # "Exporting states should verify end use, refuse licences...": advice; "Why can't
        # Germany simply give Ukraine the ammunition?": a question states nothing
        return []
    excerpt = Excerpt(source.id, s_start, s_end, sentence)
    # clause windows and parties: worked out at the first trigger ``_refine`` keeps (it
    # drops every trigger of many sentences: "a trade deal", "arms control")
    windows: list[tuple[int, int, str]] = []
    parties_all: list[_Party] = []
    out: list[Claim] = []
    facts: _Facts | None = None
    seen: set[tuple[str, str, str]] = set()
    licence_ends: list[int] = []  # where licence triggers end: their objects are not sales
    resume_ends: list[int] = []  # "lifted the freeze": the freeze is the object
    prev_direction = ""
    adopted: dict[Place, Place] = {}  # "Switzerland adopted the EU's sanctions": CHE -> eu
    limited_until = -1  # the end of an object limited to aid: "only humanitarian supplies"
    negated_kinds: dict[str, int] = {}  # kind -> end of the clause whose verb of it is negated
    limited: re.Match[str] | None = None
    items_by_window: dict[tuple[int, int], tuple[str, ...]] = {}
    for t in triggers:
        idx = int(str(t.lastgroup)[1:])
        _, kind, direction = _TRIGGERS[idx]
        word = t.group(0).lower()
        t_abs = s_start + t.start()
        if kind in MEASURE_KINDS:
            if t.start() < negated_kinds.get(kind, -1) and _MEASURE_NOUNS.fullmatch(word):
                continue  # "has not listed any Tajik entity in its Russia sanctions"
            if _NEGATION.search(sentence, 0, t.start()):
                # the measure's noun in the negated verb's object is negated too
                brk = _CLAUSE_END.search(sentence, t.end())
                negated_kinds[kind] = brk.start() if brk else len(sentence)
        refined, direction = _refine(kind, direction, word, sentence, t)
        if refined is None:
            continue
        kind = refined
        if not windows:
            windows = _windows(sentence, _Lazy(lambda: [d.start - s_start for d in dates]))
            # ``classified``: ``_classify`` of each of ``mentions`` within the sentence (the
            # caller needs them for the sentence's topic too)
            parties_all = _list_preps(classified, text)
        w_start, w_end, opener = next((w for w in windows if w[0] <= t.start() < w[1]), windows[-1])
        w_abs = (s_start + w_start, s_start + w_end)
        window_text = sentence[w_start:w_end]
        if (
            kind == "transfer"
            and _GOODS_SUBJECT_VERB.match(sentence, t.start())
            and not _goods_subject(
                sentence,
                t.start(),
                any(
                    p.role == "item" and w_start <= p.mention.start - s_start < t.start()
                    for p in parties_all
                ),
            )
        ):
            continue  # "the delegation arrived in Kyiv", "the president was flown to Berlin"
        if kind == "transfer" and _PEOPLE_MOVED.search(
            sentence, max(w_start, t.start() - 80), t.end()
        ):
            continue  # "The dhow's 14 crew members were transferred to the Yemeni coast guard"
        # a measure's object is no sale, even when the measure itself is denied or
        # hypothetical: "has not, however, suspended any of its arms sales"
        if kind in MEASURE_KINDS:
            licence_ends.append(t.end())
        if kind == "resumption":
            resume_ends.append(t.end())
        if (
            opener in _HYPOTHETICAL_CLAUSE
            or _BACK_REFERENCE.search(sentence[: t.start()])
            # "If Buenos Aires had bought the JF-17, ...": the opening condition's clause
            or (_OPENING_IF.match(sentence) and "," not in sentence[: t.start()])
        ):
            continue
        if opener in ("which", "whether", "what", "how", "if") and _UNSAID.search(
            sentence, 0, w_start
        ):
            continue  # "has not said which aircraft fired": a question, not a statement
        if _REFUTED_CLAUSE.search(sentence, max(0, t.start() - 120), t.start()):
            continue  # "not aware of any evidence that the jets had been used against India"
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
            if kind == "resumption" and (it := _IT_OBJECT.match(sentence[t.end() :]))
            else []
        )
        if lifted and it is not None and it.group(0).strip().lower() == "it":
            # "Mali was under a UN embargo, and the EU, which had imposed its own embargo,
            # lifted it": one measure, the latest imposer's
            lifted = [c for c in lifted if c.origin == lifted[-1].origin]
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
        if kind in ("suspension", "embargo") and any(0 <= t.start() - e <= 25 for e in resume_ends):
            # "lifted the freeze", "lifted its decades-old ban on arms sales": the lifting's
            # object (see ``imposed`` below)
            continue
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
        if kind == "sanction" and _SANCTIONS_ENDURED.search(sentence, w_start, t.start()):
            continue  # "sought to avoid Western secondary sanctions", "could face sanctions"
        if _PROSPECTIVE.search(sentence[w_start : t.start()]):
            # "plans to buy", and as much "are expected to discuss sanctions", "is weighing a
            # suspension of permits": a measure not yet taken
            continue
        if kind in ("transfer", "diversion") and (
            t.start() < limited_until or (limited := _LIMITED_OBJECT.match(sentence, t.end()))
        ):
            # "sent only humanitarian aid to Ukraine": no arms went; nor do the "medical
            # supplies" of "delivered only humanitarian and medical supplies"
            if limited is not None:
                limited_until = limited.end() + 25
            continue
        if kind == "transfer" and (
            _TRAINING_OBJECT.match(sentence, t.end())
            or _NON_ARMS_GIVEN.search(sentence, max(0, t.start() - 40), t.start())
        ):
            continue  # "provided training to Tajik officers", "the information provided by"
        deal_noun = kind == "transfer" and _NOUN_DEAL.match(word) is not None
        if deal_noun and _DEAL_NOT_MADE.match(sentence, t.end(), w_end):
            continue  # "a purchase ... from Brazil has not gone beyond talks"
        if (
            deal_noun
            and _HALT_WORD.search(sentence, t.end(), t.end() + 100)
            and _DEAL_HALTED.match(sentence, t.end(), len(sentence))
        ):
            continue  # "shipments to Israel will remain suspended": the halt's subject
        if deal_noun and _DEAL_REFUSED.match(sentence, t.end(), w_end):
            # "a sale of ammunition to a customer in Azerbaijan that Itamaraty refused": a sale
            # refused, not made
            kind = "denial"
        if (
            word in ("imports", "exports")
            and not (word == "exports" and state.home_exporter is not None)
            and (trend := _TRADE_TREND.match(sentence, t.end(), w_end))
            and not _ARMS_WORD.search(sentence, max(w_start, t.start() - 20), trend.end())
        ):
            # "Kyrgyz imports of electronics from the EU tripled": a trade statistic of
            # goods, not a shipment (arms figures, "arms exports to Israel rose", stay)
            continue
        if kind in ("transfer", "diversion", "use") and (
            (
                # every denial has "den" ("denies", "denied"): a find in C rules most out
                (lower is None or lower.find("den", w_start, t.start()) != -1)
                and _DENIED_ACT.search(sentence, w_start, t.start())
            )
            or (_DISPUTED_TAIL.search(sentence) and not _DISPUTED_TAIL_EXEMPT.search(sentence))
            or (
                (unverified := _UNVERIFIED_CLAIM.search(sentence, w_start)) is not None
                and unverified.start() < t.start()
            )
        ):
            continue  # "Tehran denies arming the group", "..., an allegation Abu Dhabi denies"
        if not standing_halt and _NEGATED_OBJECT.match(sentence, t.end()):
            # "exports weapons to neither Ukraine nor Russia", "received no request" ("has
            # granted no new licences ... since" is the halt itself)
            continue
        advocated = _ADVOCACY.search(sentence[w_start : t.start()])
        if advocated and (kind != "transfer" or not advocated.group(0).lower().startswith("call")):
            continue  # "Vienna pressed for an EU-wide arms embargo": asked for, not imposed
        if kind == "use" and _MODAL_USE.search(
            sentence[_later_clause_start(sentence, w_start, t.start()) : t.start()]
        ):
            continue
        if kind == "use" and (
            _OWN_AFTER.match(sentence, t.end(), w_end)
            or _OWN_BEFORE.search(sentence, w_start, t.start())
        ):
            continue  # "used their own T129s against PKK militants": no supplier
        modal = _MODAL_BEFORE.search(sentence[w_start : t.start()])
        if (
            modal
            and not (kind == "denial" and word.startswith("not"))
            # "said it would grant no new permits for Turkey": the halt announced
            and not (standing_halt and _ANNOUNCED_HALT.match(word))
            # "announced that they would impose sanctions on Iran Air": a decision made
            and not (
                kind in MEASURE_KINDS
                and modal.group(1).lower() == "would"
                and _ANNOUNCED_WOULD.search(sentence, max(0, t.start() - 160), t.start())
                and not _CONDITION_AFTER.search(sentence, t.end())
            )
            and (
                kind != "transfer"
                or modal.group(1).lower() != "would"
                or re.search(r"\bhave\b", modal.group(0), re.I)  # "would have handed over"
            )
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
            main_buyer=_main_buyer(state),
            measure_targets=frozenset(
                e.destination
                for e, n in state.last_claims[-8:]
                if n == sent_no - 1 and e.kind in ("sanction", "embargo")
            )
            if kind in ("sanction", "embargo")
            else frozenset(),
        )
        customers: list[_Party] = []
        suppliers: list[_Party] = []
        origin: _Party | None
        dest: _Party | None
        if lifted:
            origin, dest = _synthetic(lifted[0].origin), _synthetic(lifted[0].destination)
        elif kind == "transfer" and CUSTOMER_LIST.match(word):
            origin, customers = customer_roles(ctx, state, sent_no)
            dest = customers[0] if customers else None
        elif kind == "transfer" and SUPPLIER_LIST.match(word):
            dest, suppliers = supplier_roles(ctx, state, sent_no)
            origin = suppliers[0] if suppliers else None
        else:
            origin, dest = _assign(ctx)
            if kind == "denial" and origin is not None:
                origin = refused_by(ctx, origin)
            if kind == "transfer" and origin is not None:
                origin = goods_maker(ctx, origin)
            origin, dest = _fill_missing(ctx, origin, dest, state, sent_no)
            if origin is None and dest is not None:
                origin = maker_just_named(ctx, state, dest)
        if deal_before and origin is not None and dest is None:
            recipient = deal_before[-1].destination
            if recipient != origin.mention.place:
                dest = _synthetic(recipient)
        if origin is None or dest is None:
            continue
        if (
            kind in ("transfer", "diversion")
            and dest.mention.start > t_abs
            and _negated_verb_between(sentence, t, triggers, dest.mention.start - s_start)
        ):
            continue  # "controls its exports and that it had not supplied arms to Sudan"
        if (
            kind == "use"
            and origin.mention.start < 0
            and _parts_supplier(state, out, origin.mention.place, dest.mention.place)
        ):
            continue  # "shipped engines to a Russian drone maker ... the drones were used"
        if kind != "use" and "region" in (origin.mention.place.kind, dest.mention.place.kind):
            continue
        if kind in MEASURE_KINDS and dest.mention.place.key in _NOT_MEASURE_TARGETS:
            continue  # "UN sanctions restored under a procedure triggered by France": not on the UN
        if _NOT_MEASURE_TARGETS & {origin.mention.place.key, dest.mention.place.key} and not (
            kind in MEASURE_KINDS and origin.mention.place.key in _NOT_MEASURE_TARGETS
        ):
            continue  # the UN imposes measures; it neither sells, receives nor uses arms
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
        rng, date_warn = _date_for(own_dates, t_abs, w_abs, opener, text)
        if facts is None:  # computed once, and only for sentences that make a claim
            facts = _Facts.of(sentence)
        quantity = _nearest(facts.quantities, t.start(), w_start, w_end)
        value = _nearest(facts.values, t.start(), w_start, w_end)
        items = items_by_window.get(w_abs)
        if items is None:  # the same for every trigger of the clause
            items = items_by_window[w_abs] = _items(sentence, mentions, w_abs, s_start)
        stated = [(kind, rng, [date_warn] if date_warn else [])]
        if imposed is not None:
            stated.append(("suspension", imposed, []))
        if kind == "transfer" and dest.mention.place == _use_holder(ctx):
            # "it used TB2 drones supplied by Turkey and Harop munitions bought from Israel":
            # each supplier's goods were used
            stated.append(("use", rng, []))
        if (
            kind == "transfer"
            and _BREACH_WORD.search(sentence)
            and _IN_BREACH.match(sentence, t.end())
        ):
            # "sending drone components to Russia in breach of EU sanctions": an illicit
            # transfer outside the licensed channel, as smuggling is
            stated = [("diversion", rng, stated[0][2])]
        elif (
            kind == "transfer"
            and direction == "fwd"
            and ("-" in sentence or " from " in sentence)
            and _resold_goods(
                sentence,
                t.end(),
                w_end,
                mentions,
                s_start,
                origin.mention.place,
                any_goods=bool(_WITHOUT_CONSENT.match(sentence, t.end(), len(sentence))),
            )
        ):
            # "shipped US-made aircraft components to a Russian helicopter plant", "supplied
            # Russian customers with machine tools they had imported from Europe": another
            # country's goods passed on, a re-export; "transferred US-made weapons to Sudan
            # without Washington's approval": a re-transfer the maker did not allow
            stated = [("diversion", rng, stated[0][2])]
        if kind == "cancellation" and (
            _CANCELLED_ORDER.match(sentence, t.end()) or ctx.order_subject
        ):
            stated.append(("transfer", DateRange.unknown(), []))
        if kind == "resumption" and _APPROVED_AGAIN.match(word):
            # "issued export permits for Saudi Arabia again": the lifted hold, and the
            # licensed exports themselves (dev/062)
            stated.append(("transfer", rng, []))
        origins = _conjuncts(origin, parties_all, text)
        if (
            kind in ("transfer", "diversion")
            and out
            and out[-1].kind == "sanction"
            and (
                (
                    origin.mention.start < 0
                    and origin.mention.place == out[-1].destination
                    and _for_supplying(word, sentence[w_start : t.start()])
                )
                # "imposed sanctions on entities in North Korea and Iran that it said had
                # helped supply Russia": the relative's antecedents supplied
                or _LISTED_RELATIVE.search(sentence, max(0, t.start() - 60), t.start())
            )
        ):
            # "sanctioned firms in China and India for supplying Russia": every party the
            # measure named supplied, not only the last
            listed = [
                e.destination for e in out if e.kind == "sanction" and e.origin == out[-1].origin
            ]
            origins = [_synthetic(p) for p in dict.fromkeys(listed)]
        if suppliers:
            origins = suppliers
        if kind == "use" and origin.mention.start < 0:
            # "buys its weapons from Israel and Turkey, which supplied the drones used in its
            # offensives": each of the listed suppliers of what the user received
            gave = {
                e.origin
                for e in out
                if e.kind == "transfer" and e.destination == dest.mention.place
            }
            if origin.mention.place in gave and len(gave) > 1:
                listed = next(
                    (
                        group
                        for p in parties_all
                        if p.mention.place == origin.mention.place
                        and len(
                            group := [
                                q.mention.place
                                for q in _conjuncts(p, parties_all, text)
                                if q.mention.place in gave
                            ]
                        )
                        > 1
                    ),
                    [],
                )
                if listed:
                    origins = [_synthetic(p) for p in listed]
        if origin.role == "item" and kind in ("transfer", "use"):
            # "flies American F-16s and Swedish-built Gripens", "Turkish drones and Israeli
            # munitions were used by Azerbaijani forces": each maker in the list
            origins += _item_conjuncts(origin, parties_all, text, dest)
        if kind == "sanction":
            origins += _adopted_measures(text, origin, parties_all, w_abs[0], adopted)
        # "the EU and the UK ... for the next EU package": a co-actor is not a recipient
        acting = {o.mention.place for o in origins}
        dests = _conjuncts(dest, parties_all, text)
        if customers:
            dests = customers
        elif kind == "transfer" and direction == "fwd" and dest.prep in ("to", "for"):
            dests += _gapped_recipients(dests[-1], parties_all, text, w_abs[1], dest.prep)
        if kind == "transfer" and direction == "rev" and origin.prep == "from":
            origins += _gapped_recipients(origins[-1], parties_all, text, w_abs[1], "from")
            acting = {o.mention.place for o in origins}
        pairs = [
            (o, d)
            for o, d in itertools.product(origins, dests)
            if d.mention.place not in acting or len(acting) == 1
        ]
        if (
            kind == "use"
            and origin.mention.start < 0
            and dest.mention.start < 0
            and _BOTH_BACK_SUBJECT.match(sentence, w_start, t.start())
        ):
            # "Both types have been used in strikes": every supply to the user that the
            # sentence the goods came from reported, not only its last
            told = [
                (prev, n)
                for prev, n in state.last_claims
                if n >= sent_no - 3
                and prev.kind in ("transfer", "diversion")
                and prev.destination == dest.mention.place
            ]
            pairs += [
                (_synthetic(prev.origin), dest)
                for prev, n in told
                if n == told[-1][1] and prev.origin != origin.mention.place
            ]
        if lifted:
            pairs = [(_synthetic(c.origin), _synthetic(c.destination)) for c in lifted]
        elif (
            dest.mention.start < 0
            and kind in LICENCE_KINDS
            # "The permits were resumed in 2020 after the two Gulf states agreed"
            and (
                _BOTH_COUNTRIES.search(sentence) or _PLURAL_MEASURE_OBJECT.match(sentence, t.end())
            )
        ):
            # "Exports to both countries resumed in 2020", "revoked the licences outright":
            # every recipient of the measure the article just reported
            pairs += [
                (o, _synthetic(prev.destination))
                for prev in _last_measure(state, origin.mention.place)
                if prev.destination != dest.mention.place
                for o in origins
            ]
        if (
            word in ("supplier", "suppliers")
            and kind == "transfer"
            and (ahead := _SUPPLIER_AFTER.match(sentence, t.end()))
        ):
            # "Germany is the second-largest arms supplier to Israel after the United States":
            # the one ranked above supplies the same recipient
            at = s_start + ahead.end()
            pairs += [
                (p, d)
                for p in parties_all
                if p.mention.start == at
                and p.role == "party"
                # not "after Turkey invaded Syria": a clause, not a ranking
                and _RANK_END.match(text, p.mention.end)
                for d in dests
                if p.mention.place != d.mention.place
            ]
        if kind == "sanction" and not lifted:
            pairs += [
                (o, p)
                for p in _sanctioned_list(
                    text, t_abs + len(t.group(0)), w_abs[1], parties_all, word == "sanctions"
                )
                if p.mention.place not in acting
                for o in origins
            ]
        if kind == "sanction" and not lifted and ":" in sentence[t.end() :]:
            # "adding eleven entities to the Entity List for supplying Russia: four in
            # Armenia, three in Kyrgyzstan and two in Russia": the list after the colon
            pairs += [
                (o, p)
                for p in _colon_list(text, t_abs + len(t.group(0)), s_end, parties_all)
                if p.mention.place not in acting
                for o in origins
            ]
        if (
            word in ("sanctions", "sanction")
            # "Britain and US sanction Iranian drone makers": a verb with its object, not
            # the noun of "the US sanctions list"
            and not _SANCTION_VERB_OBJECT.match(sentence, t.end())
            and not _listed_parties(text, w_abs[0], t_abs, parties_all)
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
            if key in seen or (k in MEASURE_KINDS and key[1] in _NOT_MEASURE_TARGETS):
                continue  # (no measure targets the UN: "United Nations sanctions")
            if o.mention.place == d.mention.place and min(o.mention.start, d.mention.start) < 0:
                # a party filled in from context turned out to be the other one: the rules'
                # guess, not a flow the text states, so no "to itself" warning for the analyst
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
                    hedged=facts.hedged(t.start(), w_end, k in MEASURE_KINDS),
                    warnings=tuple(warnings),
                )
            )
            prev_direction = direction
    return out


# The act is what someone denies: "Belgrade denies knowingly supplying Ukraine", "denied
# that it had sent drones" (not "does not deny selling to them": an admission)
_DENIED_ACT = re.compile(
    r"(?<!not\s)(?<!n[’']t\s)\bden(?:y|ies|ied|ying)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$"
    # "denied reports that Soviet-era equipment ... has found its way to Ukraine"
    r"|(?<!not\s)(?<!n[’']t\s)\bden(?:y|ies|ied|ying)\s+(?:the\s+|any\s+)?(?:reports?|"
    r"allegations?|claims?|accusations?|suggestions?)\s+that\s[^.;]*$",
    re.IGNORECASE,
)
# The whole sentence is a disputed claim: "..., an allegation Abu Dhabi denies", "..., a charge
# Kigali rejects", "..., which Moscow denies."
_DISPUTED_TAIL = re.compile(
    r",\s+(?:(?:an?|the)\s+)?(?:(?:allegations?|claims?|accusations?|charges?|reports?)\s+|"
    r"which\s+)(?:[\w’'-]+\s+){1,4}?(?:den(?:y|ies|ied)|reject(?:s|ed)?|disputes?|disputed)"
    r"\b[^,;]*$",
    re.IGNORECASE,
)
# "Social-media claims that Chinese-made vehicles had reached N'Djamena could not be verified"
_UNVERIFIED_CLAIM = re.compile(
    r"\b(?:claims?|reports?|rumou?rs?)\s+that\b(?=[^;]*\b(?:could|can)(?:\s*not|n[’']t)\s+be\s+"
    r"(?:independently\s+)?(?:verified|confirmed)\b)",
    re.IGNORECASE,
)
_DISPUTED_TAIL_EXEMPT = re.compile(r"\b(?:not|never|no\s+longer)\s+den", re.IGNORECASE)

# a subject pointing back at several goods: "Both types", "They", "All of them", "The two"
_BOTH_BACK_SUBJECT = re.compile(r"\s*(?:both|all|the\s+two|the\s+three|they)\b", re.IGNORECASE)
_RANK_END = re.compile(r"\s*(?:[.,;:)]|$|and\b|in\s+\d{4}\b)")
_SUPPLIER_AFTER = re.compile(r"[^.;,]{0,40}?\s+after\s+(?:the\s+)?(?=[A-Z])")
# "revoked the licences outright", "lifted those restrictions": the measure's plural object
# with no recipient named
_PLURAL_MEASURE_OBJECT = re.compile(
    r"\s+(?:the|those|these|its|their|all)\s+(?:[\w-]+\s+){0,2}?(?:licen[cs]es|permits|"
    r"restrictions|bans|freezes|suspensions|approvals)\b(?!\s+(?:to|for|on)\b)",
    re.IGNORECASE,
)
_BOTH_COUNTRIES = re.compile(
    r"\b(?:both|the\s+two)\s+(?-i:[A-Z][\w-]*\s+)?(?:countries|governments|states|kingdoms|"
    r"buyers|customers)\b",
    re.IGNORECASE,
)


_APPROVED_AGAIN = re.compile(r"approv|issu|grant|gave|gives|giving|given")
_SANCTION_VERB_OBJECT = re.compile(
    r"\s+(?:(?-i:[A-Z])|(?:the|a|an|\d+|two|three|four|five|several|more|new)\s)", re.IGNORECASE
)
_COUNTED_LIST = re.compile(
    r":\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"some)\s+(?:[\w-]+\s+){0,2}?(?:in|from|based\s+in)\s+(?:the\s+)?[A-Z]",
    re.IGNORECASE,
)


def _colon_list(text: str, start: int, end: int, parties: list[_Party]) -> list[_Party]:
    """The parties of a counted list after a colon ("...: four in Armenia, three in
    Kyrgyzstan and two in Russia"), up to the list's end."""
    colon = text.find(":", start, end)
    if colon == -1 or not _COUNTED_LIST.match(text, colon):
        return []
    stop = _SANCTION_LIST_END.search(text, colon + 1, end)
    hi = stop.start() if stop else end
    return [p for p in parties if p.role == "party" and colon < p.mention.start < hi]


# Goods made elsewhere, in a clause about parts and dual-use goods: "US-made aircraft
# components", "Western-made microchips", "machine tools they had imported from Europe"
_FOREIGN_MADE = re.compile(
    r"\b(?P<maker>[A-Z][\w]*|Western|foreign|European|American)-(?:made|origin|built|"
    r"manufactured|sourced)\b"
    r"|\b(?:they|it|which|that)\s+had\s+(?:\w+ly\s+)?(?:imported|bought|purchased|"
    r"obtained|sourced)\s+from\b"
)
# "... without Washington's approval", "without the consent of the United States"
_WITHOUT_CONSENT = re.compile(
    r"[^.;]{0,120}?\bwithout\s+(?:the\s+)?(?:[\w’'-]+\s+){0,2}?(?:approval|consent|"
    r"permission|authori[sz]ation)\b",
    re.IGNORECASE,
)
_DUAL_USE_GOODS = re.compile(
    r"\b(?:components?|parts|microchips|chips|microelectronics|electronics|modules|"
    r"semiconductors|dual-use|machine[\s-]tools?|gyroscopes|avionics|circuits|equipment)\b",
    re.IGNORECASE,
)


def _resold_goods(
    sentence: str,
    start: int,
    end: int,
    mentions: Sequence[Mention],
    s_start: int,
    origin: Place,
    any_goods: bool = False,
) -> bool:
    """Does the object of a supply verb (sentence[start:end]) name parts or dual-use goods
    (with ``any_goods``, any goods) made in a country other than the supplier's?"""
    made = _FOREIGN_MADE.search(sentence, start, end)
    if made is None or not (any_goods or _DUAL_USE_GOODS.search(sentence, start, end)):
        return False
    if made.group("maker") and made.group("maker") not in ("Western", "European", "American"):
        # "Serbian-made shells" sold by Serbia are its own; "US-made" needs a place
        at = s_start + made.start("maker")
        owner = next((m for m in mentions if m.start == at), None)
        return owner is not None and owner.place != origin
    return True


def _main_buyer(state: _State) -> Place | None:
    """The article's main country, unless the article has it only supplying others so far
    ("Taiwan has donated helicopters to Paraguay ... the government signed a contract")."""
    if state.main_supplied and not state.main_received:
        return None
    return state.main_country


def _negated_verb_between(
    sentence: str, t: re.Match[str], triggers: list[re.Match[str]], dest_start: int
) -> bool:
    """A later transfer trigger, negated, stands between this trigger and its recipient."""
    for later in triggers:
        if not t.end() <= later.start() < dest_start:
            continue
        _, later_kind, _ = _TRIGGERS[int(str(later.lastgroup)[1:])]
        if later_kind != "transfer":
            continue
        before = sentence[t.end() : later.start()]
        # the negation governs the later verb: "had not supplied", "has never sold"
        ends = [neg.end() for neg in _NEGATION_WORD.finditer(before)]
        if ends and len(before) - ends[-1] <= 12:
            return True
    return False


def _parts_supplier(state: _State, out: list[Claim], supplier: Place, user: Place) -> bool:
    """Every transfer the article reports from supplier to user so far was of parts."""
    sent = [
        c
        for c in itertools.chain((c for c, _ in state.last_claims), out)
        if c.kind in ("transfer", "diversion") and c.origin == supplier and c.destination == user
    ]
    return bool(sent) and all(
        _PARTS.search(c.excerpt.text) and not _WHOLE_GOODS_LISTED.search(c.excerpt.text)
        for c in sent
    )


# "supplied the Houthis with ballistic and cruise missiles, drones and components": whole
# weapons listed beside the parts
_WHOLE_GOODS_LISTED = re.compile(
    r"\b(?:missiles|drones|rockets|shells|bombs|rifles|weapons|munitions),\s+(?:[\w-]+\s+){0,3}?"
    r"(?:and\s+)?(?:[\w-]+\s+)?(?:components?|parts|engines|electronics)\b",
    re.IGNORECASE,
)


# "Switzerland adopted the European Union's newest package of sanctions", "Norway aligned
# itself with the EU's sanctions": the adopter imposes the same measures
_ADOPTS_BEFORE = re.compile(
    r"\b(?:adopt(?:ed|s|ing)?|follow(?:ed|s|ing)?|appl(?:ied|ies|ying)|"
    r"align(?:ed|s|ing)?\s+(?:itself\s+|themselves\s+)?with|t(?:ook|akes|aking)\s+over|"
    r"cop(?:ied|ies|ying)|mirror(?:ed|s|ing)?|implement(?:ed|s|ing)?|transpos(?:ed|es|ing))\s+"
    r"(?:(?:the|all|almost\s+all|most|latest|newest|new)\s+)*$",
    re.IGNORECASE,
)


def _adopted_measures(
    text: str, origin: _Party, parties: list[_Party], w_start: int, adopted: dict[Place, Place]
) -> list[_Party]:
    """Co-imposers of a sanction: the adopter of the imposer's measures ("Switzerland adopted
    the EU's package"), and, for the adopter's own listings later in the sentence ("adding 69
    firms in China and India"), the body whose listings it adopted."""
    place = origin.mention.place
    if place in adopted:
        return [_synthetic(adopted[place])]
    at = origin.mention.start
    verb = _ADOPTS_BEFORE.search(text, max(0, at - 60), at) if at > 0 else None
    if verb is None:
        return []
    adopter = next(
        (
            p
            for p in reversed(parties)
            if p.role == "party"
            and w_start <= p.mention.start
            and p.mention.end <= verb.start()
            and p.prep not in _PREP_WORDS
            and p.mention.place != place
        ),
        None,
    )
    if adopter is None:
        return []
    adopted[adopter.mention.place] = place
    return [adopter]


def _last_measure(state: _State, origin: Place) -> list[Claim]:
    """The claims of the latest sentence where origin took an export-control measure."""
    measures = [
        (c, n) for c, n in state.last_claims if c.kind in LICENCE_KINDS and c.origin == origin
    ]
    if not measures:
        return []
    last = measures[-1][1]
    return [c for c, n in measures if n == last]


_UNSAID = re.compile(
    r"(?:\b(?:not|never)\s+(?:yet\s+)?(?:said|say|says|disclosed?|confirm(?:ed)?|specif(?:y|ied)|"
    r"revealed?|explained?)|\b(?:declined|refused)\s+to\s+(?:say|disclose|confirm|specify)|"
    r"\bunclear|\bunknown|\basked|\bwonder(?:ed|s)?)\s+(?:which|whether|what|how|if)?\s*$",
    re.IGNORECASE,
)
# A trade figure that changed: "imports of electronics from the EU more than tripled",
# "exports of high-priority items to Russia had fallen sharply"
_TRADE_TREND = re.compile(
    r"[^.;:]{0,80}?\s(?:(?:has|have|had)\s+)?(?:more\s+than\s+|almost\s+|nearly\s+)?"
    r"(?:rose|risen|fell|fallen|doubled|tripled|trebled|quadrupled|increased|decreased|"
    r"declined|dropped|surged|grew|grown|jumped|soared|slumped|plunged|shrank)\b",
)
_ARMS_WORD = re.compile(
    r"\b(?:arms|weapons?|military|defen[cs]e|munitions?|ammunition)\b", re.IGNORECASE
)
_BREACH_WORD = re.compile(r"breach|violat|defiance")

_IN_BREACH = re.compile(
    r"[^.;]{0,120}?\b(?:in\s+(?:breach|violation|defiance)\s+of|violating|breaching)\s+"
    r"(?:[\w’'-]+\s+){0,5}?(?:sanctions|embargo|export\s+(?:bans?|controls?|rules))\b",
    re.IGNORECASE,
)


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_PROSPECTIVE = Prefiltered(_PROSPECTIVE)  # type: ignore[assignment]
_RECOMMENDATION = Prefiltered(_RECOMMENDATION)  # type: ignore[assignment]
_MODAL_BEFORE = Prefiltered(_MODAL_BEFORE)  # type: ignore[assignment]
_ADVOCACY = Prefiltered(_ADVOCACY)  # type: ignore[assignment]
_NEGATION = Prefiltered(_NEGATION)  # type: ignore[assignment]
_BACK_REFERENCE = Prefiltered(_BACK_REFERENCE)  # type: ignore[assignment]
_REFUTED_CLAUSE = Prefiltered(_REFUTED_CLAUSE)  # type: ignore[assignment]
_SANCTIONS_ENDURED = Prefiltered(_SANCTIONS_ENDURED)  # type: ignore[assignment]
_PEOPLE_MOVED = Prefiltered(_PEOPLE_MOVED)  # type: ignore[assignment]
_NON_ARMS_GIVEN = Prefiltered(_NON_ARMS_GIVEN)  # type: ignore[assignment]
