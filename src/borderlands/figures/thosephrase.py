"""A share of "those" a phrase places: "75.1 percent of those on the register in 1955",
"of those in the camps", "of those at the depot", or of a noun with its year: "They made
up 2.5 percent of the register of 1947".

The phrase names the whole by where the people counted were (a noun) and, often, when (a
year). The whole is the nearest earlier count whose own clause names that noun (or a word of
its stem: "register", "registered") and that year when one is given; a count of the same
people in another year ("the 4,583 settlers counted in 1948") is not that whole. The part is
the count the share's clause is said of, printed before it in its sentence with no clause
mark between.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.frontedwhole import own_clause
from borderlands.figures.passages import Located

STEM = 6  # "register" and "registered", "camps" and "camp"

#: Right after the share: "of those on the register in 1955", "of all those in the camps",
#: or a noun with its year: "of the register of 1947", "of the settlers of 1946".
THOSE_PLACED_RE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:those\s+(?:still\s+)?(?:on|in|at|under)\s+(?:the|its|their)\s+"
    r"(?:[a-z]+\s+)?(?P<place>[a-z]{4,})\b(?:\s+(?:in|of|on|for)\s+(?P<when>1[89]\d\d)\b)?"
    r"|(?:the|its|their)\s+(?P<noun>[a-z]{4,})\s+(?:of|in|for)\s+(?P<year>1[89]\d\d)\b)"
)

#: The clause of a count: up to its end (a full stop, semicolon, colon or a comma before
#: the next count: "counted in 1948, 3,862 were still on its register").
CLAUSE_RE = re.compile(r"(?:[^.;:,]|,(?!\s*\d)){0,120}")

#: Where the words before a count stop being its own: a clause mark or another count (a
#: year is no count: "the register of 1947 held 102,125").
CLAUSE_BEFORE_RE = re.compile(r"[.;:]|\b(?!1[89]\d\d\b)\d[\d,]*")

YEAR_RE = re.compile(r"\b1[89]\d\d\b")


@dataclass(frozen=True)
class PlacedWhole:
    noun: str
    year: str | None
    part: Located
    whole: Located


def placed_phrase(text: str, share_end: int) -> tuple[str, str | None] | None:
    """The noun and year of a "of those on the register in 1955" right after a share."""
    m = THOSE_PLACED_RE.match(text, share_end)
    if m is None:
        return None
    if m.group("noun"):
        return m.group("noun").lower(), m.group("year")
    return m.group("place").lower(), m.group("when")


def placed(count: Located, noun: str, year: str | None) -> bool:
    """True when the clause after the count (or just before it) names the noun, and the year
    when one is asked for."""
    text = count.passage.text
    after = CLAUSE_RE.match(text, count.quantity.end)
    clause = after.group(0) if after else ""
    before = CLAUSE_BEFORE_RE.split(text[max(0, count.quantity.start - 60) : count.quantity.start])
    clause = (before[-1] + " " + clause).lower()
    words = re.findall(r"[a-z]+", clause)
    if not any(w[:STEM] == noun[:STEM] for w in words if len(w) >= min(len(noun), STEM)):
        return False
    return year is None or year in YEAR_RE.findall(clause)


def placed_whole(
    claim: Located, sentence_start: int, own: list[Located], before: list[Located],
    pronoun_part: Located | None = None,
) -> PlacedWhole | None:
    """The part and the whole of a share of "those" a phrase places, or None. The part is
    the count of its clause, or ``pronoun_part`` (the count a pronoun subject stands for)
    when its sentence prints none before the share."""
    text = claim.passage.text
    phrase = placed_phrase(text, claim.quantity.phrase_end)
    if phrase is None:
        return None
    noun, year = phrase
    ahead = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
    if ahead and not own_clause(text, ahead[-1], claim):
        return None
    part = ahead[-1] if ahead else pronoun_part
    if part is None:
        return None
    earlier = [f for f in before if f.passage is not claim.passage
               or f.quantity.end <= sentence_start]  # fmt: skip
    whole = next((f for f in earlier if placed(f, noun, year)), None)
    if whole is None or whole.quantity.mid <= part.quantity.mid:
        return None
    return PlacedWhole(noun, year, part, whole)
