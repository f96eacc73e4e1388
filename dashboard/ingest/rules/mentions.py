"""Article-wide readings of mentions: main country, back references, acronyms, topic."""

from __future__ import annotations

import collections
import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from dashboard.ingest.asciimode import AsciiFast
from dashboard.ingest.gazetteer import Gazetteer, Mention
from dashboard.ingest.places_curated import ARMED_GROUPS, MONARCHY_NOUNS, STATE_ACTORS
from dashboard.ingest.rules.parties import _classify, _Party
from dashboard.model import Place

# "the Turkish shipbuilder STM", "a Chinese state shipyard": a maker, not the subject
_MAKER_AFTER = re.compile(
    r"\s+(?:state\s+|state-owned\s+|defen[cs]e\s+)?(?:shipbuilders?|shipyards?|manufacturers?|"
    r"makers?|firms?|compan(?:y|ies)|contractors?|industry|industries|group)\b",
    re.IGNORECASE,
)
_NOT_ACTORS = ("system", "company")
# "Burkina Faso adds Turkish drones": the headline's opening words name its subject
_HEADLINE_OPENER = re.compile(r"\s*(?:[A-Z][\w-]*\s+){0,3}")
# "Washington sanctions Mnangagwa and Zimbabwean firms": a story about the target
_PUNISHES_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:sanctions|blacklists|penali[sz]es|fines|imposes|bans|embargoes)\b"
)
_SUPPLIES_AFTER = re.compile(
    r"\s+(?:delivers|sends|supplies|sells|hands\s+over|donates|ships|gives|transfers|"
    r"exports)\b"
)


def _main_country(
    text: str, mentions: Sequence[Mention], dateline: Place | None = None
) -> Place | None:
    """The country an article is about, if one clearly leads: what "the government" means
    when the sentence does not say. Names, capitals and actors ("Chilean crews") count
    double the goods' or makers' origin ("Turkish drones", "built in Turkey", "the Turkish
    shipbuilder STM"), firms (Embraer) not at all; the headline's subject counts most, unless
    it supplies ("Turkey delivers helicopters to Nigeria")."""
    eligible = [m for m in mentions if m.place.kind == "country" and m.via not in _NOT_ACTORS]
    counts = collections.Counter(m.place for m in eligible)
    if dateline is not None:
        counts[dateline] += 1  # "PORT OF SPAIN, Aug 12 -": filed from there
    # "The navy's flagship programme" after "the Royal Malaysian Navy": its forces' country
    owner = _force_owner(text, mentions, None) if any(n in text for n in _FORCE_NOUNS) else None
    refs = sum(1 for _ in _FORCE_BACK_REFERENCE.finditer(text)) if owner is not None else 0
    bonus = {owner: 2 * refs} if owner is not None else {}
    # Classifying every mention is the costly part: a place whose weight cannot reach the
    # leader's least possible weight (every mention an origin, no headline) is left out
    line_end = text.find("\n")
    headline = line_end if 0 < line_end <= 200 else -1
    in_headline = {m.place for m in eligible if m.start < headline}
    floor = max((counts[p] + bonus.get(p, 0) for p in counts), default=0)
    ceiling = {p: 2 * counts[p] + (4 if p in in_headline else 0) + bonus.get(p, 0) for p in counts}
    hopeful = {p for p in counts if ceiling[p] >= floor}
    leader = max(counts, key=lambda p: counts[p] + bonus.get(p, 0), default=None)
    if leader is not None and all(ceiling[p] < floor for p in counts if p != leader):
        # no other place can catch up, whatever the mentions turn out to be
        return leader if counts[leader] + (refs if leader == owner else 0) >= 3 else None
    weights: collections.Counter[Place] = collections.Counter()
    subject: Place | None = None  # the headline's subject
    supplier = False
    for m in eligible:
        headline_mention = m.start < headline
        if m.place not in hopeful and not headline_mention:
            continue
        party = _classify(text, m, max(0, m.start - 60), m.end + 80)
        made = party.role in ("item", "descriptor") or (
            m.via == "demonym" and _MAKER_AFTER.match(text, m.end) is not None
        )
        if m.place in hopeful:
            weights[m.place] += 1 if made else 2
        if not headline_mention or made:
            continue
        if (
            subject is None
            and not supplier
            and _HEADLINE_OPENER.fullmatch(text, 0, m.start)
            and not _PUNISHES_AFTER.match(text, m.end)
        ):
            # "Turkey delivers helicopters to Nigeria": as much a story about Nigeria
            supplier = _SUPPLIES_AFTER.match(text, m.end) is not None
            subject = m.place
    if dateline is not None and dateline in hopeful:
        weights[dateline] += 4
    if subject is not None and subject in hopeful:
        weights[subject] += 1 if supplier else 4
    if owner is not None and owner in hopeful:
        weights[owner] += 2 * refs
    if owner is not None:
        counts[owner] += refs
    ranked = weights.most_common(2)
    if (
        not ranked
        or counts[ranked[0][0]] < 3
        or (len(ranked) == 2 and ranked[0][1] == ranked[1][1])
    ):
        return None
    return ranked[0][0]


