"""The size of a family read on the count of families and of their persons the text printed
together for the same group.

"The families of the first category averaged 5.6 persons", after "The 914 first-category
households counted 5,118 persons": the rate names its group ("first category") and an earlier
clause prints a count of families and, right after it, a count of persons for the group of that
name. When exactly one such pair shares a word of the group's name with the rate's sentence,
the rate is read on it: consistent when it gives the rate at its printed precision, else a slip.
Several named pairs, or none, leave the rate as it was: a pair found by its arithmetic alone is
chance.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable

from borderlands.figures.kinds import Finding, Sentence, accepts_count, printed
from borderlands.figures.numbers import format_number
from borderlands.figures.passages import Located
from borderlands.figures.slips import printed_like
from borderlands.figures.verdicts import Verdict

FAMILY_UNITS = frozenset(["families", "households"])
PERSON_UNITS = frozenset(["persons", "people", "members"])
CUES = frozenset(["family", "families", "household", "households"])
PAIR_GAP = 60  # characters between a count of families and the count of their persons
LEAD = 60  # characters before the count of families where its group may be named
STEM = 6
WORD_RE = re.compile(r"[A-Za-z][a-z]{4,}")
#: words of the kind, not of the group: they name no group
GENERIC = frozenset(["families", "family", "households", "household", "persons", "people",
                     "members", "averaged", "average", "counted", "apiece", "there", "their",
                     "these", "those", "which", "while", "where", "against", "larger",
                     "smaller", "numbered", "about", "nearly", "almost"])  # fmt: skip


def group_words(text: str) -> set[str]:
    """The stems of the words of ``text`` that may name a group."""
    return {w.lower()[:STEM] for w in WORD_RE.findall(text) if w.lower() not in GENERIC}


#: "1,096 of these families": a count of families its unit reader leaves without a unit
OF_FAMILIES_RE = re.compile(r"\s+of\s+(?:these|those|the|its|their)\s+(?:families|households)\b")


def counts_families(f: Located) -> bool:
    q = f.quantity
    return (q.unit in FAMILY_UNITS and not q.unit_implied) or (
        not q.unit and OF_FAMILIES_RE.match(f.passage.text, q.end) is not None
    )


def named_pairs(earlier: list[Located]) -> list[tuple[Located, Located]]:
    """Counts of families followed in their sentence, within ``PAIR_GAP`` characters and
    before any other count of families or persons, by the count of persons they hold."""
    out: list[tuple[Located, Located]] = []
    for i, f in enumerate(earlier):
        if not counts_families(f):
            continue
        for p in itertools.islice(earlier, i + 1, i + 4):
            if p.passage is not f.passage or p.sentence != f.sentence or counts_families(p):
                break
            if p.quantity.start - f.quantity.end > PAIR_GAP:
                break
            if p.quantity.unit in PERSON_UNITS and not p.quantity.unit_implied:
                if p.quantity.mid > f.quantity.mid:  # a family holds one person or more
                    out.append((f, p))
                break
    return out


def family_sizes(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with its unread rates of persons to a family read on the pair named for the
    same group (see the module)."""
    if not any(f.kind == "rate" and f.verdict is Verdict.unverifiable for f in found):
        return found
    if not s.says_any(CUES):
        return found
    out: list[Finding] = []
    for f in found:
        if f.kind != "rate" or f.verdict is not Verdict.unverifiable:
            out.append(f)
            continue
        r = next((x for x in s.figures if x.quantity.start == f.start), None)
        if r is None or not 1 < r.quantity.mid < 15 or r.quantity.unit not in PERSON_UNITS:
            out.append(f)
            continue
        own = group_words(s.passage.text[s.start : r.quantity.start])
        pairs = [
            (x, y) for x, y in named_pairs(earlier())
            if x.sentence != r.sentence or x.passage is not r.passage
            if own & group_words(x.passage.text[max(0, x.quantity.start - LEAD) : y.quantity.end])
        ]  # fmt: skip
        if len(pairs) != 1:
            out.append(f)
            continue
        families, persons = pairs[0]
        value = persons.quantity.mid / families.quantity.mid
        ok = accepts_count(r.quantity, value)
        step = r.quantity.step if r.quantity.step > 0 else 1.0
        out.append(Finding(
            "rate", f.start, f.end, r.quantity.mid,
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{printed(persons)} / {printed(families)}", value, (persons, families),
            f"{printed(persons)} persons in {printed(families)} families of the group it names "
            f"is {format_number(round(value, 4))} a family",
            None if ok else printed_like(value, printed(r), step),
        ))  # fmt: skip
    return out
