"""Rates per 1,000 of a named place (issue #14): "The toll came to 104 per 1,000 in
Tajikistan", "In Samarkand the toll came to 101 per 1,000 settlers", "Frunze thus lost 150
per 1,000 of its arrivals", the place's events and its people printed earlier in the
paragraph or the one before ("412 deaths ... in Tajikistan", "Tajikistan 3,958").

The rate is read only on figures the text binds to the place it names: a figure right
after the place's name ("Tajikistan 3,958", "Dzhambul took 11,240") or followed by it with
only lower-case words between ("412 deaths among the settlers in Tajikistan", "187 in
Kzyl-Orda"). A fit must be the only one of the place's figures at the rate's printed
precision; a slip is read only when the place has just two figures."""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.kinds import (
    DIGIT_RE,
    Finding,
    Sentence,
    at_printed_precision,
    num,
    printed,
    rate_cue,
)
from borderlands.figures.passages import Located
from borderlands.figures.slips import SLIP_NAMES, likely_slip
from borderlands.figures.verdicts import Verdict

#: The scale a rate names after its figure: "104 per 1,000", "253 in every 1,000".
SCALE_RE = re.compile(
    r"\s*(?:per|in\s+every|for\s+every)\s+(?P<scale>1,000|1000|thousand|10,000|100|hundred)\b",
    re.I,
)
#: A place's name: one or two capitalised words, hyphened parts allowed ("Pezhma-2").
NAME = r"[A-Z][a-z]+(?:-[A-Za-z0-9]+)*(?:\s+[A-Z][a-z]+(?:-[A-Za-z0-9]+)*)?"
#: The place a rate names after its scale: "per 1,000 in Tajikistan", "per 1,000 at Sedlec".
PLACE_AFTER_RE = re.compile(rf"(?:\s+[a-z]+){{0,3}}?\s+(?:in|at)\s+(?:the\s+)?(?P<name>{NAME})")
NAME_RE = re.compile(rf"\b{NAME}")
SCALE_BEFORE_RE = re.compile(r"\b(?:per|every)\s+$", re.I)
#: Capitalised words that open a clause, no place's name.
CLAUSE_WORDS = frozenset((
    "In", "At", "The", "That", "This", "These", "Those", "Its", "Their", "Of", "From", "To",
    "By", "On", "With", "Between", "Measured", "Set", "Death", "Deaths", "Among", "For", "It",
    "A", "An",
))  # fmt: skip
SCALES = {"1,000": 1000.0, "1000": 1000.0, "thousand": 1000.0, "10,000": 10000.0,
          "100": 100.0, "hundred": 100.0}  # fmt: skip
YEAR_RE = re.compile(r"1[89]\d\d")
JOINING_RE = re.compile(r"\s(?:and|or|but|while|with|of|to|than)\s+$")


@dataclass(frozen=True, slots=True)
class PlaceFit:
    """A rate's place, and the part and whole of it the text prints."""

    place: str
    part: Located
    whole: Located
    value: float


def place_rate(s: Sentence, finding: Finding, figures: list[Located]) -> Finding | None:
    """A verdict for an unread rate per 1,000 of a place, or None when the place's printed
    figures do not settle it. ``figures`` are those printed before the rate's sentence ends,
    in its paragraph and the one before."""
    text = s.passage.text
    m = SCALE_RE.match(text, finding.end)
    if m is None:
        return None
    scale = SCALES[m.group("scale").lower()]
    rate = next((f for f in s.figures if f.quantity.start == finding.start), None)
    if rate is None:
        return None
    counts = [f for f in figures if is_thing_count(f) and f is not rate
              and not (f.passage is s.passage and f.quantity.start > rate.quantity.start)]
    for place in places(s, rate, m.end()):
        bound = unique_values([f for f in counts if binds(f, place)])
        if len(bound) < 2:
            continue
        return place_finding(rate, place, bound, scale)
    return None


