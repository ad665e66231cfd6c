"""Body lines grouped into front matter, section headings, paragraphs and block quotes.

The rule learned from the extraction: an indented first line of a paragraph comes out as a
line of its own followed by a blank line, and the rest of the paragraph follows without
blanks. So within a page's body (the blank line before the footnotes does not count):

* a *run* is a stretch of body lines between blank lines, carried across page breaks;
* a run of one short line, without closing punctuation and mostly capitalised, set off by
  blanks on both sides, is a section heading;
* a run whose lines are clearly wider than the text (smaller type) is a block quote; runs
  right after it that start in lower case or with a numbered point (``6.``) belong to it;
* the last line of an ordinary run that is followed by another ordinary run starts a new
  paragraph (it is the indented first line); so does the line after a short line that ends
  a sentence (the last line of a paragraph), and the first line after a heading or a quote;
* on the first page, short lines before the first full line are the title and byline.
"""

from __future__ import annotations

import re
import statistics
from dataclasses import dataclass, field

from borderlands.article.layout import BodyLine

_ENDS_SENTENCE = re.compile(r"[.!?:][”’\"]?\d*$|[.!?][”’\"]?\)?\d*$")
_NUMBERED_POINT = re.compile(r"^\d{1,2}\. ")


@dataclass(slots=True)
class Block:
    kind: str  # "title" | "byline" | "heading" | "paragraph" | "block_quote"
    lines: list[BodyLine] = field(default_factory=list)


def _runs(body: list[BodyLine]) -> tuple[list[list[BodyLine]], list[str]]:
    """Stretches of body lines, and what separates each from the one before: a blank line
    (``"blank"``) or only a page break (``"page"``), so that a block quote beginning at the
    top of a page is told apart from the text above it."""
    runs: list[list[BodyLine]] = []
    bounds: list[str] = []
    run: list[BodyLine] = []
    page = -1
    for line in body:
        if line.blank_before or line.page != page or not run:
            run = [line]
            runs.append(run)
            bounds.append("blank" if line.blank_before or not bounds else "page")
            page = line.page
        else:
            run.append(line)
    return runs, bounds


def _is_heading(run: list[BodyLine], width: float, framed: bool) -> bool:
    if len(run) != 1 or not framed:
        return False
    text = run[0].text
    if len(text) > 0.8 * width or not text[:1].isupper() or text.endswith(tuple(".,;:-")):
        return False
    words = [w for w in re.findall(r"[A-Za-z\u00C0-\u024F]+", text) if len(w) > 3]
    if not words:
        return False
    capitalised = sum(1 for w in words if w[0].isupper())
    return capitalised / len(words) >= 0.6


def _is_wide(run: list[BodyLine], width: float) -> bool:
    if len(run) < 2:
        return False
    return statistics.median([len(b.text) for b in run]) >= width + 4


def _classify(runs: list[list[BodyLine]], bounds: list[str], width: float) -> list[str]:
    kinds: list[str] = []
    for i, run in enumerate(runs):
        framed = i > 0 and i + 1 < len(runs) and bounds[i] == "blank" and bounds[i + 1] == "blank"
        first_page = run[0].page == 0
        if i == 0 and len(run) == 1 and first_page and len(runs) > 1:
            kinds.append("title")
        elif (
            kinds
            and kinds[-1] in ("title", "byline")
            and first_page
            and all(len(b.text) < 0.6 * width for b in run)
        ):
            kinds.append("byline")
        elif _is_heading(run, width, framed):
            kinds.append("heading")
        elif _is_wide(run, width) or (
            kinds
            and kinds[-1] == "block_quote"
            and (
                bounds[i] == "page"
                or run[0].text[:1].islower()
                or _NUMBERED_POINT.match(run[0].text)
            )
            and not (bounds[i] == "page" and len(run) >= 2 and not _is_wide(run, width))
        ):
            kinds.append("block_quote")
        else:
            kinds.append("text")
    return kinds


def group(body: list[BodyLine], width: float) -> list[Block]:
    runs, bounds = _runs(body)
    kinds = _classify(runs, bounds, width)
    blocks: list[Block] = []
    for i, (run, kind) in enumerate(zip(runs, kinds, strict=True)):
        if kind in ("title", "byline", "heading"):
            blocks.append(Block(kind, list(run)))
            continue
        if kind == "block_quote":
            if i > 0 and kinds[i - 1] == "block_quote" and blocks:
                blocks[-1].lines.extend(run)
            else:
                blocks.append(Block("block_quote", list(run)))
            continue
        follows_text = i > 0 and kinds[i - 1] == "text" and blocks[-1].kind == "paragraph"
        next_blank_text = i + 1 < len(runs) and kinds[i + 1] == "text" and bounds[i + 1] == "blank"
        # the run's first line starts a paragraph unless it goes on the text before
        if follows_text and bounds[i] == "page":
            starts = _paragraph_ended(runs[i - 1][-1], width)
        else:
            starts = not follows_text or (len(run) == 1 and next_blank_text)
        paragraph = blocks[-1] if blocks and blocks[-1].kind == "paragraph" else None
        if starts or paragraph is None:
            paragraph = Block("paragraph", [run[0]])
            blocks.append(paragraph)
        else:
            paragraph.lines.append(run[0])
        # each other line starts one when the line before ends one; the lines in between
        # are added a stretch at a time
        starts_at = _after_paragraph_ends(run, width)
        last = len(run) - 1
        if next_blank_text and last > 0 and (not starts_at or starts_at[-1] != last):
            starts_at.append(last)  # the last line of the run is an indented first line
        done = 1
        for j in starts_at:
            paragraph.lines.extend(run[done:j])
            paragraph = Block("paragraph", [run[j]])
            blocks.append(paragraph)
            done = j + 1
        paragraph.lines.extend(run[done:])
    return blocks


def _paragraph_ended(line: BodyLine, width: float) -> bool:
    text = line.text
    return len(text) < 0.85 * width and bool(_ENDS_SENTENCE.search(text))


def _after_paragraph_ends(run: list[BodyLine], width: float) -> list[int]:
    """Indices of the lines of ``run`` (after its first) whose line before ends a paragraph
    (:func:`_paragraph_ended`)."""
    limit = 0.85 * width
    search = _ENDS_SENTENCE.search
    return [j for j, b in enumerate(run[:-1], 1) if len(b.text) < limit and search(b.text)]
