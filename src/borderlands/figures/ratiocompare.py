"""Comparisons of two proportions stated without figures, after sentences that print them:
"In the villages of the plain 640 of the 5,200 inhabitants were taken. In the hill
settlements the police took 910 of the 6,100. The hill settlements thus lost a larger share
of their people than the villages of the plain": 910 / 6,100 against 640 / 5,200.

Each proportion is a clause (a sentence or a part of one between semicolons) of the three
sentences before that prints just two counts, a part and its whole. The two sides of the
comparison (the words before the comparison word, the words after "than") are matched to
the clauses that share a word of five letters or more with them; when the words do not
tell, the two clauses of the sentence right before are taken in the order of mention
("Of its 4,094 ..., 3,193 ...; of the Board's 5,318, 3,390 ...": the first side is the
first clause).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from borderlands.figures.kinds import OPPOSITE, Finding, Sentence, is_count, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

WORD_RE = re.compile(r"\b(?:more|less) likely\b|\b(?:larger|smaller|higher|lower|greater) "
                     r"(?:share|proportion|part|rate)\b", re.I)  # fmt: skip
THAN_RE = re.compile(r"\bthan\b", re.I)
QUICK_WORDS = ("likely", "share", "proportion", "part", "rate")
#: WORD_RE needs one of QUICK_WORDS as a whole word (keep the two in step).
QUICK_WORD_SET = frozenset(QUICK_WORDS)
STEM_RE = re.compile(r"[a-z]{5,}")
STEM = 5
#: Words too common to tell two clauses apart.
COMMON = frozenset((
    "their", "there", "these", "those", "which", "while", "about", "after", "thus", "therefore",
    "whose", "other", "people", "share", "larger", "smaller", "likely", "inhab",
))  # fmt: skip
RATE_AFTER_RE = re.compile(r"\s*(?:per\b|to an?\b|a head\b|each\b)", re.I)
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)  # the scale of "116 per 1,000"
BACK = 3
UP = ("more", "larger", "higher", "greater")


@dataclass(frozen=True, slots=True)
class Proportion:
    part: Located
    whole: Located
    words: frozenset[str]

    @property
    def value(self) -> float:
        return self.part.quantity.mid / self.whole.quantity.mid


def stems(text: str) -> frozenset[str]:
    return frozenset(
        w[:STEM] for w in STEM_RE.findall(text.lower()) if w[:STEM] not in COMMON
    )


def proportions(s: Sentence, counts: list[Located]) -> list[Proportion]:
    """The clauses of a sentence that print just two counts, a part and its whole."""
    text = s.passage.text
    out: list[Proportion] = []
    cuts = [s.start + m.end() for m in re.finditer(";", text[s.start : s.end])]
    bounds = [s.start, *cuts, s.end]
    for lo, hi in itertools.pairwise(bounds):
        own = [
            f for f in counts
            if lo <= f.quantity.start < hi and is_count(f)
            and not RATE_AFTER_RE.match(text, f.quantity.end)
            and not PER_BEFORE_RE.search(text, max(0, f.quantity.start - 6), f.quantity.start)
        ]  # fmt: skip
        if len(own) != 2:
            continue
        part, whole = sorted(own, key=lambda f: f.quantity.mid)
        if part.quantity.mid == whole.quantity.mid:
            continue
        out.append(Proportion(part, whole, stems(text[lo:hi])))
    return out


def side(words: frozenset[str], found: list[Proportion]) -> Proportion | None:
    hits = [p for p in found if words & p.words]
    return hits[0] if len(hits) == 1 else None


def ratio_comparisons(
    s: Sentence, before: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """Comparisons of proportions in a sentence without counts, against the clauses of the
    ``before`` sentences (nearest last) that print them."""
    if not s.says_any(QUICK_WORD_SET):
        return []  # WORD_RE cannot match: one set test instead of a scan
    text = s.text
    if not any(w in text for w in QUICK_WORDS):
        return []  # a cheap first test, run on every sentence
    if any(is_count(f) for f in s.figures):
        return []
    m = WORD_RE.search(text)
    if m is None:
        return []
    than = THAN_RE.search(text, m.end())
    if than is None:
        return []
    found = [p for sentence, counts in before[-BACK:] for p in proportions(sentence, counts)]
    a = side(stems(text[: m.start()]), found)
    b = side(stems(text[than.end() :]), found)
    if a is None or b is None or a is b:
        last = proportions(*before[-1]) if before else []
        if len(last) != 2:
            return []
        a, b = last
    word = m.group(0).lower()
    up = word.split()[0] in UP
    if a.value == b.value:
        return []
    holds = (a.value > b.value) == up
    start = s.start + m.start()
    formula = (
        f"{num(a.part.quantity.mid)} / {num(a.whole.quantity.mid)} vs "
        f"{num(b.part.quantity.mid)} / {num(b.whole.quantity.mid)}"
    )
    opposite = OPPOSITE.get(word) or " ".join(
        [OPPOSITE.get(word.split()[0], "not"), *word.split()[1:]]
    )
    return [Finding(
        "comparison", start, s.start + m.end(), a.value,
        Verdict.consistent if holds else Verdict.inconsistent, formula, a.value,
        (a.part, a.whole, b.part, b.whole),
        f"“{m.group(0)}”: {formula.replace(' vs ', ' against ')} "
        f"({a.value * 100:.1f} against {b.value * 100:.1f} percent)",
        None if holds else opposite,
    )]  # fmt: skip
