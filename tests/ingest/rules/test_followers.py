"""Countries that repeat another's decision: "Denmark followed suit" (``rules.followers``)."""

from __future__ import annotations

from datetime import date

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.test_extract import gaz, run  # noqa: F401 (gaz: the fixture)


def _triples(gaz: Gazetteer, text: str) -> set[tuple[str, str, str]]:  # noqa: F811
    return {
        (c.origin.key, c.destination.key, c.kind) for c in run(gaz, text, date(2025, 3, 1)).claims
    }


def test_followers_in_the_same_sentence_are_suppliers_not_recipients(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "In November 2018 Germany froze new arms export approvals for Saudi Arabia, and Denmark "
        "and Finland took similar steps."
    )
    claims = run(gaz, text, date(2025, 3, 1)).claims
    assert {(c.origin.key, c.destination.key, c.kind) for c in claims} == {
        ("deu", "sau", "suspension"),
        ("dnk", "sau", "suspension"),
        ("fin", "sau", "suspension"),
    }
    denmark = next(c for c in claims if c.origin.key == "dnk")
    assert denmark.date.start == date(2018, 11, 1)
    assert text[denmark.excerpt.start : denmark.excerpt.end] == denmark.excerpt.text
    assert any("following Germany" in w for w in denmark.warnings)


def test_followers_in_the_next_sentence_repeat_the_decision(gaz: Gazetteer) -> None:  # noqa: F811
    claims = run(
        gaz,
        "The United States imposed sanctions on Iran in May 2024. The EU followed suit in June.",
        date(2025, 3, 1),
    ).claims
    assert {(c.origin.key, c.destination.key, c.kind) for c in claims} == {
        ("usa", "irn", "sanction"),
        ("eu", "irn", "sanction"),
    }
    # dated by its own sentence, not by the decision it repeats
    eu = next(c for c in claims if c.origin.key == "eu")
    assert (eu.date.start, eu.date.end) == (date(2024, 6, 1), date(2024, 6, 30))
    # a buyer's decision is followed by buyers: the cancellation, not the order it undid
    assert ("rus", "egy", "cancellation") in _triples(
        gaz,
        "Indonesia cancelled its order for Su-35 fighters from Russia in 2021. Egypt did the same.",
    )
    assert ("deu", "fin", "transfer") in _triples(
        gaz, "Sweden bought tanks from Germany. Finland did the same."
    )


def test_a_country_that_has_not_followed_gives_nothing(gaz: Gazetteer) -> None:  # noqa: F811
    assert _triples(gaz, "France sold Rafales to India. Germany has not followed suit.") == {
        ("fra", "ind", "transfer")
    }
    # a follower too far back to know what it repeats
    text = (
        "France sold Rafales to India. The jets were delivered by sea. Pilots trained in "
        "Provence. Crews praised them. Germany followed suit."
    )
    assert _triples(gaz, text) == {("fra", "ind", "transfer")}


def test_a_decider_that_followed_suit_for_another_country_repeats_its_decision(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    text = (
        "Rome lifted the restrictions on the Emirates in April 2023, citing the truce in Yemen, "
        "and followed suit for Saudi Arabia at the end of May 2023."
    )
    claims = run(gaz, text, date(2025, 3, 1)).claims
    assert {(c.origin.key, c.destination.key, c.kind) for c in claims} == {
        ("ita", "are", "resumption"),
        ("ita", "sau", "resumption"),
    }
    saudi = next(c for c in claims if c.destination.key == "sau")
    # dated by its own clause, not by the decision it repeats
    assert saudi.date.start == date(2023, 5, 1)
    assert any("repeated for Saudi Arabia" in w for w in saudi.warnings)
    # with no date of its own, the follow-up's date is unknown, not the first decision's
    later = run(
        gaz,
        "Italy lifted its restrictions on the Emirates in April 2023. It later followed suit with "
        "Saudi Arabia.",
        date(2025, 3, 1),
    ).claims
    assert next(c for c in later if c.destination.key == "sau").date.start is None
