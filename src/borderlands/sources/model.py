"""Citation records: what the parser finds in a note, as plain dataclasses.

A citation is a span of a note's reading text (``note.text[start:end] == raw``) with the
fields read from it. One flat record serves every kind so that exports and tables can treat
citations alike; fields that do not apply to a kind stay ``None`` or empty.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from borderlands.errors import InputError

Kind = Literal["archival", "microfilm", "published", "ibid", "cross-reference"]
KINDS: tuple[str, ...] = ("archival", "microfilm", "published", "ibid", "cross-reference")


#: Keys every citation of a kind carries in JSON, ``null`` when unknown (a public shape).
ALWAYS: dict[str, tuple[str, ...]] = {
    "archival": (
        "archive",
        "archive_id",
        "fond",
        "opis",
        "delo",
        "volume",
        "part",
        "date",
        "year",
        "pages",
        "raw",
    ),
    "microfilm": ("archive", "reel", "date", "year", "pages", "raw"),
    "published": ("authors", "editors", "title", "date", "year", "pages", "raw"),
    "ibid": ("refers_to", "pages", "raw"),
    "cross-reference": ("target_note", "refers_to", "pages", "raw"),
}


@dataclass(slots=True)
class Citation:
    kind: str
    raw: str
    start: int
    end: int
    # archival and microfilm
    archive: str | None = None  # as cited: "RTsKhIDNI", "ГАРФ", or a full name
    archive_id: str | None = None  # the present archive in the registry: "RGASPI", "GARF"
    fond: str | None = None
    opis: str | None = None
    delo: str | None = None
    part: str | None = None  # chast' / Ч.
    bundle: str | None = None  # sviazka / Св.
    box: str | None = None  # korobka / Кор.
    folder: str | None = None  # papka / П. (Foreign Ministry files)
    reel: str | None = None
    frames: str | None = None
    protocol: str | None = None  # Politburo protocol/item, "71/34"; several joined by ", "
    # dates: ``date`` is ISO ("1925", "1925-07-16") or an ISO interval ("1929/1930")
    date: str | None = None
    date_text: str | None = None  # the date as printed
    year: int | None = None
    year_end: int | None = None
    pages: str = ""
    # published works
    work_type: str | None = None  # book, article, chapter, thesis, collection, newspaper, ...
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    title: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    item: str | None = None  # an article within an issue of a law gazette: "45/377"
    place: str | None = None
    publisher: str | None = None
    # short forms, ibid and "(n. X above)"
    short: bool = False
    target_note: int | None = None  # the note a "(n. X above)" names
    refers_to: dict[str, int] | None = None  # {"note": n, "index": i} once resolved
    unresolved: str | None = None  # why a short form could not be resolved
    flags: list[str] = field(default_factory=list)  # "malformed: ...", "inherited archive"
    line: int | None = None  # line of the article file where the citation begins

    def to_dict(self) -> dict[str, object]:
        """The JSON shape: fond/opis/delo stay strings. The keys of :data:`ALWAYS` for the
        citation's kind are always there (``null`` when unknown); other fields that do not
        apply are left out."""
        out: dict[str, object] = {"kind": self.kind}
        always = ALWAYS.get(self.kind, ())
        for name in self.__slots__:  # type: ignore[attr-defined]
            if name == "kind":
                continue
            value = getattr(self, name)
            if name not in always and (value is None or value == [] or value is False):
                continue
            out[name] = value
        return out


@dataclass(slots=True)
class CitedNote:
    n: int
    page: int | None
    text: str
    citations: list[Citation]
    start_line: int | None = None

    def to_dict(self) -> dict[str, object]:
        return {
            "n": self.n,
            "page": self.page,
            "citations": [c.to_dict() for c in self.citations],
        }


@dataclass(slots=True)
class Unresolved:
    note: int
    index: int
    raw: str
    reason: str


@dataclass(slots=True)
class CitedArticle:
    notes: list[CitedNote]
    unresolved: list[Unresolved]
    missing_notes: list[int] = field(default_factory=list)
    _by_n: dict[int, CitedNote] | None = field(default=None, repr=False, compare=False)
    _indexed: int = field(default=-1, repr=False, compare=False)  # notes when _by_n was made

    def note(self, n: int) -> CitedNote | None:
        """The (first) note numbered ``n``; a dictionary, so exports stay linear."""
        if self._by_n is None or self._indexed != len(self.notes):
            self._indexed = len(self.notes)
            self._by_n = {}
            for note in self.notes:
                self._by_n.setdefault(note.n, note)
        return self._by_n.get(n)

    def require_notes(self, wanted: list[int] | None) -> None:
        """Refuse note numbers that are not in this copy: lost from the extraction (listed in
        ``missing_notes``) or beyond the article's notes altogether."""
        present = {note.n for note in self.notes}
        last = max(present | set(self.missing_notes), default=0)
        for n in wanted or []:
            if n in present:
                continue
            if n in self.missing_notes:
                what = f"note {n} is missing from this copy of the article (lost in extraction)"
            else:
                what = f"there is no note {n}: the article's notes run from 1 to {last}"
            raise InputError(what, place="--note")

    def target(self, citation: Citation) -> Citation | None:
        """The full citation a short form, ibid or cross-reference was resolved to."""
        if citation.refers_to is None:
            return None
        note = self.note(citation.refers_to["note"])
        if note is None:
            return None
        index = citation.refers_to["index"]
        return note.citations[index] if 0 <= index < len(note.citations) else None

    def citations(self) -> list[tuple[CitedNote, Citation]]:
        return [(note, c) for note in self.notes for c in note.citations]

    def to_dict(self) -> dict[str, object]:
        return {
            "notes": [note.to_dict() for note in self.notes],
            "unresolved": [
                {"note": u.note, "index": u.index, "raw": u.raw, "reason": u.reason}
                for u in self.unresolved
            ],
            "missing_notes": self.missing_notes,
        }
