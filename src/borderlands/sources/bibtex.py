"""BibTeX: one entry per work, readable by classic BibTeX and by biber/biblatex alike.

- Field names are those both read: classic names (``journal``, ``address``, ``school``,
  ``@phdthesis``) that biber maps to biblatex's, plus biblatex-only fields classic BibTeX
  ignores (``langid``, ``library``, ``entrysubtype``). Each entry type gets only the fields
  biblatex's data model allows it (:data:`BIBLATEX_FIELDS`, from ``blx-dm.def``).
- Text is NFC (classic BibTeX and LaTeX break on decomposed accents), TeX's special
  characters are escaped, and a brace in the text is written ``\\textbraceleft{}`` (a ``\\{``
  would still count towards BibTeX's brace balance, so one stray brace would eat the file).
- A title's capitals that must survive a style's lower-casing are braced: every capitalised
  word of a title that is not English (those are written in their language's own case) and,
  in an English title, every capitalised word the article itself never writes in lower case
  (names: Soviet, Ingrian, Stalin), while headline-case words it also writes in lower case
  ("Deportation", "Minorities") are left to the style.
- An archival file is a ``@misc`` whose ``howpublished`` is the reference, once ("GARF,
  f. 5446, op. 20a, d. 493"); ``library`` names the holding archive.
- An entry with no author or editor has a ``key`` (classic BibTeX sorts by it; biber reads
  it as ``sortkey``).
- The notes citing a work are a comment line above its entry (BibTeX and biber skip text
  between entries), not a printed ``note``.
"""

from __future__ import annotations

import re
import unicodedata

from borderlands.sources.bibliography import (
    Work,
    archival_file,
    archive_city,
    is_corporate,
    respace,
    split_name,
    works,
)
from borderlands.sources.language import LANGID, title_language
from borderlands.sources.model import CitedArticle


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


#: biblatex's data model (blx-dm.def): the fields each entry type we write may carry, besides
#: :data:`ALL_TYPES`; date parts are given as ``year``/``date``.
BIBLATEX_FIELDS: dict[str, frozenset[str]] = {
    "article": _set(
        "author journaltitle title year date editor issue language note number pages "
        "pubstate series subtitle titleaddon translator url version volume"
    ),
    "book": _set(
        "author title year date editor edition isbn language location note number pages "
        "pagetotal part publisher pubstate series subtitle titleaddon translator url "
        "volume volumes"
    ),
    "incollection": _set(
        "author editor title booktitle year date booksubtitle chapter edition isbn "
        "language location note number pages part publisher pubstate series subtitle "
        "titleaddon translator url volume volumes"
    ),
    "thesis": _set(
        "author title type institution year date chapter language location note pages "
        "pagetotal pubstate subtitle titleaddon url"
    ),
    "unpublished": _set(
        "author title year date howpublished language location note pubstate subtitle "
        "titleaddon url"
    ),
    "misc": _set(
        "title year date author editor howpublished language location note organization "
        "pubstate subtitle titleaddon type url version"
    ),
}
#: Fields biblatex allows in every entry type (the ones we write).
ALL_TYPES = _set("langid library entrysubtype keywords sortkey")
#: Fields biblatex requires (besides a year or date).
MANDATORY: dict[str, tuple[str, ...]] = {
    "article": ("author", "journaltitle", "title"),
    "book": ("author", "title"),
    "incollection": ("author", "editor", "title", "booktitle"),
    "thesis": ("author", "title", "type", "institution"),
    "unpublished": ("author", "title"),
    "misc": ("title",),
}
#: Classic BibTeX names and the biblatex names biber maps them to.
ALIASES = {
    "journal": "journaltitle",
    "address": "location",
    "school": "institution",
    "key": "sortkey",
}
TYPE_ALIASES = {"phdthesis": ("thesis", "type")}  # the alias also sets this field

_TYPES = {
    "book": "book",
    "collection": "book",
    "article": "article",
    "newspaper": "article",
    "chapter": "incollection",
    "thesis": "phdthesis",
    "paper": "unpublished",
    "legal": "misc",
}
_SPECIAL = {
    "\\": r"\textbackslash{}",
    "{": r"\textbraceleft{}",
    "}": r"\textbraceright{}",
    "&": r"\&",
    "%": r"\%",
    "$": r"\$",
    "#": r"\#",
    "_": r"\_",
    "~": r"\textasciitilde{}",
    "^": r"\textasciicircum{}",
    "—": "---",
    "–": "--",
}
_SPECIAL_RE = re.compile("|".join(re.escape(k) for k in _SPECIAL))
_WORD = re.compile(r"[^\W\d_]+(?:[’'\-][^\W\d_]+)*")


def escape(text: str) -> str:
    """Text as a BibTeX value: NFC, TeX specials escaped, no brace of its own."""
    text = unicodedata.normalize("NFC", text)
    return _SPECIAL_RE.sub(lambda m: _SPECIAL[m.group()], text)


def protect_title(title: str, language: str | None, lowercase: frozenset[str]) -> str:
    """The title escaped, with the words whose capitals must stay braced (see module doc)."""
    title = unicodedata.normalize("NFC", title)
    out: list[str] = []
    end = 0
    first = True
    for m in _WORD.finditer(title):
        out.append(escape(title[end : m.start()]))
        word = m.group()
        out.append("{" + word + "}" if _keeps_case(word, first, language, lowercase) else word)
        first = False
        end = m.end()
    out.append(escape(title[end:]))
    return "".join(out)


def _keeps_case(word: str, first: bool, language: str | None, lowercase: frozenset[str]) -> bool:
    if word == word.lower():
        return False
    initial_only = word[0].isupper() and word[1:] == word[1:].lower()
    if first and initial_only:
        return False  # styles keep a title's first letter
    if language == "en" and initial_only:
        return word.lower() not in lowercase
    return True


