"""Short forms and cross-references: "Ladas, pp. 20–23", "“Limity terroru,” p. 8",
"; Slezkine;", "Gelb, “‘Karelian Fever’” (n. 62 above)". They are resolved across notes in
``resolve``; here they are only recognised and their names and titles read.
"""

from __future__ import annotations

import re

from borderlands.sources.model import Citation
from borderlands.sources.notation import (
    BARE_SHORT,
    QUOTED,
    SHORT_QUOTED,
    is_prose,
    looks_like_authors,
    match_short,
    match_short_cut_off,
    split_people,
)
from borderlands.sources.works import read_body


def fill_short_names(citation: Citation, who: str, title: str | None) -> None:
    who = who.strip().rstrip(",")
    quoted = QUOTED.fullmatch(who)
    if quoted:
        citation.title = quoted.group("title").strip()
        return
    if title:
        citation.title = title.strip().strip("“”").rstrip(",").strip()
    if looks_like_authors(who) and not re.search(r"\d", who):
        citation.authors = split_people(who)
    elif title is None:
        citation.title = who


def short_quoted(text: str, start: int, end: int) -> Citation | None:
    """An authorless work by its quoted title: "“Limity terroru,” p. 8", or a piece in a
    collection cited before: "“Kurdy,” in Tak eto bylo, vol. 1, pp. 95–125"."""
    window = text[start:end]
    m = SHORT_QUOTED.match(window)
    if not m:
        return None
    raw_end = start + len(window.rstrip().rstrip("."))
    citation = Citation(
        kind="published",
        raw=text[start:raw_end],
        start=start,
        end=raw_end,
        short=True,
        pages=m.group("pages"),
        title=m.group("title").strip(),
    )
    if m.group("book"):
        citation.work_type = "chapter"
        citation.container = m.group("book").strip()
        citation.volume = m.group("vol")
    return citation


def short_form(text: str, start: int, end: int) -> Citation | None:
    window = text[start:end]
    if window.startswith(("“", '"')):
        return short_quoted(text, start, end)
    m = match_short(window)
    cut_off = None
    if not m:
        cut_off = match_short_cut_off(window)
        if cut_off is None:
            return None
        m = cut_off
    who = m.group("who").strip()
    if is_prose(who) or len(who.split()) > 9:
        return None
    kept = window.rstrip() if cut_off is not None else window.rstrip().rstrip(".")
    raw_end = start + len(kept)
    citation = Citation(
        kind="published",
        raw=text[start:raw_end],
        start=start,
        end=raw_end,
        short=True,
        pages=m.group("pages") or "",
    )
    if cut_off is not None:
        citation.flags.append("pages cut off: the note ends here in the extraction")
    fill_short_names(citation, who, m.group("title"))
    return citation


def bare_short(text: str, start: int, end: int) -> Citation | None:
    """A short form with no pages, standing alone in a list of works between semicolons:
    "…; Conquest, The Nation Killers; …", "…; Slezkine; …"."""
    before = text[:start].rstrip()
    after = text[end:].lstrip()
    if not (before.endswith(";") or after.startswith(";")):
        return None
    window = text[start:end]
    m = BARE_SHORT.match(window)
    if not m or is_prose(window) or len(window.split()) > 8:
        return None
    raw_end = start + len(window.rstrip().rstrip("."))
    citation = Citation(
        kind="published", raw=text[start:raw_end], start=start, end=raw_end, short=True
    )
    fill_short_names(citation, m.group("who"), m.group("title"))
    return citation


def parenthesised_short(text: str, start: int, end: int) -> Citation | None:
    """A short form inside parentheses in prose: "(cited in Hayden, p. 732)"."""
    for m in re.finditer(
        r"\((?:cited\s+in\s+)?(?P<body>[A-Z][^()]{0,60}?,\s*pp?\.\s*[^()]+)\)", text[start:end]
    ):
        body_start = start + m.start("body")
        short = short_form(text, body_start, start + m.end("body"))
        if short is not None:
            return short
    return None


def cross_reference(text: str, start: int, m: re.Match[str]) -> Citation:
    short = text[start : m.start()].strip()
    end = m.end()
    citation = Citation(
        kind="cross-reference",
        raw=text[start:end],
        start=start,
        end=end,
        short=True,
        target_note=int(m.group("n")),
        pages=m.group("pages") or "",
    )
    vol = re.search(r",?\s*vol\.\s*(\d+)$", short)
    if vol:
        citation.volume = vol.group(1)
        short = short[: vol.start()]
    if QUOTED.search(short):
        read_body(citation, short)
        if citation.work_type == "chapter" and citation.title:
            citation.short = False  # a full citation whose book is given by cross-reference
        else:
            citation.work_type = None
    else:
        who, _, title = short.partition(",")
        fill_short_names(citation, who, title.strip() or None)
    if citation.title:
        citation.title = citation.title.strip("“” ,")
    return citation