# "the Andean country", "the island nation", "the kingdom": a country named earlier
_COUNTRY_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?!(?:recipient|exporting|importing|buyer|buying|third|host|transit|"
    r"destination|supplier|supplying|end-user|other|same|first|second|last|next|neighbouring|"
    r"neighboring|producing|origin|target|sanctioned|partner|donor|foreign)\b)"
    r"(?:(?:[\w-]+\s+)?(?P<noun>country|nation|republic|kingdom|emirate|sultanate|island)\b"
    # "the Gulf state", "the Baltic state" (not "the state news agency", "Islamic State")
    r"|(?:Gulf|Baltic|Balkan|Nordic|Arab|Sahel|Andean|Caribbean|Pacific|Himalayan|Caucasus|"
    r"Central\s+Asian|Asian|African|island|city|landlocked|oil-rich|small|tiny)\s+state\b(?!-))"
    r"(?!\s+of\b)"
)
# "The air force also flies Super Tucanos delivered by Brazil's Embraer", "the defence ministry
# signed an agreement with the United States": armed forces or a defence ministry named
# without their country are those of the country whose forces the article names
# (``_force_owner``); "the Nigerian army" is a demonym mention already, "the army of Mali"
# names its own
_FORCE_BACK_REFERENCE = AsciiFast(
    re.compile(
        r"\b(?:[Tt]he\s+(?i:air\s+force|navy|army|armed\s+forces|defen[cs]e\s+forces|"
        r"(?-i:Coast\s+Guard)|"
        r"(?:defen[cs]e\s+)?ministry(?:\s+of\s+(?:national\s+)?defen[cs]e)?)|"
        # "Government forces have flown drones": the forces of the country followed
        r"(?:[Tt]he\s+)?[Gg]overnment\s+(?:forces|troops|soldiers))\b"
        r"(?!\s+(?:of|in)\b|-)"
    )
)
# "Rifles reached the army despite the embargo": a verb's object is not the clause's actor,
# and its country is not the one the sentence names for it
_FORCE_BOUGHT = re.compile(
    r"\s+(?:has\s+|had\s+|have\s+)?(?:bought|ordered|received|acquired|purchased|procured)\b"
)
_VERB_BEFORE = re.compile(
    r"\b(?!(?:and|but|while|since|which|that|when|after|before|as|because|although|though|"
    r"so|then|also|meanwhile|where|until|once|now|to|into|for|by|from|with|of|on|in|at|"
    r"under|over|between|among|against|including|only|still|already|whom|"
    # "Last year the army received ...": a time phrase opening the sentence
    r"year|week|month|decade|summer|winter|spring|autumn|weekend|day|time|later|earlier|"
    r"ago|recently|since)\b)"
    r"[a-z][a-z-]*\s+$"
)
# "has supplied the army with armoured vehicles": the supply verb's object receives
_SUPPLY_VERB_BEFORE = re.compile(
    r"\b(?:supplied|supplies|supplying|supply|armed|arms|arming|equipped|equips|equipping|"
    r"provided|provides|providing)\s+$"
)
_SUPPLIED_WITH = re.compile(r"\s+with\b")
_FORCE_NOUNS = (
    "air force",
    "navy",
    "army",
    "Air Force",
    "Navy",
    "Army",
    "orces",
    "inistry",
    "Coast Guard",
)
# (not across a line: "... to Ukraine\nThe Ministry of Defence announces")
_FORCE_AFTER = re.compile(
    r"(?:['’]s)?[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+)?(?i:air\s+force|navy|army|armed\s+forces|"
    r"(?-i:Coast\s+Guard)|"
    r"defen[cs]e\s+(?:forces|ministry)|ministry\s+of\s+defen[cs]e|military(?!\s+(?:financing|"
    r"sales|aid|assistance|spending|budget|exports?|imports?|trade|goods|items))|forces)\b"
    # "trained with US Coast Guard instructors", "former US Coast Guard Island-class cutters":
    # another country's people or ships, not the forces the article is about
    r"(?!\s+(?:[A-Z][\w-]*-class\s+)?(?:instructors?|trainers?|officers?|personnel|teams?|"
    r"advisers?|advisors?|cutters?|ships?|vessels?|boats?|destroyers?|frigates?|surplus|"
    r"stocks?)\b)"
)
# "South Korea's Ministry of Trade", "the Korean trade ministry": whose "the ministry" is
_MINISTRY_AFTER = re.compile(
    r"(?:['’]s)?[^\S\n]+(?:[A-Z][\w-]*[^\S\n]+)?(?i:(?:[a-z]+[^\S\n]+)?ministry)\b"
)


