"""A share fronted by "With", said of the subject that follows it: "With 31.4 per cent of the
settlers, Dubrovka was the largest camp"; "With 12 percent of the arrests the port district
came third".

The phrase "With P of the W" opens its sentence and the name right after it (past a comma
and "the") is the member the share is of. Its part is the count printed beside that name
before, and its whole the total of the listing that count stands in
(borderlands.figures.membershares), so both are read from the words.
"""

from __future__ import annotations

import re

from borderlands.figures.membershares import NOT_SUBJECTS

#: "With" opening the sentence, right before the share.
WITH_LEAD_RE = re.compile(r"\s*With\s+(?:(?:about|some|nearly|almost|over|just)\s+)?$")
#: After the share: its "of the W", an optional comma, then the subject's name.
SUBJECT_AFTER_RE = re.compile(
    r"\s+of\s+(?:all\s+)?(?:the|its|their)\s+[^,;:()\d]{3,60}?,?\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w'-]{3,})\b"
)


def fronted_subject(text: str, sentence_start: int, share_start: int, share_end: int) -> str | None:
    """The name a sentence-opening "With P of the W, NAME ..." says the share of, or None."""
    if WITH_LEAD_RE.fullmatch(text, sentence_start, share_start) is None:
        return None
    m = SUBJECT_AFTER_RE.match(text, share_end)
    if m is None or m.group("name").lower() in NOT_SUBJECTS:
        return None
    return m.group("name")
