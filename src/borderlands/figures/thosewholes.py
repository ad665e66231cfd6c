"""Shares whose whole is named by a participle or a noun of the same verb as a count before:
"Of those registered, the Uzbek SSR received 53,110 (63.3 percent)", "2,400 went to the
mines, 15 percent of those deported", "That was 24.7 percent of the 3,742 deported".

A historian names a whole by what was done to the people counted ("those registered",
"those who had arrived", "of the arrests") and has printed that count before, with the same
verb or noun beside it ("83,859 persons to register", "released 35,115 persons", "21,360
arrests"). The whole is the nearest earlier count whose own words share the stem, however many
sentences back (the paragraph and the few before): it is read from the words, not found by
trying values, so a fit is no chance fit.

The part is the count the share's own clause names: the one printed right before it ("53,110
(63.3 percent)", "2,400 went to the mines, 15 percent"), or, when the sentence opens by
pointing back ("That was 24.7 percent of the 3,742 deported"), the last count of the sentence
before.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from borderlands.figures.passages import Located

STEM = 5  # "arrived" and "arrivals", "registered" and "register", "deported" and "deportees"

#: "of those registered", "of all those who had arrived", "of those whom the troikas
#: sentenced" is not read (its verb has a subject of its own).
THOSE_RE = re.compile(
    r"\bof\s+(?:all\s+)?those\s+(?:who\s+(?:had\s+been\s+|have\s+been\s+|were\s+|had\s+|"
    r"have\s+)?)?([a-z]{5,})\b",
    re.I,
)

#: Right after a share: "of the arrests", "of all the deportees", "of the 3,742 deported",
#: "of the 13,000 who had arrived", "of the province's settlers".
OF_NOUN_RE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the|its|their)\s+(?:[a-z]+'s\s+)?(?:(\d[\d,.]*)\s+)?"
    r"(?:(?:who|that)\s+(?:had\s+been\s+|have\s+been\s+|were\s+|had\s+|have\s+)?)?([a-z]{5,})\b",
    re.I,
)

#: Words that say only "people" or "the whole": they name no verb, so no count by stem.
NOT_NAMING = frozenset((
    "total", "whole", "number", "persons", "people", "population", "figure", "first",
    "second", "third", "other", "others", "remaining", "above", "families", "households",
    "following", "previous", "same",
))  # fmt: skip

#: Nouns that say only who was counted: the participle after one names the whole by its verb
#: ("4.3 percent of the people loaded in 1947", "of the persons deported").
PEOPLE_NOUNS = frozenset(("persons", "people", "families", "households"))
PARTICIPLE_RE = re.compile(r"\s+([a-z]{3,}(?:ed|en))\b")

#: A sentence that opens by pointing back at the count of the sentence before.
POINTING_RE = re.compile(
    r"\s*(?:That|This|These)\s+(?:figure\s+|number\s+|total\s+)?(?:was|were|made|came\s+to|"
    r"amounted\s+to|represented|formed)\b"
)

#: Between a part and its share in one clause: no other figure but a year, no clause end
#: ("4,453 dead by the end of 1946, 11.0 percent").
PART_GAP_RE = re.compile(
    r"(?:[^\d%;:.()]|(?<![\d,.])1[89]\d\d(?![\d,.]\d)){0,80}[(,]\s*"
    r"(?:or\s+|some\s+|about\s+|nearly\s+)?"
)

#: A count's own words: up to four after it (past "of them" and the auxiliaries of its verb:
#: "19,840 of them had been sentenced") and three before, within its clause.
AFTER_RE = re.compile(
    r"(?:\s+of\s+(?:them|these|those))?(?:\s+(?:had|has|have|were|was|been|be))*"
    r"(?:\s+[a-z][a-z-]*){1,4}",
    re.I,
)
BEFORE_RE = re.compile(r"(?:[a-z][a-z-]*\s+){1,3}$", re.I)


@dataclass(slots=True)
class ThoseWhole:
    part: Located
    whole: Located
    word: str  # the word that names the whole ("registered", "arrests")


def stem(word: str) -> str:
    return word.lower()[:STEM]


def own_words(f: Located) -> set[str]:
    """The stems of the words a count is printed with: "released 35,115 persons" gives
    "relea" and "perso"."""
    text = f.passage.text
    q = f.quantity
    after = AFTER_RE.match(text, q.end)
    lead = text[max(0, q.phrase_start - 40) : q.phrase_start]
    # words right after another count are that count's ("1,642 families with 4,850 persons")
    before = None if re.search(r"\d", lead) else BEFORE_RE.search(lead)
    words = (after.group(0).split() if after else []) + (before.group(0).split() if before else [])
    return {stem(w) for w in words if len(w) >= STEM}


def naming_word(text: str, sentence_start: int, claim: Located) -> tuple[str, int | None] | None:
    """The word the claim's sentence names its whole with, and where a count printed with it
    ("of the 3,742 deported") ends, if one is; None when it names none by a verb or noun."""
    q = claim.quantity
    m = OF_NOUN_RE.match(text, q.phrase_end)
    if m is not None and m.group(2).lower() not in NOT_NAMING:
        return m.group(2), (m.end(1) if m.group(1) else None)
    done = PARTICIPLE_RE.match(text, m.end()) if m is not None else None
    if m is not None and done is not None and m.group(2).lower() in PEOPLE_NOUNS:
        return done.group(1), (m.end(1) if m.group(1) else None)
    for m in THOSE_RE.finditer(text, sentence_start, q.phrase_end + 60):
        if m.start() >= q.phrase_end and m.start() != q.phrase_end + 1:
            continue  # only right after the share, or before it in its sentence
        if m.group(1).lower() not in NOT_NAMING:
            return m.group(1), None
    return None


def named_by_participle(claim: Located) -> bool:
    """Whether the share names its whole by a people noun and the participle of what was done
    to them ("4.3 percent of the people loaded in 1947"): a whole the article states once,
    at the operation's count, and may be far back; its verb names it however far."""
    m = OF_NOUN_RE.match(claim.passage.text, claim.quantity.phrase_end)
    return (
        m is not None
        and m.group(2).lower() in PEOPLE_NOUNS
        and PARTICIPLE_RE.match(claim.passage.text, m.end()) is not None
    )


