"""Typology matrix: the survey's episodes against Martin's five variables and three practices.

The article concludes (pp. 822-823) that what set the Soviet case apart was a removal carried
out by professional state agents, total in scope, in peacetime. Here that is computed from the
KB's codings, not asserted: for each of the three traits, how many Soviet and how many
non-Soviet episodes are coded with it, against it, or not at all. Unknown stays unknown.
"""

from __future__ import annotations

from dataclasses import dataclass

import altair as alt
import pandas as pd

from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import Cite, cite_label, sorted_cites
from borderlands.analysis.style import GREYS, titled
from borderlands.kb.knowledge import KB
from borderlands.kb.schema import Event

NAME = "typology-matrix"
DISTINCTIVENESS = "Soviet-distinctive traits, counted from the codings"
UNKNOWN = "unknown"

VARIABLES = ("intent_to_murder", "perpetrators", "scope", "removal", "context")
PRACTICES = ("dilution", "consolidation", "forced_assimilation")
LABELS = {
    "intent_to_murder": "intent to murder",
    "perpetrators": "perpetrators",
    "scope": "scope",
    "removal": "removal",
    "context": "context",
    "dilution": "dilution",
    "consolidation": "consolidation",
    "forced_assimilation": "forced assimilation",
}


@dataclass(frozen=True)
class Trait:
    """A value of one variable that the article names as distinctive of the Soviet case."""

    variable: str
    value: str
    label: str


DISTINCTIVE = (
    Trait("perpetrators", "professional", "professionalised (state agents)"),
    Trait("scope", "total", "total"),
    Trait("context", "peace", "in peacetime"),
)


def _cell(value: object) -> str:
    if value is None:
        return UNKNOWN
    if isinstance(value, bool):
        return "yes" if value else "no"
    return str(getattr(value, "value", value))


def coding_matrix(kb: KB) -> pd.DataFrame:
    """Tidy: one row per episode x variable, with the coded value or 'unknown'."""
    rows = []
    for coding in kb.typology:
        event = kb.get(coding.episode)
        soviet = event.soviet if isinstance(event, Event) else None
        year = event.start.year if isinstance(event, Event) and event.start else None
        for variable in (*VARIABLES, *PRACTICES):
            rows.append({
                "typology": coding.id,
                "episode": coding.episode,
                "name": kb.name_of(coding.episode),
                "soviet": "Soviet" if soviet else "non-Soviet" if soviet is False else UNKNOWN,
                "year": year,
                "kind": "variable" if variable in VARIABLES else "practice",
                "variable": LABELS[variable],
                "value": _cell(getattr(coding, variable)),
                "source": cite_label(Cite.of(coding.sources)),
            })
    return pd.DataFrame(rows)


def distinctiveness(matrix: pd.DataFrame) -> pd.DataFrame:
    """For each distinctive trait: Soviet and non-Soviet episodes with it, without it, unknown,
    the share with it among those coded, and what the codings allow one to conclude."""
    rows = []
    for trait in DISTINCTIVE:
        cells = matrix[matrix["variable"] == LABELS[trait.variable]]
        row: dict[str, object] = {"trait": trait.label, "variable": LABELS[trait.variable],
                                  "value": trait.value}
        shares: dict[str, float | None] = {}
        for side in ("Soviet", "non-Soviet"):
            side_cells = cells[cells["soviet"] == side]["value"]
            has = int((side_cells == trait.value).sum())
            unknown = int((side_cells == UNKNOWN).sum())
            lacks = len(side_cells) - has - unknown
            coded = has + lacks
            shares[side] = has / coded if coded else None
            row[f"{side} with"] = has
            row[f"{side} without"] = lacks
            row[f"{side} unknown"] = unknown
            row[f"{side} share"] = shares[side]
        row["finding"] = _finding(shares["Soviet"], shares["non-Soviet"])
        rows.append(row)
    rows.append(_all_three(matrix))
    return pd.DataFrame(rows)


def _all_three(matrix: pd.DataFrame) -> dict[str, object]:
    """Episodes coded with all three traits at once; unknown where none is coded against
    but some are not coded."""
    row: dict[str, object] = {"trait": "all three together", "variable": "",
                              "value": "professional + total + peace"}
    shares: dict[str, float | None] = {}
    for side in ("Soviet", "non-Soviet"):
        has = lacks = unknown = 0
        for _, cells in matrix[matrix["soviet"] == side].groupby("episode"):
            values = [cells[cells["variable"] == LABELS[t.variable]]["value"].iloc[0]
                      for t in DISTINCTIVE]
            matches = [v == t.value for v, t in zip(values, DISTINCTIVE, strict=True)]
            if all(matches):
                has += 1
            elif any(v not in (UNKNOWN, t.value)
                     for v, t in zip(values, DISTINCTIVE, strict=True)):
                lacks += 1
            else:
                unknown += 1
        coded = has + lacks
        shares[side] = has / coded if coded else None
        row |= {f"{side} with": has, f"{side} without": lacks, f"{side} unknown": unknown,
                f"{side} share": shares[side]}
    row["finding"] = _finding(shares["Soviet"], shares["non-Soviet"])
    return row


