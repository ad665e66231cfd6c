"""A figure printed between the parts a sum would give it is a member of their run, not
their total (issue #14): in "deaths numbered 26, 61 and 35 respectively" the 61 is the second
camp's, though 26 + 35 make it. A total closes or opens its parts; one standing inside a run
of counts joined only by commas and "and" is read as no sum of them.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.passages import Located

#: What may stand between two members of one run: a comma, "and", a short name or noun.
JOIN_RE = re.compile(r"[^\d.;:()]{0,40}")
SEPARATOR_RE = re.compile(r",|\band\b")


def inside_own_run(total: Located, parts: tuple[Located, ...]) -> bool:
    """Whether ``total`` stands between ``parts`` in one run of counts of its sentence."""
    if not parts or any(p.passage is not total.passage or p.sentence != total.sentence
                        for p in parts):  # fmt: skip
        return False
    before = [p for p in parts if p.raw_start < total.raw_start]
    after = [p for p in parts if p.raw_start > total.raw_start]
    if not before or not after:
        return False
    text = total.passage.text
    run = sorted((*parts, total), key=lambda f: f.quantity.start)
    for a, b in itertools.pairwise(run):
        gap = text[a.quantity.end : b.quantity.start]
        if JOIN_RE.fullmatch(gap) is None or SEPARATOR_RE.search(gap) is None:
            return False
    return True
