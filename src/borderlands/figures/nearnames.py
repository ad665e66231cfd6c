"""The figure a name stands beside in a list ("Sosnovka 121", "3,960 to Angren", "2,200
reached Narym")."""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

NEAR = 15  # characters between a name and its figure
#: a list's item break: a name across one belongs to the next or the last item
ITEM_BREAK_RE = re.compile(r"[,;:]|\band\b")


def named_figure(text: str, name: str, figures: list[Located]) -> list[Located]:
    """The figures a name stands beside, before it ("Sosnovka 121") or after it ("3,960 to
    Angren"), within a few words and in the same list item (no comma, semicolon or "and"
    between: in "Lomovka lost 148 men, Sosnovka 121" Sosnovka's is 121); the nearest, or
    every one of them when several stand equally near."""
    gaps: list[tuple[int, Located]] = []
    for f in figures:
        q = f.quantity
        after = text.find(name, q.end, q.end + NEAR + len(name))
        before = text.rfind(name, max(0, q.start - NEAR - len(name)), q.start)
        near = []
        if after >= 0 and not ITEM_BREAK_RE.search(text, q.end, after):
            near.append(after - q.end)
        if before >= 0 and not ITEM_BREAK_RE.search(text, before + len(name), q.start):
            near.append(q.start - before - len(name))
        if near:
            gaps.append((min(near), f))
    if not gaps:
        return []
    best = min(g for g, _ in gaps)
    return [f for g, f in gaps if g == best]
