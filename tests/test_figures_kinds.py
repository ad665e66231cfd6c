"""Issue #14: every kind of derived claim, slips found with their intended figure, no chance
fits. Examples are our own sentences; the synthetic gold articles (tests/gold/figures/) are
scored per kind, the held-out half against floors under the measured scores (docs/figures.md).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

from borderlands.figures import Check, FigureReport, check_text
from borderlands.figures.evaluate import KindScore, score_gold_articles
from borderlands.figures.plain import plain_words
from borderlands.figures.slips import likely_slip

GOLD = Path(__file__).parent / "gold" / "figures"
ARTICLES = ("grain", "census", "camp")


def checks_at(report: FigureReport, text: str, figure: str) -> list[Check]:
    start = text.index(figure)
    end = start + len(figure)
    return [
        c
        for c in report.checks
        if c.claim.raw_start < end and start < max(c.claim.raw_end, c.claim.raw_start + 1)
    ]


def verdict_of(text: str, figure: str) -> Check:
    report = check_text(text)
    found = checks_at(report, text, figure)
    assert found, [(c.stated, c.kind, c.verdict) for c in report.checks]
    order = {"inconsistent": 0, "ambiguous": 1, "consistent": 2, "unverifiable": 3}
    return min(found, key=lambda c: order[c.verdict])


# -- one example per kind and verdict, in our own words --------------------------------------


@pytest.mark.parametrize(
    ("text", "figure", "kind", "verdict", "intended"),
    [
        # shares of a whole named in the sentence, and a slip of two digits
        ("The okrug sent 3,100 of its 12,400 carts to the railheads (25 percent).",
         "25 percent", "share", "consistent", None),
        ("The okrug sent 3,100 of its 12,400 carts to the railheads (52 percent).",
         "52 percent", "share", "inconsistent", "25"),
        # a neighbouring total used as the base
        ("The district held 40,000 persons. Of the 5,000 women, 1,000 had infants with them, "
         "2.5 percent.", "2.5 percent", "share", "inconsistent", "20.0"),
        # totals of listed parts
        ("The convoys carried 6,300 persons in all: 2,100 from Tomsk, 2,900 from Omsk and "
         "1,300 from Barnaul.", "6,300", "sum", "consistent", None),
        ("The convoys carried 6,030 persons in all: 2,100 from Tomsk, 2,900 from Omsk and "
         "1,300 from Barnaul.", "6,030", "sum", "inconsistent", "6,300"),
        ("The camp held 9,400 prisoners. A spring transport of 1,250 prisoners brought the "
         "total to 10,650.", "10,650", "sum", "consistent", None),
        # remainders
        ("Of 7,200 families listed, 4,800 were sent north and the remaining 2,400 stayed.",
         "2,400", "remainder", "consistent", None),
        ("Of 7,200 families listed, 4,800 were sent north and the remaining 4,200 stayed.",
         "4,200", "remainder", "inconsistent", "2,400"),
        # rates per unit
        ("The 960 families numbered 4,320 persons, about 4.5 persons per family.",
         "about 4.5", "rate", "consistent", None),
        ("In the first year 90 of the 5,000 exiles died, 81 per 1,000.",
         "81", "rate", "inconsistent", "18"),
        # multiples and fractions in words
        ("The herds tripled between 1930 and 1934, from 2,000 head to 6,100.",
         "tripled", "multiple", "consistent", None),
        ("The herds doubled between 1930 and 1934, from 2,000 head to 6,100.",
         "doubled", "multiple", "inconsistent", "tripled"),
        ("Of the 9,000 deportees, 3,050 were children, about a third.",
         "about a third", "fraction", "consistent", None),
        # comparisons
        ("The northern camps, with 41,000 prisoners, were larger than the southern ones, "
         "with 29,000.", "larger", "comparison", "consistent", None),
        ("The northern camps, with 21,000 prisoners, were larger than the southern ones, "
         "with 29,000.", "larger", "comparison", "inconsistent", "smaller"),
        # counts of listed items
        ("The decree named three districts: Kotlas, Vologda and Arkhangelsk.",
         "three", "count", "consistent", None),
        ("The decree named four districts: Kotlas, Vologda and Arkhangelsk.",
         "four", "count", "inconsistent", "three"),
        # durations between dates
        ("Exiled in 1931 and allowed home in 1947, they spent sixteen years in the north.",
         "sixteen", "duration", "consistent", None),
        ("Exiled in 1931 and allowed home in 1947, they spent eighteen years in the north.",
         "eighteen", "duration", "inconsistent", "sixteen"),
        # a decline said as such but printed as the share that remained
        ("The kolkhozes of the raion fell from 250 to 175, a decline of 70 percent.",
         "70 percent", "share", "inconsistent", "30"),
        ("The kolkhozes of the raion fell from 250 to 175 (70 percent).",
         "70 percent", "share", "ambiguous", None),
        # a list counted though a year stands between the number and the colon
        ("The trust ran seven sawmills in 1935: Asino, Teguldet, Zyrianka and Berlinka.",
         "seven", "count", "inconsistent", "four"),
        # a rate per 1,000 whose whole stands three sentences back in the paragraph
        ("The district sent 6,400 exiles north. They went by barge. The barges were slow. In "
         "the first year 115 of them died, 81 per 1,000.", "81", "rate", "inconsistent", "18"),
        # a product: an amount a head times the heads
        ("The 12,000 exiles drew 400 grams of bread a head, 4.8 tons a day.",
         "4.8", "rate", "consistent", None),
        ("The 12,000 exiles drew 400 grams of bread a head, 48 tons a day.",
         "48", "rate", "inconsistent", "4.8"),
        # a total raised from a count of the paragraph before
        ("The colony held 5,300 exiles in May.\n\nTwo barges of 420 and 380 exiles raised the "
         "count to 6,100.", "6,100", "sum", "consistent", None),
        # ranks without figures, against the counts printed after the same names before
        ("Barnaul sent 7,100 exiles, Biisk 5,200 and Rubtsovsk 3,900.\n\nBarnaul came first, "
         "Biisk second and Rubtsovsk third.", "third", "comparison", "consistent", None),
        ("Barnaul sent 7,100 exiles, Biisk 3,200 and Rubtsovsk 3,900.\n\nBarnaul came first, "
         "Biisk second and Rubtsovsk third.", "third", "comparison", "inconsistent", None),
        # a multiple whose two counts stand in the sentence before
        ("The artel had 310 members in 1930 and 980 in 1933. Its membership thus tripled.",
         "tripled", "multiple", "consistent", None),
        ("The artel had 310 members in 1930 and 520 in 1933. Its membership thus tripled.",
         "tripled", "multiple", "unverifiable", None),
        # two rates per 1,000 in one sentence: each of the count of its own clause
        ("The escort counted 1,620 men. On the march 150 exiles died, 3.8 per 1,000, and 62 "
         "children were born.", "3.8", "rate", "unverifiable", None),
        # a rate per 1,000 whose whole is named by its noun in another paragraph
        ("The region held 52,000 exiles in 1934.\n\nThe harvest was poor.\n\nIn 1935 there "
         "were 1,300 deaths, 25 per 1,000 exiles.", "25", "rate", "consistent", None),
        ("The region held 52,000 horses in 1934.\n\nThe harvest was poor.\n\nIn 1935 there "
         "were 1,300 deaths, 25 per 1,000 exiles.", "25", "rate", "unverifiable", None),
        # a percentage beside a rise "from A to B": the increase, or the new level
        ("The colony's herds rose from 800 head to 1,000 (25 percent).",
         "25 percent", "share", "consistent", None),
        ("The colony's herds rose from 800 head to 1,000 (125 percent).",
         "125 percent", "share", "ambiguous", None),
        ("The colony's herds rose from 800 head to 1,000, an increase of 125 percent.",
         "125 percent", "share", "inconsistent", "25"),
        # a chain that runs on into the next sentence ("Of these, ...")
        ("Of the 6,000 settlers, 30 percent were Poles. Of these, 25 percent were children: "
         "about 450 children.", "about 450", "chain", "consistent", None),
        ("Of the 6,000 settlers, 30 percent were Poles. Of these, 25 percent were children: "
         "about 540 children.", "about 540", "chain", "inconsistent", None),
        # durations between dates with day and month: days, weeks, months
        ("The barges ran from 3 March to 17 June 1932, fifteen weeks.",
         "fifteen", "duration", "consistent", None),
        ("The barges ran from 3 March to 17 June 1932, twelve weeks.",
         "twelve", "duration", "inconsistent", "fifteen"),
        ("The quarantine lasted from 2 April to 20 May 1934, 48 days.",
         "48", "duration", "consistent", None),
        ("The quarantine lasted from 2 April to 20 May 1934, 58 days.",
         "58", "duration", "inconsistent", "48"),
        ("Felling went on between 12 October and 20 March 1935, over five months.",
         "five", "duration", "consistent", None),
        ("The count ran from 10 December to 10 March 1938, three months.",
         "three", "duration", "consistent", None),
        ("The count ran from 10 December to 10 March 1938, five months.",
         "five", "duration", "inconsistent", "three"),
        # a rate per unit whose whole stands in a paragraph before, named by its unit
        ("The roll listed 31,500 exiles.\n\nThe river was high.\n\nThey sailed in 45 barges "
         "of about 700 exiles each.", "about 700", "rate", "consistent", None),
        ("The roll listed 31,500 exiles.\n\nThe river was high.\n\nThey sailed in 45 barges "
         "of about 300 exiles each.", "about 300", "rate", "unverifiable", None),
        # a remainder whose whole stands in a paragraph before, named by the unit of its part
        ("The roll listed 31,500 exiles.\n\nIn May 12,400 exiles sailed. The June barges took "
         "the remaining 19,100.", "19,100", "remainder", "consistent", None),
        ("The roll listed 31,500 exiles.\n\nBy 1 June 12,400 exiles had sailed, leaving "
         "19,010 on the bank.", "19,010", "remainder", "inconsistent", "19,100"),
        # comparisons: a cue far from its "than", a verb as the cue, amounts per unit, and
        # two names compared without figures, against their counts printed earlier
        ("A settler from Tegul was more likely to fall sick in the first winter than one from "
         "elsewhere: 61 of 1,400 against 86 of 3,840.", "more likely", "comparison",
         "consistent", None),
        ("The Poles outnumbered the Germans: 16,380 against 11,310.",
         "outnumbered", "comparison", "consistent", None),
        ("The Poles outnumbered the Germans: 10,380 against 11,310.",
         "outnumbered", "comparison", "inconsistent", "fewer"),
        ("The river barges carried more exiles each than the rafts: 6,000 in 20 barges against "
         "2,400 in 6 rafts.", "more", "comparison", "inconsistent", "fewer"),
        ("Tomsk sent 7,100 exiles and Parabel 5,200.\n\nParabel sent fewer exiles than Tomsk.",
         "fewer", "comparison", "consistent", None),
        ("Tomsk sent 7,100 exiles and Parabel 5,200.\n\nParabel sent more exiles than Tomsk.",
         "more", "comparison", "inconsistent", "fewer"),
        # "the other" as a remainder's cue
        ("Of the 7,200 families, 4,800 were sent north and the other 2,400 stayed.",
         "2,400", "remainder", "consistent", None),
        ("Of the 7,200 families, 4,800 were sent north and the other 2,600 stayed.",
         "2,600", "remainder", "inconsistent", "2,400"),
        # a per-unit rate on counts given in a paragraph before, after "list" used as a verb
        ("The rolls list 2,150 families, 9,890 persons.\n\nThe families averaged about 4.6 "
         "persons.", "about 4.6", "rate", "consistent", None),
        # a rate per 1,000 with no noun, and a product, whose wholes stand paragraphs back
        ("The roll listed 31,500 exiles.\n\nThe river was high.\n\nOn the barges 120 exiles "
         "died, 3.8 per 1,000.", "3.8", "rate", "consistent", None),
        ("The camp held 9,000 prisoners.\n\nBread was issued at 600 grams a head, 5.4 tons a "
         "day.", "5.4", "rate", "consistent", None),
        ("The camp held 9,000 prisoners.\n\nBread was issued at 600 grams a head, 54 tons a "
         "day.", "54", "rate", "unverifiable", None),
        # whole years counted from a year printed earlier in the paragraph
        ("The exiles reached Narym in 1931. They were allowed to leave in 1947, sixteen "
         "years after their arrival.", "sixteen", "duration", "consistent", None),
        ("The exiles reached Narym in 1931. They were allowed to leave in 1947, fourteen "
         "years after their arrival.", "fourteen", "duration", "inconsistent", "sixteen"),
        ("The camp closed in 1953. It had opened in 1938, fifteen years before its closing.",
         "fifteen", "duration", "consistent", None),
        # chains of shares, every input stated
        ("Of the 12,000 settlers, 50 percent were women, and 30 percent of these were widows: "
         "about 1,800 widows.", "about 1,800", "chain", "consistent", None),
    ],
)  # fmt: skip
def test_each_kind(text: str, figure: str, kind: str, verdict: str, intended: str | None) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == (kind, verdict), check.explanation
    if intended is not None:
        assert check.intended is not None and intended in check.intended, check.intended


def test_products_and_rises_in_plain_words() -> None:
    product = verdict_of("The 12,000 exiles drew 400 grams of bread a head, 48 tons a day.", "48")
    assert plain_words(product).startswith("12,000 at 400 grams a head make 4.8 tons, not 48")
    rise = verdict_of("The colony's herds rose from 800 head to 1,000 (125 percent).", "125")
    assert plain_words(rise).startswith("from 800 to 1,000 is a rise of 25 percent")


def test_a_fit_on_unrelated_figures_is_not_consistent() -> None:
    """Tons of grain and arrests make 19 percent by accident; the claim is about members."""
    text = (
        "The brigades made 4,380 arrests and seized 23,000 tons of grain. Officials said that "
        "19 percent of the members had left the farms."
    )
    assert verdict_of(text, "19 percent").verdict == "unverifiable"


def test_a_bound_after_a_verb_is_not_a_comparison() -> None:
    report = check_text("Deaths exceeded 2,000 in 1933 and 3,000 in 1934.")
    assert [c for c in report.checks if c.kind == "comparison"] == []


def test_a_far_fit_is_never_consistent() -> None:
    far = "\n\n".join(["The office listed 2,000 clerks and 10,000 visitors."] + ["Nothing."] * 6)
    text = far + "\n\nAbout 20 percent of them came back."
    assert verdict_of(text, "20 percent").verdict == "unverifiable"


@pytest.mark.parametrize(
    ("stated", "computed", "step", "slip", "intended"),
    [
        ("27.2", 72.25, 0.1, "transposed", "72.2"),
        ("1,220", 12200, 10, "dropped", "12,200"),
        ("600", 59.9, 100, "doubled", "60"),
        ("126", 12.6, 1, "decimal", "12.6"),
    ],
)
def test_usual_slips(stated: str, computed: float, step: float, slip: str, intended: str) -> None:
    value = float(stated.replace(",", ""))
    assert likely_slip(stated, value, computed, step) == (slip, intended)


def test_no_slip_is_read_into_a_wide_miss() -> None:
    assert likely_slip("49.3", 49.3, 61.7, 0.1) is None


# -- the synthetic gold articles -------------------------------------------------------------


@pytest.fixture(scope="module")
def scores() -> dict[str, dict[str, KindScore]]:
    return {split: score_gold_articles(GOLD, ARTICLES, split) for split in ("tune", "heldout")}


def test_gold_is_large_and_split_in_halves() -> None:
    claims = [
        c
        for name in ARTICLES
        for c in yaml.safe_load((GOLD / f"{name}.yaml").read_text(encoding="utf-8"))["claims"]
    ]
    assert len(claims) >= 150
    assert sum(c["verdict"] == "inconsistent" for c in claims) >= 15
    kinds = {c["kind"] for c in claims}
    assert kinds >= {"share", "sum", "remainder", "rate", "multiple", "comparison", "count",
                     "duration", "chain"}  # fmt: skip
    tune = sum(c["split"] == "tune" for c in claims)
    assert abs(tune - (len(claims) - tune)) <= 3


def test_gold_text_holds_each_claim_at_its_offsets() -> None:
    for name in ARTICLES:
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        for c in yaml.safe_load((GOLD / f"{name}.yaml").read_text(encoding="utf-8"))["claims"]:
            assert text[c["start"] : c["end"]] == c["figure"]


def test_heldout_half(scores: dict[str, dict[str, KindScore]]) -> None:
    """The first articles' former held-out half, tuned on since (docs/figures.md)."""
    held = scores["heldout"]["all"]
    assert held.consistent_not_flagged == held.consistent, held.wrong  # specificity 100 %
    assert held.chance_avoided == held.chance_traps, held.wrong
    # 17 of 18 slips: "2.1 percent" against the 8.9 its sentence's figures give is no usual
    # slip, so since borderlands.figures.slipshape it is an unverifiable claim with that fit
    # as its candidate (76 of 76 right from round four until then)
    assert (held.slips_found, held.slips) == (17, 18), held.wrong
    assert held.wrong == [("2.1 percent", "share", "inconsistent", "unverifiable")]


