"""Archival and microfilm references in a note, in every notation the field uses.

The scanner reads the note's reading text left to right. Each reference is anchored on its
numbers (the founding article's ``1235/141/561``), on a chain of designators (``f. 9401,
op. 2, d. 64, ll. 161–63``, ``Ф. Р-9401. Оп. 2. Д. 64``, ``spr.``/``ark.``, ``zesp.``/
``sygn.``: :mod:`borderlands.sources.designators`), on a German signature (``BArch R 43
II/1413``, ``PA AA, R 104420``) or on ``reel 7``. The archive is the abbreviation or full
name just before (found by looking back one word into the registry, or a defined or
unknown abbreviation), else the previous reference's archive (a reference that follows
another after a comma, semicolon or "and" inherits it, and a designator chain without fond
its fond too), else unknown. After the
numbers come an optional date in parentheses and, after a colon or ", p.", a list of items:
Politburo protocol/item pairs ("71/34", "protokol 53/ punkt 6"), pages ("11–14ob"), or
microfilm frames ("L192465–75"). The list stops where the next reference begins.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.sources.dates import DATE_PATTERN, parse_date
from borderlands.sources.designators import Chain, read_chain, sheets_after, starts
from borderlands.sources.model import Citation
from borderlands.sources.registry import Archive, archive_for, distinct, name_pattern

_PART = r"\d+[a-z]{0,2}"
_SLASH = r"\s?/\s?"  # a line break may follow the slash in raw text
_DELO = r"\d+[a-z]{0,2}(?:\s?[–-]\s?\d+[a-z]{0,2})?"
# The references open on a digit with the test of the character before it put behind that
# digit ("\d(?<![\d/]\d)", not "(?<![\d/])\d"): the engine skips straight to digits instead
# of trying the look-behind at every position; the matches are the same.
_FOD = re.compile(
    rf"(?P<fond>\d(?<![\d/]\d)\d*[a-z]{{0,2}}){_SLASH}(?P<opis>{_PART}){_SLASH}(?P<delo>{_DELO})"
    r"(?![\d/])"
)
_DATE_PAREN = re.compile(rf"\s*\(\s*(?P<date>{DATE_PATTERN})\s*\)")
# Two numbers where three belong, directly followed by a date: a slash lost in the source.
_MALFORMED = re.compile(
    rf"(?P<fond>\d(?<![\d/]\d)\d*){_SLASH}(?P<rest>\d{{3,}}[a-z]?)(?![\d/])"
    rf"(?={_DATE_PAREN.pattern})"
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
_COMMA_FRAME = re.compile(r"\s*,\s*(?=[A-Z]\d{3})")
_DASH_SPACES = re.compile(r"\s*([–-])\s*")
_SPACE_RUN = re.compile(r"\s+")
_SPACE = re.compile(r"\s")
_PARENTHESIS = re.compile(r"\([^()]*\)")
_HEREAFTER_AFTER = re.compile(
    r"\s*\(\s*hereafter(?:\s+cited\s+as)?\s+(?P<abbr>[A-Z][A-Za-z]{1,11})\s*\)"
)
_SEPARATOR_ONLY = re.compile(r"^[\s,;.]*(?:(?:and|also|see|see also)[\s,;]*)*$")


_LATIN_TOKEN = r"[A-Z][a-z]?[A-Z][A-Za-z]{1,10}"
_CYRILLIC_TOKEN = r"[А-ЯЁІЇЄ][а-яёіїє]?[А-ЯЁІЇЄ][А-ЯЁІЇЄа-яёіїє]{1,10}"
_HEREAFTER = (
    r"(?:hereafter|henceforth|далее|далі|dalee|dali)(?:\s+(?:cited\s+as|cited|as|referred\s+to\s+as))?"
    r"\s*[:–—-]?\s*"
)


_GENERIC = re.compile(f"{_LATIN_TOKEN}|{_CYRILLIC_TOKEN}")
_HEREAFTER_START = re.compile(_HEREAFTER)
_HEREAFTER_PAREN = re.compile(rf"\(\s*{_HEREAFTER}(?P<abbr>[^()]{{1,24}}?)\s*\)")
_WORD_CHARS = "’'ʹ_"


def _last_word_start(seg: str) -> int:
    i = len(seg)
    while i > 0 and (seg[i - 1].isalnum() or seg[i - 1] in _WORD_CHARS):
        i -= 1
    return i


def _letters_key(word: str) -> str:
    return "".join(ch for ch in word.casefold() if ch.isalnum())


@dataclass(slots=True)
class _Names:
    """A registry's abbreviations and full names, indexed by their last word, so that the
    archive before a reference is found by looking back one word, not by trying every name."""

    abbreviations: dict[str, list[str]]
    full_names: dict[str, list[re.Pattern[str]]]


_NAMES_CACHE: dict[int, tuple[dict[str, Archive], _Names]] = {}


def _names(archives: dict[str, Archive]) -> _Names:
    cached = _NAMES_CACHE.get(id(archives))
    if cached is not None and cached[0] is archives:
        return cached[1]
    abbreviations: dict[str, list[str]] = {}
    for key in sorted(archives, key=len, reverse=True):
        abbreviations.setdefault(key[_last_word_start(key) :], []).append(key)
    full_names: dict[str, list[re.Pattern[str]]] = {}
    every_name = {n for a in distinct(archives) for n in a.full_names}
    for name in sorted(every_name, key=len, reverse=True):
        stem = name.rstrip(" ,.")
        full_names.setdefault(_letters_key(stem[_last_word_start(stem) :]), []).append(
            re.compile(rf"(?<!\w)(?P<full>{name_pattern(name)})$")
        )
    names = _Names(abbreviations, full_names)
    if len(_NAMES_CACHE) > 8:
        _NAMES_CACHE.clear()
    _NAMES_CACHE[id(archives)] = (archives, names)
    return names


def _strip_trailer(text: str, lo: int, pos: int, microfilm: bool = True) -> int:
    """Where the text before ``pos`` ends once a comma or full stop, spaces and the word
    "microfilm" are taken off."""
    seg = text[lo:pos].rstrip()
    if microfilm and seg.endswith("microfilm"):
        seg = seg[: -len("microfilm")].rstrip()
    if seg[-1:] in (",", "."):
        seg = seg[:-1].rstrip()
    return lo + len(seg)


@dataclass(slots=True)
class _Abbreviation:
    start: int
    name: str


def _known(name: str, archives: dict[str, Archive], defined: dict[str, str]) -> bool:
    return name in archives or name in defined or bool(_GENERIC.fullmatch(name))


def _abbreviation_before(
    text: str, pos: int, archives: dict[str, Archive], defined: dict[str, str]
) -> _Abbreviation | None:
    """An archive abbreviation ending right before ``pos``: bare ("GARF, f. 1"),
    parenthesised ("… Federatsii (GARF), f. 1") or defined ("(hereafter GARF)")."""
    lo = max(0, pos - 80)
    end = _strip_trailer(text, lo, pos)
    seg = text[lo:end]
    if seg.endswith(")"):
        opening = seg.rfind("(")
        if opening < 0:
            return None
        inner = seg[opening + 1 : -1].strip()
        hereafter = _HEREAFTER_START.match(inner)
        if hereafter is not None and hereafter.end() > 0:
            inner = inner[hereafter.end() :].strip()
        if inner and _known(inner, archives, defined):
            return _Abbreviation(lo + opening, inner)
        return None
    i = _last_word_start(seg)
    last = seg[i:]
    if not last:
        return None
    candidates = _names(archives).abbreviations.get(last, [])
    extra = [d for d in defined if d.endswith(last) and d not in archives]
    for name in sorted(extra, key=len, reverse=True) + candidates:
        if seg.endswith(name):
            before = len(seg) - len(name)
            if before == 0 or not (seg[before - 1].isalnum() or seg[before - 1] in _WORD_CHARS):
                return _Abbreviation(lo + before, name)
    if _GENERIC.fullmatch(last):
        return _Abbreviation(lo + i, last)
    return None


def _full_name_before(text: str, pos: int, archives: dict[str, Archive]) -> re.Match[str] | None:
    """A registry archive's full name ending right before ``pos`` (a comma or full stop
    between them allowed)."""
    lo = max(0, pos - 200)
    end = _strip_trailer(text, lo, pos, microfilm=False)
    seg = text[lo:end]
    key = _letters_key(seg[_last_word_start(seg) :])
    for pattern in _names(archives).full_names.get(key, []):
        m = pattern.search(text, lo, end)
        if m is not None:
            return m
    return None


def _tidy(pages: str) -> str:
    """Pages as printed, without the line breaks of raw text: "135–\n37" -> "135–37"."""
    return _DASH_SPACES.sub(r"\1", pages)


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
        opener = _COMMA_FRAME.match(text, end)
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


_BARCH = re.compile(
    r"(?<!\w)(?P<archive>BArch|Bundesarchiv)(?:\s*\([^()]{1,40}\))?,?\s+"
    r"(?P<fond>[A-Z]{1,3}\s?\d+(?:\s[IVX]+)?)\s?/\s?(?P<delo>\d+[a-z]?)(?![\d/])"
)
_PAAA = re.compile(
    r"(?<!\w)(?P<archive>PA\s?AA|Politisches Archiv des Auswärtigen Amts)(?:\s*\(PA AA\))?,?\s+"
    r"(?:(?P<fond>[A-Z][\w ]{1,30}?),\s*)?(?P<delo>R\s?\d{3,6})(?!\d)"
)
_GERMAN_SHEETS = re.compile(r",?\s*(?:Bl\.|fol\.|S\.)\s*(?P<pages>\d+(?:\s?[-–]\s?\d+)?[rv]?)")
_CONTINUES = re.compile(r"^[\s,;.]*(?:(?:and|also|see|see also|и|та|а также|см\.)[\s,;.]*)*$")


@dataclass(slots=True)
class _Scan:
    """What the scan of one note knows so far: the registry, the abbreviations defined, the
    last reference of each kind."""

    text: str
    archives: dict[str, Archive]
    defined: dict[str, str]
    last_archival: Citation | None = None
    last_microfilm: Citation | None = None


def _name_archive(scan: _Scan, citation: Citation, start: int, full_alone: bool = True) -> bool:
    """Set the archive named right before ``start`` (an abbreviation, perhaps after its full
    name, or a full name alone) and move the citation's start there; False when none is."""
    text, archives = scan.text, scan.archives
    abbr = _abbreviation_before(text, start, archives, scan.defined)
    if abbr is not None:
        name = abbr.name
        citation.archive = name
        citation.start = abbr.start
        full = _full_name_before(text, citation.start, archives)
        if full is not None:
            citation.start = full.start()
        entry = archive_for(name, archives) or archive_for(scan.defined.get(name), archives)
        if entry is None and full is not None:
            entry = archive_for(full.group("full"), archives)
        citation.archive_id = entry.id if entry else None
        if entry is None:
            citation.flags.append(f"archive {name} not in the registry")
        return True
    full = _full_name_before(text, start, archives) if full_alone else None
    if full is not None:
        citation.archive = _SPACE_RUN.sub(" ", full.group("full")).strip()
        entry = archive_for(citation.archive, archives)
        citation.archive_id = entry.id if entry else None
        citation.start = full.start()
        return True
    return False


