"""Comparatives with no "than" whose other side is the figure just stated: "In 1947 the toll
came to 40 per 1,000. In 1948 it was lower, at 31 per 1,000"; "In A the fever killed 786 of
the 28,640. In B it killed 214 of 19,215, and the toll was lower".

The comparative is the predicate of its clause ("it was lower", "the toll was lower"). Its
subject's side is the one rate or pair ("x of y", "x in y") its own stretch of the sentence
prints (up to a semicolon); the other side is the one rate or pair of the stretch right
before (the clause before the semicolon, or the sentence before). Both are figures the text
names for the two things compared. A rate is set against a pair by its form ("per 1,000",
"%", "to a house"); two pairs are judged on their rates only when their counts stand in the
same order (a "toll" may be either), and nothing is read when a stretch prints more than
one side or none.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from borderlands.figures.averageside import rate_form
from borderlands.figures.kinds import Finding, Sentence, is_scale, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

WORDS = ("higher", "lower", "larger", "smaller", "greater", "heavier", "lighter")
CUE_WORDS = frozenset(WORDS)
UP = frozenset(("higher", "larger", "greater", "heavier"))
OTHER_WAY = {"higher": "lower", "lower": "higher", "larger": "smaller", "smaller": "larger",
             "greater": "smaller", "heavier": "lighter", "lighter": "heavier"}  # fmt: skip
DEGREE = r"(?:(?:far|much|slightly|somewhat|rather|still|thus|therefore|considerably|even)\s+)*"
PREDICATE_RE = re.compile(
    r"\b(?:was|were|is|are|ran|stood|proved)\s+" + DEGREE + r"(" + "|".join(WORDS) + r")\b"
    r"(?!(?:\s+[\w'-]+){0,4}?\s+than\b)",
    re.I,
)
PAIR_GAP_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(of|among|in|out\s+of)\s+(?:the\s+|its\s+|their\s+)?", re.I
)
#: between a pair and a rate set off after it: "786 of the 28,640 refugees ..., 43"
APPOSED_RE = re.compile(r"[^\d,;:]{0,60},\s+(?:or\s+|about\s+|some\s+|nearly\s+)?")
NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)", re.I)
SCALES = {"per 1,000": 1000.0, "per 1000": 1000.0, "per thousand": 1000.0, "%": 100.0,
          "per 100": 100.0, "per hundred": 100.0}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Side:
    """One side: a printed rate (``form`` its form) or a pair x of (or in) y."""

    figures: tuple[Located, ...]
    form: str | None  # the rate's form; None for a pair
    part: bool = False  # a pair x of (or among) y, a part of its whole; else x in y

    def value(self, form: str | None, other: Side) -> float | None:
        """The side as a rate of ``form`` (a pair's x / y scaled), None when not one: a
        part of its whole is a share or a rate per 1,000, "x in y" an amount to each y."""
        if self.form is not None:
            return self.figures[0].quantity.mid if self.form == form else None
        x, y = (f.quantity.mid for f in self.figures)
        if form is None:
            return x / y if self.part == other.part else None
        if form in SCALES:
            return x / y * SCALES[form] if self.part else None
        if self.part or not form.startswith(("to ", "a ", "an ")):
            return None
        # "3,780 settlers in 1,310 houses" against "2.4 to a house": the same thing each
        whole = self.figures[1]
        noun = NOUN_AFTER_RE.match(whole.passage.text, whole.quantity.end)
        each = form.split()[-1]
        return x / y if noun is not None and noun.group(1)[:4] == each[:4] else None

    def shown(self) -> str:
        if self.form is not None:
            return f"{self.figures[0].quantity.text} {self.form}".replace(" %", "%")
        return f"{self.figures[0].quantity.text} / {self.figures[1].quantity.text}"


def sides_in(text: str, figures: list[Located]) -> list[Side] | None:
    """The sides a stretch prints (its figures in order), None when a figure is neither a
    rate nor a member of a pair."""
    figures = [f for f in figures if not is_scale(f)]
    out: list[Side] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        form = rate_form(f)
        if form is not None:
            out.append(Side((f,), form))
            i += 1
            continue
        if i + 1 < len(figures):
            g = figures[i + 1]
            gap = PAIR_GAP_RE.fullmatch(text, f.quantity.end, g.quantity.start)
            if gap is not None and rate_form(g) is None and g.quantity.mid > 0 and (
                gap.group(1).lower() == "in" or f.quantity.mid < g.quantity.mid
            ):  # fmt: skip
                out.append(Side((f, g), None, gap.group(1).lower() != "in"))
                i += 2
                # "786 of the 28,640, 43 per 1,000": the rate set off after a pair restates
                # that side; the side is read on its counts
                if i < len(figures) and rate_form(figures[i]) is not None and APPOSED_RE.fullmatch(
                    text, g.quantity.end, figures[i].quantity.start
                ):
                    i += 1
                continue
        return None
    return out


def stated_side(text: str, figures: list[Located]) -> list[Side] | None:
    """The sides of the stretch before: as :func:`sides_in`, or else its one printed rate
    when it prints one ("1,240 houses took 2,960 settlers, about 2.4 to a house": the counts
    are that rate's own)."""
    sides = sides_in(text, figures)
    if sides is not None:
        return sides
    rates = [f for f in figures if not is_scale(f) and rate_form(f) is not None]
    return [Side((rates[0],), rate_form(rates[0]))] if len(rates) == 1 else None


def stretches(s: Sentence) -> list[tuple[int, int]]:
    """The stretches of sentence ``s`` between semicolons, as passage offsets."""
    cuts = [s.start, *(s.start + m.end() for m in re.finditer(r";\s", s.text)), s.end]
    return list(itertools.pairwise(cuts))


def implicit_side_comparisons(s: Sentence, before: Sentence | None) -> list[Finding]:
    """The predicated comparatives of ``s`` without "than", on the side its stretch prints
    and the one of the stretch before (in ``s`` or the sentence ``before``)."""
    if not s.has_digit or not s.says_any(CUE_WORDS):
        return []
    text = s.passage.text
    out: list[Finding] = []
    spans = stretches(s)
    for m in PREDICATE_RE.finditer(s.text):
        at = s.start + m.start(1)
        index = next(i for i, (a, b) in enumerate(spans) if a <= at < b)
        a, b = spans[index]
        mine = sides_in(text, [f for f in s.figures if a <= f.quantity.start < b])
        if index > 0:
            pa, pb = spans[index - 1]
            theirs = stated_side(text, [f for f in s.figures if pa <= f.quantity.start < pb])
        elif before is not None and before.passage is s.passage:
            theirs = stated_side(text, list(before.figures))
        else:
            continue
        if not mine or not theirs or len(mine) != 1 or len(theirs) != 1:
            continue
        own, other = mine[0], theirs[0]
        form = own.form or other.form
        x, y = own.value(form, other), other.value(form, own)
        if x is None or y is None or x == y:
            continue
        if own.form is None and other.form is None:
            cx, cy = own.figures[0].quantity.mid, other.figures[0].quantity.mid
            if (cx > cy) != (x > y):
                continue  # the counts and the rates disagree: which is compared is not said
        word = m.group(1).lower()
        holds = (x > y) == (word in UP)
        out.append(Finding(
            "comparison", at, s.start + m.end(1), x,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{num(round(x, 4))} vs {num(round(y, 4))}", x, (*own.figures, *other.figures),
            f"“{word}”: {own.shown()} against {other.shown()}, the figure stated just before",
            None if holds else OTHER_WAY[word],
        ))  # fmt: skip
    return out
