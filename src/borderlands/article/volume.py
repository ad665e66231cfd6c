"""A PDF holding a whole journal issue, split into its articles.

An article opens on a page whose upper part holds a line set far larger than the body (its
title). The pages from one such page to the next belong to one article; a table of contents
(a large "Contents" line) and the pages before the first article are front matter. An
unnumbered page just before an article's first page that holds "Keywords" or "Abstract" is
that article's abstract page: its text becomes the article's metadata, not its body.
Unnumbered pages after an article's last printed page (the tail of the file) are left out
with a warning. A PDF with no such title page is one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from borderlands.article.pdf_layout import body_size
from borderlands.article.pdf_lines import PdfPage

TITLE_SCALE = 1.5  # a title is set at least this much larger than the body
_CONTENTS = re.compile(r"\bcontents\b", re.IGNORECASE)
_KEYWORDS = re.compile(r"^(key ?words|abstract)\b\s*:?\s*", re.IGNORECASE)
_NUMBER = re.compile(r"^\d{1,4}$")


@dataclass(slots=True)
class Part:
    """One article's pages (indices into the pages read) and its abstract page's text."""

    pages: list[int]
    byline: list[str] = field(default_factory=list)
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)


def _title_line(page: PdfPage, size: float) -> str | None:
    for line in page.lines:
        if line.y1 > page.height * 0.4:
            break
        if line.size >= TITLE_SCALE * size:
            return line.text
    return None


def _numbered(page: PdfPage) -> bool:
    return any(_NUMBER.match(line.text) for line in page.lines[:2] + page.lines[-2:])


def _is_abstract_page(page: PdfPage) -> bool:
    """An unnumbered page with a "Keywords"/"Abstract" line or a "by ..." byline."""
    if _numbered(page):
        return False
    return any(
        _KEYWORDS.match(line.text) or line.text.lower().startswith("by ") for line in page.lines
    )


def split_volume(pages: list[PdfPage]) -> tuple[list[Part], list[str]]:
    """The articles' parts, and warnings about pages left out."""
    size = body_size(pages)
    starts: list[int] = []
    contents: list[int] = []
    for k, page in enumerate(pages):
        title = _title_line(page, size)
        if title is None:
            continue
        if _CONTENTS.search(title):
            contents.append(k)
        else:
            starts.append(k)
    warnings: list[str] = []
    if not starts:
        return [Part(list(range(len(pages))))], warnings
    if len(starts) == 1 and starts[0] == 0:
        return [Part(list(range(len(pages))))], warnings
    parts: list[Part] = []
    for i, start in enumerate(starts):
        end = starts[i + 1] if i + 1 < len(starts) else len(pages)
        if i + 1 < len(starts) and _is_abstract_page(pages[end - 1]) and end - 1 > start:
            end -= 1
        part = Part(list(range(start, end)))
        before = start - 1
        if before >= 0 and before not in contents and _is_abstract_page(pages[before]):
            _read_abstract(pages[before], size, part)
        parts.append(part)
    last = parts[-1]
    tail: list[int] = []
    while len(last.pages) > 1 and not _numbered(pages[last.pages[-1]]):
        tail.insert(0, last.pages.pop())
    if tail:
        first, end = pages[tail[0]].index + 1, pages[tail[-1]].index + 1
        warnings.append(
            f"PDF pages {first}–{end} carry no page number after the last article's last "
            "page and are left out (back matter or a further item)"
        )
    return parts, warnings


def _read_abstract(page: PdfPage, size: float, part: Part) -> None:
    """The byline, abstract and keywords of an article's abstract page."""
    abstract: list[str] = []
    keywords: list[str] = []
    in_keywords = False
    for line in page.lines:
        text = line.text
        m = _KEYWORDS.match(text)
        if m and text.lower().startswith("key"):
            in_keywords = True
            text = text[m.end() :]
        if in_keywords:
            keywords.append(text)
        elif text.lower().startswith("by ") and not abstract:
            part.byline.append(text)
        elif not line.bold and abs(line.size - size) <= 0.05 * size:
            abstract.append(text)
    part.abstract = join_lines(abstract)
    joined = join_lines(keywords)
    part.keywords = [k.strip() for k in re.split(r"[;,]", joined) if k.strip()]


def join_lines(lines: list[str]) -> str:
    """Lines of a title or an abstract as one text: a soft hyphen or a hyphen before a
    lower-case letter at a line end joins the halves of a word."""
    text = ""
    for line in lines:
        if text.endswith("\u00ad") or (text.endswith("-") and line[:1].islower()):
            text = text[:-1] + line
        else:
            text = f"{text} {line}" if text else line
    return text.replace("\u00ad", "").strip()
