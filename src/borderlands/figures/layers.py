"""Quantities and checks as span layers of the Article (issue #11): ``annotate_figures``
records every quantity (layer "quantities") and every check (layer "checks", on the claim's
words) as a span of the one raw text, with the figures record as its ``data``. The JSON
report is a view of the same records: each entry's ``start``/``end`` are its annotation's."""

from __future__ import annotations

from borderlands.article.layers import Annotation, annotate
from borderlands.article.model import Article
from borderlands.figures.checks import Check
from borderlands.figures.passages import Located
from borderlands.figures.report import FigureReport


def span_of(f: Located) -> tuple[str, int, int]:
    """(passage key, start, end) of a figure in the article's own reading text of its
    passage (a note's text keeps its printed label; ours drops it, hence the shift)."""
    q = f.quantity
    return f.passage.key, q.start + f.passage.shift, q.end + f.passage.shift


def claim_span(c: Check) -> tuple[str, int, int]:
    key, start, end = span_of(c.claim)
    q = c.claim.quantity
    if q.kind == "fraction":
        start = q.phrase_start + c.claim.passage.shift
        end = max(q.phrase_end, q.end) + c.claim.passage.shift
    return key, start, end


def annotate_figures(article: Article, report: FigureReport) -> None:
    """Add the layers "quantities" and "checks" to ``article``."""
    quantities: list[Annotation] = []
    for f in report.quantities:
        key, start, end = span_of(f)
        label = f.quantity.unit or f.quantity.kind
        quantities.append(annotate(article, "quantities", key, start, end, label, f))
    checks: list[Annotation] = []
    for c in report.checks:
        key, start, end = claim_span(c)
        checks.append(annotate(article, "checks", key, start, end, str(c.verdict), c))
    article.add_layer("quantities", quantities)
    article.add_layer("checks", checks)
