"""Comparisons of two proportions whose parts and wholes the text prints, in the claim's own
sentence or the few before it: "In Ostrov 210 of 1,400 were taken and in Lesnoe 96 of 960, so
that the Ostrov count was the harsher of the two"; "of the 800 boys, 120 fell ill, and of
the 900 girls 90, so that illness was more common among boys"; "Dubki lost 64 of its 500
settlers ... A settler was less likely to die at Lipki than at Dubki".

A proportion is a part printed right before its whole ("P of the W", "P deaths among its
W arrivals", "P out of W") or a whole that opens its clause and a part after it ("of the W
who came, P died"). Its label is the words of its own clause: from the end of the proportion
before it (or the clause start) to its whole, and after it up to the next comma, semicolon,
"and" or figure. The comparison word is a comparative of likelihood or rate ("more likely",
"more common", "less often", "a higher rate", "a heavier toll", "the harsher of the two").
Its two sides, the words between the last figure before the word and the word, and the words
after "than", are matched to the proportions by the words that only one label holds; when
only the subject is named and just two proportions stand, the other side is the other one.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from borderlands.figures.kinds import Finding, Sentence, is_count, num
from borderlands.figures.passages import Located
from borderlands.figures.supersede import overlapped
from borderlands.figures.verdicts import Verdict

#: a comparative of how likely or how frequent a thing is, or of a rate or toll
RATE_COMPARE_RE = re.compile(
    r"\b(?:(more|less)\s+(?:likely|common|frequent|often|readily|prone)"
    r"|(higher|lower|greater|smaller|larger|heavier|lighter)\s+(?:death\s+)?"
    r"(?:rate|toll|proportion|share)"
    # "the death rate at Kaltenfeld was lower than at Sedlec": the noun of a rate, a few
    # words of its own (no figure, no clause break), the comparative and "than"
    r"|(?:rate|toll|proportion|share|chance|risk|mortality)(?:\s+[^\s\d,;:.()]+){0,5}?\s+"
    r"(?:far\s+|much\s+|still\s+|thus\s+)?(higher|lower|heavier|lighter|greater|smaller)"
    r"(?=\s+than\b)"
    r"|the\s+(harsher|milder|deadlier|safer|heavier|lighter|higher|lower)\s+of\s+the\s+two)\b",
    re.I,
)
QUICK = (
    "likely", "common", "frequent", "often", "readily", "prone", "rate", "toll", "two",
    "proportion", "share", "chance", "risk", "mortality",
)  # fmt: skip
#: RATE_COMPARE_RE needs one of QUICK as a whole word (keep the two in step).
QUICK_WORDS = frozenset(QUICK)
UP = frozenset(("more", "higher", "greater", "larger", "heavier", "harsher", "deadlier"))
#: between a part and its whole: "of the", "deaths among its", "out of"
PART_WHOLE_RE = re.compile(
    r"\s+(?:[a-z]+\s+)?(?:of|among|out\s+of)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?$"
)
#: between a whole and the part its clause goes on to give: "the 900 who came, of whom 90"
OF_WHOM_RE = re.compile(r"[^;:.\d]{0,50},\s+of\s+(?:whom|them|these)\s+$")
#: before a whole that opens its clause: "of the 900 girls, 90"
WHOLE_FIRST_RE = re.compile(r"\b(?:of|among)\s+(?:the\s+|its\s+|their\s+)?$", re.I)
LABEL_END_RE = re.compile(r"[,;.:()]|\s+and\s+|\s+against\s+|\d")
CLAUSE_CUT_RE = re.compile(r"[;:]")
THAN_RE = re.compile(r"\bthan\b", re.I)
WORD_RE = re.compile(r"[A-Za-z][a-z]{3,}")
STEM = 5
#: a rate's scale after its figure: "24 per 1,000", "4.1 percent"
RATE_AFTER_RE = re.compile(r"\s*(?:per\b|percent\b|per\s+cent\b|%)", re.I)
#: from "than" to the proportion of its side: "in the Omsk oblast, where" (a relative
#: clause of the side named), not "the planners had feared, though"
THAN_CLAUSE_RE = re.compile(
    r"[^,;:.]*(?:,\s+(?:where|when|with|whose|in\s+which|at\s+which)\b[^,;:.]*)?"
)
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)
COMMON = frozenset((
    "their", "there", "these", "those", "which", "while", "about", "after", "thus",
    "therefore", "whose", "other", "with", "from", "that", "were", "was", "more", "less",
    "likely", "than", "the", "they", "them", "this", "into", "each", "been", "have", "died",
    "death", "deaths", "among", "people", "persons", "per", "cent", "percent",
))  # fmt: skip
BACK = 3
OTHER_WAY = {
    "more": "less", "less": "more", "higher": "lower", "lower": "higher", "greater": "smaller",
    "smaller": "larger", "larger": "smaller", "heavier": "lighter", "lighter": "heavier",
    "harsher": "milder", "milder": "harsher", "deadlier": "safer", "safer": "deadlier",
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Proportion:
    part: Located
    whole: Located
    label: frozenset[str]

    @property
    def value(self) -> float:
        return self.part.quantity.mid / self.whole.quantity.mid


def stems(text: str) -> frozenset[str]:
    return frozenset(w.lower()[:STEM] for w in WORD_RE.findall(text) if w.lower() not in COMMON)


def proportions(s: Sentence) -> list[Proportion]:
    """The part-and-whole pairs a sentence prints, in order."""
    text = s.passage.text
    counts = [f for f in s.figures if is_count(f) and f.quantity.unit != "year"]
    out: list[Proportion] = []
    used: set[int] = set()
    for i, (a, b) in enumerate(itertools.pairwise(counts)):
        if i in used or a.quantity.mid >= b.quantity.mid:
            continue
        between = text[a.quantity.end : b.quantity.start]
        if PART_WHOLE_RE.fullmatch(between):
            out.append(proportion(s, a, b, a, b))
            used |= {i, i + 1}
    for i, (a, b) in enumerate(itertools.pairwise(counts)):
        if i in used or i + 1 in used or a.quantity.mid <= b.quantity.mid:
            continue
        gap = text[a.quantity.end : b.quantity.start]
        opens = WHOLE_FIRST_RE.search(
            text, max(s.start, a.quantity.start - 12), a.quantity.start
        ) or OF_WHOM_RE.fullmatch(gap)
        if opens and len(gap) <= 60 and not CLAUSE_CUT_RE.search(gap):
            out.append(proportion(s, b, a, a, b))
            used |= {i, i + 1}
    return sorted(out, key=lambda p: min(p.part.quantity.start, p.whole.quantity.start))


def proportion(
    s: Sentence, part: Located, whole: Located, first: Located, last: Located
) -> Proportion:
    text = s.passage.text
    lead = text[s.start : first.quantity.start]
    cut = max((m.end() for m in re.finditer(r"[;:,]|\s+and\s+", lead)), default=0)
    lead = lead[cut:]
    between = text[first.quantity.end : last.quantity.start]
    tail = text[last.quantity.end : s.end]
    end = LABEL_END_RE.search(tail)
    tail = tail[: end.start()] if end else tail
    return Proportion(part, whole, stems(f"{lead} {between} {tail}"))


def matched(words: frozenset[str], pool: list[Proportion]) -> Proportion | None:
    """The one proportion whose own words (those no other label holds) the side names."""
    hits = []
    for p in pool:
        own = p.label - frozenset().union(*(q.label for q in pool if q is not p))
        if words & own:
            hits.append(p)
    return hits[0] if len(hits) == 1 else None


def sides(
    s: Sentence, m: re.Match[str], own: list[Proportion], pool: list[Proportion]
) -> tuple[Proportion | None, Proportion | None]:
    """The proportions the two sides of comparison ``m`` name: the subject (the words of its
    clause before the word, or failing them the words after it) and the words after "than";
    when the sentence prints just two, one on each side of "than" or one named, the other."""
    text = s.text
    cue = s.start + m.start()
    prior = [f.quantity.end for f in s.figures if f.quantity.end <= cue]
    lead = text[max([s.start, *prior]) - s.start : m.start()]
    lead = re.split(r"[,;:]", lead)[-1]
    than = THAN_RE.search(text, m.end())
    after = text[m.end() : than.start() if than else len(text)]
    a = matched(stems(lead), pool) or matched(stems(re.split(r"[,;:.]", after)[0]), pool)
    other = stems(re.split(r"[,;:.]", text[than.end() :])[0]) if than else frozenset()
    b = matched(other, pool) if other else None
    if len(own) != 2:
        return a, b
    if (a is None or b is None) and than is not None:
        mark = s.start + than.start()
        first, second = own
        if first.whole.quantity.end < mark < second.part.quantity.start and cue < mark:
            return first, second
    if a in own and b is None:
        b = own[1] if a is own[0] else own[0]
    return a, b


#: a sentence whose subject is the figure the one before ended on: "That was far higher than
#: in the Omsk oblast, where 431 of the 22,135 died"
DEMONSTRATIVE_RE = re.compile(
    r"(?:That|This|It)\s+(?:was|is)\s+(?:far\s+|much\s+|still\s+|thus\s+|even\s+)?"
    r"(higher|lower|greater|smaller|heavier|lighter)(?=\s+than\b)"
)


def said_before(
    s: Sentence,
    m: re.Match[str],
    before: list[tuple[Sentence, list[Located]]],
    own: list[Proportion],
    pool: list[Proportion],
) -> tuple[Proportion | None, Proportion | None]:
    """The sides of a comparison whose subject is "that": the proportion the sentence right
    before ends on (its last figure the proportion's part or whole, or the rate of the two
    printed right after them), and the one proportion the words after "than" name in the
    sentence itself."""
    if not before or len(own) != 1:
        return None, None
    previous, _ = before[-1]
    last = proportions(previous)
    if not last:
        return None, None
    subject = last[-1]
    text = previous.passage.text
    after = [f for f in previous.figures if f.quantity.start > subject.whole.quantity.end
             and f.quantity.start > subject.part.quantity.end
             and not RATE_AFTER_RE.match(text, f.quantity.end)
             and not PER_BEFORE_RE.search(text, 0, f.quantity.start)]  # fmt: skip
    if any(is_count(f) and f.quantity.unit != "year" for f in after):
        return None, None  # the sentence before goes on to other counts
    than = THAN_RE.search(s.text, m.end())
    if than is None:
        return None, None
    named = stems(re.split(r"[,;:.]", s.text[than.end() :])[0])
    other = own[0]
    # the sentence's own proportion stands in the "than" clause, whose words name a thing
    # the sentence before does not
    if other.part.quantity.start < s.start + than.end() or not named - stems(previous.text):
        return None, None
    first = min(other.part.quantity.start, other.whole.quantity.start)
    if not THAN_CLAUSE_RE.fullmatch(s.passage.text, s.start + than.end(), first):
        return None, None  # the proportion belongs to a clause of its own
    return subject, other


def proportion_comparisons(
    s: Sentence, before: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """Comparisons of likelihood or rate in ``s`` against the proportions it and the
    ``before`` sentences of its paragraph (nearest last) print."""
    demonstrative = DEMONSTRATIVE_RE.match(s.text)
    if not demonstrative and not s.says_any(QUICK_WORDS):
        return []  # RATE_COMPARE_RE cannot match: one set test instead of a scan
    text = s.text
    lower = s.lower
    if not demonstrative and not any(w in lower for w in QUICK):
        return []
    out: list[Finding] = []
    matches = [demonstrative] if demonstrative else list(RATE_COMPARE_RE.finditer(text))
    for m in matches:
        own = proportions(s)
        pool = own + [p for sentence, _ in before[-BACK:] for p in proportions(sentence)]
        if len(pool) < 2:
            continue
        cue = s.start + m.start()
        if m is demonstrative:
            a, b = said_before(s, m, before, own, pool)
        else:
            a, b = sides(s, m, own, pool)
        if a is None or b is None or a is b or a.value == b.value:
            continue
        word = next(g for g in m.groups() if g).lower()
        up = word in UP
        holds = (a.value > b.value) == up
        formula = (
            f"{num(a.part.quantity.mid)} / {num(a.whole.quantity.mid)} vs "
            f"{num(b.part.quantity.mid)} / {num(b.whole.quantity.mid)}"
        )
        end = s.start + m.end()
        if m is demonstrative:  # the claim is the comparative, not its subject
            cue, end = s.start + m.start(1), s.start + m.end(1)
        out.append(Finding(
            "comparison", cue, end, a.value,
            Verdict.consistent if holds else Verdict.inconsistent, formula, a.value,
            (a.part, a.whole, b.part, b.whole),
            f"“{m.group(1) if m is demonstrative else m.group(0)}”: "
            f"{formula.replace(' vs ', ' against ')} "
            f"({a.value * 100:.1f} against {b.value * 100:.1f} percent)",
            None if holds else other_way(m.group(1) if m is demonstrative else m.group(0), word),
        ))  # fmt: skip
    return out


def other_way(phrase: str, word: str) -> str:
    """The comparison said the other way round ("a smaller share" -> "a larger share"), or
    "not ..." when the word has no opposite here."""
    opposite = OTHER_WAY.get(word)
    if opposite is None:
        return f"not {phrase}"
    return re.sub(rf"\b{word}\b", opposite, phrase, count=1, flags=re.I)


def in_place_of(found: list[Finding], compared: list[Finding]) -> list[Finding]:
    """``found`` with ``compared`` in place of the comparisons and multiples of the same
    words (a reading of the sentence's first two figures, which may be a part and its
    whole, or of figures picked for their arithmetic)."""
    return overlapped(found, compared, frozenset({"comparison", "multiple"}))
