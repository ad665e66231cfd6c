"""The rest of a whole whose parts are spread over the sentences before it.

"... it had entered 84,260 persons. Poles made up 31,470 of them, Lithuanians 11,380,
Belarusians 9,850 and Latvians 7,650. The Jews, with 18,920, came second only to the Poles.
The remaining 4,990 were Russians, Tatars ...": the whole is the largest count of the
sentences before (up to three back), the parts every count of the same kind printed after
it; the rest is read only when the whole less the parts gives it exactly (at its printed
precision), so the reading is no chance fit and nothing is flagged on it.
"""

from __future__ import annotations

from borderlands.figures.kinds import REST_RE, Finding, Sentence, accepts_count, compatible, printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

BACK = 3


def spread_rest(
    s: Sentence, r: Located, sentence_counts: dict[int, list[Located]]
) -> Finding | None:
    """``r`` ("The remaining 4,990") as the largest count before it less every count of the
    same kind between them. ``sentence_counts``: the counts of each sentence (no shares,
    no rates per unit)."""
    q = r.quantity
    text = s.passage.text
    if REST_RE.search(text[max(s.start, q.phrase_start - 30) : q.phrase_start]) is None:
        return None
    pool = [f for i in range(s.index - BACK, s.index + 1) for f in sentence_counts.get(i, [])
            if f.quantity.start < q.start and compatible(f, r)]  # fmt: skip
    if len(pool) < 3:
        return None
    whole = max(pool, key=lambda f: f.quantity.mid)
    parts = [f for f in pool if f.quantity.start > whole.quantity.start]
    if len(parts) < 2:
        return None
    value = whole.quantity.mid - sum(p.quantity.mid for p in parts)
    if value <= 0 or not accepts_count(q, value):
        return None
    formula = f"{printed(whole)} - " + " - ".join(printed(p) for p in parts)
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value,
        (whole, *parts), f"what remains of {printed(whole)} after the parts printed since is "
        f"{printed(r)}",
    )  # fmt: skip
