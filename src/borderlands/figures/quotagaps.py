"""A gap between a count done and a quota set in the same clause (issue #14): "Vaasa, set
92,000, took in 88,350 and so stayed 3,650 below its quota"; "the district, assigned 4,000
families, loaded 4,260 and overshot its plan by 260"; "Tomsk, allotted 6,500 places, filled
6,120, 380 short of its target".

The grammar read: the gap is a count followed by a word of side and the plan's noun ("below
its quota", "short of the plan", "above their target") or preceded by a verb of missing or
passing the plan noun and "by" ("overshot its quota by", "fell short of the plan by"). Its
clause (cut at a semicolon or a contrast: ", whereas", ", while", ", but") prints, before the
gap, exactly two other counts of the gap's kind: one the clause marks as the plan by a word
right before it ("set", "assigned", "allotted", "given", "quota of", "was to take", "had been
told to send") and the count done. The plan is named by its word and the count done is the
clause's only other count, so neither is picked for its arithmetic: a gap that fits, on the
side the words say, is consistent, a usual slip of it inconsistent; anything else (a gap on
the wrong side, a miss by no usual slip) is left to the other readings. The plans printed
paragraphs before the gap are read in ``checks.plan_differences``.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    compatible,
    fit_or_slip,
    num,
    printed,
)
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a noun of a plan in the sentence.
PLAN_NOUNS = frozenset({"quota", "plan", "target", "norm", "allotment", "allocation",
                        "assignment"})  # fmt: skip
_NOUN = r"(?:quota|plan|target|norm|allotment|allocation|assignment)"
_OWNER = r"(?:its|the|their|his|her)\s+(?:[a-z]+\s+)?"
#: After the gap: "3,650 below its quota", "380 short of the target", "260 above its plan".
SIDE_AFTER_RE = re.compile(
    rf"\s+(?:[a-z]+\s+)?(below|under|short\s+of|above|over|beyond|in\s+excess\s+of)\s+"
    rf"{_OWNER}{_NOUN}\b",
    re.I,
)
#: Before the gap: "overshot its quota by", "fell short of the plan by".
SIDE_BEFORE_RE = re.compile(
    rf"\b(?:(overshot|exceeded|surpassed|overfulfilled|outran|beat)|"
    rf"((?:fell|stayed|remained|ran|was|were)\s+short\s+of|missed|underfulfilled))\s+"
    rf"{_OWNER}{_NOUN}\s+by\s+(?:some\s+|about\s+)?$",
    re.I,
)
MORE_SIDES = frozenset({"above", "over", "beyond", "in excess of"})
#: Right before a count: the clause marks it as the plan.
PLAN_MARK_RE = re.compile(
    rf"\b(?:set|assigned|allotted|allocated|given|promised|(?:{_NOUN})\s+of|"
    r"(?:was|were)\s+(?:due\s+)?to\s+[a-z]+(?:\s+in)?|(?:ordered|told|expected)\s+to\s+[a-z]+"
    r"(?:\s+in)?)\s+(?:(?:some|about)\s+)?$",
    re.I,
)
#: Where a clause ends before the gap: a semicolon or a contrast.
CLAUSE_CUT_RE = re.compile(r";|,\s+(?:whereas|while|but|although|though)\b", re.I)


def quota_gaps(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the gaps of ``s`` between a count done and the plan its clause sets."""
    if len(s.figures) < 3 or not s.says_any(PLAN_NOUNS):
        return found
    text = s.passage.text
    settled = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for gap in s.figures:
        q = gap.quantity
        if q.start in settled or not is_thing_count(gap):
            continue
        more = gap_side(text, gap, s.start)
        if more is None:
            continue
        read = gap_against_plan(s, gap, more)
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def gap_side(text: str, gap: Located, start: int) -> bool | None:
    """Whether the words say the count done passed the plan (True), fell short (False),
    or neither (None)."""
    q = gap.quantity
    after = SIDE_AFTER_RE.match(text, q.end)
    if after is not None:
        return " ".join(after.group(1).lower().split()) in MORE_SIDES
    before = SIDE_BEFORE_RE.search(text, max(start, q.phrase_start - 60), q.phrase_start)
    if before is not None:
        return before.group(1) is not None
    return None


def gap_against_plan(s: Sentence, gap: Located, more: bool) -> Finding | None:
    """``gap`` read against the plan and the count done of its clause, or None."""
    text = s.passage.text
    q = gap.quantity
    cuts = [m.end() for m in CLAUSE_CUT_RE.finditer(text, s.start, q.phrase_start)]
    clause_start = cuts[-1] if cuts else s.start
    others = [
        f for f in s.figures
        if clause_start <= f.quantity.phrase_start and f.quantity.end <= q.phrase_start
        and is_thing_count(f)
    ]  # fmt: skip
    if len(others) != 2 or not all(compatible(f, gap) for f in others):
        return None
    marked = [
        f for f in others
        if PLAN_MARK_RE.search(text, max(clause_start, f.quantity.phrase_start - 30),
                               f.quantity.phrase_start)
    ]  # fmt: skip
    if len(marked) != 1:
        return None
    plan = marked[0]
    done = others[0] if others[1] is plan else others[1]
    value = done.quantity.mid - plan.quantity.mid
    if value == 0 or (value > 0) != more:
        return None
    formula = (f"{printed(done)} - {printed(plan)}" if more
               else f"{printed(plan)} - {printed(done)}")  # fmt: skip
    side = "more" if more else "fewer"
    fits = f"{printed(done)} done against a plan of {printed(plan)} is {num(abs(value))} {side}"
    return fit_or_slip("remainder", gap, abs(value), formula, (done, plan), fits,
                       "the count done and the plan its clause sets", usual_only=True)
