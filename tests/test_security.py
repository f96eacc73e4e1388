"""Security headers on every response of the real app (the browser tests check the page
works under them: tests/browser/test_hostile.py logs any CSP violation as an error)."""

from __future__ import annotations

from dashboard.app_factory import Dataset, create_app, parse_args
from dashboard.security import build_csp


def _client():  # type: ignore[no-untyped-def]
    app = create_app(loader=lambda: Dataset([], {}))
    return app, app.server.test_client()


def test_page_and_callbacks_carry_the_security_headers() -> None:
    _, client = _client()
    for resp in (client.get("/"), client.get("/_dash-layout"), client.get("/assets/atlas.css")):
        assert resp.headers["X-Content-Type-Options"] == "nosniff"
        assert resp.headers["X-Frame-Options"] == "DENY"
        assert resp.headers["Referrer-Policy"] == "no-referrer"
        csp = resp.headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp
        assert "frame-ancestors 'none'" in csp
        assert "object-src 'none'" in csp
        assert "unsafe-eval" not in csp
        assert "Strict-Transport-Security" not in resp.headers  # no HTTPS forcing on localhost


def test_csp_allows_exactly_dashs_inline_scripts() -> None:
    app, client = _client()
    csp = client.get("/").headers["Content-Security-Policy"]
    script_src = next(d for d in csp.split("; ") if d.startswith("script-src"))
    assert script_src.split()[1:] == ["'self'", *app.csp_hashes()]
    assert "'unsafe-inline'" not in script_src


def test_http_is_not_redirected_to_https() -> None:
    _, client = _client()
    assert client.get("/", base_url="http://127.0.0.1:8050").status_code == 200


def test_serve_binds_to_localhost_without_debug_by_default(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.delenv("ATLAS_HOST", raising=False)
    args = parse_args([])
    assert args.host == "127.0.0.1"
    assert args.debug is False


def test_csp_lists_no_other_origin() -> None:
    for value in build_csp(["'sha256-x'"]).values():
        values = [value] if isinstance(value, str) else value
        assert all(not v.startswith("http") for v in values)
