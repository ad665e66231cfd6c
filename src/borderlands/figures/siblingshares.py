"""A share in the second clause of a sentence whose first clause gave a share of a listed
member: "Farmers made up 41.0 percent of the accused, and labourers, next after them, 27.5
percent"; "Ostrov gave 22.4 percent of them, while the two hill parishes of Dubki and Lesnoe
together gave 30.1 percent"; "..., and the carters on their own 6.2 per cent".

The second clause is a sibling of the first: its subject (one name or plural noun, or names
joined by "and") is another member of the same listing, its verb is the first clause's or is
left out, and its share is of the same whole. So the part is the count (or the sum of the
counts) printed beside those names in the sentence that holds the first share's part, and the
whole is the first share's whole. Both are read from the words: a name that labels no count,
or two different counts, of that sentence gives no reading.

A sentence said of several members together ("July and August alone brought 71.0% of them")
is read the same way on the listing whose counts those names label, with that listing's
total as its whole.
"""

from __future__ import annotations

import re

from borderlands.figures.membershares import NOT_SUBJECTS, names_count
from borderlands.figures.passages import Located

#: Where the second clause opens: ", and", ", while", ", whereas", ", but", "; ".
CLAUSE_OPEN_RE = re.compile(
    r",\s+(?:and|while|whereas|but)\s+|;\s+(?:and\s+|while\s+)?"
    r"|(?:(?<=percent)|(?<=per cent)|(?<=%))"  # "58.0 percent and the Kalmyks", or with
    r"(?:\s+of\s+(?:all\s+)?(?:the|its|their|them)(?:\s+[a-z]{3,}){0,2})?"  # the whole
    r"\s+and\s+"  # named once for both: "15.5 percent of the deportees and Ketchenery 21.9%"
)

_NAME = r"(?:[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)*|[a-z][a-z-]{3,}s(?:'\s+[a-z]{4,}s)?)"
#: The clause up to its share: an optional "the two hill parishes of", the names, an optional
#: apposition set off by commas, adverbs, at most one verb (or none: the verb of the first
#: clause is understood) and an approximation.
SIBLING_CLAUSE_RE = re.compile(
    r"\s*(?:the\s+)?(?:(?:two|three|four)\s+[a-z-]+(?:\s+[a-z-]+)?\s+of\s+)?"
    rf"(?P<names>{_NAME}(?:\s*(?:,\s*|\s+and\s+){_NAME})*)"
    r"(?:\s*,[^,\d%;:()]{1,60},)?\s*"
    r"(?:(?:together|alone|also|thus|in\s+turn|on\s+(?:its|their)\s+own|"
    r"by\s+(?:itself|themselves))\s*)*"
    r"(?:(?P<verb>[a-z]+(?:\s+(?:up|for|to))?)\s+)??"
    r"(?:(?:only|about|some|nearly|almost|just|roughly|over)\s+)*"
)

#: Verbs of holding a share; a clause with another verb ("rose", "fell") is no sibling.
HOLDING_VERBS = frozenset((
    "made up", "make up", "accounted for", "took", "received", "supplied", "furnished",
    "gave", "contributed", "provided", "formed", "held", "were", "was", "sent", "brought",
    "came to", "amounted to", "represented", "absorbed",
))  # fmt: skip


def sibling_names(text: str, sentence_start: int, share_start: int) -> tuple[list[str], int]:
    """The names the last clause before the share is said of, and where that clause opens;
    ``([], -1)`` when the clause is no sibling clause (no earlier clause, other words)."""
    lead = text[sentence_start:share_start]
    opened = [m.end() for m in CLAUSE_OPEN_RE.finditer(lead)]
    if not opened:
        return [], -1
    m = SIBLING_CLAUSE_RE.fullmatch(lead, opened[-1])
    if m is None or (m.group("verb") and m.group("verb") not in HOLDING_VERBS):
        return [], -1
    names = [n for n in re.split(r"\s*,\s*|\s+and\s+", m.group("names")) if n]
    if any(n.lower() in NOT_SUBJECTS or n.lower() in HOLDING_VERBS for n in names):
        return [], -1
    return names, sentence_start + opened[-1]


def sibling_parts(names: list[str], listing: list[Located]) -> list[Located] | None:
    """The count each name labels in the listing sentence ``listing``, or None when a name
    labels none or two different values."""
    parts: list[Located] = []
    for name in names:
        found = [f for f in listing if names_count(f, name)]
        if len({f.quantity.mid for f in found}) != 1:
            return None
        parts.append(found[0])
    if len({id(f) for f in parts}) != len(parts):
        return None
    return parts


#: A sentence said of two or more listed members together: "July and August alone brought
#: 71.0% of them", "Dubki and Lesnoe together gave 30.1 percent of the settlers".
JOINED_LEAD_RE = re.compile(
    r"\s*(?:The\s+)?(?P<names>[A-Z][\w'-]{2,}(?:\s*,\s*[A-Z][\w'-]{2,})*\s+and\s+"
    r"[A-Z][\w'-]{2,})\s+(?:(?:together|alone|between\s+them)\s+)?"
    r"(?P<verb>[a-z]+(?:\s+(?:up|for|to))?)\s+"
    r"(?:(?:only|about|some|nearly|almost|just|roughly|over)\s+)*"
)


def joined_member_names(text: str, sentence_start: int, share_start: int) -> list[str]:
    """The names of a sentence that opens "A and B [together] VERB" right before its share,
    or []."""
    m = JOINED_LEAD_RE.fullmatch(text, sentence_start, share_start)
    if m is None or m.group("verb") not in HOLDING_VERBS:
        return []
    return [n for n in re.split(r"\s*,\s*|\s+and\s+", m.group("names")) if n]


#: A share that names its whole: "63.3 percent of the families", "41.0 percent of the accused".
NAMES_WHOLE_RE = re.compile(r"\s+of\s+(?:all\s+)?(?:the|its|their)\s+[a-z]")


def whole_naming(text: str, share_ends: list[int]) -> int:
    """Of the earlier shares of a sentence (where each ends), the index of the first that
    names its whole, which the later clauses share ("A made up 63.3 percent of the families,
    while B and C together made up about one in five, and C on its own 7.8 percent": all of
    the families); else the last."""
    return next((i for i, end in enumerate(share_ends) if NAMES_WHOLE_RE.match(text, end)),
                len(share_ends) - 1)
