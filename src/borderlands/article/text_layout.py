"""A journal PDF's plain-text extraction (``pdftotext`` with or without ``-layout``,
PyMuPDF's ``get_text``, pdfplumber's ``extract_text``) read with the PDF path's rules.

Type sizes are lost in plain text, so the rules lean on what survives:

* pages: form feeds where the extractor wrote them, else a line holding only the next page
  number ends a page;
* the top line is a running head when its letters are capitals (or it holds the page number
  beside a head); a page number stands alone on the first or last line;
* a footnote begins with the next note number ("1", "1.", "1)") at the start of a line;
  footnotes are set smaller, so their lines run longer than the body's: long lines just above
  the first note of a page, or at the foot of a page with none, continue the note before;
* a paragraph begins on an indented line (``-layout``), or after a short line that ends a
  sentence;
* an article begins on a page whose header states its printed range ("4–17") starting at that
  page's number; its title block is the short lines after the header, the last one naming
  the authors; a table of contents, when there is one, gives the title as listed.

The lines go into the same page roles as a PDF's (:mod:`pdf_layout`), so the article is put
together by :mod:`pdf_article`, with offsets into the extraction as given.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Iterator
from dataclasses import dataclass, field

from borderlands.article.model import Article
from borderlands.article.pdf_article import Metadata, build_article, text_tools
from borderlands.article.pdf_layout import PageRoles, Role
from borderlands.article.pdf_lines import PdfLine, PdfPage
from borderlands.article.volume import join_lines

_NUMBER = re.compile(r"^\s*(\d{1,4})\s*$")
_NUMBER_AND_HEAD = re.compile(r"^\s*(\d{1,4})\s+(\D.*)$")
_HEAD_AND_NUMBER = re.compile(r"^(.*\D)\s+(\d{1,4})\s*$")
_ENDNOTES = re.compile(r"^(notes|endnotes)$", re.IGNORECASE)
_NOTE_LABEL = re.compile(r"^(\d{1,3})([.)]?)\s+(?=\S)")
_STAR_LABEL = re.compile(r"^([*†‡])\s*(?=\S)")
_RANGE = re.compile(r"\b(\d{1,4})\s*[–—-]\s*(\d{1,4})\s*$")
_KEYWORDS = re.compile(r"^\s*(key ?words|abstract)\s*:", re.IGNORECASE)
_CONTENTS = re.compile(r"^\s*(table of )?contents\s*$", re.IGNORECASE)
# a line under the byline naming a place of work, not an author
_INSTITUTION = re.compile(
    r"\b(Universit\w*|Institut\w*|College|Academy|School|Department|Faculty|Cent(?:er|re)|"
    r"Museum|Library|Archives?|Laboratory)\b"
)
_LEADERS = re.compile(r"(\s*\.){3,}.*$")
_CLOSED = tuple('.)”]?!’"')
NOTE_WINDOW = 3
WIDE = 1.08  # a note line runs at least this much longer than the body's usual line


@dataclass(slots=True)
class TextPage:
    index: int  # 0-based page of the extraction
    lines: list[tuple[int, str, int]]  # (indent, text, offset) of each non-blank line
    number: int | None = None
    blank_before: set[int] = field(default_factory=set)  # offsets of lines after a blank


def split_pages(text: str) -> list[list[tuple[int, str]]]:
    """The extraction's pages as lists of ``(offset, line)``."""
    lines: list[tuple[int, str]] = []
    at = 0
    for line in text.split("\n"):
        lines.append((at, line))
        at += len(line) + 1
    pages: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    last: int | None = None
    paged = "\f" in text
    for at, line in lines:
        while paged and "\f" in line:  # a form feed ends a page (it may sit inside a line)
            cut = line.index("\f")
            current.append((at, line[:cut]))
            pages.append(current)
            current = []
            at, line = at + cut + 1, line[cut + 1 :]
        current.append((at, line))
        m = None if paged else _NUMBER.match(line)
        if m and (last is None or int(m.group(1)) in (last + 1, last + 2)):
            last = int(m.group(1))
            pages.append(current)
            current = []
    if any(line.strip() for _, line in current):
        pages.append(current)
    return pages


