"""Deportations over time, 1912-1953: every counted removal in the KB, by year and group.

Persons, families and households are kept apart. A family count becomes a person count only
through ``to_persons`` with an explicit persons-per-family ratio and the source of that ratio;
``stated_family_ratios`` finds the ratios the article itself implies where it prints both
counts for one removal.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from borderlands.analysis.checks import Recomputation, Verdict, round_figure_step, unverifiable
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import (
    Cite,
    FigureBook,
    Wanted,
    cite_label,
    cites_of_labels,
    sorted_cites,
)
from borderlands.analysis.style import GREYS, titled
from borderlands.errors import InputError
from borderlands.kb.knowledge import KB
from borderlands.kb.schema import CountStatus, EventKind, Unit

NAME = "deportations-over-time"

REMOVALS = (EventKind.deportation, EventKind.resettlement, EventKind.expulsion,
            EventKind.population_exchange, EventKind.planned)
UNITS = (Unit.persons, Unit.families, Unit.households)
FIRST_YEAR, LAST_YEAR = 1912, 1953
STATUS_LABEL = {CountStatus.carried_out: "carried out", CountStatus.planned: "planned",
                CountStatus.reported: "reported by a contemporary"}


@dataclass(frozen=True)
class PersonsPerFamily:
    """A persons-per-family (or household) ratio and where it comes from."""

    ratio: float
    source: str
    basis: str = ""

    def __post_init__(self) -> None:
        if not self.ratio > 0:
            raise InputError(f"persons per family must be positive, got {self.ratio}",
                             place="conversion")
        if not self.source.strip():
            raise InputError("a persons-per-family ratio needs its source", place="conversion")


def removal_counts(kb: KB) -> pd.DataFrame:
    """One row per counted removal (event x count), persons, families and households apart."""
    rows = []
    for event in kb.events:
        if event.kind not in REMOVALS:
            continue
        for index, count in enumerate(event.counts):
            if count.unit not in UNITS:
                continue
            year = event.start.year if event.start else None
            rows.append({
                "event": event.id,
                "title": event.title,
                "year": year,
                "end_year": event.end.year if event.end else year,
                "soviet": "Soviet" if event.soviet else "non-Soviet",
                "state": event.state,
                "groups": ", ".join(kb.name_of(g) for g in event.groups),
                "status": STATUS_LABEL[count.status],
                "unit": count.unit.value,
                "value": count.value,
                "low": count.low,
                "high": count.high,
                "plotted": count.value if count.value is not None else (
                    count.low if count.low is not None else count.high),
                "approx": count.approx,
                "qualifier": count.qualifier,
                "stated": count.stated,
                "what": count.what,
                "part_of": event.part_of,
                "source": cite_label(Cite.of(count.sources)),
                "count_index": index,
            })
    columns = ["event", "title", "year", "end_year", "soviet", "state", "groups", "status",
               "unit", "value", "low", "high", "plotted", "approx", "qualifier", "stated",
               "what", "part_of", "source", "count_index"]
    table = pd.DataFrame(rows, columns=columns)
    return table.sort_values(["year", "event", "count_index"], na_position="last",
                             ignore_index=True)


def stated_family_ratios(kb: KB) -> list[PersonsPerFamily]:
    """Ratios implied where the article prints both a family count and a person count for the
    same removal (same event, same status)."""
    ratios = []
    for event in kb.events:
        for status in CountStatus:
            families = [c for c in event.counts if c.unit is Unit.families
                        and c.status is status and c.value]
            persons = [c for c in event.counts if c.unit is Unit.persons
                       and c.status is status and c.value]
            if len(families) == 1 and len(persons) == 1:
                f, p = families[0], persons[0]
                assert f.value and p.value
                cites = sorted_cites([*Cite.of(f.sources), *Cite.of(p.sources)])
                ratios.append(PersonsPerFamily(
                    p.value / f.value, f"Martin 1998, {cite_label(cites)}",
                    f"{p.stated or p.value} persons in {f.stated or f.value} families "
                    f"({event.title})"))
    return ratios


def to_persons(table: pd.DataFrame, ratio: PersonsPerFamily) -> pd.DataFrame:
    """Family and household rows converted to persons, each marked with the ratio used."""
    out = table.copy()
    mask = out["unit"].isin([Unit.families.value, Unit.households.value])
    for column in ("value", "low", "high", "plotted"):
        out.loc[mask, column] = out.loc[mask, column] * ratio.ratio
    out.loc[mask, "converted_from"] = out.loc[mask, "unit"]
    out.loc[mask, "conversion"] = f"x {ratio.ratio:g} persons per family ({ratio.source})"
    out.loc[mask, "unit"] = Unit.persons.value
    return out


FAMILIES_1935 = Wanted("fig-1935-ukraine-deported-families-8329", 848, None, "8,329",
                       "families deported from the Kiev and Vinnitsya border regions, 1935")
PERSONS_1935 = Wanted("fig-1935-ukraine-deported-persons-41650", 848, None, "41,650",
                      "individuals in the same deportation")
FINNS_1935 = Wanted("fig-1935-leningrad-finns-deported-7000-9000", 849, None, "7,000–9,000",
                    "Finns deported from the Leningrad border regions, 1935")
FINNS_1936 = Wanted("fig-1936-leningrad-finns-deported-20000", 849, None, "20,000",
                    "Finnish peasants deported, spring 1936")
FINNS_ALL = Wanted("fig-1935-36-leningrad-finns-removed-30000", 850, None, "30,000",
                   "Finns removed from the Leningrad border regions, 1935-36")
FINNS_SHARE = Wanted("fig-1935-36-leningrad-finns-removed-share-30", 850, None, "30 percent",
                     "those Finns as a share of the Leningrad Finnish population")


def _checks(book: FigureBook) -> list[Recomputation]:
    """Totals the article prints beside their parts."""
    checks: list[Recomputation] = []
    families, persons = book.get(FAMILIES_1935), book.get(PERSONS_1935)
    if families and persons:
        five = families.point * 5
        checks.append(Recomputation(
            NAME, persons.figure_id, persons.stated, persons.point, "8329 * 5", five,
            Verdict.ambiguous,
            f"Five persons a family gives {five:,.0f}, which rounds to the printed figure at "
            "the nearest fifty: the person count reads as an estimate from the family count, "
            "not a separate head count.", persons.cites))
    first, second, whole = book.get(FINNS_1935), book.get(FINNS_1936), book.get(FINNS_ALL)
    if first and second and whole and first.low is not None and first.high is not None:
        low, high = first.low + second.point, first.high + second.point
        step = round_figure_step(whole.stated)
        ok = all(abs(whole.point - v) <= step / 2 for v in (low, high))
        checks.append(Recomputation(
            NAME, whole.figure_id, whole.stated, whole.point,
            "(7000 to 9000) + 20000", (low + high) / 2,
            Verdict.consistent if ok else Verdict.inconsistent,
            f"The two deportations printed add up to {low:,.0f}-{high:,.0f}, which rounds to "
            f"the printed round figure at its precision (nearest {step:,.0f})"
            + ("." if ok else " only in part.")
            + " The first count is from Finnish sources.",
            whole.cites))
    share = book.get(FINNS_SHARE)
    if share:
        checks.append(unverifiable(
            NAME, share, "30000 / (Finns of Leningrad oblast) * 100",
            "The Finnish population of Leningrad oblast is not printed."))
    return checks


def deportations_over_time(kb: KB) -> Analysis:
    """Counted removals by year, Soviet and non-Soviet, planned and carried out."""
    table = removal_counts(kb)
    book = FigureBook(kb)
    checks = _checks(book)
    dated = table[table["year"].notna()]
    cites = cites_of_labels(table["source"])
    undated = table[table["year"].isna()]
    ratios = stated_family_ratios(kb)
    ratio_text = "; ".join(f"{r.ratio:.2f} ({r.basis}, {r.source})" for r in ratios)
    return Analysis(
        name=NAME,
        title="Deportations over time, 1912-1953",
        summary=(
            "Every removal the KB counts, by year of its start. Soviet removals cluster from "
            "1935; families and households are kept apart from persons. Where the article "
            "prints both, it implies persons per family of: " + (ratio_text or "none") + ". "
            "Parts of larger removals (part_of) are listed beside their whole and must not be "
            "added to it."
        ),
        table=table,
        chart=_chart(dated, cites, len(undated)),
        checks=checks,
        gaps=list(book.gaps),
        cites=cites,
    )


def _chart(dated: pd.DataFrame, cites: tuple[Cite, ...], undated: int) -> alt.TopLevelMixin:
    data = dated.copy()
    data["panel"] = data["unit"].map(lambda u: "persons" if u == "persons"
                                     else "families or households, not converted to persons")
    data["label"] = data["groups"].str.split(", ").str[0] + " " + data["stated"].fillna("")
    crowded = (data["unit"] == "persons") & (data["plotted"] < 40000)
    largest = data.groupby(["event", "unit"])["plotted"].transform("max") == data["plotted"]
    first = ~data.duplicated(["event", "unit", "plotted"])
    data.loc[crowded | data["part_of"].isin(data["event"]) | ~(largest & first), "label"] = ""
    statuses = ["carried out", "planned", "reported by a contemporary"]
    x = alt.X("year:Q", title="Year the removal began",
              scale=alt.Scale(domain=[FIRST_YEAR - 1, LAST_YEAR + 1], nice=False),
              axis=alt.Axis(format="d", values=list(range(1912, 1954, 4))))
    y = alt.Y("plotted:Q", title="Count (log scale)", scale=alt.Scale(type="log"))
    base = alt.Chart().encode(x=x, y=y)
    ranges = base.mark_rule(color=GREYS[1]).encode(
        y=alt.Y("low:Q", scale=alt.Scale(type="log")), y2="high:Q")
    points = base.mark_point(size=70, strokeWidth=1.5).encode(
        shape=alt.Shape("status:N", title="Status", scale=alt.Scale(
            domain=statuses, range=["circle", "triangle-up", "diamond"])),
        fill=alt.Fill("soviet:N", title="State", scale=alt.Scale(
            domain=["Soviet", "non-Soviet"], range=[GREYS[0], "#ffffff"])),
        color=alt.value(GREYS[0]),
        tooltip=["title", "year", "groups", "stated", "unit", "status", "source"],
    )
    text = base.mark_text(align="left", dx=6, fontSize=8, color=GREYS[1]).encode(
        text="label:N")
    layered = alt.layer(ranges, points, text, data=data).properties(width=560, height=240)
    faceted = layered.facet(row=alt.Row("panel:N", title=None, sort=["persons"],
                                        header=alt.Header(labelAngle=0, labelOrient="top",
                                                          labelAnchor="start",
                                                          labelFontWeight="bold"))
                            ).resolve_scale(y="independent")
    notes = ["Filled: Soviet; open: non-Soviet. Circle: carried out; triangle: planned; "
             "diamond: reported. Vertical line: a printed range.",
             "Labels name the first group and the largest count of a removal, for 40,000 persons",
             "or more and for family and household counts; the rest are in the table.",
             f"Removals without a known start year are in the table only ({undated}). Parts "
             "and wholes both appear: do not add them up."]
    return titled(faceted, "Deportations over time, 1912-1953", cites, notes)