def _inherit(citation: Citation, previous: Citation) -> None:
    citation.archive, citation.archive_id = previous.archive, previous.archive_id


def _from_chain(scan: _Scan, chain: Chain) -> Citation | None:
    """A designated chain as a reference, or None when it is not one (a catalogue number,
    "Op. 2, D. 118"; a chain without fond with no archive or reference before it)."""
    citation = Citation(kind="archival", raw="", start=chain.start, end=chain.end)
    fields = chain.fields
    citation.fond, citation.opis, citation.delo = (
        fields.get("fond"),
        fields.get("opis"),
        fields.get("delo"),
    )
    citation.volume, citation.part = fields.get("volume"), fields.get("part")
    citation.bundle, citation.box = fields.get("bundle"), fields.get("box")
    citation.folder = fields.get("folder")
    previous = scan.last_archival
    continues = previous is not None and bool(
        _CONTINUES.match(_PARENTHESIS.sub("", scan.text[previous.end : chain.start]))
    )
    if _name_archive(scan, citation, chain.start):
        pass
    elif continues and previous is not None:
        _inherit(citation, previous)
    elif "fond" in fields and len(fields) >= 2:
        citation.flags.append("no archive named")
    else:
        return None
    if "fond" not in fields:
        if previous is None or not continues or previous.archive != citation.archive:
            if len(fields) < 2 and "delo" not in fields:
                return None
            citation.flags.append("no fond given")
        else:
            citation.fond = previous.fond
            if "opis" not in fields:
                citation.opis = previous.opis
    end = _read_tail(scan.text, chain.end, citation)
    if not citation.pages:
        citation.pages = fields.get("pages", "")
    if not citation.pages and citation.date and "pages" not in fields:
        # a date between the file and its sheets: "d. 64 (1944), l. 5"
        sheets = sheets_after(scan.text, end)
        if sheets is not None:
            citation.pages, end = sheets
    citation.end = end
    return citation


