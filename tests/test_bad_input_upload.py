"""Bad input through the browser upload (dashboard.upload): what the user is told, what is kept.

Ingest-side cases from issue 2 live in tests/ingest/test_bad_input.py; the extra ingest
cases are in tests/ingest/test_bad_input_more.py. Catalogue: docs/BAD_INPUT.md.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import date
from pathlib import Path

import pytest

from dashboard.store import Store
from dashboard.upload import (
    UploadError,
    UploadLimits,
    UploadMeta,
    parse_meta,
    process_uploads,
    sanitise_name,
)

TODAY = date(2026, 11, 23)
GOOD = "Germany delivered Leopard tanks to Ukraine in March 2023, officials said.\n"
OTHER = "France delivered Caesar howitzers to Armenia in June 2024, the ministry said.\n"


def data_url(data: bytes | str, mime: str = "text/plain") -> str:
    raw = data.encode() if isinstance(data, str) else data
    return f"data:{mime};base64,{base64.b64encode(raw).decode()}"


@pytest.fixture(scope="module")
def gazetteer() -> object:
    from dashboard.ingest.gazetteer import load_gazetteer

    return load_gazetteer()


def upload(
    store: Store,
    folder: Path,
    gazetteer: object,
    files: list[tuple[str | None, str | None]],
    meta: UploadMeta | None = None,
    limits: UploadLimits | None = None,
) -> list:
    return process_uploads(
        files, meta or UploadMeta(), store, folder, lambda: gazetteer, limits=limits, today=TODAY
    )


def test_good_file_is_stored_under_its_hash_with_form_metadata(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    folder = tmp_path / "uploads"
    meta = parse_meta("Tanks", "Wire", "2023-04-01", "https://example.org/a", today=TODAY)
    [result] = upload(store, folder, gazetteer, [("report.txt", data_url(GOOD))], meta)
    assert result.status == "added"
    assert result.line().startswith("Added: report.txt: 1 flow, 1 event")
    digest = hashlib.sha256(GOOD.encode()).hexdigest()
    assert (folder / f"{digest}.txt").read_text() == GOOD
    [source] = store.load_raw_sources()
    assert (source.title, source.outlet, source.url) == ("Tanks", "Wire", "https://example.org/a")
    assert source.published == date(2023, 4, 1)
    assert source.path == f"{digest}.txt"


def test_oversized_file_is_refused_and_others_still_go_in(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    big = "x" * (1024 * 1024 + 10)
    limits = UploadLimits(max_file_bytes=1024 * 1024)
    results = upload(
        store,
        tmp_path / "up",
        gazetteer,
        [("big.txt", data_url(big)), ("ok.txt", data_url(GOOD))],
        limits=limits,
    )
    assert results[0].status == "failed"
    assert "file is too large" in results[0].message
    assert "limit 1.0 MB per file" in results[0].message
    assert results[1].status == "added"
    assert len(store.load_raw_sources()) == 1


def test_ten_mb_single_line_file_is_refused_by_the_default_limit(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    line = ("Germany delivered tanks to Ukraine. " * 300_000)[: 10 * 1024 * 1024]
    [result] = upload(store, tmp_path / "up", gazetteer, [("line.txt", data_url(line))])
    assert result.status == "failed"
    assert result.message.startswith("file is too large (about 10.0 MB, limit 5.0 MB")
    assert not (tmp_path / "up").exists() or not any((tmp_path / "up").iterdir())


def test_request_over_the_server_limit_gets_413_with_a_message() -> None:
    from dashboard.app_factory import Dataset, create_app

    app = create_app(loader=lambda: Dataset([], {}))
    limit = app.server.config["MAX_CONTENT_LENGTH"]
    client = app.server.test_client()
    resp = client.post(
        "/_dash-update-component", data=b"x" * (limit + 1), content_type="application/json"
    )
    assert resp.status_code == 413
    assert "Request too large" in resp.get_json()["message"]
    assert "Upload fewer or smaller files" in resp.get_json()["message"]


def test_many_files_at_once_are_capped_with_a_message(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    files = [
        (f"a{i}.txt", data_url(f"Germany delivered {i + 2} tanks to Ukraine in May 2023.\n"))
        for i in range(7)
    ]
    results = upload(store, tmp_path / "up", gazetteer, files, limits=UploadLimits(max_files=5))
    assert [r.status for r in results] == ["added"] * 5 + ["failed"] * 2
    assert results[5].message == (
        "not processed: at most 5 files per upload; upload the rest separately"
    )
    assert len(store.load_raw_sources()) == 5


@pytest.mark.parametrize(
    ("sent", "shown"),
    [
        ("../../etc/passwd.txt", "passwd.txt"),
        ("C:\\Windows\\System32\\evil.txt", "evil.txt"),
        ("/abs/path/.hidden.txt", "hidden.txt"),
        ("..", "unnamed file"),
    ],
)
def test_path_like_names_never_become_paths(
    store: Store, tmp_path: Path, gazetteer: object, sent: str, shown: str
) -> None:
    folder = tmp_path / "uploads"
    [result] = upload(store, folder, gazetteer, [(sent, data_url(GOOD))])
    assert result.name == shown
    written = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*"))
    digest = hashlib.sha256(GOOD.encode()).hexdigest()
    assert all(w.startswith("uploads") or w.startswith("atlas.db") for w in written)
    if shown.endswith(".txt"):
        assert result.status == "added"
        assert (folder / f"{digest}.txt").exists()
    else:
        assert result.status == "failed"
        assert "unsupported file type" in result.message


def test_very_long_name_is_shortened_for_display_only(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    name = "a" * 5000 + ".txt"
    [result] = upload(store, tmp_path / "up", gazetteer, [(name, data_url(GOOD))])
    assert result.status == "added"
    assert len(result.name) == 100
    assert result.name.endswith("….txt")
    assert len(result.stored_as or "") == 64 + 4


def test_bidi_and_invisible_characters_are_removed_from_names() -> None:
    assert sanitise_name("invoice\u202etxt.exe\u200b.txt") == "invoicetxt.exe.txt"
    assert sanitise_name("re\u2066port\u2069\u0000\n.md") == "report .md"


def test_unsupported_and_corrupt_uploads(store: Store, tmp_path: Path, gazetteer: object) -> None:
    results = upload(
        store,
        tmp_path / "up",
        gazetteer,
        [
            ("slides.docx", data_url(b"PK\x03\x04rest")),
            ("noext", data_url(GOOD)),
            ("bad.txt", "data:text/plain;base64,@@@not base64@@@"),
            ("odd.txt", "text/plain,plain"),
            ("none.txt", None),
        ],
    )
    assert [r.message for r in results] == [
        "unsupported file type .docx; use .txt, .md or .html",
        "unsupported file type (no extension); use .txt, .md or .html",
        results[2].message,
        "not a base64 data URL; the browser sent something unexpected",
        "nothing received for this file",
    ]
    assert results[2].message.startswith("corrupt upload (bad base64")
    assert all(r.status == "failed" for r in results)
    assert store.load_raw_sources() == []


def test_bad_files_are_reported_by_name_and_not_kept(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    folder = tmp_path / "up"
    results = upload(
        store,
        folder,
        gazetteer,
        [
            ("empty.txt", data_url(b"")),
            ("scan.txt", data_url(b"%PDF-1.7\n binary")),
            ("latin1.txt", data_url("Caf\xe9 Germany".encode("latin-1"))),
            ("good.txt", data_url(GOOD)),
        ],
    )
    assert [r.status for r in results] == ["failed", "failed", "failed", "added"]
    assert results[0].message == "empty file (0 bytes)"
    assert results[1].message.startswith("binary file: looks like a PDF document")
    assert results[2].message.startswith("invalid UTF-8 at byte 3")
    assert "up/" not in " ".join(r.message for r in results)  # no server paths leak
    kept = sorted(p.suffix for p in folder.iterdir())
    assert kept == [".json", ".txt"]  # only the good file (+ its manifest)


def test_same_file_twice_is_stored_once(store: Store, tmp_path: Path, gazetteer: object) -> None:
    folder = tmp_path / "up"
    first = upload(store, folder, gazetteer, [("a.txt", data_url(GOOD))])
    again = upload(
        store,
        folder,
        gazetteer,
        [("copy.txt", data_url(GOOD)), ("spaced.txt", data_url(GOOD.replace(" ", "   ")))],
    )
    assert first[0].status == "added"
    assert [r.status for r in again] == ["duplicate", "duplicate"]
    assert again[0].line().startswith("Already stored: copy.txt: duplicate of")
    assert len(store.load_raw_sources()) == 1


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"published": "2023-02-30"}, "not a valid date"),
        ({"published": "2099-01-01"}, "is in the future"),
        ({"url": "javascript:alert(1)"}, "URL must start with http:// or https://"),
        ({"title": "x" * 501}, "title is too long"),
    ],
)
def test_bad_form_fields_store_nothing(fields: dict[str, str], problem: str) -> None:
    args = {"title": None, "outlet": None, "published": None, "url": None, **fields}
    with pytest.raises(UploadError, match=problem):
        parse_meta(**args, today=TODAY)


def test_hostile_html_upload_keeps_no_markup(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    html = (
        "<html><head><script>alert(1)</script></head><body><article><h1>Deliveries</h1>"
        "<p>Germany delivered tanks to Ukraine in March 2023, officials said on Monday "
        "in a statement.</p><img src=x onerror=alert(1)></article></body></html>"
    )
    [result] = upload(store, tmp_path / "up", gazetteer, [("page.html", data_url(html))])
    assert result.status == "added"
    [source] = store.load_raw_sources()
    assert "alert" not in source.text
    assert "Germany delivered tanks to Ukraine" in source.text
    assert OTHER not in source.text


def test_what_extraction_flagged_comes_back_with_the_result(
    store: Store, tmp_path: Path, gazetteer: object
) -> None:
    # an ambiguous place name is read one way, and the analyst is told which and why
    text = "Officials in Tbilisi said Georgia bought drones from Turkey in 2022.\n"
    [result] = upload(store, tmp_path / "uploads", gazetteer, [("georgia.txt", data_url(text))])
    assert result.status == "added"
    assert any("ambiguous place 'Georgia'" in w for w in result.warnings)
    assert result.line().endswith(
        f"{len(result.warnings)} warning" + "s" * (len(result.warnings) != 1)
    )
