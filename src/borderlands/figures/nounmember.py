"""A share said of a member a common noun names: "The two together, 1,000 people, came from
two offices, and the city alone accounted for 61.2 per cent of them" after "the city office
entered 612 persons and the district offices 388".

The share's clause has a subject of its own, "the <noun>" (with "alone", "together",
"thus"), and a verb of holding a share. The part is the one count of the sentences before
whose own clause names that noun ("the city office had entered 612"); the whole is the count
"of them" points back to (the one count its sentence prints before the share) or the count
"of the <noun>" labels. Both are read from the words, none from the arithmetic.
"""

from __future__ import annotations

import re

from borderlands.figures.frontedwhole import forms, labels
from borderlands.figures.passages import Located

#: The clause before the share: "..., and the city alone accounted for ", "The town district
#: alone took ".
SUBJECT_CLAUSE_RE = re.compile(
    r"(?:^|,\s+(?:and|while|whereas|but)\s+|;\s+)\s*[Tt]he\s+((?:[a-z]{3,}\s+){0,1}[a-z]{3,})\s+"
    r"(?:(?:alone|together|thus|too|also)\s+)?"
    r"(?:accounted\s+for|made\s+up|took|received|gave|supplied|sent|furnished|contributed|"
    r"formed|held)\s+(?:(?:about|some|nearly|almost|only|just|over)\s+)?$"
)

ADVERBS = frozenset(("alone", "together", "thus", "too", "also"))

#: Right after the share: "of them", "of these", or "of the refugees".
OF_THEM_RE = re.compile(r"\s+of\s+(?:them|these|those)\b")
OF_NOUN_RE = re.compile(r"\s+of\s+(?:all\s+)?the\s+([a-z]{4,})\b(?!\s+of\b)")

#: The words of a count's own clause: cut at clause marks, "and", other counts.
CUT_RE = re.compile(r"[.;:,]|\band\b|\d")
NEAR = 40  # characters either side of a count for its clause


def subject_noun(text: str, sentence_start: int, share_start: int) -> list[str]:
    """The words of the subject of the share's clause, or []."""
    m = SUBJECT_CLAUSE_RE.search(text[sentence_start:share_start])
    return [w for w in m.group(1).lower().split() if w not in ADVERBS] if m else []


def names_count(count: Located, words: list[str]) -> bool:
    """True when the count's own clause names one of ``words`` (a plural or not)."""
    text = count.passage.text
    before = CUT_RE.split(text[max(0, count.quantity.start - NEAR) : count.quantity.start])[-1]
    after = CUT_RE.split(text[count.quantity.end : count.quantity.end + NEAR])[0]
    said = set(re.findall(r"[a-z]+", f"{before} {after}".lower()))
    return any(forms(w) & forms(s) for w in words for s in said if len(s) >= 3)


def member_part(words: list[str], earlier: list[Located]) -> Located | None:
    """The one count of ``earlier`` whose clause names the subject, or None."""
    found = [f for f in earlier if names_count(f, words)]
    return found[0] if len({f.quantity.mid for f in found}) == 1 else None


def member_whole(
    claim: Located, own: list[Located], before: list[Located]
) -> Located | None:
    """The whole: the one count of the share's sentence before it for "of them", the nearest
    earlier count labelled by the noun of "of the <noun>"."""
    text = claim.passage.text
    if OF_THEM_RE.match(text, claim.quantity.phrase_end):
        ahead = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
        return ahead[0] if len(ahead) == 1 else None
    m = OF_NOUN_RE.match(text, claim.quantity.phrase_end)
    if m is None:
        return None
    return next((f for f in before if labels(f, m.group(1).lower())), None)
