"""Comparisons, superlatives and ranks of named things whose figures were listed earlier:
"A lost 874 of its 5,180, B 611 of 3,460 ..." then "more likely to die in B than in A",
"the lowest death rate of the four", "B's rate came second only to that of A", "ranked A, B,
C and D" by size; or "31,200 arrived in June, 38,450 in July ..." then "July was the busiest
month, and June second only to July".

A *group* is one sentence's list of named entries: each entry a clause (between commas,
semicolons, colons or "and") holding one count, or a pair "x of (its) y". An entry is named by
the words of its clause that no other entry of the group shares ("Solikamsk", "railway
troops", "June"). A claim names entries by those words; it is checked on the nearest earlier
group holding every entry it names. Pairs are compared by their rates x / y when the claim
speaks of likelihood, rates or shares, by their wholes y when it speaks of size, and by x
otherwise. A count equal to the sum of the others (a total) is no entry.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from functools import lru_cache

from borderlands.figures.frequencymultiples import FREQUENCY_AFTER_RE
from borderlands.figures.groupnouns import same_noun_entries
from borderlands.figures.listranks import is_reference
from borderlands.figures.listrests import is_rest_or_whole
from borderlands.figures.mannercompare import says_manner
from borderlands.figures.passages import Located
from borderlands.figures.rankscope import ordinal_superlative
from borderlands.figures.runwholes import sums_a_run
from borderlands.figures.spanwholes import spans_the_others
from borderlands.figures.superlativesubject import (
    rank_subject_text,
    subject_before_insertion,
    subject_text,
)

STEM = 6
SEGMENT_RE = re.compile(r",\s|;\s|:\s|\s+and\s+|\s+against\s+|\(|\)")
WORD_RE = re.compile(r"[A-Za-z][A-Za-z-]+")
PAIR_GAP_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|out of)\s+(?:the\s+|its\s+|their\s+)?")
_STOP_WORDS = """
the and of to in at by for from with was were had has have its their his her this that these
those who which than into out per each all also only been being more less most least fewer
same other over under about some nearly almost thus then there them they while when where
what would could should between among against came went
"""
STOP = frozenset(_STOP_WORDS.split())
#: stems of the words that name a count the whole of a list ("wrote the total as 14,730")
TOTAL_STEMS = frozenset(("total", "altoge", "whole", "overal"))
RATE_WORDS_RE = re.compile(
    r"\b(?:likely|rate|rates|mortality|proportion|share|percent|per cent)\b", re.I
)
SIZE_WORDS_RE = re.compile(r"\b(?:by size|in size|largest stream|size)\b", re.I)
ABSOLUTE_RE = re.compile(r"\b(?:absolute|in numbers|by number)\b", re.I)
COMPARE_RE = re.compile(
    r"\b(more likely|less likely|higher|lower|larger|smaller|greater|fewer|more|less)\b", re.I
)
SUPERLATIVE_RE = re.compile(
    # "had its largest warehouse" is one of its own; "the second largest" a rank, read so
    r"(?<!\bits )(?<!\btheir )(?<!second )(?<!third )(?<!fourth )(?<!fifth )"
    r"\b(lowest|highest|largest|smallest|biggest|greatest|busiest|quietest|heaviest|lightest|"
    r"most likely|least likely)\b",
    re.I,
)
SECOND_ONLY_RE = re.compile(r"\bsecond only to\b", re.I)
RANK_RE = re.compile(
    r"\b(?:came|ranked|stood|was|were|placed|lay)\s+(?:the\s+)?(second|third|fourth|fifth)\b",
    re.I,
)
RANKED_LIST_RE = re.compile(r"\branked\s+(?!second|third|fourth|fifth|first)(.+?)\.?\s*$", re.I)
#: "A accounted for most of the deaths in the four streams": A's share of the group's total.
MOST_RE = re.compile(
    r"\b(the (?:great|vast) majority|most|more than half|over half) of the\b", re.I
)
#: words that name a figure of any group ("November's figure was twice December's")
GENERIC_STEMS = frozenset(("figure", "figures", "total", "totals", "count", "number", "tally",
                           "amount", "level", "intake", "record", "entry", "return"))
#: A superlative of an amount a head ("the largest allotments", "the smallest rations"):
#: a rate of two counts, never judged on bare counts of the things it is shared among.
PER_HEAD_AFTER_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:allotments?|rations?|holdings?|plots?|portions?|average|"
    r"per (?:head|family|household|capita))\b",
    re.I,
)
RANKS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}
UP = frozenset(("more likely", "higher", "larger", "greater", "more"))
HIGH = frozenset(
    ("highest", "largest", "biggest", "greatest", "busiest", "heaviest", "most likely")
)


@dataclass(slots=True)
class Entry:
    """One named entry of a group: its count (or pair) and the stems that name it."""

    stems: frozenset[str]
    count: Located
    whole: Located | None = None

    def value(self, measure: str) -> float:
        x = self.count.quantity.mid
        if self.whole is None:
            return x
        y = self.whole.quantity.mid
        return {"rate": x / y, "size": y}.get(measure, x)

    def shown(self, measure: str) -> str:
        x = self.count.quantity.text
        if self.whole is None or measure == "count":
            return x
        if measure == "size":
            return self.whole.quantity.text
        return f"{x} / {self.whole.quantity.text}"


def stems_of(text: str) -> set[str]:
    """The stems of the words that may name an entry; a capitalised word's stem is marked
    with a leading capital ("Tara", "June" weigh more than "settlers")."""
    out: set[str] = set()
    for w in WORD_RE.findall(text.replace("’s", "").replace("'s", "")):
        lw = w.lower()
        if len(lw) >= 3 and lw not in STOP:
            out.add(lw[:STEM].capitalize() if w[0].isupper() else lw[:STEM])
    return out


#: One entry before it is named: its words, its count, its whole (for a pair).
RawEntry = tuple[set[str], Located, Located | None]


def entries_of(text: str, start: int, end: int, counts: list[Located]) -> list[RawEntry]:
    """The entries of one sentence (``text[start:end]``, its ``counts`` in order): each
    clause holding one count, or a pair "x of (its) y"; pairs only, when there are any."""
    cuts = [start, *(m.end() for m in SEGMENT_RE.finditer(text, start, end)), end]
    segments = [(a, b) for a, b in itertools.pairwise(cuts) if b > a]
    raw: list[RawEntry] = []
    counts = [f for f in counts if not is_reference(text, f)]
    for a, b in segments:
        inside = [f for f in counts if a <= f.quantity.start and f.quantity.end <= b]
        if len(inside) == 1:
            words = text[a:b].replace(inside[0].quantity.text, " ")
            raw.append((stems_of(words), inside[0], None))
        elif len(inside) == 2:
            x, y = inside
            gap = text[x.quantity.end : y.quantity.start]
            if PAIR_GAP_RE.fullmatch(gap) and 0 < x.quantity.mid < y.quantity.mid:
                words = text[a:b].replace(x.quantity.text, " ").replace(y.quantity.text, " ")
                raw.append((stems_of(words), x, y))
    pairs = [r for r in raw if r[2] is not None]
    return pairs if pairs else raw


def named_group(raw: list[RawEntry]) -> list[Entry]:
    """The entries named by the words no other entry shares; empty unless two are named.
    A count equal to the sum of the others (a total) is no entry, nor one of another noun."""
    raw = same_noun_entries(raw)
    total = sum(r[1].quantity.mid for r in raw)
    # only an approximate count ("about 300") is a total within its rounding: a plain "300"
    # is no total of 200 and 150
    raw = [r for r in raw if abs(2 * r[1].quantity.mid - total)
           > (r[1].quantity.step / 2 if r[1].quantity.approx else 0) + 1e-9]  # fmt: skip
    values = [r[1].quantity.mid for r in raw]
    raw = [r for i, r in enumerate(raw) if len(raw) < 4 or not sums_a_run(values, i)]
    # "and the clerk wrote the total as 14,730": a clause that names its count a total is
    # the whole of the rest even when a slip keeps it from being their sum
    top = max((r[1].quantity.mid for r in raw), default=0.0)
    raw = [r for r in raw if not (TOTAL_STEMS & r[0] and r[1].quantity.mid == top)]
    seen: dict[str, int] = {}
    for stems, _, _ in raw:
        for s in stems:
            seen[s] = seen.get(s, 0) + 1
    entries = [Entry(frozenset(s for s in stems if seen[s] == 1), x, y) for stems, x, y in raw]
    named = [e for e in entries if e.stems]
    # "They gave 640, 515, 480, 350 and 290 recruits": a list of bare counts is named
    # elsewhere (by a run of names before it), not by the odd word beside two of them
    return named if len(named) >= 2 and 2 * len(named) >= len(entries) else []


@dataclass(slots=True)
class Named:
    """An entry a text names: where, and whether by a capitalised name (else a plain word)."""

    at: int
    entry: Entry
    strong: bool


@lru_cache(maxsize=64)
def words_at(text: str) -> tuple[tuple[int, str], ...]:
    """The words of ``text`` as stems, with their offsets: asked for once per group tried on
    the same sentence (:func:`group_naming`), so remembered."""
    return tuple((m.start(), m.group().replace("’s", "").replace("'s", "").lower()[:STEM])
                 for m in WORD_RE.finditer(text))  # fmt: skip


def named_in(text: str, group: list[Entry]) -> list[Named]:
    """The entries of ``group`` that ``text`` names: by a capitalised name of the entry
    where one is printed, else by another word only it has ("the oil trust")."""
    found: list[Named] = []
    words = words_at(text)
    for e in group:
        names = {x.lower() for x in e.stems if x[:1].isupper()}
        others = {x for x in e.stems if not x[:1].isupper()} - names
        at = next((pos for pos, w in words if w in names), None)
        if at is not None:
            found.append(Named(at, e, True))
        elif (at := next((pos for pos, w in words if w in others), None)) is not None:
            found.append(Named(at, e, False))
    return sorted(found, key=lambda n: n.at)


def one(named: list[Named]) -> Entry | None:
    """The one entry named; of two or more, the one named by a name, if only one is."""
    if len(named) > 1:
        named = [n for n in named if n.strong]
    return named[0].entry if len(named) == 1 else None


def measure_of(text: str, group: list[Entry]) -> str:
    if group[0].whole is None:
        return "count"
    if SIZE_WORDS_RE.search(text):
        return "size"
    if ABSOLUTE_RE.search(text):
        return "count"
    return "rate" if RATE_WORDS_RE.search(text) else "count"


@dataclass(slots=True)
class RankClaim:
    """A comparison, superlative or rank found in a sentence, checked on one group."""

    start: int  # offsets of the claim's words in the passage text
    end: int
    word: str
    holds: bool
    measure: str
    entries: tuple[Entry, ...]
    explanation: str
    intended: str | None
    kind: str = "comparison"  # or "fraction" (a majority of the group's total), "multiple"


def clauses(text: str) -> list[tuple[int, int]]:
    cuts = [0, *(m.end() for m in re.finditer(r",\s|;\s|\s+and\s+", text)), len(text)]
    return [(a, b) for a, b in itertools.pairwise(cuts) if b > a]


#: Any word a claim of this module needs: sentences without one are not read.
CUE_WORDS = (
    "than", "lowest", "highest", "largest", "smallest", "biggest", "greatest", "busiest",
    "quietest", "heaviest", "lightest", "second", "third", "fourth", "fifth", "ranked", "most",
    "least", "majority", "half", "times", "twice",
)  # fmt: skip
CUE_RE = re.compile(r"\b(?:" + "|".join(CUE_WORDS) + r")\b", re.I)
#: CUE_RE needs one of CUE_WORDS as a whole word (the sentences' shared first test).
CUE_WORD_SET = frozenset(CUE_WORDS)


def claims_in(text: str, offset: int, groups: list[list[Entry]]) -> list[RankClaim]:
    """Every comparison, superlative and rank in the sentence ``text`` (at ``offset`` in its
    passage), each on the nearest group (``groups``, nearest first) naming its entries."""
    out: list[RankClaim] = []
    ranked = RANKED_LIST_RE.search(text)
    if ranked is not None:
        out += ranked_list(text, offset, ranked, groups)
        return out
    for a, b in clauses(text):
        clause = text[a:b]
        for m in SUPERLATIVE_RE.finditer(clause):
            claim = superlative(text, clause, a, m, offset, groups)
            if claim is not None:
                out.append(claim)
        second = SECOND_ONLY_RE.search(clause) or RANK_RE.search(clause)
        if second is not None:
            claim = rank(text, clause, a, second, offset, groups)
            if claim is not None:
                out.append(claim)
    for a, b in clauses(text):
        most = MOST_RE.search(text, a, b)
        if most is not None:
            claim = majority(text[a:b], a, most, offset, groups)
            if claim is not None:
                out.append(claim)
    out += named_multiples(text, offset, groups)
    for a, b in comparison_spans(text):
        span = text[a:b]
        than = re.search(r"\bthan\b", span)
        cue = COMPARE_RE.search(span, 0, than.start()) if than else None
        if than is not None and cue is not None:
            claim = comparison(span, cue, than.start(), offset + a, groups)
            if claim is not None:
                out.append(claim)
    return out


#: Where a comparison ends when another follows it in the sentence: "A was more likely to
#: die than B, and the rate of C was lower than that of D".
COMPARISON_END_RE = re.compile(r",\s+and\s+|;\s+|,\s+while\s+|,\s+whereas\s+")


def comparison_spans(text: str) -> list[tuple[int, int]]:
    """The stretches of a sentence holding one "than" each: a comparison runs to the clause
    break after its "than" when another "than" follows, else to the sentence's end."""
    thans = [m.start() for m in re.finditer(r"\bthan\b", text)]
    spans: list[tuple[int, int]] = []
    start = 0
    for i, t in enumerate(thans):
        cut = COMPARISON_END_RE.search(text, t) if i + 1 < len(thans) else None
        end = cut.start() if cut is not None and cut.start() < thans[i + 1] else len(text)
        if i + 1 < len(thans) and end == len(text):
            continue  # no break between the two: read once, on the first "than"
        spans.append((start, end))
        start = cut.end() if cut is not None else end
    return spans or [(0, len(text))]


