"""Date phrases in news text → ``DateRange`` resolved against the publication date.

News dates are mostly relative ("last fall", "on Monday", "in October"), and their meaning
depends on when the article was published. Our own rules cover seasons, same-day weekdays and
month-only phrases that dateparser gets wrong; dateparser (English only, no locale detection)
is the fallback for the rest ("three weeks ago"). Without a publication date a relative phrase
stays unresolved rather than being guessed.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from dashboard.ingest.asciimode import AsciiFast
from dashboard.model import DateRange

_MONTHS = {
    "january": 1,
    "february": 2,
    "march": 3,
    "april": 4,
    "may": 5,
    "june": 6,
    "july": 7,
    "august": 8,
    "september": 9,
    "october": 10,
    "november": 11,
    "december": 12,
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "sept": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
}
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
# Season → (first month, last month); winter runs December → February of the next year.
_SEASONS = {"spring": (3, 5), "summer": (6, 8), "fall": (9, 11), "autumn": (9, 11)}

_MONTH_RE = (
    r"(?i:January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)"
)
_SEASON_RE = r"(?i:spring|summer|fall|autumn|winter)"
_WEEKDAY_RE = r"(?i:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_YEAR_RE = r"(?:19\d\d|20\d\d)"
_DAY_RE = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
_NUM_RE = r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|a|an)"


@dataclass(frozen=True)
class DateMention:
    """A date phrase found in text, its span and what it resolves to.

    ``warning`` is set when the phrase must not be stored as a fact (impossible, or after the
    publication date).
    """

    start: int
    end: int
    phrase: str
    range: DateRange
    warning: str | None = None


@functools.cache
def _finder() -> AsciiFast:
    """One compiled pattern for every date phrase we resolve; longest alternatives first."""
    alternatives = [
        rf"\b{_YEAR_RE}-[01]\d-[0-3]\d\b",
        rf"\b(?:on\s+)?{_DAY_RE}\s+(?:of\s+)?{_MONTH_RE},?\s+{_YEAR_RE}\b",
        rf"\b(?:on\s+)?{_MONTH_RE}\s+{_DAY_RE},?\s+{_YEAR_RE}\b",
        rf"\b(?:(?:in|during|since|by|until|from|through|of)\s+)?"
        rf"(?:early|mid|late|the\s+end\s+of|the\s+beginning\s+of)?[\s-]*{_MONTH_RE}"
        rf"\s+(?:of\s+)?(?:{_YEAR_RE}|last\s+year|this\s+year|the\s+previous\s+year)\b",
        rf"\b(?:on\s+)?{_MONTH_RE}\s+{_DAY_RE}\b(?![,\s]*\d)",
        rf"\b(?:on\s+)?{_DAY_RE}\s+{_MONTH_RE}\b",
        rf"\b(?:the\s+)?(?:first|second|third|fourth|last|final)\s+quarter\s+of\s+{_YEAR_RE}\b",
        rf"\bQ[1-4]\s+{_YEAR_RE}\b",
        rf"\b(?:(?:the|early|late)\s+)?{_SEASON_RE}\s+(?:of\s+)?(?:{_YEAR_RE}|last\s+year|this\s+year)\b",
        rf"\b(?:last|this|past|previous)\s+{_SEASON_RE}\b",
        r"\b(?:earlier|later)\s+this\s+(?:year|month)\b",
        r"\b(?:last|this|past|previous)\s+(?:year|month|week)\b",
        r"\b(?:the\s+)?(?:previous|prior)\s+year\b",
        r"\b(?:yesterday|today|this\s+morning|tonight)\b",
        rf"\b{_NUM_RE}\s+(?:days?|weeks?|months?|years?)\s+ago\b",
        rf"\b(?:(?:on|last|this|earlier\s+on|late\s+on|next)\s+)?{_WEEKDAY_RE}\b",
        rf"\b(?:in|during|since|by|until|from|through|of|last|early|late|mid-)\s+"
        rf"(?:early\s+|late\s+|mid-)?{_MONTH_RE}(?!\s*\d)\b",
        rf"\b(?:early|late|mid)-?\s?{_YEAR_RE}\b",
        rf"(?:(?<=\bin\s)|(?<=\bsince\s)|(?<=\bby\s)|(?<=\bof\s)|(?<=\bfrom\s)|(?<=\bthe\s)"
        rf"|(?<=\bduring\s)|(?<=\buntil\s)|(?<=\band\s)|(?<=\bto\s)|(?<=\bbefore\s)"
        rf"|(?<=\bafter\s)|(?<=\bin\sthe\s)){_YEAR_RE}\b(?![-/]\d)",
        # a year naming a deal or event: "under a 2016 government-to-government deal", "since
        # a 2014 coup", "in its 2020 offensive" (not "a 2000-strong force")
        rf"(?:(?<=\ba\s)|(?<=\bits\s)|(?<=\btheir\s)){_YEAR_RE}\b(?![-/])",
        rf"\b{_YEAR_RE}(?=[,.;)]|\s*$)",
    ]
    return AsciiFast(
        re.compile(r"(?=[\w])(?:" + "|".join(f"(?:{a})" for a in alternatives) + ")", re.IGNORECASE)
    )


_NAME_WORD = re.compile(
    r"\b(?:january|february|march|april|may|june|july|august|september|october|november"
    r"|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday)\b",
    re.IGNORECASE,
)


def _names_capitalised(phrase: str) -> bool:
    """Month and weekday names are proper nouns: "in may" or "march on" are not dates."""
    return all(w.group(0)[0].isupper() for w in _NAME_WORD.finditer(phrase))


def _month_end(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _month_range(year: int, month: int, phrase: str) -> DateRange:
    return DateRange(date(year, month, 1), _month_end(year, month), "month", phrase)


def _season_range(year: int, season: str, phrase: str) -> DateRange:
    if season == "winter":  # winter of Y: December Y → end of February Y+1
        return DateRange(date(year, 12, 1), _month_end(year + 1, 2), "season", phrase)
    first, last = _SEASONS[season]
    return DateRange(date(year, first, 1), _month_end(year, last), "season", phrase)


def _year_range(year: int, phrase: str) -> DateRange:
    return DateRange(date(year, 1, 1), date(year, 12, 31), "year", phrase)


def _unresolved(phrase: str) -> DateRange:
    return DateRange(None, None, "unknown", phrase, resolved=False)


def _month_of(word: str) -> int:
    return _MONTHS[word.casefold().rstrip(".")]


def _clean(phrase: str) -> str:
    """Lower-case, collapse spaces, drop leading prepositions that carry no date meaning."""
    p = re.sub(r"\s+", " ", phrase.strip().casefold())
    p = re.sub(r"^(?:(?:in|on|during|since|by|until|from|through|of|at)\s+)+", "", p)
    return p


_ABS_PATTERNS = (
    (re.compile(rf"^({_YEAR_RE})-(\d\d)-(\d\d)$", re.I), "iso"),
    (
        re.compile(rf"^(\d{{1,2}})(?:st|nd|rd|th)? (?:of )?({_MONTH_RE}),? ({_YEAR_RE})$", re.I),
        "dmy",
    ),
    (re.compile(rf"^({_MONTH_RE}) (\d{{1,2}})(?:st|nd|rd|th)?,? ({_YEAR_RE})$", re.I), "mdy"),
)


@functools.lru_cache(maxsize=4096)
def resolve_date(phrase: str, published: date | None) -> DateRange:
    """Resolve one date phrase; relative phrases need ``published`` or stay unresolved.

    Cached: articles repeat their phrases ("in 2019", "last year") and the result is an
    immutable value of the phrase and the date alone."""
    p = _clean(phrase)
    try:
        return _resolve(p, phrase, published)
    except ValueError:  # e.g. "31 February": impossible, never stored as a fact
        return _unresolved(phrase)


def _resolve(p: str, phrase: str, pub: date | None) -> DateRange:
    for pattern, kind in _ABS_PATTERNS:
        m = pattern.match(p)
        if m:
            if kind == "iso":
                y, mo, d = int(m[1]), int(m[2]), int(m[3])
            elif kind == "dmy":
                d, mo, y = int(m[1]), _month_of(m[2]), int(m[3])
            else:
                mo, d, y = _month_of(m[1]), int(m[2]), int(m[3])
            day = date(y, mo, d)
            return DateRange(day, day, "day", phrase)

    # Month + year, possibly qualified ("early October 2019", "October last year").
    m = re.match(
        rf"^(?:(?:early|mid|late|the end of|the beginning of)[\s-]*)?({_MONTH_RE}) (?:of )?"
        rf"({_YEAR_RE}|last year|this year|the previous year)$",
        p,
    )
    if m:
        month = _month_of(m[1])
        if m[2][0].isdigit():
            return _month_range(int(m[2]), month, phrase)
        if pub is None:
            return _unresolved(phrase)
        year = pub.year if m[2] == "this year" else pub.year - 1
        return _month_range(year, month, phrase)

    m = re.match(rf"^(?:the )?(first|second|third|fourth|last|final) quarter of ({_YEAR_RE})$", p)
    if m or (m := re.match(rf"^q([1-4]) ({_YEAR_RE})$", p)):
        order = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}
        q = int(m[1]) if m[1].isdigit() else order[m[1]]
        year = int(m[2])
        return DateRange(date(year, 3 * q - 2, 1), _month_end(year, 3 * q), "quarter", phrase)

    m = re.match(
        rf"^(?:(?:the|early|late) )?({_SEASON_RE}) (?:of )?({_YEAR_RE}|last year|this year)$", p
    )
    if m:
        if m[2][0].isdigit():
            return _season_range(int(m[2]), m[1], phrase)
        if pub is None:
            return _unresolved(phrase)
        return _season_range(pub.year if m[2] == "this year" else pub.year - 1, m[1], phrase)

    m = re.match(rf"^(last|this|past|previous) ({_SEASON_RE})$", p)
    if m:
        if pub is None:
            return _unresolved(phrase)
        season = m[2]
        if m[1] == "this":
            year = pub.year if season != "winter" or pub.month == 12 else pub.year - 1
            return _season_range(year, season, phrase)
        # The most recent such season that ended before publication.
        year = pub.year
        while (r := _season_range(year, season, phrase)).end and r.end >= pub:
            year -= 1
        return r

    m = re.match(rf"^(?:(?:early|late|mid)-?\s?)?({_YEAR_RE})$", p)
    if m:
        return _year_range(int(m[1]), phrase)

    m = re.match(
        rf"^(?:the )?(?:({_MONTH_RE}) (\d{{1,2}})|(\d{{1,2}}) ({_MONTH_RE}))(?:st|nd|rd|th)?$", p
    )
    if m:  # "April 12": the year comes from the publication date
        if pub is None:
            return _unresolved(phrase)
        month = _month_of(m[1] or m[4])
        day = date(pub.year, month, int(m[2] or m[3]))
        return DateRange(day, day, "day", phrase)

    if pub is None:
        return _unresolved(phrase)
    return _resolve_relative(p, phrase, pub)


def _resolve_relative(p: str, phrase: str, pub: date) -> DateRange:
    if p in (
        "last year",
        "past year",
        "previous year",
        "the previous year",
        "prior year",
        "the prior year",
    ):
        return _year_range(pub.year - 1, phrase)
    if p == "this year":
        return _year_range(pub.year, phrase)
    if p == "earlier this year":
        return DateRange(date(pub.year, 1, 1), pub, "year", phrase)
    if p == "later this year":
        return DateRange(pub, date(pub.year, 12, 31), "year", phrase)
    if p in ("last month", "past month", "previous month"):
        first = pub.replace(day=1) - timedelta(days=1)
        return _month_range(first.year, first.month, phrase)
    if p in ("this month", "earlier this month", "later this month"):
        return _month_range(pub.year, pub.month, phrase)
    if p in ("last week", "past week", "previous week"):
        monday = pub - timedelta(days=pub.weekday() + 7)
        return DateRange(monday, monday + timedelta(days=6), "week", phrase)
    if p == "this week":
        monday = pub - timedelta(days=pub.weekday())
        return DateRange(monday, monday + timedelta(days=6), "week", phrase)
    if p == "yesterday":
        day = pub - timedelta(days=1)
        return DateRange(day, day, "day", phrase)
    if p in ("today", "this morning", "tonight"):
        return DateRange(pub, pub, "day", phrase)

    m = re.match(rf"^(?:(last|this|earlier on|late on|next) )?({_WEEKDAY_RE})$", p)
    if m:
        target = _WEEKDAYS.index(m[2])
        back = (pub.weekday() - target) % 7
        if m[1] == "last" and back == 0:
            back = 7
        day = pub - timedelta(days=back)
        if m[1] == "next":
            day = pub + timedelta(days=(target - pub.weekday()) % 7 or 7)
        return DateRange(day, day, "day", phrase)

    m = re.match(rf"^(?:(?:last|early|late|mid-) ?)?(?:(?:early|late|mid-) ?)?({_MONTH_RE})$", p)
    if m:  # "in October": the most recent October on or before publication
        month = _month_of(m[1])
        year = pub.year if month <= pub.month else pub.year - 1
        return _month_range(year, month, phrase)

    return _fallback(p, phrase, pub)


def _fallback(p: str, phrase: str, pub: date) -> DateRange:
    """dateparser for what our rules do not cover, e.g. "three weeks ago"."""
    import dateparser  # slow import, only needed for rare phrases

    parsed = dateparser.parse(
        p,
        languages=["en"],
        settings={
            "RELATIVE_BASE": _as_datetime(pub),
            "PREFER_DATES_FROM": "past",
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
    if parsed is None:
        return _unresolved(phrase)
    day = parsed.date()
    if "year" in p:
        return _year_range(day.year, phrase)
    if "month" in p:
        return _month_range(day.year, day.month, phrase)
    if "week" in p:
        monday = day - timedelta(days=day.weekday())
        return DateRange(monday, monday + timedelta(days=6), "week", phrase)
    return DateRange(day, day, "day", phrase)


def _as_datetime(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 12, 0)


def date_warning(rng: DateRange, published: date | None) -> str | None:
    """Why a resolved phrase must not be stored as a fact, or None."""
    if rng.phrase and not rng.resolved and _looks_absolute(rng.phrase):
        return f"impossible date {rng.phrase!r}"
    if published is not None and rng.start is not None and rng.start > published:
        return f"date {rng.phrase!r} ({rng.start.isoformat()}) is after the publication date"
    return None


def _looks_absolute(phrase: str) -> bool:
    return bool(re.search(r"\d", phrase)) and not re.search(r"\bago\b", phrase)


def _alternatives(pattern: str) -> list[str]:
    """``a|b|c`` as its alternatives: word lists read as the regexes they become."""
    return pattern.split("|")


# Words every date phrase contains; ``_regions`` looks for them as whole words. Names are
# case-sensitive (proper nouns), the rest is not.
_ANCHOR_WORDS = _alternatives(
    "January|February|March|April|May|June|July|August|September|October|November|December"
    r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday"
    r"|Saturday|Sunday|Q[1-4]|1[89]\d\d|20\d\d"
)
_ANCHOR_WORDS_ANY_CASE = _alternatives(
    "spring|summer|fall|autumn|winter|years?|months?|weeks?|days|yesterday|today|tonight"
    "|morning|ago|quarter"
)

# Python's ``re`` lets these ASCII letters match under IGNORECASE: dotted and dotless i,
# the Kelvin sign and the long s (tests/ingest/test_dates.py checks every code point).
_CASE_FOLDS = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}
_TOKEN = re.compile(r"\\.|\[[^\]]*\]|.")


def _tokens(fragment: str) -> list[str]:
    """A regex fragment as atoms (escape, class or character) with any ``?`` attached."""
    out: list[str] = []
    for t in _TOKEN.findall(fragment):
        if t == "?":
            out[-1] += t
        else:
            out.append(t)
    return out


def _any_case(fragment: str) -> str:
    """The fragment with each letter as a class of what ``(?i)`` lets it match."""
    out = []
    for t in _tokens(fragment):
        letter, q = t[0], t[1:]
        if len(t.rstrip("?")) == 1 and letter.isascii() and letter.isalpha():
            lower = letter.lower()
            t = "[" + _CASE_FOLDS.get(lower, lower + lower.upper()) + "]" + q
        out.append(t)
    return "".join(out)


def _by_first_atom(fragments: list[str]) -> str:
    """An alternation grouped by first atom, ``J(?:anuary|une|...)|[sS](?:pring|...)``.

    ``re`` rejects a branch after one test of its first character only when that is a plain
    character or class (never under ``(?i)``); grouped and case-expanded, these scans run
    about three times faster. Only for patterns whose result does not depend on the order
    of the alternatives (whole words; word starts).
    """
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        first, *rest = _tokens(fragment)
        groups.setdefault(first, []).append("".join(rest))
    return "|".join(
        first if rests == [""] else f"{first}(?:{'|'.join(rests)})"
        for first, rests in groups.items()
    )


def _by_first_char(fragments: list[str]) -> str:
    """``_by_first_atom`` with one branch per first character, each followed by ``\\b``'s
    check before it (``(?<!\\w.)``: the fragments start with a word character).

    A pattern whose branches all open with a plain character opens with their class: ``re``
    then skips in C to where a word can start, instead of trying the alternation (and a
    leading ``\\b``) at every position of the text.
    """
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        first, *rest = _tokens(fragment)
        letters = first[1:-1] if first.startswith("[") else first
        assert "\\" not in letters and "-" not in letters and "?" not in letters, fragment
        for ch in letters:
            groups.setdefault(ch, []).append("".join(rest))
    return "|".join(
        re.escape(ch) + r"(?<!\w.)" + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
        for ch, rests in groups.items()
    )


_ANCHOR = AsciiFast(
    re.compile(
        "(?:"
        + _by_first_char(_ANCHOR_WORDS + [_any_case(w) for w in _ANCHOR_WORDS_ANY_CASE])
        + r")\b"
    )
)


def _regions(text: str) -> list[tuple[int, int]]:
    """Stretches of text around words every date phrase contains; the full date pattern only
    runs there (it is slow to try at every position of a long article)."""
    out: list[tuple[int, int]] = []
    for m in _ANCHOR.finditer(text):
        start = text.rfind(" ", 0, max(0, m.start() - 40)) + 1
        end = min(len(text), m.end() + 45)
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out


# Where a date phrase can start: a word that begins one of the ``_finder`` alternatives (a
# digit, a month, season or weekday, or a leading word such as "in", "last", "the", "two").
# A prefix is enough ("in" also tries "industry"); missing one would lose dates, so
# tests/ingest/test_dates.py checks ``_find`` against the plain ``finditer``.
_PHRASE_START_WORDS = _alternatives(
    r"\d|an?\b|q[1-4]|on|in|during|since|by|until|from|through|of|the|early|mid|late|first"
    "|second|third|fourth|last|final|this|past|previous|prior|earlier|later|yesterday|today"
    "|tonight|next|one|two|three|four|five|six|seven|eight|nine|ten|spring|summer|fall|autumn"
    "|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun"
)
_PHRASE_START = AsciiFast(
    re.compile(r"\b(?:" + _by_first_atom([_any_case(w) for w in _PHRASE_START_WORDS]) + ")")
)


def _find(text: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """What ``_finder().finditer`` finds in text[start:end], tried only where a phrase can
    start: two dozen alternatives tried at every character made this the slowest step of
    ingest."""
    finder = _finder().for_text(text)
    pos = start
    for w in _PHRASE_START.finditer(text, start, end):
        if w.start() < pos:
            continue
        m = finder.match(text, w.start(), end)
        if m is not None:
            pos = max(m.end(), w.start() + 1)
            yield m


# A year given by reference to one named before: "delivered ... to Bamako that year", "signed
# in 2023, after Astana bought three drones the year before".
_ANAPHORIC_YEAR = re.compile(
    r"\b(?:(?:later|earlier)\s+)?(?:that|the\s+same)\s+year\b"
    r"|\bthe\s+(?:year\s+(?:before|after)|following\s+year)\b|\ba\s+year\s+(?:later|earlier)\b",
    re.IGNORECASE,
)
_ANCHOR_YEAR = re.compile(r"(?<![\d,.$€£])\b(?:19|20)\d\d\b(?!\d|,\d|s\b|-\d)")
_ANAPHORA_REACH = 1500  # characters back to look for the year referred to


def anaphoric_years(text: str, start: int, end: int) -> list[DateMention]:
    """Years in text[start:end] given by reference to the last year named before them.

    Offsets index into ``text``; a reference with no year before it within reach is left
    out (there is nothing to resolve it against), never guessed from the publication date.
    """
    if "year" not in text[start:end]:
        return []
    out: list[DateMention] = []
    for m in _ANAPHORIC_YEAR.finditer(text, start, end):
        before = _ANCHOR_YEAR.findall(text, max(0, m.start() - _ANAPHORA_REACH), m.start())
        if not before:
            continue
        phrase = m.group(0).casefold()
        offset = -1 if "before" in phrase or "earlier" in phrase else 0
        offset = 1 if "after" in phrase or "later" in phrase or "following" in phrase else offset
        if phrase.startswith(("later ", "earlier ")):
            offset = 0  # "later that year": the same year
        rng = _year_range(int(before[-1]) + offset, m.group(0))
        out.append(DateMention(m.start(), m.end(), m.group(0), rng))
    return out


def extract_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date phrase in text order, resolved against ``published``."""
    out: list[DateMention] = []
    for r_start, r_end in _regions(text):
        for m in _find(text, r_start, r_end):
            phrase = m.group(0).strip()
            if not phrase or not _names_capitalised(phrase):
                continue
            start = m.start() + (len(m.group(0)) - len(m.group(0).lstrip()))
            rng = resolve_date(phrase, published)
            out.append(
                DateMention(start, start + len(phrase), phrase, rng, date_warning(rng, published))
            )
    return out
