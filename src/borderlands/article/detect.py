"""What kind of file an input is, from its bytes (never its name)."""

from __future__ import annotations

import io
import zipfile
from typing import Literal

Kind = Literal["pdf", "docx", "text"]

_ZIP_MAGIC = b"PK\x03\x04"


def input_kind(data: bytes) -> Kind:
    """``pdf`` for ``%PDF-`` within the first kilobyte (as PDF readers allow), ``docx`` for a
    zip archive holding ``word/document.xml``, else ``text``."""
    if b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_ZIP_MAGIC):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                if "word/document.xml" in archive.namelist():
                    return "docx"
        except zipfile.BadZipFile:
            pass
    return "text"
