"""League tables of an exporter's customers or an importer's suppliers (``rules.rankings``)."""

from __future__ import annotations

from datetime import date

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.test_extract import gaz, run  # noqa: F401 (gaz: the fixture)


def _triples(gaz: Gazetteer, text: str) -> set[tuple[str, str, str]]:  # noqa: F811
    return {
        (c.origin.key, c.destination.key, c.kind) for c in run(gaz, text, date(2025, 3, 1)).claims
    }


def test_customers_ranked_after_an_exporters_sales(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "South Africa's NCACC approved permits for defence exports worth R6.1 billion in 2024, "
        "with Saudi Arabia and the United Arab Emirates once again the largest customers. The "
        "UAE was second, followed by the United States, India and Germany."
    )
    claims = run(gaz, text, date(2025, 3, 1)).claims
    ranked = {c.destination.key for c in claims if c.origin.key == "zaf"}
    assert ranked == {"sau", "are", "usa", "ind", "deu"}
    india = next(c for c in claims if c.destination.key == "ind")
    assert india.kind == "transfer"
    assert india.excerpt.text.startswith("The UAE was second")
    assert india.date.start == date(2024, 1, 1)  # the year of the trade the table continues
    assert any("ranked among South Africa's customers" in w for w in india.warnings)


def test_suppliers_ranked_with_their_figures(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "Myanmar's military imported at least $1bn of arms after the coup, and Russia supplied "
        "most of it to Myanmar. Suppliers based in Russia accounted for $406m, followed by "
        "China at $267m, entities registered in Singapore at $254m, India at $51m and Thailand "
        "at $28m."
    )
    assert {("chn", "mmr", "transfer"), ("sgp", "mmr", "transfer"), ("tha", "mmr", "transfer")} <= (
        _triples(gaz, text)
    )


def test_a_leader_named_as_the_biggest_market_and_those_after_it(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "Turkey exported weapons worth $10 billion in 2025, Turkish officials said. Turkey sold "
        "drones to Poland. The United States was the biggest market, at about $1.6 billion. It "
        "was followed by the United Arab Emirates and Indonesia."
    )
    found = _triples(gaz, text)
    assert {
        ("tur", "usa", "transfer"),
        ("tur", "are", "transfer"),
        ("tur", "idn", "transfer"),
    } <= found


def test_no_table_no_ranking(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "In 2020 Yerevan bought four radars from India for about $40 million. Then came "
        "Armenia's defeat in the war that autumn, followed by growing frustration with Moscow. "
        "Britain suspended new licences for Saudi Arabia in 2019, then resumed them in 2020."
    )
    found = _triples(gaz, text)
    assert ("ind", "rus", "transfer") not in found
    assert ("ind", "arm", "transfer") in found
    assert not {t for t in found if t[2] == "transfer" and t[0] == "gbr"}
