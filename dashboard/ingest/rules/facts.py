"""What a claim carries besides its parties: date, items, figures, hedging and attribution."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from typing import TypeVar

from dashboard.ingest.dates import DateMention, anaphoric_years, extract_dates
from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.prefilter import Prefiltered
from dashboard.ingest.rules.vocabulary import _EARLIER_CLAUSE, _LATER_CLAUSE
from dashboard.model import DateRange

_HEDGE = re.compile(
    r"\b(?:allegedly|reportedly|alleged|allegations?|claimed|claims?\s+that|suspected|"
    r"purportedly|purported|accused|believed\s+to|said\s+to\s+have|may\s+have|might\s+have|"
    r"unconfirmed|unverified|rumou?red|apparently|probably|most\s+likely|if\s+confirmed|"
    r"(?:is|are|was|were)\s+(?:also\s+|widely\s+|now\s+)?reported\s+to|"
    r"(?:appears?|appeared|seems?|seemed)\s+to\s+have)\b",
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

_T = TypeVar("_T")


class _Lazy(Sequence[_T]):
    """A list built on first use: most trigger sentences make no claim, and need neither
    their dates (a fifth of extraction time) nor anything derived from them."""

    def __init__(self, build: Callable[[], list[_T]]) -> None:
        self._build = build

    @functools.cached_property
    def _items(self) -> list[_T]:
        return self._build()

    @property
    def built(self) -> bool:
        """Whether the list has been built (asked for) yet."""
        return "_items" in self.__dict__

    def __getitem__(self, index: int) -> _T:  # type: ignore[override]
        return self._items[index]

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self) -> Iterator[_T]:
        return iter(self._items)


def _sentence_dates(text: str, start: int, end: int, published: date | None) -> list[DateMention]:
    """The dates of text[start:end], with offsets into text; "that year" resolves against
    the year named before it."""
    found = [
        DateMention(d.start + start, d.end + start, d.phrase, d.range, d.warning)
        for d in extract_dates(text[start:end], published)
    ]
    anaphoric = [
        a
        for a in anaphoric_years(text, start, end)
        if not any(d.start < a.end and a.start < d.end for d in found)
    ]
    return sorted(found + anaphoric, key=lambda d: d.start) if anaphoric else found


@dataclass(frozen=True)
class _Facts:
    """What a sentence says about every claim it makes: hedging, figures, who says so."""

    hedges: tuple[int, ...]  # where hedging words start, in the sentence
    clause_breaks: tuple[int, ...]  # where later clauses start (only looked for when hedged)
    quantities: list[re.Match[str]]
    values: list[re.Match[str]]
    attribution: str | None

    @staticmethod
    def of(sentence: str) -> _Facts:
        hedges = tuple(m.start() for m in _HEDGE.finditer(sentence))
        return _Facts(
            hedges=hedges,
            clause_breaks=tuple(m.start() for m in _LATER_CLAUSE.finditer(sentence))
            if hedges
            else (),
            quantities=list(_QUANTITY.finditer(sentence)),
            values=list(_VALUE.finditer(sentence)),
            attribution=_attribution(sentence),
        )

    def hedged(self, trigger: int, window_end: int, measure: bool) -> bool:
        """Whether the claim of the trigger at ``trigger`` (clause ending at ``window_end``)
        is hedged: doubt in a later clause is about something else ("France sold them to
        India in 2016, and they reportedly fired missiles"), and after a measure it is its
        reason ("sanctioned firms for allegedly supplying Russia", "accused of helping")."""
        for h in self.hedges:
            if h < trigger:
                return True
            if measure or h >= window_end:
                continue
            if not any(trigger < b < h for b in self.clause_breaks):
                return True
        return False


# A later clause that dates the event it follows: "halted deliveries when the war began in
# October 2023", "imposed sanctions shortly after the invasion in February 2022", "bought
# drones from China, the first of which were delivered in 2017".
_DATING_CLAUSE = re.compile(
    r"\b(?:when|after|following|the\s+(?:first|last)\s+(?:of\s+(?:which|them)|ones?)|in\s+the"
    r"\s+wake\s+of)\b",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[,;:]|\b(?:that|which|who|whose|where)\b")
_LINK_REACH = 70  # characters from the linking word to the date


def _date_for(
    dates: Sequence[DateMention],
    t_abs: int,
    window: tuple[int, int],
    opener: str,
    text: str | None = None,
) -> tuple[DateRange, str | None]:
    """Nearest date in the trigger's clause, else in the sentence unless the clause is earlier,
    else (given the text) in a later clause that dates it ("..., when the war began in
    October 2023")."""
    inside = [d for d in dates if window[0] <= d.start < window[1]]
    pool = inside
    if not pool and opener not in _EARLIER_CLAUSE:
        pool = [d for d in dates if d.start < window[0]]
    if not pool and text is not None:
        later = next((d for d in dates if d.start >= window[1]), None)
        if later is not None:
            links = list(_DATING_CLAUSE.finditer(text, t_abs, later.start))
            if opener in _EARLIER_CLAUSE and links and "," in text[t_abs : links[0].start()]:
                # "After the US sanctions over its S-400 deal, Turkey faces an embargo
                # following ...": the main clause's link, not the opening clause's
                links = []
            # the date in the linked clause itself, not in one nested in it ("its second
            # supplier after the United States, ..., although the volume fell in 2024";
            # "following an investigation that revealed drones were diverted ... last year")
            if (
                links
                and ";" not in text[t_abs : links[0].start()]
                and later.start - links[-1].end() <= _LINK_REACH
                and not _CLAUSE_BREAK.search(text, links[-1].end(), later.start)
            ):
                pool = [later]
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
    if inside:
        return min(inside, key=lambda m: abs(m.start() - pos)).group(0).strip()
    return found[0].group(0).strip() if found else None


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


_TRAILING_FUNCTION_WORDS = re.compile(r"(?:\s+(?:and|of|for|the))+$")
_LEADING_FUNCTION_WORD = re.compile(r"^(?:The|the|and|of|for)\s+")


def _attribution(sentence: str) -> str | None:
    """Who says so: "Canadian Foreign Minister Marc Garneau", "CBC", "Turkey’s Ministry..."."""
    for rx in (_ACCORDING, _ATTR_BEFORE, _ATTR_AFTER):
        for m in rx.finditer(sentence):
            who = _TRAILING_FUNCTION_WORDS.sub("", m.group(1).strip(" ,.\u00a0"))
            who = _LEADING_FUNCTION_WORD.sub("", who)
            if who and who.split()[0].lower() not in ("it", "they", "he", "she", "we", "this"):
                return who
    return None


# Searches that mostly fail, over whole sentences or clauses: each first looks for the words
# a match needs (``prefilter``), which costs a fraction of the pattern's own scan. Rebound
# here, after all the rules, so that the rules above read as plain regexes; modules that
# import them do so after this module has run, and get the prefiltered patterns.
_VALUE = Prefiltered(_VALUE)  # type: ignore[assignment]
_QUANTITY = Prefiltered(_QUANTITY)  # type: ignore[assignment]
_HEDGE = Prefiltered(_HEDGE)  # type: ignore[assignment]
_ITEM_PHRASE = Prefiltered(_ITEM_PHRASE)  # type: ignore[assignment]
# a say-verb or "according to": most sentences have neither
_ACCORDING = Prefiltered(_ACCORDING)  # type: ignore[assignment]
_ATTR_BEFORE = Prefiltered(_ATTR_BEFORE)  # type: ignore[assignment]
_ATTR_AFTER = Prefiltered(_ATTR_AFTER)  # type: ignore[assignment]
