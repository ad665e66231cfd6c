"""Small parts of the reader on hand-typed inputs: markers, lost spaces, hyphens, offsets."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.article import read_article
from borderlands.article.dictionary import is_word
from borderlands.article.markers import MarkerSequence
from borderlands.article.model import OffsetMap
from borderlands.article.spaces import SpaceMender
from borderlands.article.text import Vocabulary, compose, with_spaces
from borderlands.errors import InputError


def test_marker_sequence_rejects_decimals_thousands_and_years() -> None:
    seq = MarkerSequence()
    line = "the border.1 It grew by 22.4 percent, or 1,342 families.2 In1937"
    hits = seq.scan(line, 100)
    second = line.index("families.2") + len("families.")
    assert [(h.n, h.start) for h in hits] == [(1, 111), (2, 100 + second)]
    seq.last = 232
    hits = seq.scan("Koreans numbered 135,343.233 Demobilized", 0)
    assert [h.n for h in hits] == [233]
    assert seq.scan("a gap of four.238 is allowed, one of nine.247 is not", 0)[0].n == 238


def test_marker_numbering_restarts_only_after_a_long_run() -> None:
    seq = MarkerSequence()
    seq.last = 30
    hits = seq.scan("a new article begins.”1 Then", 0)
    assert [(h.n, h.restart) for h in hits] == [(1, True)]
    seq.last = 5
    assert seq.scan("too early.1 to restart", 0) == []


@pytest.fixture(scope="module")
def mender() -> SpaceMender:
    # the mender learns a document's glued words from the document itself
    document = (
        "Maclean met Slezkine and Gabor in Kharbin; the RTsKhIDNI and TsDAHOU files and the "
        "WorldCat search; McCarthy and MacArthur; Kantor wrote on labor. Therewas onemajor "
        "point in this articlewas made."
    )
    return SpaceMender(document)


@pytest.mark.parametrize(
    ("glued", "mended"),
    [
        ("seeBookman", "see Bookman"),
        ("seealsoMaclean", "see also Maclean"),
        ("TheMoldavianASSR", "The Moldavian ASSR"),
        ("Therewas onemajor", "There was one major"),
        ("this articlewas", "this article was"),
        ("his trip.The account", "his trip. The account"),
        ("p. 225;Maclean, p. 34", "p. 225; Maclean, p. 34"),
        ("andA. Roginskii", "and A. Roginskii"),
        ("HarukiWada, Koreans", "Haruki Wada, Koreans"),
        ("the SovnarkomRSFSR decree", "the Sovnarkom RSFSR decree"),
        ("had aMoldavian population", "had a Moldavian population"),
        ("a KoreanASSRwith its own", "a Korean ASSR with its own"),
        ("pp. 83–84.The count", "pp. 83–84. The count"),
        ("(9.7 percent).A second", "(9.7 percent). A second"),
    ],
)
def test_lost_spaces_restored(mender: SpaceMender, glued: str, mended: str) -> None:
    text, offsets, repairs = mender.mend(glued)
    assert text == mended
    assert repairs
    for i, ch in enumerate(text):
        if ch != " " or glued[offsets.raw_offset(i)] == " ":
            assert glued[offsets.raw_offset(i)] == ch


@pytest.mark.parametrize(
    "kept",
    [
        "RTsKhIDNI 17/87/199",
        "TsDAHOU 1/16/1",
        "Kharbintsy",
        "Slezkine",
        "Maclean",
        "WorldCat",
        "McCarthy",
        "MacArthur",
        "Gabor",
        "Kantor",
        "labor",
        "N.Y., 1983",
        "U.S.A.",
        "e.g. Moscow",
    ],
)
def test_names_and_abbreviations_kept(mender: SpaceMender, kept: str) -> None:
    text, _, repairs = mender.mend(kept)
    assert text == kept and repairs == []


@pytest.fixture(scope="module")
def transliterating_mender() -> SpaceMender:
    # "kolkhozy" and "sovkhozy" stand on their own twice each; "okrugy" only once
    document = (
        "Many kolkhozy and sovkhozy lay near the frontier. Those kolkhozy were small, the "
        "sovkhozy large. One okrugy note. The kolkhozywere moved, and thesovkhozy too; "
        "the okrugywere not. Also “rear”(tylovye) zones, a “zone”“line” pair, and (“rear”)."
    )
    return SpaceMender(document)


@pytest.mark.parametrize(
    ("glued", "mended"),
    [
        ("The kolkhozywere moved", "The kolkhozy were moved"),
        ("and thesovkhozy too", "and the sovkhozy too"),
        ("the okrugywere not", "the okrugywere not"),  # "okrugy" stands alone only once
        ("Also “rear”(tylovye) zones", "Also “rear” (tylovye) zones"),
        ("a “zone”“line” pair", "a “zone” “line” pair"),
        ("and (“rear”).", "and (“rear”)."),
    ],
)
def test_words_glued_after_transliterations_and_quotes_before_brackets(
    transliterating_mender: SpaceMender, glued: str, mended: str
) -> None:
    text, _, repairs = transliterating_mender.mend(glued)
    assert text == mended
    assert bool(repairs) == (glued != mended)


def test_glued_word_made_by_dehyphenation_is_found(mender: SpaceMender) -> None:
    text, _, _ = mender.mend("the reportwas late", joined=["reportwas"])
    assert text == "the report was late"


def test_line_end_hyphens() -> None:
    vocabulary = Vocabulary("a full-scale study; Maclean wrote; the procession", is_word)
    assert not vocabulary.keep_hyphen("proces", "sion")
    assert not vocabulary.keep_hyphen("Mac", "lean")  # the joined form is used in the text
    assert vocabulary.keep_hyphen("full", "scale")  # the hyphenated form is used
    assert vocabulary.keep_hyphen("large", "scale")  # two words, joined form not a word
    assert vocabulary.keep_hyphen("non", "Russian")  # a capital follows
    assert not vocabulary.keep_hyphen("nationali", "ties")


def test_offset_map_both_ways() -> None:
    offsets = OffsetMap()
    offsets.add(0, 10, 5)  # "abcde" from raw 10..15
    offsets.add(6, 20, 3)  # a space inserted at 5, then raw 20..23
    assert [offsets.raw_offset(i) for i in (0, 4, 5, 6, 8)] == [10, 14, 20, 20, 22]
    assert [offsets.clean_offset(r) for r in (10, 14, 15, 17, 20, 22)] == [0, 4, 5, 5, 6, 8]
    assert offsets.raw_range(1, 8) == (11, 22)


def test_compose_maps_through_two_steps() -> None:
    inner = OffsetMap()  # text1 -> raw: "abc" at raw 0, "def" at raw 10 (text1 = "abc def")
    inner.add(0, 0, 3)
    inner.add(4, 10, 3)
    outer = OffsetMap()  # text2 -> text1: a space inserted after "ab" (text2 = "ab c def")
    outer.add(0, 0, 2)
    outer.add(3, 2, 5)
    both = compose(outer, inner)
    assert [both.raw_offset(i) for i in (0, 1, 3, 5, 6, 7)] == [0, 1, 2, 10, 11, 12]


def test_spaces_put_into_a_mapped_text_keep_every_character_on_its_raw_offset() -> None:
    # text1 = "abcd efgh": "abcd" from raw 0, "efgh" from raw 10 (the space is nobody's)
    inner = OffsetMap([0, 5], [0, 10], [4, 4])
    # spaces before text1 offsets 2 (inside "abcd"), 5 (at the start of "efgh") and 7:
    # text2 = "ab cd  ef gh"
    both = with_spaces(inner, [2, 5, 7])
    assert (both.clean_starts, both.raw_starts, both.lengths) == (
        [0, 3, 7, 10],
        [0, 2, 10, 12],
        [2, 2, 2, 2],
    )
    text2 = "ab cd  ef gh"
    raw = "abcd______efgh"
    for i, ch in enumerate(text2):
        if ch != " ":
            assert raw[both.raw_offset(i)] == ch
    assert with_spaces(inner, []) == inner
    # the same as composing with the map of the insertions that SpaceMender.mend returns
    _, outer, _ = SpaceMender("the files").apply("abcd efgh", [2, 5, 7])
    assert compose(outer, inner) == both


def test_reader_names_what_is_wrong_with_a_file(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "absent.txt")
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"ok\n\xc3(")
    with pytest.raises(InputError) as err:
        read_article(bad)
    assert "byte offset 3" in str(err.value) and "line 2" in str(err.value)


def test_only_ascii_digits_make_markers() -> None:
    ahom_one = "\U00011731"  # a digit of another script: int() reads it as 1
    text = f"the Kuban.{ahom_one} and the Don.1"
    hits = MarkerSequence(text).scan_range(0, len(text))
    assert [(h.n, text[h.start : h.end]) for h in hits] == [(1, "1")]