def group_naming(text: str, groups: list[list[Entry]], least: int) -> list[Entry] | None:
    """The nearest group naming at least ``least`` of its entries in ``text``; a claim about
    rates ("the lowest rate of sickness") is never judged on a group of bare counts."""
    rates_said = RATE_WORDS_RE.search(text) is not None
    return next(
        (g for g in groups if len(named_in(text, g)) >= least
         and not (rates_said and g[0].whole is None)),
        None,
    )  # fmt: skip


#: a figure printed in a comparison's own words (a year is none)
NUMBER_RE = re.compile(r"(?<![\d,.])(?!(?:18|19|20)\d\d\b)\d[\d,.]*")


#: a count printed right before a comparative, the subject's own side: "1,530 persons, fewer"
OWN_COUNT_BEFORE_RE = re.compile(
    r"(?<![\d,.])(\d[\d,.]*\d|\d)(?:\s+[a-z]+){0,2}?,?\s+(?:[a-z]+\s+)?$"
)


def comparison(
    text: str, cue: re.Match[str], than: int, offset: int, groups: list[list[Entry]]
) -> RankClaim | None:
    if len(NUMBER_RE.findall(text, cue.end())) >= 2:
        return None  # "higher in A, with 612 of 5,532, than in B, with 689 of 9,217": its own
    group = group_naming(text, groups, 2)
    if group is None:
        return None
    named = named_in(text, group)
    a = one([n for n in named if n.at < than])
    b = one([n for n in named if n.at > than])
    if a is None or b is None:
        return None
    own = OWN_COUNT_BEFORE_RE.search(text, 0, cue.start())
    if own is not None and own.group(1) != a.count.quantity.text:
        return None  # "Harju lost 1,530, fewer than Tartu": its side is its own printed count
    manner = says_manner(text, cue.end())
    noun = None if manner else NOUN_AFTER_CUE_RE.match(text, cue.end())
    if noun is not None and noun.group(1).lower()[:STEM] not in around(a.count):
        return None  # "fewer petitions": the group counts something else
    measure = "rate" if manner and group[0].whole is not None else measure_of(text, group)
    if a.value(measure) == b.value(measure):
        return None
    word = cue.group(1).lower()
    holds = (a.value(measure) > b.value(measure)) == (word in UP)
    why = f"{a.shown(measure)} against {b.shown(measure)}"
    return RankClaim(
        offset + cue.start(),
        offset + cue.end(),
        word,
        holds,
        measure,
        (a, b),
        why,
        None if holds else "the reverse",
    )


