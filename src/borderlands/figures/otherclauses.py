"""Counts printed after a share in a clause of their own: "Omsk's share came to 26.8 percent
of the arrivals, and Krasnoyarsk, with 21,120, was second". A coordinated clause that opens
with a new subject (a name) speaks of another member; its count is that member's, not the
part of the share before it.
"""

from __future__ import annotations

import re

#: ", and Krasnoyarsk", "; the Altai", ", and the Altai krai": a clause with a named subject.
NEW_SUBJECT_RE = re.compile(
    r"(?:,\s+and|;)\s+(?:the\s+)?[A-Z\u00c0-\u00de\u0100-\u017f][a-z\u00df-\u00ff\u0100-\u017f]"
)


def in_new_subject_clause(text: str, share_end: int, count_start: int) -> bool:
    """Whether a count printed after a share (``text[share_end:count_start]`` between them)
    stands in a coordinated clause with a named subject of its own."""
    return NEW_SUBJECT_RE.search(text, share_end, count_start) is not None