def test_tune_half(scores: dict[str, dict[str, KindScore]]) -> None:
    tune = scores["tune"]["all"]
    assert tune.consistent_not_flagged == tune.consistent, tune.wrong
    assert tune.right == tune.claims, tune.wrong  # 77 of 77 (round four)


def test_second_heldout_article_is_written_apart() -> None:
    """The fourth article (transport) is held out whole: at least 50 claims of all nine
    kinds and 8 planted slips, every one marked heldout2, each at its offsets."""
    text = (GOLD / "transport.txt").read_text(encoding="utf-8")
    claims = yaml.safe_load((GOLD / "transport.yaml").read_text(encoding="utf-8"))["claims"]
    assert len(claims) >= 50
    assert sum(c["verdict"] == "inconsistent" for c in claims) >= 8
    assert {c["split"] for c in claims} == {"heldout2"}
    assert {c["kind"] for c in claims} >= {
        "share",
        "sum",
        "remainder",
        "rate",
        "multiple",
        "comparison",
        "count",
        "duration",
        "chain",
    }
    for c in claims:
        assert text[c["start"] : c["end"]] == c["figure"]


def test_second_heldout_article() -> None:
    """Floors under the result on the fourth article (docs/figures.md), held out in the
    second round and tuned on in the third and fourth: 58 of 58 right, every slip found."""
    held = score_gold_articles(GOLD, ("transport",), "heldout2")["all"]
    assert held.claims == 58
    assert held.chance_avoided == held.chance_traps, held.wrong
    assert held.consistent_not_flagged == held.consistent, held.wrong
    assert held.slips_found == held.slips == 16, held.wrong
    assert held.right == 58, held.wrong


