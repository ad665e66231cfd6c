"""When one mistyped digit of a total of named parts reads as a slip (issue #14): "Olsztyn
and Szczecin together received 85,928" where the counts printed after the two names add up
to 95,928. A count of some other thing that agrees with the sum in every digit but one is
unlikely once the total has four digits or more; with fewer ("47" against "48") one digit
off is as likely another figure, and the miss stays unverifiable.
"""

from __future__ import annotations

import re

MIN_DIGITS = 4
DIGIT_RE = re.compile(r"\d")


def mistype_shows(stated: str) -> bool:
    """Whether a total printed as ``stated`` has digits enough for one mistyped digit to be
    read as a slip."""
    return len(DIGIT_RE.findall(stated)) >= MIN_DIGITS
