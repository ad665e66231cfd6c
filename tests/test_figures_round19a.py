"""Round 19, rates: a rate the text's two printings of one whole both give is ambiguous
(borderlands.figures.twinwholes); a rate whose words name the whole it was divided by is not."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def rate_at(text: str, stated: str) -> Check:
    (rate,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return rate


def readings(c: Check) -> set[str]:
    assert c.fit is not None
    return {c.fit.formula, *(a.formula for a in c.alternatives)}


def test_a_rate_per_family_on_a_count_restated_in_the_camp_registers_is_ambiguous() -> None:
    # 600,000 / 1,370 = 437.96 and 600,000 / 1,362 = 440.53: both are "about 440"
    text = (
        "The 1,370 families of the loading lists became 1,362 in the camp registers, some "
        "households having been joined. The office paid out 600,000 crowns in allowances, "
        "about 440 crowns per family."
    )
    rate = rate_at(text, "440")
    assert rate.verdict == "ambiguous"
    assert readings(rate) == {"600,000 / 1,370", "600,000 / 1,362"}
    assert {round(f.computed, 2) for f in (rate.fit, *rate.alternatives) if f} == {437.96,
                                                                                   440.53}


def test_a_load_per_wagon_on_the_wagons_that_set_out_or_arrived_is_ambiguous() -> None:
    # 8,150 / 410 = 19.88 and 8,150 / 396 = 20.58: both "about 20" at its printed precision
    text = (
        "The trains left with 410 wagons and 396 reached the camps, the rest uncoupled for "
        "repair on the way: about 20 persons to a wagon. They carried 8,150 persons in all."
    )
    rate = rate_at(text, "20")
    assert rate.verdict == "ambiguous"
    assert readings(rate) == {"8,150 / 410", "8,150 / 396"}


def test_households_and_families_count_one_thing() -> None:
    # 52,500 / 2,910 = 18.04 and 52,500 / 2,950 = 17.80: both are 18
    text = (
        "The relief fund paid out 52,500 lei, about 18 lei a household: the 2,910 families "
        "listed in the spring were 2,950 households by the autumn."
    )
    rate = rate_at(text, "18")
    assert rate.verdict == "ambiguous"
    assert readings(rate) == {"52,500 / 2,910", "52,500 / 2,950"}


@pytest.mark.parametrize(
    "text",
    [
        # "Of the W ..., P died": the part's own clause names its whole
        "Of the 12,400 persons loaded, 37 died on the road (3.0 per 1,000) and 12,363 "
        "reached the camps.",
        # "of those loaded" after the rate names the whole
        "On the road 37 persons died, 3.0 per 1,000 of those loaded, and the camps entered "
        "12,363 in their books. The trains had taken 12,400 persons.",
    ],
)
def test_a_rate_whose_words_name_its_whole_stays_consistent(text: str) -> None:
    # 37 / 12,400 = 2.98 and 37 / 12,363 = 2.99 per 1,000: both 3.0, but the words choose
    rate = rate_at(text, "3.0")
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "37 / 12,400 * 1000")
    assert rate.alternatives == []


def test_a_part_counted_of_them_names_the_whole_before() -> None:
    # 90 / 2,000 = 45.0 and 90 / 2,001 = 44.98 per 1,000: both 45.0, but "of them" points back
    text = (
        "The camp held 2,000 persons from the district. By the spring 90 of them had died, "
        "45.0 per 1,000, though in the autumn 2,001 persons had been on its books."
    )
    rate = rate_at(text, "45.0")
    assert rate.verdict == "consistent"
    assert rate.fit is not None and rate.fit.formula == "90 / 2,000 * 1000"


def test_a_planned_count_is_no_second_printing_of_the_whole() -> None:
    # 12,180 / 3,000 = 4.06 and 12,180 / 3,005 = 4.05: both 4.1, but 3,005 is the order
    text = (
        "The district was ordered to remove 3,005 families. It removed 3,000 families with "
        "12,180 persons, 4.1 to a family."
    )
    rate = rate_at(text, "4.1")
    assert rate.verdict == "consistent"
    assert rate.fit is not None and rate.fit.formula == "12,180 / 3,000"


def test_one_guard_for_every_n_is_read_on_the_escort_its_sentence_names() -> None:
    # 14,134 / 1,570 = 9.0 and 14,134 / 1,545 = 9.15: both nine, but the sentence names 1,570
    text = (
        "A year before an escort of 1,545 soldiers had served. This time the 14,134 persons "
        "on the trains were guarded by an escort of 1,570 soldiers, one soldier for every "
        "nine persons."
    )
    rate = rate_at(text, "nine")
    assert rate.verdict == "consistent"
    assert rate.fit is not None and rate.fit.formula == "14,134 / 1,570"


# -- a rate per 1,000 whose part is the count of the year its clause names (yearparts) ------

YEARLY = (
    "The camp books record 410 deaths in 1947, 622 in 1948 and 305 in 1949. That made 1,337 "
    "dead in three years. "
)
ORDINAL = (
    "The registers record 900 deaths among the settlers in 1950, 450 in 1951 and 210 in 1952, "
    "1,560 in three years. The dead were buried by the camp. "
)


def test_the_year_a_clause_names_picks_its_count_from_the_list_before() -> None:
    text = YEARLY + "The toll of 1948 came to 52.0 per 1,000 of the 11,960 who had arrived."
    rate = rate_at(text, "52.0")  # 622 / 11,960 = 52.007 per 1,000
    assert rate.verdict == "consistent"
    assert rate.fit is not None and rate.fit.formula == "622 / 11,960 * 1000"
    assert round(rate.fit.computed, 2) == 52.01


def test_each_clause_of_a_sentence_reads_its_own_year() -> None:
    text = YEARLY + (
        "The toll of 1947 came to 34.3 per 1,000 of the 11,960 who had arrived, and in 1949 "
        "deaths fell to 25.5 per 1,000 of the 11,960."
    )
    # 410 / 11,960 = 34.28 and 305 / 11,960 = 25.50 per 1,000
    first, second = rate_at(text, "34.3"), rate_at(text, "25.5")
    assert [c.fit and c.fit.formula for c in (first, second)] == [
        "410 / 11,960 * 1000", "305 / 11,960 * 1000"]
    assert first.verdict == second.verdict == "consistent"


def test_an_ordinal_reads_the_year_by_its_place_in_the_list() -> None:
    text = ORDINAL + "The first year alone took 75 per 1,000 of the 12,000 who had come."
    rate = rate_at(text, "75")  # 900 / 12,000 = 75.0
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "900 / 12,000 * 1000")


def test_a_swapped_rate_on_the_named_year_and_whole_is_a_slip() -> None:
    text = ORDINAL + "The first year alone took 57 per 1,000 of the 12,000 who had come."
    rate = rate_at(text, "57")  # 900 / 12,000 = 75: the digits swapped
    assert (rate.verdict, rate.intended) == ("inconsistent", "75")


def test_those_who_arrived_are_those_loaded_less_the_dead() -> None:
    text = (
        "The 20,300 persons of the district were put on the trains in May. Of the 20,300 "
        "persons loaded, 100 died on the road, and in June the commandants entered 20,200 "
        "persons in their books. The books record 1,010 deaths in 1946 and 606 in 1947. The "
        "first year took 50.0 per 1,000 of those who had arrived."
    )
    rate = rate_at(text, "50.0")  # 1,010 / 20,200 = 50.0; over the 20,300 loaded 49.75
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent",
                                                             "1,010 / 20,200 * 1000")


@pytest.mark.parametrize("clause", ["The toll of 1950", "The toll"])
def test_a_year_not_listed_or_no_year_reads_no_part(clause: str) -> None:
    text = YEARLY + f"{clause} came to 52.0 per 1,000 of the 11,960 who had arrived."
    assert rate_at(text, "52.0").verdict == "unverifiable"


# -- a rate printed with decimals is reproduced at its decimals (kinds.accepts_count) --------

HORSES = (
    "The 9,000 settlers needed 1,800 carts, five persons to a cart, drawn by {} horses, {} to a "
    "cart."
)


def test_a_rate_with_a_decimal_is_not_met_by_a_value_half_a_unit_off() -> None:
    # 3,150 / 1,800 = 1.75, which prints as 1.8, not 1.6
    rate = rate_at(HORSES.format("3,150", "1.6"), "1.6")
    assert rate.verdict != "consistent"


def test_a_rate_with_a_decimal_is_met_at_its_decimals() -> None:
    rate = rate_at(HORSES.format("2,880", "1.6"), "1.6")  # 2,880 / 1,800 = 1.6
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "2,880 / 1,800")


# -- two rates coordinated over one divisor (coordrates) ------------------------------------

COLUMNS = (
    "They drove 9,300 persons, 11,700 head of cattle and 1,450 horses to the assembly points "
    "in 30 columns. "
)


def test_a_rate_joined_to_a_read_rate_by_and_shares_its_divisor() -> None:
    text = (
        "In all 60 trains made up of 2,100 wagons took the 14,400 persons and their goods "
        "across, about 240 persons and about 35 wagons to a train."
    )
    rate = rate_at(text, "240")  # 14,400 / 60 = 240, beside 2,100 / 60 = 35
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "14,400 / 60")


def test_the_dividend_is_the_count_printed_with_the_same_noun() -> None:
    text = COLUMNS + "A column thus averaged about 310 persons and about 390 head of cattle."
    rate = rate_at(text, "390")  # 11,700 head / 30 columns = 390; not the 9,300 persons
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "11,700 / 30")


def test_a_swapped_coordinated_rate_is_a_slip() -> None:
    text = COLUMNS + "A column thus averaged 310 persons and 930 head of cattle."
    rate = rate_at(text, "930")  # 11,700 / 30 = 390
    assert (rate.verdict, rate.intended) == ("inconsistent", "390")


def test_a_noun_no_count_is_printed_with_is_not_read() -> None:
    text = COLUMNS + "A column thus averaged about 310 persons and about 390 carts."
    assert [c.stated for c in check_text(text).checks if c.kind == "rate"] == ["310"]


# -- a count of units in words divides a unit's load (wordunits) ----------------------------

ECHELONS = "The district's 7,700 persons were listed for removal. They {} 250 wagons. "


@pytest.mark.parametrize(("carried", "verdict", "intended"), [
    ("1,100", "consistent", None),  # 7,700 / 7 = 1,100
    ("1,010", "inconsistent", "1,100"),  # a digit swapped
])
def test_a_count_of_units_in_words_is_the_divisor_of_their_load(
    carried: str, verdict: str, intended: str | None
) -> None:
    text = ECHELONS.format("left in seven echelons made up of") + (
        f"An echelon carried {carried} persons on average, and a wagon about 31."
    )
    rate = rate_at(text, carried)
    assert (rate.verdict, rate.intended) == (verdict, intended)
    assert rate.fit is not None and rate.fit.formula == "7,700 / seven"
    assert rate.fit.inputs[1].quantity.mid == 7


def test_a_number_of_days_in_words_is_no_count_of_units() -> None:
    text = ECHELONS.format("travelled for seven days in") + (
        "An echelon carried 1,100 persons on average, and a wagon about 31."
    )
    assert rate_at(text, "1,100").verdict == "unverifiable"


# -- an amount per unit nothing printed rests on is said unverifiable (unreadrates) ----------


@pytest.mark.parametrize(("text", "stated"), [
    ("The collective farms paid the settlers about 3 kilograms of grain per workday.", "3"),
    ("A later inspection allowed each person about 3 square metres of floor.", "3"),
    ("The men in the camp cut timber in brigades of about 30.", "30"),
    ("The mine claimed to pay its settlers about 300 roubles a month each.", "300"),
])
def test_an_amount_per_unit_with_no_inputs_is_unverifiable(text: str, stated: str) -> None:
    rate = rate_at(text, stated)
    assert (rate.verdict, rate.fit, rate.inputs) == ("unverifiable", None, ())


@pytest.mark.parametrize("text", [
    "The farms paid the settlers 3 kilograms of grain per workday.",  # exact: not a rate read
    "The camp held about 3,000 settlers in the spring.",  # no unit it is per
    "The first district lost nearly eight times as many as the second.",  # a multiple
    "In the end a total of about 9,000 herders were moved to the plain.",  # "a total of"
    "A second, larger removal of about 2,000 herders followed in May.",  # "a removal of"
    "In the spring some 300 settlers held a pass to leave the district.",  # a verb between
])
def test_no_unread_rate_is_made_of_other_figures(text: str) -> None:
    assert [c for c in check_text(text).checks if c.kind == "rate"] == []


# -- a clause that repeats a read rate's pattern gives the same rate (parallelrates) --------

SPENT = (
    "The first district spent 250,000 rubles on its 10,000 refugees, 25.0 rubles a head, "
    "while the second spent 180,000 on its 12,000, {}."
)


def test_a_parallel_clause_reads_its_own_two_counts() -> None:
    rate = rate_at(SPENT.format("15.0"), "15.0")  # 180,000 / 12,000 = 15.0
    assert (rate.verdict, rate.fit and rate.fit.formula) == ("consistent", "180,000 / 12,000")


def test_a_swapped_rate_in_a_parallel_clause_is_a_slip() -> None:
    rate = rate_at(SPENT.format("51.0"), "51.0")
    assert (rate.verdict, rate.intended) == ("inconsistent", "15.0")


def test_a_clause_without_two_counts_of_its_own_reads_nothing() -> None:
    text = (
        "The first district spent 250,000 rubles on its 10,000 refugees, 25.0 rubles a head, "
        "while the second spent 180,000 on them in 1916 and 1917."
    )
    assert [c.stated for c in check_text(text).checks if c.kind == "rate"] == ["25.0"]
