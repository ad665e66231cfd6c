""" "They left in 12 columns of about 750 men": the size of a group, read as the whole the
text counted just before over the number of groups.

A group size is told by its grammar: a count of groups, "of", and a qualified figure ("12
columns of about 750", "18 artels of roughly 145 people"); the qualifier marks an average,
not a count of the whole ("1,845 households of 8,950 persons"). The whole is the nearest
count before it, in its sentence or the two before, of its noun (persons when it names
none, or a persons noun) and larger than the group count. Only a fit is read: a whole
picked by its place may be another group's.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import Finding, Sentence, accepts_count, is_count, printed
from borderlands.figures.passages import Located
from borderlands.figures.unitloads import PERSONS, counts_persons, counts_unit, is_rate, nouns_after
from borderlands.figures.verdicts import Verdict

GROUPS_RE = re.compile(
    r"\b(?:in|into|of)\s+(?P<count>\d[\d,]*)\s+(?P<unit>[a-z]{3,})\s+of\s+"
    r"(?P<qual>(?:about|some|roughly|nearly|almost|around|approximately)\s+)?$",
    re.I,
)
LOOK_BACK = 2  # sentences before the size where its whole may stand
CUE_WORDS = frozenset(["about", "some", "roughly", "nearly", "almost", "around", "approximately"])


def group_sizes(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    if not s.has_digit or " of " not in s.lower or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    out = found
    for r in s.counts:
        q = r.quantity
        m = GROUPS_RE.search(text, max(s.start, q.phrase_start - 60), q.phrase_start)
        if m is None or not (m.group("qual") or q.approx):
            continue
        had = next((f for f in found if f.start < q.end and q.start < f.end), None)
        if had is not None and not (had.kind == "rate" and had.verdict == Verdict.unverifiable):
            continue
        groups = next((f for f in s.counts if f.quantity.start == m.start("count")), None)
        if groups is None or groups.quantity.mid < 2:
            continue
        noun = nouns_after(r)[:1]
        near = [f for f in earlier() if f.passage is s.passage and is_count(f)
                and s.index - LOOK_BACK <= f.sentence <= s.index
                and f.quantity.end <= groups.quantity.start and not is_rate(f)
                and f.quantity.mid > groups.quantity.mid * q.mid * 0.5
                and (counts_unit(f, noun[0]) if noun and noun[0] not in PERSONS
                     else counts_persons(f))]  # fmt: skip
        if not near:
            continue
        whole = max(near, key=lambda f: (f.sentence, f.quantity.start))
        value = whole.quantity.mid / groups.quantity.mid
        if not accepts_count(q, value):
            continue
        read = Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent,
            f"{printed(whole)} / {printed(groups)}", value, (whole, groups),
            f"{printed(whole)} in {printed(groups)} groups is {value:.1f} each",
        )  # fmt: skip
        out = [read if f is had else f for f in out] if had is not None else [*out, read]
    return out
