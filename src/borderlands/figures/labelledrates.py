"""Two rates of one sentence matched to two named groups by the order the sentence names them.

"That makes 4.5 persons to a household at Tarutino and 4.6 at Arzis", after "Tarutino ...
registered 3,912 persons in 861 households, and Arzis 2,745 persons in 598 households";
"Lithuanian families were larger than Estonian ones, with 3.6 persons apiece against 2.8",
after "7,488 families and 20,702 persons for Estonia, ... 8,985 families and 31,917 persons
for Lithuania". The second rate is elliptical (no cue of its own), and a fit found by value
may pair either rate with the other group's counts.

The grammar read: the sentence prints two rates, the first with a rate cue and the second a
bare figure after it, and names two groups by capitalised words, in order; the first group
named goes with the first rate ("larger than", "against", "and ... at" keep the order). Each
group's counts are an earlier pair printed in one clause: a count of the rate's unit and a
count of another unit (its divisor, the thing the rate is per), labelled by the name printed
right before the pair ("Arzis 2,745 persons in 598 households") or right after it behind a
preposition ("... 31,917 persons for Lithuania"). A group name binds when exactly one pair
carries it. Both rates are read, or neither: consistent at their printed precision, a miss
only as a usual slip (the figures are the ones the names give), otherwise left as they were.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

from borderlands.figures.kinds import Finding, Sentence, accepts_count, printed, slip_finding
from borderlands.figures.lexicon import MONTHS_IN_ORDER
from borderlands.figures.numbers import format_number
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

STEM = 6  # "Lithuanian" and "Lithuania" name one group
PAIR_GAP = 50  # characters between the two counts of a group's pair
FAMILY_UNITS = frozenset(["families", "households"])
NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")
#: a name labelling the pair before it: "for Lithuania", "at Arzis", "in the Tomsk oblast"
AFTER_RE = re.compile(r"\s+(?:for|in|at|from)\s+(?:the\s+)?(?P<name>[A-Z][a-z]{3,})\b")
#: a name right before a pair, only lower-case words (and an apposition) between: "Arzis
#: 2,745 persons", "Tarutino, the largest colony, registered 3,912 persons"
BEFORE_RE = re.compile(r"(?P<name>[A-Z][a-z]{3,})(?:,[^,.;:\d]*,)?(?:\s+[a-z]+){0,3}\s+$")
BACK = 100  # characters before a pair where its name may stand
#: what may join the first rate to the second: "and", "against", "while", a comma
JOIN_RE = re.compile(r"^[^.;:\d]*?\b(?:and|against|while|to)\b[^.;:\d]*$|^[^.;:\d]*,[^.;:\d]*$")
NOT_NAMES = frozenset(["That", "This", "These", "Those", "There", "Their", "Each", "With",
                       "Against", "While", "When", "Then", "Thus", "Both"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class GroupPair:
    """A group's two counts: of the rate's unit and of what it is per."""

    name: str
    counted: Located
    per: Located


def stem(word: str) -> str:
    return word.lower()[:STEM]


def same_unit(a: str, b: str) -> bool:
    return a == b or {a, b} <= FAMILY_UNITS


def group_pairs(earlier: list[Located], unit: str, s: Sentence) -> list[GroupPair]:
    """The labelled pairs of earlier sentences: a count of ``unit`` and a count of another
    unit printed within ``PAIR_GAP`` of each other in one sentence, no figure between."""
    out: list[GroupPair] = []
    for a, b in itertools.pairwise(earlier):
        if a.passage is not b.passage or a.sentence != b.sentence:
            continue
        if a.passage is s.passage and a.sentence == s.index:
            continue  # the rate's own sentence
        qa, qb = a.quantity, b.quantity
        if not qa.unit or not qb.unit or qa.unit_implied or qb.unit_implied:
            continue
        if same_unit(qa.unit, qb.unit) or unit not in (qa.unit, qb.unit):
            continue
        if qb.start - qa.end > PAIR_GAP:
            continue
        counted, per = (a, b) if qa.unit == unit else (b, a)
        if not 0 < per.quantity.mid < counted.quantity.mid:
            continue
        name = pair_name(a, b)
        if name is not None:
            out.append(GroupPair(name, counted, per))
    return out


def pair_name(a: Located, b: Located) -> str | None:
    """The name a pair is printed with: right after it behind a preposition, else right
    before it (see the module)."""
    text = a.passage.text
    after = AFTER_RE.match(text, b.quantity.phrase_end)
    if after is not None and after.group("name").lower() not in MONTHS_IN_ORDER:
        return after.group("name")  # ("in May" dates the pair, it names no group)
    start, _ = a.passage.sentences[a.sentence]
    before = BEFORE_RE.search(text, max(start, a.quantity.start - BACK), a.quantity.start)
    if before is not None and before.group("name") not in NOT_NAMES:
        return before.group("name")
    return None


def labelled_rates(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with a sentence's two rates read on the pairs of the groups it names in
    order (see the module)."""
    first = next((f for f in found if f.kind == "rate" and not f.formula.endswith("1000")), None)
    if first is None:
        return found
    r1 = next((x for x in s.figures if x.quantity.start == first.start), None)
    if r1 is None or not r1.quantity.unit or r1.quantity.unit_implied:
        return found
    later = [x for x in s.figures if x.quantity.start > r1.quantity.end]
    if not later:
        return found
    r2 = later[0]
    text = s.passage.text
    if r2.quantity.unit and r2.quantity.unit != r1.quantity.unit:
        return found  # "about 14 persons ... about 751 wagons": another rate
    if JOIN_RE.match(text[r1.quantity.phrase_end : r2.quantity.start]) is None:
        return found
    if any(f.start == r2.quantity.start and f.kind != "rate" for f in found):
        return found  # the second figure is read as something else
    names: list[str] = []
    for m in NAME_RE.finditer(text, s.start, s.end):
        if m.group(0) in NOT_NAMES:
            continue
        if stem(m.group(0)) not in [stem(n) for n in names]:
            names.append(m.group(0))
    pairs = group_pairs(earlier(), r1.quantity.unit, s)
    bound: list[GroupPair] = []
    for name in names:
        carried = {(p.counted.quantity.mid, p.per.quantity.mid): p
                   for p in pairs if stem(p.name) == stem(name)}  # fmt: skip
        if len(carried) == 1:
            bound.append(next(iter(carried.values())))
        elif carried:
            return found  # a name carried by two pairs binds neither
    if len(bound) != 2 or not same_unit(bound[0].per.quantity.unit, bound[1].per.quantity.unit):
        return found
    readings = [read(r, p) for r, p in ((r1, bound[0]), (r2, bound[1]))]
    if any(f is None for f in readings):
        return found
    done = {f.start for f in readings if f is not None}
    return [f for f in found if f.start not in done] + [f for f in readings if f is not None]


def read(r: Located, p: GroupPair) -> Finding | None:
    """Rate ``r`` read on its group's pair: consistent, a usual slip, or None."""
    q = r.quantity
    value = p.counted.quantity.mid / p.per.quantity.mid
    formula = f"{printed(p.counted)} / {printed(p.per)}"
    if accepts_count(q, value):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value,
            (p.counted, p.per),
            f"{printed(p.counted)} over {printed(p.per)}, the counts printed for {p.name}, is "
            f"{format_number(round(value, 4))} each",
        )  # fmt: skip
    return slip_finding("rate", r, value, formula, (p.counted, p.per),
                        f"the counts printed for {p.name}", usual_only=True)
