"""A rest whose whole was stated far back and is linked to it by a name (issue #14): "the
Kazakh SSR 28,470 ... The Kazakh arrivals went to four oblasts ... Dzhambul took 11,240 and
South Kazakhstan 9,815, and the rest, 7,415, ..."; "... among the 112,640 in the city ... In
the city, 97,318 of the registrants had left, leaving 15,322 on the lists".

The grammar read: a rest the sentence marks as one ("the remaining", "the rest", "leaving")
and no reading nearer by found a whole for; its parts are the counts its own sentence prints
before it (the parts of the same thing the sentence divides). The whole is an earlier count
of the same kind that the rest's sentence, or the one before it, names: a word of a name or
a noun shared between the whole's own clause and theirs, or a total the text marks as one
("in all", "altogether"). The whole is looked up by that link, but its value is then checked
against parts plus rest, so only an exact fit is taken, and as ``consistent``: a miss is no
slip the grammar could show (another earlier figure may be the whole meant), so it stays
with the reading that had no whole.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Finding, Sentence, accepts_count, compatible, num, printed
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.verdicts import Verdict

#: Words of a clause too common to link a whole to a rest.
COMMON_WORDS = frozenset({
    "about", "above", "after", "again", "against", "also", "among", "another", "been", "before",
    "being", "between", "both", "came", "could", "during", "each", "every", "families",
    "family", "from", "further", "given", "gives", "have", "here", "households", "into", "last",
    "left", "leaving", "less", "many", "more", "most", "much", "number", "numbered", "only",
    "other", "others", "over", "people", "percent", "persons", "remaining", "rest", "same",
    "some", "such", "than", "that", "their", "them", "then", "there", "these", "they", "this",
    "those", "thus", "took", "under", "until", "were", "what", "when", "where", "which",
    "while", "whole", "with", "would", "year", "years", "month", "months", "total", "first",
    "second", "third", "time", "times", "part", "parts", "settlers", "deportees", "arrivals",
    "refugees", "prisoners", "members", "names", "list", "lists", "register", "registers",
    "exiles", "evacuees", "emigrants", "workers", "children", "women"
})  # fmt: skip
WORD_RE = re.compile(r"[A-Za-z]{4,}")
#: A total the text marks as one: "84,316 altogether", "53,110 in all".
TOTAL_AFTER_RE = re.compile(
    r"\s*(?:persons\s+|people\s+)?(?:in\s+all|altogether|in\s+total)\b", re.I
)
#: Words right before a count that make it the whole of a part before it ("of its 1,236").
WHOLE_LEAD_RE = re.compile(r"\b(?:of|among)\s+(?:its|their|the|his|her|all)?\s*$", re.I)
#: How far back a clause reaches around a whole: to the figure or stop before it.
CLAUSE_REACH = 60
DIGIT_RE = re.compile(r"\d")


def words_of(text: str) -> set[str]:
    """The words of ``text`` that may link a whole to a rest, a plural cut to its singular
    ("Germans" links "German")."""
    words = {w.lower() for w in WORD_RE.findall(text)} - COMMON_WORDS
    return {w[:-1] if w.endswith("s") and not w.endswith("ss") else w for w in words}


def clause_of(f: Located) -> str:
    """The words around ``f`` within its sentence, up to the stops of its clause."""
    s, e = f.passage.sentences[f.sentence]
    text = f.passage.text
    q = f.quantity
    left = text[max(s, q.start - CLAUSE_REACH) : q.start]
    right = text[q.end : min(e, q.end + CLAUSE_REACH)]
    left = re.split(r"[;:()]|\d", left)[-1]
    right = re.split(r"[;:()]|\d", right)[0]
    return left + " " + right


def is_part(f: Located) -> bool:
    q = f.quantity
    if not is_thing_count(f) or DIGIT_RE.search(q.text) is None or q.mid != int(q.mid) or q.approx:
        return False
    lead = f.passage.text[max(0, q.phrase_start - 16) : q.phrase_start]
    return WHOLE_LEAD_RE.search(lead) is None


def named_rest(s: Sentence, finding: Finding, earlier: list[Located]) -> Finding | None:
    """``finding``, a rest read with no whole, read against the earlier count its sentence
    or the one before names (``earlier``: the figures up to ``s``, in order)."""
    rest = next((f for f in s.figures if f.quantity.start == finding.start), None)
    if rest is None or not is_part(rest):
        return None
    parts = tuple(
        f for f in s.figures
        if f.quantity.end <= rest.quantity.start and is_part(f) and compatible(f, rest)
    )  # fmt: skip
    if not parts:
        return None
    share = sum(p.quantity.mid for p in parts)
    passage = s.passage
    own = passage.text[s.start : s.end]
    if s.index > 0:
        b, e = passage.sentences[s.index - 1]
        own += " " + passage.text[b:e]
    linked_words = words_of(own)
    wholes = []
    for f in earlier:
        q = f.quantity
        if f in s.figures or f in parts or not is_thing_count(f) or not compatible(f, rest):
            continue
        if q.approx or q.mid != int(q.mid) or q.mid <= share:
            continue
        if not accepts_count(rest.quantity, q.mid - share):
            continue
        total = TOTAL_AFTER_RE.match(f.passage.text, q.end) is not None
        if total or words_of(clause_of(f)) & linked_words:
            wholes.append(f)
    if not wholes:
        return None
    whole = wholes[-1]  # the nearest
    formula = f"{printed(whole)} - " + " - ".join(printed(p) for p in parts)
    left = whole.quantity.mid - share
    return Finding(
        "remainder", rest.quantity.start, rest.quantity.end, rest.quantity.mid,
        Verdict.consistent, formula, left, (whole, *parts),
        f"the {printed(whole)} named before, less the part(s) its sentence prints, "
        f"leave {num(left)}",
    )  # fmt: skip
