"""A count that is a share of a share of a named group: "Of the discharged invalids, 40 per
cent were under thirty. Within a year a quarter of those young men had died: 73 in number."
after "730 men as invalids", or "Women were 9 per cent of the camp contingent, and 70 per cent
of them served in Temlag: about 250 women." after "3,930 sentenced to camp terms".

The shares chain when each later one is "of these", "of those" or "of them"; the group the
first is of is named by its words ("Of the discharged invalids", "of the camp contingent",
"Of those who stayed") and found as the nearest earlier count those words follow ("730 men as
invalids", "the remaining 2,477 stayed"). Only a fit is reported: the group is found by its
name, but a name can be shared by several counts. Where the group is printed where the chain
opens ("Of the 51,320 refugees on the register, 64 percent ... and 70 percent of these ...,
about 23,000"), it is surely the whole, and a usual slip of the product is reported too.
"""

from __future__ import annotations

import re

from borderlands.figures.countedchains import noun_chain
from borderlands.figures.kinds import (
    Finding,
    Sentence,
    is_count,
    is_scale,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: A later share's link to the one before: "a quarter of those young men", "70 per cent of them",
#: "38 percent of it was taken", "60 percent of that from estates" ("that" as a pronoun: a
#: verb, a preposition or a stop after it, never the noun of "of that year").
LINKED_AFTER_RE = re.compile(
    r"^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:these|those|them"
    r"|(?:it|that)(?=\s*[,;.]|\s+(?:was|were|had|went|came|from|in|at|on|to|by|with)\b))\b",
    re.I,
)
#: The group a first share is of: "Of the discharged invalids," opening its sentence.
GROUP_BEFORE_RE = re.compile(
    r"^\s*(?:Since\s+)?Of\s+(?:the|those|these|that|this)\s+([\w\s-]{3,40}?),?\s*$"
)
#: ... or after it: "9 per cent of the camp contingent".
GROUP_AFTER_RE = re.compile(
    r"^\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the|all)\s+([a-z][\w\s-]{2,30}?)(?=[,.;:]|\s+and\b)"
)
#: A group printed where the chain opens: "Of the 51,320 refugees on the register, 64 percent".
OPENING_WHOLE_RE = re.compile(r"^\s*Of\s+(?:the|its|their|these|those)\s+$")
THAN_BEFORE_RE = re.compile(r"\bthan\s+(?:the\s+)?$")
STOP_WORDS = frozenset(["the", "those", "these", "who", "were", "was", "had", "been", "that",
                        "which", "with", "from", "into", "their", "them"])  # fmt: skip
#: The noun a count is printed "of", right before it: "a balance of 565 million lei".
NOUN_OF_BEFORE_RE = re.compile(r"\b([a-z]{4,})\s+of\s+$")
NAMED_AFTER = 30  # characters after an earlier count where the group's words may stand
TOLERANCE = 0.03  # rounded shares: the product may miss a figure "about" it by this much


def is_share(f: Located) -> bool:
    return f.quantity.unit in ("percent", "fraction") or f.quantity.kind == "fraction"


def fraction_of(f: Located) -> float:
    q = f.quantity
    return q.mid / 100 if q.unit == "percent" else q.mid


def share_text(f: Located) -> str:
    return f"{printed(f)}%" if f.quantity.unit == "percent" else printed(f)


def chain_before(s: Sentence, c: Located, previous: list[Located]) -> list[Located]:
    """The shares of ``c``'s sentence before it, and the last of the sentence before when the
    first of them is "of these"."""
    text = s.passage.text
    own = [
        f for f in s.figures
        if is_share(f) and f.quantity.end <= c.quantity.start
        and not THAN_BEFORE_RE.search(text[max(s.start, f.quantity.start - 10) : f.quantity.start])
    ]  # fmt: skip
    if not own:
        return []
    if LINKED_AFTER_RE.match(text[own[0].quantity.end : own[0].quantity.end + 24]):
        back = [f for f in previous if is_share(f)]
        if not back:
            return []
        own = [back[-1], *own]
    if any(not LINKED_AFTER_RE.match(text[b.quantity.end : b.quantity.end + 24]) for b in own[1:]):
        return []
    return own


def group_words(first: Located) -> list[str]:
    """The words that name the group the first share is of."""
    text = first.passage.text
    start = first.passage.sentences[first.sentence][0]
    m = GROUP_BEFORE_RE.match(text[start : first.quantity.start]) or GROUP_AFTER_RE.match(
        text[first.quantity.end : first.quantity.end + 50]
    )
    if m is None:
        return []
    return [w for w in re.findall(r"[a-z]{4,}", m.group(1).lower()) if w not in STOP_WORDS]


#: Words that name no group but the whole printed before: "51.8 percent of the whole".
WHOLE_WORDS = frozenset(("whole", "total"))
#: A sentence that opens with its whole: "Of the 1,867,000 hectares taken over, ...".
OPENED_BY_WHOLE_RE = re.compile(r"\s*Of\s+(?:the|its|their|all)\s+$")


def opening_whole_before(first: Located, pool: list[Located]) -> Located | None:
    """The count the sentence before ``first``'s opens with after "Of the", the whole a share
    "of the whole" is of."""
    text = first.passage.text
    n = first.sentence - 1
    if n < 0:
        return None
    start = first.passage.sentences[n][0]
    opening = [f for f in pool if f.passage is first.passage and f.sentence == n and is_count(f)]
    if not opening or not OPENED_BY_WHOLE_RE.fullmatch(text, start, opening[0].quantity.start):
        return None
    return opening[0]


def named_group(first: Located, pool: list[Located]) -> Located | None:
    """The nearest count before ``first`` that the group's words follow; for "of the
    whole", the whole its sentence before opens with."""
    words = group_words(first)
    if not words:
        return None
    if set(words) <= WHOLE_WORDS:
        return opening_whole_before(first, pool)
    text = first.passage.text
    stems = [w[: min(6, len(w) - 1)] for w in words]
    for f in reversed(pool):
        if f.raw_start >= first.raw_start or not is_count(f):
            continue
        after = text[f.quantity.end : f.quantity.end + NAMED_AFTER].lower()
        after = re.split(r"[,.;:]", after)[0]
        # or the noun the count is "of": "a balance of 565 million lei"
        before = NOUN_OF_BEFORE_RE.search(text, max(0, f.quantity.start - NAMED_AFTER),
                                          f.quantity.start)  # fmt: skip
        named = after + (" " + before.group(1).lower() if before else "")
        if any(st in named for st in stems):
            return f
    return None


#: A first share of the figure just printed: "58 percent of that figure", "of that sum".
THAT_FIGURE_RE = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:that|this|the\s+same)\s+"
    r"(?:figure|sum|total|amount|number)\b",
    re.I,
)


