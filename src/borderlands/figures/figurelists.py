"""A count of a colon list whose items each pair a name with a figure (issue #14): "the
persons taken in five raions: Mizhhirya 1,128, Volovets 864, Rakhiv 1,502, Tiachiv 1,236
and Khust 970"; "went to three voivodeships: 212 to Bialystok, 148 to Olsztyn and 78 to
Gdansk". The plain colon reading (``listcounts.colon_lists``) leaves lists with figures
alone, since a figure in an item often starts a clause, not an item.

The grammar read: a count (a number word or a small numeral) and its noun before the colon,
then items parted by commas, the last by "and", each holding exactly one figure and one
capitalised name of up to three words, beside the figure (before it, or after "to", "in",
"for" or "from"). Every item must have that one shape, so the list is whole: a count that
agrees is consistent, one that misses by one or two items inconsistent.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import NUMBER_WORD, Finding, Sentence, list_count
from borderlands.figures.numbers import parse_words

#: The first cheap test: a colon and a digit in the sentence.
COLON = ":"
HEAD_RE = re.compile(
    rf"\b({NUMBER_WORD}|\d{{1,2}})((?:\s+(?!of\b|{NUMBER_WORD}\b)[a-z][\w’'-]*){{1,2}}?)"
    r"\s*:\s+([^:;()]+?)\.?$",
)
FIGURE = r"\d{1,3}(?:,\d{3})*"
NAME = r"[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2}"
ITEM_RES = (
    re.compile(rf"{NAME}\s+{FIGURE}"),
    re.compile(rf"{FIGURE}\s+(?:to|in|for|from)\s+{NAME}"),
)
#: Right before the count: its list may be a subset of the whole it counts ("three of the
#: five districts:", "among the six camps:").
SUBSET_BEFORE_RE = re.compile(r"\b(?:of|among)\s+(?:the|its|their)?\s*$", re.I)
SPLIT_RE = re.compile(r",\s+(?:and\s+)?|\s+and\s+")
#: How many items a miscount may miss by and still be read as one.
MISS = 2


def figure_lists(s: Sentence) -> list[Finding]:
    """The count of ``s``'s colon list of named figures, read against its items."""
    if not s.has_digit or COLON not in s.text:
        return []
    m = HEAD_RE.search(s.text)
    if m is None:
        return []
    raw, listed = m.group(1), m.group(3).strip()
    if SUBSET_BEFORE_RE.search(s.text[max(0, m.start(1) - 20) : m.start(1)]):
        return []
    n = int(raw) if raw.isdigit() else parse_words([raw])
    if n is None or not 2 <= n <= 20:
        return []
    items = SPLIT_RE.split(listed)
    if len(items) < 2 or not all(any(r.fullmatch(i) for r in ITEM_RES) for i in items):
        return []
    if len(items) != n and (abs(len(items) - n) > MISS or len(items) < 3):
        return []
    return [list_count(s, s.start + m.start(1), raw, n, items, len(items) == n,
                       "after the colon")]  # fmt: skip
