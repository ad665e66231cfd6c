"""Response headers that keep every page local and inert: nothing loads from elsewhere.

The middleware here is the outermost layer of the app: it adds the headers to every
response, error pages included; it makes redirects relative (a ``Location`` naming the
request's own Host would echo whatever Host a client sent); and when a handler fails it
answers a short 500 itself, with the same headers, instead of letting the exception reach
Starlette's plain-text error page.
"""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

from starlette.types import ASGIApp, Message, Receive, Scope, Send

CONTENT_SECURITY_POLICY = (
    "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
    "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; "
    "form-action 'self'; frame-ancestors 'none'"
)

HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
)

LOG = logging.getLogger("borderlands.web")


def relative_location(value: bytes) -> bytes:
    """``http://any.host/events?x=1`` as ``/events?x=1``; a relative location unchanged."""
    parts = urlsplit(value.decode("latin-1"))
    if not parts.scheme and not parts.netloc:
        return value
    path = parts.path or "/"
    if path.startswith("//"):  # "//evil.example" would still leave the site
        path = "/" + path.lstrip("/")
    return (path + (f"?{parts.query}" if parts.query else "")).encode("latin-1")


def _error_body(scope: Scope) -> tuple[bytes, bytes]:
    if scope.get("path", "").startswith("/api/"):
        return b'{"error":"internal error"}', b"application/json"
    page = b"<!doctype html><title>Error</title><h1>Error</h1><p>The page could not be made.</p>"
    return page, b"text/html; charset=utf-8"


class SecurityHeaders:
    """Pure ASGI middleware (cheaper than BaseHTTPMiddleware): the headers above on every
    response, relative redirects, and a 500 with headers when the app fails."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = False

        async def send_with_headers(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                headers = [
                    (k, relative_location(v)) if k.lower() == b"location" else (k, v)
                    for k, v in message.get("headers", [])
                ]
                message = {**message, "headers": [*headers, *HEADERS]}
            await send(message)

        try:
            await self.app(scope, receive, send_with_headers)
        except Exception:
            if started:
                raise
            LOG.exception("borderlands: error answering %s", scope.get("path"))
            body, kind = _error_body(scope)
            headers = [
                (b"content-type", kind),
                (b"content-length", str(len(body)).encode()),
                *HEADERS,
            ]
            await send({"type": "http.response.start", "status": 500, "headers": headers})
            await send({"type": "http.response.body", "body": body})
