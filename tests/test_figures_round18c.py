"""Round eighteen, remainders, sums and chains (issue #14): the families read by structure,
each on sentences of our own, with the phrasings that must not be read."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderlands.figures import check_text, listtotals, roadlosses, sharedrest
from borderlands.figures.accountedrest import REST_AFTER_RE, REST_BEFORE_RE
from borderlands.figures.kinds import Sentence
from borderlands.figures.passages import Passage

GOLD = Path(__file__).resolve().parent / "gold" / "figures"


def checks_of(text: str, kind: str) -> list[tuple[str, str, float | None, tuple[str, ...]]]:
    """(stated, verdict, computed value, inputs as printed) of the checks of ``kind``."""
    return [
        (c.stated, c.verdict, c.fit.computed if c.fit else None,
         tuple(" ".join(i.quantity.text.split()) for i in c.fit.inputs) if c.fit else ())
        for c in check_text(text).checks if c.kind == kind
    ]  # fmt: skip


# -- the total a sentence names for the list before it (listtotals) ---------------------------


def test_their_total_in_the_next_sentence_sums_the_list_before() -> None:
    text = (
        "The town returns gave 1,204 people for Aldo, 986 for Brin, 1,530 for Cosk and "
        "412 for Dubra. Their total, 4,132, was sent to the capital."
    )
    assert ("4,132", "consistent", 4132.0, ("1,204", "986", "1,530", "412")) in checks_of(
        text, "sum"
    )


def test_a_list_that_counts_two_things_in_turn_is_summed_by_the_noun_named() -> None:
    text = (
        "The returns give 310 families and 1,020 persons for Aldo, 205 families and 700 "
        "persons for Brin, and 120 families and 415 persons for Cosk. Their persons add up "
        "to 2,135 and their families to 635."
    )
    found = checks_of(text, "sum")
    assert ("2,135", "consistent", 2135.0, ("1,020", "700", "415")) in found
    assert ("635", "consistent", 635.0, ("310", "205", "120")) in found


def test_a_swapped_digit_in_a_total_at_the_foot_is_a_slip() -> None:
    text = (
        "The sheets (file 12, sheets 40 to 52) list 2,311 persons from Aldo, 1,460 from "
        "Brin and 905 from Cosk, and the clerk wrote the total at the foot as 4,766."
    )
    found = checks_of(text, "sum")
    assert found == [("4,766", "inconsistent", 4676.0, ("2,311", "1,460", "905"))]


def test_a_bracketed_reference_inside_the_list_is_no_item() -> None:
    text = (
        "The register lists 5,100 persons from Aldo, 3,020 from Brin (volumes 4 to 9), "
        "2,880 from Cosk and a further 1,000 from six small districts, entries that add up "
        "to 12,000 in the summary."
    )
    assert checks_of(text, "sum") == [
        ("12,000", "consistent", 12000.0, ("5,100", "3,020", "2,880", "1,000"))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # no word of totalling: a further count, not a total
        "The camp took 1,200 men, 800 women and 400 children, and 2,100 more came in May.",
        # the total's words name no list before it: the figures are compared, not added
        "Aldo sent 1,200 and Brin 800. Their total was larger than the 1,000 of 1936.",
        # a list of one figure is no list
        "Aldo sent 1,200 men. That made the convoy the largest of the year.",
    ],
)
def test_counts_with_no_total_of_their_list_are_not_summed(text: str) -> None:
    assert all(v != "inconsistent" for _, v, _, _ in checks_of(text, "sum"))
    assert not [c for c in checks_of(text, "sum") if c[1] == "consistent"]


def sentence_of(text: str) -> Sentence:
    passage = Passage("body", "p1", 0, text, lambda offset: offset)
    return Sentence(passage, 0, 0, len(text), ())


def cue_beside(pattern: re.Pattern[str], line: str, start: int, end: int) -> bool:
    """Whether ``pattern`` (one that ends on a figure, or one that follows it) matches
    beside the figure at ``start``-``end`` of ``line``."""
    if pattern.pattern.endswith("$"):
        return pattern.search(line[:start]) is not None
    return pattern.match(line[end:]) is not None


#: Each first test's word set, and the patterns whose match it must not miss.
GATES: list[tuple[frozenset[str], tuple[re.Pattern[str], ...]]] = [
    (listtotals.TOTAL_WORDS, (listtotals.CUE_BEFORE_RE, listtotals.CUE_AFTER_RE)),
    (roadlosses.ARRIVAL_WORDS, (roadlosses.ARRIVED_BEFORE_RE, roadlosses.ARRIVED_AFTER_RE)),
    (sharedrest.REST_WORDS, (REST_BEFORE_RE, REST_AFTER_RE)),
]


@pytest.mark.parametrize(("words", "patterns"), GATES)
def test_the_first_cue_test_passes_wherever_a_cue_matches(
    words: frozenset[str], patterns: tuple[re.Pattern[str], ...]
) -> None:
    for path in sorted(GOLD.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        for line in text.split(". "):
            for pattern in patterns:
                for m in re.finditer(r"\d[\d,]*", line):
                    if cue_beside(pattern, line, m.start(), m.end()):
                        assert sentence_of(line).says_any(words), (pattern.pattern, line)


# -- those who arrived: the whole less its dead (roadlosses) ----------------------------------


def test_arrivals_are_the_loaded_less_the_dead_plus_the_newborn() -> None:
    text = (
        "Of the 9,410 loaded, 31 died on the way and 6 infants were born, so that 9,385 "
        "reached the settlements."
    )
    assert ("9,385", "consistent", 9385.0, ("9,410", "31", "6")) in checks_of(text, "remainder")


def test_the_dead_counted_of_a_whole_leave_those_signed_for() -> None:
    text = "On the road 53 of the 7,120 died, and the commandants signed for 7,067."
    assert ("7,067", "consistent", 7067.0, ("7,120", "53")) in checks_of(text, "remainder")


def test_a_swapped_digit_in_the_arrivals_is_a_slip() -> None:
    text = "Of the 5,218 persons loaded, 26 died on the road and 5,129 reached the stations."
    found = [c for c in checks_of(text, "remainder") if c[0] == "5,129"]
    assert found == [("5,129", "inconsistent", 5192.0, ("5,218", "26"))]


@pytest.mark.parametrize(
    "text",
    [
        # no dead are named: the arrivals are a count of their own
        "Of the 5,218 persons loaded, 26 fell ill on the road and 5,129 reached the stations.",
        # the second count is no arrival but another loss
        "Of the 5,218 persons loaded, 26 died on the road and 129 were sent to hospitals.",
    ],
)
def test_counts_beside_no_dead_and_no_arrival_are_not_read_as_arrivals(text: str) -> None:
    assert not [c for c in check_text(text).checks if "dead" in c.explanation]


# -- an average is no part of a group (accountedrest) -----------------------------------------


def test_an_average_between_a_whole_and_its_rest_is_no_part() -> None:
    text = (
        "The summary reported 9,000 persons removed in 2,400 families. A family, on these "
        "figures, counted 3.9 members. The Poles were the most numerous, with 4,100 persons "
        "(45.6 per cent), and the 2,600 Czechs (28.9%) came second; the Slovaks numbered 312. "
        "The remaining 1,988 were foreign subjects."
    )
    found = [c for c in checks_of(text, "remainder") if c[0] == "1,988"]
    assert found == [("1,988", "consistent", 1988.0, ("9,000", "4,100", "2,600", "312"))]


# -- a rest of the whole a part was said to be taken of (sharedrest) --------------------------


def test_the_remaining_after_a_part_of_a_named_whole() -> None:
    text = (
        "The valley villages gave 4,207 of the district's 6,110 arrests. That was more than "
        "two in three; the remaining 1,903 were taken in the 14 hill villages, about 136 to "
        "each."
    )
    assert checks_of(text, "remainder") == [("1,903", "consistent", 1903.0, ("6,110", "4,207"))]


def test_the_remaining_after_a_part_whose_share_names_a_whole_printed_earlier() -> None:
    text = (
        "The register counted 8,240 families in March.\n\nKulak families numbered 1,110 in "
        "Aldo, 1,020 in Brin and 1,000 in Cosk, 3,130 in all, or 38.0 percent of the families "
        "loaded. The remaining 5,110 were entered as others."
    )
    assert checks_of(text, "remainder") == [("5,110", "consistent", 5110.0, ("8,240", "3,130"))]


def test_a_share_that_two_earlier_counts_could_be_of_names_no_whole() -> None:
    text = (
        "The first list held 8,240 families and the second 8,245. Kulak families numbered "
        "3,130, or 38.0 percent of the families loaded. The remaining 5,110 were others."
    )
    assert not [c for c in check_text(text).checks if "parts taken of it" in c.explanation]


# -- a share of a share of a group printed where the chain opens (sharechains) ----------------


def test_a_share_of_a_share_of_the_group_the_sentence_opens_on() -> None:
    text = (
        "Of the 40,000 settlers on the register, 60 percent came from the plain, and 30 "
        "percent of these held papers the commission could accept, about 7,200 persons."
    )
    assert ("7,200", "consistent", 7200.0, ("40,000", "60", "30")) in checks_of(text, "chain")


def test_a_swapped_digit_in_a_share_of_a_share_is_a_slip() -> None:
    text = (
        "Of the 52,000 emigrants, 40 percent came from farming households and 25 percent of "
        "these had owned more than ten hectares: about 5,020 persons."
    )
    assert checks_of(text, "chain") == [("5,020", "inconsistent", 5200.0, ("52,000", "40", "25"))]


def test_a_figure_far_from_a_chain_of_a_group_named_in_words_is_not_flagged() -> None:
    text = (
        "The camp held 9,000 men. Of the men, 40 percent came from the plain and 25 percent "
        "of these had owned land: about 1,000 persons."
    )
    assert all(v != "inconsistent" for _, v, _, _ in checks_of(text, "chain"))


# -- a rest of a whole restated at its sentence's opening (restatedrest) ----------------------


def test_a_whole_restated_leaves_the_rest_of_the_list_before() -> None:
    text = (
        "Aldo took 12,400 of them, 24.1 percent of the register, Brin 9,300 (18.1 %), Cosk "
        "8,150 and Dubra 6,020. Of the 51,400, that leaves 15,530 who went north."
    )
    assert ("15,530", "consistent", 15530.0, ("51,400", "12,400", "9,300", "8,150", "6,020")) in (
        checks_of(text, "remainder")
    )


def test_a_mistyped_digit_in_the_rest_of_a_restated_whole_is_a_slip() -> None:
    text = (
        "By March they had paid 412,000 leva to 8,730 families numbering 35,100 persons, "
        "about 47 leva a family. Of the 9,650 families on the register, 950 had still "
        "received nothing."
    )
    assert checks_of(text, "remainder") == [("950", "inconsistent", 920.0, ("9,650", "8,730"))]


def test_a_restated_whole_with_no_word_of_a_rest_is_not_read() -> None:
    text = (
        "By March they had paid 412,000 leva to 8,730 families numbering 35,100 persons. "
        "Of the 9,650 families on the register, 950 came from the coast."
    )
    assert not [c for c in checks_of(text, "remainder") if c[1] == "inconsistent"]
