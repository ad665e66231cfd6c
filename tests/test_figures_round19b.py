"""Round 19, shares and chains: the whole a share's words name, read from the structure of
its sentence. Every example is our own wording; each asserts the verdict and the figures it
rests on, and the negative ones that a phrasing is not read (or not flagged)."""

from __future__ import annotations

import pytest

from borderlands.figures import check_text
from borderlands.figures.bracketnoun import bracketed_whole_noun
from borderlands.figures.checks import Check
from borderlands.figures.membershares import member_subject


def share(text: str, stated: str) -> Check:
    (found,) = [c for c in check_text(text).checks if c.stated == stated]
    return found


def inputs(c: Check) -> list[float]:
    return [f.quantity.value for f in c.inputs]


# -- a bracketed share after "N of the NOUN" is of that noun's count ------------------------

GROUPS = (
    "The camp held 4,000 Mennonites and 16,000 Lutherans. The guards released 600 of the "
    "Mennonites ({share}) but only 900 of the 16,000 Lutherans."
)


def test_a_bracketed_share_of_a_named_noun_is_of_that_nouns_count() -> None:
    c = share(GROUPS.format(share="15%"), "15%")
    assert c.verdict == "consistent"
    assert inputs(c) == [600, 4000]  # 600 / 4,000 = 15 %, not 600 / 16,000 = 3.75 %


def test_a_bracketed_share_of_a_named_noun_that_misses_is_flagged_on_that_noun() -> None:
    c = share(GROUPS.format(share="51%"), "51%")  # 15 with its digits swapped
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(15.0)


def test_a_bracketed_share_of_a_noun_with_no_count_is_never_flagged_on_another_whole() -> None:
    text = "The guards released 600 of the Mennonites (15%) but only 900 of the 16,000 others."
    assert share(text, "15%").verdict != "inconsistent"


@pytest.mark.parametrize(
    ("gap", "noun"),
    [(" of the Roma (", "roma"), (" of all the carts (", "carts"), (" of them (", None),
     (" of the total (", None), (" of 9,000 (", None), (" went north (", None)],
)  # fmt: skip
def test_the_noun_a_bracketed_share_names(gap: str, noun: str | None) -> None:
    text = "1,260" + gap + "21.5%)"
    assert bracketed_whole_noun(text, 5, text.index("21.5")) == noun


# -- "the difference of N" is the rest of the whole a share before it is of -----------------


def test_a_share_before_the_difference_is_of_part_and_difference() -> None:
    text = (
        "The auditors allowed only 30 million marks, 37.5 percent of the sum claimed, and the "
        "difference of 50 million was never paid."
    )
    c = share(text, "37.5 percent")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(37.5)  # 30 / (30 + 50)
    assert inputs(c) == [30_000_000, 50_000_000]


def test_a_share_before_the_difference_that_misses_is_flagged() -> None:
    text = (
        "The auditors allowed only 30 million marks, 60 percent of the sum claimed, and the "
        "difference of 50 million was never paid."
    )
    c = share(text, "60 percent")  # 30 / 50 is the slip of base, not the share claimed
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(37.5)


# -- a near miss never rests on the counts of a later share of the sentence -----------------


def test_counts_past_a_later_share_are_no_near_miss() -> None:
    text = (
        "Of the 5,000 hectares taken, the state gave 2,000 and the towns 2,400. Town land "
        "was thus 48.5 percent of the whole, and 40 percent of it came from owners of more "
        "than 100 hectares and 50 percent of that from estates of over 200 hectares."
    )
    assert share(text, "48.5 percent").verdict != "inconsistent"  # 100 / 200 is no reading


def test_a_near_miss_of_the_sentences_own_pair_is_still_flagged() -> None:
    text = "Of the 800 carts sent out, 520 came back, 68 percent of them."
    c = share(text, "68 percent")  # 520 / 800 = 65
    assert c.verdict == "inconsistent"


# -- a year between a part and its share keeps them in one clause ---------------------------


