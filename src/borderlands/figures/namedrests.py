"""A rest whose clause names two of its three figures, the third being the count just
before (issue #14): "Kazakhstan took in 11,208 of the arrivals and Kyrgyzstan the other
6,165", after "the commandants entered 17,373 new settlers"; "These put 27,390 people
ashore. The rest of the island's 31,450, 4,060 persons, came over in the steamers".

The grammar read, in two shapes:

* part and rest: "P of the <noun> ..., and ... the other R" (or "the remaining R", "the
  rest, R"), with no count between them; the whole is the count "of the <noun>" points
  back to: the nearest count printed before the sentence, in its paragraph or the one
  before, that is larger than P and R together could not be smaller than (larger than P).
* whole and rest: "the rest of (the|its|X's) W, R": the part is the count of the sentence
  before nearest to it (no rate "24 to a landing", no year or percentage).

The figure read by position is the one the words point to, but it is read by its place,
not named: a fit is consistent, and a miss is left to the other readings (no slip is
called on a whole or part the text did not name).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    compatible,
    num,
    printed,
)
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_plain_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of what is left.
CUE_WORDS = frozenset({"other", "remaining", "rest", "remainder", "balance"})
#: Right before the rest: "the other 6,165", "the remaining 413", "the rest, 820".
REST_BEFORE_RE = re.compile(r"\bthe\s+(?:other|remaining|rest,?)\s+(?:about\s+|some\s+)?$", re.I)
#: After a part: "11,208 of the arrivals", "1,204 (73 percent) of those".
PART_OF_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?of\s+(?:the|its|their|those)\s+[a-z]+", re.I
)
#: "The rest of the island's 31,450, 4,060": the whole inside the rest phrase.
REST_OF_WHOLE_RE = re.compile(
    r"\bthe\s+(?:rest|remainder|balance)\s+of\s+(?:the\s+|its\s+|their\s+)?"
    r"(?:[A-Za-z-]+(?:'s|’s)?\s+){0,2}$",
    re.I,
)
#: Between the whole and the rest in that shape: a comma, nothing else.
APPOSED_RE = re.compile(r"^\s*,\s*(?:about\s+|some\s+)?$", re.I)
#: How many paragraphs back (besides its own) the whole of a part and rest may stand.
PARAGRAPHS_BACK = 1


def named_rests(
    s: Sentence, earlier: Callable[[], list[Located]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the rests of ``s`` read against the whole or part the clause points
    to; ``earlier`` gives the figures of the paragraphs before and of ``s``'s own so far."""
    if not s.figures or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    sure = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for i, r in enumerate(s.figures):
        q = r.quantity
        if q.start in sure or not is_plain_count(r):
            continue
        lead = text[max(s.start, q.phrase_start - 40) : q.phrase_start]
        counts = [f for f in s.figures[:i] if is_plain_count(f)]
        if REST_BEFORE_RE.search(lead) and counts:
            read = part_and_rest(s, r, counts[-1], earlier)
        elif i > 0 and APPOSED_RE.match(text[s.figures[i - 1].quantity.end : q.phrase_start]):
            read = whole_and_rest(s, r, s.figures[i - 1], earlier)
        else:
            read = None
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def part_and_rest(
    s: Sentence, r: Located, part: Located, earlier: Callable[[], list[Located]]
) -> Finding | None:
    """"P of the arrivals ... the other R": the whole is the nearest larger count before."""
    text = s.passage.text
    pq = part.quantity
    if not is_plain_count(part) or PART_OF_RE.match(text, pq.end) is None:
        return None
    if not compatible(part, r):
        return None
    before = [
        f for f in earlier()
        if f.raw_start < s.passage.to_raw(s.start) and is_plain_count(f) and compatible(f, part)
        and near_paragraph(f, s)
    ]  # fmt: skip
    whole = next((f for f in reversed(before) if f.quantity.mid > pq.mid), None)
    if whole is None:
        return None
    return rest_fit(r, whole, part, f"the whole {printed(whole)} the clause points back to")


def whole_and_rest(
    s: Sentence, r: Located, whole: Located, earlier: Callable[[], list[Located]]
) -> Finding | None:
    """"the rest of the island's W, R": the part is the nearest count of the sentence
    before."""
    text = s.passage.text
    wq = whole.quantity
    if not is_plain_count(whole) or not compatible(whole, r):
        return None
    if REST_OF_WHOLE_RE.search(text, max(s.start, wq.phrase_start - 40), wq.phrase_start) is None:
        return None
    if any(f.quantity.start < wq.start for f in s.figures):
        return None
    previous = [
        f for f in earlier()
        if f.passage is s.passage and f.sentence == s.index - 1 and is_plain_count(f)
        and compatible(f, whole) and f.quantity.mid < wq.mid
    ]  # fmt: skip
    if not previous:
        return None
    return rest_fit(r, whole, previous[-1], f"the part {printed(previous[-1])} just before it")


def near_paragraph(f: Located, s: Sentence) -> bool:
    """Whether ``f`` stands in ``s``'s paragraph or the ``PARAGRAPHS_BACK`` before it."""
    if f.passage is s.passage:
        return f.sentence < s.index
    return (
        f.passage.where == s.passage.where
        and s.passage.order - PARAGRAPHS_BACK <= f.passage.order < s.passage.order
    )


def rest_fit(r: Located, whole: Located, part: Located, how: str) -> Finding | None:
    """A consistent rest when ``whole`` less ``part`` gives ``r``; None otherwise."""
    q = r.quantity
    value = whole.quantity.mid - part.quantity.mid
    if not accepts_count(q, value):
        return None
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.consistent,
        f"{printed(whole)} - {printed(part)}", value, (whole, part),
        f"what remains of {printed(whole)} after {printed(part)} is {num(value)} ({how})",
    )  # fmt: skip