def _finding(soviet: float | None, other: float | None) -> str:
    if soviet is None:
        return "no Soviet episode coded"
    if other is None:
        return "no non-Soviet episode coded: the codings cannot show it as distinctive"
    if soviet > other:
        return (f"more common in Soviet episodes ({soviet:.0%} of those coded) than in "
                f"non-Soviet ones ({other:.0%})")
    return f"not distinctive: Soviet {soviet:.0%}, non-Soviet {other:.0%} of those coded"


def _order(matrix: pd.DataFrame) -> list[str]:
    episodes = matrix.drop_duplicates("episode")[["name", "soviet", "year"]].copy()
    episodes["soviet_first"] = episodes["soviet"] != "Soviet"
    episodes = episodes.sort_values(["soviet_first", "year"], na_position="last")
    return list(episodes["name"])


ROW_LABEL_CHARS = 56


def _row_label(name: str, soviet: bool) -> str:
    """A row label short enough to need no truncation by the renderer (which measures text
    over and over to truncate, slowly)."""
    label = ("USSR · " if soviet else "") + name
    return label if len(label) <= ROW_LABEL_CHARS else label[: ROW_LABEL_CHARS - 1] + "…"


def _chart(matrix: pd.DataFrame, cites: tuple[Cite, ...]) -> alt.TopLevelMixin:
    data = matrix.copy()
    traits = {(LABELS[t.variable], t.value) for t in DISTINCTIVE}
    data["shade"] = [
        UNKNOWN if value == UNKNOWN else
        "Soviet-distinctive value" if (variable, value) in traits else "other coded value"
        for variable, value in zip(data["variable"], data["value"], strict=True)
    ]
    data["text"] = data["value"].replace({UNKNOWN: "?"})
    soviet_names = set(data[data["soviet"] == "Soviet"]["name"])
    data["row"] = [_row_label(name, name in soviet_names) for name in data["name"]]
    order = [_row_label(name, name in soviet_names) for name in _order(matrix)]
    columns = [LABELS[v] for v in (*VARIABLES, *PRACTICES)]
    data = data[["row", "variable", "value", "text", "shade"]]  # only what is drawn
    base = alt.Chart(data).encode(
        x=alt.X("variable:N", sort=columns, title="Variables (first five) and practices",
                axis=alt.Axis(orient="top", labelAngle=-30)),
        y=alt.Y("row:N", sort=order, title=None, axis=alt.Axis(labelLimit=0)),
    )
    shades = ["Soviet-distinctive value", "other coded value", UNKNOWN]
    cells = base.mark_rect(stroke="#ffffff", strokeWidth=1).encode(
        fill=alt.Fill("shade:N", title="Cell", legend=alt.Legend(orient="bottom",
                                                                 direction="horizontal"),
                      scale=alt.Scale(
            domain=shades, range=[GREYS[0], GREYS[2], "#ffffff"])),
        tooltip=["row", "variable", "value"],
    )
    text = base.mark_text(fontSize=9).encode(
        text="text:N",
        color=alt.condition(alt.datum.shade == "Soviet-distinctive value",
                            alt.value("#ffffff"), alt.value("#000000")),
    )
    plot = alt.layer(cells, text).properties(width=520, height=alt.Step(15))
    notes = ["Black cells: professional perpetrators, total scope or peacetime, the traits the "
             "article calls distinctive of the Soviet case. '?': the KB does not code it.",
             "Rows marked USSR are Soviet episodes."]
    return titled(plot, "Typology of the surveyed episodes", cites, notes)


def typology_matrix(kb: KB) -> Analysis:
    """The coding matrix and the distinctiveness of the three Soviet traits, computed."""
    matrix = coding_matrix(kb)
    cites = sorted_cites(c for t in kb.typology for c in Cite.of(t.sources))
    table = distinctiveness(matrix)
    findings = "; ".join(f"{r['trait']}: {r['finding']}" for _, r in table.iterrows())
    soviet = int((matrix.drop_duplicates("episode")["soviet"] == "Soviet").sum())
    return Analysis(
        name=NAME,
        title="Typology matrix: the survey's episodes against the five variables",
        summary=(f"{len(kb.typology)} coded episodes ({soviet} Soviet). "
                 f"Computed from the codings: {findings}."),
        table=matrix,
        chart=_chart(matrix, cites),
        cites=cites,
        extra={DISTINCTIVENESS: table},
    )

