"""The two sides of "N times as many" left without its "as ...", said in a relative clause
of the name the main clause sets its subject against: "Belorussia was thus second only to
Russia, which sent more than twice as many families". The multiple is said of the name
"which" stands for (Russia); the other side is the main clause's subject (Belorussia), the
one thing the clause compares it with.

Read only when the main clause names two things, its subject first and the antecedent of
"which" last, right before the comma; a clause naming more leaves the other side open.
"""

from __future__ import annotations

import re

from borderlands.figures.valueranks import NOT_NAMES

#: the antecedent and the relative clause up to the multiple: "..., Russia, which sent "
RELATIVE_RE = re.compile(r"\b([A-Z][\w-]+),\s+which\s+(?:[a-z]+\s+){0,3}$")
NAME_RE = re.compile(r"\b[A-Z][\w-]+")


def relative_sides(lead: str) -> tuple[str, str] | None:
    """(the side the multiple is said of, the other side) as words, from the sentence's
    words ``lead`` before the multiple; None unless the main clause names exactly two
    things, the subject first and the antecedent of "which" last."""
    m = RELATIVE_RE.search(lead)
    if m is None:
        return None
    main = re.split(r"[;:]", lead[: m.start(1)])[-1]
    names = [w for w in NAME_RE.findall(main) if w not in NOT_NAMES]
    if len(set(names)) != 1 or not main.lstrip().startswith(names[0]):
        return None
    return m.group(1), names[0]
