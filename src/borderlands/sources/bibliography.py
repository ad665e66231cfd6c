"""An article's bibliography: each work it cites once, with the notes that cite it.

A footnote cites a *work* (a book, an article, an archival file, a microfilm reel) at a
*place in it* (a page, a folio, frames). The exports list each work once, with its own facts
(a journal article's page range is the work's), and keep every citing note with the place it
cites apart, so that no client reads a cited page as the work's extent.

Which numbers are the work's and which are the note's (Chicago and the notes it governs):

- a book, an edited volume, a thesis, a paper, a decree: the pages are what the note cites;
- a journal or newspaper article or a chapter: a range after the date ("(1979): 1–16") is
  the article's extent; a single page there, or pages after "p."/"pp.", is what is cited;
- an archival file: the folios (or a microfilm's frames and pages) are what is cited.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field, replace

from borderlands.sources.model import Citation, CitedArticle
from borderlands.sources.registry import shared_archives

#: Work types whose "pages" can be the work's extent rather than the cited place.
_HAS_EXTENT = ("article", "chapter", "newspaper")

#: Words that make an author a body, not a person ("The Ingrian Committee").
_CORPORATE = re.compile(
    r"\b(?:committee|commission|council|institute|institution|society|association|union|"
    r"ministry|office|bureau|academy|university|league|party|foundation|cent(?:er|re)|"
    r"department|archive|archives|library|museum|press|congress|government|agency|"
    r"komitet|komissiia|institut|obshchestvo|soiuz|upravlenie|akademiia|tsentr|arkhiv)\b",
    re.IGNORECASE,
)


@dataclass(slots=True)
class CitingNote:
    """A note that cites a work, and where in the work (``None``: the work as a whole)."""

    note: int
    page: int | None  # the article page the note is on
    locator: str | None
    label: str = "page"  # page, folio (CSL's labels) or frames (a microfilm's)
    protocol: str | None = None  # a Politburo protocol/item within the file

    def describe(self) -> str:
        """ "p. 4", "ll. 12–14", "protocol 71/34, l. 3", "frames K7100–15"; "" for the whole."""
        parts = [f"protocol {self.protocol}"] if self.protocol else []
        if self.locator:
            many = bool(re.search(r"[,–-]", self.locator))
            prefix = {"folio": "ll." if many else "l.", "frames": "frames"}.get(
                self.label, "pp." if many else "p."
            )
            parts.append(f"{prefix} {self.locator}")
        return ", ".join(parts)


@dataclass(slots=True)
class Work:
    key: str
    citation: Citation  # the work's first full citation, cited place removed
    extent: str | None  # the work's own page range (articles and chapters)
    cited_in: list[CitingNote] = field(default_factory=list)
    years: list[int] = field(default_factory=list)  # archival: the years of the papers cited


def respace(name: str) -> str:
    """Restore a space the PDF extraction lost inside a name: "FitzroyMaclean" -> "Fitzroy
    Maclean", keeping "McCarthy" and "MacArthur" whole."""
    name = re.sub(r"(?<=[a-z.])(?<!Mc)(?<!Mac)(?=[A-Z])", " ", name)
    return re.sub(r"\s+", " ", name).strip()


_PARTICLES = frozenset(
    ["de", "da", "di", "du", "la", "le", "van", "von", "der", "den", "ten", "ter"]
)


def split_name(name: str) -> tuple[str, str, str]:
    """A person's name as (given, particle, family): "Alfred-Maurice de Zayas" ->
    ("Alfred-Maurice", "de", "Zayas"), "Ivan Sidorov" -> ("Ivan", "", "Sidorov")."""
    words = name.split()
    family = words.pop()
    particle: list[str] = []
    while len(words) > 1 and words[-1] in _PARTICLES:
        particle.insert(0, words.pop())
    return " ".join(words), " ".join(particle), family


