"""The Korean question, 1917-1937 (pp. 833-841, 851).

Population growth in the Far East, the resettlement plans of 1926-1931 against what was done,
and the three stages of 1937: a draft for twelve border raiony, a decree for twenty-three,
then every Korean in the krai.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

import altair as alt
import pandas as pd

from borderlands.analysis.checks import (
    Recomputation,
    check_fraction_word,
    check_multiple_word,
    check_numeral,
)
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import Cite, FigureBook, Wanted, cite_label, cites_of_labels
from borderlands.analysis.style import GREYS, titled
from borderlands.kb.knowledge import KB

NAME = "korean-question"

POP_1917 = Wanted("fig-soviet-koreans-1917", 833, None, "53,600", "Koreans, 1917")
POP_1926 = Wanted("fig-soviet-koreans-1926", 833, None, "168,009", "Koreans, 1926")
TRIPLED = Wanted("fig-soviet-koreans-tripled-1917-1926", 833, None, "tripled",
                 "growth 1917-1926")
RURAL_KOREANS = Wanted("fig-vladivostok-rural-koreans-1926", 833, None, "145,511",
                       "Koreans in the rural Vladivostok region, 1926")
RURAL_ALL = Wanted("fig-vladivostok-rural-population-1926", 833, None, "572,031",
                   "rural population of the Vladivostok region, 1926")
RURAL_SHARE = Wanted("fig-vladivostok-rural-korean-share-1926", 833, None, "a quarter",
                     "Korean share of the rural Vladivostok region")
ASSR_KOREANS = Wanted("fig-possible-korean-assr-koreans", 834, 112, "152,424",
                      "Koreans in a possible Korean ASSR")
ASSR_ALL = Wanted("fig-possible-korean-assr-population", 834, 112, "680,011",
                  "population of a possible Korean ASSR")
ASSR_SHARE = Wanted("fig-possible-korean-assr-korean-share", 834, 112, "22.4 percent",
                    "Korean share of a possible Korean ASSR")
MAJ_KOREANS = Wanted("fig-possible-korean-majority-territory-koreans", 834, 112, "85,299",
                     "Koreans in a smaller Korean-majority territory")
MAJ_ALL = Wanted("fig-possible-korean-majority-territory-population", 834, 112, "157,438",
                 "population of that territory")
MAJ_SHARE = Wanted("fig-possible-korean-majority-territory-share", 834, 112, "52.4 percent",
                   "Korean share of that territory")
PLAN_TARGET = Wanted("fig-korean-five-year-plan-target", 840, None, "88,000",
                     "Koreans the five-year plan meant to resettle")
PLAN_SHARE = Wanted("fig-korean-five-year-plan-share", 840, None, "half",
                    "the plan's target as a share of Koreans")


@dataclass(frozen=True)
class Stage:
    """One bar of the plans-against-outcomes panel."""

    order: int
    label: str
    status: str  # planned / carried out / fled
    wanted: Wanted
    raiony: Wanted | None = None  # the count of raiony the stage covered, where printed
    scope: str = ""  # the stage's reach in words, where no count is printed


RAIONY = (
    Wanted("fig-1937-korean-draft-raiony-12", 851, None, "twelve", "raiony of the draft"),
    Wanted("fig-1937-korean-decree-raiony-23", 851, None, "twenty-three", "raiony of the decree"),
)

STAGES = (
    Stage(1, "1928-31 five-year plan", "planned", PLAN_TARGET),
    Stage(2, "1928-32 fled to Korea", "fled", Wanted(
        "fig-1928-1932-koreans-fled-to-korea", 840, None, "50,000", "Koreans who fled")),
    Stage(3, "1930 plan", "planned", Wanted(
        "fig-1930-koreans-to-move-planned", 841, None, "Ten thousand", "Koreans to move, 1930")),
    Stage(4, "1930 resettled", "carried out", Wanted(
        "fig-1930-koreans-resettled", 841, None, "1,342", "Koreans resettled, 1930")),
    Stage(5, "1930 of whom by force", "carried out", Wanted(
        "fig-1930-koreans-resettled-by-force", 841, None, "431", "resettled by force, 1930")),
    Stage(6, "by 1931 resettled in all", "carried out", Wanted(
        "fig-korean-individuals-resettled-total", 841, None, "2,500",
        "individuals resettled before the plan was dropped")),
    Stage(7, "18 Aug 1937 draft", "planned", Wanted(
        "fig-1937-koreans-planned-44023", 851, None, "44,023", "Koreans, twelve-raion draft"),
        RAIONY[0]),
    Stage(8, "21 Aug 1937 decree", "planned", Wanted(
        "fig-1937-koreans-planned-135343", 851, None, "135,343",
        "Koreans, twenty-three-raion decree"), RAIONY[1]),
    Stage(9, "by 29 Oct 1937 deported", "carried out", Wanted(
        "fig-1937-koreans-deported-171781", 851, None, "171,781", "Koreans deported"),
        scope="all raiony (from 22 Sep)"),
)


def _checks(book: FigureBook) -> list[Recomputation]:
    checks: list[Recomputation] = []
    p17, p26, tripled = book.get(POP_1917), book.get(POP_1926), book.get(TRIPLED)
    if p17 and p26 and tripled:
        checks.append(check_multiple_word(NAME, tripled, 3, "168009 / 53600",
                                          p26.point / p17.point,
                                          "The printed counts give a 3.13-fold growth."))
    rural_k, rural_all, rural_share = (book.get(RURAL_KOREANS), book.get(RURAL_ALL),
                                       book.get(RURAL_SHARE))
    if rural_k and rural_all and rural_share:
        checks.append(check_fraction_word(NAME, rural_share, Fraction(1, 4),
                                          "145511 / 572031 * 100",
                                          rural_k.point / rural_all.point * 100))
    for part, whole, share, formula, mismatch in (
        (ASSR_KOREANS, ASSR_ALL, ASSR_SHARE, "152424 / 680011 * 100", ""),
        (MAJ_KOREANS, MAJ_ALL, MAJ_SHARE, "85299 / 157438 * 100",
         "Not reproduced: the printed counts give 54.18 percent, not 52.4 (perhaps transposed "
         "digits, or one count misprinted); the territory has a Korean majority either way."),
    ):
        k, n, s = book.get(part), book.get(whole), book.get(share)
        if k and n and s:
            checks.append(check_numeral(NAME, s, formula, k.point / n.point * 100,
                                        mismatch_note=mismatch))
    target, plan_share = book.get(PLAN_TARGET), book.get(PLAN_SHARE)
    if target and p26 and plan_share:
        checks.append(check_fraction_word(
            NAME, plan_share, Fraction(1, 2), "88000 / 168009 * 100",
            target.point / p26.point * 100,
            "Against the 1926 census count (the article gives no count for the plan's year), "
            "88,000 is 52.4 percent, which matches 'over half'."))
    return checks


def korean_question(kb: KB) -> Analysis:
    """Population, plans against outcomes, and the three stages of 1937 as one chart."""
    book = FigureBook(kb)
    rows: list[dict[str, object]] = []
    for wanted in (POP_1917, POP_1926):
        q = book.get(wanted)
        if q:
            rows.append({"panel": "population", "order": 0, "label": wanted.measures,
                         "year": int(wanted.measures[-4:]), "status": "census count",
                         "value": q.point, "stated": q.stated, "raiony": "",
                         "source": cite_label(q.cites)})
    for stage in STAGES:
        q = book.get(stage.wanted)
        raiony = book.get(stage.raiony) if stage.raiony else None
        reach = f"{raiony.point:.0f} raiony" if raiony else stage.scope
        if q:
            rows.append({"panel": "plans and outcomes", "order": stage.order,
                         "label": stage.label, "year": None, "status": stage.status,
                         "value": q.point, "stated": q.stated, "raiony": reach,
                         "source": cite_label(q.cites)})
    table = pd.DataFrame(rows)
    checks = _checks(book)
    cites = cites_of_labels([*table["source"], *(cite_label(c.cites) for c in checks)])
    return Analysis(
        name=NAME,
        title="The Korean question, 1917-1937",
        summary=(
            "The Far East's Korean population roughly tripled between 1917 and 1926. The "
            "resettlement plans of 1926-1931 aimed at tens of thousands and moved a few "
            "thousand at most; in 1937 the deportation grew within weeks from a draft for "
            "twelve border raiony to a decree for twenty-three and then to every Korean in "
            "the krai, and ended above the decree's own number."
        ),
        table=table,
        chart=_chart(table, cites),
        checks=checks,
        gaps=list(book.gaps),
        cites=cites,
    )


def _chart(table: pd.DataFrame, cites: tuple[Cite, ...]) -> alt.TopLevelMixin:
    population = table[table["panel"] == "population"]
    pop = alt.Chart(population).encode(
        x=alt.X("year:O", title="Census year"),
        y=alt.Y("value:Q", title="Koreans (persons)", scale=alt.Scale(domain=[0, 200000])),
    )
    pop_layer = alt.layer(
        pop.mark_line(color=GREYS[0]),
        pop.mark_point(filled=True, size=60, color=GREYS[0], shape="square"),
        pop.mark_text(dy=-10, fontSize=10).encode(text="stated:N"),
    ).properties(width=140, height=220, title="Population")
    plans = table[table["panel"] == "plans and outcomes"].copy()
    plans["text"] = plans.apply(
        lambda r: r["stated"] + (f" ({r['raiony']})" if r["raiony"] else ""), axis=1)
    order = list(plans.sort_values("order")["label"])
    x = alt.X("label:N", sort=order, title=None, axis=alt.Axis(labelAngle=-35, labelLimit=0))
    statuses = ["planned", "carried out", "fled"]
    bars = alt.Chart(plans).mark_bar(stroke=GREYS[0], strokeWidth=1).encode(
        x=x,
        y=alt.Y("value:Q", title="Persons", scale=alt.Scale(domain=[0, 260000])),
        fill=alt.Fill("status:N", title="Status", scale=alt.Scale(
            domain=statuses, range=["#ffffff", GREYS[0], GREYS[2]])),
        strokeDash=alt.StrokeDash("status:N", title="Status", scale=alt.Scale(
            domain=statuses, range=[[4, 2], [1, 0], [1, 0]])),
        tooltip=["label", "stated", "status", "raiony", "source"],
    )
    text = alt.Chart(plans).mark_text(angle=270, align="left", dx=4, fontSize=10).encode(
        x=x, y=alt.Y("value:Q", scale=alt.Scale(domain=[0, 260000])), text="text:N")
    plan_layer = alt.layer(bars, text).properties(width=420, height=220,
                                                  title="Plans against outcomes")
    notes = ["White dashed bars: planned; black: carried out; grey: fled. 1926 plan: over "
             "half of Koreans (no count printed).",
             "1937: draft for 12 border raiony, decree for 23, then all Koreans of the krai "
             "(22 Sep)."]
    return titled(alt.hconcat(pop_layer, plan_layer), "The Korean question, 1917-1937",
                  cites, notes)