def around(f: Located) -> str:
    """The sentence of a listed count and the one before it, lowercased."""
    spans = f.passage.sentences
    start = spans[max(0, f.sentence - 1)][0] if spans else 0
    end = spans[f.sentence][1] if spans else len(f.passage.text)
    return f.passage.text[start:end].lower()


#: The noun a comparison counts: "fewer women than", "more petitions than".
NOUN_AFTER_CUE_RE = re.compile(r"\s+(?!likely\b|often\b|than\b|of\b)([a-z]{3,})\b")


def ranked_members(group: list[Entry], entry: Entry | None) -> list[Entry]:
    """The entries a rank or superlative is said among: a rest of the list or its whole
    ("21,344 more in the rural districts", "90,836 together") is no side, unless it is
    the entry the words rank ("and the others the highest of all")."""
    return [e for e in group if e is entry or not (
        is_rest_or_whole(e.count) or spans_the_others(e.count, len(group) - 1))]


def ordered(group: list[Entry], measure: str) -> list[Entry]:
    return sorted(group, key=lambda e: -e.value(measure))


def superlative(
    text: str, clause: str, at: int, m: re.Match[str], offset: int, groups: list[list[Entry]]
) -> RankClaim | None:
    naming = subject_text(text, at, at + m.start(), at + m.end(), at + len(clause))
    before = subject_before_insertion(text, at) if group_naming(naming, groups, 1) is None else None
    naming = naming if before is None else before + naming
    group = group_naming(naming, groups, 1)
    if group is None:
        return None
    if group[0].whole is None and PER_HEAD_AFTER_RE.match(clause, m.end()):
        return None
    entry = one(named_in(naming, group))
    if entry is None or ordinal_superlative(clause, m.start()):
        return None
    group = ranked_members(group, entry)
    measure = measure_of(text, group)
    word = m.group(1).lower()
    order = ordered(group, measure)
    top = order[0] if word in HIGH else order[-1]
    holds = top is entry
    why = ", ".join(e.shown(measure) for e in order)
    return RankClaim(
        offset + at + m.start(),
        offset + at + m.end(),
        word,
        holds,
        measure,
        tuple(order),
        f"in order: {why}",
        None if holds else f"not the {word}",
    )


