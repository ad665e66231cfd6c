"""Round sixteen (c): remainders, sums, chains and durations read by structure, on sentences
of our own."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.report import FigureReport


def at(report: FigureReport, stated: str, kind: str = "remainder") -> tuple[str, float | None, str]:
    (check,) = [c for c in report.checks if c.stated == stated and c.kind == kind]
    computed = check.fit.computed if check.fit is not None else None
    return str(check.verdict), computed, check.fit.formula if check.fit is not None else ""


# -- a rest after every part told since its whole (borderlands.figures.accountedrest) --------


def test_a_rest_after_parts_and_their_subtotal_is_read_on_the_subtotal() -> None:
    text = (
        "The board reviewed 2,470 appeals. It granted 305 from Minsk and 118 from Gomel, "
        "423 in all, and rejected the remaining 2,407."
    )
    # 2,470 - 423 = 2,047: the printed 2,407 swaps two digits
    assert at(check_text(text), "2,407") == ("inconsistent", 2047.0, "2,470 - 423")


def test_a_rest_left_after_parts_and_a_subtotal_is_consistent() -> None:
    text = (
        "The village had 48 households with 205 people. Fire destroyed 17 of them in May and "
        "9 more in June, 26 in all, and the village was abandoned in 1931 with 22 of its "
        "households left."
    )
    # 48 - (17 + 9) = 22; the 205 people measure the households, they are no part of them
    assert at(check_text(text), "22") == ("consistent", 22.0, "48 - 26")


def test_a_measure_of_a_count_is_no_part_of_the_rest() -> None:
    text = (
        "The register listed 1,930 families with 7,010 persons. The trains took 1,470 of "
        "these families, 76 percent, with 5,320 persons. The other 640 families were not at "
        "home."
    )
    # 1,930 - 1,470 = 460 families; the persons are another count
    assert at(check_text(text), "640") == ("inconsistent", 460.0, "1,930 - 1,470")


def test_a_named_list_item_with_its_count_is_a_part_and_another_rest_is_not() -> None:
    text = (
        "The district sent 1,310 families. The largest contingents came from Orsha, with 410 "
        "families, Borisov with 385 and Slutsk with 260, 1,055 families between them. The "
        "other nine villages together sent the remaining {}."
    )
    assert at(check_text(text.format(255)), "255") == ("consistent", 255.0, "1,310 - 1,055")
    assert at(check_text(text.format(525)), "525") == ("inconsistent", 255.0, "1,310 - 1,055")


def test_a_rest_with_no_whole_before_it_is_not_judged() -> None:
    checks = check_text("The remaining 3,120 were still under guard in 1954.").checks
    assert [str(c.verdict) for c in checks if c.kind == "remainder"] == ["unverifiable"]


def test_counts_without_a_rest_word_are_no_rest() -> None:
    text = "The board heard 860 appeals in May and 410 in June; 450 came from the towns."
    assert [c for c in check_text(text).checks if c.kind == "remainder"] == []


# -- a total of the parts its subject names (countedsubsets.joined_names) ----------------------

LINES = (
    "The railway took 5,090 families. Of these, 1,910 went to the Volga lines, 1,290 to the "
    "Ural lines, 640 to the Caspian lines and the remaining 1,250 to the northern lines. The "
    "Volga and the Urals together took {} families."
)


def test_names_joined_by_and_pick_their_own_parts_of_a_list() -> None:
    # 1,910 + 1,290 = 3,200; 1,910 + 1,250 = 3,160 would also round to it, but is not named
    assert at(check_text(LINES.format("3,200")), "3,200", "sum") == (
        "consistent", 3200.0, "1,910 + 1,290"
    )  # fmt: skip


def test_a_slip_on_the_named_parts_is_read_on_them_not_on_the_whole_list() -> None:
    report = check_text(LINES.format("3,020"))
    (total,) = [c for c in report.checks if c.stated == "3,020"]
    assert (str(total.verdict), total.intended, total.fit.formula if total.fit else "") == (
        "inconsistent", "3,200", "1,910 + 1,290"
    )  # fmt: skip


def test_names_without_together_count_no_parts() -> None:
    text = LINES.format("3,200").replace(" together", "")
    assert [
        c for c in check_text(text).checks if c.stated == "3,200" and c.verdict == "consistent"
    ] == []


# -- a share of a share of a named group (borderlands.figures.sharechains) -------------------


def test_a_share_of_those_in_the_next_sentence_chains_to_the_named_group() -> None:
    text = (
        "The district listed 840 men as invalids. Of the invalids, 45 per cent were under "
        "forty. Within a year a third of those men had died: 126 in number."
    )
    assert at(check_text(text), "126", "chain") == ("consistent", 126.0, "840 * 45% * a third")


def test_a_share_of_them_in_one_sentence_chains_to_the_group_its_words_name() -> None:
    text = (
        "The 2,600 sentenced to camp terms went north. Women were 12 per cent of the camp "
        "contingent, and 25 per cent of them worked in the laundries: about 78 women."
    )
    assert at(check_text(text), "78", "chain") == ("consistent", 78.0, "2,600 * 12% * 25%")


def test_a_group_no_earlier_count_is_named_by_gives_no_chain() -> None:
    text = (
        "The district listed 840 men as invalids. Of the guards, 45 per cent were under "
        "forty. Within a year a third of those men had died: 126 in number."
    )
    assert [c for c in check_text(text).checks if c.stated == "126"] == []


# -- a total raised from a base "by adding" parts (borderlands.figures.addedtotals) ----------

RAISED = (
    "A first grant of 4,200,000 rubles was raised to a total of {} rubles by adding "
    "2,300,000 in May and 1,400,000 in August."
)


def test_a_total_raised_by_adding_is_the_base_and_the_parts_added() -> None:
    report = check_text(RAISED.format("7,900,000"))
    (total,) = [c for c in report.checks if c.stated == "7,900,000"]
    assert (str(total.verdict), total.fit.computed if total.fit else None) == (
        "consistent", 7_900_000.0
    )  # fmt: skip


def test_a_slip_in_a_total_raised_by_adding_is_flagged() -> None:
    text = (
        "In 1948 the trust raised the number of its workers from 3,100 to 3,670 by adding 410 "
        "sent from the camps and 250 moved from other trusts."
    )
    # 3,100 + 410 + 250 = 3,760: two digits swapped
    (total,) = [c for c in check_text(text).checks if c.stated == "3,670"]
    assert (str(total.verdict), total.intended) == ("inconsistent", "3,760")


def test_a_total_raised_by_adding_with_no_base_in_its_sentence_is_not_read() -> None:
    text = "The trust raised its workers to 3,760 by adding 410 from the camps and 250 others."
    assert [c for c in check_text(text).checks if c.verdict == "consistent"] == []


# -- a whole split after a colon (borderlands.figures.colonparts) -----------------------------


def test_the_last_part_after_a_colon_is_what_the_whole_leaves() -> None:
    text = (
        "By the end of 1959, 40,120 settlers had come home: 22,460 in 1958 and 17,660 in "
        "1959, or 83 percent of the 48,300 removed."
    )
    report = check_text(text)
    assert at(report, "17,660") == ("consistent", 17660.0, "40,120 - 22,460")
    assert at(report, "40,120", "sum") == ("consistent", 40120.0, "22,460 + 17,660")


def test_a_count_inside_an_item_breaks_the_list() -> None:
    text = (
        "The operation engaged 9,400 men in 12 groups: 6,100 of them in 8 villages and 3,300 "
        "on the railway."
    )
    assert [c for c in check_text(text).checks if c.kind == "remainder"] == []
