"""Round 17c: verdicts that rest only on figures the text names for the things compared.

Each family has its own small examples in our own words, with the phrasings that must not
be read (or must keep their old reading) beside them.
"""

from __future__ import annotations

import pytest

from borderlands.figures.checks import Check
from borderlands.figures.evaluate import check_span
from borderlands.figures.report import check_text


def checks_at(text: str, key: str) -> list[Check]:
    """The checks whose stated figure overlaps the first ``key`` of ``text``."""
    at = text.index(key)
    return [
        c for c in check_text(text).checks
        if check_span(c)[0] < at + len(key) and at < check_span(c)[1]
    ]  # fmt: skip


def verdict_at(text: str, key: str) -> str:
    found = checks_at(text, key)
    return str(found[0].verdict) if found else "missing"


def values(c: Check) -> list[float]:
    assert c.fit is not None
    return [f.quantity.mid for f in c.fit.inputs]


# -- a share set right after a count is a share of that count (apposedshares) ---------------

PAIR_BEFORE = (
    "Of the 9,600 herders moved that spring, 2,250 went to the river farms. Ferghana "
    "received 4,120 of the 7,380 families ({share}), and Osh the other 3,260."
)


def test_part_of_whole_pair_before_a_bracketed_share_is_its_reading() -> None:
    (c,) = checks_at(PAIR_BEFORE.format(share="55.8%"), "55.8%")
    assert c.verdict == "consistent"
    assert values(c) == [4120, 7380]  # 4,120 / 7,380 = 55.83 %, not 7,380 over 7,380 + 3,260


def test_slip_on_the_pair_before_a_bracketed_share_names_the_intended_figure() -> None:
    (c,) = checks_at(PAIR_BEFORE.format(share="58.8%"), "58.8%")
    assert c.verdict == "inconsistent"
    assert c.intended == "55.8"
    assert values(c) == [4120, 7380]


FAMILIES_AND_PERSONS = (
    "The northern line took 3,800 families in all. Tulun raion received 1,134 families with "
    "3,690 persons: 18.2 percent of all the families and {fraction} of the northern "
    "contingent."
)


@pytest.mark.parametrize("fraction", ["nearly a third", "nearly four-fifths"])
def test_persons_over_families_is_no_reading_of_a_fraction(fraction: str) -> None:
    # 3,690 persons / 3,800 families = 97 % would call either fraction a slip
    text = FAMILIES_AND_PERSONS.format(fraction=fraction)
    assert verdict_at(text, fraction) != "inconsistent"


def test_a_bracketed_fall_is_not_read_as_a_share_of_the_count_before_it() -> None:
    text = "The settlement counted 5,180 people in 1950 and 4,306 in 1953 (a fall of 16.9 percent)."
    (c,) = checks_at(text, "16.9 percent")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx((5180 - 4306) / 5180 * 100)


# -- a duration is measured within its own clause (clausedates) -----------------------------


def test_a_date_of_the_next_clause_is_no_end_of_a_span_counted_after_an_event() -> None:
    text = (
        "The relocation order was signed on 3 March 1951. The first column set out on 9 June, "
        "three months after the order, and the last reached the river on 10 June."
    )
    # not 9 to 10 June, one day: since round eighteen (eventspans) the span is read from the
    # order's own date, 3 March to 9 June, 98 days or 3.2 months
    assert verdict_at(text, "three months") == "consistent"


def test_a_span_after_an_event_is_read_from_the_year_before_not_the_next_clause() -> None:
    text = (
        "The families were sent east in 1944. The herders were allowed back in 1957, thirteen "
        "years after their removal, while the fishermen waited until May 1958, fourteen years "
        "after the removal."
    )
    (c,) = checks_at(text, "thirteen years")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.formula == "1957 - 1944"


@pytest.mark.parametrize(("said", "verdict"), [("three", "consistent"), ("four", "inconsistent")])
def test_a_span_between_two_dates_of_one_clause_is_still_read(said: str, verdict: str) -> None:
    text = (
        "The order reached the district on 6 April 1949, and the loading ended on 6 July, "
        f"{said} months later."
    )
    assert verdict_at(text, f"{said} months") == verdict  # 91 days: three months


# -- a subtotal is no part (subtotals) -------------------------------------------------------


@pytest.mark.parametrize("subtotal", ["246", "264"])
def test_a_count_said_in_all_after_the_parts_is_their_subtotal(subtotal: str) -> None:
    # 52 + 118 + 94 = 264: the remainder is 4,210 - 264 = 3,946 whether or not the printed
    # subtotal is slipped
    text = (
        f"Of the 4,210 who set out, 52 died on the road, 118 in the transit barracks and 94 on "
        f"the barges, {subtotal} in all, which left 3,946 to arrive."
    )
    (c,) = checks_at(text, "3,946")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 3946


# -- a rank of a rate or of a share of the member's own count (rankedmeasure) --------------


def test_a_rank_of_the_losses_is_not_judged_on_the_list_of_settlers() -> None:
    text = (
        "The three valleys took 5,200, 3,900 and 2,480 settlers. The upper valley had lost "
        "21.5 percent of its 2,480 settlers, the highest loss of the three valleys."
    )
    assert verdict_at(text, "highest") != "inconsistent"


