"""Whether the year a span of whole years was counted from is the year of the event its
words name.

"The families were struck off the register only in 1947, nine years after their arrival":
the span is counted from the arrival. When the sentence that prints the last year before it
prints other years too ("the census of January 1939 ... divided in October 1938 ... counted
in July 1937"), that year is the arrival's only if the sentence tells of the arrival (a word
of the noun's stem: "arrived", "arrival"); a year printed for another thing (a census, a
count) is no end of the span, and a mismatch on it is no slip of the author's. A sentence
that prints one year ("The exiles reached Narym in 1931.") dates the event it tells.
"""

from __future__ import annotations

import re

#: "after their arrival", "before the first census": the event, by its noun
EVENT_NOUN_AFTER_RE = re.compile(
    r"\s+(?:after|before|since)\s+(?:the|their|its|his|her)\s+(?:[a-z]+\s+)?([a-z]{4,})\b",
    re.I,
)
STEM = 5
YEAR_RE = re.compile(r"\b1[89]\d\d\b")


def sentence_around(text: str, at: int) -> str:
    """The sentence of ``text`` holding offset ``at`` (cut at full stops)."""
    left = text.rfind(". ", 0, at)
    right = text.find(". ", at)
    return text[left + 1 : right if right >= 0 else len(text)]


def year_tells_other_thing(text: str, year_at: int, after_span: str) -> bool:
    """Whether the words right after a span (``after_span``) name an event by its noun and
    the sentence of ``text`` that prints the year found at ``year_at`` does not name it."""
    m = EVENT_NOUN_AFTER_RE.match(after_span)
    if m is None:
        return False
    stem = m.group(1).lower()[:STEM]
    told = sentence_around(text, year_at)
    if len(set(YEAR_RE.findall(told))) < 2:
        return False  # "The exiles reached Narym in 1931.": one year, the sentence's event
    words = re.findall(r"[a-z]{4,}", told.lower())
    return not any(w.startswith(stem) for w in words)


#: Nouns of a thing's coming into being: "five years after its creation" counts from the
#: first time the text tells of the thing itself
ORIGIN_NOUNS = frozenset({"creation", "founding", "foundation", "formation", "establishment"})
#: "The directorate outlived ...": the thing the sentence is about
SUBJECT_RE = re.compile(r"\s*the\s+([a-z]{4,})\b", re.I)


def origin_subject(sentence: str, after_span: str) -> str | None:
    """The noun of the thing whose coming into being a span is counted from ("after its
    creation": the sentence's subject, "the directorate"), or None when the words after the
    span name no such origin or the sentence opens on no noun."""
    m = EVENT_NOUN_AFTER_RE.match(after_span)
    if m is None or m.group(1).lower() not in ORIGIN_NOUNS:
        return None
    subject = SUBJECT_RE.match(sentence)
    return subject.group(1).lower() if subject else None
