"""A rank said in a clause that prints a rate of its member, or a share of the member's own
count, may rank that measure, not the member's count: "Yakutia had lost 32.7 percent of its
3,323 settlers, the highest loss of the three regions" ranks the losses, which the list of
settlers does not order. Such a rank is not judged on the counts of the list. (A share of
the whole the members share, "took 42.9 per cent of the arrivals, the largest group", keeps
the counts' order.)
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Sentence

#: After a figure, the words that make it a rate: "24 per 1,000", "4.5 to a family".
RATE_AFTER_RE = re.compile(r"\s*(?:per\b(?!\s*cent)|to an?\b|a head\b|each\b|apiece\b)", re.I)
#: After a percentage, a share of the member's own count: "32.7 percent of its 3,323".
OWN_SHARE_RE = re.compile(r"\s*(?:per\s*cent|percent|%)?\s+of\s+(?:its|their|his|her)\b", re.I)
#: A break into a clause with another subject: "..., while Balzer, with 9,810, gave ...".
OTHER_CLAUSE_RE = re.compile(r";|,\s+(?:while|whereas|but|and)\b", re.I)


def ranks_printed_measure(s: Sentence, clause: int, at: int) -> bool:
    """Whether the rank at ``at`` (an offset in the sentence's text) stands in a clause
    (from ``clause``) that prints a share or a rate before it."""
    clause = max((m.end() for m in OTHER_CLAUSE_RE.finditer(s.text, clause, at)), default=clause)
    for f in s.figures:
        where = f.quantity.start - s.start
        if not clause <= where < at:
            continue
        text = s.passage.text
        own_share = f.quantity.unit == "percent" and OWN_SHARE_RE.match(text, f.quantity.end)
        if own_share or RATE_AFTER_RE.match(text, f.quantity.end):
            return True
    return False
