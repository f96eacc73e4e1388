"""``python -m dashboard export``: view options, formats, clear errors, and no network."""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pypdf
import pytest
from PIL import Image

from dashboard.cli import main
from dashboard.export.cli import view_from_args
from dashboard.export.render import ExportError, Renderer, find_chromium, topojson_url
from dashboard.model import Claim
from dashboard.store import Store
from tests.fixtures_flows import SOURCES, seed_flows

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store holding the seed articles with claims equal to the seed flows' evidence."""
    url = f"sqlite:///{tmp_path_factory.mktemp('store') / 'atlas.db'}"
    claims: dict[str, list[Claim]] = {s.id: [] for s in SOURCES}
    for flow in seed_flows():
        for event in flow.events:
            for excerpt in event.evidence:
                claims[excerpt.source_id].append(
                    Claim(
                        flow.origin,
                        flow.destination,
                        event.kind,
                        event.date,
                        excerpt,
                        items=event.items,
                        attribution=event.attribution,
                        hedged=event.hedged,
                    )
                )
    with Store.open(url) as store:
        for source in SOURCES:
            store.add_source(source, claims[source.id])
    return url


def _args(*extra: str) -> object:
    import argparse

    from dashboard.export.cli import add_export_parser

    parser = argparse.ArgumentParser()
    add_export_parser(parser.add_subparsers())
    return parser.parse_args(["export", "--format", "csv", "--out", "x.csv", *extra])


def test_view_options_match_the_url_and_explicit_options_win() -> None:
    url = "http://127.0.0.1:8050/?date=2020-11-01&flow=can-tur&kind=suspension&country=tur"
    view = view_from_args(_args("--url", url))
    assert (view.date.isoformat(), view.flow, view.kinds, view.countries) == (  # type: ignore[union-attr]
        "2020-11-01",
        "can-tur",
        ("suspension",),
        ("TUR",),
    )
    view = view_from_args(
        _args(
            "--query",
            "?date=2020-11-01",
            "--date",
            "2021-05-01",
            "--kind",
            "use,diversion",
            "--kind",
            "transfer",
            "--window",
            "2020-01-01/2020-12-31",
            "--q",
            "optics",
        )
    )
    assert view.date.isoformat() == "2021-05-01"  # type: ignore[union-attr]
    assert view.kinds == ("use", "diversion", "transfer")
    assert (view.window_start.isoformat(), view.window_end.isoformat()) == (  # type: ignore[union-attr]
        "2020-01-01",
        "2020-12-31",
    )
    assert view.query == "optics"


def test_bad_view_options_are_one_clear_line(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.csv"
    assert main(["export", "--db", db, "-f", "csv", "-o", str(out), "--kind", "gift"]) == 2
    assert "unknown event kind 'gift'" in capsys.readouterr().err
    assert main(["export", "--db", db, "-f", "csv", "-o", str(out), "--country", "Turkey"]) == 2
    assert "ISO3" in capsys.readouterr().err
    with pytest.raises(SystemExit):
        main(["export", "--db", db, "-f", "csv", "-o", str(out), "--date", "2020-13-01"])
    assert "not a date" in capsys.readouterr().err
    assert not out.exists()


def test_cli_writes_csv_geojson_and_html(
    db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for fmt in ("csv", "geojson", "html"):
        out = tmp_path / f"view.{fmt}"
        code = main(["export", "--db", db, "-f", fmt, "-o", str(out), "--date", "2021-05-01"])
        assert code == 0, capsys.readouterr().err
        assert out.stat().st_size > 0
        assert f"wrote {out}" in capsys.readouterr().err
    csv_text = (tmp_path / "view.csv").read_text("utf-8-sig")
    assert "end-use assurances" in csv_text  # the cancellation is known on 1 May 2021


def test_empty_store_says_what_to_do(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = f"sqlite:///{tmp_path / 'empty.db'}"
    assert main(["export", "--db", empty, "-f", "png", "-o", str(tmp_path / "x.png")]) == 2
    assert "ingest" in capsys.readouterr().err


def test_missing_topojson_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ExportError, match=r"world_110m\.json does not exist"):
        topojson_url(tmp_path)
    renderer = Renderer(topojson_dir=tmp_path)
    with pytest.raises(ExportError, match=str(tmp_path)):
        renderer.render({"data": [{"type": "scattergeo"}]}, "png", width=100, height=100)
    assert not renderer.started  # the check runs before Chromium is launched


def test_broken_topojson_names_the_folder(tmp_path: Path) -> None:
    (tmp_path / "world_110m.json").write_text("not json", "utf-8")
    with Renderer(topojson_dir=tmp_path) as renderer, pytest.raises(ExportError) as info:
        renderer.render(
            {"data": [{"type": "scattergeo", "lon": [0], "lat": [0]}]},
            "png",
            width=200,
            height=100,
        )
    assert str(tmp_path) in str(info.value) and "never fetch" in str(info.value)


def test_chromium_is_the_system_browser(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("ATLAS_CHROMIUM", raising=False)
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    assert find_chromium() == shutil.which("chromium")
    monkeypatch.setenv("ATLAS_CHROMIUM", "/nonexistent/chrome")
    with pytest.raises(ExportError, match="ATLAS_CHROMIUM"):
        find_chromium()


def _no_network() -> list[str]:
    """A command prefix running in a fresh network namespace (no interfaces but lo)."""
    unshare = shutil.which("unshare")
    if unshare is None:
        pytest.skip("unshare not installed")
    probe = subprocess.run([unshare, "-rn", "true"], capture_output=True, check=False)
    if probe.returncode != 0:
        pytest.skip("user namespaces not permitted here")
    return [unshare, "-rn"]


@pytest.mark.browser
def test_png_and_brief_from_a_fresh_process_with_no_network(db: str, tmp_path: Path) -> None:
    prefix = _no_network()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    for fmt, name in (("png", "slide.png"), ("brief", "brief.pdf")):
        out = tmp_path / name
        run = subprocess.run(
            [
                *prefix,
                sys.executable,
                "-m",
                "dashboard",
                "export",
                "--db",
                db,
                "-f",
                fmt,
                "-o",
                str(out),
                "--query",
                "?date=2020-11-01&flow=can-tur",
                "--width",
                "1280",
                "--height",
                "720",
            ],
            capture_output=True,
            text=True,
            env=env,
            cwd=ROOT,
            timeout=180,
            check=False,
        )
        assert run.returncode == 0, run.stderr
    assert Image.open(tmp_path / "slide.png").size == (1280, 720)
    brief = pypdf.PdfReader(io.BytesIO((tmp_path / "brief.pdf").read_bytes()))
    assert len(brief.pages) == 1
    assert "Status as of 1 Nov 2020" in brief.pages[0].extract_text()
