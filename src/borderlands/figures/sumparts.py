"""Which counts of a sentence are the parts of a total it prints.

Two readings the plain "every other count of the sentence" gets wrong:

- a count after the total that the words give as what is left over ("..., 10,931 in all,
  leaving 4,257 behind"; "..., 620 together, while 140 remained"): the rest of a larger
  whole, not one more part;
- a total of a subset the words name ("Women and children together, 66,330"; "The Kuban and
  Terek groups, 41,200 between them"): the parts the sentence before labels with those
  words, not all of its counts.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: words between a total and a later count that make that count a remainder
REST_CUE_RE = re.compile(
    r"\b(?:leaving|left|remaining|remained|the rest|the others?|while|whereas|but)\b", re.I
)
WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
#: words that name no part ("numbered", "together", "persons")
_NOT_LABELS = """
together numbered were with from that this these those their them they there then than
between both alone made total whole register persons people part parts some about
over under more less most only also into after before during
"""
NOT_LABELS = frozenset(_NOT_LABELS.split())
LABEL_BACK = 40  # characters before a count searched for its label


def rest_after(total: Located, f: Located) -> bool:
    """Whether ``f`` follows ``total`` in its sentence as what is left over."""
    if f.raw_start < total.raw_start:
        return False
    gap = total.passage.text[total.quantity.phrase_end : f.quantity.phrase_start]
    return REST_CUE_RE.search(gap) is not None


#: "38 in all,": a closing total, the sum of what its sentence printed before it; not "6,471
#: in all: 4,310 to ..." which opens the list of its parts
CLOSING_TOTAL_RE = re.compile(r"\s+(?:in all|altogether|in total)\b(?!\s*[:;(\u2013\u2014-])", re.I)


def after_closing_total(total: Located, f: Located) -> bool:
    """Whether ``f`` follows a total that closes its list ("27 in December and 11 more in
    February, 38 in all, and it was dissolved with 26 of its people left"): a count after
    such a total belongs to the clause that follows, not to its parts."""
    return f.raw_start > total.raw_start and (
        CLOSING_TOTAL_RE.match(total.passage.text, total.quantity.phrase_end) is not None
    )


def label(f: Located) -> set[str]:
    """The words that label a listed count: those of its list item before it ("women over
    sixteen 29,840"), cut at the comma, semicolon, colon or "and" before."""
    text = f.passage.text
    lead = text[max(0, f.quantity.phrase_start - LABEL_BACK) : f.quantity.phrase_start]
    lead = re.split(r"[,;:()]|\band\b", lead)[-1]
    return {w.lower() for w in WORD_RE.findall(lead)} - NOT_LABELS


def named_subset(total: Located, parts: list[Located]) -> list[Located] | None:
    """The parts whose labels the total's own clause names, when that is two or more but
    not all of them ("Women and children together, 66,330" after "men 17,930, women 29,840
    and children 36,490"); None when the words name no such subset."""
    spans = total.passage.sentences
    if not spans:
        return None
    start = spans[total.sentence][0]
    head = total.passage.text[start : total.quantity.phrase_start]
    lead = {w.lower() for w in WORD_RE.findall(head)}
    named = [p for p in parts if label(p) & lead]
    return named if 2 <= len(named) < len(parts) else None
