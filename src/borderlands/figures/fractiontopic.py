"""Whether a fraction in words rests on counts of what it is a fraction of.

"The inspectors reckoned that about a quarter of the families still had no cow" prints no
count: a fit on "1,150 vacant houses ... against 4,600 applications" of the sentence before
is arithmetic, not a reading. When the words after the fraction name a noun ("of the
families", "of the incoming settlers") and no count of the fit is printed with that noun, the
fit is a chance one. Anaphoric wholes ("of the whole", "of them", "of those who crossed")
name no noun and are left to the other rules; so is a fit whose counts print no noun at all
("2,062 in all"), since the noun may stand with a part before it.

"About a quarter of those who waited there fell ill" is of people: a fit whose counts are
all of things ("48 barracks", "192 stoves") is no reading of it.

In a sentence that does print counts ("48 families ... and 192 head of cattle ... about a
quarter of the cattle had died") the whole may count the named noun while the part counts
another: families are no part of the cattle.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.describedwhole import described_unread
from borderlands.figures.lexicon import STOP_WORDS
from borderlands.figures.passages import Located

#: "of the incoming settlers had", "of all the men taken": up to three words after "of"
OF_PHRASE_RE = re.compile(
    r"\s+of\s+(?:(?:the|all)\s+)*((?:[A-Za-z][a-z'’-]*\s*){1,3})"
)
#: first words that make the whole anaphoric: "of them", "of those who crossed", "of its peak"
ANAPHORIC = frozenset((
    "them", "these", "those", "this", "that", "it", "its", "their", "his", "her", "our",
))  # fmt: skip
#: head nouns that name no kind of thing: "of the whole", "of the Siberian contingent"
GENERIC_HEADS = frozenset((
    "whole", "total", "rest", "others", "remainder", "same", "figure", "number", "numbers",
    "sum", "draft", "contingent", "value", "peak", "level", "amount", "size", "cost",
    "maximum", "volume", "group", "lot", "share",
))  # fmt: skip
#: words that end the noun phrase: "of the patients admitted that winter"
PHRASE_ENDS = frozenset(("that", "which", "who", "whom", "whose", "had", "were", "was"))
#: stems (see ``stem``) of nouns of people: "newcomers", "deportees", "peasants"
PERSON_ENDINGS = ("er", "ee", "ant", "ent", "ist", "ian")
PERSON_STEMS = frozenset(("men", "women", "childr", "people", "person", "famil", "family"))
MEASURE = "<measure>"
#: "head of cattle", "pairs of boots": the count's noun is the one after "of"
MEASURE_WORDS = frozenset(("head", "pairs", "pair", "sacks", "tons", "tonnes"))
#: a measure counts no kind of thing: "1,428 hectares" may be of any land
MEASURE_UNITS = frozenset((
    "hectares", "acres", "tons", "tonnes", "kilometres", "kilometers", "metres", "meters",
    "roubles", "rubles", "marks", "grams", "kilograms", "poods", "desyatinas", "versts",
    "percent", "times", "days", "weeks", "months", "years", "hours",
))  # fmt: skip
IRREGULAR_PLURALS = frozenset((
    "men", "women", "children", "people", "cattle", "sheep", "livestock", "geese", "oxen",
))  # fmt: skip
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z]+-)?([a-z]{3,})")
#: "head of confiscated cattle": the words after a measure word
OF_WORDS_RE = re.compile(r"\s+of\s+([a-z]+)(?:\s+([a-z]+))?")
STEM = 6


def stem(word: str) -> str:
    """"families" and "family", "deportees" and "deported" alike; "households" and
    "houses" not."""
    w = word.lower()
    if w.endswith("ies"):
        w = w[:-3] + "y"
    elif w.endswith("s") and not w.endswith("ss"):
        w = w[:-1]
    return w[:STEM] if len(w) > STEM else w


def named_nouns(text: str, phrase_end: int) -> set[str] | None:
    """The words that say what the fraction is of, or None when the whole is
    anaphoric, generic or unnamed."""
    m = OF_PHRASE_RE.match(text, phrase_end)
    if m is None:
        return one_in_noun(text, phrase_end)
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", m.group(1))]
    if not words or words[0] in ANAPHORIC:
        return None
    kept: list[str] = []
    for w in words:
        if w in STOP_WORDS or w in PHRASE_ENDS:
            break
        if w in GENERIC_HEADS:
            return None
        kept.append(w)
    named = {w for w in kept if len(w) >= 3}
    return named or None


#: the end of a "one in N" fraction: "one in four", "one family in every five"
ONE_IN_END_RE = re.compile(r"\bin\s+(?:every\s+)?[a-z0-9-]+$", re.I)


def one_in_noun(text: str, phrase_end: int) -> set[str] | None:
    """The plural noun right after a "one in N" ("one in four arrivals": arrivals), the
    whole such a fraction names; None for any other fraction or no such noun."""
    if not ONE_IN_END_RE.search(text, max(0, phrase_end - 25), phrase_end):
        return None
    m = NOUN_AFTER_RE.match(text, phrase_end)
    if m is None or m.group(0).lstrip()[0] != m.group(1)[0]:
        return None  # "one in four well-fed arrivals": an adjective first, left
    noun = m.group(1)
    if noun in STOP_WORDS or noun in PHRASE_ENDS or noun in GENERIC_HEADS:
        return None
    return {noun} if is_plural_noun(noun) else None


def is_plural_noun(word: str) -> bool:
    """"houses", "settlers", "men": the word after a count names what it counts; "worked"
    or "came" do not."""
    return word in IRREGULAR_PLURALS or (
        word.endswith("s") and not word.endswith("ss") and word not in STOP_WORDS
    )


def count_noun(f: Located) -> str | None:
    """The plural noun printed right after a count ("1,260 houses": houses; "192 head of
    cattle": cattle), or None: also for a measure ("1,428 hectares" of anything)."""
    m = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
    if m is None:
        return None
    word = m.group(1)
    if word in MEASURE_WORDS:
        of = OF_WORDS_RE.match(f.passage.text, m.end())
        return next((w for w in of.groups() if w and is_plural_noun(w)), None) if of else None
    if word in MEASURE_UNITS:
        return MEASURE
    return word if is_plural_noun(word) else None


def names_persons(nouns: set[str]) -> bool:
    return any(n.rstrip("s").endswith(PERSON_ENDINGS) or stem(n) in PERSON_STEMS for n in nouns)


def counts_named_whole(nouns: set[str], f: Located) -> bool | None:
    """True when the count prints one of the named nouns, False when it prints another
    (or a measure, such as hectares, where the fraction is of people), None when it prints
    none."""
    noun = count_noun(f)
    if noun is None:
        return None
    if noun == MEASURE:
        return False if names_persons(nouns) else None
    return stem(noun) in {stem(n) for n in nouns}


def unnamed_fit(
    text: str,
    phrase_end: int,
    inputs: Sequence[Located],
    own_sentence: bool,
    strict_part: bool = False,
) -> bool:
    """Whether a fit of a fraction in words rests on counts of other things than the noun
    the fraction names (``own_sentence``: the claim's sentence prints counts)."""
    nouns = named_nouns(text, phrase_end)
    if nouns is None and described_unread(text, phrase_end, inputs, own_sentence):
        return True
    if nouns is None and len(inputs) == 2 and THOSE_WHO_RE.match(text, phrase_end):
        return things_not_people(inputs)
    if nouns is None or len(inputs) > 2 or not inputs:
        return False
    if not strict_part and not any(is_plural_noun(n) for n in nouns):
        return False  # "of the register", "of the camp": a collection, counted by its members
    if len(inputs) == 1:
        return not own_sentence and not percent_speaks_of(nouns, inputs[0], text, phrase_end)
    part, whole = (counts_named_whole(nouns, f) for f in inputs)
    if own_sentence:
        # the sentence's own counts are what it speaks of ("29,100 prisoners ... two-thirds
        # of the camp"), unless the part counts another thing beside a whole of its own
        if not strict_part:
            return part is False and whole is not None
        # a share of its sentence's counts: the part may count a group of the people named
        # ("214 children ..., 6 percent of the deportees"), never another thing
        people = names_persons(nouns) and names_persons({count_noun(inputs[0]) or ""})
        return part is False and not people
    # no count in the sentence: neither count may be of another thing than the one named
    return part is False or whole is False


#: "of those who waited", "of all those whom the camp held": a whole of people
THOSE_WHO_RE = re.compile(r"\s+of\s+(?:all\s+)?those\s+(?:who|whom)\b", re.I)


def things_not_people(inputs: Sequence[Located]) -> bool:
    """Whether every count of a fit prints a noun of things, none of people ("48 barracks",
    "192 stoves"): no fraction of "those who waited" is read on them."""
    nouns = [count_noun(f) for f in inputs]
    return all(n is not None and not names_persons({n}) for n in nouns)


def percent_speaks_of(nouns: set[str], p: Located, text: str, claim_at: int) -> bool:
    """Whether the sentence of a printed percentage (or the one before, which its "them"
    may name, unless that is the claim's own) names what a fraction in words is of:
    "nearly half of the widows" is no reading of "40 per cent of those shot"."""
    sentences = p.passage.sentences
    start, end = sentences[p.sentence]
    if p.sentence > 0:
        before = sentences[p.sentence - 1]
        if not (p.passage.text is text and before[0] <= claim_at < before[1]):
            start = before[0]
    words = {stem(w) for w in re.findall(r"[A-Za-z]{3,}", p.passage.text[start:end])}
    return any(stem(n) in words for n in nouns)
