"""Comparatives of an average size said of one of two amount-and-units pairs a sentence
prints side by side, with no "than": "The farm claims, 820 in number, drew 3,400 million
and the town claims, 590, drew 1,900 million, so that the average farm claim was larger";
"Dolna paid 34,000 leva to 630 families, while in Gorna 410 families shared 19,800 leva
and so got less each".

Each side is a clause of the sentence (split at "and", "while", "whereas", ";") printing
exactly two counts, an amount and the units it is spread over; the average is the larger
over the smaller (a size per unit is at least one). The comparative is said of an average
("average", "each", "apiece", "a head", "per family"), and its subject is the pair whose
clause holds the words of the comparative's own clause; a comparative clause with no words
of its own (none but the nouns of the last pair: "leva and so got less each") shares the
subject of the clause it closes.
"""

from __future__ import annotations

import re

from borderlands.figures.comparedfigures import per_unit
from borderlands.figures.kinds import Finding, Sentence, is_count, is_scale, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

AVERAGE_CUES = frozenset(("average", "each", "apiece", "head", "per"))
SIZE_RE = re.compile(
    r"\b(?:(?:the\s+)?average\s+([a-z]+(?:\s+[a-z]+)?)\s+(?:was|were)\s+(?:thus\s+|therefore\s+)?"
    r"(larger|smaller|higher|lower|greater|bigger)"
    r"|(?:got|received|drew|held|had)\s+(more|less)\s+(?:each|apiece|a\s+head|per\s+[a-z]+))\b"
    r"(?![\w\s’'-]{0,30}\bthan\b)",
    re.I,
)
UP = frozenset(("larger", "higher", "greater", "bigger", "more"))
#: the breaks between the two sides' clauses, and before the comparative's
SIDE_BREAK_RE = re.compile(r",?\s+(?:and|while|whereas)\s+|;\s+")
#: the noun right after the last count ("198,720 leva"), which is no word of a new subject
UNIT_NOUN_RE = re.compile(r"^\s+[a-z]+")
WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
COMMON = frozenset(("that", "thus", "therefore", "with", "from", "were", "each", "average",
                    "drew", "paid", "shared", "million", "number"))  # fmt: skip


def words_of(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:5] for w in WORD_RE.findall(text) if w.lower() not in COMMON)


def unit_average_comparisons(s: Sentence) -> list[Finding]:
    if not s.says_any(AVERAGE_CUES) or " than " in s.text:
        return []
    out: list[Finding] = []
    for m in SIZE_RE.finditer(s.text):
        cue = s.start + m.start()
        counts = [f for f in s.figures if is_count(f) and not is_scale(f) and not per_unit(f)
                  and f.quantity.unit != "year" and f.quantity.end <= cue]  # fmt: skip
        if len(counts) != 4:
            continue
        text = s.passage.text
        first, second = counts[:2], counts[2:]
        gap = text[first[1].quantity.end : second[0].quantity.start]
        brk = SIDE_BREAK_RE.search(gap)
        if brk is None:
            continue  # not two clauses side by side
        split = first[1].quantity.end + brk.start()
        tail = text[second[1].quantity.end : cue]
        one = words_of(text[s.start : split])
        two = words_of(text[split : second[1].quantity.end])
        if m.group(1):
            said = words_of(m.group(1))
            if said & (one - two) and not said & (two - one):
                subject, other = first, second
            elif said & (two - one) and not said & (one - two):
                subject, other = second, first
            else:
                continue
        elif not words_of(UNIT_NOUN_RE.sub("", tail, count=1)):
            subject, other = second, first  # "... and so got less each": the last clause's
        else:
            continue
        word = (m.group(2) or m.group(3)).lower()
        x = average(subject)
        y = average(other)
        if x == y:
            continue
        holds = (x > y) == (word in UP)
        start = s.start + m.start(2) if m.group(2) else s.start + m.start(3)
        out.append(Finding(
            "comparison", start, start + len(word), x,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{num(x)} vs {num(y)}", x, (*subject, *other),
            f"“{word}”: an average of {num(x)} against {num(y)}",
            None if holds else f"not {word}",
        ))  # fmt: skip
    return out


def average(pair: list[Located]) -> float:
    a, b = (f.quantity.mid for f in pair)
    return max(a, b) / min(a, b)
