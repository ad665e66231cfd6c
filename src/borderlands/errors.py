"""The one error type that user-facing commands turn into a single line and exit status 2."""

from __future__ import annotations

from pathlib import Path


class InputError(Exception):
    """Bad input from a user: a file, a place in it, and what is wrong.

    The CLI prints ``str(error)`` on one line of stderr and exits with status 2.
    """

    def __init__(self, what: str, source: str | Path | None = None, place: str | None = None):
        self.what = what
        self.source = str(source) if source is not None else None
        self.place = place
        super().__init__(self.line())

    def line(self) -> str:
        parts = [p for p in (self.source, self.place) if p]
        prefix = ":".join(parts)
        return f"{prefix}: {self.what}" if prefix else self.what