def lowercase_words(cited: CitedArticle) -> frozenset[str]:
    """Words the article's notes write in lower case somewhere."""
    return frozenset(w for note in cited.notes for w in _WORD.findall(note.text) if w == w.lower())


def names(people: list[str]) -> str:
    """BibTeX names: "Family, Given" for a person, a braced whole for a body."""
    out = []
    for raw in people:
        name = respace(unicodedata.normalize("NFC", raw))
        if is_corporate(name):
            out.append("{" + escape(name) + "}")
        elif " " in name:
            given, particle, family = split_name(name)
            last = f"{particle} {family}" if particle else family  # "von Last, First"
            out.append(f"{escape(last)}, {escape(given)}")
        else:
            out.append(escape(name))
    return " and ".join(out)


def entry_fields(work: Work, lowercase: frozenset[str]) -> tuple[str, dict[str, str]]:
    """The entry type and its fields (values ready to write between braces)."""
    c = work.citation
    fields: dict[str, str] = {}
    if c.kind in ("archival", "microfilm"):
        kind = "misc"
        archive = c.archive or "[archive not named]"
        fields["howpublished"] = escape(f"{archive}, {archival_file(c)}")
        fields["library"] = escape(archive)
        city = archive_city(c)
        if city:
            fields["address"] = escape(city)
        if c.kind == "microfilm":
            fields["type"] = "Microfilm"
        _dates(fields, work.years or ([c.year] if c.year else []))
        fields["key"] = fields["howpublished"]
        return kind, fields
    kind = _TYPES.get(c.work_type or "book", "misc")
    language = title_language(c.title or c.container)
    if c.authors:
        fields["author"] = names(c.authors)
    if c.editors:
        fields["editor"] = names(c.editors)
    if c.title:
        fields["title"] = protect_title(c.title, language, lowercase)
    container = escape(c.container) if c.container else None
    if kind == "article":
        if container:
            fields["journal"] = container
        if c.work_type == "newspaper":
            fields["entrysubtype"] = "newspaper"
    elif kind == "incollection" and container:
        fields["booktitle"] = container
    elif container or c.issue:
        parts = (
            container,
            f"no. {escape(c.issue)}" if c.issue else None,
            f"art. {escape(c.item)}" if c.item else None,
        )
        fields["howpublished"] = ", ".join(x for x in parts if x)
    if kind in ("article", "book", "incollection") and c.volume:
        fields["volume"] = escape(c.volume)
    if kind == "article" and c.issue:
        fields["number"] = escape(c.issue)
    if c.place and kind != "article":  # biblatex gives a journal no place
        fields["address"] = escape(c.place)
    if c.publisher:
        key = {"phdthesis": "school", "unpublished": "howpublished"}.get(kind, "publisher")
        fields[key] = escape(c.publisher)
    if work.extent:
        fields["pages"] = escape(work.extent)
    for status in ("in press", "forthcoming"):
        if status in c.flags:
            fields["pubstate"] = "inpress" if status == "in press" else "forthcoming"
    _dates(fields, [c.year] if c.year else [])
    if language:
        fields["langid"] = LANGID[language]
    if not (c.authors or c.editors):
        fields["key"] = escape(c.title or c.container or work.key)
    return kind, _allowed(kind, fields)


def _dates(fields: dict[str, str], years: list[int]) -> None:
    span = sorted(set(years))
    if len(span) == 1:
        fields["year"] = str(span[0])
    elif span:
        fields["date"] = f"{span[0]}/{span[-1]}"  # biblatex's range; classic BibTeX skips it


def _allowed(kind: str, fields: dict[str, str]) -> dict[str, str]:
    """Only the fields biblatex allows ``kind`` (a mis-typed field is a bug here, not data)."""
    problems = invalid_fields(kind, fields)
    if problems:
        raise ValueError(f"@{kind} cannot carry {', '.join(problems)}")
    return fields


def invalid_fields(kind: str, fields: dict[str, str] | list[str]) -> list[str]:
    """The fields biblatex's data model does not allow in an entry of type ``kind`` (classic
    names and types read as biber maps them)."""
    target, _ = TYPE_ALIASES.get(kind, (kind, None))
    allowed = BIBLATEX_FIELDS.get(target)
    if allowed is None:
        return [f"entry type {kind}"]
    return [f for f in fields if ALIASES.get(f, f) not in allowed | ALL_TYPES]


def missing_fields(kind: str, fields: dict[str, str] | list[str]) -> list[str]:
    """The fields biblatex requires of ``kind`` that ``fields`` lacks."""
    target, implied = TYPE_ALIASES.get(kind, (kind, None))
    have = {ALIASES.get(f, f) for f in fields} | ({implied} if implied else set())
    missing = [f for f in MANDATORY.get(target, ()) if f not in have]
    if not have & {"year", "date"}:
        missing.append("year")
    return missing


def cited_in_comment(work: Work) -> str:
    """ "% cited in n. 12 (p. 4), n. 15" (no @ or brace, so BibTeX reads it as a comment)."""
    parts = [f"n. {x.note}" + (f" ({x.describe()})" if x.describe() else "") for x in work.cited_in]
    text = "% cited in " + ", ".join(parts)
    return re.sub(r"[@{}]", "", unicodedata.normalize("NFC", text))


def to_bibtex(cited: CitedArticle) -> str:
    lowercase = lowercase_words(cited)
    blocks = []
    for work in works(cited):
        kind, fields = entry_fields(work, lowercase)
        body = ",\n".join(f"    {name} = {{{value}}}" for name, value in fields.items())
        blocks.append(f"{cited_in_comment(work)}\n@{kind}{{{work.key},\n{body}\n}}\n")
    return "\n".join(blocks)
