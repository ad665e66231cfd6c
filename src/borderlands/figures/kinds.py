"""Derived claims beyond percentages (issue #14): remainders, rates per unit, multiples in
words, comparisons, counts of listed items, durations between dates, chains of shares, and
parts stated as percentages that should add up.

Each kind is found by its wording in one sentence, and checked only on the figures that
sentence (or, for a rate or a remainder, the sentences next to it) names: a claim whose
named inputs give another figure is *inconsistent*, with the usual slip and the likely
intended figure when one explains it; a claim with no named inputs is left *unverifiable*.
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import partial
from itertools import combinations
from typing import Protocol

from borderlands.figures.additions import stock_before
from borderlands.figures.changedlevels import changed_level
from borderlands.figures.clauselevels import clause_levels
from borderlands.figures.clausesides import in_its_clause
from borderlands.figures.comparedfigures import (
    comparative_cues,
    one_measure,
    own_window,
    percent_against_part,
    says_sum_side,
    subject_side,
    sum_side,
)
from borderlands.figures.compound_spans import months_words, stated_months, years_and_months
from borderlands.figures.datebounds import clause_pair, date_bound
from borderlands.figures.frequencymultiples import counts_for_frequency
from borderlands.figures.inlinesides import sides_in_clause
from borderlands.figures.laterdates import later_slice
from borderlands.figures.lexicon import FRACTIONS, MONTHS_IN_ORDER, MULTIPLE_WORDS, TIME_WORDS
from borderlands.figures.multiplelevels import (
    levels_of,
    names_noun_of,
    own_levels,
    subject_counted,
)
from borderlands.figures.nearnames import named_figure
from borderlands.figures.numbers import TENS, UNITS, format_number, parse_words, round_half_up
from borderlands.figures.onefor import named_divisors
from borderlands.figures.orders import (
    AS_MANY_WORDS,
    RANKED_WORDS,
    SO_NAME_WORDS,
    as_many,
    ranked,
    so_name,
)
from borderlands.figures.parallelruns import (
    another_run_named,
    noun_levels,
    parallel_period_pair,
)
from borderlands.figures.partpairs import part_and_its_whole, side_by_side
from borderlands.figures.passages import Located, Passage
from borderlands.figures.periodpairs import BETWEEN_RE, period_pair
from borderlands.figures.pernouncounts import per_noun_counts
from borderlands.figures.prefilter import alternation, any_of, has_odd_fold, may_hold, word_set
from borderlands.figures.quantity import RATIO_UNITS, Quantity
from borderlands.figures.ratedpair import (
    is_rated_pair,
    named_part_and_whole,
    part_of_named_whole,
)
from borderlands.figures.restslips import whole_of_slipped_rest
from borderlands.figures.runwholes import sums_a_run
from borderlands.figures.secondonly import (
    PRONOUNS,
    RIVAL_RE,
    by_description,
    owner_other_than,
    rivals,
    subject_figure,
)
from borderlands.figures.slips import SLIP_NAMES, likely_slip, printed_like
from borderlands.figures.spanevents import origin_subject, year_tells_other_thing
from borderlands.figures.subtotals import without_subtotals
from borderlands.figures.summeddivisor import summed_divisors
from borderlands.figures.thanside import than_names_first
from borderlands.figures.verbsides import gap_after_verb, verb_sides
from borderlands.figures.verdicts import Verdict

#: Numbers in words, longer forms first ("twenty-one" before "twenty").
NUMBER_WORDS = [f"{t}-{u}" for t in TENS for u in list(UNITS)[:9]] + sorted(
    (*UNITS, *TENS), key=len, reverse=True
)
#: NUMBER_WORDS as a pattern, grouped by first letter (matches as their plain alternation).
NUMBER_WORD = alternation(NUMBER_WORDS)
#: Every NUMBER_WORD holds one of these words; a pattern that needs a number word or a digit
#: cannot match a text with neither (see :func:`may_hold_count`).
NUMBER_CUES = (*UNITS, *TENS)
DIGIT_RE = re.compile(r"\d")
REMAINDER_BEFORE_RE = re.compile(
    r"(?:(?:the remaining|the rest|the remainder|the others|the balance(?: of)?|the other|"
    r"a further|(?:the|a) difference(?: of)?|the shortfall was|leaving|(?:which|that) left|"
    r"(?:fell|was|were|came)\s+short\s+by|an?\s+(?:natural\s+|net\s+)?"
    r"(?:increase|shortfall|deficit|surplus|excess|gap)\s+of)(?:,|\s*\()?"
    r"|those not(?:\s+[a-z]+){1,4},)"
    r"\s*(?:about\s+|some\s+)?$",
    re.I,
)
#: Cues that name the rest of a whole ("a further" may add a part instead).
REST_RE = re.compile(
    r"(?:the remaining|the rest|the remainder|the others|the balance(?: of)?|the other)(?:,|\s*\()?"
    r"\s*(?:about\s+|some\s+)?$",
    re.I,
)
#: A count or a percent right before a comparison word: "580 fewer than were loaded", "28.3
#: per cent fewer than in 1949" (a difference, absolute or relative, not an order).
COUNT_BEFORE_RE = re.compile(
    r"\d(?:\s*%|\s+per\s*cent|\s+(?!was\b|were\b|is\b|are\b|been\b|remained\b|stood\b)[a-z]+)?"
    r"\s+$"
)  # "14,200 was greater than": a verb between, so an order, not a difference
#: A difference said by "more" or "fewer than": read as a remainder, fits only.
DIFFERENCE_THAN_RE = re.compile(r"^(?:\s+[a-z]+)?\s+(?:more|fewer|less)\s+than\b", re.I)
PART_WINDOW = 12  # counts before a remainder tried as its whole and two parts
REMAINDER_AFTER_RE = re.compile(
    r"^(?:\s+[a-z]+)?\s+(?:remained|were left|short|stayed behind|were left over)\b", re.I
)
RATE_AFTER_RE = re.compile(
    r"(?:\s+(?!in\b|of\b|at\b|on\b|for\b|from\b|with\b|by\b)[a-z]+){0,2}?"
    r"\s+(?P<cue>per|to an?|in each(?= of\b|\s*[.,;])|for (?:each|every)(?= of\b)|each|"
    r"for each(?=\s+(?:[a-z]+\s+)?[a-z]+\b)|to every(?=\s+[a-z]+\b)|apiece|"
    r"on average|an?)"
    r"(?:\s+(?P<target>\d[\d,]*|[a-z]+))?\b",
    re.I,
)
#: Words before a rate: "one for every 2,330", "averaged 4.6", "each train carried on average
#: 1,850", "an average of 38", "one doctor to 900 settlers".
RATE_BEFORE_RE = re.compile(
    r"(?:(?:for|to) every|averag(?:ed|ing)|on average|an average of|"
    r"(?<!from )\bone\s+(?:[a-z-]+\s+){0,2}?(?:to|for|per)|"
    r"\b(?:each|the average|an average)\s+[a-z]+\s+(?:thus\s+|then\s+)?"
    r"(?:held|carried|took|housed|received|had|counted|numbered|comprised|brought))\s+$",
    re.I,
)
#: "A Moldavian wagon carried 14": a unit of a named group holding the rate, read as a rate
#: only when the text counted that unit before ("26 echelons of 1,310 wagons")
GROUP_UNIT_BEFORE_RE = re.compile(
    r"\b(?:[Aa]n?|[Ee]ach|[Ee]very)\s+[A-Z][a-z]+\s+(?P<noun>[a-z]{3,})\s+(?:thus\s+|then\s+)?"
    r"(?:held|carried|housed)\s+$"
)
#: Groups of a size, the size ending its clause: "78 teams of 40.", "16 columns of about 150,"
#: ("1,845 households of 8,950 persons" is a count of persons, not a size).
GROUPS_OF_RE = re.compile(
    r"\b\d[\d,]*\s+(?!per\b|percent\b)[a-z]+\s+of(?:\s+(?:about|some|nearly|almost|over))?"
    r"\s+$",
    re.I,
)
PER_SCALE_RE = re.compile(r"^(1,000|1000|thousand|100|hundred|10,000)$")
COMPARE_RE = re.compile(
    r"\b(far fewer|far more|more likely|less likely|higher|lower|larger|smaller|greater|"
    r"fewer|better|worse|more|less)\b(?=(?:\s+\(?[\w’'-]+(?:,\d+)?\)?,?){0,7}?"
    # "higher in A, with 612 of 5,532, than in B": the subject's own figures set apart
    r"(?:\s+with\s+(?:[^,;:]|,\d){1,40},)?\s+than\b)",
    re.I,
)
#: Comparisons by a verb: "the Poles outnumbered the Germans: 16,380 against 11,310".
COMPARE_VERB_RE = re.compile(
    r"\b(outnumbered|exceeded|surpassed|outstripped|trailed|lagged behind|fell short of)\b"
    r"(?!\s+(?:about\s+|some\s+|nearly\s+|almost\s+)?\d)",  # "exceeded 2,000": a bound
    re.I,
)
#: A comparison of amounts per unit: "more persons each than ... 34,380 in 29 against ...".
EACH_RE = re.compile(r"\b(?:each|apiece|per|a head|on average)\b", re.I)
#: after "than a": the words that make it a bound ("more than a third", "a hundred", "a
#: year"); any other noun is a thing compared ("higher than a man's")
BOUND_AFTER_A = alternation(sorted(
    {*FRACTIONS, *TIME_WORDS, "hundred", "thousand", "million", "dozen", "score", "few",
     "couple", "handful", "little", "bit", "single", "fraction", "tenth"}
))  # fmt: skip
QUALIFIER_THAN_RE = re.compile(
    rf"\s+than\s+(?:\d|an?\s+(?:[a-z]+\s+)?(?:{BOUND_AFTER_A})\b|half|twice|one|{NUMBER_WORD}|"
    + "|".join(MULTIPLE_WORDS)
    + r")",
    re.I,
)
SUPERLATIVE_RE = re.compile(
    r"\b(?:the\s+)?(largest|smallest|highest|lowest|biggest|"
    r"(?<=the )(?:most|fewest)(?= of\b|\s*[,;.]))\b",
    re.I,
)
AGAINST_RE = re.compile(r"\b(?:against|ahead of|compared with|followed by|than)\b", re.I)
#: the name a sentence ranks, right before its verb: "so that Angren was second only to"
SUBJECT_BEFORE_RE = re.compile(r"\b([A-Z][\w-]{2,})\s+(?:was|is|came|stood|ranked)\s+$")
SECOND_RE = re.compile(r"\bsecond only to\s+(?:the\s+)?([A-Z][\w-]+)")
#: Cheap first tests (:func:`may_hold`) for COMPARE_RE (its look-ahead needs "than"),
#: COMPARE_VERB_RE and SUPERLATIVE_RE: words each match must hold.
THAN_CUES = ("than",)
VERB_CUES = ("outnumbered", "exceeded", "surpassed", "outstripped", "trailed", "lagged behind",
             "fell short of")  # fmt: skip
SUPERLATIVE_CUES = ("largest", "smallest", "highest", "lowest", "biggest", "most", "fewest")
UP_WORDS = frozenset(["higher", "larger", "greater", "better", "more", "far-more", "more-likely",
                      "outnumbered", "exceeded", "surpassed", "outstripped"])  # fmt: skip
OPPOSITE = {
    "higher": "lower", "lower": "higher", "larger": "smaller", "smaller": "larger",
    "greater": "smaller", "fewer": "more", "more": "fewer", "better": "worse",
    "worse": "better", "less": "more", "far fewer": "more", "far more": "fewer",
    "more likely": "less likely", "less likely": "more likely", "largest": "not the largest",
    "smallest": "not the smallest", "highest": "not the highest", "lowest": "not the lowest",
    "biggest": "not the biggest", "most": "not the most", "fewest": "not the fewest",
    "outnumbered": "fewer", "exceeded": "fell short of",
    "surpassed": "fell short of", "outstripped": "fell short of", "trailed": "exceeded",
    "lagged behind": "exceeded", "fell short of": "exceeded",
}  # fmt: skip
COUNT_RE = re.compile(rf"\b({NUMBER_WORD}|\d{{1,2}})\b((?:\s+[\w’'-]+){{1,7}}?)\s*:\s+(.+)$", re.I)
#: A count earlier in the clause of a list's count: the list may count its noun instead
#: ("eight districts on the two sides of the border: A, B, ..."), too far from the colon
#: for COUNT_RE, so a miscount of the nearer one is no verdict.
#: Only a count of a plural noun is one ("eight districts"): a day of a month ("of 15
#: March 1940 spread them over five provinces: ...") counts nothing.
EARLIER_COUNT_RE = re.compile(rf"\b(?i:{NUMBER_WORD}|\d{{1,2}})\s+[a-z][\w’'-]*s\b")
DURATION_RE = re.compile(
    rf"\b(?:(over|almost|nearly|about|some)\s+)?(?:an?\s+)?({NUMBER_WORD}|\d{{1,3}}|an?)"
    rf"(?:\s+and\s+a\s+half)?(?:-|\s+)(years?|months?|weeks?|days?)\b(?:\s+and\s+a\s+half)?",
    re.I,
)
HALF_RE = re.compile(r"\band\s+a\s+half\b", re.I)
LONG_ITEM = 9  # words of a listed item after a plain count and noun ("three members: ...")
#: The unit word every DURATION_RE match holds, found without the costly number words: a
#: sentence without one has no duration (keep the two in step). It is
#: ``[ymwd](?:ear|onth|eek|ay)`` under ``re.IGNORECASE`` with the cases spelt out (the
#: Kelvin sign is a "k" there): a pattern opening on a class of cased letters under that flag
#: is tried at every position; spelt out, the engine skips to the letters (the same matches,
#: tests/test_figures_cues.py).
DURATION_UNIT_RE = re.compile(
    "[ymwdYMWD](?:[eE][aA][rR]|[oO][nN][tT][hH]|[eE][eE][kK\u212a]|[aA][yY])"
)


def duration_count(m: re.Match[str]) -> float | None:
    """The number of units a duration says: "three and a half months" 3.5, "a year and a
    half" 1.5 ("a year" alone is not read: it is rarely a measured span)."""
    raw = m.group(2)
    half = HALF_RE.search(m.group(0)) is not None
    if raw.lower() in ("a", "an"):
        return 1.5 if half else None
    n = int(raw) if raw.isdigit() else parse_words([raw])
    return None if n is None else n + (0.5 if half else 0.0)


def to_half(span: float, n: float) -> float:
    """``span`` rounded as a duration of ``n`` units is said: to a half when ``n`` has one."""
    if n % 1:
        return math.floor(span * 2 + 0.5) / 2
    return float(math.floor(span + 0.5))


def duration_words(span: float, n: float, raw: str) -> str:
    """The duration ``span`` as the claim would have printed it: "two", "2", or with a
    half "two and a half"."""
    value = to_half(span, n)
    whole = int(value)
    if not raw.isalpha():
        return num(value)
    words = WORD_NUMBERS.get(whole, str(whole)) if whole else "a"
    return f"{words} and a half" if value % 1 else words


def duration_end(s: Sentence, m: re.Match[str], raw: str) -> int:
    """Where a duration's stated words end: its number, or with a half the whole phrase."""
    if HALF_RE.search(m.group(0)):
        return s.start + m.end()
    return s.start + m.start(2) + len(raw)


