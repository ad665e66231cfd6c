"""Running the explorer under uvicorn: security headers on uvicorn's own error answers, and a
clean stop on SIGTERM as on Ctrl-C.

uvicorn answers a request it cannot parse (400) itself, before the app sees it, so the
app's middleware cannot add the security headers there; the protocol class below does. On
SIGTERM uvicorn shuts down gracefully and then re-raises the signal with its default
action, which kills the process (status 143) before ``atexit`` handlers run; the handler
installed here turns that re-raised signal into a normal exit (status 0).
"""

from __future__ import annotations

import signal
from types import FrameType

import uvicorn
from uvicorn.protocols.http.httptools_impl import HttpToolsProtocol

from borderlands.web.security import HEADERS


class SecureHttpToolsProtocol(HttpToolsProtocol):
    """uvicorn's HTTP protocol whose 400 answer to a malformed request carries HEADERS."""

    def send_400_response(self, msg: str) -> None:
        body = msg.encode("ascii")
        lines = [b"HTTP/1.1 400 Bad Request\r\n"]
        for name, value in [*self.server_state.default_headers, *HEADERS]:
            lines.append(name + b": " + value + b"\r\n")
        lines += [
            b"content-type: text/plain; charset=utf-8\r\n",
            b"content-length: " + str(len(body)).encode("ascii") + b"\r\n",
            b"connection: close\r\n\r\n",
            body,
        ]
        self.transport.write(b"".join(lines))
        self.transport.close()


def _stop(signum: int, frame: FrameType | None) -> None:
    raise SystemExit(0)


def run(app: object, host: str, port: int) -> None:
    """Serve ``app`` until Ctrl-C (status 130) or SIGTERM (status 0), both after a graceful
    shutdown that lets ``atexit`` handlers run."""
    config = uvicorn.Config(
        app,  # type: ignore[arg-type]
        host=host,
        port=port,
        log_level="warning",
        access_log=False,
        http=SecureHttpToolsProtocol,
    )
    previous = signal.signal(signal.SIGTERM, _stop)
    try:
        uvicorn.Server(config).run()
    finally:
        signal.signal(signal.SIGTERM, previous)