def test_third_heldout_article() -> None:
    """Floors under the result on the fifth article (docs/figures.md): blind in the third
    round (44 of 52), tuned on in the fourth: 52 of 52, every slip found, none flagged."""
    held = score_gold_articles(GOLD, ("settlement",), "heldout3")["all"]
    assert held.claims == 52
    assert held.chance_avoided == held.chance_traps, held.wrong
    assert held.consistent_not_flagged == held.consistent, held.wrong
    assert held.slips_found == held.slips == 13, held.wrong
    assert held.right == 52, held.wrong


def test_third_heldout_article_is_written_apart() -> None:
    """The fifth article (settlement) is held out whole: at least 40 claims of all nine kinds
    and 8 planted slips, every one marked heldout3, each at its offsets."""
    text = (GOLD / "settlement.txt").read_text(encoding="utf-8")
    claims = yaml.safe_load((GOLD / "settlement.yaml").read_text(encoding="utf-8"))["claims"]
    assert len(claims) >= 40
    assert sum(c["verdict"] == "inconsistent" for c in claims) >= 8
    assert {c["split"] for c in claims} == {"heldout3"}
    assert {c["kind"] for c in claims} >= {"share", "sum", "remainder", "rate", "multiple",
                                           "comparison", "count", "duration", "chain"}  # fmt: skip
    for c in claims:
        assert text[c["start"] : c["end"]] == c["figure"]


# -- the fourth round: families still missed, each in several wordings of our own --------------


