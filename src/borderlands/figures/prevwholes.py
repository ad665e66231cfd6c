"""Shares whose whole is the one count of the sentence before: "The district counted 16,000
deported Germans in 1945. In the mines worked 2,400, or 15 percent."

A historian states the whole, then in the next sentence one part of it and its share. The
share's own sentence names only the part (printed right before the share); the sentence
before names only the whole. With one count on each side there is no other pair the words
could mean, so the reading is as named as "2,400 of 16,000": a fit is consistent and a usual
slip (digits transposed, dropped or doubled, a decimal point) is inconsistent. A wider miss
is not read as a slip: the whole may be another, unprinted, one.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: Between the part and its share: "2,400, or 15 percent", "4,000 of them, 25 percent",
#: "1,080 died, 15 percent", "2,400 (15 percent)".
PART_GAP_RE = re.compile(
    r"(?:\s+of\s+(?:them|these|those))?(?:\s+[a-z]+){0,2}\s*(?:\(|,\s*(?:or\s+|that is,?\s+)?)"
    r"(?:about\s+|some\s+|nearly\s+|almost\s+|over\s+)?",
    re.I,
)


#: After a share: words that make it a change or a share of another named whole ("25
#: percent more than planned", "12 percent of the families").
NOT_OF_PART_RE = re.compile(
    r"\s*(?:more|fewer|less|higher|lower|above|below|up|down|over|under|increase|decrease|"
    r"rise|fall|drop|of\s+(?:the|its|their|all)\s+(?!whole\b|total\b)[a-z]+)\b",
    re.I,
)


def _counts(fs: list[Located]) -> list[Located]:
    return [f for f in fs if f.quantity.unit not in ("percent", "times", "fraction")]


#: "4,920 of them, 20 percent": the part says it is of a whole named before.
ANAPHORA_RE = re.compile(r"\s+of\s+(?:them|these|those)\b", re.I)


def previous_whole(
    claim: Located, own: list[Located], before: list[list[Located]]
) -> tuple[Located, Located] | None:
    """(part, whole) of a share whose sentence's one count is its part and whose sentence
    before holds one count of the same thing, larger; None otherwise. ``own``: the counts of
    the claim's sentence; ``before``: those of the sentences before it, nearest first, same
    passage. With "of them" after the part, sentences that count only other things
    ("They came in 14 echelons") are passed over, up to the three before."""
    own = _counts(own)
    if len(own) != 1:
        return None
    part = own[0]
    pq = part.quantity
    if pq.end > claim.quantity.start or pq.kind != "number":
        return None
    text = claim.passage.text
    if PART_GAP_RE.fullmatch(text, pq.phrase_end, claim.quantity.phrase_start) is None:
        return None
    if NOT_OF_PART_RE.match(text, claim.quantity.phrase_end):
        return None
    back = 3 if ANAPHORA_RE.match(text, pq.phrase_end) else 1
    for counts in before[:back]:
        counts = _counts(counts)
        same = [f for f in counts if same_thing(part, f)]
        if not same:
            continue
        if len(counts) != 1:
            return None
        whole = same[0]
        wq = whole.quantity
        if whole.passage is not claim.passage or wq.kind != "number" or not 0 < pq.mid < wq.mid:
            return None
        return part, whole
    return None


def same_thing(part: Located, whole: Located) -> bool:
    """Whether two counts may count the same thing: the same unit, or one not printed (a
    plural the lexicon does not know, "14 echelons", is printed)."""
    pu, wu = part.quantity.unit, whole.quantity.unit
    if not wu and plural_after(whole) and not (pu and not part.quantity.unit_implied):
        return False
    if part.quantity.unit_implied or not pu:
        return not wu or wu == "persons" or whole.quantity.unit_implied
    return not wu or pu == wu


PLURAL_AFTER_RE = re.compile(r"\s+([a-z]{3,}s)\b")
NOT_PLURALS = frozenset(("was", "has", "its", "his", "this", "thus", "less", "across",
                         "perhaps", "whereas", "besides", "always"))  # fmt: skip


def plural_after(f: Located) -> bool:
    """Whether a plural noun follows the figure: a count of something named."""
    m = PLURAL_AFTER_RE.match(f.passage.text, f.quantity.end)
    return m is not None and m.group(1) not in NOT_PLURALS
