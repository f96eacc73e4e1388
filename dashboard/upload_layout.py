"""Dash wiring for "Add articles": the upload section and its callbacks (thin over upload.py).

Two steps: a clientside guard refuses a batch over the request limit before it is sent (a
clear message instead of a bare HTTP 413), then the server stores and ingests each file and
sends back per-file results plus the refreshed map data (geometry, slider range, status
steps, timeline, counts), so new flows appear at once without a reload or restart. The data
is read fresh from the store, not from the per-worker cache, so it is right whichever
gunicorn worker answers. Flask's ``MAX_CONTENT_LENGTH`` is the server-side backstop.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Literal

import flask
from dash import Dash, Input, Output, State, dcc, html, no_update

from dashboard import ids
from dashboard.upload import (
    UploadError,
    UploadLimits,
    UploadResult,
    default_uploads_dir,
    parse_meta,
    process_uploads,
    summary,
)

UPLOAD = "upload-files"
UPLOAD_BATCH = "upload-batch"
UPLOAD_STATUS = "upload-status"
UPLOAD_RESULTS = "upload-results"
UPLOAD_TITLE = "upload-title"
UPLOAD_OUTLET = "upload-outlet"
UPLOAD_DATE = "upload-date"
UPLOAD_URL = "upload-url"
# The <input type> values dcc.Input accepts.
InputType = Literal[
    "text", "number", "password", "email", "range", "search", "tel", "url", "hidden"
]

_GUARD_JS = """
function (contents, names) {
    var nu = window.dash_clientside.no_update;
    if (!contents || !contents.length) { return [nu, nu]; }
    var total = 0;
    for (var i = 0; i < contents.length; i++) { total += (contents[i] || "").length; }
    if (total > %(limit)d) {
        var mb = (total * 3 / 4 / 1048576).toFixed(1);
        return [nu, "Upload refused: " + contents.length + " file(s), " + mb +
            " MB in total, over the limit of %(limit_mb)s MB per upload. " +
            "Upload fewer files at a time."];
    }
    return [{names: names, contents: contents},
            "Uploading and ingesting " + contents.length + " file(s)\u2026"];
}
"""


def build_upload_section(limits: UploadLimits | None = None) -> html.Section:
    """The "Add articles" panel: optional metadata fields, a drop zone, per-file results."""
    limits = limits or UploadLimits()

    def field(label: str, id_: str, placeholder: str, kind: InputType = "text") -> html.Div:
        return html.Div(
            className="upload-field",
            children=[
                html.Label(label, htmlFor=id_, className="control-label"),
                dcc.Input(id=id_, type=kind, placeholder=placeholder, value="", debounce=False),
            ],
        )

    return html.Section(
        className="upload-panel",
        **ids.aria(label="Add articles"),
        children=[
            html.H2("Add articles", className="panel-title"),
            html.P(
                "Optional: fill in the fields (they apply to every file in the upload; the "
                "title only when you upload one file), then drop or choose .txt, .md or "
                f".html files: {limits.describe()}.",
                className="note",
            ),
            html.Div(
                className="upload-fields",
                style={"display": "flex", "flexWrap": "wrap", "gap": "0.75rem"},
                children=[
                    field("Title", UPLOAD_TITLE, "from the file"),
                    field("Outlet", UPLOAD_OUTLET, "e.g. Reuters"),
                    field("Published (YYYY-MM-DD)", UPLOAD_DATE, "2021-04-12"),
                    field("URL", UPLOAD_URL, "https://…", "url"),
                ],
            ),
            dcc.Upload(
                id=UPLOAD,
                multiple=True,
                className="upload-drop",
                style={
                    "border": "2px dashed #888",
                    "borderRadius": "6px",
                    "padding": "1rem",
                    "margin": "0.5rem 0",
                    "textAlign": "center",
                    "cursor": "pointer",
                },
                children=html.Div(["Drop article files here, or click to choose files"]),
            ),
            dcc.Store(id=UPLOAD_BATCH),
            html.P(id=UPLOAD_STATUS, className="upload-status", role="status"),
            html.Div(id=UPLOAD_RESULTS, className="upload-results", **ids.aria(live="polite")),
        ],
    )


def result_item(result: UploadResult) -> html.Li:
    """One file's result line, with what extraction flagged (ambiguous places, claims the check
    set aside...) folded below it: as text, since it quotes the article."""
    children: list[Any] = [result.line()]
    if result.warnings:
        n = len(result.warnings)
        children.append(
            html.Details(
                [
                    html.Summary(f"{n} warning{'s' * (n != 1)}"),
                    html.Ul([html.Li(w) for w in result.warnings]),
                ],
                className="upload-warnings",
            )
        )
    return html.Li(children, className=f"upload-{result.status}")


def install_request_limit(server: flask.Flask, limits: UploadLimits) -> None:
    """Refuse oversized requests before reading them, with a message saying what to do."""
    server.config["MAX_CONTENT_LENGTH"] = limits.max_request_bytes

    @server.errorhandler(413)
    def too_large(_exc: Exception) -> tuple[flask.Response, int]:
        limit_mb = limits.max_request_bytes / (1024 * 1024)
        return (
            flask.jsonify(
                message=f"Request too large: the limit is {limit_mb:.0f} MB per request "
                f"({limits.describe()}). Upload fewer or smaller files at a time."
            ),
            413,
        )


def _lazy_gazetteer() -> Callable[[], Any]:
    """Load the gazetteer once per app, on the first upload that needs it (thread-safe)."""
    lock = threading.Lock()
    holder: list[Any] = []

    def get() -> Any:
        with lock:
            if not holder:
                from dashboard.ingest.gazetteer import load_gazetteer

                holder.append(load_gazetteer())
            return holder[0]

    return get


def refreshed_outputs(db_url: str | None, controls: tuple[Any, ...]) -> tuple[Any, ...]:
    """Map/timeline data for the current controls, read fresh from the store."""
    from dashboard.app_factory import store_loader
    from dashboard.callbacks import (
        TIMELINE_LANES,
        counts_text,
        timeline_note,
        view_from_controls,
    )
    from dashboard.figures import build_timeline_figure, map_geometry, map_steps
    from dashboard.layout import slider_marks
    from dashboard.model import EVENT_KIND_DESCRIPTIONS, EVENT_KINDS
    from dashboard.timeline import filter_flows, month_range

    dataset = store_loader(db_url)()
    flows = dataset.flows
    view = view_from_controls(*controls)
    shown = filter_flows(flows, view)
    lanes = filter_flows(flows, view.with_(window_start=None, window_end=None))
    lo, hi = month_range(flows)
    countries = sorted(
        {(p.iso3, p.name) for f in flows for p in (f.origin, f.destination) if p.iso3},
        key=lambda c: c[1],
    )
    kinds = [k for k in EVENT_KINDS if any(e.kind == k for f in flows for e in f.events)]
    return (
        map_geometry(flows, sources=dataset.sources),
        lo,
        hi,
        slider_marks(lo, hi),
        map_steps(shown),
        build_timeline_figure(lanes, view, max_lanes=TIMELINE_LANES),
        counts_text(shown, flows),
        timeline_note(len(lanes)),
        [{"label": k, "value": k, "title": EVENT_KIND_DESCRIPTIONS[k]} for k in kinds],
        [{"label": n, "value": c} for c, n in countries],
    )


def register_upload(
    app: Dash,
    db_url: str | None,
    limits: UploadLimits | None = None,
    on_added: Callable[[], None] | None = None,
) -> None:
    """Wire the upload section (call before ``app.csp_hashes()``: the guard is inline JS).

    ``on_added`` runs after an upload stored something (the app drops its data cache, so the
    evidence panel and page loads see the new articles at once).
    """
    limits = limits or UploadLimits()
    install_request_limit(app.server, limits)
    gazetteer = _lazy_gazetteer()
    # Leave room for the JSON envelope and the other inputs of the callback request.
    guard_limit = limits.max_request_bytes - 64 * 1024
    app.clientside_callback(
        _GUARD_JS
        % {"limit": guard_limit, "limit_mb": f"{limits.max_request_bytes * 3 / 4 / 2**20:.0f}"},
        Output(UPLOAD_BATCH, "data"),
        Output(UPLOAD_STATUS, "children"),
        Input(UPLOAD, "contents"),
        State(UPLOAD, "filename"),
        prevent_initial_call=True,
    )

    @app.callback(
        Output(UPLOAD_RESULTS, "children"),
        Output(UPLOAD_STATUS, "children", allow_duplicate=True),
        Output(UPLOAD, "contents"),
        Output(UPLOAD_BATCH, "data", allow_duplicate=True),
        Output(ids.GEOMETRY, "data"),
        Output(ids.SLIDER, "min"),
        Output(ids.SLIDER, "max"),
        Output(ids.SLIDER, "marks"),
        Output(ids.STEPS, "data", allow_duplicate=True),
        Output(ids.TIMELINE, "figure", allow_duplicate=True),
        Output(ids.COUNTS, "children", allow_duplicate=True),
        Output(ids.TIMELINE_NOTE, "children", allow_duplicate=True),
        Output(ids.KIND_FILTER, "options"),
        Output(ids.COUNTRY_FILTER, "options"),
        Input(UPLOAD_BATCH, "data"),
        State(UPLOAD_TITLE, "value"),
        State(UPLOAD_OUTLET, "value"),
        State(UPLOAD_DATE, "value"),
        State(UPLOAD_URL, "value"),
        *[State(c, p) for c, p in ids.VIEW_CONTROLS],
        prevent_initial_call=True,
    )
    def upload(
        batch: dict[str, Any] | None,
        title: str | None,
        outlet: str | None,
        published: str | None,
        url: str | None,
        *controls: Any,
    ) -> tuple[Any, ...]:
        """Store and ingest the batch; per-file results as text; refresh the map data."""
        unchanged = (no_update,) * 10
        if not batch or not batch.get("contents"):
            return (no_update, no_update, no_update, no_update, *unchanged)
        contents = list(batch["contents"])
        names = list(batch.get("names") or [])
        names += [None] * (len(contents) - len(names))
        try:
            meta = parse_meta(title, outlet, published, url)
        except UploadError as exc:
            return (
                [html.P(f"Nothing stored: {exc}. Fix the field and upload again.")],
                "Upload refused.",
                None,
                None,
                *unchanged,
            )
        from dashboard.store import Store

        with Store.open(db_url) as store:
            results = process_uploads(
                list(zip(names, contents, strict=True)),
                meta,
                store,
                default_uploads_dir(db_url),
                gazetteer,
                limits=limits,
            )
        lines = html.Ul([result_item(r) for r in results], className="upload-list")
        added = any(r.status == "added" for r in results)
        if added and on_added is not None:
            on_added()
        refreshed = refreshed_outputs(db_url, controls) if added else unchanged
        return (lines, summary(results), None, None, *refreshed)
