"""Parts named by their names across two sentences (issue #14): "The voivodeship of Olsztyn
took in 55,210 of them. Szczecin received 40,718, Wroclaw 22,406 ... Olsztyn and Szczecin
together received 95,928". A list of named counts may run over a full stop; the parts of a
named total are then each name's nearest count before it, where those counts stand in one
paragraph and in two sentences that follow each other: the names pick the parts, not their
values.
"""

from __future__ import annotations

from borderlands.figures.passages import Located

SPREAD = 1  # sentences between the first and the last part


def adjacent_parts(nearest: list[Located | None]) -> list[Located] | None:
    """``nearest`` (each name's nearest count before the total) when every name has one and
    they stand in one paragraph, at most ``SPREAD`` sentences apart; else None."""
    found = [f for f in nearest if f is not None]
    if len(found) < 2 or len(found) != len(nearest):
        return None
    if len({f.passage.key for f in found}) != 1 or len({id(f) for f in found}) != len(found):
        return None
    sentences = [f.sentence for f in found]
    if max(sentences) - min(sentences) > SPREAD:
        return None
    return found
