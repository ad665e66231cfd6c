"""The citation parser's patterns rewritten to open on their letters or stops, and first tests
put before patterns (issue #18): each finds what the form it replaces found, at any start and
end of the search."""

from __future__ import annotations

import random
import re

import pytest

from borderlands.sources.chunks import find_anchors, sentence_gaps
from borderlands.sources.notation import (
    BOOK_PAREN,
    DAY_PAREN,
    IBID,
    IN_PRESS,
    JOURNAL_PAREN,
    LOST_SPACE_STOP,
    PAGES,
    SHORT,
    SHORT_CUT_OFF,
    STRONG_LEADIN,
    WEAK_LEADIN,
    match_short,
    match_short_cut_off,
)

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


#: The sentence-end patterns before they opened on the stop (a look-behind at every position).
FORMER_SENTENCE_END = re.compile(r"(?<=[.?!])[”\"]?\s*(?=[A-Z“\"‘])")
FORMER_LOST_SPACE_STOP = re.compile(r"(?<=[a-z]{3}\.)(?=[A-Z][a-z])")
STOP_PIECES = [
    ".", "?", "!", "”", '"', "“", "‘", " ", "  ", "\n", "A", "Ab", "ab", "abc", "x", "(",
    ";", "é", "pp.", "Ibid.", "1",
]  # fmt: skip


def _former_anchors(text: str, start: int, end: int) -> list[tuple[int, int]]:
    found: list[re.Match[str]] = []
    for regex in (BOOK_PAREN, JOURNAL_PAREN, DAY_PAREN, IN_PRESS):
        found.extend(regex.finditer(text, start, end))
    found.sort(key=lambda m: m.start())
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return [m.span() for m in out]


def test_sentence_gaps_and_lost_space_stops_are_what_the_look_behinds_found() -> None:
    assert sentence_gaps("He left. Then", 0, 13) == [(8, 9)]
    assert sentence_gaps("He left. Then", 8, 13) == [(8, 9)]  # the stop just before
    assert [m.end() for m in LOST_SPACE_STOP.finditer("deportation.Aleksandr")] == [12]
    rng = random.Random(67)
    for _ in range(4000):
        text = "".join(rng.choice(STOP_PIECES) for _ in range(rng.randint(0, 12)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        former = [m.span() for m in FORMER_SENTENCE_END.finditer(text, start, end)]
        assert sentence_gaps(text, start, end) == former, (text, start, end)
        piece = text[start:end]
        assert [m.end() for m in LOST_SPACE_STOP.finditer(piece)] == [
            m.start() for m in FORMER_LOST_SPACE_STOP.finditer(piece)
        ], piece


def test_anchors_behind_their_first_tests_are_those_found_without() -> None:
    assert [m.span() for m in find_anchors("Ladas (London, 1932), p. 4", 0, 26)] == [(6, 20)]
    rng = random.Random(71)
    pieces = ["(", ")", "London", ", ", ",", "1932", "in press", "forthcoming", "in", "press",
              "March ", "12.05.37", ": ", "pp. ", "4", " ", "x", "–"]  # fmt: skip
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        start = rng.randint(0, len(text))
        end = rng.randint(start, len(text))
        found = [m.span() for m in find_anchors(text, start, end)]
        assert found == _former_anchors(text, start, end), (text, start, end)


SHORT_PIECES = [
    "Martin", "Ladas", " ", ", ", ",", "“Origins,”", "“A", "”", " pp. ", "p. ", "pp.", "p.",
    "12", "3", "–", "-", "ob", ".", "\n", "vol. 2, ", "x", "(", ";", "and", "٣", "\u2003",
]  # fmt: skip


SHORT_TAILS = ["", ", pp. 12", " p. 3–4.", ", pp. ", " pp.\n", ", 12ob. ", ", 4, 7", "12 x", ", ٣."]


def test_short_forms_behind_their_first_tests_are_those_matched_without() -> None:
    assert match_short("Martin, “Origins,” pp. 12–13.") is not None
    assert match_short("Martin, “Origins,” pp. 12–13 above") is None
    assert match_short_cut_off("Martin, “Origins,” pp. ") is not None
    rng = random.Random(73)
    matched = 0
    for _ in range(8000):
        text = "".join(rng.choice(SHORT_PIECES) for _ in range(rng.randint(0, 8)))
        text = rng.choice(["", "Martin", "Ladas, "]) + text + rng.choice(SHORT_TAILS)
        former = SHORT.match(text)
        now = match_short(text)
        assert (now and (now.span(), now.groups())) == (former and (former.span(), former.groups()))
        former = SHORT_CUT_OFF.match(text)
        now = match_short_cut_off(text)
        assert (now and (now.span(), now.groups())) == (former and (former.span(), former.groups()))
        matched += bool(SHORT.match(text)) + bool(SHORT_CUT_OFF.match(text))
    assert matched > 200  # the random texts do reach both patterns' matches
