"""The one verdict vocabulary of every statcheck-style comparison in borderlands: the figures
checker and the analyses use it alike (issue #11)."""

from __future__ import annotations

from enum import StrEnum


class Verdict(StrEnum):
    consistent = "consistent"  # a reproduction matches at the printed precision
    inconsistent = "inconsistent"  # the figures the sentence names give something else
    ambiguous = "ambiguous"  # two readings: the number fits one, the wording another
    unverifiable = "unverifiable"  # the inputs are not printed (or only chance would fit)


VERDICTS = tuple(v.value for v in Verdict)
