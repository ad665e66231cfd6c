"""Round fifteen (a): a fraction in words, or a round share without counts of its own, rests
only on counts of what it names (borderlands.figures.fractiontopic)."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.checks import Check


def only(text: str, stated: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.stated == stated]
    return check


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # the counts before are of sacks and tents, the fraction of settlers
        ("The depot held 1,300 sacks and 5,200 tents. The inspectors reckoned that about a "
         "quarter of the settlers still had no roof.", "about a quarter"),
        # the whole counts settlers, but the part counts desks
        ("The post had 1,480 settlers and desks for 370 pupils. The doctor thought that about "
         "a quarter of the settlers were ill.", "about a quarter"),
        # the sentence prints both, but families are no part of the sheep
        ("The colony took in 60 households and 240 head of stolen sheep, and the herdsmen said "
         "that about a quarter of the sheep had died by spring.", "about a quarter"),
        # a round share of people fitted on hectares
        ("The farms sowed 4,400 hectares of oats and 1,100 hectares of flax. The soviet said "
         "that 25 percent of the newcomers had no boots.", "25 percent"),
    ],
)
def test_a_fit_on_counts_of_other_things_is_no_reading(text: str, stated: str) -> None:
    check = only(text, stated)
    assert check.verdict == "unverifiable"
    assert check.fit is None
    (fit, *_) = check.alternatives
    assert fit.computed == pytest.approx(25.0)  # the chance fit is kept for a reader


def test_counts_of_the_named_noun_are_read() -> None:
    check = only(
        "The mill employed 1,640 workers, and 410 of them came from the village. So about a "
        "quarter of the workers were villagers.",
        "about a quarter",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["410", "1,640"]
    assert check.fit.computed == pytest.approx(25.0)


@pytest.mark.parametrize(
    ("text", "stated", "inputs"),
    [
        # an anaphoric whole names no noun: "of the whole"
        ("The fund paid 3,000 roubles for roofs and 2,000 for seed, 5,000 roubles in all. "
         "Roofs were thus three-fifths of the whole.", "three-fifths", ["3,000", "5,000"]),
        # a generic head noun: "of the value"
        ("The fund paid 3,000 roubles for roofs and 2,000 for seed, 5,000 roubles in all. "
         "Roofs were thus three-fifths of the value.", "three-fifths", ["3,000", "5,000"]),
        # a part with the named noun and a whole printed bare
        ("The villages gave 514 families, 300 and 1,242 more, 2,056 in all. Ivanovka alone "
         "gave a quarter of the families.", "a quarter", ["514", "2,056"]),
        # the sentence's own counts, whatever its closing noun ("of the camp")
        ("Of the 43,200 prisoners, 28,800 worked in the fields, two-thirds of the camp.",
         "two-thirds", ["28,800", "43,200"]),
    ],
)
def test_unnamed_or_own_wholes_are_still_read(text: str, stated: str, inputs: list[str]) -> None:
    check = only(text, stated)
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == inputs


def test_a_round_share_on_counts_of_its_noun_is_read() -> None:
    check = only(
        "The district received 1,600 newcomers in May, and 400 newcomers came without boots. "
        "The soviet said that 25 percent of the newcomers were barefoot.",
        "25 percent",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["400", "1,600"]


@pytest.mark.parametrize(
    "text",
    [
        "The returns (file 12, sheets 30 to 37) give 1,200 for Ozery, 800 for Lesnoe and 500 "
        "for Brod, 2,500 in all.",
        "The lists, of which only one (dated 3 May, 11 sheets) is whole, give Ozery 1,200, "
        "Lesnoe 800 and Brod 500, 2,500 in all.",
    ],
)
def test_figures_of_an_archival_aside_are_no_parts(text: str) -> None:
    (check,) = [c for c in check_text(text).checks if c.kind == "sum"]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["1,200", "800", "500"]


def test_a_slip_beside_an_archival_aside_is_still_flagged() -> None:
    text = (
        "The returns (file 12, sheets 30 to 37) give 1,200 for Ozery, 800 for Lesnoe and 500 "
        "for Brod, 2,600 in all."
    )
    (check,) = [c for c in check_text(text).checks if c.kind == "sum"]
    assert check.verdict == "inconsistent"


def test_a_bracket_of_counts_is_no_aside() -> None:
    text = "The three villages (1,200, 800 and 500 persons) held 2,500 persons in all."
    (check,) = [c for c in check_text(text).checks if c.kind == "sum"]
    assert check.verdict == "consistent"


def test_a_count_after_a_closing_total_is_no_part() -> None:
    # 19 + 7 = 26; the 14 left belong to the clause after "in all" (19 + 7 + 14 = 40)
    text = (
        "The choir lost 19 of its 40 singers in the autumn and 7 more in the winter, 26 in "
        "all, and it closed in April with 14 of its members left."
    )
    (check,) = [c for c in check_text(text).checks if c.stated == "26"]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["19", "7"]


def test_a_total_that_opens_its_list_keeps_the_parts_after_it() -> None:
    text = "The trains carried 3,100 settlers in all: 1,900 to Omsk, 700 to Tomsk and 500 to Tara."
    (check,) = [c for c in check_text(text).checks if c.kind == "sum"]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["1,900", "700", "500"]


def rate_at(text: str, stated: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.kind == "rate" and c.stated == stated]
    return check


def test_a_rate_rests_on_the_two_counts_its_sentence_names() -> None:
    # 1,830 / 48 = 38.1 a wagon; 1,150 / 48 = 24.0 fits "about 24" only by chance
    check = rate_at(
        "The depot kept 1,150 men in its barracks. The March echelon carried 1,830 settlers "
        "in 48 wagons, about 24 to a wagon.",
        "24",
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["1,830", "48"]
    assert check.fit.computed == pytest.approx(1830 / 48)


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # wagons are no persons: the sentence names no count of what is rated per train
        ("The depot kept 13,000 men. They left in 29 trains, about 450 persons to a train, "
         "packed into 812 goods wagons.", "450"),
        # the wagons are what another rate is per, not what this one counts
        ("The depot kept 13,000 men. The 29 trains were made up of 1,310 wagons, about 10 "
         "persons to a wagon and about 450 to a train.", "450"),
    ],
)
def test_a_pair_that_does_not_count_the_rated_thing_is_no_reading(text: str, stated: str) -> None:
    check = rate_at(text, stated)
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["13,000", "29"]


def test_a_rate_per_thousand_rests_on_the_part_and_whole_its_clause_names() -> None:
    # 512 / 14,200 * 1,000 = 36.1; 512 / 9,100 * 1,000 = 56.3 fits "56.3" only by chance
    check = rate_at(
        "The camp registered 9,100 arrivals that year. In the spring 14,200 persons passed "
        "through the transit barracks, and 512 of them died there, 56.3 per 1,000.",
        "56.3",
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(512 / 14200 * 1000)
    assert check.intended == "36.1"


def test_a_rate_per_thousand_its_clause_gives_is_still_consistent() -> None:
    check = rate_at(
        "The camp registered 9,100 arrivals that year. In the spring 14,200 persons passed "
        "through the transit barracks, and 512 of them died there, 36.1 per 1,000.",
        "36.1",
    )
    assert check.verdict == "consistent"


def test_a_fraction_is_no_reading_of_a_percentage_of_other_people() -> None:
    check = only(
        "The church books were kept in Riga. Relatives said that about 20 percent of those "
        "arrested were shot at once. The committee believed that a fifth of the widows never "
        "married again.",
        "a fifth",
    )
    assert check.verdict == "unverifiable"
    assert check.fit is None


def test_a_fraction_reads_a_percentage_of_the_people_it_names() -> None:
    check = only(
        "The commission put the men of the district on its lists. It passed most of them and "
        "turned down the rest, 20 percent. So a fifth of the men never served.",
        "a fifth",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["20"]


def test_two_part_of_whole_pairs_that_both_give_a_share_make_it_ambiguous() -> None:
    check = only(
        "At the mill 270 of 450 sawyers kept the quota in May and 330 of 550 in June "
        "(60 percent).",
        "60 percent",
    )
    assert check.verdict == "ambiguous"
    shown = [check.fit, *check.alternatives]
    assert [[f.quantity.text for f in fit.inputs] for fit in shown if fit] == [
        ["270", "450"],
        ["330", "550"],
    ]


def test_one_pair_that_gives_a_share_is_read() -> None:
    # 330 / 600 = 55 percent: only the first pair gives 60
    check = only(
        "At the mill 270 of 450 sawyers kept the quota in May and 330 of 600 in June "
        "(60 percent).",
        "60 percent",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["270", "450"]


def multiple_at(text: str) -> Check:
    (check,) = [c for c in check_text(text).checks if c.kind == "multiple"]
    return check


def test_a_part_and_its_whole_are_no_levels_of_a_growth() -> None:
    check = multiple_at(
        "The fund received 900,000 roubles, 180,000 of them for the clinic. The report boasted "
        "that the clinic had grown fivefold since 1950."
    )
    assert check.verdict == "unverifiable"
    assert check.fit is None


def test_two_levels_of_the_sentence_before_are_read() -> None:
    check = multiple_at(
        "The clinic treated 180,000 patients in 1950 and 900,000 in 1955. The report boasted "
        "that its work had grown fivefold."
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(5.0)


def test_counts_of_the_group_compared_with_are_no_reading_of_a_share() -> None:
    # 90 / 1,000 = 9 percent is the Poles' rate, not this camp's 4.1
    check = only(
        "Its death rate, 4.1 percent, was lower than among the Poles whose camp lay nearby, "
        "90 dead of 1,000.",
        "4.1 percent",
    )
    assert check.verdict == "unverifiable"


def test_a_share_of_its_own_counts_before_the_comparison_is_still_judged() -> None:
    # 90 / 1,000 = 9.0; no usual slip turns it into 4.1, so the fit is shown as the
    # candidate of an unverifiable claim (borderlands.figures.slipshape)
    check = only("Of the 1,000 Balts, 90 died (4.1 percent), fewer than among the Poles.",
                 "4.1 percent")
    assert check.verdict == "unverifiable"
    assert [a.computed for a in check.alternatives] == [pytest.approx(9.0)]
    slip = only("Of the 1,000 Balts, 90 died (0.9 percent), fewer than among the Poles.",
                "0.9 percent")
    assert (slip.verdict, slip.intended) == ("inconsistent", "9.0")


def test_a_fronted_whole_and_its_part_are_no_sides_of_a_comparison() -> None:
    # the Balts' 90 dead of 1,000 set against the Poles, whose figure is not printed: the
    # whole and its part are one proportion, not two things compared (kinds.part_of_whole)
    for text in ("Of the 1,000 Balts, 90 died (4.1 percent), fewer than among the Poles.",
                 "Among the 1,000 Balts, 90 died, more than among the Poles."):  # fmt: skip
        assert not [c for c in check_text(text).checks if c.kind == "comparison"]
    # two things set against each other are still read: 900 is fewer than 1,000, 1,100 not
    (c,) = check_text("The Balts lost 900, fewer than the 1,000 Poles.").checks
    assert (c.kind, c.verdict) == ("comparison", "consistent")
    (c,) = check_text("The Balts lost 1,100, fewer than the 1,000 Poles.").checks
    assert (c.kind, c.verdict) == ("comparison", "inconsistent")


def test_a_multiple_reads_the_from_to_of_its_own_clause() -> None:
    # 150 / 70 = 2.14 is "more than doubled"; the first pair, 520 to 260, halved
    (check,) = [
        c for c in check_text(
            "In the northern camps deaths halved in the second year, from 520 to 260, and "
            "births more than doubled, from 70 in 1948 to 150 in 1950."
        ).checks if c.stated == "more than doubled"
    ]
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["70", "150"]
    assert check.fit.computed == pytest.approx(150 / 70)


def test_a_multiple_whose_own_from_to_misses_is_flagged() -> None:
    (check,) = [
        c for c in check_text(
            "In the northern camps deaths halved in the second year, from 520 to 260, and "
            "births more than doubled, from 70 in 1948 to 120 in 1950."
        ).checks if c.stated == "more than doubled"
    ]
    assert check.verdict == "inconsistent"


def test_a_round_share_is_no_reading_of_its_sentence_counts_of_other_things() -> None:
    check = only(
        "The inspector counted 30 wells in Ozery and 120 in Brod, and reckoned that 25 percent "
        "of the roofs leaked.",
        "25 percent",
    )
    assert check.verdict == "unverifiable"
    assert check.fit is None


@pytest.mark.parametrize(
    "text",
    [
        # children are a group of the deportees named
        "The depot held 1,200 people in June; 300 children were sent on to the homes, "
        "25 percent of the deportees.",
        "The district had 400 farms, and 100 farms, 25 percent of the farms, had no horse.",
    ],
)
def test_a_round_share_of_its_sentence_counts_of_what_it_names_is_read(text: str) -> None:
    check = only(text, "25 percent")
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(25.0)


def test_a_fraction_in_words_is_of_the_count_apposed_to_it() -> None:
    # 2,440 / 3,050 = 80 percent: the great majority; 610 / 3,050 is the fifth before it
    check = only(
        "For 610 of the 3,050 files, about a fifth, the clerk gave no date, but the great "
        "majority, 2,440, were dated.",
        "the great majority",
    )
    assert check.verdict == "consistent"
    assert check.fit is not None
    assert [f.quantity.text for f in check.fit.inputs] == ["2,440", "3,050"]


def test_an_apposed_count_that_is_no_majority_is_flagged() -> None:
    check = only(
        "For 610 of the 3,050 files, about a fifth, the clerk gave no date, but the great "
        "majority, 1,440, were dated.",
        "the great majority",
    )
    assert check.verdict == "inconsistent"
    assert check.fit is not None
    assert check.fit.computed == pytest.approx(1440 / 3050 * 100)


def test_the_scale_of_an_earlier_rate_is_no_whole_of_the_next() -> None:
    # the "1,000" of "70 per 1,000" is no count: 240 / 10,000 * 1,000 = 24 is the reading
    text = (
        "Tomsk oblast received 10,000 deportees and Omsk oblast 10,000 more.\n\n"
        "In the first winter Tomsk lost 700, 70 per 1,000, and Omsk 240, 24 per 1,000."
    )
    check = rate_at(text, "24")
    assert check.verdict != "inconsistent"


def test_a_comparative_after_a_pair_is_said_of_the_nearer_figure() -> None:
    # "..., fewer than the Balts": the Poles' 900 against the Balts' 1,000 (kinds.
    # nearest_is_subject); the change "from 900 to 1,200, higher than" is said of the 1,200
    (c,) = check_text("The Balts lost 1,000 and the Poles 900, fewer than the Balts.").checks
    assert (c.kind, c.verdict, c.fit and c.fit.formula) == ("comparison", "consistent",
                                                             "900 vs 1000")  # fmt: skip
    (c,) = check_text("The Balts lost 1,000 and the Poles 1,200, fewer than the Balts.").checks
    assert (c.kind, c.verdict) == ("comparison", "inconsistent")
    higher = [c for c in check_text("Deaths rose from 900 in 1940 to 1,200 in 1941, higher "
                                    "than in any year before.").checks if c.stated == "higher"]
    assert [(c.verdict, c.fit and c.fit.formula) for c in higher] == [("consistent", "1200 vs 900")]
    # a rate "for every eight" is no second side beside the count before it: no slip is read
    compared = [c for c in check_text("The escort of 4,720 soldiers allowed one soldier for "
                                      "every eight deportees, more than the rules required.").checks
                if c.kind == "comparison"]  # fmt: skip
    assert all(c.verdict != "inconsistent" for c in compared)
