"""Exports: JSON (the DESIGN.md shape), CSV finding aid, CSL-JSON and BibTeX.

CSL-JSON and BibTeX hold the full citations (archival, microfilm and published works);
short forms, ibid and cross-references point at those and are not repeated.
"""

from __future__ import annotations

import csv
import io
import json
import re

from pybtex.database import BibliographyData, Entry, Person

from borderlands.sources.model import Citation, CitedArticle
from borderlands.sources.summary import FindingAidRow, archive_summary, finding_aid

CSV_COLUMNS = (
    "archive",
    "fond",
    "opis",
    "delo",
    "reel",
    "years",
    "dates",
    "pages",
    "notes",
    "article_pages",
    "flags",
)

_CSL_TYPES = {
    "book": "book",
    "collection": "book",
    "article": "article-journal",
    "chapter": "chapter",
    "thesis": "thesis",
    "newspaper": "article-newspaper",
    "legal": "legislation",
    "paper": "speech",
}
_BIBTEX_TYPES = {
    "book": "book",
    "collection": "book",
    "article": "article",
    "chapter": "incollection",
    "thesis": "phdthesis",
    "newspaper": "misc",
    "legal": "misc",
    "paper": "unpublished",
}


def respace(name: str) -> str:
    """Restore a space the PDF extraction lost inside a name: "FitzroyMaclean" -> "Fitzroy
    Maclean", keeping "McCarthy" and "MacArthur" whole."""
    name = re.sub(r"(?<=[a-z.])(?<!Mc)(?<!Mac)(?=[A-Z])", " ", name)
    return re.sub(r"\s+", " ", name).strip()


def full_citations(cited: CitedArticle) -> list[tuple[int, int, Citation]]:
    """(note, index, citation) for every full citation, in note order."""
    return [
        (note.n, i, c)
        for note in cited.notes
        for i, c in enumerate(note.citations)
        if c.kind in ("archival", "microfilm") or (c.kind == "published" and not c.short)
    ]


def to_json(cited: CitedArticle) -> str:
    payload = cited.to_dict()
    payload["archives"] = [s.to_dict() for s in archive_summary(cited)]
    return json.dumps(payload, ensure_ascii=False, indent=2) + "\n"


def finding_aid_csv(rows: list[FindingAidRow]) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for row in rows:
        writer.writerow(
            [
                row.archive,
                row.fond,
                row.opis,
                row.delo,
                row.reel or "",
                "; ".join(str(y) for y in row.years),
                "; ".join(row.dates),
                "; ".join(row.pages),
                "; ".join(str(n) for n in row.notes),
                "; ".join(str(p) for p in row.article_pages),
                "; ".join(row.flags),
            ]
        )
    return out.getvalue()


def to_csv(cited: CitedArticle) -> str:
    return finding_aid_csv(finding_aid(cited))


def _person(name: str) -> dict[str, str]:
    name = respace(name)
    if " " not in name:
        return {"literal": name}
    given, family = name.rsplit(" ", 1)
    return {"family": family, "given": given}


def archival_location(c: Citation) -> str:
    """The archive's customary form: "f. 5446, op. 20a, d. 493, l. 1–12" or "reel 7"."""
    if c.kind == "microfilm":
        parts = [f"reel {c.reel}"]
        if c.volume:
            parts.append(f"vol. {c.volume}")
        if c.frames:
            parts.append(f"frames {c.frames}")
        if c.pages:
            parts.append(f"p. {c.pages}")
        return ", ".join(parts)
    parts = [f"f. {c.fond}"]
    if c.opis:
        parts.append(f"op. {c.opis}")
    if c.delo:
        parts.append(f"d. {c.delo}")
    if c.protocol:
        parts.append(f"protocol {c.protocol}")
    if c.pages:
        many = bool(re.search(r"[,–-]", c.pages))
        parts.append(f"{'ll' if many else 'l'}. {c.pages}")
    return ", ".join(parts)


def _issued(c: Citation) -> dict[str, object] | None:
    if c.date and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", c.date):
        return {"date-parts": [[int(p) for p in c.date.split("-")]]}
    if c.year:
        parts = [[c.year]] + ([[c.year_end]] if c.year_end else [])
        return {"date-parts": parts}
    return None


def csl_item(note: int, index: int, c: Citation) -> dict[str, object]:
    item: dict[str, object] = {"id": f"n{note}-{index}"}
    if c.kind in ("archival", "microfilm"):
        item.update(
            type="manuscript",
            archive=c.archive or "",
            archive_location=archival_location(c),
            title=f"{c.archive} {archival_location(c)}",
        )
        if c.kind == "microfilm":
            item["medium"] = "microfilm"
    else:
        item["type"] = _CSL_TYPES.get(c.work_type or "book", "book")
        if c.title:
            item["title"] = c.title
        if c.authors:
            item["author"] = [_person(a) for a in c.authors]
        if c.editors:
            item["editor"] = [_person(e) for e in c.editors]
        for key, value in (
            ("container-title", c.container),
            ("volume", c.volume),
            ("issue", c.issue),
            ("publisher-place", c.place),
            ("publisher", c.publisher),
            ("page", c.pages or None),
        ):
            if value:
                item[key] = value
        if c.work_type == "thesis":
            item["genre"] = "Ph.D. diss."
        for status in ("in press", "forthcoming"):
            if status in c.flags:
                item["status"] = status
    issued = _issued(c)
    if issued:
        item["issued"] = issued
    item["note"] = f"Martin 1998, n. {note}"
    return item


def to_csl(cited: CitedArticle) -> list[dict[str, object]]:
    return [csl_item(n, i, c) for n, i, c in full_citations(cited)]


def to_csl_json(cited: CitedArticle) -> str:
    return json.dumps(to_csl(cited), ensure_ascii=False, indent=2) + "\n"


def _bibtex_entry(note: int, c: Citation) -> Entry:
    fields: dict[str, str] = {}
    persons: dict[str, list[Person]] = {}
    if c.kind in ("archival", "microfilm"):
        kind = "misc"
        fields["title"] = f"{c.archive} {archival_location(c)}"
        fields["howpublished"] = "microfilm" if c.kind == "microfilm" else "archival file"
    else:
        kind = _BIBTEX_TYPES.get(c.work_type or "book", "misc")
        if c.title:
            fields["title"] = c.title
        if c.authors:
            persons["author"] = [Person(respace(a)) for a in c.authors]
        if c.editors:
            persons["editor"] = [Person(respace(e)) for e in c.editors]
        container_field = {"article": "journal", "incollection": "booktitle"}.get(kind)
        if c.container:
            fields[container_field or "howpublished"] = c.container
        for key, value in (("volume", c.volume), ("number", c.issue), ("address", c.place)):
            if value:
                fields[key] = value
        if c.publisher:
            fields["school" if kind == "phdthesis" else "publisher"] = c.publisher
        if c.pages:
            fields["pages"] = c.pages.replace("–", "--")
    if c.year:
        fields["year"] = str(c.year)
    fields["note"] = f"Martin 1998, n. {note}"
    return Entry(kind, fields=fields, persons=persons)


def to_bibtex(cited: CitedArticle) -> str:
    data = BibliographyData()
    for n, i, c in full_citations(cited):
        data.add_entry(f"n{n}c{i}", _bibtex_entry(n, c))
    return data.to_string("bibtex")
