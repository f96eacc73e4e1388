"""A statistical second opinion on sentences the relation rules leave without a claim.

Why: ten rounds of hand rules written from development errors raised the development score
but not the score on fresh text; the rules miss a quarter of the flows of unseen articles,
often in sentences that name both parties next to a trigger word. This module scores every
(origin, destination, kind) such a sentence could state with a logistic regression over
plain cues (the words in front of each party, the words between them, their order around the
trigger word) trained on the labelled development split (``scripts/train_pair_model.py``).
A candidate the rules did not find becomes a claim only above the model's threshold, and it
says so in a warning, so an analyst can tell it from a rule's claim.

The weights ship as JSON beside this module: no download, no pickled code, the same output
for the same input.
"""

from __future__ import annotations

import functools
import json
import math
import re
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from dashboard.ingest.gazetteer import Mention
from dashboard.model import Place

MODEL_PATH = Path(__file__).with_name("pair_model.json")

Triple = tuple[str, str, str]  # (origin key, destination key, kind)
Features = dict[str, float]

_LAST_WORD = re.compile(r"(\w+)\W*$")
_WORDS = re.compile(r"[a-z]+")
# sentence words that change what a pair of countries means: reporting, negation, doubt, modality
_CUE_WORDS = (
    "said",
    "says",
    "according",
    "not",
    "reportedly",
    "allegedly",
    "would",
    "could",
    "plans",
    "from",
    "to",
    "by",
    "against",
    "on",
)
_CUES = re.compile(r"\b(?:" + "|".join(_CUE_WORDS) + r")\b")
_MAX_BETWEEN = 120  # characters between the parties for their words to count
# cues that read differently by kind ("from" before the origin of a transfer, not of an
# embargo): each is also a feature of its own for each kind
_KIND_CUES = ("o_", "d_", "btw=")


@dataclass
class Cues:
    """A candidate's cues: the words and orders that are there (each worth 1), and a few
    measures (how near the trigger, how many parties, sentences and mentions)."""

    flags: set[str]
    measures: dict[str, float]

    def features(self) -> Features:
        """As one sparse vector: what the model was trained on."""
        return {**dict.fromkeys(self.flags, 1.0), **self.measures}

    def add(self, other: Cues) -> None:
        """Union of cues across occurrences: every flag, the strongest of each measure."""
        self.flags |= other.flags
        for k, v in other.measures.items():
            if v > self.measures.get(k, 0.0):
                self.measures[k] = v


@dataclass(frozen=True)
class Occurrence:
    """One sentence's support for a candidate: where it is and the trigger it rests on."""

    start: int
    end: int
    trigger: int  # where the trigger word starts, in the text
    cues: Cues


@dataclass(frozen=True)
class Unit:
    """A trigger sentence naming two parties or more: what its candidates are made from."""

    start: int
    end: int
    triggers: tuple[tuple[int, str, str], ...]  # (start in text, kind, trigger word)
    parties: tuple[Mention, ...]

    def possible(self) -> set[Triple]:
        """The (origin, destination, kind) it could state, cheaply, before any cue."""
        places = {m.place.key for m in self.parties}
        kinds = {kind for _, kind, _ in self.triggers}
        return {(o, d, k) for o in places for d in places if o != d for k in kinds}


def sentence_unit(
    span: tuple[int, int], triggers: Sequence[tuple[int, str, str]], mentions: Sequence[Mention]
) -> Unit | None:
    """The sentence as a ``Unit``, or None when it names fewer than two parties."""
    parties = tuple(m for m in mentions if is_party(m.place))
    if len({m.place.key for m in parties}) < 2:
        return None
    return Unit(span[0], span[1], tuple(triggers), parties)


@dataclass(frozen=True)
class PairModel:
    """Logistic regression weights over sparse features, and the acceptance threshold."""

    intercept: float
    weights: Mapping[str, float]
    threshold: float

    def score(self, features: Mapping[str, float]) -> float:
        weights = self.weights
        z = self.intercept + sum(weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-z))

    def score_cues(self, cues: Cues) -> float:
        """``score(cues.features())``, without building the vector."""
        weights = self.weights
        z = self.intercept + sum(map(weights.__getitem__, cues.flags & weights.keys()))
        z += sum(weights.get(k, 0.0) * v for k, v in cues.measures.items())
        return 1.0 / (1.0 + math.exp(-z))


def load_pair_model(path: Path = MODEL_PATH) -> PairModel:
    """The shipped pair model."""
    return load_weights(path)


