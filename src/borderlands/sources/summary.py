"""Per-archive summaries and the finding aid: every archival file the article cites."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from borderlands.sources.model import Citation, CitedArticle
from borderlands.sources.registry import Archive, shared_archives


def _number_key(value: str | None) -> tuple[int, str]:
    """Sort "16a" after "16" and before "20": by leading number, then suffix."""
    m = re.match(r"(\d+)(.*)", value or "")
    return (int(m.group(1)), m.group(2)) if m else (10**9, value or "")


@dataclass(slots=True)
class ArchiveSummary:
    archive: str
    name: str | None
    current: str | None
    city: str | None
    kind: str
    references: int  # archival or microfilm citations naming this archive
    files: int  # distinct fond/opis/delo (or reels) cited
    fonds: list[str]
    notes: list[int]

    def to_dict(self) -> dict[str, object]:
        return {
            "archive": self.archive,
            "name": self.name,
            "current": self.current,
            "city": self.city,
            "kind": self.kind,
            "references": self.references,
            "files": self.files,
            "fonds": self.fonds,
            "notes": self.notes,
        }


@dataclass(slots=True)
class FindingAidRow:
    """One archival file (fond/opis/delo) or one microfilm reel (``reel``; fond, opis and
    delo empty) with everything the article cites from it."""

    archive: str
    fond: str
    opis: str
    delo: str
    reel: str | None = None
    years: list[int] = field(default_factory=list)
    dates: list[str] = field(default_factory=list)
    pages: list[str] = field(default_factory=list)
    notes: list[int] = field(default_factory=list)
    article_pages: list[int] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    archive_id: str | None = None  # the present archive in the registry
    cited_as: list[str] = field(default_factory=list)  # every name the file is cited under

    @property
    def kind(self) -> str:
        return "archival" if self.reel is None else "microfilm"

    def to_dict(self) -> dict[str, object]:
        return {
            "archive": self.archive,
            "fond": self.fond,
            "opis": self.opis,
            "delo": self.delo,
            "kind": self.kind,
            "reel": self.reel,
            "years": self.years,
            "dates": self.dates,
            "pages": self.pages,
            "notes": self.notes,
            "article_pages": self.article_pages,
            "flags": self.flags,
            "archive_id": self.archive_id,
            "cited_as": self.cited_as,
        }


def _archival(cited: CitedArticle) -> list[tuple[int, int | None, Citation]]:
    return [
        (note.n, note.page, c)
        for note in cited.notes
        for c in note.citations
        if c.kind in ("archival", "microfilm") and c.archive
    ]


def archive_summary(
    cited: CitedArticle, archives: dict[str, Archive] | None = None
) -> list[ArchiveSummary]:
    """One row per archive: how many references, which files and fonds, in which notes."""
    registry = archives if archives is not None else shared_archives()
    grouped: dict[str, list[tuple[int, Citation]]] = {}
    for n, _page, c in _archival(cited):
        grouped.setdefault(c.archive or "", []).append((n, c))
    out = []
    for abbr, refs in grouped.items():
        known = registry.get(abbr)
        files = {(c.fond, c.opis, c.delo) if c.kind == "archival" else (c.reel,) for _, c in refs}
        fonds = sorted({c.fond for _, c in refs if c.fond}, key=_number_key)
        out.append(
            ArchiveSummary(
                archive=abbr,
                name=known.name if known else None,
                current=known.current if known else None,
                city=known.city if known else None,
                kind=known.kind if known else refs[0][1].kind,
                references=len(refs),
                files=len(files),
                fonds=fonds,
                notes=sorted({n for n, _ in refs}),
            )
        )
    out.sort(key=lambda s: (-s.references, s.archive))
    return out


def finding_aid(cited: CitedArticle) -> list[FindingAidRow]:
    """Every archival file (archive, fond, opis, delo) and microfilm reel cited, with its
    years, pages, notes and article pages. Files are grouped by the present archive (a file
    cited under RTsKhIDNI in one note and RGASPI in another is one row, ``archive`` the name
    first cited, ``cited_as`` all of them); sorted by present archive, then files by fond,
    opis and delo as numbers, then reels by number."""
    rows: dict[tuple[str, str, str, str, str | None], FindingAidRow] = {}
    for n, page, c in _archival(cited):
        present = c.archive_id or c.archive or ""
        key: tuple[str, str, str, str, str | None]
        if c.kind == "archival":
            key = (present, c.fond or "", c.opis or "", c.delo or "", None)
        else:
            key = (present, "", "", "", c.reel or "")
        row = rows.get(key)
        if row is None:
            row = rows[key] = FindingAidRow(
                c.archive or "", key[1], key[2], key[3], key[4], archive_id=c.archive_id
            )
        if c.archive and c.archive not in row.cited_as:
            row.cited_as.append(c.archive)
        years = [y for y in (c.year, c.year_end) if y is not None]
        for y in years:
            if y not in row.years:
                row.years.append(y)
        if c.date and c.date not in row.dates:
            row.dates.append(c.date)
        for where in _places_cited(c):
            if where not in row.pages:
                row.pages.append(where)
        if n not in row.notes:
            row.notes.append(n)
        if page is not None and page not in row.article_pages:
            row.article_pages.append(page)
        for flag in c.flags:
            if flag not in row.flags:
                row.flags.append(flag)
    for row in rows.values():
        row.years.sort()
        row.notes.sort()
        row.article_pages.sort()
    return sorted(
        rows.values(),
        key=lambda r: (
            r.archive_id or r.archive,
            r.reel is not None,
            _number_key(r.fond),
            _number_key(r.opis),
            _number_key(r.delo),
            _number_key(r.reel),
        ),
    )


def _places_cited(c: Citation) -> list[str]:
    """Sheets of a file; for a reel, its volume, frames and pages as the note gives them."""
    if c.kind == "archival":
        return [c.pages] if c.pages else []
    parts = [
        f"vol. {c.volume}" if c.volume else "",
        f"frames {c.frames}" if c.frames else "",
        f"p. {c.pages}" if c.pages else "",
    ]
    where = ", ".join(p for p in parts if p)
    return [where] if where else []