def is_thing_count(f: Located) -> bool:
    """A count of things: no percentage, year, rate per 1,000 or the 1,000 of one."""
    q = f.quantity
    text = f.passage.text
    return (
        q.kind == "number" and q.unit != "percent" and q.mid >= 1
        and YEAR_RE.fullmatch(q.text.strip()) is None
        and SCALE_RE.match(text, q.end) is None
        and SCALE_BEFORE_RE.search(text[max(0, q.start - 10) : q.start]) is None
    )  # fmt: skip


def is_plain_count(f: Located) -> bool:
    """A whole count of things printed in digits, no rate, year or percentage: what a rest,
    its whole and its parts can be."""
    q = f.quantity
    text = f.passage.text
    return (
        is_thing_count(f) and DIGIT_RE.search(q.text) is not None and q.mid == int(q.mid)
        and rate_cue(text, q, len(text)) is None
    )  # fmt: skip


def places(s: Sentence, rate: Located, after: int) -> list[str]:
    """The names a rate's clause gives, nearest first: after its scale ("per 1,000 in
    Tajikistan"), then back to the figure before it or the sentence's start."""
    text = s.passage.text
    out = []
    m = PLACE_AFTER_RE.match(text, after, s.end)
    if m is not None:
        out.append(m.group("name"))
    earlier = [f.quantity.end for f in s.figures if f.quantity.end <= rate.quantity.start]
    start = max(earlier, default=s.start)
    found = [n.group(0) for n in NAME_RE.finditer(text, start, rate.quantity.start)]
    for name in reversed(found):
        words = name.split()
        while words and words[0] in CLAUSE_WORDS:
            words = words[1:]
        if words:
            out.append(" ".join(words))
    return out


def binds(f: Located, place: str) -> bool:
    """Whether the text ties ``f`` to ``place``: "Tajikistan 3,958", "Dzhambul took
    11,240", "412 deaths among the settlers in Tajikistan", "187 in Kzyl-Orda"."""
    text = f.passage.text
    name = re.escape(place)
    q = f.quantity
    after = re.compile(rf"(?:\s+[a-z'-]+){{0,6}}?\s+(?:in|at|for)\s+(?:the\s+)?{name}\b")
    if after.match(text, q.end) is not None:
        return True
    opener = r"(?:^|[^\w\s-]\s*|\b[a-z]+\s+|\b(?:In|At)\s+)"
    before = re.search(rf"{opener}{name}(?:\s+[a-z]+){{0,2}}\s+$",
                       text[max(0, q.start - 80) : q.start])  # fmt: skip
    # "341 at Pezhma-2 and 152 at Ust-Kyrma": a joining word starts the next place's figure
    return before is not None and JOINING_RE.search(before.group(0)) is None


def unique_values(found: list[Located]) -> list[Located]:
    seen: dict[float, Located] = {}
    for f in found:
        seen.setdefault(f.quantity.mid, f)
    return list(seen.values())


def place_finding(rate: Located, place: str, bound: list[Located], scale: float) -> Finding | None:
    q = rate.quantity
    pairs = [(x, y) for x in bound for y in bound if x.quantity.mid < y.quantity.mid]
    fits = [PlaceFit(place, x, y, x.quantity.mid / y.quantity.mid * scale) for x, y in pairs]
    exact = [fit for fit in fits if at_printed_precision(rate, fit.value)]
    formula = "{} / {} * " + num(scale)
    if len(exact) == 1:
        fit = exact[0]
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent,
            formula.format(printed(fit.part), printed(fit.whole)), fit.value,
            (fit.part, fit.whole),
            f"the {printed(fit.part)} of {place} over its {printed(fit.whole)} is "
            f"{num(fit.value)} per {num(scale)}",
        )  # fmt: skip
    if exact or len(fits) != 1 or q.approx:
        return None
    fit = fits[0]
    slip = likely_slip(printed(rate), q.mid, fit.value, q.step if q.step > 0 else 1.0)
    if slip is None:
        return None
    name, intended = slip
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent,
        formula.format(printed(fit.part), printed(fit.whole)), fit.value, (fit.part, fit.whole),
        f"the {printed(fit.part)} of {place} over its {printed(fit.whole)} give "
        f"{num(fit.value)} per {num(scale)}, not {printed(rate)}: likely {SLIP_NAMES[name]} "
        f"(intended {intended})",
        intended,
    )  # fmt: skip
