"""Comparatives with no "than", said of two figures the sentence sets side by side:

- after a colon that sets them out: "the families it took were larger: 4.3 persons against
  3.9" (the first figure is the subject's side);
- set off after the pair: "the credit came to 4,280 marks a family against 6,150 in the
  other accounts, a good deal lower" (the comparative is said of the sentence's subject, the
  first figure);
- in a relative clause on the second: "4.5 persons to a household at A and 4.6 at B, where
  families were thus slightly larger" ("where" takes up the place named last; only a
  comparative that is the clause's predicate and ends it, so that "where more of the
  settlers were old" compares nothing).

Both sides are thus the figures the sentence itself names for the things compared: two
counts, or two figures of one rate, of one unit. Anything else (a "than" after the word, a
third figure, a count set against a rate) is not read.
"""

from __future__ import annotations

import re

from borderlands.figures.comparedfigures import per_unit
from borderlands.figures.kinds import Finding, Sentence, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

COMPARATIVES = ("larger", "smaller", "higher", "lower", "greater", "bigger", "fewer", "less",
                "more")  # fmt: skip
UP = frozenset(("larger", "higher", "greater", "bigger", "more"))
OTHER_WAY = {"larger": "smaller", "smaller": "larger", "higher": "lower", "lower": "higher",
             "greater": "smaller", "bigger": "smaller", "fewer": "more", "less": "more",
             "more": "fewer"}  # fmt: skip
CUE_WORDS = frozenset(COMPARATIVES)
WORD_RE = re.compile(r"\b(" + "|".join(COMPARATIVES) + r")\b", re.I)
#: degree words a comparative may take: "a good deal lower", "slightly larger"
DEGREE = r"(?:(?:a\s+good\s+deal|a\s+great\s+deal|far|much|slightly|somewhat|rather|still|" \
         r"thus|therefore|so|considerably|markedly|a\s+little|even)\s+)*"  # fmt: skip
#: "larger: 4.3 against 3.9" (the colon right after the word and its degree)
COLON_AFTER_RE = re.compile(r"\s*:\s+")
#: ", a good deal lower." closing the sentence or its clause
SET_OFF_RE = re.compile(r",\s+" + DEGREE + r"$", re.I)
SET_OFF_END_RE = re.compile(r"\s*(?:[.;]|$)")
#: "..., where families were thus slightly larger"
WHERE_RE = re.compile(r",\s+(?:where|in\s+which|among\s+whom)\s+[^,;:]*$", re.I)
STEM = 5
HOUSEHOLD = "house"
HOUSEHOLD_STEMS = frozenset(("house", "famil"))
SIZE_WORDS = frozenset(("larger", "smaller", "bigger"))
#: people counted to a thing: "4.5 persons to a household", "5.6 members a family"
PEOPLE_PER_RE = re.compile(
    r"\s+(?:persons|people|members|souls)\s+(?:to\s+an?|an?|per|for\s+each|in\s+each)\s+"
    r"([a-z]+)",
    re.I,
)
#: the subject of a "where" clause: the noun before its verb
SUBJECT_RE = re.compile(r"([A-Za-z]{3,})\s+(?:was|were|is|are|ran|stood)\b")
#: the comparative said of the place as the clause's predicate: "where families were larger"
PREDICATE_RE = re.compile(r"\b(?:was|were|is|are|ran|stood)\s+" + DEGREE + r"$", re.I)
AGAINST_RE = re.compile(r"\s+[^\d,;:]{0,40}?\bagainst\s+(?:[a-z]+\s+){0,3}$", re.I)
AND_RE = re.compile(r"\s+[^\d,;:]{0,40}?\band\s+(?:[a-z]+\s+){0,4}$", re.I)
THAN_AFTER_RE = re.compile(r"(?:\s+[\w'-]+){0,4}?\s+than\b", re.I)


