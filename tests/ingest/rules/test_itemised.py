"""Refusals counted in one sentence and itemised in the next (``rules.itemised``)."""

from __future__ import annotations

from datetime import date

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.test_extract import gaz, run  # noqa: F401 (gaz: the fixture)

REPORT = (
    "Swiss arms export figures\nBERN - Switzerland's arms exports fell by a tenth in 2025, "
    "the economics ministry said. It rejected eight applications in 2025. Two concerned "
    "exports to Saudi Arabia and one to Qatar."
)


def test_itemised_refusals_are_denials_with_the_count_as_evidence(gaz: Gazetteer) -> None:  # noqa: F811
    claims = run(gaz, REPORT, date(2026, 2, 10)).claims
    denials = {c.destination.key: c for c in claims if c.kind == "denial"}
    assert set(denials) == {"sau", "qat"}
    assert {c.origin.key for c in denials.values()} == {"che"}
    # no sale read from "exports to Saudi Arabia"
    assert not [c for c in claims if c.kind == "transfer"]
    excerpt = denials["sau"].excerpt
    assert excerpt.text.startswith("It rejected eight applications in 2025.")
    assert excerpt.text.endswith("one to Qatar.")
    assert REPORT[excerpt.start : excerpt.end] == excerpt.text
    assert denials["qat"].date.start == date(2025, 1, 1)


def test_an_itemising_sentence_far_from_the_count_is_read_as_usual(gaz: Gazetteer) -> None:  # noqa: F811
    text = REPORT.replace(
        "Two concerned",
        "Officials said demand was high. Industry groups were pleased. Two concerned",
    )
    claims = run(gaz, text, date(2026, 2, 10)).claims
    # two sentences on, "Two concerned exports to Saudi Arabia" no longer itemises the count
    assert [(c.origin.key, c.destination.key, c.kind) for c in claims] == [
        ("che", "sau", "transfer")
    ]
