"""The figures report: every quantity and every check of one article, and its JSON shape.

``check_article`` is the one call the CLI, the web explorer and the knowledge base use.
The JSON shape follows DESIGN.md (``quantities`` with line, page, text, value, unit, approx;
``checks`` with line, page, stated, stated_value, formula, computed, verdict) and adds
fields: where a figure stands (body paragraph or note), ranges, qualifiers, and for checks
the distance of the inputs, the rounding mode, and the alternative fits.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

from pydantic import BaseModel

from borderlands.article.model import Article
from borderlands.figures.checks import Check, Checker, Fit
from borderlands.figures.passages import (
    Located,
    Passage,
    line_finder,
    locate_all,
    passages_from_article,
    passages_from_text,
)
from borderlands.figures.plain import SEVERITY, plain_words, sentence_html, where_words
from borderlands.figures.verdicts import VERDICTS

#: JSON numbers: whole values are ints, the rest floats (pydantic keeps an int an int).
Number = int | float


@dataclass(slots=True)
class FigureReport:
    quantities: list[Located]
    checks: list[Check]
    passages: list[Passage]

    def counts(self) -> dict[str, int]:
        out = dict.fromkeys(VERDICTS, 0)
        for c in self.checks:
            out[c.verdict] += 1
        return out

    def to_json(self) -> dict[str, object]:
        return ReportOut(
            quantities=[quantity_out(q) for q in self.quantities],
            checks=[check_out(c) for c in self.checks],
            summary=self.counts(),
        ).model_dump()


def check_article(article: Article) -> FigureReport:
    """Find every quantity in the article's paragraphs and notes, and check derived ones."""
    passages = passages_from_article(article)
    return _check(passages, article.line_of, article.page_of)


def check_text(text: str, page_of: Callable[[int], int | None] | None = None) -> FigureReport:
    """The same on plain text (paragraphs split at blank lines; no notes, no pages)."""
    passages = passages_from_text(text)
    return _check(passages, line_finder(text), page_of or (lambda _offset: None))


def _check(
    passages: list[Passage],
    line_of: Callable[[int], int],
    page_of: Callable[[int], int | None],
) -> FigureReport:
    found = locate_all(passages, line_of, page_of)
    found.sort(key=lambda f: (f.passage.where != "body", f.raw_start))
    checks = Checker(found, [p.text for p in passages], line_of, page_of, passages).run()
    return FigureReport(quantities=found, checks=checks, passages=passages)


# -- JSON boundary ---------------------------------------------------------------------------


class QuantityOut(BaseModel):
    line: int
    page: int | None
    text: str
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    unit: str
    unit_implied: bool = False
    subject: str | None = None
    approx: bool
    qualifier: str | None = None
    direction: str | None = None
    kind: str
    where: str
    paragraph: str | None = None
    note: int | None = None
    start: int
    end: int


class InputOut(BaseModel):
    """One figure a check rests on: as printed, its value, where it stands."""

    text: str
    value: Number | None
    low: Number | None = None
    high: Number | None = None
    unit: str
    line: int
    page: int | None
    start: int  # raw offsets into the article file
    end: int
    where: str
    paragraph: str | None = None
    note: int | None = None


class FitOut(BaseModel):
    formula: str
    computed: Number
    distance: str
    mode: str
    gap: Number
    chance: Number
    inputs: list[InputOut]


class CheckOut(BaseModel):
    line: int
    page: int | None
    stated: str
    stated_value: Number
    stated_high: Number | None = None
    formula: str | None
    computed: Number | None
    verdict: str
    kind: str
    distance: str | None = None
    mode: str | None = None
    gap: Number | None = None
    explanation: str
    where: str
    paragraph: str | None = None
    note: int | None = None
    start: int
    end: int
    intended: str | None = None
    plain: str
    place: str  # "p. 834, note 112": page and paragraph or note, for people
    sentence_html: str  # the claim's sentence, escaped, its figures marked
    severity: int  # 0 inconsistent, 1 ambiguous, 2 consistent, 3 unverifiable: worst first
    inputs: list[InputOut] = []
    alternatives: list[FitOut] = []


class ReportOut(BaseModel):
    quantities: list[QuantityOut]
    checks: list[CheckOut]
    summary: dict[str, int]


def quantity_out(f: Located) -> QuantityOut:
    q = f.quantity
    return QuantityOut(
        line=f.line,
        page=f.page,
        text=" ".join(q.text.split()),
        value=clean(q.value),
        low=clean(q.low),
        high=clean(q.high),
        unit=q.unit,
        unit_implied=q.unit_implied,
        subject=" ".join(q.subject.split()) if q.subject else None,
        approx=q.approx,
        qualifier=q.qualifier,
        direction=q.direction,
        kind=q.kind,
        where=f.passage.where,
        paragraph=f.passage.paragraph_id,
        note=f.passage.note,
        start=f.raw_start,
        end=f.raw_end,
    )


def fit_out(fit: Fit) -> FitOut:
    return FitOut(
        formula=fit.formula,
        computed=rounded(fit.computed),
        distance=fit.scope_name,
        mode=fit.mode,
        gap=rounded(fit.gap),
        chance=rounded(fit.chance),
        inputs=[input_out(i) for i in fit.inputs],
    )


def input_out(f: Located) -> InputOut:
    q = f.quantity
    return InputOut(
        text=" ".join(q.text.split()),
        value=clean(q.value),
        low=clean(q.low),
        high=clean(q.high),
        unit=q.unit,
        line=f.line,
        page=f.page,
        start=f.raw_start,
        end=f.raw_end,
        where=f.passage.where,
        paragraph=f.passage.paragraph_id,
        note=f.passage.note,
    )


def check_out(c: Check) -> CheckOut:
    f = c.claim
    return CheckOut(
        line=f.line,
        page=f.page,
        stated=c.stated,
        stated_value=whole(c.stated_value),
        stated_high=clean(c.stated_high),
        formula=c.fit.formula if c.fit else None,
        computed=rounded(c.fit.computed) if c.fit else None,
        verdict=c.verdict,
        kind=c.kind,
        distance=c.fit.scope_name if c.fit else None,
        mode=c.fit.mode if c.fit else None,
        gap=rounded(c.fit.gap) if c.fit else None,
        explanation=c.explanation,
        where=f.passage.where,
        paragraph=f.passage.paragraph_id,
        note=f.passage.note,
        start=f.raw_start,
        end=f.raw_end,
        intended=c.intended,
        plain=plain_words(c),
        place=where_words(f),
        sentence_html=sentence_html(c),
        severity=SEVERITY[c.verdict],
        inputs=[input_out(i) for i in c.inputs],
        alternatives=[fit_out(a) for a in c.alternatives],
    )


def whole(v: float) -> Number:
    """A whole number as an int (JSON ``200000``, not ``200000.0``); others unchanged."""
    return int(v) if math.isfinite(v) and v == int(v) and abs(v) < 1e15 else v


def clean(v: float | None) -> Number | None:
    return None if v is None else whole(v)


def rounded(v: float) -> Number:
    """A computed value to four decimals, whole numbers as ints."""
    return whole(round(v, 4))
