""" "612 of them died. The winter's deaths thus ran to 53.4 per 1,000 of those in the
shelters": a rate per thousand whose part was counted in the sentence before.

Read when the rate is left unverifiable and its own clause prints no count before it: the
part is a count of the sentence before (not a rate, a share or an approximate figure), the
whole the count its own sentence names after "of" or before the rate ("of the 29,340 who
had arrived", "44,600 Latvians ... took 145 per 1,000"), else the largest count of persons
(or count parted: "Of the 16,287 who set out") in its paragraph before that is larger than
the part, else the
article's own total of persons (``unitloads.article_total``). Consistent only at the rate's
printed precision (with three figures a chance fit is rare); a miss is flagged only for a
usual slip of the whole its own sentence names.
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
from borderlands.figures.unitloads import (
    article_total,
    counts_persons,
    is_rate,
    told_as_rate,
)
from borderlands.figures.verbwholes import verb_wholes
from borderlands.figures.verdicts import Verdict

PER_THOUSAND_RE = re.compile(r"\s+(?:per|in\s+every|of\s+every)\s+(?:1,000|1000|thousand)\b")
#: "Of the 16,287 who set out, 38 died": a count the sentence parts, a whole
WHOLE_OF_RE = re.compile(r"\bof\s+(?:the|its|their|these|those)\s+$", re.I)
#: "457 persons died, 5.4 per 1,000": the count of the clause just before the rate, set
#: beside it by a comma, is the rate's part
APPOSED_PART_RE = re.compile(r"^(?:\s+[a-z]+){0,3},\s+(?:or\s+|that\s+is\s+)?$")


def q_start(f: Located) -> int:
    return f.quantity.phrase_start if f.quantity.phrase_start < f.quantity.start else \
        f.quantity.start


#: "128,430 Germans", "3,265 Koreans": a people named by its plural, the persons counted
PEOPLE_RE = re.compile(r"\s+[A-Z][a-z]{2,}(?<!s)s\b(?!\s+[a-z]+s\b)")


def counts_people(f: Located) -> bool:
    """A count of a people named by its plural: a whole a rate per thousand may be of (the
    rate's whole only: as the whole of a load it may stand for all of a people, not the
    part carried)."""
    return PEOPLE_RE.match(f.passage.text, f.quantity.end) is not None


#: a place a rate is of: "at Kursk", "in Fergana"
PLACE_RE = re.compile(r"\b(?i:at|in)\s+([A-Z][a-z]{2,})\b")
PLACE_BACK = 40  # characters after a part where the place it is of may stand


def place_words(f: Located) -> str:
    """The words after a count up to the next figure or clause end, where its place stands."""
    text = f.passage.text[f.quantity.end : f.quantity.end + PLACE_BACK]
    return re.split(r"[\d,;.]", text, maxsplit=1)[0]

MIN_DIGITS = 2  # printed figures a rate needs before a fit of a far part counts


def digits(f: Located) -> int:
    return sum(ch.isdigit() for ch in f.quantity.text.split(".")[0].lstrip("0")) + (
        len(f.quantity.text.split(".")[1]) if "." in f.quantity.text else 0
    )


def thousand_back(
    s: Sentence, f: Finding, earlier: Callable[[], list[Located]]
) -> Finding:
    if f.kind != "rate" or f.verdict != Verdict.unverifiable:
        return f
    r = next((x for x in s.counts if x.quantity.start == f.start), None)
    text = s.passage.text
    if r is None or PER_THOUSAND_RE.match(text, r.quantity.end) is None or digits(r) < MIN_DIGITS:
        return f
    own = [x for x in s.counts if x is not r and x.quantity.text.replace(",", "") != "1000"]
    own_before = [x for x in own if x.quantity.end <= r.quantity.start and not told_as_rate(x)]
    if len(own_before) > 1:
        return f  # its sentence counts its own part: read by the rules of its sentence
    figures = [x for x in earlier() if x.passage is s.passage and is_count(x)
               and not is_rate(x) and x.quantity.text.replace(",", "") != "1000"]  # fmt: skip
    parts = [x for x in figures if x.sentence == s.index - 1]
    if own_before and APPOSED_PART_RE.match(text[own_before[0].quantity.end : q_start(r)]):
        # "457 persons died, 5.4 per 1,000 of those entrained": the rate of its own part
        parts, own_before, own = own_before, [], []
    places = set(PLACE_RE.findall(s.text))
    if places:
        # "30 per 1,000 at Kursk": only of a part its clause ties to that place
        parts = [x for x in parts if set(PLACE_RE.findall(place_words(x))) & places]
    if not parts:
        return f
    named = own_before + [x for x in own if x.quantity.start > r.quantity.end]
    before = [x for x in earlier() if is_count(x) and not is_rate(x)
              and (x.quantity.unit == "persons" or counts_people(x))
              and (x.passage is not s.passage or x.sentence < s.index)]  # fmt: skip
    verbal = [] if own_before else verb_wholes(r, before)
    named = [] if verbal else named  # "of those received": no count after it is its whole
    wholes = verbal or named or [x for x in figures if x.sentence < s.index
                       and (counts_persons(x) or counts_people(x)
                            or WHOLE_OF_RE.search(text, 0, x.quantity.start))]
    fits: list[tuple[Located, Located, float]] = []
    for part in parts:
        bigger = [w for w in wholes if w.quantity.mid > part.quantity.mid and w is not part]
        whole = max(bigger, key=lambda w: w.quantity.mid, default=None)
        if whole is None and not named:
            whole = article_total(earlier(), r)
        if whole is None or whole.quantity.mid <= part.quantity.mid:
            continue
        value = part.quantity.mid / whole.quantity.mid * 1000
        fits.append((part, whole, value))
    q = r.quantity
    good = [fit for fit in fits if at_printed_precision(r, fit[2])]
    if len(good) == 1:
        part, whole, value = good[0]
        where = "its own clause" if part.sentence == s.index else "the sentence before"
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent,
            f"{printed(part)} / {printed(whole)} * 1000", value, (part, whole),
            f"{printed(part)} ({where}) over {printed(whole)} is {value:.1f} per 1,000",
        )  # fmt: skip
    if named and len(fits) == 1 and len(parts) == 1:
        part, whole, value = fits[0]
        return slip_finding(
            "rate", r, value, f"{printed(part)} / {printed(whole)} * 1000", (part, whole),
            "the part before and the whole its sentence names", usual_only=True,
        ) or f  # fmt: skip
    return f
