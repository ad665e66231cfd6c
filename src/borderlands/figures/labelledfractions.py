"""A fraction in words whose part and whole the text names by their nouns: "Among them were
1,412 children under sixteen ... Children were thus over half of those bound for the
settlements" after "The 2,734 family members were sent to special settlements".

The part is what the fraction's clause is said of: the count the clause prints before it
("Women and children together, 66,330 persons, made up nearly four-fifths"), else its
subject matched by its words ("Children were thus"); the whole is what its "of ..." names
("those bound for the settlements"). Each is matched, as the sides of "twice as many A as B"
are (:mod:`asmany`), to the one count of the fraction's sentence or the sentences before it
in its paragraph whose own words name it; never to counts picked for their arithmetic. The
part's unit may be another than the whole's ("1,412 children" of "2,734 family members"):
the words, not the units, say it is a part.

A claim left unverifiable takes the fit of the two named counts; a miss leaves it
unverifiable (the words may name other counts). A claim read consistent on a fit over
another whole than the one its words name, which the named counts miss, is made
unverifiable with that fit as its candidate: the fit rests on arithmetic, not on the words.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.asmany import labelled, matched, side_words
from borderlands.figures.kinds import Sentence
from borderlands.figures.passages import Located

BACK = 3  # sentences before the fraction's searched for its part and whole
#: the clause of the fraction, back to where it opens
CLAUSE_OPEN_RE = re.compile(r"[;:]|,\s+(?:and|but|while|so\s+that)\s+")
#: its whole, named after it: "of those bound for the settlements", "of the Siberian contingent"
OF_WHOLE_RE = re.compile(r"\s+of\s+(?:all\s+)?(?:the\s+|those\s+|its\s+|their\s+)?([^,;:.()]+)")
#: words that name no whole of their own: "of them", "of the whole", "of these"
POINTING_WORDS = frozenset(("them", "these", "whole", "total", "those", "this", "that"))


def fraction_sides(
    sentences: Sequence[Sentence], claim: Located
) -> tuple[Located, Located] | None:
    """(part, whole) of the fraction in words ``claim``, whose sentence is the last of
    ``sentences`` (those before it in its paragraph come first), or None."""
    if not sentences:
        return None
    own = sentences[-1]
    text = own.passage.text
    q = claim.quantity
    lead = CLAUSE_OPEN_RE.split(text[own.start : q.phrase_start])[-1]
    whole_words = OF_WHOLE_RE.match(text, q.phrase_end, own.end)
    if whole_words is None:
        return None
    named = whole_words.group(1).strip()
    if not named or (named.split()[0].lower() in POINTING_WORDS and len(named.split()) == 1):
        return None
    pool = [p for s in sentences[-BACK - 1 :] for p in labelled(s)]
    # "Women and children together, 66,330 persons, made up ...": a count of the clause
    # itself is its part
    in_lead = [p for p in labelled(own) if p.count.quantity.end <= q.phrase_start
               and p.count.quantity.start >= q.phrase_start - len(lead)]  # fmt: skip
    part = in_lead[-1] if in_lead else matched(side_words(lead), pool)
    whole = matched(side_words(named), pool)
    if part is None or whole is None or part is whole:
        return None
    if part.count.quantity.mid >= whole.count.quantity.mid:
        return None
    return part.count, whole.count
