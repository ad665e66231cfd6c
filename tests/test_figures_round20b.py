"""Round 20, shares: a part that points back at its whole ("N of them"), and a share without
counts of its own whose subject names the part ("The grant was thus ... percent of the
money") or whose whole is named by a participle or a relative clause ("of those listed", "of
all whom the board heard"). Every example is our own wording; each asserts the verdict and
the figures it rests on, and the negative ones that a phrasing is not read or not flagged."""

from __future__ import annotations

from borderlands.figures import check_text
from borderlands.figures.checks import Check
from borderlands.figures.countedchains import noun_chain
from borderlands.figures.kinds import sentences_of
from borderlands.figures.partitivewhole import points_back_to_whole
from borderlands.figures.passages import Located, locate_all, passages_from_text
from borderlands.figures.quantities import extract_quantities
from borderlands.figures.sharechains import is_share
from borderlands.figures.sharesubject import same_stem, stem, topic_named


def share(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.stated == stated]
    return found


def values(c: Check) -> list[float]:
    assert c.fit is not None
    return [f.quantity.value for f in c.fit.inputs]


# -- "N of them": the whole was printed before, not the sum of the part and its rest --------

REST_SLIPPED = (
    "The island's fishermen, 12,400 at the spring count, waited for the boats. By the autumn "
    "9,300 of them had sailed, {share}, and the remaining 3,010 left the next year."
)


def test_a_share_of_them_is_of_the_whole_printed_before_not_of_part_plus_rest() -> None:
    # 9,300 / 12,400 = 75.0 %; 9,300 / (9,300 + 3,010) = 75.55 % (the rest is a slip of 3,100)
    c = share(REST_SLIPPED.format(share="75.0 per cent"), "75.0 per cent")
    assert c.verdict == "consistent"
    assert values(c) == [9300, 12400]
    assert abs(c.fit.computed - 75.0) < 1e-9  # type: ignore[union-attr]


def test_a_wrong_share_of_them_is_not_read_consistent() -> None:
    c = share(REST_SLIPPED.format(share="71.0 per cent"), "71.0 per cent")
    assert c.verdict != "consistent"


def test_without_of_them_the_part_and_its_rest_still_make_the_whole() -> None:
    text = (
        "The island's fishermen waited for the boats. By the autumn 9,300 had sailed, 75.5 "
        "per cent, and the remaining 3,020 left the next year."
    )
    c = share(text, "75.5 per cent")
    assert c.verdict == "consistent"
    assert values(c) == [9300, 3020]


def test_points_back_to_whole_reads_only_a_partitive_pronoun() -> None:
    def first(text: str) -> bool:
        (passage,) = passages_from_text(text)
        q = extract_quantities(passage.text)[0]
        return points_back_to_whole(Located(q, passage, 0, q.start, q.end, 1, None))

    assert first("Some 600 of these left.")
    assert first("Some 600 of them left.")
    assert not first("Some 600 of the settlers left.")
    assert not first("Some 600 left of their own will.")


# -- a share without counts of its own: its subject names the part ---------------------------


def test_the_subject_names_the_part_of_a_fit_in_the_paragraph() -> None:
    text = (
        "The board asked the treasury for 90,000 marks and was granted 52,000. Gifts of "
        "12,000 marks from the churches raised its funds to 64,000 marks. The treasury's "
        "grant was thus 81.3 percent of the money."
    )
    c = share(text, "81.3 percent")
    assert c.verdict == "consistent"
    assert values(c) == [52000, 64000]


def test_a_pronoun_subject_stands_for_the_subject_of_the_sentence_before() -> None:
    text = (
        "Between the 8,000 who boarded and the 7,400 who arrived lay 600 persons. The guards "
        "entered 420 of them as deaths and 180 as escapes. Deaths came to 52.5 per 1,000 of "
        "those who boarded. They made up 70.0 percent of the missing."
    )
    c = share(text, "70.0 percent")
    assert c.verdict == "consistent"
    assert values(c) == [420, 600]


def test_a_participle_whole_is_named_by_its_verb() -> None:
    text = (
        "The village rolls of May had named 20,000 persons for removal, and 3,000 of them "
        "were in the end left behind. The exemptions thus spared 15.0 percent of those listed."
    )
    assert (
        topic_named("The exemptions thus spared 15.0 percent of those listed.", 27, 31,
                    "nothing here", "The village rolls named 20,000 for the lists.", "")
    )  # fmt: skip
    c = share(text, "15.0 percent")
    assert c.verdict in ("consistent", "unverifiable")  # "rolls" do not say "lists"


def test_a_relative_clause_whole_must_be_named_where_the_whole_is_printed() -> None:
    # "of those who stayed" is the 2,245 who stayed; the 6,215 who left are no whole of it
    text = (
        "Of the 8,460 families, 6,215 asked to leave. The other 2,245 stayed in the town. By "
        "a later guess, roughly 36 percent of those who stayed had been born there."
    )
    c = share(text, "36 percent")
    assert c.verdict == "unverifiable"


