"""The unit a rate is per, named as the subject of its sentence: "An echelon thus carried about
1,320 persons and 34 wagons on average", "Each Bukovinian echelon held about 751 people".

The rate prints what it counts (its unit or the noun after it) but no "to a", "per" or "each"
after it: what it is per is the singular noun the sentence opens its clause with ("a", "an",
"each" or "every", an adjective allowed), before a verb of holding or carrying. The rate may be
the first of what the verb takes or a later one joined by "and" or a comma. The two nouns then
name the counts the rate is read on (``nounpairs``). A subject of a named group ("A Moldavian
wagon carried about 14 persons") is read only on counts that their sentences bind to that
group, in its paragraph or the ``GROUP_BACK`` before.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import Sentence
from borderlands.figures.passages import Located

#: "An echelon thus carried about ", "A Moldavian wagon carried ": the noun the rate is per and the
#: group it belongs to, then a verb of holding, then (for a later rate) what the verb took
#: before it
SUBJECT_RE = re.compile(
    r"(?:^|[,;]\s+|\band\s+)(?:[Aa]n?|[Ee]ach|[Ee]very)\s+(?:(?P<group>[A-Z][a-z]+)\s+)?"
    r"(?P<noun>[a-z]{3,})\s+"
    r"(?:(?:thus|then|therefore|so|also|on\s+average)\s+)?"
    r"(?:carried|held|took|housed|averaged|numbered|counted|brought|had)\s+"
    r"(?P<taken>[^.;:]*?)"
    r"(?:(?:about|some|nearly|roughly|almost|only|just|over|under)\s+)?$"
)
#: what the verb takes before the rate: earlier rates of the same subject, joined by "and" or
#: commas ("about 1,320 persons and ")
TAKEN_RE = re.compile(
    r"(?:(?:about|some|nearly|roughly|almost)\s+)?[\d,.]+\s+[a-z]+(?:,\s+|\s+and\s+)", re.IGNORECASE
)
GROUP_STEM = 6  # "Moldavian", "Moldavia" and "Moldavians" share six letters
#: an adjective of a people or a place ("Bukovinian", "Polish", "Chinese")
DEMONYM_RE = re.compile(r"\b[A-Z][a-z]+(?:ian|an|ish|ese|ic)s?\b")
GROUP_BACK = 3
LEAD = 90  # characters before a rate where its subject may stand


def subject_of(s: Sentence, r: Located) -> re.Match[str] | None:
    """The subject clause of a rate whose sentence names what it is per as the subject of a
    verb of holding whose object the rate is, or None."""
    text = s.passage.text
    q = r.quantity
    m = SUBJECT_RE.search(text[max(s.start, q.start - LEAD) : q.start])
    if m is None:
        return None
    taken = m.group("taken")
    return m if not taken or TAKEN_RE.fullmatch(taken) is not None else None


def subject_per_noun(s: Sentence, r: Located) -> str | None:
    """The noun a rate is per when its sentence names it as its subject, or None."""
    m = subject_of(s, r)
    return m.group("noun").lower() if m is not None else None


def subject_group(s: Sentence, r: Located) -> str | None:
    """The group a rate's subject belongs to ("A Moldavian wagon"), as the stem its other
    names share ("Moldavia", "the Moldavian deportees"), or None."""
    m = subject_of(s, r)
    group = m.group("group") if m is not None else None
    return group[:GROUP_STEM] if group else None


def bound_to(f: Located, group: str) -> bool:
    """Whether a count's sentence names ``group`` before it with no other group's adjective
    between ("The Moldavian deportees left in 26 echelons made up of 1,314 wagons, the
    Bukovinian ones in 9 echelons of 437 wagons": 1,314 is Moldavian, 437 is not)."""
    start = f.passage.sentences[f.sentence][0]
    before = f.passage.text[start : f.quantity.start]
    at = before.rfind(group)
    if at < 0:
        return False
    return not any(not m.group(0).startswith(group)
                   for m in DEMONYM_RE.finditer(before, at))  # fmt: skip
