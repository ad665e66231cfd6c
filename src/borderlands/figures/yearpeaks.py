"""The year a yearly series was highest or lowest in: "412 escapes in 1949, 538 in 1950, 296
in 1951 ... The count was highest in 1950"; "the fewest came in 1953"; "arrests peaked in
1938". The series is the counts printed each with "in <year>" in the claim's sentence or the
two before it (at least three years); the claim holds when its year's count is the largest
(or smallest) of them.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, num, printed
from borderlands.figures.lexicon import MULTIPLE_WORDS
from borderlands.figures.parallelruns import another_run_named
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

PEAK_RE = re.compile(
    r"\b(highest|largest|greatest|biggest|heaviest|peaked|peak|lowest|smallest|fewest|"
    r"lightest)\b[^.;:,]{0,30}?\bin\s+(1[89]\d\d)\b",
    re.I,
)
LOW = frozenset(("lowest", "smallest", "fewest", "lightest"))
#: the year a count of a series belongs to: "538 in 1950", "3,400 tons of grain in 1931"
YEAR_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+){0,3}?in\s+(1[89]\d\d)\b")


def series_before(s: Sentence, items: list[Located]) -> dict[int, Located]:
    """Per year, the count printed with it in the sentence or the two before it."""
    first = s.passage.sentences[max(0, s.index - 2)][0]
    text = s.passage.text
    out: dict[int, Located] = {}
    for f in items:
        q = f.quantity
        if not first <= q.start < s.end or q.unit in ("percent", "fraction", "times"):
            continue
        m = YEAR_AFTER_RE.match(text, q.end)
        if m is not None and q.mid > 0:
            out.setdefault(int(m.group(1)), f)
    return out


PEAK_STEMS = (
    "highest",
    "largest",
    "greatest",
    "biggest",
    "heaviest",
    "peak",
    "lowest",
    "smallest",
    "fewest",
    "lightest",
)


#: Whole words PEAK_RE needs (keep in step): its peak word, and "in" before the year.
PEAK_WORDS = frozenset(("highest", "largest", "greatest", "biggest", "heaviest", "peaked", "peak",
                        "lowest", "smallest", "fewest", "lightest"))  # fmt: skip


def year_peaks(s: Sentence, items: list[Located]) -> list[Finding]:
    out: list[Finding] = []
    if not s.says_any(PEAK_WORDS) or not s.says_any(IN_WORD):
        return out  # PEAK_RE cannot match: one set test instead of a scan
    lower = s.lower
    if not any(w in lower for w in PEAK_STEMS):
        return out  # a cheap first test before the pattern
    for m in PEAK_RE.finditer(s.text):
        series = series_before(s, items)
        year = int(m.group(2))
        if len(series) < 3 or year not in series:
            continue
        word = m.group(1).lower()
        low = word in LOW
        values = {y: f.quantity.mid for y, f in series.items()}
        top = (min if low else max)(values, key=lambda y: values[y])
        holds = values[year] == values[top]
        order = sorted(series, key=lambda y: values[y], reverse=not low)
        why = ", ".join(f"{y}: {printed(series[y])}" for y in order)
        out.append(Finding(
            "comparison", s.start + m.start(1), s.start + m.end(1), float(len(series)),
            Verdict.consistent if holds else Verdict.inconsistent, why, None,
            tuple(series[y] for y in order),
            f"{word} in {year}: in order {why}", None if holds else str(top),
        ))  # fmt: skip
    return out


#: "halved from 1949 to 1950", "tripled in 1951", "nearly doubled between 1924 and 1926"
YEAR_MULTIPLE_RE = re.compile(
    r"\b(?:(more than|over|almost|nearly|about)\s+)?(" + "|".join(MULTIPLE_WORDS) + r")\b"
    r"(?:\s+(?:from|between)\s+(1[89]\d\d)\s+(?:to|and)\s+(1[89]\d\d)|\s+in\s+(1[89]\d\d))",
    re.I,
)


MULTIPLE_STEMS = ("doubl", "tripl", "trebl", "halv", "fold", "quadrupl", "quintupl")
#: Whole words YEAR_MULTIPLE_RE needs (keep in step): its multiple word.
MULTIPLE_WORD_SET = frozenset(MULTIPLE_WORDS)
IN_WORD = frozenset(("in",))


def multiple_holds(qualifier: str, factor: float, ratio: float) -> bool:
    if qualifier in ("more than", "over"):
        return factor < ratio <= factor * 1.5 if factor > 1 else factor / 1.5 <= ratio < factor
    if qualifier in ("almost", "nearly"):
        return factor * 0.8 <= ratio < factor if factor > 1 else factor < ratio <= factor * 1.25
    return abs(ratio - factor) <= 0.1 * factor


def year_multiples(s: Sentence, items: list[Located]) -> list[Finding]:
    """A multiple between two years of a yearly series: "from Y1 to Y2", or "in Y2" against
    the year before it in the series."""
    out: list[Finding] = []
    if not s.says_any(MULTIPLE_WORD_SET):
        return out  # YEAR_MULTIPLE_RE cannot match: one set test instead of a scan
    if len(s.counts) >= 2:
        return []  # "halved between 1924 and 1927, from 4,800 to 2,350": its own counts
    lower = s.lower
    if not any(w in lower for w in MULTIPLE_STEMS):
        return out  # a cheap first test before the pattern
    for m in YEAR_MULTIPLE_RE.finditer(s.text):
        series = series_before(s, items)
        if len(series) < 2:
            continue
        if m.group(5):
            later = int(m.group(5))
            earlier_years = [y for y in series if y < later]
            earlier = max(earlier_years) if earlier_years else None
        else:
            earlier, later = int(m.group(3)), int(m.group(4))
        if earlier is None or earlier not in series or later not in series:
            continue
        a, b = series[earlier], series[later]
        if a.quantity.mid <= 0 or a.sentence != b.sentence:
            continue  # one series is one sentence's: "1,450 pupils in 1924" is no price
        if another_run_named(s.text, (a, b)):
            continue  # "..., against only 402, 655 and 890 births": which list is unsaid
        qualifier = (m.group(1) or "").lower()
        factor = float(MULTIPLE_WORDS[m.group(2).lower()])
        ratio = b.quantity.mid / a.quantity.mid
        holds = multiple_holds(qualifier, factor, ratio)
        out.append(Finding(
            "multiple", s.start + m.start(2), s.start + m.end(2), factor,
            Verdict.consistent if holds else Verdict.inconsistent,
            f"{printed(b)} / {printed(a)}", ratio, (a, b),
            f"“{m.group(2)}” from {earlier} to {later} is a ratio of {num(factor)}; the counts of "
            f"those years give {ratio:.2f}", None if holds else f"{ratio:.2f} times",
        ))  # fmt: skip
    return out
