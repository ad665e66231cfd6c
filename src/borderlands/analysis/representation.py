"""Representation index: a group's share among victims over its share of the population.

Martin computes it for the 7,750 people executed in Leningrad city and oblast in August-October
1937 (p. 856, note 266): 100 means a group died in proportion to its numbers, 2,204 that Poles
appeared among the executed 22 times as often as their population share would predict. The
calculator takes counts and gives the index with a confidence interval on the victims' share
(the population share comes from a census and is taken as exact). The article prints only the
indices, not the counts behind them, so its own indices carry no interval here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

import altair as alt
import pandas as pd

from borderlands.analysis.checks import Recomputation, Verdict, agrees, stated_decimals
from borderlands.analysis.intervals import clopper_pearson, wilson
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import (
    Cite,
    FigureBook,
    SourcedFigure,
    Wanted,
    cite_label,
    cites_of_labels,
)
from borderlands.analysis.style import GREYS, titled
from borderlands.errors import InputError
from borderlands.kb.knowledge import KB
from borderlands.kb.schema import Group

NAME = "representation-index"


class Method(StrEnum):
    wilson = "wilson"
    clopper_pearson = "clopper-pearson"


@dataclass(frozen=True)
class RepresentationIndex:
    """The index (percent, 100 = proportional) with its interval and the plain ratio."""

    victims: int
    total_victims: int
    population_share: float
    index: float
    low: float
    high: float
    confidence: float
    method: Method

    @property
    def relative_risk_vs_rest(self) -> float | None:
        """How many times as likely a member was to be a victim as a non-member.

        Not the same as index / 100: for an over-represented group it is larger, so reading
        the index as "times more likely than the others" understates it.
        """
        share = self.victims / self.total_victims
        rest_share, rest_pop = 1 - share, 1 - self.population_share
        if rest_share <= 0 or rest_pop <= 0:
            return None
        return (share / self.population_share) / (rest_share / rest_pop)


def representation_index(
    victims: int,
    total_victims: int,
    *,
    group_population: int | None = None,
    total_population: int | None = None,
    population_share: float | None = None,
    confidence: float = 0.95,
    method: Method = Method.wilson,
) -> RepresentationIndex:
    """Index of a group among victims, from counts.

    Give the population either as two counts or as a share between 0 and 1.
    """
    if population_share is None:
        if group_population is None or total_population is None:
            raise InputError("give group_population and total_population, or population_share",
                             place="representation index")
        if total_population <= 0 or not 0 < group_population <= total_population:
            raise InputError(
                f"group population {group_population} must be positive and at most the "
                f"total population {total_population}", place="representation index")
        population_share = group_population / total_population
    if not 0 < population_share <= 1:
        raise InputError(f"population share must be in (0, 1], got {population_share}",
                         place="representation index")
    interval = wilson if method is Method.wilson else clopper_pearson
    low, high = interval(victims, total_victims, confidence)
    share = victims / total_victims
    return RepresentationIndex(
        victims=victims, total_victims=total_victims, population_share=population_share,
        index=share / population_share * 100, low=low / population_share * 100,
        high=high / population_share * 100, confidence=confidence, method=method,
    )


TOTAL_EXECUTED = Wanted("fig-leningrad-executed-aug-oct-1937-7750", 856, 266, "7,750",
                        "executed in Leningrad city and oblast, Aug-Oct 1937")
POLES_TIMES = Wanted("fig-leningrad-poles-times-more-likely-22-04", 856, 266, "22.04",
                     "Poles' likelihood of execution against non-Poles")
PUBLISHED = (
    Wanted("fig-leningrad-index-poles-2204", 856, 266, "2,204 percent", "Poles"),
    Wanted("fig-leningrad-index-belorussians-461", 856, 266, "461 percent", "Belorussians"),
    Wanted("fig-leningrad-index-estonians-265", 856, 266, "265 percent", "Estonians"),
    Wanted("fig-leningrad-index-germans-245", 856, 266, "245 percent", "Germans"),
    Wanted("fig-leningrad-index-finns-183", 856, 266, "183 percent", "Finns"),
    Wanted("fig-leningrad-index-latvians-161", 856, 266, "161 percent", "Latvians"),
    Wanted("fig-leningrad-index-ukrainians-137", 856, 266, "137 percent", "Ukrainians"),
    Wanted("fig-leningrad-index-russians-75", 856, 266, "75 percent", "Russians"),
    Wanted("fig-leningrad-index-jews-50", 856, 266, "50 percent", "Jews"),
    Wanted("fig-leningrad-index-tatars-19", 856, 266, "19 percent", "Tatars"),
)


def _group_of(kb: KB, quantity: SourcedFigure) -> Group | None:
    record = kb.get(quantity.figure_id)
    for rid in getattr(record, "about", []):
        group = kb.get(rid)
        if isinstance(group, Group):
            return group
    return None


def _kind(group: Group | None) -> str:
    if group is None or group.diaspora is None:
        return "not coded"
    return "diaspora nationality" if group.diaspora else "not a diaspora nationality"


def _times_check(book: FigureBook, poles: SourcedFigure | None) -> Recomputation | None:
    times = book.get(POLES_TIMES)
    if times is None or poles is None:
        return None
    computed = poles.point / 100
    ok = agrees(times.point, computed, stated_decimals(times.stated))
    return Recomputation(
        NAME, times.figure_id, times.stated, times.point, "2204 / 100", computed,
        Verdict.consistent if ok else Verdict.inconsistent,
        "The ratio follows from the index, but the reading 'times more likely than non-Poles' "
        "does not: likelihood against non-Poles is index x (1 - p) / (1 - index x p) for a "
        "population share p, which for an over-represented group is above 22.04. With p not "
        "printed, 22.04 is a lower bound on that likelihood.",
        times.cites,
    )


def _chart(table: pd.DataFrame, cites: tuple[Cite, ...]) -> alt.TopLevelMixin:
    data = table.copy()
    data["label"] = data["stated"]
    order = list(data.sort_values("index", ascending=False)["group"])
    y = alt.Y("group:N", sort=order, title=None)
    x_scale = alt.Scale(type="log", domain=[5, 4000], nice=False)
    bars = alt.Chart(data).mark_bar(stroke=GREYS[0], strokeWidth=0.8, height=14).encode(
        y=y,
        x=alt.X("index:Q", scale=x_scale,
                title="Representation index, percent (log scale; 100 = proportional)",
                axis=alt.Axis(values=[10, 20, 50, 100, 200, 500, 1000, 2000], format=",d")),
        x2=alt.datum(100),
        fill=alt.Fill("kind:N", title="Group",
                      scale=alt.Scale(domain=["diaspora nationality",
                                              "not a diaspora nationality", "not coded"],
                                      range=[GREYS[0], "#ffffff", GREYS[2]])),
        tooltip=["group", "stated", "kind", "source"],
    )
    rule = alt.Chart(pd.DataFrame({"x": [100]})).mark_rule(strokeDash=[4, 3],
                                                            color=GREYS[0]).encode(x="x:Q")
    over = alt.Chart(data[data["index"] >= 100]).mark_text(align="left", dx=5, fontSize=10)
    under = alt.Chart(data[data["index"] < 100]).mark_text(align="right", dx=-5, fontSize=10)
    labels = [layer.encode(y=y, x=alt.X("index:Q", scale=x_scale), text="label:N")
              for layer in (over, under)]
    plot = alt.layer(bars, rule, *labels).properties(width=480, height=280)
    notes = [
        "Leningrad city and oblast, executions of August-October 1937 (7,750 people).",
        "Bars run from the 100% line: right = over-represented, left = under-represented.",
        "Black: diaspora nationality; white: not; grey: not coded in the KB. No intervals: "
        "the article prints no counts.",
    ]
    return titled(plot, "Nationalities among the executed, Leningrad, Aug-Oct 1937", cites,
                  notes)


def leningrad_index(kb: KB) -> Analysis:
    """The article's published representation indices, with the checks they allow."""
    book = FigureBook(kb)
    total = book.get(TOTAL_EXECUTED)
    rows = []
    poles: SourcedFigure | None = None
    for wanted in PUBLISHED:
        quantity = book.get(wanted)
        if quantity is None:
            continue
        if wanted is PUBLISHED[0]:
            poles = quantity
        group = _group_of(kb, quantity)
        rows.append({
            "group": group.name if group else wanted.measures,
            "index": quantity.point,
            "stated": quantity.stated,
            "kind": _kind(group),
            "victims_total": total.point if total else None,
            "victims_in_group": None,
            "population_share": None,
            "interval": "not computable: counts not printed",
            "source": cite_label(quantity.cites),
        })
    table = pd.DataFrame(rows)
    checks = [c for c in (_times_check(book, poles),) if c is not None]
    cites = cites_of_labels([*table["source"], *(cite_label(c.cites) for c in checks)])
    return Analysis(
        name=NAME,
        title="Representation index: Leningrad executions, August-October 1937",
        summary=(
            "Share among the executed over share of the population, as the article gives it. "
            "Poles and Belorussians stand far above proportion, the other diaspora "
            "nationalities above it, Russians, Jews and Tatars below. The counts behind the "
            "indices are not printed, so no interval can be drawn for them; the calculator "
            "(representation_index) gives one whenever counts are known."
        ),
        table=table,
        chart=_chart(table, cites),
        checks=checks,
        gaps=list(book.gaps),
        cites=cites,
    )
