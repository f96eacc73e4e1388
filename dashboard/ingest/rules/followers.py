"""Countries that repeat another's decision without restating it: "Germany froze approvals for
Saudi Arabia, and Denmark and Finland took similar steps"; "... Norway followed suit."

Why: the followers are named where a recipient could stand, with no trigger word of their own,
so the relation rules either miss them or read them as further recipients of the first
country's measure (Germany → Denmark). Here they become the origins of the same kind of event
towards the same recipient, on the sentence that says they followed.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from dashboard.ingest.dates import DateMention
from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.pairs import is_party
from dashboard.ingest.rules.facts import _date_for
from dashboard.ingest.rules.vocabulary import _later_clause_start
from dashboard.model import Claim, DateRange, Excerpt, Place

# "followed suit", "did the same", "took similar steps", "have done likewise"
_FOLLOW = re.compile(
    r"\b(?:(?:later|soon|quickly|also|subsequently)\s+)?(?:followed\s+suit|did\s+(?:the\s+same|"
    r"likewise|so\s+too)|took\s+(?:similar|the\s+same|comparable|equivalent)\s+(?:steps?|"
    r"measures?|action|decisions?)|(?:has|have|had)\s+(?:since\s+)?done\s+(?:the\s+same|"
    r"likewise|so))\b",
    re.IGNORECASE,
)
# what may stand between the followers and the phrase, or between the followers themselves:
# "Denmark and Finland", "the Netherlands, Belgium and Sweden", "Norway later"
_ACTOR_GAP = re.compile(r"(?:\s|,|\band\b|\bboth\b|\bthe\b|\balso\b|\blater\b|\bsoon\b)*", re.I)
# "followed suit for Saudi Arabia": the country the same decision now concerns
_FOR_TARGET = re.compile(r"\s+(?:for|with|on|towards?|regarding)\s+(?:the\s+)?")
# the clause the followers open: after a semicolon, ", and", ", but", ", while" or the start
_CLAUSE_START = re.compile(r"[;:]|,\s+(?:and|but|while|whereas)\b|\.\s")


def followers(
    text: str,
    span: tuple[int, int],
    mentions: Sequence[Mention],
    new: list[Claim],
    last_claims: Sequence[tuple[Claim, int]],
    sent_no: int,
    dates: Sequence[DateMention],
) -> list[Claim]:
    """``new`` (the sentence's claims) with the followers' claims added and the misreadings
    of the followers as recipients of the decision they repeat taken out. ``mentions`` are
    the article's; ``last_claims`` the earlier claims with their sentence numbers, oldest
    first, of which those of the two sentences before this one (``sent_no``) count;
    ``dates`` the sentence's, which date a follower whose clause names its own."""
    s_start, s_end = span
    found = _FOLLOW.search(text, s_start, s_end)
    if found is None:
        return new
    actors = _actors(text, s_start, found.start(), mentions)
    if not actors:
        return _same_for_another(text, span, found, mentions, new, last_claims, sent_no, dates)
    keys = {p.key for p in actors}
    # the decision they repeat: the latest one before them of a country not among them, in
    # this sentence ("..., and Denmark and Finland took similar steps") or just before
    here = [c for c in new if c.origin.key not in keys and c.destination.key not in keys]
    stated = here or [c for c, n in last_claims if n >= sent_no - 2 and c.origin.key not in keys]
    if not stated:
        return new
    # of the sentence stating it, the decision rather than the order it undid ("cancelled its
    # Su-35 order": a cancellation, not the transfer), to each of its recipients
    last = [c for c in stated if c.excerpt.start == stated[-1].excerpt.start]
    kind = next((c.kind for c in last if c.kind != "transfer"), "transfer")
    refs = [c for c in last if c.kind == kind]
    # the first country's decision read as also applying to its followers: a misreading
    out = [
        c
        for c in new
        if not any(
            c.origin == r.origin and c.kind == r.kind and c.destination.key in keys for r in refs
        )
    ]
    excerpt = Excerpt(refs[0].excerpt.source_id, s_start, s_end, text[s_start:s_end])
    # "The EU followed suit in June": their own date; else the decision's ("..., and Denmark
    # and Finland took similar steps": at the same time)
    own = _clause_date(text, span, found, dates)
    for ref in refs:
        buyer_led = _buyer_led(ref, mentions)
        for place in actors:
            if place.key in (ref.origin.key, ref.destination.key):
                continue
            out.append(
                replace(
                    ref,
                    origin=ref.origin if buyer_led else place,
                    destination=place if buyer_led else ref.destination,
                    date=own if own is not None else ref.date,
                    excerpt=excerpt,
                    quantity=None,
                    value=None,
                    warnings=(
                        f"read as following {ref.origin.name}'s {ref.kind} "
                        f"({found.group(0)!r}): check the excerpt",
                    ),
                )
            )
    return out


def _same_for_another(
    text: str,
    span: tuple[int, int],
    found: re.Match[str],
    mentions: Sequence[Mention],
    new: list[Claim],
    last_claims: Sequence[tuple[Claim, int]],
    sent_no: int,
    dates: Sequence[DateMention],
) -> list[Claim]:
    """ "Rome lifted the restrictions on the Emirates in April, and followed suit for Saudi
    Arabia at the end of May": the same decider's same decision, towards the country named
    after the phrase, dated by the phrase's clause (not by the decision it repeats)."""
    after = _FOR_TARGET.match(text, found.end())
    if after is None:
        return new
    target = next((m.place for m in mentions if m.start == after.end() and is_party(m.place)), None)
    if target is None:
        return new
    s_start, s_end = span
    here = [c for c in new if c.excerpt.start == s_start]
    stated = here or [c for c, n in last_claims if n >= sent_no - 2]
    if not stated:
        return new
    ref = stated[-1]
    if target.key in (ref.origin.key, ref.destination.key) or any(
        c.origin == ref.origin and c.destination == target and c.kind == ref.kind for c in new
    ):
        return new
    excerpt = Excerpt(ref.excerpt.source_id, s_start, s_end, text[s_start:s_end])
    own = _clause_date(text, span, found, dates)
    follower = replace(
        ref,
        destination=target,
        date=own if own is not None else DateRange.unknown(),
        excerpt=excerpt,
        quantity=None,
        value=None,
        warnings=(
            f"read as {ref.origin.name}'s {ref.kind} repeated for {target.name} "
            f"({found.group(0)!r}): check the excerpt",
        ),
    )
    return [*new, follower]


def _clause_date(
    text: str, span: tuple[int, int], found: re.Match[str], dates: Sequence[DateMention]
) -> DateRange | None:
    """The date of the clause that says they followed, if it has one of its own (an earlier
    clause's date is the repeated decision's)."""
    clause_start = _later_clause_start(text, span[0], found.start(), _CLAUSE_START)
    own = [d for d in dates if clause_start <= d.start < span[1]]
    return _date_for(own, found.start(), (clause_start, span[1]), "")[0] if own else None


def _buyer_led(ref: Claim, mentions: Sequence[Mention]) -> bool:
    """Whether the decision followed was the recipient's ("Sweden bought tanks from Germany",
    "Jakarta cancelled its Su-35 order"): its recipient is named first in its sentence, so
    the followers are recipients too."""
    first: dict[str, int] = {}
    for m in mentions:
        if ref.excerpt.start <= m.start < ref.excerpt.end:
            first.setdefault(m.place.key, m.start)
    o, d = first.get(ref.origin.key), first.get(ref.destination.key)
    return d is not None and (o is None or d < o)


def _actors(text: str, s_start: int, phrase_start: int, mentions: Sequence[Mention]) -> list[Place]:
    """The countries named right before the phrase, in its own clause, and nothing else."""
    clause_start = _later_clause_start(text, s_start, phrase_start, _CLAUSE_START)
    named = [m for m in mentions if clause_start <= m.start and m.end <= phrase_start]
    if not named:
        return []
    cursor = clause_start
    for m in named:
        if not is_party(m.place) or not _ACTOR_GAP.fullmatch(text, cursor, m.start):
            return []
        cursor = m.end
    if not _ACTOR_GAP.fullmatch(text, cursor, phrase_start):
        return []
    return list({m.place.key: m.place for m in named}.values())
