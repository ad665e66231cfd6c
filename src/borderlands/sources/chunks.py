"""Cutting a note into citation-sized chunks.

A note is cut at semicolons, at archival references (already found), and at sentence ends,
except where a "sentence" is a piece of a title broken by a full stop (Russian, Ukrainian,
German and Polish titles often are: "Statti i promovy. Tom II."). A sentence of the
author's own prose ("...was also deported in 1941–42.") is kept apart from the next.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.sources.notation import (
    ABBREVIATIONS,
    BOOK_PAREN,
    CROSS,
    DAY_PAREN,
    DOTTED,
    IBID,
    IN_PRESS,
    INITIAL,
    JOURNAL_PAREN,
    LEAD_SEPARATOR,
    LOST_SPACE_STOP,
    LOWER_WORD,
    SENTENCE_END,
    STRONG_LEADIN,
    WEAK_LEADIN,
    WORD_SPLIT,
    is_prose,
    match_short,
)


@dataclass(slots=True)
class Chunk:
    start: int
    end: int


def outside_quotes(text: str, start: int, pos: int) -> bool:
    segment = text[start:pos]
    return segment.count("“") <= segment.count("”")


def title_piece(text: str, start: int, end: int) -> bool:
    """A "sentence" that is really the first part of a title broken by a full stop."""
    if find_anchors(text, start, end) or IBID.search(text, start, end):
        return False
    begin = start
    for m in STRONG_LEADIN.finditer(text, start, end):
        begin = m.end()
    piece = text[begin:end].strip()
    return bool(piece) and not is_prose(piece) and not match_short(piece)


def ends_citation(text: str, start: int, end: int) -> bool:
    """Whether a sentence holds the end of a citation a title piece before it could belong to."""
    piece = text[start:end].strip()
    return bool(find_anchors(text, start, end) or CROSS.search(piece) or match_short(piece))


def sentence_gaps(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` of the space after each sentence stop that lies in ``[start, end)``
    or just before it (the stop itself may stand at ``start - 1``)."""
    return [m.span("gap") for m in SENTENCE_END.finditer(text, max(0, start - 1), end)]


def sentence_cuts(text: str, start: int, end: int) -> list[int]:
    cuts = []
    for gap_start, gap_end in sentence_gaps(text, start, end):
        before = text[max(start, gap_start - 12) : gap_start]
        original = WORD_SPLIT.split(before)[-1].rstrip('.”"')
        word = original.lower()
        initial = INITIAL.search(original)  # "A." or a lost space: "andA."
        if word in ABBREVIATIONS or initial or DOTTED.fullmatch(word):
            continue
        cuts.append(gap_end)
    # "deportation.Aleksandr": a lost space after a full stop between words
    for m in LOST_SPACE_STOP.finditer(text[start:end]):
        cuts.append(start + m.end())
    return sorted(set(cuts))


def chunks(text: str, taken: list[tuple[int, int]]) -> list[Chunk]:
    """Cut ``text`` into citation-sized chunks, skipping spans already ``taken``."""
    regions: list[tuple[int, int]] = []
    pos = 0
    for a, b in sorted(taken):
        if a > pos:
            regions.append((pos, a))
        pos = max(pos, b)
    regions.append((pos, len(text)))
    out: list[Chunk] = []
    for r_start, r_end in regions:
        pieces: list[tuple[int, int]] = []
        s = r_start
        semicolon = text.find(";", r_start, r_end)
        while semicolon >= 0:
            pieces.append((s, semicolon))
            s = semicolon + 1
            semicolon = text.find(";", s, r_end)
        pieces.append((s, r_end))
        for p_start, p_end in pieces:
            sentences: list[tuple[int, int]] = []
            s = p_start
            for cut in sentence_cuts(text, p_start, p_end):
                sentences.append((s, cut))
                s = cut
            sentences.append((s, p_end))
            merged: list[tuple[int, int]] = []
            for a, b in reversed(sentences):
                if merged and title_piece(text, a, b) and ends_citation(text, *merged[0]):
                    merged[0] = (a, merged[0][1])
                else:
                    merged.insert(0, (a, b))
            out.extend(Chunk(a, b) for a, b in merged if text[a:b].strip())
    return out


def find_anchors(text: str, start: int, end: int) -> list[re.Match[str]]:
    found: list[re.Match[str]] = []
    # first tests, by substring: the three bracketed anchors open on a bracket, and
    # ``IN_PRESS`` holds one of its two words (keep these in step with the patterns)
    if text.find("(", start, end) >= 0:
        for regex in (BOOK_PAREN, JOURNAL_PAREN, DAY_PAREN):
            found.extend(regex.finditer(text, start, end))
    if text.find("in press", start, end) >= 0 or text.find("forthcoming", start, end) >= 0:
        found.extend(IN_PRESS.finditer(text, start, end))
    if not found:
        return found
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if out and m.start() < out[-1].end():
            continue
        out.append(m)
    return out


def trim(text: str, start: int, end: int, anchor: int | None = None) -> int:
    """Skip lead-ins ("See also", "For a survey, see", "summed up in") before a citation.

    Strong lead-ins are taken wherever they stand before the anchor (outside quotes); weak
    ones ("in", "by", "from") only before the first comma, where no title has begun yet.
    """
    limit = end if anchor is None else anchor
    best = start
    for m in STRONG_LEADIN.finditer(text, start, limit):
        if m.end() < limit and outside_quotes(text, start, m.start()):
            best = max(best, m.end())
    stops = [x for x in (text.find(",", best, limit), text.find("“", best, limit)) if x >= 0]
    first_stop = min(stops) if stops else limit
    for m in WEAK_LEADIN.finditer(text, best, limit):
        if m.end() <= first_stop and m.end() < limit and LOWER_WORD.search(text, best, m.start()):
            best = max(best, m.end())
    pos = best
    while pos < limit:
        separator = LEAD_SEPARATOR.match(text, pos, limit)
        if not separator:
            break
        pos = separator.end()
    return pos
