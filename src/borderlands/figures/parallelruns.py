"""Periods of a list given to a second list printed alongside it in the same order.

"7,914 deaths in 1944, 3,207 in 1945 and 1,842 in 1946, against only 612, 944 and 1,438
births" then "Births more than doubled between 1944 and 1946": the births are a run of
counts joined as a list ("612, 944 and 1,438") and closed by their own noun, and the
sentence prints exactly as many periods ("in 1944", "in 1945", "in 1946") for the run beside
it. The n-th count of the run is that of the n-th period. A multiple whose words name the
run's noun and two of those periods compares the run's two counts; a run of another length,
or a noun the multiple's words do not name, gives nothing.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.passages import Located
from borderlands.figures.periodpairs import BETWEEN_RE, IN_PERIOD_RE, period_key

#: What joins the counts of one run: "612, 944 and 1,438"
LIST_JOIN_RE = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)")
#: The noun that closes a run, right after its last count
NOUN_AFTER_RE = re.compile(r"\s+([A-Za-z]{4,})\b")
STEM = 5


def runs_of(counts: Sequence[Located]) -> list[list[Located]]:
    """The counts of one sentence cut into runs joined as a list, in order."""
    runs: list[list[Located]] = []
    for f in sorted(counts, key=lambda c: c.quantity.start):
        last = runs[-1][-1] if runs else None
        text = f.passage.text
        if last is not None and LIST_JOIN_RE.fullmatch(
            text, last.quantity.phrase_end, f.quantity.phrase_start
        ):
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def parallel_pair(sentence: str, counts: Sequence[Located]) -> tuple[Located, Located] | None:
    """The earlier and the later count of the two periods ``sentence`` (a multiple's,
    printing no figures) names, from a run of ``counts`` (one earlier sentence's) that its
    words name by the run's noun (see the module)."""
    between = BETWEEN_RE.search(sentence)
    if between is None or not counts:
        return None
    first, second = period_key(between.group(1)), period_key(between.group(2))
    f0 = counts[0]
    text = f0.passage.text
    start = min(c.quantity.phrase_start for c in counts)
    end = max(c.quantity.phrase_end for c in counts)
    periods = [period_key(m.group(1)) for m in IN_PERIOD_RE.finditer(text, start, end + 40)]
    if len(set(periods)) != len(periods) or first not in periods or second not in periods:
        return None
    said = {w[:STEM] for w in re.findall(r"[a-z]{4,}", sentence.lower())}
    for run in runs_of(counts):
        noun = NOUN_AFTER_RE.match(text, run[-1].quantity.end)
        if len(run) != len(periods) or noun is None or noun.group(1).lower()[:STEM] not in said:
            continue
        i, j = periods.index(first), periods.index(second)
        if i == j:
            return None
        return run[min(i, j)], run[max(i, j)]
    return None


def parallel_period_pair(
    sentence: str, counts: Sequence[Located]
) -> tuple[Located, Located] | None:
    """``parallel_pair`` on the nearest earlier sentence of ``counts`` (the paragraph's
    counts before the multiple) that gives one."""
    for n in sorted({f.sentence for f in counts}, reverse=True):
        found = parallel_pair(sentence, [f for f in counts if f.sentence == n])
        if found is not None:
            return found
    return None





def noun_levels(sentence: str, counts: Sequence[Located]) -> tuple[Located, Located] | None:
    """The two levels of a thing a multiple without figures names by its noun ("Births
    more than doubled from one year to the next"): the only two earlier counts of the
    paragraph (``counts``) printed with that noun right after them ("1,106 births", "2,590
    births"), each in a sentence of its own, earlier first. Two of those counts in one
    sentence, or more than two, give nothing: they are parts, or periods the words do not
    pick."""
    words = re.findall(r"[a-z]{4,}", sentence.lower())
    if not words:
        return None
    subject = words[0][:STEM]  # the clause's first word of substance: the thing that grew
    hits = []
    for f in sorted(counts, key=lambda c: c.quantity.start):
        noun = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
        if noun is not None and noun.group(1).lower()[:STEM] == subject:
            hits.append(f)
    if len(hits) != 2 or hits[0].sentence == hits[1].sentence:
        return None
    return hits[0], hits[1]


def another_run_named(sentence: str, pair: tuple[Located, Located]) -> bool:
    """Whether the sentence that prints ``pair`` (two counts of a labelled list) prints
    beside it another run closed by a noun of its own while the multiple's ``sentence`` does
    not name the pair's noun: "5,310 deaths in 1947, ... against only 402, 655 and 890
    births" then "Births (or marriages) more than doubled": the deaths need not be what
    changed."""
    first = pair[0]
    text = first.passage.text
    said = {w[:STEM] for w in re.findall(r"[a-z]{4,}", sentence.lower())}
    own = NOUN_AFTER_RE.match(text, first.quantity.end)
    if own is None or own.group(1).lower()[:STEM] in said:
        return False
    start = text.rfind(". ", 0, first.quantity.start) + 1
    end = text.find(". ", pair[1].quantity.end)
    whole = text[start : end + 1 if end >= 0 else len(text)]
    closing = {w.lower()[:STEM] for w in RUN_NOUN_RE.findall(whole)}
    return bool(closing - {own.group(1).lower()[:STEM]})


#: The noun that closes a run of two or more counts printed as a list, right before a
#: clause's end: "402, 655 and 890 births."
_NUMBER = r"\d{1,3}(?:,\d{3})*(?:\.\d+)?"
RUN_NOUN_RE = re.compile(
    rf"\b{_NUMBER}(?:(?:,\s+and\s+|,\s+|\s+and\s+){_NUMBER})+\s+([A-Za-z]{{4,}})[.,;:]"
)
