"""The dashboard's export buttons download exactly the view on screen."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest

from tests.browser.conftest import PageLog, Server
from tests.browser.test_dashboard import _no_errors, _open

pytestmark = pytest.mark.browser


def _download(page: Any, label: str) -> tuple[str, bytes]:
    with page.expect_download(timeout=60_000) as info:
        page.get_by_role("button", name=f"Export this view as {label}").click()
    download = info.value
    with open(download.path(), "rb") as fh:
        return download.suggested_filename, fh.read()


def test_csv_button_exports_the_selected_flow_as_of_the_url_date(
    atlas_server: Server, page: tuple[Any, PageLog]
) -> None:
    pg, log = page
    _open(pg, atlas_server, "?date=2020-11-15&flow=can-tur&kind=suspension")
    name, body = _download(pg, "CSV")
    assert name.endswith(".csv")
    rows = list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))
    assert rows, "the CSV export is empty"
    kinds = {row["kind"] for row in rows}
    assert kinds == {"suspension"}  # the kind filter of the view
    dates = {row["date_start"] for row in rows}
    assert all(d <= "2020-11-15" for d in dates if d)  # nothing after the as-of date
    assert {row["flow_id"] for row in rows} == {"can-tur"}  # the selected flow only
    assert any("October 2019" in row["excerpt"] for row in rows)
    pg.wait_for_function(
        "() => document.querySelector('#export-status').innerText.startsWith('Exported')"
    )
    _no_errors(log)


def test_png_button_downloads_a_slide(atlas_server: Server, page: tuple[Any, PageLog]) -> None:
    from PIL import Image

    pg, log = page
    _open(pg, atlas_server, "?date=2020-11-15")
    name, body = _download(pg, "PNG")
    assert name.endswith(".png")
    image = Image.open(io.BytesIO(body))
    assert image.size == (1600, 900)
    assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 20  # not blank
    _no_errors(log)