def _german(scan: _Scan, m: re.Match[str]) -> Citation:
    citation = Citation(kind="archival", raw="", start=m.start(), end=m.end())
    citation.archive = m.group("archive")
    entry = archive_for(citation.archive, scan.archives)
    citation.archive_id = entry.id if entry else None
    citation.fond = _SPACE_RUN.sub(" ", m.group("fond")) if m.group("fond") else None
    citation.delo = _SPACE_RUN.sub(" ", m.group("delo"))
    sheets = _GERMAN_SHEETS.match(scan.text, m.end())
    if sheets is not None:
        citation.pages = _tidy(sheets.group("pages"))
        citation.end = sheets.end()
    return citation


def scan_archival(
    text: str, archives: dict[str, Archive], defined: dict[str, str] | None = None
) -> list[Citation]:
    """Every archival and microfilm reference in ``text``, in order, never overlapping.

    ``defined`` maps abbreviations the article introduced ("(hereafter X)") to the registry
    id of the archive named before them, or to themselves; it is updated with definitions
    found here so later notes can use them.
    """
    defined = defined if defined is not None else {}
    scan = _Scan(text, archives, defined)
    anchors: list[tuple[int, str, re.Match[str]]] = []
    scans = [("fod", _FOD), ("bad", _MALFORMED)] if "/" in text else []
    if "reel" in text:
        scans.append(("reel", _REEL))
    if "BArch" in text or "Bundesarchiv" in text:
        scans.append(("german", _BARCH))
    if "PA" in text or "Politisches" in text:
        scans.append(("german", _PAAA))
    for kind, regex in scans:
        anchors.extend((m.start(), kind, m) for m in regex.finditer(text))
    anchors.extend((m.start(), "chain", m) for m in starts(text))
    anchors.sort(key=lambda a: a[0])

    out: list[Citation] = []
    last_end = 0
    for start, kind, m in anchors:
        if start < last_end:
            continue
        if kind == "chain":
            chain = read_chain(text, start)
            found = _from_chain(scan, chain) if chain is not None else None
        elif kind == "german":
            found = _german(scan, m)
        else:
            found = _numbered(scan, kind, m)
        if found is None:
            continue
        found.raw = text[found.start : found.end]
        out.append(found)
        last_end = found.end
        if found.kind == "microfilm":
            scan.last_microfilm = found
        else:
            scan.last_archival = found
    for m in _HEREAFTER_PAREN.finditer(text):
        abbr = m.group("abbr").strip()
        if not _known(abbr, archives, defined):
            continue
        full = _full_name_before(text, m.start(), archives)
        entry = archive_for(full.group("full"), archives) if full is not None else None
        defined.setdefault(abbr, entry.id if entry else abbr)
    return out


