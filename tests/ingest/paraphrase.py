"""Shared by the paraphrase tests: everyday phrasings a rule set must read as news states them.

Each case is a sentence (or a short snippet read as one article) and the flows it states,
written as ``"usa,pol,transfer; kor,pol,transfer"`` ("" for none), following the labelling
conventions in tests/fixtures/labelled/expected.yaml.
"""

from __future__ import annotations

Flow = tuple[str, str, str]


def flows(spec: str) -> frozenset[Flow]:
    """ "usa,pol,transfer; kor,pol,transfer" -> the set of triples ("" -> none)."""
    out: set[Flow] = set()
    for part in spec.split(";"):
        if part.strip():
            origin, destination, kind = (x.strip() for x in part.split(","))
            out.add((origin, destination, kind))
    return frozenset(out)
