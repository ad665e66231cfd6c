"""Archival references written with designators: "f. 9401, op. 2, d. 64, ll. 161–63".

This is the notation of most scholarship on Russian and Soviet history, in every script and
language it is written in:

- transliterated Russian: f./fond, op./opis', d./delo, l./ll./list/listy, t./tom, ch./chast',
  ed. khr., kn./kniga, sviazka, korobka, papka (p. between opis and delo), arkh. no.;
- Russian: Ф., Оп., Д., Л./Лл., Т., Ч., Ед. хр., Кн., Св., Кор., П., Арх. №;
- Ukrainian: f./op./spr./ark. and ф./оп./спр./арк., with zv./зв. for the verso;
- Polish: zesp./sygn./k.; German: Bl. (the Bundesarchiv's "R 43 II/1413" is read in
  ``archival``).

A reference is a chain of fields, each a designator and its value, in the archival order
(fond before opis before delo before volume, part and sheets). The chain ends at a
semicolon, at text that is no designator, or where a field comes out of order ("…, l. 5,
d. 7, l. 9": a second file of the same opis begins at "d. 7"). What precedes the chain (the
archive) and whether a chain without fond is a reference at all is decided by the caller.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# designator -> (field, rank in the archival order)
FIELDS: dict[str, tuple[str, float]] = {
    "fond": ("fond", 0),
    "opis": ("opis", 1),
    "bundle": ("bundle", 1.5),
    "folder": ("folder", 1.5),
    "box": ("box", 1.5),
    "delo": ("delo", 2),
    "volume": ("volume", 3),
    "part": ("part", 3.5),
    "sheets": ("pages", 4),
}

_KEYWORDS: list[tuple[str, str]] = [
    ("fond", r"fond[sy]?|f\.|zesp\.|ф\.|фонд"),
    ("opis", r"opis[’'ʹ]?|op\.|оп\.|опись"),
    ("bundle", r"sviazka|sv\.|св\.|связка"),
    ("box", r"korobka|kor\.|кор\.|коробка"),
    ("folder", r"papka|pap\.|p\.|папка|п\."),
    (
        "delo",
        r"delo|dela|d\.|sprava|spr\.|sygn\.|ed\.\s?khr\.|arkh\.\s?no\.|kniga|kn\.|д\.|дело|"
        r"спр\.|ед\.\s?хр\.|арх\.\s?№|книга|кн\.",
    ),
    ("volume", r"tom|t\.|т\.|том"),
    ("part", r"chast[’'ʹ]?|ch\.|ч\.|часть"),
    ("sheets", r"listy|list|ll\.|l\.|ark\.|arkushi?|k\.|bl\.|лл\.|л\.|листы?|арк\."),
]


def _keyword_regex(names: frozenset[str], lower: bool = False) -> re.Pattern[str]:
    """Designators of the fields ``names``; with ``lower``, a regex for lower-cased text,
    led by a class of the designators' first letters (several times faster than a
    case-insensitive scan)."""
    chosen = [(name, pattern) for name, pattern in _KEYWORDS if name in names]
    lead = ""
    if lower:
        firsts = sorted({alt[0] for _, pattern in chosen for alt in pattern.split("|")})
        lead = f"(?=[{''.join(firsts)}])"
    return re.compile(
        lead
        + r"(?<![\w.’'])(?:"
        + "|".join(f"(?P<{name}>{pattern})" for name, pattern in chosen)
        + r")(?:(?<=[.№])|(?![\w]))[’'ʹ]?\s*(?:№\s*)?",
        0 if lower else re.IGNORECASE,
    )


KEYWORD = _keyword_regex(frozenset(FIELDS))
# Designators a reference may begin with (sheets, volume, part and folder never begin one:
# "Fig. 3, l. 12", "T. 2. С. 45", "p. 5").
STARTERS = frozenset({"fond", "opis", "delo", "bundle", "box"})
_STARTER = _keyword_regex(STARTERS)
_STARTER_LOWER = _keyword_regex(STARTERS, lower=True)

_UPPER = "A-ZА-ЯЁІЇЄҐ"
_LOWER = "a-zа-яёіїєґ"
_NUMBER = (
    rf"(?:[{_UPPER}]{{1,3}}\s?[-–]\s?)?\d+(?:[{_LOWER}]{{1,2}}(?![\w]))?"
    rf"(?:[-–][{_UPPER}]{{1,3}}(?![\w]))?(?:/\d+[{_LOWER}]?(?![\w/]))?"
)
_VALUE = re.compile(rf"{_NUMBER}(?:\s?[-–]\s?\d+[{_LOWER}]?(?![\w]))?")
_NAME_VALUE = re.compile(rf"[{_UPPER}][{_UPPER}{_LOWER}]{{1,8}}(?![\w])")  # "zesp. MSW"
_ROMAN_OR_NUMBER = re.compile(r"(?:\d+|[IVXLC]+)(?![\w])")
_VERSO = r"(?:ob|об|зв|zv|v)(?![\w])\.?"
_SHEET = rf"\d+(?:\s?{_VERSO}|[{_LOWER}](?![\w]))?"
_SHEET_RANGE = rf"{_SHEET}(?:\s?[-–]\s?{_SHEET})?(?:\s+(?:i|ta|и|та)\s+{_VERSO})?"
_SHEETS = re.compile(rf"{_SHEET_RANGE}(?:,\s?{_SHEET_RANGE}(?!\s?[{_UPPER}{_LOWER}]{{3}}))*")
_SPACES = re.compile(r"\s+")
_DASH_SPACES = re.compile(r"\s?([-–])\s?")
_SEPARATOR = re.compile(r"\s*[,.]?\s*")
# Between fond and opis: a subdivision's name and the year of the opis ("f. 102,
# Departament politsii Osobyi otdel (DPOO), 1898 g., op. 226").
_SUBDIVISION = re.compile(r",\s*(?P<sub>[^;:\d][^;:]{1,100}?)[,.]\s*(?=(?i:op\.|opis|оп\.))")


@dataclass(slots=True)
class Chain:
    """One reference's fields as printed, and its span."""

    start: int
    end: int
    fields: dict[str, str] = field(default_factory=dict)
    first: str = ""  # the field the chain begins with
    subdivision: str | None = None


