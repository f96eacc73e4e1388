"""Article files → ``Source``: text, title and metadata, with clear errors for bad input.

The stored text is exactly what evidence offsets index into, so .txt/.md bodies are kept
verbatim (typos and non-breaking spaces included); only front matter is cut off. HTML keeps
only the main text as extracted by trafilatura, so scripts, menus and comments never reach
the store. Every problem raises ``InputError`` naming the file, before anything is stored.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from dashboard.model import Source, content_id

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
SIDECAR_SUFFIX = ".meta.json"
META_FIELDS = ("title", "outlet", "published", "published_note", "url")
DEFAULT_MAX_BYTES = 5 * 1024 * 1024

_MAGIC = {
    b"%PDF": "a PDF document",
    b"PK\x03\x04": "a ZIP archive (e.g. .docx)",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"\xd0\xcf\x11\xe0": "an old MS Office document",
}


class InputError(Exception):
    """A file the Atlas cannot ingest; the message names the file and the problem."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{path}: {problem}")


class TextTooLongError(InputError):
    """An article longer than the extractor reads: almost certainly not one news article."""


# spaCy's own default limit; a 600-word article is ~4,000 characters. Checked up front so the
# analyst gets this message rather than spaCy's (which talks about parser and NER memory).
MAX_TEXT_CHARS = 1_000_000


@dataclass(frozen=True)
class _Meta:
    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    published_note: str | None = None
    url: str | None = None


def sidecar_path(path: Path) -> Path:
    """``NAME.meta.json`` beside ``NAME.ext``."""
    return path.with_name(path.stem + SIDECAR_SUFFIX)


def is_article_file(path: Path) -> bool:
    """Article files by suffix; sidecars and READMEs are not articles."""
    name = path.name.lower()
    if name.endswith(SIDECAR_SUFFIX) or name.startswith("readme.") or name.startswith("."):
        return False
    return path.suffix.lower() in ARTICLE_SUFFIXES


