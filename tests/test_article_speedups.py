"""The helpers added for speed give what the slower forms gave, on hand-typed inputs."""

from __future__ import annotations

import subprocess
import sys
from collections import Counter

import pytest

from borderlands.article.lines import split_lines
from borderlands.article.parse import count_pieces
from borderlands.article.spaces import document_tokens
from borderlands.article.text import (
    broken_word_regions,
    document_words,
    pieces_without_broken_words,
    without_broken_words,
)

TEXT = "The Kuban  stanitsy,\n were de-\nported in 1932–33;\r\n\n  Kuban kuban THE end.\n"


def test_lines_keep_offsets_content_and_text() -> None:
    lines, starts = split_lines(TEXT)
    assert [ln.number for ln in lines] == [1, 2, 3, 4, 5]
    assert starts == [0, 21, 31, 51, 52]
    assert [ln.content for ln in lines] == [
        "The Kuban  stanitsy,",
        "were de-",
        "ported in 1932–33;",
        "",
        "Kuban kuban THE end.",
    ]
    third = lines[2]
    assert (third.start, third.end) == (31, 49)  # the \r is left outside the line
    assert third.text == "ported in 1932–33;"
    second = lines[1]
    assert second.indent == 1 and second.content_start == 22 and second.content_end == 30
    assert lines[3].blank and not lines[4].blank
    assert lines[4].indent == 2 and lines[4].text == "  Kuban kuban THE end."


def test_a_text_without_final_newline_keeps_its_last_line() -> None:
    lines, starts = split_lines("one\ntwo")
    assert [ln.text for ln in lines] == ["one", "two"] and starts == [0, 4]
    empty, empty_starts = split_lines("")
    assert len(empty) == 1 and empty[0].blank and empty_starts == [0]


def test_pieces_counted_in_blocks_as_in_one() -> None:
    expected = Counter(
        {"Kuban": 2, "The": 1, "stanitsy,": 1, "were": 1, "de-": 1, "ported": 1, "in": 1}
    )
    expected.update({"1932–33;": 1, "kuban": 1, "THE": 1, "end.": 1})
    for block in (1, 5, 1 << 18):
        assert count_pieces(TEXT, block) == expected


def test_document_tokens_and_repeated_words() -> None:
    found = document_tokens(count_pieces(TEXT))
    assert set(found.tokens) == {
        "The",
        "Kuban",
        "stanitsy",
        "were",
        "de",
        "ported",
        "in",
        "kuban",
        "THE",
        "end",
    }
    assert found.lowered == [token.lower() for token in found.tokens]
    assert found.repeated == {"the", "kuban"}  # "Kuban" twice and "kuban": any case counts
    assert found.once == {"stanitsy", "were", "de", "ported", "in", "end"}


def test_broken_words_left_out_of_the_vocabulary() -> None:
    assert broken_word_regions(TEXT) == [(27, 37)]  # "de-\nported"
    assert without_broken_words(TEXT).split() == TEXT.replace("de-\nported", "").split()
    pieces = pieces_without_broken_words(TEXT, count_pieces(TEXT))
    assert "de-" not in pieces and "ported" not in pieces and "in" in pieces
    assert document_words(pieces) == {"the", "kuban", "stanitsy", "were", "in", "end"}


def test_document_words_keep_inner_hyphens_and_apostrophes() -> None:
    words = document_words({"large-scale", "Stalin’s", "(Harbin)", "NKVD"})
    assert words == {"large-scale", "stalin’s", "harbin", "nkvd"}


def test_word_list_read_without_importing_symspellpy() -> None:
    script = (
        "import sys\n"
        "from borderlands.article.dictionary import is_word\n"
        "print(is_word('deportation'), is_word('Border'), is_word('xqzvkw'),"
        " 'symspellpy' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["True", "True", "False", "False"]


def test_inner_capitals_found_wherever_they_stand() -> None:
    """The lower-upper scan opens on the capital: pairs at a text's start and end, after a
    Latin-1 lower-case letter, and several in one token are all still found."""
    from borderlands.article.spaces import SpaceMender

    mender = SpaceMender("a plain document about villages and their files")
    assert mender.insertions("seeBookman") == [3]
    assert mender.insertions("in 1931 seeBookman") == [11]
    assert mender.insertions("the villages ofGrünberg") == [15]
    assert mender.insertions("seeFitzroyMaclean") == [3, 10]
    assert mender.insertions("andBookman and seeMaclean.") == [3, 18]
    assert mender.insertions("see überBerlin") == [8]
    assert mender.insertions("ABC DEF Ghi") == []


def test_piece_cache_gives_the_same_words_again_and_after_clearing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Words are remembered by piece across calls; a later set of pieces that shares some,
    and a cache emptied for being full, still give each set's own words."""
    from borderlands.article import text

    for _ in range(2):
        assert document_words({"(Kuban)", "large-scale"}) == {"kuban", "large-scale"}
        assert document_words({"Kuban,", "Tver"}) == {"kuban", "tver"}
    monkeypatch.setattr(text, "_PIECE_CACHE_LIMIT", 2)
    assert document_words({"Tver"}) == {"tver"}  # known already: nothing emptied
    assert document_words({"Stalin’s", "NKVD"}) == {"stalin’s", "nkvd"}
    assert set(text._WORDS_OF_PIECE) == {"Stalin’s", "NKVD"}  # emptied, then filled
    assert document_words({"x-y", "(Harbin)"}) == {"x-y", "harbin"}


@pytest.mark.parametrize("batch", [1, 20, 1 << 16])
def test_texts_mended_together_as_each_alone(monkeypatch: pytest.MonkeyPatch, batch: int) -> None:
    """Scanning many texts at once, in batches of any size, cuts each text where mending it
    alone would: no rule reaches across the newline that joins two texts."""
    from borderlands.article import spaces
    from borderlands.article.spaces import SpaceMender

    document = "the villages were moved and the Kuban stanitsy were listed in the files"
    texts = [
        "seeBookman on the villages",
        "Therewas a list.The next",
        "",
        "files ofGrünberg; end.",
        "Mr.Smith and U.S. files",
    ]
    document += " " + " ".join(texts)  # the texts are read from the document
    alone = SpaceMender(document)
    expected = [alone.mend(text)[0] for text in texts]
    assert expected[0] == "see Bookman on the villages"
    assert expected[1] == "There was a list. The next"
    assert expected[3] == "files of Grünberg; end."
    monkeypatch.setattr(spaces, "_BATCH_CHARACTERS", batch)
    together = SpaceMender(document).mend_all(texts, [])
    assert [text for text, _, _ in together] == expected
    assert list(together[0][1]) == [3] and together[2][0] == ""
    assert not together[2][1] and not together[2][2]  # nothing put into an empty text
