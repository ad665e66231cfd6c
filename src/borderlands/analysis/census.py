"""Census change, 1937-1939: the declines of Poles and Germans in Ukraine and Belorussia
(p. 853, note 246).

The note gives Belorussia's Polish population in both censuses and a percentage in
parentheses after the word "declined". That percentage is the 1939 count as a share of the
1937 count (what remained), not the fall; the fall itself is its complement. Both readings are
computed and shown, and the printed figure is matched to the one it reproduces.
"""

from __future__ import annotations

import altair as alt
import pandas as pd

from borderlands.analysis.checks import Recomputation, Verdict, agrees, stated_decimals
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import Cite, FigureBook, Wanted, cite_label, cites_of_labels
from borderlands.analysis.style import GREYS, titled
from borderlands.kb.knowledge import KB

NAME = "census-change"

BELORUSSIA_1937 = Wanted("fig-census-belorussia-poles-1937-119881", 853, 246, "119,881",
                         "Poles of Belorussia, 1937 census")
BELORUSSIA_1939 = Wanted("fig-census-belorussia-poles-1939-54500", 853, 246, "54,500",
                         "Poles of Belorussia, 1939 census as adjusted")
BELORUSSIA_PERCENT = Wanted("fig-census-belorussia-poles-change-45-46", 853, 246,
                            "45.46 percent", "the percentage printed after the decline")
UKRAINE_POLES = Wanted("fig-census-ukraine-poles-decline-90000", 853, 246, "90,000",
                       "decline of Ukraine's Poles, 1937-1939")
UKRAINE_GERMANS = Wanted("fig-census-ukraine-germans-decline-40000", 853, 246, "40,000",
                         "decline of Ukraine's Germans, 1937-1939")


def _reading_check(stated_value: float, stated: str, remaining: float, decline: float,
                   figure_id: str, cites: tuple[Cite, ...]) -> Recomputation:
    decimals = stated_decimals(stated)
    as_remaining = agrees(stated_value, remaining, decimals)
    as_decline = agrees(stated_value, decline, decimals)
    if as_remaining and not as_decline:
        note = (f"Printed after 'declined', but it is the share that remained "
                f"(54,500 / 119,881 = {remaining:.2f}%); the decline is {decline:.2f}%.")
        return Recomputation(NAME, figure_id, stated, stated_value, "54500 / 119881 * 100",
                             remaining,
                     Verdict.ambiguous, note, cites)
    if as_decline:
        return Recomputation(NAME, figure_id, stated, stated_value,
                             "(119881 - 54500) / 119881 * 100",
                     decline, Verdict.consistent, "The printed figure is the decline.", cites)
    return Recomputation(NAME, figure_id, stated, stated_value, "54500 / 119881 * 100", remaining,
                 Verdict.inconsistent, "Neither the remaining share nor the decline.", cites)