# Lines looked for at the text's start and after each line break: a pattern opening on "\n"
# lets the engine skip from one line break to the next, where "(?m)^" is tried at every
# position of the text.
_NUMBER_LINE_REST = r"[ \t]*(\d{1,4})[ \t]*$"
_NUMBER_LINE_FIRST = re.compile(_NUMBER_LINE_REST, re.MULTILINE)
_NUMBER_LINE = re.compile("\n" + _NUMBER_LINE_REST, re.MULTILINE)
_NOTES_SECTION_REST = r"[ \t]*(?:notes|endnotes)[ \t]*\n\s*1[.)]?[ \t]+\S"
_NOTES_SECTION_FIRST = re.compile(_NOTES_SECTION_REST, re.IGNORECASE)
_NOTES_SECTION = re.compile("\n" + _NOTES_SECTION_REST, re.IGNORECASE)


def number_lines(text: str) -> Iterator[str]:
    """The number of every line that holds only a number of one to four digits, in order."""
    first = _NUMBER_LINE_FIRST.match(text)
    if first is not None:
        yield first.group(1)
    for m in _NUMBER_LINE.finditer(text):
        yield m.group(1)


def has_notes_section(text: str) -> bool:
    """Whether a line "Notes" (or "Endnotes") is followed by a line opening on note 1."""
    return bool(_NOTES_SECTION_FIRST.match(text) or _NOTES_SECTION.search(text))


def looks_paged(text: str) -> bool:
    """Whether a text is one this reader follows: a page-by-page extraction (form feeds
    between pages, or at least three pages ended by their numbers), or a text with its
    notes gathered under "Notes" (a copy from a browser, one paragraph a line)."""
    if text.count("\f") >= 2 or has_notes_section(text):
        return True
    # pages ended by their numbers: three lines holding only rising numbers (one regex pass,
    # stopped at the third, rather than splitting a large text into pages)
    last: int | None = None
    found = 0
    for number in number_lines(text):
        n = int(number)
        if last is None or n in (last + 1, last + 2):
            found += 1
            last = n
            if found >= 3:
                return True
    return False


def _pages(text: str) -> list[TextPage]:
    pages: list[TextPage] = []
    for k, lines in enumerate(split_pages(text)):
        kept: list[tuple[int, str, int]] = []
        blank_before: set[int] = set()
        blank = False
        for at, line in lines:
            if not line.strip():
                blank = True
                continue
            indent = len(line) - len(line.lstrip())
            kept.append((indent, line.strip(), at + indent))
            if blank:
                blank_before.add(at + indent)
            blank = False
        pages.append(TextPage(k, kept, None, blank_before))
    return pages


def _page_number(page: TextPage) -> tuple[int | None, str]:
    """The printed number and where it stands ("top", "head", "foot" or "")."""
    if not page.lines:
        return None, ""
    first, last = page.lines[0][1], page.lines[-1][1]
    if _NUMBER.match(last):
        return int(last), "foot"
    if _NUMBER.match(first):
        return int(first), "top"
    if len(page.lines) > 1 and _capitals(first) and _NUMBER.match(page.lines[1][1]):
        return int(page.lines[1][1]), "under-head"
    for line, where in ((first, "head"), (last, "foot-head")):
        for pattern, group in ((_NUMBER_AND_HEAD, 1), (_HEAD_AND_NUMBER, 2)):
            m = pattern.match(line)
            if m and _capitals(m.group(3 - group)):
                return int(m.group(group)), where
    return None, ""


def _capitals(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters)


def _head_like(text: str) -> bool:
    """A running head: a short line of capitals that does not open with a number (a note
    such as ``38. OSR, 243.`` is in capitals too)."""
    letters = sum(c.isalpha() for c in text)
    return _capitals(text) and letters >= 6 and len(text) < 80 and not text[:1].isdigit()


