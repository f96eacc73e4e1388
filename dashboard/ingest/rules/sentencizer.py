"""Sentence spans: spaCy's tokenizer and spaCy's rule-based sentencizer rule, over arrays.

Why not ``nlp(text).sents``: the ``sentencizer`` pipe and ``Doc.sents`` build a Python
``Token`` for every token and a ``Span`` for every sentence, which cost more than the
tokenizing itself (about 0.4 ms of a 600-word article). The rule is short and documented
(``spacy.pipeline.Sentencizer.predict``): a token that is neither punctuation nor a sentence
mark starts a sentence when a sentence mark ("." "!" "?" and the other ``punct_chars``) came
after the previous such token. Applied from the marks found in the text, it gives the same
spans; a test holds it to spaCy's own pipe.
"""

from __future__ import annotations

import bisect
import functools
import re

import spacy
from spacy.attrs import IDX
from spacy.pipeline import Sentencizer
from spacy.tokenizer import Tokenizer


@functools.cache
def _tokenizer() -> Tokenizer:
    """Blank English tokenizer: no model download."""
    return spacy.blank("en").tokenizer


@functools.cache
def _marks() -> tuple[frozenset[str], re.Pattern[str]]:
    """The sentencizer's default sentence marks, and a pattern finding the candidates in text:
    the ASCII marks and any non-ASCII character (a class of all 128 marks is slow to scan)."""
    marks = frozenset(Sentencizer.default_punct_chars)
    assert {c for c in marks if c.isascii()} == {".", "!", "?"}
    return marks, re.compile("[.!?\u0080-\U0010ffff]")


_LONG_RUN = re.compile(r"\S{1000,}")
_SPACE = re.compile(r"\s")


def _has_long_run(text: str) -> bool:
    """Does text hold a run of 1,000+ non-space characters? Such a run covers a whole
    500-character window starting at a multiple of 500, so windows with a space (all of
    them, in prose) rule it out at once, without the pattern's scan of every position."""
    return any(
        _SPACE.search(text, a, a + 500) is None for a in range(0, len(text) - 499, 500)
    ) and bool(_LONG_RUN.search(text))


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences spaCy's sentencizer finds in text.

    As with ``Span.start_char``/``end_char``, a span runs from its first token to the end of
    its last token (whitespace between sentences belongs to neither). Only the tokens at and
    after a sentence mark are looked at; the rest are never built as ``Token`` objects.
    """
    if _has_long_run(text):
        # spaCy peels prefix and suffix punctuation off a run one character at a time, each
        # time rescanning the rest: quadratic ("((((..." of 20,000 characters takes 30 s).
        # No word is that long; read such a run as one plain word of the same length.
        text = _LONG_RUN.sub(lambda m: "x" * len(m.group()), text)
    doc = _tokenizer()(text)
    n = len(doc)
    if n == 0:
        return []
    marks, mark_re = _marks()
    token_starts = doc.to_array(IDX).tolist()
    starts = [0]
    for m in mark_re.finditer(text):
        if m.group() not in marks:
            continue
        i = bisect.bisect_left(token_starts, m.start())
        if i == n or token_starts[i] != m.start() or len(doc[i]) != 1:
            continue  # the mark is inside a token ("U.S.", "1.5", "...")
        # the sentence starts at the next token that is neither punctuation nor a mark
        j = i + 1
        while j < n and (doc[j].is_punct or doc[j].text in marks):
            j += 1
        if j < n and j > starts[-1]:
            starts.append(j)
    ends = [*starts[1:], n]
    return [
        (token_starts[a], token_starts[b - 1] + len(doc[b - 1]))
        for a, b in zip(starts, ends, strict=True)
    ]