MONTH_NAMES = list(MONTHS_IN_ORDER)
#: A day and a month, with or without its year: "10 May", "30 September 1936". The day is
#: ``\b(\d{1,2})`` with the boundary put behind its first digit, so that the engine skips
#: to the digits (the same matches, tests/test_figures_cues.py).
DAY_MONTH_RE = re.compile(
    r"(\d(?<!\w\d)\d?)\s+(" + "|".join(MONTH_NAMES) + r")(?:,?\s+(1[89]\d\d|20\d\d))?\b",
    re.I,
)
#: Two days of one month: "from 3 to 24 September", "between 10 and 31 May 1936".
DAY_RANGE_RE = re.compile(
    r"\b(?:from|between)\s+(\d{1,2})\s*(?:to|and|-|–)\s*(\d{1,2})\s+("
    + "|".join(MONTH_NAMES)
    + r")(?:,?\s+(1[89]\d\d|20\d\d))?\b",
    re.I,
)
DAYS_IN = {"days": 1.0, "weeks": 7.0, "months": 365.25 / 12, "years": 365.25}
DATE_RE = re.compile(
    r"\b(?:(?:\d{1,2}\s+)?(" + "|".join(MONTH_NAMES) + r")\s+)?(1[89]\d\d|20\d\d)\b", re.I
)
DECLINE_WORDS_RE = re.compile(r"\b(fell|declined|dropped|decreased|shrank|cut)\b", re.I)
WORD_NUMBERS = {v: k for k, v in UNITS.items()}
#: "double" as a multiple is followed by what it doubles ("close to double a cow", "double
#: that of 1940"), never set after an article ("a double fence", "the double wagons")
DOUBLE_OF = r"(?<![Aa]\s)(?<![Tt]he\s)double(?=\s+(?:the|that|those|a|an|its|their|what)\b)"
MULTIPLE_PHRASE_RE = re.compile(
    r"\b(?:(more than|over|almost|nearly|about|close to)\s+)?("
    + "|".join(MULTIPLE_WORDS) + r"|twice|" + DOUBLE_OF + r")\b",
    re.I,
)
#: The words one of which every MULTIPLE_PHRASE_RE match holds (keep the two in step).
MULTIPLE_CUES = ("twice", "double", *MULTIPLE_WORDS)
#: The same as whole words: MULTIPLE_PHRASE_RE bounds its word by ``\b`` (``Sentence.says_any``).
MULTIPLE_CUE_SET = frozenset(MULTIPLE_CUES)
OWN_FROM_GAP = 24  # characters between a multiple and the "from" of its own clause
OWN_FROM_CLAUSE = 60  # ... when the words between say what caused the change
FROM_TO_RE = re.compile(r"from(?<=\bfrom)\b")  # "\bfrom\b", opening on its letters (faster)
#: A clause set against the one before, with a subject of its own.
CONTRAST_RE = re.compile(r",\s+(?:while|whereas|but|although|though|yet)\b", re.I)
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)
PER_SCALE_AFTER_RE = re.compile(r"\s+per\s+(?:1,000|1000|thousand|100|hundred|10,000)\b", re.I)
RATE_WORD_RE = re.compile(r"\b(?:rates?|mortality|likely)\b", re.I)
#: Where the clause of a multiple in words begins: "..., and in the third quarter they
#: nearly halved" or "halved from 1946 to 1947 and then tripled in 1948" is not about the
#: periods of the clause before.
CLAUSE_START_RE = re.compile(r",\s+and\s+|;|:\s|\s+and\s+then\s+|,\s+then\s+")
#: Where the clause of a multiple in words ends after it.
MULTIPLE_CLAUSE_END_RE = re.compile(r",|;|:\s|\s+and\s+then\s+")
YEAR_RE = re.compile(r"\b1[89]\d\d\b")  # "nine divisions in 1943:" still counts the list


@dataclass(frozen=True, slots=True)
class Sentence:
    passage: Passage
    index: int
    start: int
    end: int
    figures: tuple[Located, ...]  # every quantity in it, in order
    #: Its words, cut from the passage once (the rule families read them some forty times).
    text: str = field(init=False, repr=False, compare=False)
    #: The cue record the rule families' first tests share, made once per sentence: the
    #: text lower-cased, whether it holds a digit (``\\d``), whether it holds a character of
    #: odd case folding (``prefilter``), and (on first use, by ``says_any``) the set of its
    #: words lower-cased.
    lower: str = field(init=False, repr=False, compare=False)
    has_digit: bool = field(init=False, repr=False, compare=False)
    odd_fold: bool = field(init=False, repr=False, compare=False)
    _words: frozenset[str] | None = field(default=None, init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        text = self.passage.text[self.start : self.end]
        object.__setattr__(self, "text", text)
        object.__setattr__(self, "lower", text.lower())
        object.__setattr__(self, "has_digit", DIGIT_RE.search(text) is not None)
        object.__setattr__(self, "odd_fold", has_odd_fold(text))

    def says_any(self, words: frozenset[str]) -> bool:
        """False only when no word of ``words`` (lower case) is a whole word of the sentence
        in any case: a pattern that needs one of them bounded by ``\\b`` (or by spaces,
        or case-sensitively) cannot match. The first tests of the rule families, run on
        every sentence, share the one word set instead of each scanning the text."""
        if self.odd_fold:
            return True
        found = self._words
        if found is None:
            found = word_set(self.lower)
            object.__setattr__(self, "_words", found)
        return not words.isdisjoint(found)

    def may_hold(self, words: tuple[str, ...]) -> bool:
        """``prefilter.may_hold`` on the sentence's text, on its lower-cased text made once."""
        return any_of(words).search(self.lower) is not None or self.odd_fold

    @property
    def counts(self) -> list[Located]:
        return [f for f in self.figures if is_count(f)]

    @property
    def rates(self) -> list[Located]:
        return [f for f in self.figures if f.quantity.unit in ("percent", "fraction")]


def is_count(f: Located) -> bool:
    """A count of something (not a share, multiple or fraction), usable as an input."""
    q = f.quantity
    return q.unit not in RATIO_UNITS and q.kind != "fraction" and q.mid > 0


#: A date as printed in a passage: its start and end offsets and its year.
DateSpan = tuple[int, int, int]


def date_spans(
    offset: int, found: list[re.Match[str]], years: tuple[int | None, ...] = ()
) -> tuple[DateSpan, ...]:
    """The dates ``found`` in a text that starts at passage offset ``offset``, with their
    years: a date's own year (its last four digits) or, for "10 May" without one, the year
    given in ``years`` at its place."""
    out: list[DateSpan] = []
    for i, d in enumerate(found):
        year = YEAR_RE.search(d.group())
        given = years[i] if i < len(years) else None
        value = int(year.group()) if year else given
        if value is not None:
            out.append((offset + d.start(), offset + d.end(), value))
    return tuple(out)


@dataclass(slots=True)
class Finding:
    """One checked claim of these kinds, before it becomes a ``Check``."""

    kind: str
    start: int  # the claim's words in the passage text
    end: int
    stated_value: float
    verdict: Verdict
    formula: str
    computed: float | None
    inputs: tuple[Located, ...]
    explanation: str
    intended: str | None = None
    #: the dates a duration is counted between, as printed: passage offsets and the year
    dates: tuple[DateSpan, ...] = ()
    #: the items a count of a list counts, as printed: passage offsets, in their order
    items: tuple[tuple[int, int], ...] = ()


def sentences_of(passage: Passage, figures: list[Located]) -> Iterator[Sentence]:
    by_index: dict[int, list[Located]] = {}
    for f in figures:
        by_index.setdefault(f.sentence, []).append(f)
    for i, (start, end) in enumerate(passage.sentences):
        yield Sentence(passage, i, start, end, tuple(by_index.get(i, ())))


class UnitWhole(Protocol):
    """The largest count of a unit printed before a figure in its paragraph or the few
    before; with ``sole``, only when no other count of the unit comes within a tenth of it
    (the whole its noun names unambiguously)."""

    def __call__(self, near: Located, unit: str, sole: bool = False) -> Located | None: ...


def find_all(
    sentence: Sentence,
    neighbours: Callable[[Sentence], list[Located]],
    named_wholes: Callable[[Located], list[Located]] | None = None,
    previous: Sentence | None = None,
    unit_whole: UnitWhole | None = None,
    word_counts: Callable[[Sentence], list[Located]] | None = None,
    noun_year: NounYear | None = None,
) -> list[Finding]:
    """Every claim of these kinds in one sentence; ``neighbours`` gives the counts of the
    sentences around it (for rates and remainders whose whole was stated just before),
    ``named_wholes`` the wholes a rate per thousand names by its noun, wherever printed;
    ``previous`` the sentence before (for a chain that runs on with "Of these");
    ``unit_whole`` the largest count of a unit in the paragraph or the few before (for
    rates and remainders whose whole is not in their sentence's window); ``word_counts`` the
    counts in words of a sentence that are not quantities ("eight medical assistants": a
    noun the lexicon does not know), as inputs of a rate "one for every 2,330"; ``noun_year``
    the year the text gives a thing ("the census of 1939"), for "nine years before the
    census"."""
    out: list[Finding] = []
    out += remainders(sentence, neighbours, unit_whole)
    made = products(sentence, unit_whole)
    used = {found.start for found in made}
    used |= {f.quantity.start for found in made for f in found.inputs
             if f.passage is sentence.passage}  # fmt: skip
    out += [r for r in rates(sentence, neighbours, named_wholes, unit_whole, word_counts)
            if r.start not in used]  # fmt: skip
    out += made
    out += multiples(sentence, neighbours)
    out += comparisons(sentence)
    out += listed_counts(sentence)
    out += durations(sentence, noun_year)
    out += chains(sentence, previous)
    out += changes(sentence)
    out += percent_parts(sentence)
    return out


# -- helpers ---------------------------------------------------------------------------------


def num(v: float) -> str:
    return format_number(round(v, 4))


def printed(f: Located) -> str:
    return " ".join(f.quantity.text.split())


def accepts_count(stated: Quantity, computed: float) -> bool:
    """A count reproduced at its printed precision (or within 10 % when qualified "about")."""
    step = stated.step if stated.approx or stated.step > 1 or 0 < stated.step < 1 else 1.0
    value = stated.mid
    if stated.direction == "about" or stated.approx:
        return abs(computed - value) <= max(step / 2, 0.1 * value)
    if step >= 1 and abs(computed - value) <= step / 2 + 1e-9:
        return True
    return abs(computed - value) <= max(step / 2, 1e-9 * value) + 1e-9


def slip_finding(
    kind: str,
    claim: Located,
    computed: float,
    formula: str,
    inputs: tuple[Located, ...],
    what: str,
    usual_only: bool = False,
    mistyped: bool = False,
) -> Finding | None:
    """An inconsistency explained by a usual slip, or (unless ``usual_only``) by a small gap,
    on named inputs."""
    q = claim.quantity
    step = q.step if q.step > 0 else 1.0
    slip = likely_slip(printed(claim), q.mid, computed, step, mistyped)
    if slip is not None:
        name, intended = slip
        return Finding(
            kind, q.start, q.end, q.mid, Verdict.inconsistent, formula, computed, inputs,
            f"{what} give {num(computed)}, not {printed(claim)}: likely {SLIP_NAMES[name]} "
            f"(intended {intended})", intended,
        )  # fmt: skip
    if not usual_only and abs(computed - q.mid) <= 0.1 * q.mid:
        intended = printed_like(computed, printed(claim), step)
        return Finding(
            kind, q.start, q.end, q.mid, Verdict.inconsistent, formula, computed, inputs,
            f"{what} give {num(computed)}, not {printed(claim)}", intended,
        )  # fmt: skip
    return None


def fit_or_slip(
    kind: str,
    claim: Located,
    computed: float,
    formula: str,
    inputs: tuple[Located, ...],
    fits: str,
    what: str,
    usual_only: bool = False,
    mistyped: bool = False,
) -> Finding | None:
    """A consistent reading (explained by ``fits``) when ``computed`` gives the printed
    figure, else the inconsistency ``slip_finding`` finds on the same named inputs."""
    q = claim.quantity
    if accepts_count(q, computed):
        return Finding(
            kind, q.start, q.end, q.mid, Verdict.consistent, formula, computed, inputs, fits
        )
    return slip_finding(kind, claim, computed, formula, inputs, what, usual_only, mistyped)


def compatible(a: Located, b: Located) -> bool:
    """Counts of the same kind of thing (a unit inferred from the sentence never rules a
    pair out: "the remaining 12,500 were resettled" counts households, not persons)."""
    if a.quantity.unit_implied or b.quantity.unit_implied:
        return True
    dims = {"executions": "persons", "arrests": "persons", "households": "families"}
    ua, ub = dims.get(a.quantity.unit, a.quantity.unit), dims.get(b.quantity.unit, b.quantity.unit)
    return not ua or not ub or ua == ub


# -- remainders ------------------------------------------------------------------------------


def remainders(
    s: Sentence,
    neighbours: Callable[[Sentence], list[Located]],
    unit_whole: UnitWhole | None = None,
) -> list[Finding]:
    out: list[Finding] = []
    text = s.passage.text
    for r in s.counts:
        q = r.quantity
        before = text[max(s.start, q.phrase_start - 30) : q.phrase_start]
        after = text[q.phrase_end : min(s.end, q.phrase_end + 25)]
        than = DIFFERENCE_THAN_RE.match(text[q.phrase_end : min(s.end, q.phrase_end + 30)])
        if not (REMAINDER_BEFORE_RE.search(before) or REMAINDER_AFTER_RE.match(after) or than):
            silent = silent_remainder(s, r, neighbours)
            if silent is not None:
                out.append(silent)
            continue
        own = [f for f in s.counts if f is not r and compatible(f, r)]
        pool = own + [f for f in neighbours(s) if compatible(f, r)]
        fit: tuple[Located, ...] | None = None
        for w in pool:
            for p in pool:
                if w is p or w.quantity.mid <= p.quantity.mid:
                    continue
                if w not in own and p not in own:
                    continue
                if accepts_count(q, w.quantity.mid - p.quantity.mid):
                    fit = (w, p)
                    break
            if fit:
                break
        listed = listed_rest(s, r, own) if fit is None else None
        if listed is not None and accepts_count(q, rest_of(listed)):
            fit = listed
        two = two_part_rest(r, pool) if fit is None else None
        if two is not None:
            out.append(two)
            continue
        whole = None
        if fit is None and unit_whole is not None:
            whole = remainder_whole(r, own, pool, unit_whole)
            parts = [p for p in pool if p is not whole and p.quantity.mid < whole.quantity.mid
                     and p.raw_start < r.raw_start] if whole else []  # fmt: skip
            parts.sort(key=lambda p: r.raw_start - p.raw_start)
            fit = next((
                (whole, p) for p in parts
                if whole is not None and accepts_count(q, whole.quantity.mid - p.quantity.mid)
            ), None)  # fmt: skip
        if fit is not None:
            w, *ps = fit
            value = w.quantity.mid - sum(p.quantity.mid for p in ps)
            parts_text = " - ".join(printed(p) for p in ps)
            out.append(Finding(
                "remainder", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(w)} - {parts_text}", value, (w, *ps),
                f"what remains of {printed(w)} after {parts_text.replace(' - ', ' and ')} is "
                f"{num(value)}",
            ))  # fmt: skip
            continue
        if listed is not None:
            formula = f"{printed(listed[0])} - " + " - ".join(printed(p) for p in listed[1:])
            found = slip_finding("remainder", r, rest_of(listed), formula, listed,
                                 "the whole and the parts the sentence lists",
                                 mistyped=True)  # fmt: skip
            if found is not None:
                out.append(found)
                continue
        if than:
            # "N fewer than ...": the counts compared need not be named; a usual slip is read
            # only on the sentence's one other count and one of the sentence before
            previous = [f for f in pool if f.sentence == s.index - 1 and f not in own]
            pairs = [(max(a, b, key=lambda f: f.quantity.mid), min(a, b, key=lambda f:
                     f.quantity.mid)) for a in own for b in previous if len(own) == 1]  # fmt: skip
            found = next((
                hit for w, p in pairs if (hit := slip_finding(
                    "remainder", r, w.quantity.mid - p.quantity.mid,
                    f"{printed(w)} - {printed(p)}", (w, p), "the two counts compared",
                    usual_only=True,
                )) is not None
            ), None)  # fmt: skip
            out.append(found or Finding(
                "remainder", q.start, q.end, q.mid, Verdict.unverifiable, "", None, (),
                "no two figures named around it differ by this much",
            ))  # fmt: skip
            continue
        if not own and REST_RE.search(before):
            found = rest_of_sentence_before(s, r, pool)
            if found is not None:
                out.append(found)
                continue
        # a count that is itself a rest ("the other nine villages") is no whole or part of it
        named = sorted((f for f in own if not is_rest(text, s, f)), key=lambda f: -f.quantity.mid)
        if whole is not None and len(named) == 1 and named[0].quantity.mid < whole.quantity.mid:
            named = [whole, named[0]]  # the whole named by its unit, the part by the sentence
        if len(named) >= 2 or (len(named) == 1 and pool[len(own) :]):
            w = named[0] if len(named) >= 2 else max(pool, key=lambda f: f.quantity.mid)
            p = named[1] if len(named) >= 2 else named[0]
            if w.quantity.mid > p.quantity.mid:
                value = w.quantity.mid - p.quantity.mid
                found = slip_finding(
                    "remainder",
                    r,
                    value,
                    f"{printed(w)} - {printed(p)}",
                    (w, p),
                    "the figures the sentence names",
                    mistyped=REST_RE.search(before) is not None,
                )
                if found is not None:
                    out.append(found)
                    continue
        # a number word of groups ("three districts") beside printed counts is no part
        rest_parts = [f for f in own if f.raw_start < r.raw_start and not is_rest(text, s, f)
                      and (DIGIT_RE.search(f.quantity.text) or not DIGIT_RE.search(q.text))]
        if rest_parts and REST_RE.search(before):
            slipped_whole = whole_of_slipped_rest(
                rest_parts, pool, partial(accepts_count, q), partial(is_usual_slip, r)
            )
            rest_sum = sum(p.quantity.mid for p in rest_parts)
            found = None if slipped_whole is None else slip_finding(
                "remainder", r, slipped_whole.quantity.mid - rest_sum,
                f"{printed(slipped_whole)} - " + " - ".join(printed(p) for p in rest_parts),
                (slipped_whole, *rest_parts), "the whole and the parts before the rest",
                usual_only=True, mistyped=True,
            )  # fmt: skip
            if found is not None:
                out.append(found)
                continue
        out.append(Finding(
            "remainder", q.start, q.end, q.mid, Verdict.unverifiable, "", None, (),
            "no two figures named around it leave this remainder",
        ))  # fmt: skip
    return out


