"""Round nineteen (c): durations counted from an event the text dated before, spans that name
their own ends, fractions said of a list's member, and the subject of an as-many multiple.
Sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def checks_of(text: str, stated: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.stated == stated]


def members_share(text: str, stated: str) -> list[Check]:
    """The readings of ``stated`` as a fraction of a list's member (other rules may read the
    same words on other figures)."""
    return [c for c in checks_of(text, stated) if "its list adds up to" in c.explanation]


# -- a span "after" an event clause: the event's date is the one printed by its verb -------


DECREE = (
    "The decree was signed in Moscow on 3 May 1936 and sent to the krai by courier.\n\n"
    "The lists were drawn up in the villages over the following days."
)


def test_a_span_after_an_event_clause_is_measured_from_the_date_its_verb_names() -> None:
    text = DECREE + (
        " The first train reached Omsk on 21 May 1936, eighteen days after the decree had "
        "been signed."
    )
    (check,) = checks_of(text, "eighteen days")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(18.0)  # 3 May to 21 May


def test_a_span_after_an_event_clause_that_the_dates_do_not_give_is_a_slip() -> None:
    text = DECREE + (
        " The first train reached Omsk on 21 May 1936, twenty-five days after the decree had "
        "been signed."
    )
    (check,) = checks_of(text, "twenty-five days")
    assert check.verdict == "inconsistent"
    assert check.intended == "18 days"


def test_a_sentence_that_only_points_back_to_the_event_does_not_date_it() -> None:
    # the closing of 7 October names the note only as "after the note": the fifteen months
    # run from the note's own date, 10 August 1950, to 8 November 1951 (455 days)
    text = (
        "The note was delivered to the legation on 10 August 1950.\n\n"
        "The border was closed on 7 October 1950, fifty-eight days after the note was "
        "delivered. It was closed for good on 8 November 1951, nearly fifteen months after "
        "the note."
    )
    (days,) = checks_of(text, "fifty-eight days")
    assert days.verdict == "consistent"
    assert days.fit is not None and days.fit.computed == pytest.approx(58.0)
    spans = [c for c in check_text(text).checks if "fifteen months" in c.stated]
    assert [c.verdict for c in spans] == ["consistent"]
    assert spans[0].fit is not None
    assert spans[0].fit.computed == pytest.approx(455 / (365.25 / 12), abs=0.01)


def test_whole_years_after_an_event_clause_are_one_printed_year_less_the_other() -> None:
    base = (
        "The decree abolishing the autonomous oblast was dated 12 October 1943.\n\n"
        "The families were released in January 1957, {} years after the oblast had been "
        "abolished."
    )
    (right,) = checks_of(base.format("fourteen"), "fourteen years")
    assert right.verdict == "consistent"
    assert right.fit is not None and right.fit.computed == pytest.approx(14.0)
    (slip,) = checks_of(base.format("sixteen"), "sixteen years")
    assert slip.verdict == "inconsistent"
    assert slip.intended == "14 years"


def test_an_event_date_whose_year_is_not_printed_never_makes_a_slip() -> None:
    # "16 September" takes its year from the paragraph; the echelons may have left in
    # another year: a count that does not fit is left unverifiable
    text = (
        "The removal was ordered in 1941. The last echelon left Engels on 16 September.\n\n"
        "The register of October 1946, fifty months after the echelons left, counted 41,000."
    )
    spans = [c for c in check_text(text).checks if c.stated.startswith("fifty months")]
    assert spans and all(c.verdict == "unverifiable" for c in spans)


def test_words_after_after_that_are_no_event_clause_are_not_read() -> None:
    text = (
        "The commission met on 2 March 1938.\n\n"
        "The trains left on 9 March 1938, three days after they met."
    )
    read = [c for c in check_text(text).checks
            if "event its clause names" in c.explanation]  # fmt: skip
    assert read == []


# -- a span in years that names its own ends --------------------------------------------------


@pytest.mark.parametrize(
    ("count", "verdict", "intended"),
    [("five", "consistent", None), ("six", "unverifiable", None),
     ("eight", "inconsistent", "5 years")],
)  # fmt: skip
def test_a_span_with_its_own_ends_is_read_between_them(
    count: str, verdict: str, intended: str | None
) -> None:
    # the year of the agreement (1941) printed before is not an end of the span
    text = (
        f"Under the agreement of 1941 the debt was to be paid in timber over {count} years, "
        "from 1941 to 1946."
    )
    (check,) = checks_of(text, count)
    assert check.verdict == verdict
    assert check.intended == intended
    assert check.fit is not None and check.fit.computed == pytest.approx(5.0)


def test_a_qualified_span_with_its_own_ends_is_left_to_the_other_rules() -> None:
    text = "The debt was to be paid in timber for nearly five years, from 1941 to 1946."
    read = [c for c in check_text(text).checks if "the ends it names" in c.explanation]
    assert read == []


# -- a fraction said of one member of a list, of the sum of the list --------------------------


LIST = (
    "The lists gave 4,000 families to Omsk, 3,000 to Tomsk, 2,000 to Kurgan and 1,000 to "
    "Tara, 11,000 in the four together. The trains ran all through the spring."
)


def test_a_fraction_of_a_lists_member_is_read_on_the_sum_of_the_list() -> None:
    # the printed total (11,000) is a slip of its own: the whole is 4,000 + 3,000 + 2,000
    # + 1,000 = 10,000, and Tara's 1,000 is a tenth of it
    text = LIST + " Omsk sent its men to the mines, while Tara, with about a tenth, kept them."
    (check,) = members_share(text, "about a tenth")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(0.1)


def test_a_fraction_that_does_not_fit_the_members_share_is_left_unverifiable() -> None:
    text = LIST + " Omsk sent its men to the mines, while Tara, with about a third, kept them."
    (check,) = members_share(text, "about a third")
    assert check.verdict == "unverifiable"
    assert check.fit is not None and check.fit.computed == pytest.approx(0.1)


def test_a_fraction_whose_clause_prints_its_own_count_is_not_read_as_a_members() -> None:
    text = LIST + " Tara, with 1,000 families, took about a tenth."
    read = [c for c in check_text(text).checks if "its list adds up to" in c.explanation]
    assert read == []


# -- as many as: a name the clause gives as a preposition's object is not the subject -------


def test_the_subject_of_as_many_is_not_the_name_after_a_preposition() -> None:
    text = (
        "The returns list 4,615 persons taken from Korovino, 3,880 from Lipki, 3,106 from "
        "Zarechye and 1,742 from Sosnovka. Lipki came second only to Korovino and sent more "
        "than twice as many people as Sosnovka."
    )
    (check,) = checks_of(text, "more than twice as many")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(3880 / 1742)


# -- "the PERIOD figure ... that of PERIOD": the levels are the counts the periods label -----


MONTHS = (
    "The register records 9,420 arrivals in December, 14,385 in January and 19,140 in "
    "February. "
)


def test_a_periods_figure_multiplied_that_of_another_period_reads_their_counts() -> None:
    (check,) = checks_of(MONTHS + "The February figure had doubled that of December.", "doubled")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(19140 / 9420)


def test_a_periods_figure_the_counts_do_not_give_is_a_slip() -> None:
    (check,) = checks_of(MONTHS + "The February figure had tripled that of December.", "tripled")
    assert check.verdict == "inconsistent"
    assert check.intended == "doubled"


def test_a_period_no_count_is_labelled_by_leaves_the_multiple_unread() -> None:
    assert checks_of(MONTHS + "The February figure had doubled that of 1940.", "doubled") == []


# -- an event clause whose verb no earlier sentence dates: its noun's date may be another's --


def test_a_clause_dated_only_by_its_noun_is_left_unverifiable() -> None:
    # the camp was opened in May 1936; when it was closed the text does not say
    text = (
        "The camp was opened on 3 May 1936.\n\n"
        "The last settlers left on 10 May 1946, ten years after the camp had been closed."
    )
    (check,) = checks_of(text, "ten years")
    assert check.verdict == "unverifiable"


def test_a_span_since_an_event_clause_is_read_as_one_after_it() -> None:
    text = (
        "The commissar signed the order on 11 December 1937.\n\n"
        "By 15 November 1938, eleven months since the order had been signed, the camps were "
        "full."
    )
    (check,) = checks_of(text, "eleven months")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(339 / (365.25 / 12), abs=0.01)


def test_a_capitalised_word_of_the_next_sentence_names_no_member() -> None:
    # "Widows" opens the sentence after the list: it stands beside 1,000 only across a
    # sentence break, and names no member of it
    text = (
        "The lists gave 4,000 families to Omsk, 3,000 to Tomsk, 2,000 to Kurgan and 1,000 to "
        "Tara. Widows headed about a tenth of the families."
    )
    assert members_share(text, "about a tenth") == []


# -- "double" before the thing compared: the sides are the counts their own words name -------


def test_double_a_named_thing_reads_the_counts_the_two_sides_name() -> None:
    text = (
        "A horse was valued at 180 marks on average and a sheep at 95 marks, so that a horse "
        "counted for close to double a sheep."
    )
    (check,) = checks_of(text, "close to double")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(180 / 95)


def test_double_those_of_a_place_reads_the_counts_of_the_sentence_before() -> None:
    text = (
        "The settlers at Kedrovyi received 640 grams of bread a day. Those at Sosnovka "
        "received 310 grams, and the rations at Kedrovyi came to more than double those of "
        "Sosnovka."
    )
    (check,) = checks_of(text, "more than double")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(640 / 310)


def test_double_that_the_named_counts_do_not_give_is_left_unverifiable() -> None:
    text = (
        "A horse was valued at 180 marks on average and a sheep at 45 marks, so that a horse "
        "counted for close to double a sheep."
    )
    (check,) = checks_of(text, "close to double")
    assert check.verdict == "unverifiable"


def test_double_as_an_adjective_of_a_thing_is_no_multiple() -> None:
    text = "The barracks had double walls and 40 bunks; the 120 settlers slept in double rows."
    assert [c for c in check_text(text).checks if c.kind == "multiple"] == []
