"""The total a sentence names for the list just printed (issue #14): "... 3,237 for Kagul.
Their total, 35,796, agrees with the telegram"; "... and 1,027 from Gagra, and the clerk
wrote the total at the foot as 14,730"; "Their persons add up to 94,768 ... and their
families to 30,097"; "... 601 in Namangan. That made 4,013 dead"; "... 527 in 1938,
bringing the total to 916".

The grammar read: a word of totalling right before the figure (its, their or the total or
sum; add up to; added up or together ... come to, give, make; that or which made, brought
... to; bringing ... to) or "in all" or "altogether" right after it, and before it a list:
a run of two or more counts joined by commas and "and", in the total's own sentence or, when
the total's sentence prints no count of the list, at the end of the sentence before. Years,
and file, sheet and volume numbers are no items. Where the list counts two things in turn
("7,488 families and 20,702 persons for Estonia, ..."), the parts are those of the noun the
total's own words name last. A sum that fits is consistent; a usual slip of it
inconsistent (one digit mistyped too, where three or more parts stand in the total's own
sentence and no other figure among them);
anything else is left to the other readings (a total "brought to" may carry a base from
further back).
"""

from __future__ import annotations

import re

from borderlands.figures.closedruns import opens_clause
from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    fit_or_slip,
    is_count,
    num,
    printed,
)
from borderlands.figures.listsum import without_subtotals
from borderlands.figures.passages import Located
from borderlands.figures.quantity import Quantity
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word of totalling in the sentence.
TOTAL_WORDS = frozenset(
    {"total", "sum", "add", "adds", "added", "together", "all", "altogether", "made", "brought",
     "bringing", "makes", "brings", "their", "accounted"}
)  # fmt: skip
#: A word of totalling that ends the words before the total.
CUE_BEFORE_RE = re.compile(
    r"(?:\b(?:its|their|the)\s+(?:[a-z']+\s+){0,2}(?:total|sum)\b[^.;]{0,30}?"
    r"|\badd(?:s|ed)?\s+up\s+to"
    r"|\b(?:added\s+up|together)\b[^.;]{0,40}?\b(?:come|came|comes|give|gave|gives|make|made|"
    r"makes)(?:\s+to)?"
    r"|\b(?:that|this|which)\s+(?:thus\s+)?(?:made|makes|brought|brings)(?:\s+[a-z'-]+){0,6}?"
    r"(?:\s+to)?"
    r"|\bbringing\s+(?:the\s+|their\s+)?(?:[a-z'-]+\s+){0,5}?to"
    r"|\band\s+their\s+[a-z]+\s+to)"
    r"[\s,]*(?:the\s+|some\s+|about\s+|nearly\s+)?$",
    re.I,
)
#: A word of totalling right after the total: "sixteen in all", "eleven trains altogether".
CUE_AFTER_RE = re.compile(r"^\s*(?:[a-z]+\s+){0,2}(?:in\s+all|altogether)\b", re.I)
#: A restated total the list before it is said to account for: "The 6,310 of the summary are
#: thus accounted for", "all 412 of them were accounted for".
ACCOUNTED_AFTER_RE = re.compile(
    r"^[^.;:]{0,40}?\b(?:are|were|is|was)\s+(?:thus\s+|so\s+|then\s+|all\s+|fully\s+)*"
    r"accounted\s+for\b",
    re.I,
)
#: The cues of arithmetic itself: a sum named so is judged on its list alone.
ADDING_RE = re.compile(r"\b(?:sum|add(?:s|ed)?\s+up)\b", re.I)
#: Between two items of one list: no stop, bracket or colon, and a comma or an "and"
#: (a semicolon may part items that carry clauses of their own).
JOIN_RE = re.compile(r"[^.:()]{0,160}")
#: A bracketed aside within a list item: "11,904 from Nove Zamky (volumes 31 to 58), ...".
BRACKETED_RE = re.compile(r"\([^()]*\)")
DECIMAL_RE = re.compile(r"\d\.\d")
#: A number that refers to a document, not a count: "file 44", "sheets 102 to 117".
REFERENCE_RE = re.compile(
    r"(?:\b(?:file|files|sheet|sheets|volume|volumes|fond|page|pages|no\.|nos\.)|\d\s+to)\s*$",
    re.I,
)
DIGIT_RE = re.compile(r"\d")
YEAR_RE = re.compile(r"1[6-9]\d\d")
MIN_PARTS = 2
#: A list of this many parts in the total's own sentence is surely the total's: one digit
#: of the total off the sum is then read as mistyped.
MIN_TYPED_PARTS = 3


def is_item(f: Located) -> bool:
    q = f.quantity
    if not is_count(f) or q.kind != "number" or q.unit == "percent":
        return False
    if not q.unit and YEAR_RE.fullmatch(q.text.strip()):
        return False
    text = f.passage.text
    return REFERENCE_RE.search(text[max(0, q.start - 12) : q.start]) is None


def joined(a: Located, b: Located) -> bool:
    gap = BRACKETED_RE.sub("", a.passage.text[a.quantity.phrase_end : b.quantity.start])
    gap = DECIMAL_RE.sub("0", gap)  # a share between two items ("27.3 percent") stops nothing
    return JOIN_RE.fullmatch(gap) is not None and ("," in gap or " and " in f" {gap} ")


