"""What the tests of the blind gold articles (issue #14, tests/test_gold_heldout*.py) share.

Each gold article written apart (tests/gold/figures/<name>.txt and .yaml, written by
make_gold_<name>.py) is checked on its own terms, without borderlands.figures: the offsets cut
out each figure, the generator writes what is committed, the article has its planned shape and
composition, every consistent or ambiguous claim's formula gives the printed figure, every
planted slip's formula gives ``intended`` and not the printed figure, unverifiable claims carry
no formula. Those checks are the same for every article and live here, in ``ArticleChecks``;
what differs between articles is data (the split, the planned counts, the words a reader knows)
or a rule (how a figure in words is read), and each test file states its own.

How a new article's test file (say tests/test_gold_heldout14v.py) is written with this module,
imported as ``import gold_article as gold`` (tests/test_gold_heldout11o.py is a full example):

1. ``ARTICLE = gold.GoldArticle.load("<name>")``; a reader for its figures, usually
   ``READ = gold.FigureReader(words=..., ratios=..., suffixes=(...))`` with tables worked out
   by hand from the ordinary sense of the words (never copied from the formulas' values);
   ``MULTIPLE_WORDS`` holds the words for multiples and halves most articles read alike.
2. One class named ``Test<Name>`` deriving from ``gold.ArticleChecks`` and from the mixins
   whose data the article has: ``HandReadingChecks`` (``hand_readings``: figures with values
   that must and must not read as them), ``ReadingChecks`` (``readings``: the two readings of
   each ambiguous claim, as formulas of printed figures), ``TrapChecks`` (``traps``: the
   formula of other printed figures that gives an unverifiable claim), ``PairFreeChecks`` (no
   other unverifiable claim has such a pair), ``CountChecks``, ``ChainChecks``,
   ``SumInputChecks``, and ``MarginArticleChecks`` for an article whose figures a
   ``MarginReader`` reads. It sets ``article = ARTICLE``, ``split``, ``plan`` (a ``gold.Plan``:
   bounds on the counts of claims, verdicts and kinds), ``reader = READ`` and, where they
   differ from the defaults, ``formula_names``, ``count_sentences``, ``opposites``,
   ``unverifiable``, ``title_starts``.
3. Module-level tests for what only this article has (each slip is the planned kind of
   mistake, the dates behind its durations, ...), using ``ARTICLE`` and ``READ``.

pytest collects the class, so every shared check runs on the article; consistent and ambiguous
claims and slips are parametrized one test per claim (ids ``<start>:<figure>``). A reader rule
that differs from ``FigureReader`` is the file's own function, given as
``reader = staticmethod(function)``, or ``reads`` overridden when it needs the claim's kind.
A check that differs between articles is a setting of the class or the file's own test, never
an ``if`` on the article's name here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from itertools import permutations
from pathlib import Path
from typing import ClassVar

import pytest
import yaml

GOLD = Path(__file__).parent / "gold" / "figures"
KINDS = frozenset({"share", "sum", "remainder", "rate", "multiple", "comparison", "count",
                   "duration", "chain"})
VERDICTS = frozenset({"consistent", "inconsistent", "unverifiable", "ambiguous"})
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
#: words for a multiple or a half in their ordinary sense and the range of ratios (both ends
#: included) each stands for; an article's reader adds its own words to these
MULTIPLE_WORDS: Mapping[str, tuple[float, float]] = {
    "halved": (0.45, 0.55), "doubled": (1.9, 2.1), "twice as many": (1.9, 2.1),
    "more than doubled": (2.0, 3.0), "more than twice": (2.0, 3.0), "tripled": (2.85, 3.15)}
#: the names a formula may be given, and those it may use unless its article says otherwise
KNOWN_NAMES: Mapping[str, object] = {"date": date, "len": len, "max": max, "min": min,
                                     "sorted": sorted}
FORMULA_NAMES = tuple(KNOWN_NAMES)
#: multipliers that turn a ratio into a percentage or a rate: not printed inputs
SCALES = frozenset({100.0, 1000.0})
#: how the items of a list printed after a colon are separated
LIST_SPLIT = re.compile(r", and |, | and ")
#: where one sentence of a paragraph ends and the next begins
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
#: where a sentence ends: a stop before a space or the end of its paragraph
SENTENCE_END = re.compile(r"[.!?](?:\s|$)")

Claim = dict[str, object]
Value = float | bool | tuple[float, ...]
Bounds = tuple[int, int | None]


def within(n: int, bounds: Bounds) -> bool:
    low, high = bounds
    return n >= low and (high is None or n <= high)


def exactly(counts: Mapping[str, int]) -> dict[str, Bounds]:
    """Bounds that admit exactly the given counts."""
    return {key: (n, n) for key, n in counts.items()}


def formula_inputs(formula: str) -> set[float]:
    """The numbers a formula takes, the multipliers for percentages and rates left out."""
    return {float(n) for n in re.findall(r"\d+(?:\.\d+)?", formula)} - SCALES


def split_count(pattern: re.Pattern[str]) -> Callable[[str], int]:
    """Counts the sentences of a paragraph as the pieces between the breaks ``pattern``
    finds."""
    return lambda paragraph: len(pattern.split(paragraph))


def ends_count(pattern: re.Pattern[str]) -> Callable[[str], int]:
    """Counts the sentences of a paragraph as the places where ``pattern`` finds an end."""
    return lambda paragraph: len(pattern.findall(paragraph))


@dataclass(frozen=True)
class GoldArticle:
    """A gold article as committed: its text, its YAML and the claims in it."""

    name: str
    text: str
    yaml_text: str
    claims: list[Claim]
    number: re.Pattern[str] = NUMBER

    @classmethod
    def load(cls, name: str, number: re.Pattern[str] = NUMBER) -> GoldArticle:
        text = (GOLD / f"{name}.txt").read_text(encoding="utf-8")
        yaml_text = (GOLD / f"{name}.yaml").read_text(encoding="utf-8")
        return cls(name, text, yaml_text, list(yaml.safe_load(yaml_text)["claims"]), number)

    @property
    def title(self) -> str:
        return self.text.splitlines()[0]

    @property
    def paragraphs(self) -> list[str]:
        """The paragraphs after the title line."""
        return self.text.strip().split("\n\n")[1:]

    def with_verdict(self, verdict: str) -> list[Claim]:
        return [c for c in self.claims if c["verdict"] == verdict]

    def of_kind(self, kind: str) -> list[Claim]:
        return [c for c in self.claims if c["kind"] == kind]

    def only(self, figure: str, verdict: str | None = None, kind: str | None = None) -> Claim:
        """The one claim printed as ``figure`` (of that verdict and kind, where given)."""
        (claim,) = [c for c in self.claims if c["figure"] == figure
                    and verdict in {None, c["verdict"]} and kind in {None, c["kind"]}]
        return claim

    def paragraph_of(self, claim: Claim) -> str:
        start = int(str(claim["start"]))
        begin = self.text.rfind("\n\n", 0, start)
        end = self.text.find("\n\n", start)
        return self.text[begin + 2 if begin >= 0 else 0 : end if end >= 0 else len(self.text)]

    def sentence_of(self, claim: Claim) -> str:
        start, end = int(str(claim["start"])), int(str(claim["end"]))
        begin = max(self.text.rfind(". ", 0, start) + 2, self.text.rfind("\n", 0, start) + 1)
        return self.text[begin : self.text.index(".", end) + 1]

    def numbers_in(self, text: str) -> set[float]:
        return {float(m.group(0).replace(",", "")) for m in self.number.finditer(text)}

    def pairs_giving(self, read: Callable[[str, Value], bool], figure: str, paragraph: str,
                     scale: float) -> list[tuple[float, float]]:
        """The pairs of other figures printed in ``paragraph`` whose quotient (times ``scale``)
        ``read`` takes for ``figure``: what a checker matching blindly could pick."""
        found = sorted(self.numbers_in(paragraph) - self.numbers_in(figure) - {0.0})
        return [(a, b) for a, b in permutations(found, 2) if read(figure, a / b * scale)]

    def listed_after(self, claim: Claim, split: re.Pattern[str] = LIST_SPLIT) -> list[str]:
        """The items of the list printed after the colon that follows a count."""
        colon = self.text.index(":", int(str(claim["end"])))
        return split.split(self.text[colon + 1 : self.text.index(".", colon)].strip())


def evaluate(formula: object, names: tuple[str, ...] = FORMULA_NAMES) -> Value:
    """The gold's own arithmetic: a formula written in the generator, evaluated with only the
    names its article allows."""
    value = eval(str(formula), {"__builtins__": {name: KNOWN_NAMES[name] for name in names}})
    assert isinstance(value, int | float | bool | tuple), (formula, value)
    return value


def rounds_to(value: float, printed: str, approximate: bool) -> bool:
    """Whether ``value`` shows as ``printed`` at the printed precision: decimals to their last
    place, whole numbers to the unit or, when ``approximate``, to their last non-zero digit."""
    digits = printed.replace(",", "")
    if "." in digits:
        return f"{value:.{len(digits.split('.')[1])}f}" == digits
    step = 1
    if approximate:
        while len(digits) > 1 and digits.endswith("0"):
            digits, step = digits[:-1], step * 10
    return round(value / step) * step == int(printed.replace(",", ""))


@dataclass(frozen=True)
class FigureReader:
    """Reads a printed figure against a value: a word for a ratio by its range (both ends
    included), an ordinal exactly, a number by ``rounds_to`` (approximate after one of
    ``approximate``), any other words, once ``prefixes`` and ``suffixes`` are taken off in that
    order, as the whole number ``words`` gives them, the value rounded. With ``nearly_at_most``
    "nearly N" in words must not exceed N. A true-or-false value is a comparison: it reads as
    itself, and its word must be one of ``relations`` where they are given."""

    words: Mapping[str, int]
    ratios: Mapping[str, tuple[float, float]] = field(default_factory=dict)
    ordinals: Mapping[str, int] = field(default_factory=dict)
    prefixes: tuple[str, ...] = ()
    suffixes: tuple[str, ...] = ()
    approximate: tuple[str, ...] = ("about ",)
    nearly_at_most: bool = False
    relations: frozenset[str] | None = None
    number: re.Pattern[str] = NUMBER

    def __call__(self, figure: str, value: Value) -> bool:
        text = figure.lower()
        if isinstance(value, bool):
            if self.relations is not None:
                assert text in self.relations, figure
            return value
        assert not isinstance(value, tuple), (figure, value)
        if text in self.ratios:
            low, high = self.ratios[text]
            return low <= value <= high
        if text in self.ordinals:
            return value == self.ordinals[text]
        if m := self.number.search(text):
            return rounds_to(value, m.group(0), text.startswith(self.approximate))
        nearly = self.nearly_at_most and text.startswith("nearly ")
        text = text.removeprefix("nearly ") if nearly else text
        for prefix in self.prefixes:
            text = text.removeprefix(prefix)
        for suffix in self.suffixes:
            text = text.removesuffix(suffix)
        assert text in self.words, figure
        n = self.words[text]
        return round(value) == n and (not nearly or value <= n)


@dataclass(frozen=True)
class MarginReader:
    """Reads a printed figure against a value by margins: a number holds a value within half
    its last printed unit ("about" counting from its last non-zero digit), a word for a ratio
    by its range, a rank exactly, a number word found anywhere in the figure by the value
    rounded, a true value as a comparison stated in words."""

    words: Mapping[str, int]
    fractions: Mapping[str, tuple[float, float]]
    ranks: Mapping[str, int]

    def __call__(self, figure: str, value: Value) -> bool:
        text = figure.lower()
        if isinstance(value, bool):
            return value and not NUMBER.search(text) and text not in self.ranks
        assert not isinstance(value, tuple), (figure, value)
        if text in self.fractions:
            low, high = self.fractions[text]
            return low <= value <= high
        if text in self.ranks:
            return self.ranks[text] == value
        m = NUMBER.search(text)
        if m is None:
            words = [w for w in self.words if re.search(rf"(?<![\w-]){w}(?!\w)", text)]
            assert len(words) == 1, figure
            return round(value) == self.words[words[0]]
        digits = m.group().replace(",", "")
        if "." in digits:
            unit = 10.0 ** -len(digits.split(".")[1])
        elif text.startswith("about"):
            unit = 10.0 ** (len(digits) - len(digits.rstrip("0")))
        else:
            unit = 1.0
        return abs(value - float(digits)) <= unit / 2 + 1e-9


@dataclass(frozen=True)
class Plan:
    """The composition an article was planned with: bounds (low, high or None) on its claims,
    on each verdict and kind named, on the consistent and ambiguous claims together
    (``worked``), on the distinct kinds among the slips and on the slips among the counts."""

    claims: Bounds = (55, 62)
    verdicts: Mapping[str, Bounds] = field(default_factory=dict)
    kinds: Mapping[str, Bounds] = field(default_factory=dict)
    worked: Bounds = (0, None)
    slip_kinds: Bounds = (7, None)
    count_slips: Bounds = (0, None)


def claim_id(claim: Claim) -> str:
    return f"{claim['start']}:{claim['figure']}"


class ArticleChecks:
    """The checks every gold article gets; a test file's ``Test<Name>`` class sets the data."""

    article: ClassVar[GoldArticle]
    split: ClassVar[str]
    plan: ClassVar[Plan]
    reader: ClassVar[Callable[[str, Value], bool]]
    formula_names: ClassVar[tuple[str, ...]] = FORMULA_NAMES
    #: how the sentences of a paragraph are counted (2 to 6 each)
    count_sentences: ClassVar[Callable[[str], int]] = staticmethod(split_count(SENTENCE_BREAK))
    title_starts: ClassVar[str | None] = None
    #: the figures of the unverifiable claims, where the plan names them all
    unverifiable: ClassVar[frozenset[str] | None] = None
    #: a comparison slip's printed word and the word it should have been
    opposites: ClassVar[Mapping[str, str]] = {}
    #: a slip is no rounding matter: its printed number is more than 2 % from the intended
    #: one, or with this set, from the value of its formula
    slip_gap_from_value: ClassVar[bool] = False
    #: figures and values worked out by hand, for ``HandReadingChecks``
    hand_readings: ClassVar[Sequence[tuple[str, Value, bool]]] = ()

    def pytest_generate_tests(self, metafunc: pytest.Metafunc) -> None:
        per_claim = {"worked_claim": {"consistent", "ambiguous"}, "slip": {"inconsistent"}}
        for name, verdicts in per_claim.items():
            if name in metafunc.fixturenames:
                claims = [c for c in self.article.claims if c["verdict"] in verdicts]
                metafunc.parametrize(name, claims, ids=[claim_id(c) for c in claims])
        if "hand_reading" in metafunc.fixturenames:
            cases = self.hand_readings
            metafunc.parametrize("hand_reading", cases,
                                 ids=[f"{'' if r else 'not '}{f}={v}" for f, v, r in cases])

    def reads(self, figure: str, value: Value, kind: str = "") -> bool:
        """Whether ``figure`` as printed says ``value``; ``kind`` is the claim's."""
        return self.reader(figure, value)

    def evaluate(self, formula: object) -> Value:
        return evaluate(formula, self.formula_names)

    def test_offsets_cut_out_each_figure_in_text_order(self) -> None:
        text, claims = self.article.text, self.article.claims
        assert claims
        last_end = 0
        for claim in claims:
            start, end = int(str(claim["start"])), int(str(claim["end"]))
            assert text[start:end] == claim["figure"] and start < end, claim
            assert start >= last_end, claim
            last_end = end
        assert "⟦" not in text and "⟧" not in text

    def test_generator_writes_what_is_committed(self, tmp_path: Path) -> None:
        """The generator, run as a script on a copy, writes the committed text and YAML and
        prints a line for each claim."""
        name = self.article.name
        for script in ("make_gold.py", f"make_gold_{name}.py"):
            shutil.copy(GOLD / script, tmp_path / script)
        done = subprocess.run([sys.executable, str(tmp_path / f"make_gold_{name}.py")],
                              check=True, capture_output=True, text=True, cwd=tmp_path)
        assert done.stdout.count("\n") >= len(self.article.claims)
        assert (tmp_path / f"{name}.txt").read_text(encoding="utf-8") == self.article.text
        assert (tmp_path / f"{name}.yaml").read_text(encoding="utf-8") == self.article.yaml_text

    def test_the_article_has_the_planned_shape(self) -> None:
        paragraphs = self.article.paragraphs
        assert 12 <= len(paragraphs) <= 16
        if self.title_starts is not None:
            assert self.article.title.startswith(self.title_starts)
        for paragraph in paragraphs:
            assert 2 <= self.count_sentences(paragraph) <= 6, paragraph

    def test_the_article_has_the_planned_composition(self) -> None:
        claims, plan = self.article.claims, self.plan
        assert within(len(claims), plan.claims)
        kinds = Counter(str(c["kind"]) for c in claims)
        verdicts = Counter(str(c["verdict"]) for c in claims)
        assert set(kinds) == KINDS and set(verdicts) == VERDICTS
        assert {c["split"] for c in claims} == {self.split}
        for kind, bounds in plan.kinds.items():
            assert within(kinds[kind], bounds), (kind, kinds[kind])
        for verdict, bounds in plan.verdicts.items():
            assert within(verdicts[verdict], bounds), (verdict, verdicts[verdict])
        assert within(verdicts["consistent"] + verdicts["ambiguous"], plan.worked)
        slip_kinds = Counter(str(c["kind"]) for c in self.article.with_verdict("inconsistent"))
        assert sum(slip_kinds.values()) >= 9
        assert within(len(slip_kinds), plan.slip_kinds) and {"rate", "comparison"} <= set(
            slip_kinds)
        assert within(slip_kinds["count"], plan.count_slips)
        if self.unverifiable is not None:
            figures = {str(c["figure"]) for c in self.article.with_verdict("unverifiable")}
            assert figures == self.unverifiable

    def test_worked_claim_gives_its_printed_figure(self, worked_claim: Claim) -> None:
        claim = worked_claim
        assert claim.get("formula") and "intended" not in claim, claim
        value = self.evaluate(claim["formula"])
        if isinstance(value, bool):
            assert claim["kind"] == "comparison" and value, claim
        assert self.reads(str(claim["figure"]), value, str(claim["kind"])), (claim, value)

    def test_slip_gives_its_intended_figure_not_the_printed_one(self, slip: Claim) -> None:
        figure, intended, kind = str(slip["figure"]), str(slip["intended"]), str(slip["kind"])
        value = self.evaluate(slip["formula"])
        assert figure != intended, slip
        if isinstance(value, bool) and self.opposites:
            assert value and self.opposites.get(figure) == intended, slip
            return
        assert self.reads(intended, value, kind), (slip, value)
        assert not self.reads(figure, value, kind), (slip, value)
        self.check_slip_is_no_rounding_matter(slip, value)

    def check_slip_is_no_rounding_matter(self, slip: Claim, value: Value) -> None:
        printed = self.article.number.search(str(slip["figure"]))
        if printed is None:
            return
        p = float(printed.group(0).replace(",", ""))
        if self.slip_gap_from_value:
            if not isinstance(value, bool | tuple):
                assert abs(p - value) / abs(value) > 0.02, (slip, value)
            return
        intended = self.article.number.search(str(slip["intended"]))
        if intended is not None:
            i = float(intended.group(0).replace(",", ""))
            assert abs(p - i) / i > 0.02, slip

    def test_only_unverifiable_claims_lack_a_formula(self) -> None:
        for claim in self.article.claims:
            if claim["verdict"] == "unverifiable":
                assert "formula" not in claim and "intended" not in claim, claim
            else:
                assert claim.get("formula"), claim


