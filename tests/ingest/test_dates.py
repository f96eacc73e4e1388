"""Date phrases resolve against the publication date; without one, relative phrases stay open."""

from __future__ import annotations

import re
import string
import sys
from datetime import date

import pytest

from dashboard.ingest.dates import anaphoric_years, extract_dates, resolve_date
from dashboard.model import DateRange

PUB = date(2021, 4, 13)  # a Tuesday


@pytest.mark.parametrize(
    ("phrase", "start", "end", "precision"),
    [
        ("October 2019", date(2019, 10, 1), date(2019, 10, 31), "month"),
        ("in October", date(2020, 10, 1), date(2020, 10, 31), "month"),
        ("in April", date(2021, 4, 1), date(2021, 4, 30), "month"),
        ("October last year", date(2020, 10, 1), date(2020, 10, 31), "month"),
        ("last fall", date(2020, 9, 1), date(2020, 11, 30), "season"),
        ("Last autumn", date(2020, 9, 1), date(2020, 11, 30), "season"),
        ("spring last year", date(2020, 3, 1), date(2020, 5, 31), "season"),
        ("the fall of 2020", date(2020, 9, 1), date(2020, 11, 30), "season"),
        ("autumn 2020", date(2020, 9, 1), date(2020, 11, 30), "season"),
        ("on Monday", date(2021, 4, 12), date(2021, 4, 12), "day"),
        ("last year", date(2020, 1, 1), date(2020, 12, 31), "year"),
        ("in 2019", date(2019, 1, 1), date(2019, 12, 31), "year"),
        ("April 12", date(2021, 4, 12), date(2021, 4, 12), "day"),
        ("last month", date(2021, 3, 1), date(2021, 3, 31), "month"),
        ("earlier this year", date(2021, 1, 1), PUB, "year"),
        ("2021-04-12", date(2021, 4, 12), date(2021, 4, 12), "day"),
        ("12 April 2021", date(2021, 4, 12), date(2021, 4, 12), "day"),
        ("April 12, 2021", date(2021, 4, 12), date(2021, 4, 12), "day"),
        ("the first quarter of 2020", date(2020, 1, 1), date(2020, 3, 31), "quarter"),
        ("last week", date(2021, 4, 5), date(2021, 4, 11), "week"),
        ("yesterday", date(2021, 4, 12), date(2021, 4, 12), "day"),
    ],
)
def test_resolves_against_publication_date(
    phrase: str, start: date, end: date, precision: str
) -> None:
    rng = resolve_date(phrase, PUB)
    assert (rng.start, rng.end, rng.precision, rng.resolved) == (start, end, precision, True)
    assert rng.phrase == phrase


def test_monday_on_a_monday_is_that_day() -> None:
    monday = date(2021, 4, 12)
    assert resolve_date("on Monday", monday).start == monday
    assert resolve_date("last Monday", monday).start == date(2021, 4, 5)


def test_dateparser_fallback_for_other_relative_phrases() -> None:
    rng = resolve_date("three weeks ago", PUB)
    assert rng.precision == "week"
    assert rng.start is not None and rng.start <= date(2021, 3, 23) <= rng.end  # type: ignore[operator]


@pytest.mark.parametrize(
    "phrase", ["last year", "on Monday", "in October", "last fall", "April 12", "yesterday"]
)
def test_relative_phrases_stay_unresolved_without_publication_date(phrase: str) -> None:
    assert resolve_date(phrase, None) == DateRange(None, None, "unknown", phrase, resolved=False)


@pytest.mark.parametrize(
    ("phrase", "start"),
    [("October 2019", date(2019, 10, 1)), ("12 April 2021", date(2021, 4, 12))],
)
def test_absolute_phrases_resolve_without_publication_date(phrase: str, start: date) -> None:
    rng = resolve_date(phrase, None)
    assert rng.resolved and rng.start == start


def test_impossible_date_is_flagged_not_stored() -> None:
    [mention] = extract_dates("The deal was signed on 31 February 2021.", PUB)
    assert mention.range.start is None and not mention.range.resolved
    assert mention.warning is not None and "impossible" in mention.warning


def test_future_date_is_flagged() -> None:
    [mention] = extract_dates("Deliveries began in March 2022.", PUB)
    assert mention.range.start == date(2022, 3, 1)
    assert mention.warning is not None and "after the publication date" in mention.warning


def test_extract_dates_gives_exact_spans_in_text_order() -> None:
    text = (
        "Canada had suspended export licenses in October 2019. Limitation had been eased "
        "in spring last year, then suspended in October. On Monday it scrapped them."
    )
    found = extract_dates(text, PUB)
    assert [text[d.start : d.end] for d in found] == [d.phrase for d in found]
    assert [(d.range.start, d.range.precision) for d in found] == [
        (date(2019, 10, 1), "month"),
        (date(2020, 3, 1), "season"),
        (date(2020, 10, 1), "month"),
        (date(2021, 4, 12), "day"),
    ]


def test_month_names_that_are_words_are_not_dates() -> None:
    assert extract_dates("Officials may march on, and they may decide.", PUB) == []


_EVERY_ALTERNATIVE = (
    "On 2021-04-12, on 12th of April 2021 and April 12, 2021; in early October 2019, the end "
    "of May last year, on April 12 and 12 April. The first quarter of 2020, Q3 2019, the fall "
    "of 2020 and late spring this year, last fall, earlier this year, last week, the prior "
    "year, yesterday, this morning, three weeks ago, a year ago, late on Tuesday, next Friday, "
    "since mid-March, by late June, mid-2019 and early 2020, in 2018 and in the 2017 budget, "
    "until 2016. Sales fell in 2015; deliveries ended in 2014."
)