def _force_owner(text: str, mentions: Sequence[Mention], main: Place | None) -> Place | None:
    """Whose forces "the army" and "the navy" are: the country the article names its forces
    by ("Bangladesh's army", "the Peruvian Navy"), which in a story about a supplier's sale
    is the buyer; else the article's main country."""
    counts = collections.Counter(
        m.place
        for m in mentions
        if m.place.kind == "country"
        and m.via not in ("system", "company")
        and _FORCE_AFTER.match(text, m.end)
    )
    ranked = counts.most_common(2)
    if not ranked:
        return main
    if len(ranked) == 2 and ranked[0][1] == ranked[1][1]:
        return None  # "the Korean Navy ... the Peruvian Navy": either may be meant
    return ranked[0][0]


def _ministry_owner(text: str, mentions: Sequence[Mention]) -> Place | None:
    """The one country whose ministries the article names ("South Korea's Ministry of Trade,
    Industry and Energy"), if only one."""
    named = {
        m.place
        for m in mentions
        if m.place.kind == "country"
        and m.via not in ("system", "company")
        and _MINISTRY_AFTER.match(text, m.end)
    }
    return next(iter(named)) if len(named) == 1 else None


_MONARCHIES = dict(MONARCHY_NOUNS)
# "the bloc", "the 27-member bloc" (not "the Soviet bloc", "the regional bloc ECOWAS")
_BLOC_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:(?:27-(?:member|nation)|European|EU)\s+)?bloc\b(?!\s+[A-Z])"
)
_COUNTRY_NOUNS = (
    "country", "nation", "republic", "kingdom", "emirate", "sultanate", "island", " state"
)  # fmt: skip
_FIRM_NOUNS = ("company", "firm", "manufacturer", "trader", "shipyard", "contractor")
_FIRM_BACK_REFERENCE = re.compile(
    r"\b[Tt]he\s+(?:company|firm|manufacturer|trader|shipyard|contractor)\b(?!['’]s\s+rivals)"
)