def test_an_unrelated_subject_does_not_carry_a_fit_of_another_topic() -> None:
    text = (
        "The depot stored 1,600 pairs of boots and 640 coats. In the spring the surveyors "
        "walked the fields. Their reports said 40 percent of the orchards were lost."
    )
    c = share(text, "40 percent")
    assert c.verdict == "unverifiable"


def test_stems_match_a_word_and_its_forms_only() -> None:
    assert stem("listed") == "list"
    assert same_stem(stem("listed"), stem("lists"))
    assert same_stem(stem("grant"), stem("granted"))
    assert not same_stem(stem("sent"), stem("sentences"))
    assert not same_stem(stem("arm"), stem("army"))


# -- a later share "of the women" is of what an earlier share counted ("were women") ----------


def chain(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.stated == stated and c.kind == "chain"]
    return found


def test_a_share_of_the_noun_an_earlier_share_counted_chains_with_it() -> None:
    # 20,000 * 45 % = 9,000 women; 30 % of them = 2,700
    text = (
        "Of the 20,000 put on the barges, 45 percent were women and 30 percent of the women "
        "were past sixty, about 2,700 in number."
    )
    c = chain(text, "2,700")
    assert c.verdict == "consistent"
    assert c.fit is not None and abs(c.fit.computed - 2700) < 1e-6
    assert values(c) == [20000, 45, 30]


def test_a_share_of_another_noun_is_no_link_of_a_chain() -> None:
    def linked(text: str) -> list[float]:
        passages = passages_from_text(text)
        figures = locate_all(passages, lambda _: 1, lambda _: None)
        (sentence,) = sentences_of(passages[0], figures)
        last = sentence.counts[-1]
        return [f.quantity.value for f in noun_chain(sentence, last, [], is_share)]

    assert linked(
        "Of the 20,000 on the barges, 45 percent were women and 30 percent of the women were "
        "past sixty, about 2,700 in number."
    ) == [45, 30]
    assert linked(
        "Of the 20,000 on the barges, 45 percent were women and 30 percent of the horses were "
        "lame, about 2,700 in number."
    ) == []


# -- two counts of one whole at two stages both give a share: ambiguous -----------------------


def test_a_share_two_restated_wholes_both_give_is_ambiguous() -> None:
    # 1,300 / 5,400 = 24.07 and 1,300 / 5,320 = 24.44: both print as 24
    text = (
        "The lists of the spring named 5,400 persons, and 5,320 of them boarded the trains. "
        "Children under ten, 1,300 in number, made up 24 percent of the transport."
    )
    c = share(text, "24 percent")
    assert c.verdict == "ambiguous"
    assert c.fit is not None
    assert sorted([values(c)[1], *(a.inputs[1].quantity.value for a in c.alternatives[:1])]) \
        == [5320, 5400]


def test_a_share_only_one_of_the_two_wholes_gives_stays_consistent() -> None:
    # 1,300 / 5,400 = 24.07; 1,300 / 5,320 = 24.44 does not print as 24.1
    text = (
        "The lists of the spring named 5,400 persons, and 5,320 of them boarded the trains. "
        "Children under ten, 1,300 in number, made up 24.1 percent of the transport."
    )
    c = share(text, "24.1 percent")
    assert c.verdict == "consistent"
    assert values(c) == [1300, 5400]


def test_a_share_whose_words_print_its_whole_is_not_made_ambiguous() -> None:
    text = (
        "The lists of the spring named 5,400 persons, and 5,320 of them boarded the trains. "
        "Children under ten, 1,300 in number, made up 24 percent of the 5,400 listed."
    )
    c = share(text, "24 percent")
    assert c.verdict == "consistent"
    assert values(c) == [1300, 5400]


# -- a share of the sum of the counts a sentence lists ----------------------------------------


def test_a_bracketed_share_is_of_the_sum_of_its_sentences_list() -> None:
    # 4,000 + 3,000 + 2,000 + 1,000 = 10,000; 4,000 / 10,000 = 40.0 %
    text = (
        "By faith the exiles fell into four groups. Catholics numbered 4,000 (40.0%) and "
        "Lutherans 3,000; Baptists came to 2,000, and the Mennonites to 1,000."
    )
    c = share(text, "40.0%")
    assert c.verdict == "consistent"
    assert values(c) == [4000, 4000, 3000, 2000, 1000]
    assert c.fit is not None and abs(c.fit.computed - 40.0) < 1e-9


def test_a_named_share_is_of_the_list_before_and_a_slipped_total_is_no_part() -> None:
    # the parts add to 10,000; the printed total 9,000 is a slip and no part of the whole
    text = (
        "The returns counted 4,000 settlers in Tula, 3,000 in Orel, 2,000 in Kursk and 1,000 "
        "in Ryazan, 9,000 in all. Tula held 40.0 percent of them."
    )
    c = share(text, "40.0 percent")
    assert c.verdict == "consistent"
    assert values(c) == [4000, 4000, 3000, 2000, 1000]


