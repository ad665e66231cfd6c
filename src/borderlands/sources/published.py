"""Published works, short forms, "Ibid." and "(n. X above)" in a note's text.

The note is first cut into chunks: at semicolons, at archival references (already found),
and at sentence ends, except where a "sentence" is a piece of a title (Russian, Ukrainian,
German or Polish titles often contain full stops: "Statti i promovy. Tom II."). A chunk
ending in prose ("...was also deported in 1941–42.") is kept apart from the next.

In each chunk, a full citation is anchored on its publication facts: "(Place, Year)",
"(Ph.D. diss., University, Year)", a journal's "(Date): pages" or ", in press". Everything
from the chunk's start (after lead-ins such as "see also" or "summed up in") to the anchor is
read as authors, title and container. Short forms ("Ladas, pp. 20–23"), "Ibid." and
"Author (n. X above)" are recognised by shape; they are resolved across notes elsewhere.
"""

from __future__ import annotations

import re

from borderlands.sources.chunks import chunks, find_anchors, trim
from borderlands.sources.model import Citation
from borderlands.sources.notation import AND_NEXT, CITATION_START, CROSS, IBID, SEPARATORS
from borderlands.sources.shortforms import (
    bare_short,
    cross_reference,
    parenthesised_short,
    short_form,
)
from borderlands.sources.works import full_citation


def scan_published(text: str, taken: list[tuple[int, int]]) -> list[Citation]:
    """Published works, short forms, ibid and cross-references outside the ``taken`` spans."""
    out: list[Citation] = []
    for chunk in chunks(text, taken):
        out.extend(_scan_chunk(text, chunk.start, chunk.end))
    out.sort(key=lambda c: c.start)
    return out


def _scan_chunk(text: str, start: int, end: int) -> list[Citation]:
    found: list[Citation] = []
    pos = _skip_separators(text, start, end)
    while pos < end:
        ibid = IBID.search(text, pos, end)
        cross = CROSS.search(text, pos, end)
        anchors = find_anchors(text, pos, end)
        candidates: list[tuple[int, str, re.Match[str]]] = []
        if ibid:
            candidates.append((ibid.start(), "ibid", ibid))
        if cross:
            candidates.append((cross.start(), "cross", cross))
        if anchors:
            candidates.append((anchors[0].start(), "anchor", anchors[0]))
        if not candidates:
            begin = trim(text, pos, end)
            short = (
                short_form(text, begin, end)
                or bare_short(text, begin, end)
                or parenthesised_short(text, pos, end)
            )
            if short is not None:
                found.append(short)
            break
        _, kind, m = min(candidates, key=lambda c: c[0])
        if kind == "ibid":
            c = Citation(
                kind="ibid",
                raw=m.group(),
                start=m.start(),
                end=m.end(),
                pages=m.group("pages") or "",
            )
        elif kind == "cross":
            c = cross_reference(text, trim(text, pos, end, m.start()), m)
        else:
            c = full_citation(text, trim(text, pos, end, m.start()), m)
        if c.kind != "published" or c.title or c.authors or c.container or c.editors:
            previous = found[-1] if found else None
            if (
                previous is not None
                and c.kind == "published"
                and not c.authors
                and not c.editors
                and previous.kind == "published"
                and previous.authors
                and re.fullmatch(r"[\s,]*(?:and|as well as)\s*", text[previous.end : c.start])
            ):
                c.authors = list(previous.authors)  # "Gelb, “A,” ..., and “B,” ..."
                c.flags.append("author carried over from the previous work")
            found.append(c)
        nxt = AND_NEXT.match(text[c.end : end])
        pos = _skip_separators(text, c.end + (nxt.end() if nxt else 0), end)
        if nxt is None and pos < end and not _starts_citation(text, pos, end):
            break
    return found


def _skip_separators(text: str, pos: int, end: int) -> int:
    m = SEPARATORS.match(text, pos, end)
    return m.end() if m else pos


def _starts_citation(text: str, pos: int, end: int) -> bool:
    rest = text[pos:end]
    return bool(IBID.match(rest.lstrip(" ,.;")) or CITATION_START.match(rest))
