"""Skip regex searches that cannot succeed, by first looking for words every match contains.

Python's ``re`` tries a case-insensitive alternation (``\\b(?:wants?|plans?|...)``) at every
position of the text; a sentence without any of its words still costs the full scan. Most
such searches in the extractor fail. ``required_words`` reads, from the parsed pattern, a set
of words one of which any match must contain; ``Prefiltered`` looks for them first (one
case-sensitive scan of the lower-cased text, several times faster) and only then runs the
pattern. The words come from the pattern itself, so they stay right when it is edited.
On ASCII text a word the pattern puts at a word boundary (``\\b``, a space, the end) must
stand there: "ready" of ``\\bready\\s`` is not looked for in "already". The pattern then
runs as its ASCII twin on ASCII text (``asciimode``).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from dashboard.ingest.asciimode import ascii_twin

if TYPE_CHECKING:
    # typeshed stubs the private re._constants / re._parser only under their deprecated
    # public aliases (the same modules); importing those at run time would warn.
    import sre_constants as _sre
    import sre_parse as _sre_parse
else:
    import re._constants as _sre
    import re._parser as _sre_parse

# Under IGNORECASE these non-ASCII characters match ASCII letters (dotted and dotless i,
# long s, Kelvin sign; tests/ingest/test_dates.py checks the same list against every code
# point): a text holding one is always searched.
_CASE_TRAPS = re.compile("[\u0130\u0131\u017f\u212a]")
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)

Words = frozenset[str]
# a required word, and whether every match has a word boundary right before and after it
_Word = tuple[str, bool, bool]
_Found = frozenset[_Word]
_STARTS = (_sre.AT_BOUNDARY, _sre.AT_BEGINNING, _sre.AT_BEGINNING_STRING)
_ENDS = (_sre.AT_BOUNDARY, _sre.AT_END, _sre.AT_END_STRING)
_NON_WORD_CLASSES = (
    [(_sre.CATEGORY, _sre.CATEGORY_SPACE)],
    [(_sre.CATEGORY, _sre.CATEGORY_NOT_WORD)],
)


def _keyword_char(code: int) -> str | None:
    """A pattern character as it appears in lower-cased text, if that is certain: ASCII
    (lower-cased) or without case (``€``); None otherwise."""
    ch = chr(code)
    if ch.isascii():
        return ch.lower()
    return ch if ch.lower() == ch == ch.upper() else None


def _most_selective(candidates: list[_Found]) -> _Found | None:
    """Longest shortest word first, then fewest words."""
    if not candidates:
        return None
    return max(candidates, key=lambda s: (min(len(w) for w, _, _ in s), -len(s)))


def _non_word(op: Any, av: Any) -> bool:
    """Does this item consume only characters that are not word characters?"""
    if op in _REPEATS:
        return av[0] >= 1 and len(av[2].data) == 1 and _non_word(*av[2].data[0])
    if op is _sre.LITERAL:
        return not (chr(av).isalnum() or chr(av) == "_")
    return op is _sre.IN and av in _NON_WORD_CLASSES


def _edge(items: list[tuple[Any, Any]], i: int, outer: bool, anchors: tuple[Any, ...]) -> bool:
    """Is there a word boundary where items[i] stands next to a run (``outer``, the
    enclosing sequence's, past either end)?"""
    if not 0 <= i < len(items):
        return outer
    op, av = items[i]
    return (op is _sre.AT and av in anchors) or _non_word(op, av)


def _required(
    items: list[tuple[Any, Any]], before: bool = False, after: bool = False
) -> _Found | None:
    """Words one of which every match of this sequence contains, or None if unknown;
    ``before``/``after``: a word boundary is certain at the sequence's start / end."""
    candidates: list[_Found] = []
    run, run_before = "", False
    for i, (op, av) in enumerate(items):
        ch = _keyword_char(av) if op is _sre.LITERAL else None
        if ch is not None:
            if not run:
                run_before = _edge(items, i - 1, before, _STARTS)
            run += ch
            continue
        if run:
            candidates.append(frozenset({(run, run_before, _edge(items, i, after, _ENDS))}))
            run = ""
        edges = (_edge(items, i - 1, before, _STARTS), _edge(items, i + 1, after, _ENDS))
        found: _Found | None = None
        if op is _sre.SUBPATTERN:
            found = _required(list(av[3]), *edges)
        elif op is _sre.BRANCH:
            branches = [_required(list(b), *edges) for b in av[1]]
            known = [b for b in branches if b is not None]
            if len(known) == len(branches):  # every branch requires a word
                found = frozenset().union(*known)
        elif op in _REPEATS and av[0] >= 1:
            found = _required(list(av[2]))
        # anything else (classes, anchors, lookarounds, optional parts) requires nothing
        if found:
            candidates.append(found)
    if run:
        candidates.append(frozenset({(run, run_before, after)}))
    return _most_selective(candidates)


def _required_at_edges(pattern: re.Pattern[str]) -> _Found | None:
    # .data: the parsed items as a list (what iterating the SubPattern yields; typeshed does
    # not declare that iteration)
    return _required(list(_sre_parse.parse(pattern.pattern, pattern.flags).data))


def required_words(pattern: re.Pattern[str]) -> Words | None:
    """Lower-case words one of which every match contains, or None when none can be told."""
    found = _required_at_edges(pattern)
    return frozenset(w for w, _, _ in found) if found is not None else None


def _words_re(words: Words) -> re.Pattern[str]:
    """One case-sensitive alternation of the words, grouped by first letter; a word that
    contains another ("banned", "ban") adds nothing."""
    groups: dict[str, list[str]] = {}
    for w in sorted(w for w in words if not any(v != w and v in w for v in words)):
        groups.setdefault(w[0], []).append(re.escape(w[1:]))
    return re.compile(
        "|".join(
            re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
            for first, rests in groups.items()
        )
    )


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _edged_words_re(words: _Found) -> re.Pattern[str]:
    """The words for lower-cased ASCII text, each held to the word boundaries every match
    has around it; grouped by first letter, whose class then opens the pattern (the
    boundary before a word is checked after its first letter: "(?<!\\w.)")."""
    plain = {w for w, before, after in words if not before and not after}
    kept = sorted(
        (w, before, after)
        for w, before, after in words
        if not any(v != w and v in w for v in plain) and not (w in plain and (before or after))
    )
    groups: dict[str, list[str]] = {}
    for w, before, after in kept:
        rest = "(?<!\\w.)" if before and _is_word_char(w[0]) else ""
        rest += re.escape(w[1:]) + ("\\b" if after and _is_word_char(w[-1]) else "")
        groups.setdefault(w[0], []).append(rest)
    return re.compile(
        "|".join(
            re.escape(first) + (f"(?:{'|'.join(rests)})" if rests != [""] else "")
            for first, rests in groups.items()
        ),
        re.ASCII,
    )


class Prefiltered:
    """A compiled pattern whose whole-string searches first check for its required words.

    Results are those of the pattern itself: a search is skipped only when the text lacks
    every word a match would contain. Calls with ``pos``/``endpos`` go straight through.
    """

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self._ascii = ascii_twin(pattern) or pattern
        found = _required_at_edges(pattern)
        self._words = _words_re(frozenset(w for w, _, _ in found)) if found else None
        self._edged_words = _edged_words_re(found) if found else None

    def _hopeless(self, text: str) -> bool:
        if self._edged_words is not None and text.isascii():
            return self._edged_words.search(text.lower()) is None
        if self._words is None or _CASE_TRAPS.search(text):
            return False
        return self._words.search(text.lower()) is None

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        if not args and self._hopeless(text):
            return None
        return (self._ascii if text.isascii() else self.compiled).search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        if not args and self._hopeless(text):
            return None
        return (self._ascii if text.isascii() else self.compiled).match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        if not args and self._hopeless(text):
            return None
        return (self._ascii if text.isascii() else self.compiled).fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        if not args and self._hopeless(text):
            return iter(())
        return (self._ascii if text.isascii() else self.compiled).finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        if not args and self._hopeless(text):
            return []
        return (self._ascii if text.isascii() else self.compiled).findall(text, *args)

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .sub ...: the pattern's own
        return getattr(self.compiled, name)
