"""The two counts a multiple in words compares when its sentence names periods, not
figures: "between September and November the monthly figure more than tripled" after "612
in September, ..., 1,926 in November"; "In 1956 rehabilitations nearly tripled" after "812
in 1955, 2,406 in 1956"; "in the third quarter they nearly halved" after "the second 1,380
and the third 742"; "The February figure had doubled that of December" after "9,420 in
December, ..., 19,140 in February". A count is labelled by the period printed right after it ("in
November") or right before it ("the third", "the third quarter brought").
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.lexicon import MONTHS_IN_ORDER
from borderlands.figures.passages import Located

ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth")
PERIOD = (
    r"(?:" + "|".join(m.capitalize() for m in MONTHS_IN_ORDER) + r"|1[89]\d\d|"
    r"(?:the\s+)?(?:" + "|".join(ORDINALS) + r")(?:\s+(?:quarter|month|year|half))?)"
)
#: "612 in September", "5,870 for February", "2,406 in 1956", "480 men to the mines in
#: March" (not "1,260 and in May", where the period labels the count after it)
LABEL_AFTER_RE = re.compile(
    rf"^\s+(?:(?!(?:and|or)\s+(?:in|for)\b)[a-z]+\s+){{0,5}}?(?:in|for)\s+({PERIOD})\b"
)
#: "took 2,140 people that year, 1,680 in 1958": a period named back ("that year")
SAME_PERIOD_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in\s+)?(?:that|the\s+same)\s+(?:year|month|quarter)\b"
)
#: "the third 742", "The first quarter brought 2,215" (never "1957 and 715")
LABEL_BEFORE_RE = re.compile(
    rf"\b(the\s+(?:{'|'.join(ORDINALS)})(?:\s+(?:quarter|month|year|half))?)"
    r"\s+(?:(?!and\b|or\b|of\b|to\b)[a-z]+\s+)?$",
    re.I,
)
#: "in December 6,380", "In November 1912, 2,140": a month printed right before its count
MONTH_BEFORE_RE = re.compile(
    r"\b[Ii]n\s+(" + "|".join(m.capitalize() for m in MONTHS_IN_ORDER) + r")"
    r"(?:\s+1[89]\d\d,)?\s+$"
)
BETWEEN_RE = re.compile(rf"\b(?:between|from)\s+({PERIOD})\s+(?:and|to)\s+({PERIOD})\b", re.I)
IN_PERIOD_RE = re.compile(rf"\b[Ii]n\s+({PERIOD})\b")
#: "The February figure had doubled that of December": the period of the new level names
#: the subject's figure, the period of the old one follows "that of"
THAT_OF_RE = re.compile(
    rf"\b({PERIOD})\s+(?:figure|total|count|number|intake|level)s?\b[^,;:]*?"
    rf"\b(?:that|those)\s+(?:of|for)\s+({PERIOD})\b"
)


def period_key(words: str) -> str:
    """"the third quarter" and "third" name the same period of a list."""
    words = words.lower().removeprefix("the ").strip()
    return words.split()[0]


def label_of(f: Located) -> str | None:
    text = f.passage.text
    q = f.quantity
    after = LABEL_AFTER_RE.match(text[q.phrase_end : q.phrase_end + 50])
    if after is not None:
        return period_key(after.group(1))
    if SAME_PERIOD_AFTER_RE.match(text, q.phrase_end):
        return "that"  # a period of the list all the same, named by the sentence before
    lead = text[max(0, q.phrase_start - 30) : q.phrase_start]
    before = LABEL_BEFORE_RE.search(lead) or MONTH_BEFORE_RE.search(lead)
    if before is not None:
        return period_key(before.group(1))
    return None


def period_pair(sentence: str, counts: Sequence[Located]) -> tuple[Located, Located] | None:
    """The earlier and the later count of the periods a sentence without figures names,
    among ``counts`` (the paragraph's counts before it): those of the nearest sentence
    whose labelled counts hold them, each period labelling exactly one count there."""
    for n in sorted({f.sentence for f in counts}, reverse=True):
        found = pair_in(sentence, [f for f in counts if f.sentence == n])
        if found is not None:
            return found
    return None


def pair_in(sentence: str, counts: Sequence[Located]) -> tuple[Located, Located] | None:
    labelled: list[tuple[str, Located]] = []
    for f in counts:
        label = label_of(f)
        if label is not None:
            labelled.append((label, f))
    keys = [k for k, _ in labelled]
    if len(set(keys)) != len(keys) or len(labelled) < 2:
        return None
    by_key = dict(labelled)
    between = BETWEEN_RE.search(sentence)
    if between is not None:
        a, b = period_key(between.group(1)), period_key(between.group(2))
        if a in by_key and b in by_key and a != b:
            return by_key[a], by_key[b]
        return nth_pair(a, b, labelled)
    that_of = THAT_OF_RE.search(sentence)
    if that_of is not None:
        new, old = period_key(that_of.group(1)), period_key(that_of.group(2))
        if new in by_key and old in by_key and new != old:
            return by_key[old], by_key[new]
        return None
    named = [period_key(m.group(1)) for m in IN_PERIOD_RE.finditer(sentence)]
    named = [k for k in named if k in by_key]
    if len(set(named)) != 1:
        return None
    i = keys.index(named[0])
    return (labelled[i - 1][1], labelled[i][1]) if i > 0 else None


def nth_pair(
    a: str, b: str, labelled: Sequence[tuple[str, Located]]
) -> tuple[Located, Located] | None:
    """ "from the first year to the second" after "216 in 1956, 430 in 1957, ...": ordinals
    that count the periods of a list labelled by their dates, in the order printed."""
    if a not in ORDINALS or b not in ORDINALS or any(k in ORDINALS for k, _ in labelled):
        return None
    i, j = ORDINALS.index(a), ORDINALS.index(b)
    if i == j or max(i, j) >= len(labelled):
        return None
    return labelled[i][1], labelled[j][1]
