"""A total that is its parts' sum less one of them: a part left out when adding up.

"4,210, 3,860, 2,940 and 1,770 refugees, 11,010 in all" (12,780 less 1,770); "a further 618
came and another 475, raising the number to 16,553" after 16,078 (17,171 less 618); "raised
the total to 37,782 by adding 22,910 Germans and 1,418 others" after 14,872.

Read only where the parts are one enumeration of the total's sentence (the first may be the
earlier total a "raised to" starts from), with three parts or more, and the part missed is
neither a subtotal of those before it ("11,320 in four years") nor a count printed after the
total that is no addition ("10,931 in all ..., leaving 4,257 behind"), nor a count that is
a part of the one before it ("5,200 Germans, 1,300 of them children, and 900 Finns, 6,100
in all": the children are among the Germans, the total right); a total short by one part
otherwise is often the sum of the others by design.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located
from borderlands.figures.quantity import Quantity

#: what makes a count after a total one of its parts: "raised the total to T by adding A"
ADDED_AFTER_RE = re.compile(r"\b(?:by\s+adding|adding|with\s+the\s+addition\s+of)\b", re.I)
#: after a count that is a part of the one before it: "1,300 of them children"
OF_THEM_RE = re.compile(r"\s*(?:\(\s*)?(?:[a-z]+\s+)?of\s+(?:them|whom|these|those)\b", re.I)


def part_left_out(total: Located, parts: list[Located]) -> str | None:
    """The printed text of the one part whose omission gives the printed total, or None."""
    qt: Quantity = total.quantity
    if len(parts) < 3 or qt.approx:
        return None
    if any(p.passage is not total.passage or p.sentence != total.sentence for p in parts[1:]):
        return None
    added = sum(p.quantity.mid for p in parts)
    tolerance = max(qt.step, 1.0) / 2
    left = [p for p in parts if abs(added - p.quantity.mid - qt.mid) <= tolerance]
    if len(left) != 1:
        return None
    miss = left[0]
    before = [p.quantity.mid for p in parts if p.raw_start < miss.raw_start]
    if len(before) >= 2 and abs(sum(before) - miss.quantity.mid) <= tolerance:
        return None  # a subtotal of the parts before it
    text = total.passage.text
    if OF_THEM_RE.match(text, miss.quantity.end):
        return None  # a part of the count before it, no sibling left out
    if miss.raw_start > total.raw_start and not ADDED_AFTER_RE.search(
        text[qt.end : miss.quantity.start]
    ):
        return None
    return " ".join(miss.quantity.text.split())
