"""Refusals counted in one sentence and itemised in the next, as licensing reports put them.

"The inspectorate rejected 11 applications last year. Two concerned exports to Saudi Arabia
and one to the United Arab Emirates." The first sentence refuses no one in particular; the
second names the destinations, with a trade noun ("exports to") that alone would read as a
sale. Each destination the itemising clause names after "to" or "for" was refused, by the
country that refused the applications.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from dashboard.ingest.dates import DateMention
from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.rules.facts import _date_for
from dashboard.model import Claim, DateRange, Excerpt, Place

_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|"
    r"a\s+(?:number|handful|dozen)\s+of|dozens\s+of)"
)
# "rejected 11 applications", "refused only three licence applications", "turned down 14
# requests": a count of refusals, not one of them
_REFUSED_COUNT = re.compile(
    r"\b(?:refused|rejected|denied|turned\s+down|declined)\s+(?:only\s+|another\s+|a\s+further\s+)?"
    rf"{_NUMBER}\s+(?:[\w-]+\s+){{0,2}}?(?:applications|licen[cs]es|requests|permits)\b",
    re.IGNORECASE,
)
_REFUSAL_WORDS = ("refus", "reject", "denied", "turned down", "declined")
# an itemising clause, at the sentence's start or after a colon: "Among them were", "Two
# concerned", "two of the refusals concerned"; ``named`` when it says they were refusals
_ITEMISER = re.compile(
    r"(?:^|[:;]\s+)(?:(?:among|of)\s+(?:them|these|those)\b|"
    rf"{_NUMBER}(?:\s+of\s+(?:them|these|those|the\s+(?P<named>refusals|rejections|denials)))?"
    r"\s+(?:concerned|involved|covered|related\s+to|(?:was|were)\s+for)\b)",
    re.IGNORECASE,
)
_TO_BEFORE = re.compile(r"\b(?:to|for)\s+(?:the\s+)?$", re.IGNORECASE)


@dataclass(frozen=True)
class Refusal:
    """A counted refusal: who refused, when, and in which sentence."""

    refuser: Place
    date: DateRange
    sent_no: int
    start: int  # where its sentence starts: the evidence runs from there


def counted_refusal(
    text: str,
    span: tuple[int, int],
    triggers: Sequence[re.Match[str]],
    new: Sequence[Claim],
    dates: Sequence[DateMention],
    fallback: Place | None,
    sent_no: int,
) -> Refusal | None:
    """The refusal a sentence counts ("rejected 11 applications"), if it counts one: refused
    by the denial's origin the sentence stated, else ``fallback`` (the country the article
    reports on). Only a sentence whose triggers include a refusal verb is searched."""
    if not any(t.group(0).lower().startswith(_REFUSAL_WORDS) for t in triggers):
        return None
    s_start, s_end = span
    sentence = text[s_start:s_end]
    m = _REFUSED_COUNT.search(sentence)
    if m is None:
        return None
    refuser = next((c.origin for c in new if c.kind == "denial"), fallback)
    if refuser is None:
        return None
    when, _warning = _date_for(dates, s_start + m.start(), span, "")
    return Refusal(refuser, when, sent_no, s_start)


def itemised_denials(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Mention],
    refusal: Refusal,
    new: list[Claim],
    source_id: str,
    sent_no: int,
) -> list[Claim]:
    """This sentence's claims, with the refusals it itemises: the refused destinations
    become denials, and the sales its trade nouns seemed to state ("exports to Saudi
    Arabia") are dropped."""
    s_start, s_end = span
    sentence = text[s_start:s_end]
    m = _ITEMISER.search(sentence)
    if m is None:
        return new
    # the clause right after the count, or one that says it itemises refusals ("The report
    # names the destinations: two of the refusals concerned ...")
    if refusal.sent_no < sent_no - (3 if m.group("named") else 1):
        return new
    refused: list[Place] = []
    for mention in mentions:
        start = mention.start - s_start
        if (
            start >= m.end()
            and mention.place.kind == "country"
            and mention.via in ("name", "alias", "capital")
            and _TO_BEFORE.search(sentence, max(0, start - 12), start)
            and mention.place != refusal.refuser
        ):
            refused.append(mention.place)
    if not refused:
        return new
    kept = [c for c in new if not (c.kind == "transfer" and c.destination in refused)]
    # the evidence: the count and its items ("rejected 11 applications last year. Two
    # concerned exports to Saudi Arabia")
    excerpt = Excerpt(source_id, refusal.start, s_end, text[refusal.start : s_end])
    have = {(c.origin, c.destination) for c in kept if c.kind == "denial"}
    for place in dict.fromkeys(refused):
        if (refusal.refuser, place) not in have:
            kept.append(
                Claim(
                    origin=refusal.refuser,
                    destination=place,
                    kind="denial",
                    date=refusal.date,
                    excerpt=excerpt,
                )
            )
    return kept
