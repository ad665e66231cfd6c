"""Comparing a stated derived figure with its recomputation, at the precision it was printed.

The arithmetic and the verdict words are the figures checker's (borderlands.figures): a
percentage printed as "36.3" is consistent with anything that rounds (or truncates) to 36.3;
"49" with anything that rounds to 49. A figure given in words ("a fifth", "tripled") is
consistent when the recomputed value is nearer to that fraction or multiple than to its neighbours.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

from borderlands.analysis.sourced import Cite, SourcedFigure, cite_label
from borderlands.figures.checks import accepts
from borderlands.figures.numbers import rounding_step
from borderlands.figures.verdicts import Verdict

__all__ = ["Recomputation", "Verdict", "agrees", "round_figure_step", "stated_decimals"]


@dataclass(frozen=True)
class Recomputation:
    """One stated derived figure set against what the primary figures give."""

    analysis: str
    figure_id: str
    stated: str
    stated_value: float | None
    formula: str
    computed: float | None
    verdict: Verdict
    note: str
    cites: tuple[Cite, ...]

    @property
    def gap(self) -> float | None:
        """Computed minus stated, where both exist."""
        if self.computed is None or self.stated_value is None:
            return None
        return self.computed - self.stated_value

    def row(self) -> dict[str, object]:
        return {
            "analysis": self.analysis,
            "figure": self.figure_id,
            "stated": self.stated,
            "stated_value": self.stated_value,
            "formula": self.formula,
            "computed": self.computed,
            "gap": self.gap,
            "verdict": self.verdict.value,
            "note": self.note,
            "source": cite_label(self.cites),
        }


_DECIMALS = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def stated_decimals(stated: str) -> int:
    """How many decimals the first numeral of a printed figure has ("45.46 percent" -> 2)."""
    match = _DECIMALS.search(stated)
    if match is None or match.group(1) is None:
        return 0
    return len(match.group(1))


def round_figure_step(stated: str) -> float:
    """The rounding step a whole printed count implies: "30,000" is given to the nearest
    10,000, "1,500" to the nearest 100, "139,835" exactly (step 1); a decimal figure 1."""
    match = _DECIMALS.search(stated)
    if match is None or match.group(1) is not None:
        return 1.0
    return rounding_step(match.group(0).replace(",", ""))


def agrees(stated_value: float, computed: float, decimals: int) -> bool:
    """True when ``computed`` reproduces ``stated_value`` printed at ``decimals`` places, by
    the figures checker's rule (rounds half-up, or truncates)."""
    return accepts(stated_value, 10.0**-decimals, None, computed) is not None


UNIT_FRACTIONS = (*(Fraction(1, n) for n in range(2, 11)), Fraction(2, 3), Fraction(3, 4))


def nearest_fraction(share: float) -> Fraction:
    """The simple fraction (1/2 ... 1/10, 2/3, 3/4) nearest a share between 0 and 1."""
    return min(UNIT_FRACTIONS, key=lambda f: abs(float(f) - share))


def check_numeral(
    analysis: str,
    stated: SourcedFigure,
    formula: str,
    computed: float | None,
    note: str = "",
    mismatch_note: str = "",
) -> Recomputation:
    """Check a figure printed as digits, at its printed precision."""
    value = stated.value if stated.value is not None else stated.point
    verdict, text = Verdict.unverifiable, note
    if computed is not None:
        ok = agrees(value, computed, stated_decimals(stated.stated))
        verdict = Verdict.consistent if ok else Verdict.inconsistent
        text = note if ok or not mismatch_note else mismatch_note
    return Recomputation(
        analysis, stated.figure_id, stated.stated, value, formula, computed, verdict, text,
        stated.cites,
    )  # fmt: skip


def check_fraction_word(
    analysis: str,
    stated: SourcedFigure,
    fraction: Fraction,
    formula: str,
    computed_percent: float,
    note: str = "",
) -> Recomputation:
    """Check a share printed in words ("a fifth") against a recomputed percentage."""
    nearest = nearest_fraction(computed_percent / 100)
    ok = nearest == fraction
    return Recomputation(
        analysis,
        stated.figure_id,
        stated.stated,
        float(fraction) * 100,
        formula,
        computed_percent,
        Verdict.consistent if ok else Verdict.inconsistent,
        note or f"nearest simple fraction to the recomputed share is {nearest}",
        stated.cites,
    )


def check_multiple_word(
    analysis: str,
    stated: SourcedFigure,
    multiple: int,
    formula: str,
    computed_ratio: float,
    note: str = "",
) -> Recomputation:
    """Check a growth given in words ("tripled") against a recomputed ratio."""
    ok = round(computed_ratio) == multiple
    return Recomputation(
        analysis,
        stated.figure_id,
        stated.stated,
        float(multiple),
        formula,
        computed_ratio,
        Verdict.consistent if ok else Verdict.inconsistent,
        note,
        stated.cites,
    )


def unverifiable(analysis: str, stated: SourcedFigure, formula: str, note: str) -> Recomputation:
    return Recomputation(
        analysis,
        stated.figure_id,
        stated.stated,
        stated.point,
        formula,
        None,
        Verdict.unverifiable,
        note,
        stated.cites,
    )
