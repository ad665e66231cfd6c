"""A share of a plan whose plan is the count done plus the shortfall the text names beside it.

"The report gave 4,100 families taken; the other 300 families on the lists were not found.
The plan was thus met at 93.2 percent." No plan is printed: the plan is what was done and
what was left undone, so the share is done / (done + short). The shortfall is the count the
words mark as the rest of the lists ("the other 300", "the remaining 300", "300 families
short of it", "300 families on the lists"); the count done is the nearest count before the
share, of the shortfall's unit and larger than it."""

from __future__ import annotations

import re

#: A share said of a plan: "of the plan", "of its target", "met at", "reached ... of its task".
PLAN_AFTER_RE = re.compile(
    r"\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?(?:plan|target|task|quota)\b", re.I
)
PLAN_BEFORE_RE = re.compile(
    r"\b(?:plan|target|quota|task)\b[\w\s]{0,25}?\b(?:met|fulfilled|carried out|completed)"
    r"\s+(?:at|to|by)\s+(?:some\s+|about\s+)?$",
    re.I,
)
#: The rest of the lists: "the other 300", "the remaining 300".
SHORT_LEAD_RE = re.compile(r"\bthe\s+(?:other|remaining)\s+$", re.I)
#: "300 families short of it", "300 families on the lists".
SHORT_TAIL_RE = re.compile(r"^\s+(?:[a-z]+\s+)?(?:short\b|on\s+the\s+lists?\b)", re.I)


def says_plan_share(text: str, start: int, end: int) -> bool:
    """Whether the share printed at ``text[start:end]`` is said of a plan."""
    lead = text[max(0, start - 60) : start]
    return PLAN_AFTER_RE.match(text, end) is not None or PLAN_BEFORE_RE.search(lead) is not None


def is_shortfall(text: str, start: int, end: int) -> bool:
    """Whether the count at ``text[start:end]`` is named as the rest of the lists."""
    lead = text[max(0, start - 16) : start]
    return SHORT_LEAD_RE.search(lead) is not None or SHORT_TAIL_RE.match(text[end:]) is not None
