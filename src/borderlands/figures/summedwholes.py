"""A share read over the sum of its list ("6165 / (6165 + 11208) * 100") whose total the text
also prints ("entered 17,373 new settlers"): that printed count is the share's whole, and a
second stage of it (those loaded against those who arrived,
borderlands.figures.stagewholes) may give the share as well, which makes it ambiguous.
"""

from __future__ import annotations

import re

#: "A / (B + C + ...) * 100": a part over the sum of the list it stands in.
LIST_SUM_FIT_RE = re.compile(r"[\d.]+ / \([\d.]+(?: \+ [\d.]+)+\) \* 100")


def is_list_sum_fit(formula: str) -> bool:
    """Whether a share's fit divides a part by the sum of a list."""
    return LIST_SUM_FIT_RE.fullmatch(formula) is not None
