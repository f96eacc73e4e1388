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
from collections.abc import Iterable, Mapping, Sequence
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


@dataclass(frozen=True)
class Occurrence:
    """One sentence's support for a candidate: where it is and the trigger it rests on."""

    start: int
    end: int
    trigger: int  # where the trigger word starts, in the text
    features: Mapping[str, float]


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


@functools.cache
def load_pair_model(path: Path = MODEL_PATH) -> PairModel:
    """The shipped model (read once; the file never changes while the program runs)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return PairModel(
        intercept=float(data["intercept"]),
        weights={str(k): float(v) for k, v in data["weights"].items()},
        threshold=float(data["threshold"]),
    )


def is_party(place: Place) -> bool:
    """Places a flow can run between: countries and the EU (not regions, cities, the UN)."""
    return place.kind == "country" or place.key == "eu"


def _mention_cues(text: str, s_start: int, m: Mention) -> tuple[Features, Features]:
    """What stands right around one party ('from Russia', 'sold by the French', 'Egypt's'),
    as cues of an origin and as cues of a destination."""
    prep = _LAST_WORD.search(text, max(s_start, m.start - 20), m.start)
    cues = ["prep=" + (prep.group(1).lower() if prep else "^"), "via=" + m.via]
    cues += [
        "pre=" + w for w in _WORDS.findall(text[max(s_start, m.start - 25) : m.start].lower())[-2:]
    ]
    cues += ["post=" + w for w in _WORDS.findall(text[m.end : m.end + 20].lower())[:1]]
    return {"o_" + c: 1.0 for c in cues}, {"d_" + c: 1.0 for c in cues}


def _pair_cues(text: str, mo: Mention, md: Mention, sent: Sequence[Mention]) -> Features:
    """The words between the two parties, or that they are far apart; a third party between."""
    lo, hi = (mo.end, md.start) if mo.start < md.start else (md.end, mo.start)
    f: Features = {}
    if hi - lo < _MAX_BETWEEN:
        for w in _WORDS.findall(text[lo:hi].lower()):
            f["btw=" + w] = 1.0
    else:
        f["far"] = 1.0
    keys = (mo.place.key, md.place.key)
    if any(lo < m.start < hi and m.place.key not in keys for m in sent):
        f["others_between"] = 1.0
    return f


def _merge(into: Features, new: Mapping[str, float]) -> None:
    """Union of cues across occurrences: the strongest value of each."""
    for k, v in new.items():
        if v > into.get(k, 0.0):
            into[k] = v


def sentence_candidates(
    text: str,
    span: tuple[int, int],
    triggers: Iterable[tuple[int, str, str]],
    mentions: Sequence[Mention],
) -> dict[Triple, Occurrence]:
    """Every (origin, destination, kind) one sentence could state, with its cues.

    ``triggers`` are (start in text, kind, trigger word); ``mentions`` the sentence's places.
    """
    s_start, s_end = span
    sent = [m for m in mentions if is_party(m.place)]
    if len({m.place.key for m in sent}) < 2:
        return {}
    lower = text[s_start:s_end].lower()
    shared: Features = {"w=" + w: 1.0 for w in set(_CUES.findall(lower))}
    shared["nkeys"] = float(len({m.place.key for m in sent}))
    shared["n_sent"] = 1.0  # one sentence, however many triggers and mentions
    cues = [_mention_cues(text, s_start, m) for m in sent]
    triggers = list(triggers)
    first_trigger: dict[str, int] = {}
    for t_abs, kind, _ in triggers:
        first_trigger.setdefault(kind, t_abs)
    acc: dict[Triple, Features] = {}
    for i, mo in enumerate(sent):
        for j, md in enumerate(sent):
            o, d = mo.place.key, md.place.key
            if o == d:
                continue
            base = dict(shared)
            base.update(cues[i][0])
            base.update(cues[j][1])
            base.update(_pair_cues(text, mo, md, sent))
            base["o_first"] = float(mo.start < md.start)
            base["o_first_in_sent"] = float(i == 0)
            merged: set[str] = set()  # the kinds this pair's own cues are in already
            for t_abs, kind, word in triggers:
                key = (o, d, kind)
                f = acc.get(key)
                if f is None:
                    f = acc[key] = dict(base)
                    merged.add(kind)
                elif kind not in merged:
                    _merge(f, base)
                    merged.add(kind)
                order = "".join(
                    p for _, p in sorted([(mo.start, "O"), (md.start, "D"), (t_abs, "T")])
                )
                dist = min(abs(mo.start - t_abs), abs(md.start - t_abs))
                _merge(
                    f,
                    {
                        "trig=" + word: 1.0,
                        "k&trig=" + kind + word: 1.0,
                        "order=" + order: 1.0,
                        "k&order=" + kind + order: 1.0,
                        "o_before_t": float(mo.start < t_abs),
                        "d_after_t": float(md.start > t_abs),
                        "near": 1.0 / (1.0 + dist / 20.0),
                    },
                )
    return {key: Occurrence(s_start, s_end, first_trigger[key[2]], f) for key, f in acc.items()}


def article_features(
    per_sentence: Sequence[dict[Triple, Occurrence]],
    mentions: Sequence[Mention],
    main_country: Place | None,
) -> dict[Triple, Features]:
    """A candidate's cues over the whole article: all its sentences, and the article's focus."""
    counts: dict[str, int] = {}
    first: dict[str, int] = {}
    for m in mentions:
        counts[m.place.key] = counts.get(m.place.key, 0) + 1
        first.setdefault(m.place.key, m.start)
    main = main_country.key if main_country is not None else None
    out: dict[Triple, Features] = {}
    for sentence in per_sentence:
        for key, occ in sentence.items():
            f = out.get(key)
            if f is None:
                out[key] = dict(occ.features)
            else:
                n = f["n_sent"] + 1.0
                _merge(f, occ.features)
                f["n_sent"] = n
    for (o, d, kind), f in out.items():
        f["kind=" + kind] = 1.0
        f["o_main"] = float(o == main)
        f["d_main"] = float(d == main)
        f["o_cnt"] = float(counts.get(o, 0))
        f["d_cnt"] = float(counts.get(d, 0))
        f["o_eu"] = float(o == "eu")
        f["d_eu"] = float(d == "eu")
        f["o_firstpos"] = float(first[o] < first[d])
    return out
