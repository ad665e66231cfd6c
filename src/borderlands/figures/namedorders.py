"""Comparatives of two named things whose counts the sentences before print: "The convoy
left 820 settlers in Omsk and 640 in Tomsk. Tomsk, for all its size, kept fewer settlers than
Omsk"; "A family in Lipki held less land than one in Dubki".

A comparative of amount ("more", "fewer", "less", "larger", "smaller", "higher", "lower",
"bigger", "greater") with "than" a few words on, in a sentence that prints no count from the
start of its clause on; the two sides and the counts are matched as in
borderlands.figures.asmany (by names where the side has any). Not read: a comparison with
all the rest ("than any of the parishes", a superlative), or of rates, shares or likelihoods
(borderlands.figures.proportioncompare reads those on their parts and wholes).
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import (
    BACK,
    RESPECTIVELY_RE,
    Labelled,
    labelled,
    matched,
    side_words,
)
from borderlands.figures.clausesides import in_its_clause
from borderlands.figures.comparedfigures import per_unit
from borderlands.figures.kinds import (
    COUNT_BEFORE_RE,
    Finding,
    Sentence,
    compatible,
    is_count,
    is_scale,
    num,
)
from borderlands.figures.passages import Located
from borderlands.figures.subjectlabels import with_opening_subject
from borderlands.figures.verdicts import Verdict

ORDER_RE = re.compile(
    r"\b(more|fewer|less|larger|smaller|higher|lower|bigger|greater)\b"
    r"(?=(?:\s+[\w’'-]+){0,3}?\s+than\b)",
    re.I,
)
UP = frozenset(("more", "larger", "higher", "bigger", "greater"))
OTHER_WAY = {"more": "fewer", "fewer": "more", "less": "more", "larger": "smaller",
             "smaller": "larger", "higher": "lower", "lower": "higher", "bigger": "smaller",
             "greater": "smaller"}  # fmt: skip
THAN_RE = re.compile(r"\bthan\b", re.I)
#: the rest as a whole ("than any of the parishes"), a bound ("more than 300") or a multiple
#: ("more than twice as many", "more than three times": read as a multiple, not an order)
NOT_A_SIDE_RE = re.compile(
    r"\s+(?:any|all|the\s+rest|anywhere|ever|before|usual|expected|planned|\d|twice|thrice|"
    r"half\b|(?:two|three|four|five|six|seven|eight|nine|ten)\s+times)",
    re.I,
)
#: a size of the difference said before the comparative ("about a quarter more than")
BY_HOW_MUCH_RE = re.compile(
    r"\b(?:half|third|quarter|fifth|tenth|times|twice|thrice|percent|cent)\s+$",
    re.I,
)
#: the plain noun right after a comparative or a count ("fewer petitions", "30,000 settlers")
NOUN_AFTER_RE = re.compile(
    r"\s+(?!(?:than|in|at|to|of|from|for|on|by|and|or|the|a|an|as|with|were|was)\b)"
    r"([a-z]{3,})\b"
)
NOUN_STEM = 5
#: words that make the comparison one of rates, shares or likelihoods
RATE_WORDS_RE = re.compile(
    r"\b(?:likely|rates?|shares?|proportions?|per|percent|common|often|frequent|readily|"
    r"crowded|density|average)\b",
    re.I,
)


def other_noun(noun: str, f: Located) -> bool:
    """Whether count ``f`` is printed with a plain noun other than ``noun``."""
    own = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
    return own is not None and own.group(1)[:NOUN_STEM].lower() != noun[:NOUN_STEM].lower()


def named_orders(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    """Comparatives of amount in ``s`` read on the counts the ``before`` sentences of its
    paragraph (nearest last) print beside the two sides' names."""
    text = s.text
    if " than " not in text:
        return []
    out: list[Finding] = []
    for m in ORDER_RE.finditer(text):
        if BY_HOW_MUCH_RE.search(text, 0, m.start()) or COUNT_BEFORE_RE.search(text, 0, m.start()):
            continue  # "a quarter more than", "158 fewer than": a size of the difference
        than = THAN_RE.search(text, m.end())
        if than is None or NOT_A_SIDE_RE.match(text, than.end()):
            continue
        lead = re.split(r"[;:]|,\s+(?:and|but|while|so)\s+", text[: m.start()])[-1]
        start = s.start + m.start() - len(lead)
        other = re.split(r"[,;:.]", text[than.end() :])[0]
        if RATE_WORDS_RE.search(text, m.start() - len(lead), than.end() + len(other)):
            continue  # a comparison of rates, shares or likelihoods
        if any(start <= f.quantity.start for f in sides_printed(s, start, s.start + m.end())):
            continue  # the sentence prints a count of its own: read by kinds.comparisons
        pool = labelled_before(before)
        if pool is None:
            continue
        a, b = matched(side_words(lead), pool), matched(side_words(other), pool)
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            continue
        said = NOUN_AFTER_RE.match(text, m.end())
        if said and any(other_noun(said.group(1), f) for f in (a.count, b.count)):
            continue  # "fewer petitions than" after counts of settlers: another measure
        found = order_finding(s, m, a.count, b.count, "", "")
        if found is not None:
            out.append(found)
    return out


def labelled_before(before: list[tuple[Sentence, list[Located]]]) -> list[Labelled] | None:
    """The labelled counts of the ``BACK`` sentences before (nearest last) that two named
    sides are matched to; None when one of them gives counts "respectively" (a name then
    has more than one)."""
    sentences = [sentence for sentence, _ in before[-BACK:]]
    if any(RESPECTIVELY_RE.search(sentence.text) for sentence in sentences):
        return None
    return [p for sentence in sentences
            for p in with_opening_subject(sentence, labelled(sentence))]  # fmt: skip


def order_finding(s: Sentence, m: re.Match[str], a: Located, b: Located, a_label: str,
                  b_label: str) -> Finding | None:  # fmt: skip
    """The comparison word ``m`` (group 1) of sentence ``s`` judged on its sides ``a`` (the
    subject) and ``b`` (after "than"), each described by its label ("in 1947"), or None when
    the two are equal."""
    x, y = a.quantity.mid, b.quantity.mid
    if x == y:
        return None
    word = m.group(1).lower()
    holds = (x > y) == (word in UP)
    return Finding(
        "comparison", s.start + m.start(1), s.start + m.end(1), x,
        Verdict.consistent if holds else Verdict.inconsistent, f"{num(x)} vs {num(y)}", x,
        (a, b), f"“{word}”: {num(x)}{a_label} against {num(y)}{b_label}",
        None if holds else OTHER_WAY[word],
    )  # fmt: skip


def sides_printed(s: Sentence, start: int, cue_end: int) -> list[Located]:
    """The counts of sentence ``s`` from ``start`` (its clause) on that may be sides of the
    comparison ending at ``cue_end``: not those of a later clause with its own subject and
    verb ("..., and children accounted for 1,013 of the dead"), nor a lone rate ("at 29.3
    per 1,000"), which is one side's measure, not two sides."""
    text = s.passage.text[: s.end]
    counts = [f for f in s.figures
              if is_count(f) and not is_scale(f) and f.quantity.start >= start]
    counts = in_its_clause(text, cue_end, counts)
    rates = [f for f in counts if per_unit(f)]
    if len(rates) == 1:
        counts = [f for f in counts if f is not rates[0]]
    return counts