@pytest.mark.parametrize(
    ("text", "figure", "kind", "verdict", "intended"),
    [
        # shares in a table-like run: a slip on one part is flagged there, and the other
        # parts, right in themselves, are not flagged for the sum it spoils
        ("The camp held 9,000 prisoners: Poles 4,500 (50.0 percent), Germans 2,700 (30.0 "
         "percent), Balts 1,350 (51.0 percent) and others 450 (5.0 percent).",
         "5.0 percent", "share", "consistent", None),
        ("The camp held 9,000 prisoners: Poles 4,500 (50.0 percent), Germans 2,700 (30.0 "
         "percent), Balts 1,350 (51.0 percent) and others 450 (5.0 percent).",
         "51.0 percent", "share", "inconsistent", "15.0"),
        ("The okrug counted 12,000 exiles. Those from Kiev numbered 6,000 (50 percent), those "
         "from Odessa 3,600 (3 percent) and the rest 2,400 (20 percent).",
         "20 percent", "share", "consistent", None),
        # a run of shares, each reproduced by its count, that does not cover the whole
        ("The camp held 9,000 prisoners: Poles 4,500 (50.0 percent), Germans 2,700 (30.0 "
         "percent) and Balts 1,350 (15.0 percent).", "15.0 percent", "share", "consistent",
         None),
        ("Of the 2,000 families, 1,100 came from Kiev (55 percent) and 640 from Poltava (32 "
         "percent).", "32 percent", "share", "consistent", None),
        ("Of the 2,600 households, 1,900 kept a horse and the rest, 700, had none.",
         "700", "remainder", "consistent", None),
        # one digit mistyped in a remainder of three digits or more
        ("Of the 2,600 households, 1,900 kept a horse and the rest, 800, had none.",
         "800", "remainder", "inconsistent", "700"),
        ("Of the 5,140 exiles, 3,620 reached the camp and the remaining 2,520 died on the way.",
         "2,520", "remainder", "inconsistent", "1,520"),
        # a share of a whole named by its words ("of the whole", "of the total", "of all
        # ...") but printed in a paragraph before: read, and a slip read on it
        ("The roll listed 7,400 exiles.\n\nIn April 296 exiles fled, 4.0 percent of the "
         "whole.", "4.0 percent", "share", "consistent", None),
        ("The roll listed 7,400 exiles.\n\nIn April 296 exiles fled, 0.4 percent of the "
         "whole.", "0.4 percent", "share", "inconsistent", "4.0"),
        ("The colony numbered 2,050 families.\n\nBy winter 615 families had no stove, 30 "
         "percent of the total.", "30 percent", "share", "consistent", None),
        ("The colony numbered 2,050 families.\n\nBy winter 615 families had no stove, 3 "
         "percent of all families.", "3 percent", "share", "inconsistent", "30"),
        # parts with no unit of their own ("312 of them", "1,140 returned home") are people
        ("The colony counted 21,300 settlers.\n\nIn the first year 312 of them died, 14.6 "
         "per 1,000, and 1,140 returned home, 5.4 per cent of the total.", "5.4 per cent",
         "share", "consistent", None),
        ("The colony counted 21,300 settlers.\n\nIn the first year 312 of them died, 14.6 "
         "per 1,000, and 1,140 returned home, 5.4 per cent of the total.", "14.6", "rate",
         "consistent", None),
        # ... but a far whole that misses by more than a usual slip need not be the one meant
        ("Some 410,000 Finns had left. The NKVD settled 21,300 persons in their place.\n\nIn "
         "the first year 1,140 returned home, 5.4 per cent of the total.", "5.4 per cent",
         "share", "unverifiable", None),
        # two wholes the words may name, both reproducing it: ambiguous, both shown
        ("The roll listed 7,400 exiles. A recount gave 7,320 exiles.\n\nIn April 296 exiles "
         "fled, 4.0 percent of the total.", "4.0 percent", "share", "ambiguous", None),
        ("The roll of May listed 18,640 settlers. The roll of June listed 18,620 settlers."
         "\n\nIn the first quarter 412 died, 22.1 per 1,000 settlers.", "22.1", "rate",
         "ambiguous", None),
        ("The roll of May listed 18,640 settlers. The roll of June listed 18,460 settlers."
         "\n\nIn the first quarter 412 died, 22.1 per 1,000 settlers.", "22.1", "rate",
         "consistent", None),
        ("The okrug listed 5,000 exiles and 5,020 settlers; 1,000 were women, 20 percent.",
         "20 percent", "share", "ambiguous", None),
        ("The okrug listed 5,000 exiles and 8,000 settlers; 1,000 were women, 20 percent.",
         "20 percent", "share", "consistent", None),
        # ... and neither reproducing it: no slip read into an unknown whole
        ("The roll listed 7,400 exiles. A recount gave 7,020 exiles.\n\nIn April 296 exiles "
         "fled, 0.4 percent of the total.", "0.4 percent", "share", "unverifiable", None),
        # a rate per 1,000 with no noun: of the whole the paragraph's rates were of, or of the
        # one count of the clause's noun printed before; a slip read on it
        ("The camp held 6,200 prisoners.\n\nIn winter 140 prisoners died, 22.6 per 1,000. "
         "In spring 95 died, 51 per 1,000.", "51", "rate", "inconsistent", "15"),
        ("The camp held 6,200 prisoners.\n\nIn winter 140 prisoners died, 22.6 per 1,000. "
         "In spring 95 died, 15 per 1,000.", "15", "rate", "consistent", None),
        ("The camp held 6,200 prisoners.\n\nIn the spring 140 died, 22.6 per 1,000.",
         "22.6", "rate", "consistent", None),
        ("The camp held 6,200 prisoners in January.\n\nIn the spring 140 prisoners died, 32 "
         "per 1,000.", "32", "rate", "inconsistent", "23"),
        ("The camp held 6,200 prisoners in January. In March it held 6,500 prisoners.\n\nIn "
         "the spring 140 prisoners died, 32 per 1,000.", "32", "rate", "unverifiable", None),
        # fractions in words: "about" within a tenth, "nearly" up to the fraction, "over"
        # above it; the intended fraction named when the figures give another
        ("Of the 4,400 carts, 3,560, about half, were repaired.", "about half", "fraction",
         "inconsistent", "about four-fifths"),
        ("Of the 4,400 carts, 2,150, about half, were repaired.", "about half", "fraction",
         "consistent", None),
        ("Of the 980 exiles, 460, nearly half, were women.", "nearly half", "fraction",
         "consistent", None),
        ("Of the 980 exiles, 520, nearly half, were women.", "nearly half", "fraction",
         "inconsistent", None),
        ("Of the 980 exiles, 560, over half, were women.", "over half", "fraction",
         "consistent", None),
        ("Of the 1,500 barges, 590, about two-fifths, sank.", "two-fifths", "fraction",
         "consistent", None),
        # totals cued by "came to", "amounted to", "in all", of units the lexicon does not
        # know, and across two sentences
        ("The depot loaded 14 columns in May, 11 in June and 7 in July, 32 in all.",
         "32", "sum", "consistent", None),
        ("The depot loaded 14 columns in May, 11 in June and 7 in July, 34 in all.",
         "34", "sum", "inconsistent", "32"),
        ("The river fleet took 21,300 exiles. With the 6,450 sent by rail, the removal came "
         "to 27,750.", "27,750", "sum", "consistent", None),
        ("The okrug sent 3,200 carts, 1,150 sledges and 640 wagons, which amounted to 4,990 "
         "vehicles.", "4,990", "sum", "consistent", None),
        # rates on counts in words whose noun the lexicon does not know
        ("The roll listed 6,300 exiles.\n\nThe camp had nine medical orderlies, one for "
         "every 700 exiles.", "700", "rate", "consistent", None),
        ("The 6,300 exiles had nine medical orderlies, one for every 900.",
         "900", "rate", "inconsistent", "700"),
        ("The 4,800 deportees were guarded by twelve riflemen, one to every 400.",
         "400", "rate", "consistent", None),
        ("The 3,120 settlers were organised in 78 teams of 40.", "40", "rate", "consistent",
         None),
        ("The trust listed 13,200 exiles.\n\nThe exiles were organised in 330 brigades of 40 "
         "each.", "40", "rate", "consistent", None),
        ("By April the oblast had removed 7,236 households with 30,180 persons.\n\nThe "
         "deportees left in 62 echelons of about 490 persons each.", "about 490", "rate",
         "consistent", None),
        ("By April the oblast had removed 7,236 households with 30,180 persons.\n\nThe "
         "escort had 310 riflemen, one for every 97 deportees.", "97", "rate", "consistent",
         None),
        # a rate per unit of a place named in the sentence, its count printed after its name
        ("Asino held 3,900 exiles and Teguldet 2,700.\n\nThe huts of Teguldet, 45 of them, "
         "held about 60 exiles each.", "about 60", "rate", "consistent", None),
        ("Asino held 3,900 exiles and Teguldet 2,700.\n\nThe huts of Teguldet, 45 of them, "
         "held about 150 exiles each.", "about 150", "rate", "unverifiable", None),
        # a slip read on a far whole its noun names unambiguously, the divisor in the sentence
        ("The trust listed 13,200 exiles.\n\nThe trust had six doctors, one for every 2,020 "
         "exiles.", "2,020", "rate", "inconsistent", "2,200"),
        ("The trust listed 13,200 exiles. A later roll gave 12,900 exiles.\n\nThe trust had "
         "six doctors, one for every 2,020 exiles.", "2,020", "rate", "unverifiable", None),
        ("The 2,400 exiles marched in 16 columns of about 150.", "about 150", "rate",
         "consistent", None),
        ("The 2,400 exiles marched in 16 columns of 510.", "510", "rate", "inconsistent",
         "150"),
        ("The roll listed 7,400 exiles.\n\nIn April 296 exiles fled, 4 percent of the "
         "population.", "4 percent", "share", "consistent", None),
        # superlatives and "second only to" without figures, against the counts printed
        # after the names earlier and the other counts printed with them
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800. "
         "Berlinka was thus the smallest camp.", "smallest", "comparison", "consistent", None),
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800. "
         "Zyrianka was thus the smallest camp.", "smallest", "comparison", "inconsistent", None),
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800.\n\n"
         "Asino, the largest of the camps, lay on the river.", "largest", "comparison",
         "consistent", None),
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800.\n\n"
         "Teguldet was second only to Asino.", "second only to", "comparison", "consistent",
         None),
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800.\n\n"
         "Zyrianka was thus second only to Asino.", "second only to", "comparison",
         "inconsistent", None),
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800. "
         "Zyrianka was second only to Asino.", "second only to", "comparison",
         "inconsistent", None),
        # without words that make it follow from the figures, a reversed order may rank
        # another measure: not flagged
        ("Asino held 3,900 exiles, Teguldet 2,700, Zyrianka 2,100 and Berlinka 1,800.\n\n"
         "Berlinka, the largest town of the river, lay downstream.", "largest", "comparison",
         "unverifiable", None),
        ("Ukrainians numbered 7,350, Russians 9,800 and Germans 4,900. The Russians were "
         "thus the largest group.", "largest", "comparison", "consistent", None),
        ("Ukrainians numbered 7,350, Russians 9,800 and Germans 4,900. The Germans were thus "
         "the largest group.", "largest", "comparison", "inconsistent", None),
        # "In all, N" after the parts of the sentence before
        ("The mines loaded 11 trains in May and 14 in June. In all, 25 trains left.",
         "25", "sum", "consistent", None),
        ("The mines loaded 11 trains in May and 14 in June. In all, 52 trains left.",
         "52", "sum", "inconsistent", "25"),
        # two years printed later one first
        ("The Poles were deported in 1936, five years after the border purge of 1931.",
         "five", "duration", "consistent", None),
        ("The Poles were deported in 1936, seven years after the border purge of 1931.",
         "seven", "duration", "inconsistent", "five"),
        # durations with a half in words
        ("The rafts went down the river between 2 June and 19 September 1932, about three and "
         "a half months.", "three and a half", "duration", "consistent", None),
        ("The rafts went down the river between 2 June and 19 September 1932, about five and "
         "a half months.", "five and a half", "duration", "inconsistent", None),
        ("The quarantine ran from 1 April 1933 to 1 October 1934, a year and a half.",
         "a year and a half", "duration", "consistent", None),
        ("The quarantine ran from 1 April 1933 to 1 October 1935, a year and a half.",
         "a year and a half", "duration", "inconsistent", "two and a half"),
        # against a plan in another paragraph: its share, and the difference from it
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 12,480 "
         "exiles.\n\nThe barges were old.\n\nThe okrug thus met 104.0 percent of its plan.",
         "104.0 percent", "share", "consistent", None),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 12,480 "
         "exiles.\n\nThe barges were old.\n\nThe okrug thus met 140.0 percent of its plan.",
         "140.0 percent", "share", "inconsistent", "104.0"),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 13,350 "
         "exiles.\n\nAgainst the plan the okrug sent 1,350 exiles more.",
         "1,350", "remainder", "consistent", None),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 13,350 "
         "exiles.\n\nAgainst the plan the okrug sent 1,530 exiles more.",
         "1,530", "remainder", "inconsistent", "1,350"),
        ("The trust felled 61,300 cubic metres in 1934.\n\nThe plan called for 64,000 cubic "
         "metres; the trust was 2,700 short of it.", "2,700", "remainder", "consistent", None),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 13,350 "
         "exiles.\n\nThe okrug exceeded its plan by 1,350 exiles.", "1,350", "remainder",
         "consistent", None),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 11,350 "
         "exiles.\n\nThe okrug fell short of its plan by 560 exiles.", "560", "remainder",
         "inconsistent", "650"),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 11,350 "
         "exiles.\n\nIt sent 650 exiles fewer than planned.", "650", "remainder",
         "consistent", None),
        # "a further" may add a part: one digit off is no slip there
        ("Of the 7,200 families, 4,800 went north, and a further 1,400 went east.",
         "1,400", "remainder", "unverifiable", None),
        # a remainder after several listed parts
        ("Of the 5,460 families, 3,280 came from Kalinin, 1,090 from Vologda and the others, "
         "1,090, from Yaroslavl.", "others, 1,090", "remainder", "consistent", None),
        ("Of the 5,460 families, 3,280 came from Kalinin, 1,090 from Vologda and the others, "
         "1,900, from Yaroslavl.", "1,900", "remainder", "inconsistent", "1,090"),
        # a bound met exactly is no miss
        ("Of the 1,140 who returned home, 760, nearly two-thirds, were sent back.",
         "nearly two-thirds", "fraction", "consistent", None),
        # "N fewer than ...": a difference, read as a remainder (fits only), not an order
        ("The trains were loaded with 478,479 persons. By March they had delivered 477,899, "
         "580 fewer than were loaded.", "580", "remainder", "consistent", None),
        ("The trains were loaded with 478,479 persons. By March they had delivered 477,899, "
         "850 fewer than were loaded.", "850", "remainder", "inconsistent", "580"),
        ("The trains were loaded with 478,479 persons. By March they had delivered 477,899, "
         "720 fewer than were loaded.", "720", "remainder", "unverifiable", None),
        # remainders named "the remainder", "the others (...)", "the balance"
        ("Of the 4,210 families, 3,380 had a cow and the remainder, 930, had none.",
         "930", "remainder", "inconsistent", "830"),
        ("Of the 4,210 families, 3,380 had a cow and the others (830) had none.",
         "830", "remainder", "consistent", None),
        ("Of the 6,100 exiles, 4,350 went by rail and the balance, 1,750, by barge.",
         "1,750", "remainder", "consistent", None),
        ("The okrug was ordered to send 12,000 exiles north. By October it had sent 12,480 "
         "exiles.\n\nThe okrug thus fulfilled its plan by 104.0 percent.", "104.0 percent",
         "share", "consistent", None),
        ("The region was ordered to build 4,000 houses. It built 3,440 houses, 68.0 percent "
         "of the plan.", "68.0 percent", "share", "inconsistent", "86.0"),
        ("The region was ordered to build 4,000 houses.\n\nIt built 3,440 houses, 86.0 "
         "percent of the plan.", "86.0 percent", "share", "consistent", None),
        ("The plan for 1941 foresaw 8,000 families.\n\nThe settlers were organised in 64 "
         "kolkhozes of about 85 families each.", "about 85", "rate", "unverifiable", None),
        # a plan and no count done near it: nothing is read
        ("The plan called for 64,000 cubic metres; the trust was 2,700 short of it.",
         "2,700", "remainder", "unverifiable", None),
        # a remainder with no cue word: read only after a whole and its part said together,
        # and only as a fit
        ("In 1940 the colony held 8,300 exiles, of whom 2,900 were children. The children "
         "went to two schools. The adults, 5,400 exiles, worked at the mill.",
         "5,400", "remainder", "consistent", None),
        ("Of the 8,300 exiles, 2,900 were children. The adults, 5,400, worked at the mill.",
         "5,400", "remainder", "consistent", None),
        # a multiple whose other count stands two sentences back, chosen by its noun
        ("In 1939 the colony held 8,300 exiles, of whom 1,900 were invalids. The invalids "
         "lived apart. Since 1934, when they numbered 610, the invalids had tripled.",
         "tripled", "multiple", "consistent", None),
        # years before or after an event the text dates elsewhere ("the census of 1939")
        ("The settlements of the Narym region in the census of 1939\n\nMost families had come "
         "in 1931, eight years before the census.", "eight", "duration", "consistent", None),
        ("The settlements of the Narym region in the census of 1939\n\nMost families had come "
         "in 1931, six years before the census.", "six", "duration", "inconsistent", "eight"),
        ("The 1937 purge hit the settlements hard.\n\nThe commandant had been appointed in "
         "1933, four years before the purge.", "four", "duration", "consistent", None),
    ],
)  # fmt: skip
def test_fourth_round_families(
    text: str, figure: str, kind: str, verdict: str, intended: str | None
) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == (kind, verdict), check.explanation
    if intended is not None:
        assert check.intended is not None and intended in check.intended, check.intended


