"""Numeric claims: quantities in prose, derived figures and their consistency verdicts."""

from borderlands.figures.checks import Check, Fit
from borderlands.figures.layers import annotate_figures
from borderlands.figures.quantities import extract_quantities
from borderlands.figures.quantity import Quantity
from borderlands.figures.render import print_table, report_html
from borderlands.figures.report import FigureReport, check_article, check_text

__all__ = [
    "Check",
    "FigureReport",
    "Fit",
    "Quantity",
    "annotate_figures",
    "check_article",
    "check_text",
    "extract_quantities",
    "print_table",
    "report_html",
]
