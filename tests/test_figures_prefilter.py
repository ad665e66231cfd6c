"""The cheap tests and patterns that stand before costly ones (issue #18): they must never
change what the costly pattern finds. Each is compared with the form it replaces."""

from __future__ import annotations

import random
import re

import pytest

from borderlands.figures import listranks, quantities
from borderlands.figures.kinds import NUMBER_WORD, NUMBER_WORDS, Sentence
from borderlands.figures.listranks import RANK_WORDS, has_rank_word
from borderlands.figures.passages import Passage
from borderlands.figures.prefilter import alternation, may_hold
from borderlands.figures.quantities import LazyTokens, tokenize
from borderlands.figures.sentences import STOP_RE, sentence_spans, word_before


def test_alternation_groups_by_first_letter() -> None:
    assert alternation(["twenty", "ten", "one", "Two"]) == "t(?:wenty|en|wo)|o(?:ne)"


@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_alternation_matches_as_the_plain_one(flags: int) -> None:
    # "seventeen" before "seven" and "twenty-one" before "twenty": the order within a letter
    # decides which word a match takes
    plain = re.compile(r"\b(" + "|".join(NUMBER_WORDS) + r")(\w*)", flags)
    grouped = re.compile(r"\b(" + NUMBER_WORD + r")(\w*)", flags)
    rng = random.Random(18)
    pieces = [*NUMBER_WORDS, "Seventeen", "TWENTY", "twenty one", "-", " ", "s", "x", "ſix"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 6)))
        found = [(m.span(), m.groups()) for m in grouped.finditer(text)]
        assert found == [(m.span(), m.groups()) for m in plain.finditer(text)], text


def test_may_hold_says_no_only_when_the_words_are_absent() -> None:
    assert may_hold("The total was tripled in a year.", ("tripled", "doubled"))
    assert may_hold("It was TRIPLED.", ("tripled",))
    assert not may_hold("The total rose in a year.", ("tripled", "doubled"))
    # a long s, a dotless i and a dotted capital I match ASCII letters under re.IGNORECASE,
    # though lower() does not turn them into those letters: such a text always passes
    for odd in ("moſt", "tımes", "TİMES"):
        assert re.search(r"\b(?:most|times)\b", odd, re.IGNORECASE)
        assert may_hold(odd, ("most", "times"))


def _word_before_by_regex(text: str, stop: int) -> str:
    found = re.compile(r"([\w.]+)$").search(text, max(0, stop - 40), stop)
    return found.group(1) if found else ""


def test_word_before_is_what_the_regex_found() -> None:
    assert word_before("see pp. 12 and cf. Smith", 17) == "cf"
    assert word_before("see pp. 12 and cf.\n", 19) == "cf."
    rng = random.Random(53)
    for _ in range(2000):
        text = "".join(rng.choice("ab._ \n1٣é-,") for _ in range(rng.randint(0, 60)))
        for stop in range(len(text) + 1):
            assert word_before(text, stop) == _word_before_by_regex(text, stop), (text, stop)


def test_tokens_carry_their_offsets_and_the_space_before_them() -> None:
    tokens = tokenize("About 1,200  settlers\u2003arrived.")
    assert [(t.text, t.start, t.end, t.gap) for t in tokens] == [
        ("About", 0, 5, True),
        ("1,200", 6, 11, True),
        ("settlers", 13, 21, True),
        ("arrived", 22, 29, True),
        (".", 29, 30, False),
    ]
    assert [(t.is_digits, t.is_word, t.lower) for t in tokens[:2]] == [
        (False, True, "about"),
        (True, False, "1,200"),
    ]


def test_lazy_tokens_are_the_tokens_tokenize_gives() -> None:
    rng = random.Random(29)
    pieces = ["About", "1,200", "3.5", " ", "  ", "\n", "twenty-one", "don’t", "–", ".", "é", "x"]
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        tokens = tokenize(text)
        lazy = LazyTokens(text)
        assert lazy.size == len(tokens)
        order = list(range(len(tokens)))
        rng.shuffle(order)  # made on first use in any order, the same tuples
        assert [lazy[i] for i in order] == [tokens[i] for i in order], text
        if tokens:
            assert lazy[-1] == tokens[-1]


