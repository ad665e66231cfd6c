"""A total set after the run of counts it closes, with a word of adding (issue #14): "They
counted 41,600 sheep and goats, 3,850 cattle and 1,120 horses, 46,570 head in all"; "a
count found 41,200 Turks and 6,350 Tatars in the two districts, 47,550 together".

The grammar read: the total follows the run after a comma, with "in all", "together",
"altogether", "all told", "in total" or "between them" within two words after it; the parts
are the run of counts right before it in its sentence, each joined to the next by a comma
or "and", with no other figure or clause of its own between ("120 in March, and in
the weeks that followed 410 ..., 730 ... and 655 ..., 1,795 in all" adds the last
three). The total's noun may be a collective one ("head",
"people") over parts of several nouns ("sheep", "cattle"): the run, not the unit, says
what is added. A count that is a part of the one before it ("3,100 of them", "(of whom
400 ...)") ends the run. The words fix the parts: a fit is consistent, a usual slip or a
part left out of three or more inconsistent, anything else is left to the other readings.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    fit_or_slip,
    num,
    printed,
    rate_cue,
)
from borderlands.figures.leftoutsums import left_out_finding
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of adding after a total.
CUE_WORDS = frozenset({"all", "together", "altogether", "total", "between"})
#: Right after the total: "46,570 head in all", "47,550 together", "1,300 between them".
CLOSED_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+){0,2}?(?:in\s+all|together|altogether|all\s+told|in\s+total|"
    r"between\s+them)\b",
    re.I,
)
#: Between the last part and the total: words and a comma, no figure.
BEFORE_TOTAL_RE = re.compile(r"^[^\d;:()]*,\s*(?:and\s+)?(?:about\s+|some\s+)?$", re.I)
#: Between two parts of the run.
JOIN_RE = re.compile(r"(?:,|\band\b)")
#: After a count that is a part of the one before it, not a sibling.
OF_THEM_RE = re.compile(r"\s*(?:\(\s*)?(?:[a-z]+\s+)?of\s+(?:them|whom|these|those)\b", re.I)
DIGIT_RE = re.compile(r"\d")
#: A comma and a conjunction opening a clause of its own before the next count.
CLAUSE_JOIN_RE = re.compile(
    r",\s+(?:and|but|while|whereas|then|so\s+that)\s+(?:[\w’'-]+,?\s+){2,}$", re.I
)


def closed_runs(s: Sentence, found: list[Finding]) -> list[Finding]:
    """``found`` with the totals of ``s`` read against the run of counts they close."""
    if len(s.figures) < 3 or not s.says_any(CUE_WORDS):
        return found
    text = s.passage.text
    sure = {f.start for f in found if f.verdict != Verdict.unverifiable}
    out: list[Finding] = []
    for i, total in enumerate(s.figures):
        q = total.quantity
        if i < 2 or q.start in sure or not plain(total) or q.approx:
            continue
        if CLOSED_AFTER_RE.match(text, q.phrase_end, s.end) is None:
            continue
        parts = run_before(s, i)
        if len(parts) < 2 or sum(p.quantity.mid for p in parts) <= 0:
            continue
        value = sum(p.quantity.mid for p in parts)
        formula = " + ".join(printed(p) for p in parts)
        what = f"the {len(parts)} counts its sentence lists before it"
        read = fit_or_slip("sum", total, value, formula, parts,
                           f"{what} add up to {num(value)}", what, usual_only=True)  # fmt: skip
        read = read or left_out_finding(total, parts, what)
        if read is not None:
            out.append(read)
    return superseded(found, out) if out else found


def plain(f: Located) -> bool:
    """A count of things in digits, no rate, year or percentage."""
    q = f.quantity
    text = f.passage.text
    return (
        is_thing_count(f) and DIGIT_RE.search(q.text) is not None
        and rate_cue(text, q, len(text)) is None
    )  # fmt: skip


def joins(between: str) -> bool:
    """Whether the words between two counts join two members of one run: a comma or "and"
    after a few words of the first's noun or place ("sheep and goats, "), no clause of its
    own (", and in the weeks that followed ") and no other figure."""
    return (
        JOIN_RE.search(between) is not None and DIGIT_RE.search(between) is None
        and not opens_clause(between)
    )  # fmt: skip


def opens_clause(between: str) -> bool:
    """Whether the words between two counts open a clause of their own: a semicolon, or a
    comma and a conjunction with two words or more of its own before the next count (", and
    in the weeks that followed "); a long noun phrase of the first ("deaths among the
    deportees of the territory in 1948, ") opens none."""
    return ";" in between or CLAUSE_JOIN_RE.search(between) is not None


def run_before(s: Sentence, i: int) -> tuple[Located, ...]:
    """The run of counts closing right before ``s.figures[i]``, oldest first."""
    text = s.passage.text
    total = s.figures[i]
    last = s.figures[i - 1]
    if not plain(last):
        return ()
    if BEFORE_TOTAL_RE.match(text[last.quantity.end : total.quantity.phrase_start]) is None:
        return ()
    run = [last]
    for f in reversed(s.figures[: i - 1]):
        between = text[f.quantity.end : run[0].quantity.phrase_start]
        if not plain(f) or not joins(between):
            break
        run.insert(0, f)
    if any(OF_THEM_RE.match(text, p.quantity.end) for p in run):
        return ()  # a count that is a part of the one before it: no run of siblings
    return tuple(run)
