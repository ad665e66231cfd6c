"""'More likely at A than at B' against the rates printed for A and B in the sentences before.

"Of them 2,187 died in the camp, 45 per 1,000. At Harmankoy ... the dead numbered 1,320, or
62 per thousand. A refugee was thus more likely to die at Harmankoy than at Kalamaria."
Each rate (per 1,000, or a percentage) of the claim's sentence and the three before it
belongs to the last name printed before it in its sentence, or, when its sentence names
none, the name of the sentence before; the claim holds when A's rate is the higher ("less
likely": the lower). Read only when both names have exactly one rate.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, printed
from borderlands.figures.passages import Located
from borderlands.figures.valueranks import NOT_NAMES
from borderlands.figures.verdicts import Verdict

LIKELY_RE = re.compile(
    r"\b(more|less)\s+likely\b[^.;]{0,60}?\b(?:at|in)\s+([A-Z][a-z]{2,})(?:\s+[a-z]+){0,2}?"
    r"\s+than\s+(?:at|in)\s+([A-Z][a-z]{2,})",
)
PER_THOUSAND_RE = re.compile(r"\s+per\s+(?:1,000|1000|thousand)\b")
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
BACK = 3


def rate_of(f: Located) -> float | None:
    """A rate per 1,000 of a figure: per 1,000 as printed, a percentage times ten."""
    q = f.quantity
    if q.unit == "percent":
        return q.mid * 10
    if PER_THOUSAND_RE.match(f.passage.text, q.end):
        return q.mid
    return None


def named_rates(s: Sentence, items: list[Located]) -> dict[str, list[Located]]:
    text = s.passage.text
    spans = s.passage.sentences
    out: dict[str, list[Located]] = {}
    for f in items:
        if not spans[max(0, s.index - BACK)][0] <= f.quantity.start < s.start:
            continue
        if rate_of(f) is None:
            continue
        start = spans[f.sentence][0]
        names = [w for w in NAME_RE.findall(text[start : f.quantity.start]) if w not in NOT_NAMES]
        if not names and f.sentence > 0:
            prev = spans[f.sentence - 1]
            names = [w for w in NAME_RE.findall(text[prev[0] : prev[1]]) if w not in NOT_NAMES]
        if names:
            out.setdefault(names[-1], []).append(f)
    return out


def likely_rates(s: Sentence, items: list[Located]) -> list[Finding]:
    out: list[Finding] = []
    if "likely" not in s.text:
        return out
    for m in LIKELY_RE.finditer(s.text):
        rates = named_rates(s, items)
        a, b = m.group(2), m.group(3)
        if len(rates.get(a, [])) != 1 or len(rates.get(b, [])) != 1:
            continue
        ra, rb = rates[a][0], rates[b][0]
        va, vb = rate_of(ra), rate_of(rb)
        if va is None or vb is None or va == vb:
            continue
        holds = va > vb if m.group(1) == "more" else va < vb
        word = f"{m.group(1)} likely"
        out.append(Finding(
            "comparison", s.start + m.start(1), s.start + m.start(1) + len(word), 2.0,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{printed(ra)} against {printed(rb)}", None, (ra, rb),
            f"“{word}”: {a} {printed(ra)} against {b} {printed(rb)}",
            None if holds else "the reverse",
        ))  # fmt: skip
    return out
