"""``sentence_spans`` must split exactly as spaCy's own sentencizer pipe does."""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import spacy

from dashboard.ingest.rules.sentencizer import _has_long_run, sentence_spans

LABELLED = Path(__file__).resolve().parents[2] / "fixtures" / "labelled"
SEEDS = Path(__file__).resolve().parents[3] / "data" / "articles"


@pytest.fixture(scope="module")
def spacy_spans():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return lambda text: [(s.start_char, s.end_char) for s in nlp(text).sents]


def _article_texts() -> list[str]:
    paths = [*LABELLED.glob("*/*"), *SEEDS.glob("*")]
    return [
        p.read_text(encoding="utf-8")
        for p in sorted(paths)
        if p.suffix in (".txt", ".md", ".html") and p.is_file()
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        " ",
        ".",
        "..",
        "\n\n",
        "!a",
        "Turkey bought drones. Canada halted exports!",
        "The U.S. sold 1.5 million rounds to Kyiv... Then Mr. Smith left?! Yes.",
        "“They were diverted.” Ottawa said so.",
        "Russia fired shells。 North Korea sent more‼ Then silence.",
        "Sentences\n\nwith blank lines. And\ttabs .  Odd  spacing !",
    ],
)
def test_same_spans_as_spacy_on_edge_cases(text: str, spacy_spans) -> None:
    assert sentence_spans(text) == spacy_spans(text)


def test_same_spans_as_spacy_on_every_article(spacy_spans) -> None:
    texts = _article_texts()
    assert len(texts) > 300
    for text in texts:
        assert sentence_spans(text) == spacy_spans(text)


def test_same_spans_as_spacy_on_random_punctuation(spacy_spans) -> None:
    rnd = random.Random(7)
    pieces = [*"ab .!?…\"'()“”,;:-\n\t—‼。", "...", "Mr.", "U.S.", "e.g.", "1.5", "?!"]
    for _ in range(2000):
        text = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        assert sentence_spans(text) == spacy_spans(text), repr(text)


def test_spans_are_the_sentences_of_a_short_report() -> None:
    text = "Canada suspended the permits in October 2019. Turkey objected."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Canada suspended the permits in October 2019.",
        "Turkey objected.",
    ]


def test_a_long_run_of_punctuation_is_read_as_one_word() -> None:
    """spaCy peels "((((" one character at a time (quadratic); a run of 1,000 or more
    non-space characters is read as one word of the same length instead."""
    text = "Germany sold tanks. " + "(" * 1500 + " Poland paid. " + "&" * 1200 + "."
    assert [text[a:b] for a, b in sentence_spans(text)] == [
        "Germany sold tanks.",
        "(" * 1500 + " Poland paid.",
        "&" * 1200 + ".",
    ]
    text = "Germany sold " + "tanks." * 200 + " Poland paid."  # marks inside the run
    assert sentence_spans(text) == [(0, len(text))]


@pytest.mark.parametrize("length", [999, 1000, 1001, 1499, 2500])
def test_long_runs_are_found_wherever_they_start(length: int) -> None:
    for offset in range(0, 1100, 7):
        text = "a " * offset + "x" * length + " b"
        assert _has_long_run(text) == (length >= 1000), offset
