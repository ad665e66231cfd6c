"""CSL-JSON: one item per work the article cites, as citeproc-js, citeproc-py, pandoc and
Zotero read it.

An archival file is a ``manuscript`` whose ``archive`` is the holding archive and whose
``archive_location`` is the file ("f. 5446, op. 20a, d. 493"); the reference is not repeated
as a title. Every item says its title's ``language`` when the title (or failing that its
journal's or book's name) shows it: styles title-case only English titles. A title whose
language is unknown gets no language and is marked ``nocase``, so that it is printed as
given; so is a foreign journal's name in an English item. The notes citing a work, each
with the place it cites, are in ``custom.cited_in`` (CSL-JSON's field for data no style
prints), never in the work's ``page``.
"""

from __future__ import annotations

import json
import re
import unicodedata

from borderlands.sources.bibliography import (
    Work,
    archival_file,
    archive_city,
    extent_and_locator,
    is_corporate,
    respace,
    split_name,
    works,
)
from borderlands.sources.language import title_language
from borderlands.sources.model import Citation, CitedArticle

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
# An archival item is one file: the archive as cited, its registry id (so that "TsGAOR" and
# "GARF" citing one file make one item), the file and the locator apart.


def person(name: str) -> dict[str, str]:
    """A CSL name: a body as one literal, a person as family and given names."""
    name = respace(nfc(name))
    if is_corporate(name) or " " not in name:
        return {"literal": name}
    given, particle, family = split_name(name)
    out = {"family": family, "given": given}
    if particle:
        out["non-dropping-particle"] = particle
    return out


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


def issued(c: Citation, years: list[int] | None = None) -> dict[str, object] | None:
    """CSL date parts: an ISO date, a year, or the span of years an archival file's papers
    cover."""
    if years:
        span = sorted(set(years))
        parts = [[span[0]]] + ([[span[-1]]] if span[-1] != span[0] else [])
        return {"date-parts": parts}
    if c.date and re.fullmatch(r"\d{4}(?:-\d{2}){0,2}", c.date):
        return {"date-parts": [[int(p) for p in c.date.split("-")]]}
    if c.year:
        parts = [[c.year]] + ([[c.year_end]] if c.year_end else [])
        return {"date-parts": parts}
    return None


def item_language(c: Citation) -> str | None:
    """The title's language; failing that, its journal's or book's (an article is most often
    in its journal's language)."""
    return title_language(c.title) or title_language(c.container)


def nocase(text: str) -> str:
    """Text no style may re-case (CSL-JSON's rich-text markup, read by citeproc-js,
    citeproc-py and pandoc): a title whose language is unknown is printed as given rather
    than title-cased as if English."""
    return f'<span class="nocase">{nfc(text)}</span>'


def csl_fields(c: Citation, extent: str | None = None) -> dict[str, object]:
    """A citation's work as CSL variables (no id; the cited place is not among them)."""
    item: dict[str, object] = {}
    if c.kind in ("archival", "microfilm"):
        item.update(
            type="manuscript",
            archive=nfc(c.archive or "[archive not named]"),
            archive_location=archival_file(c),
        )
        city = archive_city(c)
        if city:
            item["archive-place"] = city
        if c.kind == "microfilm":
            item["medium"] = "microfilm"
    else:
        item["type"] = _CSL_TYPES.get(c.work_type or "book", "book")
        language = item_language(c)
        if c.title:
            item["title"] = nfc(c.title) if language else nocase(c.title)
        if c.authors:
            item["author"] = [person(a) for a in c.authors]
        if c.editors:
            item["editor"] = [person(e) for e in c.editors]
        if c.container:
            foreign = title_language(c.container) not in (None, "en", language)
            item["container-title"] = nocase(c.container) if foreign else nfc(c.container)
        for key, value in (
            ("volume", c.volume),
            ("issue", c.issue),
            ("number", c.item),  # a decree's article in a law gazette's issue
            ("publisher-place", c.place),
            ("publisher", c.publisher),
            ("page", extent),
        ):
            if value:
                item[key] = nfc(value)
        if c.work_type == "thesis":
            item["genre"] = "Ph.D. diss."
        for status in ("in press", "forthcoming"):
            if status in c.flags:
                item["status"] = status
        if language:
            item["language"] = language
    date = issued(c)
    if date:
        item["issued"] = date
    return item


def citation_item(key: str, c: Citation) -> tuple[dict[str, object], str | None]:
    """One note's citation as a CSL item of its own, and the place it cites (for rendering
    a note: the locator goes to the citation, not into the item)."""
    extent, locator = extent_and_locator(c)
    return {"id": key, **csl_fields(c, extent)}, locator


def work_item(work: Work) -> dict[str, object]:
    item: dict[str, object] = {"id": work.key, **csl_fields(work.citation, work.extent)}
    date = issued(work.citation, work.years)
    if date:
        item["issued"] = date
    item["custom"] = {
        "cited_in": [
            {
                "note": x.note,
                "article_page": x.page,
                **({"locator": x.locator, "label": x.label} if x.locator else {}),
                **({"protocol": x.protocol} if x.protocol else {}),
            }
            for x in work.cited_in
        ]
    }
    return item


def to_csl(cited: CitedArticle) -> list[dict[str, object]]:
    return [work_item(w) for w in works(cited)]


def to_csl_json(cited: CitedArticle) -> str:
    return json.dumps(to_csl(cited), ensure_ascii=False, indent=2) + "\n"