def those_whole(
    claim: Located,
    sentence_start: int,
    own: list[Located],
    before: list[Located],
    previous: list[Located],
    member: Located | None = None,
) -> ThoseWhole | None:
    """(part, whole) of a share whose whole its sentence names by a verb or noun counted
    before. ``own``: the counts of the claim's sentence; ``before``: the counts printed
    before it in its paragraph and the few before, nearest first; ``previous``: those of the
    sentence before, in text order; ``member``: the count of the listed member the sentence's
    subject names ("Sorokino ... held 16.5 percent of the province's settlers"), if any."""
    text = claim.passage.text
    q = claim.quantity
    named = (
        naming_word(text, sentence_start, claim)
        or part_noun(claim, own)
        or sibling_noun(claim, own)
    )
    if named is None:
        return None
    word, whole_end = named
    if whole_end is not None:  # "of the 3,742 deported": the whole is printed here
        printed = [f for f in own if f.quantity.end == whole_end]
        part = last_count(previous) if POINTING_RE.match(text, sentence_start) else None
        if not printed or part is None or any(f.quantity.start < q.start for f in own):
            return None
        return pair(part, printed[0], word)
    part = part_before(claim, own) or member
    if part is None:
        if POINTING_RE.match(text, sentence_start) is None or own:
            return None
        part = last_count(previous)
        if part is None:
            return None
    key = stem(word)
    wholes = [
        f for f in before
        if f is not part and f.raw_start < part.raw_start
        # a whole of the share's own sentence is read there, as its words say
        and (not in_sentence(f, claim) or PART_OF_NOUN_RE.match(text, part.quantity.end))
        and key in own_words(f) and not SHARED_PART_RE.match(f.passage.text, f.quantity.end)
    ]  # fmt: skip
    for i, f in enumerate(wholes):
        found = pair(part, f, word)
        if found is None:
            continue  # a smaller count of the same word is a part, not the whole
        if any(g.quantity.mid != f.quantity.mid and abs(g.quantity.mid / f.quantity.mid - 1) < 0.1
               for g in wholes[i + 1 :]):  # fmt: skip
            return None  # "7,400 exiles" on the roll, "7,320" on a recount: two wholes
        return found
    return None


