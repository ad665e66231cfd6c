"""Which of the counts printed before a multiple in words are levels of what it multiplies.

"In the first spring 2,240 of the 31,800 colonists fell ill, 70.4 per 1,000. In the second
spring sickness halved, to 1,130": of the counts of the sentence before, the whole of a part
("of the 31,800") and a rate ("70.4 per 1,000", "200 to a shed") are no earlier level of the sick;
2,240 is. "The depot kept 5,300 sacks in 27 sheds. The number of sheds had doubled since the
summer, when there had been only 13": the count whose own noun ("27 sheds") is a word of the
multiple's sentence is the level compared.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.lexicon import STOP_WORDS, TIME_WORDS
from borderlands.figures.passages import Located

#: "2,240 of the 31,800", "92 of 1,372": the whole follows its part
WHOLE_AFTER_PART_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|out of|among)\s+(?:the\s+|its\s+)?$")
#: a rate, not a level: "70.4 per 1,000", "200 to a shed", "40 each", "3 a head"
PER_AFTER_RE = re.compile(r"\s+(?:per\b|to\s+an?\b|each\b|a\s+head\b)")
NOUN_AFTER_RE = re.compile(r"\s+(?:[a-z]+-)?([a-z]{3,})\b")
STEM = 5


def stem_of(word: str) -> str:
    return word.lower()[:STEM]


def counted_noun(f: Located) -> str | None:
    """The noun printed right after a count ("27 sheds": sheds), if any."""
    m = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
    if m is None or m.group(1) in STOP_WORDS:
        return None
    return m.group(1)


def names_noun_of(f: Located, sentence: str) -> bool:
    """Whether the sentence names the noun printed right after the count."""
    noun = counted_noun(f)
    words = {stem_of(w) for w in re.findall(r"[A-Za-z]{4,}", sentence)}
    return noun is not None and stem_of(noun) in words


def levels_of(found: Sequence[Located], sentence: str) -> list[Located]:
    """``found`` without the wholes of parts printed with them and without rates; of those
    left, when the noun of one of them is a word of the sentence, the counts but those
    printed with another noun."""
    kept: list[Located] = []
    for f in found:
        text = f.passage.text
        if PER_AFTER_RE.match(text, f.quantity.phrase_end):
            continue
        if any(
            p is not f and p.quantity.end <= f.quantity.start
            and WHOLE_AFTER_PART_RE.fullmatch(text, p.quantity.phrase_end, f.quantity.phrase_start)
            for p in found
        ):  # fmt: skip
            continue
        kept.append(f)
    kept = [f for f in kept if not closes_sum(f, kept)]
    if not any(names_noun_of(f, sentence) for f in kept):
        return kept
    # "310 members in 1930 and 980 in 1933": a count without a noun of its own shares the
    # one before it; only a count with another noun ("5,300 sacks") is dropped
    return [f for f in kept if counted_noun(f) is None or names_noun_of(f, sentence)]


def closes_sum(f: Located, found: Sequence[Located]) -> bool:
    """Whether ``f`` is the sum of the two or more counts printed before it in its sentence
    ("7,660 returned in 1948 and 16,230 in 1949, so that 23,890 were back"): a total of the
    levels, not a level."""
    parts = [p for p in found if p.sentence == f.sentence and p.quantity.end <= f.quantity.start]
    return len(parts) >= 2 and abs(sum(p.quantity.mid for p in parts) - f.quantity.mid) < 1


def is_span(f: Located) -> bool:
    """A count of days, months or years ("74 days more"), whatever unit the reader gave it."""
    return counted_noun(f) in TIME_WORDS


def own_levels(own: Sequence[Located], before: Sequence[Located]) -> list[Located]:
    """The counts of a multiple's own sentence that may be a level of what the counts
    ``before`` count: a span of time is none, unless those count time too."""
    if any(is_span(b) for b in before):
        return list(own)
    return [f for f in own if not is_span(f)]


#: words between a multiple's subject and its verb: "the sick had tripled", "were nearly halved"
NOT_SUBJECT_WORDS = frozenset((
    "had", "have", "has", "were", "was", "been", "being", "more", "than", "nearly", "almost",
    "about", "over", "then", "thus", "also", "again", "all", "some", "roughly",
))  # fmt: skip


def subject_word(clause: str) -> str | None:
    """The last word of a multiple's clause before its verb, its subject's head ("so that
    the sick had tripled": sick), or None when that is no word of four letters or more."""
    words = [w for w in re.findall(r"[A-Za-z]+", clause.lower()) if w not in NOT_SUBJECT_WORDS]
    return words[-1] if words and len(words[-1]) >= 4 else None


def subject_counted(f: Located, clause: str) -> bool:
    """Whether the sentence of count ``f`` names, before it, the head of the multiple's
    subject ("The sick were counted on the same day: 1,926 ..." for "the sick had
    tripled"): the count is a level of the same thing."""
    word = subject_word(clause)
    if word is None:
        return False
    start = f.passage.sentences[f.sentence][0]
    lead = f.passage.text[start : f.quantity.start].lower()
    return re.search(rf"\b{re.escape(stem_of(word))}", lead) is not None
