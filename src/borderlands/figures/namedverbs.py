"""Comparisons said by a verb of two named things whose counts the sentences before print:
"The convoy left 820 settlers in Omsk and 640 in Tomsk. The Omsk settlers thus outnumbered
those of Tomsk". The verb stands for "more than" (or "fewer than"), its subject for the first
side and its object for the other; both are matched to the counts beside their names as for
a comparative (borderlands.figures.namedorders). A clause that prints a count of its own
("outnumbered them by 2,000", "exceeded 5,000") is read elsewhere or is a bound.
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import matched, side_words
from borderlands.figures.kinds import Finding, Sentence, compatible, num
from borderlands.figures.namedorders import RATE_WORDS_RE, labelled_before, sides_printed
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

#: a verb of comparison, more (the first four) or fewer (the rest), with its object after it
VERB_RE = re.compile(r"\b(outnumbered|exceeded|outstripped|surpassed|trailed)\b\s+(?!\d)", re.I)
VERB_WORDS = frozenset(("outnumbered", "exceeded", "outstripped", "surpassed", "trailed"))
AS_COMPARATIVE = {"outnumbered": "more", "exceeded": "more", "outstripped": "more",
                  "surpassed": "more", "trailed": "fewer"}  # fmt: skip
#: words after the object that make it something other than a side: a bound, a total, a
#: year's series ("in each of the three years")
NOT_A_SIDE_RE = re.compile(
    r"(?:about|some|nearly|almost|over|under|any|all|the\s+rest|ever|twice|half|each|every|"
    r"expectations?|the\s+(?:plan|quota|limit|target|norm))\b",
    re.I,
)


def named_verb_orders(
    s: Sentence, before: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """Verbs of comparison in ``s`` read on the counts the ``before`` sentences of its
    paragraph (nearest last) print beside the two sides' names."""
    if not s.says_any(VERB_WORDS):
        return []
    text = s.text
    out: list[Finding] = []
    for m in VERB_RE.finditer(text):
        if NOT_A_SIDE_RE.match(text, m.end()):
            continue
        lead = re.split(r"[;:]|,\s+(?:and|but|while|so)\s+", text[: m.start()])[-1]
        start = s.start + m.start() - len(lead)
        other = re.split(r"[,;:.]|\s+(?:in|by|at|on|during|throughout)\s+", text[m.end() :])[0]
        if RATE_WORDS_RE.search(text, m.start() - len(lead), m.end() + len(other)):
            continue  # a comparison of rates or shares
        if any(start <= f.quantity.start for f in sides_printed(s, start, s.start + m.end())):
            continue  # the sentence prints a count of its own: read by kinds.comparisons
        pool = labelled_before(before)
        if pool is None:
            continue
        a, b = matched(side_words(lead), pool), matched(side_words(other), pool)
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            continue
        out.append(verb_finding(s, m, a.count, b.count))
    return out


def verb_finding(s: Sentence, m: re.Match[str], a: Located, b: Located) -> Finding:
    """The verb ``m`` (group 1) judged on its subject's count ``a`` and its object's ``b``."""
    verb = m.group(1).lower()
    x, y = a.quantity.mid, b.quantity.mid
    holds = x != y and (x > y) == (AS_COMPARATIVE[verb] == "more")
    return Finding(
        "comparison", s.start + m.start(1), s.start + m.end(1), x,
        Verdict.consistent if holds else Verdict.inconsistent, f"{num(x)} vs {num(y)}", x,
        (a, b), f"“{verb}”: {num(x)} against {num(y)}",
        None if holds else f"not {verb}",
    )  # fmt: skip
