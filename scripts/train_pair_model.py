"""Train the pair model (``dashboard/ingest/pairs.py``) and the claim check
(``dashboard/ingest/claim_check.py``) on the labelled development split.

    python scripts/train_pair_model.py    # write dashboard/ingest/{pair_model,claim_check}.json
    python scripts/train_pair_model.py --validate-from 438   # train on dev/001-437, score 438+

Only ``dev/`` articles are read: the held-out ``test/`` split stays unseen. Every candidate
(origin, destination, kind) of an article's trigger sentences is one example, positive when
``expected.yaml`` lists it; for the claim check, every (origin, destination, kind) the rules
claim between parties is one example. For both, features seen in fewer than three examples are
left out (rare words would only fit the development texts, and they make the shipped JSON big).
The fit is scikit-learn's logistic regression (lbfgs, a fixed regularisation), which is
deterministic: the same labels give the same weights. The weights go to JSON, rounded, so
that the package needs neither scikit-learn nor pickles at run time.

``--validate-from N`` trains on the dev articles numbered below N and prints precision and
recall on the others with the rules alone, with the rules and the pair model, and with the
claim check too: the honest check of a change to the features, on articles the models were not
fitted to.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from evaluate_extraction import load_expected, read_labelled_article, score  # noqa: E402
from sklearn.feature_extraction import DictVectorizer  # noqa: E402
from sklearn.linear_model import LogisticRegression  # noqa: E402

from dashboard.ingest.claim_check import CHECK_PATH, KEEP_ALL  # noqa: E402
from dashboard.ingest.extract import (  # noqa: E402
    extract_claims,
    pair_candidates,
    rule_claim_features,
)
from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer  # noqa: E402
from dashboard.ingest.pairs import MODEL_PATH, PairModel  # noqa: E402
from dashboard.model import Source  # noqa: E402

ROOT = HERE.parent / "tests" / "fixtures" / "labelled"
C = 0.3  # inverse regularisation: chosen by grouped cross-validation on dev (see README)
THRESHOLD = 0.7  # a claim only when the model is this sure (chosen on dev 414+: see README)
CHECK_C = 1.0  # the claim check's inverse regularisation (chosen on dev 414+: see README)
CHECK_THRESHOLD = 0.1  # a rule's claim is set aside below this (chosen on fresh batches: README)
MIN_COUNT = 3  # a feature counts only if this many training examples have it
NEVER = PairModel(0.0, {}, 2.0)  # no probability reaches 2: no pair-model claim
Triple = tuple[str, str, str]


def _number(key: str) -> int:
    found = re.match(r"dev/(\d+)", key)
    return int(found.group(1)) if found else 0


def examples(
    sources: dict[str, Source],
    expected: dict[str, set[Triple]],
    gazetteer: Gazetteer,
    read: Callable[[Source, Gazetteer], dict[Triple, dict[str, float]]] = pair_candidates,
) -> tuple[list[dict[str, float]], list[bool]]:
    """One example per candidate (or, with ``read=rule_claim_features``, per rule claim) of
    every article, labelled by ``expected.yaml``."""
    features: list[dict[str, float]] = []
    labels: list[bool] = []
    for key, source in sources.items():
        for triple, f in sorted(read(source, gazetteer).items()):
            features.append(f)
            labels.append(triple in expected[key])
    return features, labels


def fit(
    features: list[dict[str, float]], labels: list[bool], threshold: float, c: float
) -> PairModel:
    """A logistic regression over the features seen in at least ``MIN_COUNT`` examples."""
    if len(set(labels)) < 2:
        # nothing to tell apart (a tiny labelled set): a constant model that says what the
        # labels say of every example
        return PairModel(10.0 if all(labels) else -10.0, {}, threshold)
    seen = Counter(name for f in features for name in f)
    features = [{k: v for k, v in f.items() if seen[k] >= MIN_COUNT} for f in features]
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=c, max_iter=10_000)
    model.fit(matrix, labels)
    weights = {
        name: round(float(w), 6)
        for name, w in zip(vectorizer.get_feature_names_out(), model.coef_[0], strict=True)
        if round(float(w), 6) != 0.0
    }
    return PairModel(round(float(model.intercept_[0]), 6), dict(sorted(weights.items())), threshold)


def _score(
    sources: dict[str, Source],
    expected: dict[str, set[Triple]],
    gazetteer: Gazetteer,
    model: PairModel,
    check: PairModel,
) -> str:
    tp = fp = fn = 0
    for key, source in sources.items():
        got = {
            (c.origin.key, c.destination.key, c.kind)
            for c in extract_claims(source, gazetteer, model, check).claims
        }
        tp += len(got & expected[key])
        fp += len(got - expected[key])
        fn += len(expected[key] - got)
    precision, recall, _ = score(tp, fp, fn)
    return f"{tp} / {fp} / {fn}  P {precision:.3f}  R {recall:.3f}"


def _write(
    path: Path, about: str, trained_on: dict[str, int], settings: dict[str, float], model: PairModel
) -> None:
    """One model's JSON: what it is, what it was trained on, its settings and its weights."""
    document = {
        "about": about,
        "trained_on": trained_on,
        **settings,
        "threshold": model.threshold,
        "intercept": model.intercept,
        "weights": model.weights,
    }
    path.write_text(json.dumps(document, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {path} ({len(model.weights)} weights)")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--root", type=Path, default=ROOT, help="the labelled set")
    parser.add_argument(
        "--out",
        type=Path,
        default=MODEL_PATH,
        help="where the pair model goes (the claim check goes beside it, as claim_check.json)",
    )
    parser.add_argument(
        "--validate-from",
        type=int,
        metavar="N",
        help="train on dev articles numbered below N and score the rest; writes nothing",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=THRESHOLD,
        help=f"probability above which the model adds a claim (default {THRESHOLD})",
    )
    parser.add_argument(
        "--check-threshold",
        type=float,
        default=CHECK_THRESHOLD,
        help=f"rating below which the claim check sets a rule's claim aside "
        f"(default {CHECK_THRESHOLD})",
    )
    args = parser.parse_args(argv)
    expected = {k: v for k, v in load_expected(args.root).items() if k.startswith("dev/")}
    gazetteer = load_gazetteer()
    sources = {k: read_labelled_article(args.root / k) for k in sorted(expected)}
    cut = args.validate_from
    train = {k: s for k, s in sources.items() if cut is None or _number(k) < cut}
    features, labels = examples(train, expected, gazetteer)
    model = fit(features, labels, args.threshold, C)
    print(f"trained on {len(train)} dev articles, {len(labels)} candidates ({sum(labels)} true)")
    check_features, check_labels = examples(train, expected, gazetteer, rule_claim_features)
    check = fit(check_features, check_labels, args.check_threshold, CHECK_C)
    print(f"claim check: {len(check_labels)} rule claims ({sum(check_labels)} true)")
    if cut is not None:
        rest = {k: s for k, s in sources.items() if _number(k) >= cut}
        print(f"dev articles from {cut} ({len(rest)}), TP / FP / FN:")
        print(f"  rules alone                {_score(rest, expected, gazetteer, NEVER, KEEP_ALL)}")
        print(f"  rules and model            {_score(rest, expected, gazetteer, model, KEEP_ALL)}")
        print(f"  checked rules and model    {_score(rest, expected, gazetteer, model, check)}")
        return 0
    _write(
        args.out,
        "pair model for dashboard/ingest/pairs.py; made by scripts/train_pair_model.py",
        {"dev_articles": len(train), "candidates": len(labels), "true": sum(labels)},
        {"C": C, "min_count": MIN_COUNT},
        model,
    )
    _write(
        args.out.with_name(CHECK_PATH.name),
        "claim check for dashboard/ingest/claim_check.py; made by scripts/train_pair_model.py",
        {"dev_articles": len(train), "rule_claims": len(check_labels), "true": sum(check_labels)},
        {"C": CHECK_C, "min_count": MIN_COUNT},
        check,
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
