"""More bad ingest input (issue 5): bidi controls, a 10 MB single line, deeply nested HTML.

The issue-2 cases are in test_bad_input.py; upload cases in tests/test_bad_input_upload.py.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from dashboard.ingest.gazetteer import Gazetteer, load_gazetteer
from dashboard.ingest.pipeline import ingest_paths
from dashboard.store import Store

INNER = (
    "<p>Germany delivered Leopard tanks to Ukraine in March 2023, officials said in a "
    "statement about the deliveries.</p>"
)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return load_gazetteer()


def test_bidi_controls_are_kept_verbatim_and_excerpts_stay_exact(
    store: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    text = (
        "Bidi test\n\nGermany delivered \u202etanks\u202c to Ukraine in March 2023, "
        "officials said \u2067(\u05d3\u05d5\u05d1\u05e8)\u2069.\n"
    )
    path = tmp_path / "bidi.txt"
    path.write_text(text, encoding="utf-8")
    report = ingest_paths([path], store, gazetteer)
    assert [f.status for f in report.files] == ["added"]
    [source] = store.load_raw_sources()
    assert source.text == text  # offsets index the text as written
    [claim] = store.load_claims()
    assert (claim.origin.iso3, claim.destination.iso3) == ("DEU", "UKR")
    assert source.text[claim.excerpt.start : claim.excerpt.end] == claim.excerpt.text
    assert "\u202e" in claim.excerpt.text


def test_ten_mb_single_line_is_refused_naming_the_file(
    store: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    path = tmp_path / "one_line.txt"
    path.write_text(("Germany delivered tanks to Ukraine. " * 300_000)[: 10 * 1024 * 1024])
    report = ingest_paths([path], store, gazetteer)
    [result] = report.files
    assert result.status == "failed"
    assert "one_line.txt" in (result.error or "")
    assert "file is too large (10.0 MB, limit 5.0 MB)" in (result.error or "")
    assert store.counts()["sources"] == 0


def test_ten_mb_single_line_over_a_raised_limit_fails_cleanly(
    store: Store, tmp_path: Path, gazetteer: Gazetteer
) -> None:
    """With --max-bytes raised, the extractor refuses it by name; nothing stored, batch goes on."""
    big = tmp_path / "one_line.txt"
    big.write_text(("Germany delivered tanks to Ukraine. " * 300_000)[: 10 * 1024 * 1024])
    good = tmp_path / "z_good.txt"
    good.write_text("France delivered howitzers to Armenia in June 2024, officials said.\n")
    report = ingest_paths([big, good], store, gazetteer, max_bytes=20 * 1024 * 1024)
    assert [f.status for f in report.files] == ["failed", "added"]
    assert report.files[0].error == (
        f"{big.name}: text is too long to extract flows from (10,485,760 characters; the extractor "
        "reads at most 1,000,000 per article): split it into separate articles"
    )
    assert store.counts()["sources"] == 1


@pytest.mark.parametrize("depth", [100, 200])
def test_nested_html_within_parser_depth_is_read(
    store: Store, tmp_path: Path, gazetteer: Gazetteer, depth: int
) -> None:
    path = tmp_path / "nested.html"
    path.write_text(
        "<html><body><article>" + "<div>" * depth + INNER + "</div>" * depth + "</article>"
        "</body></html>"
    )
    report = ingest_paths([path], store, gazetteer)
    assert [f.status for f in report.files] == ["added"]
    [source] = store.load_raw_sources()
    assert "Germany delivered Leopard tanks to Ukraine" in source.text


@pytest.mark.parametrize("depth", [300, 100_000])
def test_deeply_nested_html_fails_cleanly(
    store: Store, tmp_path: Path, gazetteer: Gazetteer, depth: int
) -> None:
    """Past libxml2's nesting limit the page has no readable main text: a clear failure."""
    path = tmp_path / "deep.html"
    path.write_text("<html><body>" + "<div>" * depth + INNER + "</div>" * depth + "</body></html>")
    report = ingest_paths([path], store, gazetteer)
    [result] = report.files
    assert result.status == "failed"
    assert result.error == f"{path}: no main text found in the HTML page"
    assert store.counts()["sources"] == 0
