"""Round eighteen (d): durations in words measured between the dates a paragraph prints, and
rates (see the module docstrings of ``eventspans``)."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text


def durations(text: str) -> list[tuple[str, str, float | None]]:
    return [(c.stated, c.verdict, c.fit.computed if c.fit else None)
            for c in check_text(text).checks if c.kind == "duration"]  # fmt: skip


def test_a_span_in_words_after_a_named_event_dated_earlier_in_the_paragraph() -> None:
    text = ("The pact was signed at Vienna on 1 March 1921. The first board met only on "
            "15 July 1921, four and a half months after the pact.")  # fmt: skip
    # 1 March to 15 July 1921 is 136 days, 4.47 months
    assert durations(text) == [("four and a half months", "consistent", 4.47)]


def test_a_span_after_a_named_event_that_misses_is_flagged() -> None:
    text = ("The pact was signed at Vienna on 1 March 1921. The first board met only on "
            "15 July 1921, seven months after the pact.")  # fmt: skip
    ((stated, verdict, _),) = durations(text)
    assert (stated, verdict) == ("seven months", "inconsistent")


def test_the_event_is_found_by_the_stem_its_verb_shares_with_the_noun() -> None:
    text = ("The accord was signed on 10 April 1950. The last barge sailed in March 1953, "
            "almost three years after the signature.")  # fmt: skip
    ((stated, verdict, _),) = durations(text)
    assert (stated, verdict) == ("three years", "consistent")


def test_almost_a_year_is_a_count_of_one() -> None:
    text = ("On 2 December 1930 the board issued its order. The camps closed on 20 November "
            "1931, almost a year after the order.")  # fmt: skip
    ((stated, verdict, _),) = durations(text)
    assert (stated, verdict) == ("a year", "consistent")


def test_a_span_later_runs_from_the_last_date_of_the_sentence_before() -> None:
    assert durations(
        "On 3 May 1925 the council voted the transfer. The columns set out on 21 May, "
        "eighteen days later, in heavy rain."
    ) == [("eighteen days", "consistent", 18.0)]
    ((stated, verdict, _),) = durations(
        "On 3 May 1925 the council voted the transfer. The columns set out on 21 May, "
        "twelve days later, in heavy rain."
    )
    assert (stated, verdict) == ("twelve days", "inconsistent")


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        ("The barges lay in quarantine from 5 to 19 March 1923, a fortnight on the water.",
         "a fortnight"),
        ("The march lasted from 1 October 1921 to 9 January 1922, a hundred days of cold.",
         "a hundred days"),
    ],
)  # fmt: skip
def test_a_fortnight_and_a_hundred_days_between_the_two_dates_of_their_sentence(
    text: str, stated: str
) -> None:
    ((said, verdict, _),) = durations(text)
    assert (said, verdict) == (stated, "consistent")


def test_a_hundred_days_that_misses_its_dates_is_flagged() -> None:
    ((said, verdict, computed),) = durations(
        "The march lasted from 1 October 1921 to 9 March 1922, a hundred days of cold."
    )
    assert (said, verdict, computed) == ("a hundred days", "inconsistent", 159.0)


@pytest.mark.parametrize(
    "text",
    [
        # the event the span counts from is dated nowhere in the paragraph
        "The camps closed on 20 November 1931, almost a year after the order.",
        # the paragraph names no such event: nothing to measure from
        "On 2 December 1930 the board met. The camps closed on 20 November 1931, almost a "
        "year after the harvest.",
        # a span of its own, not between the dates: no 'after', no second date
        "On 20 November 1931 the camps closed after almost a year of work.",
    ],
)
def test_a_span_without_both_dates_is_not_read(text: str) -> None:
    assert [v for _, v, _ in durations(text) if v != "unverifiable"] == []


def rates(text: str) -> list[tuple[str, str, str | None]]:
    return [(c.stated, c.verdict, c.intended) for c in check_text(text).checks
            if c.kind == "rate"]  # fmt: skip


def test_a_rate_per_thousand_after_its_part_of_the_whole_that_misses_is_a_slip() -> None:
    # 412 of 9,870 is 41.7 per 1,000, not 63
    assert rates(
        "Over the winter the fever took 412 of the 9,870 settlers placed in the valley, "
        "63 per 1,000."
    ) == [("63", "inconsistent", "42")]


def test_the_same_rate_that_fits_its_part_and_whole_stands() -> None:
    assert [v for _, v, _ in rates(
        "Over the winter the fever took 412 of the 9,870 settlers placed in the valley, "
        "42 per 1,000."
    )] == ["consistent"]


@pytest.mark.parametrize(
    "text",
    [
        # two counts side by side, neither printed as the other's part
        "The camp held 9,870 settlers and 4,120 horses; 63 per 1,000 died.",
        # the part is no count of the whole: a count between the pair and the rate
        "The fever took 412 of the 9,870 settlers, and 95 more in the spring, 63 per 1,000.",
    ],
)
def test_a_rate_per_thousand_without_its_printed_part_and_whole_is_no_slip(text: str) -> None:
    assert [v for _, v, _ in rates(text) if v == "inconsistent"] == []


def test_a_span_after_a_clause_about_a_noun_is_not_dated_by_the_noun() -> None:
    # the district was named in 1921, but the span runs to when it was dissolved
    text = ("On 4 May 1921 the district was formed by decree. The new board met on 2 June "
            "1934, thirteen years after the district had been dissolved.")  # fmt: skip
    assert [v for _, v, _ in durations(text) if v != "unverifiable"] == []


FARMS = ("The register named 640 upland households with 3,520 persons and 410 valley "
         "households with 1,640 persons. ")  # fmt: skip


def test_a_family_size_is_read_on_the_pair_printed_for_the_group_it_names() -> None:
    # 3,520 / 640 is 5.5; 1,640 / 410 is 4.0
    checks = [c for c in check_text(FARMS + "The upland families averaged 5.5 persons.").checks
              if c.kind == "rate"]  # fmt: skip
    assert [(c.stated, c.verdict) for c in checks] == [("5.5", "consistent")]
    assert [f.quantity.text for f in checks[0].inputs] == ["3,520", "640"]


def test_a_family_size_the_named_pair_does_not_give_is_a_slip() -> None:
    assert rates(FARMS + "The valley families averaged 4.6 persons.") == [
        ("4.6", "inconsistent", "4.0")
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        # the group is not named: both pairs would do, neither is the rate's
        "The families averaged 4.6 persons.",
        # a group no pair is printed for
        "The lowland families averaged 4.6 persons.",
    ],
)
def test_a_family_size_without_its_one_named_pair_is_not_judged(sentence: str) -> None:
    assert [v for _, v, _ in rates(FARMS + sentence)] == ["unverifiable"]


def rate_checks(text: str) -> dict[str, tuple[str, list[str]]]:
    return {c.stated: (c.verdict, [f.quantity.text for f in c.inputs])
            for c in check_text(text).checks if c.kind == "rate"}  # fmt: skip


TRANSPORT = ("The register counted 24,600 deportees in the district, and 12,300 of them were "
             "sent north in the first wave. They rode in 20 trains, about 615 persons to a "
             "train, in 820 wagons, or {} persons to a wagon. The escort had 1,230 men, one "
             "for every ten deportees.")  # fmt: skip


def test_a_load_read_on_a_whole_its_sibling_loads_do_not_share_is_read_on_theirs() -> None:
    # 12,300 / 20 = 615 and 12,300 / 1,230 = 10 share a whole; 24,600 / 820 = 30 is chance,
    # 12,300 / 820 = 15
    got = rate_checks(TRANSPORT.format("30"))
    assert got["30"] == ("inconsistent", ["12,300", "820"])
    assert got["615"][0] == got["ten"][0] == "consistent"


def test_a_load_that_fits_the_shared_whole_stands() -> None:
    assert rate_checks(TRANSPORT.format("15"))["15"] == ("consistent", ["12,300", "820"])


def test_a_count_of_wagons_to_a_train_is_no_load_of_the_shared_persons() -> None:
    text = ("The register counted 12,300 deportees. They rode in 20 trains, about 615 persons "
            "to a train; the railway found 820 wagons, 41 wagons to a train. The escort had "
            "1,230 men, one for every ten deportees.")  # fmt: skip
    assert rate_checks(text)["41"][0] == "consistent"


def test_a_span_after_a_named_event_ends_at_the_date_of_its_own_clause() -> None:
    # 3 March to 9 June 1951 is 98 days, 3.2 months; the next clause's 10 June is no end
    text = ("The relocation order was signed on 3 March 1951. The first column set out on 9 "
            "June, five months after the order, and the last reached the river on 10 June.")
    ((stated, verdict, computed),) = durations(text)
    assert (stated, verdict, computed) == ("five months", "inconsistent", 3.22)


@pytest.mark.parametrize(
    ("said", "verdict"), [("eleven", "consistent"), ("thirteen", "inconsistent")]
)
def test_years_since_a_dated_event_to_that_spring_of_the_sentence_before(
    said: str, verdict: str
) -> None:
    # the ban of 1952 was lifted in 1963 (the sentence before): 1963 - 1952 = 11
    text = ("The ban imposed in 1952 was lifted by an order of 4 April 1963. The herders who "
            f"went home that spring had kept the flocks {said} years since their exile in 1952.")
    ((stated, got, computed),) = durations(text)
    assert (stated, got, computed) == (f"{said} years", verdict, 11.0)


def test_years_since_an_event_without_a_time_pointed_back_to_are_not_read() -> None:
    text = ("The ban imposed in 1952 was lifted by an order of 4 April 1963. The herders had "
            "kept the flocks thirteen years since their exile in 1952.")
    assert [v for _, v, _ in durations(text) if v == "inconsistent"] == []
