"""A second total over the same parts as a counted total, from the other figure each part's
sentence prints (issue #14): "The Lesko district, 24,387 in 1947, numbered 1,460 in 1960. The
Sanok district, with 2,310 in 1960 out of 29,614 removed, ... The two districts together held
3,770 in 1960, where 54,001 had been loaded in 1947".

The grammar read: a total read as the sum of parts printed one to a sentence (each part in a
sentence of its own, as ``countedsums`` finds them), then, after a word of contrast
("where", "whereas", "against", "out of", "of", "from"), a second count. Each part's sentence
prints exactly one other count of the second total's kind: the same thing's figure in the
other series. Those counts are named by the sentences that pair them with the parts, not
picked for their sum: a fit is consistent, a usual slip inconsistent, anything else is not
read.
"""

from __future__ import annotations

import re

from borderlands.figures.countedsums import is_part
from borderlands.figures.kinds import Finding, Sentence, compatible, fit_or_slip, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: Between the first total and the second: a word that sets the two series side by side.
CONTRAST_RE = re.compile(r"^[^.;:\d]{0,40}?,\s+(?:where|whereas|against|out\s+of|of|from)\b",
                         re.I)  # fmt: skip


def paired_series(
    s: Sentence, earlier: list[tuple[Sentence, list[Located]]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the second totals of ``s`` over the parts of a total read before them."""
    if len(s.figures) < 2:
        return found
    text = s.passage.text
    out: list[Finding] = []
    for first in found:
        if first.kind != "sum" or first.verdict == Verdict.unverifiable or len(first.inputs) < 2:
            continue
        if not s.start <= first.start < s.end:
            continue
        sentences = {p.sentence for p in first.inputs}
        if len(sentences) != len(first.inputs) or any(
            p.passage is not s.passage or p.sentence >= s.index for p in first.inputs
        ):
            continue
        after = [f for f in s.figures if f.quantity.start >= first.end]
        if not after or not is_part(after[0]):
            continue
        second = after[0]
        if CONTRAST_RE.match(text[first.end : second.quantity.phrase_start]) is None:
            continue
        if any(f.start == second.quantity.start and f.verdict != Verdict.unverifiable
               for f in found):  # fmt: skip
            continue
        partners = [partner(p, second, earlier) for p in first.inputs]
        matched = [p for p in partners if p is not None]
        if len(matched) != len(partners):
            continue
        value = sum(p.quantity.mid for p in matched)
        formula = " + ".join(printed(p) for p in matched)
        what = f"the {len(matched)} counts printed beside the parts of the first total"
        read = fit_or_slip("sum", second, value, formula, tuple(matched),
                           f"{what} add up to {num(value)}", what, usual_only=True)  # fmt: skip
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def partner(part: Located, second: Located, earlier: list[tuple[Sentence, list[Located]]]
            ) -> Located | None:  # fmt: skip
    """The one other count of ``second``'s kind in ``part``'s sentence, or None (it may be
    the whole the part is printed against: "2,310 in 1960 out of 29,614 removed")."""
    for b, figures in earlier:
        if b.passage is part.passage and b.index == part.sentence:
            others = [f for f in figures if f is not part and is_thing_count(f)
                      and compatible(f, second)
                      and f.quantity.mid != part.quantity.mid]  # fmt: skip
            return others[0] if len(others) == 1 else None
    return None
