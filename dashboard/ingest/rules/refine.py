"""Words around a trigger that change its kind or direction, or drop it ("lifted the embargo")."""

from __future__ import annotations

import re

from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules.vocabulary import (
    _ANNOUNCED_HALT,
    _DEAL_WORDS,
    _FOUND_THEIR,
    _GOODS_AFTER,
    _GOODS_BEFORE,
    _ITEM_WORDS,
    _PASSIVE,
    _ROUTED,
    _ROUTED_EVADES,
    _STANDING_HALT,
    _WITH_AFTER,
)

_LISTED_TARGETS = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,6}?(?:companies|firms|entities|individuals|banks|officials|"
    r"officers|executives|persons|people|ministers?|generals?|commanders?)\b"
)
_HAS_NOT = re.compile(r"\b(?:has|have|had)\s+(?:not|never)\s+$", re.IGNORECASE)
# "has granted", "has in practice granted"
_HAS = re.compile(r"\b(?:has|have|had)\s+(?:[a-z]+\s+){0,2}$", re.IGNORECASE)
_WILL = re.compile(r"\b(?:will|would|shall)\s+(?:[a-z]+\s+){0,1}$", re.IGNORECASE)
_NO_NEW = re.compile(r"\s+no\s+(?:new|further)\b", re.IGNORECASE)

_SENT_TO_STRIKE = re.compile(
    r"\s+(?:[\w-]+\s+){1,5}?(?:to\s+(?:strike|attack|bomb|hit|target|shell|shoot\s+down)|"
    r"against)\b",
    re.IGNORECASE,
)


# After a denial word, what makes it no refusal of arms (the trigger is case-insensitive):
# - "denies reports that...", "denies knowingly supplying": a claim is disputed;
# - "rejected a request to halt exports", "refused calls for an arms embargo": a halt refused;
# - "refused Kyiv's requests to use the missiles against Russia": terms of use, not a sale;
# - "F-16 Block 70": a production block.
_NOT_A_DENIAL = re.compile(
    r"(?i:\s+(?:(?:the|any|all|these|those|such)\s+)?(?:reports?|allegations?|claims?|"
    r"accusations?|charges|suggestions?|knowingly|having|wrongdoing|involvement|responsibility|"
    r"supplying|selling|sending|providing|shipping|arming|exporting|delivering|transferring)\b"
    r"|(?:\s+[\w’'-]+){0,4}?\s+(?:requests?|bids?|motions?|calls?|demands?|petitions?|appeals?|"
    r"pleas?|proposals?|applications?)\s+(?:(?:by|from)\s+[^.;]{0,60}?\s+)?(?:to|for|calling\s+for)"
    r"\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:halt|suspend|stop|ban|block|end|freeze|cut|"
    r"curb|restrict|limit|embargo|suspension|moratorium|use)\b)"
    r"|(?-i:\s+(?:\d|[IVX]+\b))",
)
_HALT_REQUEST_BEFORE = re.compile(
    r"\b(?:requests?|bids?|motions?|calls?|demands?|petitions?|appeals?|proposals?)\b[^.;]{0,80}?"
    r"\b(?:halt|suspend|stop|ban|block|end|freeze|embargo)\w*\b[^.;]{0,80}?\s+"
    r"(?:was|were|has\s+been|have\s+been|had\s+been)\s+$",
    re.IGNORECASE,
)
_REJECTED_REQUEST_BEFORE = re.compile(
    r"\b(?:reject|refus|dismiss|turn(?:ed|s)?\s+down|threw\s+out|throw)\w*\s+(?:[\w’'-]+\s+){0,4}?"
    r"(?:requests?|bids?|motions?|calls?|demands?|petitions?|appeals?|pleas?|proposals?)\b"
    r"[^.;]{0,60}?\b(?:to|for|calling\s+for)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?$",
    re.IGNORECASE,
)
# What is restored is a person or an order, not trade: "force to reinstate Bazoum", "restore
# constitutional order" (not "restored Turkey to the programme").
_RESTORED_PERSON = re.compile(
    r"\s+(?:(?:the|its|their)\s+)?(?:(?:ousted|deposed|elected|toppled|former)\s+)?"
    r"(?:(?:president|prime\s+minister|leader|government|constitutional\s+order|order|"
    r"democracy|civilian\s+rule|calm|stability)\b|"
    r"(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)(?:\s*[,.;]|\s*$|\s+(?:to\s+(?:power|office)|as)\b))",
    re.IGNORECASE,
)
# a policy refused or not joined, not arms: "refused to align with EU sanctions on Russia"
_POLICY_VERBS = r"(?:align|join|back|follow|impose|adopt|implement|enforce|apply|support)"
_REFUSED_POLICY = re.compile(rf"\s+to\s+{_POLICY_VERBS}\b", re.IGNORECASE)
_NOT_JOINED = re.compile(
    r"\b(?:refus|declin|reject|fail|unwilling|reluctan)\w*\s+to\s+"
    rf"{_POLICY_VERBS}\s+(?:with\s+|to\s+)?(?:the\s+)?(?:[\w'’-]+\s+){{0,2}}$",
    re.IGNORECASE,
)
_REIMPOSED = re.compile(r"re-?impos|reinstat|restor|reintroduc")
_MEASURE_WORDS = (
    r"(?:sanctions|embargo(?:es)?|measures|restrictions|bans?|curbs|penalties|asset\s+freezes)"
)
_MEASURE_OBJECT = re.compile(rf"\s+(?:[\w'’-]+\s+){{0,4}}?{_MEASURE_WORDS}\b", re.IGNORECASE)
_MEASURE_SUBJECT = re.compile(
    rf"\b{_MEASURE_WORDS}\s+(?:were|was|have\s+been|has\s+been|had\s+been|are|is)\s+"
    r"(?:\w+ly\s+)?$"
)
# "open to easing the measures", "keeps the door open to lifting the ban": a possibility
_OPEN_TO = re.compile(r"\bopen\s+to\s+$", re.IGNORECASE)