def pointed_group(first: Located, pool: list[Located]) -> Located | None:
    """The count a first share "of that figure" points back to: the nearest count before it
    in its sentence or the sentence before."""
    if THAT_FIGURE_RE.match(first.passage.text, first.quantity.end) is None:
        return None
    near = [f for f in pool if f.passage is first.passage and is_count(f)
            and first.sentence - 1 <= f.sentence <= first.sentence
            and f.raw_start < first.raw_start]  # fmt: skip
    return near[-1] if near else None


def own_linked_group(s: Sentence, c: Located) -> tuple[Located, list[Located]] | None:
    """(group, shares) when the first share before ``c`` is "of them" / "of these" and a
    count of the same sentence stands right before it, with no share between: "4,278 to the
    Alma-Ata oblast, where 62 percent of them ... and 30 percent of these ..., about 1,800".
    That count is the group, printed where the chain opens."""
    text = s.passage.text
    shares = [f for f in s.figures if is_share(f) and f.quantity.end <= c.quantity.start]
    if not shares or not LINKED_AFTER_RE.match(text[shares[0].quantity.end :
                                                    shares[0].quantity.end + 24]):
        return None
    if any(not LINKED_AFTER_RE.match(text[b.quantity.end : b.quantity.end + 24])
           for b in shares[1:]):  # fmt: skip
        return None
    counts = [f for f in s.counts if f.quantity.end <= shares[0].quantity.start]
    if not counts or counts[-1].quantity.mid != int(counts[-1].quantity.mid):
        return None
    return counts[-1], shares


def opening_whole(s: Sentence, first: Located) -> Located | None:
    """The count that opens the first share's sentence as the group it is of ("Of the
    51,320 refugees on the register, 64 percent ..."): the first count of the sentence, before
    the share, after "Of the"."""
    if first.sentence != s.index:
        return None
    counts = [f for f in s.counts if f.raw_start < first.raw_start]
    if not counts or counts[0].quantity.mid != int(counts[0].quantity.mid):
        return None
    w = counts[0]
    return w if OPENING_WHOLE_RE.match(s.passage.text[s.start : w.quantity.start]) else None


def share_chain(
    s: Sentence, before: Sentence | None, pool: list[Located], found: list[Finding]
) -> list[Finding]:
    """The counts of ``s`` no reading of ``found`` took that are a chain of shares of a named
    group. ``before``: the sentence before; ``pool``: the figures of the passage."""
    if not any(is_share(f) for f in s.figures):
        return []
    taken = {f.start for f in found}
    previous = list(before.figures) if before is not None else []
    out = []
    for c in s.counts:
        if c.quantity.start in taken:
            continue
        own = own_linked_group(s, c) if not is_scale(c) else None
        chain = own[1] if own else (chain_before(s, c, previous)
                                    or noun_chain(s, c, previous, is_share))  # fmt: skip
        if not chain:
            continue
        printed_group = own[0] if own else (opening_whole(s, chain[0]) if len(chain) > 1
                                            else None)  # fmt: skip
        group = printed_group or named_group(chain[0], pool) or pointed_group(chain[0], pool)
        if group is None and len(chain) == 1:  # "Of the farmland, 40 percent": of a share
            chain = noun_chain(s, c, previous, is_share)
            group = (named_group(chain[0], pool) or pointed_group(chain[0], pool)
                     if chain else None)  # fmt: skip
        if group is None:
            continue
        value = group.quantity.mid
        for f in chain:
            value *= fraction_of(f)
        q = c.quantity
        formula = " * ".join([printed(group), *(share_text(f) for f in chain)])
        if abs(value - q.mid) > max(q.step / 2, TOLERANCE * q.mid):
            # a group printed where the chain opens is surely its whole: a usual slip of the
            # count that closes the sentence shows (one of its size; not a measure in a clause)
            closes = c is s.counts[-1] and 0.5 < q.mid / value < 2
            slip = printed_group and closes and slip_finding(
                "chain", c, value, formula, (group, *chain), "the shares of the group",
                usual_only=True,
            )  # fmt: skip
            out += [slip] if slip else []
            continue
        out.append(Finding(
            "chain", q.start, q.end, q.mid, Verdict.consistent, formula, value, (group, *chain),
            f"{' of '.join(share_text(f) for f in reversed(chain))} of {printed(group)} is "
            f"{num(value)}",
        ))  # fmt: skip
    return out
