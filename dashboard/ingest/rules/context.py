"""The records rules read: what earlier sentences established, one trigger's surroundings."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from dashboard.ingest.rules.parties import _Party
from dashboard.ingest.rules.vocabulary import _ORDER_SUBJECT, _PASSIVE
from dashboard.model import Claim, Place

_AND_PARTICIPLE = re.compile(
    r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?(?:[a-z]+ed|built|made|sold|sent|"
    r"given|bought|shipped)\b[^.;,]{0,50}?\s+and\s+$",
    re.IGNORECASE,
)
_PAST_PARTICIPLES = frozenset(
    {"delivered", "handed over", "sent", "supplied", "transferred", "shipped", "donated",
     "given", "sold", "exported", "provided", "bought", "ordered", "purchased", "acquired",
     "procured", "imported"}
)  # fmt: skip


@dataclass
class _State:
    """What earlier sentences established, for back-references."""

    last_licence: tuple[Place, Place] | None = None
    last_licence_kind: str = ""
    last_claims: list[tuple[Claim, int]] = field(default_factory=list)  # (claim, sentence no.)
    prev_topic: Place | None = None  # first party named in the previous sentence
    last_sanctioner: Place | None = None  # "It was sanctioned along with...": by whom
    article_topic: Place | None = None  # first party of the article (its headline, mostly)
    buyer_topic: Place | None = None  # the first of those not named as a seller
    main_country: Place | None = None  # the country the article names most often
    # makers of the systems and firms the previous sentence named ("made by Hanwha")
    prev_makers: frozenset[Place] = frozenset()
    # the countries the previous sentence named as actors ("Israel and Morocco restored ties
    # in 2020. The two countries later signed a deal"): whom "the two countries" are
    prev_countries: frozenset[Place] = frozenset()
    # (sentence no., origin, destination) of a transfer a bare passive continued ("the last
    # of the units was handed over in 2024"): it says nothing of a use in that sentence
    echoed: tuple[int, Place, Place] | None = None
    # whether the claims so far have the main country supplying (other than a use) and
    # receiving: kept as the claims come, so no rule rescans them all (``_main_buyer``)
    main_supplied: bool = False
    main_received: bool = False
    # the main country, when the article's lead is about its exports ("Swedish arms exports
    # hit record"): the supplier of "Exports to Finland also rose"
    home_exporter: Place | None = None


@dataclass(frozen=True)
class _Ctx:
    """Everything role assignment may look at for one trigger (``pre`` and ``passive``, asked
    for by many rules, are worked out once: the context never changes)."""

    text: str
    kind: str
    direction: str
    word: str
    t_start: int
    t_end: int
    window: tuple[int, int]
    opener: str
    sentence_start: int
    parties: tuple[_Party, ...]  # whole sentence
    earlier: tuple[Claim, ...]  # claims from this sentence so far
    prev_direction: str  # direction of the previous claim's trigger in this sentence
    prev_topic: Place | None  # first party of the previous sentence ("It was sanctioned")
    last_actor: Place | None  # the article's main country, else its latest supplier
    # the country the article is about, unless it has so far only supplied others
    main_buyer: Place | None = None
    # the targets of the previous sentences' sanctions and embargoes: not whose "its list" is
    measure_targets: frozenset[Place] = frozenset()

    @functools.cached_property
    def pre(self) -> str:
        """The clause's last 40 characters before the trigger: voice, pronouns, carriers."""
        return self.text[max(self.window[0], self.t_start - 40) : self.t_start]

    @functools.cached_property
    def passive(self) -> bool:
        if self.word.split()[0].endswith("ing"):
            return False  # "it was freezing its cooperation": the progressive, not a passive
        pre = self.pre.lower()
        if _PASSIVE.search(pre):
            return True
        # "was built in Brazil and delivered in 2012": a participle joined by "and" to a
        # passive shares its auxiliary
        return (
            pre.endswith("and ")
            and self.word in _PAST_PARTICIPLES
            and bool(
                _AND_PARTICIPLE.search(
                    self.text, max(self.window[0], self.t_start - 80), self.t_start
                )
            )
        )

    @property
    def order_subject(self) -> re.Match[str] | None:
        """ "a 2021 contract for helicopters from Russia was cancelled": the passive's subject
        is an order (its match, over the clause's last 120 characters)."""
        if not self.passive:
            return None
        start = max(self.window[0], self.t_start - 120)
        return _ORDER_SUBJECT.search(self.text[start : self.t_start])