def is_corporate(name: str) -> bool:
    """An author that is a body ("The Ingrian Committee"), not a person."""
    return name.lower().startswith("the ") or bool(_CORPORATE.search(name))


def archive_city(c: Citation) -> str | None:
    """Where the archive is, from the archive registry (``None`` for an archive not in it)."""
    archive = shared_archives().get(c.archive_id or c.archive or "")
    return archive.city if archive else None


def archival_location(c: Citation) -> str:
    """The archive's customary form: "f. 5446, op. 20a, d. 493, l. 1–12" or "reel 7"."""
    place = archival_file(c)
    where = archival_place(c)
    return f"{place}, {where}" if where else place


def archival_file(c: Citation) -> str:
    """The file itself, without the folios cited: "f. 5446, op. 20a, d. 493", "reel 7, vol. 2"."""
    if c.kind == "microfilm":
        parts = [f"reel {c.reel}"]
        if c.volume:
            parts.append(f"vol. {c.volume}")
        return ", ".join(parts)
    parts = [f"f. {c.fond}"] if c.fond else []
    if c.opis:
        parts.append(f"op. {c.opis}")
    if c.part:
        parts.append(f"ch. {c.part}")
    if c.delo:
        parts.append(f"d. {c.delo}")
    if c.volume:
        parts.append(f"t. {c.volume}")
    return ", ".join(parts)


def archival_place(c: Citation) -> str:
    """Where in the file a note cites: "protocol 71/34, ll. 1–12", "frames K7100–15"."""
    parts = []
    if c.kind == "microfilm":
        if c.frames:
            parts.append(f"frames {c.frames}")
        if c.pages:
            parts.append(f"p. {c.pages}")
        return ", ".join(parts)
    if c.protocol:
        parts.append(f"protocol {c.protocol}")
    if c.pages:
        many = bool(re.search(r"[,–-]", c.pages))
        parts.append(f"{'ll' if many else 'l'}. {c.pages}")
    return ", ".join(parts)


def extent_and_locator(c: Citation) -> tuple[str | None, str | None]:
    """(the work's page range, the place the note cites) from a full published citation."""
    pages = c.pages or None
    if pages is None or c.work_type not in _HAS_EXTENT:
        return None, pages
    after_p = re.search(r"\bpp?\.\s*" + re.escape(pages), c.raw)
    if after_p or not re.search(r"\d\s*[–-]\s*\d", pages):
        return None, pages
    return pages, None


def with_book(chapter: Citation, target: Citation | None) -> Citation:
    """A chapter whose book is given by "(n. X above)": completed from that note."""
    if target is None:
        return chapter
    book = target.container if target.work_type == "chapter" else target.title
    return replace(
        chapter,
        kind="published",
        container=book or chapter.container,
        editors=chapter.editors or list(target.editors),
        place=target.place,
        publisher=target.publisher,
        year=target.year,
        date=target.date,
        flags=list(chapter.flags),
    )


def is_full(c: Citation) -> bool:
    """A citation that names a work in full (not a short form, ibid or bare cross-reference)."""
    if c.kind in ("archival", "microfilm"):
        return True
    named = bool(c.title or c.container)
    return c.kind in ("published", "cross-reference") and not c.short and named


def full_form(cited: CitedArticle, c: Citation) -> Citation:
    """A full citation as a work: a chapter by "(n. X above)" gets its book's facts."""
    return with_book(c, cited.target(c)) if c.kind == "cross-reference" else c


def identity(c: Citation) -> tuple[str, ...]:
    """What makes two full citations the same work."""
    if c.kind == "archival":
        archive = c.archive_id or c.archive or ""
        return ("archival", archive, c.fond or "", c.opis or "", c.delo or "", c.volume or "")
    if c.kind == "microfilm":
        return ("microfilm", c.archive or "", c.reel or "", c.volume or "")
    people = [_fold(p) for p in (c.authors or c.editors)]
    # a gazette's decrees and a newspaper's issues are told apart by issue and item only
    numbered = c.work_type in ("legal", "newspaper")
    return (
        "published",
        " ".join(people),
        _fold(c.title or ""),
        _fold(c.container or ""),
        c.volume or "",
        str(c.year or ""),
        (c.issue or "") if numbered else "",
        (c.item or "") if numbered else "",
    )


