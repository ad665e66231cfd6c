"""Which figures of a sentence a comparative word compares (issue #14).

A sentence may hold two comparisons: "The transfer touched fewer people than the exchange,
but the families it took were larger: 4.3 persons against 3.9". The figures printed after
the second comparative word are its own, not the first's; the first then names no figure
of its sides and is not judged on figures picked elsewhere in the sentence.

The two sides of a comparison are figures of one measure: "1,842 persons, 3.8 to a family,
and so were smaller than ..." sets no count against a rate; a pair of one count and one
figure per unit ("to a family", "per 1,000", "a head", a percentage) is no pair.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from borderlands.figures.passages import Located

if TYPE_CHECKING:
    from borderlands.figures.kinds import Sentence

#: A figure of a rate: "3.8 to a family", "61 per 1,000", "23 tons a worker", "4 each".
PER_UNIT_AFTER_RE = re.compile(
    r"(?:\s+[a-z]+)?\s+(?:per|to\s+an?|an?\s+(?:head|family|household|worker|person|wagon|"
    r"train|month|year|day)|each|apiece)\b",
    re.I,
)


def own_window(
    figures: list[Located], cue_start: int, cue_end: int, cues: list[tuple[int, int]]
) -> list[Located]:
    """The figures a comparative word at ``[cue_start, cue_end)`` may compare: those between
    the comparative word before it (if any) and the one after it (if any); ``cues`` are the
    offsets of every comparative word of the sentence."""
    before = max((b for a, b in cues if b <= cue_start), default=-1)
    after = min((a for a, _ in cues if a >= cue_end), default=None)
    return [
        f for f in figures
        if f.quantity.start >= before and (after is None or f.quantity.end <= after)
    ]  # fmt: skip


def per_unit(f: Located) -> bool:
    """Whether a figure is a rate (a figure per some unit), not a count of things."""
    q = f.quantity
    return q.unit == "percent" or PER_UNIT_AFTER_RE.match(f.passage.text, q.end) is not None


def one_measure(a: Located, b: Located) -> bool:
    """Whether two figures can be the two sides of one comparison: not a count set against
    a rate printed after it ("1,842 persons, 3.8 to a family"). A rate followed by a bare
    figure is two rates, the second leaving its unit unsaid ("3.6 persons apiece against
    2.8")."""
    return per_unit(a) or not per_unit(b)


#: the words between a part and its whole: "326 freed of 1,470", "52 among 5,180"
PART_OF_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+)?")


def percent_against_part(figures: list[Located]) -> tuple[float, float] | None:
    """A percentage set against a part of a whole printed as counts: "its rate, 15.5%, was
    higher than among the Koreans, 326 freed of 1,470" compares 15.5 with 100 * 326 / 1,470."""
    if len(figures) != 3:
        return None
    p, x, y = figures
    if p.quantity.unit != "percent" or per_unit(x) or per_unit(y):
        return None
    if not 0 < x.quantity.mid < y.quantity.mid:
        return None
    if PART_OF_RE.fullmatch(x.passage.text, x.quantity.end, y.quantity.start) is None:
        return None
    return p.quantity.mid, 100 * x.quantity.mid / y.quantity.mid


#: A comparative word, with or without its "than": where one comparison's figures end.
COMPARATIVE_RE = re.compile(
    r"\b(?:more|less|fewer|higher|lower|larger|smaller|greater|better|worse|heavier|"
    r"lighter|older|younger|bigger)\b(?!\s+than\s+(?:\d|a\b|an\b|half|twice|one\b))"
    r"(?!\s+[A-Z])",  # "the lower Volga": a name, no comparison
    re.I,
)


def comparative_cues(s: Sentence) -> list[tuple[int, int]]:
    """The passage offsets of every comparative word of a sentence but a bound ("more than
    2,000") and a word of a name ("the lower Volga")."""
    return [(s.start + m.start(), s.start + m.end()) for m in COMPARATIVE_RE.finditer(s.text)]


#: The other side of a comparison a sum of named things: "more than the Novosibirsk and
#: Krasnoyarsk administrations together".
SUM_SIDE_RE = re.compile(
    r"\s+than\s+((?:(?![.;:])[^,])*?)\s+(?:taken\s+|put\s+)?(?:together|combined)\b", re.I
)
SIDE_NAME_RE = re.compile(r"\b[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]+)*")  # "Velikie Luki" is one
COMMA_RE = re.compile(r",\s")
NEAR = 25  # characters around a figure searched for the name it is printed with


def sum_side(s: Sentence, cue_end: int, figures: list[Located]) -> list[Located] | None:
    """The figures of the things a comparison sets together on its other side: one for
    each name between "than" and "together", printed within a few words of it elsewhere in
    the sentence; None unless every name has exactly one."""
    m = SUM_SIDE_RE.match(s.text, cue_end - s.start)
    if m is None:
        return None
    names = SIDE_NAME_RE.findall(m.group(1))
    if len(names) < 2:
        return None
    out: list[Located] = []
    for name in names:
        near = named_near(s, name, figures)
        if len(near) != 1 or near[0] in out:
            return None
        out.append(near[0])
    return out


def says_sum_side(s: Sentence, cue_end: int) -> bool:
    """Whether the other side of the comparison ending at ``cue_end`` is a sum of named
    things ("than A and B together"): no single figure is that side."""
    return SUM_SIDE_RE.match(s.text, cue_end - s.start) is not None


def named_near(s: Sentence, name: str, figures: list[Located]) -> list[Located]:
    """The figure printed nearest an occurrence of a name in sentence ``s`` ("Chainsk 388",
    "the 1,860 of Pskov"), within a few words; none, or two when two are as near."""
    text, key = s.passage.text, name.split()[0]
    spots = [m.start() for m in re.finditer(re.escape(key), text[s.start : s.end])]
    gaps: list[tuple[int, Located]] = []
    for f in figures:
        q = f.quantity
        gap = min((max(s.start + p - q.end, q.start - s.start - p - len(key)) for p in spots),
                  default=NEAR + 1)  # fmt: skip
        if gap <= NEAR:
            gaps.append((gap, f))
    gaps.sort(key=lambda g: g[0])
    if len(gaps) > 1 and gaps[0][0] == gaps[1][0]:
        return [gaps[0][1], gaps[1][1]]
    return [gaps[0][1]] if gaps else []


def subject_side(s: Sentence, cue_start: int, figures: list[Located]) -> Located | None:
    """The figure of a comparison's subject: the one printed with the last name of its
    clause before the comparative word ("..., Chainsk 388, ..., so that Chainsk alone held
    more than ..."), else the last figure before the word."""
    start = max((m.end() for m in COMMA_RE.finditer(s.text, 0, cue_start - s.start)),
                default=0)  # fmt: skip
    names = SIDE_NAME_RE.findall(s.text, start, cue_start - s.start)
    if names:
        near = named_near(s, names[-1], figures)
        return near[0] if len(near) == 1 else None
    before = [f for f in figures if f.quantity.end <= cue_start]
    return before[-1] if before else None
