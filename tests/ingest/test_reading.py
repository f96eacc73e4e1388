"""Reading files: verbatim text for offsets, metadata from sidecars and front matter."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from dashboard.ingest.reading import InputError, is_article_file, read_article
from dashboard.model import content_id

ARTICLES = Path(__file__).resolve().parents[2] / "data" / "articles"


def test_seed_text_is_stored_verbatim_with_sidecar_metadata() -> None:
    path = sorted(ARTICLES.glob("000_*.txt"))[0]
    source = read_article(path)
    raw = path.read_text(encoding="utf-8")
    assert source.text == raw  # typos, NBSPs and all
    assert source.id == content_id(raw)
    meta = json.loads((ARTICLES / (path.stem + ".meta.json")).read_text(encoding="utf-8"))
    assert source.title == meta["title"]
    assert source.outlet == meta["outlet"]
    assert source.published == date.fromisoformat(meta["published"])
    assert source.published_note == meta["published_note"]
    assert source.path == path.name


def test_txt_without_sidecar_takes_title_from_first_line(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("\n\n  Poland buys tanks \nGermany sold tanks to Poland.\n", encoding="utf-8")
    source = read_article(path)
    assert source.title == "Poland buys tanks"
    assert source.published is None and source.outlet is None


def test_markdown_front_matter_is_metadata_and_cut_from_text(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text(
        "---\ntitle: Tanks for Warsaw\noutlet: Daily\npublished: 2022-03-04\n---\n"
        "# Headline\n\nGermany sold tanks to Poland.\n",
        encoding="utf-8",
    )
    source = read_article(path)
    assert source.text == "# Headline\n\nGermany sold tanks to Poland.\n"
    assert (source.title, source.outlet, source.published) == (
        "Tanks for Warsaw",
        "Daily",
        date(2022, 3, 4),
    )


def test_sidecar_wins_over_front_matter(tmp_path: Path) -> None:
    path = tmp_path / "story.md"
    path.write_text("---\ntitle: From front matter\n---\nBody text.\n", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text('{"title": "From sidecar"}', encoding="utf-8")
    assert read_article(path).title == "From sidecar"


def test_html_main_text_title_and_no_markup(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Tanks for Poland</title></head><body><nav>Home | World</nav>"
        "<article><h1>Tanks for Poland</h1><p>Germany approved the delivery of Leopard tanks "
        "to Poland in March 2022, officials said on Monday.</p><p>The deal is worth 100 "
        "million euros, the ministry said.</p></article></body></html>",
        encoding="utf-8",
    )
    source = read_article(path)
    assert source.title == "Tanks for Poland"
    assert "Germany approved the delivery of Leopard tanks to Poland" in source.text
    assert "<p>" not in source.text


def test_html_links_to_other_stories_are_not_article_text(tmp_path: Path) -> None:
    # a footer's "Read also:" headlines would otherwise be read as flows of this article
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>Vehicles for Togo</title></head><body><article><h1>Vehicles for "
        "Togo</h1><p>The United States delivered armoured vehicles to Togo on Monday, the "
        "army said in a statement.</p><p>The vehicles will go to units in the north, officials "
        "said.</p></article><div id='bottom'><p>Lire aussi : Benin receives Turkish armoured "
        "vehicles</p></div></body></html>",
        encoding="utf-8",
    )
    text = read_article(path).text
    assert "The United States delivered armoured vehicles to Togo" in text
    assert "Benin" not in text


def test_article_files_exclude_sidecars_and_readmes() -> None:
    assert is_article_file(Path("a.txt")) and is_article_file(Path("b.HTM"))
    assert not is_article_file(Path("a.meta.json"))
    assert not is_article_file(Path("README.md"))
    assert not is_article_file(Path("curation.yaml"))


def test_unsupported_suffix_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "a.docx"
    path.write_bytes(b"text")
    with pytest.raises(InputError, match=r"a\.docx: unsupported file type \.docx"):
        read_article(path)
