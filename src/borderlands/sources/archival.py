"""Archival and microfilm references in a note: fond/opis/delo (date): pages, and reels.

The scanner reads the note's reading text left to right. Each reference is anchored on its
numbers (``1235/141/561``, the long form ``fond 1, opis' 6, delo 396``, or ``reel 7``); the
archive is the abbreviation just before the numbers, or else the previous reference's archive
(a reference that follows another after a comma, semicolon or "and" inherits it). After the
numbers come an optional date in parentheses and, after a colon or ", p.", a list of items:
Politburo protocol/item pairs ("71/34", "protokol 53/ punkt 6"), pages ("11–14ob"), or
microfilm frames ("L192465–75"). The list stops where the next reference begins.
"""

from __future__ import annotations

import functools
import re

from borderlands.sources.dates import DATE_PATTERN, parse_date
from borderlands.sources.model import Citation
from borderlands.sources.registry import Archive, name_pattern

_PART = r"\d+[a-z]{0,2}"
_SLASH = r"\s?/\s?"  # a line break may follow the slash in raw text
_DELO = r"\d+[a-z]{0,2}(?:\s?[–-]\s?\d+[a-z]{0,2})?"
_FOD = re.compile(
    rf"(?<![\d/])(?P<fond>{_PART}){_SLASH}(?P<opis>{_PART}){_SLASH}(?P<delo>{_DELO})(?![\d/])"
)
_LONG = re.compile(
    rf"\bfond\s+(?P<fond>{_PART}),?\s*opis[’']?\s+(?P<opis>{_PART}),?\s*delo\s+(?P<delo>{_DELO})"
    r"(?![\d/])"
)
_DATE_PAREN = re.compile(rf"\s*\(\s*(?P<date>{DATE_PATTERN})\s*\)")
# Two numbers where three belong, directly followed by a date: a slash lost in the source.
_MALFORMED = re.compile(
    rf"(?<![\d/])(?P<fond>\d+){_SLASH}(?P<rest>\d{{3,}}[a-z]?)(?![\d/])(?={_DATE_PAREN.pattern})"
)
_REEL = re.compile(r"\b(?:microfilm\s+)?reel\s+(?P<reel>\d+)\b")
_VOLUME = re.compile(r",?\s*vol\.\s*(?P<volume>\d+)")

_PAGE = r"\d+(?:ob)?(?:\s?[–-]\s?\d+(?:ob)?)?"
_NOT_NEXT_REF = r"(?![a-z]{0,2} ?/)(?![\da-z])(?!\s*\(\s*\d)"
_ITEM_PROTOKOL = re.compile(r"protokol\s+(?P<a>\d+) ?/ ?punkt\s+(?P<b>\d+)")
_ITEM_PROTOCOL = re.compile(rf"(?P<a>\d+) ?/ ?(?P<b>\d+){_NOT_NEXT_REF}")
_ITEM_PAGES = re.compile(rf"pp?\.\s*(?P<pages>{_PAGE}(?:,\s*{_PAGE}{_NOT_NEXT_REF})*)")
_ITEM_PAGE = re.compile(rf"(?P<page>{_PAGE}){_NOT_NEXT_REF}")
_ITEM_FRAME = re.compile(r"(?P<frame>[A-Z]\d{3,}(?: ?[–-] ?\d+)?)(?![\d/])")
_COLON = re.compile(r"\s*:\s*")
_COMMA = re.compile(r"\s*,\s*(?!and\b)")
_COMMA_P = re.compile(r"\s*,\s*(?=pp?\.)")
_HEREAFTER_AFTER = re.compile(
    r"\s*\(\s*hereafter(?:\s+cited\s+as)?\s+(?P<abbr>[A-Z][A-Za-z]{1,11})\s*\)"
)
_SEPARATOR_ONLY = re.compile(r"^[\s,;.]*(?:(?:and|also|see|see also)[\s,;]*)*$")


