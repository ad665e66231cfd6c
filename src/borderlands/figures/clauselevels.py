"""The two levels of a multiple in words ("doubled", "tripled", "halved") printed in its own
sentence among other counts, read on the sentence's grammar, not on the counts' arithmetic.

* The old level set off by commas after the subject, the new one after "to": "births, 172 in
  1948, doubled to 351 in 1949 and rose to 488 in 1950". The count between the commas is the
  subject's level before the change; the count the verb goes "to" is the level after it.
* Two levels joined by "and" before a clause of consequence whose subject is what they count:
  "released 1,420 persons in 1956 and 2,870 in 1957, so that the yearly number tripled, and
  with the 1,690 freed in 1958 ...". The two counts before the consequence are the two levels
  in the order the text gives them (the later over the earlier); counts printed after the
  verb, in a clause of their own, are no level.

Only a pair whose ratio goes the way the verb says (up for "doubled", down for "halved") is
read. The reading is handed to :func:`kinds.multiples`, which judges the ratio.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from borderlands.figures.passages import Located

if TYPE_CHECKING:
    from borderlands.figures.kinds import Sentence

#: between the apposed old level and the verb: "172 in 1948, doubled", "612, had halved"
APPOSED_GAP_RE = re.compile(
    r"(?:\s+(?:in|by|at\s+the\s+end\s+of)\s+(?:\d{4}|[A-Z][a-z]+(?:\s+\d{4})?))?,\s+"
    r"(?:had\s+|have\s+|has\s+)?(?:(?:more\s+than|nearly|almost|about|over)\s+)?$"
)
#: before the apposed old level: the subject's noun and a comma ("births, 172")
APPOSED_OPEN_RE = re.compile(r"\b[A-Za-z]{3,},\s+$")
#: the verb's own new level: "doubled to 351", "halved, to 790"
TO_NEW_RE = re.compile(r",?\s+to\s+(?:about\s+|some\s+)?$")
#: a clause of consequence opening before the verb: ", so that the yearly number", ", and"
CONSEQUENCE_RE = re.compile(
    r"[^,;:]{0,30}?,\s+(?:so\s+that|and\s+so|and\s+thus|and|thus)\s+[^,;:\d]*"
)
#: the two levels joined: "1,420 persons in 1956 and 2,870"
JOINED_RE = re.compile(r"[^,;:]{0,40}?\s+and\s+(?:then\s+)?")


def clause_levels(
    s: Sentence, start: int, end: int, factor: float
) -> tuple[Located, Located] | None:
    """(old level, new level) of the multiple's words at ``s.text[start:end]``, read on the
    sentence's grammar, or None. ``factor`` says which way the verb goes (below one: down)."""
    pair = apposed_levels(s, start, end) or consequence_levels(s, start)
    if pair is None:
        return None
    old, new = pair
    if old.quantity.unit != new.quantity.unit and not (
        old.quantity.unit_implied or new.quantity.unit_implied
    ):
        return None
    rises = new.quantity.mid > old.quantity.mid
    return pair if rises == (factor > 1) else None


def apposed_levels(s: Sentence, start: int, end: int) -> tuple[Located, Located] | None:
    """"births, 172 in 1948, doubled to 351": the count between the subject's commas and the
    one right after the verb's "to"."""
    text = s.text
    before = [f for f in s.counts if f.quantity.end - s.start <= start]
    after = [f for f in s.counts if f.quantity.start - s.start >= end]
    if not before or not after:
        return None
    old, new = before[-1], after[0]
    if not APPOSED_GAP_RE.fullmatch(text, old.quantity.end - s.start, start):
        return None
    if not APPOSED_OPEN_RE.search(text, 0, old.quantity.start - s.start):
        return None
    if not TO_NEW_RE.fullmatch(text, end, new.quantity.start - s.start):
        return None
    return old, new


def consequence_levels(s: Sentence, start: int) -> tuple[Located, Located] | None:
    """"released 1,420 persons in 1956 and 2,870 in 1957, so that the yearly number tripled":
    the two counts joined by "and" right before the clause of consequence, no other count
    of the sentence before them."""
    text = s.text
    before = [f for f in s.counts if f.quantity.end - s.start <= start]
    if len(before) != 2 or len(before) == len(s.counts):
        return None  # two counts in all are read by kinds.multiples already
    old, new = before
    if CONSEQUENCE_RE.fullmatch(text, new.quantity.end - s.start, start) is None:
        return None
    if not JOINED_RE.fullmatch(text, old.quantity.end - s.start, new.quantity.start - s.start):
        return None
    return old, new