def test_a_share_the_listed_sum_does_not_give_is_not_flagged_by_it() -> None:
    text = (
        "The returns counted 4,000 settlers in Tula, 3,000 in Orel, 2,000 in Kursk and 1,000 "
        "in Ryazan. Tula held 47.0 percent of them."
    )
    c = share(text, "47.0 percent")
    assert c.verdict == "unverifiable"


def test_two_counts_are_no_list_and_an_unnamed_subject_takes_no_part() -> None:
    two = "The returns counted 4,000 settlers in Tula and 6,000 in Orel. Tula held 40.0 percent."
    assert share(two, "40.0 percent").verdict == "unverifiable"
    unnamed = (
        "The returns counted 4,000 settlers in Tula, 3,000 in Orel, 2,000 in Kursk and 1,000 "
        "in Ryazan. The largest group held 40.0 percent of them."
    )
    assert share(unnamed, "40.0 percent").verdict == "unverifiable"


# -- a share apposed to a total whose words print its whole: "N in all, or x per cent of the M"


TOTAL_OF_PRINTED = (
    "The mills kept 1,400 workers, the fleet 1,100 and the port 800, 3,300 in all, or {share} "
    "of the 100,000 registered."
)


def test_a_total_apposed_share_is_of_the_whole_its_words_print() -> None:
    c = share(TOTAL_OF_PRINTED.format(share="3.3 per cent"), "3.3 per cent")
    assert c.verdict == "consistent"
    assert values(c) == [3300, 100000]


def test_a_usual_slip_of_it_is_flagged_and_a_wide_miss_is_not() -> None:
    doubled = share(TOTAL_OF_PRINTED.format(share="33 per cent"), "33 per cent")
    assert (doubled.verdict, doubled.intended) == ("inconsistent", "3")
    wide = share(TOTAL_OF_PRINTED.format(share="3.8 per cent"), "3.8 per cent")
    assert wide.verdict == "unverifiable"


# -- "They were x per cent of the M": the pronoun stands for the one count before ---------------


def test_a_pronoun_share_takes_the_one_count_before_over_the_whole_it_prints() -> None:
    text = (
        "When the last barge left, the clerks counted 1,500 colonists still in the valley. "
        "They were about 2 per cent of the 75,000 on the roll of 1930."
    )
    c = share(text, "2 per cent")
    assert c.verdict == "consistent"
    assert values(c) == [1500, 75000]


def test_a_pronoun_share_after_two_counts_is_not_read_so() -> None:
    text = (
        "When the last barge left, the clerks counted 1,500 colonists and 900 guards in the "
        "valley. They were about 2 per cent of the 75,000 on the roll of 1930."
    )
    c = share(text, "2 per cent")
    assert c.verdict != "inconsistent"
    assert c.fit is None or values(c) != [900, 75000]


# -- "N of them had died, x percent": over the one count of the sentence that named them ------

OF_THEM = (
    "By the spring the camp held all 2,000 men of the district. Their appeals were heard in "
    "the summer. By the next winter 450 of them had died, {share}, most of them of typhus."
)


def test_a_share_apposed_to_n_of_them_is_over_the_count_they_are() -> None:
    c = share(OF_THEM.format(share="22.5 percent"), "22.5 percent")
    assert c.verdict == "consistent"
    assert values(c) == [450, 2000]


def test_a_transposed_share_apposed_to_n_of_them_is_flagged() -> None:
    c = share(OF_THEM.format(share="25.2 percent"), "25.2 percent")
    assert (c.verdict, c.intended) == ("inconsistent", "22.5")


def test_n_of_them_after_two_counts_is_not_judged_by_this_reading() -> None:
    text = OF_THEM.replace("all 2,000 men", "2,000 men and 300 women").format(
        share="25.2 percent"
    )
    assert share(text, "25.2 percent").verdict != "inconsistent"


# -- "X was thus y percent of the whole": the whole the sentence before opens with ------------


WHOLE_BEFORE = (
    "Of the 50,000 hectares seized, the crown kept 20,000 and the settlers were given "
    "{given}, so that the towns took the remaining 5,000. The settlers' land was thus "
    "{share} of the whole."
)


def test_a_share_of_the_whole_takes_the_count_its_subject_names_before() -> None:
    c = share(WHOLE_BEFORE.format(given="25,000", share="50.0 percent"), "50.0 percent")
    assert c.verdict == "consistent"
    assert values(c) == [25000, 50000]


def test_a_share_of_the_whole_that_misses_is_not_judged_by_it() -> None:
    c = share(WHOLE_BEFORE.format(given="25,000", share="56.0 percent"), "56.0 percent")
    assert c.verdict != "inconsistent"


def test_a_part_printed_among_its_whole_is_not_made_ambiguous_by_a_near_count() -> None:
    # 1,300 / 5,400 = 24.07 and 1,300 / 5,320 = 24.44 both print as 24, but the sentence
    # prints the part "among" its whole
    text = (
        "Inspectors later found 5,320 names on the rolls. The lists named 1,300 children "
        "among 5,400 persons (24 percent)."
    )
    c = share(text, "24 percent")
    assert c.verdict == "consistent"
    assert values(c) == [1300, 5400]
