"""A check in plain words, where it stands, and its sentence with the figures marked: the
one wording the terminal table, the HTML report, the JSON (``plain``) and the web /checks
page share.

"the three parts add up to 52,300, as printed"; "1,430 of 4,950 is 28.9 percent, not 3.8
percent: the printed figure is 1,430 of 37,800, a neighbouring total (likely intended 28.9)".
"""

from __future__ import annotations

import html

from borderlands.figures.checks import Check, Fit
from borderlands.figures.numbers import format_number
from borderlands.figures.passages import Located

COUNT_WORDS = {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven"}
#: The order a reader meets checks in: what is wrong first.
#: What a verdict is worth, said wherever checks are shown (HTML report, table, web pages).
VERDICT_CAVEAT = (
    "An inconsistent verdict is a lead to check against the source, not a finding; a figure "
    "left unflagged has not been shown right, since the checker reads only the claims it "
    "recognises (its measured accuracy: docs/figures.md)."
)
SEVERITY = {"inconsistent": 0, "ambiguous": 1, "consistent": 2, "unverifiable": 3}


def grouped(v: float) -> str:
    """A figure as printed in prose: 52,300; 28.9; no float noise."""
    if abs(v - round(v)) < 1e-9:
        return f"{round(v):,}"
    return f"{v:,.2f}".rstrip("0").rstrip(".") if abs(v) < 100 else f"{v:,.1f}"


def printed(f: Located) -> str:
    return " ".join(f.quantity.text.split())


def reading(c: Check, fit: Fit) -> str:
    """What the inputs of a fit give, in words."""
    inputs = fit.inputs
    if c.kind == "sum":
        n = COUNT_WORDS.get(len(inputs), str(len(inputs)))
        return f"the {n} parts add up to {grouped(fit.computed)}"
    if c.kind in ("share", "fraction") and len(inputs) == 2 and " / " in fit.formula:
        x, y = inputs
        if fit.formula.startswith("(") and x.quantity.mid > y.quantity.mid:
            return f"from {printed(y)} to {printed(x)} is a rise of {grouped(fit.computed)} percent"
        if fit.formula.startswith("("):
            return (
                f"{printed(y)} less {printed(x)} is {grouped(fit.computed)} percent of {printed(y)}"
            )
        return f"{printed(x)} of {printed(y)} is {grouped(fit.computed)} percent"
    if c.kind == "remainder" and len(inputs) == 2:
        return f"{printed(inputs[0])} less {printed(inputs[1])} leaves {grouped(fit.computed)}"
    if c.kind == "rate" and len(inputs) == 2 and fit.formula.split(" ")[1:2] == ["*"]:
        # a product, "heads * amount a head / scale", not a rate per 1,000 "x / y * 1000"
        heads, each = inputs
        return (
            f"{printed(heads)} at {printed(each)} {each.quantity.unit} a head make "
            f"{grouped(fit.computed)} {c.claim.quantity.unit}"
        )
    if c.kind == "rate" and len(inputs) == 2:
        return f"{printed(inputs[0])} over {printed(inputs[1])} is {grouped(fit.computed)}"
    if c.kind == "multiple" and len(inputs) == 2:
        return f"{printed(inputs[1])} against {printed(inputs[0])} is {fit.computed:.2f} times"
    return f"{fit.formula} gives {grouped(fit.computed)}"


def plain_words(c: Check) -> str:
    """The check in one sentence a reader can follow without the formula."""
    if c.kind in ("comparison", "count", "duration", "chain") or c.fit is None:
        text = c.explanation
    elif c.verdict == "consistent" and abs(c.fit.gap) > 1e-9 and c.kind in ("sum", "per-family"):
        text = f"{reading(c, c.fit)}, which rounds to the printed {c.stated}"
    elif c.verdict == "consistent":
        text = f"{reading(c, c.fit)}, as printed ({c.stated})"
    elif c.verdict == "inconsistent":
        text = f"{reading(c, c.fit)}, not {c.stated}"
        if "neighbouring total" in c.explanation and c.alternatives:
            alt = c.alternatives[0]
            text += f": the printed figure is {reading(c, alt)}, a neighbouring total"
        elif "likely" in c.explanation:
            text += ": " + c.explanation.split(": ", 1)[-1]
    else:
        text = f"{reading(c, c.fit)}; {c.explanation}"
    if c.verdict == "inconsistent" and c.intended and "intended" not in text:
        text += f" (likely intended {c.intended})"
    return text


def where_words(f: Located) -> str:
    """Page and paragraph (or note) of a figure: "p. 834, note 112", "paragraph 12"."""
    passage = f.passage
    place = f"note {passage.note}" if passage.where == "note" else passage_words(passage.key)
    return f"p. {f.page}, {place}" if f.page is not None else place


def passage_words(key: str) -> str:
    return f"paragraph {key[1:]}" if key[:1] == "p" and key[1:].isdigit() else key


def in_reading_order(checks: list[Check]) -> list[Check]:
    """Inconsistencies first, then ambiguous, consistent, unverifiable; by place within."""
    return sorted(checks, key=lambda c: (SEVERITY[c.verdict], c.claim.raw_start))


def sentence_html(c: Check) -> str:
    """The claim's sentence, escaped, with the stated figure and the inputs it names marked
    (``<mark class="stated">``, ``<span class="input">``)."""
    passage = c.claim.passage
    start, end = passage.sentences[c.claim.sentence]
    q = c.claim.quantity
    q_start = q.phrase_start if q.kind == "fraction" else q.start
    marks: list[tuple[int, int, str]] = [(q_start, max(q.phrase_end, q.end), "stated")]
    for f in c.inputs:
        if f.passage is passage and start <= f.quantity.start < end and f is not c.claim:
            marks.append((f.quantity.start, f.quantity.end, "input"))
    marks = sorted(m for m in marks if start <= m[0] < m[1] <= end)
    out: list[str] = []
    pos = start
    for m_start, m_end, kind in marks:
        if m_start < pos:
            continue
        out.append(html.escape(passage.text[pos:m_start]))
        tag = "mark" if kind == "stated" else "span"
        out.append(f'<{tag} class="{kind}">{html.escape(passage.text[m_start:m_end])}</{tag}>')
        pos = m_end
    out.append(html.escape(passage.text[pos:end]))
    return "".join(out)


def computed_text(fit: Fit | None) -> str:
    return format_number(round(fit.computed, 4)) if fit else ""
