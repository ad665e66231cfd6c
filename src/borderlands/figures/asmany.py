"""Multiples said in words of two things whose counts the sentences before print: "The
train took 400 to Omsk and 210 to Tomsk. Omsk got about twice as many settlers as Tomsk";
"1,050 were sent to the mines and 350 to the farms ... three times as many men went to the
mines as to the farms".

The sentence must print no count from the start of the multiple's clause on (a count there
belongs to a side, read by ``kinds.multiples``), and the sentences before no series given
to names by their order ("respectively": a name then has two counts); each side is matched
to the one count of the three sentences before (in the paragraph) whose label holds a word
of the side that no other count's label holds. A count's label is the words of its clause
beside it: back to the figure or the comma, semicolon or colon before it, and on to the next
figure or one of them. A side that holds a name is matched by its names alone.
The two counts must be of one kind; the multiple holds as ``kinds.multiple_holds`` reads its
qualifier ("about", "more than", "nearly").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    compatible,
    is_count,
    is_scale,
    multiple_holds,
    num,
)
from borderlands.figures.passages import Located
from borderlands.figures.relativesides import RELATIVE_RE, relative_sides
from borderlands.figures.valueranks import NOT_NAMES
from borderlands.figures.verdicts import Verdict

FACTORS = {"twice": 2.0, "two": 2.0, "three": 3.0, "four": 4.0, "five": 5.0, "six": 6.0,
           "seven": 7.0, "eight": 8.0, "nine": 9.0, "ten": 10.0}  # fmt: skip
FACTOR_NAMES = {2.0: "twice", 3.0: "three times", 4.0: "four times", 5.0: "five times",
                6.0: "six times", 10.0: "ten times", 2.5: "two and a half times"}  # fmt: skip
#: "about twice as many", "more than three times as many", "two and a half times as much"
AS_MANY_RE = re.compile(
    r"\b(?:(about|roughly|some|almost|nearly|more\s+than|over)\s+)?"
    r"(twice|(two|three|four|five|six|seven|eight|nine|ten)(\s+and\s+a\s+half)?\s+times)"
    r"\s+as\s+(?:many|much|large|numerous)\b",
    re.I,
)
AS_RE = re.compile(r"\bas\b", re.I)
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
STEM = 5
COMMON = frozenset((
    "their", "there", "these", "those", "which", "while", "about", "after", "thus",
    "therefore", "whose", "other", "with", "from", "that", "were", "many", "much", "times",
    "twice", "than", "they", "them", "this", "into", "each", "been", "have", "more", "some",
    "also", "only", "over", "nearly", "almost", "half",
))  # fmt: skip
LEAD_CUT_RE = re.compile(r"[,;:.()]|\s+and\s+")
CLAUSE_CUT_RE = re.compile(r"[;:.()]")
#: the words after a count run over commas ("1,047 were sentenced in the first category,
#: to be shot"; "the rest, 2,582, to the Arkhangelsk oblast") to the clause's end
TAIL_CUT_RE = re.compile(r"[;:.()]|,?\s+and\s+")
BACK = 3
#: a bracket right after a count, holding a share of it: "7,420 (61.0 percent)"
BRACKET_AFTER_RE = re.compile(r"\s*\([^()]*\d[^()]*\)")
#: a share set between commas right after a count: "the other 25,600 million, or 73.8 per
#: cent, were paid in bonds": the words after it label the count, as after a bracket
APPOSED_SHARE_AFTER_RE = re.compile(
    r",\s*(?:or\s+|some\s+|about\s+)?\d[\d.,]*\s*(?:per\s*cent|percent|%)\s*,", re.I
)


@dataclass(frozen=True, slots=True)
class Labelled:
    count: Located
    lead: frozenset[str]  # the words before it, back to a comma or the figure before
    label: frozenset[str]  # those and the words after it, on to the next figure
    #: the words before it back over commas to the figure or semicolon before: the subject
    #: of "The Donbass, that is the Stalino and Voroshilovgrad oblasts, received 52,730"
    clause: frozenset[str] = frozenset()


def stems(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:STEM] for w in WORD_RE.findall(text) if w.lower() not in COMMON)


def labelled(s: Sentence) -> list[Labelled]:
    """The counts of a sentence, each with the words of its clause beside it."""
    text = s.passage.text
    figures = list(s.figures)
    out = []
    for i, f in enumerate(figures):
        if not is_count(f) or is_scale(f) or f.quantity.unit == "year":
            continue
        lo = figures[i - 1].quantity.end if i else s.start
        # "7,420 (61.0 percent) came from Russia": the words after the bracket label the count
        bracket = BRACKET_AFTER_RE.match(text, f.quantity.end, s.end) or (
            APPOSED_SHARE_AFTER_RE.match(text, f.quantity.phrase_end, s.end))
        after = bracket.end() if bracket else f.quantity.end
        hi = next((g.quantity.start for g in figures[i + 1 :] if g.quantity.start >= after), s.end)
        lead = LEAD_CUT_RE.split(text[lo : f.quantity.start])[-1]
        tail = TAIL_CUT_RE.split(text[after:hi])[0]
        if bracket:  # its own clause only: "(83.3 percent) lived there, where they came ..."
            tail = tail.split(",")[0]
        clause = CLAUSE_CUT_RE.split(text[lo : f.quantity.start])[-1]
        out.append(Labelled(f, stems(lead), stems(f"{lead} {tail}"), stems(clause)))
    return out


def matched(words: frozenset[str], pool: list[Labelled]) -> Labelled | None:
    """The one count whose own words (those no other count's words hold) the side names:
    the words before the counts first, then all their words, then their clauses' words."""
    for part in (lambda p: p.lead, lambda p: p.label, lambda p: p.clause):
        hits = []
        for p in pool:
            own = part(p) - frozenset().union(*(part(q) for q in pool if q is not p))
            if words & own:
                hits.append(p)
        if hits:
            return hits[0] if len(hits) == 1 else None
    return None


def sides_in(
    sentences: list[Sentence], subject: frozenset[str], other: frozenset[str]
) -> tuple[Labelled | None, Labelled | None]:
    """The counts of the two sides: in the nearest sentence that names both, each by its
    own words there ("139,640 Russians, 67,830 Karachai" though 81,403 Karachai stand a
    sentence before), else among the counts of all the sentences."""
    for sentence in reversed(sentences):
        pool = labelled(sentence)
        a, b = matched(subject, pool), matched(other, pool)
        if a is not None and b is not None:
            return a, b
    if sentences and COMPLEMENT_RE.search(sentences[-1].text):
        pair = other_of_two(labelled(sentences[-1]), subject, other)
        if pair is not None:
            return pair
    pool = [p for sentence in sentences for p in labelled(sentence)]
    return matched(subject, pool), matched(other, pool)


#: a group split in two: "and the other 7,530", "the rest", "the remaining 1,232"
COMPLEMENT_RE = re.compile(r"\bthe\s+(?:other|rest|remaining|remainder)\b", re.I)


def other_of_two(
    pool: list[Labelled], subject: frozenset[str], other: frozenset[str]
) -> tuple[Labelled, Labelled] | None:
    """The two sides when the sentence just before splits a group into two counts, the
    second "the other" or "the rest" (and perhaps prints their whole): "Of the 3,000
    detained, 1,900 held local papers and the other 1,100 were subjects of the crown. Local
    men were thus almost twice as numerous as foreigners": one side is named by its count's
    words, the other by words no count's label holds, and so is the other count."""
    parts = [p for p in pool
             if not any(q is not p and r is not p and q is not r
                        and q.count.quantity.mid + r.count.quantity.mid == p.count.quantity.mid
                        for q in pool for r in pool)]  # fmt: skip
    if len(parts) != 2:
        return None
    first, second = parts
    labels = first.label | second.label
    for words, unnamed in ((subject, other), (other, subject)):
        if unnamed & labels:
            continue
        hit = [p for p in parts
               if words & (p.label - (second.label if p is first else first.label))]
        if len(hit) != 1:
            continue
        named = hit[0]
        rest = second if named is first else first
        return (named, rest) if words is subject else (rest, named)
    return None


def side_words(text: str) -> frozenset[str]:
    """The stems a side is matched by: its names, or when it names none, all its words."""
    names = [w for w in WORD_RE.findall(text) if w[0].isupper() and w not in NOT_NAMES]
    return stems(" ".join(names)) if names else stems(text)


#: a name that is the object of a preposition ("second only to Tsalka"): not the subject
OBJECT_NAME_RE = re.compile(r"\b(?:to|than|from|behind|after|with|beside|over)\s+([A-Z][\w-]+)")


def subject_words(text: str) -> frozenset[str]:
    """``side_words`` of a multiple's subject, without the names its clause gives as the
    objects of prepositions: "Batumi came second only to Tsalka and sent more than twice as
    many" is matched by Batumi alone."""
    objects = {m.group(1) for m in OBJECT_NAME_RE.finditer(text)}
    names = [w for w in WORD_RE.findall(text)
             if w[0].isupper() and w not in NOT_NAMES and w not in objects]  # fmt: skip
    if names:
        return stems(" ".join(names))
    return stems(OBJECT_NAME_RE.sub(" ", text)) if objects else side_words(text)


def factor_of(m: re.Match[str]) -> float:
    if m.group(2).lower() == "twice":
        return 2.0
    return FACTORS[m.group(3).lower()] + (0.5 if m.group(4) else 0.0)


def as_many_before(s: Sentence, before: list[tuple[Sentence, list[Located]]]) -> list[Finding]:
    """Multiples "N times as many A as B" in ``s`` read on the counts the ``before``
    sentences of its paragraph (nearest last) print for A and B."""
    text = s.text
    if " as " not in text:
        return []
    out: list[Finding] = []
    for m in AS_MANY_RE.finditer(text):
        # the subject: back over its appositions to the clause's start
        lead = re.split(r"[;:]|,\s+(?:and|but|while|so)\s+", text[: m.start()])[-1]
        rest = text[m.end() :]
        as_ = AS_RE.search(rest)
        implied = relative_sides(text[: m.start()]) if as_ is None else None
        if as_ is None and implied is None:
            continue
        if implied is not None:  # "second only to Russia, which sent twice as many"
            subject, other = implied
        else:
            assert as_ is not None
            other = re.split(r"[,;:.]", rest[as_.end() :])[0]
            which = RELATIVE_RE.search(lead)  # "Cherek was second only to Chegem, which sent"
            subject = (which.group(1) if which else lead) + " " + rest[: as_.start()]
        lo = s.start + m.start() - len(lead)
        if any(lo <= f.quantity.start for f in s.figures if is_count(f)):
            continue  # the sentence prints a side's own count: read by kinds.multiples
        sentences = [sentence for sentence, _ in before[-BACK:]]
        if any(RESPECTIVELY_RE.search(sentence.text) for sentence in sentences):
            continue  # counts given to the names by their order: a name has more than one
        a, b = sides_in(sentences, subject_words(subject), side_words(other))
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            continue
        x, y = a.count.quantity.mid, b.count.quantity.mid
        if y <= 0:
            continue
        ratio = x / y
        factor = factor_of(m)
        qualifier = " ".join((m.group(1) or "").lower().split())
        holds = multiple_holds(qualifier, factor, ratio)
        if implied is not None and not holds:
            continue  # the other side only implied: a miss is no slip found
        nearest = min(FACTOR_NAMES, key=lambda v: abs(v - ratio))
        intended = (
            FACTOR_NAMES[nearest] if abs(nearest - ratio) <= 0.1 * nearest
            else f"{ratio:.2f} times"
        )  # fmt: skip
        out.append(Finding(
            "comparison", s.start + m.start(), s.start + m.end(), factor,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{num(x)} / {num(y)}", ratio, (a.count, b.count),
            f"“{m.group(0)}”: {num(x)} against {num(y)}, {ratio:.2f} times",
            None if holds else intended,
        ))  # fmt: skip
    return out
