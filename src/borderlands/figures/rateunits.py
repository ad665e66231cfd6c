"""A rate "N to a room" is read only on a divisor that may count rooms and a dividend of
the kind the rate counts: "56 families reached the river after 8 days, about 7 persons to a
room" is no 56 / 8 (a count of days divides nothing "to a room"); "1,300 tons of grain and
50 tractors ... about 26 to a barrack" is no 1,300 / 50 (tons are no people, and the rate
names no tons); "a barrack" against a divisor of wagons is two known kinds of thing. Such a
fit is a chance of arithmetic, and the rate is left unverifiable.
"""

from __future__ import annotations

import re
from dataclasses import replace

from borderlands.figures.kinds import Finding
from borderlands.figures.lexicon import TIME_WORDS, UNIT_WORDS
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: After a rate: its unit noun, then the noun it is per: " persons to a room", " per tent".
PER_NOUN_RE = re.compile(
    r"(?:\s+[a-z]+){0,2}?\s+(?:to\s+(?:a|an|each|every)|per|for\s+(?:each|every))\s+"
    r"(?:single\s+)?([a-z]{3,})\b",
    re.I,
)
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?([a-z]{3,})\b")
#: Two words after a count with no word between ("cattle wagons"): a noun and its qualifier.
HEAD_AFTER_RE = re.compile(r"\s+[a-z]{3,}\s+[a-z]{3,}\b")
#: Units of measure, not of things counted one by one: a rate of people is none of them.
MEASURES = frozenset(("tons", "tonnes", "rubles", "roubles", "hectares", "kilograms", "grams",
                      "metres", "meters", "poods", "puds", "desyatinas", "acres"))  # fmt: skip
SAME_KIND = {"households": "families"}
#: Nouns of time and of heads: any divisor counts them ("per day", "a head").
ANY_DIVISOR = frozenset(("head", "heads", "day", "days", "week", "month", "year", "person",
                         "thousand", "hundred", "cent"))  # fmt: skip


def unit_of(word: str) -> str | None:
    """The lexicon's unit of a noun, singular or plural."""
    for form in (word, word + "s", word + "es", word[:-1] + "ies" if word.endswith("y") else ""):
        unit = UNIT_WORDS.get(form)
        if unit:
            return SAME_KIND.get(unit, unit)
    return None


def divisor_noun(divisor: Located) -> str:
    m = NOUN_AFTER_RE.match(divisor.passage.text, divisor.quantity.end)
    return m.group(1).lower() if m else ""


def divisor_unit_of(divisor: Located, word: str) -> str | None:
    """What the divisor counts: the head of its noun phrase. Of two nouns of things in a row
    the first qualifies the second ("9,870 cattle wagons" counts wagons, not cattle)."""
    head = unit_of(word)
    own = SAME_KIND.get(divisor.quantity.unit, divisor.quantity.unit)
    if head and own and head != own and HEAD_AFTER_RE.match(divisor.passage.text,
                                                            divisor.quantity.end):
        return head
    return own or head


def wrong_kinds(f: Finding, text: str) -> str | None:
    """Why a rate's fit divides things of other kinds than the rate names, or None."""
    m = PER_NOUN_RE.match(text, f.end)
    if m is None:
        return None
    target = m.group(1).lower()
    if target in ANY_DIVISOR:
        return None
    dividend, divisor = f.inputs
    word = divisor_noun(divisor)
    if word in TIME_WORDS or divisor.quantity.unit in TIME_WORDS:
        return f"its divisor counts time, not what it is per ({target})"
    said = text[f.start : m.end()].lower()
    unit = dividend.quantity.unit
    if unit in MEASURES and unit[:4] not in said:
        return f"its dividend is a measure ({unit}) the rate does not name"
    per_unit = unit_of(target)
    divisor_unit = divisor_unit_of(divisor, word)
    if per_unit and divisor_unit and per_unit != divisor_unit:
        return f"its divisor counts {divisor_unit}, not what it is per ({target})"
    return None


def on_named_divisor(found: list[Finding], text: str) -> list[Finding]:
    """``found``, with each rate whose fit divides other kinds of thing than it names left
    unverifiable."""
    out: list[Finding] = []
    for f in found:
        if f.kind == "rate" and len(f.inputs) == 2 and f.verdict is not Verdict.unverifiable:
            why = wrong_kinds(f, text)
            if why is not None:
                f = replace(f, verdict=Verdict.unverifiable, intended=None,
                            explanation=f"{why}: {f.explanation}")  # fmt: skip
        out.append(f)
    return out
