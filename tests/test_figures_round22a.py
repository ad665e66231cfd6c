"""Round 22a, comparisons: ranks over a list of one counted noun, and ranks said after the
list's members were given as shares of its whole. Sentences of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check

HOUSEHOLDS = (
    "The register gives 610 families taken from Avren, 450 from Brest, 380 from Corte and 120 "
    "from Dunmore, 1,560 altogether, with 7,300 persons among them. That is 4.7 persons to a "
    "family. Avren furnished 39.1 per cent of the families, while {who} came second."
)


def comparisons(text: str, word: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == "comparison" and word in c.stated]


def test_a_count_of_another_noun_is_no_member_of_the_ranked_list() -> None:
    # the 7,300 persons are no fifth member: Brest is second of the families
    [claim] = comparisons(HOUSEHOLDS.format(who="Brest"), "second")
    assert claim.verdict == "consistent"
    assert [i.quantity.mid for i in claim.inputs] == [610, 450, 380, 120]


def test_a_wrong_rank_over_the_one_noun_list_is_still_a_slip() -> None:
    [claim] = comparisons(HOUSEHOLDS.format(who="Corte"), "second")
    assert claim.verdict == "inconsistent"
    assert claim.intended == "third"


def test_a_list_printing_a_noun_for_each_member_keeps_them_all() -> None:
    text = (
        "The commission took 700,000 sheep, 200,000 cattle, 90,000 horses and 30,000 goats. "
        "The goats, the smallest of the herds, went to the state farms."
    )
    [claim] = comparisons(text, "smallest")
    assert claim.verdict == "consistent"
    assert sorted(i.quantity.mid for i in claim.inputs) == [30000, 90000, 200000, 700000]


LISTED = (
    "The lists give 700 families from Elm, 610 from Fane, 340 from Gort and 200 from Holm. "
    "The clerk added them up to 1,850. The carts left before dawn in a cold rain. "
)


def test_a_rank_after_a_share_of_the_listed_noun_is_of_the_listed_counts() -> None:
    text = LISTED + (
        "Elm alone gave 37.8 per cent of the families; Gort, the second-largest contingent, "
        "lay in the hills."
    )
    [claim] = comparisons(text, "second")
    assert claim.verdict == "inconsistent"
    assert claim.intended == "third"
    assert claim.fit is not None and claim.fit.computed == 3
    assert sorted(i.quantity.mid for i in claim.inputs) == [200, 340, 610, 700]


def test_the_right_rank_after_a_share_of_the_listed_noun_holds() -> None:
    text = LISTED + (
        "Elm alone gave 37.8 per cent of the families; Fane, the second-largest contingent, "
        "lay in the hills."
    )
    [claim] = comparisons(text, "second")
    assert claim.verdict == "consistent"


def test_without_a_share_of_the_listed_noun_a_far_rank_is_no_slip() -> None:
    # the rank may weigh another measure of the places (their size): never a flag
    text = LISTED + "Gort, the second-largest town of the valley, lay in the hills."
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "second"))


def test_a_share_of_another_noun_does_not_make_the_rank_a_slip() -> None:
    text = LISTED + (
        "Elm alone held 40 per cent of the cattle; Gort, the second-largest contingent, "
        "lay in the hills."
    )
    assert all(c.verdict != "inconsistent" for c in comparisons(text, "second"))


PLACED = (
    "By May the bureau had placed 5,200 of the 9,800 men of working age and 3,900 of the "
    "31,000 women. "
)


def test_a_comparative_of_manner_compares_the_rates_of_the_groups() -> None:
    # 5,200 / 9,800 = 53 % against 3,900 / 31,000 = 13 %: the men found work more readily
    [claim] = comparisons(PLACED + "Men thus found work far more readily than women.", "more")
    assert claim.verdict == "consistent"
    assert "5,200 / 9,800 against 3,900 / 31,000" in claim.explanation


def test_a_reversed_comparative_of_manner_is_a_slip_of_the_rates() -> None:
    [claim] = comparisons(PLACED + "Women thus found work more readily than men.", "more")
    assert claim.verdict == "inconsistent"


def test_manner_reads_rates_where_the_bare_counts_would_disagree() -> None:
    # more women were placed (6,000 against 5,200) but at a far lower rate
    text = (
        "By May the bureau had placed 5,200 of the 9,800 men and 6,000 of the 31,000 "
        "women. Men thus found work more readily than women."
    )
    [claim] = comparisons(text, "more")
    assert claim.verdict == "consistent"


def test_a_noun_after_more_is_still_the_thing_counted() -> None:
    # "more cattle": the groups count people, so no verdict on them
    text = (
        "By May the bureau had placed 5,200 of the 9,800 men and 3,900 of the 31,000 "
        "women. The men thus kept more cattle than the women."
    )
    assert comparisons(text, "more") == []