@pytest.mark.parametrize(
    "text",
    [
        "Of the 2,600 households, 1,900 kept a horse and the rest, 700, had none.",
        "By spring 3,380 families had a cow and 410 families owned a plough.",
        "In 1934 some 520 exiles held a permit to leave.",
    ],
)
def test_a_count_of_owners_is_no_rate(text: str) -> None:
    """A bare "a" makes a rate only right after the count's printed unit ("4.8 tons a day"):
    "1,900 kept a horse" counts owners."""
    assert [c.stated for c in check_text(text).checks if c.kind == "rate"] == []


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no whole and part said together: a count that happens to be a difference is no
        # remainder
        ("The colony held 8,300 exiles and 2,900 horses. The mill employed 5,400 exiles.",
         "5,400"),
        # ... and one that is not the rest is not flagged
        ("In 1940 the colony held 8,300 exiles, of whom 2,900 were children. The adults, "
         "5,100 exiles, worked at the mill.", "5,100"),
    ],
)  # fmt: skip
def test_no_remainder_without_a_cue_or_a_fit(text: str, figure: str) -> None:
    report = check_text(text)
    assert [c for c in checks_at(report, text, figure) if c.kind == "remainder"] == []


def test_a_half_of_time_is_no_share() -> None:
    """A half "of the year" after "first" is a stretch of time, not a share of the settlers."""
    text = "In the first half of the year 610 settlers died. In the second half 540 died."
    assert [c for c in check_text(text).checks if c.kind == "fraction"] == []


def test_a_plan_is_no_whole_and_no_total() -> None:
    """A count the region was ordered to reach is neither the whole a later share is of nor a
    total of the groups printed before it."""
    text = (
        "The region counted 24,500 settlers. Russians numbered 14,700 and others 9,800. The "
        "region was ordered to settle 25,000 persons.\n\nThat spring 320 settlers ran away, "
        "1.3 percent of the whole. The region had seven doctors, one for every 3,500 settlers."
    )
    report = check_text(text)
    assert verdict_of(text, "1.3 percent").verdict == "consistent"
    assert verdict_of(text, "3,500").verdict == "consistent"
    assert [c for c in report.checks if c.kind == "sum" and c.stated == "25,000"] == []


def test_the_scale_of_a_rate_is_no_total() -> None:
    text = "In May 610 settlers died, 24.9 per 1,000, and 390 were born, 15.9 per 1,000."
    assert [c for c in check_text(text).checks if c.kind == "sum"] == []


@pytest.mark.parametrize(
    "text",
    [
        "Of these persons, 11,900 were children under sixteen (39.4 percent) and 18,280 adults.",
        "Of the 30,180 deportees, 2,660 were men over 60 (8.8 percent).",
        "The rolls counted 4,100 persons aged 18 to 50, 61.2 percent of the 6,700 exiles.",
    ],
)
def test_an_age_is_no_count(text: str) -> None:
    """Ages ("children under sixteen", "men over 60", "persons aged 18") are not counts, so a
    share beside them is not read as a share of the age."""
    report = check_text(text)
    assert all(q.quantity.text not in ("sixteen", "60", "18") for q in report.quantities)
    assert [c for c in report.checks if c.verdict == "inconsistent"] == []


# -- round five: families seen in two articles written by another engineer -----------------