def test_a_share_after_a_part_dated_by_a_year_is_of_the_whole_its_verb_names() -> None:
    text = (
        "Of the 20,000 who arrived, most were women. The returns list 900 deaths in 1947 and "
        "700 later. That was 1,600 dead by the end of 1949, 8.0 percent of those who had "
        "arrived."
    )
    c = share(text, "8.0 percent")
    assert c.verdict == "consistent"
    assert inputs(c) == [1600, 20000]


def test_a_share_after_a_part_and_another_count_is_not_read_on_the_verb() -> None:
    text = (
        "Of the 20,000 who arrived, most were women. That was 1,600 dead by the end of 3,200 "
        "days, 8.0 percent of those who had arrived."
    )
    assert share(text, "8.0 percent").verdict != "consistent"


# -- member shares: names of two words, a gapped member, a bare listing, citations ----------

LISTING = (
    "The staff counted 100,000 persons moved out. By district the coastal parishes account "
    "for 40,000 of them (register 7, folios 2 to 19), Upper Vale for 35,000, the Marsh "
    "lease area for 15,000 and the remaining 10,000 came from the islands.\n\n"
    "Upper Vale thus furnished {a} of all evacuees and the coastal {b}. The Marsh, which "
    "was leased for ten years, accounted for {c} of the total."
)


def test_member_shares_of_a_bare_listing_with_a_citation_read_its_total() -> None:
    text = LISTING.format(a="35 percent", b="40%", c="15 per cent")
    vale, coastal, marsh = (share(text, s) for s in ("35 percent", "40%", "15 per cent"))
    assert (vale.verdict, inputs(vale)) == ("consistent", [35_000, 100_000])
    assert (marsh.verdict, inputs(marsh)) == ("consistent", [15_000, 100_000])
    assert coastal.verdict == "consistent"
    assert inputs(coastal) == [40_000, 100_000]


def test_a_member_share_off_by_a_usual_slip_is_flagged() -> None:
    text = LISTING.format(a="53 percent", b="40%", c="15 per cent")  # 35 with digits swapped
    c = share(text, "53 percent")
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(35.0)


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Upper Vale thus furnished 35 percent of all evacuees.", "Upper Vale"),
        ("Bălţi, where the villages lay among Romanian and Ukrainian ones, for no 3.5 "
         "per cent.", "Bălţi"),
        ("Ladoga took 42 percent of them and the isthmus 41.3%.", "isthmus"),
        ("Ladoga took 42 percent of them and the 41.3%.", None),
        ("Most of them took 42 percent.", None),
    ],
)  # fmt: skip
def test_the_member_a_share_is_said_of(sentence: str, name: str | None) -> None:
    at = sentence.rindex(next(w for w in ("41.3", "3.5", "35", "42") if w in sentence))
    assert member_subject(sentence, 0, at) == name


# -- a rate of a remainder: the whole less a part, over the units of the rest's clause ------


@pytest.mark.parametrize(
    ("text", "stated", "computed", "whole"),
    [
        ("Of the 1,200 families, 300 went north; the rest were housed in 150 huts, about 6 "
         "to a hut.", "6", 6.0, 1200),
        ("The count found 2,500 settlers. Of these, 1,700 stayed on the coast, and the rest "
         "were spread over 20 hamlets of the hills, 40 to a hamlet.", "40", 40.0, 2500),
        ("The 1,000 convicts left for three camps. The first took 400 of them; the rest went "
         "on in 25 wagons, 24 to a wagon.", "24", 24.0, 1000),
    ],
)  # fmt: skip
def test_a_rate_of_the_rest_is_read_on_whole_less_part(
    text: str, stated: str, computed: float, whole: float
) -> None:
    c = share(text, stated)
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(computed)
    assert inputs(c)[0] == whole


def test_a_rate_of_the_rest_off_by_swapped_digits_is_flagged() -> None:
    c = share("Of the 1,200 families, 300 went north; the rest were housed in 50 huts, 81 to "
              "a hut.", "81")  # fmt: skip
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(18.0)  # 900 / 50


