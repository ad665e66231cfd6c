"""A share said of one member of a list that was counted earlier: "Arvani supplied 27.8
percent of the deportees" after "23,418 persons for Arvani, 19,075 for Oshori, ... 84,316
altogether"; "Kaskela alone furnished 30.6 percent of the households, Ristikko 13.6 percent";
"Turks made up 77.2 percent of the whole" after "Turks numbered 65,120, Kurds 8,694 ...".

The sentence prints no count of its own. Its subject (a name, or a plural noun) is the
member; the member's count is the one printed beside that word before; the whole is the
total of the listing that count stands in: a count of that sentence the others add up to
("..., 3,612 households in all"; "2,915 in all: 1,240 ..., 1,108 ... and 567"), or, when
the listing prints none, a count printed before that equals the listing's sum. Both inputs
are named by the words, neither is found by its value.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

#: Where the share's clause opens: after ", while", "; ", ", and", " and NAME".
CLAUSE_OPEN_RE = re.compile(
    r",\s+(?:while|whereas|and)\s+|;\s+|:\s+|,\s+(?=[A-Z])|\s+and\s+(?=[A-Z])"
    r"|\s+and\s+(?=the\s+[a-z]{4,}\s*$)|\s+and\s+(?=that\s+of\s+[A-Z\u00c0-\u00de\u0100-\u017f])"
)
#: A lower-case letter of a place name, with the accented ones ("Bălţi", "Chişinău").
LOWER = "a-z\u00df-\u00f6\u00f8-\u00ff\u0100-\u017f"
#: The capital a place name opens with, with the accented ones ("Šiauliai", "Łódź").
UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f"
#: The subject heading the clause (one word: "Twenty-year terms" is no member's name), or
#: its share ("Arvani's share of the deportees came to"), an apposition or adverbs, then a
#: verb of holding right before the share, or the "for" of a verb gapped after a first
#: member ("Cetatea Albă accounted for 44.1 per cent, Tighina, second in size, for 24.5%").
LEAD_RE = re.compile(
    rf"^\s*(?:The\s+|the\s+)?(?P<name>[{UPPER}][{LOWER}]{{3,}}(?:[- ][{UPPER}][{LOWER}]+)?"
    rf"|[a-z]{{4,}}s)"
    r"(?:['’]s\s+(?:share|part|portion|contribution)(?:\s+of\s+[^,\d%]*?)?)?"
    r"(?:\s*,[^,\d%]*,)?\s*,?\s+"
    r"(?:(?:thus|alone|also|then|together|on (?:its|their) own|by (?:itself|themselves))\s+)*"
    r"(?:made up|make up|makes up|accounted for|took|received|registered|supplied|furnished|"
    r"gave|contributed|provided|formed|held|were|was|with|for|came to|amounted to|stood at)\s+"
    r"(?:(?:thus|only|alone|some|about|nearly|almost|over|just|no|not)\s+)*$"
)
#: The second share of a pair: "..., Ristikko 13.6 percent", "and Oshori 26.2%", "and the
#: isthmus 41.3%" (a common noun only with its article), "and that of Oshori 8.1%" (after a
#: first share said of a member's share: "Arvani's share was 9.2 percent").
BARE_NAME_RE = re.compile(
    rf"^\s*(?:the\s+|that\s+of\s+)?(?P<name>[{UPPER}][\w-]{{3,}}|(?<=the\s)[a-z]{{4,}})\s+$"
)
NOT_SUBJECTS = frozenset((
    "that", "this", "these", "those", "there", "their", "they", "then", "thus", "some",
    "most", "about", "nearly", "over", "under", "only", "among", "after", "before", "since",
    "when", "while", "with", "from", "into", "each", "every", "both", "such", "what",
))  # fmt: skip
#: Words between a name and its count: "Zilgan 24,360", "Akbulak received 1,862", "the
#: Porkkala lease area for 7,210".
NAME_THEN_COUNT = r"(?:\s+(?!and\b|or\b)[a-z]+){0,3}\s*$"


@dataclass(frozen=True, slots=True)
class MemberShare:
    """The member a share is said of, its count and the total of its listing."""

    name: str
    part: Located
    whole: Located
    listed_total: bool  # the whole is printed in the listing itself


def member_subject(text: str, sentence_start: int, share_start: int) -> str | None:
    """The name or plural noun the share's clause is said of, or None."""
    lead = text[sentence_start:share_start]
    opened = [m.end() for m in CLAUSE_OPEN_RE.finditer(lead)]
    clause = lead[opened[-1] :] if opened else lead
    m = BARE_NAME_RE.match(clause) if opened else None
    # the nearest opening whose clause reads as a subject and its verb: an "and" inside an
    # apposition ("Bălţi, where ... Romanian and Ukrainian ones, for 3.5 per cent") opens none
    for start in [*opened[::-1], 0] if m is None else ():
        m = LEAD_RE.match(lead[start:])
        if m is not None:
            break
    if m is None:
        return None
    name = m.group("name")
    return None if name.lower() in NOT_SUBJECTS else name


