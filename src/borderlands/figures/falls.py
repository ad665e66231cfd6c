"""A fall stated as a percentage between two counts of its sentence.

"Kalamaria held 14,200 people in January and 3,550 in December, a fall of 75.0 percent":
the fall is (14,200 - 3,550) / 14,200. Printed as 25.0 it is what remained, a usual slip;
"went from 6,400 in June to 3,200 in October (50 percent)" fits both the fall and what
remained, and no wording decides it: ambiguous. So with "a drop of", "a decline of", "fell
by", "a cut of". After "a change of" or in brackets after "from A to B" the figure may
be either: only a figure that is both is read here (a figure that is what remained is
judged ambiguous by the share's own reading). The two counts are the sentence's only ones before the
figure, the larger first.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, compatible, is_scale, num, printed
from borderlands.figures.slips import printed_like
from borderlands.figures.verdicts import Verdict

#: words that make the percentage the fall itself
FALL_CUE_RE = re.compile(
    r"(?:\b(?:a|an)\s+(?:\w+\s+)?(?:fall|drop|decline|decrease|reduction|loss|cut)\s+of"
    r"|\b(?:fell|declined|dropped|shrank|decreased)\s+by)\s*$",
    re.I,
)
#: words that leave open whether it is the fall or what remained: "a change of",
#: "fell from 610 to 370 (60.7 percent)"
OPEN_CUE_RE = re.compile(
    r"(?:\b(?:a|an)\s+(?:\w+\s+)?change\s+of"
    r"|\bfrom\s+[\d,.]+[^()]{0,60}?\bto\s+[\d,.]+[^()]{0,40}?\()\s*$",
    re.I,
)


#: a percentage in brackets right after the second of two counts ("were down to 124 a year
#: later (50 percent)"): the words name no reading
BRACKET_BEFORE_RE = re.compile(r"\d[^\d()]{0,40}\(\s*$")


#: words of a change between the two counts: "from ... to", "down to", "a year later", or
#: a year with each
CHANGE_RE = re.compile(
    r"\b(?:from|to|down|up|rose|fell|grew|later|earlier)\b|\b1[89]\d\d\b[^()]*\b1[89]\d\d\b"
)


def accepts(stated: float, step: float, value: float) -> bool:
    return abs(value - stated) <= step / 2 + 1e-9


def falls(s: Sentence) -> list[Finding]:
    out: list[Finding] = []
    text = s.passage.text
    for p in s.figures:
        q = p.quantity
        if q.unit != "percent" or q.approx or q.kind == "range":
            continue
        lead = text[max(s.start, q.start - 90) : q.start]
        said_fall = FALL_CUE_RE.search(lead) is not None
        bracketed = BRACKET_BEFORE_RE.search(lead) is not None
        if not said_fall and not bracketed and OPEN_CUE_RE.search(lead) is None:
            continue
        before = [f for f in s.counts if f.quantity.end <= q.start and not is_scale(f)]
        if len(before) != 2 or not compatible(*before):
            continue
        a, b = before
        x, y = a.quantity.mid, b.quantity.mid
        step = q.step if q.step > 0 else 1.0
        end = max(q.end, q.phrase_end)
        if bracketed and not said_fall and not CHANGE_RE.search(text[a.quantity.end : q.start]):
            continue  # "9,000 prisoners: Poles 4,500 (50.0 percent)": a share, no change
        if 0 < x < y and bracketed and not said_fall:
            rise, share = (y - x) / x * 100, x / y * 100
            if accepts(q.mid, step, rise) and accepts(q.mid, step, share):
                # "1,533 pupils in 1924 and 2,480 in 1927 (61.8 percent)": the rise, or the
                # first as a share of the second
                out.append(Finding(
                    "share", q.start, end, q.mid, Verdict.ambiguous,
                    f"{num(x)} / {num(y)} * 100", share, (a, b),
                    f"{printed(a)} is {share:.1f} percent of {printed(b)}, and {printed(b)} is "
                    f"a rise of {rise:.1f} percent on it: the words do not say which",
                ))  # fmt: skip
            continue
        if not x > y > 0:
            continue
        fall, kept = (x - y) / x * 100, y / x * 100
        fits_fall, fits_kept = accepts(q.mid, step, fall), accepts(q.mid, step, kept)
        formula = f"({printed(a)} - {printed(b)}) / {printed(a)} * 100"
        if not said_fall and not (fits_fall and fits_kept):
            continue  # what remained, or neither: the share's own reading judges it
        if fits_fall and fits_kept:
            out.append(Finding(
                "share", q.start, end, q.mid, Verdict.ambiguous, f"{num(y)} / {num(x)} * 100",
                kept, (b, a),
                f"{printed(a)} to {printed(b)} is a fall of {fall:.1f} percent and leaves "
                f"{kept:.1f} percent: the words do not say which the printed figure is",
            ))  # fmt: skip
        elif fits_fall:
            out.append(Finding(
                "share", q.start, end, q.mid, Verdict.consistent, formula, fall, (a, b),
                f"{printed(a)} to {printed(b)} is a fall of {fall:.1f} percent",
            ))  # fmt: skip
        elif fits_kept:
            out.append(Finding(
                "share", q.start, end, q.mid, Verdict.inconsistent, formula, fall, (a, b),
                f"{printed(a)} to {printed(b)} is a fall of {fall:.1f} percent; the printed "
                f"figure is what remained ({kept:.1f} percent)",
                printed_like(fall, q.text, step),
            ))  # fmt: skip
    return out
