"""Shares of the parts of a whole split in the sentence before: "9,412 of the 9,846 arrested
had been sentenced: 6,583 to death and 2,829 to the camps. The death sentences made up
66.9 percent of all sentences and the camp terms 30.1%": each share, in order, against its
part of the whole the parts add up to (6,583 / 9,412 = 69.9, so 66.9 is two digits
transposed), not against any other count of the paragraph that happens to fit.

Read only when the sentence of the shares prints no counts, the shares are as many as the
parts after the colon, the parts add up exactly to a count before it, and at least one share
holds (so the pairing is the one meant).
"""

from __future__ import annotations

from borderlands.figures.kinds import is_count
from borderlands.figures.listshares import ListShare, judge_one
from borderlands.figures.passages import Located


def split_of(previous: list[Located]) -> tuple[Located, list[Located]] | None:
    """The whole and its parts in a sentence that splits a count after a colon."""
    if not previous:
        return None
    text = previous[0].passage.text
    for whole in previous:
        colon = text.find(":", whole.quantity.end)
        if colon < 0 or any(whole.quantity.end < f.quantity.start < colon for f in previous
                            if f is not whole and not is_count(f)):  # fmt: skip
            continue
        parts = [f for f in previous if f.quantity.start > colon and is_count(f)]
        if len(parts) >= 2 and sum(p.quantity.mid for p in parts) == whole.quantity.mid:
            return whole, parts
    return None


def split_shares(shares: list[Located], counts: list[Located], previous: list[Located]
                 ) -> list[ListShare]:  # fmt: skip
    """The shares of a sentence judged against the split of the sentence before."""
    if counts or len(shares) < 2:
        return []
    found = split_of([f for f in previous if is_count(f)])
    if found is None:
        return []
    whole, parts = found
    if len(parts) != len(shares):
        return []
    judged = [judge_one(s, p, whole) for s, p in zip(shares, parts, strict=True)]
    return judged if any(j.holds for j in judged) else []
