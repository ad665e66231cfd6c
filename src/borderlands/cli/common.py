"""What several commands share: finding the article file and writing output.

Library imports stay inside the command functions of each CLI module, so that
``borderlands events`` does not pay for lxml, numpy or citeproc at start-up.

A reader that stops early (``borderlands events | head``) ends a command quietly with
status 0, as for any Unix filter. Click turns a broken pipe into status 1 before
``borderlands.cli.main`` sees it, so the commands catch it where they write.
"""

from __future__ import annotations

import os
import re
import sys
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from borderlands.atomic import write_bytes_atomic, write_target
from borderlands.errors import InputError
from borderlands.inputs import same_file
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
#: The ``--parents`` option of every command with ``--out`` or ``--db``.
Parents = Annotated[
    bool, typer.Option("--parents", help="Create the folders of --out/--db when missing.")
]


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


def check_output(
    out: Path, *, parents: bool = False, inputs: Iterable[Path | None] = (), option: str = "--out"
) -> Path:
    """The file to write for ``out``, after the checks that keep a user's files safe.

    Refused (InputError, one line): ``out`` being any input file of the command (through
    links too), being a folder, or lying in a folder that does not exist, unless
    ``parents`` (``--parents``) asks for the folders to be made (when the file is written,
    so that a command that fails leaves no empty folder). A symbolic link is written
    through to its target.
    """
    for given in inputs:
        if given is not None and same_file(out, given):
            raise InputError(
                f"is also an input of this command ({given}); refusing to write over it",
                out, option,
            )
    target = write_target(out)
    if target.is_dir():
        raise InputError("is a folder; give a file name", out, option)
    blocker = next((p for p in target.parents if p.exists() and not p.is_dir()), None)
    if blocker is not None:
        raise InputError(f"cannot write the output: {blocker} is a file, not a folder", out, option)
    folder = target.parent
    if not parents and not folder.exists():
        raise InputError(
            f"folder {folder} does not exist (give --parents to create it)", out, option
        )
    return target


def said_written(out: Path, what: str) -> None:
    """The one line on stderr by which a command says what it wrote where."""
    sys.stderr.write(f"wrote {out}: {what}\n")


def emit(
    data: str | bytes,
    out: Path | None = None,
    *,
    what: str | None = None,
    parents: bool = False,
    inputs: Iterable[Path | None] = (),
) -> None:
    """Write to stdout, or atomically to ``out`` (see :func:`check_output`), then say on
    stderr what was written (``what``, e.g. "TEI XML, 182 KB"); bad ``out`` is bad input."""
    if out is None:
        with reader_may_leave():
            if isinstance(data, str):
                sys.stdout.write(data)
            else:
                sys.stdout.buffer.write(data)
        return
    raw = data.encode("utf-8") if isinstance(data, str) else data
    target = check_output(out, parents=parents, inputs=inputs)
    try:
        write_bytes_atomic(target, raw)
    except OSError as exc:
        raise InputError(f"cannot write the output ({exc.strerror or exc})", out, "--out") from None
    said_written(out, f"{what}, {size_text(len(raw))}" if what else size_text(len(raw)))


def size_text(size: int) -> str:
    """A byte count as people read it: 812 bytes, 14 KB, 3.2 MB."""
    if size < 1000:
        return f"{size} bytes"
    if size < 1_000_000:
        return f"{size / 1000:.0f} KB"
    return f"{size / 1_000_000:.1f} MB"


#: The ``--excel`` option of every command that writes CSV.
Excel = Annotated[
    bool,
    typer.Option("--excel", help="CSV for spreadsheets: a UTF-8 byte-order mark, CRLF line "
                 "ends, and ids, dates and codes kept as text."),
]

#: Cells a spreadsheet would turn into a number or a date, losing what was written
#: ("00447" -> 447, "1937-08" -> Aug 1937, "3/4" -> 3 April), or run as a formula.
_SPREADSHEET_WOULD_CHANGE = re.compile(
    r"^(?:0\d+|\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\d{16,}|[=+@\-].*)$", re.DOTALL)


def excel_csv(text: str) -> bytes:
    """CSV as spreadsheets read it well: a UTF-8 byte-order mark (so Excel reads UTF-8),
    CRLF line ends, and each cell a spreadsheet would change written as a text formula
    (``="1937-08"``), so that ids, dates and codes stay what they are."""
    import csv
    import io

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for i, row in enumerate(csv.reader(io.StringIO(text))):
        if i == 0:
            writer.writerow(row)
            continue
        writer.writerow(
            [f'="{cell.replace(chr(34), chr(34) * 2)}"'
             if _SPREADSHEET_WOULD_CHANGE.match(cell) and not _is_plain_number(cell) else cell
             for cell in row])
    return "\ufeff".encode() + out.getvalue().encode("utf-8")


def _is_plain_number(cell: str) -> bool:
    """A negative number such as "-3.5" is a number to a spreadsheet too, and stays one."""
    try:
        float(cell)
    except ValueError:
        return False
    return not cell.startswith("0") or cell.startswith("0.") or cell == "0"


def csv_output(text: str, excel: bool) -> str | bytes:
    return excel_csv(text) if excel else text