@pytest.mark.parametrize(
    ("text", "stated"),
    [
        # the rest's clause counts no unit of the rate
        ("Of the 1,200 families, 300 went north; the rest were housed in the town, about 6 "
         "to a hut.", "6"),
        # no whole: the sentence neither opens with one nor points back
        ("The north took 300 families; the rest were housed in 150 huts, about 6 to a hut.",
         "6"),
        # two larger counts in the sentence before: which whole "of these" means is not said
        ("The count found 2,500 settlers and 3,100 soldiers. Of these, 1,700 stayed; the rest "
         "were spread over 20 hamlets, 40 to a hamlet.", "40"),
    ],
)  # fmt: skip
def test_a_rate_whose_rest_is_not_so_named_is_not_read_as_one(text: str, stated: str) -> None:
    c = share(text, stated)
    assert not (c.fit is not None and "- " in c.fit.formula and c.verdict == "consistent")


# -- a chain of shares linked by "of it" / "of that", from "the whole" of the sentence before


def test_a_chain_linked_by_it_and_that_runs_from_the_whole_opening_the_sentence_before() -> None:
    text = (
        "Of the 2,000,000 hectares taken over, the state gave 900,000 and the towns the "
        "rest. Town land was thus 55 percent of the whole, and it came unevenly: 40 percent "
        "of it was taken from large owners, and 50 percent of that from estates, about "
        "220,000 hectares."
    )
    c = share(text, "220,000")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(2_000_000 * 0.55 * 0.4 * 0.5)
    assert inputs(c)[0] == 2_000_000


def test_of_that_year_links_no_chain() -> None:
    text = (
        "Of the 2,000,000 hectares taken over, the state gave 900,000. Town land was 55 "
        "percent of the whole, and 40 percent of that year's harvest was lost, about "
        "440,000 hectares."
    )
    chained = [x for x in check_text(text).checks if x.fit is not None and "55%" in x.fit.formula]
    assert chained == []


# -- a part named by an ordinal of a listed kind; a whole whose verb follows "of them had been"


@pytest.mark.parametrize(
    "listing",
    [
        "The cases fell into the two classes of the decree: 600 persons were fined and 300 "
        "were acquitted.",
        "Of them, 600 were sentenced in the first class, to fines, and 300 in the second.",
    ],
)
def test_a_share_of_the_first_class_is_of_the_count_the_words_give_it(listing: str) -> None:
    text = (
        "The board heard 1,000 persons. By the spring 900 of them had been sentenced, and "
        f"the other 100 waited. {listing} The first class thus took 66.7 percent of all "
        "those sentenced."
    )
    c = share(text, "66.7 percent")
    assert c.verdict == "consistent"
    assert inputs(c) == [600, 900]  # 600 / 900, the whole "had been sentenced"


def test_an_ordinal_of_another_noun_names_no_part() -> None:
    text = (
        "The board heard 1,000 persons. By the spring 900 of them had been sentenced, and "
        "the other 100 waited. The cases fell into the two classes of the decree: 600 "
        "persons were fined and 300 were acquitted. The first winter thus took 66.7 "
        "percent of all those sentenced."
    )
    c = share(text, "66.7 percent")
    assert not (c.verdict == "consistent" and inputs(c) == [600, 900])


# -- a bound the named figures break is no hedge against a usual slip -----------------------


def test_a_member_share_bound_broken_by_a_usual_slip_is_flagged() -> None:
    text = LISTING.format(a="less than 3.5 percent", b="40%", c="15 per cent")
    c = share(text, "3.5 percent")  # 35 percent with its decimal point slipped
    assert c.verdict == "inconsistent"
    assert c.fit is not None and c.fit.computed == pytest.approx(35.0)


def test_a_member_share_bound_the_figures_keep_is_not_flagged() -> None:
    text = LISTING.format(a="less than 53 percent", b="40%", c="15 per cent")
    assert share(text, "53 percent").verdict != "inconsistent"  # 35 is less than 53
