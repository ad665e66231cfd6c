"""A rate read on one whole when the text prints the same whole twice, counted at two stages.

"The Office paid 600,000 crowns in allowances, about 440 crowns per family", after "the 1,370
families of the lists became 1,362 in the camp registers": the rate was found on one count of
families, but the text restates that count at another stage (loaded and arrived, listed and
registered, the wagons that set out and those that reached the end), and the rate at its printed
precision comes out of either. Nothing in the words says which count the author divided by, so
the rate is ``ambiguous`` and both readings are shown.

A twin is a count of the same printed unit as the whole (or printed with no unit where the whole
has one, as in "of the 11,960 who had arrived"), within ``TWIN_GAP`` of it, printed before the
rate in its paragraph or the ``BACK`` paragraphs before, or later in the rate's own sentence.
Only a strict fit counts: the part over the twin must round to the printed figure at the
figure's own precision (the ten per cent an "about" allows elsewhere would let any neighbour
in); a twin that merely lies close does not make a rate ambiguous.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from borderlands.figures.kinds import printed
from borderlands.figures.numbers import format_number
from borderlands.figures.passages import Located
from borderlands.figures.plans import is_plan

if TYPE_CHECKING:
    from borderlands.figures.checks import Check

TWIN_GAP = 0.05  # a restated whole differs from the first count by at most this fraction
BACK = 2  # paragraphs before the rate's own where a twin may stand
LEAD = 40  # characters before the rate where "for every" or "as loaded" may stand
EVERY_RE = re.compile(r"\bevery\b|(?:\s+[a-z]+){0,2}?\s+(?:to|for)\s+every\b")
STAGE_RE = re.compile(r"\bas\s+[a-z]+ed\b")  # "a family as loaded numbered 3.1"
#: the words after a rate that name the whole: "of those loaded", "of the total", "of its
#: arrivals", "per 1,000 as loaded"
NAMED_WHOLE_RE = re.compile(
    r"(?:\s+per\s+(?:1,000|thousand|100|hundred))?"
    r"\s+(?:(?:of|as)\s+(?:th(?:em|ose|ese|e)|its|their|all)\b|as\s+[a-z]+ed\b)"
)
#: "451 of them had died": the part points back to the whole it is of
PRONOUN_RE = re.compile(r"\s+of\s+(?:them|these|those)\b")
OF_RE = re.compile(r"\bof\s+the\s+$", re.IGNORECASE)  # "Of the 9,400 loaded, 31 died"
#: "1,286 of the 91,870 died", "143 of 61,480": only "of" (and an article) between part and whole
PART_OF_RE = re.compile(r"\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
FAMILY_UNITS = frozenset(["families", "households"])  # one count, named either way
SCALES = {"": 1.0, " * 1000": 1000.0, " * 100": 100.0}


def scale_of(formula: str, part: Located, whole: Located) -> float | None:
    """The scale of a rate read as ``part / whole`` (times 1, 100 or 1,000), or None when the
    formula is another reading."""
    head = f"{printed(part)} / {printed(whole)}"
    if not formula.startswith(head):
        return None
    return SCALES.get(formula[len(head):])


def rounds_to(stated: Located, value: float) -> bool:
    """``value`` printed at ``stated``'s own precision is ``stated``."""
    q = stated.quantity
    step = q.step if q.step > 0 else 1.0
    return abs(value - q.mid) <= step / 2 + 1e-9


def same_count(whole: Located, other: Located) -> bool:
    a, b = whole.quantity, other.quantity
    if a.unit and b.unit:
        return a.unit == b.unit or {a.unit, b.unit} <= FAMILY_UNITS
    return bool(a.unit or b.unit) and b.kind == a.kind


def of_whole(whole: Located, part: Located) -> bool:
    """"Of the 9,400 loaded, 31 died": the part's own sentence opens its count with the
    whole it is a part of."""
    text = whole.passage.text
    return (
        whole.passage is part.passage and whole.sentence == part.sentence
        and whole.quantity.start < part.quantity.start
        and OF_RE.search(text, max(0, whole.quantity.start - 8), whole.quantity.start) is not None
    )  # fmt: skip


def part_of_whole(part: Located, whole: Located) -> bool:
    """"1,286 of the 91,870 died, 14 per 1,000": the sentence joins the part to its whole by
    "of", so the whole divided by is the one printed there, whatever restatement stands near."""
    return (
        whole.passage is part.passage and whole.sentence == part.sentence
        and part.quantity.end < whole.quantity.start
        and PART_OF_RE.fullmatch(part.passage.text, part.quantity.end, whole.quantity.start)
        is not None
    )  # fmt: skip


def less_the_part(whole: Located, twin: Located, part: Located) -> bool:
    """Whether the twin is the whole less the rate's part ("94 died, 5.4 per 1,000, and the
    commandants entered 17,373", 17,467 having set out): the count left after the loss is no
    second statement of the whole the loss is a rate of."""
    gap = whole.quantity.mid - twin.quantity.mid
    return gap > 0 and abs(gap - part.quantity.mid) < 0.5


def twin_wholes(checks: list[Check], found: list[Located]) -> list[Check]:
    """``checks`` with each consistent rate that a restated whole gives as well made
    ambiguous (see the module). ``found``: every figure of the article, in order."""
    if not any(c.kind == "rate" and c.verdict == "consistent" for c in checks):
        return checks
    return [twin_reading(c, found) or c for c in checks]


