"""The upload panel's per-file results: the line, and what extraction flagged folded below it
as plain text (warnings quote untrusted article text)."""

from __future__ import annotations

from dash import html

from dashboard.upload import UploadResult
from dashboard.upload_layout import result_item


def _texts(component: object) -> list[str]:
    """Every string in a component tree, in order."""
    if isinstance(component, str):
        return [component]
    children = getattr(component, "children", None)
    if children is None:
        return []
    if not isinstance(children, list):
        children = [children]
    return [t for child in children for t in _texts(child)]


def test_a_result_without_warnings_is_one_line() -> None:
    item = result_item(UploadResult("a.txt", "added", "1 flow, 1 event, 0 warnings"))
    assert _texts(item) == ["Added: a.txt: 1 flow, 1 event, 0 warnings"]
    assert item.className == "upload-added"


def test_warnings_are_folded_below_the_line_as_text() -> None:
    warnings = (
        "set aside an embargo from Sweden to Turkey that the relation rules read: ...",
        "<script>alert(1)</script> relative date 'last year' left unresolved",
    )
    item = result_item(
        UploadResult("a.txt", "added", "2 flows, 2 events, 2 warnings", None, None, warnings)
    )
    [line, details] = item.children
    assert line == "Added: a.txt: 2 flows, 2 events, 2 warnings"
    assert isinstance(details, html.Details)
    assert _texts(details) == ["2 warnings", *warnings]  # strings: Dash renders them as text
