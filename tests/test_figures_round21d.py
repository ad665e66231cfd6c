"""Round 21d (issue #14): multiples and durations read by what the words compare or count
from. A multiple of how often a thing happened compares rates, not counts; a change verb's
own "from ... to" stands past the words of its cause; a list printed alongside a labelled
one takes its periods in order; a noun two earlier counts carry names the levels of a change
said without figures. A span is qualified by "more than" or "under" as by "over" or "almost";
years between two dates that print their months are measured between the months; an event
named by a verb is found by its noun ("shut": "the closure of ..."); a year printed for
another thing, or a lasting thing's year in force, is no end of the span to call a slip on."""

from __future__ import annotations

from borderlands.figures.report import check_text


def found(text: str, kind: str) -> list[tuple[str, str, float | None]]:
    """(the words stated, the verdict, the computed value) of each claim of ``kind``."""
    return [(c.stated, str(c.verdict), c.fit.computed if c.fit else None)
            for c in check_text(text).checks if c.kind == kind]  # fmt: skip


def inputs_of(text: str, kind: str, stated: str) -> list[list[str]]:
    return [[i.quantity.text for i in c.inputs] for c in check_text(text).checks
            if c.kind == kind and c.stated == stated]  # fmt: skip


# -- multiples -------------------------------------------------------------------------------


def test_halved_takes_its_own_from_to_past_the_words_of_its_cause() -> None:
    text = (
        "The orchards recovered slowly. The planted area tripled, from 2,100 hectares in 1950 "
        "to 6,350 in 1951, while the sheep of the collective were halved by drought and "
        "disease, from 9,800 to 4,870."
    )
    # 4,870 / 9,800 = 0.497: halved; the area's 2,100 and 6,350 (ratio 3.02) are another
    # clause's pair
    got = found(text, "multiple")
    halved = [g for g in got if g[0] == "halved"]
    assert halved and halved[0][1] == "consistent"
    assert halved[0][2] is not None and abs(halved[0][2] - 4870 / 9800) < 0.01
    assert inputs_of(text, "multiple", "halved") == [["9,800", "4,870"]]


def test_a_multiple_of_how_often_is_not_read_on_two_counts_of_deaths() -> None:
    text = (
        "The returns for 1946 give 1,940 deaths in the northern camps and 910 in the southern "
        "ones. Deaths in the north were nearly twice as frequent as in the south."
    )
    # 1,940 / 910 = 2.13 is no ratio of rates: the camps' populations are not printed, so the
    # claim is never called a slip on the counts
    got = found(text, "multiple")
    assert all(v != "inconsistent" for _, v, _ in got)
    assert all(v != "consistent" for _, v, _ in got)


def test_twice_as_many_of_two_counts_is_still_read_on_the_counts() -> None:
    text = (
        "The northern camps took 1,940 arrivals in 1946, more than twice as many as the 910 "
        "of the southern ones."
    )
    # a multiple of how many, not how often: 1,940 / 910 = 2.13 > 2
    assert ("more than twice", "consistent") in [(s, v) for s, v, _ in found(text, "multiple")]


def test_a_run_printed_alongside_a_labelled_one_takes_its_periods() -> None:
    text = (
        "The registry entered 5,310 deaths in 1947, 2,980 in 1948 and 1,760 in 1949, against "
        "only 402, 655 and 890 births. Births more than doubled between 1947 and 1949."
    )
    # the births are 402 (1947), 655 (1948), 890 (1949): 890 / 402 = 2.21 > 2
    got = found(text, "multiple")
    assert [(s, v) for s, v, _ in got] == [("more than doubled", "consistent")]
    assert inputs_of(text, "multiple", "more than doubled") == [["402", "890"]]


def test_a_run_the_multiple_does_not_name_gives_nothing() -> None:
    text = (
        "The registry entered 5,310 deaths in 1947, 2,980 in 1948 and 1,760 in 1949, against "
        "only 402, 655 and 890 births. Marriages more than doubled between 1947 and 1949."
    )
    # no count of marriages is printed: neither run may stand in for them
    assert found(text, "multiple") == [] or all(
        v == "unverifiable" for _, v, _ in found(text, "multiple"))