@functools.lru_cache(maxsize=64)
def _abbreviation_pattern(known: frozenset[str]) -> re.Pattern[str]:
    names = "|".join(sorted((re.escape(k) for k in known), key=len, reverse=True))
    generic = r"[A-Z][a-z]?[A-Z][A-Za-z]{1,10}"
    token = f"(?:{names}|{generic})" if names else generic
    return re.compile(
        rf"(?:\(\s*(?:hereafter(?:\s+cited\s+as)?\s+)?(?P<p>{token})\s*\)|(?P<b>{token}))"
        r",?\s*(?:microfilm\s+)?$"
    )


def _abbreviation_before(text: str, pos: int, known: frozenset[str]) -> re.Match[str] | None:
    """An archive abbreviation ending right before ``pos`` (bare, parenthesised or hereafter)."""
    return _abbreviation_pattern(known).search(text, max(0, pos - 60), pos)


@functools.lru_cache(maxsize=64)
def _full_name_regex(name: str) -> re.Pattern[str]:
    return re.compile(rf"{name_pattern(name)},?\s*$")


def _full_name_start(text: str, pos: int, archive: Archive | None) -> int | None:
    if archive is None:
        return None
    m = _full_name_regex(archive.name).search(text[max(0, pos - 200) : pos])
    return max(0, pos - 200) + m.start() if m else None


def _tidy(pages: str) -> str:
    """Pages as printed, without the line breaks of raw text: "135–\n37" -> "135–37"."""
    return re.sub(r"\s*([–-])\s*", r"\1", pages)


class _Items:
    """The items after a reference's numbers: protocol pairs, pages and frames."""

    def __init__(self) -> None:
        self.protocols: list[str] = []
        self.pages: list[str] = []
        self.frames: list[str] = []

    def read(self, text: str, pos: int, frames: bool) -> int:
        """Read items from ``pos`` (just after ':' or ','); return where the last one ends."""
        end = pos
        while True:
            m = self._one(text, end, frames)
            if m is None:
                return end
            end = m
            sep = _COMMA.match(text, end)
            if sep is None or self._one(text, sep.end(), frames, probe=True) is None:
                return end
            end = sep.end()

    def _one(self, text: str, pos: int, frames: bool, probe: bool = False) -> int | None:
        if frames:
            m = _ITEM_FRAME.match(text, pos)
            if m:
                if not probe:
                    self.frames.append(m.group("frame"))
                return m.end()
        m = _ITEM_PROTOKOL.match(text, pos)
        if m is None:
            m = _ITEM_PROTOCOL.match(text, pos)
        if m:
            if not probe:
                self.protocols.append(f"{m.group('a')}/{m.group('b')}")
            return m.end()
        m = _ITEM_PAGES.match(text, pos)
        if m:
            if not probe:
                self.pages.append(_tidy(m.group("pages")))
            return m.end()
        m = _ITEM_PAGE.match(text, pos)
        if m:
            if not probe:
                self.pages.append(_tidy(m.group("page")))
            return m.end()
        return None


def _read_tail(text: str, pos: int, citation: Citation, frames: bool = False) -> int:
    """Read the date, volume and items after the numbers; fill ``citation``; return the end."""
    end = pos
    m = _DATE_PAREN.match(text, end)
    if m:
        parsed = parse_date(m.group("date"))
        citation.date_text = m.group("date")
        citation.date, citation.year, citation.year_end = parsed.iso, parsed.year, parsed.year_end
        if parsed.problem:
            citation.flags.append(parsed.problem)
        end = m.end()
    if frames:
        m = _VOLUME.match(text, end)
        if m:
            citation.volume = m.group("volume")
            end = m.end()
    items = _Items()
    opener = _COLON.match(text, end) or _COMMA_P.match(text, end)
    if opener is None and frames:
        opener = re.compile(r"\s*,\s*(?=[A-Z]\d{3})").match(text, end)
    if opener is not None:
        after = items.read(text, opener.end(), frames)
        if after > opener.end():
            end = after
    if items.protocols:
        citation.protocol = ", ".join(items.protocols)
    if items.frames:
        citation.frames = ", ".join(items.frames)
    citation.pages = ", ".join(items.pages)
    return end


