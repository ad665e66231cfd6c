"""A share in a reported clause has no part in the clause that reports it: "The post had 75
beds, 12 of them for the sick, and its doctor judged that 30 percent of the children were
ill". The share is of the children; the beds of the main clause are no part of them. A
count printed before the "that" the share opens is not the share's part.

When the reported clause prints no count at all, the share is someone's estimate ("an
inspector reckoned that 25 percent of the roofs let in the rain"): no printed figure is its
part, and a fit found elsewhere is a chance one, so it is unverifiable.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: "reckoned that about 25 percent", "said in May that 20 per cent": the share opens the
#: reported clause ("of that 20 percent", "in that 20 percent" are a determiner's).
REPORTED_LEAD_RE = re.compile(
    r"(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bto )(?<!\bfor )(?<!\bby )\bthat\s+"
    r"(?:(?:about|some|perhaps|nearly|almost|over|under|roughly|only|just|up\s+to|"
    r"no\s+more\s+than|more\s+than|less\s+than|fewer\s+than|at\s+least)\s+)*$",
    re.I,
)
#: A count in the reported clause: a numeral that is not the share's own.
COUNT_RE = re.compile(r"\d")


def reported_estimate(text: str, share_start: int, share_end: int, clause_end: int) -> bool:
    """Whether the share at ``text[share_start:share_end]`` opens a reported clause ("the
    doctor reckoned that 20 percent of the children ...") that prints no count up to
    ``clause_end``: someone's estimate, which no printed figure of the text computes."""
    if REPORTED_LEAD_RE.search(text, max(0, share_start - 60), share_start) is None:
        return False
    tail = re.split(r";|\.\s", text[share_end:clause_end])[0]
    return COUNT_RE.search(tail) is None


def reported_apart(text: str, count_end: int, share_start: int) -> bool:
    """Whether the count ending at ``count_end`` is outside the reported clause the share at
    ``share_start`` opens ("75 beds, ..., and its doctor judged that 30 percent")."""
    return REPORTED_LEAD_RE.search(text, max(count_end, share_start - 60), share_start) is not None


#: The noun a share or a part is of: "40 per cent of the men", "640 of the men".
OF_THE_NOUN_RE = re.compile(r"\s*(?:per\s*cent|percent|%)?\s+of\s+the\s+([a-z]{3,})\b", re.I)
#: The noun a part is printed with: "640 of the men", "400 newcomers".
PART_NOUN_RE = re.compile(r"\s+(?:of\s+the\s+)?([a-z]{3,})\b", re.I)
#: A part that points back at its sentence's people: "1,000 of them".
OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these)\b", re.I)
STEM = 5


def part_of_named_noun(claim: Located, part: Located) -> bool:
    """Whether ``part`` is printed as a part of the noun the share names, or with that noun:
    "640 of the men" or "640 men" for "40 per cent of the men", or "1,000 of them" in a
    sentence about the men."""
    said = OF_THE_NOUN_RE.match(claim.passage.text, claim.quantity.end)
    if said is None:
        return False
    noun = said.group(1).lower()[:STEM]
    text = part.passage.text
    if OF_THEM_RE.match(text, part.quantity.end):  # "1,000 of them": them of its sentence
        if part.passage is claim.passage and part.sentence == claim.sentence:
            return False  # a count of the reporting clause ("60 beds, 12 of them ...")
        start, end = part.passage.sentences[part.sentence]
        return noun in text[start:end].lower()
    of = PART_NOUN_RE.match(text, part.quantity.end)
    return of is not None and of.group(1).lower()[:STEM] == noun