# What is used is no weapon: a route, a cover or a place ("using a chain of front companies",
# "used airstrips in eastern Chad to supply...").
_NOT_WEAPONS_USED = re.compile(
    r"\s+(?:(?:a|an|the|its|their|his|her)\s+)?(?:[\w-]+\s+){0,3}?(?:(?:front|shell)\s+"
    r"(?:compan|firm)|intermediar|middlem[ae]n|airstrips?\b|airfields?\b|airspace\b|"
    r"territory\b|(?:false|forged|fake)\s+(?:documents|papers|end)|bank\s+accounts?\b|"
    r"chains?\s+of\b|"
    # "the use of Chinese technology in the UAE, including Huawei telecommunications"
    r"(?:telecom\w*\s+|network\s+|civilian\s+|5G\s+)?(?:technology|software|networks?)\b"
    r"(?!\s+(?:in|on|against)\s+(?:the\s+)?(?:battlefield|front|strikes?|attacks?))|"
    r"telecommunications\b)",
    re.IGNORECASE,
)
# Goods built into a weapon are not used as one: "components used in attack drones", "chips
# that were used in Russian missiles".
_PARTS_USED_IN = re.compile(
    r"\b(?:components?|parts|chips|microchips|electronics|microelectronics|semiconductors|"
    r"modules|engines|sensors|materials|items)\s+(?:(?:that|which)\s+)?"
    r"(?:(?:are|were|is|was|have\s+been|had\s+been|being)\s+)?(?:[\w-]+ly\s+)?$",
    re.IGNORECASE,
)

_STOPPED_CARGO = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:containers?|shipments?|cargo(?:es)?|consignments?|dhows?|"
    r"vessels?|freighters?|lorr(?:y|ies)|trucks?|vans?|parcels?|packages?|crates?|ships?|"
    r"boats?|planes?|flights?)\b",
    re.IGNORECASE,
)
_DENIED_CLAIM = re.compile(
    r"\b(?:allegations?|claims?|accusations?|charges?|reports?)\s+(?:that\s+)?(?:[\w’'-]+\s+){0,3}$"
)


_COLLECTIVE_SUPPLIER = re.compile(
    r"\b(?:western|european|foreign|international|allied|nato)\s+(?:military\s+)?$"
)
_ANY_FUTURE = re.compile(r"\b(?:any|future)\s+(?:arms\s+|weapons?\s+)?$")


# The refusals in other words (see the denial triggers) start at "not" and "no": the
# auxiliary or the "said" in front is checked here
_NOT_ALLOW_AUX = re.compile(r"\b(?:would|will|did|does|do|could|has|have)\s+$")
_NOT_SEND_AUX = re.compile(r"\b(?:would|will)\s+$")
_SAID_NO = re.compile(r"\b(?:say|says|said|saying)\s+$")


_ORDER_BOOK = re.compile(r"\s+(?:backlogs?|books?|intake|pipeline)\b", re.IGNORECASE)
# "drops (its) objection to the sale", "dropped its veto on": a hold lifted
_DROPPED_HOLD = re.compile(
    r"\s+(?:its\s+|their\s+|the\s+|a\s+)?(?:[\w-]+\s+)?(?:objections?|veto|opposition|"
    r"block|blockade|hold|freeze|ban)\s+(?:to|on|against)\b",
    re.IGNORECASE,
)
_HOLD_DROPPED = re.compile(r"\bdrop(?:s|ped|ping)?\s+(?:its\s+|their\s+|the\s+)?$")
# "of a type widely used in drones": what such goods are for, not a use that happened
_GENERIC_USE = re.compile(
    r"\b(?:widely|commonly|often|typically|usually|generally|frequently|mostly|mainly)\s+$"
    r"|\btype\s+(?:\w+\s+)?$"
)
# "assembled using components shipped from Korea", "the use of US funds": no weapons used
_MADE_WITH = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:components?|parts|kits?|materials?|designs?|technology|"
    r"licen[cs]es?|funds|funding|money|loans?|credits?|airspace|ports?|bases?)\b",
    re.IGNORECASE,
)
# weapons used for surveillance, transport or training are no use in a conflict
_USE_VERBS = frozenset({"used", "using", "employed", "deployed"})
_PEACEFUL_PURPOSE = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:to|for|in)\s+(?:(?:help|mainly|primarily|largely)\s+)?"
    r"(?:watch|monitor|monitoring|patrol|patrolling|surveil|surveillance|survey|search|"
    r"rescue|train|training|transport|transporting|ferry|carry|map|"
    r"mapping|track|fight\s+fires|firefighting|deliver\s+aid|disaster\s+relief|"
    r"reconnaissance|maritime\s+patrols?|border\s+patrols?)\b",
    re.IGNORECASE,
)
_COMBAT = re.compile(
    r"\b(?:strikes?|attacks?|incursion|offensive|war|fighting|combat|battles?|against|bomb\w*|"
    r"wounded|front(?:line)?s?|"
    r"shell\w*|raids?|assaults?|operations?\s+against)\b",
    re.IGNORECASE,
)
# "arms" the noun, not the verb of "Iran arms the Houthis"
_ARMS_NOUN_BEFORE = re.compile(r"(?:\b(?:its|their|his|her|the|of|all|any|no|our|in|on|for)\s+|-)$")
_ARMS_NOUN_AFTER = re.compile(
    r"\s+(?:exports?|sales?|trade|trading|deals?|deliver(?:y|ies)|shipments?|transfers?|"
    r"embargo(?:es)?|industry|makers?|control|dealers?|supplies|purchases|imports?|race)\b"
)


