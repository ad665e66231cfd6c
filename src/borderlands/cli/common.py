"""What several commands share: finding the article file and writing output.

Library imports stay inside the command functions of each CLI module, so that
``borderlands events`` does not pay for lxml, numpy or citeproc at start-up.

A reader that stops early (``borderlands events | head``) ends a command quietly with
status 0, as for any Unix filter. Click turns a broken pipe into status 1 before
``borderlands.cli.main`` sees it, so the commands catch it where they write.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from borderlands.atomic import write_bytes_atomic
from borderlands.errors import InputError
from borderlands.paths import default_article

if TYPE_CHECKING:
    from rich.console import Console

    from borderlands.article import Article

#: Width of a table written to a pipe or a file: wide enough that archive names, file
#: references and formulas are not folded onto a second line.
WIDE = 200

#: The article-file argument of every command that reads the article.
ArticleFile = Annotated[
    Path | None, typer.Argument(help="Extracted article text (default: the founding article).")
]
#: The ``--article`` option of every command that reads one article: which article of a
#: journal volume (a PDF or text holding several).
ArticleNumber = Annotated[
    int | None,
    typer.Option("--article", "-a", help="Article N (1-based) of a volume holding several."),
]
#: The ``--out`` option of every command that can write its output to a file.
OutFile = Annotated[Path | None, typer.Option("--out", "-o", help="Write here (atomically).")]


def article_path(file: Path | None) -> Path:
    """The article to read: FILE, else the founding article; a clear error if it is absent."""
    path = file if file is not None else default_article()
    if not path.exists():
        hint = "" if file is not None else "; pass a FILE or set BORDERLANDS_ARTICLE to its path"
        raise InputError(f"no article file here{hint}", path)
    return path


def chosen_article(file: Path | None, number: int | None = None) -> Article:
    """The article a command reads: FILE's only article, or article ``number`` of a volume."""
    from borderlands.article import read_article

    return read_article(article_path(file), number)


def _stop_quietly() -> None:
    """Point stdout at /dev/null (so Python's flush at exit does not fail again), exit 0."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise SystemExit(0)


@contextmanager
def reader_may_leave() -> Iterator[None]:
    """Output whose reader goes away early (``| head``) ends quietly with status 0."""
    try:
        yield
        sys.stdout.flush()
    except BrokenPipeError:
        _stop_quietly()


def stdout_console(**options: Any) -> Console:
    """A rich console on stdout that stops quietly when its reader goes away (rich's own
    exits with status 1 there); written to a pipe or a file it is :data:`WIDE` columns wide."""
    from rich.console import Console

    class QuietPipeConsole(Console):
        def on_broken_pipe(self) -> None:
            _stop_quietly()

    console = QuietPipeConsole(file=sys.stdout, **options)
    if not console.is_terminal and "width" not in options:
        console = QuietPipeConsole(file=sys.stdout, width=WIDE, **options)
    return console


def emit(data: str | bytes, out: Path | None = None) -> None:
    """Write to ``out`` atomically, or to stdout; an unwritable ``out`` is bad input."""
    if out is None:
        with reader_may_leave():
            if isinstance(data, str):
                sys.stdout.write(data)
            else:
                sys.stdout.buffer.write(data)
        return
    raw = data.encode("utf-8") if isinstance(data, str) else data
    blocker = next((p for p in out.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise InputError(
            f"cannot write the output: {blocker} is a file, not a folder", out, "--out"
        )
    try:
        write_bytes_atomic(out, raw)
    except OSError as exc:
        raise InputError(f"cannot write the output ({exc.strerror or exc})", out, "--out") from None