def test_tokens_of_a_single_spaced_text_come_from_its_pieces(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # a text of pieces joined by single spaces is tokenized piece by piece (remembered
    # tokens); any other spacing by the pattern over the whole text: the same tokens either
    # way, also when the remembered pieces are emptied between texts
    monkeypatch.setattr(quantities, "_PIECE_CACHE_LIMIT", 40)
    rng = random.Random(31)
    pieces = ["About", "1,200", "3.5", "twenty-one", "don’t", "–", ".", "(1930)", "é", "x",
              "41,5", "p.", "\u00ad", "٣", "a-", "’s", "12a/3"]  # fmt: skip
    spaced = 0
    for _ in range(3000):
        words = [
            "".join(rng.choice(pieces) for _ in range(rng.randint(1, 3)))
            for _ in range(rng.randint(0, 12))
        ]
        text = rng.choice([" ", " ", " ", "  ", "\n", "\u2003"]).join(words)
        spaced += " ".join(text.split()) == text
        tokens = tokenize(text)
        lazy = LazyTokens(text)
        assert lazy.size == len(tokens) and lazy.words == [t.text for t in tokens], text
        assert [lazy[i] for i in range(lazy.size)] == tokens, text
    assert spaced > 1500


def sentence_of(text: str) -> Sentence:
    return Sentence(Passage("body", "p1", 0, text, lambda offset: offset), 0, 0, len(text), ())


def test_has_rank_word_says_yes_where_list_ranks_patterns_match() -> None:
    assert has_rank_word(sentence_of("The Fourth district"))
    assert not has_rank_word(sentence_of("The fort district"))
    assert not has_rank_word(sentence_of("The fourthly district"))  # no whole rank word
    patterns = (listranks.SUPERLATIVE_RE, listranks.RANK_RE, listranks.SECOND_ONLY_RE)
    rng = random.Random(41)
    pieces = [*RANK_WORDS, *(w + " " for w in RANK_WORDS), "LARGEST ", "larg", "est", "fou",
              "rth", " ", "x", "ſ", "İ", "the ", "The ", "ranked ", "only to ", "_",
              "-"]  # fmt: skip
    matched = 0
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        said = has_rank_word(sentence_of(text))
        if any(p.search(text) for p in patterns):
            matched += 1
            assert said, text
        # never more than the substring test it stands before
        assert not said or any(w in text.lower() for w in RANK_WORDS), text
    assert matched > 150


#: The two stop patterns one scan replaced, and the cut they fed (sorted by the stop).
FORMER_BOUNDARY_RE = re.compile(r"[.!?][\"”’)\]]*(\s+)(?=[\"“‘(\[]?[A-ZÀ-Ž])")
FORMER_GLUED_RE = re.compile(r"[.!?](?<=[a-z)]{2}[.!?])()(?=[A-Z][a-z ])")


def _former_stops(text: str) -> list[tuple[int, int, int]]:
    matches = sorted(
        [*FORMER_BOUNDARY_RE.finditer(text), *FORMER_GLUED_RE.finditer(text)],
        key=re.Match.start,
    )
    return [(m.start(), m.start(1), m.end(1)) for m in matches]


def test_one_stop_scan_finds_what_the_two_found() -> None:
    assert sentence_spans("It fell.A new. (B) Then.") == [(0, 8), (8, 14), (15, 24)]
    rng = random.Random(83)
    pieces = [".", "!", "?", "”", '"', "’", ")", "]", "(", "[", "“", "‘", " ", "  ", "\n",
              "ab", "a", "A", "Ab", "A ", "É", "x.", "pp.", ". .", "1"]  # fmt: skip
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 14)))
        now = [(m.start(), *m.span(m.lastindex or 0)) for m in STOP_RE.finditer(text)]
        assert now == _former_stops(text), text