def names_count(f: Located, name: str) -> bool:
    """Whether the words right beside count ``f`` name ``name``: "Zilgan 24,360", "Turks
    numbered 65,120", "1,104 households in Kaskela", "27,350 Germans", "1,240 as
    specialists" (within the count's piece of its sentence)."""
    text = f.passage.text
    start, end = f.passage.sentences[f.sentence]
    q = f.quantity
    before = re.split(r"[,;:()]", text[start : q.phrase_start])[-1]
    if re.search(rf"\b{re.escape(name)}{NAME_THEN_COUNT}", before, re.I):
        return True
    after = re.split(r"[,;:()]|\.\s", text[q.end : end])[0]
    return re.match(rf"\s+(?:[a-z]+\s+){{0,2}}{re.escape(name)}\b", after, re.I) is not None


#: A name, an apposition between commas, and the verb of its count: "Ayvalik, with its oil
#: town and the villages behind it, sent 19,650" (no figure inside the apposition).
APPOSED_THEN_COUNT = r"\s*,[^,\d;:()]*,(?:\s+[a-z]+){1,3}\s*$"


def names_count_past_apposition(f: Located, name: str) -> bool:
    """Whether ``name`` heads the clause of count ``f`` across an apposition."""
    text = f.passage.text
    start, _ = f.passage.sentences[f.sentence]
    before = re.split(r"[;:()]", text[start : f.quantity.phrase_start])[-1]
    return re.search(rf"\b{re.escape(name)}{APPOSED_THEN_COUNT}", before) is not None


#: A share's whole described after it: "37.5 percent of the refugees from the five kazas".
OF_WHOLE_RE = re.compile(
    r"(?:\s*(?:per\s*cent|percent|%))?\s+of\s+(?:all\s+)?(?:the|its|their)\b[^,;:()\d]*$"
)


def in_whole_phrase(text: str, share_end: int, f: Located) -> bool:
    """Whether count ``f`` stands in the noun phrase that names the share's whole ("of the
    refugees from the five kazas"): it describes the whole, it is no part of the sentence's."""
    return f.quantity.start > share_end and OF_WHOLE_RE.match(
        text[share_end : f.quantity.start]) is not None  # fmt: skip


def member_count(name: str, before: list[Located]) -> Located | None:
    """The nearest count printed beside ``name`` among ``before`` (nearest first)."""
    return next((f for f in before if names_count(f, name)
                  or names_count_past_apposition(f, name)), None)  # fmt: skip


def bracketed(f: Located) -> bool:
    """Whether a count stands inside brackets of its sentence: "(register 4, folios 12 to
    31)" cites a source, it lists no member."""
    text = f.passage.text
    start, end = f.passage.sentences[f.sentence]
    opened = text.rfind("(", start, f.quantity.start)
    return (
        opened >= 0
        and text.rfind(")", start, f.quantity.start) < opened
        and (text.find(")", f.quantity.end, end) >= 0)
    )


def listing_whole(
    part: Located, listing: list[Located], before: list[Located]
) -> tuple[Located, bool] | None:
    """The total of the listing ``part`` stands in (its sentence's counts, in order), and
    whether the listing prints it: a count the counts on one side of it add up to, else a
    count printed before (``before``) equal to the listing's sum."""
    members = [f for f in listing if (f.quantity.unit in (part.quantity.unit, "")
               or f.quantity.unit_implied) and not bracketed(f)]  # fmt: skip
    if len(members) < 2:
        return None
    top = max(members, key=lambda f: f.quantity.mid)
    if top is not part:
        i = members.index(top)
        for side in (members[:i], members[i + 1 :]):
            if (
                len(side) >= 2
                and part in side
                and abs(sum(f.quantity.mid for f in side) - top.quantity.mid) < 0.5
            ):
                return top, True
    total = sum(f.quantity.mid for f in members)
    # a bare listing ("for 121,540, ... for 7,210") counts what the total it sums to names
    printed = next((f for f in before if f not in members and abs(f.quantity.mid - total) < 0.5
                    and (f.quantity.unit in (part.quantity.unit, "") or f.quantity.unit_implied
                         or not part.quantity.unit)), None)  # fmt: skip
    return (printed, False) if printed is not None else None


def member_share(
    text: str,
    sentence_start: int,
    share_start: int,
    before: list[Located],
    listing_of: dict[tuple[str, int], list[Located]],
) -> MemberShare | None:
    """The reading of a share said of a listed member (module docstring), or None.
    ``before``: the counts printed before the share, nearest first; ``listing_of``: every
    sentence's counts by (passage key, sentence index)."""
    name = member_subject(text, sentence_start, share_start)
    if name is None:
        return None
    part = member_count(name, before)
    if part is None:
        return None
    listing = listing_of.get((part.passage.key, part.sentence), [])
    found = listing_whole(part, listing, before)
    if found is None:
        return None
    whole, listed = found
    if whole.quantity.mid <= part.quantity.mid:
        return None
    return MemberShare(name, part, whole, listed)