def scan_archival(
    text: str, archives: dict[str, Archive], defined: dict[str, str] | None = None
) -> list[Citation]:
    """Every archival and microfilm reference in ``text``, in order, never overlapping.

    ``defined`` maps abbreviations the article introduced ("(hereafter X)") to themselves or a
    registry key; it is updated with definitions found here so later notes can use them.
    """
    defined = defined if defined is not None else {}
    known = frozenset(archives) | frozenset(defined)
    anchors: list[tuple[int, str, re.Match[str]]] = []
    scans = [("fod", _FOD), ("bad", _MALFORMED)] if "/" in text else []
    if "fond" in text:
        scans.append(("long", _LONG))
    if "reel" in text:
        scans.append(("reel", _REEL))
    for kind, regex in scans:
        anchors.extend((m.start(), kind, m) for m in regex.finditer(text))
    anchors.sort(key=lambda a: a[0])

    out: list[Citation] = []
    last_end = 0
    last_archival: Citation | None = None
    last_microfilm: Citation | None = None
    for start, kind, m in anchors:
        if start < last_end:
            continue
        microfilm = kind == "reel"
        citation = Citation(
            kind="microfilm" if microfilm else "archival", raw="", start=start, end=m.end()
        )
        if microfilm:
            citation.reel = m.group("reel")
        elif kind == "bad":
            citation.fond = m.group("fond")
        else:
            citation.fond, citation.opis, citation.delo = (
                m.group("fond"),
                m.group("opis"),
                re.sub(r"\s", "", m.group("delo")),
            )
        previous = last_microfilm if microfilm else last_archival
        abbr = _abbreviation_before(text, start, known)
        if abbr is not None:
            name = abbr.group("p") or abbr.group("b")
            citation.archive = name
            citation.start = abbr.start()
            full = _full_name_start(text, citation.start, archives.get(name))
            if full is not None:
                citation.start = full
            if name not in archives:
                citation.flags.append(f"archive {name} not in the registry")
        elif previous is not None:
            citation.archive = previous.archive
            gap = re.sub(r"\([^()]*\)", "", text[previous.end : start])
            if not _SEPARATOR_ONLY.match(gap):
                citation.flags.append("archive inherited across intervening text")
        elif kind == "bad":
            continue  # two numbers and a date with no archive in sight: not a reference
        end = _read_tail(text, m.end(), citation, frames=microfilm)
        if microfilm and citation.archive is None:
            after = _HEREAFTER_AFTER.match(text, end)
            if after is not None:
                citation.archive = after.group("abbr")
                full = _full_name_start(text, start, archives.get(citation.archive))
                if full is not None:
                    citation.start = full
                defined[citation.archive] = citation.archive
        if citation.archive is None:
            if microfilm:
                continue  # "reel" in prose without any collection named
            citation.flags.append("no archive named")
        if kind == "bad":
            _best_reading(citation, m.group("rest"), last_archival)
        citation.end = end
        citation.raw = text[citation.start : end]
        out.append(citation)
        last_end = end
        if microfilm:
            last_microfilm = citation
        else:
            last_archival = citation
    for m in re.finditer(r"\(\s*hereafter(?:\s+cited\s+as)?\s+([A-Z][A-Za-z]{1,11})\s*\)", text):
        defined.setdefault(m.group(1), m.group(1))
    return out


def _best_reading(citation: Citation, rest: str, previous: Citation | None) -> None:
    """Split '1829' into opis and delo when the note's previous file in the fond shows how."""
    citation.flags.append("malformed: two numbers where fond/opis/delo needs three")
    if (
        previous is not None
        and previous.fond == citation.fond
        and previous.opis
        and rest.startswith(previous.opis)
        and len(rest) > len(previous.opis)
    ):
        citation.opis = previous.opis
        citation.delo = rest[len(previous.opis) :]
        citation.flags.append(f"best reading: opis {citation.opis}, delo {citation.delo}")
    else:
        citation.delo = rest
