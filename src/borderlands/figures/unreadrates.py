"""A rate per unit the text gives without the counts it would rest on: "the kolkhozes paid
about 2 kilograms of grain per workday", "a family spent about 8 weeks in the shelters",
"brigades of about 25".

When the grammar tells a figure as an amount per unit and no rule read it (no finding covers
it), the figure is still a derived claim: it is said ``unverifiable`` (nothing printed gives
or refutes it) rather than left out, so that a reader sees it was looked at. Nothing is
computed, so no rate is ever called consistent or a slip here.

The grammar: after the figure and its noun ("roubles", "kilograms of grain"), "a", "per",
"each", "to a" or "for each" and a noun ("40 roubles a month", "4 kilograms of luggage a
head"; no verb between: "520 exiles held a permit");
or before it, a singular subject of one unit ("allowed each person about 4", "a family spent
about 8") or a group "of" its size ("in brigades of about 25").
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

CUES = frozenset(["a", "per", "each", "of", "every"])
PER_RE = (
    r"\s+(?:a|per|each|to\s+a|for\s+each)\s+(?!few\b|little\b|lot\b|"
    r"time\b|total\b|whole\b|half\b)[a-z]+\b"
)
#: after a figure whose phrase holds its unit ("40 roubles"): "of grain" at most, then the cue
PER_AFTER_UNIT_RE = re.compile(r"(?:\s+of\s+[a-z-]+)?" + PER_RE)
#: after a bare figure: its noun ("about 4 head of cattle a family"), then the cue
PER_AFTER_RE = re.compile(r"(?:\s+[a-z-]+(?:\s+of\s+[a-z-]+)?)?" + PER_RE)
PER_BEFORE_RE = re.compile(
    r"\b(?:(?:each|every|a|an|the\s+average)\s+(?:(?!of\b)[a-z]+\s+){1,3}|[a-z]+s\s+of\s+)"
    r"(?:(?:about|nearly|some|roughly|almost|over|under)\s+)?$"
)
TIMES_RE = re.compile(r"\s*(?:times|-fold|fold)\b", re.I)
NOT_RATE_UNITS = frozenset(["percent", "%", "years", "year", "days", "months", "weeks"])


def told_per_unit(f: Located) -> bool:
    text = f.passage.text
    q = f.quantity
    after = PER_AFTER_UNIT_RE if q.phrase_end > q.end else PER_AFTER_RE
    if after.match(text, q.phrase_end) is not None:
        return True
    start = f.passage.sentences[f.sentence][0]
    return PER_BEFORE_RE.search(text, max(start, q.start - 60), q.start) is not None


def unread_rates(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with an unverifiable rate for each approximate figure of ``s`` told as an
    amount per unit that no finding covers (see the module)."""
    if not any(f.quantity.approx for f in s.figures) or not s.says_any(CUES):
        return found
    out = list(found)
    for r in s.figures:
        q = r.quantity
        if not q.approx or q.kind != "number" or (q.unit or "") in NOT_RATE_UNITS:
            continue
        if any(f.start < q.phrase_end and q.start < f.end for f in found):
            continue
        if TIMES_RE.match(s.passage.text, q.end):
            continue  # "nearly eight times": a multiple, read by its own rules
        if told_per_unit(r):
            out.append(Finding(
                "rate", q.start, q.end, q.mid, Verdict.unverifiable, "", None, (),
                "an amount per unit the text gives without the counts it would rest on",
            ))  # fmt: skip
    return out