def test_a_rank_of_the_member_count_itself_is_still_judged() -> None:
    text = (
        "The three valleys took 5,200, 3,900 and 2,480 settlers. The upper valley, with 2,480, "
        "was the largest of the three valleys."
    )
    assert verdict_at(text, "largest") == "inconsistent"  # 2,480 is the smallest


# -- a comparison is not the part against its own whole (partpairs) -----------------------


def test_a_part_and_its_whole_are_not_the_two_sides_of_a_comparison() -> None:
    text = (
        "In the lower district 212 of the 5,140 died in 1950, 41 per 1,000. That was far "
        "higher than in the upper district, where 96 of the 8,870 died that year."
    )
    assert verdict_at(text, "higher") != "inconsistent"  # not 96 against 8,870


def test_two_counts_of_two_things_are_still_compared() -> None:
    text = "The lower district lost 212 settlers in 1950, more than the 96 of the upper district."
    (c,) = checks_at(text, "more")
    assert c.verdict == "consistent"


# -- two members printed side by side are not part and whole (partpairs.side_by_side) ------


def test_births_are_not_read_over_deaths_as_a_death_rate() -> None:
    text = (
        "The district had been settled in 1948. Its register for the year records 500 deaths "
        "and 120 births, a net loss of 380 and a death rate of 24 per 1,000."
    )
    assert verdict_at(text, "24 per 1,000") != "inconsistent"  # 120 / 500 * 1,000 is 240


def test_a_part_of_a_whole_is_still_read_as_a_rate() -> None:
    (c,) = checks_at("Of the 5,000 prisoners, 400 died in the first winter, 80 per 1,000.",
                     "80 per 1,000")  # fmt: skip
    assert c.verdict == "consistent"
    assert values(c) == [400, 5000]


# -- a shortfall is the decline (DECLINE_OF_RE) ---------------------------------------------


@pytest.mark.parametrize(("said", "verdict"), [("11.0", "consistent"), ("89.0", "inconsistent")])
def test_a_shortfall_is_read_as_the_gap_not_the_part(said: str, verdict: str) -> None:
    text = (
        "The commission checked 6,240 claims against the register of 7,010, a shortfall of "
        f"{said} percent."
    )
    (c,) = checks_at(text, f"{said} percent")
    assert c.verdict == verdict
    assert c.fit is not None and c.fit.computed == pytest.approx((7010 - 6240) / 7010 * 100)


# -- a sum may not skip a count of its own sentence (sumgaps) -------------------------------

RETURNS = (
    "The region had sent 4,120 people east in May 1941. In 1946 the ministry brought back 310 "
    "children from the camps, 8 percent of the deportees. Between 1947 and 1952 another 75 "
    "came home, released as invalids, and from 1953 to 1955, 920 were freed from the regime and "
    "returned, {total} returns in all."
)


def test_a_sum_skipping_a_count_between_its_parts_is_no_fit() -> None:
    # 310 + 920 = 1,230 leaves out the 75 of the total's own sentence
    assert verdict_at(RETURNS.format(total="1,230"), "1,230") != "consistent"


# -- an ordinal superlative is a place (rankscope) -------------------------------------------


def test_third_largest_is_not_judged_as_the_largest() -> None:
    text = (
        "The convoys were shared among five districts. Kansk received 14,200, Achinsk 11,050, "
        "Minusinsk 8,330, Tayshet 7,010 and Biryusa 6,010. Achinsk came second only to Kansk, "
        "while Tayshet, the third-largest of the receiving districts, put its settlers to the "
        "mines."
    )
    assert verdict_at(text, "third-largest") != "consistent"  # Tayshet is fourth


# -- a rate per a named noun divides counts of the kinds it names (rateunits) ---------------


def test_a_count_of_days_is_no_divisor_of_a_rate_to_a_hut() -> None:
    text = (
        "The first 40 families reached the camp after 6 days on the road and were lodged in "
        "the huts of the villagers, about 7 persons to a hut."
    )
    assert verdict_at(text, "about 7") != "consistent"  # 40 / 6 = 6.7 is no reading


def test_tons_of_grain_are_no_dividend_of_a_rate_of_people() -> None:
    text = (
        "The oblast set aside 1,300 tons of seed grain and 50 tractors for the newcomers. In "
        "its northern districts the newcomers lived about 26 to a barrack."
    )
    assert verdict_at(text, "about 26") != "consistent"  # 1,300 / 50 = 26 is no reading


def test_people_over_the_wagons_they_filled_is_still_read() -> None:
    (c,) = checks_at("The 3,450 deportees travelled in 115 wagons, about 30 to a wagon.",
                     "about 30")  # fmt: skip
    assert c.verdict == "consistent"
    assert values(c) == [3450, 115]


# -- two kinds of thing set beside each other are no part and whole (partpairs.joined_apart) -


def test_posts_spread_over_farms_are_no_share_of_each_other() -> None:
    text = (
        "The district office ran 24 settlement posts spread over 160 collective farms, and its "
        "chief reckoned that 15 per cent of his settlers lived a day's walk from the nearest "
        "post."
    )
    assert verdict_at(text, "15 per cent") != "consistent"  # 24 / 160 = 15 % is no reading


def test_a_party_with_its_children_still_gives_the_share_of_both() -> None:
    text = (
        "The district office sent 1,200 settlers with 300 children to the farms; the children "
        "were 20 per cent of the party."
    )
    (c,) = checks_at(text, "20 per cent")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(300 / 1500 * 100)