def is_rest(text: str, s: Sentence, f: Located) -> bool:
    """Whether ``f`` is named as a rest by the words before it ("the other nine")."""
    start = f.quantity.phrase_start
    return REST_RE.search(text[max(s.start, start - 30) : start]) is not None


def is_usual_slip(claim: Located, computed: float) -> bool:
    """Whether a printed count is a usual slip (a digit dropped, doubled or swapped) of
    ``computed``."""
    q = claim.quantity
    step = q.step if q.step > 0 else 1.0
    return likely_slip(printed(claim), q.mid, computed, step, True) is not None


def rest_of_sentence_before(s: Sentence, r: Located, pool: list[Located]) -> Finding | None:
    """ "The remaining 1,414" opening a sentence of no other count, after one that names
    just a whole and its part ("reviewed 1,862 cases and released 718"): a usual slip on
    the rest of that whole (1,144) is read; nothing else, since the rest need not be of it."""
    previous = [f for f in pool if f.sentence == s.index - 1 and f.passage is s.passage]
    if len(previous) != 2:
        return exact_rest_in_paragraph(s, r, pool)
    w, p = sorted(previous, key=lambda f: -f.quantity.mid)
    value = w.quantity.mid - p.quantity.mid
    if value <= 0:
        return None
    formula = f"{printed(w)} - {printed(p)}"
    if accepts_count(r.quantity, value):
        return Finding(
            "remainder", r.quantity.start, r.quantity.end, r.quantity.mid, Verdict.consistent,
            formula, value, (w, p),
            f"what remains of {printed(w)} after {printed(p)} is {num(value)}",
        )  # fmt: skip
    return slip_finding(
        "remainder", r, value, formula, (w, p), "the whole and the part of the sentence before",
        usual_only=True,
    )  # fmt: skip


def exact_rest_in_paragraph(s: Sentence, r: Located, pool: list[Located]) -> Finding | None:
    """ "The other 1,001 cases ended in a refusal" after "reviewed 5,946 cases" and "4,945 in
    all" sentences before: the one pair of the paragraph's earlier counts that leaves it
    exactly. Only a fit: the whole and the part are found by their value."""
    q = r.quantity
    if q.approx:
        return None
    earlier = [f for f in pool if f.passage is s.passage and f.sentence < s.index
               and is_count(f) and not f.quantity.approx]  # fmt: skip
    pairs = [(w, p) for w in earlier for p in earlier
             if w.quantity.mid - p.quantity.mid == q.mid]  # fmt: skip
    if len(pairs) != 1:
        return None
    w, p = pairs[0]
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.consistent, f"{printed(w)} - {printed(p)}",
        q.mid, (w, p), f"what remains of {printed(w)} after {printed(p)} is {num(q.mid)}",
    )  # fmt: skip


#: Words between a whole and its part: "35,400 prisoners, of whom 12,800", "of which".
PART_OF_RE = re.compile(r"^[\s\w]{0,25}?,?\s+(?:of whom|of which|of them|including)\s+$", re.I)
SILENT_BACK = 3  # sentences back a whole and its part are looked for
OF_THE_RE = re.compile(r"\b(?:of|out of|among)\s+(?:the|its|their|all)?\s*$", re.I)


def silent_remainder(
    s: Sentence, r: Located, neighbours: Callable[[Sentence], list[Located]]
) -> Finding | None:
    """A remainder with no cue word ("The able-bodied, 22,600 prisoners, ..." after "35,400
    prisoners, of whom 12,800 were invalids"): read only when a whole and its part stand
    together, said so ("of whom", "of which", "Of the 35,400, 12,800"), in one of the three
    sentences before (in its own, the parts are a sum's), and the count is exactly the rest.
    Only a fit is reported: without a cue the count need not be a remainder at all, so no
    slip is read into it."""
    q = r.quantity
    if q.approx or q.mid < 1:
        return None
    text = s.passage.text
    near = [f for f in neighbours(s) if s.index - SILENT_BACK <= f.sentence < s.index]
    near.sort(key=lambda f: f.quantity.start)
    for w, p in itertools.pairwise(near):
        if w.sentence != p.sentence or not is_count(w) or not is_count(p):
            continue
        said = PART_OF_RE.match(text[w.quantity.end : p.quantity.start]) or (
            OF_THE_RE.search(text[max(0, w.quantity.phrase_start - 12) : w.quantity.phrase_start])
        )
        if not said or not compatible(w, r) or not compatible(p, r):
            continue
        rest = w.quantity.mid - p.quantity.mid
        if rest > 0 and rest == q.mid:
            return Finding(
                "remainder", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(w)} - {printed(p)}", rest, (w, p),
                f"what remains of {printed(w)} after {printed(p)} is {num(rest)}",
            )  # fmt: skip
    return None


def listed_rest(s: Sentence, r: Located, own: list[Located]) -> tuple[Located, ...] | None:
    """The whole and the parts a sentence lists before its rest ("Of the 5,460 families,
    3,280 came from Kalinin, 1,090 from Vologda and the others, 1,090, from Yaroslavl"): the
    whole introduced by "Of the", and every count between it and the remainder."""
    text = s.passage.text
    before = [f for f in own if f.quantity.end <= r.quantity.start]
    whole = next((f for f in before
                  if OF_THE_RE.search(text[max(s.start, f.quantity.phrase_start - 12) :
                                           f.quantity.phrase_start])), None)  # fmt: skip
    if whole is None:
        return None
    parts = without_subtotals([f for f in before if f.quantity.start > whole.quantity.start])
    if len(parts) < 2 or not all(compatible(p, whole) for p in parts):
        return None
    return (whole, *parts) if rest_of((whole, *parts)) > 0 else None


def rest_of(listed: tuple[Located, ...]) -> float:
    """What a whole leaves after its listed parts."""
    return listed[0].quantity.mid - sum(p.quantity.mid for p in listed[1:])


def two_part_rest(r: Located, pool: list[Located]) -> Finding | None:
    """What remains of a whole after two parts, all three printed before the remainder in its
    window ("23,480 on the lists; 17,315 passed and 4,950 turned down; the remaining 1,215"):
    found by value, so only ever a fit."""
    q = r.quantity
    before = [f for f in pool if f.raw_start < r.raw_start][:PART_WINDOW]
    for w in before:
        for p1, p2 in combinations([f for f in before if f.quantity.mid < w.quantity.mid], 2):
            value = w.quantity.mid - p1.quantity.mid - p2.quantity.mid
            if value > 0 and accepts_count(q, value) and not q.approx:
                return Finding(
                    "remainder", q.start, q.end, q.mid, Verdict.consistent,
                    f"{printed(w)} - {printed(p1)} - {printed(p2)}", value, (w, p1, p2),
                    f"what remains of {printed(w)} after {printed(p1)} and {printed(p2)} is "
                    f"{num(value)}",
                )  # fmt: skip
    return None


def remainder_whole(
    r: Located, own: list[Located], pool: list[Located], unit_whole: UnitWhole
) -> Located | None:
    """The whole a remainder without one in its window is of: the largest count, in the
    paragraph or the few before, of the unit of the remainder or of the parts around it."""
    units = [r.quantity.unit] if r.quantity.unit and not r.quantity.unit_implied else []
    units += [f.quantity.unit for f in (*own, *pool) if f.quantity.unit]
    unit = next(iter(units), "")
    return unit_whole(r, unit) if unit else None


# -- rates per unit --------------------------------------------------------------------------


def rate_cue(text: str, q: Quantity, end: int) -> re.Match[str] | None:
    """The words that make a count a rate ("per 1,000", "to a wagon", "each", "4.8 tons a
    day"). A bare "a" is a rate's only right after the count's printed unit: "3,380 had a
    cow" and "300 families had a cow" are counts of owners, not rates; or when the thing
    after "a" is counted just before ("in 187 trains, about 650 passengers a train")."""
    m = RATE_AFTER_RE.match(text, q.end, end)
    if m is None or m.group("cue").lower() not in ("a", "an"):
        return m
    if counted_before(text, q.start, m.group("target") or ""):
        return m
    target = (m.group("target") or "").lower()
    if (
        target not in TIME_WORDS
        and PLURAL_THEN_CUE_RE.fullmatch(text, q.end, m.start("cue"))
        and counted_before(text, q.start, target, q.start)
    ):  # fmt: skip
        return m  # "52 echelons ... 63 men an echelon": a plural noun, "a", a unit counted before
    if not q.unit or q.unit_implied or text[q.phrase_end : m.start("cue")].strip():
        return None
    return m


#: one plural noun between a count and the "a" of a rate: "63 men an echelon", "40 people a
#: wagon", when the paragraph counted the echelons or wagons before; no verb between ("300
#: families had a cow" counts owners); a rate in time ("40 roubles a month") is read as before
PLURAL_THEN_CUE_RE = re.compile(r"\s+(?:[a-z]{2,}s|men|women|people|children)\s+", re.I)


def is_printed_rate(f: Located) -> bool:
    """Whether a figure of another sentence is itself printed as a rate ("4.3 persons to a
    family", "one for every 20"): a quotient, no count to divide or be divided by."""
    if f.quantity.kind != "number":
        return False
    start, end = f.passage.sentences[f.sentence]
    text = f.passage.text
    if rate_cue(text, f.quantity, end) is not None:
        return True
    before = text[max(start, f.quantity.phrase_start - 32) : f.quantity.phrase_start]
    return RATE_BEFORE_RE.search(before) is not None or group_unit_before(text, f.quantity)


def group_unit_before(text: str, q: Quantity) -> bool:
    """Whether a count is held by a unit of a named group the text counted before ("26
    echelons of 1,310 wagons ... A Moldavian wagon carried about 14 persons")."""
    m = GROUP_UNIT_BEFORE_RE.search(text, max(0, q.phrase_start - 48), q.phrase_start)
    return m is not None and counted_before(text, m.start(), m.group("noun"), m.start())


def counted_before(text: str, start: int, noun: str, back: int | None = None) -> bool:
    """Whether a count of ``noun`` (its plural) is printed in the ``back`` (by default
    ``RATE_TARGET_BACK``) characters before ``start``: "187 trains" before "a train"."""
    if len(noun) < 3 or not noun.isalpha():
        return False
    plural = re.escape(noun.lower()) + "(?:s|es)"
    window = text[max(0, start - (RATE_TARGET_BACK if back is None else back)) : start]
    return re.search(rf"(?:\d|{COUNT_WORD})\s+{plural}\b", window, re.I) is not None


#: a count in words before its noun: "the twenty-two settlements", "over nine trains"
COUNT_WORD = (
    r"\b(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?|"
    r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen)"
)


RATE_TARGET_BACK = 160  # characters before a rate where the count of its unit may stand


EVERY_THOUSAND_RE = re.compile(r"\s+(?:in|of|out\s+of)\s+every\s+(?:1,000|1000|thousand)\b", re.I)


def rate_scale(s: Sentence, r: Located) -> tuple[bool, float]:
    """Whether a count is stated as a rate per unit, and its scale (1,000 for "per 1,000")."""
    text = s.passage.text
    q = r.quantity
    if EVERY_THOUSAND_RE.match(text, q.end):  # "meant 253 in every 1,000"
        return True, 1000.0
    m = rate_cue(text, q, s.end)
    if m is not None and q.unit not in ("percent",):
        target = (m.group("target") or "").lower()
        if target in ("total", "further", "few", "quarter", "third", "fifth", "half"):
            return False, 1.0
        if PER_SCALE_RE.match(target):
            return True, 1000.0 if target.replace(",", "") in ("1000", "thousand") else (
                100.0 if target in ("100", "hundred") else 10000.0
            )
        return True, 1.0
    before = text[max(s.start, q.phrase_start - 32) : q.phrase_start]
    groups = GROUPS_OF_RE.search(before) is not None and re.match(
        r"\s*(?:[.,;:)]|$)", text[q.end : min(s.end, q.end + 3)]
    )
    return bool(RATE_BEFORE_RE.search(before) or groups or group_unit_before(text, q)), 1.0


#: A rate per thousand whose whole its words name: "5.0 per 1,000 of those sent".
WHOLE_IN_WORDS_RE = re.compile(
    r"\s+per\s+(?:1,000|1000|thousand|100|hundred)\s+of\s+(?:the|those|all)\b", re.I
)


