"""Scoring a figures report against a hand-typed gold list (tests/gold/figures.yaml).

Extraction is scored on body quantities: a found quantity matches a gold one on the same
page with the same numeral as printed (whitespace collapsed); each gold item matches at most
once. Unit accuracy is over matched pairs, overall and where the unit is printed. Verdict
accuracy is over gold claims, matched to checks by page and stated text.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from borderlands.figures.report import FigureReport, check_text


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


# -- synthetic gold articles (tests/gold/figures/*.yaml) -------------------------------------

#: When several checks cover one gold figure, the reader sees the most alarming one first.
SEVERITY = {"inconsistent": 0, "ambiguous": 1, "consistent": 2, "unverifiable": 3}


@dataclass(slots=True)
class KindScore:
    """Scores of one kind of claim (or all): statcheck's measures on our verdicts."""

    claims: int = 0
    right: int = 0
    slips: int = 0  # planted inconsistencies
    slips_found: int = 0
    consistent: int = 0  # claims whose arithmetic holds
    consistent_not_flagged: int = 0
    chance_traps: int = 0  # unverifiable claims (inputs not printed)
    chance_avoided: int = 0  # ... not called consistent
    intended_right: int = 0  # slips whose likely intended figure was named
    wrong: list[tuple[str, str, str, str]] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.right / self.claims if self.claims else 0.0

    @property
    def sensitivity(self) -> float:
        return self.slips_found / self.slips if self.slips else 1.0

    @property
    def specificity(self) -> float:
        return self.consistent_not_flagged / self.consistent if self.consistent else 1.0

    @property
    def chance_fits_avoided(self) -> float:
        return self.chance_avoided / self.chance_traps if self.chance_traps else 1.0


def verdict_at(report: FigureReport, start: int, end: int) -> tuple[str, str | None]:
    """The verdict the report gives the figure at raw ``[start, end)`` (the most severe of the
    checks whose stated figure overlaps it), and the intended figure it names, if any."""
    found = [c for c in report.checks if check_span(c)[0] < end and start < check_span(c)[1]]
    if not found:
        return "missing", None
    found.sort(key=lambda c: SEVERITY[c.verdict])
    return found[0].verdict, found[0].intended


def check_span(c: object) -> tuple[int, int]:
    claim = c.claim  # type: ignore[attr-defined]
    q = claim.quantity
    if c.kind == "multiple" or q.phrase_start == q.phrase_end:  # type: ignore[attr-defined]
        return claim.raw_start, claim.raw_end
    to_raw = claim.passage.to_raw
    return min(claim.raw_start, to_raw(q.phrase_start)), max(
        claim.raw_end, to_raw(max(q.phrase_start, q.phrase_end - 1)) + 1
    )


def score_synthetic(
    report: FigureReport, claims: list[dict[str, object]], split: str | None = None
) -> dict[str, KindScore]:
    """Per-kind scores (and ``"all"``) of ``report`` against gold claims of one article."""
    scores: dict[str, KindScore] = {}
    for g in claims:
        if split is not None and g["split"] != split:
            continue
        expected = str(g["verdict"])
        got, intended = verdict_at(report, int(str(g["start"])), int(str(g["end"])))
        for key in (str(g["kind"]), "all"):
            s = scores.setdefault(key, KindScore())
            s.claims += 1
            s.right += got == expected
            if expected == "inconsistent":
                s.slips += 1
                s.slips_found += got == "inconsistent"
                s.intended_right += got == "inconsistent" and same_figure(
                    intended, str(g.get("intended", ""))
                )
            if expected == "consistent":
                s.consistent += 1
                s.consistent_not_flagged += got != "inconsistent"
            if expected == "unverifiable":
                s.chance_traps += 1
                s.chance_avoided += got != "consistent"
            if got != expected and key == "all":
                s.wrong.append((str(g["figure"]), str(g["kind"]), expected, got))
    return scores


def same_figure(named: str | None, gold: str) -> bool:
    """Whether the intended figure the tool names is the gold one (numerals compared by
    value: "2,650" and "2650" are the same)."""
    if not named:
        return False
    a, b = named.replace(",", "").lower().strip(), gold.replace(",", "").lower().strip()
    try:
        return float(a.split()[0]) == float(b.split()[0])
    except ValueError:
        return a == b or b in a


def add_scores(into: KindScore, more: KindScore) -> None:
    for name in ("claims", "right", "slips", "slips_found", "consistent",
                 "consistent_not_flagged", "chance_traps", "chance_avoided",
                 "intended_right"):  # fmt: skip
        setattr(into, name, getattr(into, name) + getattr(more, name))
    into.wrong.extend(more.wrong)


def score_gold_articles(
    directory: Path, names: tuple[str, ...], split: str | None
) -> dict[str, KindScore]:
    """Per-kind scores over the synthetic gold articles ``names`` of ``directory`` (a text
    and a YAML of claims each), on one half or (``split=None``) both."""
    total: dict[str, KindScore] = {}
    for name in names:
        text = (directory / f"{name}.txt").read_text(encoding="utf-8")
        claims = yaml.safe_load((directory / f"{name}.yaml").read_text(encoding="utf-8"))
        for kind, score in score_synthetic(check_text(text), claims["claims"], split).items():
            add_scores(total.setdefault(kind, KindScore()), score)
    return total
