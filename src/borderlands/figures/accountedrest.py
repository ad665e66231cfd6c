"""The rest of a whole after every part the text lists between them: "The list held 1,284
families with 4,380 persons. 1,096 of these families were taken. The other 188 were not
found." or "It reopened 1,380 cases: it freed 131 and 83, 214 in all, and upheld the remaining
1,166."

The structure read is a whole, then the counts told of it in order, then the rest. Between
the whole and the rest every count is a part, except what grammar marks as something else:
a measure of the count before it ("2,780 in their 618 households", "1,096 families with
3,742 persons"), a rate ("4.6 to a family"), a part of a part ("800 were placed, and 200 of
those ...") and a subtotal (a count equal to the parts just before it, "214 in all",
"bringing the total to 1,660"), which stands for them. The whole is the count the parts
leave the rest of; the nearest one that leaves it exactly is consistent. A usual slip is read
only on a whole the text marks as one: the first count of its sentence or one introduced by
"of" ("Of the 1,825 ...", "a list of 1,284 ...").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    compatible,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: Words before a count that make it the rest of something: "the remaining", "the other",
#: "the last", "the rest,", "leaving", "which left", "that leaves".
REST_BEFORE_RE = re.compile(
    r"(?:\b(?:the|its|their)\s+(?:remaining|other|last)|\bthe\s+(?:rest|remainder|others)"
    r"|\bleaving|\b(?:which|that|it|this)\s+(?:left|leaves))"
    r"(?:,|\s*\()?\s*(?:about\s+|some\s+|only\s+)?$",
    re.I,
)
#: Words after a count that make it the rest: "1,850 were still awaiting", "26 of its people
#: left" (not "left for", "left on": a departure).
REST_AFTER_RE = re.compile(
    r"^(?:\s+(?!and\b|or\b|but\b)[a-z]+){0,4}?\s+(?:(?:were|was)\s+still\b|remained\b"
    r"|left\b(?!\s+(?:for|on|in|at|by|with|from|to|the|their|its|home)\b))",
    re.I,
)
#: The words of every rest cue, to pass over a sentence without one at once.
CUE_WORDS_RE = re.compile(r"remain|rest\b|other|last|leav|left|still", re.I)
#: A count that measures the one before it: "2,780 in their 618 households", "with 3,742".
MEASURE_BEFORE_RE = re.compile(r"\b(?:in|with)\s+(?:their\s+|its\s+|his\s+|her\s+)?$", re.I)
#: A count of a thing per unit: "4.6 to a family", "3 per wagon", "12 each".
RATE_AFTER_RE = re.compile(r"^\s+(?:[a-z]+\s+)?(?:to\s+an?|per|each|apiece|a\s+head)\b", re.I)
#: A part of the part before it: "200 of those", "of them 40".
OF_THOSE_AFTER_RE = re.compile(r"^\s+of\s+(?:those|these|them|whom)\b", re.I)
#: A whole introduced by "of": "Of the 1,825", "a list of 1,284".
OF_THESE_START_RE = re.compile(r"^\s*(?:Of|Out of|Among)\s+(?:these|those|them)\b", re.I)
OF_BEFORE_RE = re.compile(r"\b(?:of|out of|among)\s+(?:the\s+|its\s+|their\s+|all\s+)?$", re.I)
#: What opens a new item of a list between two counts: a name, "and", a semicolon.
NEW_ITEM_RE = re.compile(r"\b[A-Z][a-z]|\band\b|;")
BACK = 3  # sentences before the rest's own where its whole may stand


@dataclass(frozen=True, slots=True)
class Told:
    """The counts between a whole and its rest, read as parts (subtotals standing for the
    parts they add up)."""

    whole: Located
    parts: tuple[Located, ...]
    first: Located  # the first count told after the whole, before any subtotal

    @property
    def rest(self) -> float:
        return self.whole.quantity.mid - sum(p.quantity.mid for p in self.parts)


def has_rest_cue(s: Sentence, r: Located) -> bool:
    text = s.passage.text
    q = r.quantity
    before = text[max(s.start, q.phrase_start - 30) : q.phrase_start]
    after = text[q.phrase_end : min(s.end, q.phrase_end + 40)]
    return REST_BEFORE_RE.search(before) is not None or REST_AFTER_RE.match(after) is not None


def told_counts(s: Sentence, r: Located, counts: dict[int, list[Located]]) -> list[Located]:
    """The counts before ``r`` in its sentence and the ``BACK`` before, in order, without the
    measures of another count, the rates and, beside a whole number rest, the counts with a
    fraction ("a family counted 3.9 members" is an average, no part of a group)."""
    text = s.passage.text
    out: list[Located] = []
    previous: Located | None = None
    for i in range(s.index - BACK, s.index + 1):
        for f in counts.get(i, ()):
            q = f.quantity
            if f.raw_start >= r.raw_start:
                break
            measure = (
                previous is not None and previous.sentence == f.sentence
                and is_measure_of(text[previous.quantity.phrase_end : q.phrase_start])
            )  # fmt: skip
            previous = f
            if measure or RATE_AFTER_RE.match(text[q.phrase_end : q.phrase_end + 14]):
                continue
            if compatible(f, r) and (q.mid == int(q.mid) or r.quantity.mid != int(r.quantity.mid)):
                out.append(f)
    return out


def is_measure_of(between: str) -> bool:
    """Whether the words between two counts make the second a measure of the first ("2,780 in
    their 618", "1,096 families, 85.4 percent of the list, with 3,742"), not a next item of a
    list ("812 families, Ternavka with 694": a name starts the item)."""
    if MEASURE_BEFORE_RE.search(between) is None or len(between.split()) > 8:
        return False
    return NEW_ITEM_RE.search(between) is None


def parts_after(told: list[Located], text: str) -> tuple[Located, ...]:
    """The parts among ``told`` (the counts after a whole): a part of the part before it is
    left out, and a subtotal replaces the parts it adds up."""
    parts: list[Located] = []
    for f in told:
        q = f.quantity
        if parts and OF_THOSE_AFTER_RE.match(text[q.phrase_end : q.phrase_end + 12]):
            continue
        total = 0.0
        for k in range(len(parts) - 1, -1, -1):
            total += parts[k].quantity.mid
            if k < len(parts) - 1 and total == q.mid:
                del parts[k:]
                break
        parts.append(f)
    return tuple(parts)


def is_marked_whole(
    s: Sentence, w: Located, first: Located, counts: dict[int, list[Located]]
) -> bool:
    """A whole the text marks as one: introduced by "of", its sentence's first count, or the
    count its first part is said to be of ("612 of them", "Of these, 800")."""
    text = s.passage.text
    q = w.quantity
    if OF_BEFORE_RE.search(text[max(0, q.phrase_start - 12) : q.phrase_start]):
        return True
    if OF_THOSE_AFTER_RE.match(text[first.quantity.phrase_end : first.quantity.phrase_end + 12]):
        return True
    start = first.passage.sentences[first.sentence][0]
    if OF_THESE_START_RE.match(text[start : first.quantity.phrase_start]):
        return True
    own = counts.get(w.sentence, [])
    return bool(own) and own[0] is w


def part_before(told: list[Located], i: int, text: str) -> list[Located]:
    """The part a whole introduced by "of" follows in its sentence: "15,360 were freed, over
    three-quarters of the 19,811", "lost 27 of its 64"."""
    w = told[i].quantity
    if i == 0 or told[i - 1].sentence != told[i].sentence:
        return []
    if OF_BEFORE_RE.search(text[max(0, w.phrase_start - 12) : w.phrase_start]) is None:
        return []
    return [told[i - 1]] if told[i - 1].quantity.mid < w.mid else []


def accounted_rest(s: Sentence, r: Located, counts: dict[int, list[Located]]) -> Finding | None:
    """``r``, a rest by its words, as its whole less every part told between them.
    ``counts``: the counts (no shares) of each sentence of the passage by index."""
    if not has_rest_cue(s, r):
        return None
    q = r.quantity
    text = s.passage.text
    told = told_counts(s, r, counts)
    readings = []
    for i in range(len(told) - 1, -1, -1):
        w = told[i]
        after = [f for f in part_before(told, i, text) + told[i + 1 :] if compatible(f, w)]
        parts = parts_after(after, text) if w.quantity.mid > q.mid else ()
        if parts and Told(w, parts, after[0]).rest > 0:
            readings.append(Told(w, parts, after[0]))
    exact = next((t for t in readings if accepts_count(q, t.rest)), None)
    if exact is not None:
        listed = " - ".join(printed(p) for p in exact.parts)
        return Finding(
            "remainder", q.start, q.end, q.mid, Verdict.consistent,
            f"{printed(exact.whole)} - {listed}", exact.rest, (exact.whole, *exact.parts),
            f"what remains of {printed(exact.whole)} after {listed.replace(' - ', ' and ')} "
            f"is {num(exact.rest)}",
        )  # fmt: skip
    marked = next((t for t in readings if is_marked_whole(s, t.whole, t.first, counts)), None)
    if marked is None or q.approx:
        return None
    listed = " - ".join(printed(p) for p in marked.parts)
    return slip_finding(
        "remainder", r, marked.rest, f"{printed(marked.whole)} - {listed}",
        (marked.whole, *marked.parts), "the whole and the parts told before the rest",
        usual_only=True, mistyped=q.step <= 1,  # a round figure is no mistyped digit
    )  # fmt: skip


def cued_rests(
    s: Sentence,
    counts_near: Callable[[Sentence], dict[int, list[Located]]],
    found: list[Finding],
) -> list[Finding]:
    """The rests of ``s`` no other reading of ``found`` took, by their whole and its parts;
    ``counts_near`` gives the counts of the sentences around."""
    if not s.figures or CUE_WORDS_RE.search(s.text) is None:
        return []
    taken = {f.start for f in found}
    cued = [r for r in s.counts if r.quantity.start not in taken and has_rest_cue(s, r)]
    if not cued:
        return []
    counts = counts_near(s)
    return [f for r in cued if (f := accounted_rest(s, r, counts)) is not None]
