"""The part and whole of a fraction whose part is the sentence's subject, counted in the
sentence before: "The settlements held 9,218 people. That was about two-thirds of the 13,862
who had arrived" (the demonstrative stands for the first count before); "The decree added
22,910 Germans. The Germans freed that year were five-sixths of the 27,350 counted in 1950"
(the subject's noun follows one count before). The whole is the count right after "of the".
"""

from __future__ import annotations

import re

from borderlands.figures.changedlevels import followed_by, is_level
from borderlands.figures.passages import Located

STEM = 5
#: the fraction's whole, right after it: "of the 13,862", "of its 27,350"
OF_WHOLE_RE = re.compile(r"\s+of\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?)?")
#: "That was about", "This came to nearly"
DEMONSTRATIVE_RE = re.compile(
    r"\s*(?:That|This|It)\s+(?:was|is|came to|amounted to|made up)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+)?"
)
#: "The Germans freed that year were": a noun subject and its verb, no figure between
NOUN_SUBJECT_RE = re.compile(
    r"\s*The\s+([A-Za-z]{4,})\b[^,;:\d]{0,40}?\s+(?:were|was|made up|formed)\s+"
    r"(?:about\s+|nearly\s+|almost\s+|some\s+|roughly\s+|over\s+|more than\s+)?"
)


def subject_part(
    claim: Located, before: list[Located], own: list[Located]
) -> tuple[Located, Located] | None:
    """(part, whole) of a fraction said of its sentence's subject, or None."""
    passage = claim.passage
    text = passage.text
    q = claim.quantity
    if not passage.sentences or q.phrase_start < 0:
        return None
    head = text[passage.sentences[claim.sentence][0] : q.phrase_start]
    after = [f for f in own if f.quantity.start >= q.end and is_level(f)]
    if not after or not OF_WHOLE_RE.fullmatch(text, q.phrase_end, after[0].quantity.start):
        return None
    whole = after[0]
    levels = [f for f in before if is_level(f) and f.quantity.mid < whole.quantity.mid]
    if DEMONSTRATIVE_RE.fullmatch(head):
        firsts = [f for f in before if is_level(f)][:1]
        return (firsts[0], whole) if firsts and firsts[0] in levels else None
    subject = NOUN_SUBJECT_RE.fullmatch(head)
    if subject is None:
        return None
    named = [f for f in levels if followed_by(f, subject.group(1).lower()[:STEM])]
    return (named[0], whole) if len(named) == 1 else None
