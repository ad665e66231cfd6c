"""Multiples said with "double" or "treble" before the thing compared: "a horse was valued at
180 marks and a cow at 95, so that a horse counted for close to double a cow"; "the rations
at Kedrovyi came to nearly double those of Sosnovka".

The two sides are what the sentence says is compared: the subject of the multiple's clause
(back to its comma, semicolon or "so that") and the words after "double" to the clause's
end. Each is matched, as the sides of "twice as many A as B" are (``asmany``), to the one
count of its sentence or the sentences before in the paragraph whose own words name it;
never to counts picked for their ratio. "Close to" reads as "about". A ratio the two counts
do not give is left unverifiable: the words may compare other figures than the ones matched.
"""

from __future__ import annotations

import re

from borderlands.figures.asmany import BACK, side_words, sides_in, subject_words
from borderlands.figures.kinds import Finding, Sentence, compatible, multiple_holds, num
from borderlands.figures.passages import Located
from borderlands.figures.verdicts import Verdict

FACTORS = {"double": 2.0, "treble": 3.0, "triple": 3.0}
#: "close to double a cow", "nearly double those of Sosnovka", "double that of the winter"
DOUBLE_RE = re.compile(
    r"\b(?:(?P<q>close\s+to|nearly|almost|about|roughly|more\s+than|over)\s+)?"
    r"(?P<word>double|treble|triple)\s+(?:that\s+of\s+|those\s+of\s+|the\s+|an?\s+)"
    r"(?P<other>[^,;:.()]+)",
    re.I,
)
#: where the subject's clause opens: ", so that a horse counted for", "; the cattle were"
SUBJECT_OPEN_RE = re.compile(r"[,;:]\s+(?:and\s+|but\s+|while\s+|so\s+that\s+|whereas\s+)?")
QUALIFIERS = {"close to": "about"}
CUES = frozenset(FACTORS)


def double_multiples(
    s: Sentence, before: list[tuple[Sentence, list[Located]]]
) -> list[Finding]:
    """The "A ... double B" multiples of ``s``, read on the counts its sentence and the
    ``before`` sentences of its paragraph (nearest last) print for A and B."""
    if not s.says_any(CUES):
        return []
    out: list[Finding] = []
    for m in DOUBLE_RE.finditer(s.text):
        lead = s.text[: m.start()]
        opened = [o.end() for o in SUBJECT_OPEN_RE.finditer(lead)]
        subject = lead[opened[-1] :] if opened else lead
        if not subject.strip():
            continue
        sentences = [sentence for sentence, _ in before[-BACK:]] + [s]
        a, b = sides_in(sentences, subject_words(subject), side_words(m.group("other")))
        if a is None or b is None or a is b or not compatible(a.count, b.count):
            continue
        x, y = a.count.quantity.mid, b.count.quantity.mid
        if y <= 0:
            continue
        factor = FACTORS[m.group("word").lower()]
        said = " ".join((m.group("q") or "").lower().split())
        ratio = x / y
        holds = multiple_holds(QUALIFIERS.get(said, said), factor, ratio)
        start = s.start + (m.start("q") if m.group("q") else m.start("word"))
        out.append(Finding(
            "multiple", start, s.start + m.end("word"), factor,
            Verdict.consistent if holds else Verdict.unverifiable,
            f"{num(x)} / {num(y)}", ratio, (a.count, b.count),
            f"“{m.group(0).strip()}”: {num(x)} against {num(y)}, {ratio:.2f} times"
            + ("" if holds else "; the words may compare other figures than these"),
        ))  # fmt: skip
    return out