def twin_reading(c: Check, found: list[Located]) -> Check | None:
    fit = c.fit
    if c.kind != "rate" or c.verdict != "consistent" or fit is None or len(fit.inputs) != 2:
        return None
    part, whole = fit.inputs
    scale = scale_of(fit.formula, part, whole)
    if scale is None or whole.quantity.mid <= 0:
        return None
    claim = c.claim
    order = claim.passage.order
    if EVERY_RE.search(claim.passage.text, max(0, claim.quantity.start - LEAD),
                       claim.quantity.start) or EVERY_RE.match(claim.passage.text,
                                                               claim.quantity.phrase_end):
        return None  # "one guard for every nine", "1.3 men to every woman": a ratio of two
        # counts its clause names
    if STAGE_RE.search(claim.passage.text, max(0, claim.quantity.start - LEAD),
                       claim.quantity.start):
        return None  # the stage the whole was counted at is named
    if NAMED_WHOLE_RE.match(claim.passage.text, claim.quantity.phrase_end):
        return None  # "of those loaded", "of the total": the words name the whole divided by
    if (
        of_whole(whole, part) or part_of_whole(part, whole)
        or PRONOUN_RE.match(part.passage.text, part.quantity.end)
    ):  # fmt: skip
        return None  # "Of the 9,400 loaded, 31 died", "31 of them died": the whole is named
    rivals: dict[float, Located] = {}
    for t in found:
        if t is whole or t is part or t.quantity.mid == whole.quantity.mid:
            continue
        if t.passage is claim.passage and (
            claim.quantity.start <= t.quantity.start < claim.quantity.phrase_end
        ):
            continue  # the claim's own words ("per 1,000")
        if not order - BACK <= t.passage.order <= order:
            continue
        later = t.passage is claim.passage and t.quantity.start > claim.quantity.start
        if later and t.sentence != claim.sentence:
            continue
        if abs(t.quantity.mid / whole.quantity.mid - 1) > TWIN_GAP or not same_count(whole, t):
            continue
        if is_plan(t):
            continue  # a target is no count of the same persons
        if less_the_part(whole, t, part):
            continue
        if rounds_to(claim, part.quantity.mid / t.quantity.mid * scale):
            rivals.setdefault(t.quantity.mid, t)
    near = {v: t for v, t in rivals.items() if t.passage is claim.passage}
    rivals = near or rivals  # a restatement in the rate's own paragraph comes first
    if not rivals and rounds_to(claim, fit.computed):
        return twin_part(c, found, scale)
    if len(rivals) != 1 or not rounds_to(claim, fit.computed):
        return None
    (twin,) = rivals.values()
    value = part.quantity.mid / twin.quantity.mid * scale
    suffix = fit.formula[len(f"{printed(part)} / {printed(whole)}"):]
    rival = replace(fit, formula=f"{printed(part)} / {printed(twin)}{suffix}", computed=value,
                    inputs=(part, twin), gap=value - c.stated_value)  # fmt: skip
    why = (f"the text prints the whole twice, {printed(whole)} and {printed(twin)}, and "
           f"{printed(part)} over either gives {format_number(round(value, 2))}")  # fmt: skip
    return replace(c, verdict="ambiguous", alternatives=[rival],
                   explanation=f"{why}: {fit.formula} and {rival.formula}")  # fmt: skip


def twin_part(c: Check, found: list[Located], scale: float) -> Check | None:
    """A rate per unit whose part the sentence that prints it gives twice, at two stages, and
    the whole over either gives ("The first return gave 21,680 persons and a second, once
    the infants were added, 22,090", then "4.5 persons to a family" of 4,870 families):
    nothing says which count was divided, so the rate is ``ambiguous``, both shown."""
    fit = c.fit
    if fit is None or scale != 1:
        return None
    part, whole = fit.inputs
    claim = c.claim
    twins = [
        t for t in found
        if t.passage is part.passage and t.sentence == part.sentence and t is not part
        and t is not whole and t.quantity.mid != part.quantity.mid
        and abs(t.quantity.mid / part.quantity.mid - 1) <= TWIN_GAP and same_count(part, t)
        and not is_plan(t) and t.quantity.start < claim.quantity.start
        and rounds_to(claim, t.quantity.mid / whole.quantity.mid)
    ]  # fmt: skip
    if len(twins) != 1:
        return None
    (twin,) = twins
    gap = abs(twin.quantity.mid - part.quantity.mid)
    if any(abs(f.quantity.mid - gap) < 0.5 for f in found
           if f.passage is part.passage and f.sentence == part.sentence):  # fmt: skip
        return None  # "84,600 soldiers and 3,920 officers, 88,520 men": a part and its sum
    value = twin.quantity.mid / whole.quantity.mid
    rival = replace(fit, formula=f"{printed(twin)} / {printed(whole)}", computed=value,
                    inputs=(twin, whole), gap=value - c.stated_value)  # fmt: skip
    why = (f"the text prints the count divided twice, {printed(part)} and {printed(twin)}, "
           f"and either over {printed(whole)} gives {format_number(round(value, 2))}")  # fmt: skip
    return replace(c, verdict="ambiguous", alternatives=[rival],
                   explanation=f"{why}: {fit.formula} and {rival.formula}")  # fmt: skip