def rates(
    s: Sentence,
    neighbours: Callable[[Sentence], list[Located]],
    named_wholes: Callable[[Located], list[Located]] | None = None,
    unit_whole: UnitWhole | None = None,
    word_counts: Callable[[Sentence], list[Located]] | None = None,
) -> list[Finding]:
    out: list[Finding] = []
    product = product_parts(s)
    worded: list[Located] | None = None  # read on the first rate per unit that needs it
    for r in s.counts:
        is_rate, scale = rate_scale(s, r)
        if not is_rate or (product is not None and r in product[:2]):
            continue
        q = r.quantity
        own = [f for f in s.counts if f is not r and not rate_scale(s, f)[0]]
        if scale == 1 and word_counts is not None:
            # "eight medical assistants, one for every 2,330 settlers"
            worded = word_counts(s) if worded is None else worded
            own += [f for f in worded if f.quantity.end <= q.start]
        if scale != 1:
            # "147 persons died, 3.2 per 1,000, and 58 were born, 1.3 per 1,000": a rate per
            # thousand is of the counts before it and after the sentence's previous rate
            earlier = [f.quantity.end for f in s.counts
                       if f.quantity.end <= q.start and rate_scale(s, f)[0]]  # fmt: skip
            after = max(earlier, default=-1)
            clause = [f for f in own if after <= f.quantity.start and f.quantity.end <= q.start]
            own = clause or own
        pool = own + [f for f in neighbours(s) if not is_printed_rate(f)]
        pool = [f for f in pool if f is not r and f.quantity.text.replace(",", "") != "1000"]
        pairs = rate_pairs(own, pool, scale)
        fits = [(x, y, x.quantity.mid / y.quantity.mid * scale) for x, y in pairs]
        fits = [fit for fit in fits if accepts_count(q, fit[2])]
        wholes = named_wholes(r) if scale != 1 and not fits and named_wholes else []
        if wholes:
            # named by its noun ("per 1,000 settlers"), not found by its value: nearest first;
            # then the sentence's own count and whole ("388 deaths among 9,700 arrivals"),
            # read for a slip when no named whole explains the rate
            in_clause = [(x, y) for x, y in pairs if x in own and y in own]
            pairs = [(x, w) for w in wholes for x in own if x.quantity.mid < w.quantity.mid]
            fits = [(x, y, x.quantity.mid / y.quantity.mid * scale) for x, y in pairs]
            fits = [fit for fit in fits if accepts_count(q, fit[2])]
            strict = {fit[1].quantity.mid: fit for fit in fits if at_printed_precision(r, fit[2])}
            if len(strict) > 1:
                out.append(rival_wholes(r, list(strict.values()), scale))
                continue
            fits = list(strict.values())[:1] or fits[:1]
            pairs += [p for p in in_clause if p not in pairs]
        if not fits and unit_whole is not None:
            fits = [fit for fit in unit_rate(s, r, own, unit_whole, scale)
                    if accepts_count(q, fit[2])]  # fmt: skip
        if scale == 1 and (named_per := named_divisors(r, own)) is not None:
            fits = [fit for fit in fits if fit[1] in named_per]  # "one guard for every ..."
        fits.sort(key=lambda fit: (not (fit[0] in own and fit[1] in own), abs(fit[2] - q.mid)))
        rivals = two_clause_pairs(r, own, fits) if scale != 1 else []
        if rivals:
            # "carried 20,500 and buried 82 of them; of their 8,250 children, 33 died, a
            # loss of 4 per 1,000": both pairs of its clause give it
            out.append(rival_pairs(r, rivals, scale))
            continue
        fit = fits[0] if fits else None
        named = own_pair(own, scale)
        if (
            fit is not None
            and named is not None
            and per_what(s, r, named[1])
            and is_rated_pair(r, *named)
            and not (fit[0] in own and fit[1] in own)
        ):
            out.append(own_pair_miss(r, *named))  # the sentence names both: a far fit is chance
            continue
        clause_pair = named_part_and_whole(r, own) if scale != 1 and not wholes else None
        if fit is not None and clause_pair is not None and not (fit[0] in own and fit[1] in own):
            miss = own_thousand_miss(r, *clause_pair, scale)
            if miss is not None:
                out.append(miss)
                continue
        per = f" * {num(scale)}" if scale != 1 else ""
        if fit is not None:
            x, y, value = fit
            out.append(Finding(
                "rate", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(x)} / {printed(y)}{per}", value, (x, y),
                f"{printed(x)} over {printed(y)} is {num(value)}"
                + (f" per {num(scale)}" if scale != 1 else " each"),
            ))  # fmt: skip
            continue
        summed = [(x, parts, value) for x, parts, value in summed_divisors(r, own)
                  if accepts_count(q, value)] if scale == 1 else []  # fmt: skip
        if summed:
            x, (a, b), value = summed[0]
            out.append(Finding(
                "rate", q.start, q.end, q.mid, Verdict.consistent,
                f"{printed(x)} / ({printed(a)} + {printed(b)})", value, (x, a, b),
                f"{printed(x)} over {printed(a)} and {printed(b)} together is {num(value)} each",
            ))  # fmt: skip
            continue
        before = previous_pair(s, r, own, neighbours(s)) if scale == 1 else None
        if before is not None:
            out.append(before)
            continue
        found = None
        whole_in_words = scale != 1 and WHOLE_IN_WORDS_RE.match(s.passage.text, q.end) is not None
        for x, y in pairs:
            if scale == 1 and not (x in own and y in own):
                continue  # a slip is only read into figures the sentence itself names
            if whole_in_words and y not in own:
                continue  # "5.0 per 1,000 of those sent": the whole is named, not the count near
            if scale != 1 and side_by_side(x, y):
                continue  # "500 deaths and 120 births": two members, neither the other's whole
            value = x.quantity.mid / y.quantity.mid * scale
            sure = scale == 1 and len(own) == 2  # the sentence names just these two
            slip = likely_slip(printed(r), q.mid, value, q.step if q.step > 0 else 1.0, sure)
            if slip is not None:
                name, intended = slip
                found = Finding(
                    "rate", q.start, q.end, q.mid, Verdict.inconsistent,
                    f"{printed(x)} / {printed(y)}{per}", value, (x, y),
                    f"the figures named give {num(value)}, not {printed(r)}: likely "
                    f"{SLIP_NAMES[name]} (intended {intended})", intended,
                )  # fmt: skip
                break
        if found is None and scale == 1 and unit_whole is not None:
            found = named_unit_slip(r, own, unit_whole)
        out.append(found or Finding(
            "rate", q.start, q.end, q.mid, Verdict.unverifiable, "", None, (),
            "no two figures named around it give this rate",
        ))  # fmt: skip
    return out


def previous_pair(
    s: Sentence, r: Located, own: list[Located], near: list[Located]
) -> Finding | None:
    """A rate per unit whose sentence prints no other count, on the two counts of the
    sentence before ("The echelons brought 17,716 deportees in 412 wagons. On average each
    wagon held 43 persons."): the larger over the smaller, when they count different things.
    Both are named by that sentence, so a usual slip is read too (not on an "about")."""
    if own:
        return None
    pair = [f for f in near if f.passage is s.passage and f.sentence == s.index - 1
            and f.quantity.kind == "number" and not is_scale(f)]  # fmt: skip
    if len(pair) != 2:
        return None
    x, y = sorted(pair, key=lambda f: -f.quantity.mid)
    ux, uy = x.quantity.unit, y.quantity.unit
    if y.quantity.mid <= 0 or x.quantity.mid == y.quantity.mid or (ux and ux == uy):
        return None
    return count_ratio(
        r, x, y, f"{printed(x)} over {printed(y)} (the sentence before)",
        "the two counts of the sentence before",
    )


def count_remainder(r: Located, big: Located, small: Located, read: str) -> Finding | None:
    """The remainder ``r`` read as ``big`` less ``small``, two counts its words name:
    consistent when it gives the printed figure ("``read`` N"), else a usual slip (never on
    an "about"), else nothing."""
    q = r.quantity
    value = big.quantity.mid - small.quantity.mid
    formula = f"{printed(big)} - {printed(small)}"
    if accepts_count(q, value):
        return Finding(
            "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value,
            (big, small), f"{read} {num(value)}",
        )  # fmt: skip
    slip = None if q.approx else likely_slip(printed(r), q.mid, value, q.step or 1.0)
    if slip is None:
        return None
    name, intended = slip
    return Finding(
        "remainder", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (big, small),
        f"{read} {num(value)}, not {printed(r)}: likely {SLIP_NAMES[name]} (intended {intended})",
        intended,
    )  # fmt: skip


def count_ratio(r: Located, x: Located, y: Located, read: str, slipped: str) -> Finding | None:
    """The rate ``r`` read as ``x`` over ``y``, two counts its text names: consistent when it
    gives the printed figure ("``read`` is N each"), else a usual slip of ``slipped`` (never
    on an "about"), else nothing."""
    q = r.quantity
    value = x.quantity.mid / y.quantity.mid
    formula = f"{printed(x)} / {printed(y)}"
    if accepts_count(q, value):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (x, y),
            f"{read} is {num(value)} each",
        )  # fmt: skip
    if q.approx:
        return None
    return slip_finding("rate", r, value, formula, (x, y), slipped, usual_only=True)


def at_printed_precision(r: Located, value: float) -> bool:
    """Whether ``value`` prints as ``r`` at its decimals ("22.1": 22.05 to 22.15)."""
    text = printed(r)
    decimals = len(text.rsplit(".", 1)[1]) if "." in text else 0
    return round_half_up(value, 10.0**-decimals) == round_half_up(r.quantity.mid, 10.0**-decimals)


def two_clause_pairs(
    r: Located, own: list[Located], fits: list[tuple[Located, Located, float]]
) -> list[tuple[Located, Located, float]]:
    """Two pairs of a rate's own counts with no count in common that both give it at its
    printed precision: the words do not say which is meant."""
    strict = [f for f in fits if f[0] in own and f[1] in own and at_printed_precision(r, f[2])]
    for a, b in combinations(strict, 2):
        if not any(u is v for u in a[:2] for v in b[:2]):
            return [a, b]
    return []


def rival_pairs(r: Located, fits: list[tuple[Located, Located, float]], scale: float) -> Finding:
    q = r.quantity
    (x, y, value), (x2, y2, value2) = fits[0], fits[1]
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.ambiguous, f"{printed(x)} / {printed(y)} * "
        f"{num(scale)}", value, (x, y, x2, y2),
        f"two pairs of its sentence fit: {printed(x)} over {printed(y)} is {num(value)} and "
        f"{printed(x2)} over {printed(y2)} is {num(value2)} per {num(scale)}",
    )  # fmt: skip


def rival_wholes(r: Located, fits: list[tuple[Located, Located, float]], scale: float) -> Finding:
    """A rate that two wholes its noun names both reproduce ("412 died, 22.1 per 1,000
    settlers" after counts of 18,640 and 18,460 settlers): ambiguous, both shown."""
    q = r.quantity
    (x, y, value), (x2, y2, value2) = fits[0], fits[1]
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.ambiguous, f"{printed(x)} / {printed(y)} * "
        f"{num(scale)}", value, (x, y, y2),
        f"two wholes its noun names fit: {printed(x)} over {printed(y)} is {num(value)} and "
        f"{printed(x2)} over {printed(y2)} is {num(value2)} per {num(scale)}",
    )  # fmt: skip


def named_unit_slip(r: Located, own: list[Located], unit_whole: UnitWhole) -> Finding | None:
    """A slip in a rate per unit whose whole its own noun names ("one for every 2,020
    exiles", the exiles counted once in a paragraph before, "six doctors" in the sentence):
    read when that whole is unambiguous, the sentence names exactly one divisor, and the
    rate is printed as exact (an "about 300" is no typed figure to slip)."""
    q = r.quantity
    if not q.unit or q.unit_implied or q.approx:
        return None
    x = unit_whole(r, q.unit, sole=True)
    ys = [f for f in own if f.quantity.unit != q.unit] if x is not None else []
    if x is None or len(ys) != 1 or not 0 < ys[0].quantity.mid < x.quantity.mid:
        return None
    y = ys[0]
    value = x.quantity.mid / y.quantity.mid
    slip = likely_slip(printed(r), q.mid, value, q.step if q.step > 0 else 1.0)
    if slip is None:
        return None
    name, intended = slip
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent, f"{printed(x)} / {printed(y)}",
        value, (x, y), f"the {printed(x)} {q.unit} counted before, over the {printed(y)} the "
        f"sentence names, give {num(value)}, not {printed(r)}: likely {SLIP_NAMES[name]} "
        f"(intended {intended})",
        intended,
    )  # fmt: skip


def own_pair(own: list[Located], scale: float) -> tuple[Located, Located] | None:
    """The two counts a rate per unit's sentence names ("3,460 men ... in six trains of about
    860 each"), larger first; None unless there are exactly two. The larger must count what
    the rate counts ("32 trains of 58 wagons, about 100 persons to a wagon" names neither)."""
    if scale != 1 or len(own) != 2:
        return None
    x, y = sorted(own, key=lambda f: -f.quantity.mid)
    return (x, y) if x.quantity.mid > y.quantity.mid > 0 else None


def per_what(s: Sentence, r: Located, y: Located) -> bool:
    """Whether the unit a rate is "per" is what ``y`` counts: "each" only right after ``y``
    and its noun ("six trains of about 860 each"), "to a wagon" only wagons ("32 trains of 58
    wagons, about 100 persons to a wagon" is not 58 / 32); a rate cued before it ("one for
    every 400 settlers") names its unit elsewhere."""
    text = s.passage.text
    m = RATE_AFTER_RE.match(text, r.quantity.end, s.end)
    if m is None:
        return False
    if re.search(r"\beach\b", m.group(0), re.I):
        return UNITS_OF_EACH_RE.fullmatch(text[y.quantity.end : r.quantity.start]) is not None
    noun = (m.group("target") or "").lower()
    return len(noun) >= 4 and y.quantity.unit.startswith(noun[:4])


#: Between the units and a rate "each": "six trains of about 860 each".
UNITS_OF_EACH_RE = re.compile(r"\s+[a-z-]+\s+of\s+(?:about\s+|some\s+|nearly\s+|roughly\s+)?")


def own_pair_miss(r: Located, x: Located, y: Located) -> Finding:
    """A rate per unit its sentence's own two counts do not give."""
    q = r.quantity
    value = x.quantity.mid / y.quantity.mid
    formula = f"{printed(x)} / {printed(y)}"
    found = slip_finding("rate", r, value, formula, (x, y), "the two counts the sentence names")
    intended = printed_like(value, printed(r), q.step if q.step > 0 else 1.0)
    if q.approx and q.qualifier:
        intended = f"{q.qualifier} {intended}"
    return found or Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (x, y),
        f"the two counts the sentence names give {num(value)}, not {printed(r)}", intended,
    )  # fmt: skip


def own_thousand_miss(r: Located, x: Located, y: Located, scale: float) -> Finding | None:
    """A rate per thousand its clause's own part and whole do not give: a usual slip (or a
    gap of at most a tenth) on them, or any gap when the words print the part as of the whole
    ("684 of them"); None otherwise, the two being too loosely tied to be its reading."""
    if side_by_side(x, y):
        return None  # "514 deaths and 186 births": two members, neither the other's whole
    value = x.quantity.mid / y.quantity.mid * scale
    formula = f"{printed(x)} / {printed(y)} * {num(scale)}"
    found = slip_finding("rate", r, value, formula, (x, y), "the part and whole its clause names")
    if found is not None or not part_of_named_whole(x, y):
        return found
    q = r.quantity
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (x, y),
        f"the part and whole its clause names give {num(value)} per {num(scale)}, not "
        f"{printed(r)}", printed_like(value, printed(r), q.step if q.step > 0 else 1.0),
    )  # fmt: skip


def unit_rate(
    s: Sentence, r: Located, own: list[Located], unit_whole: UnitWhole, scale: float = 1.0
) -> list[tuple[Located, Located, float]]:
    """A rate read on wholes named by their units ("38 echelons of about 1,190 persons each",
    "The families averaged about 4.6 persons", "147 persons died, 3.2 per 1,000", the persons
    and families counted in a paragraph before): per unit, the whole of the rate's unit over
    the sentence's own count, or over the whole of a unit the sentence names by its word; per
    1,000, the clause's own count over the whole of its unit. Only a fit is reported; no slip
    is read into figures from other sentences."""
    if scale != 1:
        # a count whose unit the sentence implies ("353 died") takes the whole of that unit
        # only when no other count of it comes near
        # ... and one with no unit at all ("312 of them died") is of people
        pairs = [(x, y) for x in own
                 if (y := unit_whole(r, x.quantity.unit or "persons",
                                     sole=x.quantity.unit_implied or not x.quantity.unit))
                 is not None and y.quantity.mid > x.quantity.mid]  # fmt: skip
        return [(x, y, x.quantity.mid / y.quantity.mid * scale) for x, y in pairs]
    unit = r.quantity.unit
    if (
        not unit or r.quantity.unit_implied
        or (own and all(f.quantity.unit == unit and not f.quantity.unit_implied for f in own))
    ):  # fmt: skip
        # "330 brigades of 40 each", "six doctors, one for every 2,020": people, by default
        unit = "persons"
    x = unit_whole(r, unit)
    if x is None:
        return []
    text = s.passage.text
    every = RATE_BEFORE_RE.search(
        text[max(s.start, r.quantity.phrase_start - 32) : r.quantity.phrase_start]
    )
    ys = [
        f
        for f in own
        if (
            f.quantity.unit != unit
            or f.quantity.unit_implied
            or (every is not None and f.quantity.end <= r.quantity.start)
        )
        and 0 < f.quantity.mid < x.quantity.mid
    ]  # fmt: skip  ("310 riflemen, one for every 97 deportees": any count before "every")
    if not ys:
        words = sorted({w.lower() for w in re.findall(r"[A-Za-z]+", s.text)})
        named = [u for u in words if u != unit and len(u) > 3]
        ys = [y for u in named if (y := unit_whole(r, u)) is not None and y.quantity.mid > 0]
    if not ys and (m := RATE_AFTER_RE.match(text, r.quantity.end, s.end)) is not None:
        ys = per_noun_counts(r, m.group("target") or "", unit_whole)  # "to a train": trains
    return [(x, y, x.quantity.mid / y.quantity.mid) for y in ys if y.quantity.mid < x.quantity.mid]


def rate_pairs(
    own: list[Located], pool: list[Located], scale: float
) -> list[tuple[Located, Located]]:
    """(x, y) pairs a rate x / y may be made of. Per 1,000: x is the sentence's own count and
    y a larger whole; per unit ("each", "to a wagon"): x the larger, one of them the
    sentence's own."""
    out = []
    for x in pool:
        for y in pool:
            if x is y or y.quantity.mid <= 0:
                continue
            if scale != 1:
                if x in own and y.quantity.mid > x.quantity.mid:
                    out.append((x, y))
            elif (x in own or y in own) and x.quantity.mid > y.quantity.mid:
                out.append((x, y))
    return out


# -- products: an amount a head times the heads ----------------------------------------------

#: Masses in tons: "650 grams a head for 38,000 prisoners, 24.7 tons".
TONS_PER = {"grams": 1e-6, "kilograms": 1e-3, "tons": 1.0}
PER_HEAD_RE = re.compile(
    r"(?:\s+[\w-]+){0,3}?\s+(?:(?:a|per|to a|for each)\s+(?:head|person|man|woman|soul)|each)\b",
    re.I,
)