def _numbered(scan: _Scan, kind: str, m: re.Match[str]) -> Citation | None:
    """A reference in the slash notation ("GARF 1235/141/561 (1930): 5"), the long form
    ("fond 1, opis' 6, delo 396") or a microfilm reel."""
    text, start = scan.text, m.start()
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
            _SPACE.sub("", m.group("delo")),
        )
    previous = scan.last_microfilm if microfilm else scan.last_archival
    # a collection named in full before its reel gives its abbreviation after the reference
    if _name_archive(scan, citation, start, full_alone=not microfilm):
        pass
    elif previous is not None:
        _inherit(citation, previous)
        gap = _PARENTHESIS.sub("", text[previous.end : start])
        if not _SEPARATOR_ONLY.match(gap):
            citation.flags.append("archive inherited across intervening text")
    elif kind == "bad":
        return None  # two numbers and a date with no archive in sight: not a reference
    end = _read_tail(text, m.end(), citation, frames=microfilm)
    if microfilm and citation.archive is None:
        after = _HEREAFTER_AFTER.match(text, end)
        if after is not None:
            citation.archive = after.group("abbr")
            entry = archive_for(citation.archive, scan.archives)
            citation.archive_id = entry.id if entry else None
            full = _full_name_before(text, start, scan.archives)
            if full is not None:
                citation.start = full.start()
            scan.defined[citation.archive] = citation.archive
        else:
            _name_archive(scan, citation, start)
    if citation.archive is None:
        if microfilm:
            return None  # "reel" in prose without any collection named
        citation.flags.append("no archive named")
    if kind == "bad":
        _best_reading(citation, m.group("rest"), scan.last_archival)
    citation.end = end
    return citation


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
