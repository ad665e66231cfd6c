"""A share that two counts of the same whole, taken at two stages, both give.

"The lists named 6,130 persons and 5,938 of them boarded; children under ten, 1,450, were 24
percent of the wave": 1,450 / 6,130 = 23.7 and 1,450 / 5,938 = 24.4 both print as 24, and the
words ("of the wave", "of them", "of the emigrants") do not say which count the writer took.
Such a share is ambiguous, with both readings shown. The twin counts are found as for rates
(borderlands.figures.twinwholes: the same unit, within a few per cent of each other, in the
share's paragraph or the two before); the share is left alone when its words print the whole
("of the 6,130"), its part is "N of the 6,130" or "N of them", or its sentence opens with the
whole ("Of the 6,130 listed, ...") and no twin stands beside it there.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from borderlands.figures.kinds import num, printed
from borderlands.figures.numbers import format_number
from borderlands.figures.passages import Located
from borderlands.figures.plans import is_plan
from borderlands.figures.twinwholes import BACK, TWIN_GAP, of_whole, rounds_to, same_count

if TYPE_CHECKING:
    from borderlands.figures.checks import Check

#: "4,100 of 14,900", "451 of them": the part names its whole
PART_OF_RE = re.compile(r"\s+(?:of|out\s+of)\s+(?:the\s+|them\b|these\b|those\b|\d)")
#: "1,450 settlers among 6,130 persons", "4,100 of the 14,900": the words from part to whole
PART_TO_WHOLE_RE = re.compile(r"\s+(?:[a-z]+\s+){0,2}(?:of|among|out\s+of)\s+(?:the\s+)?")
PRINTED_AFTER = 12  # characters between a share and a whole its words print ("of the 6,130")


def twin_shares(checks: list[Check], found: list[Located]) -> list[Check]:
    """``checks`` with each consistent percentage share that a restated whole gives as well
    made ambiguous. ``found``: every figure of the article, in order."""
    if not any(c.kind == "share" and c.verdict == "consistent" for c in checks):
        return checks
    return [twin_share(c, found) or c for c in checks]


def whole_named(c: Check, part: Located, whole: Located) -> bool:
    claim = c.claim
    if whole.passage is claim.passage and 0 <= (
        whole.quantity.start - claim.quantity.phrase_end
    ) <= PRINTED_AFTER:
        return True  # "24 percent of the 6,130"
    if part.passage is whole.passage and PART_TO_WHOLE_RE.fullmatch(
        part.passage.text, part.quantity.end, whole.quantity.start
    ):
        return True  # "1,450 settlers among 6,130 persons"
    return PART_OF_RE.match(part.passage.text, part.quantity.end) is not None


def share_formula(part: Located, whole: Located) -> str:
    return f"{num(part.quantity.mid)} / {num(whole.quantity.mid)} * 100"


def twin_share(c: Check, found: list[Located]) -> Check | None:
    fit = c.fit
    if c.kind != "share" or c.verdict != "consistent" or fit is None or len(fit.inputs) != 2:
        return None
    part, whole = fit.inputs
    if whole.quantity.mid <= 0 or fit.formula != share_formula(part, whole):
        return None
    if c.claim.quantity.unit != "percent" or whole_named(c, part, whole):
        return None
    claim = c.claim
    order = claim.passage.order
    rivals: list[Located] = []
    for t in found:
        if t is whole or t is part or t.quantity.mid == whole.quantity.mid:
            continue
        if not order - BACK <= t.passage.order <= order or t.passage.where != claim.passage.where:
            continue
        if t.passage is claim.passage and t.quantity.start > claim.quantity.start:
            continue
        if abs(t.quantity.mid / whole.quantity.mid - 1) > TWIN_GAP or not same_count(whole, t):
            continue
        if t.quantity.mid <= part.quantity.mid or is_plan(t) or t.quantity.approx:
            continue
        if of_whole(whole, part) and not (t.passage is whole.passage
                                          and t.sentence == whole.sentence):
            continue  # "Of the 6,130 listed, ...": the sentence names its whole
        if rounds_to(claim, part.quantity.mid / t.quantity.mid * 100):
            rivals.append(t)
    if not rivals or not rounds_to(claim, fit.computed):
        return None
    near = [t for t in rivals if t.passage is claim.passage] or rivals
    twin = near[-1]
    value = part.quantity.mid / twin.quantity.mid * 100
    rival = replace(fit, formula=share_formula(part, twin), computed=value, inputs=(part, twin),
                    gap=value - c.stated_value)  # fmt: skip
    why = (f"the text prints the whole twice, {printed(whole)} and {printed(twin)}, and "
           f"{printed(part)} over either gives {format_number(round(value, 2))} percent")
    others = [a for a in c.alternatives if a.formula != rival.formula]
    return replace(c, verdict="ambiguous", alternatives=[rival, *others],
                   explanation=f"{why}: {fit.formula} and {rival.formula}")  # fmt: skip
