"""What every analysis returns: a tidy table, a chart, the checks and the gaps."""

from __future__ import annotations

from dataclasses import dataclass, field

import altair as alt
import pandas as pd

from borderlands.analysis.checks import Recomputation
from borderlands.analysis.sourced import Cite, Gap


@dataclass
class Analysis:
    """One of the article's quantitative arguments, recomputed.

    ``table`` is tidy (one row per observation, one column per variable) and carries a
    ``source`` column with page and note; ``checks`` sets each stated derived figure against
    its recomputation; ``gaps`` lists printed figures the KB lacks.
    """

    name: str
    title: str
    summary: str
    table: pd.DataFrame
    chart: alt.TopLevelMixin
    checks: list[Recomputation] = field(default_factory=list)
    gaps: list[Gap] = field(default_factory=list)
    cites: tuple[Cite, ...] = ()
    extra: dict[str, pd.DataFrame] = field(default_factory=dict)  # further tables, by title

    def checks_table(self) -> pd.DataFrame:
        columns = ["analysis", "figure", "stated", "stated_value", "formula", "computed", "gap",
                   "verdict", "note", "source"]
        return pd.DataFrame([c.row() for c in self.checks], columns=columns)

    def check(self, figure_id: str) -> Recomputation:
        """The check of one stated figure (KeyError when the analysis has none for it)."""
        for item in self.checks:
            if item.figure_id == figure_id:
                return item
        raise KeyError(figure_id)
