"""Round 22b, shares: a percentage of change read on the two levels the grammar names, a
share said "of all" kept off the total of a few selected members, and a member's share of
a list found further back or given "respectively". Sentences are our own."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.report import Check


def share(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.kind == "share" and c.stated == stated]
    return found


def inputs(c: Check) -> list[float]:
    assert c.fit is not None
    return [f.quantity.mid for f in c.fit.inputs]


# -- a rise or fall by a percentage -------------------------------------------------------------


def test_more_than_the_level_after_than_is_the_rise_on_it() -> None:
    c = share("The census of 1959 counted 81,403 Tavlins, 18 per cent more than the 68,938 "
              "sent east in 1943.", "18 per cent")  # fmt: skip
    # (81,403 - 68,938) / 68,938 = 18.08 percent
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(18.0815, abs=1e-3)
    assert inputs(c) == [81403, 68938]


def test_risen_by_reads_the_two_levels_of_the_sentence_before() -> None:
    c = share("The lists of 1941 counted 15,874 settlers and those of 1949 counted 19,230. "
              "The number had risen by 21.1 percent, though the writers put the dead at "
              "about 4,000.", "21.1 percent")  # fmt: skip
    # (19,230 - 15,874) / 15,874 = 21.14; 4,000 / 19,230 = 20.8 is no reading of a rise
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(21.1415, abs=1e-3)


def test_fewer_than_in_a_year_finds_the_count_printed_with_that_year() -> None:
    c = share("The books give 612 deaths in 1948, 1,037 in 1949 and 744 in 1950. The toll "
              "came to 48 per 1,000. Deaths fell to 744 in 1950, 28.3 per cent fewer than "
              "in 1949, and births rose.", "28.3 per cent")  # fmt: skip
    # a fall is counted on the larger level: (1,037 - 744) / 1,037 = 28.25
    assert c.verdict == "consistent"
    assert inputs(c) == [744, 1037]


def test_a_rise_on_the_total_the_sentence_before_ends_on() -> None:
    c = share("The register counted 6,188 in Alsk, 4,512 in Borovo and 2,392 in Kedr, 13,092 "
              "altogether. Against the 12,416 of 1946 that was a rise of 5.4 percent.",
              "5.4 percent")  # fmt: skip
    assert c.verdict == "consistent"
    assert inputs(c) == [13092, 12416]


def test_a_rise_its_own_clause_misprints_is_a_slip() -> None:
    c = share("The census of 1959 counted 81,403 Tavlins, 28 per cent more than the 68,938 "
              "sent east in 1943.", "28 per cent")  # fmt: skip
    assert (c.verdict, c.intended) == ("inconsistent", "18")


def test_a_borrowed_level_that_misses_calls_nothing_a_slip() -> None:
    # the sentence before has two counts, but not the two levels this rise is of
    text = ("The plan gave Alsk 1,325 households and Borovo 1,810. By August the lists held "
            "1,402 in Alsk and 1,946 in Borovo. The Borovo lists exceeded theirs by 7.5 "
            "percent.")  # fmt: skip
    assert [c for c in check_text(text).checks if c.verdict == "inconsistent"] == []


def test_a_share_without_words_of_change_is_not_read_as_one() -> None:
    c = share("Of the 4,000 settlers, 1,200 worked in the mines, 30 percent more than they "
              "wished.", "30 percent")  # fmt: skip
    # "more than" follows, but only one count is in its clause and none before it: no pair
    assert c.verdict != "inconsistent"


# -- "of all" against the total of a selection --------------------------------------------------


def test_a_share_of_all_is_not_read_on_the_total_of_four_selected_members() -> None:
    c = share("The register lists 3,412 persons from Alsk, 2,987 from Borovo, 2,655 from Kedr "
              "and 1,946 from Lugo; together these four districts gave 11,000 people. Lugo "
              "supplied 17.7 per cent of all those taken in the province.", "17.7 per cent")
    # 1,946 / 11,000 = 17.69 fits, but 11,000 counts four districts, not all those taken
    assert c.verdict == "unverifiable"


def test_a_share_of_all_on_a_list_total_in_all_is_still_read() -> None:
    c = share("The register lists 3,412 persons from Alsk, 2,987 from Borovo, 2,655 from Kedr "
              "and 1,946 from Lugo, 11,000 in all. Lugo supplied 17.7 per cent of all the "
              "deportees.", "17.7 per cent")  # fmt: skip
    assert c.verdict == "consistent"
    assert inputs(c) == [1946, 11000]


# -- a member's share of a list further back -----------------------------------------------------


def test_counts_given_respectively_are_matched_to_their_names() -> None:
    c = share("The trust formed five groups: Alsk, Borovo, Kedr, Lugo and Mirny. They took "
              "4,120, 3,380, 2,905, 2,040 and 1,460 households respectively. Alsk, with 29.6 "
              "percent of the families, was the largest group.", "29.6 percent")  # fmt: skip
    # 4,120 / 13,905 = 29.63
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(29.6296, abs=1e-3)
    assert inputs(c)[0] == 4120


def test_a_list_three_sentences_back_behind_a_file_reference() -> None:
    c = share("The summary (file 9, sheets 31 to 33) records 702 households from Lachin, 611 "
              "from Kubatly, 345 from Zangelan and 203 from Jebrail. The clerk added these up "
              "to 1,816. With 10,421 persons, the households averaged about 5.6 members. "
              "Lachin alone gave 37.7 per cent of the households.", "37.7 per cent")
    # 702 / (702 + 611 + 345 + 203) = 702 / 1,861 = 37.72, the sum, not the misadded 1,816
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(37.7217, abs=1e-3)


def test_a_name_after_the_list_sentence_does_not_label_its_last_count() -> None:
    c = share("The trust formed five groups: Alsk, Borovo, Kedr, Lugo and Mirny. They took "
              "4,120, 3,380, 2,905, 2,040 and 1,460 households. Alsk, with 10.5 percent of "
              "the families, was the largest group.", "10.5 percent")  # fmt: skip
    # 1,460 / 13,905 = 10.5, but 1,460 is not Alsk's: "Alsk" opens the next sentence
    assert c.verdict != "consistent"


# -- chains of shares ------------------------------------------------------------------------


def chain(text: str) -> list[Check]:
    return [c for c in check_text(text).checks if c.kind == "chain"]


def test_a_chain_of_them_opens_on_the_count_right_before_it() -> None:
    (c,) = chain("Of the contingent, 6,930 went to the south and 4,278 to the Alma-Ata oblast, "
                 "where 62 percent of them were put to the beet and 30 percent of these fell "
                 "ill, about 800 people.")  # fmt: skip
    # 4,278 * 0.62 * 0.30 = 795.7
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(795.708, abs=1e-3)
    assert [f.quantity.mid for f in c.fit.inputs] == [4278, 62, 30]


def test_of_the_noun_of_an_earlier_share_of_that_figure() -> None:
    (c,) = chain("The valuers put the property left behind at 1,860 million drachmas. Farmland "
                 "made up 58 percent of that figure, houses 27 percent and shops 15 percent. "
                 "Of the farmland, 40 percent lay in the plains, some 430 million drachmas.")
    # 1,860 million * 0.58 * 0.40 = 431.52 million
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(431_520_000)


def test_the_scale_of_a_rate_closes_no_chain() -> None:
    text = ("In Riga the city made 5,120 of the 6,480 arrests; the remaining 1,360 fell on the "
            "districts. The census had found 44,600 Latvians in the city and district, so that "
            "the operation took one in seven of them, 145 per 1,000.")  # fmt: skip
    assert chain(text) == []
    assert [c for c in check_text(text).checks if c.verdict == "inconsistent"] == []


def test_a_bare_share_takes_a_list_whose_sum_was_printed_before() -> None:
    c = share("The commandants entered 9,000 persons in the spring.\n\nThe lists were read "
              "out at the stations. Alsk received 4,000, Borovo 3,000 and Kedr 2,000. At 33.3 "
              "percent, Borovo came second.", "33.3 percent")  # fmt: skip
    # 3,000 / (4,000 + 3,000 + 2,000) = 33.33, and their sum 9,000 is printed a paragraph back
    assert c.fit is not None and len(c.fit.inputs) == 4
    assert c.verdict == "consistent"
    assert inputs(c)[0] == 3000
