"""A rate per unit read on the two counts its nouns name: what it counts and what it is per.

"The summary gives 518 households in Oktemberian ... 1,355 altogether, with 7,046 persons
among them. That is 5.2 persons to a household.": the rate says what it counts (persons, its
unit) and what it is per (a household, the noun after "to a", "per", "a", "each", "for each"
or "for every"); the count it is per is the nearest count of that noun printed before it, in
its sentence first, then back through its paragraph and the ``BACK`` paragraphs before; the
count it divides is the nearest count of the rate's own unit found the same way. Only the one
pair the nouns pick is tried, so the verdict rests on figures the text names for the things
compared, not on figures picked for their arithmetic: when that pair gives the rate it is
``consistent``; when it does not, the rate stays ``unverifiable`` (the nearest count of a noun
may be a part, not the whole the author meant, so a miss is no slip).

A family and a household are one unit, as are a train and an echelon (the railway's word for
a train of deportees). The noun of a count is its unit, its subject or the word printed after
it ("54 echelons").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    is_count,
    is_printed_rate,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.slips import printed_like
from borderlands.figures.subjectrates import (
    GROUP_BACK,
    bound_to,
    subject_group,
    subject_per_noun,
)
from borderlands.figures.verdicts import Verdict

CUES = frozenset(["a", "an", "per", "each", "every"])
BACK = 1  # paragraphs before the rate's own where its counts may stand
#: after the rate and its noun: the cue and the noun it is per ("persons to a household",
#: "people a train", "for each returning family"); a scale ("per 1,000") is no noun
PER_NOUN_RE = re.compile(
    r"(?:\s+(?P<counted>[a-z-]+)(?:\s+of\s+[a-z-]+)?)?"
    r"\s+(?:to\s+(?:an?|each|every)|per|an?|at\s+an?|each|for\s+each|for\s+every)"
    r"(?:\s+[a-z]+(?:ing|ed))?\s+(?P<noun>[a-z]+)\b(?!\s+of\b)"
)
NOT_NOUNS = frozenset([
    "few", "little", "lot", "time", "total", "whole", "half", "third", "quarter", "fifth",
    "year", "month", "week", "day", "further", "thousand", "hundred", "share", "rate",
])  # fmt: skip
#: the words after a count, its noun among them: "54 echelons", "14 round trips"
NOUN_AFTER_RE = re.compile(r"\s+([a-z]+)(?:\s+([a-z]+))?\b")
#: between a count and the bare rate beside it: its noun, a word or two, a comma
APPOSED_RE = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+){0,2},\s+(?:or\s+)?(?:(?:about|some|nearly|roughly|almost)\s+)?"
)
ONE_UNIT = {"household": "family", "echelon": "train"}
#: between the count set beside a sentence's subject and the rate its verb says the subject
#: came to: "The escort, 1,870 soldiers of the convoy troops, came to 63 men an echelon"
SUBJECT_RATE_RE = re.compile(
    r"\s+[a-z]+(?:\s+[a-z]+){0,4},\s+(?:came|amounted|worked\s+out)\s+(?:to|at)\s+"
    r"(?:(?:about|some|nearly|roughly|almost|only|just)\s+)?"
)
#: plurals not made with an "s": "38,907 men and 29,505 women ... 1.3 men to every woman"
IRREGULAR = {"men": "man", "women": "woman", "children": "child", "people": "person"}


def stem(word: str) -> str:
    """A noun without its plural ending, a household read as a family."""
    w = word.lower()
    if w in IRREGULAR:
        return IRREGULAR[w]
    for end, sub in (("ies", "y"), ("es", ""), ("s", "")):
        if w.endswith(end) and len(w) > len(end) + 2:
            w = w[: -len(end)] + sub
            break
    return ONE_UNIT.get(w, w)


def nouns_of(f: Located) -> set[str]:
    """What a count counts: its unit, the last word of its subject, the two words after it
    (a noun and its modifier: "14 round trips", "1,460 goods wagons")."""
    q = f.quantity
    words = {q.unit or "", (q.subject or "").split()[-1] if q.subject else ""}
    m = NOUN_AFTER_RE.match(f.passage.text[q.phrase_end : q.phrase_end + 32])
    if m is not None:
        words.update(w for w in m.groups() if w)
    return {stem(w) for w in words if w}


def per_noun(s: Sentence, r: Located) -> tuple[str, str] | None:
    """What a rate counts and the noun it is per ("person", "family" in "5.2 persons to a
    household"; "head", "family" in "about 2.8 head of cattle to a deported family"), or
    None. What it counts is its unit, else the noun printed after it."""
    m = PER_NOUN_RE.match(s.passage.text, r.quantity.phrase_end, s.end)
    if m is None:
        return subject_nouns(s, r)
    if m.group("noun").lower() in NOT_NOUNS:
        return None
    counted = r.quantity.unit or m.group("counted") or ""
    if not counted or counted.lower() in NOT_NOUNS:
        return None
    return stem(counted), stem(m.group("noun"))


def subject_nouns(s: Sentence, r: Located) -> tuple[str, str] | None:
    """What a rate counts (its unit or the noun after it) and the noun its sentence names as
    the subject it is per ("An echelon thus carried 34 wagons": ``subjectrates``)."""
    per = subject_per_noun(s, r)
    if per is None or per in NOT_NOUNS:
        return None
    m = NOUN_AFTER_RE.match(s.passage.text, r.quantity.end, s.end)
    counted = r.quantity.unit or (m.group(1) if m else "")
    if not counted or counted.lower() in NOT_NOUNS:
        return None
    return stem(counted), stem(per)


def apposed_count(s: Sentence, r: Located, pool: list[Located], per: str) -> Located | None:
    """The count a bare rate stands beside, after a comma ("drawn by 25,140 horses, 1.6 to a
    cart", "put 27,390 people ashore, about 24 to a landing"): what the rate divides, unless
    it counts what the rate is per ("1,200 families, 4.3 persons to a family")."""
    if r.quantity.phrase_end > r.quantity.end:
        return None  # the rate prints its own noun ("4.3 persons")
    before = [f for f in pool if f.passage is s.passage and f.sentence == s.index
              and f.quantity.end <= r.quantity.start]  # fmt: skip
    if not before:
        return None
    f = before[-1]
    between = s.passage.text[f.quantity.end : r.quantity.start]
    if APPOSED_RE.fullmatch(between) is None or per in nouns_of(f):
        return None
    return f


def subject_count(s: Sentence, r: Located, pool: list[Located]) -> Located | None:
    """The count a sentence sets beside its subject when its verb says that subject came to
    the rate ("The escort, 1,870 soldiers of the convoy troops, came to 63 men an echelon"):
    what the rate divides, whatever noun it prints for it."""
    before = [f for f in pool if f.passage is s.passage and f.sentence == s.index
              and f.quantity.end <= r.quantity.start]  # fmt: skip
    if not before:
        return None
    f = before[-1]
    text = s.passage.text
    if SUBJECT_RATE_RE.fullmatch(text, f.quantity.end, r.quantity.start) is None:
        return None
    return f if text[s.start : f.quantity.start].rstrip().endswith(",") else None


def nearest(r: Located, pool: list[Located], wanted: Callable[[Located], bool]) -> Located | None:
    """The count ``wanted`` nearest before ``r``: its own sentence, then back."""
    before = [f for f in pool if f.raw_start < r.raw_start and f is not r and wanted(f)]
    return before[-1] if before else None


def noun_pair_rates(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with each unverifiable rate per unit of ``s`` read on the counts its nouns
    name (see the module), when they give it or, near, show a usual slip."""
    if not s.says_any(CUES) or not any(f.kind == "rate" and f.verdict == Verdict.unverifiable
                                       for f in found):  # fmt: skip
        return found
    pool: list[Located] | None = None
    out: list[Finding] = []
    for finding in found:
        r = next((f for f in s.figures if f.quantity.start == finding.start), None)
        if finding.kind != "rate" or finding.verdict != Verdict.unverifiable or r is None:
            out.append(finding)
            continue
        if pool is None:
            order = s.passage.order
            pool = [f for f in earlier() if order - BACK <= f.passage.order <= order
                    and f.quantity.kind == "number" and is_count(f)
                    and not is_printed_rate(f)]  # fmt: skip
        group = subject_group(s, r)
        if group is not None:
            out.append(noun_pair(s, r, group_pool(s, group, earlier)) or finding)
            continue
        out.append(noun_pair(s, r, pool) or finding)
    return out


def group_pool(s: Sentence, group: str, earlier: Callable[[], list[Located]]) -> list[Located]:
    """The counts before a rate whose subject names a group that their sentences bind to it
    (``subjectrates``)."""
    order = s.passage.order
    return [f for f in earlier() if order - GROUP_BACK <= f.passage.order <= order
            and f.quantity.kind == "number" and is_count(f) and not is_printed_rate(f)
            and bound_to(f, group)]  # fmt: skip


def noun_pair(s: Sentence, r: Located, pool: list[Located]) -> Finding | None:
    q = r.quantity
    nouns = per_noun(s, r)
    if nouns is None or nouns[0] == nouns[1]:
        return None
    counted, per = nouns
    y = nearest(r, pool, lambda f: per in nouns_of(f) and counted not in nouns_of(f))
    apposed = apposed_count(s, r, pool, per)
    subject = None if apposed else subject_count(s, r, pool)
    x = apposed or subject or nearest(r, pool, lambda f: counted in nouns_of(f) and f is not y)
    if x is None or y is None or not 0 < y.quantity.mid < x.quantity.mid:
        return None
    value = x.quantity.mid / y.quantity.mid
    if not accepts_count(q, value):
        return noun_pair_slip(s, r, x, y, value, apposed is not None, subject is not None)
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.consistent, f"{printed(x)} / {printed(y)}",
        value, (x, y),
        f"the {printed(x)} counted as what it counts ({counted}) over the {printed(y)} counted "
        f"as what it is per ({per}) is "
        f"{num(value)} each",
    )  # fmt: skip


def noun_pair_slip(
    s: Sentence, r: Located, x: Located, y: Located, value: float, apposed: bool,
    subject: bool = False,
) -> Finding | None:
    """A usual slip on the pair the nouns name, read only when the count the rate is per
    stands in the rate's own sentence and the count it divides in that sentence or the one
    before ("The rest, 4,060 persons, came in the steamers. They made 14 trips, about 390
    passengers a trip"): so near, the nearest count of each noun is the one meant. A rate
    printed exact beside the count it divides, its unit counted in its sentence ("14,286
    carts, ... drawn by 25,140 horses, 1.6 to a cart"), is flagged for any miss: the
    sentence names both its counts, as a rate's own two counts are read elsewhere. A count
    the sentence sets beside its subject is the one it divides by grammar, so the count it is
    per may then stand in the sentence before as well."""
    near = (
        y.passage is s.passage and s.index - subject <= y.sentence <= s.index
        and x.passage is s.passage and s.index - 1 <= x.sentence <= s.index
    )  # fmt: skip
    if not near:
        return None
    formula = f"{printed(x)} / {printed(y)}"
    found = slip_finding(
        "rate", r, value, formula, (x, y), "the counts its nouns name", usual_only=True,
        mistyped=True,
    )  # fmt: skip
    q = r.quantity
    if found is None and apposed and not (q.approx or x.quantity.approx or y.quantity.approx):
        intended = printed_like(value, printed(r), q.step if q.step > 0 else 1.0)
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (x, y),
            f"the {printed(x)} it stands beside over the {printed(y)} its sentence counts give "
            f"{num(value)}, not {printed(r)}", intended,
        )  # fmt: skip
    if found is None or found.intended is None or not (q.approx and q.qualifier):
        return found
    return replace(found, intended=f"{q.qualifier} {found.intended}")  # "about 290"