def census_change(kb: KB) -> Analysis:
    """Population declines between the 1937 and 1939 censuses, both readings of 45.46%."""
    book = FigureBook(kb)
    before, after = book.get(BELORUSSIA_1937), book.get(BELORUSSIA_1939)
    printed = book.get(BELORUSSIA_PERCENT)
    rows: list[dict[str, object]] = []
    checks: list[Recomputation] = []
    if before and after:
        remaining = after.point / before.point * 100
        decline = 100 - remaining
        rows += [
            {"population": "Poles of Belorussia", "measure": "1937 census", "value": before.point,
             "unit": "persons", "stated": before.stated, "source": cite_label(before.cites)},
            {"population": "Poles of Belorussia", "measure": "1939 census (adjusted)",
             "value": after.point, "unit": "persons", "stated": after.stated,
             "source": cite_label(after.cites)},
            {"population": "Poles of Belorussia", "measure": "decline",
             "value": before.point - after.point, "unit": "persons", "stated": None,
             "source": cite_label(before.cites)},
            {"population": "Poles of Belorussia", "measure": "remaining share",
             "value": remaining, "unit": "percent",
             "stated": printed.stated if printed else None, "source": "recomputed"},
            {"population": "Poles of Belorussia", "measure": "decline share", "value": decline,
             "unit": "percent", "stated": None, "source": "recomputed"},
        ]
        if printed:
            checks.append(_reading_check(printed.point, printed.stated, remaining, decline,
                                         printed.figure_id, printed.cites))
    for wanted, population in ((UKRAINE_POLES, "Poles of Ukraine"),
                               (UKRAINE_GERMANS, "Germans of Ukraine")):
        q = book.get(wanted)
        if q:
            rows.append({"population": population, "measure": "decline", "value": q.point,
                         "unit": "persons", "stated": f"approximately {q.stated}",
                         "source": cite_label(q.cites)})
    table = pd.DataFrame(rows)
    cites = cites_of_labels([*table["source"], *(cite_label(c.cites) for c in checks)])
    return Analysis(
        name=NAME,
        title="Census change, 1937-1939",
        summary=(
            "Belorussia's Poles fell from 119,881 to 54,500 (Martin's adjusted 1939 figure): a "
            "decline of 54.54 percent, leaving 45.46 percent. The article prints 45.46 after "
            "the word 'declined', so that number is the share remaining, not the fall. "
            "Ukraine's declines are printed as rounded counts without the census totals."
        ),
        table=table,
        chart=_chart(table, cites),
        checks=checks,
        gaps=list(book.gaps),
        cites=cites,
    )


def _chart(table: pd.DataFrame, cites: tuple[Cite, ...]) -> alt.TopLevelMixin:
    people = table[(table["unit"] == "persons")].copy()
    people["label"] = people["value"].map(lambda v: f"{v:,.0f}")
    people["bar"] = people["population"] + ": " + people["measure"]
    order = list(people["bar"])
    y = alt.Y("bar:N", sort=order, title=None, axis=alt.Axis(labelLimit=0))
    bars = alt.Chart(people).mark_bar(stroke=GREYS[0], strokeWidth=0.8, height=16).encode(
        y=y,
        x=alt.X("value:Q", title="Persons", scale=alt.Scale(domain=[0, 140000])),
        fill=alt.Fill("measure:N", title="Measure",
                      scale=alt.Scale(domain=["1937 census", "1939 census (adjusted)",
                                              "decline"],
                                      range=[GREYS[0], GREYS[2], "#ffffff"])),
        tooltip=["population", "measure", "label", "source"],
    )
    text = alt.Chart(people).mark_text(align="left", dx=4, fontSize=10).encode(
        y=y, x="value:Q", text="label:N")
    counts = alt.layer(bars, text).properties(width=360, height=150)
    shares = table[table["unit"] == "percent"].copy()
    shares["label"] = shares.apply(
        lambda r: f"{r['value']:.2f}%" + (" = the printed '45.46 percent'"
                                         if isinstance(r["stated"], str) else ""), axis=1)
    share_y = alt.Y("measure:N", title=None, sort=["remaining share", "decline share"])
    share_bars = alt.Chart(shares).mark_bar(stroke=GREYS[0], height=16).encode(
        y=share_y,
        x=alt.X("value:Q", title="Percent of the 1937 Polish population of Belorussia",
                scale=alt.Scale(domain=[0, 100])),
        fill=alt.Fill("measure:N", legend=None,
                      scale=alt.Scale(domain=["remaining share", "decline share"],
                                      range=[GREYS[2], "#ffffff"])),
    )
    share_text = alt.Chart(shares).mark_text(align="left", dx=4, fontSize=10).encode(
        y=share_y, x="value:Q", text="label:N")
    two_readings = alt.layer(share_bars, share_text).properties(width=360, height=50)
    notes = ["Lower panel: the two readings of the printed percentage; only 'remaining' "
             "reproduces it.",
             "Ukraine: declines only (census totals not printed), 'approximately' in the note."]
    panels = alt.vconcat(counts, two_readings).resolve_scale(fill="independent")
    return titled(panels, "Census change, 1937-1939", cites, notes)
