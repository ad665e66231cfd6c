"""The quantity reader on figures prose gives in words and on the units it carries from one
figure to the next (issue #14); every sentence here is written for these tests."""

from __future__ import annotations

import pytest

from borderlands.figures import extract_quantities
from borderlands.figures.quantity import Quantity


def read(text: str) -> list[Quantity]:
    return extract_quantities(text)


def found(text: str, numeral: str) -> Quantity:
    (q,) = [q for q in read(text) if q.text == numeral]
    return q


# -- small numbers in words before what they are counted per ------------------------------


@pytest.mark.parametrize(
    ("text", "numeral", "value", "qualifier"),
    [
        ("The 4,850 persons came in 1,642 families, just under three to a family.",
         "three", 3, "just under"),
        ("The 1,200 exiles rode some four to a wagon.", "four", 4, "some"),
        ("The 930 settlers lived about six per household.", "six", 6, "about"),
        ("The 2,000 prisoners slept five to a bunk.", "five", 5, None),
        ("The 700 workers were housed eight for each barrack.", "eight", 8, None),
    ],
)  # fmt: skip
def test_small_number_in_words_per_divisor(
    text: str, numeral: str, value: float, qualifier: str | None
) -> None:
    q = found(text, numeral)
    assert (q.value, q.kind, q.qualifier) == (value, "number", qualifier)
    assert text[q.start : q.end] == numeral
    assert q.unit == "persons" and q.unit_implied


@pytest.mark.parametrize(
    "text",
    [
        "They worked two a day and rested on Sundays.",  # a frequency, not a divisor
        "He sold one to a neighbour before the winter.",
        "Of the three to a family rule nothing came.",  # "the three": no count
        "The two a piece were paid in kind.",
    ],
)
def test_small_number_in_words_without_divisor_is_no_figure(text: str) -> None:
    assert read(text) == []


def test_four_to_one_is_a_ratio_not_a_range() -> None:
    assert read("The Finns outnumbered the Germans by four to one.") == []
    (q,) = read("Each family had six to seven persons.")
    assert (q.low, q.high, q.kind, q.unit) == (6, 7, "range", "persons")


# -- units carried to a rate and past a printed noun ---------------------------------------


def test_rate_takes_no_unit_from_its_divisor() -> None:
    text = "The 21,340 persons went in 5,210 families, 4.1 to a family."
    q = found(text, "4.1")
    assert (q.unit, q.unit_implied) == ("persons", True)
    text = "The 6,000 persons filled 30 trains and 600 wagons, 10 per wagon."
    assert found(text, "10").unit == "persons"


def test_rate_printed_per_its_divisor_has_no_divisor_unit() -> None:
    q = found("The farmsteads held 6 per household.", "6")
    assert q.unit == ""


def test_count_of_a_rate_without_people_gets_no_unit() -> None:
    q = found("The 1,622 families went in nine barges, about 590 to a barge.", "590")
    assert q.unit == ""  # families per barge would be a guess: only people are inherited


def test_printed_noun_the_lexicon_does_not_know_blocks_inference() -> None:
    text = "The 14,000 deportees left in 34 echelons and 81,620 dönüms were sown."
    echelons, donums = found(text, "34"), found(text, "81,620")
    assert (echelons.unit, echelons.subject, echelons.unit_implied) == ("", "echelons", False)
    assert (donums.unit, donums.subject) == ("", "dönüms")


def test_a_verb_after_a_figure_is_no_counted_noun() -> None:
    text = "The lists named 9,000 persons, and the total of 9,000 matches the returns."
    second = read(text)[1]
    assert (second.unit, second.subject, second.unit_implied) == ("persons", "persons", True)


@pytest.mark.parametrize(
    ("text", "numeral"),
    [
        ("The camp held 2,455 fellers and their foremen.", "2,455"),
        ("Some 1,480 adults worked at the felling.", "1,480"),
        ("The steamer carried 312 passengers north.", "312"),
        ("The famine took 14,630 lives in three years.", "14,630"),
    ],
)
def test_people_nouns_count_persons(text: str, numeral: str) -> None:
    q = found(text, numeral)
    assert (q.unit, q.unit_implied) == ("persons", False)


# -- age bounds said of people -------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "In the camp 40 percent of those were under forty, and 30 percent were aged 18.",
        "Of the 9,100 persons, 2,400 were over sixty.",
        "Of those who fled, 538, about a fifth, were under eighteen.",
    ],
)
def test_age_bound_after_a_verb_of_being_is_no_figure(text: str) -> None:
    assert all(q.value not in (40.0, 60.0, 18.0) or q.unit == "percent" for q in read(text))
    assert all(q.text not in ("forty", "sixty", "eighteen", "18") for q in read(text))


def test_bound_with_a_unit_or_in_digits_stays_a_count() -> None:
    (q,) = read("The losses were under forty persons.")
    assert (q.value, q.unit, q.direction) == (40, "persons", "below")
    (q,) = read("The losses were over 50.")
    assert (q.value, q.direction) == (50, "above")


def test_a_unit_is_not_taken_from_the_next_figure() -> None:
    assert [(q.text, q.unit) for q in read("They sat by one another like two old souls.")] == [
        ("two", "persons")
    ]
    assert [q.text for q in read("He came with two German and three American officers.")] == [
        "two", "three"
    ]


# -- "one in N" and "N and a half times" ----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "numeral", "value", "direction"),
    [
        ("Of the deportees one in five died on the road.", "one in five", 1 / 5, None),
        ("About one in eight of the families had no father.", "one in eight", 1 / 8, "about"),
        ("Nearly one in every 12 of them was sent back.", "one in every 12", 1 / 12, "below"),
        ("One in seven came from the coast.", "One in seven", 1 / 7, None),
    ],
)  # fmt: skip
def test_one_in_n_is_a_fraction(
    text: str, numeral: str, value: float, direction: str | None
) -> None:
    (q,) = read(text)
    assert (q.text, q.kind, q.unit, q.direction) == (numeral, "fraction", "fraction", direction)
    assert q.value == pytest.approx(value)
    assert text[q.start : q.end] == numeral


@pytest.mark.parametrize(
    "text",
    [
        "The train left at one in the morning.",
        "A guard was posted one in ten days.",
        "Rations came one in three years of the decade.",
        "The first of the two lists was lost.",
        "He was one in a crowd of strangers.",
    ],
)
def test_one_in_without_a_share_is_no_figure(text: str) -> None:
    assert read(text) == []


@pytest.mark.parametrize(
    ("text", "numeral", "value", "direction"),
    [
        ("The camp grew two and a half times in a year.", "two and a half", 2.5, None),
        ("They were over one and a half times the 1,140 of the krai.", "one and a half", 1.5,
         "above"),
        ("Sown land fell nearly three and a half times.", "three and a half", 3.5, "below"),
    ],
)  # fmt: skip
def test_n_and_a_half_times_is_a_multiple(
    text: str, numeral: str, value: float, direction: str | None
) -> None:
    q = read(text)[0]
    assert (q.text, q.value, q.unit, q.kind, q.direction) == (
        numeral, value, "times", "number", direction
    )  # fmt: skip
    assert text[q.phrase_start : q.phrase_end].endswith("times")
    assert q.step == 0.5


def test_n_and_a_half_without_times_is_no_multiple() -> None:
    assert all(q.unit != "times" for q in read("They waited two and a half weeks."))


def test_noun_before_a_unit_word_leaves_the_unit_to_it() -> None:
    q = found("The deportees filled 1,160 goods wagons at the station.", "1,160")
    assert (q.unit, q.subject) == ("wagons", "goods wagons")
