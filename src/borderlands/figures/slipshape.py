"""Whether a miss looks like a slip of the pen, or like figures read for the wrong things.

A share or a duration whose printed figure the chosen inputs miss is called a slip only if
something a writer does by mistake turns the figure they give into the printed one: two
digits transposed, one digit mistyped, dropped or doubled, the share that remained printed
for the decline, a small miss (a rounding gone wrong), or for a duration a count within a
factor of two of the dates' span. Otherwise the fit is kept as the candidate of an
unverifiable claim, as a fit picked by its arithmetic is: a verdict that would accuse an
author on figures the sentence may not mean is worse than none.

Measured on the blind sets as they were while blind (heldout16 to heldout20: 148
inconsistent verdicts, 33 of them wrong), this turns seven of the wrong ones into candidates
("58.5%" against a fit of 70.7, "seven years" counted from 1956 to 1957) and three right
ones, whose dates were the wrong ones anyway ("ten years" from a span of 860 days). A share
that another base printed beside it reproduces stays a slip (a neighbouring total used as
the base, checks.unshaped_slip). Rates, remainders, sums and chains are not judged here: on
the sets tuned on, their planted slips are often of other shapes (a rate rounded up by a
sixth, a part left out of a sum), and the blind sets showed one wrong rate flag against
eight right ones.
"""

from __future__ import annotations

import math
import re

from borderlands.figures.slips import likely_slip

#: the kinds judged here
GATED_KINDS = frozenset({"share", "duration"})
#: a miss this small (relative to the printed figure) is a rounding or arithmetic slip
SMALL_MISS = 0.10
#: durations are told in round units ("nine years" for 1949-1960 is 11, "eight months" for
#: ten): a span this many times the printed one, or a printed one this many times the span,
#: is the span between other dates than the claim's
DURATION_FACTOR = 2.0
#: how far the writer's figure may lie from the checker's before a digit slip of it
BASE_SLACK = 0.01

_DECIMALS_RE = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def printed_decimals(stated: str) -> int:
    """How many decimals the printed figure has (0 for words: "seven years")."""
    m = _DECIMALS_RE.search(stated)
    return len(m.group(1)) if m and m.group(1) else 0


def digit_string(value: float, decimals: int) -> str:
    """The figure's digits at the printed precision, without separators or leading zeros."""
    return f"{abs(value):.{decimals}f}".replace(".", "").lstrip("0") or "0"


def _subsequence(short: str, long: str) -> bool:
    rest = iter(long)
    return all(ch in rest for ch in short)


def digit_slip(printed: float, computed: float, decimals: int, mistyped_from: int = 2) -> bool:
    """Whether the printed figure is the computed one (rounded or cut at the printed
    precision) with one digit mistyped (in a figure of at least ``mistyped_from`` digits) or
    one digit dropped or doubled, or with two digits transposed (of a figure within
    :data:`BASE_SLACK` of it: the writer's base may be a stage before or after the checker's,
    the 10,000 loaded against the 9,988 who arrived)."""
    a = digit_string(printed, decimals)
    scale = 10**decimals
    cut = math.floor(abs(computed) * scale + 1e-9) / scale
    if any(_one_digit_off(a, digit_string(value, decimals), mistyped_from)
           for value in (computed, cut)):  # fmt: skip
        return True
    if len(a) < 2:
        return False
    low = math.floor(abs(computed) * (1 - BASE_SLACK) * scale)
    high = math.ceil(abs(computed) * (1 + BASE_SLACK) * scale)
    if high - low > 400:  # a large count: the figure and its cut only
        return any(sorted(a) == sorted(digit_string(v, decimals)) for v in (computed, cut))
    return any(sorted(a) == sorted(digit_string(n / scale, decimals))
               for n in range(low, high + 1))  # fmt: skip


def _one_digit_off(a: str, b: str, mistyped_from: int) -> bool:
    if a == b:
        return True
    if len(a) == len(b) >= mistyped_from and sum(x != y for x, y in zip(a, b, strict=True)) == 1:
        return True
    if abs(len(a) - len(b)) == 1:
        short, long = sorted((a, b), key=len)
        return _subsequence(short, long)
    return False


def slip_shaped(kind: str, stated: str, printed: float, computed: float, step: float) -> bool:
    """Whether a writer's usual slip turns ``computed`` into the ``printed`` figure (printed
    as ``stated``, to ``step``)."""
    if kind == "duration":
        low, high = sorted((abs(printed), abs(computed)))
        return high < DURATION_FACTOR * low or digit_slip(printed, computed, 0)
    if kind == "share" and abs(printed + computed - 100) <= 1.0:
        return True  # the share that remained printed for the decline, or the reverse
    if abs(computed - printed) <= SMALL_MISS * abs(printed):
        return True
    # a whole percentage of one digit mistyped ("6 percent" for 9) is a slip of the hand; a
    # one-digit duration off by a digit is a count of other dates ("seven years" for one)
    if digit_slip(printed, computed, printed_decimals(stated), mistyped_from=1):
        return True
    numeral = _DECIMALS_RE.search(stated)
    return numeral is not None and likely_slip(
        numeral.group(), printed, computed, step, mistyped=True
    ) is not None
