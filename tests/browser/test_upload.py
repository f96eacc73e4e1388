"""Uploading articles in the browser: per-file results, new arcs without a reload, limits."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest

from tests.browser.hardening_helpers import arc_point

pytestmark = pytest.mark.browser

FILE_INPUT = "#upload-files input[type=file]"
NEW_ARTICLE = (
    "Paris ships howitzers to Yerevan\n\n"
    "France delivered Caesar howitzers to Armenia in June 2024, the defence ministry said.\n"
)


def _open(page: tuple[Any, Any], server: Any) -> tuple[Any, Any]:
    pg, log = page
    pg.goto(server.url + "/")
    pg.wait_for_selector("#map path.js-line", timeout=30_000)
    pg.evaluate("() => { window.__noReload = true; }")
    return pg, log


def test_upload_adds_flows_live_and_reports_each_file(
    page: tuple[Any, Any], atlas_server: Any
) -> None:
    pg, log = _open(page, atlas_server)
    dialogs: list[str] = []
    pg.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    pg.fill("#upload-outlet", "Upload Wire")
    pg.fill("#upload-date", "2024-07-01")
    pg.set_input_files(
        FILE_INPUT,
        files=[
            {
                "name": "../../etc/\u202eevil\u200b report.txt",
                "mimeType": "text/plain",
                "buffer": NEW_ARTICLE.encode(),
            },
            {
                "name": "scan.txt",
                "mimeType": "text/plain",
                "buffer": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n",
            },
            {"name": "notes.docx", "mimeType": "application/octet-stream", "buffer": b"PK\x03\x04"},
        ],
    )
    pg.wait_for_selector("#upload-results .upload-list > li", timeout=60_000)
    lines = pg.locator("#upload-results .upload-list > li").all_inner_texts()
    assert len(lines) == 3
    assert lines[0].startswith("Added: evil report.txt: 1 flow, ")
    assert lines[1].startswith("FAILED: scan.txt: binary file: looks like a PDF document")
    assert lines[2] == ("FAILED: notes.docx: unsupported file type .docx; use .txt, .md or .html")
    assert "1 added" in pg.inner_text("#upload-status")

    # The new arc is drawn and clickable without a reload.
    pg.wait_for_function(
        "() => [...document.querySelector('#map .js-plotly-plot').data]"
        ".some(t => (t.customdata || []).includes('fra-arm'))",
        timeout=10_000,
    )
    point = arc_point(pg, "fra-arm", "France → Armenia")
    assert point is not None
    pg.mouse.click(point["x"], point["y"])
    pg.wait_for_function(
        "() => document.querySelector('#evidence')?.textContent.includes('Upload Wire')",
        timeout=10_000,
    )
    assert "France delivered Caesar howitzers to Armenia" in pg.inner_text("#evidence")
    assert pg.evaluate("() => window.__noReload === true")

    # Stored under the content hash, never the browser's name; the name is display metadata.
    uploads = Path(atlas_server.db_url.removeprefix("sqlite:///")).parent / "uploads"
    digest = hashlib.sha256(NEW_ARTICLE.encode()).hexdigest()
    names = sorted(p.name for p in uploads.iterdir())
    assert names == [f"{digest}.meta.json", f"{digest}.txt", f"{digest}.upload.json"]
    assert dialogs == []
    assert log.errors == []


def test_batch_over_request_limit_is_refused_before_sending(
    page: tuple[Any, Any], atlas_server: Any
) -> None:
    pg, log = _open(page, atlas_server)
    posts: list[int] = []
    pg.on(
        "request",
        lambda r: posts.append(len(r.post_data_buffer or b"")) if r.method == "POST" else None,
    )
    big = b"Germany delivered tanks to Ukraine in March 2023. " * 100_000  # ~5 MB each
    pg.set_input_files(
        FILE_INPUT,
        files=[
            {"name": f"big{i}.txt", "mimeType": "text/plain", "buffer": big[:4_900_000]}
            for i in range(6)
        ],
    )
    pg.wait_for_function(
        "() => document.querySelector('#upload-status').textContent.includes('refused')",
        timeout=30_000,
    )
    status = pg.inner_text("#upload-status")
    assert "over the limit of 24 MB per upload" in status
    assert "Upload fewer files at a time" in status
    assert all(n < 1_000_000 for n in posts), "the oversized batch was sent anyway"
    assert log.errors == []


def test_what_extraction_flagged_is_listed_under_the_file(
    page: tuple[Any, Any], atlas_server: Any
) -> None:
    # last in the module: the other tests check what the shared uploads folder holds
    pg, _log = _open(page, atlas_server)
    pg.set_input_files(
        FILE_INPUT,
        files=[
            {
                "name": "georgia.txt",
                "mimeType": "text/plain",
                "buffer": b"Officials in Tbilisi said Georgia bought drones from Turkey in 2022.\n",
            }
        ],
    )
    summary = pg.wait_for_selector(
        "#upload-results .upload-list > li details.upload-warnings summary", timeout=60_000
    )
    assert summary.inner_text() == "1 warning"
    summary.click()
    warning = pg.inner_text("#upload-results details.upload-warnings li")
    assert warning.startswith("ambiguous place 'Georgia'")
