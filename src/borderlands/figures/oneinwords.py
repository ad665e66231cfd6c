"""Shares said as "one in N" anywhere in a sentence: "roughly one in five came from the
north", "the operation took one in seven of them", "about one in fifteen of those discharged".

The quantity reader does not take "one in N" for a fraction, and :mod:`appositions` reads it
only set off by commas after a count ("940 had died, one in five,"), :mod:`chainwords` only as
the last step of a chain of shares. Everywhere else it is the same claim, a share of 100 / N
percent, found here and judged on the whole its words name, never on figures picked for
their arithmetic (a ten percent window fits many pairs of a paragraph): the whole named by a
verb or noun printed with a count (:mod:`thosewholes`), a member of a list ("one in five came
from Pargolovo") over the list's total (:mod:`membershares`), else it is unverifiable.

"One in N of these" after a percentage of its sentence is a step of a chain, left to
:mod:`chainwords`; "one in N days" or "one in N years" is a frequency, no share of people
counted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.lexicon import QUALIFIERS, STOP_WORDS

_QUALIFIER_WORDS = "|".join(sorted((re.escape(w) for w in QUALIFIERS), key=len, reverse=True))
NUMBER_WORDS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20,
                "fifty": 50, "hundred": 100}  # fmt: skip
#: "one in five", "two in five", "more than seven in ten", "one family in six": K of every
#: N, with the singular noun counted between ("one household in ten") read as a share
ONE_IN_RE = re.compile(
    rf"\b(?:(?P<qualifier>{_QUALIFIER_WORDS})\s+)?(?P<k>one|{'|'.join(NUMBER_WORDS)})"
    r"(?:\s+(?P<noun>[a-z]{3,}))?\s+in\s+(?:every\s+)?"
    rf"(?P<n>\d{{1,3}}|{'|'.join(NUMBER_WORDS)})\b(?!\s*(?:percent|per\s+cent|%))"
    r"(?P<after>\s+[a-z]+)?",
    re.I,
)
#: the cheap first test of a passage: a number word before "in"
MAY_HOLD_RE = re.compile(rf"\b(?:one|{'|'.join(NUMBER_WORDS)})\s+(?:[a-z]+\s+)?in\s", re.I)

#: "one in ten days", "one in three years": a frequency, not a share of a group.
TIME_NOUNS = frozenset((
    "days", "weeks", "months", "years", "hours", "nights", "cases", "times", "thousand",
))  # fmt: skip

#: "one in six of these" after a percentage of its sentence: a step of a chain of shares.
PERCENT_RE = re.compile(r"\d\s*(?:percent|per\s+cent|%)", re.I)
CHAIN_STEP_RE = re.compile(r"\s+(?:of\s+)?(?:these|them|those)\b", re.I)


@dataclass(frozen=True, slots=True)
class OneIn:
    start: int  # the words with the qualifier
    end: int
    share: float  # percent
    direction: str  # "about" | "above" | "below"
    k_start: int = -1  # where its "one" or "two" stands: the quantity reader may read it alone


def may_hold_ones(text: str) -> bool:
    """The cheap first test of a passage for :func:`ones_in`."""
    return MAY_HOLD_RE.search(text) is not None


def ones_in(text: str, start: int, end: int) -> list[OneIn]:
    """The "one in N" shares of the sentence ``text[start:end]``."""
    out: list[OneIn] = []
    for m in ONE_IN_RE.finditer(text, start, end):
        raw = m.group("n").lower()
        n = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
        k = NUMBER_WORDS.get(m.group("k").lower(), 1)
        after = (m.group("after") or "").strip().lower()
        noun = (m.group("noun") or "").lower()
        if n < 2 or k >= n or after in TIME_NOUNS or not counted_one(noun, k):
            continue
        if CHAIN_STEP_RE.match(text, m.end()) and PERCENT_RE.search(text, start, m.start()):
            continue
        qualifier = (m.group("qualifier") or "").lower()
        words_end = m.start("after") if m.group("after") else m.end()
        out.append(OneIn(m.start(), words_end, 100 * k / n, QUALIFIERS.get(qualifier, "about"),
                         m.start("k")))  # fmt: skip
    return out


def counted_one(noun: str, k: int = 1) -> bool:
    """Whether the word between "one" and "in" names what is counted: none ("one in six"),
    or a noun in the number of its count ("one family in six", "four villages in five");
    not a time ("one day in ten"), a plural after "one" or a function word ("one of them
    in", "one each in")."""
    if not noun:
        return True
    if noun in TIME_NOUNS or noun + "s" in TIME_NOUNS or noun in STOP_WORDS:
        return False
    if k > 1:  # "four villages in five": the plural of the things counted
        return noun.endswith("s") and noun not in NOT_COUNTED
    return noun not in NOT_COUNTED and not noun.endswith("s")


#: words after "one" that are no counted noun: "one more in", "one only in"
NOT_COUNTED = frozenset(("more", "only", "each", "other", "another", "less", "fewer"))


#: The member a "one in N" is said of, named after it: "one in five came from Pargolovo".
MEMBER_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+){0,3}?\s+(?:from|in|at|to|for)\s+(?:the\s+)?(?P<name>[A-Z][\w-]{3,})\b"
)


def member_after(text: str, end: int, clause_end: int) -> str | None:
    """The place or group name the clause of a "one in N" ending at ``end`` names."""
    m = MEMBER_AFTER_RE.match(text, end, clause_end)
    return m.group("name") if m is not None else None
