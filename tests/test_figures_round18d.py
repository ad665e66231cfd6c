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
