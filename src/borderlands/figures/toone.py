"""Ratios said as "N to one" of two things the text counts: "the Finns outnumbered the
Germans by four to one" after "14,365 were entered as Finns and 3,575 as Germans"; "the
sheep and goats outnumbered the cattle by almost three to one" after "14,920 head of cattle
and 41,370 sheep and goats".

The two sides are what the sentence says is compared: the subject of "outnumbered" (its
clause, back to a comma, semicolon or colon) and its object. Each is matched, as the sides
of "twice as many A as B" are (:mod:`asmany`), to the one count of its sentence or the
sentences before in the paragraph whose own words name it; never to counts picked for their
ratio. The ratio holds as :func:`kinds.multiple_holds` reads its qualifier. A ratio the two
counts do not give is left unverifiable: the words may compare other counts than the ones
matched.
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import BACK, labelled, matched, side_words
from borderlands.figures.kinds import Finding, Sentence, compatible, multiple_holds, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

FACTORS = {"two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0, "seven": 7.0,
           "eight": 8.0, "nine": 9.0, "ten": 10.0}  # fmt: skip
#: "outnumbered the Germans by four to one", "outnumbered the cattle by almost three to one",
#: "outweighed the cash nearly three to one" ("by" may be left out)
OUTNUMBERED_RE = re.compile(
    r"\bout(?:numbered|weighed)\s+(?P<other>[^,;:.]+?)\s+(?:by\s+)?(?:(?P<qualifier>about|roughly|"
    r"some|almost|"
    r"nearly|more\s+than|over)\s+)?(?P<n>" + "|".join(FACTORS) + r"|\d{1,2})\s+to\s+one\b",
    re.I,
)
#: where the subject's clause opens: "..., and the sheep and goats outnumbered"
SUBJECT_OPEN_RE = re.compile(r"[,;:]\s+(?:and\s+|but\s+|while\s+|whereas\s+)?")
#: a subject that stands for the noun of the clause before it
RELATIVE_PRONOUNS = frozenset(("which", "that", "who"))
#: the first test of a sentence: the words every match holds
CUES = frozenset(("outnumbered", "outweighed"))


def to_one_ratios(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    """The "A outnumbered B by N to one" ratios of ``s``, read on the counts its sentence
    and the ``before`` sentences of its paragraph (nearest last) print for A and B."""
    if not s.says_any(CUES):
        return []
    out: list[Finding] = []
    for m in OUTNUMBERED_RE.finditer(s.text):
        lead = s.text[: m.start()]
        opened = [o.end() for o in SUBJECT_OPEN_RE.finditer(lead)]
        subject = lead[opened[-1] :] if opened else lead
        if subject.strip().lower() in RELATIVE_PRONOUNS and len(opened) >= 1:
            # "were paid in bonds, which outweighed the cash": the clause before names it
            subject = lead[opened[-2] if len(opened) > 1 else 0 : opened[-1]]
        if opened and not subject.strip():
            continue
        pool = [p for sentence, _ in before[-BACK:] for p in labelled(sentence)]
        pool += labelled(s)
        a = matched(side_words(subject), pool)
        b = matched(side_words(m.group("other")), pool)
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            continue
        x, y = a.count.quantity.mid, b.count.quantity.mid
        if y <= 0:
            continue
        raw = m.group("n").lower()
        factor = float(raw) if raw.isdigit() else FACTORS[raw]
        qualifier = " ".join((m.group("qualifier") or "").lower().split())
        ratio = x / y
        holds = multiple_holds(qualifier, factor, ratio)
        start = s.start + m.start("qualifier") if m.group("qualifier") else s.start + m.start("n")
        out.append(Finding(
            "multiple", start, s.start + m.end(), factor,
            Verdict.consistent if holds else Verdict.unverifiable,
            f"{num(x)} / {num(y)}", ratio, (a.count, b.count),
            f"“{m.group(0)}”: {num(x)} against {num(y)}, {ratio:.2f} to one"
            + ("" if holds else "; the words may compare other counts than these"),
        ))  # fmt: skip
    return out
