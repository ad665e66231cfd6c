"""Chains whose first share is picked out by its label in the sentence before: "The men
arrested were miners (40 percent), carters (35 percent) and clerks (25 percent). About half
of these miners came from the upper pits, so that some 250 of the 1,240 men arrested were
miners from the upper pits": 1,240 × 40 % × a half.

The sentence names the base ("of the 1,240"), the result (the other, smaller count), a
share of its own before "of these <label>", and the label; the sentence before lists
parenthesised percentages, and the one whose words before it hold the label is the first
share. Only a unique label is read.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, chain_finding, printed
from borderlands.figures.passages import Located

OF_THESE_RE = re.compile(r"\b(?:of|among)\s+these\s+([a-z]+(?:\s+[a-z]+)?)", re.I)
BASE_RE = re.compile(r"\b(?:of|out of|among)\s+(?:the|its|their|all)\s+$", re.I)
LABEL_SPAN = 40  # characters before a parenthesised percentage searched for its label


def share_factor(p: Located) -> float:
    return p.quantity.mid / 100 if p.quantity.unit == "percent" else p.quantity.mid


def label_before(text: str, start: int, p: Located) -> list[str]:
    """The words of a parenthesised percentage's own item: "and clerks (25 percent)"."""
    lead = text[max(start, p.quantity.phrase_start - LABEL_SPAN) : p.quantity.phrase_start]
    return re.split(r"[,;:()]", lead.rstrip(" (").lower())[-1].split()


def label_chains(s: Sentence, previous: Sentence | None) -> list[Finding]:
    """The result of a chain whose first share the sentence names by its label."""
    if previous is None:
        return []
    sentence = s.text
    if "these" not in sentence and "These" not in sentence:
        return []  # a cheap first test, run on every sentence
    m = OF_THESE_RE.search(sentence)
    if m is None:
        return []
    at = s.start + m.start()
    own = [p for p in s.rates if p.quantity.end <= at]
    counts = s.counts
    if len(own) != 1 or len(counts) != 2:
        return []
    text = s.passage.text
    bases = [f for f in counts if BASE_RE.search(text[max(0, f.quantity.phrase_start - 12) :
                                                      f.quantity.phrase_start])]  # fmt: skip
    if len(bases) != 1:
        return []
    base = bases[0]
    claim = next(f for f in counts if f is not base)
    if claim.quantity.mid >= base.quantity.mid or claim.quantity.start < at:
        return []
    label = m.group(1).lower().split()[0]
    labelled = [
        p for p in previous.rates
        if p.quantity.unit == "percent" and label in label_before(text, previous.start, p)
    ]  # fmt: skip
    if len(labelled) != 1:
        return []
    first = labelled[0]
    value = base.quantity.mid * share_factor(first) * share_factor(own[0])
    factors = [printed(p) + ("%" if p.quantity.unit == "percent" else "") for p in (first, *own)]
    formula = " * ".join([printed(base), *factors])
    return [chain_finding(claim, value, formula, (base, first, own[0]))]
