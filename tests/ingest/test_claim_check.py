"""The claim check: what it reads of the rules' claims, what it sets aside and says so, what it
leaves alone, and that the shipped check keeps the rules' reading of plain statements."""

from __future__ import annotations

import functools
from pathlib import Path

import pytest

from dashboard.ingest.claim_check import KEEP_ALL, load_claim_check
from dashboard.ingest.extract import extract_claims, rule_claim_features
from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer
from dashboard.ingest.pairs import PairModel
from dashboard.ingest.pipeline import ingest_paths
from dashboard.store import Store
from tests.ingest.test_pairs import ALWAYS, NEVER, _source, _triples

NO_TRANSFERS = PairModel(0.0, {"r:k=transfer": -10.0}, 0.1)  # sets aside every transfer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


TEXT = (
    "Germany sold 20 Leopard tanks to Poland in 2021. "
    "In March 2024 Berlin suspended arms exports to Israel. "
    "Libya remains under a UN arms embargo."
)


def test_features_say_how_the_parties_are_named_and_what_the_claim_says(gaz: Gazetteer) -> None:
    features = rule_claim_features(_source(TEXT), gaz)
    sale = features[("deu", "pol", "transfer")]
    assert sale["r:k=transfer"] == 1.0
    assert sale["r:o_via=name"] == 1.0 and sale["r:d_via=name"] == 1.0
    assert sale["r:items"] == 1.0 and sale["r:prec=year"] == 1.0  # "Leopard tanks", "2021"
    assert sale["x:leopard"] == 1.0
    suspension = features[("deu", "isr", "suspension")]
    assert suspension["r:o_via=capital"] == 1.0  # "Berlin"
    assert "r:reverse" not in suspension
    # a UN embargo names a body the labels never name: the check has nothing to go on
    assert not any("un" in triple[:2] for triple in features)


def test_opposite_directions_are_marked(gaz: Gazetteer) -> None:
    text = "Turkey sold drones to Azerbaijan. Azerbaijan sold artillery shells to Turkey."
    features = rule_claim_features(_source(text), gaz)
    assert features[("tur", "aze", "transfer")]["r:reverse"] == 1.0
    assert features[("aze", "tur", "transfer")]["r:reverse"] == 1.0


def test_a_claim_rated_below_the_threshold_is_set_aside_with_a_warning(gaz: Gazetteer) -> None:
    kept = extract_claims(_source(TEXT), gaz, NEVER, KEEP_ALL)
    checked = extract_claims(_source(TEXT), gaz, NEVER, NO_TRANSFERS)
    assert ("deu", "pol", "transfer") in _triples(kept.claims)
    assert _triples(checked.claims) == _triples(kept.claims) - {("deu", "pol", "transfer")}
    [warning] = [w for w in checked.warnings if w.startswith("set aside")]
    assert "transfer from Germany to Poland" in warning
    assert "rates it 0.00, below 0.10" in warning
    assert "Germany sold 20 Leopard tanks" in warning  # the excerpt, for the analyst to judge


def test_the_pair_model_does_not_restore_what_the_check_set_aside(gaz: Gazetteer) -> None:
    claims = extract_claims(_source(TEXT), gaz, ALWAYS, NO_TRANSFERS).claims
    assert ("deu", "pol", "transfer") not in _triples(claims)


def test_claims_naming_a_body_outside_the_labels_are_never_rated(gaz: Gazetteer) -> None:
    rejects_all = PairModel(-10.0, {}, 0.1)
    claims = extract_claims(_source(TEXT), gaz, NEVER, rejects_all).claims
    assert _triples(claims) == {("un", "lby", "embargo")}


def test_shipped_check_loads_with_a_threshold_between_zero_and_one() -> None:
    check = load_claim_check()
    assert 0.0 < check.threshold < 1.0
    assert any(name.startswith("x:") for name in check.weights)  # the excerpts' words
    assert any(name.startswith("r:") for name in check.weights)  # what the claims say


def test_shipped_check_keeps_plain_statements(gaz: Gazetteer) -> None:
    text = (
        "Germany sold 20 Leopard tanks to Poland in 2021. "
        "In March 2024 Berlin suspended arms exports to Israel. "
        "Seoul says Pyongyang shipped artillery shells to Moscow last year."
    )
    result = extract_claims(_source(text), gaz)
    assert {
        ("deu", "pol", "transfer"),
        ("deu", "isr", "suspension"),
        ("prk", "rus", "transfer"),
    } <= _triples(result.claims)
    assert not [w for w in result.warnings if w.startswith("set aside")]


def test_the_ingest_report_names_what_the_check_set_aside(
    tmp_path: Path, store: Store, gaz: Gazetteer
) -> None:
    """What the analyst sees: the stored flows leave the claim out, the report names it."""
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    extractor = functools.partial(extract_claims, model=NEVER, check=NO_TRANSFERS)
    report = ingest_paths([tmp_path], store, gazetteer=gaz, extractor=extractor)
    [result] = report.files
    assert result.status == "added"
    assert any("set aside a transfer from Germany to Poland" in w for w in result.warnings)
    stored = {(c.origin.key, c.destination.key, c.kind) for c in store.load_claims()}
    assert ("deu", "pol", "transfer") not in stored
    assert ("deu", "isr", "suspension") in stored
