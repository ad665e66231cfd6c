"""Every analysis by name, and every chart by name, from one KB."""

from __future__ import annotations

from collections.abc import Callable

import altair as alt

from borderlands.analysis.census import census_change
from borderlands.analysis.deportations import deportations_over_time
from borderlands.analysis.korea import korean_question
from borderlands.analysis.model import Analysis
from borderlands.analysis.representation import leningrad_index
from borderlands.analysis.terror import national_operations
from borderlands.analysis.typology import typology_matrix
from borderlands.kb.knowledge import KB

ANALYSES: dict[str, Callable[[KB], Analysis]] = {
    "national-operations": national_operations,
    "representation-index": leningrad_index,
    "deportations-over-time": deportations_over_time,
    "korean-question": korean_question,
    "typology-matrix": typology_matrix,
    "census-change": census_change,
}


def _kb(kb: KB | None) -> KB:
    if kb is not None:
        return kb
    from borderlands.kb import load

    return load()


def analyses(kb: KB | None = None) -> dict[str, Analysis]:
    """Every analysis, recomputed from ``kb`` (the bundled KB by default), in report order."""
    source = _kb(kb)
    return {name: build(source) for name, build in ANALYSES.items()}


def analysis(name: str, kb: KB | None = None) -> Analysis:
    """One analysis by name (KeyError names the ones that exist)."""
    if name not in ANALYSES:
        raise KeyError(f"no analysis {name!r}; known: {', '.join(ANALYSES)}")
    return ANALYSES[name](_kb(kb))


def charts(kb: KB | None = None) -> dict[str, alt.TopLevelMixin]:
    """Every chart by analysis name, for the explorer and notebooks."""
    return {name: item.chart for name, item in analyses(kb).items()}