class HandReadingChecks(ArticleChecks):
    """The article's reader on figures and values worked out by hand: (figure, value, whether
    the figure reads as the value); near misses are the point."""

    def test_reader_on_cases_worked_by_hand(self, hand_reading: tuple[str, Value, bool]) -> None:
        figure, value, expected = hand_reading
        assert bool(self.reads(figure, value)) is expected


class ReadingChecks(ArticleChecks):
    """Each ambiguous claim has two readings of figures printed in its paragraph, each giving
    the printed figure: ``readings`` maps the figure to both formulas, or to the second one
    alone when the YAML's formula is the first."""

    readings: ClassVar[Mapping[str, tuple[str, ...]]]
    #: the readings' inputs are printed in the claim's paragraph; without it, in the article
    readings_beside_claim: ClassVar[bool] = True
    #: inputs printed in words, not digits: the word as printed and the number it names
    reading_words: ClassVar[Mapping[str, float]] = {}

    def test_ambiguous_claims_fit_two_readings(self) -> None:
        ambiguous = {str(c["figure"]): c for c in self.article.with_verdict("ambiguous")}
        assert set(ambiguous) == set(self.readings)
        for figure, claim in ambiguous.items():
            readings = self.readings[figure]
            formulas = readings if len(readings) > 1 else (str(claim["formula"]), *readings)
            assert len(formulas) == len(set(formulas)) == 2, claim
            where = self.article.paragraph_of(claim) if self.readings_beside_claim else (
                self.article.text)
            printed = self.article.numbers_in(where) | {
                n for word, n in self.reading_words.items() if word in where}
            for formula in formulas:
                assert formula_inputs(formula) <= printed, (claim, formula)
                value = self.evaluate(formula)
                assert self.reads(figure, value, str(claim["kind"])), (claim, formula, value)


