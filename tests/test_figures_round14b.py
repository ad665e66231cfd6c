"""Issue #14, round 14b: list counts whose list runs on after a comma or carries long items
and asides, spans between dates printed in the sentence before, chains whose base is named
by "of these <noun>" or whose steps are written "K in N". Sentences of our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.report import Check


def checks_of(text: str, kind: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == kind]


def inputs_of(c: Check) -> list[str]:
    assert c.fit is not None
    return [" ".join(f.quantity.text.split()) for f in c.fit.inputs]


# -- chains ----------------------------------------------------------------------------------


def test_a_chain_about_a_figure_off_by_more_than_its_rounding_is_a_slip() -> None:
    # 12,400 x 45 % x 30 % = 1,674: "about 1,740" is 66 off, more than half its step of 10
    (c,) = checks_of(
        "Of the 12,400 settlers, 45 percent were women, and 30 percent of the women worked "
        "in the mills: about 1,740 women.", "chain",
    )  # fmt: skip
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(1674)
    assert inputs_of(c) == ["12,400", "45", "30"]


def test_a_chain_at_its_printed_rounding_is_consistent() -> None:
    (c,) = checks_of(
        "Of the 12,400 settlers, 45 percent were women, and 30 percent of the women worked "
        "in the mills: about 1,670 women.", "chain",
    )  # fmt: skip
    assert c.verdict == "consistent"


def test_of_that_ties_a_step_of_a_chain() -> None:
    # 9,000 x 60 % x a third = 1,800
    (c,) = checks_of(
        "Of the 9,000 tons of grain, 60 percent was stored, and a third of that was lost to "
        "damp, about 1,800 tons.", "chain",
    )  # fmt: skip
    assert (c.verdict, c.fit and c.fit.computed) == ("consistent", pytest.approx(1800))


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # 4,200 x 40 % x 3/10 = 504
        ("Of the 4,200 released, 40 percent went home, and three in ten of these found their "
         "houses taken: about 500 people.", 504.0),
        # 2,500 x 6/10 x 20 % = 300
        ("Six in ten of the 2,500 households kept a cow, and 20 percent of the cow-keeping "
         "households sold it in the famine, about 300 households.", 300.0),
    ],
)  # fmt: skip
def test_a_step_written_k_in_n_is_read(text: str, value: float) -> None:
    (c,) = checks_of(text, "chain")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(value)


def test_k_in_n_without_a_word_tying_the_steps_is_no_chain() -> None:
    # 2,000 x 30 % x 3/10 = 180, but the three in ten are of all the settlers, not of the sick
    text = ("Of the 2,000 settlers, 30 percent were sick, and three in ten settlers had no "
            "boots, about 180 settlers.")  # fmt: skip
    assert checks_of(text, "chain") == []
    linked = text.replace("three in ten settlers", "three in ten of these")
    (c,) = checks_of(linked, "chain")
    assert c.fit is not None and c.fit.computed == pytest.approx(180)


def test_a_chain_of_these_families_takes_the_count_of_families() -> None:
    # 1,600 x 35 % x a quarter = 140 (not the 7,200 refugees)
    (c,) = checks_of(
        "The census counted 7,200 refugees in 1,600 families. Of these families, 35 percent "
        "had lost a member, and a quarter of them found the missing: about 140 families.",
        "chain",
    )
    assert c.verdict == "consistent"
    assert inputs_of(c)[0] == "1,600"


def test_a_chain_whose_noun_follows_its_first_share() -> None:
    # 5,000 x 40 % x a quarter = 500; "about 560" is a slip
    text = ("Of the 5,000 arrivals, 58 percent were of working age. Women were 40 percent of "
            "the arrivals, and a quarter of them worked in the mills: about {} women.")  # fmt: skip
    (good,) = checks_of(text.format(500), "chain")
    (slip,) = checks_of(text.format(560), "chain")
    assert (good.verdict, slip.verdict) == ("consistent", "inconsistent")
    assert inputs_of(good)[0] == "5,000"


def test_a_chain_whose_noun_stands_before_its_count() -> None:
    # 8,000 x 60 % x a quarter = 1,200
    (c,) = checks_of(
        "Gifts raised the fund's money to 8,000 lira. Some 60 percent of the money went on "
        "bread, and a quarter of that on seed: about 1,200 lira.", "chain",
    )  # fmt: skip
    assert c.verdict == "consistent" and inputs_of(c)[0] == "8,000"


# -- list counts -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a serial comma: items with an "and" of their own, and a long last item
        "The order named four kinds of persons: former officers of the old army, former "
        "priests and monks, traders and shopkeepers, and the kin of those who had fled abroad.",
        # an aside after the last "and"
        "It covered five villages along the river: Alsu, Berk, Chor, Dyn and, some way "
        "upstream, Erk.",
        # an aside between the noun and the colon
        "The district was cut into five zones, one for each of its valleys: Ak, Bel, Cher, "
        "Dor and Em.",
        # the list ends inside the sentence
        "The exiles were loaded at three stations, Orsk, Kamenka and Bely Yar goods yard, "
        "into 9 trains.",
        "The office spread them over three oblasts, Omsk, Tara and Ishim, and found them work.",
        # two names
        "Of the 900, 600 stayed and the other 300 went to two towns, Omsk and Tara.",
    ],
)
def test_a_list_count_is_read_whatever_runs_around_its_list(text: str) -> None:
    (c,) = checks_of(text, "count")
    assert c.verdict == "consistent"


@pytest.mark.parametrize(
    ("text", "intended"),
    [
        ("The patrol reported four farms beyond the ridge that no cart could reach: Ola, "
         "Pesk, Rud, Sova and Tir.", "five"),
        ("The settlers went first to the four districts with most land, Ust-Kut, Bodaibo and "
         "Kirensk, in May; the rest followed.", "three"),
        ("The clerks wrote down five facts of every settler on the lists of the train: name, "
         "year of birth, village and trade.", "four"),
    ],
)  # fmt: skip
def test_a_miscounted_list_is_flagged(text: str, intended: str) -> None:
    (c,) = checks_of(text, "count")
    assert (c.verdict, c.intended) == ("inconsistent", intended)


@pytest.mark.parametrize(
    "text",
    [
        "The envoy warned of three dangers: haste without any plan and, once committed, delay "
        "without end, whether from doubt or from fear.",
        "In three years, Omsk and Tara grew fast.",
        "Two decades of the new order under the governor and his men: hunger, fear, exile.",
    ],
)
def test_clauses_after_a_count_are_no_miscounted_list(text: str) -> None:
    assert [c for c in checks_of(text, "count") if c.verdict == "inconsistent"] == []


# -- durations -------------------------------------------------------------------------------

ORDER = "The order reached the district on 4 March 1938, and the loading began on 15 April. "


def test_a_span_between_dates_of_the_sentence_before() -> None:
    # 4 March to 15 April: 27 + 15 = 42 days, six weeks
    (c,) = checks_of(ORDER + "The officers thus had six weeks to draw up their lists.",
                     "duration")  # fmt: skip
    assert (c.verdict, c.fit and c.fit.computed) == ("consistent", pytest.approx(6))


def test_a_wrong_span_between_dates_of_the_sentence_before_is_flagged() -> None:
    (c,) = checks_of(ORDER + "The officers thus had five weeks to draw up their lists.",
                     "duration")  # fmt: skip
    assert (c.verdict, c.intended) == ("inconsistent", "six")


def test_a_time_counted_after_an_event_is_no_span_between_the_dates() -> None:
    assert checks_of(ORDER + "Three weeks later the first train left.", "duration") == []


def test_a_span_set_after_its_own_date() -> None:
    # 1 May 1920 to 31 July 1921: 456 days, 15.0 months
    (c,) = checks_of(
        "The office opened on 1 May 1920. It kept its books until 31 July 1921, fifteen "
        "months of work.", "duration",
    )  # fmt: skip
    assert c.verdict == "consistent"


def test_years_counted_from_the_year_of_their_own_clause() -> None:
    # 1940 to 1952 is twelve years; the first two years printed (1950, 1952) are two apart
    (c,) = checks_of(
        "Sales rose from 300 in 1950 to 420 in 1952, after twelve years of rationing begun "
        "in 1940.", "duration",
    )  # fmt: skip
    assert (c.verdict, c.fit and c.fit.computed) == ("consistent", pytest.approx(12))


def test_years_that_fit_no_year_of_their_clause_are_not_made_consistent() -> None:
    (c,) = checks_of(
        "Sales rose from 300 in 1950 to 420 in 1952, after nine years of rationing begun "
        "in 1940.", "duration",
    )  # fmt: skip
    assert c.verdict != "consistent"


def test_a_time_counted_later_is_no_span_even_where_the_sentence_says_had() -> None:
    text = ORDER + "Three weeks later the officers had their lists ready."
    assert checks_of(text, "duration") == []


DECREE = ("The decree of 12 March 1950 freed the exiles from the commandants. Few went home. "
          "Between that decree and the amnesty of June 1962, {} years went by.")  # fmt: skip


def test_years_from_a_thing_dated_before_in_the_paragraph() -> None:
    (good,) = checks_of(DECREE.format("twelve"), "duration")
    (slip,) = checks_of(DECREE.format("twenty"), "duration")
    assert (good.verdict, good.fit and good.fit.computed) == ("consistent", pytest.approx(12))
    assert (slip.verdict, slip.intended) == ("inconsistent", "twelve")


def test_years_from_a_thing_not_dated_are_not_read() -> None:
    text = DECREE.format("twelve").replace("The decree of 12 March 1950", "The decree")
    assert checks_of(text, "duration") == []


TRAINS = ("The first train left Orsk on 2 May and was unloaded at Kokand on 20 May. The last "
          "arrived on 30 May, {} days after it had left.")  # fmt: skip


def test_days_after_an_event_of_the_sentence_before_named_by_its_verb() -> None:
    # it left on 2 May (not the unloading of 20 May): 28 days to 30 May
    (good,) = checks_of(TRAINS.format(28), "duration")
    (slip,) = checks_of(TRAINS.format(38), "duration")
    assert (good.verdict, good.fit and good.fit.computed) == ("consistent", pytest.approx(28))
    assert slip.verdict == "inconsistent"


def test_days_after_an_event_no_date_of_which_holds_its_verb_are_not_read() -> None:
    text = TRAINS.format(28).replace("after it had left", "after it had been sealed")
    assert checks_of(text, "duration") == []
