"""Multiples said of how often a thing happened, not of how many it happened to.

"Deaths in the Altai were nearly twice as frequent as in the Novosibirsk settlements"
compares two rates: deaths over the people each place held. The two counts of deaths are
not the things compared, and their ratio (2,806 against 1,318) says nothing of the rates
unless the two places held as many people. A multiple so worded is read only on figures
that are rates themselves ("131 per 1,000"); on two counts it is left unverifiable.
"""

from __future__ import annotations

import re

from borderlands.figures.passages import Located

#: "twice as frequent", "three times as likely", "half as common", "as often": a rate
FREQUENCY_AFTER_RE = re.compile(
    r"\s+(?:as|more)\s+(?:frequent|frequently|common|likely|often|deadly|lethal|usual)\b",
    re.I,
)
#: "131 per 1,000": the figure is a rate
PER_SCALE_AFTER_RE = re.compile(r"\s+per\s+(?:1,000|1000|thousand|100|hundred|10,000)\b", re.I)


def is_rate(f: Located) -> bool:
    """Whether a figure is printed as a rate ("131 per 1,000")."""
    return PER_SCALE_AFTER_RE.match(f.passage.text, f.quantity.end) is not None


def counts_for_frequency(text: str, end: int, pair: tuple[Located, Located]) -> bool:
    """Whether the multiple ending at ``end`` of its sentence's ``text`` is one of how often
    (see the module) and the ``pair`` read for it are counts, no rates."""
    if FREQUENCY_AFTER_RE.match(text, end) is None:
        return False
    return not all(is_rate(f) for f in pair)