class TrapChecks(ArticleChecks):
    """Chance traps: ``traps`` maps an unverifiable claim's figure to a formula of other
    figures printed in its paragraph, about other things, that gives it all the same; where
    ``trap_values`` names the figure, the formula gives exactly that value, not merely one the
    figure reads as."""

    traps: ClassVar[Mapping[str, str]]
    trap_values: ClassVar[Mapping[str, float]] = {}

    def test_chance_traps_sit_beside_figures_that_give_them(self) -> None:
        unverifiable = {str(c["figure"]): c for c in self.article.with_verdict("unverifiable")}
        assert set(self.traps) <= set(unverifiable)
        assert set(self.trap_values) <= set(self.traps)
        numbers = self.article.numbers_in
        for figure, formula in self.traps.items():
            claim = unverifiable[figure]
            printed = numbers(self.article.paragraph_of(claim)) - numbers(figure)
            assert formula_inputs(formula) <= printed, (figure, formula)
            value = self.evaluate(formula)
            assert self.reads(figure, value, str(claim["kind"])), (figure, formula, value)
            if figure in self.trap_values:
                assert value == pytest.approx(self.trap_values[figure]), (figure, formula)


class PairFreeChecks(TrapChecks):
    """No unverifiable claim but a trap is given by two other figures of its paragraph (times
    100 for a share), claims of the kinds in ``pair_free_skips`` aside."""

    pair_free_skips: ClassVar[frozenset[str]] = frozenset()

    def test_unverifiable_claims_but_the_traps_have_no_chance_pair(self) -> None:
        for claim in self.article.with_verdict("unverifiable"):
            figure = str(claim["figure"])
            if figure in self.traps or claim["kind"] in self.pair_free_skips:
                continue
            scale = 100.0 if claim["kind"] == "share" else 1.0
            paragraph = self.article.paragraph_of(claim)
            found = self.article.pairs_giving(self.reads, figure, paragraph, scale)
            assert found == [], (claim, found)


