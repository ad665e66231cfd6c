"""Comparatives of pace concluded from two parts of their wholes printed before them:
"the fishery trust had let 5,120 of its 8,740 go and the coal trust 4,410 of its 6,320, so
that the fishermen went home faster than the miners" (issue #14).

"Faster", "slower", "more readily", "more often", "more quickly" compare the two rates x / y
of the two pairs "x of its y" the sentence prints before a conclusion ("so that", "thus",
"therefore", "hence"). The subject is matched to the one pair whose clause shares a word
stem with it ("fishermen": "fishery trust"); the other pair is the other side. Not read when
the sentence prints other than two pairs, when the subject's words match neither or both
pairs, or when the other side's words match the subject's pair.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.kinds import Finding, Sentence, is_count, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

PACE_WORDS = frozenset(("faster", "slower", "readily", "often", "quickly", "slowly"))
PACE_RE = re.compile(
    r"\b(faster|slower|(?:far\s+)?more\s+(?:readily|often|quickly)|"
    r"(?:far\s+)?less\s+(?:readily|often|quickly)|more\s+slowly)\b",
    re.I,
)
UP_PACE = ("faster", "more")
CONCLUSION_RE = re.compile(r",?\s+(?:so\s+that|so|thus|therefore|hence)\s+", re.I)
PAIR_GAP_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|out\s+of|among)\s+(?:its|their|the)\s+")
CLAUSE_CUT_RE = re.compile(r"[,;:]\s+|\s+and\s+|\s+but\s+")
THAN_SIDE_RE = re.compile(r"\s+than\s+([^,;.]+)", re.I)
WORD_RE = re.compile(r"[A-Za-z]{4,}")
STEM = 5
COMMON = frozenset(("that", "than", "with", "from", "their", "went", "were", "home", "thus"))


def stems(text: str) -> frozenset[str]:
    return frozenset(
        w.lower()[:STEM] for w in WORD_RE.findall(text) if w.lower() not in COMMON
    )  # fmt: skip


def pace_pairs(s: Sentence) -> list[Finding]:
    if not s.has_digit or not s.says_any(PACE_WORDS):
        return []
    text = s.passage.text
    out: list[Finding] = []
    for m in PACE_RE.finditer(text, s.start, s.end):
        conclusion = list(CONCLUSION_RE.finditer(text, s.start, m.start()))
        if not conclusion:
            continue
        cut = conclusion[-1]
        counts = [f for f in s.figures if is_count(f) and f.quantity.end <= cut.start()]
        pairs = pairs_of(text, counts)
        if len(pairs) != 2 or len(counts) != 4:
            continue
        words = [stems(clause_before(text, s.start, pairs, i)) for i in range(2)]
        subject = stems(text[cut.end() : m.start()])
        than = THAN_SIDE_RE.match(text, m.end())
        other = stems(than.group(1)) if than else frozenset()
        hits = [i for i in range(2) if subject & words[i]]
        if len(hits) != 1 or other & words[hits[0]]:
            continue
        mine, theirs = pairs[hits[0]], pairs[1 - hits[0]]
        a = mine[0].quantity.mid / mine[1].quantity.mid
        b = theirs[0].quantity.mid / theirs[1].quantity.mid
        if a == b:
            continue
        word = " ".join(m.group(1).lower().split())
        up = word.startswith(UP_PACE) or word.startswith("far more")
        holds = a > b if up else a < b
        formula = (f"{num(mine[0].quantity.mid)} / {num(mine[1].quantity.mid)} vs "
                   f"{num(theirs[0].quantity.mid)} / {num(theirs[1].quantity.mid)}")  # fmt: skip
        out.append(Finding(
            "comparison", m.start(1), m.end(1), a,
            Verdict.consistent if holds else Verdict.inconsistent, formula, a,
            (*mine, *theirs),
            f"“{word}”: {mine[0].quantity.text} of {mine[1].quantity.text} against "
            f"{theirs[0].quantity.text} of {theirs[1].quantity.text}",
            None if holds else f"not {word}",
        ))  # fmt: skip
    return out


def pairs_of(text: str, counts: list[Located]) -> list[tuple[Located, Located]]:
    """The pairs "x of its y" (x < y) among ``counts``, each count in at most one."""
    out: list[tuple[Located, Located]] = []
    for x, y in itertools.pairwise(counts):
        if out and out[-1][1] is x:
            continue
        gap = PAIR_GAP_RE.fullmatch(text, x.quantity.end, y.quantity.start)
        if gap and 0 < x.quantity.mid < y.quantity.mid:
            out.append((x, y))
    return out


def clause_before(text: str, start: int, pairs: list[tuple[Located, Located]], i: int) -> str:
    """The words of pair ``i``'s clause before its part: back to the previous pair or the
    sentence's start, from the last clause break."""
    lo = pairs[i - 1][1].quantity.end if i else start
    return CLAUSE_CUT_RE.split(text[lo : pairs[i][0].quantity.start])[-1] or ""