def one_kind(a: Located, b: Located) -> bool:
    """Two figures of one kind: two rates or two counts, of one unit where the second
    prints its own. A rate followed by a bare figure is two rates, the second leaving its
    unit unsaid ("4,280 marks a family against 6,150"); a count against a rate is not."""
    qa, qb = a.quantity, b.quantity
    if per_unit(b) and not per_unit(a):
        return False
    if qb.unit_implied or not qa.unit or not qb.unit:
        return True
    return qa.unit == qb.unit


def stem(word: str) -> str:
    """A word's stem, a household and a family being one thing measured."""
    w = word.lower()[:STEM]
    return HOUSEHOLD if w in HOUSEHOLD_STEMS else w


def names_what_is_measured(where: str, word: str, first: Located) -> bool:
    """Whether a "where" clause ("where families were larger") speaks of the size of the
    thing the figures count people to ("4.5 persons to a household"): "40 hectares in A and
    30 in B, where the families were larger" and "4.2 hectares a household ..., where
    households were smaller" set no sizes of families side by side."""
    subject = SUBJECT_RE.search(where)
    if subject is None or word.lower() not in SIZE_WORDS:
        return False
    per = PEOPLE_PER_RE.match(first.passage.text, first.quantity.end)
    return per is not None and stem(per.group(1)) == stem(subject.group(1))


def joined(text: str, offset: int, a: Located, b: Located, gap: re.Pattern[str]) -> bool:
    """Whether ``a`` and ``b`` (in this order) are joined by the words ``gap`` allows."""
    return gap.fullmatch(text, a.quantity.end - offset, b.quantity.start - offset) is not None


def side_by_side_comparisons(s: Sentence) -> list[Finding]:
    """The comparatives of ``s`` read on the two figures it sets side by side."""
    if not s.has_digit or not s.says_any(CUE_WORDS):
        return []
    text, offset = s.text, s.start
    figures = [f for f in s.figures if f.quantity.kind in ("number", "word")]
    out: list[Finding] = []
    for m in WORD_RE.finditer(text):
        if THAN_AFTER_RE.match(text, m.end()):
            continue
        pair: tuple[Located, Located] | None = None
        after = [f for f in figures if f.quantity.start >= offset + m.end()]
        before = [f for f in figures if f.quantity.end <= offset + m.start()]
        colon = COLON_AFTER_RE.match(text, m.end())
        if colon is not None and len(after) >= 2:
            a, b = after[0], after[1]
            lead = text[colon.end() : a.quantity.start - offset]
            if not lead.strip() and joined(text, offset, a, b, AGAINST_RE):
                pair = a, b
        elif len(before) == 2:
            a, b = before
            set_off = SET_OFF_RE.search(text, 0, m.start()) and SET_OFF_END_RE.match(text, m.end())
            if set_off and joined(text, offset, a, b, AGAINST_RE):
                pair = a, b
            elif (
                (where := WHERE_RE.search(text, 0, m.start()))
                and joined(text, offset, a, b, AND_RE)
                and PREDICATE_RE.search(text, 0, m.start()) and SET_OFF_END_RE.match(text, m.end())
                and names_what_is_measured(text[where.start() : m.start()], m.group(1), a)
            ):  # fmt: skip
                pair = b, a
        if pair is None or not one_kind(*sorted(pair, key=lambda f: f.quantity.start)):
            continue
        x, y = pair[0].quantity.mid, pair[1].quantity.mid
        if x == y:
            continue
        word = m.group(1).lower()
        holds = (x > y) == (word in UP)
        out.append(Finding(
            "comparison", offset + m.start(1), offset + m.end(1), x,
            Verdict.consistent if holds else Verdict.inconsistent, f"{num(x)} vs {num(y)}", x,
            pair, f"“{word}”: {pair[0].quantity.text} against {pair[1].quantity.text}, the two "
            "figures the sentence sets side by side",
            None if holds else OTHER_WAY[word],
        ))  # fmt: skip
    return out
