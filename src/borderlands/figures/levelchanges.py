"""A change between two printed levels: "arrests fell from 2,140 in March to 610 in June",
"the count rose from 9,400 to 11,200" (issue #14).

The verb says which way the level went and the sentence prints both levels, the first after
"from" and the second after "to": the two sides are the figures the sentence names for the
things compared, so a fall to a higher level is a slip. Only two counts of one unit are
read: a range ("from 1.2 to 1.5 million" printed as one figure) or a share set against a
count is left alone, and so is a change by an amount ("fell by 300"), which the remainders
read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, Verdict, is_count, num
from borderlands.figures.passages import Located

FALL_WORDS = frozenset(("fell", "dropped", "declined", "sank", "shrank", "decreased"))
RISE_WORDS = frozenset(("rose", "grew", "climbed", "increased"))
CHANGE_CUES = FALL_WORDS | RISE_WORDS
#: "fell from", "then fell sharply from", "rose steadily from the": the verb and its "from"
CHANGE_FROM_RE = re.compile(
    r"\b(" + "|".join(sorted(CHANGE_CUES)) + r")\s+(?:[a-z]+\s+){0,2}?from\s+(?:the\s+)?",
    re.I,
)
#: between the two levels: "in March to", "persons in 1946 to", "to"
BETWEEN_RE = re.compile(r"(?:\s+(?:[A-Za-z]+|\d{4})){0,4}?\s+to\s+(?:the\s+|a\s+)?")
#: the plain noun a level is printed with ("12 roubles"), not a preposition ("2,140 in March")
NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:in|on|at|by|to|from|of|for|and|or|during|per|a|the|as|when|after|before)\b)"
    r"([A-Za-z]+)"
)
SCALE_RE = re.compile(r"\b(?:thousand|million|billion)\b", re.I)


def level_changes(s: Sentence) -> list[Finding]:
    if not (s.has_digit and s.says_any(CHANGE_CUES)):
        return []
    text = s.passage.text
    out: list[Finding] = []
    at = {f.quantity.start: f for f in s.figures}
    for m in CHANGE_FROM_RE.finditer(text, s.start, s.end):
        first = at.get(m.end())
        if first is None or not is_count(first) or first.quantity.kind == "range":
            continue
        gap = BETWEEN_RE.match(text, first.quantity.end)
        second = at.get(gap.end()) if gap else None
        if second is None or not same_measure(first, second):
            continue
        a, b = first.quantity.mid, second.quantity.mid
        if a == b:
            continue
        word = m.group(1).lower()
        fall = word in FALL_WORDS
        ok = b < a if fall else b > a
        relation = "<" if b < a else ">"
        verdict = Verdict.consistent if ok else Verdict.inconsistent
        out.append(Finding(
            "comparison", m.start(1), m.end(1), b, verdict,
            f"{num(b)} {relation} {num(a)}", b, (first, second),
            f"“{word}”: the level went from {first.quantity.text} to {second.quantity.text}",
            None if ok else ("rose" if fall else "fell"),
        ))  # fmt: skip
    return out


def same_measure(a: Located, b: Located) -> bool:
    """Two counts of one unit (a unit left unsaid on either is the other's)."""
    qa, qb = a.quantity, b.quantity
    if not (is_count(a) and is_count(b)) or "range" in (qa.kind, qb.kind):
        return False
    nouns = [NOUN_AFTER_RE.match(f.passage.text, f.quantity.end) for f in (a, b)]
    if nouns[0] and nouns[1] and nouns[0].group(1).lower() != nouns[1].group(1).lower():
        return False  # "from 12 roubles to 9 kopecks": two measures, not two levels of one
    if SCALE_RE.search(qb.text) and not SCALE_RE.search(qa.text):
        return False  # "from 1.2 to 1.5 million": the scale word is both levels'
    return qa.unit == qb.unit or qa.unit_implied or qb.unit_implied or "" in (qa.unit, qb.unit)