def _value(text: str, pos: int, name: str) -> re.Match[str] | None:
    if name == "sheets":
        return _SHEETS.match(text, pos)
    if name in ("volume", "part"):
        return _ROMAN_OR_NUMBER.match(text, pos)
    m = _VALUE.match(text, pos)
    if m is None and name == "fond":
        m = _NAME_VALUE.match(text, pos)
    return m


def tidy(value: str) -> str:
    """A value as printed, without line breaks and a closing full stop: "161–163 об."
    -> "161–163 об"."""
    value = _SPACES.sub(" ", value).strip()
    value = _DASH_SPACES.sub(r"\1", value)
    return value.rstrip(".").rstrip()


def read_chain(text: str, start: int) -> Chain | None:
    """The chain of designated fields beginning at ``start`` (a designator), or None."""
    chain = Chain(start=start, end=start)
    pos = start
    rank = -1.0
    while True:
        kw = KEYWORD.match(text, pos)
        if kw is None:
            break
        name = kw.lastgroup or ""
        target, this_rank = FIELDS[name]
        if target == "part" and "delo" not in chain.fields:
            this_rank = 1.5  # a part of the opis ("op. 3, ch. 61, d. 40"), not of the file
        if this_rank <= rank or (not chain.fields and name not in STARTERS):
            break
        value = _value(text, kw.end(), name)
        if value is None:
            break
        chain.fields[target] = tidy(value.group())
        if not chain.first:
            chain.first = target
        rank = this_rank
        chain.end = value.end()
        pos = value.end()
        if target == "fond":
            sub = _SUBDIVISION.match(text, pos)
            if sub is not None and not KEYWORD.search(sub.group("sub")):
                chain.subdivision = sub.group("sub").strip()
                pos = sub.end()
                continue
        sep = _SEPARATOR.match(text, pos)
        pos = sep.end() if sep else pos
    return chain if chain.fields else None


def starts(text: str) -> list[re.Match[str]]:
    """Every designator in ``text`` that could begin a reference."""
    low = text.lower()
    if len(low) == len(text):  # offsets agree (they do unless a letter lower-cases to two)
        return list(_STARTER_LOWER.finditer(low))
    return list(_STARTER.finditer(text))


def sheets_after(text: str, pos: int) -> tuple[str, int] | None:
    """Sheets designated right after ``pos`` (", l. 5"): their value and where they end."""
    sep = _SEPARATOR.match(text, pos)
    start = sep.end() if sep else pos
    kw = KEYWORD.match(text, start)
    if kw is None or kw.lastgroup != "sheets":
        return None
    value = _SHEETS.match(text, kw.end())
    return (tidy(value.group()), value.end()) if value is not None else None
