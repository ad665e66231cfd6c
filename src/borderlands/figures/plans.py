"""Plans and what was done against them: "The railway carried out 100.5 percent of its plan",
"Against the plan the returns show 240 persons more", "the camp was 1,830 short of it".

A plan is a count its words call one ("a plan of 45,000", "the plan called for 2,400
hectares", "was ordered to move 45,000 persons", "the quota of 9,000"). The count done is
the largest count of the plan's unit within half to one and a half times the plan, printed
before the claim, from three paragraphs before the plan's on: the result the text reports,
found by its unit and its closeness to the plan, not by trying values against the claim.
"""

from __future__ import annotations

import bisect
import re

from borderlands.figures.passages import Located

#: Words right before a count that make it a plan.
PLAN_CUE_RE = re.compile(
    r"\b(?:(?:plan(?:ned)?|quota|target)(?:[\w\s]{0,25}?\s(?:called for|asked for|foresaw|"
    r"envisaged|required|demanded|set))?|(?:plan|quota|target) of|"
    r"(?:was|were) (?:ordered|told|expected) to \w+|(?:ordered|expected) to \w+)\s+"
    r"(?:(?!by\b|in\b)\w+\s+)?$",  # "plan by 240" is a difference from the plan, not one
    re.I,
)  # "the plan called for 2,400", "The plan for 1941 foresaw 8,000", "a quota of 9,000"
#: A share of the plan: "100.5 percent of its plan", "of the annual plan".
PLAN_SHARE_RE = re.compile(r"\s+of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?plan\b", re.I)
#: A share of the plan said before it: "fulfilled its plan by 104 percent", "met the plan
#: to 98 percent".
PLAN_BY_RE = re.compile(
    r"\b(?:fulfilled|met|carried out|completed)\s+(?:the|its|their)\s+(?:[a-z]+\s+)?plan\s+"
    r"(?:by|to)\s+(?:some\s+|about\s+)?$",
    re.I,
)
#: A difference from the plan: "240 persons more", "1,830 short of it", "310 fewer".
DIFFERENCE_RE = re.compile(
    r"^(?:\s+[a-z]+)?\s+(more|fewer|less|short|over|above|under|below)\b", re.I
)
PLAN_WORD_RE = re.compile(r"\b(?:plan(?:ned)?|quota|target)\b", re.I)
#: A difference said before the count: "exceeded the plan by 240", "fell short of its
#: quota by 760".
BY_MORE_RE = re.compile(
    r"\b(?:exceeded|overfulfilled|surpassed|outstripped|beat)\s+(?:the|its|their)\s+"
    r"(?:plan|quota|target)\s+by\s+(?:some\s+|about\s+)?$",
    re.I,
)
BY_FEWER_RE = re.compile(
    r"\b(?:(?:fell|was|were|ran)\s+short\s+of|missed|underfulfilled)\s+(?:the|its|their)\s+"
    r"(?:plan|quota|target)\s+by\s+(?:some\s+|about\s+)?$",
    re.I,
)
MORE_WORDS = frozenset(("more", "over", "above"))
PLAN_BACK = 12  # passages searched back for a plan
DONE_BACK = 3  # passages before the plan's searched for the count done


class PlanIndex:
    """The plan counts of a text in order, and the count done against each."""

    def __init__(self, counts: list[Located]) -> None:
        self.counts = sorted(counts, key=lambda f: f.raw_start)
        self.starts = [f.raw_start for f in self.counts]
        self.plans = [f for f in self.counts if is_plan(f)]
        self.plan_starts = [f.raw_start for f in self.plans]

    def plan_before(self, near: Located) -> Located | None:
        """The nearest plan printed before ``near`` (or in its sentence), at most
        ``PLAN_BACK`` passages back."""
        i = bisect.bisect_right(self.plan_starts, near.raw_end)
        for plan in reversed(self.plans[:i]):
            if plan is near:
                continue
            if plan.passage.where != near.passage.where:
                continue
            if near.passage.order - plan.passage.order > PLAN_BACK:
                return None
            return plan
        return None

    def done_against(self, plan: Located, near: Located) -> Located | None:
        """The count done against ``plan``: the largest count of its unit, within half to one
        and a half times it, printed before ``near`` and not before ``DONE_BACK`` passages
        ahead of the plan's."""
        unit = plan.quantity.unit
        lo, hi = 0.5 * plan.quantity.mid, 1.5 * plan.quantity.mid
        first = plan.passage.order - DONE_BACK
        found = []
        for f in reversed(self.counts[: bisect.bisect_left(self.starts, near.raw_start)]):
            if f.passage.where != plan.passage.where:
                continue
            if f.passage.order < first:
                break
            if (
                f is not plan and f.quantity.unit == unit
                and lo <= f.quantity.mid <= hi and f.quantity.mid != plan.quantity.mid
                and not is_plan(f)
            ):  # fmt: skip
                found.append(f)
        return max(found, key=lambda f: f.quantity.mid, default=None)


def said_difference(f: Located) -> bool | None:
    """Whether a count is said to be more (True) or fewer (False) than a plan, or neither."""
    text = f.passage.text
    start, _ = f.passage.sentences[f.sentence]
    lead = text[max(start, f.quantity.phrase_start - 50) : f.quantity.phrase_start]
    if BY_MORE_RE.search(lead):
        return True
    if BY_FEWER_RE.search(lead):
        return False
    m = DIFFERENCE_RE.match(text[f.quantity.end : f.quantity.end + 30])
    if m is None or not PLAN_WORD_RE.search(text[start : f.passage.sentences[f.sentence][1]]):
        return None
    return m.group(1).lower() in MORE_WORDS


def is_plan(f: Located) -> bool:
    text = f.passage.text
    start, _ = f.passage.sentences[f.sentence]
    lead = text[max(start, f.quantity.phrase_start - 45) : f.quantity.phrase_start]
    return PLAN_CUE_RE.search(lead) is not None
