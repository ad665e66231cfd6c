"""A rank stated beside a count: its place among the counts of named places or groups.

"Western Thrace, with 107,600, came third among the regions" after "578,800 refugees in
Macedonia, 306,200 in Old Greece, 195,300 in Attica, 107,600 in Western Thrace and 33,900 in
Crete"; "Vikulovo heard 297 and Sorokino 213, which put Sorokino's court fourth" after "Ishim
heard 611 and Abatsk 402". The series is the counts, in the claim's sentence and the four
before it, that stand beside a capitalised name ("Abatsk 402", "107,600 in Western Thrace"),
of one kind with the claim's count, less any total ("1,221,800 in all"); the claim's count
is its sentence's only one, or the one beside the name its rank clause repeats.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import partial

from borderlands.figures.kinds import Finding, Sentence, compatible, is_scale, printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: how many sentences before the rank its series may begin
BACK = 4
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6}
RANK_WORD_RE = re.compile(
    r"\b(?:(?:came|ranked|stood|placed|lay)\s+|put\s+(?:[\w'’]+\s+){1,3}?)(?:the\s+)?"
    r"(first|second|third|fourth|fifth|sixth)\b"
    r"(?!\s+(?:largest|smallest|highest|lowest|only\b))",
    re.I,
)
#: Whole words RANK_WORD_RE needs (keep in step): its verb and its ordinal.
PLACING_WORDS = frozenset(("came", "ranked", "stood", "placed", "lay", "put"))
ORDINAL_WORDS = frozenset(ORDINALS)
NOT_NAMES = frozenset((
    "The", "In", "Of", "On", "At", "By", "A", "An", "It", "Its", "This", "These", "Those",
    "They", "There", "Their", "From", "To", "With", "And", "But", "For", "When", "Where",
    "While", "After", "Before", "Between", "Some", "All", "Each",
))  # fmt: skip
NAME_BEFORE_RE = re.compile(r"\b([A-Z][a-z]{2,})(?:\s+[a-z]+){0,2},?\s*$")
NAME_AFTER_RE = re.compile(r"\s+(?:(?:[a-z]+\s+){0,2}?(?:in|at|from|for|to)\s+)?([A-Z][a-z]{2,})")
TOTAL_AFTER_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:in all|in total|altogether|together)\b")


def name_of(f: Located) -> str | None:
    """The capitalised name a count stands beside, if any."""
    text = f.passage.text
    q = f.quantity
    after = NAME_AFTER_RE.match(text, q.end)
    if after is not None:
        return after.group(1)
    before = NAME_BEFORE_RE.search(text[max(0, q.start - 30) : q.start])
    if before is not None and before.group(1) not in NOT_NAMES:
        return before.group(1)
    return None


def is_total(f: Located) -> bool:
    return TOTAL_AFTER_RE.match(f.passage.text, f.quantity.end) is not None


def same_kind_as(claim: Located, _: object, f: Located) -> bool:
    """Whether ``f`` counts the same kind of thing as ``claim`` (a filter of named_counts)."""
    return compatible(f, claim)


def named_counts(
    s: Sentence, items: list[Located], keep: Callable[[str, Located], bool]
) -> dict[str, Located]:
    """The first count beside each capitalised name, in ``s`` and the ``BACK`` sentences
    before it, that ``keep`` keeps: no shares, totals or scales of rates."""
    first = s.passage.sentences[max(0, s.index - BACK)][0]
    series: dict[str, Located] = {}
    for f in items:
        q = f.quantity
        if not first <= q.start < s.end or q.unit in ("percent", "fraction", "times"):
            continue
        name = name_of(f)
        if name is None or is_total(f) or is_scale(f) or not keep(name, f):
            continue
        series.setdefault(name, f)
    return series


def value_ranks(s: Sentence, items: list[Located]) -> list[Finding]:
    out: list[Finding] = []
    if not s.says_any(ORDINAL_WORDS) or not s.says_any(PLACING_WORDS):
        return out  # RANK_WORD_RE cannot match: set tests instead of a scan
    lower = s.lower
    if not any(w in lower for w in ORDINALS):
        return out  # a cheap first test before the pattern
    for m in RANK_WORD_RE.finditer(s.text):
        at = s.start + m.start()
        own = [f for f in s.counts if not is_scale(f) and f.quantity.end <= at]
        # the names of the rank's own clause, after the sentence's last count before it
        tail = max((f.quantity.end for f in own), default=s.start) - s.start
        clause_names = set(re.findall(r"\b[A-Z][a-z]{2,}", s.text[tail : m.end()]))
        named_own = [f for f in own if name_of(f) in clause_names]
        claim = own[0] if len(own) == 1 else (named_own[-1] if len(named_own) == 1 else None)
        if claim is None:
            continue
        series = named_counts(s, items, partial(same_kind_as, claim))
        if len(series) < 3 or not any(f.quantity.mid == claim.quantity.mid
                                      for f in series.values()):  # fmt: skip
            continue
        values = sorted((f.quantity.mid for f in series.values()), reverse=True)
        if values and values[0] >= sum(values[1:]) and len(values) > 3:
            values = values[1:]  # a total that slipped past its cue
        place = values.index(claim.quantity.mid) + 1
        word = m.group(1).lower()
        holds = place == ORDINALS[word]
        names = {v: k for k, v in ORDINALS.items()}
        why = ", ".join(printed(f) for f in sorted(series.values(), key=lambda f: -f.quantity.mid))
        out.append(Finding(
            "comparison", s.start + m.start(1), s.start + m.end(1), float(ORDINALS[word]),
            Verdict.consistent if holds else Verdict.inconsistent, why, None,
            tuple(series.values()),
            f"{word}: {printed(claim)} is number {place} of {why}",
            None if holds else names.get(place, str(place)),
        ))  # fmt: skip
    return out
