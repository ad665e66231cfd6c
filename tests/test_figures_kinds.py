"""Issue #14: every kind of derived claim, slips found with their intended figure, no chance
fits. Examples are our own sentences; the synthetic gold articles (tests/gold/figures/) are
scored per kind, the held-out half against floors under the measured scores (docs/figures.md).
"""

from __future__ import annotations

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
    assert held.sensitivity == 1.0, held.wrong
    assert held.right == held.claims, held.wrong  # 76 of 76 (round four)


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
