"""A gap named between the last two counts of its own unit (issue #14): "the south gave up
126,400 hectares, the north 94,850 hectares ... leaving the south ahead by 31,550 hectares";
"the claim came to 2,480 million lei, the counterclaim to 1,915 million lei, and a balance of
565 million lei was owed"; "set against the 303,750 of the census, that leaves 15,160".

The grammar read: a word of a gap right before the figure (a difference, balance, surplus,
shortfall or gap "of"; ahead, behind, short, outnumbered ... "by"; "that leaves", "leaving";
or "short of" right after it and its noun),
and the two counts it lies between are the two nearest before it of the figure's own unit
(its clause, then up to ``BACK`` sentences of its paragraph before it; no rate,
percentage or year). The unit names the things compared, so the pair is not picked for its
arithmetic; but which two of a longer run are meant is not sure, so only a difference that
gives the printed figure is read (consistent), never a slip.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import Finding, Sentence, count_remainder
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of a gap in the sentence.
CUE_WORDS = frozenset(
    {"difference", "balance", "short", "surplus", "shortfall", "gap", "deficit", "ahead", "behind",
     "outnumbered", "leaves", "leaving", "so"}
)  # fmt: skip
#: A word of a gap right before the figure.
GAP_LEAD_RE = re.compile(
    r"(?:\b(?:difference|balance|surplus|shortfall|gap|deficit)(?:\s+of|,|\s+was|\s+came\s+to)"
    r"|\b(?:ahead|behind|short|outnumbered\b[^.;:]{0,60}?)\s+by"
    r"|\b(?:that|which|this)\s+leaves|\bleaving(?:\s+(?:a\s+)?(?:gap|difference)\s+of)?"
    r"|,\s+so\s+that"
    r")\s+(?:only\s+|just\s+|some\s+|about\s+)?$",
    re.I,
)
#: A word of a gap right after the figure and its noun: "the 418 families short of it".
GAP_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?short\s+of\b", re.I)
#: The noun printed right after a figure ("31,550 hectares", "565 million lei").
NOUN_AFTER_RE = re.compile(r"\s+(?:(?:million|thousand|more|other)\s+)?([a-z]+)")
#: Words after a figure that are no noun it counts.
NOT_NOUNS = frozenset(
    {"of", "in", "to", "from", "who", "which", "that", "were", "was", "had", "have", "and", "or",
     "the", "a", "an", "between", "for", "by", "on", "at", "with", "as", "than", "more", "less",
     "fewer", "did", "would", "could", "still", "all", "each", "per", "percent"}
)  # fmt: skip
#: Words after a figure's noun that make it one member's share, a rate, not a count.
EACH_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:for\s+(?:every|each)|per|each|apiece|a\s+head)\b"
)
#: How many sentences before the figure's own its two counts may stand in.
BACK = 2
#: How far back the two counts of a figure printed without its noun may stand: they are
#: then the two nearest counts of any noun, its sentence's and the one before it.
BARE_BACK = 1
#: How much of the text before the figure its gap word may take.
LEAD = 80


def unit_gaps(
    s: Sentence, up_to: Callable[[], list[Located]], found: list[Finding]
) -> list[Finding]:
    """``found`` with the gaps of ``s`` read between the two nearest counts of their noun;
    ``up_to`` gives the figures of the text up to the end of ``s``."""
    if not s.has_digit or not s.says_any(CUE_WORDS):
        return found
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    text = s.passage.text
    out: list[Finding] = []
    for r in s.figures:
        q = r.quantity
        if q.start in taken or not is_thing_count(r):
            continue
        lead = text[max(s.start, q.phrase_start - LEAD) : q.phrase_start]
        if GAP_LEAD_RE.search(lead) is None and GAP_AFTER_RE.match(text, q.end, s.end) is None:
            continue
        pair = same_noun_before(r, s, up_to())
        if pair is None:
            continue
        big, small = sorted(pair, key=lambda f: -f.quantity.mid)
        read = count_remainder(r, big, small, f"the gap between {printed_pair(pair)} is")
        if read is not None and read.verdict == Verdict.consistent:
            out.append(read)
    return superseded(found, out) if out else found


def same_noun_before(
    r: Located, s: Sentence, figures: list[Located]
) -> tuple[Located, Located] | None:
    """The two counts nearest before ``r`` that count its noun (any, when it is printed
    without one), nearest first."""
    noun = counted_noun(r)
    back = BACK if noun is not None else BARE_BACK
    pool = [
        f for f in figures
        if f.passage is s.passage and s.index - back <= f.sentence <= s.index
        and f.quantity.end <= r.quantity.start
    ]  # fmt: skip
    near = [
        f for f in reversed(pool)
        if is_thing_count(f) and (noun is None or listed_noun(f, figures) == noun)
        and EACH_AFTER_RE.match(f.passage.text, f.quantity.end) is None
    ]  # fmt: skip
    if len(near) < 2:
        return None
    return near[0], near[1]


def counted_noun(f: Located) -> str | None:
    """The noun printed right after ``f``, if a noun follows it."""
    m = NOUN_AFTER_RE.match(f.passage.text, f.quantity.end)
    if m is None or m.group(1) in NOT_NOUNS:
        return None
    return m.group(1)


def listed_noun(f: Located, figures: list[Located]) -> str | None:
    """The noun of ``f``: its own, or, when none follows it, that of the nearest figure of its
    sentence before it that prints one (a list says its noun once: "2,480 families in
    Transcarpathia and 3,350 in Stanislav, 5,830 in all")."""
    own = counted_noun(f)
    if own is not None:
        return own
    for g in reversed(figures):
        same = g.passage is f.passage and g.sentence == f.sentence
        if same and g.quantity.end <= f.quantity.start and counted_noun(g) is not None:
            return counted_noun(g)
    return None


def printed_pair(pair: tuple[Located, Located]) -> str:
    return f"{pair[1].quantity.text} and {pair[0].quantity.text}"
