"""The figure a name stands nearest in a sentence ("Sosnovka 121", "3,960 to Angren")."""

from __future__ import annotations

from borderlands.figures.passages import Located


def named_figure(text: str, name: str, figures: list[Located]) -> list[Located]:
    """The figure a name stands nearest, before it ("Sosnovka 121") or after it ("3,960 to
    Angren"), within 15 characters; every one of them when several stand equally near."""
    gaps: list[tuple[int, Located]] = []
    for f in figures:
        q = f.quantity
        after = text.find(name, q.end, q.end + 15 + len(name))
        before = text.rfind(name, max(0, q.start - 15 - len(name)), q.start)
        near = [g for g in (after - q.end if after >= 0 else -1,
                            q.start - before - len(name) if before >= 0 else -1) if g >= 0]
        if near:
            gaps.append((min(near), f))
    if not gaps:
        return []
    best = min(g for g, _ in gaps)
    return [f for g, f in gaps if g == best]
