"""A gap between two amounts named by the words that lead to it (issue #14): "The Turkish
figure was thus lower, by 1,770"; "those who left outnumbered those who came by 8,633"; "it
left the Porte owing a balance of 3,836,000 leva"; "514 deaths and 186 births, a net loss of
328"; "lay a difference of 638 persons".

The grammar read: a noun of a gap (balance, gap, difference, excess, shortfall, net loss or
gain) with "of" or a comma, or "by" closing a clause that compares (lower, higher, more,
fewer, outnumbered, exceeded ...), right before the figure. The two amounts compared are the
two counts of the figure's kind (the same scale word, "million", where the figure has one;
no rate, percentage or year) in its own sentence before it; else those of its own clause
(after a semicolon or ", and"): where that prints one, that one and the only such count of
the sentence before; where it prints none, the sentence before when that prints exactly
two. A gap of those two is the only reading, so a usual slip is
read as well as a fit; other pairs are left to the other readings.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, count_remainder, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of a gap in the sentence.
CUE_WORDS = frozenset(
    {"balance", "gap", "difference", "excess", "shortfall", "surplus", "net", "by"}
)  # fmt: skip
GAP_LEAD_RE = re.compile(
    r"(?:\b(?:balance|gap|difference|excess|shortfall|surplus|net\s+(?:loss|gain|increase|"
    r"decrease|fall|rise))(?:\s+of|,)"
    r"|\b(?:lower|higher|fewer|more|less|larger|smaller|greater|outnumbered|exceeded|"
    r"outweighed)\b[^.;:()]{0,80}?\bby)\s*(?:some\s+|about\s+|nearly\s+|only\s+)?$",
    re.I,
)
#: Where the gap's own clause begins: "..., and it left the Porte owing a balance of".
CLAUSE_RE = re.compile(r"[;:]|,\s+(?:and|but|while|whereas|so\s+that)\s", re.I)
SCALE_RE = re.compile(r"\b(million|billion|thousand)\b", re.I)


def scale_of(f: Located) -> str:
    m = SCALE_RE.search(f.quantity.text)
    return m.group(1).lower() if m else ""


def comparable(f: Located, gap: Located) -> bool:
    a, b = f.quantity, gap.quantity
    return (
        is_thing_count(f) and scale_of(f) == scale_of(gap)
        and (a.unit_implied or b.unit_implied or not a.unit or not b.unit or a.unit == b.unit)
    )  # fmt: skip


def clause_start(text: str, start: int, end: int) -> int:
    """Where the clause that ends at ``end`` begins (``start``, the sentence's, at most)."""
    return max((m.end() for m in CLAUSE_RE.finditer(text, start, end)), default=start)


def stated_gaps(s: Sentence, before: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the gaps of ``s`` its words name, where ``found`` read none (a reading
    left unverifiable there yields to this one)."""
    if not s.figures or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for gap in s.figures:
        q = gap.quantity
        if q.start in taken or not is_thing_count(gap):
            continue
        lead = text[max(s.start, q.phrase_start - 120) : q.phrase_start]
        if GAP_LEAD_RE.search(lead) is None:
            continue
        own = [f for f in s.figures if f.quantity.end <= q.phrase_start and comparable(f, gap)]
        if len(own) != 2:
            clause = clause_start(text, s.start, q.phrase_start)
            own = [f for f in own if f.quantity.start >= clause]
        prior = (
            [f for f in before.figures if comparable(f, gap)]
            if before is not None and before.passage is s.passage else []
        )  # fmt: skip
        if len(own) == 2:
            pair = own
        elif len(own) == 1 and len(prior) == 1:
            pair = prior + own
        elif not own and len(prior) == 2:
            pair = prior
        else:
            continue
        big, small = sorted(pair, key=lambda f: -f.quantity.mid)
        if big.quantity.mid <= small.quantity.mid:
            continue
        read = count_remainder(gap, big, small, f"{printed(big)} less {printed(small)} is")
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found