def test_a_period_given_with_for_labels_its_count() -> None:
    text = (
        "The monthly returns give 2,210 persons for March, 3,050 for April, 6,420 for May and "
        "4,900 for June. Between April and May the monthly numbers more than doubled."
    )
    # 6,420 / 3,050 = 2.10 > 2
    got = found(text, "multiple")
    assert [(s, v) for s, v, _ in got] == [("more than doubled", "consistent")]
    assert inputs_of(text, "multiple", "more than doubled") == [["3,050", "6,420"]]


def test_a_noun_two_earlier_counts_carry_names_the_levels_of_a_change() -> None:
    text = (
        "In 1938 the settlement registers recorded 880 deaths and 640 births. In 1939 they "
        "give 930 deaths and 1,410 births. Births more than doubled from one year to the next."
    )
    # 1,410 / 640 = 2.20 > 2
    got = found(text, "multiple")
    assert ("more than doubled", "consistent") in [(s, v) for s, v, _ in got]
    assert inputs_of(text, "multiple", "more than doubled") == [["640", "1,410"]]


def test_a_noun_three_earlier_counts_carry_picks_no_levels() -> None:
    text = (
        "In 1938 the registers recorded 640 births. In 1939 they give 1,410 births, and in "
        "1940 another 1,020 births. Births more than doubled from one year to the next."
    )
    # three levels of births: the words do not say which two the change is between
    assert all(v != "inconsistent" for _, v, _ in found(text, "multiple"))
    assert ("more than doubled", "consistent") not in [
        (s, v) for s, v, _ in found(text, "multiple")]


# -- durations -------------------------------------------------------------------------------


def test_more_than_n_years_between_dates_with_months_is_measured_by_the_months() -> None:
    text = (
        "The operation against the villages began on 14 October 1944. The families were "
        "released by an order of May 1957, more than twelve years after the operation."
    )
    # October 1944 to May 1957 is 12.6 years: more than twelve (1957 - 1944 = 13 would
    # have called "twelve" a slip)
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("twelve years", "consistent")]
    assert got[0][2] is not None and 12.4 < got[0][2] < 12.8


def test_a_span_under_its_count_is_a_slip_when_more_than_is_said() -> None:
    text = (
        "The operation against the villages began on 14 October 1944. The families were "
        "released by an order of May 1953, more than twelve years after the operation."
    )
    # 8.6 years: not more than twelve
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("twelve years", "inconsistent")]


def test_an_event_verb_is_found_by_its_noun() -> None:
    text = (
        "After the closure of 9 March 1952 the barges stayed at the upper landing. The river "
        "authority reopened the channel on 4 May 1952, eight weeks after it had shut it."
    )
    # 9 March to 4 May 1952: 56 days, eight weeks
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("eight weeks", "consistent")]
    assert got[0][2] == 8.0


def test_a_year_printed_for_another_thing_is_no_end_to_call_a_slip_on() -> None:
    text = (
        "A census of 1933 counted 4,300 households in the valley, against 3,900 in 1931, and "
        "the first convoy left for the coast in the autumn. The families on the coast were "
        "released only in 1948, sixteen years after their arrival."
    )
    # 1948 - 1931 = 17, but 1931 and 1933 are the censuses' years: the arrival is never dated
    assert all(v != "inconsistent" for _, v, _ in found(text, "duration"))


def test_a_lasting_thing_is_no_event_dated_by_the_year_in_force() -> None:
    text = (
        "In 1946 the depot had 60 trains. The first echelon was loaded on 3 May 1947 and the "
        "last on 20 June 1947. Of those left behind, 400 were sent east in 1949 and the "
        "remaining 210 only in 1951, four years after the first trains."
    )
    # the trains are told in 1946 and again in 1947: the year they were told first is no
    # date of the first trains
    assert all(v != "inconsistent" for _, v, _ in found(text, "duration"))


# -- fractions in words ------------------------------------------------------------------------


def test_a_fraction_of_those_who_did_something_is_not_read_on_counts_of_things() -> None:
    text = (
        "The quarantine station was built for more than came. Its 36 huts had 144 beds "
        "between them, and the doctor noted that about a quarter of those who stayed there "
        "caught typhus."
    )
    # 36 / 144 = 0.25 is arithmetic on huts and beds: no count of the people who stayed
    got = found(text, "fraction")
    assert [(st, v) for st, v, _ in got] == [("about a quarter", "unverifiable")]


