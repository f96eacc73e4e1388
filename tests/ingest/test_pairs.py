"""The pair model: what it adds to the rules' claims, what it must leave alone, and that the
shipped weights are what the training script makes of the labelled development split."""

from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest.claim_check import CHECK_PATH
from dashboard.ingest.extract import extract_claims, pair_candidates
from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer
from dashboard.ingest.pairs import MODEL_PATH, PairModel, load_pair_model, load_weights
from dashboard.model import Claim, Source

ROOT = Path(__file__).resolve().parents[2]
LABELLED = ROOT / "tests" / "fixtures" / "labelled"
NEVER = PairModel(0.0, {}, 2.0)  # no probability reaches 2: the rules alone
ALWAYS = PairModel(10.0, {}, 0.5)  # every candidate the guards let through


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _source(text: str) -> Source:
    return Source("s1", "t", text, published=date(2024, 5, 1))


def _by_model(claims: tuple[Claim, ...]) -> set[tuple[str, str, str]]:
    return {
        (c.origin.key, c.destination.key, c.kind)
        for c in claims
        if any("pair model" in w for w in c.warnings)
    }


def _triples(claims: tuple[Claim, ...]) -> set[tuple[str, str, str]]:
    return {(c.origin.key, c.destination.key, c.kind) for c in claims}


def test_score_is_the_logistic_of_the_weighted_cues() -> None:
    model = PairModel(-1.0, {"btw=to": 2.0, "near": 0.5}, 0.7)
    assert model.score({}) == pytest.approx(1 / (1 + math.e))
    assert model.score({"btw=to": 1.0, "near": 2.0, "unknown": 5.0}) == pytest.approx(
        1 / (1 + math.exp(-2.0))
    )


def test_model_claims_quote_their_sentence_and_say_where_they_come_from(gaz: Gazetteer) -> None:
    # no rule reads a flow into a milestone; an accept-all model takes both directions
    text = (
        "Officials in Lima said. The delivery of two patrol boats is a milestone for Peru and "
        "Spain."
    )
    source = _source(text)
    rules = extract_claims(source, gaz, NEVER)
    everything = extract_claims(source, gaz, ALWAYS)
    added = [c for c in everything.claims if any("pair model" in w for w in c.warnings)]
    assert _by_model(everything.claims) == {("esp", "per", "transfer"), ("per", "esp", "transfer")}
    assert _triples(rules.claims) <= _triples(everything.claims)
    for c in added:
        assert source.text[c.excerpt.start : c.excerpt.end] == c.excerpt.text
        assert c.origin.key != c.destination.key
        assert c.origin.kind == "country" and c.destination.kind == "country"
        assert any("check the excerpt" in w for w in everything.warnings)


def test_no_model_claims_with_a_model_that_never_accepts(gaz: Gazetteer) -> None:
    text = "Spain sold four patrol boats to Peru in 2019, officials said."
    assert not _by_model(extract_claims(_source(text), gaz, NEVER).claims)


@pytest.mark.parametrize(
    ("text", "not_added"),
    [
        # the rules read the diversion as Turkey's: the optics' maker did not divert them
        (
            "Canadian optics sold to Turkey were diverted to Azerbaijan, an inquiry found.",
            ("can", "aze", "diversion"),
        ),
        # a lifted embargo is a resumption, not also an embargo
        (
            "The United States lifted its arms embargo on Vietnam in 2016.",
            ("usa", "vnm", "embargo"),
        ),
        # a blocked sale is a denial, not also a sale
        ("Ankara says Washington blocked the sale of F-16s to Turkey.", ("usa", "tur", "transfer")),
        # a negated trigger states nothing, whatever the cues around it
        ("Washington has not sanctioned New Delhi.", ("usa", "ind", "sanction")),
        # nor does a deal still being negotiated
        (
            "Peru is negotiating the purchase of Stryker vehicles from the United States.",
            ("usa", "per", "transfer"),
        ),
        # nor a measure that only could be taken, or one pressed for
        ("The EU could impose an arms embargo on Israel.", ("eu", "isr", "embargo")),
        ("Britain might slap sanctions on Iranian drone makers.", ("gbr", "irn", "sanction")),
        ("Lawmakers pressed for an embargo by Norway on Israel.", ("nor", "isr", "embargo")),
        # nor a supply denied, or stated as a charge that is denied
        ("Tehran denies arming Yemen with Iranian missiles.", ("irn", "yem", "transfer")),
        (
            "Emirati aircraft are reported to have supplied Sudan's army, an allegation Abu "
            "Dhabi denies.",
            ("are", "sdn", "transfer"),
        ),
    ],
)
def test_model_leaves_alone_what_the_rules_read_in_the_sentence(
    gaz: Gazetteer, text: str, not_added: tuple[str, str, str]
) -> None:
    claims = extract_claims(_source(text), gaz, ALWAYS).claims
    assert not_added not in _triples(claims)


def test_a_plan_to_transfer_stated_with_would_is_still_a_candidate_claim(gaz: Gazetteer) -> None:
    # "could" makes a transfer a possibility, but one that "would" happen is a plan stated (as
    # the rules read it); no rule reads either sentence
    planned = "Officials in Lima said. For Peru, Spain would deliver two patrol boats."
    possible = "Officials in Lima said. For Peru, Spain could deliver two patrol boats."
    assert not _triples(extract_claims(_source(planned), gaz, NEVER).claims)
    assert ("esp", "per", "transfer") in _by_model(
        extract_claims(_source(planned), gaz, ALWAYS).claims
    )
    assert not _by_model(extract_claims(_source(possible), gaz, ALWAYS).claims)