def product_parts(s: Sentence) -> tuple[Located, Located, Located] | None:
    """(amount a head, total, heads) of a sentence that states an amount per head, the heads
    and the total in another mass unit; None when it does not."""
    masses = [f for f in s.counts if f.quantity.unit in TONS_PER]
    heads = [f for f in s.counts if f.quantity.unit not in TONS_PER]
    text = s.passage.text
    per = [f for f in masses if PER_HEAD_RE.match(text, f.quantity.end, s.end)]
    if not per or not heads:
        return None
    each = per[0]
    totals = [f for f in masses if f.quantity.unit != each.quantity.unit and f is not each]
    bigger = [f for f in totals
              if TONS_PER[f.quantity.unit] > TONS_PER[each.quantity.unit]]  # fmt: skip
    if not bigger:
        return None
    return each, bigger[0], max(heads, key=lambda f: f.quantity.mid)


def products(s: Sentence, unit_whole: UnitWhole | None = None) -> list[Finding]:
    parts = product_parts(s)
    if parts is None:
        return far_product(s, unit_whole) if unit_whole is not None else []
    each, total, heads = parts
    return [product_finding(each, total, heads)]


def within_rounding(total: Located, each: Located, heads: Located, factor: float) -> bool:
    """Whether the total lies between the heads times the least and the most the printed
    amount a head may stand for ("712 tonnes, about 37 kilograms a head" for 19,260 heads:
    36.5 to 37.5 kg a head make 703 to 722 tonnes): the amount was rounded from the total,
    which the product cannot then contradict."""
    step = each.quantity.step if each.quantity.step > 0 else 1.0
    low = heads.quantity.mid * (each.quantity.mid - step / 2) * factor
    high = heads.quantity.mid * (each.quantity.mid + step / 2) * factor
    return low <= total.quantity.mid <= high


def product_finding(each: Located, total: Located, heads: Located) -> Finding:
    """A total mass against the heads times the amount a head (a slip when one explains it)."""
    q = total.quantity
    factor = TONS_PER[each.quantity.unit] / TONS_PER[q.unit]
    value = heads.quantity.mid * each.quantity.mid * factor
    formula = f"{printed(heads)} * {printed(each)} / {num(1 / factor)}"
    inputs = (heads, each)
    if accepts_count(q, value) or within_rounding(total, each, heads, factor):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, inputs,
            f"{printed(heads)} at {printed(each)} {each.quantity.unit} each make {num(value)} "
            f"{q.unit}",
        )  # fmt: skip
    found = slip_finding("rate", total, value, formula, inputs, "the amount a head and the heads")
    return found or Finding(
        "rate", q.start, q.end, q.mid, Verdict.unverifiable, "", None, (),
        "the amount a head times the heads the sentence names is far from it",
    )  # fmt: skip


def far_product(s: Sentence, unit_whole: UnitWhole) -> list[Finding]:
    """A product whose heads are not in its sentence ("Bread was issued at 800 grams a head,
    36.2 tons a day", the persons counted in a paragraph before): the heads are the whole of
    persons named before it. Only a fit is reported, never a slip on far heads."""
    masses = [f for f in s.counts if f.quantity.unit in TONS_PER]
    text = s.passage.text
    per = [f for f in masses if PER_HEAD_RE.match(text, f.quantity.end, s.end)]
    if not per or len(s.counts) != len(masses):
        return []
    each = per[0]
    factor_of = TONS_PER[each.quantity.unit]
    totals = [f for f in masses if TONS_PER[f.quantity.unit] > factor_of]
    heads = unit_whole(each, "persons")
    if not totals or heads is None:
        return []
    total = totals[0]
    q = total.quantity
    value = heads.quantity.mid * each.quantity.mid * factor_of / TONS_PER[q.unit]
    if not accepts_count(q, value):
        return []
    formula = f"{printed(heads)} * {printed(each)} / {num(TONS_PER[q.unit] / factor_of)}"
    return [Finding(
        "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (heads, each),
        f"{printed(heads)} at {printed(each)} {each.quantity.unit} each make {num(value)} "
        f"{q.unit}",
    )]  # fmt: skip


# -- a percentage after "rose from A to B" -------------------------------------------------

RISE_RE = re.compile(r"\b(?:rose|grew|increased|climbed|went up)\b", re.I)
#: Words right before a percentage that say it is the increase itself.
INCREASE_OF_RE = re.compile(
    r"\b(?:an? (?:increase|rise|growth) of|(?:rose|grew|increased|climbed) by)\s+$", re.I
)


def changes(s: Sentence) -> list[Finding]:
    """A percentage stated beside a rise "from A to B" fits two readings: the increase
    (B - A) / A and the new level B / A. "An increase of" names the first; with no such
    words, a figure that is the level is *ambiguous* (the verb speaks of a rise)."""
    text = s.passage.text
    frm = FROM_TO_RE.search(s.text)
    if frm is None or not RISE_RE.search(s.text[: frm.start()] + " " + s.text):
        return []
    after = [f for f in s.counts if f.quantity.start - s.start > frm.end()]
    if len(after) < 2 or " to " not in text[after[0].quantity.end : after[1].quantity.start]:
        return []
    a, b = after[0], after[1]
    if not (0 < a.quantity.mid < b.quantity.mid) or not compatible(a, b):
        return []
    out: list[Finding] = []
    for p in s.rates:
        q = p.quantity
        if q.unit != "percent" or q.start < b.quantity.end:
            continue
        said = INCREASE_OF_RE.search(text[max(s.start, q.phrase_start - 30) : q.phrase_start])
        x, y = a.quantity.mid, b.quantity.mid
        change, level = (y - x) / x * 100, y / x * 100
        increase = f"({printed(b)} - {printed(a)}) / {printed(a)} * 100"
        if accepts_count(q, change):
            out.append(Finding(
                "share", q.start, q.phrase_end, q.mid, Verdict.consistent, increase, change, (b, a),
                f"the rise from {printed(a)} to {printed(b)} is {num(change)} percent",
            ))  # fmt: skip
        elif accepts_count(q, level):
            out.append(Finding(
                "share", q.start, q.phrase_end, q.mid,
                Verdict.inconsistent if said else Verdict.ambiguous, increase, change, (b, a),
                f"{printed(b)} is {num(level)} percent of {printed(a)}, the new level; the "
                f"increase itself is {num(change)} percent",
                printed_like(change, printed(p), q.step or 1.0) if said else None,
            ))  # fmt: skip
    return out


# -- multiples in words ----------------------------------------------------------------------

MULTIPLE_NAMES = {
    0.5: "halved", 2.0: "doubled", 3.0: "tripled", 4.0: "quadrupled", 5.0: "fivefold",
    10.0: "tenfold",
}  # fmt: skip


STEM_RE = re.compile(r"[a-z]{5,}")


def earlier_counts(
    s: Sentence, neighbours: Callable[[Sentence], list[Located]], own: int
) -> list[Located]:
    """The other count of a multiple whose sentence names one ("Since 1941, when they
    numbered 3,020, the invalids had more than quadrupled"): the counts of the nearest of the
    two sentences before that has any; when there are several and the sentence names one
    itself, the one whose following words name the sentence's subject ("12,800 were
    invalids")."""
    near = [f for f in neighbours(s) if f.passage is s.passage and is_count(f)]
    for back in (1, 2):
        found = [f for f in near if f.sentence == s.index - back]
        if found:
            found = levels_of(found, s.text)
            break
    if len(found) <= 1 or own != 1:
        return found if back == 1 or own == 1 else []
    words = {w[:6] for w in STEM_RE.findall(s.text.lower())}
    text = s.passage.text
    named = [
        f for f in found
        if {w[:6] for w in STEM_RE.findall(text[f.quantity.end : f.quantity.end + 30].lower())}
        & words
    ]  # fmt: skip
    # "Of the 18,300 in the camps ..., about 680 in the four camps": a figure rounded from
    # shares of the sentence is no level counted; the one count printed exactly is
    exact = [f for f in named if not f.quantity.approx]
    if len(named) > 1 and len(exact) == 1:
        return exact
    return named if len(named) == 1 else found


def nearest_multiple(ratio: float) -> str:
    best = min(MULTIPLE_NAMES, key=lambda f: abs(math.log(ratio / f)) if ratio > 0 else 0)
    if abs(math.log(ratio / best)) <= math.log(1.15):
        return MULTIPLE_NAMES[best]
    return f"{ratio:.2f} times"


def multiples(s: Sentence, neighbours: Callable[[Sentence], list[Located]]) -> list[Finding]:
    out: list[Finding] = []
    text = s.text
    if not s.may_hold(MULTIPLE_CUES):
        return out  # MULTIPLE_PHRASE_RE needs one of these words
    for m in MULTIPLE_PHRASE_RE.finditer(text):
        qualifier = (m.group(1) or "").lower()
        word = m.group(2).lower()
        factor = 2.0 if word in ("twice", "double") else float(MULTIPLE_WORDS[word])
        # "62 per 1,000, twice that among the Poles, 31 per 1,000": the scale is no count
        counts = [f for f in s.counts if not is_scale(f)]
        contrast = CONTRAST_RE.search(text, m.end())
        if contrast is not None:  # ", while deaths fell from 1,510 to 488": another subject's
            counts = [f for f in counts if f.quantity.start - s.start < contrast.start()]
        pair: tuple[Located, Located] | None = None
        # "deaths halved, from 412 to 203, and births more than doubled, from 96 to 231":
        # the "from" of the multiple's own clause, right after it, else the sentence's first
        frm = own_from(text, m.end()) or first_from(text, m.end())
        if frm is not None:
            after = [f for f in counts if f.quantity.start - s.start > frm.end()]
            if (
                len(after) >= 2
                and " to " in s.passage.text[after[0].quantity.end : after[1].quantity.start]
            ):
                pair = (after[0], after[1])
        pair = pair or changed_level(s, m.start(), m.end(), neighbours)
        pair = pair or sides_in_clause(s, m.start(), m.end())
        ordered = None if pair else clause_levels(s, m.start(), m.end(), factor)
        pair = pair or ordered
        if pair is None and factor > 1:
            # "another 5,000 came, raising the number to 9,000, more than doubling it"
            raised = [(x, y) for x, y in itertools.pairwise(counts) if stock_before(x, y)]
            pair = raised[-1] if raised else None
        before = []
        clause = CLAUSE_START_RE.split(text[: m.start()])[-1] + m.group(0)
        # "Arrests more than doubled between September and November, and November, with
        # 451, ...": periods named after the word, in a clause of its own without figures
        clause_after = MULTIPLE_CLAUSE_END_RE.split(text[m.end() :])[0]
        lo, hi = m.end() - len(clause), m.end() + len(clause_after)
        if pair is None and (not counts or (
            BETWEEN_RE.search(clause_after)
            and not any(lo <= f.quantity.start - s.start < hi for f in counts)
        )):  # fmt: skip
            earlier = [f for f in neighbours(s) if f.passage is s.passage and is_count(f)
                       and f.sentence < s.index]  # fmt: skip
            pair = period_pair(clause + clause_after,
                               sorted(earlier, key=lambda f: f.quantity.start))
            if pair is not None and another_run_named(clause + clause_after, pair):
                pair = None  # the labelled list is not the one the words name
            pair = parallel_period_pair(clause + clause_after, earlier) or pair
            pair = pair or (noun_levels(clause, earlier) if factor > 1 else None)
        if pair is None and len(counts) == 2 and new_level_first(s, m, counts):
            counts = counts[:1]  # "halved, to 2,391, which brings the two years to 7,253"
        if pair is None and len(counts) < 2:
            # "Since 1941, when they numbered 3,020, the invalids had more than quadrupled":
            # the other count stands in the sentence before
            before = earlier_counts(s, neighbours, len(counts))
            if len(own := own_levels(counts, before)) < len(counts):
                before = earlier_counts(s, neighbours, len(own))
            counts = [*before, *own]
        if pair is None and len(counts) == 2 and compatible(*counts):
            small, large = sorted(counts, key=lambda f: f.quantity.mid)
            pair = (large, small) if factor < 1 else (small, large)
        per = [f for f in counts if PER_SCALE_AFTER_RE.match(s.passage.text, f.quantity.end)]
        if pair is None and len(counts) > 2 and len(per) == 2 and RATE_WORD_RE.search(text):
            # "Novosibirsk lost 860, 69 per 1,000, and Altai 260, 26 per 1,000; the death
            # rate in Novosibirsk was thus more than twice that of Altai": the two rates
            small, large = sorted(per, key=lambda f: f.quantity.mid)
            pair = (large, small) if factor < 1 else (small, large)
        if pair is None and len(counts) == 4 and factor > 1:
            # "twice as likely to die: 84 of 1,000 against 42 of 1,000": a ratio of rates
            found = multiple_of_rates(s, m, qualifier, factor, counts)
            out += [found] if found is not None else []
            continue
        if pair is None:
            continue
        a, b = pair
        ratio = b.quantity.mid / a.quantity.mid
        stock = stock_before(a, b) if factor > 1 else None
        if stock:
            ratio = b.quantity.mid / stock
        # levels read in the order of the text go the way the verb says already
        fell = ordered is None and DECLINE_WORDS_RE.search(text[: m.start()]) is not None
        if factor > 1 and ratio < 1 and fell:
            ratio = 1 / ratio
        # "nearly halved" is a fall to a little over half: compare the inverse with two
        grow, by = (ratio, factor) if factor >= 1 else (1 / ratio, 1 / factor)
        if qualifier in ("more than", "over"):
            ok = grow > by  # "more than twice": any ratio above two
        elif qualifier in ("almost", "nearly"):
            ok = by * 0.8 <= grow < by
        else:
            ok = abs(grow - by) <= 0.1 * by
        start, end = s.start + m.start(), s.start + m.end()
        if before and not ok and not (len(before) == 1 and (
            names_noun_of(before[0], text)
            or subject_counted(before[0], CLAUSE_START_RE.split(text[: m.start()])[-1])
        )):  # fmt: skip
            out.append(Finding(
                "multiple", start, end, factor, Verdict.unverifiable, "", None, (),
                "the counts of the sentence before give another ratio; they need not be the "
                "ones compared",
            ))  # fmt: skip
            continue
        if counts_for_frequency(text, m.end(), (a, b)):
            out.append(Finding(
                "multiple", s.start + m.start(), s.start + m.end(), factor,
                Verdict.unverifiable, "", None, (), "a multiple of how often a thing happened "
                "compares rates; the counts found are no rates and need not give its ratio",
            ))  # fmt: skip
            continue
        small, large = sorted((a, b), key=lambda f: f.quantity.mid)
        if before and ok and part_of_named_whole(small, large):
            out.append(Finding(
                "multiple", start, end, factor, Verdict.unverifiable, "", None, (),
                "the counts of the sentence before are a part and its whole, no two levels "
                "of what grew; they need not be the ones compared",
            ))  # fmt: skip
            continue
        if fell and factor > 1:
            formula = f"{printed(a)} / {printed(b)}"
        elif stock:
            formula = f"{printed(b)} / ({printed(b)} - {printed(a)})"
        else:
            formula = f"{printed(b)} / {printed(a)}"
        out.append(Finding(
            "multiple", start, end, factor, Verdict.consistent if ok else Verdict.inconsistent,
            formula, ratio, (a, b),
            f"“{m.group(0)}” is a ratio of {f'{qualifier} ' if qualifier else ''}{num(factor)}; "
            f"the two counts give {ratio:.2f}",
            None if ok else nearest_multiple(ratio),
        ))  # fmt: skip
    return out


#: What stands between a verb of change and its new level: "halved, to 2,391".
TO_NEW_LEVEL_RE = re.compile(r",?\s+to\s+(?:some\s+|about\s+|only\s+)?$")
#: "to 2,431 from 4,862", "to 9,700, against 4,862": the old level after the new one,
#: named by a word of its own.
FROM_RE = re.compile(r"\b(?:from|against|compared|than|after|over)\b", re.I)


def new_level_first(s: Sentence, m: re.Match[str], counts: list[Located]) -> bool:
    """Whether the first of a sentence's two counts is the new level the verb's own "to"
    names ("In 1946 the toll halved, to 2,391, which brings the two years to 7,253"): the
    count printed after it then says something else, and the old level is the one before."""
    first, second = sorted(counts, key=lambda f: f.quantity.start)
    gap = s.passage.text[s.start + m.end() : first.quantity.phrase_start]
    between = s.passage.text[first.quantity.end : second.quantity.phrase_start]
    return TO_NEW_LEVEL_RE.fullmatch(gap) is not None and FROM_RE.search(between) is None


