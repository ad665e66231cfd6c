"""Whether a fraction in words was fitted with its whole where its part should be.

"At one farm 84 newcomers worked beside 252 local men, and about a third of the newcomers
were said to be ill" names the newcomers as the whole the third is taken of: their count
can only be the denominator. A fit that puts 84 newcomers over the local men (or over any
count of another thing) reads the wrong structure, whatever its arithmetic gives. Likewise
"36 offices ... 144 clerks ... about a quarter of the applicants": a fit whose two counts
both count other things than the noun the fraction names is a pair picked for its ratio.

Either way the claim keeps its fit only as a candidate, under ``unverifiable``: the text
prints no count of the part the fraction speaks of. The named noun is read as in
:mod:`fractiontopic` ("of the newcomers", not "of them" or "of the whole").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.fractiontopic import (
    MEASURE_UNITS,
    counts_named_whole,
    is_plural_noun,
    named_nouns,
    names_persons,
    stem,
)
from borderlands.figures.lexicon import STOP_WORDS
from borderlands.figures.passages import Located

#: up to three lower-case words after a count: "36 district offices", "252 local men"
WORDS_AFTER_RE = re.compile(r"((?:\s+[a-z][a-z'’-]*){1,3})")

#: counts of people of any kind
ANY_PEOPLE = frozenset(("persons", "people", "souls", "individuals", "inhabitants"))
#: characters from a fraction's end to a whole printed in its own words
OWN_WHOLE_GAP = 30


def counted_noun(f: Located) -> str | None:
    """The plural noun a count counts, over one or two words before it ("36 district
    offices": offices); None at a function word, a measure or no plural noun."""
    m = WORDS_AFTER_RE.match(f.passage.text, f.quantity.end)
    if m is None:
        return None
    for word in m.group(1).split():
        if word in STOP_WORDS or word in MEASURE_UNITS:
            return None
        if is_plural_noun(word):
            return word
    return None


def counts_named(nouns: set[str], f: Located) -> bool | None:
    """As :func:`fractiontopic.counts_named_whole`, reading the noun past an adjective."""
    noun = counted_noun(f)
    if noun in ANY_PEOPLE and names_persons(nouns):
        return None  # "20,140 persons" may be the passengers, the deportees, the settlers
    found = counts_named_whole(nouns, f)
    if found is not None:
        return found
    return None if noun is None else stem(noun) in {stem(n) for n in nouns}


def whole_misplaced(
    text: str, phrase_end: int, sentence: int, inputs: Sequence[Located]
) -> bool:
    """Whether a fit ``part / whole`` of the fraction ending at ``phrase_end`` puts the count
    of another thing where the named whole belongs while its part counts something, or
    takes for its part a count of another kind of thing than the named one beside a whole
    that names nothing ("84 newcomers ... a third of the staff": newcomers may be staff,
    offices are no people). Never when the fraction names no noun, nor when its whole is
    printed in its own words ("two-thirds of the year's 2,870 deaths")."""
    if len(inputs) != 2:
        return False
    nouns = named_nouns(text, phrase_end)
    if nouns is None or any(0 <= f.quantity.start - phrase_end <= OWN_WHOLE_GAP for f in inputs):
        return False
    part, whole = (counts_named(nouns, f) for f in inputs)
    if all(f.sentence != sentence or f.passage.text is not text for f in inputs):
        # a sentence without counts of its own, whose fraction is of a plural noun ("of the
        # peasants", not "of the republic's" or "of everyone listed"): the fit must count it
        plural = any(is_plural_noun(n) and "'" not in n and "’" not in n for n in nouns)
        return plural and True not in (part, whole)
    if whole is False and (part is not None or any(is_plural_noun(n) for n in nouns)):
        return True  # "of the wagons" counts wagons; "of the camp" may count its people
    people = names_persons(nouns) and names_persons({counted_noun(inputs[0]) or ""})
    return part is False and whole is None and not people


#: a break between two clauses: "..., and the able-bodied numbered", "; the rest"
CLAUSE_BREAK_RE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;")


def part_in_later_clause(text: str, fraction_end: int, part_start: int) -> bool:
    """Whether the count read as a fraction's part stands after it, past a break into a
    clause of its own ("Children made up more than a third of the deportees, and the
    able-bodied numbered 19,070"): a count of that clause is of another subject."""
    return part_start > fraction_end and CLAUSE_BREAK_RE.search(
        text, fraction_end, part_start
    ) is not None
