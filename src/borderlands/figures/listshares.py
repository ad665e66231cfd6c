"""Runs of shares printed with one unit: "A's part came to 36.0 per cent, that of B to 29.9,
C's to 20.0 and D's to 14.1", "Russians formed 35.2 percent of the intake, Ukrainians 32.2
and Belorussians 17.6".

The unit is printed once, on the first share; the bare numbers after it in the same run
inherit it (they are percentages, not counts). The shares are parts of one whole: the parts
are the counts of an earlier list in the same paragraph, in the same order, and the whole is
the count near the run that most of those parts reproduce. A share the others' whole does
not reproduce is a slip; the usual slip names the intended figure.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from borderlands.figures.numbers import round_half_up, truncate
from borderlands.figures.passages import Located
from borderlands.figures.raterank import Entry, named_in, one
from borderlands.figures.slips import likely_slip, printed_like

#: Between two shares of one run: a few words, a comma or "and", no clause break and no figure.
RUN_GAP_RE = re.compile(r"[^\d;:()]{0,60}")
JOIN_RE = re.compile(r",|\band\b")
DECIMAL_RE = re.compile(r"\.(\d+)$")


def decimals(text: str) -> int:
    m = DECIMAL_RE.search(text.replace(",", ""))
    return len(m.group(1)) if m else 0


def is_bare(f: Located) -> bool:
    """A number printed without a unit, or a number with decimals read as a count of the
    group named before it ("Ukrainians 23.2"): nobody counts people in tenths."""
    q = f.quantity
    if q.kind != "number" or not 0 < q.mid <= 100 or q.unit in ("percent", "times"):
        return False
    return not q.unit or decimals(q.text) > 0  # "the other 45": a count of the people


def share_runs(figures: Iterable[Located]) -> list[list[Located]]:
    """Runs in one sentence's figures (in order): a percentage with its unit printed, then
    percentages or bare numbers printed to no more decimals ("62.5 per cent, the Ob villages
    25 and Tomsk 12.5", "43.5%, the Kulu 31.5% and the Dekabrist 25.0%") joined to it by a
    comma or "and". Each run has at least two members; the first is a printed percentage."""
    runs: list[list[Located]] = []
    current: list[Located] = []
    for f in figures:
        q = f.quantity
        printed = q.unit == "percent" and not q.unit_implied
        if (
            current
            and (printed or is_bare(f))
            and decimals(q.text) <= decimals(current[0].quantity.text)
        ):
            prev = current[-1].quantity
            gap = f.passage.text[prev.end : q.start]
            gap = re.sub(r"^\s*(?:per\s*cent|percent|%)", "", gap)
            if RUN_GAP_RE.fullmatch(gap) and JOIN_RE.search(gap) and "." not in gap.strip():
                current.append(f)
                continue
        if printed:
            if len(current) > 1:
                runs.append(current)
            current = [f]
            continue
        if len(current) > 1:
            runs.append(current)
        current = []
    if len(current) > 1:
        runs.append(current)
    return runs


@dataclass(slots=True)
class ListShare:
    """One share of a run, judged against the part in the same place of the listed parts."""

    share: Located
    part: Located
    whole: Located
    computed: float
    holds: bool
    intended: str | None


def judge_run(
    run: list[Located], lists: list[list[Located]], wholes: list[Located]
) -> list[ListShare]:
    """The shares of ``run`` against each earlier list of counts (``lists``, nearest first)
    and each whole that could be theirs: the pairing where most shares hold, when at least
    two hold and more hold than fail. Empty when no list and whole explain the run."""
    best: list[ListShare] = []
    best_hits = 0
    for parts in lists:
        if len(parts) < len(run):
            continue
        for whole in wholes:
            y = whole.quantity.mid
            if any(p is whole or p.quantity.mid >= y for p in parts[: len(run)]):
                continue
            judged = [judge_one(s, p, whole) for s, p in zip(run, parts, strict=False)]
            hits = sum(j.holds for j in judged)
            if hits > best_hits and hits >= 2 and hits > len(run) - hits:
                best, best_hits = judged, hits
    return best


def judge_one(share: Located, part: Located, whole: Located) -> ListShare:
    q = share.quantity
    step = 10.0 ** -decimals(q.text)
    computed = part.quantity.mid / whole.quantity.mid * 100
    holds = (
        abs(round_half_up(computed, step) - q.mid) < step * 1e-6
        or abs(truncate(computed, step) - q.mid) < step * 1e-6
        or (q.direction == "about" and abs(computed - q.mid) <= max(step / 2, 0.1 * q.mid))
    )
    intended = None
    if not holds:
        slip = likely_slip(q.text, q.mid, computed, step)
        intended = slip[1] if slip else printed_like(computed, q.text, step)
    return ListShare(share, part, whole, computed, holds, intended)


#: "leaving the others with 15.0", "the rest 15.0": the second share of a pair is the rest.
REST_CUE_RE = re.compile(r"\b(?:leaving|the rest|the remaining|the remainder|the other)\b", re.I)
#: "Taken together", "between them", "combined": a share of several parts at once.
TOGETHER_RE = re.compile(r"\b(?:together|between them|combined|jointly)\b", re.I)


def rest_pair(run: list[Located]) -> bool:
    """Whether a run of two is a share and the rest of the whole ("85.0 per cent, leaving
    the others with 15.0")."""
    if len(run) != 2:
        return False
    a, b = run[0].quantity, run[1].quantity
    if b.unit != "percent" and decimals(a.text) == 0:
        return False  # "85 percent went, leaving the other 45 at home": 45 may be people
    return REST_CUE_RE.search(run[0].passage.text[a.end : b.start]) is not None


def rest_holds(run: list[Located]) -> bool:
    a, b = run[0].quantity, run[1].quantity
    step = 10.0 ** -max(decimals(a.text), decimals(b.text))
    return abs(a.mid + b.mid - 100) <= step / 2 + 1e-9


CLAUSE_BREAK_RE = re.compile(r"[;:]")
AFTER_END_RE = re.compile(r",\s|\s+and\s+|[;:.]")


def aligned_parts(run: list[Located], group: list[Entry]) -> list[Located] | None:
    """The counts of ``group`` (named entries of an earlier list) in the order of the run's
    shares, each share matched to the entry its words name: the words before it ("Bakal's
    part came to 36.0", "that of Chelyabinsk to 29.9") or, when those name none not taken
    yet, the words after it ("41.6 for the Northern"). None unless every share names a
    different entry."""
    text = run[0].passage.text
    found: list[Entry] = []
    for i, f in enumerate(run):
        q = f.quantity
        start = run[i - 1].quantity.end if i else clause_start(text, q.start)
        stop = AFTER_END_RE.search(text, q.end)
        entry = None
        for words in (text[start : q.start], text[q.end : stop.start() if stop else len(text)]):
            entry = one(named_in(words, group))
            if entry is not None and entry not in found:
                break
            entry = None
        if entry is None:
            return None
        found.append(entry)
    return [e.count for e in found]


def clause_start(text: str, at: int) -> int:
    """Where the clause holding ``at`` starts: after the last semicolon or colon before it,
    within its sentence."""
    sentence = max(text.rfind(". ", 0, at) + 2, 0)
    breaks = [m.end() for m in CLAUSE_BREAK_RE.finditer(text, sentence, at)]
    return breaks[-1] if breaks else sentence
