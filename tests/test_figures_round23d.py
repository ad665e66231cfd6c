"""Round 23, multiples and durations: fractions in words of a described group, multiples of
two named sides, and durations between named ends (sentences of our own)."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def only(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.stated == stated]
    return found


def inputs_of(c: Check) -> list[str]:
    return [f.quantity.text for f in c.inputs]


def test_a_fraction_of_a_described_group_is_not_read_on_a_share_of_another_part() -> None:
    # 45 percent is of the same group but counts another part (found work there)
    text = (
        "In that year 2,400 were freed and 1,300 stayed behind. Of the 2,400 freed, 60 "
        "percent were sent to the coast, and 45 percent of those found work there. The "
        "officers judged that nearly half of those sent to the coast would rather have "
        "stayed home."
    )
    c = only(text, "nearly half")
    assert c.verdict == "unverifiable"
    assert c.fit is None


def test_a_fraction_of_those_who_crossed_is_read_on_the_part_its_name_labels() -> None:
    text = (
        "The register lists 2,900 persons over the Melk bridge, 1,400 over the Tarn bridge "
        "and 700 at the ford, 5,000 in all. The Melk bridge alone carried more than half of "
        "those who crossed."
    )
    c = only(text, "more than half")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["2,900", "5,000"]
    assert c.fit is not None and round(c.fit.computed, 1) == 58.0


def test_a_fraction_of_a_group_not_described_by_its_figures_stays_unverifiable() -> None:
    # the whole printed names "persons over the bridges"; the part named (Tarn) has no
    # count of its own in the list: no arithmetic fit is read
    text = (
        "The register lists 2,900 persons over the Melk bridge and 700 at the ford, 3,600 in "
        "all. The Tarn road alone carried nearly a fifth of those who crossed."
    )
    assert only(text, "nearly a fifth").verdict != "consistent"


def test_a_span_later_than_its_date_runs_from_the_date_before_it() -> None:
    # the first two dates (9 and 10 June) are one day apart; "nine days later" is from
    # 10 June, the event told just before 19 June
    text = (
        "The offensive opened on 9 June 1944, and the order to clear the parishes went out "
        "on 10 June; the last train left the town on 19 June, nine days later."
    )
    c = only(text, "nine")
    assert (c.verdict, c.stated_value) == ("consistent", 9.0)
    assert c.fit is not None and c.fit.computed == 9.0


def test_a_later_span_may_count_from_an_earlier_date_of_its_sentence() -> None:
    text = (
        "The offensive opened on 9 June 1944, and the order went out on 12 June; the last "
        "train left on 19 June, ten days later."
    )
    c = only(text, "ten")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == 10.0


def test_a_later_span_that_fits_no_date_before_is_no_slip() -> None:
    # "later" names no event: no start is certain, so no slip is called
    text = (
        "The offensive opened on 9 June 1944, and the order went out on 10 June; the last "
        "train left on 19 June, twelve days later."
    )
    assert only(text, "twelve").verdict == "unverifiable"


SIDES_BEHIND_AN_APPOSITION = (
    "Kola, that is the Murmansk and Kandalaksha districts, received 5,200, half of the "
    "whole; Perm 2,100; and the camps of Vyatka the remaining 700. "
)


def test_a_multiple_finds_a_side_named_before_an_apposition() -> None:
    c = only(SIDES_BEHIND_AN_APPOSITION + "Kola thus took more than twice as many as Perm.",
             "more than twice as many")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["5,200", "2,100"]


def test_a_multiple_on_sides_behind_an_apposition_can_miss() -> None:
    c = only(SIDES_BEHIND_AN_APPOSITION + "Kola thus took four times as many as Perm.",
             "four times as many")
    assert c.verdict == "inconsistent"
    assert inputs_of(c) == ["5,200", "2,100"]


LIST_OF_GROUPS = (
    "Clerks numbered 5,100, farmers {part}, {fraction} of the whole; smiths came to 1,300, "
    "and carters to 900."
)


def test_a_fraction_of_the_whole_apposed_to_a_list_member_reads_the_list_sum() -> None:
    # 4,700 of 5,100 + 4,700 + 1,300 + 900 = 12,000 is 39.2 percent
    c = only(LIST_OF_GROUPS.format(part="4,700", fraction="about two-fifths"),
             "about two-fifths")
    assert c.verdict == "consistent"
    assert c.fit is not None and round(c.fit.computed, 1) == 39.2
    assert sorted(inputs_of(c)[1:]) == sorted(["5,100", "4,700", "1,300", "900"])


def test_a_list_sum_that_misses_the_fraction_calls_no_slip() -> None:
    # the list may leave a group out: a miss on its sum is no slip
    c = only(LIST_OF_GROUPS.format(part="4,700", fraction="about two-thirds"),
             "about two-thirds")
    assert c.verdict != "inconsistent"


def test_a_list_that_prints_its_total_is_no_whole_by_sum() -> None:
    text = ("Clerks numbered 5,100, farmers 4,700, about two-fifths of the whole, and smiths "
            "2,200, 12,000 people.")
    c = only(text, "about two-fifths")
    assert not (c.fit is not None and "+" in c.fit.formula)


def test_double_before_what_it_doubles_is_a_multiple() -> None:
    text = ("A horse was valued at 180 marks and a cow at 95, so that a horse counted for close "
            "to double a cow.")
    c = only(text, "close to double")
    assert (c.kind, c.verdict) == ("multiple", "consistent")
    assert inputs_of(c) == ["95", "180"]
    assert c.fit is not None and round(c.fit.computed, 2) == 1.89


def test_double_that_misses_is_read_and_not_called_consistent() -> None:
    text = "The camp held 410 men and the depot 150, so that the camp held double the depot."
    c = only(text, "double")
    assert c.kind == "multiple" and c.verdict != "consistent"
    assert "2.73 times" in c.explanation


def test_a_double_fence_is_no_multiple() -> None:
    text = "The 1,200 prisoners lived in 14 barracks behind a double fence of 2 rows of wire."
    assert [c for c in check_text(text).checks if c.kind == "multiple"] == []


DECREE = "The curfew was lifted by a decree of March 1956. "


def test_a_span_from_its_own_date_to_the_one_the_sentence_before_prints() -> None:
    # October 1937 to March 1956 is 221 months, 18.42 years
    c = only(DECREE + "For the men taken in October 1937 that meant eighteen years of exile.",
             "eighteen")
    assert c.verdict == "consistent"
    assert c.fit is not None and round(c.fit.computed, 2) == 18.42


def test_a_span_that_misses_the_date_before_is_no_slip() -> None:
    # the sentence before's date is not an end the span's words name
    c = only(DECREE + "For the men taken in October 1937 that meant twelve years of exile.",
             "twelve")
    assert c.verdict == "unverifiable"


def test_a_span_with_two_dates_before_is_not_read_on_either() -> None:
    text = ("The curfew was eased in May 1950 and lifted by a decree of March 1956. For the men "
            "taken in October 1937 that meant twelve years of exile.")
    spans = [c for c in check_text(text).checks if c.kind == "duration"]
    assert all(c.verdict == "unverifiable" for c in spans)


PAYMENTS = (
    "Grants came to 300 million marks in 1950, 720 million in 1951 and 500 million in "
    "1952.\n\n"
)


def test_a_paragraph_opening_multiple_reads_the_periods_of_the_list_before() -> None:
    c = only(PAYMENTS + "Grants more than doubled from the first year to the second.",
             "more than doubled")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["300 million", "720 million"]
    assert c.fit is not None and round(c.fit.computed, 2) == 2.4


def test_a_paragraph_opening_multiple_that_misses_is_no_slip() -> None:
    # the list is a paragraph away: a miss is left unverifiable
    c = only(PAYMENTS + "Grants tripled from the first year to the second.", "tripled")
    assert c.verdict == "unverifiable"


def test_a_fraction_of_parts_together_is_the_sum_of_their_shares() -> None:
    text = ("The hills furnished 38.5 percent of all settlers and the coast 24.1%, so that the "
            "two together made up nearly two-thirds of the influx.")
    c = only(text, "nearly two-thirds")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["38.5", "24.1"]
    assert c.fit is not None and round(c.fit.computed, 1) == 62.6


def test_the_two_together_joins_only_the_last_two_shares() -> None:
    text = ("The plain gave 20.0 percent, the hills 38.5 percent and the coast 24.1%, so that "
            "the last two together made up nearly two-thirds.")
    c = only(text, "nearly two-thirds")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["38.5", "24.1"]


def test_shares_that_sum_past_the_fraction_call_no_slip() -> None:
    text = ("The hills furnished 38.5 percent of all settlers and the coast 24.1%, so that the "
            "two together made up about a third of the influx.")
    assert only(text, "about a third").verdict != "inconsistent"


def test_a_side_is_labelled_past_a_share_set_between_commas() -> None:
    # 6,300 / 2,400 is 2.63 to one; "bonds" labels 6,300 past ", or 72.4 per cent,"
    text = ("Only 2,400 million marks were paid in cash; the other 6,300 million, or 72.4 per "
            "cent, were paid in bonds, which outweighed the cash nearly three to one.")
    c = only(text, "nearly three to one")
    assert c.verdict == "consistent"
    assert inputs_of(c) == ["6,300 million", "2,400 million"]
