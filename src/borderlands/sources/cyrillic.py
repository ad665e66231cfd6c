"""Published works cited in Cyrillic, in the Russian bibliographic manner (GOST style).

    Земсков В. Н. Спецпоселенцы в СССР. М., 2003. С. 91.      a book: author, title, place, year
    Сталинские депортации. 1928–1953. М., 2005. Вып. 3. № 14. С. 210.       a volume with no author
    Там же. С. 45.                                              ibid
    Земсков В. Н. Указ. соч. С. 112–113.                        a short form ("work cited")

Full stops separate the parts of such a reference, so the sentence cutting of
:mod:`borderlands.sources.chunks` would break it: these are read first, on the note's text
between semicolons, and the spans they take are left alone by the rest of the parser.
Authors are kept as initials and surname ("В. Н. Земсков"), the order short forms are
matched in.
"""

from __future__ import annotations

import re

from borderlands.sources.model import Citation

_PAGES = (
    r"\d+(?:\s?(?:об|зв)\.?)?(?:\s?[–-]\s?\d+(?:\s?(?:об|зв)\.?)?)?(?:,\s?\d+(?:\s?[–-]\s?\d+)?)*"
)
_SHEETS = rf"(?:С|с|Л|Лл|л|лл)\.\s?(?P<pages>{_PAGES})"
_EXTRAS = (
    r"(?:[.,]\s?(?:Т\.\s?(?P<volume>\d+)|Вып\.\s?(?P<issue>\d+)|№\s?(?P<item>\d+)|Ч\.\s?\d+))*"
)
_AUTHOR = r"(?P<surname>[А-ЯЁІЇЄ][а-яёіїє’'\-]+)\s(?P<initials>[А-ЯЁІЇЄ]\.\s?(?:[А-ЯЁІЇЄ]\.)?)"

IBID = re.compile(rf"Там\s?же(?:[.,]\s?(?:Т\.\s?(?P<volume>\d+)[.,]\s?)?{_SHEETS})?")
SHORT = re.compile(rf"{_AUTHOR}\s?Указ\.\s?соч\.(?:[.,]?\s?{_SHEETS})?")
BOOK = re.compile(
    rf"(?:{_AUTHOR}\s)?(?P<title>[«\"А-ЯЁІЇЄ][^;]{{2,300}}?)\.\s"
    r"(?P<place>[А-ЯЁІЇЄ][а-яёіїє]{0,12}\.?(?:[-–][А-ЯЁІЇЄ][а-яёіїє]+)?),\s?(?P<year>\d{4})"
    rf"{_EXTRAS}(?:[.,]\s?{_SHEETS})?"
)
_HAS_CYRILLIC = re.compile(r"[А-Яа-яЁёІіЇїЄє]")


def _person(m: re.Match[str]) -> str:
    initials = re.sub(r"\.\s?(?=\S)", ". ", m.group("initials")).strip()
    return f"{initials} {m.group('surname')}"


def _pages(m: re.Match[str]) -> str:
    return re.sub(r"\s?([–-])\s?", r"\1", m.group("pages") or "")


def scan_cyrillic(text: str, taken: list[tuple[int, int]]) -> list[Citation]:
    """Cyrillic books, ibid ("Там же") and short forms ("Указ. соч.") outside ``taken``."""
    if not _HAS_CYRILLIC.search(text):
        return []
    out: list[Citation] = []
    start = 0
    for piece in [*re.finditer(r";", text), None]:
        end = piece.start() if piece is not None else len(text)
        out.extend(_scan_piece(text, start, end, taken))
        start = end + 1
    return out


def _free(taken: list[tuple[int, int]], start: int, end: int) -> bool:
    return all(end <= a or start >= b for a, b in taken)


def _scan_piece(text: str, start: int, end: int, taken: list[tuple[int, int]]) -> list[Citation]:
    found: list[Citation] = []
    for regex, kind in ((IBID, "ibid"), (SHORT, "short"), (BOOK, "book")):
        for m in regex.finditer(text, start, end):
            if not _free(taken, m.start(), m.end()) or not _free(
                [(c.start, c.end) for c in found], m.start(), m.end()
            ):
                continue
            found.append(_citation(m, kind))
    return found


def _citation(m: re.Match[str], kind: str) -> Citation:
    c = Citation(
        kind="ibid" if kind == "ibid" else "published", raw=m.group(), start=m.start(), end=m.end()
    )
    c.pages = _pages(m)
    if kind == "ibid":
        c.volume = m.group("volume")
        return c
    if m.group("surname"):
        c.authors = [_person(m)]
    if kind == "short":
        c.short = True
        return c
    c.work_type = "book"
    c.title = m.group("title").strip()
    c.place = m.group("place")
    c.year = int(m.group("year"))
    c.date = m.group("year")
    c.volume, c.issue, c.item = m.group("volume"), m.group("issue"), m.group("item")
    return c
