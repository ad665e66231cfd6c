"""Counts printed with a list that are no member of it: the rest ("21,344 more in the rural
districts", "which left 3,800 for the other provinces", "the remaining 900") and the whole
("11,000 together", "a total of 11,000").

A superlative or a rank ("the largest of them", "came third among the named districts")
ranks the named members only: neither the rest of the list nor its whole is a side of it.
A total is often caught as the sum of the others, but not when a slip keeps it from being
their sum, and a rest is no sum at all, so both are read here by the words around the count.
"""

import re

from borderlands.figures.passages import Located

#: "21,344 more in ...", "900 others", "400 besides", "700 for the other provinces"
REST_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:more|others?|besides|else)\b"
    r"|\s+(?:[a-z]+\s+){0,3}?(?:in|for|to|from|among|at)\s+(?:the\s+|all\s+)?"
    r"(?:[a-z]+\s+)?(?:other|others|remaining|rest)\b",
    re.I,
)
#: "which left 3,800", "the remaining 900", "another 2,000", "the other 450", "the rest, 900"
REST_BEFORE_RE = re.compile(
    r"\b(?:left|leaving|remaining|remainder|rest|other|another|further)\s*,?\s*$", re.I
)
#: "11,000 together", "11,000 in all", "11,000 persons altogether"
WHOLE_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:together|altogether|in all|in total|all told|combined|overall)\b",
    re.I,
)
#: "a total of 11,000", "totalling 11,000", "in all 11,000"
WHOLE_BEFORE_RE = re.compile(
    r"\b(?:total(?:ling|ing)?|sum|in all|altogether|together)\s*(?:of\s+)?,?\s*$", re.I
)
LOOK_BEFORE = 24  # characters before a count searched for a word naming it a rest or whole


def is_rest_or_whole(f: Located) -> bool:
    """Whether the words right around ``f`` in its passage name it the rest of a list or
    its whole, so that it is no member a rank or superlative could be said of."""
    text = f.passage.text
    q = f.quantity
    before = text[max(0, q.phrase_start - LOOK_BEFORE) : q.phrase_start]
    return bool(
        REST_AFTER_RE.match(text, q.phrase_end)
        or WHOLE_AFTER_RE.match(text, q.phrase_end)
        or REST_BEFORE_RE.search(before)
        or WHOLE_BEFORE_RE.search(before)
    )