@functools.cache
def load_weights(path: Path) -> PairModel:
    """A logistic regression shipped as JSON (read once; the file never changes while the
    program runs)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(
        intercept=float(data["intercept"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
    )


def is_party(place: Place) -> bool:
    """Places a flow can run between: countries and the EU (not regions, cities, the UN)."""
    return place.kind == "country" or place.key == "eu"


def _mention_cues(text: str, s_start: int, m: Mention) -> tuple[frozenset[str], frozenset[str]]:
    """What stands right around one party ('from Russia', 'sold by the French', 'Egypt's'),
    as cues of an origin and as cues of a destination."""
    prep = _LAST_WORD.search(text, max(s_start, m.start - 20), m.start)
    cues = ["prep=" + (prep.group(1).lower() if prep else "^"), "via=" + m.via]
    cues += [
        "pre=" + w for w in _WORDS.findall(text[max(s_start, m.start - 25) : m.start].lower())[-2:]
    ]
    cues += ["post=" + w for w in _WORDS.findall(text[m.end : m.end + 20].lower())[:1]]
    return frozenset("o_" + c for c in cues), frozenset("d_" + c for c in cues)


def _pair_cues(text: str, mo: Mention, md: Mention, sent: Sequence[Mention]) -> set[str]:
    """The words between the two parties, or that they are far apart; a third party between."""
    lo, hi = (mo.end, md.start) if mo.start < md.start else (md.end, mo.start)
    if hi - lo < _MAX_BETWEEN:
        f = {"btw=" + w for w in _WORDS.findall(text[lo:hi].lower())}
    else:
        f = {"far"}
    keys = (mo.place.key, md.place.key)
    if any(lo < m.start < hi and m.place.key not in keys for m in sent):
        f.add("others_between")
    if mo.start < md.start:
        f.add("o_first")
    return f


def sentence_candidates(
    text: str, unit: Unit, wanted: Collection[Triple] | None = None
) -> dict[Triple, Occurrence]:
    """Every (origin, destination, kind) one sentence could state (of ``wanted``, when given),
    with its cues."""
    if wanted is not None and unit.possible().isdisjoint(wanted):
        return {}
    s_start, s_end, triggers, sent = unit.start, unit.end, unit.triggers, unit.parties
    kinds = {kind for _, kind, _ in triggers}
    lower = text[s_start:s_end].lower()
    shared = {"w=" + w for w in _CUES.findall(lower)}
    nkeys = float(len({m.place.key for m in sent}))
    cues = [_mention_cues(text, s_start, m) for m in sent]
    first_trigger: dict[str, int] = {}
    for t_abs, kind, _ in triggers:
        first_trigger.setdefault(kind, t_abs)
    acc: dict[Triple, Cues] = {}
    for i, mo in enumerate(sent):
        for j, md in enumerate(sent):
            o, d = mo.place.key, md.place.key
            if o == d or (wanted is not None and not any((o, d, k) in wanted for k in kinds)):
                continue
            base = _pair_cues(text, mo, md, sent)
            base |= shared
            base |= cues[i][0]
            base |= cues[j][1]
            if i == 0:
                base.add("o_first_in_sent")
            for t_abs, kind, word in triggers:
                key = (o, d, kind)
                if wanted is not None and key not in wanted:
                    continue
                order = "".join(
                    p for _, p in sorted([(mo.start, "O"), (md.start, "D"), (t_abs, "T")])
                )
                flags = {
                    "trig=" + word,
                    "k&trig=" + kind + word,
                    "order=" + order,
                    "k&order=" + kind + order,
                }
                if mo.start < t_abs:
                    flags.add("o_before_t")
                if md.start > t_abs:
                    flags.add("d_after_t")
                near = 1.0 / (1.0 + min(abs(mo.start - t_abs), abs(md.start - t_abs)) / 20.0)
                c = acc.get(key)
                if c is None:
                    # one sentence, however many triggers and mentions
                    acc[key] = Cues(base | flags, {"n_sent": 1.0, "nkeys": nkeys, "near": near})
                else:
                    c.flags |= base
                    c.flags |= flags
                    if near > c.measures["near"]:
                        c.measures["near"] = near
    return {key: Occurrence(s_start, s_end, first_trigger[key[2]], c) for key, c in acc.items()}


def article_features(
    per_sentence: Sequence[dict[Triple, Occurrence]],
    mentions: Sequence[Mention],
    main_country: Place | None,
) -> dict[Triple, Cues]:
    """A candidate's cues over the whole article: all its sentences, and the article's focus."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in mentions:
        counts[m.place.key] = counts.get(m.place.key, 0) + 1
        first.setdefault(m.place.key, m.start)
    main = main_country.key if main_country is not None else None
    out: dict[Triple, Cues] = {}
    for sentence in per_sentence:
        for key, occ in sentence.items():
            c = out.get(key)
            if c is None:
                out[key] = Cues(set(occ.cues.flags), dict(occ.cues.measures))
            else:
                n = c.measures["n_sent"] + 1.0
                c.add(occ.cues)
                c.measures["n_sent"] = n
    for (o, d, kind), c in out.items():
        c.flags.add("kind=" + kind)
        c.flags.update(
            name
            for name, holds in (
                ("o_main", o == main),
                ("d_main", d == main),
                ("o_eu", o == "eu"),
                ("d_eu", d == "eu"),
                ("o_firstpos", first[o] < first[d]),
            )
            if holds
        )
        c.flags.update([f"{kind}&{f}" for f in c.flags if f.startswith(_KIND_CUES)])
        c.measures["o_cnt"] = float(counts.get(o, 0))
        c.measures["d_cnt"] = float(counts.get(d, 0))
    return out
