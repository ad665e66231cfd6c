"""One note's text -> its citations, in reading order."""

from __future__ import annotations

from borderlands.sources.archival import scan_archival
from borderlands.sources.cyrillic import scan_cyrillic
from borderlands.sources.model import Citation
from borderlands.sources.published import scan_published
from borderlands.sources.registry import Archive, shared_archives


def parse_note(
    text: str,
    n: int | None = None,
    page: int | None = None,
    *,
    archives: dict[str, Archive] | None = None,
    defined: dict[str, str] | None = None,
) -> list[Citation]:
    """Every citation in a note's reading text, each with ``text[start:end] == raw``.

    ``n`` and ``page`` only label the note; they do not change what is found. ``defined``
    carries archive abbreviations introduced by earlier notes ("(hereafter X)") and is updated
    with the ones this note introduces. Never raises on odd text: what cannot be read is left
    out of the result, and what is read doubtfully carries ``flags``.
    """
    del n, page  # labels only; kept in the signature for callers that have them
    registry = archives if archives is not None else shared_archives()
    found = scan_archival(text, registry, defined)
    taken = [(c.start, c.end) for c in found]
    cyrillic = scan_cyrillic(text, taken)
    found.extend(cyrillic)
    taken.extend((c.start, c.end) for c in cyrillic)
    found.extend(scan_published(text, taken))
    found.sort(key=lambda c: c.start)
    return found