def tight(a: Located, b: Located) -> bool:
    """Whether two items of a run are joined as one list: no clause of its own between them
    (closedruns.opens_clause)."""
    gap = BRACKETED_RE.sub("", a.passage.text[a.quantity.phrase_end : b.quantity.start])
    return not opens_clause(gap)


def clause_run(parts: list[Located], total: Quantity) -> list[Located] | None:
    """The parts a total closes when a clause stands inside its run ("30 escapes in 1931,
    and over the next three years 75, 120 and 64, 259 in all"): the run after the clause
    when that fits, the whole run when it fits, else None (no slip is read on a run the
    words may not mean whole); ``parts`` as they stand when every join is tight."""
    breaks = [i for i in range(1, len(parts)) if not tight(parts[i - 1], parts[i])]
    if not breaks:
        return parts
    tail = parts[breaks[-1] :]
    for run in (tail, parts):
        if len(run) >= MIN_PARTS and accepts_count(total, sum(p.quantity.mid for p in run)):
            return run
    return None


def run_before(items: list[Located]) -> list[Located]:
    """The run of joined items that ends with the last of ``items``."""
    if not items:
        return []
    run = [items[-1]]
    for a in reversed(items[:-1]):
        if not joined(a, run[0]):
            break
        run.insert(0, a)
    return run


def named_unit(parts: list[Located], said: str) -> list[Located]:
    """Of a list that counts two things in turn, the parts of the one ``said`` names last;
    a list of one thing as it stands."""
    units = {p.quantity.unit for p in parts if not p.quantity.unit_implied and p.quantity.unit}
    if len(units) < 2:
        return parts
    said = said.lower()
    last = max(units, key=lambda u: said.rfind(u))
    if said.rfind(last) < 0:
        return []
    return [p for p in parts if p.quantity.unit == last]


def whole_run(s: Sentence, run: list[Located], total: Located) -> bool:
    """Whether ``run`` is surely the whole list ``total`` closes: three or more parts in
    its sentence, with no other figure (a part in words, "nine hundred") between them."""
    first = run[0].quantity.start if run else -1
    if len(run) < MIN_TYPED_PARTS or first < s.start:
        return False
    return all(
        f.quantity.start in {p.quantity.start for p in run}
        for f in s.figures
        if first <= f.quantity.start and f.quantity.end <= total.quantity.start
    )


def list_totals(s: Sentence, before: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the totals of ``s`` that a word of totalling ties to the list before
    them, where ``found`` read none (a reading left unverifiable there yields to this one)."""
    if not s.figures or not s.says_any(TOTAL_WORDS):
        return found
    text = s.passage.text
    taken = {f.start for f in found if f.verdict != Verdict.unverifiable}
    totals: set[int] = set()
    out = []
    for t in s.figures:
        q = t.quantity
        if not is_item(t) or q.start in taken:
            continue
        said = text[s.start : q.start]
        after = text[q.phrase_end : s.end]
        if CUE_BEFORE_RE.search(said) is None and CUE_AFTER_RE.match(after) is None and (
            ACCOUNTED_AFTER_RE.match(after) is None
        ):
            continue
        digits = DIGIT_RE.search(q.text) is not None  # a count in words is no item of figures
        own = [f for f in s.figures if f.quantity.end <= q.start and f.quantity.start not in totals
               and is_item(f) and (DIGIT_RE.search(f.quantity.text) or not digits)]  # fmt: skip
        parts = run_before(own)
        if not parts and before is not None and before.passage is s.passage:
            parts = run_before([f for f in before.figures if is_item(f)
                                and (DIGIT_RE.search(f.quantity.text) or not digits)])  # fmt: skip
        parts = [p for p in named_unit(parts, said) if p.quantity.mid < q.mid]
        if len(parts) < MIN_PARTS:
            continue
        totals.add(q.start)
        closed = clause_run(parts, q)
        if closed is None:
            continue
        # a subtotal among the parts ("200 together") is no part, unless carried forward
        # ("7,020 in three years, and a last 610 brought the total to 7,630")
        if sum(p.quantity.mid for p in closed) != q.mid:
            closed = without_subtotals(closed)
        inputs = tuple(closed)
        value = sum(p.quantity.mid for p in inputs)
        formula = " + ".join(printed(p) for p in inputs)
        what = f"the {len(inputs)} parts of the list before it"
        read = fit_or_slip(
            "sum", t, value, formula, inputs, f"{what} add up to {num(value)}", what,
            usual_only=ADDING_RE.search(said) is None, mistyped=whole_run(s, list(inputs), t),
        )  # fmt: skip
        if read is not None:
            out.append(read)
    return superseded(found, out)


#: A word that says the sentence's counts come on top of an earlier total.
FURTHER_RE = re.compile(r"\b(?:further|more|another|additional|other|last|new)\b", re.I)


def closes_own_list(s_text: str, own: list[Located], total: Located) -> bool:
    """Whether "bringing the total to" closes the list its own sentence prints, not an
    earlier total: three or more of its counts joined as a list before the total (two, "A
    and B brought the total to", are as often additions to an earlier total), and no word
    that puts them on top of another ("a further 686", "a last convoy of 1,140").
    ``s_text`` is the sentence's words up to the total."""
    before = [f for f in own if f.quantity.end <= total.quantity.start]
    return (
        len(run_before(before)) >= MIN_TYPED_PARTS and len(run_before(before)) == len(before)
        and FURTHER_RE.search(s_text) is None
    )  # fmt: skip
