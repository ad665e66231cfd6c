"""A share someone is said to have estimated ("its chief estimated that 15 per cent of his
people lived far from a post", "survivors put the losses at about 30 percent"): when its
sentence prints no count, the figure is the estimate's own, not a quotient of counts printed
elsewhere, so a fit on other sentences' counts is a coincidence, not a check."""

from __future__ import annotations

import re

#: A verb of estimating or reporting that governs the figure: "estimated that", "reckoned
#: that", "guessed that", "reported in May that", or "put the losses at about" (a rounded
#: figure: "the report put those not taken at 5.6 percent" cites a document's count).
ESTIMATE_RE = re.compile(
    r"\b(?:estimated|reckoned|guessed|thought|believed|supposed|judged|claimed|held|feared|"
    r"assumed|reported"
    r"(?:\s+\w+){0,3})\s+that\b",
    re.I,
)
PUT_AT_RE = re.compile(r"\bput\s+(?:\w+\s+){1,12}?at\s+(?:about\s+|some\s+)?$", re.I)


def said_as_estimate(sentence_before_figure: str, approximate: bool) -> bool:
    """Whether the words before a figure in its sentence make it someone's estimate."""
    if ESTIMATE_RE.search(sentence_before_figure):
        return True
    return approximate and PUT_AT_RE.search(sentence_before_figure) is not None


def estimate_clause_start(sentence_before_figure: str) -> int | None:
    """Where the "that" clause of an estimate holding the figure begins ("and its chief
    estimated that 15 per cent ..."), or None when no verb of estimating governs it."""
    found = list(ESTIMATE_RE.finditer(sentence_before_figure))
    return found[-1].end() if found else None