# "Iran has supplied the group with missiles" after "The Houthis have fired...": an armed
# group named just before (not "the group of experts", nor a rights group named in between)
_GROUP_BACK_REFERENCE = re.compile(r"\b[Tt]he\s+(?:group|militia|movement)\b(?!\s+of\b)")
_ARMED_GROUP_NAMES = frozenset(surface for surface, _ in ARMED_GROUPS)
_OTHER_GROUP = re.compile(
    r"\b(?:[A-Z][\w-]*\s+(?:International|Watch|Network|Group|Institute|Project|Monitor|"
    r"Centre|Center|Panel)|researchers|monitors|investigators|NGO)\b"
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


# a preposition governing a mention: "beyond Russia", "pressure from China"
_GOVERNED = re.compile(
    r"\b(?:from|beyond|than|against|with|to|for|on|at|in|of|by|like|unlike|over|towards?|"
    r"into|about|between)\s+(?:the\s+)?$",
    re.IGNORECASE,
)
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


_CLAUSE_BREAK = re.compile(
    r"[.!?;]\s|,\s+(?:and|but|while|whereas|after|before|when|which|who|as|since|until)\b"
)


def _ungoverned_before(text: str, m: Mention, pos: int) -> bool:
    """Is m named earlier in pos's clause with no preposition governing it ("The Spanish
    ministry suspended the delivery to the kingdom"): the clause's actor, not its object
    ("Thailand has diversified its suppliers, after which Washington froze aid to the
    kingdom": another clause)."""
    return not _CLAUSE_BREAK.search(text, m.end, pos) and not _GOVERNED.search(
        text, max(0, m.start - 12), m.start
    )


def _subject_of(text: str, m: Mention, pos: int, mentions: Sequence[Mention]) -> bool:
    """Is m the subject of the clause that reaches pos: it opens the sentence and every
    party named between it and pos opens it too ("Denmark and Finland halted ...")?"""
    return _opens_sentence(text, m, pos) and all(
        _opens_sentence(text, o, pos) for o in mentions if m.end <= o.start and o.end <= pos
    )


_STATE_ACTOR_NAMES = frozenset(surface for surface, _ in STATE_ACTORS)
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
        # the country must open the name ("South Africa's National ... Committee"), or the
        # name is itself an institution standing for it ("Inspectorate of Strategic Products")
        # ... or a group's own name stands for its country ("the Rapid Support Forces (RSF)")
        own_name = (owner.surface in _STATE_ACTOR_NAMES or owner.via == "alias") and not text[
            owner.end : d.start()
        ].strip()
        if not own_name and not _ACRONYM_NAME.fullmatch(text, owner.end, d.start()):
            continue
        for r in re.finditer(rf"\b{re.escape(acr)}\b", text[d.end() :]):
            at = d.end() + r.start()
            hit = re.compile(re.escape(acr)).match(text, at)
            if hit is not None and free(hit):
                out.append(Mention(at, at + len(acr), acr, owner.place, "alias"))
    return out


_THE_NORTH = re.compile(r"\b[Tt]he North\b(?!['’]s\s+[A-Z]|\s+(?:[A-Z]|of\b|and\b|Sea|Atlantic)|-)")


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
            def named_country(m: Mention) -> bool:
                return m.place.kind == "country" and m.via in ("name", "capital", "alias")

            def subject(m: Mention) -> bool:
                return named_country(m) and not _GOVERNED.search(
                    text, max(0, m.start - 12), m.start
                )

            # "Armenia is looking beyond Russia for weapons. The country bought ...": a
            # country no preposition governs (the subject) before one that is
            named = _latest_before(
                text,
                mentions,
                r.start(),
                300,
                subject,
            ) or _latest_before(text, mentions, r.start(), 300, named_country)
            place = named.place if named is not None else main
        elif _PREP_BEFORE_BACKREF.search(text, max(0, r.start() - 12), r.start()):
            # "Selling such items to Russia has been banned since the EU imposed sanctions on
            # the country": an object names the country its own sentence named (not the
            # subject), before the article's main country
            at = r.start()

            def in_sentence(m: Mention, at: int = at) -> bool:
                return (
                    m.place.kind == "country"
                    and m.via in ("name", "capital", "alias")
                    and not re.search(r"[.!?]\s", text[m.end : at])
                    # itself an object ("to Russia"), not a clause's subject, nor named as
                    # one before "the country" ("a memorandum with Tehran, and Iran has
                    # delivered drones to the Andean country")
                    and bool(_GOVERNED.search(text, max(0, m.start - 12), m.start))
                    and not any(
                        o.place == m.place
                        and m.end <= o.start < at
                        and not _GOVERNED.search(text, max(0, o.start - 12), o.start)
                        for o in mentions
                    )
                )

            named = _latest_before(text, mentions, at, 300, in_sentence)
            if named is not None:
                place = named.place
        if (monarchies := _MONARCHIES.get(r.group("noun"))) is not None:
            # "Denmark and Finland halted licences to the kingdom": an object is not the
            # sentence's own subject
            at = r.start()
            as_object = bool(_PREP_BEFORE_BACKREF.search(text, max(0, at - 12), at))

            def monarchy(m: Mention, obj: bool = as_object, at: int = at) -> bool:
                return (
                    m.place.iso3 in monarchies
                    and m.via != "system"
                    and not (
                        obj
                        and (_subject_of(text, m, at, mentions) or _ungoverned_before(text, m, at))
                    )
                )

            named = _latest_before(text, mentions, at, 400, monarchy)
            if named is None:
                # "The kingdom received the first eight aircraft" a paragraph after "Jordan":
                # the monarchy the article has named most so far (not "Norway's Kongsberg",
                # a maker named once), the latest on a tie
                earlier = [
                    m
                    for m in mentions
                    if m.start < at and m.place.iso3 in monarchies and m.via != "system"
                ]
                tally = collections.Counter(m.place for m in earlier)
                named = max(reversed(earlier), key=lambda e: tally[e.place]) if earlier else None
            fallback = main if main is not None and main.iso3 in monarchies else None
            place = named.place if named is not None else fallback
        if place is not None:
            extra.append(Mention(r.start(), r.end(), r.group(0), place, "backref"))
    owner = _force_owner(text, mentions, main) if any(n in text for n in _FORCE_NOUNS) else None
    ministry = _ministry_owner(text, mentions) if "inistry" in text else None
    for r in _FORCE_BACK_REFERENCE.finditer(text) if (owner or ministry) is not None else ():
        # "the ministry" alone is the ministry the article named ("South Korea's Ministry of
        # Trade"), whatever country's forces it follows
        whose = ministry if ministry is not None and r.group(0)[4:].lower() == "ministry" else owner
        if whose is None:
            continue
        if free(r) and (
            not _VERB_BEFORE.search(text, max(0, r.start() - 24), r.start())
            # "the Kfir jets the air force bought from Israel": the subject of a relative
            # clause with no "that", whatever word comes before it
            or _FORCE_BOUGHT.match(text, r.end())
            or (
                _SUPPLIED_WITH.match(text, r.end())
                and _SUPPLY_VERB_BEFORE.search(text, max(0, r.start() - 24), r.start())
            )
        ):
            extra.append(Mention(r.start(), r.end(), r.group(0), whose, "backref"))
    extra += _bound_acronyms(text, mentions, free)
    for r in _THE_NORTH.finditer(text) if "he North" in text else ():
        # "Pyongyang has supplied missiles ... the North has also shipped shells": North Korea
        # once the article has named it
        prk = next(
            (m.place for m in mentions if m.place.iso3 == "PRK" and m.start < r.start()), None
        )
        if prk is not None and free(r):
            extra.append(Mention(r.start(), r.end(), r.group(0), prk, "backref"))
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
    for r in _BLOC_BACK_REFERENCE.finditer(text) if "bloc" in text else ():
        # "the equipment the bloc delivered to Rwandan troops": the bloc named before (the
        # EU), not the country the article is about
        if not free(r):
            continue
        bloc = _latest_before(
            text,
            mentions,
            r.start(),
            2000,
            lambda m: m.place.kind == "bloc" and m.via != "system",
            same_paragraph=False,
        )
        if bloc is not None:
            extra.append(Mention(r.start(), r.end(), r.group(0), bloc.place, "bloc"))
    # "the group" stands for an armed group named before it: none named, nothing to scan for
    groups = any(m.surface in _ARMED_GROUP_NAMES for m in mentions) and (
        "group" in text or "militia" in text or "movement" in text
    )
    for r in _GROUP_BACK_REFERENCE.finditer(text) if groups else ():
        if not free(r):
            continue
        armed = _latest_before(
            text, mentions, r.start(), 400, lambda m: m.surface in _ARMED_GROUP_NAMES
        )
        if armed is not None and not _OTHER_GROUP.search(text, armed.end, r.start()):
            extra.append(Mention(r.start(), r.end(), r.group(0), armed.place, "alias"))
    return sorted([*mentions, *extra], key=lambda m: m.start) if extra else list(mentions)


_EU_MEASURE_AFTER = re.compile(
    r"[^.;]{0,80}\b(?:embargo|sanction|restrictive\s+measures|asset\s+freeze)", re.IGNORECASE
)


# "Brussels says no Belgian military goods have been licensed": Belgium's own government
_BELGIAN_NEAR = re.compile(
    r"\b(?:Belgi|Walloon|Wallonia|Flemish|Flanders|Brussels-Capital)", re.IGNORECASE
)


def _brussels_as_eu(text: str, mentions: list[Mention], gazetteer: Gazetteer) -> list[Mention]:
    """ "Brussels imposed an arms embargo": the EU speaks through Brussels on embargoes and
    sanctions, and in an article that names the EU ("Brussels added firms to its list"),
    unless a Belgian body is near; elsewhere Brussels stays Belgium's capital."""
    if not any(m.surface == "Brussels" for m in mentions):
        return mentions
    eu = gazetteer.lookup("EU")
    if eu is None:
        return mentions
    names_eu = any(m.place.key == "eu" for m in mentions)
    return [
        replace(m, place=eu, via="alias")
        if m.surface == "Brussels"
        and (
            _EU_MEASURE_AFTER.match(text, m.end)
            or (names_eu and not _BELGIAN_NEAR.search(text, max(0, m.start - 150), m.end + 150))
        )
        else m
        for m in mentions
    ]


def _topic(
    text: str,
    mentions: Sequence[Mention],
    start: int,
    end: int,
    classified: Sequence[_Party] = (),
) -> Place | None:
    """The first party a sentence names: what a following "It ..." most likely means.

    ``classified``, when not empty, holds ``_classify(text, m, start, end)`` of every mention
    (the claims of the sentence needed them): each is then not classified again.
    """
    for i, m in enumerate(mentions):
        if m.via not in ("system", "company"):
            party = classified[i] if classified else _classify(text, m, start, end)
            return party.mention.place if party.role == "party" else None
    return None


_DEAL_AFTER = re.compile(r"\s+(?:orders?|contracts?|deals?|purchases?|sales?|offers?)\b")


def _buyer_topic(text: str, mentions: Sequence[Mention], start: int, end: int) -> Place | None:
    """The first party of the article that is not named as a seller ("… from US", "completing
    German order"): whose purchases an agentless "was bought from Norway" reports."""
    for m in mentions:
        if m.via in ("system", "company"):
            continue
        party = _classify(text, m, start, end)
        if party.role != "party":
            continue
        if party.prep in ("from", "by") or (m.via == "demonym" and _DEAL_AFTER.match(text, m.end)):
            continue
        return m.place
    return None


_LEAD_CHARS = 600
_EXPORTS_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:[\w-]+\s+){0,2}?(?:exports|export\s+(?:licen[cs]es|permits|reports?|"
    r"approvals|list|figures|data|statistics)|arms\s+sales|"
    # "Flanders refuses licence for Turkish drone maker", "Norway granted 212 licences"
    r"(?:refus|grant|approv|issu|reject|den(?:y|ie))\w*\s+(?:[\w-]+\s+){0,3}?"
    r"(?:licen[cs]es?|permits?))\b",
    re.IGNORECASE,
)


def _home_exporter(text: str, mentions: Sequence[Mention], main: Place | None) -> Place | None:
    """The country whose exports the article's lead is about ("Swedish arms exports hit
    record", "Norway lifts freeze on ammunition exports"), unless another country leads the
    article: a report on one country's exports names only the destinations of most of them."""
    for m in mentions:
        if m.start >= _LEAD_CHARS:
            break
        if (
            m.place.kind == "country"
            and m.place == (main or m.place)
            and _EXPORTS_AFTER.match(text, m.end, m.end + 60)
        ):
            return m.place
    return None