def _body_length(pages: list[TextPage]) -> int:
    """The usual length of a body line: the most common length of long lines."""
    lengths = [len(t) for p in pages for _, t, _ in p.lines if len(t) >= 40]
    if not lengths:
        return 60
    buckets = statistics.multimode(n // 4 for n in lengths)
    return max(buckets) * 4 + 2


@dataclass(slots=True)
class Entry:
    title: str
    authors: str


def _contents(pages: list[TextPage]) -> tuple[int | None, list[Entry]]:
    """The table of contents page and its entries (title lines, then "by ..." lines)."""
    for page in pages:
        if page.lines and any(_CONTENTS.match(t) for _, t, _ in page.lines[:3]):
            entries: list[Entry] = []
            title: list[str] = []
            for _, text, _ in page.lines:
                if _CONTENTS.match(text) or not _LEADERS.sub("", text).strip():
                    continue
                if text.lower().startswith("by "):
                    entries.append(Entry(join_lines(title), _LEADERS.sub("", text[3:]).strip()))
                    title = []
                elif not _NUMBER.match(text):
                    title.append(text)
            return page.index, entries
    return None, []


def _name_key(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.lower())


class TextPageReader:
    """Roles of each page's lines, keeping the note sequence between pages."""

    def __init__(self, pages: list[TextPage], body_length: int, authors: set[str]) -> None:
        self.pages = pages
        self.authors = authors  # name keys of bylines known from elsewhere
        self.body_length = body_length
        self.last_note = 0
        self.open_note = False
        self.in_endnotes = False
        self.prev: Role | None = None
        self.min_indent = min((i for p in pages for i, _, _ in p.lines), default=0)

    def line(self, entry: tuple[int, str, int], y: int) -> PdfLine:
        indent, text, at = entry
        x1 = float(indent + len(text))
        return PdfLine(text, float(indent), float(y), x1, y + 1.0, 1.0, False, at=at)

    def read(self, k: int, first: bool) -> PageRoles:
        page = self.pages[k]
        before = self.prev  # the last body line of the pages before
        lines = list(page.lines)
        number, where = _page_number(page)
        roles: list[Role] = []
        y = 0
        top: list[Role] = []
        if where == "under-head":  # a running head, the page number on the line below
            top.append(Role(self.line(lines.pop(0), y), k, "head"))
            top.append(Role(self.line(lines.pop(0), y + 1), k, "number"))
            y += 2
        if where in ("top", "head"):
            entry = lines.pop(0)
            top.append(Role(self.line(entry, y), k, "number" if where == "top" else "head"))
            y += 1
        foot: list[Role] = []
        if where == "foot-head":  # the head line, with the number, put last by the extractor
            foot.append(Role(self.line(lines.pop(), 999), k, "head"))
        if where == "foot":
            number_role = Role(self.line(lines.pop(), 999), k, "number")
            if lines and _head_like(lines[-1][1]) and not first:
                # a running head the extractor put last (it follows the content stream)
                foot.append(Role(self.line(lines.pop(), 998), k, "head"))
            foot.append(number_role)
        if lines and where != "head" and _head_like(lines[0][1]):
            entry = lines.pop(0)
            top.append(Role(self.line(entry, y), k, "header" if first else "head"))
            y += 1
        roles.extend(top)
        if first:
            front = self._title_block(lines)
            for kind, entry in front:
                roles.append(Role(self.line(entry, y), k, kind))
                y += 1
            lines = lines[len(front) :]
        start = len(lines) if self.in_endnotes else self._note_zone(lines)
        for i, entry in enumerate(lines):
            line = self.line(entry, y)
            y += 1
            if self.in_endnotes or i >= start:
                roles.append(self._note(line, k))
            elif _ENDNOTES.match(entry[1]):
                self.in_endnotes = True
                roles.append(Role(line, k, "endnotes"))
            else:
                roles.append(self._body(line, k, entry[0]))
        self._headings([r for r in roles if r.kind == "body"], before)
        roles.extend(foot)
        return PageRoles(PdfPage(page.index, 0.0, 0.0, []), roles, number)

    def _headings(self, body: list[Role], before: Role | None) -> None:
        """Section headings, where type sizes are lost: a short body line opening in a
        capital, ending in no punctuation, between a line that ends a sentence (or the start
        of the text) and more body text. The line after it opens a paragraph."""
        prev = before
        for i, role in enumerate(body):
            text = role.line.text
            after = body[i + 1] if i + 1 < len(body) else None
            ended = prev is None or prev.kind == "heading" or _ends_sentence(prev.line.text)
            if (
                after is not None
                and ended
                and len(text) < 0.6 * self.body_length
                and text[:1].isupper()
                and not _KEYWORDS.match(text)
                and not _ends_sentence(text)
                and not text.endswith((",", ";", ":", "-", "\u00ad", "–", "—"))
            ):
                role.kind = "heading"
                after.paragraph_start = True
            prev = role

    def _title_block(
        self, lines: list[tuple[int, str, int]]
    ) -> list[tuple[str, tuple[int, str, int]]]:
        """Header lines (the journal's name, range, DOI), then the short title lines; the
        last short line before the first body line names the authors."""
        out: list[tuple[str, tuple[int, str, int]]] = []
        i = 0
        while (
            i < len(lines)
            and i < 4
            and (_capitals(lines[i][1]) or _RANGE.search(lines[i][1]) or "/" in lines[i][1])
        ):
            out.append(("header", lines[i]))
            i += 1
        block: list[tuple[int, str, int]] = []
        while i < len(lines) and len(lines[i][1]) < 0.7 * self.body_length and len(block) < 6:
            block.append(lines[i])
            i += 1
        named = [j for j, line in enumerate(block) if _name_key(line[1]) in self.authors]
        if named:  # the byline the contents or abstract page gives; an epigraph may follow
            block = block[: named[0] + 1]
        affiliations: list[tuple[int, str, int]] = []
        while len(block) > 2 and _INSTITUTION.search(block[-1][1]):
            affiliations.insert(0, block.pop())
        if not block:
            return out
        out.extend(("title", line) for line in block[:-1])  # joined by title_text
        out.append(("author" if len(block) > 1 else "title", block[-1]))
        out.extend(("affiliation", line) for line in affiliations)
        return out

    def _label(self, text: str) -> tuple[int, str, int] | None:
        m = _NOTE_LABEL.match(text)
        if m:
            n = int(m.group(1))
            if self.last_note < n <= self.last_note + NOTE_WINDOW:
                return n, m.group(1), m.end()
        star = _STAR_LABEL.match(text)
        if star and self.last_note == 0 and not self.open_note:
            return 0, star.group(1), star.end()  # the unnumbered note on the title
        return None

    def _note_zone(self, lines: list[tuple[int, str, int]]) -> int:
        """Index of the page's first note line (``len(lines)`` when it has none).

        An extractor may glue the first note to the last body line (``Anglo77. Anderson``):
        when the next note's label stands inside a line and the line after opens the note
        after it, the line is cut there (``lines`` is changed in place)."""
        last = self.last_note
        for i, (indent, text, at) in enumerate(lines[:-1]):
            after = _NOTE_LABEL.match(lines[i + 1][1])
            if not after or int(after.group(1)) != last + 2 or _NOTE_LABEL.match(text):
                continue
            glued = re.search(rf"(?<=\D){last + 1}[.)]? (?=\S)", text)
            if glued and glued.start() > 0:
                cut = glued.start()
                lines[i : i + 1] = [(indent, text[:cut], at), (0, text[cut:], at + cut)]
                break
        start = len(lines)
        for i, (_, text, _) in enumerate(lines):
            m = _NOTE_LABEL.match(text)
            star = last == 0 and not self.open_note and _STAR_LABEL.match(text)
            if (star or (m and last < int(m.group(1)) <= last + NOTE_WINDOW)) and i > 0:
                start = i
                break
        if not self.open_note:
            return start
        wide = WIDE * self.body_length
        while start > 0 and len(lines[start - 1][1]) > wide:
            start -= 1
        return start

    def _note(self, line: PdfLine, k: int) -> Role:
        label = self._label(line.text)
        if label is not None:
            n, text, end = label
            self.last_note = n
            self.open_note = True
            return Role(line, k, "note", note_n=n, label=text, label_end=end)
        self.open_note = not line.text.endswith(_CLOSED) or self.open_note
        return Role(line, k, "note")

    def _body(self, line: PdfLine, k: int, indent: int) -> Role:
        prev = self.prev
        if prev is None or indent - self.min_indent >= 3:
            starts = True
        elif len(self.pages) == 1:
            # one unpaged text (a browser copy): a blank line, or a line ending a sentence,
            # ends a paragraph (a browser copies each paragraph as one line)
            text = prev.line.text
            starts = line.at in self.pages[k].blank_before or (
                text.endswith(_CLOSED) or bool(re.search(r"[.”?!]\d{1,3}$", text))
            )
        else:
            text = prev.line.text
            short = len(text) < 0.85 * self.body_length
            starts = short and (text.endswith(_CLOSED) or bool(re.search(r"[.”?!]\d{1,3}$", text)))
        role = Role(line, k, "body", paragraph_start=starts)
        self.prev = role
        return role


def _ends_sentence(text: str) -> bool:
    """A line ending a sentence: closing punctuation, perhaps with a note marker after it."""
    return text.endswith(_CLOSED) or bool(re.search(r"[.”?!:]\d{1,3}$", text))


def read_paged_text(text: str, source: str) -> list[Article]:
    """The articles of a paged extraction (one, or several for a journal volume)."""
    pages = _pages(text)
    for page in pages:
        page.number = _page_number(page)[0]
    contents_page, entries = _contents(pages)
    starts = [
        k
        for k, page in enumerate(pages)
        if page.number is not None
        and any(
            (m := _RANGE.search(t)) and int(m.group(1)) == page.number for _, t, _ in page.lines[:6]
        )
    ]
    parts: list[tuple[list[int], int | None]] = []  # pages, abstract page
    if not starts:
        first = 0 if contents_page is None else contents_page + 1
        parts.append((list(range(first, len(pages))), None))
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(pages)
        if i + 1 < len(starts) and _abstract_page(pages[end - 1]):
            end -= 1
        abstract = start - 1 if start > 0 and _abstract_page(pages[start - 1]) else None
        keep = list(range(start, end))
        while len(keep) > 1 and pages[keep[-1]].number is None:
            keep.pop()
        parts.append((keep, abstract))
    length = _body_length(pages)
    tools = text_tools(text)  # the whole text's lines and words, shared by its articles
    articles: list[Article] = []
    for keep, abstract in parts:
        meta = Metadata(pdf_pages=(keep[0] + 1, keep[-1] + 1))
        if abstract is not None:
            _abstract_metadata(pages[abstract], meta)
        authors = {_name_key(e.authors) for e in entries}
        authors |= {_name_key(b.removeprefix("by ")) for b in meta.byline}
        reader = TextPageReader([pages[k] for k in keep], length, authors)
        roles = [reader.read(j, first=j == 0) for j in range(len(keep))]
        article = build_article(roles, source, meta, raw=text, tools=tools)
        article.source["kind"] = "text"
        titles = (
            [r.line.text.rstrip("*†‡").rstrip() for r in roles[0].roles if r.kind == "title"]
            if roles
            else []
        )
        if titles:
            article.source["title"] = title_text(titles)
        _title_from_contents(article, entries)
        articles.append(article)
    return articles


def title_text(lines: list[str]) -> str:
    """A title set on several lines, where type sizes are lost: a line opening in capitals
    after one that does not end in a colon starts the subtitle."""
    parts: list[list[str]] = [[]]
    for line in lines:
        prev = parts[-1][-1] if parts[-1] else ""
        if prev and line[:1].isupper() and not prev.endswith((":", "\u00ad", "-", ",")):
            parts.append([])
        parts[-1].append(line)
    return ": ".join(join_lines(p) for p in parts)


def _abstract_page(page: TextPage) -> bool:
    return page.number is None and any(
        _KEYWORDS.match(t) or t.lower().startswith("by ") for _, t, _ in page.lines
    )


def _abstract_metadata(page: TextPage, meta: Metadata) -> None:
    abstract: list[str] = []
    keywords: list[str] = []
    seen_by = False
    for _, text, _ in page.lines:
        m = _KEYWORDS.match(text)
        if m or keywords:
            keywords.append(text[m.end() :] if m else text)
        elif text.lower().startswith("by "):
            meta.byline.append(text)
            seen_by = True
        elif seen_by:
            abstract.append(text)
    meta.abstract = join_lines(abstract)
    meta.keywords = [k.strip() for k in re.split(r"[;,]", join_lines(keywords)) if k.strip()]


def _title_from_contents(article: Article, entries: list[Entry]) -> None:
    authors = article.source.get("authors")
    if not entries or not isinstance(authors, list) or not authors:
        return
    key = _name_key(" ".join(str(a) for a in authors))
    for entry in entries:
        if _name_key(entry.authors) == key:
            article.source["title"] = entry.title
            return
