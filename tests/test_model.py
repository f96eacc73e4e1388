"""Domain records: the source id must never change, or re-ingest would duplicate articles."""

from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

from dashboard.model import content_id

ARTICLES = Path(__file__).resolve().parents[1] / "data" / "articles"


def _reference_id(text: str) -> str:
    """The original definition (regex whitespace collapse), which stored ids were made with."""
    normalised = re.sub(r"\s+", " ", text).strip()
    return hashlib.sha256(normalised.encode("utf-8")).hexdigest()[:16]


def test_seed_article_keeps_its_published_id() -> None:
    text = sorted(ARTICLES.glob("000_*.txt"))[0].read_text(encoding="utf-8")
    assert content_id(text) == _reference_id(text) == "9e6e5525fd2c0ba3"


def test_every_unicode_whitespace_collapses_as_before() -> None:
    spaces = [chr(i) for i in range(sys.maxunicode + 1) if re.fullmatch(r"\s", chr(i))]
    assert "\u00a0" in spaces and "\u2028" in spaces and "\x1c" in spaces
    for ws in spaces:
        text = f"{ws}Canada{ws}{ws}halted\u200bexports{ws}to Turkey.{ws}\n"
        assert content_id(text) == _reference_id(text), repr(ws)
        assert content_id(text) == content_id("Canada halted\u200bexports to Turkey.")
    assert content_id("") == _reference_id("") and content_id(" \n\t") == _reference_id(" ")


def test_a_kind_puts_the_right_article_before_each_kind() -> None:
    from dashboard.model import EVENT_KINDS, a_kind

    assert a_kind("embargo") == "an embargo"
    assert a_kind("use") == "a use"
    assert {a_kind(k).split()[0] for k in EVENT_KINDS} == {"a", "an"}