def works(cited: CitedArticle) -> list[Work]:
    """Every work the article cites, once, in order of first citation, with the notes citing
    it (full citations, ibid, short forms and cross-references alike)."""
    by_identity: dict[tuple[str, ...], Work] = {}
    where: dict[tuple[int, int], Work] = {}
    keys: set[str] = set()
    for note in cited.notes:
        for i, raw_c in enumerate(note.citations):
            if not is_full(raw_c):
                continue
            c = full_form(cited, raw_c)
            ident = identity(c)
            work = by_identity.get(ident)
            extent, locator = _place(c)
            if work is None:
                work = Work(_unique(_key(c), keys), _bare(c), extent)
                by_identity[ident] = work
            elif extent and not work.extent:
                work.extent = extent
            where[(note.n, i)] = work
            work.cited_in.append(CitingNote(note.n, note.page, locator, _label(c), c.protocol))
            if c.year and c.kind in ("archival", "microfilm"):
                work.years.extend(y for y in (c.year, c.year_end) if y and y not in work.years)
    for note in cited.notes:
        for c in note.citations:
            if is_full(c) or c.refers_to is None:
                continue
            work = where.get((c.refers_to["note"], c.refers_to["index"]))
            if work is not None:
                label = "folio" if work.citation.kind == "archival" else "page"
                place = CitingNote(note.n, note.page, c.pages or None, label, c.protocol)
                work.cited_in.append(place)
    for work in by_identity.values():
        work.cited_in.sort(key=lambda x: x.note)
        work.years.sort()
    return list(by_identity.values())


def _place(c: Citation) -> tuple[str | None, str | None]:
    if c.kind == "microfilm":
        return None, c.frames or c.pages or None
    if c.kind == "archival":
        return None, c.pages or None
    return extent_and_locator(c)


def _label(c: Citation) -> str:
    if c.kind == "microfilm":
        return "frames" if c.frames else "page"
    return "folio" if c.kind == "archival" else "page"


def _bare(c: Citation) -> Citation:
    """The work's citation with the note's own place taken out."""
    return replace(c, pages="", frames=None, protocol=None, flags=list(c.flags))


def _fold(text: str) -> str:
    """Lower-case ASCII letters and digits only: "Bugai, N. F." and "Bugai N.F." agree."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^a-z0-9]+", "", text.lower())


def _key(c: Citation) -> str:
    """A citation key: "maclean1957eastern"; archival files "GARF-5446-20a-493"."""
    if c.kind == "archival":
        parts = [c.archive or "archive", c.fond, c.opis, c.delo]
        return "-".join(_fold_key(p) for p in parts if p)
    if c.kind == "microfilm":
        parts = [c.archive or "archive", f"reel{c.reel}", c.volume]
        return "-".join(_fold_key(p) for p in parts if p)
    people = c.authors or c.editors
    who = people[0].split()[-1] if people and not is_corporate(people[0]) else ""
    title_words = [w for w in re.findall(r"[^\W\d_]+", c.title or c.container or "") if len(w) > 3]
    first_word = title_words[0] if title_words else ""
    stem = _fold(who) + (str(c.year) if c.year else "") + _fold(first_word)
    return stem or "work"


def _fold_key(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    return re.sub(r"[^A-Za-z0-9]+", "", re.sub(r"\s*[–-]\s*", "to", text))


def _unique(key: str, keys: set[str]) -> str:
    candidate, n = key, 0
    while candidate in keys:
        n += 1
        candidate = f"{key}{chr(ord('a') + n - 1)}" if n <= 26 else f"{key}-{n}"
    keys.add(candidate)
    return candidate
