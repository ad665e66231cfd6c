"""A fraction said of a difference: "a refugee in one town was allowed about a quarter more
than one in the other", "those who stayed cut about a third less timber". The fraction is no
share of a whole but a ratio of two things, 1 + f or 1 - f: the quantity reader leaves such
words alone, so they were never read at all.

Each is a claim of kind ``multiple``. Its two sides are what the sentence compares: the
clause before the words and what follows "than"; they are matched, as the sides of "twice
as many A as B" are (:mod:`asmany`), to the counts the sentence before names for them, in
the nearest sentence that names both. Consistent when those counts give the ratio within
the words' qualifier; otherwise (no side named, or another ratio) unverifiable: a relative
difference with no figures named for its sides cannot be checked, and its figures may be
other ones than the counts matched.
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import BACK, side_words, sides_in
from borderlands.figures.kinds import Finding, Sentence, compatible, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

PARTS = {"half": 0.5, "third": 1 / 3, "quarter": 0.25, "fifth": 0.2, "sixth": 1 / 6,
         "tenth": 0.1}  # fmt: skip
MORE = frozenset(("more", "higher", "larger", "greater", "bigger"))
#: "about a quarter more", "a third less", "nearly a fifth fewer"
RELATIVE_RE = re.compile(
    r"\b(?:(?P<qualifier>about|roughly|some|almost|nearly|more\s+than|over|under|"
    r"less\s+than)\s+)?(?:a|one)[-\s](?P<part>" + "|".join(PARTS) + r")\s+"
    r"(?P<way>more|less|fewer|higher|lower|larger|smaller|greater|bigger)\b",
    re.I,
)
THAN_RE = re.compile(r"[^,;:.]*?\bthan\s+(?P<other>[^,;:.]+)", re.I)
CUES = frozenset(PARTS)
TOLERANCE = 0.05  # of the ratio: "about a quarter more" is 1.25 give or take a little


def relative_fractions(
    s: Sentence, before: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """The fractions of a difference in ``s``, judged on the counts the ``before`` sentences
    of its paragraph (nearest last) name for its two sides, when they name both."""
    if not s.says_any(CUES):
        return []
    out: list[Finding] = []
    for m in RELATIVE_RE.finditer(s.text):
        part = PARTS[m.group("part").lower()]
        more = m.group("way").lower() in MORE
        factor = 1 + part if more else 1 - part
        start, end = s.start + m.start(), s.start + m.end()
        than = THAN_RE.match(s.text, m.end())
        lead = re.split(r"[;:]|,\s+", s.text[: m.start()])[-1]
        a = b = None
        if than is not None:
            a, b = sides_in([x for x, _ in before[-BACK:]], side_words(lead),
                            side_words(than.group("other")))  # fmt: skip
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            out.append(Finding(
                "multiple", start, end, factor, Verdict.unverifiable, "", None, (),
                "a fraction of a difference; no counts named for its two sides",
            ))  # fmt: skip
            continue
        x, y = a.count.quantity.mid, b.count.quantity.mid
        ratio = x / y if y > 0 else 0.0
        holds = abs(ratio - factor) <= TOLERANCE * factor
        out.append(Finding(
            "multiple", start, end, factor,
            Verdict.consistent if holds else Verdict.unverifiable,
            f"{num(x)} / {num(y)}", ratio, (a.count, b.count),
            f"“{m.group(0)}” is a ratio of {factor:.2f}; the two counts give {ratio:.2f}"
            + ("" if holds else "; the words may compare other figures than these"),
        ))  # fmt: skip
    return out
