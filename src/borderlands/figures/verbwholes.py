"""The whole a rate per thousand names by a verb: "29.3 per 1,000 of those received", after
"the receiving commandants signed for 59,412" paragraphs before.

The words after the rate name its whole by what was done to it ("of those received", "of
those who had arrived", "of those entrained"); the count the text printed for that whole is
the one whose own clause says the same verb, in any form ("received", "receiving",
"receipt" share the stem "recei"). Read only when exactly one value is printed so: a verb
said of two different counts names neither.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: "per 1,000 of those received", "per thousand of those who had arrived"
VERB_WHOLE_RE = re.compile(
    r"\s+per\s+(?:1,000|1000|thousand)\s+of\s+(?:those|all)\s+(?:who\s+)?"
    r"(?:had\s+(?:been\s+)?|were\s+|was\s+|have\s+(?:been\s+)?)?(?P<verb>[a-z]{5,})\b"
)
STEM = 5  # letters two forms of one verb share: "recei", "arriv", "deliv"
#: what cuts a count's clause: a sentence or clause end, a bracket, a comma before a word
#: (not the comma inside "59,412")
CLAUSE_CUT_RE = re.compile(r"[.;:()]|,\s")
CLAUSE_REACH = 80  # characters either side of a count where its verb may stand


def named_verb(text: str, r: Located) -> str | None:
    """The stem of the verb the rate's words name its whole by, or None."""
    m = VERB_WHOLE_RE.match(text, r.quantity.end)
    return None if m is None else m.group("verb").lower()[:STEM]


def clause_of(f: Located) -> str:
    """The words of a count's clause around it (up to ``CLAUSE_REACH`` either side)."""
    text = f.passage.text
    head = text[max(0, f.quantity.start - CLAUSE_REACH) : f.quantity.start]
    tail = text[f.quantity.end : f.quantity.end + CLAUSE_REACH]
    head = CLAUSE_CUT_RE.split(head)[-1]
    tail = CLAUSE_CUT_RE.split(tail)[0]
    return f"{head} {tail}".lower()


def verb_wholes(r: Located, figures: list[Located]) -> list[Located]:
    """The counts of ``figures`` whose clause says the verb the rate names its whole by;
    empty unless they all print one value (see the module)."""
    stem = named_verb(r.passage.text, r)
    if stem is None:
        return []
    said = re.compile(rf"\b{re.escape(stem)}[a-z]*\b")
    found = [f for f in figures if said.search(clause_of(f)) is not None]
    return found if len({f.quantity.mid for f in found}) == 1 else []
