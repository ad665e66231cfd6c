"""A total in words closing a list in words (issue #14): "To the first zone went three trains
in March, four in April and two in May, nine in all"; "The camp received one party in June,
two in July and four in August, seven parties altogether". The parts in words are no
quantities of the extractor ("four in April"), so the list is read from the words.

The grammar read: a count in words with "in all" or "altogether" right after it, and before
it, back to the sentence's start or a colon, nothing but segments parted by commas and
"and", each holding exactly one number word and no digit. The list then covers its clause
from the start, so it is surely the whole the total closes: a sum that fits is consistent,
any other inconsistent.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import NUMBER_WORD, Finding, Sentence, num
from borderlands.figures.listtotals import CUE_AFTER_RE
from borderlands.figures.numbers import parse_words
from borderlands.figures.passages import Located
from borderlands.figures.quantity import Quantity
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of totalling after the total.
CUE_WORDS = frozenset({"all", "altogether"})
SEGMENT_SPLIT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
WORD_RE = re.compile(rf"\b(?:{NUMBER_WORD})\b", re.I)
DIGIT_RE = re.compile(r"\d")
MIN_PARTS = 3


def word_parts(s: Sentence, total: Located) -> list[Located] | None:
    """The parts in words of the list ``total`` closes, or None where its clause holds
    anything but such a list."""
    text = s.passage.text
    start = max(s.start, text.rfind(":", s.start, total.quantity.start) + 1)
    clause = text[start : total.quantity.start].rstrip(", ")
    if DIGIT_RE.search(clause):
        return None
    parts: list[Located] = []
    offset = start
    for piece in SEGMENT_SPLIT_RE.split(clause):
        at = text.index(piece, offset)
        offset = at + len(piece)
        words = list(WORD_RE.finditer(piece))
        if len(words) != 1:
            return None
        w = words[0]
        value = parse_words(w.group(0).replace("-", " ").split())
        if not value:
            return None
        a, b = at + w.start(), at + w.end()
        q = Quantity(
            a, b, text[a:b], float(value), None, None, "", None, False, None, None, 1.0,
            "number", a, b,
        )  # fmt: skip
        # placed on the total's line and page: the parts stand in its sentence
        parts.append(Located(
            q, s.passage, s.index, s.passage.to_raw(a), s.passage.to_raw(b - 1) + 1,
            total.line, total.page,
        ))  # fmt: skip
    return parts if len(parts) >= MIN_PARTS else None


def word_list_totals(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the totals in words of ``s`` that close a list in words."""
    if not s.figures or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    read = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for t in s.figures:
        q = t.quantity
        if DIGIT_RE.search(q.text) or q.start in read:
            continue
        if CUE_AFTER_RE.match(text[q.phrase_end :]) is None:
            continue
        parts = word_parts(s, t)
        if parts is None:
            continue
        value = sum(p.quantity.mid for p in parts)
        formula = " + ".join(p.quantity.text for p in parts)
        ok = abs(value - q.mid) < 1e-9
        out.append(Finding(
            "sum", q.start, q.end, q.mid, Verdict.consistent if ok else Verdict.inconsistent,
            formula, value, tuple(parts),
            f"the {len(parts)} parts in words of the list before it add up to {num(value)}"
            + ("" if ok else f", not {q.text}"),
            None if ok else num(value),
        ))  # fmt: skip
    read = {f.start for f in out}
    return [f for f in found if f.start not in read] + out
