"""Superlatives and "second only to" said of a name whose count the sentences before print.

"Verkhnyaya Toima received 5,214 persons, Shalgachi 4,386 and Pezhma-2 3,905; Ust-Kyrma, the
smallest, took the last 2,573"; "450 grams at Verkhnyaya Toima, ... and 380 at Ust-Kyrma, the
lowest of the four"; "Belozersk, the remotest of the districts, sent the fewest home"; "The
Jews, with 18,920, came second only to the Poles". The series is that of
borderlands.figures.valueranks (counts beside names, in the claim's sentence and the four
before it, less totals); the name is the last one before the word in its sentence (and for
"second only to", the first one after it). A name without a count in the series, but with
one right after the word in its clause ("the smallest, took the last 2,573"), counts that.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, compatible, printed
from borderlands.figures.passages import Located
from borderlands.figures.peaknouns import grades_a_quality, ranks_another_measure
from borderlands.figures.runwholes import counts_the_entries, sums_a_run
from borderlands.figures.valueranks import NOT_NAMES, named_counts
from borderlands.figures.verdicts import Verdict

PEAK_WORD_RE = re.compile(
    r"\bthe\s+(largest|biggest|greatest|highest|heaviest|most|smallest|lowest|fewest|least)\b"
    r"(?!\s+(?:likely|of\s+all\b|part|share))",
    re.I,
)
PEAK_STEMS = (
    "largest",
    "biggest",
    "greatest",
    "highest",
    "heaviest",
    "the most",
    "smallest",
    "lowest",
    "fewest",
    "least",
    "second only",
)
SECOND_ONLY_RE = re.compile(r"\bsecond\s+only\s+to\b", re.I)
LOW = frozenset(("smallest", "lowest", "fewest", "least"))
#: Whole words one of which PEAK_WORD_RE (its peak word) or SECOND_ONLY_RE needs (keep in
#: step).
CUE_WORDS = frozenset(("largest", "biggest", "greatest", "highest", "heaviest", "most",
                       "smallest", "lowest", "fewest", "least", "second"))  # fmt: skip
#: a claim about rates or shares is not one about the counts printed beside the names
RATE_SAID_RE = re.compile(r"\b(?:rates?|shares?|proportions?|percentages?|per|likely)\b", re.I)
NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}\b")
PER_CENT_RE = re.compile(r"\bper\s*cent\b", re.I)
#: "second only to it": the rival named before
PRONOUN_RE = re.compile(r"\s+(?:it|them|that|those)\b")


def series_of(s: Sentence, items: list[Located]) -> dict[str, Located]:
    series = named_counts(s, items, lambda name, _: name not in NOT_NAMES)
    keys = list(series)
    values = [series[k].quantity.mid for k in keys]
    for i, k in enumerate(keys):
        if len(keys) >= 4 and (counts_the_entries(values, i) or sums_a_run(values, i)):
            del series[k]  # "into six districts: ...", "32,000 troops: 23,400 ... and 3,500"
    if len(series) >= 4:
        # a whole printed beside a name ("brought 91,900 Kalmyks to Siberia", the sum of
        # the others) is no entry
        big = max(series, key=lambda k: series[k].quantity.mid)
        rest = sum(f.quantity.mid for k, f in series.items() if k != big)
        if abs(series[big].quantity.mid - rest) <= 0.02 * series[big].quantity.mid:
            del series[big]
    return series


def names_in(text: str) -> list[str]:
    return [w for w in NAME_RE.findall(text) if w not in NOT_NAMES]


def one_kind(series: dict[str, Located]) -> bool:
    values = list(series.values())
    return all(compatible(values[0], f) for f in values[1:])


def named_peaks(s: Sentence, items: list[Located]) -> list[Finding]:
    out: list[Finding] = []
    if not s.says_any(CUE_WORDS):
        return out  # neither PEAK_WORD_RE nor SECOND_ONLY_RE can match: one set test
    text = s.text
    lower = s.lower
    if not any(w in lower for w in PEAK_STEMS):
        return out  # a cheap first test
    if RATE_SAID_RE.search(PER_CENT_RE.sub(" ", text)) is None:
        out += seconds_only(s, items)  # shares printed beside counts rank as the counts do
    if RATE_SAID_RE.search(text):
        return out  # a claim about rates is judged on the rates
    for m in PEAK_WORD_RE.finditer(text):
        before = names_in(text[max(0, m.start() - 80) : m.start()])
        if not before:
            continue
        name = before[-1]
        series = series_of(s, items)
        if name not in series:
            after = [f for f in s.counts if f.quantity.start > s.start + m.end()
                     and f.quantity.start - (s.start + m.end()) < 40]  # fmt: skip
            if not after:
                continue
            series[name] = after[0]
        if len(series) < 3 or not one_kind(series):
            continue
        word = m.group(1).lower()
        if word in ("most", "least") and grades_a_quality(text, m.end(), series.values()):
            continue  # "Salmi, the most remote of the four": a quality, not the count
        low = word in LOW
        order = sorted(series, key=lambda k: series[k].quantity.mid, reverse=not low)
        top = series[order[0]].quantity.mid
        holds = series[name].quantity.mid == top
        if not holds and ranks_another_measure(text, m.end(), series.values()):
            continue  # "had the largest allotments": not what the counts count
        why = ", ".join(f"{k} {printed(series[k])}" for k in order)
        out.append(Finding(
            "comparison", s.start + m.start(1), s.start + m.end(1), float(len(series)),
            Verdict.consistent if holds else Verdict.inconsistent, why, None,
            tuple(series[k] for k in order), f"the {word}: {why}",
            None if holds else f"not the {word}",
        ))  # fmt: skip
    return out


def seconds_only(s: Sentence, items: list[Located]) -> list[Finding]:
    """"A came second only to B", "A, with 18,920, came second only to B", "with A second
    only to it": B named after the words, or by a pronoun standing for the last name of the
    series before A."""
    out: list[Finding] = []
    text = s.text
    for m in SECOND_ONLY_RE.finditer(text):
        before, after = names_in(text[: m.start()]), names_in(text[m.end() :])
        if not before:
            continue
        series = series_of(s, items)
        a = before[-1]
        if a not in series:
            # "The Jews, with 18,920, came second only to": the one count between the name
            # and the words
            at = s.start + text.rfind(a, 0, m.start())
            own = [f for f in s.counts if at < f.quantity.start < s.start + m.start()]
            # "Moscow came second only to Leningrad with 4,915": A's count closes the clause
            own = own or [
                f for f in s.counts
                if 0 < f.quantity.start - (s.start + m.end()) < 40
                and s.passage.text[f.quantity.start - 6 : f.quantity.start] == " with "
            ][:1]
            if len(own) != 1:
                continue
            series[a] = own[0]
        if PRONOUN_RE.match(text, m.end()):
            earlier = [n for n in before[:-1] if n in series and n != a]
            after = earlier[-1:]
        if not after:
            continue
        b = after[0]
        if b not in series:
            continue
        # the list ranked is that of the sentences printing the two counts compared
        listing = {series[a].sentence, series[b].sentence}
        series = {k: f for k, f in series.items() if f.sentence in listing}
        if len(series) < 3 or not one_kind(series):
            continue
        order = sorted(series, key=lambda k: series[k].quantity.mid, reverse=True)
        holds = order[:2] == [b, a]
        why = ", ".join(f"{k} {printed(series[k])}" for k in order)
        out.append(Finding(
            "comparison", s.start + m.start(), s.start + m.end(), 2.0,
            Verdict.consistent if holds else Verdict.inconsistent, why, None,
            tuple(series[k] for k in order), f"second only to {b}: {why}",
            None if holds else f"{a} is number {order.index(a) + 1}",
        ))  # fmt: skip
    return out
