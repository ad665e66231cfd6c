"""A rate per unit of people whose whole is the count the text bound, earlier, to the place or
group its sentence names: "In the Tomsk oblast the settlers were spread over 46 settlements,
about 190 to a settlement", after "8,642 in Tomsk"; "The Romanian contingent left in 52
echelons, each echelon carrying about 1,300 people", after "the number taken in Romania at
68,412".

The divisor is the count of the unit the rate is per, printed in the rate's own sentence; the
whole is found by the one name the sentence gives before that divisor, not by trying values: it
is a count of people printed beside that name (at most ``NEAR_WORDS`` lower-case words between,
"8,642 in Tomsk", "Romania at 68,412") in an earlier sentence of the paragraph or the ``BACK``
before, and the name's bound counts must all be one value. A fit is ``consistent``; a miss
leaves the rate ``unverifiable`` (a name may stand beside a part as well as the whole).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import Finding, Sentence, accepts_count, is_count, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import CLAUSE_WORDS
from borderlands.figures.verdicts import Verdict

BACK = 3  # paragraphs before the rate's own where the name's count may stand
NEAR_WORDS = 3  # lower-case words between a name and the count it is bound to
STEM = 6  # "Romania", "Romanian" and "Romanians" share six letters
PEOPLE = frozenset(("", "persons"))  # the units of a count of people ("" when none is printed)
#: after a rate: what it is per ("about 190 to a settlement", "540 per train")
PER_AFTER_RE = re.compile(
    r"(?:\s+(?:people|persons|deportees|settlers))?\s+(?:to|per|for)\s+(?:an?|each|every)?\s*"
    r"(?P<noun>[a-z]{3,})\b|(?:\s+(?:people|persons|deportees|settlers))?\s+per\s+"
    r"(?P<bare>[a-z]{3,})\b"
)
#: before a rate: "each echelon carrying about ", "every train with "
PER_BEFORE_RE = re.compile(
    r"\b(?:each|every)\s+(?P<noun>[a-z]{3,})\s+(?:carrying|holding|taking|with)\s+"
    r"(?:(?:about|some|nearly|roughly|almost|over|under)\s+)?$"
)
NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")
WORD_RE = re.compile(r"[a-z]+")
PLACE_PREPOSITIONS = frozenset(("in", "at", "from"))


def stem(word: str) -> str:
    return word.lower()[:STEM]


def per_noun(s: Sentence, r: Located) -> str | None:
    """The noun a rate of people is per, after it or before it, or None."""
    text = s.passage.text
    q = r.quantity
    if q.unit not in PEOPLE:
        return None
    m = PER_AFTER_RE.match(text, q.end, s.end)
    if m is not None:
        return m.group("noun") or m.group("bare")
    b = PER_BEFORE_RE.search(text, max(s.start, q.start - 60), q.start)
    return b.group("noun") if b is not None else None


def divisor_in(s: Sentence, r: Located, noun: str) -> Located | None:
    """The count of ``noun`` printed before the rate in its sentence, the nearest."""
    text = s.passage.text
    found = [f for f in s.figures if f.quantity.end <= r.quantity.start and is_count(f)
             and stem(text[f.quantity.end : f.quantity.end + 40].split(maxsplit=1)[0]
                      if text[f.quantity.end : f.quantity.end + 40].split() else "")
             == stem(noun)]  # fmt: skip
    return found[-1] if found else None


def sentence_name(s: Sentence, before: int) -> str | None:
    """The one name the sentence gives before offset ``before``, or None."""
    names = {stem(m.group(0)) for m in NAME_RE.finditer(s.passage.text, s.start, before)
             if m.group(0) not in CLAUSE_WORDS}  # fmt: skip
    return next(iter(names)) if len(names) == 1 else None


def bound_to_name(f: Located, name: str) -> bool:
    """Whether ``name`` is the name ``f`` is printed beside (``bound_name``)."""
    return bound_name(f) == name


def bound_name(f: Located) -> str | None:
    """The stem of the name ``f`` is printed beside in its sentence: the nearest, with
    at most ``NEAR_WORDS`` lower-case words and no other figure, name or stop between; of two
    as near, the one the count is "in", "at" or "from" ("8,640 in Tomsk and 6,120 in Kurgan":
    6,120 is Kurgan's)."""
    start, end = f.passage.sentences[f.sentence]
    text = f.passage.text
    best: tuple[int, int, str] | None = None
    for m in NAME_RE.finditer(text, start, end):
        after = m.start() >= f.quantity.end
        lo, hi = (f.quantity.end, m.start()) if after else (m.end(), f.quantity.start)
        if lo > hi:
            continue
        between = text[lo:hi]
        words = WORD_RE.findall(between)
        if re.search(r"[\dA-Z.,;:()]", between) or len(words) > NEAR_WORDS:
            continue
        rank = (len(words), 0 if after and words and words[-1] in PLACE_PREPOSITIONS else 1,
                stem(m.group(0)))  # fmt: skip
        best = rank if best is None or rank < best else best
    return best[2] if best is not None else None


def named_whole_rates(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with each unverifiable rate of people per unit read on the whole bound to the
    name its sentence gives (see the module)."""
    if not any(f.kind == "rate" and f.verdict == Verdict.unverifiable for f in found):
        return found
    out: list[Finding] = []
    for finding in found:
        r = next((f for f in s.figures if f.quantity.start == finding.start), None)
        if finding.kind != "rate" or finding.verdict != Verdict.unverifiable or r is None:
            out.append(finding)
            continue
        out.append(named_whole_rate(s, r, earlier) or finding)
    return out


def named_whole_rate(
    s: Sentence, r: Located, earlier: Callable[[], list[Located]]
) -> Finding | None:
    noun = per_noun(s, r)
    y = divisor_in(s, r, noun) if noun else None
    name = sentence_name(s, y.quantity.start) if y is not None else None
    if y is None or name is None or y.quantity.mid <= 0:
        return None
    order = s.passage.order
    wholes = [f for f in earlier()
              if order - BACK <= f.passage.order <= order
              and (f.passage is not s.passage or f.sentence < s.index)
              and f.quantity.kind == "number" and is_count(f) and f.quantity.unit in PEOPLE
              and f.quantity.mid > y.quantity.mid and bound_to_name(f, name)]  # fmt: skip
    if len({f.quantity.mid for f in wholes}) != 1:
        return None
    x = wholes[-1]
    value = x.quantity.mid / y.quantity.mid
    q = r.quantity
    if not accepts_count(q, value):
        return None
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.consistent, f"{printed(x)} / {printed(y)}",
        value, (x, y),
        f"the {printed(x)} the text gave for the name its sentence repeats over the "
        f"{printed(y)} of its sentence is {num(value)} each",
    )  # fmt: skip
