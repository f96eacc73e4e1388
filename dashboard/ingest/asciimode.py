"""Run a pattern in ASCII mode on ASCII text, with the same results as in Unicode mode.

Why: in Unicode mode (the default for ``str`` patterns) ``re`` answers every ``\\b``, ``\\w``
or ``\\s`` test and every case-insensitive comparison by asking Python's Unicode database
about the character, several function calls each; in ASCII mode it reads a table. Most
articles, and most sentences of the rest, are plain ASCII, where the two modes agree except
on a few one-character tests (Unicode ``\\s`` also takes the separators U+001C-U+001F).
``ascii_twin`` compiles the pattern in ASCII mode with each such test replaced by the exact
set of ASCII characters it matches in Unicode mode, checked character by character.
``str.isascii`` costs nothing (CPython records it with each string), so choosing costs a
method call.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    # typeshed stubs the private re._constants / re._parser / re._compiler only under
    # their deprecated public aliases (the same modules)
    import sre_compile as _compiler
    import sre_constants as _sre
    import sre_parse as _parser
else:
    import re._compiler as _compiler
    import re._constants as _sre
    import re._parser as _parser

# one-character tests: what each matches is a set of characters
_CHAR_OPS = (_sre.LITERAL, _sre.NOT_LITERAL, _sre.IN, _sre.ANY)
_REPEATS = (_sre.MAX_REPEAT, _sre.MIN_REPEAT, _sre.POSSESSIVE_REPEAT)
# as plain ints: RegexFlag arithmetic goes through enum's Python code, once per item
_ASCII, _UNICODE = int(re.ASCII), int(re.UNICODE)


@functools.cache
def _ascii_matches(op: Any, av: Any, flags: int) -> frozenset[int]:
    """The ASCII code points a one-character test matches under flags (a class's items as a
    tuple: cached, since patterns repeat their letters)."""
    state = _parser.State()
    state.flags = flags
    item = (op, list(av) if op is _sre.IN else av)
    test = _compiler.compile(_parser.SubPattern(state, [item]), flags)
    return frozenset(c for c in range(128) if test.fullmatch(chr(c)))


def _key(av: Any) -> Any:
    return tuple(av) if isinstance(av, list) else av


class _Unsupported(Exception):
    """A construct the twin cannot be shown to handle alike: no twin."""


def _align(items: list[tuple[Any, Any]], flags: int) -> None:
    """Make each one-character test of items (in place) match in ASCII mode the ASCII
    characters it matches in Unicode mode."""
    unicode_flags = (flags & ~_ASCII) | _UNICODE
    for i, (op, av) in enumerate(items):
        if op in (_sre.LITERAL, _sre.NOT_LITERAL) and av < 128:
            continue  # an ASCII character (either case): alike in both modes
        if op in _CHAR_OPS:
            wanted = _ascii_matches(op, _key(av), unicode_flags)
            if _ascii_matches(op, _key(av), flags) == wanted:
                continue
            exact = tuple((_sre.LITERAL, c) for c in sorted(wanted))
            if not wanted or _ascii_matches(_sre.IN, exact, flags) != wanted:
                raise _Unsupported(op)
            items[i] = (_sre.IN, list(exact))
        elif op is _sre.SUBPATTERN:
            _, add_flags, del_flags, sub = av
            _align(sub.data, (flags | add_flags) & ~del_flags)
        elif op is _sre.BRANCH:
            for sub in av[1]:
                _align(sub.data, flags)
        elif op in _REPEATS:
            _align(av[2].data, flags)
        elif op in (_sre.ASSERT, _sre.ASSERT_NOT):
            _align(av[1].data, flags)
        elif op is _sre.ATOMIC_GROUP:
            _align(av.data, flags)
        elif op is _sre.GROUPREF_EXISTS:
            for sub in av[1:]:
                if sub is not None:
                    _align(sub.data, flags)
        # \b, ^, $ (AT) read word characters and line ends, alike on ASCII text; a
        # backreference compares characters, case-insensitively as ASCII letters do
        elif op not in (_sre.AT, _sre.GROUPREF):
            raise _Unsupported(op)


@functools.cache
def ascii_twin(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern that finds in any ASCII string exactly what ``pattern`` finds there (spans,
    groups, group names), compiled in ASCII mode; None when that cannot be made sure of."""
    if pattern.flags & (re.LOCALE | re.DEBUG):
        return None
    try:
        tree = _parser.parse(pattern.pattern, (pattern.flags & ~_UNICODE) | _ASCII)
        _align(tree.data, int(tree.state.flags))
        return _compiler.compile(tree, tree.state.flags)
    except Exception:  # _Unsupported, or private re internals that changed: no twin
        return None


class AsciiFast:
    """A compiled pattern that runs as its ASCII twin on ASCII text.

    ``for_text`` gives the pattern to use on a text (for loops over one text); the search
    methods choose per call. Results are those of the pattern itself.
    """

    __slots__ = ("_ascii", "compiled")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.compiled = pattern
        self._ascii = ascii_twin(pattern) or pattern

    def for_text(self, text: str) -> re.Pattern[str]:
        return self._ascii if text.isascii() else self.compiled

    def search(self, text: str, *args: int) -> re.Match[str] | None:
        return (self._ascii if text.isascii() else self.compiled).search(text, *args)

    def match(self, text: str, *args: int) -> re.Match[str] | None:
        return (self._ascii if text.isascii() else self.compiled).match(text, *args)

    def fullmatch(self, text: str, *args: int) -> re.Match[str] | None:
        return (self._ascii if text.isascii() else self.compiled).fullmatch(text, *args)

    def finditer(self, text: str, *args: int) -> Iterator[re.Match[str]]:
        return (self._ascii if text.isascii() else self.compiled).finditer(text, *args)

    def findall(self, text: str, *args: int) -> list[Any]:
        return (self._ascii if text.isascii() else self.compiled).findall(text, *args)

    def __getattr__(self, name: str) -> Any:  # .pattern, .flags, .sub ...: the pattern's own
        return getattr(self.compiled, name)
