"""Who acts when the sentence names no country: "parliament", "the government" (``rules.roles``),
and whom a measure's plural object covers (``rules.sentence``)."""

from __future__ import annotations

from datetime import date

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.test_extract import gaz, run  # noqa: F401 (gaz: the fixture)


def test_parliament_acts_for_the_country_and_the_licences_cover_every_recipient(
    gaz: Gazetteer,  # noqa: F811
) -> None:
    text = (
        "Italy restores Gulf licences\n\nRome has lifted its last restrictions, Italian officials "
        "said. Italy's arms industry welcomed the news. The plant's troubles began in July "
        "2019, when parliament voted to suspend exports of aerial bombs to Saudi Arabia and the "
        "United Arab Emirates. In January 2021 the government revoked the licences outright."
    )
    found = {
        (c.origin.key, c.destination.key, c.kind) for c in run(gaz, text, date(2024, 10, 2)).claims
    }
    assert {
        ("ita", "sau", "suspension"),
        ("ita", "are", "suspension"),
        ("ita", "sau", "cancellation"),
        ("ita", "are", "cancellation"),
    } <= found
