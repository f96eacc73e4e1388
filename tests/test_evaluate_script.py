"""``scripts/evaluate_extraction.py``: its counts cover the articles asked for."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[1] / "scripts" / "evaluate_extraction.py"


@pytest.fixture(scope="module")
def evaluate():
    spec = importlib.util.spec_from_file_location("evaluate_extraction", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
