"""Totals of parts named by their names: "Pavlodar raion and Irtysh together held 16,080",
"Lebyazhye and Maisk combined held 10,720", "Omsk, Tomsk and Altai between them took 31,400".

The sentence names two or more places or groups, says that it adds them ("together",
"combined", "between them", "jointly", before the total or right after it: "Kurgan and
Tiumen, the two regions beyond the Urals, took 13,858 between them") and prints the total;
the parts are the counts printed right after the same names earlier in the text
(``ranks.NameIndex``). The parts are found by
their names, not their values, so the sum is as named as a list after a colon: a fit is
consistent and a usual slip inconsistent. A wider miss stays unverifiable, since a name may
have been printed with another measure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

NAME = r"[A-Z][a-z]{3,}"
#: Two or more names joined by commas and "and", each with up to two lower-case words
#: ("Pavlodar raion"), then the adding word, up to three words and the total.
NAMED_SUM_RE = re.compile(
    rf"\b({NAME})(?:\s+[a-z]+){{0,2}}((?:,\s+(?:the\s+)?{NAME}(?:\s+[a-z]+){{0,2}})*)"
    rf",?\s+and\s+(?:the\s+)?({NAME})(?:\s+[a-z]+){{0,2}}?"
    r"\s+(?:together|combined|between them|jointly|taken together)"
    r"(?:\s*,)?(?:\s+[a-z]+){0,3}?\s+(?:some\s+|about\s+)?(?=\d)"
)
#: The same names with the adding word after the total: "Kurgan and Tiumen, the two regions
#: beyond the Urals, took 13,858 between them" (an apposition and a verb between, no figure).
NAMED_TOTAL_AFTER_RE = re.compile(
    rf"\b({NAME})((?:,\s+(?:the\s+)?{NAME})*),?\s+and\s+(?:the\s+)?({NAME})\b"
    r"[^.;:()\d]{0,80}?\s(?:some\s+|about\s+)?(?=\d[\d,]*(?:\s+[a-z]+){0,2}\s+"
    r"(?:together|combined|between them|jointly)\b)"
)
MIDDLE_NAME_RE = re.compile(NAME)
#: The words that say a sentence adds named parts (a cheap test before the full pattern).
ADDING_RE = re.compile(r"\b(?:together|combined|between them|jointly)\b")
NOT_NAMES = frozenset(("The", "They", "This", "These", "Those", "Their", "Thus", "With",
                       "From", "After", "Before", "Since", "When", "Over", "About", "Only",
                       "Both"))  # fmt: skip


@dataclass(frozen=True, slots=True)
class NamedSum:
    names: tuple[str, ...]
    total_at: int  # where the total's numeral starts, in the sentence text


def named_sums(text: str) -> list[NamedSum]:
    """The totals of named parts one sentence states."""
    out: list[NamedSum] = []
    for pattern in (NAMED_SUM_RE, NAMED_TOTAL_AFTER_RE):
        for m in pattern.finditer(text):
            names = (m.group(1), *MIDDLE_NAME_RE.findall(m.group(2) or ""), m.group(3))
            if any(n in NOT_NAMES for n in names) or len(set(names)) < len(names):
                continue
            if any(s.total_at == m.end() for s in out):
                continue
            out.append(NamedSum(names, m.end()))
    return out
