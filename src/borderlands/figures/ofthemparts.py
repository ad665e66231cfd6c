"""Parts of a whole stated before, taken up by "of them" (issue #14): "Emigration took 2,140
people in 1957, 1,680 in 1958 and 1,050 in 1959, 4,870 in all. ... Kazakhstan accounted for
3,960 of them and the Tomsk oblast for 910".

The grammar read: the sentence's first count followed by "of them", "of these" or "of
whom", and one or more counts after it in the same sentence (the other parts, with no "of"
whole of their own). "Them" is the whole printed last before: the nearest count the text
marks as a total ("in all", "altogether") in the sentences before, up to ``BACK``, or else
the last count of the sentence right before. Where the parts add up to it exactly, the last
part is the rest of that whole after the others: consistent. The parts need not be all of
it (the sentence may name only the largest), so a miss is no slip and is not read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, accepts_count, compatible, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.verdicts import Verdict

#: The first cheap test: the pronoun of the whole.
CUE_WORDS = frozenset({"them", "these", "whom"})
OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these|whom)\b", re.I)
TOTAL_AFTER_RE = re.compile(r"\s*(?:[a-z]+\s+)?(?:in\s+all|altogether|in\s+total)\b", re.I)
OF_AFTER_RE = re.compile(r"\s+(?:of|out\s+of|among)\s", re.I)
DIGIT_RE = re.compile(r"\d")
#: How many sentences back the marked total may stand.
BACK = 3


def is_part(f: Located) -> bool:
    q = f.quantity
    return is_thing_count(f) and q.mid == int(q.mid) and DIGIT_RE.search(q.text) is not None


def the_whole(s: Sentence, earlier: list[tuple[Sentence, list[Located]]]) -> Located | None:
    """The whole "them" points back to: a marked total near before, else the last count of
    the sentence right before."""
    before = [(b, figs) for b, figs in earlier if b.passage is s.passage and b.index < s.index]
    for _, figs in reversed(before[-BACK:]):
        marked = [f for f in figs if is_part(f)
                  and TOTAL_AFTER_RE.match(f.passage.text, f.quantity.end)]  # fmt: skip
        if marked:
            return marked[-1]
    if before and before[-1][0].index == s.index - 1:
        counts = [f for f in before[-1][1] if is_part(f)]
        return counts[-1] if counts else None
    return None


def of_them_parts(
    s: Sentence, earlier: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the last part of ``s``'s "of them" parts read as the rest of the whole
    before, where nothing else read it."""
    if len(s.figures) < 2 or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    counts = [f for f in s.figures if is_part(f)]
    if len(counts) < 2 or counts[0] is not s.figures[0]:
        return found
    if OF_THEM_RE.match(text, counts[0].quantity.end) is None:
        return found
    if any(OF_AFTER_RE.match(text, f.quantity.end) for f in counts[1:]):
        return found
    rest = counts[-1]
    if any(f.start == rest.quantity.start for f in found):
        return found
    whole = the_whole(s, earlier)
    if whole is None or not all(compatible(f, whole) for f in counts):
        return found
    others = counts[:-1]
    value = whole.quantity.mid - sum(f.quantity.mid for f in others)
    if value <= 0 or not accepts_count(rest.quantity, value):
        return found
    formula = f"{printed(whole)} - " + " - ".join(printed(f) for f in others)
    q = rest.quantity
    return [*found, Finding(
        "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value,
        (whole, *others),
        f"the {printed(whole)} the sentence's 'of them' takes up, less the other parts, "
        f"leave {num(value)}",
    )]  # fmt: skip