# "approved coastal radars for the Philippines", "cleared 12 patrol boats for Ghana"
_APPROVED_GOODS_FOR = re.compile(
    # "approved its first packages in 2023: coastal radars for the Philippines, ..."
    rf"(?:[^.;:]{{0,50}}:)?"
    rf"\s+(?:(?:up\s+to|some|about|the|[\d,]+|[\w-]+)\s+){{0,4}}?(?:{_ITEM_WORDS}|boats?|"
    r"vessels?|ships?|aircraft|planes?|trucks?)\s+for\s+(?:the\s+)?(?-i:[A-Z])",
    re.IGNORECASE,
)
_NON_ARMS_CANCELLED = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,3}?(?:air\s+services?|flights?|visas?|aviation|landing\s+rights)\b",
    re.IGNORECASE,
)
_TALKS_OBJECT = re.compile(
    r"\s+(?:(?:its|their|the|all)\s+)?(?:[\w-]+\s+)?(?:talks|discussions|negotiations|"
    r"consultations|dialogue)\b",
    re.IGNORECASE,
)
# parts named before "used on" a platform: what the platform carries, not a use in war
_COMPONENT_BEFORE = re.compile(
    r"\b(?:sensors?|optics|cameras?|engines?|components?|parts|turrets?|radars?|electronics|"
    r"chips|microchips|(?:targeting|guidance)\s+systems?)\s+$",
    re.IGNORECASE,
)
_FITTED_ON = re.compile(r"\s+(?:on|aboard|in)\s+(?:the\s+)?(?:[\w’'-]+\s+){0,3}?(?-i:[A-Z])")
# what a give verb's object is when nothing is handed over
_GIVEN_NON_ARMS = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){1,4}(?:a|an|the|its|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:victory|boost|win|lifeline|blow|setback|edge|advantage|headache|reason|chance|"
    r"opportunity|say|voice|seat|role|stake|foothold)\b"
)
_DEAL_WORTH_WITH = re.compile(
    r"\s+(?:worth|valued\s+at)\s+[^.;,]{1,40}?\s(?:with|to|from|for)\s", re.IGNORECASE
)
_EQUIPMENT_BEFORE = re.compile(
    r"\b(?:launchers?|systems?|batter(?:y|ies)|guns?|vehicles?|mounts?|turrets?)\s+$",
    re.IGNORECASE,
)
_FOR_YEARS = re.compile(
    r"[^.;]{0,60}?\bfor\s+(?:many\s+|several\s+|more\s+than\s+\w+\s+)?(?:years|decades)\b",
    re.IGNORECASE,
)
_BOUND_FOR = re.compile(
    r"[^.;]{0,160}?\b(?:bound|destined|headed|heading)\s+(?:for|to)\b", re.IGNORECASE
)
_NOUN_USE = re.compile(r"\b(?:combat|their|its)\s+$")
_USE_NOUN_AFTER = re.compile(r"\s+(?:in|near|against|during|on|over)\s|[.,;]")
_GIVE_WORDS = frozenset(("gave", "give", "gives", "giving", "handed", "hands", "handing"))
# the double object of a give verb when what is given is an order: "gave France an order"
_GIVEN_AN_ORDER = re.compile(
    # ("gave the Pakistan Aeronautical Complex its largest export order", "South Korea's Hanwha")
    r"\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3}\s+(?:an?|the|its|their|his|her)\s+"
    # ("giving Tokyo the largest defence export in its history": the exporter too)
    r"(?:[\w-]+\s+){0,4}?(?:orders?|contracts?|deals?|exports?|sales?)\b(?!\s+to\b)"
)


