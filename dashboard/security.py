"""HTTP security headers for the dashboard: a CSP the page really works under, and friends.

Checked in headless Chromium (tests/browser/test_security_headers.py): Dash 4's only inline
script is the renderer bootstrap, allowed by the hash ``app.csp_hashes()`` returns; its
config block is ``type="application/json"`` and never executes. plotly.js (scattergeo, bar,
scatter) needs no ``eval``, but it and Dash's components write ``style`` attributes and
inject ``<style>`` elements, so ``style-src`` keeps ``'unsafe-inline'`` (styles cannot run
code). Images may be ``data:``/``blob:`` (plotly's PNG download, dcc.Upload previews).
Everything else is same-origin only: the page is air-gapped by design, so a CSP that forbids
any other origin also proves nothing is fetched from a CDN.

HTTPS is not forced: the Atlas binds to 127.0.0.1 by default and is put behind a TLS proxy
when shared, so HSTS and redirects are the proxy's job.
"""

from __future__ import annotations

from collections.abc import Sequence

import flask
from flask_talisman import Talisman

REFERRER_POLICY = "no-referrer"


def build_csp(csp_hashes: Sequence[str]) -> dict[str, str | list[str]]:
    """The Content-Security-Policy directives: self-only, plus Dash's inline script hashes."""
    scripts = ["'self'", *csp_hashes]
    return {
        "default-src": "'self'",
        "script-src": scripts,
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:"],
        "font-src": ["'self'", "data:"],
        "connect-src": "'self'",
        "worker-src": ["'self'", "blob:"],
        "object-src": "'none'",
        "base-uri": "'none'",
        "form-action": "'self'",
        "frame-ancestors": "'none'",
    }


def apply_security(server: flask.Flask, *, csp_hashes: Sequence[str]) -> None:
    """Install CSP, nosniff, frame denial and referrer policy on every response."""
    Talisman(
        server,
        force_https=False,
        strict_transport_security=False,
        session_cookie_secure=False,
        frame_options="DENY",
        content_security_policy=build_csp(csp_hashes),
        referrer_policy=REFERRER_POLICY,
        x_content_type_options=True,
        permissions_policy={
            "browsing-topics": "()",
            "camera": "()",
            "microphone": "()",
            "geolocation": "()",
        },
    )
