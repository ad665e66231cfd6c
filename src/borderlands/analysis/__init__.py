"""The article's quantitative arguments, recomputed from the knowledge base, with charts.

Each analysis returns an ``Analysis``: a tidy pandas table, an Altair chart, checks of every
stated derived figure against its recomputation, and the printed figures the KB lacks.
``report.build_report`` writes them all as one static, offline HTML report.
"""

from __future__ import annotations

from borderlands.analysis.checks import Recomputation, Verdict
from borderlands.analysis.deportations import PersonsPerFamily, stated_family_ratios, to_persons
from borderlands.analysis.intervals import clopper_pearson, wilson
from borderlands.analysis.model import Analysis
from borderlands.analysis.registry import ANALYSES, analyses, analysis, charts
from borderlands.analysis.representation import (
    Method,
    RepresentationIndex,
    representation_index,
)

__all__ = [
    "ANALYSES",
    "Analysis",
    "Method",
    "PersonsPerFamily",
    "Recomputation",
    "RepresentationIndex",
    "Verdict",
    "analyses",
    "analysis",
    "charts",
    "clopper_pearson",
    "representation_index",
    "stated_family_ratios",
    "to_persons",
    "wilson",
]
