"""``borderlands serve``: open the explorer in a browser on the bundled knowledge base."""

from __future__ import annotations

import socket
import sys
import threading
import webbrowser
from pathlib import Path
from typing import Annotated

import typer

from borderlands.errors import InputError


def _claim_port(host: str, port: int) -> int:
    """The port to serve on (a free one for 0); InputError if it cannot be listened on.

    Checked before uvicorn starts, because uvicorn reports a busy port by logging and exiting
    on its own, which would not be the one-line error every command gives.
    """
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as exc:
        raise InputError(f"unknown host ({exc.strerror})", place="--host") from None
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as sock:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            sock.bind(address)
        except OSError as exc:
            raise InputError(
                f"cannot listen on {host}:{port} ({exc.strerror})", place="--port"
            ) from None
        return int(sock.getsockname()[1])


def serve(
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on (0: any free port).")] = 8000,
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
    corpus: Annotated[
        Path | None,
        typer.Option(
            help="A corpus database (borderlands corpus build): adds its articles, archival "
            "index, works, checks and search under /corpus."
        ),
    ] = None,
    no_browser: Annotated[
        bool, typer.Option("--no-browser", help="Do not open a web browser.")
    ] = False,
    warm: Annotated[
        bool,
        typer.Option(
            "--warm/--no-warm",
            help="Render the main pages before serving and every record page in the "
            "background, into the page cache.",
        ),
    ] = True,
) -> None:
    """Serve the explorer: timeline, map, records, reader, finding aid, search and JSON API."""
    from borderlands.web.app import create_app
    from borderlands.web.corpus_pages import Corpus
    from borderlands.web.explorer import Explorer
    from borderlands.web.server import run

    if not 0 <= port <= 65535:
        raise InputError(f"{port} is not a port number (0-65535)", place="--port")
    if article is not None and not article.is_file():
        raise InputError("no such article file", article)
    opened = Corpus.open(corpus) if corpus is not None else None
    port = _claim_port(host, port)
    explorer = Explorer.open(data, article)
    app = create_app(explorer, warm=warm, corpus=opened)
    url = f"http://{host}:{port}/"
    typer.echo(f"borderlands explorer at {url} (Ctrl-C to stop)")
    sys.stdout.flush()
    if not no_browser:
        threading.Timer(1.0, webbrowser.open, args=(url,)).start()
    run(app, host, port)


def register(app: typer.Typer) -> None:
    app.command("serve")(serve)
