"""A rate per 1,000 whose part is the count of one year of a yearly list printed just before.

"The camp books record 410 deaths in 1947, 622 in 1948 and 305 in 1949. ... The toll of 1948
came to 52.0 per 1,000": the rate's clause prints no count of its own but names a year, and a
sentence before lists counts each printed with its year; the part is the count of that year.
An ordinal names the year by its place in the list: "The first year took 75 per 1,000 ...,
and the second 38 per 1,000" reads the first and the second counts of the list.

The whole is the count the sentence prints after the rate ("of the 11,960 who had arrived");
else, when the rate or the sentence before says it is reckoned against those who arrived,
the count of the arrivals: the article's count of persons (``unitloads.article_total``) less a
count of dead printed with it ("On the road 100 died, ... and the commandants entered 20,200");
else the article's count of persons itself. Consistent when the part over the whole gives the
rate at its printed precision; a miss is flagged only on a whole the words name (printed
after the rate, or the arrivals), and only as a usual slip.
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
from borderlands.figures.thousandback import PER_THOUSAND_RE
from borderlands.figures.unitloads import article_total
from borderlands.figures.verdicts import Verdict

CUES = frozenset(["first", "second", "third", "fourth", "fifth", "year", "year's", "toll",
                  "deaths", "births"])  # fmt: skip
YEAR_RE = re.compile(r"\b(1[89]\d\d)\b")
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
ORDINAL_RE = re.compile(r"\b(first|second|third|fourth|fifth)\b", re.I)
#: a count printed with its year: "410 deaths in 1947", "380 in the second half of 1946"
WITH_YEAR_RE = re.compile(
    r"(?:\s+[A-Za-z]+){0,4}?\s+in\s+(?:the\s+[a-z]+\s+half\s+of\s+)?(1[89]\d\d)\b"
)
#: the rate's sentence says its whole is those who arrived ("of those who had arrived",
#: "against the arrivals")
ARRIVED_RE = re.compile(r"\barriv(?:ed|als)\b", re.I)
#: "52.0 per 1,000 of the 11,960 who had arrived": the whole printed right after
OF_THE_RE = re.compile(r"\s+of\s+(?:all\s+)?the\s+")
ARRIVAL_SHARE = 0.85  # those who arrived are at least this share of those who set out
BACK = 2  # sentences before the rate's where the yearly list may stand


def yearly_list(figures: list[Located]) -> list[tuple[int, Located]]:
    """The counts of ``figures`` printed each with a year, in text order, when there are two
    or more and their years rise."""
    out: list[tuple[int, Located]] = []
    for f in figures:
        m = WITH_YEAR_RE.match(f.passage.text, f.quantity.end)
        if m is not None and is_count(f):
            out.append((int(m.group(1)), f))
    years = [y for y, _ in out]
    if len(out) < 2 or years != sorted(set(years)):
        return []
    return out


def arrivals(figures: list[Located], total: Located) -> Located | None:
    """The count of those who arrived out of ``total``: a count printed in one sentence with
    the count of the dead it is ``total`` less, or in the sentence after it ("On the road 100
    died, ..., and the commandants entered 20,200")."""
    t = total.quantity.mid
    for x in figures:
        if not is_count(x) or not ARRIVAL_SHARE * t <= x.quantity.mid < t:
            continue
        mates = [d for d in figures if d.passage is x.passage
                 and x.sentence - 1 <= d.sentence <= x.sentence and d is not x and is_count(d)]

        if any(d.quantity.mid + x.quantity.mid == t for d in mates):
            return x
    return None


def reckoned_from(s: Sentence) -> int:
    """Where the words that may say what a rate is reckoned against begin: its sentence and
    the one before, which the rate goes on from ("a tenth of those who had arrived. The toll
    of 1948 came to 52.0 per 1,000")."""
    return s.passage.sentences[s.index - 1][0] if s.index > 0 else s.start


def named_year(clause: str) -> tuple[str, int] | None:
    """The year a clause names: ("year", 1945) for a year printed, ("place", 2) for "the
    second"; the last one said."""
    found = [(m.start(), ("year", int(m.group(1)))) for m in YEAR_RE.finditer(clause)]
    found += [(m.start(), ("place", ORDINALS[m.group(1).lower()]))
              for m in ORDINAL_RE.finditer(clause)]  # fmt: skip
    return max(found)[1] if found else None


def year_part_rates(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with each unread rate per 1,000 read on the year its clause names."""
    return [year_part_rate(s, f, earlier) for f in found]


def year_part_rate(
    s: Sentence, f: Finding, earlier: Callable[[], list[Located]]
) -> Finding:
    """``f`` read on the part its clause names by a year of a list before (see the module),
    when it is an unread rate per 1,000; else ``f``."""
    if f.kind != "rate" or f.verdict != Verdict.unverifiable or not s.says_any(CUES):
        return f
    r = next((x for x in s.counts if x.quantity.start == f.start), None)
    text = s.passage.text
    if r is None or PER_THOUSAND_RE.match(text, r.quantity.end) is None:
        return f
    before = [x for x in s.figures if x.quantity.end <= r.quantity.start]
    clause_start = before[-1].quantity.end if before else s.start
    if any(is_count(x) and not YEAR_RE.fullmatch(x.quantity.text) for x in before
           if x.quantity.start >= clause_start):  # fmt: skip
        return f
    said = named_year(text[clause_start : r.quantity.start])
    if said is None:
        return f
    figures = earlier()
    prior = [x for x in figures if x.passage is s.passage
             and s.index - BACK <= x.sentence < s.index]  # fmt: skip
    listed = yearly_list(prior)
    how, key = said
    parts = [p for y, p in listed if y == key] if how == "year" else (
        [listed[key - 1][1]] if 0 < key <= len(listed) else [])  # fmt: skip
    if len(parts) != 1:
        return f
    part = parts[0]
    scale = PER_THOUSAND_RE.match(text, r.quantity.end)
    of = OF_THE_RE.match(text, scale.end()) if scale is not None else None
    named = [x for x in s.counts if of is not None and x.quantity.start == of.end()]
    whole = named[0] if named else article_total(figures, r)
    if not named and whole is not None and ARRIVED_RE.search(text, reckoned_from(s), s.end):
        whole = arrivals(figures, whole)  # named by its words, found by its structure
        named = [whole] if whole is not None else []
    if whole is None or whole.quantity.mid <= part.quantity.mid:
        return f
    value = part.quantity.mid / whole.quantity.mid * 1000
    formula = f"{printed(part)} / {printed(whole)} * 1000"
    if at_printed_precision(r, value):
        q = r.quantity
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (part, whole),
            f"{printed(part)}, the count of the year it names, over {printed(whole)} is "
            f"{value:.1f} per 1,000",
        )  # fmt: skip
    if named:
        return slip_finding(
            "rate", r, value, formula, (part, whole),
            "the count of the year its clause names over the whole its words name",
            usual_only=True,
        ) or f  # fmt: skip
    return f