def round5_verdict(text: str, figure: str) -> tuple[str, str | None]:
    check = verdict_of(text, figure)
    return check.verdict, check.intended


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "intended"),
    [
        # (a) one unit printed for a run of shares of the whole named before
        (
            "The depot shipped 4,000 sacks: Omsk 1,800, Tara 1,200 and Ishim 1,000. Omsk took "
            "45.0 percent of them, Tara 30.0 and Ishim 25.0.",
            "30.0",
            "consistent",
            None,
        ),
        (
            "The depot shipped 4,000 sacks: Omsk 1,800, Tara 1,200 and Ishim 1,000. Omsk took "
            "45.0 percent of them, Tara 30.0 and Ishim 52.0.",
            "52.0",
            "inconsistent",
            "25.0",
        ),
        (
            "Of the 8,000 carts, the north sent 2,000, the south 4,800 and the west 1,200. The "
            "north's share stood at 25 per cent, the south's at 50 and the west's at 15.",
            "50",
            "inconsistent",
            "60",
        ),
        (
            "The brigades counted 2,500 men in all; Ivanov's had 1,000, Petrov's 900 and "
            "Sidorov's 600. Ivanov's part was 40.0 per cent, Petrov's 36.0, Sidorov's 24.0.",
            "40.0 per cent",
            "consistent",
            None,
        ),
        # the parts taken together, and the rest of 100
        (
            "The depot shipped 4,000 sacks: Omsk 1,800, Tara 1,200 and Ishim 1,000. Omsk took "
            "45.0 percent of them, Tara 30.0 and Ishim 25.0. The first two together came to 75.0 "
            "percent, leaving Ishim with 25.0.",
            "75.0",
            "consistent",
            None,
        ),
        (
            "The depot shipped 4,000 sacks: Omsk 1,800, Tara 1,200 and Ishim 1,000. Omsk took "
            "45.0 percent of them, Tara 30.0 and Ishim 25.0. The first two together came to 75.0 "
            "percent, leaving Ishim with 35.0.",
            "35.0",
            "inconsistent",
            "25.0",
        ),
    ],
)
def test_round5_share_runs(text: str, figure: str, verdict: str, intended: str | None) -> None:
    got, named = round5_verdict(text, figure)
    assert got == verdict
    if intended is not None:
        assert named == intended


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "intended"),
    [
        # (b) a count before a list introduced by a comma, not a colon
        (
            "The commission toured five villages of the district, Ust-Ishim, Tevriz, Znamenka, "
            "Bolshereche and Tara.",
            "five",
            "consistent",
            None,
        ),
        (
            "The orders named four camps, namely Ukhta, Pechora, Inta, Vorkuta and Norilsk.",
            "four",
            "inconsistent",
            "five",
        ),
        (
            "Each commission had three members, a party secretary, one of the procurators and "
            "one of the soviet chairmen.",
            "three",
            "consistent",
            None,
        ),
        (
            "The school opened in two villages, namely Parabel and Kargasok.",
            "two",
            "consistent",
            None,
        ),
    ],
)
def test_round5_comma_lists(text: str, figure: str, verdict: str, intended: str | None) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("count", verdict)
    if intended is not None:
        assert check.intended == intended


@pytest.mark.parametrize(
    "text",
    [
        "On the road three men died, two fled and one came back.",
        "The brigade took six carts, two horses and a tractor.",
        "By size the four streams ranked Tara, Omsk, the guard troops and Ishim.",
        "The men came from six districts, including Kupino, Karasuk and Chulym.",
        "The men came from six districts, the largest being Kupino, Karasuk and Chulym.",
        "The men came from five districts, Kupino, Karasuk, Chulym and others.",
        "Three brothers, Ivan, Petr and Fedor Kuzmin, ran the stores.",
        "The settlers came from four okrugs, Omsk, Tara and Ishim among them.",
    ],
)
def test_round5_clause_after_a_count_is_no_list(text: str) -> None:
    assert not [c for c in check_text(text).checks if c.kind == "count"]


@pytest.mark.parametrize(
    ("text", "figure", "kind", "verdict", "intended"),
    [
        # (c) sums: a total raised or brought to by additions, its noun other than "total"
        (
            "The camp held 4,100 prisoners in May. June added 650 prisoners and 320 exiles, which "
            "raised its roll to 5,070.",
            "5,070",
            "sum",
            "consistent",
            None,
        ),
        (
            "The camp held 4,100 prisoners in May. June added 650 prisoners and 320 exiles and "
            "brought it to 5,700.",
            "5,700",
            "sum",
            "inconsistent",
            "5,070",
        ),
        # a total with "in all" and a colon, no unit word printed
        (
            "Those who stayed numbered 2,480 in all: 1,200 at Tomsk, 830 at Narym and 450 at "
            "Kolpashevo.",
            "2,480",
            "sum",
            "consistent",
            None,
        ),
        # totals named by their parts, and "between them"
        (
            "The first convoy had 940 carts and the second 690 carts. Rain held them up for a "
            "week.\n\nThe 1,630 carts of both convoys reached Tara in May.",
            "1,630",
            "sum",
            "consistent",
            None,
        ),
        (
            "The northern column took 2,100 deportees and the southern one 1,300 deportees. The "
            "two columns made up the 3,400 between them.",
            "3,400",
            "sum",
            "consistent",
            None,
        ),
        # (g) durations within one month, and weeks in words
        (
            "The camp was closed for disinfection from 4 to 25 March, three weeks.",
            "three",
            "duration",
            "consistent",
            None,
        ),
        (
            "Sowing lasted from 1 April to 13 May, five weeks.",
            "five",
            "duration",
            "inconsistent",
            "six",
        ),
        (
            "Registration ran between 2 and 30 June 1938, four weeks.",
            "four",
            "duration",
            "consistent",
            None,
        ),
    ],
)
def test_round5_sums_and_durations(
    text: str, figure: str, kind: str, verdict: str, intended: str | None
) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == (kind, verdict)
    if intended is not None:
        assert check.intended == intended


@pytest.mark.parametrize(
    ("text", "figure", "kind", "verdict"),
    [
        # (e) a share printed as part of its whole is no decline, whatever the verb
        ("The Tara brigade lost 240 of its 1,600 horses (15.0 percent) in the spring.",
         "15.0 percent", "share", "consistent"),
        ("Over the winter the camp lost 96 out of its 1,200 prisoners, 8 percent.",
         "8 percent", "share", "consistent"),
        # a rate per thousand naming its whole in words takes no slip from the count nearby
        ("The camp received 6,200 prisoners in March. The Tomsk group, 1,250 prisoners, came "
         "by barge. Thirty-one prisoners died in the first month, 5.0 per 1,000 of those "
         "received.", "5.0", "rate", "consistent"),
        ("The barges carried 9,000 settlers. Barge four, 1,400 settlers, was the last. "
         "Seventy settlers died on the river, 5 per 1,000 of those carried.", "5", "rate",
         "unverifiable"),
    ],
)  # fmt: skip
def test_round5_wholes_named_in_words(text: str, figure: str, kind: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == (kind, verdict)


DEATHS = (
    "In the first winter Tara lost 310 of its 2,000 settlers, Ishim 95 of 1,900 and Omsk 240 of "
    "1,200. "
)
LOADINGS = "The depot loaded 1,200 wagons in May, 1,850 in June and 900 in July. "


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # (f) comparisons, superlatives and ranks of entries listed in an earlier sentence:
        # by their rates x / y when the words speak of likelihood or rates
        (DEATHS + "A settler was more likely to die at Omsk than at Tara.", "more likely",
         "consistent"),
        (DEATHS + "A settler was more likely to die at Ishim than at Tara.", "more likely",
         "inconsistent"),
        (DEATHS + "Ishim had the lowest death rate of the three.", "lowest", "consistent"),
        (DEATHS + "Tara's rate came second only to that of Omsk.", "second only to",
         "consistent"),
        (DEATHS + "Omsk's rate came second only to that of Tara.", "second only to",
         "inconsistent"),
        # by the counts themselves when the words say so
        (DEATHS + "In absolute numbers Ishim came second.", "second", "inconsistent"),
        # by their wholes when ranked by size
        (DEATHS + "By size the three ranked Tara, Ishim and Omsk.", "ranked", "consistent"),
        (DEATHS + "By size the three ranked Tara, Omsk and Ishim.", "ranked", "inconsistent"),
        # single counts named by their months
        (LOADINGS + "June was the busiest month, and May second only to June.", "busiest",
         "consistent"),
        (LOADINGS + "June was the busiest month, and May second only to June.",
         "second only to", "consistent"),
        (LOADINGS + "July was the busiest month of the summer.", "busiest", "inconsistent"),
    ],
)  # fmt: skip
def test_round5_ranks_of_listed_entries(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("comparison", verdict)


def test_round5_a_total_is_no_entry_and_unknown_names_are_not_ranked() -> None:
    text = (
        "The depot loaded 1,200 wagons in May, 1,850 in June and 900 in July, 3,950 in the "
        "three months. June was the busiest month. Tomsk sent more carts than Narym."
    )
    report = check_text(text)
    assert verdict_of(text, "busiest").verdict == "consistent"
    assert not checks_at(report, text, "more carts")


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "intended"),
    [
        # (d) amounts a head of several goods and their totals, paired in order
        ("The depot issued 400 grams of flour and 30 grams of salt a head; with 2,500 "
         "prisoners in the camp, that came to 1.0 tons of flour and 75 kilograms of salt.",
         "1.0 tons", "consistent", None),
        ("The depot issued 400 grams of flour and 30 grams of salt a head; with 2,500 "
         "prisoners in the camp, that came to 1.0 tons of flour and 750 kilograms of salt.",
         "750", "inconsistent", "75"),
        # heads counted without a unit word the lexicon knows
        ("At 500 grams a man, the 4,200 men of the column needed 2.1 tons a day.", "2.1 tons",
         "consistent", None),
        # a rate whose sentence names both its counts takes no fit from a count nearby
        ("The barges carried 3,600 settlers. The Tara column, 2,400 deportees, travelled in "
         "four trains of about 900 each.", "900", "inconsistent", None),
        ("The barges carried 3,600 settlers. The Tara column, 2,400 deportees, travelled in "
         "four trains of about 600 each.", "about 600", "consistent", None),
    ],
)  # fmt: skip
def test_round5_rates_named_in_the_sentence(
    text: str, figure: str, verdict: str, intended: str | None
) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("rate", verdict)
    if intended is not None:
        assert check.intended == intended


