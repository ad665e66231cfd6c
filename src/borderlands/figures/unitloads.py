""" "An echelon carried about 1,120 people and a wagon about 27": the load of one unit.

A rate per unit is told by its grammar in four ways: a singular unit as the subject of a
verb of holding ("an echelon carried", "the average family numbered"), a unit left to be
understood after such a subject ("and a wagon about 27", "a Bukovinian one nearly 15"), a
count "to a unit" ("about 40 to a wagon", "10.4 to every family removed"), and "one for
every N" after a count of the ones ("2,915 soldiers gave one guard for every seven
deportees"). Its two inputs are read by their nouns, not by their values:

* the divisor is the nearest count before it of the unit's noun ("34 echelons"), in its
  sentence or the two before; for "one for every" the count the "one" stands for;
* the whole is the nearest count before it of the thing counted (its noun, or persons when
  none is printed), in its sentence or the two before; for persons of a unit the sentence
  does not qualify ("an echelon", not "a Moldavian wagon"), else the article's own total:
  the count of persons it prints most often before the rate (the largest of those printed
  as often).

A fit is consistent; a miss is flagged only for a usual slip (a digit swapped or dropped),
since the whole may be another than the one read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from borderlands.figures.kinds import (
    Finding,
    Sentence,
    accepts_count,
    is_count,
    printed,
    slip_finding,
)
from borderlands.figures.passages import Located
from borderlands.figures.plans import is_plan
from borderlands.figures.unitscales import PERSON_UNITS, larger_units
from borderlands.figures.verdicts import Verdict

APPROX = r"(?:(?:about|some|nearly|almost|roughly|around|approximately|just\s+over|" \
    r"just\s+under|over|under)\s+)?"
HOLD_VERB = (
    r"(?:carried|held|numbered|averaged|counted|had|took|housed|ran\s+to|came\s+to|"
    r"consisted(?:\s+on\s+average)?\s+of|brought|contained|comprised|"
    r"(?:was|were)\s+made\s+up\s+of)"
)
#: "only seven", "just 12": a figure the words call small or exact, no less a rate
LIMIT = r"(?:(?:only|just|barely|fully|exactly)\s+)?"
#: ", on these figures,": an aside between a subject and its verb
ASIDE = r"(?:,\s+(?:[a-z]+\s+){1,4}?[a-z]+,\s+)?"
#: "An echelon thus carried about", "The average family taken numbered", "each Bukovinian
#: echelon about", "A family, on these figures, counted", "a wagon carried on average only":
#: a singular unit, the subject of the figure that follows
SUBJECT_RE = re.compile(
    r"\b(?P<det>an?|each|every|the\s+average)\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)"
    r"(?P<unit>[a-z]{3,})" + ASIDE + r"\s*(?:[a-z]+\s+){0,2}?(?:thus\s+|then\s+|therefore\s+)?"
    + HOLD_VERB + r"\s+(?:on\s+average\s+|an\s+average\s+of\s+)?" + LIMIT + APPROX + r"$",
    re.I,
)
#: "The families that were taken averaged": a plural unit, its average
PLURAL_RE = re.compile(
    r"\bthe\s+(?P<mods>(?:[a-z-]+\s+){0,2}?)(?P<unit>[a-z]{3,})\s+(?:[a-z]+\s+){0,3}?"
    r"averaged\s+" + APPROX + r"$",
    re.I,
)
#: "and a wagon about 27", "a Bukovinian one nearly 15": a further unit, its verb understood
ELLIPSIS_RE = re.compile(
    r"(?:,|\band|\bwhile)\s+(?:an?|each|every)\s+(?P<mods>(?:[a-z-]+\s+){0,3}?)"
    r"(?P<unit>[a-z]{3,})\s+" + APPROX + r"$",
    re.I,
)
#: "about 40 to a wagon", "10.4 to every family removed", "persons for each returning family"
TO_UNIT_RE = re.compile(
    # "2.8 head of cattle to a family": the noun, and what it is of
    r"(?:(?:\s+(?P<noun>[a-z]{3,})(?:\s+of\s+[a-z]{3,})?)?(?:\s+[a-z]+)?\s+"
    r"(?:(?:to|per|for|in)\s+(?:an?|each|every|the)"
    r"|per(?!\s+(?:cent|day|week|month|year|annum)\b))"  # "73 kilograms per family"
    # "50 stremmata a family", "about 2.7 a family", "10.5 kg a head"
    r"|(?:\s+(?P<bare>(?!(?:of|in|at|on|to|as|is|or|by)\b)[a-z]{2,}))?\s+an?)"
    # "to a deported family", "for each returning family": a participle before the unit
    r"\s+(?P<mods>[a-z-]+(?:ed|ing)\s+|(?:[a-z-]+\s+){0,1}?)(?P<unit>[a-z]{3,})\b(?!\s+of\b)",
    re.I,
)
#: "ran to about 58 wagons and carried about": a second verb of the unit before
AND_VERB_RE = re.compile(r"\band\s+(?:thus\s+)?" + HOLD_VERB + r"\s+" + APPROX + r"$", re.I)
#: "one guard for roughly every", "one for every"
ONE_EVERY_RE = re.compile(
    r"\bone\s+(?:(?P<one>[a-z]+)\s+)?(?:for|to)\s+(?:roughly\s+|about\s+|some\s+)?"
    r"(?:every|each)\s+$",
    re.I,
)
#: the noun a count counts: the first or second word after it ("1,420 goods wagons",
#: "14,620 Romanian families")
NOUN_RE = re.compile(r"\s+(?:of\s+)?([a-z-]{3,})\b(?:\s+([a-z]{3,})\b)?", re.I)
#: the nouns of persons; "members" of a family or household, "travellers" of a train
PERSONS = frozenset([
    "perso", "peopl", "depor", "retur", "settl", "souls", "inhab", "passe", "exile", "evacu",
    "refug", "arriv", "indiv", "membe", "trave", "occup",
])
PERSONS_OR_NONE = PERSONS | {""}  # no counted noun, or one of persons
NOT_UNITS = frozenset(["avera", "total", "whole", "rate", "the", "and", "this", "that"])
NEAR = 0.05  # a miss this close is no slip: the whole read may be a neighbour of the one meant
LOOK_BACK = 2  # sentences before a rate where its inputs may stand


def stem(word: str) -> str:
    """The first five letters of ``word``, a plural in -ies read as its singular ("lorries",
    "lorry")."""
    word = word.lower()
    if len(word) > 4 and word.endswith("ies"):
        word = word[:-3] + "y"
    return word[:5]


def nouns_after(f: Located) -> tuple[str, ...]:
    m = NOUN_RE.match(f.passage.text, f.quantity.end)
    return () if m is None else tuple(stem(w) for w in m.groups() if w)


def counts_unit(f: Located, unit: str) -> bool:
    return unit in nouns_after(f)


#: "9,810 persons respectively, 48,620 in all": a total of the persons just counted
IN_ALL_RE = re.compile(r"\s+(?:in\s+all|altogether|in\s+total|all\s+told)\b", re.I)


def counts_persons(f: Located) -> bool:
    q = f.quantity
    if q.unit == "persons" and IN_ALL_RE.match(f.passage.text, q.end):
        return True
    nouns = nouns_after(f)
    if nouns and nouns[0] in PERSONS:
        return True
    q = f.quantity
    return q.unit == "persons" and not q.unit_implied and (q.subject or "")[:5].lower() in PERSONS


#: "six walkers", "40 trainees": a noun of people named by what they do, right after a count
AGENT_RE = re.compile(r"\s+[a-z]{3,}(?:ers|ees)\b")


class UnitRate:
    """How one figure is told as a rate: its unit, what it counts, where its cue begins."""

    def __init__(self, unit: str, counted: str, cue: int, qualified: bool, one_every: bool,
                 agent: bool = False):
        self.unit = unit
        self.counted = counted  # a noun stem, or "" for persons
        #: the counted noun names people by what they do ("walkers", "trainees")
        self.agent = agent
        self.cue = cue  # the passage offset before which its inputs stand
        self.qualified = qualified  # "a Moldavian wagon": a part of the whole, not all of it
        self.one_every = one_every


def told_rate(s: Sentence, r: Located, prior: UnitRate | None) -> UnitRate | None:
    """The unit rate ``r`` is told as, if any (``prior``: the sentence's rate before it)."""
    text = s.passage.text
    q = r.quantity
    before = text[max(s.start, q.phrase_start - 90) : q.phrase_start]
    after = nouns_after(r)
    counted = after[0] if after and after[0] not in ("to", "per", "for", "each") else ""
    agent = AGENT_RE.match(text, q.end) is not None
    if counted in ("those", "them"):  # "one for every 46 of those arrested": persons
        counted = ""
    m = ONE_EVERY_RE.search(before)
    if m is not None:  # "one horse for every six": the unit is the noun of the one
        return UnitRate(stem(m.group("one") or ""), counted,
                        q.phrase_start - len(before) + m.start(), False, True, agent)  # fmt: skip
    m = SUBJECT_RE.search(before)
    if m is not None and stem(m.group("unit")) not in NOT_UNITS:
        unit = stem(m.group("unit"))
        return UnitRate(unit, counted, q.phrase_start - len(before) + m.start(),
                        bool(m.group("mods").strip()), False)  # fmt: skip
    m = PLURAL_RE.search(before)
    if m is not None and stem(m.group("unit")) not in NOT_UNITS:
        return UnitRate(stem(m.group("unit")), counted, q.phrase_start - len(before) + m.start(),
                        bool(m.group("mods").strip()), False)  # fmt: skip
    if prior is not None and not prior.one_every and AND_VERB_RE.search(before):
        return UnitRate(prior.unit, counted, prior.cue, prior.qualified, False)
    m = ELLIPSIS_RE.search(before)
    if m is not None and prior is not None and not prior.one_every:
        unit = stem(m.group("unit"))
        qualified = bool(m.group("mods").strip())
        if unit == "one":
            unit, qualified = prior.unit, True
        return UnitRate(unit, counted or prior.counted, prior.cue, qualified, False)
    m = TO_UNIT_RE.match(text, q.end, s.end)
    if m is not None and not re.match(r"\s*(?:[\d,]+|thousand|hundred)\b", text[m.start("unit"):]):
        noun = stem(m.group("noun") or m.group("bare") or "")
        if noun in ("to", "per", "for", "in") or noun == stem(m.group("unit")):
            noun = ""
        return UnitRate(stem(m.group("unit")), noun, q.start, bool(m.group("mods").strip()),
                        False)  # fmt: skip
    return None


def nearest(cands: list[Located]) -> Located | None:
    return max(cands, key=lambda f: (f.sentence, f.quantity.start), default=None)


#: a count told as a rate itself: "2,480 persons to an echelon", "4.3 persons a family"
IS_RATE_RE = re.compile(r"(?:\s+[a-z]+)?\s+(?:to|per|for|a)\s+(?:an?\s+|each\s+|every\s+)?"
                        r"(?!\d|day|week|month|year)[a-z]+\b(?<!\bthe)", re.I)
PLAN_RE = re.compile(r"\bplan", re.I)


def told_as_rate(f: Located) -> bool:
    return IS_RATE_RE.match(f.passage.text, f.quantity.end) is not None


def is_rate(f: Located) -> bool:
    """A rate, or an approximate figure: no input of a load."""
    return f.quantity.approx or told_as_rate(f)


def planned(f: Located) -> bool:
    """A count in a sentence that speaks of a plan before it ("The plan named 86,400")."""
    start = f.passage.sentences[f.sentence][0]
    return PLAN_RE.search(f.passage.text, start, f.quantity.start) is not None


def article_total(earlier: list[Located], r: Located) -> Located | None:
    """The count of persons the article prints most often before ``r`` (at least twice)."""
    prints = [f for f in earlier if f.raw_start < r.raw_start and is_count(f)
              and f.quantity.unit in ("persons", "") and not f.quantity.approx
              and not is_plan(f) and not planned(f)]  # fmt: skip
    named = {f.quantity.value for f in prints if counts_persons(f)}
    often = Counter(f.quantity.value for f in prints if f.quantity.value in named)
    if not often:
        return None
    value = max(often, key=lambda v: (v, often[v]))  # the most printed, then the largest
    return next(f for f in prints if f.quantity.value == value and counts_persons(f))


def most_printed_persons(earlier: list[Located], r: Located) -> Located | None:
    """The count of persons printed most often before ``r`` (at least twice; the largest
    of those printed as often): the people the article is about ("the 3,742")."""
    prints = [f for f in earlier if f.raw_start < r.raw_start and is_count(f)
              and f.quantity.unit in ("persons", "") and not f.quantity.approx
              and not is_plan(f) and not planned(f)]  # fmt: skip
    named = {f.quantity.value for f in prints if counts_persons(f)}
    often = Counter(f.quantity.value for f in prints if f.quantity.value in named)
    if not often:
        return None
    value = max(often, key=lambda v: (often[v], v))
    if often[value] < 2:
        return None
    return next(f for f in prints if f.quantity.value == value and counts_persons(f))


def article_units(earlier: list[Located], r: Located, unit: str) -> Located | None:
    """The count of ``unit`` the article printed most often before ``r`` outside a plan,
    the largest of those printed as often: the units of all ("20,960 families" for "10.4
    to every family removed"; "the 6,215 families", printed again as "Of the 6,215", over
    "Of the 8,460 families" once). A value counts each print once its noun names it."""
    prints = [f for f in earlier if f.raw_start < r.raw_start and is_count(f)
              and not f.quantity.approx and not is_plan(f)
              and not planned(f) and not told_as_rate(f)]  # fmt: skip
    cands = [f for f in prints if counts_unit(f, unit)]
    named = {f.quantity.mid for f in cands}
    often = Counter(f.quantity.mid for f in prints if f.quantity.mid in named)
    return max(cands, key=lambda f: (often[f.quantity.mid], f.quantity.mid), default=None)


#: a count and its rate side by side: "218,400 head of cattle, 10.4 to every family"
APPOSED_RE = re.compile(r"^(?:\s+[a-z]+){0,3},\s*$", re.I)


def apposed_whole(s: Sentence, r: Located) -> Located | None:
    """The count just before ``r`` in its sentence, set beside it by a comma alone, when
    ``r`` names no counted noun of its own (the rate is of that count)."""
    if nouns_after(r)[:1] and nouns_after(r)[0] not in ("to", "per", "for", "each", "a"):
        return None
    before = [f for f in s.counts if f.quantity.end <= r.quantity.phrase_start]
    if not before:
        return None
    prev = before[-1]
    text = s.passage.text[prev.quantity.end : r.quantity.phrase_start]
    return prev if APPOSED_RE.match(text) and not told_as_rate(prev) else None


#: "A train averaged about 2,100 passengers in 52 wagons": a second figure of the same
#: unit's load, joined to the first by a preposition of its clause
SAME_LOAD_RE = re.compile(r"^(?:\s+[a-z]+)?\s+(?:in|on|with|and)\s+" + APPROX + r"$", re.I)


def same_load(s: Sentence, prior: Located, r: Located) -> bool:
    """``r`` follows ``prior``, a load of a unit its subject names, in the same clause."""
    return SAME_LOAD_RE.match(s.passage.text[prior.quantity.end : r.quantity.phrase_start]) \
        is not None


def unit_load(
    s: Sentence, r: Located, how: UnitRate, earlier: Callable[[], list[Located]],
    loads: tuple[Located, ...] = (),
) -> Finding | None:
    """``r`` read as the whole its counted noun names over the count of its unit; ``loads``
    are figures of the sentence told as loads themselves, no inputs."""
    near = [f for f in earlier() if f.passage is s.passage
            and s.index - LOOK_BACK <= f.sentence <= s.index and is_count(f) and f is not r
            and f.quantity.end <= how.cue
            and "\n" not in s.passage.text[f.quantity.end : how.cue]
            and not is_rate(f) and not any(f is g for g in loads)]  # fmt: skip
    if how.one_every:
        units_of = [f for f in near if f.sentence == s.index and not counts_unit(f, how.counted)]
        if not units_of and how.unit:  # "9,150 horses ... one horse for every six walkers"
            units_of = [f for f in near if counts_unit(f, how.unit)]
    elif how.unit in PERSON_UNITS:  # "about 37 kilograms a head": of the persons counted
        units_of = [f for f in near if counts_persons(f)]
    else:
        units_of = [f for f in near if counts_unit(f, how.unit)]
    units = nearest(units_of)
    if units is None and how.unit in PERSON_UNITS and how.counted not in PERSONS_OR_NONE:
        units = article_total(earlier(), r)
    if units is None and not how.one_every:  # "73 kilograms per family for the 2,062 families"
        units = next((f for f in s.counts if f.quantity.start > r.quantity.end
                      and counts_unit(f, how.unit) and not is_rate(f)), None)  # fmt: skip
    if units is None and not how.one_every and not how.qualified:
        units = article_units(earlier(), r, how.unit)
    if units is None or units.quantity.mid <= 0:
        return None
    apposed = apposed_whole(s, r)
    if apposed is not None and apposed is not units and apposed.quantity.mid > units.quantity.mid:
        return judged(r, apposed, units)  # "218,400 head of cattle, 10.4 to every family"
    scales = larger_units(how.counted)
    scaled = [(f, scale) for f in near for big, scale in scales.items() if counts_unit(f, big)]
    if scaled and not any(counts_unit(f, how.counted) for f in near):
        scaled_whole, scale = max(scaled, key=lambda p: (p[0].sentence, p[0].quantity.start))
        # "151 tonnes", "about 73 kilograms per family"
        return judged(r, scaled_whole, units, scale)
    if how.counted and how.counted not in PERSONS:
        wholes = [f for f in near if counts_unit(f, how.counted)]
        if not wholes and how.agent:  # "six walkers", none counted as such: persons
            wholes = [f for f in near if counts_persons(f)]
    else:
        wholes = [f for f in near if counts_persons(f)]
    paired = [(u, w) for u in units_of for w in wholes
              if w.sentence == u.sentence and w.quantity.mid > u.quantity.mid]  # fmt: skip
    if paired and not any(u.sentence == s.index for u in units_of):
        # "reported 15,062 families and 68,938 persons": the units printed with their whole
        paired_units, paired_whole = max(paired, key=lambda p: (
            p[0].sentence, -abs(p[0].quantity.start - p[1].quantity.start)))
        return judged(r, paired_whole, paired_units)
    wholes = [f for f in wholes if f.quantity.mid > units.quantity.mid and f is not units]
    whole = nearest(wholes)
    if whole is None and not how.qualified and how.counted in PERSONS_OR_NONE:
        whole = article_total(earlier(), r)
    if whole is None or whole.quantity.mid <= units.quantity.mid:
        return None
    found = judged(r, whole, units)
    if how.one_every and how.counted in PERSONS_OR_NONE and (
        found is None or found.verdict != Verdict.consistent
    ):  # "210 soldiers, one for every 18 deportees": of all the article's deportees
        total = most_printed_persons(earlier(), r)
        if total is not None and total is not whole and total.quantity.mid > units.quantity.mid:
            of_all = judged(r, total, units)
            if of_all is not None and of_all.verdict == Verdict.consistent:
                return of_all
    return found


def judged(r: Located, whole: Located, units: Located, scale: float = 1.0) -> Finding | None:
    """Consistent when ``whole`` (times ``scale``, its unit in the rate's) over ``units``
    gives ``r``, else a usual slip, else None."""
    q = r.quantity
    value = whole.quantity.mid * scale / units.quantity.mid
    formula = f"{printed(whole)} / {printed(units)}"
    if scale != 1.0:
        formula = f"{printed(whole)} * {scale:g} / {printed(units)}"
    if accepts_count(q, value) and abs(value - q.mid) <= max(NEAR * 2 * q.mid, min(q.step, 1) / 2):
        return Finding(
            "rate", q.start, q.end, q.mid, Verdict.consistent, formula, value, (whole, units),
            f"{printed(whole)} over the {printed(units)} its unit counts is {value:.1f} each",
        )  # fmt: skip
    if abs(value - q.mid) <= NEAR * q.mid:
        return None  # a rounding of a whole read near, not a slip
    return slip_finding("rate", r, value, formula, (whole, units),
                        "the whole and the units its nouns name", usual_only=True)  # fmt: skip


def unit_loads(
    s: Sentence, found: list[Finding], earlier: Callable[[], list[Located]]
) -> list[Finding]:
    """``found`` with its unverifiable rates, and the sentence's rates nothing read, read as
    loads of a unit where the grammar tells one."""
    by_start = {f.start: f for f in found}
    out = list(found)
    prior: UnitRate | None = None
    prior_figure: Located | None = None
    told: list[tuple[Located, UnitRate]] = []
    for r in s.counts:
        how = told_rate(s, r, prior)
        if (how is None and prior is not None and prior_figure is not None
                and not prior.one_every and same_load(s, prior_figure, r)):  # fmt: skip
            counted = nouns_after(r)[:1]
            how = UnitRate(prior.unit, counted[0] if counted else "", prior.cue,
                           prior.qualified, False)  # fmt: skip
        if how is not None:
            prior, prior_figure = how, r
            told.append((r, how))
    loads = tuple(r for r, _ in told)
    for r, how in told:
        had = by_start.get(r.quantity.start)
        # a rate read on another load of its sentence rests on no figure its words name
        on_load = had is not None and had.kind == "rate" and any(
            f is g for f in had.inputs for g in loads)
        if had is not None and not on_load and (
            had.kind != "rate" or had.verdict != Verdict.unverifiable
        ):
            continue
        if had is None and any(f.start < r.quantity.end and r.quantity.start < f.end
                               for f in found):  # fmt: skip
            continue
        read = unit_load(s, r, how, earlier, loads)
        if read is None:
            continue
        out = [read if f is had else f for f in out] if had is not None else [*out, read]
    return out
