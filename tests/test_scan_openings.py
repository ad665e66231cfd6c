"""Patterns of the reader and the archival scanner rewritten to open on a character the engine
can skip to (issue #18): each finds what the form it replaces found, on thousands of random
texts and at any start and end of the search."""

from __future__ import annotations

import random
import re

from borderlands.article.spaces import quote_then_opening
from borderlands.article.text_layout import has_notes_section, number_lines
from borderlands.sources.archival import _FOD, _MALFORMED
from borderlands.sources.dates import DATE_PATTERN

#: The forms replaced: a look-behind first, tried at every position of the text.
_PART = r"\d+[a-z]{0,2}"
_SLASH = r"\s?/\s?"
_DELO = r"\d+[a-z]{0,2}(?:\s?[–-]\s?\d+[a-z]{0,2})?"
FORMER_FOD = re.compile(
    rf"(?<![\d/])(?P<fond>{_PART}){_SLASH}(?P<opis>{_PART}){_SLASH}(?P<delo>{_DELO})(?![\d/])"
)
FORMER_MALFORMED = re.compile(
    rf"(?<![\d/])(?P<fond>\d+){_SLASH}(?P<rest>\d{{3,}}[a-z]?)(?![\d/])"
    rf"(?=\s*\(\s*(?P<date>{DATE_PATTERN})\s*\))"
)
#: The glued quote as a regex, before it was found by str.find of the pair.
FORMER_QUOTE_THEN_OPENING = re.compile(r"(?<=[A-Za-z\u00C0-\u024F.,;:!?]”)[(“]")

NUMBER_PIECES = [
    "1", "23", "235", "1235", "141/", "12/", "7a/", "/", " / ", "/ ", " ", "\n", "a", "ob", "–",
    "-", "(",
    " (1930)", "(12.5.37)", " (1930–31)", "x", "GARF ",
]  # fmt: skip
QUOTE_PIECES = ["”", "“", "(", "a", "Z", "é", ".", ",", ";", ":", "!", "?", " ", "1", "ж"]


def _found(pattern: re.Pattern[str], text: str, start: int, end: int) -> list[object]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text, start, end)]


def _random_texts(seed: int, pieces: list[str], count: int) -> list[tuple[str, int, int]]:
    rng = random.Random(seed)
    out = []
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        start = rng.randint(0, len(text))
        out.append((text, start, rng.randint(start, len(text))))
    return out


def test_slash_references_open_on_their_digit() -> None:
    assert _FOD.search("GARF 1235/141/561 (1930): 5").span() == (5, 17)
    assert _FOD.search("x/1235/141/561") is None  # a slash before the fond
    assert _MALFORMED.search("f 12/1829 (1930)").group("rest") == "1829"
    for text, start, end in _random_texts(83, NUMBER_PIECES, 6000):
        for now, former in ((_FOD, FORMER_FOD), (_MALFORMED, FORMER_MALFORMED)):
            assert _found(now, text, 0, len(text)) == _found(former, text, 0, len(text)), text
            assert _found(now, text, start, end) == _found(former, text, start, end), text


def test_a_quote_glued_to_an_opening_is_found_by_its_pair() -> None:
    assert quote_then_opening("word”(1932) and ”(x, ”(y") == [5]
    assert sorted(quote_then_opening("a”“b.”(c")) == [2, 6]
    for text, _, _ in _random_texts(89, QUOTE_PIECES, 6000):
        former = [m.start() for m in FORMER_QUOTE_THEN_OPENING.finditer(text)]
        assert sorted(quote_then_opening(text)) == former, text


FORMER_NUMBER_LINE = re.compile(r"(?m)^[ \t]*(\d{1,4})[ \t]*$")
FORMER_NOTES_SECTION = re.compile(
    r"(?m)^[ \t]*(?:notes|endnotes)[ \t]*\n\s*1[.)]?[ \t]+\S", re.IGNORECASE
)
LINE_PIECES = [
    "\n", "\n", " ", "\t", "12", "3", "12345", "x", "Notes", "NOTES", "endnotes", "1", "1.",
    "1)", "\r", "\f", "a", "Notes\n", "\nEndnotes \n", "1 A", "1. A",
]  # fmt: skip


def test_number_lines_and_notes_sections_are_found_from_line_breaks() -> None:
    assert list(number_lines("12\ntext\n  13 \n14")) == ["12", "13", "14"]
    assert has_notes_section("Body.\nNotes\n1. A note")
    assert not has_notes_section("Body. Notes 1. A note")
    for text, _, _ in _random_texts(101, LINE_PIECES, 8000):
        former = [m.group(1) for m in FORMER_NUMBER_LINE.finditer(text)]
        assert list(number_lines(text)) == former, text
        assert has_notes_section(text) == bool(FORMER_NOTES_SECTION.search(text)), text