def rank(
    text: str, clause: str, at: int, m: re.Match[str], offset: int, groups: list[list[Entry]]
) -> RankClaim | None:
    group = group_naming(clause, groups, 1)
    if group is None:
        return None
    named = named_in(clause, group)
    measure = measure_of(text, group)
    if m.re is SECOND_ONLY_RE:
        first = one([n for n in named if n.at < m.start()])
        second = one([n for n in named if n.at > m.end()])
        if first is None or second is None:
            return None
        entry, above = first, second
        order = ordered(ranked_members(group, None), measure)
        if not any(e is entry for e in order) or not any(e is above for e in order):
            return None
        holds = order.index(entry) == 1 and order[0] is above
        word = "second only to"
    else:
        only = one(named_in(rank_subject_text(text, at + m.start(), at + m.end()), group))
        if only is None:
            return None
        entry, above = only, None
        group = ranked_members(group, entry)
        word = m.group(1).lower()
        order = ordered(group, measure)
        holds = order.index(entry) + 1 == RANKS[word]
    place = order.index(entry) + 1
    names = {1: "first", 2: "second", 3: "third", 4: "fourth", 5: "fifth"}
    why = ", ".join(e.shown(measure) for e in order)
    return RankClaim(offset + at + m.start(), offset + at + m.end(), word, holds, measure,
                     tuple(order), f"in order: {why}",
                     None if holds else names.get(place, str(place)))  # fmt: skip


