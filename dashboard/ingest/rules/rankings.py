"""Rankings of an exporter's customers or of an importer's suppliers: "The United States was
the biggest market, at about $1.6 billion. It was followed by the United Arab Emirates and
Indonesia"; "Suppliers based in Russia accounted for $406m, followed by China at $267m,
Singapore at $254m, India at $51m and Thailand at $28m".

Why: export reports and trade analyses list the countries a supplier sold to (or an importer
bought from) as a league table, with no trade verb for each: "followed by", "came second",
"then X with". Each ranked country is a party of the same trade, on the other side from the
exporter (or importer) the article reports on.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from dashboard.ingest.dates import DateMention
from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.pairs import is_party
from dashboard.ingest.rules.facts import _date_for
from dashboard.model import Claim, DateRange, Excerpt, Place

# "was the biggest market", "remained its largest customer", "accounted for $406m"
_LEADER = re.compile(
    r"\b(?:(?:was|is|were|are|remained|remains|became|becomes)\s+(?:again\s+|once\s+again\s+|"
    r"still\s+)?(?:the|its|their)\s+(?:single\s+)?(?:biggest|largest|main|top|leading|"
    r"most\s+important)\s+(?:(?:export|arms|foreign|overseas|single|defen[cs]e)\s+)?"
    r"(?P<role>markets?|customers?|buyers?|destinations?|recipients?|clients?|suppliers?|"
    r"sources?)|"
    # "accounted for $406m", "accounted for almost a quarter of the value"
    r"accounted\s+for(?=[^.;]{0,40}?(?:[$€£¥]|\d|\b(?:quarter|third|half|fifth|share|"
    r"percent)\b)))\b",
    re.IGNORECASE,
)
# the ranked ones: "followed by X", "X followed with", "X was second", ", then X with"
_RANK = re.compile(
    r"\bfollowed\s+(?:by|with)\b|\b(?:was|came|ranked|placed)\s+(?:second|third|fourth|next)\b|"
    # ", then Singapore with $254 million" (not "then-minister", ", then resumed them")
    r",\s+then\s+(?=(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)*\s+(?:with|at)\b)",
    re.IGNORECASE,
)
# what the table ranks: buyers of an exporter's goods, or suppliers of an importer
_BUYER_NOUNS = re.compile(
    r"\b(?:markets?|customers?|buyers?|destinations?|recipients?|clients?|importers?|"
    r"(?:arms|defen[cs]e|military)\s+exports?|permits?|licen[cs]es|approvals)\b",
    re.IGNORECASE,
)
_SUPPLIER_NOUNS = re.compile(r"\b(?:suppliers?|sources?|imports?|imported|supplied)\b", re.I)
# a league table's marks: a figure, a share, a rank
_TABLE = re.compile(
    r"[$€£¥]\s?\d|\d\s*(?:%|percent|per\s+cent)|\b(?:billion|million|bn|share|second|third|"
    r"fourth|next|largest|biggest|top)\b",
    re.IGNORECASE,
)
# a ranked clause ends at a semicolon or a new clause of its own
_CLAUSE_END = re.compile(r";|,\s+(?:which|while|but|whereas|although)\b|\s\(")
_NAMES = ("name", "capital", "alias")
_LIST_GAP = 40  # characters between one ranked country and the next
_NOT_LISTED = re.compile(r"\b(?:with|over|about|against|between|of)\b", re.IGNORECASE)


def rankings(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Mention],
    new: list[Claim],
    last_claims: Sequence[tuple[Claim, int]],
    sent_no: int,
    reporter: Place | None,
    source_id: str,
    dates: Sequence[DateMention],
) -> list[Claim]:
    """``new`` with a transfer for each country the sentence ranks among the customers (or
    suppliers) of the trade the article reports. ``reporter``: the article's exporter (or main
    country), whose trade the table is when no claim of the two sentences before says whose."""
    s_start, s_end = span
    phrases = [*_LEADER.finditer(text, s_start, s_end), *_RANK.finditer(text, s_start, s_end)]
    if not phrases:
        return new
    context = text[max(0, s_start - 300) : s_end]
    if not _TABLE.search(context):
        return new  # "followed by growing frustration with Moscow": no table
    ranked = _ranked(text, s_start, s_end, mentions, phrases)
    if not ranked:
        return new
    # whose table: the trade just reported (its exporter, else its importer), else the
    # article's reporter country, as a seller or a buyer as the words say
    recent = [
        c for c in (*[c for c, n in last_claims if n >= sent_no - 2], *new) if c.kind == "transfer"
    ]
    keys = {p.key for p in ranked}
    origins = {c.origin for c in recent if c.origin.key not in keys}
    dests = {c.destination for c in recent if c.destination.key not in keys}
    # the side the table ranks: the role its leader was given ("was the biggest market"),
    # else whichever of buyers and suppliers the words around it name
    roles = [m.group("role") for m in _LEADER.finditer(context) if m.group("role")]
    if roles:
        buyers = _SUPPLIER_NOUNS.fullmatch(roles[-1]) is None
        suppliers = not buyers
    else:
        buyers = _BUYER_NOUNS.search(context) is not None
        suppliers = _SUPPLIER_NOUNS.search(context) is not None
    seller: Place | None = None
    buyer: Place | None = None
    if len(origins) == 1 and len(dests) == 1:
        # one trade just reported: the words say which side the table ranks
        if buyers != suppliers:
            seller, buyer = (next(iter(origins)), None) if buyers else (None, next(iter(dests)))
    elif len(origins) == 1:
        seller = next(iter(origins))
    elif len(dests) == 1:
        buyer = next(iter(dests))
    elif reporter is not None and reporter.key not in keys and buyers != suppliers:
        seller, buyer = (reporter, None) if buyers else (None, reporter)
    if seller is None and buyer is None:
        return new
    have = {(c.origin.key, c.destination.key) for c in new if c.kind == "transfer"}
    when = _when(span, dates, recent)
    excerpt = Excerpt(source_id, s_start, s_end, text[s_start:s_end])
    out = list(new)
    for place in ranked:
        origin, destination = (seller, place) if seller is not None else (place, buyer)
        assert origin is not None and destination is not None
        if origin.key == destination.key or (origin.key, destination.key) in have:
            continue
        have.add((origin.key, destination.key))
        side = "customers" if seller is not None else "suppliers"
        owner = seller or buyer
        assert owner is not None
        out.append(
            Claim(
                origin=origin,
                destination=destination,
                kind="transfer",
                date=when,
                excerpt=excerpt,
                warnings=(f"read as ranked among {owner.name}'s {side}: check the excerpt",),
            )
        )
    return out


def _ranked(
    text: str,
    s_start: int,
    s_end: int,
    mentions: Sequence[Mention],
    phrases: Sequence[re.Match[str]],
) -> list[Place]:
    """The countries the sentence ranks: the subject of the leading phrase or of "X followed
    with", and those after "followed by" or "then", to the end of their clause."""
    named = [
        m for m in mentions if s_start <= m.start < s_end and m.via in _NAMES and is_party(m.place)
    ]
    out: list[Place] = []
    for phrase in phrases:
        before = [m for m in named if phrase.start() - 45 <= m.end <= phrase.start()]
        if before and not re.search(r"[,;]", text[before[-1].end : phrase.start()]):
            out.append(before[-1].place)  # "Suppliers based in Russia accounted for"
        if re.match(r"followed\s+by|,\s+then", phrase.group(0), re.I):
            # the list right after the phrase: each country within a few words of the last
            # ("followed by China at $267m, entities registered in Singapore at $254m"), not
            # "followed by talks on further ships, and ... was delivered by France"
            end = _CLAUSE_END.search(text, phrase.end(), s_end)
            stop = end.start() if end else s_end
            cursor = phrase.end()
            for m in named:
                if cursor <= m.start < stop:
                    if m.start - cursor > _LIST_GAP or _NOT_LISTED.search(text, cursor, m.start):
                        break  # "followed by growing frustration with Moscow": no list
                    out.append(m.place)
                    cursor = m.end
    return list({p.key: p for p in out}.values())


def _when(
    span: tuple[int, int], dates: Sequence[DateMention], recent: Sequence[Claim]
) -> DateRange:
    """The sentence's own date, else that of the trade the table continues."""
    if dates:
        return _date_for(dates, span[0], span, "")[0]
    return recent[-1].date if recent else DateRange.unknown()