def own_from(text: str, end: int) -> re.Match[str] | None:
    """The "from" that opens a multiple's own "from ... to" right after it ("more than
    doubled, from 96 in 1935 to 231"), within a few words and no clause break."""
    m = FROM_TO_RE.search(text, end)
    if m is not None and CONTRAST_RE.search(text, end, m.start()):
        return None  # "more than doubled, while deaths fell from ...": another subject's
    if m is None or m.start() - end > OWN_FROM_GAP or re.search(r"[;.]", text[end : m.start()]):
        return None if m is None else own_from_past_cause(text, end, m)
    return m


def first_from(text: str, end: int) -> re.Match[str] | None:
    """The sentence's first "from", unless it stands after a multiple (ending at ``end``)
    in a clause set against it (", while deaths fell from 1,510 to 488"): that clause has a
    subject of its own."""
    m = FROM_TO_RE.search(text)
    if m is not None and m.start() >= end and CONTRAST_RE.search(text, end, m.start()):
        return None
    return m


def own_from_past_cause(text: str, end: int, m: re.Match[str]) -> re.Match[str] | None:
    """The "from" of a multiple's clause past the words of its cause ("were halved by
    fodder shortage and murrain, from 6,240 to 3,050"): within ``OWN_FROM_CLAUSE`` characters,
    no clause end and no other multiple between."""
    between = text[end : m.start()]
    if m.start() - end > OWN_FROM_CLAUSE or re.search(r"[;.:]", between):
        return None
    return None if MULTIPLE_PHRASE_RE.search(between) else m


def multiple_of_rates(
    s: Sentence, m: re.Match[str], qualifier: str, factor: float, counts: list[Located]
) -> Finding | None:
    """A multiple of two rates each printed as "x of y" ("84 of 1,000 against 42 of
    1,000"): the larger rate over the smaller."""
    a, b, c, d = counts
    text = s.passage.text
    if not (
        PART_OF_BETWEEN_RE.fullmatch(text, a.quantity.phrase_end, b.quantity.phrase_start)
        and PART_OF_BETWEEN_RE.fullmatch(text, c.quantity.phrase_end, d.quantity.phrase_start)
    ):
        return None
    pair = compared_values(counts)
    if pair is None or min(pair) <= 0:
        return None
    ratio = max(pair) / min(pair)
    ok = multiple_holds(qualifier, factor, ratio)
    formula = f"({printed(a)} / {printed(b)}) / ({printed(c)} / {printed(d)})"
    return Finding(
        "multiple", s.start + m.start(), s.start + m.end(), factor,
        Verdict.consistent if ok else Verdict.inconsistent, formula, ratio, (a, b, c, d),
        f"“{m.group(0)}” is a ratio of {num(factor)}; the two rates give {ratio:.2f}",
        None if ok else nearest_multiple(ratio),
    )  # fmt: skip


PART_OF_BETWEEN_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|in|out of|per)\s+(?:the\s+)?")


def multiple_holds(qualifier: str, factor: float, ratio: float) -> bool:
    if qualifier in ("more than", "over"):
        return factor < ratio <= factor * 1.5
    if qualifier in ("almost", "nearly"):
        return factor * 0.8 <= ratio < factor
    return abs(ratio - factor) <= 0.1 * factor


# -- comparisons -----------------------------------------------------------------------------


def compared_values(figures: list[Located], each: bool = False) -> tuple[float, float] | None:
    """The two things compared: two figures, two ratios "x of y against x2 of y2", or, when
    the comparison is of amounts ``each``, "x in y against x2 in y2" (x / y against x2 / y2)."""
    if len(figures) == 4 and all(is_count(f) for f in figures):
        a, b, c, d = (f.quantity.mid for f in figures)
        if b > a and d > c:
            return a / b, c / d
        if each and a > b > 0 and c > d > 0:
            return a / b, c / d
    if len(figures) >= 2:
        return figures[0].quantity.mid, figures[1].quantity.mid
    if len(figures) == 1:
        return pair_in_range(figures[0])
    return None


def pair_in_range(f: Located) -> tuple[float, float] | None:
    """The two figures of a comparison printed "A to B" ("outnumbered the Finns, 9,400 to
    2,100"), which the reader takes for a range: in a comparison it is two counts, in the
    order printed."""
    q = f.quantity
    if q.kind != "range" or q.low is None or q.high is None or q.unit == "percent":
        return None
    if not re.search(r"\d\s+to\s+\d", q.text):
        return None
    before = f.passage.text[max(0, q.phrase_start - 12) : q.phrase_start]
    if re.search(r"\b(?:from|between|of|by)\s+$", before, re.I):
        return None  # "rose from 900 to 1,200", "between 900 to 1,200": a change or a range
    return q.low, q.high


def nearest_is_subject(figures: list[Located], cue: int) -> bool:
    """Whether a comparative set off by a comma right after the second of two figures is
    said of that second one, with the first as its other side ("The Balts lost 1,000 and the
    Poles 900, fewer than the Balts"; "rose from 900 in 1940 to 1,200 in 1941, higher than
    in 1940"): the other side is named in words after "than", not printed there."""
    if len(figures) != 2 or not all(
        is_count(f) and f.quantity.mid == int(f.quantity.mid) for f in figures
    ):
        return False  # "7,290 households of 4.8 persons, larger than": a size, no side
    first, second = figures
    text = second.passage.text
    if second.quantity.end > cue or NUMBER_AFTER_THAN_RE.match(text, cue):
        return False
    if not PAIRED_RE.fullmatch(text, first.quantity.end, second.quantity.start):
        return False  # "4,720 soldiers ... one for every eight deportees": no pair of sides
    return NEAREST_CUE_RE.fullmatch(text, second.quantity.end, cue) is not None


#: two figures set side by side: "1,000 and the Poles 900", "900 in 1940 to 1,200"
PAIRED_RE = re.compile(
    r"(?:(?!\b(?:every|per|each|apiece|a\s+head)\b)[^.;:()])*\b(?:and|to)\b"
    r"(?:(?!\b(?:every|per|each|apiece|a\s+head)\b)[^.;:()])*"
)
#: from the second figure to the comparative: its noun or year, then a comma
NEAREST_CUE_RE = re.compile(r"(?:\s+[a-z]+){0,2}(?:\s+in\s+\d{4})?,\s+(?:still\s+|far\s+|much\s+)?")
#: a comparative whose "than" clause prints a figure of its own
NUMBER_AFTER_THAN_RE = re.compile(r"\w+(?:\s+\w+)?\s+than\s+(?:the\s+|in\s+)?[^,.;]*?\d")


def part_of_whole(figures: list[Located], cue: int) -> bool:
    """Whether the two figures before the comparison word at ``cue`` are a part and its
    whole ("lost 389 of the 3,841, a higher toll than"): one proportion, the subject's, not
    two things set against each other (four counts are read as two proportions)."""
    if len(figures) == 4 and compared_ratios(figures):
        return False
    before = [f for f in figures if f.quantity.end <= cue]
    # "took 389 of the 3,841, 101 per 1,000, a higher toll than": the pair's own rate, printed
    # after it, is no third thing compared
    if len(before) > 2 and all(
        f.quantity.unit == "percent" or PER_SCALE_AFTER_RE.match(f.passage.text, f.quantity.end)
        for f in before[2:]
    ):
        before = before[:2]
    if len(before) != 2 or not all(is_count(f) for f in before):
        return False
    a, b = before
    text = a.passage.text
    between = text[a.quantity.end : b.quantity.start]
    if a.quantity.mid < b.quantity.mid and PART_OF_WHOLE_RE.fullmatch(between) is not None:
        return True
    # "Of the 1,000 Balts, 90 died (4.1 percent), fewer than among the Poles": the whole
    # fronted, its part after the comma
    return (
        a.quantity.mid > b.quantity.mid
        and FRONTED_WHOLE_RE.search(text, max(0, a.quantity.start - 24), a.quantity.start)
        is not None
        and FRONTED_BETWEEN_RE.fullmatch(between) is not None
    )


#: the words between a part and its whole: "of the", "deaths among its", "out of"
PART_OF_WHOLE_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+)?"
)


#: a whole fronted by "Of the", "Among its", "Out of all" right before its count
FRONTED_WHOLE_RE = re.compile(
    r"(?:^|[.;:,]\s+|\()(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+|all\s+(?:the\s+)?|"
    r"these\s+|those\s+)?$",
    re.I,
)
#: the whole's noun and the comma before its part: "Balts, "
FRONTED_BETWEEN_RE = re.compile(r"\s+[^\d,;:.()]{1,40},\s+")


def compared_ratios(figures: list[Located]) -> bool:
    """Whether four counts read as two ratios "x of y against x2 of y2"."""
    a, b, c, d = (f.quantity.mid for f in figures)
    return all(is_count(f) for f in figures) and b > a and d > c


def comparisons(s: Sentence) -> list[Finding]:
    out: list[Finding] = []
    text = s.text
    every = [f for f in s.figures if f.quantity.kind != "fraction" and not is_scale(f)]
    cues = comparative_cues(s) if s.may_hold(THAN_CUES) else []
    for m in COMPARE_RE.finditer(text) if s.may_hold(THAN_CUES) else ():
        word = m.group(1).lower()
        figures = own_window(every, s.start + m.start(), s.start + m.end(), cues)
        figures = in_its_clause(s.passage.text[: s.end], s.start + m.end(), figures)
        to_part = percent_against_part(figures)
        if to_part is None and len(figures) in (2, 3) and not one_measure(*figures[:2]):
            continue  # "1,842 persons, 3.8 to a family, and so were smaller": no two sides
        if ANY_OTHER_RE.match(text, m.end()):
            out += any_other(s, m, word, figures)
            continue
        if QUALIFIER_THAN_RE.match(text, m.end()):
            continue  # "more than doubled", "fewer than 100": a bound, not a comparison
        if COUNT_BEFORE_RE.search(text, 0, m.start()):
            continue  # "580 fewer than were loaded": a difference (remainders), not an order
        each = bool(EACH_RE.search(text, m.end(), m.end() + 60))
        pair = compared_values(figures, each)
        # "Of the dead, 97, ..., more likely ...: 97 among 19,730 against 89 among 28,890":
        # the two ratios set out after the word, whatever the sentence counted before it
        after = [f for f in figures if f.quantity.start >= s.start + m.end()]
        if len(figures) > 4 and len(after) == 4 and compared_ratios(after):
            pair = compared_values(after, each)
        summed = sum_side(s, s.start + m.end(), [f for f in every if is_count(f)])
        mine = None if summed is None else subject_side(
            s, s.start + m.start(), [f for f in every if is_count(f)]
        )
        if summed is not None and mine is not None and mine not in summed:
            pair = mine.quantity.mid, sum(f.quantity.mid for f in summed)
            figures = [mine, *summed]  # "2,730 ... more than A and B together"
        elif says_sum_side(s, s.start + m.end()):
            continue  # the sum of the other side is not printed: no single figure is it
        elif to_part is not None:
            pair = to_part
        elif pair is None or part_of_whole(figures, s.start + m.start()):
            continue
        elif nearest_is_subject(figures, s.start + m.start()) or (
            all(is_count(f) for f in figures)
            and than_names_first(figures, s.start, s.start + m.end())
        ):
            pair = pair[1], pair[0]
        a, b = pair
        up = word.replace(" ", "-") in UP_WORDS or word in UP_WORDS
        ok = a > b if up else a < b
        if not ok and part_and_its_whole(figures, *pair):
            continue  # no slip is read into a part set against its own whole
        out.append(comparison_finding(s, m, word, ok, f"{num(a)} vs {num(b)}", a, figures))
    figures = every
    for m in COMPARE_VERB_RE.finditer(text) if s.may_hold(VERB_CUES) else ():
        word = m.group(1).lower()
        sides = verb_sides(text, s.start, m.start(), m.end(), figures)
        pair = compared_values(sides)
        if pair is not None and gap_after_verb(text, s.start, m.end(), sides):
            if pair[1] >= pair[0]:
                continue  # a gap as large as the side it is taken from: no two sides
            gap = pair[1] if word in UP_WORDS else -pair[1]
            pair = pair[0], pair[0] - gap  # "outnumbered those who came by 8,633"
        if pair is None:
            continue
        a, b = pair
        ok = a > b if word in UP_WORDS else a < b
        out.append(comparison_finding(s, m, word, ok, f"{num(a)} vs {num(b)}", a, figures))
    for m in SUPERLATIVE_RE.finditer(text) if s.may_hold(SUPERLATIVE_CUES) else ():
        word = m.group(1).lower()
        if len(figures) < 2 or not AGAINST_RE.search(text, m.end()):
            continue  # the figures must be set against each other, not merely follow
        first, rest = figures[0].quantity.mid, [f.quantity.mid for f in figures[1:]]
        up = word in ("largest", "highest", "biggest", "most")
        ok = first > max(rest) if up else first < min(rest)
        formula = " vs ".join(num(f.quantity.mid) for f in figures)
        out.append(comparison_finding(s, m, word, ok, formula, first, figures))
    said = (
        (as_many(text, figures) if s.says_any(AS_MANY_WORDS) else [])
        + (ranked(text, s.start, figures) if s.says_any(RANKED_WORDS) else [])
        + (so_name(text, s.start, figures) if s.says_any(SO_NAME_WORDS) else [])
        if len(figures) >= 2
        else []
    )
    for o in said:
        formula = " vs ".join(num(f.quantity.mid) for f in o.figures)
        out.append(Finding(
            "comparison", s.start + o.start, s.start + o.end, o.figures[0].quantity.mid,
            Verdict.consistent if o.holds else Verdict.inconsistent, formula,
            o.figures[0].quantity.mid, o.figures,
            f"“{o.word}”: the figures it orders are {formula.replace(' vs ', ' against ')}",
            o.intended,
        ))  # fmt: skip
    for m in RIVAL_RE.finditer(text) if "second only to" in text else ():
        # a share or rate printed beside the count ("and its people made up 22.1 per cent")
        # is no rival of it
        figures = rivals(every)
        values = [f.quantity.mid for f in figures]
        if len(figures) >= 4:  # "Of the 11,850 mobilised, 5,420 went to ...": no rival
            figures = [f for i, f in enumerate(figures) if not sums_a_run(values, i)]
        if len(figures) < 2:
            continue
        name = m.group(1)[:5].lower()
        # "..., 3,960 to Angren ..., so that Angren was second only to Farkhad": the subject
        # named right before the words is the figure ranked second, wherever it stands
        subject = SUBJECT_BEFORE_RE.search(text[: m.start()])
        subject_figures = (named_figure(s.passage.text, subject.group(1), figures)
                           if subject else [])  # fmt: skip
        if len(subject_figures) != 1:
            subject_figures = [subject_figure(text, s.start, m, figures)]
        ranked_second = subject_figures[0]
        if ranked_second is not figures[0]:
            figures = [ranked_second, *(f for f in figures if f is not ranked_second)]
        first = figures[0].quantity.mid
        above = [f for f in figures[1:] if f.quantity.mid > first]
        named = [f for f in figures[1:] if name not in PRONOUNS and near_name(s, f, name)]
        if by_description(m) and not named:
            continue  # the described rival is printed with no figure of this sentence
        if not above and not named:
            continue  # the rival's figure is not printed: no two sides to set in order
        ok = len(above) == 1 and (above[0] in named or not named) and not (
            owner_other_than(s.passage.text, above[0], name)
        )  # "second only to Dolinka, with 4,380 against Spassk's 6,120": Spassk is above
        formula = " vs ".join(num(f.quantity.mid) for f in figures)
        found = comparison_finding(s, m, "second only to", ok, formula, first, figures)
        found.start = s.start + m.start()
        found.end = found.start + len("second only to")
        if not ok:
            found.intended = "behind more than one" if len(above) > 1 else "not second"
        out.append(found)
    return out


#: A comparison with all the rest: "7,420 persons, more than any other".
ANY_OTHER_RE = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+than\s+(?:any other|all (?:the )?others?|anywhere else|"
    r"any of the others|the rest)\b",
    re.I,
)


