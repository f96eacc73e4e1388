"""Seeding the store with the bundled data (dashboard.app_factory.ensure_seeded)."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from dashboard import app_factory


def test_a_seed_file_that_fails_is_logged_by_name_and_seeding_still_counts(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    seed = tmp_path / "articles"
    seed.mkdir()
    (seed / "empty.txt").write_text("", encoding="utf-8")
    monkeypatch.setattr(app_factory, "seed_paths", lambda: [seed])
    with caplog.at_level(logging.WARNING, logger=app_factory.log.name):
        assert app_factory.ensure_seeded(f"sqlite:///{tmp_path / 'atlas.db'}") is True
    assert "seed ingest: empty.txt: " in caplog.text
    assert "could not ingest" not in caplog.text
