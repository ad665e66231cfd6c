"""Round 14a: comparisons of likelihood or rate read on the proportions the text prints
(borderlands.figures.proportioncompare), and no comparison of a part with its own whole."""

from __future__ import annotations

from borderlands.figures import check_text


def comparisons(text: str) -> list[tuple[str, str, str]]:
    """(words, verdict, the two proportions compared) of each comparison read."""
    return [
        (c.stated, c.verdict, c.explanation.split(": ", 1)[-1].split(" (")[0])
        for c in check_text(text).checks
        if c.kind == "comparison"
    ]


def test_two_proportions_of_one_sentence_named_by_the_subject() -> None:
    text = ("In Ostrov 210 of 1,400 were taken and in Lesnoe 96 of 960, which makes the "
            "Ostrov count the harsher of the two.")  # fmt: skip
    (found,) = comparisons(text)
    # 210 / 1,400 = 15 % against 96 / 960 = 10 %
    assert found[1:] == ("consistent", "210 / 1400 against 96 / 960")


def test_a_reversed_comparison_is_flagged() -> None:
    text = ("In Ostrov 96 of 960 were taken and in Lesnoe 210 of 1,400, which makes the "
            "Ostrov count the harsher of the two.")  # fmt: skip
    (found,) = comparisons(text)
    assert found[1:] == ("inconsistent", "96 / 960 against 210 / 1400")


def test_one_proportion_on_each_side_of_than() -> None:
    text = ("Fever was more common in the barns, where 300 of the 1,200 sleepers fell ill, "
            "than in the tents, where 50 of 1,000 did.")  # fmt: skip
    (found,) = comparisons(text)
    assert found[1:] == ("consistent", "300 / 1200 against 50 / 1000")


def test_whole_first_and_of_whom_clauses() -> None:
    text = ("Of the 800 workers who came, 120 fell ill, and of the 900 clerks 90, so that illness "
            "was more likely for a worker.")  # fmt: skip
    (found,) = comparisons(text)
    assert found[1:] == ("consistent", "120 / 800 against 90 / 900")


def test_sides_named_against_proportions_of_the_sentences_before() -> None:
    text = ("The camp books record 64 deaths among the 500 at Dubki and 30 among the 600 at "
            "Lipki. A settler was less likely to die at Lipki than at Dubki.")  # fmt: skip
    (found,) = comparisons(text)
    assert found[1:] == ("consistent", "30 / 600 against 64 / 500")


def test_a_part_and_its_whole_are_not_two_things_compared() -> None:
    # 389 of 3,841 is one proportion; the other side is named without figures
    text = "In the north the winter took 389 of the 3,841, a higher toll than in the south."
    assert [c for c in comparisons(text) if c[1] == "inconsistent"] == []


def test_no_reading_without_two_proportions() -> None:
    text = "A settler was less likely to die at Lipki than at Dubki, or so the clerks said."
    assert comparisons(text) == []


# -- "N times as many A as B" on the counts the sentences before print (asmany) --------------


def test_a_multiple_read_on_named_counts_of_the_sentence_before() -> None:
    text = ("The convoy took 1,210 settlers to Omsk and 400 to Tomsk. Omsk received about "
            "three times as many settlers as Tomsk.")  # fmt: skip
    (found,) = [c for c in comparisons(text) if "times" in c[0]]
    # 1,210 / 400 = 3.03
    assert found[1:] == ("consistent", "1210 against 400, 3.02 times")


def test_a_wrong_multiple_is_flagged_with_the_one_the_counts_give() -> None:
    text = ("The convoy took 1,210 settlers to Omsk and 400 to Tomsk. Omsk received four "
            "times as many settlers as Tomsk.")  # fmt: skip
    (check,) = [c for c in check_text(text).checks
                if c.kind == "comparison" and c.stated.startswith("four times")]  # fmt: skip
    assert (check.kind, check.verdict, check.intended) == ("comparison", "inconsistent",
                                                           "three times")  # fmt: skip


def test_sides_named_by_what_befell_them() -> None:
    text = ("Of the 900 held, 600 were sent to the mines, and 300 to the farms; the rest "
            "were freed. About twice as many men went to the mines as to the farms.")  # fmt: skip
    (found,) = [c for c in comparisons(text) if "twice" in c[0]]
    assert found[1:] == ("consistent", "600 against 300, 2.00 times")


def test_no_reading_when_a_series_is_given_by_order() -> None:
    # Lipki's own count is 500 passed through; the 90 buried there is given by order
    text = ("Through Lipki passed 500 people and through Dubki 300. Deaths numbered 90 and 30 "
            "respectively. Lipki buried three times as many people as Dubki.")  # fmt: skip
    assert [c for c in comparisons(text) if "times" in c[0]] == []


def test_no_reading_when_the_sentence_prints_a_sides_count() -> None:
    text = ("The convoy took 1,210 settlers to Omsk and 400 to Tomsk. The city got twice as "
            "many as the villages, which took 500.")  # fmt: skip
    assert [c for c in comparisons(text) if c[0].startswith("twice")] == []


# -- "A VERBed more/fewer/less ... than B" on the counts printed before (namedorders) ---------


def test_an_order_of_two_named_counts_printed_before() -> None:
    text = ("The convoy left 820 settlers in Omsk and 640 in Tomsk. Tomsk, for all its size, "
            "kept fewer settlers than Omsk.")  # fmt: skip
    (found,) = [c for c in comparisons(text) if c[0] == "fewer"]
    assert found[1:] == ("consistent", "640 against 820")


def test_a_reversed_order_is_flagged() -> None:
    text = (
        "The okrug sent 380 men from Lipki and 450 from Dubki. Lipki thus sent more men than Dubki."
    )
    (check,) = [c for c in check_text(text).checks if c.stated == "more"]
    assert (check.verdict, check.intended) == ("inconsistent", "fewer")


def test_no_order_of_another_measure_than_the_counts() -> None:
    # the counts are of men sent; the claim compares the hectares the families held
    text = "The okrug sent 380 men from Lipki and 450 from Dubki. Lipki held more land than Dubki."
    assert [c for c in comparisons(text) if c[0] == "more"] == []


def test_no_order_read_against_all_the_rest_or_by_a_fraction() -> None:
    text = ("The convoy left 820 settlers in Omsk and 640 in Tomsk. Tomsk kept fewer settlers "
            "than any of the towns, and a settler in Omsk got a quarter more bread than one "
            "in Tomsk.")  # fmt: skip
    assert [c for c in comparisons(text) if c[0] in ("fewer", "more")] == []
