"""A byline in the body's type is told from a first line of text by its shape alone."""

from __future__ import annotations

import pytest

from borderlands.article.byline import looks_like_byline


@pytest.mark.parametrize(
    "line",
    [
        "Nils Aberg",
        "Anna Berg and Ivan Sokolov",
        "A. B. Lind, C. Dahl & E. Ek",
        "Hendrik van der Berg",
        "Мария Иванова и Петр Сидоров",
    ],
)
def test_names_are_a_byline(line: str) -> None:
    assert looks_like_byline(line)


@pytest.mark.parametrize(
    "line",
    [
        "The ferry charged a toll for every cart.",
        "In 1928 the district kept its books",
        "Introduction: The Border Regime",
        "The Harbor Ledger",
        "Sidings on the Northern Line were built in 1929 and 1930 by the railway",
        "",
    ],
)
def test_sentences_and_headings_are_not(line: str) -> None:
    assert not looks_like_byline(line)