class CountChecks(ArticleChecks):
    """Each count has as many items in the list printed after it as its formula says, and the
    right figure (the intended one for a slip) reads as that number, the printed one only when
    the claim is consistent."""

    list_split: ClassVar[re.Pattern[str]] = LIST_SPLIT

    def test_counts_match_the_items_listed(self) -> None:
        for claim in self.article.of_kind("count"):
            items = self.article.listed_after(claim, self.list_split)
            assert len(items) == self.evaluate(claim["formula"]), (claim, items)
            right = str(claim.get("intended", claim["figure"]))
            assert self.reads(right, len(items), "count"), (claim, items)
            consistent = claim["verdict"] == "consistent"
            assert self.reads(str(claim["figure"]), len(items), "count") == consistent, claim


class ChainChecks(ArticleChecks):
    """A chain's sentence prints its base and each share it takes, as a percentage or in the
    words ``chain_share_words`` gives for that fraction."""

    chain_share_words: ClassVar[Mapping[float, str]] = {}

    def test_chains_state_every_input_in_their_sentence(self) -> None:
        chains = self.article.of_kind("chain")
        assert chains
        for claim in chains:
            base, *fractions = str(claim["formula"]).split("*")
            sentence = self.article.sentence_of(claim)
            assert f"{int(base):,}" in sentence, claim
            for fraction in fractions:
                words = self.chain_share_words.get(float(fraction))
                assert f"{float(fraction) * 100:g} percent" in sentence or (
                    words is not None and words in sentence), (claim, fraction)


class SumInputChecks(ArticleChecks):
    """A sum's or remainder's terms are figures printed in its paragraph (besides its own), or
    one of ``sum_input_extras``."""

    sum_input_extras: ClassVar[frozenset[float]] = frozenset({100.0})

    def test_sums_and_remainders_take_printed_figures_of_their_paragraph(self) -> None:
        numbers = self.article.numbers_in
        for claim in self.article.claims:
            if claim["kind"] not in {"sum", "remainder"} or "formula" not in claim:
                continue
            terms = {float(t) for t in re.findall(r"\d+", str(claim["formula"]))}
            printed = numbers(self.article.paragraph_of(claim)) - numbers(str(claim["figure"]))
            assert terms <= printed | self.sum_input_extras, claim


class MarginArticleChecks(ArticleChecks):
    """The settings of the articles whose figures a ``MarginReader`` reads, all written in one
    style: a paragraph's sentences are counted where they end, and a slip's printed number lies
    more than 2 % from the value of its formula."""

    count_sentences = staticmethod(ends_count(SENTENCE_END))
    slip_gap_from_value = True
