"""A count printed with a list whose words say it covers as many things as the rest of the
list has members: "4,120 for January, 5,870 for February, ..., 9,615 for June, 65,205 in
six months" prints six months and their whole. The whole is no member a superlative or a
rank ("May was the busiest of the six months") is said among, even when a slip keeps it
from being the sum of the others, and it names no word ("total") that says so.

The structure read is the number of the span ("six months", "the five districts", "all
three camps") against the number of the other members: a span of one thing ("2,000 in one
train") or of a number no other count of the list matches is left a member.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

SPAN_NUMBERS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip
#: "65,205 in six months", "11,400 persons over the three years", "900 for all four camps"
SPAN_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:in|over|during|across|for|from|among)\s+"
    r"(?:the\s+|all\s+|these\s+|those\s+|its\s+|their\s+)?(?:first\s+|last\s+)?"
    r"(\d{1,2}|[a-z]+)\s+[a-z]+",
    re.I,
)


def spans_the_others(f: Located, others: int) -> bool:
    """Whether the words right after ``f`` say it covers ``others`` things (as many as the
    other members of its list), so that it is their whole."""
    m = SPAN_AFTER_RE.match(f.passage.text, f.quantity.end)
    if m is None or others < 2:
        return False
    word = m.group(1).lower()
    span = int(word) if word.isdigit() else SPAN_NUMBERS.get(word)
    return span == others
