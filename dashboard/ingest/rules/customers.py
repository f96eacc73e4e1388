"""Lists of a maker's customers: "Earlier customers include Turkey, India and Egypt."

The supplier is whose customers they are: a possessor ("Hanwha's customers", "its
customers"), a weapon system or firm in the clause ("Operators of the K9 include"), else the
one maker country the previous sentence named ("The K9 is made by Hanwha. Earlier customers
include ..."). Every country listed after the verb is a recipient.
"""

from __future__ import annotations

import re

from dashboard.ingest.rules.context import _Ctx, _State
from dashboard.ingest.rules.parties import _Party, _synthetic
from dashboard.ingest.rules.vocabulary import _PREP_WORDS
from dashboard.model import Claim, Place

# the trigger's own words ("customers include", "operators of the type include")
# ("recipients" only of a list: "The largest recipients of Swedish equipment were" is a
# ranking read by ``_fill_missing``)
CUSTOMER_LIST = re.compile(
    r"(?:customers|operators|users|buyers|clients)\s|recipients\s(?:.*\s)?(?:include[sd]?|"
    r"comprise|included)$",
    re.IGNORECASE,
)
# "Other donors include Poland, Canada and Norway": the givers to one recipient
SUPPLIER_LIST = re.compile(r"(?:donors|suppliers|exporters|sellers|providers)\s", re.IGNORECASE)
_POSSESSIVE_HEAD = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}$")
_ITS_HEAD = re.compile(r"\b(?:its|their)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# "Customers include", "Earlier customers", "Other export customers": no owner of their own
_BARE_HEAD = re.compile(
    r"(?:^|[.:;]\s*|\b(?:the|other|earlier|previous|existing|current|foreign|export|overseas|"
    r"international|early|first|later|new|its|their|main|largest|biggest)\s+)"
    r"(?:(?:other|earlier|previous|existing|current|foreign|export|overseas|international|"
    r"early|first|later|new|main|largest|biggest)\s+){0,2}$",
    re.IGNORECASE,
)
_LIST_PREPS = _PREP_WORDS - {"and", "or", "including"}
# "Other buyers include", "other export customers": more of those just told
_OTHER_HEAD = re.compile(r"\b[Oo]ther\s+(?:[\w-]+\s+)?$")


def _recent_transfer(c: _Ctx, state: _State, sent_no: int) -> Claim | None:
    """The transfer this sentence or the one before told last: whose "other buyers"."""
    if told := [e for e in c.earlier if e.kind == "transfer"]:
        return told[-1]
    return next(
        (e for e, n in reversed(state.last_claims) if n >= sent_no - 1 and e.kind == "transfer"),
        None,
    )


def _listed(c: _Ctx, other_than: Place) -> list[_Party]:
    """The countries listed after a list's verb ("include Turkey, India and Egypt")."""
    return [
        p
        for p in c.parties
        if p.role == "party"
        and c.t_end <= p.mention.start
        and p.prep not in _LIST_PREPS
        and p.mention.place != other_than
        and p.mention.place.kind == "country"
    ]


def supplier_roles(c: _Ctx, state: _State, sent_no: int) -> tuple[_Party | None, list[_Party]]:
    """(recipient, suppliers) of "Other donors include Poland, Canada and Norway" after
    "Germany has supplied Leopard tanks to Ukraine": the recipient named in the list's own
    words ("suppliers to Ukraine include"), else the one just supplied."""
    head = c.text[c.window[0] : c.t_start]
    recipient = next(
        (
            p
            for p in c.parties
            if p.role == "party"
            and p.prep in ("to", "of")
            and c.t_start <= p.mention.start
            and p.mention.end <= c.t_end
        ),
        None,
    )
    if recipient is None and _OTHER_HEAD.search(head):
        told = _recent_transfer(c, state, sent_no)
        recipient = _synthetic(told.destination) if told is not None else None
    if recipient is None:
        return None, []
    return recipient, _listed(c, recipient.mention.place)


def customer_roles(c: _Ctx, state: _State, sent_no: int) -> tuple[_Party | None, list[_Party]]:
    """(supplier, recipients) of "customers include A, B and C"."""
    head = c.text[c.window[0] : c.t_start]
    owner = next(
        (
            p
            for p in reversed(c.parties)
            if p.role in ("party", "item")
            and c.window[0] <= p.mention.start
            and p.mention.end <= c.t_start
            and _POSSESSIVE_HEAD.fullmatch(c.text, p.mention.end, c.t_start)
        ),
        None,
    )
    if owner is None:
        # "K9 customers include", "operators of the K9 include": the system's maker
        owner = next(
            (
                p
                for p in c.parties
                if p.role == "item"
                and c.window[0] <= p.mention.start < c.t_end
                and (p.mention.end <= c.t_start or p.prep == "of")
            ),
            None,
        )
    if owner is None and (_BARE_HEAD.search(head) or _ITS_HEAD.search(head)):
        # "The K9 is made by Hanwha. Earlier customers include ...": the one maker just named
        makers = state.prev_makers
        if len(makers) == 1:
            owner = _synthetic(next(iter(makers)))
        elif _ITS_HEAD.search(head) and not makers and c.prev_topic is not None:
            owner = _synthetic(c.prev_topic)  # "Israel's exports grew. Its customers ..."
    if owner is None and _OTHER_HEAD.search(head):
        # "Russia has shipped jets to Algeria. Other recipients include Egypt": the supplier
        # just told
        told = _recent_transfer(c, state, sent_no)
        owner = _synthetic(told.origin) if told is not None else None
    if owner is None:
        return None, []
    return owner, _listed(c, owner.mention.place)


# "received", "took delivery of", "ordered", "signed for": a buyer's act that may leave the
# maker to the sentence before
_BUYER_ACT = re.compile(
    r"^(?:received|receives|(?:took|takes|taking|taken)\s+delivery|ordered|orders|signed\s+for|"
    r"bought|buys|purchased|acquired)\b"
)

_SELLER_ACT = re.compile(r"^(?:sold|exported|delivered|supplied|shipped)$")


def maker_just_named(c: _Ctx, state: _State, dest: _Party) -> _Party | None:
    """The supplier of "Portugal and Hungary have received their first aircraft" right after
    "Embraer has sold the jet to several air forces": the one maker country the previous
    sentence named, when this clause names no goods of its own."""
    if c.kind != "transfer":
        return None
    # "The TB2 is built by Baykar. The drone has been sold to Ukraine and Poland": a passive
    # sale of the goods just named, its seller left to the sentence before
    # (to whom "to" says: not "delivered and deployed along the borders with China")
    sold = (
        c.direction == "fwd"
        and c.passive
        and dest.prep == "to"
        and _SELLER_ACT.match(c.word) is not None
    )
    if not sold and (c.direction != "rev" or not _BUYER_ACT.match(c.word)):
        return None
    if any(p.role == "item" and c.window[0] <= p.mention.start < c.window[1] for p in c.parties):
        return None
    makers = state.prev_makers
    if len(makers) != 1:
        return None
    maker = next(iter(makers))
    return None if maker == dest.mention.place else _synthetic(maker)
