"""Sentence boundaries in reading text, good enough to tell "same sentence" from "nearby".

Scholarly prose is full of full stops that end nothing: "pp.", "n. 9", "vs.", initials
("N. F. Bugai"), ellipses (". . ."). A stop ends a sentence only when it is followed by
space and a capital letter, a quote or a bracket, and is not one of those.
"""

from __future__ import annotations

import re

_ABBREVIATED = (
    "p pp n nn no nos vol vols vs v ed eds i.e e.g cf ibid mr mrs dr st calif mass conn "
    "ind n.y d.c chap chaps trans etc al ca fig figs op cit col cols ch gen lt"
)
ABBREVIATIONS = frozenset(_ABBREVIATED.split())
#: A stop that may end a sentence, in one of two ways (one scan for both, opening on the
#: stop, so the engine skips straight to stops):
#: - followed by closing quotes or brackets, space (group ``space``), and a capital letter, a
#:   quote or a bracket;
#: - a lost space ("Moldavian).A Korean"): a word or bracket ends before the stop (the two
#:   characters before it are looked for behind it) and a capitalised word starts right after
#:   it (the empty group ``glued``).
#: The two never match at the same stop (after it, one needs a closer or a space, the other a
#: capital), and a match holds no stop but its first character, so one scan finds what two
#: scans, one for each, found.
STOP_RE = re.compile(
    r"[.!?](?:(?<=[a-z)]{2}[.!?])(?P<glued>)(?=[A-Z][a-z ])"
    r"|[\"”’)\]]*(?P<space>\s+)(?=[\"“‘(\[]?[A-ZÀ-Ž]))"
)


#: A run of word characters and dots at the start of a text: matched on the reversed text
#: before a stop, the run that ends at the stop.
_WORD_RUN_RE = re.compile(r"[\w.]*")


def word_before(text: str, stop: int) -> str:
    r"""The run of word characters and dots that ends at ``stop`` (or just before a newline
    there), at most 40 characters back: what ``re.search(r"([\w.]+)$", text[stop - 40:
    stop])`` finds, by a match at the start of the reversed 40 characters instead of a search
    from 40 characters before the stop."""
    lo = max(0, stop - 40)
    end = stop - 1 if stop > lo and text[stop - 1] == "\n" else stop
    run = _WORD_RUN_RE.match(text[lo:end][::-1])
    return text[end - run.end() : end] if run else ""


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence of ``text``, covering it without gaps."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in STOP_RE.finditer(text):
        stop = m.start()
        word = word_before(text, stop).lower().rstrip(".")
        if word in ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue
        if text[max(0, stop - 2) : stop + 1] == ". ." or text[stop + 1 : stop + 3] == " .":
            continue  # an ellipsis
        end, after = m.span(m.lastindex or 0)  # the space, or the empty group after the stop
        if end > start:
            spans.append((start, end))
        start = after
    if start < len(text):
        spans.append((start, len(text)))
    if not spans:
        spans.append((0, len(text)))
    return spans
