"""A total whose sentence points back to the enumeration just before it (issue #14): "...
records 702 households from Lachin, 611 from Kubatly, 345 from Zangelan and 203 from
Jebrail. The clerk added these up to 1,816"; "... 944 in Tashkent and 601 in Namangan. That
made 4,013 dead in the republic"; "... and 1,204 in Shepetovka. Those 13,412 households
amounted to 89.4 percent of the plan".

The grammar read: the total is the first figure of its sentence, and the words before it
point back ("these", "those", "that", "they", "together") with a verb of adding or making
("added", "made", "came to", "amounted", "numbered", "in all"), or name it with a
demonstrative right before it ("Those 13,412 households"), or owns it by a possessive of a
noun the sentence before names ahead of its run ("the oblast militia raised the escort to
148 by adding 37 riflemen and 15 orderlies. The militia's 52 men ..."; only a fit is read
there). Its parts are then the
enumeration that closes the sentence before: the last run of counts of one unit there (two
or more, each after a comma, "and" or the run's start). The sentence names the parts, so
they are not picked for their arithmetic: a sum that fits is consistent, a usual slip of
it, or the sum less exactly one of three or more parts (a part left out when adding up),
inconsistent; anything else is left to the other readings. A comparative after the total
("That made 636 more deaths than births") reads a difference, no sum.
"""

from __future__ import annotations

import itertools
import re

from borderlands.figures.addedupto import added_up_to
from borderlands.figures.closedruns import joins
from borderlands.figures.countedsums import is_part
from borderlands.figures.kinds import (
    Finding,
    Sentence,
    compatible,
    fit_or_slip,
    num,
    printed,
    slip_finding,
)
from borderlands.figures.leftoutsums import left_out_finding
from borderlands.figures.passages import Located
from borderlands.figures.placerates import is_thing_count
from borderlands.figures.supersede import superseded
from borderlands.figures.verdicts import Verdict

#: The first cheap test: a word pointing back to what was just listed.
CUE_WORDS = frozenset({"these", "those", "that", "this", "they", "them", "together",
                       "altogether"})  # fmt: skip
BACK_RE = re.compile(
    r"\b(?:these|those|they|them|that|this|together|altogether|between\s+them)\b", re.I
)
ADD_RE = re.compile(
    r"\b(?:made|makes?|came\s+to|comes?\s+to|added|adds?|amounted|amounts?|totall?ed|"
    r"totals?|numbered|brought|brings?|summed|in\s+all)\b",
    re.I,
)
#: "Those 13,412 households": the total named by a demonstrative right before it.
DEMONSTRATIVE_RE = re.compile(r"\b(?:these|those)\s+(?:[a-z]+\s+)?$", re.I)
#: After the total: a comparison or a share, no sum.
COMPARED_RE = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:more|fewer|less|than|per|percent)\b", re.I)
#: Parts the total's own words name ("Miners and builders together"): a subset, not the run.
COORDINATED_RE = re.compile(r"\b[a-z]+\s+and\s+[a-z]+\b", re.I)
#: "The militia's 52 men": the total owned by a noun of the sentence before.
POSSESSOR_RE = re.compile(r"\s*(?:the\s+)?([A-Za-z-]+)(?:'s|’s)\s+$", re.I)
#: What may stand between two members of an enumeration besides their own words.
JOIN_RE = re.compile(r"(?:,|;|\band\b)")
DIGIT_RE = re.compile(r"\d")


def back_sums(s: Sentence, before: Sentence | None, found: list[Finding]) -> list[Finding]:
    """``found`` with the total of ``s`` that adds up the enumeration closing ``before``."""
    if before is None or before.passage is not s.passage or len(s.figures) == 0:
        return found
    if not s.says_any(CUE_WORDS) and "'s " not in s.text and "’s " not in s.text:
        return found
    text = s.passage.text
    total = s.figures[0]
    q = total.quantity
    if not is_thing_count(total) or DIGIT_RE.search(q.text) is None:
        return found
    lead = text[s.start : q.phrase_start]
    owner = POSSESSOR_RE.match(lead)
    if owner is None:
        if BACK_RE.search(lead) is None:
            return found
        if ADD_RE.search(lead) is None and DEMONSTRATIVE_RE.search(lead) is None:
            return found
    if COMPARED_RE.match(text, q.end, s.end) or COORDINATED_RE.search(lead):
        return found  # "Miners and builders together came to": the lead names which parts
    if any(f.start == q.start and f.verdict != Verdict.unverifiable for f in found):
        return found
    parts = enumeration(before, total)
    if len(parts) < 2:
        return found
    if owner is not None and not gave_the_parts(owner.group(1), before, parts[0]):
        return found
    read = back_total(total, parts)
    if read is None or (owner is not None and read.verdict != Verdict.consistent):
        return found  # a possessive points back less surely: only a fit is read
    return superseded(found, [read])


def gave_the_parts(owner: str, before: Sentence, first: Located) -> bool:
    """Whether the sentence before names ``owner`` ahead of the run of parts ("the oblast
    militia raised it to 148 by adding 37 riflemen and 15 orderlies")."""
    head = before.passage.text[before.start : first.quantity.start]
    return re.search(rf"\b{re.escape(owner)}\b", head, re.I) is not None


def enumeration(s: Sentence, total: Located) -> tuple[Located, ...]:
    """The last run of counts of one unit in ``s``, each joined to the one before by a comma
    or "and", oldest first."""
    text = s.passage.text
    counts = [f for f in s.figures if is_thing_count(f)]
    if not counts or not is_part(counts[-1]) or not compatible(counts[-1], total):
        return ()
    unit = counts[-1].quantity.unit
    run = [counts[-1]]
    for f in reversed(counts[:-1]):
        if f.quantity.unit != unit or not is_part(f):
            break
        between = text[f.quantity.end : run[0].quantity.phrase_start]
        if JOIN_RE.search(between) is None or DIGIT_RE.search(between):
            break  # the pointer takes the whole enumeration, asides and all
        run.insert(0, f)
    return tuple(run)


def back_total(total: Located, parts: tuple[Located, ...]) -> Finding | None:
    """``total`` read as the sum of ``parts``."""
    value = sum(p.quantity.mid for p in parts)
    formula = " + ".join(printed(p) for p in parts)
    what = f"the {len(parts)} counts listed just before it"
    fits = f"{what} add up to {num(value)}"
    q = total.quantity
    if added_up_to(total):
        # "added these up to 1,816": the verb's particle, no bound; the figure is exact
        read = (
            Finding("sum", q.start, q.end, q.mid, Verdict.consistent, formula, value, parts,
                    fits)
            if abs(value - q.mid) <= max(q.step, 1.0) / 2
            else slip_finding("sum", total, value, formula, parts, what, usual_only=True)
        )  # fmt: skip
    else:
        read = fit_or_slip("sum", total, value, formula, parts, fits, what, usual_only=True)
    if read is not None:
        return read
    text = total.passage.text
    if not all(joins(text[a.quantity.end : b.quantity.phrase_start])
               for a, b in itertools.pairwise(parts)):
        return None  # a clause inside the run: its first part may stand apart from the rest
    return left_out_finding(total, parts, what)