def test_a_fraction_of_those_who_did_something_is_read_on_counts_of_people() -> None:
    text = (
        "The quarantine station took in 1,240 refugees that summer, and 310 patients of them "
        "caught typhus, about a quarter of those who stayed there."
    )
    # 310 / 1,240 = 0.25: counts of people may be the whole and part of "those who stayed"
    got = found(text, "fraction")
    assert [(st, v) for st, v, _ in got] == [("about a quarter", "consistent")]
    assert got[0][2] is not None and abs(got[0][2] - 25.0) < 0.01


def test_a_date_without_its_year_counted_after_falls_in_the_year_before() -> None:
    text = (
        "The first barge tied up at Igarka on 4 February 1932, twelve days after it had left "
        "the pier on 23 January."
    )
    # 23 January to 4 February 1932: 12 days (the second date is the event counted after)
    got = found(text, "duration")
    assert [(s, v, c) for s, v, c in got] == [("twelve", "consistent", 12.0)]


def test_a_later_date_counted_after_without_its_year_is_read_in_the_year_before() -> None:
    text = (
        "The first echelon was unloaded at Tara on 6 January 1945, eleven days after it had "
        "left the station on 26 December."
    )
    # 26 December 1944 to 6 January 1945: 11 days, not 355
    got = found(text, "duration")
    assert [(s, v, c) for s, v, c in got] == [("eleven", "consistent", 11.0)]


def test_a_span_from_one_date_to_a_later_one_is_still_read_forward() -> None:
    text = "The loading ran from 20 November to 3 December 1944, thirteen days in all."
    # 20 November to 3 December 1944: 13 days
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("thirteen", "consistent")]


def test_a_sentence_printing_one_year_dates_the_event_it_tells() -> None:
    text = (
        "The exiles reached the Narym camps in 1932. They were allowed to leave in 1949, "
        "fifteen years after their arrival."
    )
    # 1949 - 1932 = 17, not fifteen: the one year of the sentence before is the arrival's
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("fifteen", "inconsistent")]


def test_a_fraction_pointing_back_takes_the_part_and_whole_before() -> None:
    text = (
        "Within the province the arrests fell on the coastal districts, which gave 4,130 of "
        "the province's 5,520 arrests. That was nearly three in four; the other 1,390 came "
        "from the hill villages."
    )
    # 4,130 / 5,520 = 74.8 percent: nearly three in four (75)
    got = found(text, "fraction") + found(text, "multiple")
    assert [(s, v) for s, v, _ in got] == [("nearly three in four", "consistent")]
    assert got[0][2] is not None and abs(got[0][2] - 4130 / 5520 * 100) < 0.01


def test_a_fraction_pointing_back_at_two_pairs_picks_neither() -> None:
    text = (
        "The coastal districts gave 4,130 of the province's 5,520 arrests and 610 of its 900 "
        "deportations. That was nearly three in four."
    )
    # two part-whole pairs before (74.8 and 67.8 percent): the words do not say which
    got = found(text, "fraction") + found(text, "multiple")
    assert all(v != "consistent" and v != "inconsistent" for _, v, _ in got)


def test_a_span_to_the_last_takes_the_end_the_sentences_before_dated() -> None:
    text = (
        "The last steamer left the harbour on 14 June 1951, and the port office then counted "
        "1,210 still ashore. They were mostly fishermen. From the first sailing on 2 March "
        "1949 to the last, over two years had passed."
    )
    # 2 March 1949 to 14 June 1951: 834 days, 2.3 years
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("two years", "consistent")]
    assert got[0][2] is not None and 2.2 < got[0][2] < 2.4


def test_a_journey_pointed_back_at_ends_on_the_date_before() -> None:
    text = (
        "The loading began in May 1948. The first barges tied up on 20 May, and the last only "
        "on 31 May. That journey lasted nineteen days from the loading on 12 May."
    )
    # 12 May to 31 May 1948: 19 days
    got = found(text, "duration")
    assert [(s, v, c) for s, v, c in got] == [("nineteen days", "consistent", 19.0)]


def test_a_miss_to_an_end_without_its_year_is_no_slip() -> None:
    text = (
        "The loading began in May 1948. The first barges tied up on 20 May, and the last only "
        "on 31 May. That journey lasted twenty-nine days from the loading on 12 May."
    )
    # 19 days, not 29: but the end's year is only the one in force, so no slip is called
    got = found(text, "duration")
    assert [(s, v) for s, v, _ in got] == [("twenty-nine days", "unverifiable")]