def _refine(
    kind: str, direction: str, word: str, sentence: str, t: re.Match[str]
) -> tuple[str | None, str]:
    """Context that changes a trigger's meaning ("lifted the embargo", "export permits")."""
    after = sentence[t.end() : t.end() + 40].lower()
    before = sentence[max(0, t.start() - 30) : t.start()].lower()
    if kind == "use" and word == "used" and _USED_ADJECTIVE.search(before):
        # "bought 24 used F-16 fighters", "acquired used aircraft from Belgium": second-hand
        return None, direction
    if (
        kind == "use"
        and word in ("used", "uses", "use", "using")
        and _USE_NON_COMBAT.match(sentence, t.end())
    ):
        return None, direction  # "Pakistan used them to reinforce its own squadrons": no war
    if kind == "use" and word == "firing" and _EQUIPMENT_BEFORE.search(before):
        return None, direction  # "truck-mounted launchers firing Python-5 missiles": a design
    if (
        kind == "use"
        and word == "used"
        and _FOR_YEARS.match(sentence, t.end())
        and not _COMBAT.search(sentence, t.end())
    ):
        return None, direction  # "The Finnish army has used Israeli-made Spike missiles for years"
    if kind == "denial" and word[:3] in ("not", "no "):
        first, second = word.split()[:2]
        if first == "no":
            aux = _SAID_NO  # "said no to Spain's request" (not "no to" elsewhere)
        elif second in ("allow", "permit", "let"):
            aux = _NOT_ALLOW_AUX  # "would not allow Denmark to re-export"
        else:
            aux = _NOT_SEND_AUX  # "would not send": announced ("did not send": a fact)
        if not aux.search(before):
            return None, direction
    if (
        word in ("sanctions", "sanction")
        and re.match(r"\s+(?:regimes?|frameworks?|programmes?|programs?|laws?|acts?)\b", after)
        and re.search(r"\bunder\s+(?:[\w'’-]+\s+){0,4}$", before)
    ):
        return None, direction  # "listed under their own Russia sanctions regimes": the law
    if (
        kind == "use"
        and word in _USE_VERBS
        and _PEACEFUL_PURPOSE.match(sentence, t.end())
        and not _COMBAT.search(sentence, t.end())
    ):
        # "has used them to watch over the waters off Sabah" (not "used the vehicles to
        # evacuate wounded soldiers and during the incursion into Kursk")
        return None, direction
    if (
        kind == "use"
        and word == "used"
        and _FITTED_ON.match(sentence, t.end())
        and _COMPONENT_BEFORE.search(sentence, 0, t.start())
    ):
        return None, direction  # "the Wescam sensors used on Turkey's drones": fitted, not fired
    if kind == "transfer" and word in _GIVE_WORDS and _GIVEN_NON_ARMS.match(sentence, t.end()):
        return None, direction  # "handing Mitsubishi a victory over Germany's TKMS"
    if kind == "transfer" and word in _GIVE_WORDS and _GIVEN_AN_ORDER.match(sentence, t.end()):
        # "Egypt gave France an order for 30 Rafales", "handing Ankara its first export
        # order": whoever is given the order supplies the one that gives it
        return kind, "rev"
    if word == "use" and _USE_NOUN_AFTER.match(sentence, t.end()) and not _NOUN_USE.search(before):
        return None, direction  # the noun only after "combat", "their", "its"
    if kind == "suspension" and word.startswith("stop") and _BOUND_FOR.match(sentence, t.end()):
        return "denial", direction  # "stopped a container ... destined for Port-au-Prince"
    if word == "ship" and not before.endswith("to "):
        return None, direction  # the verb only as an infinitive: "continues to ship" (not "a ship")
    if kind == "cancellation" and _NON_ARMS_CANCELLED.match(sentence, t.end()):
        return None, direction  # "cancel their bilateral air services agreements with Iran"
    if kind in ("suspension", "resumption") and _TALKS_OBJECT.match(sentence, t.end()):
        # "suspended discussions with the United States on the purchase of F-35s": talks
        # about a deal stopped, not a supply
        return None, direction
    if word in ("order", "orders") and _ORDER_BOOK.match(sentence, t.end()):
        return None, direction  # "Saab's order backlog grew": a firm's figures, not an order
    if word.startswith("drop") and _DROPPED_HOLD.match(sentence, t.end()):
        return "resumption", direction  # "Berlin drops objection to Eurofighter sale"
    if _HOLD_DROPPED.search(before) and word in ("veto", "vetoes", "block", "blockade", "ban"):
        return None, direction  # the "veto" of "dropped its veto on": no refusal
    if kind == "use" and word in ("using", "use of") and _MADE_WITH.match(sentence, t.end()):
        # "assembled using components shipped from Korea", "blocked the use of US funds"
        return None, direction
    if kind == "use" and word == "used" and _GENERIC_USE.search(before):
        return None, direction  # "engines of a type widely used in attack drones"
    if word == "arms" and (_ARMS_NOUN_BEFORE.search(before) or _ARMS_NOUN_AFTER.match(after)):
        return None, direction  # "all its arms exports comply with the law": the noun
    if word.startswith(("stop", "intercept")) and _STOPPED_CARGO.match(sentence, t.end()):
        # "customs officers stopped a container bound for Kyrgyzstan", "forces intercepted
        # several shipments": a shipment blocked on its way, not a halt or a shoot-down
        return "denial", "fwd"
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
        # "an agreement worth about A$10 billion with Japan"
        and not _DEAL_WORTH_WITH.match(sentence, t.end())
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
        if _HAS_NOT.search(before) or (_HAS.search(before) and _NO_NEW.match(after)):
            return kind, direction
        if _ANNOUNCED_HALT.match(word):
            # "announced that it would grant no new export permits for Turkey"
            # ("would grant no new licences if asked" is a condition, not a decision)
            # ("would not grant any new licences": the "any" form wants the negation)
            announced = (
                _WILL.search(before)
                and not re.search(r"\b(?:if|unless)\b", after)
                and (_NO_NEW.match(after) or re.search(r"\bnot\s+$", before))
            )
            return (kind if announced else None), direction
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
        and not _WITH_AFTER.match(sentence, t.end())
    ):
        # only weapons as the subject: not "Russia struck Kyiv" (but "Russia struck Kyiv
        # with Iranian drones" names them)
        return None, direction
    if kind == "diversion" and _ROUTED.match(word):
        if not _GOODS_BEFORE.search(
            sentence, max(0, t.start() - 120), t.start()
        ) and not _GOODS_AFTER.match(sentence, t.end()):
            return None, direction  # "the delegation reached Moscow via Istanbul": no goods
        if not word.endswith(("up", "way")) and not _ROUTED_EVADES.search(sentence):
            # "Western weapons reached Ukraine through Poland": transit ("ended up", "found
            # their way" say leakage by themselves)
            return None, direction
    if kind == "cancellation" and word == "dropped" and _DROPPED_WEAPONS.match(sentence, t.end()):
        return "use", "use"  # "Israel dropped US-made bombs on Gaza": bombs, not a deal
    if kind == "use" and word == "fighting" and _FIGHTING_NOUN.match(after):
        return None, direction  # "infantry fighting vehicles ... arranged with Germany"
    if kind == "diversion" and word == "way" and not _FOUND_THEIR.search(before):
        return None, direction  # only "found their way", "made its way": not "paved the way"
    if kind == "transfer" and word == "shipping" and _SHIPPING_NOUN.search(before):
        return None, direction  # "commercial shipping has been attacked": the ships at sea
    if (
        kind == "transfer"
        and word in ("ship", "ships")
        and (
            _SHIP_NOUN.search(before)
            or _SHIP_NOUN_AFTER.match(sentence, t.end())
            or (t.group(0)[0] == "S" and t.start() > 0)
        )
    ):
        # "supply ships", "two ships", "additional multi-role ships, but", "the ships are
        # coming", "Littoral Mission Ships built in Turkey": a vessel
        return None, direction
    if kind == "sanction" and word in ("hit", "hits") and not _MEASURE_HITS.search(before):
        return None, direction  # only a measure "hits" firms: "the package also hit ..."
    if word in ("supplier", "suppliers") and _FROM_A_SUPPLIER.search(before):
        # "bought engines from a supplier in China": the seller of the verb before, which
        # tells the sale; the noun states none of its own
        return None, direction
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
        # "approved coastal radars for the Philippines": the goods are the object
        and not _APPROVED_GOODS_FOR.match(sentence, t.end())
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
        # "the EU has already listed several of the same Hong Kong companies", "the EU listed
        # four Belarusian firms" (not "the report listed Russian firms as suppliers")
        and not (
            (m := _LISTED_TARGETS.match(after)) is not None
            and not re.match(r"\s+as\b", after[m.end() :])
        )
    ):
        return None, direction  # only the passive "firms ... were listed" designates
    if (
        kind == "cancellation"
        and re.match(r"aband|ditch|drop|walked", word)
        and not re.match(
            # ("walked away from the A$90 billion contract": an amount among the modifiers)
            r"\s+(?:[\w$€£.-]+\s+){0,4}?(?:order|purchase|contract|deal|acquisition|programme|"
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
    if (
        kind == "cancellation"
        and _PHRASAL_CANCEL.match(word)
        and not (
            (deal := _DEAL_AFTER.match(sentence, t.end()))
            and _ARMS_HINT.search(sentence, t.end(), deal.end() + 100)
        )
    ):
        # "called off a deal for Russian helicopters", "pulled out of a deal to buy jets"; not
        # "called off talks", "pulled out of the programme", "withdrew from the nuclear deal"
        return None, direction
    if kind in ("transfer", "suspension", "resumption") and _CIVIL_GOODS.search(before):
        return None, direction  # "suspended banana imports": trade, but not in arms
    if kind == "sanction" and before.endswith("(") and after.startswith(")"):
        return None, direction  # "the Russia (Sanctions) (EU Exit) Regulations": a law's name
    if (
        kind in ("resumption", "suspension")
        and _REIMPOSED.match(word)
        and (_MEASURE_OBJECT.match(sentence, t.end()) or _MEASURE_SUBJECT.search(before))
    ):
        # "reimposed an arms embargo", "reinstated its own sanctions", "the UN sanctions were
        # restored": a measure imposed again, which its own trigger reports (not a halt of
        # trade, nor trade resumed)
        return None, direction
    if kind == "resumption" and _RESTORED_PERSON.match(sentence, t.end()):
        return None, direction  # "to reinstate Bazoum", "restore constitutional order"
    if kind == "resumption" and _NON_ARMS_MEASURE.match(sentence, t.end()):
        return None, direction  # "lifted its travel ban on Chinese tourists": not on arms
    if kind == "resumption" and _OPEN_TO.search(before):
        return None, direction  # "keeping the door open to easing the measures": not done
    if kind == "use" and word in ("used", "using", "use of") and _NOT_WEAPONS_USED.match(after):
        return None, direction  # "using a chain of front companies", "used airstrips in Chad"
    if (
        kind == "use"
        and word == "used"
        and _PARTS_USED_IN.search(before)
        and after[:4]
        in (
            " in ",
            " ins",
        )
    ):
        return None, direction  # "engines and chips used in attack drones": built in, not fired
    if kind == "use" and _POLICING.match(after):
        return None, direction  # "used mainly against smugglers": policing, not a conflict
    if kind == "transfer" and _COLLECTIVE_SUPPLIER.search(before):
        return None, direction  # "Western military aid to Ukraine": no one country supplies
    if kind == "denial" and _REFUSED_POLICY.match(sentence, t.end()):
        return None, direction  # "has refused to align with EU sanctions": no arms refused
    if kind in ("sanction", "embargo") and _NOT_JOINED.search(sentence, 0, t.start()):
        return None, direction  # "has refused to align with EU sanctions on Russia"
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
    if kind == "transfer" and _NOT_GOODS_OBJECT.match(after):
        return None, direction  # "flew its foreign minister to Kyiv", "lent its support to"
    if (
        kind == "transfer"
        and _SOFT_GIVING.match(word)
        and _moves_no_arms(word, sentence, t, before, after)
    ):
        return None, direction
    if kind == "transfer" and _ANY_FUTURE.search(before):
        return None, direction  # "opposed any arms sales that undermine peace": generic
    if kind in ("transfer", "diversion") and _CIVIL_OBJECT.match(after):
        return None, direction  # "the proceeds of smuggled Zimbabwean gold"
    if (
        kind == "use"
        and word.startswith("use")
        and re.search(
            r"\b(?:exclusive|sole|own|end|final)\s+$|"
            r"\b(?:conditions|restrictions|limits|rules|curbs|checks|controls)\s+on\s+"
            r"(?:the\s+)?$|"
            # "rules limit the use of its weapons", "to prevent military use of drones"
            r"\b(?:limit|restrict|prevent|govern|regulat|control|bar|ban|forbid|prohibit)\w*\s+"
            r"(?:the\s+|any\s+)?(?:military\s+|further\s+)?$",
            before,
        )
    ):
        # "for the exclusive use of the Ugandan forces", "conditions on the use of": terms
        return None, direction
    if (
        kind == "transfer"
        and direction == "rev"
        and re.match(r"obtain|receiv|acquir|got|get|secur|borrow|leas", word)
        and re.match(
            r"\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:exemption|approval|permission|"
            r"waiver|assurances?|guarantees?|consent|licen[cs]e|permit|backing|support)\b",
            after,
        )
    ):
        return None, direction  # "obtained an exemption from the UN": no goods
    if (
        kind == "transfer"
        and direction == "rev"
        and re.match(r"got|get|secur|borrow|leas|contracted", word)
        and (_NOT_GOODS_RECEIVED.match(after) or _MONEY_OBJECT.match(after))
    ):
        # "got a loan from the World Bank", "secured pledges from Berlin", "Hanwha secured an
        # order from Poland" (the subject sells): no goods received
        return None, direction
    if kind in ("embargo", "sanction") and re.search(
        r"\b(?:so-called|calls?|called|dubbed|describes?\s+as|described\s+as)\s+"
        r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$",
        before,
    ):
        return None, direction  # "what it called an embargo": someone's word for it
    if kind == "denial" and re.match(r"(?:\s+[\w’'-]+){0,3}\s+(?:access|entry|landing)\b", after):
        return None, direction  # "deny Russian warships access to its ports": no arms refused
    if kind == "denial" and _REFUSED_SENDING.search(word) and _PERSONNEL_OBJECT.match(after):
        return None, direction  # "will not send troops to Ukraine": no arms refused
    if kind == "denial" and _NOT_A_DENIAL.match(sentence, t.end()):
        return None, direction
    if kind == "denial" and word.startswith("den") and _DENIED_CLAIM.search(before):
        return None, direction  # "an allegation Abu Dhabi denies": a claim is disputed
    if kind == "denial" and _HALT_REQUEST_BEFORE.search(sentence, 0, t.start()):
        return None, direction  # "a motion calling for a stop to arms exports was rejected"
    if kind in ("suspension", "embargo", "cancellation") and _REJECTED_REQUEST_BEFORE.search(
        sentence, 0, t.start()
    ):
        return None, direction  # "rejected a request to suspend export licences": not done
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
    return kind, direction


_REFUSED_SENDING = re.compile(r"\s(?:send|supply|deliver|sell|export|provide|give|transfer)$")
_NON_ARMS_MEASURE = re.compile(
    r"\s+(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+)?(?:travel|visa|entry|flight|tourist|"
    r"student|media|internet|visit)\s+(?:bans?|restrictions|curbs|freeze)\b",
    re.IGNORECASE,
)
_PHRASAL_CANCEL = re.compile(
    r"call\w*\s+off|ax|(?:pull|back)\w*\s+out\s+of|withdr|pull\w*\s+the\s+plug|reneg"
)
_DEAL_AFTER = re.compile(
    r"\s+(?:(?:the|its|their|a|an|this|that)\s+)?(?:[\w$€£.,’'-]+\s+){0,4}?"
    r"(?:order|purchase|contract|deal|acquisition|sale|tender|procurement)s?\b",
    re.IGNORECASE,
)
# goods or a buying verb near the deal: not "the Iran nuclear deal", "a regional trade deal"
_ARMS_HINT = re.compile(
    rf"\b(?:{_ITEM_WORDS}|fighters?|(?:to|would)\s+(?:buy|purchase|acquire|procure))\b"
    r"|\b[A-Z][\w]*-\d",
    re.IGNORECASE,
)
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
# a use whose purpose is to build up a force, not to fight
_USE_NON_COMBAT = re.compile(
    r"\s+(?:them|it|the\s+(?:jets|aircraft|money|funds))\s+to\s+(?:reinforce|bolster|replace|"
    r"equip|re-?equip|train|modernise|modernize|upgrade|supplement|expand|build|rebuild|"
    r"strengthen|complete|fill|pay|finance|fund)\b",
    re.IGNORECASE,
)
_USED_ADJECTIVE = re.compile(
    r"(?:\b\d+|\b(?:a|an|the|two|three|four|five|six|seven|eight|nine|ten|twelve|dozen|"
    r"several|some|many|more|of|buy|buys|bought|buying|sell|sells|sold|selling|its|their|"
    r"cheap|cheaper|older|acquire|acquires|acquired|acquiring|purchased|surplus))\s+$",
    re.IGNORECASE,
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
    r"illegal\s+fishing|drug)"
    # not in combat at all: "used mainly for training", "used to move troops and relief
    # supplies", "used to train Cambodian crews"
    r"|\s+(?:[\w-]+ly\s+)?(?:for\s+(?:pilot\s+|crew\s+)?training|as\s+trainers|"
    r"to\s+(?:train|move|ferry|carry|transport)\b|"
    r"for\s+(?:transport|search\s+and\s+rescue|disaster\s+relief|relief|medical|"
    r"evacuation|parades?|ceremonies)\b)",
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
# What is handed, flown or lent is no goods: a person, an office, a result or backing ("flew
# its foreign minister to Kyiv", "handed the chairmanship to France", "lent weight to")
_NOT_GOODS_OBJECT = re.compile(
    # the object's own words only: not "sent tanks to the president's guard"
    r"\s+(?:(?!(?:to|for|with|by|from|in|on)\b)[\w-]+\s+){0,3}?"
    r"(?:(?:foreign|defen[cs]e|prime|finance)\s+)?(?:ministers?|"
    r"secretary|secretaries|chancellor|president|citizens|nationals|evacuees|refugees|"
    r"passengers|journalists|hostages|prisoners|firefighters|rescuers|rescue\s+workers|"
    r"medics|volunteers|chairmanship|presidency|baton|reins|victory|defeat|credibility|"
    r"credence|legitimacy|lists?|notes?|documents?|dossiers?|proposals?|ultimatums?|"
    # "Sri Lanka leased Hambantota port to China", "handed the base over to": land, not arms
    r"ports?|harbou?rs?|airports?|land|farmland|territory|islands?|bases?|offices?|"
    r"buildings?|concessions?|"
    # "sent Ukraine funding for weapons purchases": money to buy arms, not arms
    r"funding|funds|money|cash|grants?|payments?)\b(?!-)"
    r"|\s+(?:(?:its|their|his|her|full|strong|some)\s+)?(?:support|backing|weight|voice|"
    r"blessing|name|ear|attention)\b(?!\s+(?:vehicles?|ships?|aircraft|equipment|systems?|"
    r"helicopters?|units?)\b)",
    re.IGNORECASE,
)
_NOT_GOODS_RECEIVED = re.compile(
    r"\s+(?:(?:an?|the|its|their|some|more|further|new|fresh)\s+)?(?:[\w-]+\s+)?(?:loans?|"
    r"credits?|funding|funds|money|cash|pledges?|commitments?|promises?|contracts?|orders?|"
    r"deals?|calls?|boost|help|visit|response|reply|warning|access|votes?|praise|criticism|"
    r"attention|grants?|payments?|rights|time|word|message|letter|go-ahead|green\s+light|nod|"
    r"permission|approval|clearance|welcome|reception)\b"
    r"(?!\s+(?:for|of)\s+(?:[\w-]+\s+){0,3}?(?:weapons|arms|missiles|tanks|drones|jets|"
    r"ammunition|shells|equipment|helicopters))",
    re.IGNORECASE,
)
_ARMS_OBJECT = re.compile(
    rf"\b(?:{_ITEM_WORDS}|boats?|vessels?|ships?|cutters?|corvettes?|patrol|batter(?:y|ies)|"
    r"launchers?|interceptors?|rounds|grenades?|mortars?|armou?red|planes?|UAVs?|trainers?|"
    r"transports?|trucks?|jeeps?|helmets|vests|armou?r|arms|weapons?|ordnance|"
    r"(?:military|security|defen[cs]e)\s+aid)\b|"
    # a named system: "two Reapers", "a Dornier 228", "IRIS-T", "MQ-9s"
    r"(?-i:\b[A-Z][\w-]*(?:[\s-]?\d|[A-Z]\b|s\b))",
    re.IGNORECASE,
)


def _object_end(sentence: str, start: int) -> int:
    """Where the object of a verb at ``start`` ends: before its recipient or source ("to",
    "from", "for") or at the clause's end, within 100 characters."""
    end = min(len(sentence), start + 100)
    for mark in (" to ", " from ", " for ", ";", ". ", ", "):
        i = sentence.find(mark, start, end)
        if i != -1:
            end = i
    return end


def _moves_no_arms(word: str, sentence: str, t: re.Match[str], before: str, after: str) -> bool:
    """Does a giving verb that moves anything ("gifted", "leased", "lent", "dispatched",
    "rushed", "committed": ``_SOFT_GIVING``) move something other than arms here?

    The object must name arms ("gifted two patrol boats", "lent Poland two Reapers"), unless
    the verb is a participle after its goods ("Gripen jets leased from Sweden", "howitzers
    were rushed to Ukraine"); even then money lent ("lent $1 billion in military aid") and a
    country's own forces deployed ("dispatched two frigates to Cyprus") are no transfer.
    ``before`` and ``after`` are ``_refine``'s lower-cased windows around the trigger ``t``.
    """
    passive = _PASSIVE.search(before)
    if (
        not passive
        and not _ARMS_OBJECT.search(sentence, t.end(), _object_end(sentence, t.end()))
        and not _ARMS_OBJECT.search(sentence, max(0, t.start() - 40), t.start())
    ):
        # "gifted 500,000 vaccine doses to Cambodia", "flew on Sunday to Kyiv", "dispatched
        # aid workers", "leased a power plant"
        return True
    if _LEND_VERB.match(word) and _MONEY_OBJECT.match(after):
        return True  # "Japan lent $1 billion to Indonesia": a loan of money
    if _DEPLOY_VERB.match(word) and after.startswith(" to ") and not passive:
        return True  # "the jets' crews rushed to Kyiv": no goods sent
    # "dispatched two frigates to Cyprus": its own forces deployed
    return bool(_DEPLOY_VERB.match(word) and _DEPLOYED_OBJECT.match(after))


_LEND_VERB = re.compile(r"lent|lend|loan")
_MONEY_OBJECT = re.compile(  # "lent $1 billion to", "lent Sri Lanka $1 billion"
    r"\s+(?:[\w-]+\s+){0,3}?"
    r"(?:(?:about|some|nearly|almost|over|more\s+than|an?|another|further|additional)\s+)*"
    r"(?:[$€£¥]|\d[\d.,]*\s*(?:billion|million|bn|m)\b|(?:[\w-]+\s+){0,2}?(?:loans?|credits?|"
    r"money|funds|dollars|euros)\b)",
    re.IGNORECASE,
)
# Verbs that also move a country's own forces: "Japan dispatched warships to the Red Sea",
# "committed troops to Poland" (its troops: ``_PERSONNEL_OBJECT``)
_DEPLOY_VERB = re.compile(r"dispatch|rush|airlift|flew|flown|commit")
# The giving verbs that also move people, money and anything else (see ``_refine``)
_SOFT_GIVING = re.compile(rf"gift|leas|{_LEND_VERB.pattern}|{_DEPLOY_VERB.pattern}")
_DEPLOYED_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,3}?(?:warships?|naval\s+vessels|vessels|frigates?|destroyers?|"
    r"corvettes?|(?:aircraft\s+)?carriers?|strike\s+groups?|fleets?|squadrons?|forces|"
    r"battalions?|brigades?|units|bombers|themselves|itself)\b(?!-)",
    re.IGNORECASE,
)
_CIVIL_OBJECT = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}(?:gold|diamonds?|minerals|oil|fuel|cash|money|proceeds|"
    r"cigarettes|drugs|narcotics|cocaine|timber|wildlife|ivory|grain|food)\b",
    re.IGNORECASE,
)
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
_ADJECTIVE_SLOT = re.compile(
    r"\b(?:for|of|to|with|from|on|the|a|an|other|already|previously|two|three|several|many)\s+$",
    re.IGNORECASE,
)
_FACILITATED = re.compile(
    r"\b(?:processing|handling|facilitating|arranging|financing|insuring)\s+(?:[\w-]+\s+){0,2}$",
    re.IGNORECASE,
)
_HALT_WORD = re.compile(r"hold|suspend|halt|frozen|stopp|paus|block|withh|resum|restart|shelv")
_HALTED_LATER = re.compile(
    # "A shipment of 2,000-pound bombs to Israel was paused": a number's comma is no break
    r"(?:[^.;,]|(?<=\d)[.,](?=\d)){0,60}?\b(?:have|has|had|were|was|are|is)\s+(?:been\s+|now\s+|also\s+)*"
    r"(?:put\s+on\s+hold|suspended|halted|frozen|stopped|paused|blocked|withheld|shelved|"
    # "Arms exports to Saudi Arabia were resumed by Germany": the resumption's subject
    r"resumed|restarted|unblocked)\b",
    re.IGNORECASE,
)
_DROPPED_WEAPONS = re.compile(
    r"\s+(?:[\w’'-]+\s+){0,4}?(?:bombs?|munitions?|bomblets|barrel\s+bombs|explosives|"
    r"ordnance)\s+(?:on|over|onto|near|in)\b",
    re.IGNORECASE,
)
_FIGHTING_NOUN = re.compile(r"\s+(?:vehicles?|machines?|chance|force|season|units?)\b")
_WEAPON_SUBJECT = re.compile(
    r"(?:\b(?:drones?|jets?|aircraft|helicopters?|gunships?|bombers?|fighters?|missiles?|"
    r"rockets?|artillery|howitzers?|munitions?)|\b[A-Z][\w-]*\d[\w-]*?s?)\s+"
    # "drones of Turkish origin hit RSF positions"
    r"(?:of\s+[\w-]+(?:\s+[\w-]+)?\s+(?:origin|make|manufacture)\s+)?(?:\w+ly\s+)?"
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
# what follows the noun and never the verb, which takes an object ("ships drones to")
_SHIP_NOUN_AFTER = re.compile(
    r"\s*[,.;:)]|\s+(?:are|were|is|was|will|would|could|can|have|has|had|that|which|of|"
    r"for|from|in|with|at|under|built|ordered|bought|made|being|sailed|arrived|and|or)\b"
)
_SUPPLY_NOUN = re.compile(
    r"suppl(?:y|ies)\s+(?:ships?|lines?|chains?|routes?|depots?|convoys?|shortages?|"
    r"problems?|bottlenecks?|hubs?|trucks?|vessels?|networks?)\b"
)


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_CIVIL_GOODS = Prefiltered(_CIVIL_GOODS)  # type: ignore[assignment]
_REACTION_BEFORE = Prefiltered(_REACTION_BEFORE)  # type: ignore[assignment]
_BANNED = Prefiltered(_BANNED)  # type: ignore[assignment]
_FROM_A_SUPPLIER = re.compile(r"\b(?:from|by)\s+(?:an?|the|one|two|three|several|its|their)\s+$")
_MEASURE_HITS = re.compile(
    r"\b(?:package|sanctions|measures|listings|designations|round|action|penalties)\s+"
    r"(?:also\s+|further\s+|now\s+)?$"
)
