"""Counts of units printed in words as divisors of a unit's load: "They left in seven echelons
made up of 250 wagons. An echelon carried 1,100 persons on average".

The extraction leaves out a number word whose noun its lexicon does not know ("seven
echelons"), and the checker reads such words as inputs only (``Checker.word_counts``). The
load of a unit looks for the count of its unit's noun in its sentence and the two before
(``unitloads``): this adds the counts in words of the sentences before to the figures it
searches (the sentence's own are read by the rules of its sentence). They are never claims.
"""

from __future__ import annotations

from collections.abc import Callable

from borderlands.figures.kinds import Sentence
from borderlands.figures.passages import Located

BACK = 2  # sentences before a rate whose counts in words are searched (``unitloads.LOOK_BACK``)


def with_word_counts(
    s: Sentence,
    earlier: Callable[[], list[Located]],
    word_counts: Callable[[Sentence], list[Located]],
) -> Callable[[], list[Located]]:
    """``earlier`` with the counts in words of the ``BACK`` sentences before ``s``, in text
    order (those of ``s`` itself its own rules read, with the care they take over a whole
    printed twice)."""

    def figures() -> list[Located]:
        found = earlier()
        words: list[Located] = []
        for i in range(max(0, s.index - BACK), s.index):
            start, end = s.passage.sentences[i]
            own = tuple(f for f in found if f.passage is s.passage and f.sentence == i)
            words += word_counts(Sentence(s.passage, i, start, end, own))
        if not words:
            return found
        return sorted([*found, *words], key=lambda f: (f.raw_start, f.quantity.start))

    return figures
