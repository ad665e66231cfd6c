"""Tables that fit the terminal: long cells wrap or end in "…" within their column, and when
even the narrowest columns do not fit, the least important columns are left out (and the
table says which), rather than a line of 400 characters or a column squeezed to nothing.
"""

from __future__ import annotations

import io
import shutil
import sys
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

#: Columns are separated by this many spaces.
GAP = 2


@dataclass(frozen=True, slots=True)
class Column:
    name: str
    #: Lower is more important: columns are left out from the highest number down.
    priority: int = 1
    #: The narrowest the column may be made (its text wraps, or is cut, below its width).
    min_width: int = 6
    #: The widest it may be made (None: as wide as its longest cell).
    max_width: int | None = None
    #: Long text wraps onto more lines; else it is cut with "…".
    wrap: bool = True
    justify: str = "left"


def columns_that_fit(columns: Sequence[Column], width: int) -> list[Column]:
    """The columns kept at ``width``: all of them, less the least important ones until the
    rest fit at their narrowest (the first column is always kept)."""
    kept = list(columns)
    by_priority = sorted(kept[1:], key=lambda c: c.priority, reverse=True)
    while by_priority and (
        sum(max(c.min_width, len(c.name) if not c.wrap else 1) for c in kept)
        + GAP * (len(kept) - 1) > width
    ):
        kept.remove(by_priority.pop(0))
    return kept


def fit_table(
    columns: Sequence[Column], rows: Sequence[Sequence[str]], width: int,
    title: str | None = None,
) -> str:
    """The table as plain text at most ``width`` characters wide."""
    from rich import box
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    kept = columns_that_fit(columns, width)
    index = [list(columns).index(c) for c in kept]
    table = Table(box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False, padding=(0, 1),
                  collapse_padding=True, title=title, title_justify="left")
    for column in kept:
        table.add_column(
            column.name, min_width=column.min_width, max_width=column.max_width,
            no_wrap=not column.wrap, overflow="fold" if column.wrap else "ellipsis",
            justify=column.justify,  # type: ignore[arg-type]
        )
    for row in rows:
        table.add_row(*(Text(" ".join(row[i].split())) for i in index))
    buffer = io.StringIO()
    console = Console(file=buffer, width=width, color_system=None, force_terminal=False,
                      legacy_windows=False, soft_wrap=False)
    console.print(table)
    lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
    left_out = [c.name for c in columns if c not in kept]
    if left_out:
        lines.extend(textwrap.wrap(
            f"(not shown at {width} columns: {', '.join(left_out)}; a wider terminal or "
            "--format json shows them)", width))
    return "\n".join(lines) + "\n"


def terminal_width() -> int | None:
    """The width to fit tables to: the terminal's (which honours ``COLUMNS``); None when
    output goes to a pipe or a file, where every cell is printed whole (for programs and
    grep)."""
    if not sys.stdout.isatty():
        return None
    return max(20, shutil.get_terminal_size().columns)
