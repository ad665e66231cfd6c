"""``borderlands serve``: open the explorer in a browser on the bundled knowledge base."""

from __future__ import annotations

import socket
import threading
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from borderlands.errors import InputError


def _free_port(host: str) -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind((host, 0))
        return int(sock.getsockname()[1])


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[
        int, typer.Option(help="Port to listen on (0: any free port).", min=0, max=65535)
    ] = 8000,
    article: Annotated[
        Path | None,
        typer.Option(
            help="Your copy of the article (.txt): enables the reader, passages, citations "
            "and figure checks."
        ),
    ] = None,
    data: Annotated[
        Path | None, typer.Option(help="Knowledge-base folder (default: the bundled data/).")
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open a web browser.")
    ] = False,
) -> None:
    """Serve the explorer: timeline, map, records, reader, finding aid, search and JSON API."""
    import uvicorn

    from borderlands.web.app import create_app
    from borderlands.web.explorer import Explorer

    if article is not None and not article.is_file():
        raise InputError("no such article file", article)
    explorer = Explorer.open(data, article)
    app = create_app(explorer)
    if port == 0:
        port = _free_port(host)
    url = f"http://{host}:{port}/"
    typer.echo(f"borderlands explorer at {url} (Ctrl-C to stop)")
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    try:
        uvicorn.run(app, host=host, port=port, log_level="warning")
    except OSError as exc:
        raise InputError(f"cannot listen on {host}:{port} ({exc.strerror})") from exc


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
