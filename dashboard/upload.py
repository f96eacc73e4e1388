"""Articles uploaded through the browser → the uploads folder → the ingest pipeline.

Pure logic (no Dash): the page hands over ``(name, data-URL)`` pairs and the form fields;
this module checks limits, stores each file under its content hash (the name the browser
sent is untrusted and only ever shown, sanitised), writes the form's metadata as the file's
sidecar so a later ``python -m dashboard ingest <uploads>`` reads the same thing, and
ingests each file through ``dashboard.ingest.pipeline``. One failed file never stops the
others; every file gets a one-line result naming it.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlparse

from dashboard.ingest.pipeline import FileResult, ingest_paths
from dashboard.ingest.reading import ARTICLE_SUFFIXES, DEFAULT_MAX_BYTES, SIDECAR_SUFFIX
from dashboard.store import PROJECT_ROOT, Store

MB = 1024 * 1024
UploadStatus = Literal["added", "duplicate", "failed"]
NAME_LIMIT = 100
FIELD_LIMIT = 500
MANIFEST_SUFFIX = ".upload.json"

# Characters that can disguise a name: C0/C1 controls, bidi embeddings/overrides/isolates,
# zero-width and BOM. (Unicode category Cf covers the bidi and zero-width ones.)
_HIDDEN = re.compile(r"[\x00-\x1f\x7f-\x9f]")


class UploadError(Exception):
    """A problem with one uploaded file or with the form; the message is shown to the user."""


@dataclass(frozen=True)
class UploadLimits:
    """Per-file and per-request limits (the request carries files base64-encoded: +33%)."""

    max_file_bytes: int = DEFAULT_MAX_BYTES
    max_files: int = 20
    max_request_bytes: int = 32 * MB

    def describe(self) -> str:
        return (
            f"up to {self.max_files} files per upload, {_mb(self.max_file_bytes)} each, "
            f"{_mb(self.max_request_bytes * 3 // 4)} in total"
        )


@dataclass(frozen=True)
class UploadMeta:
    """The form's fields, validated; empty fields are None (the file's own metadata wins)."""

    title: str | None = None
    outlet: str | None = None
    published: date | None = None
    url: str | None = None

    def sidecar(self) -> dict[str, str]:
        out = {k: v for k, v in (("title", self.title), ("outlet", self.outlet)) if v}
        if self.published:
            out["published"] = self.published.isoformat()
        if self.url:
            out["url"] = self.url
        return out


@dataclass(frozen=True)
class UploadResult:
    """What happened to one uploaded file, in words the user can act on."""

    name: str
    status: UploadStatus
    message: str
    source_id: str | None = None
    stored_as: str | None = None
    # what extraction flagged (ambiguous places, dates after today, claims set aside...)
    warnings: tuple[str, ...] = ()

    def line(self) -> str:
        label = {"added": "Added", "duplicate": "Already stored", "failed": "FAILED"}
        return f"{label[self.status]}: {self.name}: {self.message}"


def _mb(n: int) -> str:
    return f"{n / MB:.1f} MB"


def _clean(text: str) -> str:
    """NFC, no control/format characters (bidi overrides, zero-width), single spaces."""
    text = unicodedata.normalize("NFC", text)
    text = "".join(" " if _HIDDEN.match(ch) else ch for ch in text)
    text = "".join(ch for ch in text if unicodedata.category(ch) != "Cf")
    return " ".join(text.split())


def sanitise_name(name: str | None, limit: int = NAME_LIMIT) -> str:
    """A display name from the browser's file name: last path part, visible characters only.

    Never used as a path. Long names keep their suffix: ``very…long.txt``.
    """
    raw = (name or "").replace("\\", "/").split("/")[-1]
    cleaned = _clean(raw).strip(". ") or "unnamed file"
    if len(cleaned) > limit:
        stem, dot, suffix = cleaned.rpartition(".")
        if dot and 0 < len(suffix) <= 8:
            cleaned = stem[: limit - len(suffix) - 2] + "…." + suffix
        else:
            cleaned = cleaned[: limit - 1] + "…"
    return cleaned


def article_suffix(display_name: str) -> str:
    """The lower-case article suffix of a name, or UploadError for other file types."""
    suffix = Path(display_name).suffix.lower()
    if suffix not in ARTICLE_SUFFIXES:
        raise UploadError(
            f"unsupported file type {suffix or '(no extension)'}; use .txt, .md or .html"
        )
    return suffix


def decode_data_url(contents: str | None, limit: int) -> bytes:
    """Bytes of a ``data:...;base64,...`` URL (what dcc.Upload sends), refusing big ones early."""
    if not contents:
        raise UploadError("nothing received for this file")
    header, sep, payload = contents.partition(",")
    if not sep or not header.startswith("data:") or not header.endswith(";base64"):
        raise UploadError("not a base64 data URL; the browser sent something unexpected")
    if len(payload) * 3 // 4 > limit + 3:
        raise UploadError(
            f"file is too large (about {_mb(len(payload) * 3 // 4)}, limit {_mb(limit)} per file)"
        )
    try:
        return base64.b64decode(payload, validate=True)
    except (binascii.Error, ValueError) as exc:
        raise UploadError(f"corrupt upload (bad base64: {exc})") from exc


def parse_meta(
    title: str | None,
    outlet: str | None,
    published: str | None,
    url: str | None,
    today: date | None = None,
) -> UploadMeta:
    """Validate the form fields; a bad date or URL is refused before any file is stored."""
    today = today or date.today()

    def field(value: str | None, label: str) -> str | None:
        text = _clean(value or "")
        if len(text) > FIELD_LIMIT:
            raise UploadError(f"{label} is too long ({len(text)} characters, limit {FIELD_LIMIT})")
        return text or None

    day: date | None = None
    if published and published.strip():
        try:
            day = date.fromisoformat(published.strip())
        except ValueError as exc:
            raise UploadError(
                f"date {published.strip()!r} is not a valid date (YYYY-MM-DD): {exc}"
            ) from exc
        if day > today:
            raise UploadError(
                f"date {day.isoformat()} is in the future (today is {today.isoformat()})"
            )
    link = field(url, "URL")
    if link:
        parsed = urlparse(link)
        if parsed.scheme not in ("http", "https") or not parsed.netloc:
            raise UploadError(f"URL must start with http:// or https:// (got {link[:80]!r})")
    return UploadMeta(field(title, "title"), field(outlet, "outlet"), day, link)


def default_uploads_dir(db_url: str | None) -> Path:
    """$ATLAS_UPLOADS, else ``uploads/`` beside an SQLite store, else data/uploads."""
    env = os.environ.get("ATLAS_UPLOADS")
    if env:
        return Path(env)
    if db_url and db_url.startswith("sqlite:///") and db_url != "sqlite:///:memory:":
        return Path(db_url.removeprefix("sqlite:///")).expanduser().parent / "uploads"
    return PROJECT_ROOT / "data" / "uploads"


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=".upload.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def store_file(data: bytes, suffix: str, folder: Path, meta: UploadMeta, name: str) -> Path:
    """Save under ``<sha256><suffix>`` (+ sidecar, + manifest with the display name).

    An existing file is left alone, so re-uploading never rewrites stored metadata.
    """
    folder.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha256(data).hexdigest()
    path = folder / f"{digest}{suffix}"
    if path.exists():
        return path
    sidecar = meta.sidecar()
    if sidecar:
        _write_atomic(
            folder / f"{digest}{SIDECAR_SUFFIX}",
            json.dumps(sidecar, ensure_ascii=False, indent=2).encode("utf-8"),
        )
    manifest = {"display_name": name, "uploaded_at": datetime.now(UTC).isoformat()}
    _write_atomic(folder / f"{digest}{MANIFEST_SUFFIX}", json.dumps(manifest).encode("utf-8"))
    _write_atomic(path, data)
    return path


def _remove_stored(path: Path) -> None:
    for extra in (path, path.with_name(path.stem + SIDECAR_SUFFIX)):
        extra.unlink(missing_ok=True)
    path.with_name(path.stem + MANIFEST_SUFFIX).unlink(missing_ok=True)


def _result(name: str, stored: Path, result: FileResult) -> UploadResult:
    message = (result.error or "").replace(str(stored), name).replace(stored.name, name)
    message = message.removeprefix(f"{name}: ")
    if result.status == "added":
        warn = len(result.warnings)
        message = (
            f"{result.flows} flow{'s' * (result.flows != 1)}, "
            f"{result.events} event{'s' * (result.events != 1)}, "
            f"{warn} warning{'s' * (warn != 1)}"
        )
    status: UploadStatus = result.status if result.status != "curation" else "failed"
    warnings = tuple(w.replace(str(stored), name) for w in result.warnings)
    return UploadResult(name, status, message, result.source_id, stored.name, warnings)


def process_uploads(
    files: Sequence[tuple[str | None, str | None]],
    meta: UploadMeta,
    store: Store,
    folder: Path,
    gazetteer: Callable[[], Any],
    *,
    limits: UploadLimits | None = None,
    today: date | None = None,
) -> list[UploadResult]:
    """Store and ingest each ``(browser name, data URL)``; one result per file, in order.

    ``gazetteer`` is called (once) only when a file gets as far as extraction.
    """
    limits = limits or UploadLimits()
    results: list[UploadResult] = []
    many = len(files) > 1
    if many and meta.title:
        meta = UploadMeta(None, meta.outlet, meta.published, meta.url)
    loaded: list[Any] = []

    def gaz() -> Any:
        if not loaded:
            loaded.append(gazetteer())
        return loaded[0]

    for index, (raw_name, contents) in enumerate(files):
        name = sanitise_name(raw_name)
        if index >= limits.max_files:
            results.append(
                UploadResult(
                    name,
                    "failed",
                    f"not processed: at most {limits.max_files} files per upload; "
                    "upload the rest separately",
                )
            )
            continue
        try:
            suffix = article_suffix(name)
            data = decode_data_url(contents, limits.max_file_bytes)
        except UploadError as exc:
            results.append(UploadResult(name, "failed", str(exc)))
            continue
        if len(data) > limits.max_file_bytes:
            results.append(
                UploadResult(
                    name,
                    "failed",
                    f"file is too large ({_mb(len(data))}, limit {_mb(limits.max_file_bytes)})",
                )
            )
            continue
        existed = (folder / f"{hashlib.sha256(data).hexdigest()}{suffix}").exists()
        try:
            stored = store_file(data, suffix, folder, meta, name)
        except OSError as exc:
            results.append(UploadResult(name, "failed", f"could not save the file: {exc}"))
            continue
        try:
            report = ingest_paths(
                [stored], store, gaz(), max_bytes=limits.max_file_bytes, today=today
            )
        except Exception as exc:  # the store went away, etc.: report, keep going
            report = None
            outcome = UploadResult(name, "failed", f"ingest failed: {type(exc).__name__}: {exc}")
        if report is not None:
            outcome = _result(name, stored, report.files[0])
        if outcome.status == "failed" and not existed:
            _remove_stored(stored)
            outcome = UploadResult(name, "failed", outcome.message, outcome.source_id)
        results.append(outcome)
    return results


def summary(results: Sequence[UploadResult]) -> str:
    """One line over the batch: ``3 files: 2 added, 1 failed``."""
    counts = {s: sum(1 for r in results if r.status == s) for s in ("added", "duplicate", "failed")}
    n = len(results)
    return (
        f"{n} file{'s' * (n != 1)}: {counts['added']} added, "
        f"{counts['duplicate']} already stored, {counts['failed']} failed"
    )
