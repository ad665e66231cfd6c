"""A share of a whole that a list of counts adds up to, printed or not as one figure.

"Holders of passports numbered 15,420 (40.6%) and citizens 11,905; subjects came to 4,210,
and the rest to 6,425": the share is of the four groups the sentence lists, 37,960, whether or
not that sum is printed (or printed wrongly) as the total. So in "Lower Austria held 44.2
percent of them" after "31,240 in Lower Austria, 18,905 in Upper Austria, ... " the share is of
the list of the sentence before, and its part is the count its subject's name stands before.

The list is three or more counts of one unit in one sentence; a last count near the others'
sum or above it is their printed total (right or slipped) and no part. Only a fit is read
(the parts are the sentence's own, but which of them a share's whole takes is read from the
arithmetic): no slip is judged.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

MIN_PARTS = 3
TOTAL_SHARE = 0.8  # a last count this large beside the others before it is their total
BRACKET_GAP_RE = re.compile(r"\s*(?:of\s+them\s*)?\(\s*$")  # "15,420 (", "28,915 of them ("
NAME_RE = re.compile(r"\b([A-Z][a-z]{3,}(?:[- ][A-Z][a-z]+)?)")
NAME_BEFORE = 40  # characters either side of a listed count where its holder's name stands
NOT_NAMES = frozenset(("The", "This", "That", "These", "Those", "Its", "Their", "Of", "In",
                       "Between", "From", "Among", "With", "There"))  # fmt: skip


def list_parts(counts: list[Located]) -> list[Located]:
    """The counts of one sentence that are parts of one list: three or more of the unit most
    of them have, without a printed total (a count as large as the others together)."""
    if len(counts) < MIN_PARTS:
        return []
    units = [f.quantity.unit for f in counts if f.quantity.kind != "range"]
    if not units:
        return []
    unit = max(units, key=units.count)  # "(lists 31 to 33) records 702 households, ...": no part
    parts = [f for f in counts if f.quantity.unit == unit and not f.quantity.approx]
    if len(parts) > MIN_PARTS and parts[-1].quantity.mid >= TOTAL_SHARE * sum(
        f.quantity.mid for f in parts[:-1]
    ):
        parts = parts[:-1]  # "..., 60,648 in all": the printed total, right or slipped
    return parts if len(parts) >= MIN_PARTS else []


def bracketed_part(claim: Located, own: list[Located]) -> Located | None:
    """The count a bracketed share follows: "15,420 (40.6%)"."""
    text = claim.passage.text
    before = [f for f in own if f.quantity.end <= claim.quantity.start]
    if not before:
        return None
    last = before[-1]
    return last if BRACKET_GAP_RE.fullmatch(text, last.quantity.end, claim.quantity.start) else None


def named_part(claim: Located, sentence: str, parts: list[Located]) -> Located | None:
    """The listed count whose holder's name opens the share's sentence ("Lower Austria held
    44.2 percent" and "31,240 in Lower Austria" or "Dzhambul received 16,312")."""
    names = [m.group(1) for m in NAME_RE.finditer(sentence[:80]) if m.group(1) not in NOT_NAMES]
    if not names:
        return None
    name = names[0]
    text = parts[0].passage.text
    lo, hi = parts[0].passage.sentences[parts[0].sentence]  # a name past its sentence: none
    hits = [
        f for f in parts
        if name in text[max(lo, f.quantity.start - NAME_BEFORE) : f.quantity.start]
        .split(",")[-1] + text[f.quantity.end : min(hi, f.quantity.end + NAME_BEFORE)]
        .split(",")[0]
    ]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


#: a share that says what it is of: "29.6 percent of the families", "44.2 percent of them"
OF_AFTER_RE = re.compile(r"\s*(?:per\s*cent|percent|%)?\s*of\b", re.I)
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)


def respective_part(claim: Located, sentence: str, parts: list[Located]) -> Located | None:
    """The listed count whose place in a list of names matches the place of the name that
    opens the share's sentence, when the counts are given "respectively" ("five groups:
    Alsk, Borovo and Kedr. They took 410, 330 and 290 households respectively"). The names
    stand in the counts' sentence before the first count, or in the sentence before it."""
    passage = parts[0].passage
    lo, hi = passage.sentences[parts[0].sentence]
    if RESPECTIVELY_RE.search(passage.text, parts[-1].quantity.end, hi) is None:
        return None
    names = [m.group(1) for m in NAME_RE.finditer(sentence[:80]) if m.group(1) not in NOT_NAMES]
    if not names:
        return None
    spans = [(lo, parts[0].quantity.start)]
    if parts[0].sentence > 0:
        spans.append(passage.sentences[parts[0].sentence - 1])
    for start, end in spans:
        listed = [m.group(1) for m in NAME_RE.finditer(passage.text, start, end)
                  if m.group(1) not in NOT_NAMES]  # fmt: skip
        tail = listed[-len(parts):]
        if len(tail) == len(parts) and len(set(tail)) == len(tail) and names[0] in tail:
            return parts[tail.index(names[0])]
    return None


def total_printed(counts: list[Located], parts: list[Located], earlier: frozenset[float]) -> bool:
    """Whether the whole of ``parts`` is printed: as a total closing their sentence (right or
    slipped: a count after them as large as most of their sum) or as a count before."""
    whole = sum(f.quantity.mid for f in parts)
    closing = [f for f in counts if f.quantity.start > parts[-1].quantity.start]
    return whole in earlier or any(f.quantity.mid >= TOTAL_SHARE * whole for f in closing)


def listed_whole(
    claim: Located, sentence: str, own: list[Located], before: list[list[Located]],
    earlier: frozenset[float] = frozenset(),
) -> tuple[Located, list[Located]] | None:
    """(the share's part, the listed parts whose sum is its whole), or None. ``own``: the
    counts of the share's sentence; ``before``: those of the sentences before it, nearest
    first: the nearest that lists counts and names the share's member is read, when the
    share's words say what it is of or the list's sum is printed (as its total, or among the
    ``earlier`` counts): a bare "Zarya took 33.3 percent" makes up no whole."""
    parts = list_parts(own)
    if parts:
        part = bracketed_part(claim, own)
        return (part, parts) if part is not None and part in parts else None
    if own:
        return None
    said_of = OF_AFTER_RE.match(claim.passage.text, claim.quantity.end) is not None
    for counts in before:
        parts = list_parts(counts)
        if not parts:
            continue
        if not said_of and not total_printed(counts, parts, earlier):
            return None  # "Zarya took 33.3 percent.": no whole is named nor printed
        part = named_part(claim, sentence, parts) or respective_part(claim, sentence, parts)
        if part is not None:
            return part, parts
    return None
