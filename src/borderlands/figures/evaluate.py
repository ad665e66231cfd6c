"""Scoring a figures report against a hand-typed gold list (tests/gold/figures.yaml).

Extraction is scored on body quantities: a found quantity matches a gold one on the same
page with the same numeral as printed (whitespace collapsed); each gold item matches at most
once. Unit accuracy is over matched pairs, overall and where the unit is printed. Verdict
accuracy is over gold claims, matched to checks by page and stated text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from borderlands.figures.report import FigureReport


def norm(text: str) -> str:
    return " ".join(str(text).split())


@dataclass(slots=True)
class ExtractionScore:
    gold: int
    found: int
    matched: int
    unit_right: int
    printed_unit_pairs: int
    printed_unit_right: int
    missed: list[tuple[int, str]] = field(default_factory=list)
    spurious: list[tuple[int | None, str]] = field(default_factory=list)
    unit_errors: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found if self.found else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.gold if self.gold else 0.0

    @property
    def unit_accuracy(self) -> float:
        return self.unit_right / self.matched if self.matched else 0.0

    @property
    def printed_unit_accuracy(self) -> float:
        return self.printed_unit_right / self.printed_unit_pairs if self.printed_unit_pairs else 0.0


@dataclass(slots=True)
class VerdictScore:
    gold: int
    found: int
    right: int
    confusion: Counter[tuple[str, str]] = field(default_factory=Counter)
    wrong: list[tuple[int, str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.gold if self.gold else 0.0


def score_extraction(
    found: list[tuple[int | None, str, str]], gold: list[dict[str, object]]
) -> ExtractionScore:
    """``found``: (page, text as printed, unit) of each body quantity the tool reported."""
    pool: dict[tuple[int | None, str], list[dict[str, object]]] = {}
    for g in gold:
        pool.setdefault((int(str(g["page"])), norm(str(g["text"]))), []).append(g)
    score = ExtractionScore(len(gold), len(found), 0, 0, 0, 0)
    for page, text, unit in found:
        bucket = pool.get((page, norm(text)))
        if not bucket:
            score.spurious.append((page, norm(text)))
            continue
        g = bucket.pop(0)
        score.matched += 1
        gold_unit = str(g.get("unit", ""))
        if unit == gold_unit:
            score.unit_right += 1
        else:
            score.unit_errors.append((int(str(g["page"])), norm(text), gold_unit, unit))
        if not g.get("implied"):
            score.printed_unit_pairs += 1
            score.printed_unit_right += unit == gold_unit
    for (page, text), rest in pool.items():
        score.missed.extend((int(page or 0), text) for _ in rest)
    return score


def score_report(
    report: FigureReport, gold: dict[str, list[dict[str, object]]]
) -> tuple[ExtractionScore, VerdictScore]:
    body = [
        (f.page, f.quantity.text, f.quantity.unit)
        for f in report.quantities
        if f.passage.where == "body"
    ]
    extraction = score_extraction(body, gold["quantities"])
    return extraction, score_verdicts(report, gold["claims"])


def score_verdicts(report: FigureReport, claims: list[dict[str, object]]) -> VerdictScore:
    checks: dict[tuple[int | None, str], list[str]] = {}
    for c in report.checks:
        checks.setdefault((c.claim.page, norm(c.stated)), []).append(c.verdict)
    score = VerdictScore(len(claims), 0, 0)
    for g in claims:
        key = (int(str(g["page"])), norm(str(g["stated"])))
        expected = str(g["verdict"])
        got_list = checks.get(key)
        got = got_list.pop(0) if got_list else "missing"
        if got != "missing":
            score.found += 1
        score.confusion[(expected, got)] += 1
        if got == expected:
            score.right += 1
        else:
            score.wrong.append((key[0] or 0, key[1], expected, got))
    return score