def ranked_list(
    text: str, offset: int, m: re.Match[str], groups: list[list[Entry]]
) -> list[RankClaim]:
    listed = m.group(1)
    items = [p for p in re.split(r",\s*|\s+and\s+", listed) if p.strip()]
    for group in groups:
        named = []
        for item in items:
            hit = one(named_in(item, group))
            if hit is None:
                break
            named.append(hit)
        else:
            if len(named) == len(group) >= 3:
                measure = "size" if group[0].whole is not None else "count"
                if not SIZE_WORDS_RE.search(text) and group[0].whole is not None:
                    measure = measure_of(text, group)
                order = ordered(group, measure)
                holds = order == named
                start = offset + m.start()
                by_entry = {id(e): item.strip() for e, item in zip(named, items, strict=True)}
                right = ", ".join(by_entry[id(e)] for e in order)
                return [RankClaim(start, start + len("ranked"), "ranked", holds, measure,
                                  tuple(order), "in order: "
                                  + ", ".join(e.shown(measure) for e in order),
                                  None if holds else right)]  # fmt: skip
    return []


def majority(
    clause: str, at: int, m: re.Match[str], offset: int, groups: list[list[Entry]]
) -> RankClaim | None:
    """ "A accounted for most of the deaths in the four streams": A's count against the sum
    of the counts of the group naming A (more than half; "the great majority" more than
    three-quarters)."""
    group = group_naming(clause, groups, 1)
    if group is None:
        return None
    entry = one(named_in(clause, group))
    if entry is None:
        return None
    total = sum(e.count.quantity.mid for e in group)
    share = entry.count.quantity.mid / total
    word = m.group(1).lower()
    floor = 0.75 if "majority" in word else 0.5
    holds = floor < share <= 1
    why = (f"{entry.count.quantity.text} of the {len(group)} entries' "
           f"{total:,.0f} is {share * 100:.1f} percent")  # fmt: skip
    return RankClaim(offset + m.start(1), offset + m.end(1), word, holds, "count",
                     tuple(group), why, None if holds else share_words(share),
                     "fraction")  # fmt: skip


