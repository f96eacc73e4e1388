"""``scripts/evaluate_extraction.py``: its counts cover the articles asked for."""

from __future__ import annotations

import importlib.util
import sys
from datetime import date
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "evaluate_extraction.py"


@pytest.fixture(scope="module")
def evaluate():
    spec = importlib.util.spec_from_file_location("evaluate_extraction", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while decorating
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def _row(out: str, split: str) -> list[int]:
    line = next(ln for ln in out.splitlines() if ln.startswith(f"{split} "))
    return [int(x) for x in line.split()[1:4]]


def test_match_scores_only_the_chosen_articles(evaluate, capsys) -> None:
    expected = evaluate.load_expected(SCRIPT.parents[1] / "tests" / "fixtures" / "labelled")
    wanted = len(expected["dev/001_leopard_berlin.txt"]) + len(
        expected["dev/002_pyongyang_shells.txt"]
    )
    assert evaluate.main(["--split", "dev", "--match", r"^dev/00[12]_"]) == 0
    tp, _fp, fn = _row(capsys.readouterr().out, "dev")
    assert tp + fn == wanted  # every labelled triple of the two articles, and no other


def _claim(origin: str, dest: str, start: date | None, end: date | None, hedged: bool = False):
    from dashboard.model import Claim, DateRange, Excerpt, Place

    def place(iso3: str) -> Place:
        return Place(iso3, iso3, "country", 0.0, 0.0)

    precision = "unknown" if start is None else "day"
    return Claim(
        place(origin),
        place(dest),
        "transfer",
        DateRange(start, end, precision),
        Excerpt("s", 0, 1, "x"),
        hedged=hedged,
    )


def test_dates_and_hedging_are_compared_per_labelled_event(evaluate) -> None:
    labels = {
        ("fra", "ind", "transfer"): (
            [
                evaluate.label_period("2023-07"),
                evaluate.label_period(2016),
                evaluate.label_period(2019),
            ],
            True,
        ),
        ("usa", "ind", "transfer"): ([evaluate.label_period("2020-05")], False),
        ("rus", "ind", "transfer"): ([evaluate.label_period(2018)], False),
    }
    claims = [
        _claim("FRA", "IND", date(2023, 7, 13), date(2023, 7, 13)),  # 2023-07: right
        _claim("FRA", "IND", date(2016, 1, 1), date(2017, 12, 31)),  # 2016: coarser
        _claim("FRA", "IND", None, None, hedged=True),  # 2019: only other dates
        _claim("USA", "IND", None, None, hedged=True),  # undated; hedged but labelled a fact
        _claim("RUS", "IND", date(2012, 1, 1), date(2012, 12, 31)),  # the wrong year
        _claim("DEU", "IND", date(2012, 1, 1), date(2012, 12, 31)),  # not labelled: ignored
    ]
    t = evaluate.tally_dates(labels, claims)
    assert (t.right, t.coarser, t.other, t.undated) == (1, 1, 2, 1)
    assert (t.claim_right, t.claim_wrong, t.claim_undated) == (2, 1, 2)
    assert (t.hedged_found, t.hedged_missed, t.hedged_extra) == (1, 0, 1)


def test_label_period_reads_years_and_months(evaluate) -> None:
    assert evaluate.label_period(2016) == (date(2016, 1, 1), date(2016, 12, 31))
    assert evaluate.label_period("2024-02") == (date(2024, 2, 1), date(2024, 2, 29))


def test_false_positives_the_labels_cannot_state_are_counted_apart(evaluate, capsys) -> None:
    # dev/471 is about the UN arms embargo on Iran coming back: the labels name countries,
    # the EU and NATO only, so a UN claim is a false positive they could not have listed
    assert evaluate.main(["--split", "dev", "--match", r"^dev/471_"]) == 0
    out = capsys.readouterr().out
    _tp, fp, _fn = _row(out, "dev")
    line = next(ln for ln in out.splitlines() if ln.startswith("of the FP"))
    outside = int(line.rsplit("dev ", 1)[1])
    assert 1 <= outside <= fp
