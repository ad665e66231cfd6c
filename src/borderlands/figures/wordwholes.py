"""Rates per 1,000 whose whole the words after the scale name (issue #14): the whole printed
right there ("32.4 per 1,000 of the 76,480 then on the register") or named by a word that
followed it where it was printed ("13.2 per 1,000 of those who had been loaded", after "the
96,480 loaded in the region"; "of those in the shelters", after "11,460 refugees in 38
shelters").

The part is the count the rate's clause prints before it ("the 2,480 births ... came to
32.4 per 1,000"), or, when the sentence prints none, the count of the sentence before that
its first noun names ("Deaths on the road came to 13.2 per 1,000", after "1,270 ... as deaths
on the road"), or the last it prints when the rate opens "That was". A slip is read only on
a whole printed in the rate's own words."""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, accepts_count, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import SCALE_RE, SCALES, is_thing_count
from borderlands.figures.slips import SLIP_NAMES, likely_slip
from borderlands.figures.verdicts import Verdict

#: "of the 76,480", "of all 11,102": the whole printed after the scale.
WHOLE_HERE_RE = re.compile(r"\s+of\s+(?:the|all)\s+(?=\d)")
#: "of those entrained", "of those who had been loaded", "of those in the shelters".
WHOLE_WORDS_RE = re.compile(
    r"\s+of\s+those\s+(?:(?:who|that)\s+(?:had\s+|have\s+)?(?:been\s+)?)?"
    r"(?:(?:in|at|on)\s+(?:the\s+)?)?(?P<word>[a-z]{4,})\b"
)
WORDS_AFTER = 6  # words after a count where the word that names it may stand
CONTENT_RE = re.compile(r"[a-z]{4,}")


def word_whole_rate(s: Sentence, finding: Finding, figures: list[Located]) -> Finding | None:
    """A verdict for an unread rate per 1,000 whose whole its words name; ``figures`` are
    those printed before the rate's sentence ends."""
    text = s.passage.text
    m = SCALE_RE.match(text, finding.end)
    rate = next((f for f in s.figures if f.quantity.start == finding.start), None)
    if m is None or rate is None:
        return None
    scale = SCALES[m.group("scale").lower()]
    part = clause_part(s, rate, figures)
    if part is None:
        return None
    here = WHOLE_HERE_RE.match(text, m.end())
    if here is not None:
        whole = next((f for f in s.figures if f.quantity.start == here.end()), None)
        if whole is None or not is_thing_count(whole):
            return None
        return judged(rate, part, whole, scale, slips=True)
    named = WHOLE_WORDS_RE.match(text, m.end())
    if named is None:
        return None
    word = named.group("word")
    wholes = [f for f in figures if is_thing_count(f) and f.quantity.mid > part.quantity.mid
              and f.raw_start < part.raw_start and names(f, word)]  # fmt: skip
    if len({f.quantity.mid for f in wholes}) != 1:
        return None  # no whole, or several its word names: the words do not say which
    return judged(rate, part, wholes[-1], scale, slips=False)


def clause_part(s: Sentence, rate: Located, figures: list[Located]) -> Located | None:
    own = [f for f in s.figures if f.quantity.end <= rate.quantity.start and is_thing_count(f)]
    if own:
        return own[-1]
    first = CONTENT_RE.search(s.text.lower())
    if first is None:
        return None
    before = [f for f in figures if f.passage is s.passage and f.sentence == s.index - 1
              and is_thing_count(f)]  # fmt: skip
    if first.group(0) in ("that", "this") and before:
        return before[-1]  # "... 218 in all. That was 19.6 per 1,000": the figure just said
    before = [f for f in before if names(f, first.group(0))]
    return before[0] if len(before) == 1 else None


def names(f: Located, word: str) -> bool:
    """Whether ``word`` (its stem) stands in the few words after ``f``."""
    text = f.passage.text
    end = min(f.quantity.end + 80, f.passage.sentences[f.sentence][1])
    after = text[f.quantity.end : end].split()[:WORDS_AFTER]
    stem = word.lower().rstrip("s")
    return any(w.lower().strip(",.;:()'").rstrip("s") == stem for w in after)


def judged(
    rate: Located, part: Located, whole: Located, scale: float, slips: bool
) -> Finding | None:
    """The rate against part / whole: a fit, a usual slip when ``slips``, or None."""
    q = rate.quantity
    value = part.quantity.mid / whole.quantity.mid * scale
    formula = f"{printed(part)} / {printed(whole)} * {num(scale)}"
    if accepts_count(q, value):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (part, whole),
            f"{printed(part)} over the {printed(whole)} its words name is {num(value)} per "
            f"{num(scale)}",
        )  # fmt: skip
    slip = likely_slip(printed(rate), q.mid, value, q.step if q.step > 0 else 1.0)
    if not slips or q.approx or slip is None:
        return None
    name, intended = slip
    return Finding(
        "rate", q.start, q.end, q.mid, Verdict.inconsistent, formula, value, (part, whole),
        f"{printed(part)} over the {printed(whole)} its words name give {num(value)} per "
        f"{num(scale)}, not {printed(rate)}: likely {SLIP_NAMES[name]} (intended {intended})",
        intended,
    )  # fmt: skip