@pytest.mark.parametrize("offset", [0, 1, 17, 90])
def test_search_at_word_starts_finds_what_a_full_scan_finds(offset: int) -> None:
    """The date search only tries positions where a phrase can start; it must find exactly
    what trying every position finds, for every kind of phrase the finder knows."""
    from dashboard.ingest.dates import _find, _finder

    text = _EVERY_ALTERNATIVE
    full = [(m.start(), m.end()) for m in _finder().finditer(text, offset)]
    assert len(full) >= 25
    assert [(m.start(), m.end()) for m in _find(text, offset, len(text))] == full


def test_letter_classes_match_what_ignorecase_matches() -> None:
    """The fast scans spell (?i) out as classes; Python's re also folds a few non-ASCII code
    points (İ, ı, ſ, K) onto ASCII letters, and no code point may be missed."""
    from dashboard.ingest.dates import _any_case

    every_char = "".join(map(chr, range(sys.maxunicode + 1)))
    for letter in string.ascii_letters:
        expected = set(re.findall(f"(?i){letter}", every_char))
        assert set(re.findall(_any_case(letter), every_char)) == expected, letter


def _samples(fragments: list[str]) -> list[str]:
    """A text for each alternative in several casings, e.g. ``years?`` → year, YEARS..."""
    words = []
    for fragment in fragments:
        word = re.sub(r"\\d", "7", re.sub(r"\[1-4\]", "3", fragment.replace("\\b", "")))
        word = word.replace("?", "")
        words += [word, word.lower(), word.upper(), word.title(), word[:-1], word + "x"]
    return words


def test_grouped_scans_find_what_the_plain_alternations_find() -> None:
    """The anchor and phrase-start scans are built grouped by first letter for speed; they
    must match exactly what the plain alternations of the same words match."""
    from dashboard.ingest.dates import (
        _ANCHOR,
        _ANCHOR_WORDS,
        _ANCHOR_WORDS_ANY_CASE,
        _PHRASE_START,
        _PHRASE_START_WORDS,
    )

    anchor = re.compile(
        rf"\b(?:(?:{'|'.join(_ANCHOR_WORDS)})|(?i:{'|'.join(_ANCHOR_WORDS_ANY_CASE)}))\b"
    )
    start = re.compile(rf"\b(?:{'|'.join(_PHRASE_START_WORDS)})", re.IGNORECASE)
    odd = "MONDAY ſpring WİNTER weeKs wınter ١٩٩٩ 20٢٠ Q3 q3 an2020 An-2020 x2020 in_2020 ağo"
    words = _samples(_ANCHOR_WORDS + _ANCHOR_WORDS_ANY_CASE + _PHRASE_START_WORDS)
    for text in (_EVERY_ALTERNATIVE, odd, " ".join(words), "-".join(words), "".join(words)):
        assert [m.span() for m in _ANCHOR.finditer(text)] == [
            m.span() for m in anchor.finditer(text)
        ]
        assert [m.start() for m in _PHRASE_START.finditer(text)] == [
            m.start() for m in start.finditer(text)
        ]


def test_letters_that_fold_to_ascii_do_not_break_resolution() -> None:
    """Case-insensitive matching folds the long s ("ſ") to "s": "ſummer 2020" is found as a
    season and must resolve like "summer 2020", not fail the article."""
    found = extract_dates("Deliveries began in ſummer 2020 and ended by ſpring 2021.", PUB)
    assert [(d.range.start, d.range.end) for d in found] == [
        (date(2020, 6, 1), date(2020, 8, 31)),
        (date(2021, 3, 1), date(2021, 5, 31)),
    ]


def test_a_year_naming_a_deal_is_a_date_but_a_strength_is_not() -> None:
    assert [m.phrase for m in extract_dates("bought under a 2016 deal", PUB)] == ["2016"]
    assert [m.phrase for m in extract_dates("used in its 2020 offensive", PUB)] == ["2020"]
    assert extract_dates("a 2000-strong force", PUB) == []


@pytest.mark.parametrize(
    ("text", "phrase", "year"),
    [
        ("Signed in 2019. Delivered that year.", "that year", 2019),
        ("In 2014 it sold rifles, and later the same year more.", "later the same year", 2014),
        ("Signed in 2023, after it bought drones the year before.", "the year before", 2022),
        ("Ordered in 2018; a year later the first arrived.", "a year later", 2019),
        ("Ordered in 2018. The following year, 2,000 rounds arrived.", "The following year", 2019),
        ("In 1990, the year the war began.", "the year", None),  # no reference: not matched
    ],
)
def test_anaphoric_years_resolve_against_the_year_named_before(
    text: str, phrase: str, year: int | None
) -> None:
    found = anaphoric_years(text, 0, len(text))
    if year is None:
        assert found == []
        return
    [m] = found
    assert text[m.start : m.end] == m.phrase == phrase
    assert m.range.start == date(year, 1, 1) and m.range.precision == "year"


def test_anaphoric_year_without_a_year_before_it_is_left_out() -> None:
    text = "Deliveries began that year."
    assert anaphoric_years(text, 0, len(text)) == []
