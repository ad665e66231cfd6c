"""The citation parser's patterns rewritten to open on their letters (issue #18): each finds
what the form it replaces found, at any start and end of the search."""

from __future__ import annotations

import random
import re

import pytest

from borderlands.sources.notation import IBID, PAGES, STRONG_LEADIN, WEAK_LEADIN

#: The forms replaced: a word boundary or a look-behind at the start, tried at every position.
FORMER = {
    "IBID": re.compile(rf"\b[Ii]bid\.(?:,\s*(?:(?:pp?\.|ll?\.|ark\.)\s*)?(?P<pages>{PAGES}))?"),
    "STRONG_LEADIN": re.compile(
        r"(?:^|(?<=[\s(,.;]))(?:[Ss]ee(?:\s+also)?,?|[Cc]f\.|cited\s+in|summed\s+up\s+in|"
        r"mentioned\s+in|article\s+by|documented\s+very\s+well\s+in|reproduced\s+in|"
        r"provided\s+in|listed\s*in|taken\s+from|works\s+are)(?:\s+|(?=[A-Z“]))"
    ),
    "WEAK_LEADIN": re.compile(r"(?:^|(?<=[\s(]))(?:are|from|in|by)(?:\s+|(?=[A-Z“]))"),
}
NOW = {"IBID": IBID, "STRONG_LEADIN": STRONG_LEADIN, "WEAK_LEADIN": WEAK_LEADIN}

PIECES = [
    "See", "see", "also", "Cf.", "cf.", "cited", "in", "summed", "up", "article", "by",
    "listed", "taken", "from", "works", "are", "Ibid.", "ibid.", "Ibid", "xIbid.", " ", "\n",
    "(", ",", ".", ";", "“", "A", "pp.", "12", "–", "3", "ll.", "_", "é", "a", "i", "5",
]  # fmt: skip


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]


def test_the_rewritten_patterns_find_what_they_found() -> None:
    assert IBID.search("as above; Ibid., pp. 12–13.").group("pages") == "12–13"
    assert IBID.search("Foribid. 12") is None
    assert STRONG_LEADIN.match("See also Smith").group() == "See also "
    assert STRONG_LEADIN.search("Oversee Smith") is None
    assert WEAK_LEADIN.search("(in Moscow").span() == (1, 4)
    assert WEAK_LEADIN.search("begin Moscow") is None  # "in" inside a word
    assert WEAK_LEADIN.search("by Moscow").span() == (0, 3)


@pytest.mark.parametrize("name", sorted(FORMER))
def test_random_texts_at_every_bound(name: str) -> None:
    former, now = FORMER[name], NOW[name]
    rng = random.Random(name)
    for _ in range(4000):
        text = "".join(rng.choice(PIECES) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        assert _found(now, text, 0, len(text)) == _found(former, text, 0, len(text)), text
        assert _found(now, text, start, end) == _found(former, text, start, end), text
        one, two = now.match(text, start, end), former.match(text, start, end)
        assert (one and one.span()) == (two and two.span()), (text, start, end)