def test_round5_chains_need_a_word_linking_their_shares() -> None:
    """(h) two shares and two counts make a chain only when the second share is of the
    first's part ("of them", "of these", "of the ..."); a step of a chain is judged there."""
    text = ("The boards examined 8,000 men: they passed 6,000, 75.0 percent, and rejected 1,600 "
            "as unfit (20.0%).")  # fmt: skip
    report = check_text(text)
    assert not [c for c in report.checks if c.kind == "chain"]
    assert not [c for c in report.checks if c.verdict == "inconsistent"]
    text = "Some 20 percent of the 9,000 settlers fell ill, and a third of them died: about 600."
    report = check_text(text)
    assert verdict_of(text, "about 600").verdict == "consistent"
    assert not [c for c in report.checks if c.verdict == "inconsistent"]
    slip = "Some 20 percent of the 9,000 settlers fell ill, and a third of them died: about 900."
    assert verdict_of(slip, "about 900").verdict == "inconsistent"


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "intended"),
    [
        # remainders of a whole after two parts, and new cue words
        ("The lists held 6,400 names. The boards passed 4,100 and turned down 1,900. The "
         "remaining 400 were never examined.", "remaining 400", "consistent", None),
        ("The camps released 2,000 of their 5,000 and handed 1,200 to the army; the other "
         "1,800 stayed behind the wire.", "1,800", "consistent", None),
        ("Of the 3,260 Latvians, 2,940 went home, which left 320 for the commission.", "320",
         "consistent", None),
        ("Of the 3,260 Latvians, 2,940 went home, which left 230 for the commission.", "230",
         "inconsistent", "320"),
        ("Of the 5,000 deportees, 3,200 went north; those not sent north, 1,800, stayed at the "
         "station.", "1,800", "consistent", None),
    ],
)  # fmt: skip
def test_round5_remainders(text: str, figure: str, verdict: str, intended: str | None) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("remainder", verdict)
    if intended is not None:
        assert check.intended == intended


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # fractions in words set off by commas after a count
        ("Of the 6,200 deportees, 3,400, over half, were women.", "over half", "consistent"),
        ("Of the 6,200 deportees, 2,900, over half, were women.", "over half", "inconsistent"),
        ("In May 1,900 of the 4,000 who reached Tomsk, nearly half, fell ill.", "nearly half",
         "consistent"),
        # "most of the ..." of a group listed earlier: the entry's share of the group's total
        (DEATHS + "Tara also accounted for most of the deaths in the three districts.", "most",
         "inconsistent"),
        ("The depot loaded 3,000 wagons in May, 400 in June and 300 in July. May accounted for "
         "most of the wagons of the summer.", "most", "consistent"),
    ],
)  # fmt: skip
def test_round5_fractions_of_named_wholes(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("fraction", verdict)


TWO_PAIRS = "In the first winter Tara lost 300 of its 2,000 settlers and Omsk 60 of 1,200. "


@pytest.mark.parametrize(
    ("text", "verdict"),
    [
        # "N times as likely as": the ratio of the rates of a pair of entries listed before
        (TWO_PAIRS + "A settler was three times as likely as one at Omsk to die.", "consistent"),
        (TWO_PAIRS + "Settlers at Tara were five times as likely as those at Omsk to die.",
         "inconsistent"),
    ],
)  # fmt: skip
def test_round5_times_as_likely(text: str, verdict: str) -> None:
    figure = re.search(r"(three|five) times", text)
    assert figure is not None
    assert verdict_of(text, figure.group(1)).verdict == verdict


def test_round5_times_as_likely_with_one_entry_named_reads_no_slip() -> None:
    """Only one entry named: another ratio may be meant, so no slip is read."""
    text = TWO_PAIRS + "A settler was four times as likely as one at Omsk to die."
    assert verdict_of(text, "four").verdict != "inconsistent"


LEVIES = "The two levies gave the columns 12,600 men in all.\n\nThe winter was hard. "


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # (d) rates per unit whose whole is the count of their noun printed before
        (LEVIES + "The columns went in 21 trains, about 600 men to a train.", "about 600",
         "consistent"),
        (LEVIES + "The escort numbered 504 soldiers, one for every 25 men.", "25",
         "consistent"),
        # found by the noun, not named by the sentence: a miss is no slip
        (LEVIES + "The columns went in 21 trains, about 900 men to a train.", "about 900",
         "unverifiable"),
    ],
)  # fmt: skip
def test_round5_rates_on_wholes_named_by_noun(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("rate", verdict)


def test_round5_tuned_articles() -> None:
    """Floors under the result on the two articles another engineer wrote blind to our rules
    (labourarmy, repatriation; split heldout4), tuned on in round five: 53 of 114 right
    before the round, 106 after; slips 8 -> 20 of 21; no consistent claim flagged."""
    scores = score_gold_articles(GOLD, ("labourarmy", "repatriation"), "heldout4")
    tuned = scores["all"]
    assert tuned.claims == 114
    assert tuned.consistent_not_flagged == tuned.consistent, tuned.wrong
    assert tuned.slips_found >= 20, tuned.wrong
    assert tuned.chance_avoided == tuned.chance_traps, tuned.wrong
    assert tuned.right >= 106, tuned.wrong
    for kind in ("count", "duration", "sum", "comparison"):
        assert scores[kind].right == scores[kind].claims, (kind, tuned.wrong)


@pytest.mark.parametrize(
    ("text", "figure", "kind", "verdict"),
    [
        # the other input of a remainder or a rate per thousand printed paragraphs before
        ("The camp received 3,400 prisoners in May.\n\nThe summer was dry.\n\nThe plan had "
         "asked for 4,000 prisoners; the camp stood 600 short.", "600 short", "remainder",
         "consistent"),
        ("In March 760 deportees were sent north.\n\nThe thaw came late.\n\nOf the 2,000 "
         "deportees, those not sent north, 1,240, stayed.", "1,240", "remainder",
         "consistent"),
        ("The convoys took 12,400 settlers east.\n\nThe river rose in May.\n\nSixty-two "
         "settlers died on the way, 5.0 per 1,000 of those sent.", "5.0", "rate",
         "consistent"),
        # looked up by value: a miss is no slip
        ("The camp received 3,400 prisoners in May.\n\nThe summer was dry.\n\nThe plan had "
         "asked for 4,000 prisoners; the camp stood 700 short.", "700 short", "remainder",
         "unverifiable"),
    ],
)  # fmt: skip
def test_round5_inputs_printed_paragraphs_before(
    text: str, figure: str, kind: str, verdict: str
) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == (kind, verdict)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # (h) chains whose last step is "one in N"
        ("Of the 5,180 men, 30 per cent stood at the blast furnaces and one in six of these "
         "was injured, about 260 men.", "about 260", "consistent"),
        ("Of the 5,180 men, 30 per cent stood at the blast furnaces and one in six of these "
         "was injured, about 360 men.", "about 360", "inconsistent"),
        ("Of 9,000 deportees 40 percent were children, and one in every four of them fell ill "
         "in the first month: 900 children.", "900 children", "consistent"),
    ],
)  # fmt: skip
def test_round5_chains_one_in_n(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("chain", verdict)
    assert not [c for c in check_text(text).checks if c.kind == "share" and c.verdict ==
                "inconsistent"]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # two rates cued "for every" in one sentence are no pair of one rate
        ("The okrug had 120 commandants, one for every 400 settlers, and 16 doctors, one to "
         "every 3,000.", "400"),
        # a claim about rates is not judged on a list of bare counts
        (LOADINGS + "June had the lowest rate of breakage.", "lowest"),
        # a comparison of another noun than the listed entries count
        ("The okrug counted 30,000 settlers at Narym and 6,000 at Tomsk. Narym sent fewer "
         "petitions than Tomsk.", "fewer"),
    ],
)  # fmt: skip
def test_round5_no_false_flags(text: str, figure: str) -> None:
    report = check_text(text)
    assert not [c for c in checks_at(report, text, figure) if c.verdict == "inconsistent"]


