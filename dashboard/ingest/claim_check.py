"""A second look at the relation rules' own claims: set aside the ones that look wrong.

Why: the rules were written from development errors, and on fresh text about one claim in
five they make is not a flow the text states (a reversed pair, the wrong kind, a country
that is only mentioned). A logistic regression trained on the labelled development split
(``scripts/train_pair_model.py``) rates each (origin, destination, kind) the rules claim,
from the pair model's cues for it (``dashboard.ingest.pairs``) and from what the claims
themselves say: the kind, how each party is named in the excerpt, whether the opposite
direction is claimed too, the article's main country, the excerpt's words. A claim rated
below the threshold is set aside, and a warning names it, so an analyst can restore it with
a curation entry.

Only flows between countries and the EU are rated: the labels name nothing else, so the
check has learned nothing about a UN embargo and leaves such claims alone. The weights ship
as JSON beside this module, like the pair model's.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from pathlib import Path

from dashboard.ingest.gazetteer import Mention
from dashboard.ingest.pairs import Cues, Features, PairModel, Triple, is_party, load_weights
from dashboard.model import Claim, Place, a_kind

CHECK_PATH = Path(__file__).with_name("claim_check.json")
KEEP_ALL = PairModel(0.0, {}, 0.0)  # a check that sets nothing aside: the rules' own reading

_WORDS = re.compile(r"[a-z]+")
_KINDS_OF_REVERSAL = ("transfer", "diversion")


def load_claim_check(path: Path = CHECK_PATH) -> PairModel:
    """The shipped claim check (weights, intercept and the threshold below which a claim is
    set aside)."""
    return load_weights(path)


def checked_triples(claims: Sequence[Claim]) -> set[Triple]:
    """The rules' (origin, destination, kind) the check rates: flows between parties."""
    return set(_rated(claims))


def _rated(claims: Sequence[Claim]) -> dict[Triple, list[Claim]]:
    """The claims the check rates (flows between parties), by (origin, destination, kind)."""
    by_triple: dict[Triple, list[Claim]] = {}
    for c in claims:
        if is_party(c.origin) and is_party(c.destination):
            by_triple.setdefault((c.origin.key, c.destination.key, c.kind), []).append(c)
    return by_triple


def claim_features(
    text: str,
    claims: Sequence[Claim],
    mentions: Sequence[Mention],
    main_country: Place | None,
    cues: Mapping[Triple, Cues],
) -> dict[Triple, Features]:
    """What the check reads of each rated triple: its pair-model cues where its sentences
    have a trigger and both parties, and what the claims stating it say."""
    by_triple = _rated(claims)
    kinds_of_pair: dict[tuple[str, str], int] = {}
    for o, d, _ in by_triple:
        kinds_of_pair[(o, d)] = kinds_of_pair.get((o, d), 0) + 1
    main = main_country.key if main_country is not None else None
    length = max(1, len(text))
    out: dict[Triple, Features] = {}
    for triple, said in by_triple.items():
        o, d, kind = triple
        found = cues.get(triple)
        f: Features = found.features() if found is not None else {"nocand": 1.0}
        flags = {"r:k=" + kind}
        if found is None:
            flags.add("nocand&k=" + kind)
        flags.update(
            name
            for name, holds in (
                ("r:o_main", o == main),
                ("r:d_main", d == main),
                # the article is about another country (not: no country stands out)
                ("r:no_main", main is not None and main not in (o, d)),
                ("r:main_unknown", main is None),
                (
                    "r:reverse",
                    any((d, o, k) in by_triple for k in (*_KINDS_OF_REVERSAL, kind)),
                ),
                ("r:multi_kind", kinds_of_pair[(o, d)] > 1),
                ("r:hedged", all(c.hedged for c in said)),
                ("r:attr", any(c.attribution for c in said)),
                ("r:items", any(c.items for c in said)),
                ("r:amount", any(c.value or c.quantity for c in said)),
            )
            if holds
        )
        flags.update("r:prec=" + c.date.precision for c in said)
        parties = 0
        for c in said:
            here = [m for m in mentions if c.excerpt.start <= m.start < c.excerpt.end]
            flags |= _excerpt_flags(c, here, o, d)
            parties = max(parties, len({m.place.key for m in here}))
        f.update(dict.fromkeys(flags, 1.0))
        f["r:n"] = math.log1p(len(said))
        f["r:nsent"] = math.log1p(len({c.excerpt.start for c in said}))
        f["r:pos"] = min(c.excerpt.start for c in said) / length
        f["r:nparties"] = float(parties)
        out[triple] = f
    return out


def _excerpt_flags(claim: Claim, here: Sequence[Mention], o: str, d: str) -> set[str]:
    """How each party is named in the claim's excerpt (``here``: its mentions), or that it is
    not (read from an earlier sentence), the excerpt's words, and the first word of each of
    its warnings."""
    flags: set[str] = set()
    for role, key in (("o", o), ("d", d)):
        vias = {m.via for m in here if m.place.key == key}
        flags.update(f"r:{role}_via={v}" for v in vias)
        if not vias:
            flags.add(f"r:{role}_absent")
    flags.update("x:" + w for w in _WORDS.findall(claim.excerpt.text.lower()))
    flags.update("r:warn=" + w.split(None, 1)[0] for w in claim.warnings if w.strip())
    return flags


def set_aside(
    claims: Sequence[Claim], features: Mapping[Triple, Features], check: PairModel
) -> tuple[list[Claim], list[str]]:
    """The claims the check keeps, and one warning for each (origin, destination, kind) it
    rates below its threshold, quoting the first excerpt that stated it."""
    scores = {triple: check.score(f) for triple, f in features.items()}
    kept: list[Claim] = []
    warned: dict[Triple, str] = {}
    for c in claims:
        triple = (c.origin.key, c.destination.key, c.kind)
        score = scores.get(triple)
        if score is None or score >= check.threshold:
            kept.append(c)
        elif triple not in warned:
            warned[triple] = (
                f"set aside {a_kind(c.kind)} from {c.origin.name} to {c.destination.name} that the "
                f"relation rules read: the claim check rates it {score:.2f}, below "
                f"{check.threshold:.2f}; add it in the curation file if the text states it: "
                f"{c.excerpt.text[:80]!r}"
            )
    return kept, list(warned.values())
