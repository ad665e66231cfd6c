"""Round 20c, rates: loads of a unit told by the grammar of the sentence (a singular unit
the subject of a verb of holding, a count "a head" of a ration), read on the counts the
nouns name. Sentences of our own; the values are worked by hand in the comments."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def rate_at(text: str, stated: str) -> Check:
    """The one rate check of ``text`` whose stated figure is ``stated``."""
    (check,) = [c for c in check_text(text).checks
                if c.kind == "rate" and c.claim.quantity.text == stated]
    return check


def inputs_of(check: Check) -> list[str]:
    return sorted(f.quantity.text for f in check.inputs)


@pytest.mark.parametrize(
    ("text", "stated", "whole", "units", "value"),
    [
        # 9,702 / 2,310 = 4.2; "members" of a family are its persons; "Romanian families"
        # is a count of families though a capitalised word stands before the noun
        ("The registers held 2,310 Romanian families numbering 9,702 persons. The average "
         "family therefore had 4.2 members.", "4.2", "9,702", "2,310", 4.2),
        # 24,000 / 4,800 = 5: "only" before the figure does not hide the rate
        ("In all 120 trains made up of 4,800 wagons took 24,000 settlers across. A wagon "
         "carried on average only five people.", "five", "24,000", "4,800", 5.0),
        # 1,086 / 47 = 23.1: "lorries" is the plural of the unit "a lorry"
        ("The depot sent 47 convoys with 1,086 lorries between them. A convoy thus "
         "consisted on average of 23 lorries.", "23", "1,086", "47", 1086 / 47),
        # 1,500 / 60 = 25: "was made up of" is a verb of holding
        ("The depot sent 60 convoys with 1,500 lorries between them. Each convoy was made "
         "up of 25 lorries.", "25", "1,500", "60", 25.0),
        # 12,000 / 3,000 = 4.0: an aside between the subject and its verb
        ("The lists gave 12,000 persons in 3,000 families. A family, on these figures, "
         "counted 4.0 members.", "4.0", "12,000", "3,000", 4.0),
    ],
)
def test_a_load_told_by_its_subject_is_read_on_the_counts_its_nouns_name(
    text: str, stated: str, whole: str, units: str, value: float
) -> None:
    check = rate_at(text, stated)
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(value, rel=1e-3)
    assert inputs_of(check) == sorted([whole, units])


def test_a_swapped_load_of_a_convoy_is_a_slip() -> None:
    # 1,086 / 47 = 23.1, printed 32: two digits transposed
    check = rate_at("The depot sent 47 convoys with 1,086 lorries between them. A convoy thus "
                    "consisted on average of 32 lorries.", "32")
    assert (check.verdict, check.intended) == ("inconsistent", "23")


def test_a_ration_in_kg_a_head_is_read_on_the_tons_and_the_persons() -> None:
    # 840 tons = 840,000 kg over 70,000 people = 12 kg
    text = "The echelons carried 70,000 people. Of flour alone 840 tons went out, 12 kg a head."
    check = rate_at(text, "12")
    assert check.verdict == "consistent"
    assert check.fit is not None and check.fit.computed == pytest.approx(12.0)
    slip = rate_at(text.replace("12 kg", "21 kg"), "21")
    assert (slip.verdict, slip.intended) == ("inconsistent", "12")


@pytest.mark.parametrize(
    "text",
    [
        # "of a horse" is no unit named after a bare word: nothing is computed
        "The echelons carried 70,000 people. A family had owned about 0.7 of a horse.",
        # "in" before "a" is a preposition, not the rate's noun
        "The settlers, 70,000 in all, came in 12 trains in a single week.",
    ],
)
def test_phrasings_that_are_no_load_read_on_counts_stay_unverified(text: str) -> None:
    assert not [c for c in check_text(text).checks
                if c.kind == "rate" and c.verdict in ("consistent", "inconsistent")]


def test_a_second_figure_of_a_units_load_is_a_load_and_no_divisor() -> None:
    # 2,496 wagons / 48 trains = 52 a train; 100,097 / 48 = 2,085 a train (about 2,100),
    # not 100,097 over the 52 wagons of one train; 100,097 / 2,496 = 40.1 a wagon
    text = ("The echelons thus carried 100,097 people, in 48 trains made up of 2,496 goods "
            "wagons. A train averaged about 2,100 passengers in 52 wagons, so that about 40 "
            "travelled in each wagon.")
    train, wagons, wagon = rate_at(text, "2,100"), rate_at(text, "52"), rate_at(text, "40")
    assert [c.verdict for c in (train, wagons, wagon)] == ["consistent"] * 3
    assert inputs_of(train) == ["100,097", "48"]
    assert inputs_of(wagons) == ["2,496", "48"]
    assert inputs_of(wagon) == ["100,097", "2,496"]
    assert wagons.fit is not None and wagons.fit.computed == pytest.approx(52.0)


def test_a_swapped_second_figure_of_a_load_is_a_slip() -> None:
    text = ("The echelons thus carried 100,097 people, in 48 trains made up of 2,496 goods "
            "wagons. A train averaged about 2,100 passengers in 25 wagons.")
    check = rate_at(text, "25")
    assert (check.verdict, check.intended) == ("inconsistent", "52")


def test_a_figure_after_in_with_no_load_before_it_is_no_load() -> None:
    # "in 12 trains" follows a count, not a load told by a unit's subject: nothing read
    text = "The settlers, 70,000 in all, came in 12 trains in a single week."
    assert not [c for c in check_text(text).checks if c.claim.quantity.text == "12"]


THOUSAND_TEXT = (
    "The commission counted 84,316 persons in 17,962 families. The lists of 84,316 went to "
    "the railway.\n\n"
    "The first echelon left on 18 November. The last was unloaded on 9 January, 52 days "
    "later. On the road 457 persons died, {rate} per 1,000 of those entrained, so that the "
    "commandants had 83,859 persons to register."
)


def test_a_rate_per_thousand_set_beside_its_own_part_is_read_on_the_articles_whole() -> None:
    # 457 / 84,316 * 1,000 = 5.42; the part is the count the comma sets the rate beside,
    # the whole the persons its paragraph counted, not the 83,859 left after the deaths
    check = rate_at(THOUSAND_TEXT.format(rate="5.4"), "5.4")
    assert check.verdict == "consistent"
    assert inputs_of(check) == ["457", "84,316"]
    assert check.fit is not None and check.fit.computed == pytest.approx(5.42, abs=0.01)


def test_a_rate_per_thousand_beside_its_part_that_misses_is_not_flagged() -> None:
    # 4.5 is no usual slip of a whole found by the article's prints: left unverified
    check = rate_at(THOUSAND_TEXT.format(rate="4.5"), "4.5")
    assert check.verdict == "unverifiable"


@pytest.mark.parametrize(("people", "verdict"), [("Germans", "consistent"),
                                                   ("Swiss", "unverifiable")])
def test_a_people_named_by_its_plural_is_the_whole_of_a_rate_per_thousand(
    people: str, verdict: str
) -> None:
    # 19,870 / 128,430 * 1,000 = 154.7; "Swiss" names no plural of a people the rule reads
    text = (f"A count taken in 1946 had found 128,430 {people} in the oblast, and the health "
            "department entered 19,870 deaths over the next year. That is 155 per 1,000 of "
            "those counted in 1946.")
    check = rate_at(text, "155")
    assert check.verdict == verdict
    if verdict == "consistent":
        assert inputs_of(check) == ["128,430", "19,870"]


@pytest.mark.parametrize(
    ("text", "stated", "inputs", "value"),
    [
        # 52,400 / 9,150 = 5.7: the unit is what the "one" names (horses), the whole the
        # persons, for "walkers" names people by what they do
        ("The staff moved 52,400 persons, 61,800 head of cattle and 9,150 horses to the "
         "assembly areas. There was one horse for every six walkers.", "six",
         ["52,400", "9,150"], 52400 / 9150),
        # 1,860 / 620 = 3: the sentence's own counts, "of them" the persons
        ("Their 1,860 inhabitants were brought down on foot by 620 soldiers, one soldier for "
         "every three of them.", "three", ["1,860", "620"], 3.0),
    ],
)
def test_one_for_every_n_in_words_is_read_on_the_counts_named(
    text: str, stated: str, inputs: list[str], value: float
) -> None:
    (check,) = [c for c in check_text(text).checks if c.stated == stated]
    assert (check.kind, check.verdict) == ("rate", "consistent")
    assert inputs_of(check) == inputs
    assert check.fit is not None and check.fit.computed == pytest.approx(value)


def test_one_for_every_n_in_words_far_from_its_counts_is_not_flagged() -> None:
    # 52,400 / 9,150 = 5.7, far from nine and no usual slip of it: no verdict
    text = ("The staff moved 52,400 persons and 9,150 horses to the assembly areas. There was "
            "one horse for every nine walkers.")
    assert not [c for c in check_text(text).checks if c.stated == "nine"]


def test_a_load_of_cattle_is_not_read_again_on_the_persons_its_siblings_share() -> None:
    # 61,800 head / 38 columns = 1,626 (about 1,630): a load of cattle, not of the persons
    # (52,400 / 38 = 1,379 and 52,400 / 9,150 = 5.7) the other two loads are read on
    text = ("The district sent its herds on foot in 38 columns, which drove 52,400 persons, "
            "61,800 head of cattle and 9,150 horses to the assembly areas. A column thus took "
            "about 1,380 persons and about 1,630 head of cattle, and there was one horse for "
            "every six walkers.")
    cattle = rate_at(text, "1,630")
    assert cattle.verdict == "consistent"
    assert inputs_of(cattle) == ["38", "61,800"]
    assert [c.verdict for c in check_text(text).checks if c.stated == "six"] == ["consistent"]


def test_a_load_of_persons_is_still_read_again_on_the_whole_its_siblings_share() -> None:
    # 9,000 / 20 = 450 and 9,000 / 1,125 = 8 share the 9,000 sent; 33.3 = 20,000 / 600 took
    # the persons listed, not those sent: 9,000 / 600 = 15, a slip
    text = ("The lists counted 20,000 persons, of whom 9,000 were sent north in 1930. They "
            "travelled in 20 trains, about 450 persons to a train, loaded into 600 goods "
            "wagons, or 33.3 persons to a wagon. The escort numbered 1,125 men, one guard for "
            "every eight deportees.")
    check = rate_at(text, "33.3")
    assert check.verdict == "inconsistent"
    assert inputs_of(check) == ["600", "9,000"]


@pytest.mark.parametrize(("stated", "verdict"), [("2.8", "consistent"), ("8.2", "inconsistent")])
def test_head_of_cattle_to_a_deported_family_is_read_on_cattle_and_families(
    stated: str, verdict: str
) -> None:
    # 3,110 head / 1,096 families = 2.84: "head of cattle" is the noun counted, "deported"
    # a participle before the unit "family"; 8.2 is 2.8 with its digits swapped
    text = ("The group deported 1,096 families. It sealed their houses and counted 3,110 head "
            f"of cattle and 1,240 horses, about {stated} head of cattle to a deported family.")
    check = rate_at(text, stated)
    assert check.verdict == verdict
    assert inputs_of(check) == ["1,096", "3,110"]
