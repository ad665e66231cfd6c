"""Wholes printed beside their parts, which a ranking must not rank among them.

"32,000 troops: 23,400 ..., 5,100 ... and 3,500 ..., and about 4,000 militiamen" announces
a whole before a run of its parts; "..., 9,460 in Kermenchik, 90,820 in all" closes a run
with it; "Of the 11,850 mobilised, 5,420 went to ..." opens one. A whole that is the sum of
*all* the other counts is caught by a plain total; one that sums only the run next to it
(other counts follow or precede) is caught here. "into six districts: A, B, ..." prints the
number of the entries, which is no entry either.
"""

from __future__ import annotations


def sums_a_run(values: list[float], i: int, slack: float = 0.0) -> bool:
    """Whether ``values[i]`` equals the sum of two or more values right after it or right
    before it in the order printed (within ``slack``)."""
    target = values[i]
    for run in (values[i + 1 :], values[:i][::-1]):
        total = 0.0
        for k, v in enumerate(run):
            total += v
            if k >= 1 and abs(total - target) <= slack + 1e-9:
                return True
            if total > target + slack:
                break
    return False


def counts_the_entries(values: list[float], i: int) -> bool:
    """Whether ``values[i]`` is the number of the other entries ("six districts" beside six
    counts): a small whole number equal to how many others there are (or one more: a name
    the series could not read, such as "Ak-Dere", still counts), among counts ten times its
    size at least."""
    v = values[i]
    others = [x for k, x in enumerate(values) if k != i]
    return (
        v == int(v) and 2 <= v <= 20 and int(v) - len(others) in (0, 1)
        and min(others) >= 10 * v
    )  # fmt: skip
