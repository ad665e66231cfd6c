"""A share in a sentence that opens by naming its whole with a noun: "Of these houses 1,210
went to the farms (60.5 percent)", "Of the wagons, 412 came back (41.2 percent)", "For houses
alone the payments came to 812,000 roubles, or 16.7 percent of what they were valued at" (a count in
the opening, "Of the 2,000 houses", is read as the whole by the search, not here).

The fronted "Of these <noun>" says what the whole counts; the whole is the nearest earlier
count printed with that noun ("2,000 houses"), however many counts of other things stand
between ("the 2,400 households had owned 2,000 houses"). A fit on a count of another noun is
a fit picked for its arithmetic, so the verdict rests on the count the noun labels, and the
part is the count the share's own clause names (printed right before it).

When the named whole misses the share by no usual slip but a count of another thing printed
just before (the households beside the houses) gives it, the share was taken of the wrong
whole: a slip of its own kind, read from the words (the noun names one count, the figure
follows another), not from the digits.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from borderlands.figures.passages import Located

FRONTED_BACK = 40  # counts looked back at for the whole, nearest first
WRONG_WHOLE_BACK = 4  # sentences before the share (its paragraph) that may hold a wrong whole

#: The opening "Of these houses", "Of all those wagons", "Of the 2,000 houses": the noun.
FRONTED_OF_RE = re.compile(
    r"\s*(?:Of\s+(?:all\s+)?(?:these|those|the)|For(?:\s+the)?)\s+([a-z]{4,})\b"
    r"(?!\s+(?:of|who|that|which|in|on|at|from)\b)"  # "Of the houses of 1940": not one noun
)

#: Nouns that name no thing counted: the whole is not read from them.
NOT_NOUNS = frozenset((
    "total", "whole", "number", "figure", "rest", "remainder", "others", "remaining",
    "latter", "former", "first", "second", "same", "above", "following", "previous",
    "persons", "people", "sums", "figures", "example", "instance", "most", "many", "some",
    "years", "months", "weeks", "days", "time",
))  # fmt: skip

#: The words right after a count, up to the noun it is of: "3,318 houses", "3,318 timber
#: houses", "3,318 of the houses".
AFTER_COUNT_RE = re.compile(r"\s+(?:of\s+the\s+)?(?:[a-z]+\s+)?([a-z]{4,})\b")


#: A clause mark between the part and the share: the share is said of another subject
#: ("2,318 were settlers'; the settlers made up 67.9 percent", "shipped 480 horses, yet the
#: inspectors reckoned that 20 percent").
CLAUSE_END_RE = re.compile(r"[;:]|,\s+(?:yet|but|while|whereas|and|though|although)\b|\bthat\b")
PART_GAP = 50  # characters between the part and its share, at most


def own_clause(text: str, part: Located, claim: Located) -> bool:
    """True when the share is said in the part's clause, close after it."""
    gap = text[part.quantity.end : claim.quantity.phrase_start]
    return len(gap) <= PART_GAP and CLAUSE_END_RE.search(gap) is None


@dataclass(frozen=True)
class FrontedWhole:
    noun: str
    part: Located
    whole: Located


def fronted_noun(text: str, sentence_start: int) -> str | None:
    """The noun of an opening "Of these <noun>", or None."""
    m = FRONTED_OF_RE.match(text, sentence_start)
    if m is None or m.group(1).lower() in NOT_NOUNS:
        return None
    return m.group(1).lower()


def forms(word: str) -> set[str]:
    """The noun and what it may be without a plural ending: "houses" gives "house", and
    "households" never gives "houses" (no stem is cut)."""
    out = {word}
    if word.endswith("s") and not word.endswith("ss"):
        out |= {word[:-1], word[:-2]}
    if word.endswith("ies"):
        out.add(word[:-3] + "y")
    return out


def labels(count: Located, noun: str) -> bool:
    """True when the count is printed with ``noun`` (its unit, or the word after it)."""
    wanted = forms(noun)
    unit = (count.quantity.unit or "").lower()
    if unit and forms(unit) & wanted:
        return True
    m = AFTER_COUNT_RE.match(count.passage.text, count.quantity.end)
    return m is not None and bool(forms(m.group(1).lower()) & wanted)


def fronted_whole(
    claim: Located, sentence_start: int, own: list[Located], before: list[Located]
) -> FrontedWhole | None:
    """The part (the count of the share's sentence right before it) and the whole (the
    nearest earlier count, before the sentence, labelled by the fronted noun), or None."""
    text = claim.passage.text
    noun = fronted_noun(text, sentence_start)
    if noun is None:
        return None
    ahead = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
    if not ahead:
        return None
    part = ahead[-1]
    if not own_clause(text, part, claim):
        return None
    earlier = [f for f in before if f.passage is not claim.passage
               or f.quantity.end <= sentence_start]  # fmt: skip
    whole = next((f for f in earlier if labels(f, noun)), None)
    if whole is None or whole.quantity.mid <= part.quantity.mid:
        return None
    return FrontedWhole(noun, part, whole)


def wrong_wholes(
    part: Located, whole: Located, named: Callable[[Located], bool]
) -> Callable[[list[Located]], list[Located]]:
    """Of counts nearby, those that could have been taken for the whole by mistake: larger
    than the part, printed before it, not the whole and not of what the words name."""
    def pick(nearby: list[Located]) -> list[Located]:
        return [
            f for f in nearby
            if f is not part and f is not whole and f.quantity.mid > part.quantity.mid
            and f.raw_start < part.raw_start and not named(f)
        ]  # fmt: skip
    return pick
