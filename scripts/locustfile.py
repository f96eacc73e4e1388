"""Locust users replaying the dashboard's real callback requests (see scripts/load_test.py).

Payloads are recorded from a headless-Chromium session against the server under test
(``$ATLAS_LOAD_PAYLOADS``: a JSON file with one template per callback plus the slider range
and flow ids), so they are exactly what the page sends. A user drags the slider (one
``url-query`` callback per step) and clicks arcs (the ``select`` clientside callback then
fires ``url-query``, ``apply_filters`` and ``show_evidence`` on the server).
"""

from __future__ import annotations

import copy
import json
import os
import random
from typing import Any

from locust import HttpUser, between, task

ENDPOINT = "/_dash-update-component"


def _load() -> dict[str, Any]:
    with open(os.environ["ATLAS_LOAD_PAYLOADS"], encoding="utf-8") as fh:
        return json.load(fh)


def with_values(template: dict[str, Any], values: dict[tuple[str, str], Any]) -> dict[str, Any]:
    """The template with the given (id, property) input/state values replaced."""
    body = copy.deepcopy(template)
    for group in ("inputs", "state"):
        for item in body.get(group, []):
            key = (item["id"], item["property"])
            if key in values:
                item["value"] = values[key]
    return body


class AtlasUser(HttpUser):
    """An analyst scrubbing the timeline and clicking arcs."""

    wait_time = between(0.3, 1.5)

    def on_start(self) -> None:
        self.data = _load()
        self.slider = self.data["slider_max"]
        self.selected: str | None = None

    def _post(self, name: str, body: dict[str, Any]) -> None:
        with self.client.post(ENDPOINT, json=body, name=name, catch_response=True) as resp:
            if resp.status_code == 204:
                resp.success()
            elif resp.status_code != 200:
                resp.failure(f"HTTP {resp.status_code} {resp.error or ''}".strip())
            elif "response" not in resp.text:
                resp.failure("no callback response in body")
            else:
                resp.success()

    def _values(self) -> dict[tuple[str, str], Any]:
        return {
            ("date-slider", "value"): self.slider,
            ("selected-flow", "data"): self.selected,
            ("pinned-date", "data"): None,
        }

    @task(3)
    def slide(self) -> None:
        """A drag: a few consecutive months, each a url-query callback."""
        lo, hi = self.data["slider_min"], self.data["slider_max"]
        step = random.choice((-1, 1))
        for _ in range(random.randint(1, 4)):
            self.slider = min(hi, max(lo, self.slider + step))
            self._post("slider: url-query", with_values(self.data["url_query"], self._values()))

    @task(1)
    def click_arc(self) -> None:
        """Select a flow: the three server callbacks the page fires, in the page's order."""
        self.selected = random.choice(self.data["flow_ids"])
        values = self._values()
        self._post("click: url-query", with_values(self.data["url_query"], values))
        self._post("click: apply-filters", with_values(self.data["apply_filters"], values))
        self._post("click: evidence", with_values(self.data["evidence"], values))
