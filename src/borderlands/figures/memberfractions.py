"""A fraction in words said of one member of a list printed before, of the whole the list
makes up: "Dzhambul received 16,312, Alma-Ata 8,534 and Karaganda 5,463 ... Karaganda,
with about one in eight, sent most of its share to the mines"; "the regions gave ... and
Abkhazia 2,167 ... and Abkhazia contributed about a tenth".

The fraction's clause (back to a semicolon or a "while", "and", "but" that opens it) prints
no count of its own and names one place or people; that name stands beside one member of
the nearest list before it (``listranks.members``: three or more counts of one unit, not
the list's total). The whole is what the members add up to, the sum of the list, not a
total the text prints for it (a printed total may be a slip of its own, and is checked as
a sum). A fraction that holds on the member against the list's sum is consistent; one that
does not is left unverifiable, since the words may be of another whole.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from borderlands.figures.kinds import Finding, Sentence, is_count, multiple_holds, num
from borderlands.figures.listranks import members
from borderlands.figures.nearnames import named_figure
from borderlands.figures.passages import Located
from borderlands.figures.valueranks import NOT_NAMES
from borderlands.figures.verdicts import Verdict

DENOMINATORS = {"half": 2, "third": 3, "quarter": 4, "fifth": 5, "sixth": 6, "seventh": 7,
                "eighth": 8, "ninth": 9, "tenth": 10}  # fmt: skip
NUMERATORS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
              "seven": 7, "eight": 8, "nine": 9, "ten": 10}  # fmt: skip
_N = "|".join(k for k in NUMERATORS if k != "a")
#: "about a tenth", "nearly two-thirds", "over half", "about one in eight", "two in five"
FRACTION_RE = re.compile(
    r"\b(?:(?:just\s+)?(?P<q>about|roughly|some|almost|nearly|more\s+than|over|under|"
    r"less\s+than)\s+)?"
    rf"(?:(?P<num>a|{_N})[-\s](?P<den>half|thirds?|quarters?|fifths?|sixths?|sevenths?|"
    r"eighths?|ninths?|tenths?)|(?P<half>half)(?!\s+(?:as|again|more|less|the|a)\b)"
    rf"|(?P<one>{_N})\s+in\s+(?P<of>{_N}))\b",
    re.I,
)
#: where the fraction's clause opens
CLAUSE_OPEN_RE = re.compile(r";|,\s+(?:while|whereas|but|and)\s+|\s+and\s+")
#: a count the list gives as its total: "54,216 in the four together", "9,900 in all"
TOTAL_AFTER_RE = re.compile(
    r",?\s*(?:[a-z]+\s+){0,3}?(?:in\s+all|altogether|in\s+total|together|all\s+told)\b", re.I
)
SENTENCE_BREAK_RE = re.compile(r"[.!?]\s")
NAME_RE = re.compile(r"\b[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?\b")
#: "under a tenth" is said as "nearly" is: a little below it
BELOW = {"under": "nearly", "less than": "nearly"}
#: the first test: a word every fraction holds (its denominator, or "in" of "one in eight")
CUE_WORDS = frozenset({"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths",
                       "sixth", "sixths", "seventh", "sevenths", "eighth", "eighths", "ninth",
                       "ninths", "tenth", "tenths"})  # fmt: skip
COUNT_WORDS = frozenset(NUMERATORS) - {"a"}
ONE_IN_RE = re.compile(rf"\b(?:{_N})\s+in\s+(?:{_N})\b", re.I)


def fraction_value(m: re.Match[str]) -> float | None:
    if m.group("half"):
        return 0.5
    if m.group("one"):
        a, b = NUMERATORS[m.group("one").lower()], NUMERATORS[m.group("of").lower()]
        return a / b if a < b else None
    den = DENOMINATORS[m.group("den").lower().rstrip("s")]
    n = NUMERATORS[m.group("num").lower()]
    return n / den if n < den else None


def clause_name(s: Sentence, at: int) -> str | None:
    """The one name of the fraction's clause before it; None when it prints a count or
    names none or several."""
    head = s.text[:at]
    opened = max((m.end() for m in CLAUSE_OPEN_RE.finditer(head)), default=0)
    if any(is_count(f) and opened <= f.quantity.start - s.start < at for f in s.figures):
        return None
    names = {n for n in NAME_RE.findall(head[opened:]) if n not in NOT_NAMES}
    return names.pop() if len(names) == 1 else None


def beside_in_sentence(text: str, name: str, f: Located) -> bool:
    """Whether ``name`` stands beside the count ``f`` within its sentence ("4,300 were old.
    Children thus ..." names no member)."""
    q = f.quantity
    near = [text.rfind(name, max(0, q.start - 40), q.start), text.find(name, q.end, q.end + 40)]
    spans = [(min(q.start, at), max(q.end, at + len(name))) for at in near if at >= 0]
    return any(SENTENCE_BREAK_RE.search(text, a, b) is None for a, b in spans)


def member_fractions(
    s: Sentence, lists: Callable[[], Sequence[tuple[str, list[Located]]]], found: list[Finding]
) -> list[Finding]:
    """``found`` (the findings of one sentence) with the fractions said of a list's member
    (see the module) read in place of the unverifiable readings of the same words (and, when
    the member's share holds, of any reading but a slip)."""
    if not s.says_any(CUE_WORDS) and not (
        s.says_any(COUNT_WORDS) and " in " in s.lower and ONE_IN_RE.search(s.text)
    ):
        return found
    matches = [m for m in FRACTION_RE.finditer(s.text) if fraction_value(m) is not None]
    if not matches:
        return found
    out: list[Finding] = []
    for m in matches:
        name = clause_name(s, m.start())
        if name is None:
            continue
        for text, counts in reversed(lists()):
            if any(f.passage is s.passage and s.start <= f.quantity.start < s.end
                   for f in counts):  # fmt: skip
                continue
            listed = [f for f in members(text, counts)
                      if not TOTAL_AFTER_RE.match(text, f.quantity.end)]  # fmt: skip
            if any(f.quantity.mid % 1 for f in listed):
                continue  # a list of rates or shares, not of counts
            named = named_figure(text, name, listed) if listed else []
            if len(named) != 1 or not beside_in_sentence(text, name, named[0]):
                continue
            whole = sum(f.quantity.mid for f in listed)
            part = named[0]
            value = fraction_value(m) or 0.0
            said = " ".join((m.group("q") or "").lower().split())
            qualifier = BELOW.get(said, said)
            ratio = part.quantity.mid / whole
            holds = multiple_holds(qualifier, value, ratio)
            members_sum = " + ".join(num(f.quantity.mid) for f in listed)
            out.append(Finding(
                "fraction", s.start + m.start(), s.start + m.end(), value,
                Verdict.consistent if holds else Verdict.unverifiable,
                f"{num(part.quantity.mid)} / ({members_sum})", ratio, (part, *listed),
                f"{name}'s {num(part.quantity.mid)} of the {num(whole)} its list adds up to "
                f"is {ratio:.3f}" + ("" if holds else "; the words may be of another whole"),
            ))  # fmt: skip
            break
    if not out:
        return found
    kept = [f for f in found if not any(
        o.start < f.end and f.start < o.end and (
            f.verdict is Verdict.unverifiable
            or (o.verdict is Verdict.consistent and f.verdict is not Verdict.inconsistent))
        for o in out)]  # fmt: skip
    return kept + out