def test_party_cues_are_also_read_by_kind(gaz: Gazetteer) -> None:
    # "to" before the recipient of a transfer is not "to" before the target of an embargo:
    # each party cue and word between the parties is also a feature of the candidate's kind
    text = "Spain delivered patrol boats and imposed an embargo on Peru."
    features = pair_candidates(_source(text), gaz)
    transfer, embargo = features[("esp", "per", "transfer")], features[("esp", "per", "embargo")]
    assert "transfer&d_prep=on" in transfer and "embargo&d_prep=on" in embargo
    assert "transfer&btw=embargo" in transfer and "embargo&btw=embargo" in embargo
    assert not any(name.startswith("embargo&") for name in transfer)
    assert transfer["d_prep=on"] == embargo["d_prep=on"] == 1.0


def test_candidates_run_between_countries_and_blocs_only(gaz: Gazetteer) -> None:
    text = "The UN said Russia delivered drones to Armenia for use in Nagorno-Karabakh."
    keys = {k for triple in pair_candidates(_source(text), gaz) for k in triple[:2]}
    assert keys == {"rus", "arm"}


def test_shipped_model_loads_with_a_threshold_between_zero_and_one() -> None:
    model = load_pair_model()
    assert 0.0 < model.threshold < 1.0
    assert len(model.weights) > 100


def test_shipped_model_adds_a_delivery_the_rules_miss(gaz: Gazetteer) -> None:
    # dev/802: "Colombia's Kfir fighters were bought from Israel in 1989": no rule reads it;
    # the model is sure of ISR -> COL
    sys.path.insert(0, str(ROOT / "scripts"))
    from evaluate_extraction import read_labelled_article

    path = next((LABELLED / "dev").glob("802_*"))
    claims = extract_claims(read_labelled_article(path), gaz).claims
    kfirs = [
        c for c in claims if (c.origin.key, c.destination.key, c.kind) == ("isr", "col", "transfer")
    ]
    assert any("pair model" in w for c in kfirs for w in c.warnings)
    assert any(c.date.start == date(1989, 1, 1) for c in kfirs)


@pytest.mark.slow
def test_shipped_models_are_what_the_training_script_makes_of_dev(tmp_path: Path) -> None:
    """A change to the cues without retraining would ship stale weights: the pair model's
    and the claim check's."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_pair_model

    out = tmp_path / "model.json"
    assert train_pair_model.main(["--out", str(out)]) == 0
    for fresh_path, shipped_path in ((out, MODEL_PATH), (tmp_path / CHECK_PATH.name, CHECK_PATH)):
        fresh = json.loads(fresh_path.read_text(encoding="utf-8"))
        shipped = json.loads(shipped_path.read_text(encoding="utf-8"))
        assert fresh["trained_on"] == shipped["trained_on"]
        assert fresh["threshold"] == shipped["threshold"]
        assert fresh["intercept"] == pytest.approx(shipped["intercept"], abs=1e-3)
        names = set(fresh["weights"]) | set(shipped["weights"])
        drift = max(
            abs(fresh["weights"].get(n, 0.0) - shipped["weights"].get(n, 0.0)) for n in names
        )
        assert drift < 1e-3, shipped_path.name


def test_training_reads_the_dev_split_only(tmp_path: Path) -> None:
    """The held-out split stays unseen: a broken file there does not stop training."""
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_pair_model

    root = tmp_path / "labelled"
    (root / "dev").mkdir(parents=True)
    (root / "test").mkdir()
    articles = {
        "dev/001_a.txt": ("Germany sold 20 tanks to Poland in 2021.", [["DEU", "POL", "transfer"]]),
        "dev/002_b.txt": (
            "France sold jets to India, and India bought rifles from Russia.",
            [["FRA", "IND", "transfer"], ["RUS", "IND", "transfer"]],
        ),
        "dev/003_c.txt": (
            "Seoul says Pyongyang shipped shells to Moscow.",
            [["PRK", "RUS", "transfer"]],
        ),
    }
    expected = {}
    for key, (text, flows) in articles.items():
        (root / key).write_text(text, encoding="utf-8")
        expected[key] = flows
    (root / "test" / "001_x.txt").write_bytes(b"\xff\xfe\x00binary")
    expected["test/001_x.txt"] = [["DEU", "POL", "transfer"]]
    (root / "expected.yaml").write_text(json.dumps(expected), encoding="utf-8")
    out = tmp_path / "model.json"
    assert train_pair_model.main(["--root", str(root), "--out", str(out)]) == 0
    model = load_weights.__wrapped__(out)
    assert json.loads(out.read_text(encoding="utf-8"))["trained_on"]["dev_articles"] == 3
    assert 0.0 < model.threshold < 1.0
    # the claim check goes beside the pair model; its three articles' rule claims are all
    # labelled true, so it has nothing to tell apart and keeps every claim
    check = load_weights.__wrapped__(tmp_path / CHECK_PATH.name)
    assert check.score({"r:k=transfer": 1.0}) > check.threshold