def share_words(share: float) -> str:
    """A share as an author would put it: "nearly half", "about a third"."""
    words = {1 / 4: "a quarter", 1 / 3: "a third", 1 / 2: "half", 2 / 3: "two-thirds",
             3 / 4: "three-quarters"}  # fmt: skip
    near = min(words, key=lambda f: abs(f - share))
    if share < near and near - share <= 0.1 * near:
        return f"nearly {words[near]}"
    if share > near and share - near <= 0.1 * near:
        return f"over {words[near]}"
    return f"{share * 100:.0f} percent"


#: "nearly eight times as likely as a civilian", "three times more likely than".
TIMES_LIKELY_RE = re.compile(
    r"\s*times\s+(?:as likely as|more likely than|as often as|the rate of|(that|those) of|"
    r"as high as|higher than)\b",
    re.I,
)


@dataclass(slots=True)
class RateRatio:
    """The ratio of two entries' rates a "times as likely as" claim states."""

    value: float
    first: Entry
    second: Entry
    both_named: bool


def rate_ratio(text: str, number_end: int, groups: list[list[Entry]]) -> RateRatio | None:
    """For "N times as likely as B" or "the rate was N times that of B" (the number N ending
    at ``number_end``), the rate of the entry named before over the rate of B, in the
    nearest group of pairs naming them; with only B named, the other entry of a group of
    two."""
    m = TIMES_LIKELY_RE.match(text, number_end)
    if m is None or (m.group(1) and not RATE_WORDS_RE.search(text)):
        return None  # "three times that of B" compares rates only when the words say so
    for group in groups:
        if group[0].whole is None:
            continue
        named = named_in(text, group)
        after = one([n for n in named if n.at >= m.end()])
        before = one([n for n in named if n.at < m.start() and n.strong])
        if after is None:
            continue
        first = before if before is not None and before is not after else None
        both = first is not None
        if first is None and len(group) == 2:
            first = group[0] if group[1] is after else group[1]
        if first is None:
            continue
        return RateRatio(first.value("rate") / after.value("rate"), first, after, both)
    return None


#: "November and December, with 8,240 and 4,110": names listed, then their counts in order.
NAME_LIST_RE = re.compile(r"\b([A-Z][a-z]{2,}(?:,\s+[A-Z][a-z]{2,})*,?\s+and\s+[A-Z][a-z]{2,})\b")
COUNT_GAP_RE = re.compile(r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)")


