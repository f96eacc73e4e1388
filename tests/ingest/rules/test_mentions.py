"""Article-wide readings of mentions: whose "the Coast Guard" is (``rules.mentions``)."""

from __future__ import annotations

from datetime import date

from dashboard.ingest.gazetteer import Gazetteer
from tests.ingest.test_extract import gaz, run  # noqa: F401 (gaz: the fixture)

# A story about Trinidad and Tobago's coast guard that names the United States (the donor)
# more often than the recipient: the background fleet is the Coast Guard's, not America's.
_COAST_GUARD = (
    "Coast Guard gets two interceptors from US\n\n"
    "PORT OF SPAIN, Aug 12 - The Trinidad and Tobago Coast Guard yesterday commissioned two "
    "interceptor boats donated by the United States. The boats were handed over by the US "
    "Ambassador. Washington has given the Coast Guard several vessels over the past decade, "
    "and US officials said more would follow. The donation comes as the Coast Guard struggles "
    "to keep its larger ships at sea. Six Damen patrol boats purchased from the "
    "Netherlands in 2015 form the backbone of the coastal fleet. China gave the Coast Guard an "
    "offshore patrol vessel in 2014."
)


def test_the_coast_guard_is_the_force_the_article_names(gaz: Gazetteer) -> None:  # noqa: F811
    found = {
        (c.origin.key, c.destination.key, c.kind)
        for c in run(gaz, _COAST_GUARD, date(2025, 8, 13)).claims
    }
    assert {("nld", "tto", "transfer"), ("chn", "tto", "transfer")} <= found
    assert not {t for t in found if t[1] == "usa"}


def test_another_countrys_instructors_are_not_its_forces(gaz: Gazetteer) -> None:  # noqa: F811
    text = (
        "Navy receives patrol boats from US\n\n"
        "SEKONDI - The Ghana Navy on Thursday took delivery of four patrol boats donated by the "
        "United States. Their crews trained with US Coast Guard instructors, and the navy also "
        "runs two former US Coast Guard Island-class cutters. In 2023 Germany "
        "handed over six inflatable boats to the navy's special boat squadron."
    )
    found = {
        (c.origin.key, c.destination.key, c.kind) for c in run(gaz, text, date(2025, 8, 13)).claims
    }
    assert ("deu", "gha", "transfer") in found
