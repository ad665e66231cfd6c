"""A share bracketed right after a count ("the north received 3,200 (34.3 per cent)") names
its part: that count. A fit whose part is another figure of the sentence ("(2,900 - 1,850) /
2,900") was picked for its arithmetic, not named by the words, so it may be shown as a
candidate but never call the printed share a slip.
"""

from __future__ import annotations

from borderlands.figures.apposedsiblings import bracketed_count
from borderlands.figures.passages import Located


def flags_another_part(claim: Located, fit_inputs: tuple[Located, ...], own: list[Located]) -> bool:
    """Whether a fit of a share bracketed after a count of ``own`` (its sentence's counts)
    leaves that count out of its part (its first input)."""
    part = bracketed_count(claim, own)
    return part is not None and (not fit_inputs or fit_inputs[0] is not part)
