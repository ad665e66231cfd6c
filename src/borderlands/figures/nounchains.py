"""A chain of shares whose base the sentence names by its noun, printed sentences before.

"Of the loans, 45 percent had gone to Macedonian villages, and two-thirds of those paid for
draught animals: about 4,870 loans" takes 45 percent and two-thirds of the loans counted
earlier in the paragraph ("granted 16,240 loans"), not of the last figure before it (a sum
of money). Likewise "Among the deportees, a third were children, and half of these under
five: 2,100 children" after "12,600 deportees". The base is the last count before the
sentence that the noun follows.
"""

from __future__ import annotations

import math
import re

from borderlands.figures.kinds import Finding, Sentence, chain_finding, printed
from borderlands.figures.passages import Located
from borderlands.figures.wholes import stem

#: "Of the loans,", "Among the deportees,", "Of these families,": the whole the sentence's
#: shares are of
OF_NOUN_RE = re.compile(
    r"^\s*(?:Of|Among) (?:the|all the|its|their|these|those) ([a-z][a-z-]{3,})\b"
    r"(?!\s+(?:of|who|whom|which|that)\b)"
)
#: "Women were 42 percent of the arrivals": the whole named right after the first share.
SHARE_OF_NOUN_RE = re.compile(r"\s+of\s+(?:the|all the|its|their) ([a-z][a-z-]{3,})\b")
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z-]+\s+){0,2}?([a-z][a-z-]{3,})\b")
#: The noun before a count it is measured by: "raised the commission's funds to 63,340 lira".
NOUN_BEFORE_RE = re.compile(
    r"\b([a-z][a-z-]{3,})\s+(?:to|at|of|was|were|stood at|came to|totalled|numbered)\s+"
    r"(?:some\s+|about\s+)?$"
)


def opens_with_noun(s: Sentence) -> str | None:
    """The stem of the noun a sentence opens its shares with ("Of the loans,"), or names
    right after its first share ("42 percent of the arrivals")."""
    m = OF_NOUN_RE.match(s.text)
    if m is not None:
        return stem(m.group(1))
    if not s.rates:
        return None
    first = s.rates[0].quantity
    after = SHARE_OF_NOUN_RE.match(s.passage.text, first.phrase_end)
    if after is None or any(f.quantity.start < first.start for f in s.figures):
        return None
    return stem(after.group(1))


def noun_base(s: Sentence, items: list[Located], noun: str) -> Located | None:
    """The last count before the sentence, in its passage, followed by the noun."""
    text = s.passage.text
    for f in reversed(items):
        if f.quantity.end > s.start or f.quantity.unit in ("percent", "fraction"):
            continue
        m = NOUN_AFTER_RE.match(text, f.quantity.end)
        if m is not None and stem(m.group(1)) == noun:
            return f
        b = NOUN_BEFORE_RE.search(text, max(0, f.quantity.phrase_start - 40),
                                  f.quantity.phrase_start)  # fmt: skip
        if b is not None and stem(b.group(1)) == noun:
            return f
    return None


def noun_chains(s: Sentence, items: list[Located]) -> list[Finding]:
    """The chain "Of the <noun>, P percent ..., and F of those ...: N" against the count of
    that noun printed before."""
    if len(s.figures) < 3:
        return []  # one count and two shares at least: most sentences
    noun = opens_with_noun(s)
    if noun is None or len(s.counts) != 1 or len(s.rates) < 2:
        return []
    claim = s.counts[0]
    shares = [p for p in s.rates if p.quantity.end <= claim.quantity.start]
    base = noun_base(s, items, noun)
    if base is None or len(shares) < 2 or claim.quantity.mid >= base.quantity.mid:
        return []
    value = base.quantity.mid * math.prod(
        p.quantity.mid / 100 if p.quantity.unit == "percent" else p.quantity.mid for p in shares
    )
    factors = [printed(p) + ("%" if p.quantity.unit == "percent" else "") for p in shares]
    formula = " * ".join([printed(base), *factors])
    return [chain_finding(claim, value, formula, (base, *shares))]
