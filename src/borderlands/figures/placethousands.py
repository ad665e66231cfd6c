""" "The toll came to 62 per 1,000 in the Altai krai and 45 in Tiumen": rates per thousand
said of places, each read from the counts the text printed before for that same place.

A rate per thousand is said of a place when a place name stands in its clause ("in the
Altai krai" after it, "In Samarkand the toll came to" before it); a bare figure listed after
such a rate in its sentence ("..., 65.1 in Kzyl-Orda") is a rate of the same scale. The
counts of a place are the counts printed before with that name beside them: after them
("612 in the Altai krai", "102,400 Greeks in the Stalino oblast") or opening their clause
("The Altai krai received 9,870", "Fergana 14,935"). A count that parts another ("7,104 of
the 8,946") counts a subset and is passed over.

Each count of the place is tried as the whole, with as part the nearest count of the place
before the rate that is smaller. One whole that gives the rate at its printed precision
makes it consistent; two wholes of different values that both give it make it ambiguous
(the text does not say which population the rate is of); a single pair that misses is
flagged only for a usual slip.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    at_printed_precision,
    is_count,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

PER_THOUSAND_RE = re.compile(r"\s+(?:per|in\s+every|of\s+every)\s+(?:1,000|1000|thousand)\b")
NAME = r"[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*"
#: "612 in the Altai krai", "102,400 Greeks in the Stalino oblast", "87 per 1,000 Greeks in"
PLACE_AFTER_RE = re.compile(
    r"(?:\s+(?:per|in\s+every|of\s+every)\s+(?:1,000|1000|thousand))?(?:\s+[A-Za-z]+){0,2}?"
    rf"\s+(?:in|at|for|to)\s+(?:the\s+)?(?P<name>{NAME})"
)
#: "The Altai krai received", "In Samarkand the toll came to", "the Krasnodar krai": a
#: name opening the clause of the figure that follows
PLACE_BEFORE_RE = re.compile(
    rf"(?:(?P<open>^)\s*|[,;:]\s*|\band\s+)(?P<lead>(?:(?i:in|at)\s+)?(?:(?i:the)\s+)?)"
    rf"(?P<name>{NAME})"
    r"(?:\s+[a-z]+){0,4}?\s*$"
)
CLAUSE_BACK = 60  # characters before a figure where the name opening its clause may stand
#: "7,104 of the 8,946": a count that parts another is a subset of the place's people
PARTS_RE = re.compile(r"\s+(?:[a-z]+\s+)?of\s+(?:the|its|their)\s+(?:[a-z]+\s+)?\d")
#: between two rates of a list: words without figures, no clause of another kind
LIST_GAP_RE = re.compile(r"^[^\d.;:()]{1,70}$")
NOT_NAMES = frozenset(["The", "In", "At", "Of", "By", "On", "Up", "A", "An", "It", "Its",
                       "This", "That", "These", "Those", "Within", "Measured"])  # fmt: skip


def clean(name: str) -> str | None:
    words = name.split()
    while words and words[0] in NOT_NAMES:
        words = words[1:]
    return " ".join(words) or None


def place_of(text: str, f: Located) -> str | None:
    """The place a figure is said of: a name after it, else one opening its clause."""
    q = f.quantity
    after = PLACE_AFTER_RE.match(text, q.end)
    if after is not None:
        return clean(after.group("name"))
    head = text[max(0, q.start - CLAUSE_BACK) : q.start]
    cut = max(head.rfind("."), head.rfind("("), head.rfind(")"))
    before = PLACE_BEFORE_RE.search(head[cut + 1 :])
    if before is None or (before.group("open") is not None and not before.group("lead")):
        return None  # "Arrests therefore came to": a sentence's first word is no place
    return clean(before.group("name"))


def plain(f: Located) -> bool:
    """A count that may be a place's part or whole: no percentage, rate or year."""
    text = f.quantity.text.replace(",", "")
    if not is_count(f) or text in ("1000", "100") or "." in text:
        return False
    passage = f.passage.text
    if PER_THOUSAND_RE.match(passage, f.quantity.end) or PARTS_RE.match(passage, f.quantity.end):
        return False
    return not (f.quantity.unit == "" and re.fullmatch(r"1[89]\d\d", text))


def listed_rates(s: Sentence) -> list[Located]:
    """The rates per thousand of the sentence and the bare figures listed after them."""
    text = s.passage.text
    out: list[Located] = []
    for f in s.counts:
        if f.quantity.text.replace(",", "") in ("1000", "1,000"):
            continue
        if PER_THOUSAND_RE.match(text, f.quantity.end) or (
            out
            and LIST_GAP_RE.match(
                PER_THOUSAND_RE.sub("", text[out[-1].quantity.end : f.quantity.start])
            )
            and (f.quantity.unit in ("", "persons") or f.quantity.unit_implied)
        ):
            out.append(f)
    return out


def per_place(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    if not s.has_digit or not ("1,000" in s.lower or "thousand" in s.lower):
        return found
    rates = listed_rates(s)
    if not rates:
        return found
    text = s.passage.text
    by_start = {f.start: f for f in found}
    pool: list[tuple[Located, str]] | None = None
    for r in rates:
        old = by_start.get(r.quantity.start)
        if old is not None and not (old.kind == "rate" and old.verdict == Verdict.unverifiable):
            continue
        place = place_of(text, r)
        if place is None:
            continue
        if pool is None:
            pool = [(f, p) for f in earlier() if plain(f)
                    and (p := place_of(f.passage.text, f)) is not None]  # fmt: skip
        own = [f for f, p in pool if p == place and not (
            f.passage is s.passage and f.quantity.start >= r.quantity.start)]  # fmt: skip
        new = judge(r, own)
        if new is None:
            continue
        if old is None:
            found.append(new)
        else:
            found[found.index(old)] = new
    return found


def judge(r: Located, own: list[Located]) -> Finding | None:
    pairs: dict[float, tuple[Located, Located, float]] = {}
    for whole in own:
        smaller = [f for f in own if f.quantity.mid < whole.quantity.mid]
        if not smaller:
            continue
        part = smaller[-1]
        value = part.quantity.mid / whole.quantity.mid * 1000
        pairs.setdefault(whole.quantity.mid, (part, whole, value))
    q = r.quantity
    good = [p for p in pairs.values() if at_printed_precision(r, p[2])]
    if len(good) == 1:
        part, whole, value = good[0]
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent,
            f"{printed(part)} / {printed(whole)} * 1000", value, (part, whole),
            f"{printed(part)} over {printed(whole)}, both printed for its place, is "
            f"{value:.1f} per 1,000",
        )  # fmt: skip
    if len(good) > 1:
        a, b = good[0], good[1]
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.ambiguous,
            f"{printed(a[0])} / {printed(a[1])} * 1000", a[2], (a[0], a[1]),
            f"two counts printed for its place give it: {printed(a[1])} and {printed(b[1])}",
        )  # fmt: skip
    if len(pairs) != 1 or len({f.quantity.mid for f in own}) != 2:
        return None
    # the place has two counts and no more: the rate is of these, whatever the slip
    part, whole, value = next(iter(pairs.values()))
    formula = f"{printed(part)} / {printed(whole)} * 1000"
    what = "the two counts printed for its place"
    found = slip_finding("rate", r, value, formula, (part, whole), what, mistyped=True)
    if found is not None:
        return found
    decimals = len(printed(r).rsplit(".", 1)[1]) if "." in printed(r) else 0
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (part, whole),
        f"{what} give {value:.{decimals}f} per 1,000, not {printed(r)}", f"{value:.{decimals}f}",
    )  # fmt: skip
