"""A share of what an earlier share counted, linked by its noun rather than by "of these":
"Of the 9,000 on the lists, 40 percent were women and 25 percent of the women were past
sixty, about 900". The later share's "of the women" names the noun the earlier share's
clause counted ("40 percent were women"), in the same sentence or the one before it; the
chain's group is then found as for "of these" chains (borderlands.figures.sharechains).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from borderlands.figures.kinds import Sentence
from borderlands.figures.passages import Located

#: "25 percent of the women", "a fifth of those children": the noun a later share is of
OF_NOUN_AFTER_RE = re.compile(
    r"\s*(?:per\s*cent|percent|%)?\s*of\s+(?:the|those|these)\s+([a-z]{4,})\b", re.I
)
#: "Of the farmland, 40 percent": the noun opening the later share's sentence
OF_NOUN_BEFORE_RE = re.compile(r"\s*Of\s+(?:the|those|these)\s+([a-z]{4,}),?\s*$")
WINDOW = 50  # characters of an earlier share's clause, either side, where its noun stands
CLAUSE_END_RE = re.compile(r"[,;.:]|\band\b")


def noun_stem(word: str) -> str:
    w = word.lower()
    return w[:-1] if w.endswith("s") and len(w) > 4 else w


def clause_around(text: str, f: Located, lo: int) -> str:
    """The words beside an earlier share, cut at the clause marks on either side."""
    before = text[max(lo, f.quantity.start - WINDOW) : f.quantity.start]
    before = CLAUSE_END_RE.split(before)[-1]
    after = text[f.quantity.end : f.quantity.end + WINDOW]
    after = CLAUSE_END_RE.split(after)[0]
    return f"{before} {after}".lower()


def linked_noun(text: str, share: Located, sentence_start: int) -> str | None:
    """The noun a share says it is of, after it or opening its sentence."""
    m = OF_NOUN_AFTER_RE.match(text, share.quantity.end)
    if m is None:
        m = OF_NOUN_BEFORE_RE.fullmatch(text[sentence_start : share.quantity.start])
    return noun_stem(m.group(1)) if m else None


def noun_chain(
    s: Sentence, c: Located, previous: list[Located], is_share: Callable[[Located], bool]
) -> list[Located]:
    """[earlier share, later share] when the one share of ``c``'s sentence before it is of
    the noun an earlier share counted (in the sentence, else in ``previous``), else []."""
    text = s.passage.text
    own = [f for f in s.figures if is_share(f) and f.quantity.end <= c.quantity.start]
    if not own:
        return []
    later = own[-1]
    noun = linked_noun(text, later, s.start)
    if noun is None:
        return []
    earlier = own[:-1] or [f for f in previous if is_share(f)]
    for f in reversed(earlier):
        lo = f.passage.sentences[f.sentence][0]
        words = re.findall(r"[a-z]{4,}", clause_around(f.passage.text, f, lo))
        if any(noun_stem(w) == noun for w in words):
            return [f, later]
    return []