def parallel_entries(text: str, start: int, end: int, counts: list[Located]) -> list[Entry]:
    """Entries named by a list of names followed in the same sentence by a list of as many
    counts ("November and December, with 8,240 and 4,110 arrivals", "Omsk, Tara and Ishim
    sent 1,200, 900 and 700 respectively"), paired in order."""
    runs: list[list[Located]] = []
    for f in counts:
        if runs and COUNT_GAP_RE.fullmatch(text[runs[-1][-1].quantity.end : f.quantity.start]):
            runs[-1].append(f)
        else:
            runs.append([f])
    for run in runs:
        if len(run) < 2:
            continue
        names = [m for m in NAME_LIST_RE.finditer(text, start, run[0].quantity.start)]
        if not names:
            continue
        listed = re.split(r",\s+and\s+|,\s+|\s+and\s+", names[-1].group(1))
        if len(listed) != len(run) or len({n.lower() for n in listed}) != len(listed):
            continue
        return [
            Entry(frozenset({n[:STEM].capitalize()}), f) for n, f in zip(listed, run, strict=True)
        ]
    return []


#: "November's figure was twice December's", "Omsk sent half as many as Tara".
NAMED_MULTIPLE_RE = re.compile(
    r"\b(?:(more than|over|nearly|almost|about)\s+)?(twice|half|three times|four times|"
    r"five times)\b",
    re.I,
)
FACTORS = {"twice": 2.0, "half": 0.5, "three times": 3.0, "four times": 4.0, "five times": 5.0}


def named_multiples(text: str, offset: int, groups: list[list[Entry]]) -> list[RankClaim]:
    """A multiple in words between two entries named before and after it in one clause,
    against the ratio of their counts (or rates, when the words speak of rates)."""
    out: list[RankClaim] = []
    for a, b in clauses(text):
        clause = text[a:b]
        m = NAMED_MULTIPLE_RE.search(clause)
        group = group_naming(clause, groups, 2) if m is not None else None
        if m is None or group is None:
            continue
        named = [n for n in named_in(clause, group) if n.strong]
        first = one([n for n in named if n.at < m.start()])
        second = one([n for n in named if n.at > m.end()])
        if first is None or second is None or first is second:
            continue
        at = max(n.at for n in named if n.entry is first and n.at < m.start())
        if not counts_what_verb_says(clause[at : m.start()], first):
            continue  # "A buried three times as many as B": not the group of arrivals
        measure = measure_of(text, group)
        if FREQUENCY_AFTER_RE.match(clause, m.end()):  # "twice as frequent": of rates
            if group[0].whole is None:
                continue
            measure = "rate"
        ratio = first.value(measure) / second.value(measure)
        qualifier = (m.group(1) or "").lower()
        factor = FACTORS[m.group(2).lower()]
        if qualifier in ("more than", "over"):
            holds = factor < ratio <= factor * 1.5
        elif qualifier in ("nearly", "almost"):
            holds = factor * 0.8 <= ratio < factor
        else:
            holds = abs(ratio - factor) <= 0.1 * factor
        why = f"{first.shown(measure)} against {second.shown(measure)}: {ratio:.2f} times"
        out.append(RankClaim(offset + a + m.start(), offset + a + m.end(), m.group(0).lower(),
                             holds, measure, (first, second), why,
                             None if holds else f"{ratio:.1f} times", "multiple"))  # fmt: skip
    return out


def counts_what_verb_says(head: str, first: Entry) -> bool:
    """Whether the group counts what the words before a multiple say ("Horní Mlýn buried
    nearly three times as many as Sedlec" needs a group whose sentence speaks of burials,
    not of the people who passed through): the words of ``head`` (from the first name) that
    name neither an entry nor a stop word must stand around the group's count; true when
    there are none."""
    after_name = head.split(None, 1)[1:] or [""]
    words = {w.lower()[:STEM] for w in WORD_RE.findall(after_name[0]) if len(w) >= 4}
    words -= STOP | GENERIC_STEMS | {x.lower() for x in first.stems}
    if not words:
        return True
    context = around(first.count)
    return any(w in context for w in words)