#: The noun right after a count: "6,480 arrests (30.3 per cent)".
PART_NOUN_RE = re.compile(r"\s+([a-z]{5,})\b")


#: A part that says what it is a part of: "587 of the families, over a third,", "2,845 of
#: the sheltered fell ill, 28.4 percent".
PART_OF_NOUN_RE = re.compile(r"\s+of\s+(?:the|all\s+the)\s+([a-z]{5,})\b")


def part_noun(claim: Located, own: list[Located]) -> tuple[str, None] | None:
    """The noun of the part a share follows, when its words name no whole: "6,480 arrests
    (30.3 per cent)" is a share of the arrests counted before."""
    part = part_before(claim, own)
    if part is None:
        return None
    text = claim.passage.text
    m = PART_NOUN_RE.match(text, part.quantity.end)
    if m is None or m.group(1).lower() in NOT_NAMING:
        of = PART_OF_NOUN_RE.match(text, part.quantity.end)
        return (of.group(1), None) if of is not None else None
    return m.group(1), None


#: An earlier part of a run of parenthesised shares that names its noun: "6,480 arrests
#: (30.3 per cent)".
NAMED_SIBLING_RE = re.compile(
    r"\d[\d,]*\s+([a-z]{5,})\s+\((?:about\s+|some\s+)?\d[\d.]*\s*(?:per\s*cent|percent|%)\)"
)


def sibling_noun(claim: Located, own: list[Located]) -> tuple[str, None] | None:
    """The noun of the run a bare parenthesised share belongs to: "4,915 (23 percent)" after
    "6,480 arrests (30.3 per cent)" in its paragraph is a share of the same arrests."""
    part = part_before(claim, own)
    text = claim.passage.text
    if part is None or text[part.quantity.end : claim.quantity.phrase_start].strip() != "(":
        return None
    found = list(NAMED_SIBLING_RE.finditer(text, 0, part.quantity.start))
    if not found or found[-1].group(1).lower() in NOT_NAMING:
        return None
    return found[-1].group(1), None


#: A count printed with its own share is a part of a run, not the run's whole: "6,480 arrests
#: (30.3 per cent)", "28,470, or 33.9 percent".
SHARED_PART_RE = re.compile(
    r"(?:\s+[a-z]+)?\s*(?:\(|,\s*(?:or\s+)?)(?:about\s+|some\s+)?\d[\d.]*\s*(?:per\s*cent|percent|%)"
)


def in_sentence(f: Located, claim: Located) -> bool:
    return f.passage is claim.passage and f.sentence == claim.sentence


def pair(part: Located, whole: Located, word: str) -> ThoseWhole | None:
    if not 0 < part.quantity.mid < whole.quantity.mid:
        return None
    return ThoseWhole(part, whole, word)


def last_count(counts: list[Located]) -> Located | None:
    return counts[-1] if counts else None


def part_before(claim: Located, own: list[Located]) -> Located | None:
    """The count printed right before the share in its clause: "53,110 (63.3 percent)",
    "2,400 went to the mines, 15 percent"."""
    text = claim.passage.text
    before = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
    if not before:
        return None
    last = before[-1]
    if PART_GAP_RE.fullmatch(text, last.quantity.phrase_end, claim.quantity.phrase_start):
        return last
    return None


#: A sentence that opens with the group its share is of, set off by a comma: "The
#: glassworkers, 41 per cent of the specialists, were ...".
APPOSED_SUBJECT_RE = re.compile(r"\s*(?:The\s+)?(?P<name>[A-Za-z][a-z-]{4,})\s*,\s*$")


def apposed_subject(text: str, sentence_start: int, share_start: int) -> str | None:
    """The group a sentence opens with right before its share, set off by a comma."""
    m = APPOSED_SUBJECT_RE.fullmatch(text, sentence_start, share_start)
    return m.group("name") if m is not None else None