def any_other(s: Sentence, m: re.Match[str], word: str, figures: list[Located]) -> list[Finding]:
    """"more than any other" is a superlative: the figure said with it (the last before
    the cue) against every other figure of the sentence; none when the sentence prints no
    other (the rest may be counted elsewhere)."""
    cue = s.start + m.start()
    own = [f for f in figures if f.quantity.end <= cue]
    if not own or len(figures) < 2:
        return []
    first = own[-1]
    rest = [f.quantity.mid for f in figures if f is not first]
    up = word.replace(" ", "-") in UP_WORDS or word in UP_WORDS
    ok = first.quantity.mid > max(rest) if up else first.quantity.mid < min(rest)
    formula = " vs ".join(num(v) for v in [first.quantity.mid, *rest])
    found = comparison_finding(s, m, word, ok, formula, first.quantity.mid, figures)
    if not ok:
        found.intended = "not the most" if up else "not the fewest"
    return [found]


def is_scale(f: Located) -> bool:
    """Whether a figure is the scale of a rate ("61 per 1,000"), not a thing compared."""
    q = f.quantity
    return PER_BEFORE_RE.search(f.passage.text, max(0, q.start - 5), q.start) is not None


def near_name(s: Sentence, f: Located, name: str) -> bool:
    """Whether a name stands within a few words of a figure."""
    text = s.passage.text
    return name in text[max(s.start, f.quantity.start - 25) : f.quantity.end + 25].lower()


def comparison_finding(
    s: Sentence,
    m: re.Match[str],
    word: str,
    ok: bool,
    formula: str,
    value: float,
    figures: list[Located],
) -> Finding:
    start = s.start + m.start(1) if m.lastindex else s.start + m.start()
    end = s.start + m.end(1) if m.lastindex else s.start + m.end()
    return Finding(
        "comparison", start, end, value, Verdict.consistent if ok else Verdict.inconsistent,
        formula, value, tuple(figures),
        f"“{word}”: the figures it compares are {formula.replace(' vs ', ' against ')}",
        None if ok else OPPOSITE.get(word, f"not {word}"),
    )  # fmt: skip


# -- counts of listed items ------------------------------------------------------------------


#: the longest item of a list after a colon ("those who stayed on as hired workers of the
#: trust"); a longer one is a clause
NAME_NUMBER_RE = re.compile(r"\b[A-Z][a-z]+-\d+\b")


def first_and_count(listed: str) -> int:
    """The items of a list whose last item may hold an "and" of its own: the commas, and the
    first "and" after the last of them."""
    body = re.sub(r"\s*\([^()]*\)", "", listed).strip()
    head, _, last = body.rpartition(", ")
    parts = [p for p in head.split(", ") if p.strip()]
    return len(parts) + (2 if re.search(r"(?:^|\s)and\s", last) else 1)


#: A piece of a sentence cut at its commas that shows the commas are a clause's, not a list's:
#: one ending in a conjunction ("... no cause and, once begun, ...") or opening a clause.
CLAUSE_PIECE_RE = re.compile(
    r"\b(?:and|or|but|nor)$|^(?:whether|which|who|whom|whose|when|while|where)\b", re.I
)


def list_items(listed: str) -> list[str]:
    """The items of a list after a colon; an aside in brackets is no item ("Christianity and
    atheism (not state, but personal)" names two)."""
    body = re.sub(r"\s*\([^()]*\)", "", listed).strip().rstrip(".”’\"'").strip()
    body = re.sub(r",?\s+and\s+", ", ", body)
    return [item for item in (p.strip() for p in body.split(",")) if item]


def may_hold_count(text: str) -> bool:
    """False only when ``text`` holds neither a digit nor a number word."""
    return DIGIT_RE.search(text) is not None or may_hold(text, NUMBER_CUES)


def listed_counts(s: Sentence) -> list[Finding]:
    text = s.text
    if ":" not in text or not may_hold_count(text):
        return []  # COUNT_RE needs a colon and a count: most sentences skip its costly scan
    m = COUNT_RE.search(text)
    while m is not None and (date := DAY_MONTH_RE.match(text, m.start(1))) is not None:
        m = COUNT_RE.search(text, date.end())  # "The decree of 3 June named four camps:"
    # "Pezhma-2" is a name, no figure in the list
    if m is None or any(ch.isdigit() for ch in NAME_NUMBER_RE.sub("", m.group(3))):
        return []
    raw = m.group(1)
    n = int(raw) if raw.isdigit() else parse_words([raw])
    if n is None or not 2 <= n <= 30 or any(ch.isdigit() for ch in YEAR_RE.sub("", m.group(2))):
        return []
    items = list_items(m.group(3))
    # "the provincial zemstvo and collections in the churches and synagogues": an "and"
    # inside the last item; the list's own "and" is the first after its last comma
    ok = len(items) == n or (", " in m.group(3) and first_and_count(m.group(3)) == n)
    # items of up to five words; longer ones ("the first secretary of the regional party
    # committee") only after a plain count and noun, never "two decades of Stalin's rule:"
    longest = max((len(item.split()) for item in items), default=0)
    head = m.group(2).split()
    plain_head = len(head) <= 2 and not any(w.lower() in TIME_WORDS for w in head)
    if not items or longest > (LONG_ITEM if plain_head else 5):
        return []
    if not ok and any(CLAUSE_PIECE_RE.search(item) for item in items):
        return []  # "two dangers: haste and, once begun, delay, whether ...": a clause's commas
    if not ok and EARLIER_COUNT_RE.search(re.split(r"[,;]", text[: m.start(1)])[-1]):
        return []  # "eight districts on the two sides of the border: ...": the head is earlier
    return [list_count(s, s.start + m.start(1), raw, n, items, ok, "after the colon")]


# -- durations -------------------------------------------------------------------------------


#: A sentence that sums up the one before: "The withdrawals were thus spread over ...".
SUMS_UP_RE = re.compile(r"\b(?:thus|so|in all|altogether|all told)\b", re.I)


def item_spans(s: Sentence, after: int, items: list[str]) -> tuple[tuple[int, int], ...]:
    """Where each of ``items`` is printed in sentence ``s``, in order: after its count (at
    passage offset ``after``) as a list after a colon or in brackets is, else from the
    sentence's start as a list the count follows is; none when an item is not found as
    printed (a list read with its brackets taken out)."""
    text = s.passage.text
    for begin in (after, s.start):
        out: list[tuple[int, int]] = []
        for item in items:
            at = text.find(item, begin, s.end)
            if at < 0:
                break
            out.append((at, at + len(item)))
            begin = at + len(item)
        else:
            return tuple(out)
    return ()


def list_count(
    s: Sentence, start: int, raw: str, n: int, items: list[str], ok: bool, where: str
) -> Finding:
    """The count ``n`` printed as ``raw`` at ``start`` in sentence ``s`` against the
    ``items`` of its list (``where``: "after the colon", "after the comma", "in brackets"),
    ``ok`` when the list agrees with it. A miscount's intended figure is the number of items,
    in words where the count is in words (capitalised as printed)."""
    intended = WORD_NUMBERS.get(len(items), str(len(items)))
    if raw[:1].isupper():
        intended = intended.capitalize()
    return Finding(
        "count", start, start + len(raw), float(n),
        Verdict.consistent if ok else Verdict.inconsistent, f"{len(items)} items listed",
        float(len(items)), (),
        f"the list {where} names {len(items)}: " + "; ".join(items),
        None if ok else intended, items=item_spans(s, start + len(raw), items),
    )  # fmt: skip


def months_from_previous(s: Sentence, previous: Sentence | None) -> list[Finding]:
    """A span in months said of the two dates of the sentence before ("3,120 were withdrawn
    in March 1944 ... another 882 by July 1945. The withdrawals were thus spread over a
    sixteen-month period"): read when the sentence prints no date of its own, says it sums
    up ("thus", "in all"), and the one before prints exactly two dates with their months."""
    if previous is None or DURATION_UNIT_RE.search(s.text) is None:
        return []
    if not SUMS_UP_RE.search(s.text) or DATE_RE.search(s.text):
        return []
    said = list(DATE_RE.finditer(previous.text))
    dates = [(int(d.group(2)), d.group(1)) for d in said]
    if len(dates) != 2 or any(month is None for _, month in dates):
        return []
    (y1, a), (y2, b) = sorted(
        (y, MONTH_NAMES.index(month.lower())) for y, month in dates if month is not None
    )
    months = (y2 - y1) * 12 + (b - a)
    out: list[Finding] = []
    for m in DURATION_RE.finditer(s.text):
        n = duration_count(m)
        if n is None or not m.group(3).lower().startswith("month"):
            continue
        loose = (m.group(1) or "").lower() in ("about", "some")
        ok = abs(months - n) <= 1 if loose else months == n
        raw = m.group(2)
        out.append(Finding(
            "duration", s.start + m.start(2), duration_end(s, m, raw), float(n),
            Verdict.consistent if ok else Verdict.inconsistent, f"{months} months",
            float(months), (), f"from {a + 1}/{y1} to {b + 1}/{y2} is {months} months",
            None if ok else (WORD_NUMBERS.get(months, str(months)) if raw.isalpha()
                             else str(months)),
            date_spans(previous.start, said),
        ))  # fmt: skip
    return out


def durations(s: Sentence, noun_year: NounYear | None = None) -> list[Finding]:
    if DURATION_UNIT_RE.search(s.text) is None:
        return []  # every reading below ends in DURATION_RE
    days = day_month_span(s.text)
    if days is not None:
        day_dates = day_month_dates(s.start, s.text, year_printed_before(s.passage.text, s.start))
        return with_later_span(s, durations_in_days(s, days, day_dates))
    said = list(DATE_RE.finditer(s.text))
    dates = [
        date_bound(s.text, d.start(), int(d.group(2)),
                   MONTH_NAMES.index(d.group(1).lower()) if d.group(1) else None)
        for d in said
    ]  # fmt: skip
    if len(dates) == 1 and said[0].group(1) is None:  # a season alone is its year
        return durations_from_earlier_year(s, dates[0][0], noun_year, said[0])
    if len(dates) < 2:
        return []
    # "deported in 1936, five years after the purge of 1931": the span, whatever the order
    (y1, m1), (y2, m2) = sorted(dates[:2], key=lambda d: (d[0], -1 if d[1] is None else d[1]))
    two = date_spans(s.start, said[:2])
    years = sorted({y for y, month in dates if month is None})
    out: list[Finding] = []
    found = list(DURATION_RE.finditer(s.text))
    joined = years_and_months(s.text, found)
    for m in found:
        if any(m is later for _, later in joined.values()):
            continue  # the months of "two years and eight months", read with its years
        qualifier = (m.group(1) or "").lower()
        raw = m.group(2)
        if id(m) in joined:
            out.append(years_months_finding(s, joined[id(m)], (y1, m1), (y2, m2), two))
            continue
        n = duration_count(m)
        if n is None or m.group(3).lower()[0] in "wd":
            continue
        if len(years) == len(dates) > 2 and THE_YEARS_RE.search(s.text, 0, m.start(2)):
            # "4,200 in 1941, 3,100 in 1942 and 2,600 in 1943, 9,900 over the three years":
            # the years listed, counted (any other count may cover a longer period)
            if n in (len(years), years[-1] - years[0] + 1):
                out.append(Finding(
                    "duration", s.start + m.start(2), duration_end(s, m, raw), float(n),
                    Verdict.consistent, f"{years[-1]} - {years[0]} + 1", float(n), (),
                    f"the years {years[0]} to {years[-1]}, counted, are {num(n)}", None,
                    date_spans(s.start, [d for d in said if d.group(1) is None]),
                ))  # fmt: skip
            continue
        in_months = m.group(3).lower().startswith("month")
        if in_months and (m1 is None or m2 is None):
            out.append(months_between_years(s, m, raw, n, y1, y2, two))
            continue
        months = (y2 - y1) * 12 + ((m2 - m1) if m1 is not None and m2 is not None else 0)
        span = months if in_months else months / 12
        exact_years = not in_months and (m1 is None or m2 is None)
        if qualifier == "over":
            ok = n < span < n + 1
        elif qualifier in ("almost", "nearly"):
            ok = n - 1 < span < n
        elif qualifier in ("about", "some"):
            ok = abs(span - n) <= max(1, 0.1 * n)
        elif n % 1 and exact_years:
            ok = abs(span - n) < 1  # "two and a half years" between two years: it may be
        else:
            ok = span == n if exact_years or in_months else to_half(span, n) == n
        pair = None if ok or not exact_years or qualifier else clause_pair(
            s.text, [(d.start(), int(d.group(2))) for d in said if d.group(1) is None],
            m.start(), n,
        )  # fmt: skip
        if pair is not None:
            out.append(Finding(
                "duration", s.start + m.start(2), duration_end(s, m, raw), float(n),
                Verdict.consistent, f"{pair[1]} - {pair[0]}", float(n), (),
                f"from {pair[0]} to {pair[1]}, the year of its clause, is {num(n)} years", None,
                tuple(d for d in date_spans(s.start, said) if d[2] in pair)[:2],
            ))  # fmt: skip
            continue
        start = s.start + m.start(2)
        unit = "months" if in_months else "years"
        intended = duration_words(span, n, raw)
        out.append(Finding(
            "duration", start, duration_end(s, m, raw), float(n),
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{y2} - {y1}" if exact_years else f"{months} months", float(span), (),
            f"from {y1} to {y2} is {num(span)} {unit}", None if ok else intended, two,
        ))  # fmt: skip
    return out


def months_between_years(
    s: Sentence, m: re.Match[str], raw: str, n: float, y1: int, y2: int,
    dates: tuple[DateSpan, ...],
) -> Finding:
    """A span in months between two dates that name their years only: from January of the
    first to December of the second, or from December to January, it runs anywhere between
    ``12 * (y2 - y1 - 1) + 1`` and ``12 * (y2 - y1 + 1) - 1`` months. A count inside that
    range cannot be checked on the dates; only one outside it is a miss."""
    low, high = 12 * (y2 - y1 - 1) + 1, 12 * (y2 - y1 + 1) - 1
    start, end = s.start + m.start(2), duration_end(s, m, raw)
    if low <= n <= high:
        return Finding(
            "duration", start, end, float(n), Verdict.unverifiable, "", None, (),
            f"the dates name years only: from {y1} to {y2} is {low} to {high} months",
        )  # fmt: skip
    return Finding(
        "duration", start, end, float(n), Verdict.inconsistent, f"{y2} - {y1}",
        float(12 * (y2 - y1)), (),
        f"from {y1} to {y2} is {low} to {high} months, never {num(n)}", None, dates,
    )  # fmt: skip


def years_months_finding(
    s: Sentence,
    pair: tuple[re.Match[str], re.Match[str]],
    first: tuple[int, int | None],
    last: tuple[int, int | None],
    dates: tuple[DateSpan, ...] = (),
) -> Finding:
    """ "two years and eight months" against the months between two dates (with their
    months; between bare years only the whole years are known)."""
    (y1, m1), (y2, m2) = first, last
    a, b = pair
    stated = stated_months(pair)
    start, end = s.start + a.start(2), s.start + b.end()
    if m1 is None or m2 is None:
        return Finding(
            "duration", start, end, float(stated), Verdict.unverifiable, "", None, (),
            "the dates name years only; the months of the span are not printed",
        )  # fmt: skip
    months = (y2 - y1) * 12 + (m2 - m1)
    qualifier = (a.group(1) or "").lower()
    ok = abs(months - stated) <= 1 if qualifier in ("about", "some") else months == stated
    return Finding(
        "duration", start, end, float(stated), Verdict.consistent if ok else Verdict.inconsistent,
        f"{months} months", float(months), (), f"from {y1} to {y2} is {months} months",
        None if ok else months_words(months, a.group(2)), dates,
    )  # fmt: skip


#: "over the three years", "in those four years": years counted, not a span between two.
THE_YEARS_RE = re.compile(r"\b(?:the|those|these)\s+$", re.I)


#: "twenty years after the removal": a duration counted from an event dated before.
AFTER_RE = re.compile(r"\s+(?:after|later|before|earlier)\b(?:\s+the\s+([a-z]{4,})\b)?", re.I)
#: The year a text gives a thing named by its noun, printed before a sentence.
NounYear = Callable[[Sentence, str], "int | None"]