def _mb(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MB"


def read_bytes_checked(path: Path, max_bytes: int) -> bytes:
    """File bytes, refusing empty, oversized and binary files before decoding."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if size == 0:
        raise InputError(path, "empty file (0 bytes)")
    if size > max_bytes:
        raise InputError(
            path,
            f"file is too large ({_mb(size)}, limit {_mb(max_bytes)}); "
            "articles are expected to be text well under the limit (see --max-bytes)",
        )
    try:
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(path, f"cannot read file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:  # grew while we looked
        raise InputError(path, f"file is too large (over the limit of {_mb(max_bytes)})")
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            raise InputError(
                path,
                f"binary file: looks like {what} (starts with {magic!r}), not text; "
                "convert it to .txt/.md/.html first",
            )
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(
            path, f"binary file: NUL byte at byte {nul}; not UTF-8 text (binary or UTF-16?)"
        )
    return data


def _decode(path: Path, data: bytes) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        bad = data[exc.start : exc.start + 1].hex()
        raise InputError(
            path,
            f"invalid UTF-8 at byte {exc.start} (0x{bad}: {exc.reason}); save the file as UTF-8",
        ) from exc
    return text.removeprefix("\ufeff")


def _check_published(where: Path, value: Any, label: str, today: date) -> date | None:
    if value is None:
        return None
    if isinstance(value, date):
        day = value
    elif isinstance(value, str):
        try:
            day = date.fromisoformat(value.strip())
        except ValueError as exc:
            raise InputError(
                where, f"{label}: published {value!r} is not a valid ISO date (YYYY-MM-DD): {exc}"
            ) from exc
    else:
        raise InputError(
            where, f"{label}: published must be an ISO date string, not {type(value).__name__}"
        )
    if day > today:
        raise InputError(
            where,
            f"{label}: published date {day.isoformat()} is in the future (today is "
            f"{today.isoformat()}); fix the date or leave it out",
        )
    return day


# a page's links to other stories that the main-text extraction may keep, in the languages
# of the outlets analysts read
_RELATED_LINKS = re.compile(
    r"^(?:Read\s+also|Also\s+read|Read\s+more|See\s+also|Related(?:\s+(?:articles|stories|"
    r"news))?|More\s+on\s+this(?:\s+story)?|Lire\s+aussi|Voir\s+aussi|Leer\s+también|"
    r"Lesen\s+Sie\s+auch|Leia\s+também|Leggi\s+anche)\s*[:：].*(?:\n|$)",
    re.IGNORECASE | re.MULTILINE,
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _meta_from_mapping(
    where: Path, data: Mapping[str, Any], label: str, today: date, strict: bool
) -> _Meta:
    unknown = sorted(set(data) - set(META_FIELDS))
    if unknown and strict:
        raise InputError(
            where,
            f"{label}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(META_FIELDS)}",
        )
    values: dict[str, Any] = {}
    for key in ("title", "outlet", "published_note", "url"):
        value = data.get(key)
        if value is not None and not isinstance(value, str):
            raise InputError(
                where, f"{label}: {key} must be a string or null, not {type(value).__name__}"
            )
        if isinstance(value, str) and (bad := _CONTROL.search(value)):
            # "\u0000" is valid JSON but no title; PostgreSQL would refuse it mid-transaction
            raise InputError(
                where,
                f"{label}: {key} contains the control character U+{ord(bad.group()):04X} "
                f"at position {bad.start()}",
            )
        values[key] = value.strip() if isinstance(value, str) and value.strip() else None
    values["published"] = _check_published(where, data.get("published"), label, today)
    return _Meta(**values)


def read_sidecar(path: Path, today: date) -> _Meta | None:
    """Metadata from ``NAME.meta.json``; None when there is no sidecar."""
    sidecar = sidecar_path(path)
    if not sidecar.is_file():
        return None
    label = f"sidecar {sidecar.name}"
    try:
        raw = sidecar.read_bytes().decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(path, f"{label}: invalid UTF-8 at byte {exc.start}") from exc
    except OSError as exc:
        raise InputError(path, f"{label}: cannot read: {exc.strerror or exc}") from exc
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise InputError(
            path, f"{label}: invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    if not isinstance(data, dict):
        raise InputError(path, f"{label}: must be a JSON object, not {type(data).__name__}")
    return _meta_from_mapping(path, data, label, today, strict=True)


def split_front_matter(path: Path, text: str, today: date) -> tuple[_Meta | None, str]:
    """YAML front matter (``---`` … ``---``) at the top of .md/.txt; returns meta and body."""
    first, _, rest = text.partition("\n")
    if first.rstrip("\r") != "---":
        return None, text
    lines = rest.split("\n")
    for i, line in enumerate(lines):
        if line.rstrip("\r") in ("---", "..."):
            block = "\n".join(lines[:i])
            body = "\n".join(lines[i + 1 :])
            break
    else:
        raise InputError(path, "front matter starts with '---' but has no closing '---' line")
    try:
        data = yaml.safe_load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        at = f" at line {mark.line + 2}" if mark else ""
        raise InputError(path, f"front matter: invalid YAML{at}: {exc}") from exc
    except ValueError as exc:  # e.g. "published: 2021-02-30" (PyYAML builds a date)
        raise InputError(path, f"front matter: impossible date: {exc}") from exc
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise InputError(path, "front matter must be a YAML mapping (key: value lines)")
    return _meta_from_mapping(path, data, "front matter", today, strict=False), body.lstrip("\r\n")


def _first_line(text: str) -> str | None:
    for line in text.splitlines():
        line = line.strip().lstrip("#").strip()
        if line:
            return line
    return None


def _read_html(path: Path, html: str) -> tuple[str, _Meta]:
    """Main text and page metadata via trafilatura (offline: the HTML string is passed in)."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        with_metadata=True,
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    text = getattr(doc, "text", None) if doc is not None else None
    if text:
        # "Read also: ..." lines link other stories; their headlines are not this article
        text = _RELATED_LINKS.sub("", text)
    if not text or not text.strip():
        raise InputError(path, "no main text found in the HTML page")
    published = None
    raw_date = getattr(doc, "date", None)
    if raw_date:
        try:
            published = date.fromisoformat(str(raw_date)[:10])
        except ValueError:
            published = None
    meta = _Meta(
        title=getattr(doc, "title", None) or None,
        outlet=getattr(doc, "sitename", None) or None,
        published=published,
        published_note="from the page's HTML metadata" if published else None,
        url=getattr(doc, "url", None) or None,
    )
    return text, meta


def _merge(*metas: _Meta | None) -> _Meta:
    """Later metadata wins field by field (page < front matter < sidecar)."""
    out: dict[str, Any] = {}
    for meta in metas:
        if meta is None:
            continue
        for key in META_FIELDS:
            value = getattr(meta, key)
            if value is not None:
                out[key] = value
        if meta.published is not None:
            out["published_note"] = meta.published_note
    return _Meta(**out)


def read_article(
    path: Path | str, max_bytes: int = DEFAULT_MAX_BYTES, today: date | None = None
) -> Source:
    """Read one article file (.txt/.md/.html/.htm) and its sidecar into a ``Source``."""
    path = Path(path)
    today = today or date.today()
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        raise InputError(
            path, f"unsupported file type {path.suffix or '(none)'}; use .txt, .md or .html"
        )
    data = read_bytes_checked(path, max_bytes)
    raw = _decode(path, data)
    if not raw.strip():
        raise InputError(path, "empty file (only whitespace)")
    sidecar = read_sidecar(path, today)
    page: _Meta | None = None
    front: _Meta | None = None
    if path.suffix.lower() in (".html", ".htm"):
        text, page = _read_html(path, raw)
        if page.published and page.published > today:
            page = _Meta(page.title, page.outlet, None, None, page.url)
    else:
        front, text = split_front_matter(path, raw, today)
        if not text.strip():
            raise InputError(path, "no article text after the front matter")
    meta = _merge(page, front, sidecar)
    return Source(
        id=content_id(text),
        title=meta.title or _first_line(text) or path.stem,
        text=text,
        outlet=meta.outlet,
        url=meta.url,
        published=meta.published,
        published_note=meta.published_note,
        path=path.name,
    )
