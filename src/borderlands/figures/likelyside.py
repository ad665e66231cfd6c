""""More likely" with the subject's part of its whole in the sentence and the other side's
rate printed before beside its name: "In Samarkand oblast the loss came to 200 per 1,000
settlers. Andijan, which lost 3,490 of its 16,240, fared worse still: a settler sent there
was more likely to die than one sent to Samarkand" (issue #14).

The subject's side is the one pair "x of its y" the sentence prints before the words; the
other side is named after "than" and its rate is the one figure per 1,000 (or percentage)
printed in a clause holding that name in the sentences before (up to three back). The two
are set on one scale. Not read when the sentence prints other counts before the words, when
"than" names nothing by a capitalised name, or when the name has no rate or more than one.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, is_count, is_scale, num
from borderlands.figures.pairpace import pairs_of
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

LIKELY_WORDS = frozenset(("likely",))
LIKELY_RE = re.compile(r"\b((?:far\s+)?(?:more|less)\s+likely)\b(?=[^.;:]*?\bthan\s+([^,;.]+))")
NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}\b")
PER_THOUSAND_RE = re.compile(r"\s+per\s+(1,000|1000|thousand)\b", re.I)
CLAUSE_START_RE = re.compile(r"[,;:.]\s+|\s+and\s+|\s+while\s+|^")
BACK = 3


def likely_sides(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    if not s.has_digit or not s.says_any(LIKELY_WORDS):
        return []
    text = s.passage.text
    out: list[Finding] = []
    for m in LIKELY_RE.finditer(text, s.start, s.end):
        counts = [f for f in s.figures if is_count(f) and f.quantity.end <= m.start()]
        pairs = pairs_of(text, counts)
        if len(pairs) != 1 or len(counts) != 2:
            continue
        names = NAME_RE.findall(m.group(2))
        if not names:
            continue
        rates = [r for _, figures in before[-BACK:] for r in named_rates(text, figures, names)]
        if len({r for r, _ in rates}) != 1:
            continue
        b, side = rates[0]
        x, y = pairs[0]
        a = 1000 * x.quantity.mid / y.quantity.mid
        if abs(a - b) < 0.5:
            continue  # equal within the printed rate's rounding: no order to read
        word = " ".join(m.group(1).lower().split())
        holds = a > b if "more" in word else a < b
        out.append(Finding(
            "comparison", m.start(1), m.end(1), a,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{num(x.quantity.mid)} / {num(y.quantity.mid)} * 1000 vs {num(b)}", a,
            (x, y, side),
            f"“{word}”: {x.quantity.text} of {y.quantity.text} is {a:.1f} per 1,000, against "
            f"{side.quantity.text} per 1,000 printed for {names[0]}",
            None if holds else f"not {word}",
        ))  # fmt: skip
    return out


def named_rates(text: str, figures: list[Located], names: list[str]) -> list[tuple[float, Located]]:
    """The rates per 1,000 among ``figures`` whose clause names one of ``names``."""
    out = []
    for f in figures:
        if is_scale(f) or not PER_THOUSAND_RE.match(text, f.quantity.end):
            continue
        starts = [c.end() for c in CLAUSE_START_RE.finditer(text, 0, f.quantity.start)]
        clause = text[max(starts, default=0) : f.quantity.start]
        if any(n in clause for n in names):
            out.append((f.quantity.mid, f))
    return out
