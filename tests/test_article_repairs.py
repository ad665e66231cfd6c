"""The reader's repairs on texts of every kind (issue #17): a lost space after a letter
with a combining accent, and a transliterated word broken at a line end whose first half
happens to be a rare dictionary entry. Texts are our own."""

from __future__ import annotations

from borderlands.article import parse_text
from borderlands.article.dictionary import is_word
from borderlands.article.spaces import SpaceMender
from borderlands.article.text import Vocabulary


def test_a_lost_space_after_a_decomposed_accent_is_restored() -> None:
    decomposed = "Zeitschrift fu\u0308rGeschichteOsteuropas 12"
    mender = SpaceMender(decomposed)
    points = mender.insertions(decomposed)
    text = "".join(c if i not in points else f" {c}" for i, c in enumerate(decomposed))
    assert text == "Zeitschrift fu\u0308r Geschichte Osteuropas 12"


def test_a_rare_first_half_does_not_keep_a_line_end_hyphen() -> None:
    vocabulary = Vocabulary("", is_word)
    assert not vocabulary.keep_hyphen("pere", "men")  # "Vremia pere-/men" is one word
    assert not vocabulary.keep_hyphen("obla", "sti")
    # common first halves of compounds keep theirs
    assert vocabulary.keep_hyphen("well", "known")
    assert vocabulary.keep_hyphen("cross", "border")


def test_note_texts_get_the_same_repairs_as_paragraphs() -> None:
    text = (
        "A Short Title\n\n"
        " Villages were moved in the spring.1\n\n"
        "1 See the almanac Vremia pere-\n"
        "men for that year, and the Jahrbuch fu\u0308rGeschichte.\n"
    )
    article = parse_text(text)
    note = article.note(1)
    assert note is not None
    assert "Vremia peremen for" in note.text
    assert "fu\u0308r Geschichte" in note.text
