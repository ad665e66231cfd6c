"""A sum found by value among a paragraph's counts may not leave out a count of the
total's own sentence printed between two of the counts it adds: "... brought back 214
children. Between 1948 and 1953 another 88 came home, and from 1954 to 1956, 1,163 were
freed, 1,377 returns in all" is no sum of 214 and 1,163 (the 88 is one of the returns, and
the total is then slipped).
"""

from __future__ import annotations

from borderlands.figures.passages import Located


def skips_own_part(total: Located, pool: list[Located], added: tuple[Located, ...]) -> bool:
    """Whether ``added`` (the counts a sum fit adds, from ``pool``) leaves out a count of
    ``pool`` in the total's sentence, before the total, between the first and the last it
    adds."""
    if len(added) < 2:
        return False
    first = min(f.raw_start for f in added)
    last = max(f.raw_start for f in added)
    return any(
        first < f.raw_start < last
        and f.passage is total.passage
        and f.sentence == total.sentence
        and f.raw_start < total.raw_start
        and all(f is not a for a in added)
        for f in pool
    )