def durations_from_earlier_year(
    s: Sentence, year: int, noun_year: NounYear | None = None,
    own: re.Match[str] | None = None,
) -> list[Finding]:
    """Whole years counted from a year printed earlier in the paragraph ("The removal took
    place in 1936. The families were released in 1956, twenty years after the removal"): the
    nearest earlier year on the right side of the sentence's own (before it for "after" and
    "later", after it for "before" and "earlier"). When the words name the event ("nine
    years before the census"), the year the text gives that event ("the census of 1939")
    comes first."""
    out: list[Finding] = []
    printed = list(YEAR_RE.finditer(s.passage.text, 0, s.start))
    earlier = [int(y.group()) for y in printed]
    for m in DURATION_RE.finditer(s.text):
        after = AFTER_RE.match(s.text, m.end())
        if after is None or m.group(3).lower()[0] != "y" or m.group(1):
            continue
        later = after.group().split()[0].lower() in ("after", "later")
        other = next((y for y in reversed(earlier) if (y < year if later else y > year)), None)
        event = after.group(1)
        dated = noun_year(s, event.lower()) if event and noun_year is not None else None
        origin = origin_subject(s.text, s.text[m.end():])
        if dated is None and origin is not None and noun_year is not None:
            dated = noun_year(s, origin)  # "after its creation": the thing's first telling
        if dated is not None and (dated < year if later else dated > year):
            other = dated
        raw = m.group(2)
        n = duration_count(m)
        if other is None or n is None:
            continue
        span = abs(year - other)
        ok = span == n
        start = s.start + m.start(2)
        intended = WORD_NUMBERS.get(span, str(span)) if raw.isalpha() else str(span)
        at = next((y.start() for y in reversed(printed) if int(y.group()) == other), 0)
        if not ok and other != dated and year_tells_other_thing(
            s.passage.text, at, s.text[m.end():]
        ):
            continue  # the year is another thing's, not the event's the words name
        out.append(Finding(
            "duration", start, duration_end(s, m, raw), float(n),
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{max(year, other)} - {min(year, other)}", float(span), (),
            f"from {min(year, other)} to {max(year, other)} is {span} years",
            None if ok else intended,
            earlier_and_own(printed, other, s.start, own),
        ))  # fmt: skip
    return out


def earlier_and_own(
    printed: list[re.Match[str]], other: int, offset: int, own: re.Match[str] | None
) -> tuple[DateSpan, ...]:
    """The last year printed before a sentence that is ``other`` (none when the event's year
    came from elsewhere) and the sentence's own date."""
    before = next((y for y in reversed(printed) if int(y.group()) == other), None)
    spans = [(before.start(), before.end(), other)] if before else []
    return (*spans, *(date_spans(offset, [own]) if own is not None else ()))


def year_printed_before(text: str, offset: int) -> int | None:
    """The last year printed in ``text`` before ``offset``: the year a date without its own is
    read in."""
    years = YEAR_RE.findall(text, 0, offset)
    return int(years[-1]) if years else None


def day_month_dates(
    offset: int, text: str, year_before: int | None = None
) -> tuple[DateSpan, ...]:
    """The two dates ``day_month_span`` counts between in ``text`` (at passage offset
    ``offset``), each with its year or the year it is read in (the text's, else
    ``year_before``, the last printed before it); one span for "from 4 to 19 May"."""
    found = list(DAY_MONTH_RE.finditer(text))[:2]
    year_in_text = YEAR_RE.search(text)
    fallback = int(year_in_text.group()) if year_in_text else year_before
    if len(found) < 2:
        one_month = DAY_RANGE_RE.search(text)
        return date_spans(offset, [one_month], (fallback,)) if one_month else ()
    years = [int(d.group(3)) if d.group(3) else None for d in found]
    y2 = years[1] or years[0] or fallback
    if years[0] is not None and years[1] is None and day_month_span(text) is not None:
        later = [(MONTH_NAMES.index(d.group(2).lower()), int(d.group(1))) for d in found]
        if AFTER_BETWEEN_RE.search(text, found[0].end(), found[1].start()):
            # the event counted after, printed second: in the year before when it is later
            y2 = years[0] - 1 if later[1] > later[0] else years[0]
    return date_spans(offset, found, (years[0] or y2, y2))


#: Between two dates: the second is the event the first is counted after
AFTER_BETWEEN_RE = re.compile(r"\b(?:after|since)\b", re.I)


def day_month_span(text: str) -> int | None:
    """Days between the first two dates of a sentence printed with day and month ("from 10
    May to 30 September 1936", "between 4 January and 15 February"). A date without its year
    takes that of the date after it, else the sentence's year; the second date falls after
    the first (into the next year when its month comes earlier)."""
    found = list(DAY_MONTH_RE.finditer(text))[:2]
    if len(found) < 2:
        one_month = DAY_RANGE_RE.search(text)
        if one_month is None:
            return None
        first_day, last_day = int(one_month.group(1)), int(one_month.group(2))
        return last_day - first_day if 1 <= first_day < last_day <= 31 else None
    years = [int(d.group(3)) if d.group(3) else None for d in found]
    year_in_text = YEAR_RE.search(text)
    fallback = int(year_in_text.group()) if year_in_text else 1931  # any year not a leap year
    y2 = years[1] or years[0] or fallback
    y1 = years[0] or y2
    try:
        first = date(y1, MONTH_NAMES.index(found[0].group(2).lower()) + 1, int(found[0].group(1)))
        second = date(y2, MONTH_NAMES.index(found[1].group(2).lower()) + 1, int(found[1].group(1)))
        counted_after = AFTER_BETWEEN_RE.search(text, found[0].end(), found[1].start())
        if years[1] is None and years[0] is not None and counted_after:
            # "on 7 January 1944, ten days after it had left on 28 December": the event
            # counted after comes first, in the year before when its month is later
            if second > first:
                second = date(second.year - 1, second.month, second.day)
            first, second = second, first
        elif second < first and years[1] is None:
            second = date(second.year + 1, second.month, second.day)
        elif second < first and years[0] is None:
            first = date(first.year - 1, first.month, first.day)
        elif second < first:  # both dated, the later first: "on 5 May 1942, after 2 May 1941"
            first, second = second, first
    except ValueError:  # "30 February", or 29 February moved into a common year
        return None
    days = (second - first).days
    return days if days > 0 else None


def year_of(d: re.Match[str], year: re.Match[str] | None) -> int | None:
    """The year printed with a day and month, else the sentence's."""
    return int(d.group(3)) if d.group(3) else int(year.group()) if year else None


def with_later_span(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with a span set after the date it ends on ("on 19 June, nine days later")
    read from a date before that one, the nearest first (borderlands.figures.laterdates),
    not between the sentence's first two dates. "Later" names no event of its own, so a
    span that fits none of those dates is left unverifiable, the nearest reading its
    candidate: no slip is called on a start the words do not name."""
    day_dates = list(DAY_MONTH_RE.finditer(s.text))
    cut = later_slice(s.text, day_dates)
    if cut is None:
        return found
    earlier, own, end = cut
    within = range(s.start + own.end(), s.start + end)
    year = YEAR_RE.search(s.text)
    readings: list[Finding] = []
    for first in earlier:
        part = f"from {first.group()} to {own.group()}"
        if year is not None and YEAR_RE.search(part) is None:
            part += f" ({year.group()})"  # the sentence's year, read by dates without one
        days = day_month_span(part)
        if days is None:
            continue
        dates = date_spans(s.start, [first, own], (year_of(first, year), year_of(own, year)))
        readings += [f for f in durations_in_days(s, days, dates) if f.start in within]
    if not readings:
        return found
    read = next((f for f in readings if f.verdict == Verdict.consistent), None)
    if read is None:
        nearest = readings[0]
        read = Finding(
            "duration", nearest.start, nearest.end, nearest.stated_value, Verdict.unverifiable,
            "", None, (), f"“later” names no start: from the date before its own, "
            f"{nearest.explanation}; from no date of its sentence does it fit",
        )  # fmt: skip
    return [f for f in found if f.start not in within] + [read]


def durations_in_days(
    s: Sentence, days: int, dates: tuple[DateSpan, ...] = ()
) -> list[Finding]:
    """Durations in days, weeks, months or years between two dates with day and month. A count
    of days may include both ends (42 or 43 days from 4 January to 15 February)."""
    out: list[Finding] = []
    for m in DURATION_RE.finditer(s.text):
        qualifier = (m.group(1) or "").lower()
        raw = m.group(2)
        n = duration_count(m)
        if n is None:
            continue
        unit = m.group(3).lower().rstrip("s") + "s"
        span = days / DAYS_IN[unit]
        high = (days + 1) / DAYS_IN[unit]  # both ends counted
        if qualifier == "over":
            ok = n < high and span < n + 1
        elif qualifier in ("almost", "nearly"):
            ok = n - 1 < span < n
        elif qualifier in ("about", "some"):
            ok = abs(span - n) <= max(0.5, 0.1 * n) or abs(high - n) <= max(0.5, 0.1 * n)
        elif unit == "days":
            ok = n in (days, days + 1)
        else:
            ok = to_half(span, n) == n or to_half(high, n) == n
        start = s.start + m.start(2)
        intended = duration_words(span, n, raw)
        out.append(Finding(
            "duration", start, duration_end(s, m, raw), float(n),
            Verdict.consistent if ok else Verdict.inconsistent,
            f"{days} days" if unit == "days" else f"{days} / {num(DAYS_IN[unit])}", float(span),
            (), f"{days} days between the two dates is {num(span)} {unit}",
            None if ok else intended, dates,
        ))  # fmt: skip
    return out


# -- chains ----------------------------------------------------------------------------------


#: A sentence that goes on from the one before: "Of these, 40 percent ...".
ANAPHOR_RE = re.compile(r"^\s*(?:Of|Among) (?:these|them|those)\b")
OF_THE_NOUN_RE = re.compile(r"^\s*(?:Of|Among) (?:the|all the|its|their) [a-z]")
#: "Women were 40 percent of the arrivals": a first share that names its whole by its noun.
SHARE_OF_THE_NOUN_RE = re.compile(r"\s+of\s+(?:the|all the|its|their)\s+[a-z]{4,}")
#: A share of the group the sentence before counted: "Women were half of that group".
SHARE_OF_THEM_RE = re.compile(r"\s+of\s+(?:these|them|those|that group|this group)\b")
#: What makes a share a share of the one before it: "and 40 percent of these", "of whom".
CHAIN_CUE_RE = re.compile(
    r"\b(?:these|them|those|whom|which|the latter|that group|this group|"
    r"of (?:the|its|their|that|this))\b",
    re.I,
)


#: An age in words is no count of a chain: "35 percent of these were under sixteen".
AGE_BEFORE_RE = re.compile(r"\b(?:under|over|aged|above|below)\s+$", re.I)


def is_age(f: Located) -> bool:
    q = f.quantity
    text = f.passage.text
    return q.text.isalpha() and AGE_BEFORE_RE.search(text, max(0, q.start - 8), q.start) is not None


def chains(s: Sentence, previous: Sentence | None = None) -> list[Finding]:
    counts, shares = [f for f in s.counts if not is_age(f)], s.rates
    if (
        previous is not None
        and len(counts) == 1
        and shares
        and (
            ANAPHOR_RE.match(s.text)
            or any(SHARE_OF_THEM_RE.match(s.passage.text, p.quantity.phrase_end) for p in shares)
        )
        and len(previous.counts) == 1
        and previous.rates
        and not OF_THE_NOUN_RE.match(s.text)  # "Of the loans, ...": a base named by its noun
        and not SHARE_OF_THE_NOUN_RE.match(s.passage.text, shares[0].quantity.phrase_end)
    ):
        # the chain runs across the two sentences: base and first shares in the one before;
        # a share set beside the count ("40,215, or 43.8%") says what the count already is
        # of a larger whole, so it is no step of the chain
        steps = [r for r in previous.rates if not apposed(previous.counts[0], r)]
        if len(steps) < len(previous.rates):
            return chain_of([previous.counts[0], counts[0]], [*steps, *shares])
        counts, shares = [previous.counts[0], counts[0]], [*previous.rates, *shares]
    if len(counts) != 2 or len(shares) < 2:
        return []
    if previous is None or counts[0] not in previous.counts:
        between = s.passage.text[shares[0].quantity.end : counts[1].quantity.start]
        if not CHAIN_CUE_RE.search(between):
            return []  # "17,315 passed, 73.7 percent, and 4,950 were turned down (21.1%)"
    return chain_of(counts, shares)


#: A share printed beside its count: "40,215, or 43.8%", "40,215 (43.8 percent)".
#: A share set beside its count, closing the clause: "numbered 40,215, or 43.8%." (but
#: "Of the 6,000 settlers, 30 percent were Poles": the share of the count, no apposition).
APPOSED_RE = re.compile(r"^\s*(?:,\s*or\s+|\(\s*)$")
PLAIN_APPOSED_RE = re.compile(r"^\s*,\s*$")
CLAUSE_END_RE = re.compile(r"^\s*(?:[.;)]|,|$)")


def apposed(count: Located, share: Located) -> bool:
    """Whether ``share`` is set beside ``count`` as what the count is of a larger whole."""
    text = count.passage.text
    between = text[count.quantity.phrase_end : share.quantity.phrase_start]
    if share.quantity.start < count.quantity.start:
        return False
    if APPOSED_RE.match(between):
        return True
    return bool(PLAIN_APPOSED_RE.match(between)) and bool(
        CLAUSE_END_RE.match(text, share.quantity.phrase_end)
    )


def chain_of(counts: list[Located], shares: list[Located]) -> list[Finding]:
    """The second count against the first taken through each share in turn."""
    base, claim = counts
    if claim.quantity.mid >= base.quantity.mid or not shares:
        return []
    value = base.quantity.mid
    for p in shares:
        value *= p.quantity.mid / 100 if p.quantity.unit == "percent" else p.quantity.mid
    factors = [printed(p) + ("%" if p.quantity.unit == "percent" else "") for p in shares]
    formula = " * ".join([printed(base), *factors])
    return [chain_finding(claim, value, formula, (base, *shares))]


def accepts_chain(stated: Quantity, computed: float) -> bool:
    """A chain's result at its printed precision: within half its step ("about 3,100": 50),
    or 1.5 % of it for a coarse round figure. The "about" of a chain's result is the rounding
    of a product of printed figures, not the 10 % of an estimate."""
    if not (stated.direction == "about" or stated.approx):
        return accepts_count(stated, computed)
    step = stated.step if stated.step >= 1 else 1.0
    return abs(computed - stated.mid) <= max(step / 2, 0.015 * stated.mid) + 1e-9


def chain_finding(
    claim: Located, value: float, formula: str, inputs: tuple[Located, ...]
) -> Finding:
    """The result of a chain of shares against the value its base and shares give."""
    q = claim.quantity
    if accepts_chain(q, value):
        return Finding(
            "chain", q.start, q.end, q.mid, Verdict.consistent, formula, value, inputs,
            f"{formula} gives {num(value)}",
        )  # fmt: skip
    intended = printed_like(value, printed(claim), q.step if q.step > 0 else 1.0)
    if q.approx:
        intended = f"{q.qualifier} {intended}"
    return Finding(
        "chain", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, inputs,
        f"{formula} gives {num(value)}, not {printed(claim)}", intended,
    )  # fmt: skip


# -- parts stated as percentages -------------------------------------------------------------


def percent_parts(s: Sentence) -> list[Finding]:
    parts = [f for f in s.figures if f.quantity.unit == "percent" and f.quantity.value]
    if len(parts) < 3:
        return []
    values = [f.quantity.mid for f in parts]
    steps = [f.quantity.step if f.quantity.step < 1 else 1.0 for f in parts]
    last = parts[-1]
    q = last.quantity
    slack = sum(st / 2 for st in steps[:-1]) + 1e-9
    if abs(sum(values[:-1]) - values[-1]) <= slack:
        return [Finding(
            "sum", q.start, q.end, q.mid, Verdict.consistent,
            " + ".join(printed(p) for p in parts[:-1]), sum(values[:-1]), tuple(parts[:-1]),
            f"the parts add up to {num(sum(values[:-1]))} percent",
        )]  # fmt: skip
    total = sum(values)
    if not 90 <= total <= 110:
        return []
    if abs(total - 100) <= slack + steps[-1] / 2:
        return [Finding(
            "sum", q.start, q.end, q.mid, Verdict.consistent,
            " + ".join(printed(p) for p in parts), total, tuple(parts),
            f"the parts add up to {num(total)} percent, the whole at their precision",
        )]  # fmt: skip
    rest = 100 - sum(values[:-1])
    return [Finding(
        "sum", q.start, q.end, q.mid, Verdict.inconsistent,
        " + ".join(printed(p) for p in parts), total, tuple(parts),
        f"the parts add up to {num(total)} percent, not 100",
        printed_like(rest, printed(last), steps[-1]),
    )]  # fmt: skip