def test_round5_share_runs_of_mixed_precision() -> None:
    text = ("The okrug counted 48,000 settlers: 30,000 at Narym, 12,000 on the Ob and 6,000 at "
            "Tomsk. Narym held 62.5 per cent, the Ob villages 25 and Tomsk 12.5.")  # fmt: skip
    assert verdict_of(text, "25 and").verdict == "consistent"
    assert verdict_of(text, "12.5.").verdict == "consistent"


def test_round5_population_raised_to_and_scales_are_no_totals() -> None:
    text = ("The settlement held 21,400 people in January. The spring brought 3,100 more, "
            "which raised its population to 24,500. Of the 960 children, 130 died, 135 per "
            "1,000 of those counted.")  # fmt: skip
    report = check_text(text)
    assert verdict_of(text, "24,500").verdict == "consistent"
    assert not [c for c in report.checks if c.kind == "sum" and c.stated == "1,000"]


def test_round5_share_fits_must_speak_of_its_whole() -> None:
    """(e) a share without figures of its own, of "the men", takes no fit from a sentence
    about boots; a sentence about the men gives one."""
    boots = ("The stores received 1,600 pairs of boots in May and 640 in June. An inspector "
             "reckoned that 12 percent of the men were sick and that about 40 per cent had no "
             "boots.")  # fmt: skip
    assert verdict_of(boots, "40 per cent").verdict == "unverifiable"
    men = ("The camp held 1,600 men in May, and 640 of the men worked in the mines. An "
           "inspector reckoned that about 40 per cent of the men were miners.")  # fmt: skip
    assert verdict_of(men, "40 per cent").verdict == "consistent"


SHIPS = ("In 1938 the trust received 72,400 prisoners by sea: 31,500 on the Dzhurma, 22,800 on "
         "the Kulu and 18,100 on the Dekabrist. ")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "verdict", "intended"),
    [
        # a run of shares each printed with its unit
        (SHIPS + "The Dzhurma carried 43.5% of them, the Kulu 31.5% and the Dekabrist 52.0%.",
         "52.0%", "inconsistent", "25.0"),
        # shares in another order than the list, named before or after their figures
        (SHIPS + "Of these the Kulu took 31.5 percent, against 43.5 for the Dzhurma and 25.0 "
         "for the Dekabrist.", "43.5", "consistent", None),
        (SHIPS + "Of these the Kulu took 31.5 percent, against 43.5 for the Dzhurma and 52.0 "
         "for the Dekabrist.", "52.0", "inconsistent", "25.0"),
    ],
)  # fmt: skip
def test_round5_share_runs_named(
    text: str, figure: str, verdict: str, intended: str | None
) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("share", verdict)
    if intended is not None:
        assert check.intended == intended


VOYAGES = ("Deaths on the voyages were heavy: 410 of the 31,500 on the Dzhurma, 150 of the "
           "22,800 on the Kulu and 290 of the 18,100 on the Dekabrist. ")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        (VOYAGES + "A prisoner was least likely to die on the Kulu.", "least likely",
         "consistent"),
        (VOYAGES + "A prisoner was most likely to die on board the Dzhurma.", "most likely",
         "inconsistent"),
    ],
)  # fmt: skip
def test_round5_most_and_least_likely(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("comparison", verdict)


def test_round5_a_count_after_a_whole_percentage_is_no_share() -> None:
    text = "Of the 300 men, 85 percent went north, leaving the other 45 at home."
    report = check_text(text)
    assert not [c for c in report.checks if c.verdict == "inconsistent"]


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        ("Of the 5,400 carts, 3,900 reached the railhead; the balance, 1,500, broke down.",
         "1,500", "consistent"),
        ("Of the 5,400 carts, 3,900 reached the railhead and the remainder, 1,600, broke down.",
         "1,600", "inconsistent"),
        ("Of the 5,400 carts, 3,900 reached the railhead; the others, 1,500, broke down.",
         "1,500", "consistent"),
        ("Of the 5,400 carts, 3,900 reached the railhead and 1,500 stayed behind.", "1,500",
         "consistent"),
    ],
)  # fmt: skip
def test_round5_remainder_cues(text: str, figure: str, verdict: str) -> None:
    check = verdict_of(text, figure)
    assert (check.kind, check.verdict) == ("remainder", verdict)


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # "the rate was N times that of B": the ratio of two listed rates, both named
        (DEATHS + "At Omsk the death rate was four times that of Ishim.", "four", "consistent"),
        (DEATHS + "At Tara the death rate was four times that of Ishim.", "four",
         "inconsistent"),
    ],
)  # fmt: skip
def test_round5_rate_times_that_of(text: str, figure: str, verdict: str) -> None:
    assert verdict_of(text, figure).verdict == verdict


@pytest.mark.parametrize(
    ("text", "figure", "verdict"),
    [
        # names listed first and their counts after them, in order; a multiple between two
        ("March and April, with 6,300 and 3,100 arrivals, filled the camp. March's figure was "
         "twice April's.", "twice", "consistent"),
        ("Omsk, Tara and Ishim sent 1,200, 800 and 400 carts. Tara sent twice as many as "
         "Ishim.", "twice", "consistent"),
        ("Omsk, Tara and Ishim sent 1,200, 800 and 400 carts. Omsk sent three times as many as "
         "Tara.", "three times", "inconsistent"),
        ("Omsk, Tara and Ishim sent 1,200, 800 and 400 carts. Ishim sent the fewest, and Omsk "
         "the largest number.", "largest", "consistent"),
    ],
)  # fmt: skip
def test_round5_parallel_lists_and_named_multiples(text: str, figure: str, verdict: str) -> None:
    assert verdict_of(text, figure).verdict == verdict


def test_round5_a_count_of_them_starts_no_chain() -> None:
    """'3,020 of them' counts the group; only a share 'of them' runs a chain on."""
    text = ("The camp held 21,600 prisoners, 57.1 percent of them men. The invalids, 3,020 of "
            "them, were 8 per cent of the total.")  # fmt: skip
    assert not [c for c in check_text(text).checks if c.kind == "chain"]
    text = ("Of the 9,870 released, 70 percent were Ukrainians. Women were half of that group, "
            "about 3,450.")  # fmt: skip
    assert verdict_of(text, "about 3,450").verdict == "consistent"


def test_round5_intended_order_and_qualified_rate() -> None:
    text = DEATHS + "By size the three ranked Tara, Omsk and Ishim."
    assert verdict_of(text, "ranked").intended == "Tara, Ishim, Omsk"
    text = ("The barges carried 3,600 settlers. The Tara column, 2,400 deportees, travelled in "
            "four trains of about 900 each.")  # fmt: skip
    assert verdict_of(text, "900").intended == "about 600"


@pytest.mark.parametrize(
    ("text", "verdict", "intended"),
    [
        ("The 9,000 deportees went in 15 trains, about 600 deportees a train.", "consistent",
         None),
        ("The 9,000 deportees went in 15 trains, about 900 deportees a train.", "inconsistent",
         "600"),
        ("Forty-two barges carried the 6,300 exiles, some 150 exiles a barge.", "consistent",
         None),
    ],
)
def test_a_rate_per_thing_counted_just_before(
    text: str, verdict: str, intended: str | None
) -> None:
    """A bare "a" makes a rate when the thing after it is counted just before ("15 trains ...
    600 deportees a train"), while "had a cow" stays a count of owners."""
    rates = [c for c in check_text(text).checks if c.kind == "rate"]
    assert [(c.verdict, c.intended) for c in rates] == [(verdict, intended)]
    assert check_text("Each of the 300 families had a cow.").checks == []
