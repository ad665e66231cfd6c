"""A share whose part is the total printed right before it ("12,400 in all, or 41.6 percent of
the families loaded", "a total of 9,100, or 18.9% of the settlers registered"): the counts
its sentence adds up are parts of that total, never its whole. The whole is the count the
share's noun names ("the families loaded"): the nearest count before, of the part's unit and
larger, printed in a sentence holding every word of that noun (on their first six letters)."""

from __future__ import annotations

import re

#: Between a total and the share apposed to it: "12,400 in all, or", "9,100, or".
TOTAL_GAP_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:in all|altogether|all told|in total)\s*,\s*(?:or\s+)?", re.I
)
TOTAL_LEAD_RE = re.compile(r"\ba total of\s*$", re.I)
PLAIN_GAP_RE = re.compile(r"\s*(?:[a-z]+\s+)?,\s*(?:or\s+)?", re.I)
#: The noun a share is of: "of the families loaded", "of all the settlers registered".
NOUN_RE = re.compile(r"\s+of\s+(?:all\s+)?(?:the|those)\s+([a-z]+(?:\s+[a-z]+)?)", re.I)
STEM = 6


def is_apposed_total(text: str, count_start: int, count_end: int, share_start: int) -> bool:
    """Whether the count at ``text[count_start:count_end]`` is a total the share printed at
    ``share_start`` is apposed to."""
    gap = text[count_end:share_start]
    if TOTAL_GAP_RE.fullmatch(gap):
        return True
    lead = text[max(0, count_start - 16) : count_start]
    return TOTAL_LEAD_RE.search(lead) is not None and PLAIN_GAP_RE.fullmatch(gap) is not None


def noun_stems(text: str, share_end: int) -> list[str]:
    """The stems of the noun after the share ("of the families loaded": famili, loaded)."""
    m = NOUN_RE.match(text, share_end)
    return [w.lower()[:STEM] for w in m.group(1).split()] if m else []


def names_noun(sentence: str, stems: list[str]) -> bool:
    """Whether a sentence holds every word of the noun, on their stems."""
    words = {w.lower()[:STEM] for w in re.findall(r"[A-Za-z]+", sentence)}
    return bool(stems) and all(s in words for s in stems)


#: "3.3 per cent of the 102,125 registered": the share's words print its whole
PRINTED_WHOLE_RE = re.compile(r"\s+of\s+(?:the\s+|all\s+)?$", re.I)


def printed_whole_index(text: str, share_end: int, starts: list[int]) -> int | None:
    """The index, in ``starts`` (where the counts of the share's sentence begin), of the count
    the share's words print as its whole right after it ("per cent of the 102,125"), or None."""
    for i, start in enumerate(starts):
        if share_end <= start <= share_end + 12 and PRINTED_WHOLE_RE.fullmatch(
            text, share_end, start
        ):
            return i
    return None
