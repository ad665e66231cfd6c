"""A rate of a remainder: the whole less a part, spread over the units its clause counts.

"Of the 1,200 families, 300 went north; the rest were housed in 150 huts, about 6 to a hut":
the rate is (1,200 - 300) / 150. The clause of the rate opens with "the rest" ("the others",
"the remainder"); its divisor is the count of that clause whose noun is the rate's ("150
huts" for "to a hut"); the part is the last count before that clause; the whole is the count
its sentence opens with ("Of the 1,200"), or, when the sentence points back ("Of these",
"2,360 of them"), the one count of the sentence before that is larger than the part. Every
input is named by the words; none is found by its value.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    fit_or_slip,
    is_count,
    printed,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: the first test: a clause of the rest
CUE_WORDS = frozenset(("rest", "others", "remainder"))
#: where the rest's clause opens
REST_CLAUSE_RE = re.compile(r"(?:;|,)\s+(?:and\s+|while\s+)?the\s+(?:rest|others|remainder)\b")
#: the unit of the rate, right after it: "75 to a village", "about 32 to a wagon", "1.5
#: families to a house", "6 per hut", "6 in each hut"
UNIT_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:to\s+(?:a|an|each|every)|per|in\s+each|for\s+each)\s+([a-z]{3,})\b"
)
#: a sentence that points back at the group of the sentence before
POINTING_RE = re.compile(r"\s*(?:Of\s+(?:these|them|those)\b|[^.;]*\bof\s+(?:them|these)\b)")
#: a sentence that opens with its whole: "Of the 1,094 families,"
OPENING_WHOLE_RE = re.compile(r"\s*(?:Of|Out of|Among)\s+(?:the\s+|its\s+|their\s+)?$")
STEM = 5


def stem(word: str) -> str:
    """The word without its plural ending, cut short: "huts" and "hut", "villages" and
    "village" share one."""
    return word.lower().rstrip("s")[:STEM]


def noun_after(f: Located) -> str | None:
    """The first word after a count: "14 villages of Primorye" gives "villages"."""
    m = re.match(r"\s+([a-z]{3,})\b", f.passage.text[f.quantity.end : f.quantity.end + 30])
    return m.group(1) if m else None


def rest_rates(s: Sentence, found: list[Finding], before: Sentence | None) -> list[Finding]:
    """``found``, with each unread rate per unit of a clause of the rest read on the whole
    less the part (module docstring)."""
    if not s.says_any(CUE_WORDS):
        return found
    return [rest_rate(s, f, before) or f for f in found]


def rest_rate(s: Sentence, f: Finding, before: Sentence | None) -> Finding | None:
    if f.kind != "rate" or f.verdict is not Verdict.unverifiable:
        return None
    text = s.passage.text
    r = next((x for x in s.figures if x.quantity.start == f.start), None)
    unit = UNIT_AFTER_RE.match(text, r.quantity.end) if r is not None else None
    if r is None or unit is None:
        return None
    opened = [m for m in REST_CLAUSE_RE.finditer(text, s.start, r.quantity.start)]
    if not opened:
        return None
    rest_at = opened[-1].start()
    counts = [x for x in s.figures if is_count(x) and x is not r]
    divisors = [
        x for x in counts
        if rest_at < x.quantity.start < r.quantity.start
        and (noun := noun_after(x)) is not None and stem(noun) == stem(unit.group(1))
    ]  # fmt: skip
    parts = [x for x in counts if x.quantity.end <= rest_at]
    if len(divisors) != 1 or not parts:
        return None
    part, divisor = parts[-1], divisors[0]
    whole = whole_of(s, part, parts[:-1], before)
    if whole is None or whole.quantity.mid <= part.quantity.mid:
        return None
    value = (whole.quantity.mid - part.quantity.mid) / divisor.quantity.mid
    formula = f"({printed(whole)} - {printed(part)}) / {printed(divisor)}"
    inputs = (whole, part, divisor)
    return fit_or_slip(
        "rate", r, value, formula, inputs,
        "the rest of the whole, less the part its sentence names, over the units its clause "
        "counts", "the rest over its units", usual_only=True,
    )  # fmt: skip


def whole_of(
    s: Sentence, part: Located, earlier: list[Located], before: Sentence | None
) -> Located | None:
    """The whole the part is of: the count its sentence opens with ("Of the 1,200"), else,
    when the sentence points back, the one larger count of the sentence before."""
    text = s.passage.text
    if earlier and OPENING_WHOLE_RE.fullmatch(text, s.start, earlier[0].quantity.start):
        return earlier[0]
    pointing = POINTING_RE.match(text, s.start, part.quantity.end + 15)
    if earlier or before is None or pointing is None:
        return None
    larger = [x for x in before.figures if is_count(x) and x.quantity.mid > part.quantity.mid]
    return larger[0] if len(larger) == 1 else None
