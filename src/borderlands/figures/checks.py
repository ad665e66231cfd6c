"""Derived figures and their verdicts: statcheck for historians' arithmetic.

For every derived figure (a percentage, a share in words, a "times" ratio, a multiple such as
"tripled", persons per family implied by paired counts, a total that sums its parts) we look
for input figures that reproduce it, nearest first: same sentence, same paragraph or note,
the notes a paragraph calls (and the paragraph that calls a note), passages nearby, then the
whole article. A fit's distance is the distance of its farthest input.

Brute force across a whole article finds spurious fits: with hundreds of numbers, almost any
percentage is some x/y. So each fit carries ``chance``, the number of fits one would expect
by accident in its acceptance window at that distance; a far fit ("nearby" or "article") is
only called consistent when that chance is small, and otherwise shown as a candidate under an
``unverifiable`` verdict. Inconsistent is only said of a claim whose own sentence holds a few
inputs and whose closest reproduction misses by a small margin: a wide miss means the inputs
are simply elsewhere.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

import numpy as np

from borderlands.figures.accountedrest import accounted_rest, cued_rests
from borderlands.figures.addedparts import names_every_part
from borderlands.figures.addedtotals import added_totals
from borderlands.figures.adjacentparts import adjacent_parts
from borderlands.figures.apposedpairs import apposed_pairs
from borderlands.figures.apposedpart import apposed_count
from borderlands.figures.apposedshares import apposed_part, misread
from borderlands.figures.apposedsiblings import bracketed_count, denominator
from borderlands.figures.appositions import apposition_after
from borderlands.figures.asides import in_archival_aside
from borderlands.figures.asmany import as_many_before
from borderlands.figures.averageside import average_sides
from borderlands.figures.backsums import back_sums
from borderlands.figures.bracketedparts import flags_another_part
from borderlands.figures.bracketnoun import bracketed_whole_noun
from borderlands.figures.carriedloads import carried_loads
from borderlands.figures.carriedtotals import carried_totals
from borderlands.figures.chainwords import one_in_chains
from borderlands.figures.clausedates import own_clause_durations
from borderlands.figures.closedlists import closed_list_pair
from borderlands.figures.closedruns import closed_runs
from borderlands.figures.closingsums import closed_after, closed_in_sentence
from borderlands.figures.colonparts import colon_parts
from borderlands.figures.comparedside import on_compared_side
from borderlands.figures.coordrates import coordinated_rates
from borderlands.figures.countedsubsets import (
    joined_names,
    label_after,
    named_in_label,
    subject_count,
)
from borderlands.figures.countedsums import counted_sums
from borderlands.figures.countedtotals import parts_counted
from borderlands.figures.crossdates import (
    days_after_event,
    durations_across,
    span_from_named,
)
from borderlands.figures.describedwhole import on_topic_first
from borderlands.figures.differences import difference_of_two
from borderlands.figures.doubleof import double_multiples
from borderlands.figures.durationends import checked_ends
from borderlands.figures.eventclauses import event_clause_spans
from borderlands.figures.eventspans import worded_spans
from borderlands.figures.eventyears import year_in_force
from borderlands.figures.everyrates import every_rate
from borderlands.figures.everywords import every_word_loads
from borderlands.figures.falls import falls
from borderlands.figures.familysizes import family_sizes
from borderlands.figures.farparts import far_rate_whole, far_remainder
from borderlands.figures.figurelists import figure_lists
from borderlands.figures.fractionnoun import is_rate_base
from borderlands.figures.fractiontopic import unnamed_fit
from borderlands.figures.fractionwhole import part_in_later_clause, whole_misplaced
from borderlands.figures.frontedwhole import (
    FRONTED_BACK,
    WRONG_WHOLE_BACK,
    fronted_whole,
    labels,
    wrong_wholes,
)
from borderlands.figures.groupsizes import group_sizes
from borderlands.figures.implicitside import implicit_side_comparisons
from borderlands.figures.joinedwholes import joined_whole
from borderlands.figures.kinds import (
    DAY_MONTH_RE,
    DIGIT_RE,
    MULTIPLE_CUE_SET,
    MULTIPLE_PHRASE_RE,
    NUMBER_WORD,
    OPPOSITE,
    PER_SCALE_AFTER_RE,
    REMAINDER_BEFORE_RE,
    Finding,
    Sentence,
    accepts_count,
    find_all,
    is_count,
    is_scale,
    months_from_previous,
    printed,
    rate_cue,
    sentences_of,
    slip_finding,
)
from borderlands.figures.labelchains import label_chains
from borderlands.figures.labelledfractions import BACK as FRACTION_BACK
from borderlands.figures.labelledfractions import fraction_sides
from borderlands.figures.labelledrates import labelled_rates
from borderlands.figures.leftout import part_left_out
from borderlands.figures.leftoutsums import left_out
from borderlands.figures.leftrests import PART_OF_THEM_RE, left_rests
from borderlands.figures.levelchanges import level_changes
from borderlands.figures.lexicon import TIME_WORDS, UNIT_WORDS
from borderlands.figures.likelyrates import likely_rates
from borderlands.figures.likelyside import likely_sides
from borderlands.figures.listcounts import bracket_lists, colon_lists, comma_lists
from borderlands.figures.listedrates import listed_rate_findings
from borderlands.figures.listedwhole import listed_whole
from borderlands.figures.listranks import has_rank_word, list_ranks, with_list_ranks
from borderlands.figures.listrests import is_rest_or_whole
from borderlands.figures.listshares import (
    TOGETHER_RE,
    ListShare,
    aligned_parts,
    judge_run,
    rest_holds,
    rest_pair,
    share_runs,
)
from borderlands.figures.listsum import sum_of_the_others, without_subtotals
from borderlands.figures.listtotals import closes_own_list, list_totals
from borderlands.figures.listwhole import list_parts
from borderlands.figures.memberfractions import member_fractions
from borderlands.figures.membershares import (
    in_whole_phrase,
    listing_whole,
    member_count,
    member_share,
    member_subject,
)
from borderlands.figures.mistypedsums import mistype_shows
from borderlands.figures.namedafter import named_after_spans
from borderlands.figures.namedends import spans_with_own_ends
from borderlands.figures.namedmembers import (
    listed_count,
    named_member,
    subject_names,
    wider_than_total,
)
from borderlands.figures.namedorders import named_orders
from borderlands.figures.namedpeaks import named_peaks
from borderlands.figures.namedrates import named_rates
from borderlands.figures.namedrest import named_rest
from borderlands.figures.namedrests import named_rests
from borderlands.figures.namedsums import ADDING_RE, named_sums
from borderlands.figures.namedtotals import parts_named
from borderlands.figures.namedverbs import named_verb_orders
from borderlands.figures.namedwholes import bound_name, named_whole_rates
from borderlands.figures.namedwholes import stem as wholes_stem
from borderlands.figures.nounchains import noun_chains
from borderlands.figures.nounmember import member_part, member_whole, subject_noun
from borderlands.figures.nounpairs import noun_pair_rates
from borderlands.figures.nounrates import noun_rate, rate_noun_after
from borderlands.figures.nounsums import noun_sums
from borderlands.figures.nounthousands import noun_thousands
from borderlands.figures.numbers import UNITS, format_number, parse_words, round_half_up, truncate
from borderlands.figures.ofparts import of_split
from borderlands.figures.ofthemparts import of_them_parts
from borderlands.figures.ofthese import whole_of_these
from borderlands.figures.oneinwords import may_hold_ones, member_after, ones_in
from borderlands.figures.openingperiods import opening_period_multiples
from borderlands.figures.ordinalparts import ordinal_member
from borderlands.figures.otherclauses import in_new_subject_clause
from borderlands.figures.otherdeclines import decline_of_another
from borderlands.figures.pairedrates import paired_rate
from borderlands.figures.pairedseries import paired_series
from borderlands.figures.pairedtotals import paired_totals
from borderlands.figures.pairedwholes import paired_whole
from borderlands.figures.pairpace import pace_pairs
from borderlands.figures.parallelrates import parallel_rates
from borderlands.figures.partitivewhole import apposed_partitive, points_back_to_whole
from borderlands.figures.partpairs import joined_apart
from borderlands.figures.partrates import part_whole_rate
from borderlands.figures.passages import Located, Passage
from borderlands.figures.placerates import place_rate
from borderlands.figures.placethousands import per_place
from borderlands.figures.plans import (
    PLAN_BY_RE,
    PLAN_SHARE_RE,
    PLAN_WORD_RE,
    PlanIndex,
    is_plan,
    said_difference,
)
from borderlands.figures.planshortfall import is_shortfall, says_plan_share
from borderlands.figures.pointedleft import pointed_part_and_rest
from borderlands.figures.pointedpairs import pointed_pair
from borderlands.figures.pointedspans import pointed_spans
from borderlands.figures.previousdate import previous_date_spans
from borderlands.figures.prevwholes import previous_whole
from borderlands.figures.printedside import printed_side_findings
from borderlands.figures.proportioncompare import in_place_of, proportion_comparisons
from borderlands.figures.quantity import Quantity
from borderlands.figures.quotagaps import quota_gaps
from borderlands.figures.ranks import (
    RANK_WORD_SET,
    SUPERLATIVE_CUES,
    TOP_WORDS,
    NameIndex,
    compared_names,
    ranked_items,
    superlative_names,
)
from borderlands.figures.ratedlosses import rated_losses
from borderlands.figures.raterank import (
    CUE_RE as RANK_CUE_RE,
)
from borderlands.figures.raterank import (
    CUE_WORD_SET as RANK_CUE_SET,
)
from borderlands.figures.raterank import (
    Entry,
    RateRatio,
    RawEntry,
    claims_in,
    entries_of,
    named_group,
    parallel_entries,
    rate_ratio,
)
from borderlands.figures.rateunits import on_named_divisor
from borderlands.figures.ratiocompare import ratio_comparisons
from borderlands.figures.rations import rations
from borderlands.figures.ratiosides import sides_unnamed
from borderlands.figures.relativefractions import relative_fractions
from borderlands.figures.relchanges import relative_changes, says_change
from borderlands.figures.reportedshares import (
    part_of_named_noun,
    reported_apart,
    reported_estimate,
)
from borderlands.figures.restatedfractions import restating_check, restating_checks
from borderlands.figures.restatedrest import restated_rests
from borderlands.figures.restbase import rest_of, whole_of_rest
from borderlands.figures.restcarried import carried_rest
from borderlands.figures.restrates import rest_rates
from borderlands.figures.restwhole import part_and_rest
from borderlands.figures.rivalwholes import side_by_side_wholes
from borderlands.figures.roadlosses import road_losses
from borderlands.figures.runmembers import inside_own_run
from borderlands.figures.seriesgaps import series_gaps
from borderlands.figures.sharechains import share_chain
from borderlands.figures.sharedloads import shared_loads
from borderlands.figures.sharedrest import shared_rests
from borderlands.figures.sharesubject import (
    OF_THE_WHOLE_RE,
    pronoun_share,
    subject_count_index,
    topic_named,
    words_beside,
)
from borderlands.figures.sharetopic import share_measure, speaks_of
from borderlands.figures.siblingshares import (
    joined_member_names,
    sibling_names,
    sibling_parts,
    whole_naming,
)
from borderlands.figures.sidebyside import side_by_side_comparisons
from borderlands.figures.slips import SLIP_NAMES, likely_slip, printed_like
from borderlands.figures.slipshape import GATED_KINDS, slip_shaped
from borderlands.figures.splitshares import split_shares
from borderlands.figures.spreadrest import BACK as SPREAD_BACK
from borderlands.figures.spreadrest import spread_rest
from borderlands.figures.stagewholes import STAGE_POOL, Printed, coordinated, stage_wholes
from borderlands.figures.statedgaps import stated_gaps
from borderlands.figures.subjectparts import subject_part
from borderlands.figures.sumgaps import skips_own_part
from borderlands.figures.summedshares import without_share_guesses
from borderlands.figures.summedwholes import is_list_sum_fit
from borderlands.figures.sumparts import after_closing_total, named_subset, rest_after
from borderlands.figures.sumrests import rests_of_sums
from borderlands.figures.thosephrase import placed, placed_phrase, placed_whole
from borderlands.figures.thosewholes import (
    apposed_subject,
    in_sentence,
    named_by_participle,
    those_whole,
)
from borderlands.figures.thousandback import thousand_back
from borderlands.figures.togethershares import joined_shares
from borderlands.figures.toone import to_one_ratios
from borderlands.figures.totalparts import (
    is_apposed_total,
    names_noun,
    noun_stems,
    printed_whole_index,
)
from borderlands.figures.twinpairs import twin_pairs
from borderlands.figures.twinshares import twin_shares
from borderlands.figures.twinwholes import twin_wholes
from borderlands.figures.unitaverages import unit_average_comparisons
from borderlands.figures.unitgaps import unit_gaps
from borderlands.figures.unitloads import unit_loads
from borderlands.figures.unreadrates import unread_rates
from borderlands.figures.valueranks import value_ranks
from borderlands.figures.verdicts import Verdict
from borderlands.figures.wholes import NOT_NOUNS, NOUN_AFTER_RE, NounIndex, rate_noun
from borderlands.figures.wholes import stem as noun_stem
from borderlands.figures.withshares import fronted_subject
from borderlands.figures.withtotals import with_totals
from borderlands.figures.wordlists import word_list_totals
from borderlands.figures.wordunits import with_word_counts
from borderlands.figures.wordwholes import word_whole_rate
from borderlands.figures.yearparts import year_part_rates
from borderlands.figures.yearpeaks import year_multiples, year_peaks
from borderlands.figures.yearsides import year_orders
from borderlands.figures.yearspansums import year_span_sums

SCOPES = ("sentence", "paragraph", "linked", "nearby", "article")
FAR = 3  # index of "nearby": from here on a fit needs a small chance to count
DECLINE_RE = re.compile(
    r"\b(declin\w*|decreas\w*|fell|fallen|dropped|drop|reduc\w*|lost|shrank|shrunk|"
    r"down to(?=\s+(?:[a-z]+\s+)?\d)|"  # "down to 1,560", not "down to the plain"
    r"a fall of)\b",  # "a fall of", not the season ("in the fall of 1937")
    re.I,
)
FAMILY_UNITS = frozenset(("families", "households"))
PARTS_RE = re.compile(r"\b(including|of whom|of which|among them)\b", re.I)
TOTAL_RE = re.compile(r"\b(total|altogether|combined|in all|between them)\b", re.I)
FAR_WORDS = {"nearby": "nearby passages", "article": "the article at large"}
#: "of those whose cases it reviewed" names the cases: a relative pronoun is not the noun.
MEASURE_RE = re.compile(r"\s+of\s+(?:(?:the|all|total|those|whose)\s+)*([A-Za-z]{4,})")
MEASURE_STEM = 6  # "arrests" and "arrested", "executions" and "executed" share six letters
NEAR_MISS = 0.10
#: Words before a count that make it the whole a share is taken of: "of the 298,000",
#: "4,100 of 14,900", "among 72,400", "out of 5,200".
BASE_CUE_RE = re.compile(
    r"\b(?:of|out of|among|against)\s+(?:the\s+|its\s+|their\s+|all\s+|a plan of\s+)?"
    r"(?:[A-Z][a-z]+['’]s\s+)?$",  # "of the Commission's 5,318"
    re.I,
)
PART_OF_RE = re.compile(r"\s+(?:[a-z]+\s+)?(?:of|out of)\s+(?:the|its|their|all)?\s*", re.I)
#: Words right before a percentage that say it is the decline itself.
DECLINE_OF_RE = re.compile(
    r"\b(?:an?\s+(?:[a-z]+\s+)?(?:decline|drop|fall|loss|reduction|decrease|cut|shortfall|"
    r"deficit)\s+(?:of|(?:[a-z]+\s+){1,4}(?:as|at))|(?:fell|fallen|declined|dropped|decreased|"
    r"shrank|shrunk|reduced|cut)\s+by)\s+$",
    re.I,
)  # the decline names the figure: "a loss of", "a fall the clerk gave as", "had fallen by"
#: "a total of 30,000", "altogether 6,412": said right before the total.
TOTAL_BEFORE_RE = re.compile(
    r"\b(?:total of|altogether|combined|in total|in all,)\s+(?:\w+\s+)?$", re.I
)
TOTAL_CUE_RE = re.compile(
    r"^,?\s+for the (?:year|month|quarter|period)\b|"
    r"\b(?:in all|altogether|combined|in total|a total of|together|between them|"
    r"(?:came|amounted|ran) to|totall?ed|"
    r"(?:brought|bringing|raised|raising) the (?:total|count|number)(?: for (?:the )?\w+)? to)\b",
    re.I,
)
#: Words that make a ranking a conclusion from the figures: "Ust-Chaya was thus the smallest".
DERIVED_RE = re.compile(r"\b(?:thus|therefore|hence|so|accordingly|then|clearly)\b", re.I)
#: A name in a sentence: a capitalised word of four letters or more, not its first word.
NAME_RE = re.compile(r"(?<=\s)([A-Z][a-z]{3,})\b")
#: A count in words and the word after it: "eight medical assistants".
WORD_COUNT_RE = re.compile(rf"\b({NUMBER_WORD})\s+([a-z][a-z-]+)", re.I)
WORD_COUNT_NOT_AFTER = frozenset(("the", "all", "these", "those", "its", "their", "first",
                                  "last", "of", "every", "each", "per"))  # fmt: skip
WORD_COUNT_NOT_NOUNS = frozenset(("of", "and", "or", "to", "in", "times", "percent", "per",
                                  "hundred", "thousand", "million"))  # fmt: skip
#: Verbs right before a total: "came to 45,240", "amounted to", "totalled".
SUM_VERB_RE = re.compile(r"\b(?:came|amounted|ran) to\s+(?:\w+\s+)?$|\btotall?ed\s+$", re.I)
RAISED_RE = re.compile(
    r"\b(?:brought|bringing|raised|raising)\s+(?:(?:the|its|their)\s+(?:[\w-]+\s+)?"
    r"(?:total|count|number|register|roll|tally|figure|strength|intake|population|numbers|"
    r"limit|quota)(?:\s+(?:for|of)\s+(?:the\s+)?\w+|(?:\s+[a-z]+){0,2})|it|them)\s+to\b|"
    # right before the total, whatever it counts: "bringing the medical staff to 62",
    # "raised the count of fit men to 8,770", "raised the bureau's funds to 9,100"
    r"\b(?:brought|bringing|raised|raising)\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,4}?"
    r"to\s+(?:some\s+|about\s+|over\s+)?$"
)  # "raising the number received to 16,553": up to two words of what the total counts
TOTAL_AFTER_RE = re.compile(r"\s+(?:in all|altogether|in total|together)\b", re.I)
BY_ADDING_RE = re.compile(r"\s+by\s+adding\b", re.I)
COLON_AFTER_RE = re.compile(r"[\s\w]{0,20}:")
#: Shares in words with no figure: "the great majority" (over three-quarters), "most of".
MAJORITY_RE = re.compile(
    r"\b(?:([Tt]he (?:great|vast|overwhelming) majority)|(?<!the )([Mm]ost)(?= of\b))"
)  # "the most of any region" is a superlative, not a share
#: "Of the 538 fugitives of 1950 most were caught": "most" of the whole the sentence opens with
MOST_OF_OPENING_RE = re.compile(
    r"\s*Of the [\d,]+ (?:[a-z]+ ){1,4}?(?:of \d{4} )?(most)(?= (?:were|had|did)\b)"
)
PAREN_GAP_RE = re.compile(r"[^\d()%;.]{0,30}[(,]\s*")
CLAUSE_MISS = 0.05
#: A clause break inside a list of parts: "186 in August, and in the months that followed".
LIST_BREAK_RE = re.compile(r";|,\s+and\s+(?:in|during|over|from)\s+the\b", re.I)
COLON_REACH = 60  # characters from a count to the colon that opens its parts
LIST_SENTENCES = 6  # sentences of its own paragraph before a rank searched for its list
LIST_BACK = 8  # passages before a rank's sentence searched for the list it ranks in
#: A later level of a count printed before it: "1,240 on arrival, numbered 620 by spring".
LATER_LEVEL_RE = re.compile(
    r"\b(?:numbered|fell to|dropped to|was down to|were down to|had fallen to|declined to|"
    r"shrank to|stood at)\s*$",
    re.I,
)
#: A sentence whose whole is the one before it names: "Of them, 1,300 came from ...".
ANAPHORIC_WHOLE_RE = re.compile(r"\s*(?:Of|Among|Out of)\s+(?:them|these|those|whom)\b", re.I)
#: Where a share's clause ends and another begins, with a subject of its own.
CLAUSE_BREAK_RE = re.compile(r";|,\s+(?:while|whereas|but|so that)\b", re.I)
WORD_RE = re.compile(r"\b(?:[A-Za-z]{5,}|0\d{3,})\b")
CLAUSE_STOP = frozenset(
    ("total", "perce", "about", "among", "under", "after", "other", "these", "those", "which",
     "there", "their", "where", "while", "being", "durin", "would", "could")
)  # fmt: skip
#: Nouns after "of the" that name no particular whole.
GENERIC_WHOLES = frozenset(("total", "whole", "figure", "number", "these", "them", "those"))
#: Nouns that name the whole of whatever its part counts: "4 percent of the population".
WHOLE_NOUNS = frozenset(("population", "contingent", "complement", "roll", "register"))
UNIT_WORDS_LOWER = {w.lower(): u for w, u in UNIT_WORDS.items()}
#: A sentence without figures may still hold a claim: a count in words before a list,
#: or a duration between two years.
#: ":" before a list, or a year: ``:\s+\S|\b1[89]\d\d\b`` with the year's boundary put
#: behind its "1", so that the engine skips straight to a colon or a "1" (the same matches,
#: about ten times faster; tests/test_figures_cues.py compares the two).
COUNT_CUE_RE = re.compile(r":\s+\S|1(?<=\b1)[89]\d\d\b")
#: Bounds that make the cost per claim constant (issue #16): sentences either side of a
#: claim searched for inputs, inputs per claim, parts per total, numerators per far search,
#: denominators looked up per numerator, pairs sampled for the chance of an accidental fit.
SENTENCE_WINDOW = 6
PER_SCALE_RE = re.compile(r"\bper\s+(?=\d)")  # "per 1,000": a scale, not a count
PER_THOUSAND_RE = re.compile(r"\s+per\s+(?:1,000|1000|thousand)\b")
LOCAL_LIMIT = 32
PART_LIMIT = 12
NUMERATOR_LIMIT = 12
FIT_LIMIT = 64
PAIR_SAMPLE = 400_000  # relative gap under which a sentence-level miss is called inconsistent


@dataclass(slots=True)
class Fit:
    formula: str
    computed: float
    inputs: tuple[Located, ...]
    scope: int
    mode: str = ""  # "rounds" | "truncates" | "approximately" | "above" | "below" | "exact"
    gap: float = 0.0
    chance: float = 0.0

    @property
    def scope_name(self) -> str:
        return SCOPES[self.scope]


@dataclass(slots=True)
class Check:
    claim: Located
    kind: str  # "share" | "fraction" | "ratio" | "multiple" | "per-family" | "sum"
    stated: str
    stated_value: float
    verdict: str  # "consistent" | "inconsistent" | "ambiguous" | "unverifiable"
    fit: Fit | None
    alternatives: list[Fit] = field(default_factory=list)
    explanation: str = ""
    stated_high: float | None = None
    intended: str | None = None  # for an inconsistency: the figure a usual slip would explain
    #: the figures a claim judged without a computed value rests on (the counts a rank or
    #: "twice" compares); a check with a fit rests on the fit's inputs
    compared: tuple[Located, ...] = ()

    @property
    def inputs(self) -> tuple[Located, ...]:
        """The printed figures the verdict rests on."""
        return self.fit.inputs if self.fit is not None else self.compared


@dataclass(slots=True)
class _Claim:
    located: Located
    kind: str
    stated: str
    values: tuple[float, ...]  # one value, or the two ends of a stated range
    step: float
    direction: str | None  # "about" | "above" | "below" | None (exact at printed precision)
    decline: bool = False


# -- acceptance ------------------------------------------------------------------------------


def accepts(stated: float, step: float, direction: str | None, computed: float) -> str | None:
    """How ``computed`` reproduces ``stated``, or None: the mode of the match."""
    if direction == "most":
        return "above" if stated < computed <= 100 else None
    # a bound met exactly ("760 of 1,140, nearly two-thirds") is not called a miss
    if direction == "above":
        return "above" if stated * (1 - 1e-9) <= computed <= stated * 1.3 else None
    if direction == "below":
        return "below" if stated * 0.7 <= computed <= stated * (1 + 1e-9) else None
    if abs(round_half_up(computed, step) - stated) < step * 1e-6:
        return "rounds"
    if abs(truncate(computed, step) - stated) < step * 1e-6:
        return "truncates"
    if direction == "about" and abs(computed - stated) <= max(step / 2, 0.1 * abs(stated)):
        return "approximately"
    return None


def window(stated: float, step: float, direction: str | None) -> tuple[float, float]:
    """The interval of computed values :func:`accepts` would take."""
    if direction == "most":
        return stated, 100.0
    if direction == "above":
        return stated, stated * 1.3
    if direction == "below":
        return stated * 0.7, stated
    half = max(step / 2, 0.1 * abs(stated)) if direction == "about" else step
    return stated - half, stated + half


# -- distances -------------------------------------------------------------------------------


def scope_of(claim: Located, other: Located) -> int:
    if other.passage is claim.passage:
        return 0 if other.sentence == claim.sentence else 1
    if other.passage.key in claim.passage.links or claim.passage.key in other.passage.links:
        return 2
    if (
        other.passage.where == claim.passage.where
        and abs(other.passage.order - claim.passage.order) <= 2
    ):
        return 3
    return 4


#: Units that count the same kind of thing: executions and arrests are counts of persons.
DIMENSION = {"executions": "persons", "arrests": "persons", "households": "families"}


def compatible(a: Located, b: Located) -> bool:
    ua = DIMENSION.get(a.quantity.unit, a.quantity.unit)
    ub = DIMENSION.get(b.quantity.unit, b.quantity.unit)
    return not ua or not ub or ua == ub


# -- candidate reproductions -------------------------------------------------------------------


def num(v: float) -> str:
    return format_number(v)


def share_candidates(
    a: Located, b: Located, same_sentence: bool
) -> list[tuple[float, str, float, float]]:
    """Percentages two counts can make: x/y, and in one sentence also (y-x)/y and x/(x+y).

    Each as (value, formula pattern, x, y); the formula is written only for the few values
    that come near a claim (:func:`share_formula`)."""
    out: list[tuple[float, str, float, float]] = []
    for x in a.quantity.values:
        for y in b.quantity.values:
            if x <= 0 or y <= 0:
                continue
            out.append((x / y * 100, "share", x, y))
            if same_sentence:
                if x < y:
                    out.append(((y - x) / y * 100, "rest", x, y))
                out.append((x / (x + y) * 100, "of-both", x, y))
    return out


def share_formula(pattern: str, x: float, y: float, percent: bool = True) -> str:
    scale = " * 100" if percent else ""
    if pattern == "rest":
        return f"({num(y)} - {num(x)}) / {num(y)}{scale}"
    if pattern == "of-both":
        return f"{num(x)} / ({num(x)} + {num(y)}){scale}"
    return f"{num(x)} / {num(y)}{scale}"


def counts(found: list[Located]) -> list[Located]:
    return [f for f in found if is_count(f)]


def sentence_key(f: Located) -> tuple[str, int]:
    return (f.passage.key, f.sentence)


def in_chains(checks: list[Check], others: list[Check]) -> list[Check]:
    """A share that is a step of a chain ("18 percent of the 17,315 men ..., and two-thirds
    of them ...: about 2,100") is judged by the chain: read alone against the chain's result
    it would be a false inconsistency, so it is left unverifiable."""
    steps = {id(f) for c in others if c.kind == "chain" and c.fit for f in c.fit.inputs}
    out = []
    for c in checks:
        if c.verdict == "inconsistent" and id(c.claim) in steps:
            c = Check(c.claim, c.kind, c.stated, c.stated_value, "unverifiable", None,
                      [c.fit] if c.fit else [], "a step of a chain of shares, judged there",
                      c.stated_high)  # fmt: skip
        out.append(c)
    return out


def runs_of(found: list[Located]) -> list[list[Located]]:
    """The runs of shares printed with one unit, sentence by sentence."""
    by_sentence: dict[tuple[str, int], list[Located]] = {}
    for f in found:
        by_sentence.setdefault(sentence_key(f), []).append(f)
    return [run for figures in by_sentence.values()
            for run in share_runs(sorted(figures, key=lambda f: f.quantity.start))]  # fmt: skip


#: How many paragraphs back a whole named only by its unit is looked for.
UNIT_WHOLE_BACK = 3
RANK_BACK = 10  # paragraphs back a comparison of named entries looks for their figures
NOUN_WHOLES = 16  # counts of the same noun tried as the whole of a rate per unit



def plain_share(check: Check, hedged: bool = False) -> tuple[Located, Located, Fit] | None:
    """The part, whole and fit of a share found consistent as part / whole * 100 with no
    qualifier ("over"; with ``hedged``, "about" is let through): the readings a rival whole
    or part can make ambiguous."""
    fit = check.fit
    if check.kind != "share" or check.verdict != "consistent" or fit is None:
        return None
    direction = check.claim.quantity.direction
    if len(fit.inputs) != 2 or direction not in ((None, "about") if hedged else (None,)):
        return None
    part, whole = fit.inputs
    if fit.formula != f"{num(part.quantity.mid)} / {num(whole.quantity.mid)} * 100":
        return None
    return part, whole, fit


def rounding_rival(check: Check, fit: Fit, part: Located, whole: Located) -> Fit | None:
    """``part`` over ``whole`` as a rival fit of a share, when it rounds to the printed
    figure as well."""
    value = part.quantity.mid / whole.quantity.mid * 100
    step = 10.0 ** -decimals_of(check.claim.quantity.text)
    if accepts(check.stated_value, step, None, value) != "rounds":
        return None
    return Fit(f"{num(part.quantity.mid)} / {num(whole.quantity.mid)} * 100", value,
               (part, whole), fit.scope, "rounds")  # fmt: skip


def with_rival(check: Check, fit: Fit, rival: Fit, why: str) -> Check:
    """The share ``check`` (read by ``fit``) made ambiguous by ``rival``: both readings
    shown."""
    return Check(
        check.claim, check.kind, check.stated, check.stated_value, "ambiguous", fit,
        [rival], f"{why}: {fit.formula} and {rival.formula}",
    )  # fmt: skip

class Checker:
    """Checks every derived figure among ``found`` (all located quantities of one article)."""

    def __init__(
        self,
        found: list[Located],
        texts: list[str] | None = None,
        line_of: Callable[[int], int] | None = None,
        page_of: Callable[[int], int | None] | None = None,
        passages: list[Passage] | None = None,
    ) -> None:
        self.found = found
        self.all_passages = passages
        self.line_of = line_of or (lambda _offset: 0)
        self.page_of = page_of or (lambda _offset: None)
        self.common_names = common_stems(texts or [f.passage.text for f in found])
        self.common_words = common_words(texts or [f.passage.text for f in found])
        self.share_runs = runs_of(found)
        self.one_in_anchors: set[int] = set()
        self.claims_cache: list[_Claim] | None = None  # built on the first sibling clause
        inherited = {id(f) for run in self.share_runs for f in run[1:]}
        self.inputs = [
            f for f in counts(found) if id(f) not in inherited and not is_scale(f)
        ]
        self.by_passage: dict[str, list[Located]] = {}
        self.by_sentence: dict[tuple[str, int], list[Located]] = {}
        self.percents_by_sentence: dict[tuple[str, int], list[Located]] = {}
        self.passages: dict[str, Passage] = {}
        self.neighbours: dict[tuple[str, int], Passage] = {}
        for f in found:
            self.by_passage.setdefault(f.passage.key, []).append(f)
            self.passages[f.passage.key] = f.passage
            self.neighbours[(f.passage.where, f.passage.order)] = f.passage
            if f.quantity.unit == "percent":
                self.percents_by_sentence.setdefault(sentence_key(f), []).append(f)
        for f in self.inputs:
            self.by_sentence.setdefault(sentence_key(f), []).append(f)
        self._names: NameIndex | None = None  # built on the first ranking without figures
        self._nouns: NounIndex | None = None  # built on the first rate per thousand
        self._plans: PlanIndex | None = None  # built on the first claim against a plan
        #: per paragraph, the whole its last rate per thousand was found to be of
        self.rate_wholes: dict[str, Located] = {}
        self._groups: list[tuple[str, int, int, list[Entry]]] | None = None  # named entries
        self._value_index()

    def _value_index(self) -> None:
        """Every count's value, sorted, with the index of its count: a far fit x / y is found
        by looking up the denominators y a numerator x needs, not by trying every pair.

        The distribution of x / y over all pairs (exact for a few hundred counts, a fixed
        random sample of pairs beyond that) gives the chance of an accidental fit."""
        xs: list[float] = []
        owner: list[int] = []
        units: list[str] = []
        for i, f in enumerate(self.inputs):
            for v in f.quantity.values:
                if v > 0:
                    xs.append(v)
                    owner.append(i)
                    units.append(DIMENSION.get(f.quantity.unit, f.quantity.unit))
        values = np.asarray(xs, dtype=float)
        who = np.asarray(owner, dtype=np.int64)
        order = np.argsort(values, kind="stable")
        self.values = values[order]
        self.value_owner = who[order]
        codes = {u: k for k, u in enumerate(sorted(set(units)))}
        unit_code = np.asarray([codes[u] for u in units], dtype=np.int64)
        blank = codes.get("", -2)
        m = len(values)
        if m * m <= PAIR_SAMPLE:
            ii, jj = (a.ravel() for a in np.meshgrid(np.arange(m), np.arange(m), indexing="ij"))
            weight = 1.0
        else:
            rng = np.random.default_rng(0)
            ii = rng.integers(0, m, PAIR_SAMPLE)
            jj = rng.integers(0, m, PAIR_SAMPLE)
            weight = m * m / PAIR_SAMPLE
        ok = who[ii] != who[jj]
        ok &= (unit_code[ii] == unit_code[jj]) | (unit_code[ii] == blank) | (unit_code[jj] == blank)
        ratios = values[ii[ok]] / values[jj[ok]] * 100
        self.pair_ratios = np.sort(ratios)
        self.pair_weight = weight

    # -- claims --------------------------------------------------------------------------------

    def claims(self) -> list[_Claim]:
        out: list[_Claim] = []
        for f in self.found:
            q = f.quantity
            sentence = self.sentence_text(f)
            if q.unit == "percent":
                decimals_step = 10.0 ** -decimals_of(q.text)
                decline = bool(DECLINE_RE.search(sentence[: q.start - self.sentence_start(f)]))
                out.append(
                    _Claim(f, "share", self.stated_text(f), q.values, decimals_step,
                           q.direction, decline)
                )  # fmt: skip
            elif q.unit == "times":
                out.append(  # "two and a half times" is precise to its half (q.step)
                    _Claim(f, "ratio", self.stated_text(f), q.values,
                           min(q.step, 10.0 ** -decimals_of(q.text)), q.direction)
                )  # fmt: skip
            elif q.kind == "fraction":
                out.append(
                    _Claim(f, "fraction", self.stated_text(f), (q.mid * 100,), 0.0,
                           q.direction or "about")
                )  # fmt: skip
        out.extend(self.majority_claims())
        out.extend(self.appositive_fractions())
        taken = {(f.passage.key, f.quantity.start) for f in self.found}
        claimed = {(c.located.passage.key, c.located.quantity.start) for c in out}
        out.extend(self.one_in_claims(taken, claimed))
        return out

    def one_in_check(self, c: _Claim) -> Check:
        """A "one in N" judged on the whole its words name (borderlands.figures.oneinwords):
        read as a share, kept a fraction."""
        as_share = _Claim(c.located, "share", c.stated, c.values, c.step, c.direction)
        found = self.those_whole_check(as_share) or self.member_after_check(as_share)
        found = found or self.pointed_pair_check(as_share)
        if found is None:
            return Check(c.located, c.kind, c.stated, c.values[0], "unverifiable", None, [],
                         "its words name no whole printed with a count")  # fmt: skip
        found.kind = c.kind
        return found

    def pointed_pair_check(self, c: _Claim) -> Check | None:
        """"That was more than seven in ten": the pair of the sentence before
        (borderlands.figures.pointedpairs)."""
        key, n = sentence_key(c.located)
        previous = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        pair = pointed_pair(c.located.passage.text, self.sentence_start(c.located), c.located,
                            previous)  # fmt: skip
        return None if pair is None else self.pair_check(
            c, pair[0], pair[1], " (the part and whole of the sentence before)",
            "the part over the whole of the sentence before gives")

    def member_after_check(self, c: _Claim) -> Check | None:
        """"one in five came from Pargolovo", "Karaganda, with one in eight": the member's
        count over its list's total (borderlands.figures.membershares)."""
        claim = c.located
        text = claim.passage.text
        end = claim.passage.sentences[claim.sentence][1]
        name = member_after(text, claim.quantity.end, end)
        before = self.counts_before(claim)
        part = member_count(name, before) if name is not None else None
        if part is None:  # "Karaganda, with about one in eight,": the clause's subject
            said = member_share(text, self.sentence_start(claim), claim.quantity.phrase_start,
                                before, self.by_sentence)  # fmt: skip
            name, part = (said.name, said.part) if said is not None else (None, None)
        if part is None:
            return None
        unit = part.quantity.unit  # "file 17, sheets 42 to 49" are no members of a count
        listing = [f for f in self.by_sentence.get(sentence_key(part), [])
                   if not unit or f.quantity.unit == unit]  # fmt: skip
        found = listing_whole(part, listing, before)
        if found is None or found[0].quantity.mid <= part.quantity.mid:
            return None
        if wider_than_total(self.sentence_text(claim), found[0]):
            return None
        fit = self.accepted_reading(c, part, found[0])
        if fit is None:
            return None
        return Check(claim, c.kind, c.stated, c.values[0], "consistent", fit, [],
                     explain_fit(fit) + f" ({name}'s count over its list's total)")  # fmt: skip

    def one_in_claims(
        self, taken: set[tuple[str, int]], claimed: set[tuple[str, int]]
    ) -> list[_Claim]:
        """ "one in N" not read already (as an apposition, or its N as a count: "one in
        twelve of the families"; its "one" alone may be a count of the reader's, as in "one
        family in six"): a fraction in words (borderlands.figures.oneinwords)."""
        out: list[_Claim] = []
        for key, items in self.by_passage.items():
            passage = self.passages[key]
            if not may_hold_ones(passage.text):  # "one in", "two in", "one family in"
                continue
            for n, (start, end) in enumerate(passage.sentences):
                for o in ones_in(passage.text, start, end):
                    span = range(o.start, o.end)
                    if any((key, k) in claimed for k in span) or any(
                        (key, k) in taken for k in span if k != o.k_start
                    ):
                        continue
                    sentence = Sentence(passage, n, start, end, tuple(items))
                    anchor = self.word_anchor(sentence, o.start, o.end, o.share)
                    self.one_in_anchors.add(id(anchor))
                    stated = " ".join(passage.text[o.start : o.end].split())
                    out.append(_Claim(anchor, "fraction", stated, (o.share,), 0.0, o.direction))
        return out

    def appositive_fractions(self) -> list[_Claim]:
        """ "2,140, over half," after a count: a fraction the quantity reader leaves out
        (borderlands.figures.appositions), judged like any fraction in words."""
        taken = {(f.passage.key, f.quantity.start) for f in self.found}
        out: list[_Claim] = []
        for f in self.inputs:
            text = f.passage.text
            a = apposition_after(text, f.quantity.end)
            if a is None or any((f.passage.key, k) in taken for k in range(a.start, a.end)):
                continue
            n = f.sentence
            sentence = Sentence(f.passage, n, *f.passage.sentences[n], ())
            anchor = self.word_anchor(sentence, a.start, a.end, a.share)
            anchor.sentence = n
            out.append(_Claim(anchor, "fraction", " ".join(text[a.start : a.end].split()),
                              (a.share,), 0.0, a.direction))  # fmt: skip
        return out

    def majority_claims(self) -> list[_Claim]:
        """ "the great majority" (more than 75 percent) and "most of" (more than half)."""
        out: list[_Claim] = []
        for key, items in self.by_passage.items():
            passage = self.passages[key]
            for m in MAJORITY_RE.finditer(passage.text):
                n = bisect.bisect_right([st for st, _ in passage.sentences], m.start()) - 1
                if not self.by_sentence.get((key, n)) and not self.majority_of_before(
                    passage, n, m
                ):
                    continue
                sentence = Sentence(passage, n, *passage.sentences[n], tuple(items))
                share = 75.0 if m.group(1) else 50.0
                anchor = self.word_anchor(sentence, m.start(), m.end(), share)
                out.append(_Claim(anchor, "fraction", m.group(0), (share,), 0.0, "most"))
            for n, (start, end) in enumerate(passage.sentences):
                most = MOST_OF_OPENING_RE.match(passage.text, start, end)
                if most is None or not self.by_sentence.get((key, n)):
                    continue
                sentence = Sentence(passage, n, start, end, tuple(items))
                anchor = self.word_anchor(sentence, most.start(1), most.end(1), 50.0)
                out.append(_Claim(anchor, "fraction", "most", (50.0,), 0.0, "most"))
        return out

    def previous_majority_reading(self, c: _Claim) -> Fit | None:
        """The count its subject names over the total of the sentence before, for a
        majority in a sentence without counts (:meth:`majority_of_before`)."""
        claim = c.located
        if c.kind != "fraction" or c.direction != "most" or self.required_numerators(claim):
            return None
        passage, n = claim.passage, claim.sentence
        start = passage.sentences[n][0]
        subject = re.match(r"\s*([A-Z][a-z]{3,})\s", passage.text[start:])
        before = self.by_sentence.get((passage.key, n - 1), [])
        if subject is None or len(before) < 2:
            return None
        noun = subject.group(1).lower()[:5]
        parts = [f for f in before
                 if passage.text[f.quantity.end : f.quantity.end + 20].lower().lstrip()
                 .startswith(noun)]  # fmt: skip
        whole = max(before, key=lambda f: f.quantity.mid)
        if len(parts) != 1 or parts[0] is whole:
            return None
        return self.reading(c, parts[0], whole)

    def subject_part_reading(self, c: _Claim) -> Fit | None:
        """A fraction of a whole printed after it, said of the subject the sentence before
        counts (:func:`subjectparts.subject_part`)."""
        if c.kind != "fraction" or len(c.values) != 1:
            return None
        claim = c.located
        key = claim.passage.key
        pair = subject_part(claim, self.by_sentence.get((key, claim.sentence - 1), []),
                            self.by_sentence.get((key, claim.sentence), []))  # fmt: skip
        return self.reading(c, *pair) if pair else None

    def majority_of_before(self, passage: Passage, n: int, m: re.Match[str]) -> bool:
        """ "Children were the great majority of them": a majority in a sentence without
        counts, of the group the sentence before counts ("11,936 children, ..., 14,872 people
        in all"), read when its subject is a noun that follows a count there."""
        if n == 0 or not self.by_sentence.get((passage.key, n - 1)):
            return False
        start = passage.sentences[n][0]
        subject = re.match(r"\s*([A-Z][a-z]{3,})\s+(?:were|was|made up|formed)\b",
                           passage.text[start : m.start()])  # fmt: skip
        if subject is None:
            return False
        noun = subject.group(1).lower()[:5]
        return any(
            passage.text[f.quantity.end : f.quantity.end + 20].lower().lstrip().startswith(noun)
            for f in self.by_sentence[(passage.key, n - 1)]
        )

    def sentence_start(self, f: Located) -> int:
        return f.passage.sentences[f.sentence][0]

    def sentence_text_at(self, passage: Passage, n: int) -> str:
        if n < 0:
            return ""
        s, e = passage.sentences[n]
        return passage.text[s:e]

    def sentence_text(self, f: Located) -> str:
        s, e = f.passage.sentences[f.sentence]
        return f.passage.text[s:e]

    def stated_text(self, f: Located) -> str:
        q = f.quantity
        start = q.phrase_start if q.kind == "fraction" else q.start
        return " ".join(f.passage.text[start : q.phrase_end].split())

    # -- main ----------------------------------------------------------------------------------

    def run(self) -> list[Check]:
        others = self.other_kinds() + self.list_shares()
        listed = {c.claim.raw_start for c in others if c.kind == "share"}
        others += [c for c in self.split_share_checks() if c.claim.raw_start not in listed]
        # a percentage read beside a rise "from A to B" or in a run of shares is judged
        # there, not twice
        read = {c.claim.raw_start for c in others if c.kind in ("share", "ratio")}
        if self.claims_cache is None:  # listed once: the sibling readings look them up
            self.claims_cache = self.claims()
        checks = [self.reported_estimate_check(self.check_claim(c)) for c in self.claims_cache
                  if c.located.raw_start not in read]  # fmt: skip
        checks = in_chains(checks, others)
        checks.extend(others)
        checks.extend(self.per_family())
        named = self.named_sum_checks()
        judged = {c.claim.raw_start for c in named}
        judged |= {c.claim.raw_start for c in others if c.kind == "sum"}  # read in its sentence
        checks.extend(c for c in self.sums() if c.claim.raw_start not in judged)
        checks.extend(named)
        checks.extend(self.closing_sums({c.claim.raw_start for c in checks}))
        checks = [self.paired_rival(self.sibling_rival(self.stage_rival(c))) for c in checks]
        checks = twin_shares(checks, self.found)
        checks = [whole_of_other_things(c) for c in checks]
        checks = [ratio_of_other_things(c) for c in checks]
        checks = [unshaped_slip(c) for c in checks]
        checks = self.labelled_fractions(checks)
        checks = self.closed_list_shares(checks)
        checks = [self.bracketed_part_guard(c) for c in checks]
        checks = without_share_guesses(explained_percent_sums(checks))
        checks += rests_of_sums(checks)
        checks.sort(key=lambda c: (c.claim.raw_start, c.kind))
        return checks

    def bracketed_part_guard(self, check: Check) -> Check:
        """A share flagged on a fit that leaves out the count it is bracketed after
        (borderlands.figures.bracketedparts): unverifiable, the fit kept as a candidate."""
        if check.kind != "share" or check.verdict != "inconsistent" or check.fit is None:
            return check
        own = [f for f in self.by_sentence.get(sentence_key(check.claim), ()) if is_count(f)]
        if not flags_another_part(check.claim, check.fit.inputs, own):
            return check
        return Check(
            check.claim, check.kind, check.stated, check.stated_value, "unverifiable", None,
            [check.fit], "its fit leaves out the count it is bracketed after: no slip is read",
        )  # fmt: skip

    def closed_list_shares(self, checks: list[Check]) -> list[Check]:
        """Shares left unverifiable that are bracketed after a count of a list adding up to a
        whole stated before (borderlands.figures.closedlists): read on that whole."""
        claims = {id(c.located): c for c in self.claims_cache or ()}
        return [self.closed_list_share(check, claims[id(check.claim)])
                if check.kind == "share" and check.verdict == "unverifiable"
                and check.fit is None and id(check.claim) in claims else check
                for check in checks]  # fmt: skip

    def pointed_left_check(self, check: Check, c: _Claim) -> Check | None:
        """A share pointing back at the total of the sentence before, whose sentence prints
        the rest it left (borderlands.figures.pointedleft): over the part and rest together."""
        key, n = sentence_key(c.located)
        own = [f for f in self.by_sentence.get((key, n), ()) if is_count(f)]
        previous = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        found = pointed_part_and_rest(c.located.passage.text, self.sentence_start(c.located),
                                      c.located, own, previous)  # fmt: skip
        if found is None or not compatible(*found):
            return None
        part, rest = found
        whole = part.quantity.mid + rest.quantity.mid
        fit = Fit(f"{num(part.quantity.mid)} / ({num(part.quantity.mid)} + "
                  f"{num(rest.quantity.mid)}) * 100", part.quantity.mid / whole * 100,
                  (part, rest), 1)  # fmt: skip
        return self.fit_check(c, fit, " (the count pointed back at, over it and the rest it left)",
                              "the count pointed back at, over it and the rest it left, gives")

    def closed_list_share(self, check: Check, c: _Claim) -> Check:
        """:meth:`closed_list_shares` on one share."""
        if len(c.values) != 1:
            return check
        left = self.pointed_left_check(check, c)
        if left is not None:
            return left
        own = [f for f in self.by_sentence.get(sentence_key(c.located), ()) if is_count(f)]
        pair = closed_list_pair(c.located, own, [f for f in self.counts_before(c.located)
                                                 if f not in own])  # fmt: skip
        if pair is None or not compatible(*pair):
            return check
        found = self.pair_check(c, *pair, " (its list's count over the whole the list divides)",
                                "its count over the whole its list adds up to gives")  # fmt: skip
        return found or check

    def labelled_fractions(self, checks: list[Check]) -> list[Check]:
        """Fractions in words left unverifiable whose part and whole their words name
        (borderlands.figures.labelledfractions): a fit there is taken, a miss is left."""
        claims = {id(c.located): c for c in self.claims_cache or ()}
        checks = [self.labelled_fraction(c, claims[id(c.claim)])
                  if c.kind == "fraction" and c.verdict in ("unverifiable", "consistent")
                  and id(c.claim) in claims else c for c in checks]  # fmt: skip
        restating = restating_checks(checks)
        return [self.restated_fraction(c, claims[id(c.claim)], d)
                if id(c.claim) in claims and (d := restating_check(c, restating)) is not None
                else c for c in checks]  # fmt: skip

    def restated_fraction(self, c: Check, claim: _Claim, restating: Check) -> Check:
        """A fraction in words judged on the part and whole of the share or rate that
        restates it right after it (borderlands.figures.restatedfractions)."""
        if restating.fit is None:
            return c
        part, whole = restating.fit.inputs
        if whole.quantity.mid <= part.quantity.mid:
            return c
        computed = part.quantity.mid / whole.quantity.mid * 100
        mode = accepts(claim.values[0], claim.step, claim.direction, computed)
        if mode is None:
            return c
        fit = Fit(f"{num(part.quantity.mid)} / {num(whole.quantity.mid)} * 100", computed,
                  (part, whole), restating.fit.scope, mode, computed - claim.values[0])  # fmt: skip
        return Check(c.claim, c.kind, c.stated, c.stated_value, "consistent", fit, [],
                     explain_fit(fit) + f" (the part and whole of {restating.stated}, which "
                     "restates it)", c.stated_high)  # fmt: skip

    def labelled_fraction(self, c: Check, claim: _Claim) -> Check:
        f = c.claim
        key, first = f.passage.key, max(0, f.sentence - FRACTION_BACK)
        sentences = [
            Sentence(f.passage, n, *f.passage.sentences[n], tuple(sorted(
                self.by_sentence.get((key, n), ()), key=lambda g: g.quantity.start)))
            for n in range(first, f.sentence + 1)
        ]  # fmt: skip
        sides = fraction_sides(sentences, f)
        if sides is None or len(claim.values) != 1:
            return c
        part, whole = sides
        computed = part.quantity.mid / whole.quantity.mid * 100
        mode = accepts(claim.values[0], claim.step, claim.direction, computed)
        if mode is None and c.fit is not None and whole not in c.fit.inputs:
            # the counts its words name miss it: a fit on another whole rests on arithmetic
            return Check(f, c.kind, c.stated, c.stated_value, "unverifiable", None, [c.fit],
                         f"the part and whole its words name, {part.quantity.text} of "
                         f"{whole.quantity.text}, do not give it; the fit found is on other "
                         "counts", c.stated_high)  # fmt: skip
        if mode is None or c.verdict == "consistent":
            return c
        scope = 0 if part.sentence == whole.sentence == f.sentence else 1
        fit = Fit(f"{num(part.quantity.mid)} / {num(whole.quantity.mid)} * 100", computed,
                  (part, whole), scope, mode, computed - claim.values[0])  # fmt: skip
        return Check(f, c.kind, c.stated, c.stated_value, "consistent", fit, [],
                     explain_fit(fit) + " (the part and the whole its words name)",
                     c.stated_high)  # fmt: skip

    def other_kinds(self) -> list[Check]:
        """Remainders, rates, multiples, comparisons, listed counts, durations, chains and
        percentage parts (borderlands.figures.kinds), sentence by sentence."""
        out: list[Check] = []
        passages = self.all_passages or list(self.passages.values())
        for passage in passages:
            key = passage.key
            items = self.by_passage.get(key, [])

            def neighbours(s: Sentence, key: str = key) -> list[Located]:
                return [
                    f
                    for d in range(1, SENTENCE_WINDOW + 1)
                    for i in (s.index - d, s.index + d)
                    for f in self.by_sentence.get((key, i), ())
                ][:LOCAL_LIMIT]

            previous: Sentence | None = None
            history: list[tuple[Sentence, list[Located]]] = []
            first = len(out)
            for sentence in sentences_of(passage, items):
                before, previous = previous, sentence
                found = list(self.ranks(sentence))
                if len(sentence.figures) < 2:
                    found += self.named_comparisons(sentence)
                found += ratio_comparisons(sentence, history)
                found += named_rates(sentence, partial(self.earlier_lists, passage, history))
                compared = proportion_comparisons(sentence, history)
                compared += as_many_before(sentence, history)
                compared += to_one_ratios(sentence, history)
                compared += double_multiples(sentence, history)
                compared += relative_fractions(sentence, history)
                compared += named_orders(sentence, history)
                compared += named_verb_orders(sentence, history)
                compared += unit_average_comparisons(sentence)
                compared += listed_rate_findings(sentence, history)
                compared += average_sides(sentence, history)
                compared += year_orders(sentence, history)
                compared += pace_pairs(sentence)
                compared += likely_sides(sentence, history)
                compared += side_by_side_comparisons(sentence)
                compared += implicit_side_comparisons(sentence, before)
                listed = (
                    list_ranks(sentence, self.earlier_lists(passage, history))
                    if has_rank_word(sentence) else []
                )  # fmt: skip
                # a member found by the count its clause prints is the surest reading
                found += [r for r, sure in listed if sure]
                history.append((sentence, list(sentence.figures)))
                if not sentence.figures:
                    found += self.named_superlatives(sentence)
                planned = self.plan_differences(sentence)
                found += planned
                read = {finding.start for finding in planned}
                found += comma_lists(sentence)
                found += bracket_lists(sentence)
                found += colon_lists(sentence)
                found += figure_lists(sentence)
                found += one_in_chains(sentence)
                found += label_chains(sentence, before)
                found += noun_chains(sentence, items)
                found += year_peaks(sentence, items)
                found += year_multiples(sentence, items)
                found += value_ranks(sentence, items)
                found += named_peaks(sentence, items)
                found += falls(sentence)
                found += level_changes(sentence)
                found += months_from_previous(sentence, before)
                found += durations_across(sentence, before)
                found += span_from_named(sentence)
                found += days_after_event(sentence, before)
                found += named_after_spans(sentence, [h for h, _ in history[-4:-1]])
                found += likely_rates(sentence, items)
                if (
                    sentence.figures
                    or COUNT_CUE_RE.search(sentence.text)
                    or (
                        sentence.says_any(MULTIPLE_CUE_SET)
                        and MULTIPLE_PHRASE_RE.search(sentence.text)
                    )
                    or (sentence.has_digit and DAY_MONTH_RE.search(sentence.text))
                ):
                    for finding in find_all(
                        sentence, neighbours, self.named_wholes, before, self.unit_whole,
                        self.word_counts, self.noun_year,
                    ):  # fmt: skip
                        if finding.start in read and finding.kind == "remainder":
                            continue  # read against the plan instead
                        if finding.kind == "rate" and finding.verdict == "unverifiable":
                            earlier = self.figures_up_to(passages, sentence)
                            finding = (self.name_rate(sentence, finding)
                                       or place_rate(sentence, finding, earlier)
                                       or word_whole_rate(sentence, finding, earlier)
                                       or finding)  # fmt: skip
                        if finding.kind == "rate" and not (finding.inputs and all(
                            f.sentence == sentence.index for f in finding.inputs
                        )):  # a whole found by value elsewhere yields to the one a name gives
                            finding = self.name_rate_per_thousand(sentence, finding) or finding
                        if finding.kind == "remainder" and finding.verdict == "unverifiable":
                            finding = self.rest_across(sentence, finding) or finding
                        if finding.kind == "remainder" and finding.verdict == "unverifiable":
                            finding = named_rest(sentence, finding, self.figures_up_to(passages, sentence)) or finding  # noqa: E501
                        found.append(finding)
                found += cued_rests(sentence, self.rest_counts, found)
                found += share_chain(sentence, before, items, found)
                found += added_totals(sentence, found)
                found += colon_parts(sentence, found)
                found = list_totals(sentence, before, found)
                found = counted_sums(sentence, history, found)
                found = paired_series(sentence, history, found)
                found = back_sums(sentence, before, found)
                found = closed_runs(sentence, found)
                found = left_rests(sentence, before, found)
                found = named_rests(sentence, partial(self.figures_up_to, passages, sentence), found)  # noqa: E501
                found = year_span_sums(sentence, [f for _, f in self.earlier_lists(passage, history)], found)  # noqa: E501
                found = carried_totals(sentence, history, found)
                found = with_totals(sentence, history, found)
                found = of_them_parts(sentence, history, found)
                found = stated_gaps(sentence, before, found)
                found = quota_gaps(sentence, found)
                found = series_gaps(sentence, before, found)
                found = word_list_totals(sentence, found)
                found = paired_totals(sentence, found)
                found = noun_sums(sentence, before, found)
                found = apposed_pairs(sentence, found)
                found = on_named_divisor(found, sentence.passage.text)
                found = [self.noun_whole_rate(sentence, f) for f in found]
                found = [self.family_rate(sentence, f) for f in found]
                found = [self.every_unit_rate(sentence, f, items) for f in found]
                found = unit_loads(sentence, found, with_word_counts(
                    sentence, partial(self.figures_up_to, passages, sentence), self.word_counts))
                found = every_word_loads(sentence, found, self.word_anchor, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = own_clause_durations(sentence, found, self.noun_year)
                found = worded_spans(sentence, before, found)
                found = opening_period_multiples(sentence, found, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = event_clause_spans(sentence, found, passages)
                found = pointed_spans(sentence, before, found, passages)
                found = spans_with_own_ends(sentence, found)
                found = checked_ends(sentence, found, self.noun_year)
                found = previous_date_spans(sentence, found)
                found = member_fractions(sentence, partial(self.earlier_lists, passage, history),
                                         found)
                found = [part_whole_rate(sentence, f) for f in found]
                found = rest_rates(sentence, found, before)
                found = family_sizes(sentence, found, partial(self.figures_up_to, passages,
                                                              sentence))
                found = [thousand_back(sentence, f, partial(self.figures_up_to, passages, sentence))
                         for f in found]  # fmt: skip
                found = year_part_rates(sentence, found, partial(self.figures_up_to, passages,
                                                                 sentence))
                found = per_place(sentence, found, partial(self.figures_up_to, passages, sentence))
                found = coordinated_rates(sentence, found, partial(self.figures_up_to, passages,
                                                                   sentence))
                found = [self.far_input(sentence, f) for f in found]
                found = group_sizes(sentence, found,
                                    partial(self.figures_up_to, passages, sentence))
                found = road_losses(sentence, found, before)  # after the rates found their wholes
                found = rated_losses(sentence, before, partial(self.figures_up_to, passages,
                                                               sentence), found)
                found = parallel_rates(sentence, found)
                found = labelled_rates(sentence, found, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = unread_rates(sentence, found)
                found = noun_pair_rates(sentence, found, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = named_whole_rates(sentence, found, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = noun_thousands(sentence, found, partial(self.figures_up_to, passages, sentence))  # noqa: E501
                found = shared_rests(sentence, before,
                                     partial(self.figures_up_to, passages, sentence), found)
                found = restated_rests(sentence, before, found)
                found = unit_gaps(sentence, partial(self.figures_up_to, passages, sentence), found)
                paired = rations(sentence)  # supersede the one-product reading of these totals
                found = [f for f in found if not any(p.start == f.start for p in paired)]
                found += paired
                found += [
                    r
                    for r in self.rate_ranks(sentence)
                    if not any(f.start < r.end and r.start < f.end for f in found)
                ]
                # a member of a list ranked: only where no other reading of the words stands
                found = with_list_ranks(found, [r for r, sure in listed if not sure])
                found = in_place_of(found, compared)
                split = of_split(sentence, self.by_sentence.get((key, sentence.index - 1), []))
                if split and not any(f.start < split.end and split.start < f.end for f in found):
                    found.append(split)
                found += relative_changes(sentence, history, found)
                for finding in found:
                    out.append(self.finding_check(sentence, finding))
                    if (
                        finding.kind == "rate" and finding.verdict == "consistent"
                        and finding.formula.endswith("* 1000") and len(finding.inputs) == 2
                    ):  # fmt: skip
                        self.rate_wholes[key] = finding.inputs[1]
            out[first:] = shared_loads(out[first:])
            out[first:] = twin_wholes(out[first:], self.found)
            out[first:] = carried_loads(out[first:])
        return out

    def rest_across(self, sentence: Sentence, finding: Finding) -> Finding | None:
        """A rest whose whole and parts stand in the sentences before (``restcarried``)."""
        r = next((f for f in sentence.figures if f.quantity.start == finding.start), None)
        if r is None:
            return None
        key = sentence.passage.key
        counts = {i: list(self.by_sentence.get((key, i), ()))
                  for i in range(sentence.index - 2, sentence.index + 1)}  # fmt: skip
        found = carried_rest(sentence, r, counts)
        if found is not None:
            return found
        counts = {i: [f for f in self.by_sentence.get((key, i), ()) if not self.is_rate_count(f)]
                  for i in range(sentence.index - SPREAD_BACK, sentence.index + 1)}  # fmt: skip
        return (spread_rest(sentence, r, counts) or difference_of_two(sentence, r, counts)
                or accounted_rest(sentence, r, counts))

    def rest_counts(self, sentence: Sentence) -> dict[int, list[Located]]:
        """The counts (no rates) of ``sentence`` and the ``SPREAD_BACK`` before it."""
        key = sentence.passage.key
        return {i: [f for f in self.by_sentence.get((key, i), ()) if not self.is_rate_count(f)]
                for i in range(sentence.index - SPREAD_BACK, sentence.index + 1)}  # fmt: skip

    def earlier_lists(
        self, passage: Passage, history: list[tuple[Sentence, list[Located]]]
    ) -> list[tuple[str, list[Located]]]:
        """The figures of each sentence before one, with their passage's text, nearest last:
        the ``LIST_BACK`` passages before and the sentences of its own before it."""
        out: list[tuple[str, list[Located]]] = []
        for back in range(LIST_BACK, 0, -1):
            p = self.neighbours.get((passage.where, passage.order - back))
            if p is None:
                continue
            by_n: dict[int, list[Located]] = {}
            for f in self.by_passage.get(p.key, ()):
                by_n.setdefault(f.sentence, []).append(f)
            out += [(p.text, by_n[n]) for n in sorted(by_n)]
        return out + [(passage.text, figures) for _, figures in history[-LIST_SENTENCES:]]

    def word_counts(self, sentence: Sentence) -> list[Located]:
        """Counts in words that the extraction leaves out because the lexicon does not know
        their noun ("eight medical assistants", "twelve brigades"): a number word from two
        up, followed by a word that is not a unit of time, not after "the", "all", "these".
        They serve as inputs only, never as claims."""
        text = sentence.text
        taken = [(f.quantity.start, f.quantity.end) for f in sentence.figures]
        out = []
        for m in WORD_COUNT_RE.finditer(text):
            start, end = sentence.start + m.start(1), sentence.start + m.end(1)
            if any(a < end and start < b for a, b in taken):
                continue
            before = text[: m.start()].split()[-1:]
            if before and before[0].lower() in WORD_COUNT_NOT_AFTER:
                continue
            noun = m.group(2).lower()
            if noun in TIME_WORDS or noun in WORD_COUNT_NOT_NOUNS:
                continue
            value = parse_words(m.group(1).replace("-", " ").split())
            if value is None or value < 2:
                continue
            out.append(self.word_anchor(sentence, start, end, float(value)))
        return out

    def noun_year(self, sentence: Sentence, noun: str) -> int | None:
        """The year the text gives a thing named by ``noun`` before ``sentence``: "the
        census of 1939", "the 1939 census" (the title included); the nearest before."""
        pattern = re.compile(
            rf"\b{re.escape(noun)}\s+of\s+(1[89]\d\d)\b|\b(1[89]\d\d)\s+{re.escape(noun)}\b", re.I
        )
        passages = self.all_passages or list(self.passages.values())
        found: int | None = None
        for passage in passages:
            if passage.where != sentence.passage.where or passage.order > sentence.passage.order:
                continue
            end = sentence.start if passage is sentence.passage else len(passage.text)
            for m in pattern.finditer(passage.text, 0, end):
                found = int(m.group(1) or m.group(2))
        if found is None:  # the event told, not dated: the year in force at its telling
            kept = [p for p in passages if p.where == sentence.passage.where
                    and p.order <= sentence.passage.order]  # fmt: skip
            kept.sort(key=lambda p: p.order)
            found = year_in_force(kept, noun, (sentence.passage, sentence.start))
        return found

    def far_input(self, sentence: Sentence, f: Finding) -> Finding:
        """A remainder or a rate per thousand left unverifiable, read again with its other
        input looked up among the counts printed before (borderlands.figures.farparts)."""
        if f.kind not in ("remainder", "rate") or f.verdict != Verdict.unverifiable:
            return f
        r = next((x for x in sentence.counts if x.quantity.start == f.start), None)
        text = sentence.passage.text
        own = [
            x
            for x in sentence.counts
            if x is not r
            and not PER_SCALE_RE.search(text, max(0, x.quantity.start - 8), x.quantity.start + 1)
        ]
        if r is None or len(own) != 1:
            return f
        earlier = [x for x in self.counts_before(r) if x.sentence != r.sentence
                   or x.passage is not r.passage]  # fmt: skip
        if f.kind == "remainder" and own[0].quantity.mid > r.quantity.mid:
            return far_remainder(r, own[0], earlier) or f
        if f.kind == "rate" and own[0].quantity.mid > 0:
            return far_rate_whole(r, own[0], earlier) or f
        return f

    def counts_before(self, near: Located, limit: int | None = None) -> list[Located]:
        """The counts printed before ``near`` in its paragraph and the ``UNIT_WHOLE_BACK``
        before it, nearest first; with ``limit``, only the first so many, found from ``near``
        backwards so that in a paragraph of thousands of counts the cost stays constant."""
        passage = near.passage
        out: list[Located] = []
        for back in range(UNIT_WHOLE_BACK + 1):
            p = self.neighbours.get((passage.where, passage.order - back))
            if p is None:
                continue
            figures = self.by_passage.get(p.key, [])
            end = bisect.bisect_left(figures, near.raw_start, key=lambda f: f.raw_start)
            for i in range(end - 1, -1, -1):
                if is_count(f := figures[i]):
                    out.append(f)
                    if len(out) == limit:
                        return out
        return out

    def noun_whole_rate(self, sentence: Sentence, f: Finding) -> Finding:
        """A rate per unit left unverifiable, read again on the whole its noun names
        (borderlands.figures.nounrates)."""
        if f.kind != "rate" or f.verdict != Verdict.unverifiable:
            return f
        r = next((x for x in sentence.counts if x.quantity.start == f.start), None)
        if r is None:
            return f
        noun = rate_noun_after(sentence.passage.text, r)
        if noun is None:
            return f
        if self._nouns is None:
            self._nouns = NounIndex(self.inputs)
        wholes = self._nouns.wholes_before(noun, r.raw_start, r.quantity.mid, NOUN_WHOLES)
        own = [x for x in sentence.counts if x is not r]
        return noun_rate(r, own, wholes) or f

    def family_rate(self, sentence: Sentence, f: Finding) -> Finding:
        """An unverifiable rate per family in a sentence with no other count, read on the
        persons and families an earlier sentence prints together (``pairedrates``)."""
        if f.kind != "rate" or f.verdict != Verdict.unverifiable or len(sentence.counts) != 1:
            return f
        r = sentence.counts[0]
        if r.quantity.start != f.start:
            return f
        return paired_rate(r, sentence.text, self.counts_before(r), self.by_sentence) or f

    def every_unit_rate(self, sentence: Sentence, f: Finding, items: list[Located]) -> Finding:
        """An unverifiable "one doctor for every 69 patients" read on the counts its two
        nouns name (borderlands.figures.everyrates)."""
        if f.kind != "rate" or f.verdict != Verdict.unverifiable:
            return f
        r = next((x for x in sentence.counts if x.quantity.start == f.start), None)
        if r is None:
            return f
        pool = [x for x in items if is_count(x)] + self.word_counts(sentence)
        return every_rate(sentence, r, pool) or f

    def rate_ranks(self, sentence: Sentence) -> list[Finding]:
        """Comparisons, superlatives and ranks of entries listed in an earlier sentence
        (borderlands.figures.raterank), checked on the nearest group naming them."""
        if not sentence.says_any(RANK_CUE_SET) or not RANK_CUE_RE.search(sentence.text):
            return []
        if self._groups is None:
            self._groups = self.entry_groups()
        passage = sentence.passage
        here = (passage.order, sentence.index)
        groups = [g for where, order, index, g in reversed(self._groups)
                  if where == passage.where and (order, index) < here
                  and order >= passage.order - RANK_BACK]  # fmt: skip
        if not groups:
            return []
        out: list[Finding] = []
        for f in sentence.figures:
            if f.quantity.unit == "times":
                ratio = rate_ratio(sentence.text, f.quantity.end - sentence.start, groups)
                judged = self.ratio_of_rates(f, ratio) if ratio is not None else None
                if judged is not None:
                    out.append(judged)
        for c in claims_in(sentence.text, sentence.start, groups):
            if c.kind in ("fraction", "multiple") and sentence.counts:
                continue  # a majority or multiple of the sentence's own figures is judged there
            inputs = tuple(f for e in c.entries for f in (e.count, e.whole) if f is not None)
            out.append(Finding(
                c.kind,
                c.start, c.end, float(len(c.entries)),
                Verdict.consistent if c.holds else Verdict.inconsistent,
                c.explanation, None, inputs,
                f"{c.word} ({'rates' if c.measure == 'rate' else c.measure}): {c.explanation}",
                c.intended,
            ))  # fmt: skip
        out += printed_side_findings(sentence, groups)
        return out

    def ratio_of_rates(self, f: Located, ratio: RateRatio) -> Finding | None:
        """ "nearly eight times as likely as a civilian": the ratio of the two rates; a miss
        is only said when the sentence names both entries (else the rates may be others)."""
        q = f.quantity
        a, b = ratio.first, ratio.second
        inputs = tuple(x for e in (a, b) for x in (e.count, e.whole) if x is not None)
        formula = f"({a.shown('rate')}) / ({b.shown('rate')})"
        mode = accepts(q.mid, 10.0 ** -decimals_of(q.text), q.direction, ratio.value)
        if mode is None and not ratio.both_named:
            return None
        return Finding(
            "ratio", q.start, q.end, q.mid,
            Verdict.consistent if mode else Verdict.inconsistent, formula, ratio.value, inputs,
            f"the two rates give {num(round(ratio.value, 2))} times",
            None if mode else f"{num(round(ratio.value, 1))} times",
        )  # fmt: skip

    def entry_groups(self) -> list[tuple[str, int, int, list[Entry]]]:
        """Every sentence's group of named entries, in reading order. A sentence of pairs
        takes in the pairs of the sentence before ("At A 1,412 of the 6,240 died. B lost 874
        of its 5,180, C 611 of 3,460")."""
        out: list[tuple[str, int, int, list[Entry]]] = []
        passages = self.all_passages or list(self.passages.values())
        for passage in passages:
            before: list[RawEntry] = []
            for index, (start, end) in enumerate(passage.sentences):
                counts_of = self.by_sentence.get((passage.key, index), [])
                if len(counts_of) < 2:  # no pair, and no list of entries
                    before = []
                    continue
                raw = entries_of(passage.text, start, end, counts_of)
                pairs = bool(raw) and raw[0][2] is not None
                if pairs and before and before[0][2] is not None:
                    raw = before + raw
                group = parallel_entries(passage.text, start, end, counts_of)
                group = group or (named_group(raw) if len(raw) >= 2 else [])
                if group:
                    out.append((passage.where, passage.order, index, group))
                before = raw
        out.sort(key=lambda g: (g[0], g[1], g[2]))
        return out

    def list_shares(self) -> list[Check]:
        """Runs of shares printed with one unit ("A's part came to 36.0 per cent, B's to
        29.9 and C's to 20.0"), each share against the part in its place of an earlier list
        of the paragraph and the whole most of them reproduce (borderlands.figures.listshares)."""
        out: list[Check] = []
        judged: list[list[ListShare]] = []
        for run in self.share_runs:
            if rest_pair(run):
                out.extend(self.rest_of_shares(run, judged))
                continue
            first = run[0]
            key, n = sentence_key(first)
            lists = [
                counts_of[k : k + len(run)]
                for back in range(0, SENTENCE_WINDOW + 1)
                if len(counts_of := [f for f in self.by_sentence.get((key, n - back), ())
                                     if back or f.quantity.end < first.quantity.start])
                >= len(run)
                for k in range(len(counts_of) - len(run) + 1)
            ]  # fmt: skip
            wholes = [f for f, scope in self.local_inputs(first) if scope <= 1]
            wholes += [f for f in self.unit_wholes_before(first) if f not in wholes]
            shares = judge_run(run, self.named_lists(run) + lists, wholes)
            if shares:
                judged.append(shares)
            for j in shares:
                x, y = j.part.quantity.mid, j.whole.quantity.mid
                q = j.share.quantity
                fit = Fit(f"{num(x)} / {num(y)} * 100", j.computed, (j.part, j.whole),
                          scope_of(j.share, j.whole), "rounds" if j.holds else "",
                          j.computed - q.mid)  # fmt: skip
                words = (f"{grouped(x)} of {grouped(y)} is {num(round(j.computed, 2))} "
                         "percent")  # fmt: skip
                printed_unit = q.unit == "percent" and not q.unit_implied
                stated = self.stated_text(j.share) if printed_unit else " ".join(q.text.split())
                out.append(Check(
                    j.share, "share", stated, q.mid,
                    "consistent" if j.holds else "inconsistent", fit, [],
                    words + (", as printed (one of a run of shares of the same whole)"
                             if j.holds else f", not {num(q.mid)}"),
                    intended=j.intended,
                ))  # fmt: skip
        return out

    def split_share_checks(self) -> list[Check]:
        """Shares of the parts of a whole the sentence before splits after a colon
        (borderlands.figures.splitshares)."""
        out: list[Check] = []
        for (key, n), percents in self.percents_by_sentence.items():
            shares = [f for f in percents if not f.quantity.unit_implied]
            counts = self.by_sentence.get((key, n), [])
            previous = self.by_sentence.get((key, n - 1), [])
            for j in split_shares(shares, counts, previous):
                q = j.share.quantity
                x, y = j.part.quantity.mid, j.whole.quantity.mid
                fit = Fit(f"{num(x)} / {num(y)} * 100", j.computed, (j.part, j.whole), 1,
                          "rounds" if j.holds else "", j.computed - q.mid)  # fmt: skip
                words = f"{grouped(x)} of {grouped(y)} is {num(round(j.computed, 2))} percent"
                out.append(Check(
                    j.share, "share", self.stated_text(j.share), q.mid,
                    "consistent" if j.holds else "inconsistent", fit, [],
                    words + (", as printed (a part of the whole split in the sentence before)"
                             if j.holds else f", not {num(q.mid)}"),
                    intended=j.intended,
                ))  # fmt: skip
        return out

    def named_lists(self, run: list[Located]) -> list[list[Located]]:
        """Earlier lists of the paragraph whose entries the run's shares name, each in the
        order of the shares (borderlands.figures.listshares.aligned_parts)."""
        first = run[0]
        key, n = sentence_key(first)
        passage = first.passage
        out: list[list[Located]] = []
        for back in range(0, SENTENCE_WINDOW + 1):
            if n - back < 0:
                break
            counts_of = [f for f in self.by_sentence.get((key, n - back), ())
                         if back or f.quantity.end < first.quantity.start]  # fmt: skip
            if len(counts_of) < len(run):
                continue
            start, end = passage.sentences[n - back]
            raw = [e for e in entries_of(passage.text, start, end, counts_of) if e[2] is None]
            group = named_group(raw) if len(raw) >= len(run) else []
            parts = aligned_parts(run, group) if len(group) >= len(run) else None
            if parts is not None:
                out.append(parts)
        return out

    def rest_of_shares(self, run: list[Located], judged: list[list[ListShare]]) -> list[Check]:
        """ "Taken together the three came to 85.0 per cent, leaving the others with 15.0":
        the first share is the sum of the parts of the run judged just before it (as many
        as the sentence counts, else all), the second the rest of 100."""
        first, rest = run
        out: list[Check] = []
        sentence = self.sentence_text(first)
        prior = [js for js in judged if js[0].share.passage is first.passage]
        if prior and TOGETHER_RE.search(sentence):
            shares = prior[-1]
            k = next(
                (
                    UNITS[w]
                    for w in re.findall(r"\b[a-z]+\b", sentence.lower())
                    if w in UNITS and 2 <= UNITS[w] <= len(shares)
                ),
                len(shares),
            )
            parts = [j.part for j in shares[:k]]
            whole = shares[0].whole
            total = sum(p.quantity.mid for p in parts)
            computed = total / whole.quantity.mid * 100
            q = first.quantity
            step = 10.0 ** -decimals_of(q.text)
            mode = accepts(q.mid, step, q.direction, computed)
            formula = ("(" + " + ".join(num(p.quantity.mid) for p in parts) + ")"
                       f" / {num(whole.quantity.mid)} * 100")  # fmt: skip
            fit = Fit(formula, computed, (*parts, whole), scope_of(first, whole), mode or "",
                      computed - q.mid)  # fmt: skip
            slip = likely_slip(q.text, q.mid, computed, step)
            out.append(Check(
                first, "share", self.stated_text(first), q.mid,
                "consistent" if mode else "inconsistent", fit, [],
                f"the {len(parts)} parts make {grouped(total)} of {grouped(whole.quantity.mid)}"
                f", {num(round(computed, 2))} percent",
                intended=None if mode else (slip[1] if slip else
                                            printed_like(computed, q.text, step)),
            ))  # fmt: skip
        holds = rest_holds(run)
        computed = 100 - first.quantity.mid
        out.append(Check(
            rest, "remainder", " ".join(rest.quantity.text.split()), rest.quantity.mid,
            "consistent" if holds else "inconsistent",
            Fit(f"100 - {num(first.quantity.mid)}", computed, (first,), 0,
                "rounds" if holds else "", computed - rest.quantity.mid), [],
            f"the rest of 100 percent after {num(first.quantity.mid)} is {num(computed)}",
            intended=None if holds else printed_like(computed, rest.quantity.text, 0.1),
        ))  # fmt: skip
        return out

    def unit_wholes_before(self, near: Located) -> list[Located]:
        """The counts of the paragraph before ``near``'s (a whole may be printed there)."""
        p = self.neighbours.get((near.passage.where, near.passage.order - 1))
        return [] if p is None else [f for f in self.by_passage.get(p.key, []) if is_count(f)]

    def unit_whole(self, near: Located, unit: str, sole: bool = False) -> Located | None:
        """The whole of ``unit`` a figure may be of when no whole stands in its own sentence:
        the largest count of that unit printed before it in its paragraph or in the
        ``UNIT_WHOLE_BACK`` before ("The families averaged about 4.6 persons" after a
        paragraph giving 9,870 families and 45,240 persons). Named by its unit, not found by
        its value."""
        wholes = self.unit_wholes(near, unit)
        if sole and wholes:
            top = wholes[0].quantity.mid
            if len({w.quantity.mid for w in wholes if w.quantity.mid >= 0.9 * top}) > 1:
                return None
        return next(iter(wholes), None)

    def unit_wholes(self, near: Located, unit: str) -> list[Located]:
        """The counts of ``unit`` printed before ``near`` in its paragraph or the
        ``UNIT_WHOLE_BACK`` before, largest first."""
        passage = near.passage
        pool = [f
                for back in range(UNIT_WHOLE_BACK, -1, -1)
                if (p := self.neighbours.get((passage.where, passage.order - back))) is not None
                for f in self.by_passage.get(p.key, [])]  # fmt: skip
        found = [
            f
            for f in pool
            if f.raw_start < near.raw_start
            and f.quantity.unit == unit
            and (not f.quantity.unit_implied or implied_whole(f))
            and f.quantity.mid >= 1
            and not is_plan(f)
        ]  # fmt: skip  (a plan is no count of what there is)
        return sorted(found, key=lambda f: -f.quantity.mid)

    def named_wholes(self, rate: Located) -> list[Located]:
        """The whole a rate per thousand names by its noun ("28 per 1,000 settlers"), printed
        anywhere before it (borderlands.figures.wholes)."""
        text = rate.passage.text
        m = PER_THOUSAND_RE.match(text, rate.quantity.end)
        if m is None:
            return []
        noun = rate_noun(text, rate.quantity.start, m.end(), rate.passage.sentences[0][0])
        if noun is None:
            # "412 settlers died, 22.1 per 1,000. ... In the second quarter 353 died, 91 per
            # 1,000": a rate with no noun is of the whole the paragraph's rates were of
            whole = self.rate_wholes.get(rate.passage.key)
            if whole is not None and whole.raw_start < rate.raw_start:
                return [whole]
            return self.clause_noun_whole(rate)
        if self._nouns is None:
            self._nouns = NounIndex(self.inputs)
        return self._nouns.wholes_before(noun, rate.raw_start, rate.quantity.mid)

    def clause_noun_whole(self, rate: Located) -> list[Located]:
        """The whole of a rate per thousand with no noun of its own, named by the noun of the
        count it is the rate of ("353 settlers died, 19 per 1,000": the count of settlers
        printed before), when that whole is unambiguous: the largest such count, with no
        other of a different value within a tenth of it."""
        key, n = sentence_key(rate)
        own = [f for f in self.by_sentence.get((key, n), ())
               if f.quantity.end <= rate.quantity.start]  # fmt: skip
        if not own or own[-1].quantity.unit_implied or not own[-1].quantity.unit:
            return []
        part = own[-1]
        after = NOUN_AFTER_RE.match(part.passage.text[part.quantity.end : part.quantity.end + 40])
        if after is None or after.group(1) in NOT_NOUNS or len(after.group(1)) < 4:
            return []
        if self._nouns is None:
            self._nouns = NounIndex(self.inputs)
        wholes = self._nouns.wholes_before(
            noun_stem(after.group(1)), part.raw_start, part.quantity.mid
        )
        if not wholes:
            return []
        top = max(w.quantity.mid for w in wholes)
        if len({w.quantity.mid for w in wholes if w.quantity.mid >= 0.9 * top}) > 1:
            return []
        return [max(wholes, key=lambda w: w.quantity.mid)]

    def named_comparisons(self, sentence: Sentence) -> list[Finding]:
        """Two names compared without figures ("Korosten sent fewer persons than Novohrad"),
        against the counts printed after the same names earlier in the text."""
        compared = compared_names(sentence.text, sentence.start)
        if not compared:
            return []
        raw = sentence.passage.to_raw(sentence.start)
        out: list[Finding] = []
        for c in compared:
            words = sentence.text
            a, b = self.names.like(c.first, raw, words), self.names.like(c.second, raw, words)
            if a is None or b is None or a.quantity.unit != b.quantity.unit:
                continue
            x, y = a.quantity.mid, b.quantity.mid
            if x == y:
                continue
            holds = (x > y) == c.up
            out.append(Finding(
                "comparison", c.start, c.end, x,
                Verdict.consistent if holds else Verdict.inconsistent,
                f"{num(x)} vs {num(y)}", x, (a, b),
                f"{c.first} has {grouped(x)} and {c.second} {grouped(y)}",
                None if holds else OPPOSITE.get(c.word, f"not {c.word}"),
            ))  # fmt: skip
        return out

    @property
    def names(self) -> NameIndex:
        """Counts by the name printed before them, built on the first claim that needs it."""
        if self._names is None:
            self._names = NameIndex(self.inputs)
        return self._names

    @property
    def plans(self) -> PlanIndex:
        if self._plans is None:
            self._plans = PlanIndex(self.inputs)
        return self._plans

    def plan_differences(self, sentence: Sentence) -> list[Finding]:
        """A count said to be more or fewer than a plan ("Against the plan the returns show
        240 persons more", "the plan called for 45,000 prisoners; the camp was 1,830 short
        of it"): the difference between the count done and the plan (borderlands.figures.
        plans). A slip is read on it: both are named, the plan by its word."""
        if not sentence.figures or not PLAN_WORD_RE.search(sentence.text):
            return []
        out: list[Finding] = []
        for r in sentence.counts:
            more = said_difference(r)
            if more is None or is_plan(r):
                continue
            plan = self.plans.plan_before(r)
            done = self.plans.done_against(plan, r) if plan is not None else None
            if plan is None or done is None:
                continue
            value = done.quantity.mid - plan.quantity.mid
            if (value > 0) != more:
                continue
            value = abs(value)
            q = r.quantity
            formula = f"{printed(done)} - {printed(plan)}" if more else (
                f"{printed(plan)} - {printed(done)}"
            )  # fmt: skip
            if accepts_count(q, value):
                out.append(Finding(
                    "remainder", q.start, q.end, q.mid, Verdict.consistent, formula, value,
                    (done, plan), f"{printed(done)} done against a plan of {printed(plan)} "
                    f"is {num(value)} {'more' if more else 'fewer'}",
                ))  # fmt: skip
                continue
            found = slip_finding("remainder", r, value, formula, (done, plan),
                                 "the count done and the plan", usual_only=True)  # fmt: skip
            if found is not None:
                out.append(found)
        return out

    def plan_reading(self, c: _Claim) -> Fit | None:
        """A share of a plan ("The railway thus carried out 100.5 percent of its plan", "It
        built 3,440 houses, 86.0 percent of the plan"): the count done (the sentence's own,
        else the one found against the plan) over the plan printed before
        (borderlands.figures.plans)."""
        claim = c.located
        own = [f for f in self.required_numerators(claim) if f.quantity.end <= claim.quantity.start]
        if c.kind != "share" or len(own) != len(self.required_numerators(claim)):
            return None
        text = claim.passage.text
        lead = text[max(0, claim.quantity.phrase_start - 40) : claim.quantity.phrase_start]
        if PLAN_SHARE_RE.match(text, claim.quantity.phrase_end) is None and not (
            PLAN_BY_RE.search(lead)
        ):
            return None
        plan = self.plans.plan_before(claim)
        if plan is None:
            return None
        # "It built 3,440 houses, 86.0 percent of the plan": the count done is the sentence's
        done = own[-1] if own else self.plans.done_against(plan, claim)
        if done is None or (own and not compatible(done, plan)):
            return None
        fit = self.reading(c, done, plan)
        if plan.passage is not claim.passage:
            fit.scope = FAR
        return fit

    def figures_up_to(self, passages: list[Passage], s: Sentence) -> list[Located]:
        """The figures of the paragraphs before ``s``'s and of its own up to ``s``'s end."""
        at = next(i for i, p in enumerate(passages) if p is s.passage)
        before = [f for p in passages[:at] for f in self.by_passage.get(p.key, [])]
        return before + [f for f in self.by_passage.get(s.passage.key, [])
                         if f.sentence <= s.index]  # fmt: skip

    def name_rate(self, sentence: Sentence, rate: Finding) -> Finding | None:
        """A rate per unit of a place or group named in its sentence, whose count was printed
        after the name before ("The barracks of Spassk, 51 of them, held about 120 prisoners
        each", after "Spassk 6,120"): that count over the sentence's own. Only a fit."""
        r = next((f for f in sentence.counts if f.quantity.start == rate.start), None)
        if r is None:
            return None
        own = [f for f in sentence.counts if f is not r]
        raw = sentence.passage.to_raw(sentence.start)
        for name in NAME_RE.findall(sentence.text):
            whole = self.names.before(name, raw)
            if whole is None or whole in own or bound_name(whole) not in (None, wholes_stem(name)):
                continue  # "8,640 in Tomsk and 6,120 in Kurgan": 6,120 is no count of Tomsk
            for y in own:
                value = whole.quantity.mid / y.quantity.mid
                if y.quantity.mid < whole.quantity.mid and accepts_count(r.quantity, value):
                    return Finding(
                        "rate", rate.start, rate.end, rate.stated_value, Verdict.consistent,
                        f"{printed(whole)} / {printed(y)}", value, (whole, y),
                        f"{name}'s {printed(whole)} over {printed(y)} is {num(value)} each",
                    )  # fmt: skip
        return None

    def name_rate_per_thousand(self, sentence: Sentence, rate: Finding) -> Finding | None:
        """A rate per 1,000 of a place or group named in its clause, whose whole was printed
        after the name before ("Novosibirsk lost 860, 69 per 1,000", after "Novosibirsk
        oblast received 12,460"): the clause's count over that whole. The whole is named,
        not found by value, so a usual slip is read too."""
        text = sentence.passage.text
        r = next((f for f in sentence.figures if f.quantity.start == rate.start), None)
        if r is None or not PER_THOUSAND_RE.match(text, r.quantity.end):
            return None
        before = [f for f in sentence.counts
                  if f.quantity.end <= r.quantity.start and not is_scale(f)]  # fmt: skip
        if not before:
            return None
        part = before[-1]
        earlier = [f for f in before[:-1]]
        clause_start = earlier[-1].quantity.end if earlier else sentence.start
        clause = text[clause_start : part.quantity.start]
        raw = sentence.passage.to_raw(sentence.start)
        for name in re.findall(r"\b[A-Z][a-z]{3,}\b", clause):
            whole = self.names.before(name, raw)
            if whole is None or whole.quantity.mid <= part.quantity.mid or whole is part:
                continue
            if whole.sentence == sentence.index and whole.passage is sentence.passage:
                continue
            value = part.quantity.mid / whole.quantity.mid * 1000
            formula = f"{printed(part)} / {printed(whole)} * 1000"
            if accepts_count(r.quantity, value):
                return Finding(
                    "rate", rate.start, rate.end, rate.stated_value, Verdict.consistent,
                    formula, value, (part, whole),
                    f"{printed(part)} over {name}'s {printed(whole)} is {num(value)} per 1000",
                )  # fmt: skip
            return slip_finding(
                "rate", r, value, formula, (part, whole),
                f"{printed(part)} over {name}'s {printed(whole)}", usual_only=True,
            )
        return None

    def named_superlatives(self, sentence: Sentence) -> list[Finding]:
        """A name said without figures to be the largest or smallest ("Ust-Chaya was thus the
        smallest section"), or second only to another: against the count printed after the
        name earlier and the other counts of the sentence that printed it (its peers)."""
        if not sentence.says_any(SUPERLATIVE_CUES):
            return []  # SUPERLATIVE_WORD_RE cannot match: one set test instead of a scan
        said = superlative_names(sentence.text, sentence.start)
        if not said or len([f for f in sentence.figures if not is_scale(f)]) >= 2:
            return []  # "highest in Maisk, 61 per 1,000, against 44 ...": its own figures rank
        raw = sentence.passage.to_raw(sentence.start)
        out: list[Finding] = []
        for item in said:
            f = self.names.like(item.name, raw, sentence.text)
            if f is None:
                continue
            peers = [p for p in self.by_sentence.get(sentence_key(f), ())
                     if p is not f and compatible(p, f) and not self.is_rate_count(p)
                     and not is_rest_or_whole(p)]  # fmt: skip
            total = sum_of_the_others([f, *peers])
            if total is f:
                continue  # the name's count is the list's total: no member to rank
            peers = [p for p in peers if p is not total]
            if len(peers) < 2:
                continue
            values = [p.quantity.mid for p in peers]
            x = f.quantity.mid
            if item.above is not None:
                first = self.names.before(item.above, raw)
                if first is None or first not in peers:
                    continue
                rest = [p.quantity.mid for p in peers if p is not first]
                holds = first.quantity.mid > x and all(v < x for v in rest)
                wrong = "not second"
            elif item.word in TOP_WORDS:
                holds, wrong = x > max(values), f"not the {item.word}"
            else:
                holds, wrong = x < min(values), f"not the {item.word}"
            formula = " vs ".join(num(v) for v in [x, *values])
            # "the largest town of the north" may rank another measure: a reversed order is
            # flagged only when the words say it follows from the figures ("was thus"), or
            # the sentence comes right after them
            derived = DERIVED_RE.search(sentence.text) is not None or (
                f.passage is sentence.passage and f.sentence == sentence.index - 1
            )  # or right after the figures it ranks
            verdict = Verdict.consistent if holds else (
                Verdict.inconsistent if derived else Verdict.unverifiable
            )  # fmt: skip
            out.append(Finding(
                "comparison", item.start, item.end, x, verdict, formula, x, (f, *peers),
                f"{item.name} has {grouped(x)}; the others printed with it "
                + ", ".join(grouped(v) for v in values)
                + ("" if holds or derived else ": it may be ranked by another measure"),
                wrong if verdict == Verdict.inconsistent else None,
            ))  # fmt: skip
        return out

    def ranks(self, sentence: Sentence) -> list[Finding]:
        """Ranks stated without figures, each against the counts printed after the same
        names earlier in the text (borderlands.figures.ranks)."""
        if not sentence.says_any(RANK_WORD_SET):
            return []  # RANK_ITEM_RE cannot match: one set test instead of a scan
        items = ranked_items(sentence.text, sentence.start)
        if not items:
            return []
        raw = sentence.passage.to_raw(sentence.start)
        counted = [(i, self.names.before(i.name, raw)) for i in items]
        units = {f.quantity.unit for _, f in counted if f is not None}
        out: list[Finding] = []
        ordered = sorted(counted, key=lambda pair: pair[0].rank)
        for k, (item, f) in enumerate(ordered):
            if item.rank < 2:
                continue
            above = ordered[k - 1][1] if k else None
            if f is None or above is None or len(units) != 1:
                out.append(Finding(
                    "comparison", item.start, item.end, float(item.rank), Verdict.unverifiable,
                    "", None, (), f"no counts printed after {item.name} and the name ranked "
                    "above it",
                ))  # fmt: skip
                continue
            holds = above.quantity.mid > f.quantity.mid
            formula = f"{num(above.quantity.mid)} > {num(f.quantity.mid)}"
            out.append(Finding(
                "comparison", item.start, item.end, float(item.rank),
                Verdict.consistent if holds else Verdict.inconsistent, formula,
                f.quantity.mid, (above, f),
                f"{ordered[k - 1][0].name} has {grouped(above.quantity.mid)} and {item.name} "
                f"{grouped(f.quantity.mid)}" + ("" if holds else ": the ranking is reversed"),
                None if holds else "ranked above",
            ))  # fmt: skip
        return out

    def finding_check(self, sentence: Sentence, f: Finding) -> Check:
        passage = sentence.passage
        anchor = next(
            (x for x in sentence.figures if x.quantity.start == f.start), None
        ) or self.word_anchor(sentence, f.start, f.end, f.stated_value)
        fit = None
        inputs = (
            *f.inputs,
            *(self.printed_anchor(passage, a, b, year, "year", "date") for a, b, year in f.dates),
            *(self.printed_anchor(passage, a, b, place, "item", "item")
              for place, (a, b) in enumerate(f.items, 1)),
        )  # fmt: skip
        if f.computed is not None:
            fit = Fit(f.formula, f.computed, inputs, 0, "", f.computed - f.stated_value)
            if f.verdict == "consistent":
                fit.mode = "rounds"
        stated = " ".join(passage.text[f.start : f.end].split())
        return Check(
            anchor, f.kind, stated, f.stated_value, f.verdict, fit, [], f.explanation,
            intended=f.intended, compared=inputs if fit is None else (),
        )  # fmt: skip

    def printed_anchor(
        self, passage: Passage, start: int, end: int, value: float, unit: str, kind: str
    ) -> Located:
        """An input printed in words, placed like a quantity: a date a duration is counted
        from or to (its value the year), an item of a counted list (its place in the list)."""
        index = bisect.bisect_right([a for a, _ in passage.sentences], start) - 1
        q = Quantity(
            start, end, passage.text[start:end], float(value), None, None, unit, None, False,
            None, None, 1.0, kind, start, end,
        )  # fmt: skip
        raw_start = passage.to_raw(start)
        return Located(
            q, passage, max(index, 0), raw_start, passage.to_raw(max(start, end - 1)) + 1,
            self.line_of(raw_start), self.page_of(raw_start),
        )  # fmt: skip

    def word_anchor(self, sentence: Sentence, start: int, end: int, value: float) -> Located:
        """A claim in words ("tripled", "five", "the largest") placed like a quantity."""
        passage = sentence.passage
        text = passage.text[start:end]
        q = Quantity(
            start, end, text, value, None, None, "", None, False, None, None, 0.0, "word",
            start, end,
        )  # fmt: skip
        raw_start = passage.to_raw(start)
        return Located(
            q, passage, sentence.index, raw_start, passage.to_raw(max(start, end - 1)) + 1,
            self.line_of(raw_start), self.page_of(raw_start),
        )  # fmt: skip

    def local_inputs(self, claim: Located) -> list[tuple[Located, int]]:
        """Counts near a claim with their distance, nearest first, at most ``LOCAL_LIMIT``:
        its sentence, sentences of its passage up to ``SENTENCE_WINDOW`` away, the passages
        it links to, passages nearby. The bound keeps every claim's cost constant, however
        long the paragraph."""
        out: list[tuple[Located, int]] = []
        key, n = sentence_key(claim)
        out.extend((f, 0) for f in self.by_sentence.get((key, n), ()) if f is not claim)
        for d in range(1, SENTENCE_WINDOW + 1):
            for s in (n - d, n + d):
                out.extend((f, 1) for f in self.by_sentence.get((key, s), ()))
            if len(out) >= LOCAL_LIMIT:
                return out[:LOCAL_LIMIT]
        passage = claim.passage
        linked = [self.passages[k] for k in sorted(passage.links) if k in self.passages]
        linked += (
            [p for p in self.passages.values() if passage.key in p.links and p not in linked]
            if passage.where == "note"
            else []
        )
        near = [
            p
            for d in (1, -1, 2, -2)
            if (p := self.neighbours.get((passage.where, passage.order + d))) is not None
        ]
        for scope, group in ((2, linked), (3, near)):
            for p in group:
                out.extend((f, scope) for f in self.by_passage.get(p.key, ()) if is_count(f))
                if len(out) >= LOCAL_LIMIT:
                    return out[:LOCAL_LIMIT]
        return out

    def window_percents(self, claim: Located) -> list[tuple[Located, int]]:
        """Percentages in the claim's sentence (distance 0) and the sentences around it (1)."""
        key, n = sentence_key(claim)
        out = [(p, 0) for p in self.percents_by_sentence.get((key, n), ()) if p is not claim]
        for s in range(n - SENTENCE_WINDOW, n + SENTENCE_WINDOW + 1):
            if s != n:
                out.extend((p, 1) for p in self.percents_by_sentence.get((key, s), ()))
        return out[:LOCAL_LIMIT]

    def candidates(self, c: _Claim) -> list[Fit]:
        claim = c.located
        local = self.local_inputs(claim)
        required = self.required_numerators(claim)
        numerators = [(f, 0) for f in required] if required else local
        # Only values within half to twice the stated figure matter: the acceptance window,
        # a near miss and the chance estimate all lie inside that span.
        scale = 0.01 if c.kind == "ratio" else 1.0
        span_lo, span_hi = min(c.values) / 2 / scale, max(c.values) * 2 / scale
        cands: list[Fit] = []
        if c.kind in ("share", "fraction", "ratio"):
            for (a, sa), (b, sb) in itertools.product(numerators, local):
                if a is b or not compatible(a, b):
                    continue
                same = sa == 0 and sb == 0 and a.passage is b.passage
                apart = joined_apart(a, b)  # "1,350 workers with 270 lorries": no part
                for value, pattern, x, y in share_candidates(a, b, same):
                    if span_lo <= value <= span_hi and not (apart and pattern != "of-both"):
                        formula = share_formula(pattern, x, y, percent=c.kind != "ratio")
                        cands.append(Fit(formula, value * scale, (a, b), max(sa, sb)))
        if c.kind in ("fraction", "ratio"):
            for p, s in self.window_percents(claim):
                for v in p.quantity.values:
                    if c.kind == "ratio":
                        cands.append(Fit(f"{num(v)} / 100", v / 100, (p,), s))
                    else:
                        cands.append(Fit(f"{num(v)} percent", v, (p,), s))
        return cands

    def check_claim(self, c: _Claim) -> Check:
        if id(c.located) in self.one_in_anchors:
            return self.one_in_check(c)
        apposed = (self.apposed_total_check(c) or self.pronoun_part_check(c)
                   or self.partitive_part_check(c) or self.whole_before_check(c)
                   or self.fronted_whole_check(c) or self.placed_whole_check(c)
                   or self.noun_member_check(c) or self.list_whole_check(c)
                   or self.joined_shares_check(c))  # fmt: skip
        if apposed is not None:
            return apposed
        twins = self.twin_share_pairs(c)
        if twins:
            first, *others = [self.reading(c, x, y) for x, y in twins]
            return Check(
                c.located, c.kind, c.stated, c.values[0], "ambiguous", first, others,
                "two pairs of its sentence printed as a part of a whole both give it",
            )  # fmt: skip
        if (sibling := self.sibling_share_check(c) or self.bracket_sibling_check(c)) is not None:
            return sibling
        cands = self.candidates(c)
        named = self.rest_reading(c) if len(c.values) == 1 else None
        named = named or self.previous_majority_reading(c)
        named = named or self.subject_part_reading(c)
        named = named or (self.named_reading(c) if len(c.values) == 1 else None)
        those = self.those_whole_check(c) if named is None and len(c.values) == 1 else None
        if those is not None:
            return those
        if named is None and len(c.values) == 1:
            rivals = self.whole_named_readings(c)
            if len(rivals) > 1:
                return self.judge_rivals(c, rivals)
            named = rivals[0] if rivals else self.plan_reading(c)
        if named is None and len(c.values) == 1:
            judged_prev = self.member_share_check(c) or self.previous_whole_check(c)
            judged_prev = judged_prev or self.named_member_check(c)
            judged_prev = judged_prev or self.fronted_member_check(c)
            judged_prev = judged_prev or self.joined_members_check(c)
            judged_prev = judged_prev or self.plan_shortfall_check(c)
            if judged_prev is not None:
                return judged_prev
        if named is not None and on_compared_side(c.located, named.inputs):
            named = None  # the counts of the group it is compared with: left to the search
        if named is not None and c.kind == "fraction":
            named = self.apposed_reading(c, named)
        if named is not None and c.kind == "fraction" and self.fraction_off_topic(c, named):
            return Check(
                c.located, c.kind, c.stated, c.values[0], "unverifiable", None, [named],
                "the fit's counts are of other things than what the fraction is of",
            )  # fmt: skip
        if named is not None:
            named, why = self.apposed_named(c, named)
            judged = self.judge_named(c, named, cands)
            if why and judged is not None and judged.verdict == "inconsistent":
                if rivals := self.apposed_rivals(c):
                    return self.judge_rivals(c, rivals)
                return Check(c.located, c.kind, c.stated, c.values[0], "unverifiable", None,
                             [named], f"no slip is read: {why}")  # fmt: skip
            if judged is not None and not (
                named.scope >= FAR and judged.verdict == "inconsistent"
                and not self.sure_far_slip(c, named)
            ):  # fmt: skip
                return judged
            if judged is not None:
                return Check(
                    c.located, c.kind, c.stated, c.values[0], "unverifiable", None, [named],
                    f"the whole its words name, {grouped(named.inputs[1].quantity.mid)}, "
                    f"gives {num(round(named.computed, 4))}: too far from it for a usual slip, "
                    "so that whole need not be the one meant",
                )  # fmt: skip
        per_value: list[list[Fit]] = []
        for stated in c.values:
            per_value.append(self.fits_for(c, stated, cands))
        stated_value = c.values[0]
        stated_high = c.values[1] if len(c.values) > 1 else None
        if all(per_value):
            best = [fits[0] for fits in per_value]
            fit = best[0] if len(best) == 1 else merge_range_fits(best)
            alternatives = [f for fits in per_value for f in fits[1:]][:5]
            if c.kind == "share" and on_compared_side(c.located, fit.inputs):
                return Check(
                    c.located, c.kind, c.stated, stated_value, "unverifiable", None,
                    [fit, *alternatives][:3],
                    "the only fits use the counts of what it is compared with", stated_high,
                )  # fmt: skip
            if self.off_topic(c, fit):
                return Check(
                    c.located, c.kind, c.stated, stated_value, "unverifiable", None,
                    [fit, *alternatives][:3],
                    "the only fits use figures of a sentence that does not speak of what the "
                    "share is of", stated_high,
                )  # fmt: skip
            if c.kind == "share" and len(fit.inputs) == 2 and wider_than_total(
                self.sentence_text(c.located), fit.inputs[1]
            ):
                return Check(
                    c.located, c.kind, c.stated, stated_value, "unverifiable", None,
                    [fit, *alternatives][:3],
                    "it is said of all, and the fit's whole counts only the few members its "
                    "sentence selects", stated_high,
                )  # fmt: skip
            if c.kind == "fraction" and len(best) == 1 and self.fraction_off_topic(c, fit):
                fit, alternatives = on_topic_first(fit, alternatives, self.fraction_off_topic, c)
            if c.kind in ("fraction", "share") and self.fraction_off_topic(c, fit):
                return Check(
                    c.located, c.kind, c.stated, stated_value, "unverifiable", None,
                    [fit, *alternatives][:3],
                    "the fit's counts are of other things than what the fraction is of",
                    stated_high,
                )  # fmt: skip
            back = ANAPHORIC_WHOLE_RE.match(self.sentence_text(c.located)) is not None
            rival = next(
                (f for f in alternatives if len(best) == 1
                 and abs(f.computed - fit.computed) > 1e-9  # a part and its rest: that whole
                 and (rival_whole(fit, f, back)
                      or (c.kind == "share" and side_by_side_wholes(fit, f)))), None
            )  # fmt: skip
            if rival is not None:
                return Check(
                    c.located, c.kind, c.stated, stated_value, "ambiguous", fit,
                    [rival, *(f for f in alternatives if f is not rival)],
                    f"two wholes of its sentence reproduce it: {fit.formula} and "
                    f"{rival.formula}",
                )  # fmt: skip
            if fit.scope >= FAR:
                clause = self.clause_miss(c, cands)
                if clause is not None:
                    return clause
                listed = self.listed_reading(c)
                if listed is not None:
                    return Check(c.located, c.kind, c.stated, stated_value, "consistent", listed,
                                 [], explain_fit(listed), stated_high)  # fmt: skip
                topical = self.topical_candidates(c, cands)
                shown = topical[:3]
                if not topical and fit.chance < 1:
                    shown = [fit, *alternatives][:3]
                note = (
                    "; candidates about the same people are listed for a reader to judge"
                    if topical
                    else ""
                )
                return Check(
                    c.located, c.kind, c.stated, stated_value, "unverifiable", None, shown,
                    f"the only fits use inputs from {FAR_WORDS[fit.scope_name]}, not figures "
                    f"its sentence or paragraph names (expected accidental fits "
                    f"{fit.chance:.2f})" + note,
                    stated_high,
                )  # fmt: skip
            other = bool(fit.inputs) and decline_of_another(c.located, fit.inputs[0], DECLINE_RE)
            if c.decline and fit.formula.count("-") == 0 and c.kind == "share" and not other:
                said = self.decline_said(c, fit)
                if said is not None:
                    return said
                return Check(
                    c.located, c.kind, c.stated, stated_value, "ambiguous", fit,
                    alternatives + self.decline_reading(c, fit),
                    "the wording speaks of a decline, but the figure is the share that "
                    "remained; read as the decline itself it would be the complement",
                    stated_high,
                )  # fmt: skip
            fall = self.fall_reading(c, fit)
            if fall is not None:
                return Check(
                    c.located, c.kind, c.stated, stated_value, "ambiguous", fit,
                    [fall, *alternatives],
                    "the figure is both the share that remained and the fall itself: "
                    f"{fit.formula} and {fall.formula}", stated_high,
                )  # fmt: skip
            return Check(
                c.located, c.kind, c.stated, stated_value, "consistent", fit, alternatives,
                explain_fit(fit), stated_high,
            )  # fmt: skip
        clause = self.clause_miss(c, cands)
        if clause is not None:
            return clause
        miss = self.near_miss(c, cands)
        if miss is not None:
            return Check(
                c.located, c.kind, c.stated, stated_value, "inconsistent", miss, [],
                f"the closest reproduction from figures in the same sentence gives "
                f"{num(round(miss.computed, 4))}, off by {num(round(miss.gap, 4))}",
                stated_high,
            )  # fmt: skip
        listed = self.listed_reading(c)
        if listed is not None:
            return Check(c.located, c.kind, c.stated, stated_value, "consistent", listed, [],
                         explain_fit(listed), stated_high)  # fmt: skip
        return Check(
            c.located, c.kind, c.stated, stated_value, "unverifiable", None, [],
            "no figures in the text reproduce it", stated_high,
        )  # fmt: skip

    # -- the reading the sentence names ----------------------------------------------------

    def listed_reading(self, c: _Claim) -> Fit | None:
        """A percentage share of the sum of the counts its sentence (or the one before) lists,
        when that sum gives it (borderlands.figures.listedwhole)."""
        claim = c.located
        if c.kind != "share" or claim.quantity.unit != "percent" or len(c.values) != 1:
            return None
        key, n = sentence_key(claim)
        own = [f for f in self.by_sentence.get((key, n), ()) if f is not claim]
        before = [list(self.by_sentence.get((key, n - d), ())) for d in (1, 2, 3)]
        earlier = frozenset(f.quantity.mid for f in self.counts_before(claim, 200))
        found = listed_whole(claim, self.sentence_text(claim), own, before, earlier)
        if found is None:
            return None
        part, parts = found
        total = sum(p.quantity.mid for p in parts)
        fit = Fit(f"{num(part.quantity.mid)} / ({' + '.join(num(p.quantity.mid) for p in parts)})"
                  " * 100", part.quantity.mid / total * 100, (part, *parts), 1)  # fmt: skip
        mode = accepts(c.values[0], c.step, c.direction, fit.computed)
        if mode is None:
            return None
        fit.mode, fit.gap = mode, fit.computed - c.values[0]
        return fit

    def rest_reading(self, c: _Claim) -> Fit | None:
        """x / (part + rest) when the sentence prints a part and "the remaining" count of a
        whole it does not print (borderlands.figures.restwhole)."""
        claim = c.located
        pair = part_and_rest(claim, self.required_numerators(claim))
        if pair is None or c.kind == "ratio":
            return None
        x, other = pair
        if self.is_base(x):  # "3,164 of the 5,412 ..., and the other 2,248": a whole's rest
            return None
        if ANAPHORIC_WHOLE_RE.match(self.sentence_text(claim)) or points_back_to_whole(x):
            key, n = sentence_key(claim)
            for whole in self.by_sentence.get((key, n - 1), ()):
                fit = self.reading(c, x, whole)
                if whole.quantity.mid > x.quantity.mid and accepts(
                    c.values[0], c.step, c.direction, fit.computed
                ):
                    return fit
        a, b = x.quantity.mid, other.quantity.mid
        formula = f"{num(a)} / ({num(a)} + {num(b)}) * 100"
        return Fit(formula, a / (a + b) * 100, (x, other), 0)

    def named_reading(self, c: _Claim) -> Fit | None:
        """x / y as the claim's own words name them: the whole introduced in its sentence
        ("of the 298,000 tons", "4,100 of 14,900"), the whole its noun names ("of the
        families"), or the whole its sibling figures share ("28,600 (15.3 percent)" beside
        other parts of the same total). None when the sentence does not name both."""
        claim = c.located
        own = self.required_numerators(claim)
        text = claim.passage.text
        slashed = [
            (x, y) for x, y in itertools.pairwise(own)
            if text[x.quantity.end : y.quantity.start].strip() == "/"
            and len(text[y.quantity.end : claim.quantity.start]) <= 4
        ]  # fmt: skip
        if slashed:
            x, y = slashed[-1]
            return self.reading(c, x, y)
        noun = self.bracketed_noun_reading(c, own)
        if noun is not None:
            return noun[0]
        rates = self.percents_by_sentence.get(sentence_key(claim), [])
        base = next(
            (
                f for f in reversed(own)
                if self.is_base(f) and f.quantity.start < claim.quantity.start
                and not any(f.quantity.start < r.quantity.start < claim.quantity.start
                            for r in rates)
            ),
            next((f for f in own if self.is_base(f) and f.quantity.start > claim.quantity.end
                  and not CLAUSE_BREAK_RE.search(text, claim.quantity.end, f.quantity.start)),
                 None),
        )  # fmt: skip
        numerator: Located | None = self.paren_numerator(claim, own)
        if base is None:
            base = self.noun_base(claim)
        if base is None and numerator is not None:
            base = self.sibling_base(claim, numerator)
        if base is None:
            return None
        if numerator is None or numerator is base:
            before = [f for f in own if f is not base and f.quantity.start < claim.quantity.start
                      and not reported_apart(text, f.quantity.end, claim.quantity.start)]
            after = [f for f in own if f is not base and f.quantity.start > claim.quantity.start]
            after = [
                f for f in after
                if not any(claim.quantity.start < r.quantity.start < f.quantity.start
                           for r in rates)
                and not other_clause_part(text, claim.quantity.end, f.quantity.start)
                and not in_new_subject_clause(text, claim.quantity.end, f.quantity.start)
            ]  # fmt: skip
            pool = before[::-1] + after
            numerator = next((f for f in pool if f.quantity.mid < base.quantity.mid), None)
        if numerator is None or numerator.quantity.mid >= base.quantity.mid:
            return None
        # a whole from beyond the sentence, when the sentence prints the part's rest: the
        # count of the paragraph that part + rest make (borderlands.figures.restbase)
        beyond = sentence_key(base) != sentence_key(numerator)
        same = self.by_sentence.get(sentence_key(numerator), ())
        rest = rest_of(numerator, same) if beyond else None
        if rest is not None:
            nearer = [f for f, scope in self.local_inputs(claim) if scope <= 1]
            base = whole_of_rest(numerator, rest, nearer) or base
        return self.reading(c, numerator, base)

    def whole_named_readings(self, c: _Claim, apposed: Located | None = None) -> list[Fit]:
        """Shares of a whole its words name but its window does not print: "238 escaped,
        1.3 percent of the whole" ("of the total", "of all settlers", "of the families"),
        the whole counted in a paragraph before. The part is the sentence's last count
        before the share (none after it); the whole, the largest count of the part's unit (or of the
        named noun's) in the paragraph or the ``UNIT_WHOLE_BACK`` before, and every other
        count there within a tenth of it (a rival whole): one reading per whole."""
        claim = c.located
        own = self.required_numerators(claim)
        after = bool(own) and own[-1].quantity.end > claim.quantity.start
        if c.kind != "share" or not own or (after and apposed is None):
            return []
        m = MEASURE_RE.match(claim.passage.text, claim.quantity.phrase_end)
        if m is None:
            return []
        noun = m.group(1).lower()
        part = apposed or own[-1]  # the count of the share's own clause: the last before it
        if apposed is None and reported_apart(claim.passage.text, part.quantity.end,
                                              claim.quantity.start):  # fmt: skip
            return []
        generic = noun in GENERIC_WHOLES or noun in WHOLE_NOUNS
        # a part with no unit ("1,140 returned home, 5.4 percent of the total") is of people
        unit = (part.quantity.unit or "persons") if generic else UNIT_WORDS_LOWER.get(noun)
        if not unit or (part.quantity.unit and part.quantity.unit != unit):
            return []
        wholes = [w for w in self.unit_wholes(claim, unit) if w.quantity.mid > part.quantity.mid]
        if not wholes:
            return []
        top = wholes[0].quantity.mid
        rivals = list({w.quantity.mid: w for w in wholes if w.quantity.mid >= 0.9 * top}.values())
        fits = [self.reading(c, part, w) for w in rivals]
        for fit in fits:
            if fit.inputs[1].passage is not claim.passage:
                fit.scope = FAR
        return fits

    def partitive_part_check(self, c: _Claim) -> Check | None:
        """"451 of them had died, 44.7 percent": a share apposed to a part that points back at
        its whole, over the one count of the nearest sentence before, in its paragraph, that
        prints any (borderlands.figures.partitivewhole)."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        key, n = sentence_key(claim)
        part = apposed_partitive(claim, list(self.by_sentence.get((key, n), ())))
        if part is None:
            return None
        earlier = next((self.by_sentence[(key, m)] for m in (n - 1, n - 2)
                        if self.by_sentence.get((key, m))), [])  # fmt: skip
        wholes = [f for f in earlier if is_count(f)]
        if len(wholes) != 1 or wholes[0].quantity.mid <= part.quantity.mid:
            return None
        return self.pair_check(c, part, wholes[0], " (a part of them over the count they are)",
                               "a part of them over the count they are gives",
                               far_unverifiable=True)  # fmt: skip

    def fronted_whole_check(self, c: _Claim) -> Check | None:
        """"Of these houses 1,210 went to the farms (60.5 percent)": the share over the count
        the fronted noun labels (borderlands.figures.frontedwhole)."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        own = [f for f in self.by_sentence.get(sentence_key(claim), ()) if is_count(f)]
        start = self.sentence_start(claim)
        found = fronted_whole(claim, start, own, self.counts_before(claim, FRONTED_BACK))
        if found is None:
            return None
        judged = self.pair_check(c, found.part, found.whole, f" (the {found.noun} counted "
                                 "before)", f"the part its clause names over the {found.noun} "
                                 "counted before gives", far_unverifiable=True)  # fmt: skip
        others = wrong_wholes(found.part, found.whole, lambda f: labels(f, found.noun))
        return self.wrong_whole_check(c, judged, found.part, found.whole, others,
                                      f"the {found.noun} it names")  # fmt: skip

    def placed_whole_check(self, c: _Claim) -> Check | None:
        """"75.1 percent of those on the register in 1955": the share over the count whose
        clause names that place and year (borderlands.figures.thosephrase)."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        own = [f for f in self.by_sentence.get(sentence_key(claim), ()) if is_count(f)]
        start = self.sentence_start(claim)
        key, n = sentence_key(claim)
        previous = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        pronoun = pronoun_share(self.sentence_text(claim), claim.quantity.phrase_start - start)
        part = previous[0] if pronoun and len(previous) == 1 else None
        found = placed_whole(claim, start, own, self.counts_before(claim, FRONTED_BACK), part)
        if found is None and placed_phrase(claim.passage.text, claim.quantity.phrase_end):
            # a place named with its year is read however far back its count was printed
            earlier = [f for f in self.inputs if f.raw_start < claim.raw_start][::-1]
            found = placed_whole(claim, start, own, earlier, part)
        if found is None:
            return None
        what = f"those on the {found.noun}" + (f" in {found.year}" if found.year else "")
        judged = self.pair_check(c, found.part, found.whole, f" (the count of {what})",
                                 f"the part its clause names over {what} gives",
                                 far_unverifiable=True)  # fmt: skip
        others = wrong_wholes(found.part, found.whole,
                              lambda f: placed(f, found.noun, found.year))  # fmt: skip
        return self.wrong_whole_check(c, judged, found.part, found.whole, others, what)

    def noun_member_check(self, c: _Claim) -> Check | None:
        """"..., and the city alone accounted for 61.2 per cent of them": the count the
        subject noun names over the whole its words point to (borderlands.figures.nounmember).
        """
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        start = self.sentence_start(claim)
        words = subject_noun(claim.passage.text, start, claim.quantity.phrase_start)
        if not words:
            return None
        key, n = sentence_key(claim)
        own = [f for f in self.by_sentence.get((key, n), ()) if is_count(f)]
        whole = member_whole(claim, own, self.counts_before(claim, FRONTED_BACK))
        earlier = [f for m in (n - 1, n - 2) for f in self.by_sentence.get((key, m), ())
                   if is_count(f) and f is not whole]  # fmt: skip
        part = member_part(words, earlier)
        if whole is None or part is None or part.quantity.mid >= whole.quantity.mid:
            return None
        return self.pair_check(c, part, whole, f" (the {' '.join(words)} its clause names)",
                               f"the count of the {' '.join(words)} over the whole its words "
                               "name gives", far_unverifiable=True)  # fmt: skip

    def list_whole_check(self, c: _Claim) -> Check | None:
        """A fraction "of the whole" apposed to one count of a list, read over the list's
        sum when that fits it (borderlands.figures.listwhole)."""
        claim = c.located
        if c.kind != "fraction" or len(c.values) != 1:
            return None
        q = claim.quantity
        found = list_parts(claim.passage.text, q.phrase_start, q.phrase_end,
                           self.by_sentence.get(sentence_key(claim), ()))  # fmt: skip
        if found is None:
            return None
        part, members = found
        total = sum(f.quantity.mid for f in members)
        fit = Fit(f"{num(part.quantity.mid)} / ({' + '.join(num(f.quantity.mid) for f in members)})"
                  " * 100", part.quantity.mid / total * 100, (part, *members), 0)  # fmt: skip
        judged = self.fit_check(c, fit, " (the whole is the sum of the list it stands in)",
                                "the list's sum gives")  # fmt: skip
        return judged if judged is not None and judged.verdict == "consistent" else None

    def joined_shares_check(self, c: _Claim) -> Check | None:
        """A fraction in words of parts "together" whose shares its sentence prints before
        it, read as their sum when that fits (borderlands.figures.togethershares)."""
        claim = c.located
        if c.kind != "fraction" or len(c.values) != 1:
            return None
        key = sentence_key(claim)
        percents = [p for p in self.percents_by_sentence.get(key, ()) if p is not claim]
        shares = joined_shares(claim.passage.text, self.sentence_start(claim),
                               claim.quantity.phrase_start, percents)  # fmt: skip
        if shares is None:
            return None
        total = sum(p.quantity.mid for p in shares)
        fit = Fit(" + ".join(f"{num(p.quantity.mid)} percent" for p in shares), total,
                  tuple(shares), 0)  # fmt: skip
        judged = self.fit_check(c, fit, " (the shares of the parts it joins)", "their sum gives")
        return judged if judged is not None and judged.verdict == "consistent" else None

    def wrong_whole_check(
        self, c: _Claim, judged: Check | None, part: Located, whole: Located,
        others: Callable[[list[Located]], list[Located]], what: str,
    ) -> Check | None:
        """A share its words name the whole of that the named whole misses by no usual slip,
        while a count of another thing just before (the sentence and four before it) gives
        it: the share taken over the wrong whole (borderlands.figures.frontedwhole)."""
        if judged is None or judged.verdict != "unverifiable":
            return judged
        claim = c.located
        key, n = sentence_key(claim)
        nearby = [f for m in range(n - WRONG_WHOLE_BACK, n + 1)
                  for f in self.by_sentence.get((key, m), ()) if is_count(f)]  # fmt: skip
        for other in others(nearby):
            if not (compatible(part, other) and compatible(part, whole)):
                continue
            taken = self.reading(c, part, other)
            if accepts(c.values[0], c.step, c.direction, taken.computed) is None:
                continue
            named = self.reading(c, part, whole)
            return Check(
                claim, c.kind, c.stated, c.values[0], "inconsistent", named, [taken],
                f"of {what} it is {num(round(named.computed, 4))}; the printed figure is "
                f"{taken.formula}, over a whole its words do not name",
                intended=printed_like(named.computed, claim.quantity.text, c.step),
            )  # fmt: skip
        return judged

    def whole_before_check(self, c: _Claim) -> Check | None:
        """"Private land was thus 51.8 percent of the whole" after "Of the 1,867,000 hectares
        ..., private owners ... 968,000": a share without counts of its own, "of the whole",
        over the first count of the sentence before, its part the one count there whose words
        name its subject. Only a fit is read (borderlands.figures.sharesubject)."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        text = claim.passage.text
        key, n = sentence_key(claim)
        if any(f.quantity.start < claim.quantity.start for f in self.by_sentence.get(
            (key, n), ())) or not OF_THE_WHOLE_RE.match(text, claim.quantity.phrase_end):
            return None  # fmt: skip
        counts = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        if len(counts) < 2:
            return None
        subject = text[self.sentence_start(claim) : claim.quantity.phrase_start]
        at = subject_count_index(subject, [
            words_beside(text, f.quantity.start, f.quantity.end) for f in counts[1:]])
        if at is None:
            return None
        fit = self.accepted_reading(c, counts[1 + at], counts[0])
        if fit is None or counts[0].quantity.mid <= counts[1 + at].quantity.mid:
            return None
        return Check(claim, c.kind, c.stated, c.values[0], "consistent", fit, [],
                     explain_fit(fit) + " (the whole the sentence before opens with)")

    def pronoun_part_check(self, c: _Claim) -> Check | None:
        """"They were 1 per cent of the 286,400 ...": a share whose subject is a pronoun for
        the one count of the sentence before, of the whole its words print
        (borderlands.figures.sharesubject)."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        start = self.sentence_start(claim)
        if not pronoun_share(self.sentence_text(claim), claim.quantity.phrase_start - start):
            return None
        key, n = sentence_key(claim)
        own = list(self.by_sentence.get((key, n), ()))
        at = printed_whole_index(claim.passage.text, claim.quantity.phrase_end,
                                 [f.quantity.start for f in own])  # fmt: skip
        before = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        if at is None or len(before) != 1 or before[0].quantity.mid >= own[at].quantity.mid:
            return None
        return self.pair_check(c, before[0], own[at], " (the count the pronoun stands for "
                               "over the whole its words print)", "the count the pronoun "
                               "stands for over the whole its words print gives",
                               far_unverifiable=True)  # fmt: skip

    def apposed_total_check(self, c: _Claim) -> Check | None:
        """A share apposed to a total of its sentence is a share of that total, over the
        whole its noun names (borderlands.figures.totalparts); unverifiable when no count
        before is of that noun, never judged on the parts the total adds up."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1:
            return None
        text = claim.passage.text
        before = [f for f in self.by_sentence.get(sentence_key(claim), ())
                  if f.quantity.end <= claim.quantity.phrase_start and is_count(f)]  # fmt: skip
        if not before or not is_apposed_total(
            text, before[-1].quantity.start, before[-1].quantity.end, claim.quantity.phrase_start
        ):
            return None
        part = before[-1]
        own = list(self.by_sentence.get(sentence_key(claim), ()))
        at = printed_whole_index(text, claim.quantity.phrase_end, [f.quantity.start for f in own])
        if at is not None and own[at].quantity.mid > part.quantity.mid:
            return self.pair_check(c, part, own[at], " (the total before it over the whole "
                                   "its words print)", "the total before it over the whole "
                                   "its words print gives", far_unverifiable=True)  # fmt: skip
        stems = noun_stems(text, claim.quantity.phrase_end)
        named = [f for f in self.counts_before(claim)
                 if sentence_key(f) != sentence_key(claim) and compatible(f, part)
                 and f.quantity.mid > part.quantity.mid
                 and names_noun(self.sentence_text(f), stems)]  # fmt: skip
        # of the nearest sentence naming the noun, the count printed with the noun's unit
        whole = next((f for f in named if sentence_key(f) == sentence_key(named[0])
                      and f.quantity.unit[:6] in stems), named[0] if named else None)  # fmt: skip
        if whole is not None:
            return self.pair_check(
                c, part, whole, " (the total before it over the whole its noun names)",
                "the total before it over the whole its noun names gives",
                far_unverifiable=True,
            )
        return Check(
            claim, c.kind, c.stated, c.values[0], "unverifiable", None, [],
            "its part is the total printed before it; no count before is of what its noun "
            "names",
        )  # fmt: skip

    def sibling_rival(self, check: Check) -> Check:
        """A share printed after two coordinate parts of one whole ("604 were children and
        598 were women (40 percent)") that either part over the whole gives: ambiguous."""
        pair = plain_share(check)
        if pair is None:
            return check
        part, whole, fit = pair
        claim = check.claim
        text = claim.passage.text
        for other in self.by_sentence.get(sentence_key(claim), ()):
            if other is part or other is whole or sentence_key(part) != sentence_key(claim):
                continue
            lo, hi = sorted((other, part), key=lambda f: f.quantity.start)
            if hi.quantity.end > claim.quantity.start or not coordinated(
                text[lo.quantity.end : hi.quantity.start]
            ) or not compatible(other, part) or other.quantity.mid >= whole.quantity.mid:
                continue
            rival = rounding_rival(check, fit, other, whole)
            if rival is None or rival.computed == fit.computed:
                continue  # equal parts ("400 Greek and 400 Bulgarian, 25 percent each"): one
            return with_rival(check, fit, rival, "two parts its sentence joins give it")
        return check

    def paired_rival(self, check: Check) -> Check:
        """A share found consistent on one of two wholes its sentence opens with, joined ("Of
        the 80,274 mobilised and the 79,106 who reached the camps", borderlands.figures.
        pairedwholes): ambiguous when its part over the other rounds to it as well ("about
        12 percent" too: the word hedges the figure, not the choice of whole)."""
        pair = plain_share(check, hedged=True)
        if pair is None:
            return check
        part, whole, fit = pair
        key = sentence_key(check.claim)
        if sentence_key(whole) != key or len(self.percents_by_sentence.get(key, ())) > 1:
            return check  # a run of shares over the pair is the run's to read
        text = whole.passage.text
        if part.passage is whole.passage and joined_whole(text, part.quantity.end,
                                                           whole.quantity.phrase_start):
            return self.joined_rival(check, part, whole, fit)
        own = [f for f in self.by_sentence.get(sentence_key(whole), ()) if is_count(f)
               and f is not part and f.quantity.mid > part.quantity.mid]  # fmt: skip
        other = paired_whole(text, self.sentence_start(whole), whole, own)
        if other is None or not compatible(other, whole):
            return check
        rival = rounding_rival(check, fit, part, other)
        if rival is None:
            return check
        return with_rival(check, fit, rival, "two wholes its sentence opens with give it")

    def joined_rival(self, check: Check, part: Located, whole: Located, fit: Fit) -> Check:
        """A share of a whole its part joined (borderlands.figures.joinedwholes): ambiguous
        when the part over the whole after it joined rounds to the printed figure too."""
        after = part.quantity.mid + whole.quantity.mid
        value = part.quantity.mid / after * 100
        step = 10.0 ** -decimals_of(check.claim.quantity.text)
        if accepts(check.stated_value, step, None, value) != "rounds":
            return check
        rival = Fit(f"{num(part.quantity.mid)} / ({num(whole.quantity.mid)} + "
                    f"{num(part.quantity.mid)}) * 100", value, (part, whole), fit.scope,
                    "rounds")  # fmt: skip
        return with_rival(check, fit, rival, "the whole before and after its part joined give it")

    def stage_rival(self, check: Check) -> Check:
        """A share found consistent on a whole that the text also prints at another stage
        (loaded and arrived, borderlands.figures.stagewholes): ambiguous when its part over
        the other whole rounds to it as well."""
        pair = plain_share(check) or self.summed_share(check)
        if pair is None:
            return check
        part, whole, fit = pair
        for other in self.stage_others(check.claim, whole):
            if other.quantity.mid <= part.quantity.mid:
                continue
            rival = rounding_rival(check, fit, part, other)
            if rival is not None:
                return with_rival(
                    check, fit, rival, "two wholes of the same people at two stages reproduce it"
                )
        return check

    def summed_share(self, check: Check) -> tuple[Located, Located, Fit] | None:
        """The part, whole and fit of a share found consistent over the sum of a list
        ("6165 / (6165 + 11208) * 100") whose total the text prints before it: that printed
        count as the whole (borderlands.figures.summedwholes)."""
        fit = check.fit
        if check.kind != "share" or check.verdict != "consistent" or fit is None:
            return None
        if check.claim.quantity.direction is not None or not is_list_sum_fit(fit.formula):
            return None
        part, *members = fit.inputs
        total = sum(f.quantity.mid for f in members)
        pool = self.counts_before(check.claim, STAGE_POOL)
        printed = next((f for f in pool if f not in members
                        and abs(f.quantity.mid - total) < 0.5), None)  # fmt: skip
        return (part, printed, fit) if printed is not None else None

    def stage_others(self, claim: Located, whole: Located) -> list[Located]:
        """The counts printed around ``claim`` that are ``whole`` at another stage (loaded and
        arrived, borderlands.figures.stagewholes)."""
        key = sentence_key(claim)
        pool = self.counts_before(claim, STAGE_POOL) + [
            f for f in self.by_sentence.get(key, ()) if f.raw_start > claim.raw_start
            and is_count(f)]  # fmt: skip
        printed = [Printed(f.quantity.mid, (f.passage.order, f.sentence)) for f in pool]
        at = Printed(whole.quantity.mid, (whole.passage.order, whole.sentence))
        return [pool[i] for i in stage_wholes(at, printed) if compatible(pool[i], whole)]

    def stage_whole_reading(self, c: _Claim, part: Located, whole: Located) -> Fit | None:
        """``part`` over the other stage of ``whole`` when that gives the share its words
        name and ``whole`` does not ("of the 9,400 loaded, 9,340 arrived; A received 2,300
        (24.6 per cent)": a share of those who arrived)."""
        for other in self.stage_others(c.located, whole):
            if other.quantity.mid <= part.quantity.mid:
                continue
            fit = self.accepted_reading(c, part, other)
            if fit is not None:
                return fit
        return None

    def plan_shortfall_check(self, c: _Claim) -> Check | None:
        """A share of a plan that is the count done plus the shortfall named beside it
        (borderlands.figures.planshortfall): consistent when done / (done + short) gives
        it, inconsistent on a usual slip, else None (left to the search)."""
        claim = c.located
        text = claim.passage.text
        if c.kind != "share" or not says_plan_share(
            text, claim.quantity.phrase_start, claim.quantity.phrase_end
        ):
            return None
        key, n = sentence_key(claim)
        near = [f for d in (0, -1) for f in self.by_sentence.get((key, n + d), ())
                if is_count(f)]  # fmt: skip
        shorts = [f for f in near if is_shortfall(f.passage.text, f.quantity.start,
                                                   f.quantity.end)]  # fmt: skip
        if len(shorts) != 1:
            return None
        short = shorts[0]
        done = next((f for f in self.counts_before(claim) if f is not short
                     and f.raw_start < short.raw_start and compatible(f, short)
                     and f.quantity.mid > short.quantity.mid), None)  # fmt: skip
        if done is None:
            return None
        x, y = done.quantity.mid, short.quantity.mid
        fit = Fit(f"{num(x)} / ({num(x)} + {num(y)}) * 100", x / (x + y) * 100, (done, short),
                  0 if sentence_key(done) == (key, n) else 1)  # fmt: skip
        stated = c.values[0]
        fit.gap = fit.computed - stated
        mode = accepts(stated, c.step, c.direction, fit.computed)
        if mode is not None:
            fit.mode = mode
            return Check(claim, c.kind, c.stated, stated, "consistent", fit, [],
                         explain_fit(fit) + " (the plan: the count done and the rest of "
                         "the lists)")  # fmt: skip
        slip = likely_slip(claim.quantity.text, stated, fit.computed, c.step)
        if slip is None or c.direction is not None:
            return None
        return Check(
            claim, c.kind, c.stated, stated, "inconsistent", fit, [],
            f"the count done over itself and the rest of the lists gives "
            f"{num(round(fit.computed, 4))}: likely {SLIP_NAMES[slip[0]]} (intended {slip[1]})",
            intended=slip[1],
        )  # fmt: skip

    def named_member_check(self, c: _Claim) -> Check | None:
        """A share of the member its clause names, on that member's count in an earlier list
        and the list's total (borderlands.figures.namedmembers): consistent when it fits,
        inconsistent on a usual slip, else None (left to the search)."""
        claim = c.located
        if c.kind != "share":
            return None
        start = self.sentence_start(claim)
        ends = [p.quantity.end - start for p in self.percents_by_sentence.get(
            sentence_key(claim), ()) if p.quantity.end <= claim.quantity.start]  # fmt: skip
        names = subject_names(self.sentence_text(claim), claim.quantity.start - start,
                              max(ends, default=0))  # fmt: skip
        if not names:
            return None
        pool = self.counts_before(claim)
        listed = [listed_count(f) for f in pool]
        found = named_member(names, listed)
        if found is None or not compatible(pool[found[0]], pool[found[1]]):
            return None
        if wider_than_total(self.sentence_text(claim), pool[found[1]]):
            return None
        return self.pair_check(
            c, pool[found[0]], pool[found[1]], " (the named member over its list's total)",
            "the count printed with the member its clause names, over its list's total, gives",
        )

    def previous_whole_check(self, c: _Claim) -> Check | None:
        """A share of the one count of the sentence before (``prevwholes``): consistent when
        it fits, inconsistent on a usual slip, else None (left to the search)."""
        claim = c.located
        if c.kind != "share":
            return None
        key, n = sentence_key(claim)
        own = [f for f in self.by_sentence.get((key, n), ()) if f is not claim]
        before = [list(self.by_sentence.get((key, n - d), ())) for d in (1, 2, 3)]
        pair = previous_whole(claim, own, before)
        if pair is None:
            return None
        return self.pair_check(
            c, *pair, "",
            "the part this sentence names and the one count of the sentence before give",
        )

    def those_whole_check(self, c: _Claim) -> Check | None:
        """A share of the whole its sentence names by a verb or noun printed with a count
        before ("of those registered", borderlands.figures.thosewholes): consistent when it
        fits, inconsistent on a usual slip, else None (left to the search)."""
        claim = c.located
        if c.kind not in ("share", "fraction") or c.direction == "most":
            return None
        key, n = sentence_key(claim)
        own = [f for f in self.by_sentence.get((key, n), ()) if is_count(f)]
        previous = [f for f in self.by_sentence.get((key, n - 1), ()) if is_count(f)]
        before = self.counts_before(claim)
        start = self.sentence_start(claim)
        member = None
        if not own:  # a sentence without counts may name its part by a listed member
            name = member_subject(claim.passage.text, start, claim.quantity.phrase_start)
            name = name or apposed_subject(claim.passage.text, start, claim.quantity.phrase_start)
            member = member_count(name, before) if name is not None else None
            member = member or ordinal_member(claim.passage.text, start, self.by_sentence, key, n)
        found = those_whole(claim, start, own, before, previous, member)
        if found is None and named_by_participle(claim):  # its verb names it however far back
            earlier = [f for f in self.inputs if f.raw_start < claim.raw_start][::-1]
            found = those_whole(claim, start, own, earlier, previous, member)
        if found is None or not (
            found.part.quantity.unit_implied or compatible(found.part, found.whole)
        ):  # a unit carried over from another count ("587 of the families") is no unit
            return None
        return self.pair_check(
            c, found.part, found.whole, f" (the whole printed with \"{found.word}\")",
            f"the part its clause names over the whole printed with \"{found.word}\" gives",
        )

    def member_share_check(self, c: _Claim) -> Check | None:
        """A share said of a member of a list counted before, in a sentence with no count
        (borderlands.figures.membershares): consistent when the member's count over the
        listing's total gives it, inconsistent on a usual slip, else unverifiable."""
        claim = c.located
        if c.kind != "share" or any(not in_whole_phrase(claim.passage.text, claim.quantity.end, f)
                                    for f in self.by_sentence.get(sentence_key(claim), ())):
            return None
        found = member_share(
            claim.passage.text, self.sentence_start(claim), claim.quantity.phrase_start,
            self.counts_before(claim), self.by_sentence,
        )  # fmt: skip
        if found is None or not (
            found.part.quantity.unit_implied or compatible(found.part, found.whole)
        ):  # a unit carried over from another count ("587 of the families") is no unit
            return None
        if wider_than_total(self.sentence_text(claim), found.whole):
            return None
        return self.pair_check(
            c, found.part, found.whole, f" ({found.name}'s count over its list's total)",
            f"{found.name}'s count over its list's total gives",
            mistyped=found.listed_total, far_unverifiable=True,
        )

    def pair_check(
        self, c: _Claim, part: Located, whole: Located, note: str, reading: str,
        mistyped: bool = False, far_unverifiable: bool = False,
    ) -> Check | None:
        """A share read on the ``part`` and ``whole`` its words name: consistent when they
        give it (``note`` added to the explanation), inconsistent on a usual slip (``reading``
        says what gives the computed value); a wider miss is unverifiable when
        ``far_unverifiable``, else None (left to the search)."""
        return self.fit_check(c, self.reading(c, part, whole), note, reading, mistyped,
                              far_unverifiable)  # fmt: skip

    def fit_check(
        self, c: _Claim, fit: Fit, note: str, reading: str,
        mistyped: bool = False, far_unverifiable: bool = False,
    ) -> Check | None:
        """:meth:`pair_check` on a reading already made (a part that sums several counts)."""
        claim = c.located
        stated = c.values[0]
        fit.gap = fit.computed - stated
        mode = accepts(stated, c.step, c.direction, fit.computed)
        if mode is not None:
            fit.mode = mode
            return Check(claim, c.kind, c.stated, stated, "consistent", fit, [],
                         explain_fit(fit) + note)  # fmt: skip
        computed = num(round(fit.computed, 4))
        slip = likely_slip(claim.quantity.text, stated, fit.computed, c.step, mistyped=mistyped)
        # a bound the named figures break ("no more than 3.5" of a 5.3 share) is no hedge
        broken = (c.direction == "below" and fit.computed > stated) or (
            c.direction == "above" and fit.computed < stated)  # fmt: skip
        if slip is None or (c.direction is not None and not broken):
            if not far_unverifiable:
                return None
            return Check(
                claim, c.kind, c.stated, stated, "unverifiable", None, [fit],
                f"{reading} {computed}: too far for a usual slip",
            )  # fmt: skip
        return Check(
            claim, c.kind, c.stated, stated, "inconsistent", fit, [],
            f"{reading} {computed}: likely {SLIP_NAMES[slip[0]]} (intended {slip[1]})",
            intended=slip[1],
        )  # fmt: skip

    def sibling_share_check(self, c: _Claim) -> Check | None:
        """A share of a clause that names another member of the listing an earlier share of
        its sentence was read on (borderlands.figures.siblingshares): judged on the count(s)
        of that member beside the earlier part and on the earlier share's whole."""
        claim = c.located
        if c.kind != "share" or len(c.values) != 1:
            return None
        start = self.sentence_start(claim)
        names, opened = sibling_names(claim.passage.text, start, claim.quantity.phrase_start)
        if not names:
            return None
        earlier = [e for e in self.claims_of_sentence(claim)
                   if e.kind in ("share", "fraction")
                   and e.located.quantity.end <= opened]  # fmt: skip
        ends = [e.located.quantity.phrase_end for e in earlier]
        at = whole_naming(claim.passage.text, ends) if earlier else None
        first = self.check_claim(earlier[at]) if at is not None else None
        if first is None or first.verdict != "consistent" or first.fit is None:
            return None
        part, whole = first.fit.inputs[0], first.fit.inputs[-1]
        listing = self.by_sentence.get((part.passage.key, part.sentence), [])
        parts = sibling_parts(names, [f for f in listing if f is not whole and is_count(f)])
        if parts is None or sum(f.quantity.mid for f in parts) >= whole.quantity.mid:
            return None
        x = sum(f.quantity.mid for f in parts)
        formula = " + ".join(num(f.quantity.mid) for f in parts)
        formula = f"({formula}) / {num(whole.quantity.mid)} * 100" if len(parts) > 1 else (
            f"{formula} / {num(whole.quantity.mid)} * 100")  # fmt: skip
        fit = Fit(formula, x / whole.quantity.mid * 100, (*parts, whole), 1)
        reading = "the count its clause names, over the whole of the earlier share, gives"
        judged = self.fit_check(
            c, fit, " (a member of the list the earlier share of its sentence is read on)",
            reading,
        )  # fmt: skip
        if judged is not None or c.direction is not None:
            return judged
        # both inputs are named and the whole is confirmed by the earlier share: a wider
        # miss is a slip too, not a sign that another whole was meant
        intended = f"{fit.computed:.{decimals_of(claim.quantity.text)}f}"
        return Check(claim, c.kind, c.stated, c.values[0], "inconsistent", fit, [],
                     f"{reading} {num(round(fit.computed, 4))}", intended=intended)

    def bracket_sibling_check(self, c: _Claim) -> Check | None:
        """A share bracketed after a count of a list, an earlier one of whose shares, bracketed
        the same way, was read on a whole: over that whole (borderlands.figures.apposedsiblings).
        """
        claim = c.located
        if c.kind != "share" or len(c.values) != 1 or claim.quantity.unit != "percent":
            return None
        own = [f for f in self.by_sentence.get(sentence_key(claim), ()) if is_count(f)]
        part = bracketed_count(claim, own)
        if part is None:
            return None
        earlier = next((e for e in self.claims_of_sentence(claim) if e.kind == "share"
                        and e.located.quantity.end < part.quantity.start
                        and bracketed_count(e.located, own) is not None), None)  # fmt: skip
        first = self.check_claim(earlier) if earlier is not None else None
        if first is None or first.verdict != "consistent" or first.fit is None:
            return None
        whole = denominator(first.fit.formula)
        if whole is None or first.fit.inputs[0] is not bracketed_count(first.claim, own):
            return None
        value = part.quantity.mid * first.fit.computed / first.fit.inputs[0].quantity.mid
        fit = Fit(f"{num(part.quantity.mid)} / {whole} * 100", value,
                  (part, *first.fit.inputs[1:]), first.fit.scope)  # fmt: skip
        return self.fit_check(c, fit, " (over the whole of the earlier bracketed share)",
                              "its count over the whole of the earlier bracketed share gives")

    def fronted_member_check(self, c: _Claim) -> Check | None:
        """"With 31.4 per cent of the settlers, Dubrovka ...": the named member's count over
        its list's total (borderlands.figures.withshares)."""
        claim = c.located
        text = claim.passage.text
        q = claim.quantity
        name = fronted_subject(text, self.sentence_start(claim), q.phrase_start, q.phrase_end)
        if c.kind != "share" or name is None:
            return None
        before = self.counts_before(claim)
        part = member_count(name, before)
        if part is None:
            return None
        listing = [f for f in self.by_sentence.get(sentence_key(part), [])
                   if f.quantity.unit == part.quantity.unit]  # fmt: skip
        found = listing_whole(part, listing, before)
        if found is None or found[0].quantity.mid <= part.quantity.mid:
            return None
        if wider_than_total(self.sentence_text(claim), found[0]):
            return None
        return self.pair_check(
            c, part, found[0], f" ({name}'s count over its list's total)",
            f"{name}'s count over its list's total gives",
        )  # fmt: skip

    def reported_estimate_check(self, check: Check) -> Check:
        """A share opening a reported clause with no count of its own ("reckoned that 25
        percent of the roofs ..."): an estimate, unverifiable, unless its reading's part is
        printed with the very noun it names ("640 of the men", "640 men" for "40 per cent of
        the men") (borderlands.figures.reportedshares)."""
        claim = check.claim
        q = claim.quantity
        end = claim.passage.sentences[claim.sentence][1]
        if check.kind not in ("share", "fraction") or check.verdict == "unverifiable":
            return check  # "about a quarter": a fraction in words is a share as well
        if not reported_estimate(claim.passage.text, q.phrase_start, q.phrase_end, end):
            return check
        if check.fit is not None and part_of_named_noun(claim, check.fit.inputs[0]):
            return check
        return Check(claim, check.kind, check.stated, check.stated_value, "unverifiable", None,
                     [], "a reported estimate: its clause prints no count it could be computed "
                     "from")  # fmt: skip

    def joined_members_check(self, c: _Claim) -> Check | None:
        """"July and August alone brought 71.0% of them": the named members' counts, printed
        in one listing, over that listing's total (borderlands.figures.siblingshares)."""
        claim = c.located
        if c.kind != "share" or not c.located.quantity.text[:1].isdigit():
            return None
        names = joined_member_names(claim.passage.text, self.sentence_start(claim),
                             claim.quantity.phrase_start)  # fmt: skip
        before = self.counts_before(claim) if names else []
        first = member_count(names[0], before) if names else None
        if first is None:
            return None
        listing = [f for f in self.by_sentence.get(sentence_key(first), [])
                   if f.quantity.unit == first.quantity.unit]  # fmt: skip
        parts = sibling_parts(names, listing)
        found = listing_whole(first, listing, before) if parts else None
        if parts is None or found is None:
            return None
        whole = found[0]
        x = sum(f.quantity.mid for f in parts)
        if x >= whole.quantity.mid or any(f is whole for f in parts):
            return None
        added = " + ".join(num(f.quantity.mid) for f in parts)
        fit = Fit(f"({added}) / {num(whole.quantity.mid)} * 100", x / whole.quantity.mid * 100,
                  (*parts, whole), 1)  # fmt: skip
        return self.fit_check(
            c, fit, " (the named members' counts over their list's total)",
            "the named members' counts over their list's total give",
        )  # fmt: skip

    def claims_of_sentence(self, f: Located) -> list[_Claim]:
        """The claims of ``f``'s sentence, in text order (the claims are listed once)."""
        if self.claims_cache is None:
            self.claims_cache = self.claims()
        return sorted(
            (e for e in self.claims_cache if e.located.passage is f.passage
             and e.located.sentence == f.sentence), key=lambda e: e.located.raw_start,
        )  # fmt: skip

    def sure_far_slip(self, c: _Claim, named: Fit) -> bool:
        """Whether an inconsistency on a whole printed in another paragraph is a usual slip
        (digits transposed, dropped, doubled, a decimal point) on a part with a unit of its
        own: otherwise the whole may simply not be the one the author meant."""
        part = named.inputs[0]
        if not part.quantity.unit or part.quantity.unit_implied:
            return False
        return likely_slip(c.located.quantity.text, c.values[0], named.computed, c.step) is not None

    def judge_rivals(self, c: _Claim, rivals: list[Fit]) -> Check:
        """A share read on two or more wholes its words may name: ``ambiguous`` when more
        than one reproduces it (both shown), ``consistent`` when one does, and
        ``unverifiable`` when none does (no slip is read into a whole that is not known)."""
        stated = c.values[0]
        for fit in rivals:
            fit.mode = accepts(stated, c.step, c.direction, fit.computed) or ""
            fit.gap = fit.computed - stated
        fitting = [f for f in rivals if f.mode]
        wholes = " and ".join(grouped(f.inputs[1].quantity.mid) for f in rivals)
        if len(fitting) > 1:
            return Check(
                c.located, c.kind, c.stated, stated, "ambiguous", fitting[0], fitting[1:],
                f"two wholes its words may name ({wholes}) both reproduce it",
            )  # fmt: skip
        if fitting:
            others = [f for f in rivals if f is not fitting[0]]
            return Check(
                c.located, c.kind, c.stated, stated, "consistent", fitting[0], others,
                explain_fit(fitting[0]) + f"; of the wholes its words may name ({wholes}), "
                "only this one",
            )  # fmt: skip
        return Check(
            c.located, c.kind, c.stated, stated, "unverifiable", None, rivals,
            f"none of the wholes its words may name ({wholes}) reproduces it",
        )  # fmt: skip
    def part_of(self, numerator: Located, base: Located) -> bool:
        """Whether the sentence prints the pair as a part of its whole ("lost 874 of its
        5,180"): then the share is of the part, whatever verb of decline stands before it."""
        text = numerator.passage.text
        between = text[numerator.quantity.end : base.quantity.start]
        return PART_OF_RE.fullmatch(between) is not None

    def reading(self, c: _Claim, numerator: Located, base: Located) -> Fit:
        claim = c.located
        x, y = numerator.quantity.mid, base.quantity.mid
        scale = 1.0 if c.kind == "ratio" else 100.0
        scope = 0 if base.passage is claim.passage and base.sentence == claim.sentence else 1
        formula = f"{num(x)} / {num(y)}" + (" * 100" if scale == 100 else "")
        return Fit(formula, x / y * scale, (numerator, base), scope)

    def accepted_reading(self, c: _Claim, numerator: Located, base: Located) -> Fit | None:
        """``numerator`` over ``base`` (``reading``), with its mode and gap, when it gives the
        figure the claim prints; None when it does not."""
        fit = self.reading(c, numerator, base)
        mode = accepts(c.values[0], c.step, c.direction, fit.computed)
        if mode is None:
            return None
        fit.mode, fit.gap = mode, fit.computed - c.values[0]
        return fit

    def is_base(self, f: Located) -> bool:
        text = f.passage.text
        lead = text[max(0, f.quantity.phrase_start - 25) : f.quantity.start]
        return BASE_CUE_RE.search(lead) is not None

    def paren_numerator(self, claim: Located, own: list[Located]) -> Located | None:
        """The count a parenthesised share follows: "28,600 (15.3 percent)", "3,000 went
        south (37.5 percent)"."""
        text = claim.passage.text
        before = [f for f in own if f.quantity.end <= claim.quantity.phrase_start]
        if before and PAREN_GAP_RE.fullmatch(
            text[before[-1].quantity.phrase_end : claim.quantity.phrase_start]
        ):
            return before[-1]
        return None

    def bracketed_noun_reading(self, c: _Claim, own: list[Located]) -> tuple[Fit | None] | None:
        """("1,260 of the Roma (21.5%)"): the part over the count of the noun its words
        name (borderlands.figures.bracketnoun), in a 1-tuple that holds None when no count of
        that noun is near; None when the share is not so bracketed."""
        x = self.paren_numerator(c.located, own)
        text = c.located.passage.text
        if x is None:
            return None
        noun = bracketed_whole_noun(text, x.quantity.end, c.located.quantity.phrase_start)
        if noun is None:
            return None
        base = self.noun_base(c.located, noun)
        if base is None or base.quantity.mid <= x.quantity.mid:
            return (None,)
        return (self.reading(c, x, base),)

    def noun_base(self, claim: Located, noun: str | None = None) -> Located | None:
        """The largest count around the claim counting what its "of the ..." names (or
        ``noun``, the whole a bracketed share's words name before it)."""
        if noun is None:
            m = MEASURE_RE.match(claim.passage.text, claim.quantity.phrase_end)
            if m is None or m.group(1).lower() in GENERIC_WHOLES:
                return None
            noun = m.group(1).lower()
        unit = UNIT_WORDS_LOWER.get(noun)
        stem = noun[:MEASURE_STEM]
        matching = []
        for f, scope in self.local_inputs(claim):
            if scope > 1:
                continue
            q = f.quantity
            lead = f.passage.text[max(0, q.phrase_start - 40) : q.phrase_start]
            lead = re.split(r"[,;:()]|\.\s", lead)[-1]
            lead = "" if re.search(r"\d", lead) else lead  # words after another count are its
            around = (lead + f.passage.text[q.phrase_start : q.phrase_end + 15]).lower()
            if (unit and q.unit == unit) or stem in around:
                matching.append(f)
        return max(matching, key=lambda f: f.quantity.mid, default=None)

    def sibling_base(self, claim: Located, numerator: Located) -> Located | None:
        """The whole that the other parenthesised shares of the sentence are shares of."""
        siblings = []
        for p in self.percents_by_sentence.get(sentence_key(claim), ()):
            if p is claim:
                continue
            x = self.paren_numerator(p, self.required_numerators(p))
            if x is not None:
                siblings.append((p, x))
        best, best_n = None, 0
        for y, scope in self.local_inputs(claim):
            if scope > 1 or y.quantity.mid <= numerator.quantity.mid:
                continue
            n = sum(
                1
                for p, x in siblings
                if accepts(p.quantity.mid, 10.0 ** -decimals_of(p.quantity.text), None,
                           x.quantity.mid / y.quantity.mid * 100) is not None
            )  # fmt: skip
            if n > best_n:
                best, best_n = y, n
        return best

    def apposed_named(self, c: _Claim, named: Fit) -> tuple[Fit, str | None]:
        """The reading on the part-of-whole pair a share is apposed to ("3,164 of the 5,412
        (58.5%)"), else ``named`` with why it is not the sentence's reading, if it is not
        (borderlands.figures.apposedshares)."""
        own = [f for f in self.required_numerators(c.located) if is_count(f)]
        apposed = apposed_part(c.located, own) if c.kind in ("share", "fraction") else None
        why = misread(named.inputs, apposed)
        if why and apposed is not None and apposed.whole is not None:
            return self.reading(c, apposed.part, apposed.whole), None
        return named, why

    def apposed_rivals(self, c: _Claim) -> list[Fit]:
        """Readings of an apposed count over the wholes its "of the ..." names
        (``whole_named_readings``), when the share is set after that count alone."""
        own = [f for f in self.required_numerators(c.located) if is_count(f)]
        apposed = apposed_part(c.located, own)
        if apposed is None or apposed.whole is not None:
            return []
        readings = self.whole_named_readings(c, apposed.part)
        return [f for f in readings if f.inputs[0] is apposed.part]

    def judge_named(self, c: _Claim, named: Fit, cands: list[Fit]) -> Check | None:
        """The verdict on the reading the sentence names; None to fall back to the search."""
        stated = c.values[0]
        claim = c.located
        text = claim.passage.text
        numerator, base = named.inputs
        these = whole_of_these(claim, numerator, self.by_sentence.get(sentence_key(claim), []))
        if c.kind == "fraction" and these is not None and these is not base:
            named, base = self.reading(c, numerator, these), these
        if c.kind == "share" and DECLINE_OF_RE.search(
            text[max(0, claim.quantity.phrase_start - 30) : claim.quantity.phrase_start]
        ):
            decline = 100 - named.computed
            x, y = numerator.quantity.mid, base.quantity.mid
            formula = f"({num(y)} - {num(x)}) / {num(y)} * 100"
            if accepts(stated, c.step, c.direction, decline):
                fit = Fit(formula, decline, named.inputs, named.scope, "rounds", decline - stated)
                return Check(claim, c.kind, c.stated, stated, "consistent", fit, [],
                             explain_fit(fit))  # fmt: skip
            if accepts(stated, c.step, c.direction, named.computed):
                intended = printed_like(decline, claim.quantity.text, c.step)
                fit = Fit(formula, decline, named.inputs, named.scope, "", decline - stated)
                return Check(
                    claim, c.kind, c.stated, stated, "inconsistent", fit, [named],
                    f"a decline printed as the remaining share: {named.formula} is "
                    f"{num(round(named.computed, 2))}, the decline itself "
                    f"{num(round(decline, 2))}", intended=intended,
                )  # fmt: skip
        mode = accepts(stated, c.step, c.direction, named.computed)
        if mode is not None:
            if c.decline and not self.part_of(numerator, base):
                return None  # the decline-versus-remaining reading is judged by the search
            named.mode, named.gap = mode, named.computed - stated
            rival = self.side_rival(c, named) if c.kind == "share" else None
            if rival is not None:
                return Check(
                    claim, c.kind, c.stated, stated, "ambiguous", named, [rival],
                    f"two wholes printed side by side reproduce it: {named.formula} and "
                    f"{rival.formula}",
                )  # fmt: skip
            return Check(claim, c.kind, c.stated, stated, "consistent", named, [],
                         explain_fit(named))  # fmt: skip
        named.gap = named.computed - stated
        nearer = self.nearer_whole_reading(c, named) if c.kind == "fraction" else None
        if nearer is not None:
            return Check(claim, c.kind, c.stated, stated, "consistent", nearer, [],
                         explain_fit(nearer))  # fmt: skip
        if c.kind == "fraction" and part_in_later_clause(text, claim.quantity.phrase_end,
                                                         numerator.quantity.start):
            return Check(claim, c.kind, c.stated, stated, "unverifiable", None, [named],
                         "its part would be a count of a later clause")  # fmt: skip
        if c.kind == "fraction" and is_rate_base(base):
            return Check(claim, c.kind, c.stated, stated, "unverifiable", None, [named],
                         "the whole read is the base of a rate, no count")  # fmt: skip
        if c.kind == "fraction":
            words = fraction_words(named.computed / 100)
            return Check(
                claim, c.kind, c.stated, stated, "inconsistent", named, [],
                f"the figures the sentence names give {num(round(named.computed, 1))} percent, "
                f"which is {words}, not {c.stated}", intended=words,
            )  # fmt: skip
        staged = self.stage_whole_reading(c, numerator, base) if c.kind == "share" else None
        if staged is not None:
            return Check(claim, c.kind, c.stated, stated, "consistent", staged, [named],
                         explain_fit(staged) + " (the whole at its other stage)")  # fmt: skip
        intended = printed_like(named.computed, claim.quantity.text, c.step)
        slip = likely_slip(claim.quantity.text, stated, named.computed, c.step, mistyped=True)
        if slip is not None:
            return Check(
                claim, c.kind, c.stated, stated, "inconsistent", named, [],
                f"the figures the sentence names give {num(round(named.computed, 4))}: likely "
                f"{SLIP_NAMES[slip[0]]} (intended {slip[1]})", intended=slip[1],
            )  # fmt: skip
        other = [f for f in self.fits_for(c, stated, cands) if f.scope <= 1 and f.inputs]
        strong = self.paren_numerator(claim, self.required_numerators(claim)) is numerator
        if other and other[0].inputs[0] is not numerator:
            # another pair fits, with another whole or another part of the named whole
            # ("2,961,300 cubic metres ... against a plan of 2,650,000 (111.7%)", where the
            # nearer 301 a head is no part): judged by the search
            if not strong:
                return None  # another pair of the passage fits: judged by the search
            other = []  # "3,000 (73 percent)": the share is of 3,000, whatever else fits
        whole = self.printed_part_and_rest(claim, other[0]) if other else None
        if whole is not None:
            # "paid 1,146,000, 23.6 percent of the valuation, and the 3,716,000 left unpaid":
            # the named "base" is the rest, and part + rest is the printed whole
            x = numerator.quantity.mid
            computed = x / whole.quantity.mid * 100
            fit = Fit(f"{num(x)} / {num(whole.quantity.mid)} * 100", computed,
                      (numerator, whole), other[0].scope, other[0].mode, computed - stated)
            return Check(claim, c.kind, c.stated, stated, "consistent", fit, [],
                         explain_fit(fit))  # fmt: skip
        if other and not (in_sentence(base, claim) or self.confirmed_whole(claim, base)):
            return None  # a whole from beyond the sentence that nothing there confirms
        if other:
            return Check(
                claim, c.kind, c.stated, stated, "inconsistent", named, other[:1],
                f"the printed figure is {other[0].formula}, a neighbouring total used as the "
                f"base; the figures the sentence names give {num(round(named.computed, 4))}",
                intended=intended,
            )  # fmt: skip
        return Check(
            claim, c.kind, c.stated, stated, "inconsistent", named, [],
            f"the figures the sentence names give {num(round(named.computed, 4))}, not "
            f"{num(stated)}", intended=intended,
        )  # fmt: skip

    def confirmed_whole(self, claim: Located, whole: Located) -> bool:
        """Whether another share of ``claim``'s sentence, over the count it is printed beside,
        gives its figure on ``whole`` ("842,300 (60.7 percent), 261,900 (31.1 percent)")."""
        for p in self.percents_by_sentence.get(sentence_key(claim), ()):
            x = None if p is claim else self.paren_numerator(p, self.required_numerators(p))
            if x is not None and accepts(
                p.quantity.mid, 10.0 ** -decimals_of(p.quantity.text), None,
                x.quantity.mid / whole.quantity.mid * 100,
            ) is not None:  # fmt: skip
                return True
        return False

    def side_rival(self, c: _Claim, named: Fit) -> Fit | None:
        """Another whole of the named whole's sentence that the share of the same part
        rounds to as well (borderlands.figures.rivalwholes), or None."""
        numerator, base = named.inputs
        if sentence_key(base) == sentence_key(c.located):
            return None  # a whole of the claim's own sentence is named by its words
        for y in self.by_sentence.get(sentence_key(base), ()):
            if (y is base or y is numerator or y.quantity.mid <= numerator.quantity.mid
                    or y.quantity.unit not in (base.quantity.unit, "")):  # fmt: skip
                continue
            fit = self.accepted_reading(c, numerator, y)
            if fit is None:
                continue
            fit.scope = named.scope
            if side_by_side_wholes(named, fit):
                return fit
        return None

    def nearer_whole_reading(self, c: _Claim, named: Fit) -> Fit | None:
        """The reading of a fraction on a nearer whole of the same part, when the whole its
        noun named is printed only in a sentence after the claim's ("Rice took 1,428
        hectares, two-thirds of the sown land" after "they sowed 2,145", before "had sown
        6,380 in 1937"): a whole is introduced before its share. None when none fits."""
        numerator, base = named.inputs
        key, n = sentence_key(c.located)
        if base.passage is not c.located.passage or base.sentence <= n:
            return None
        for back in (0, 1):
            for y in reversed(self.by_sentence.get((key, n - back), ())):
                if (y is numerator or y.quantity.unit not in (numerator.quantity.unit, "")
                        or y.quantity.mid <= numerator.quantity.mid):  # fmt: skip
                    continue
                fit = self.accepted_reading(c, numerator, y)
                if fit is not None:
                    return fit
        return None

    def printed_part_and_rest(self, claim: Located, fit: Fit) -> Located | None:
        """The printed whole a part-of-both reading ``x / (x + y)`` stands for, when a count
        of the claim's sentence or the next ones equals ``x + y``: then ``y`` was the rest
        and the share is of that whole, not a slip of base."""
        if len(fit.inputs) != 2 or "+" not in fit.formula:
            return None
        total = sum(f.quantity.mid for f in fit.inputs)
        for y, scope in self.local_inputs(claim):
            if scope <= 1 and y not in fit.inputs and abs(y.quantity.mid - total) < 0.5:
                return y
        return None

    def fits_for(self, c: _Claim, stated: float, cands: list[Fit]) -> list[Fit]:
        step = c.step
        lo, hi = window(stated, step, c.direction)
        matched: list[Fit] = []
        for cand in cands:
            if not lo - 1e-9 <= cand.computed <= hi + 1e-9:
                continue
            mode = accepts(stated, step, c.direction, cand.computed)
            if mode is not None:
                matched.append(
                    Fit(cand.formula, cand.computed, cand.inputs, cand.scope, mode,
                        cand.computed - stated)
                )  # fmt: skip
        if not matched and c.kind in ("share", "fraction"):
            matched = self.article_fits(c, stated)
        if not matched:
            return []
        nearest = min(f.scope for f in matched)
        chance = self.chance(cands, stated, nearest, lo, hi)
        fits = [f for f in matched if f.scope == nearest]
        for f in fits:
            f.chance = chance
        measure = self.measure_of(c) if c.kind == "fraction" else None
        fits.sort(
            key=lambda f: (
                measure is not None and not self.on_measure(f, measure),
                f.mode not in ("rounds", "exact"),
                len(f.inputs) != 1 if c.kind == "fraction" else False,
                abs(f.gap),
                len(f.formula),
            )
        )
        return dedupe(fits)

    def off_topic(self, c: _Claim, fit: Fit) -> bool:
        """A share without counts in its sentence, fitted on figures of other sentences of
        its paragraph none of which names what its sentence says the shares are of
        (borderlands.figures.sharetopic)."""
        claim = c.located
        if c.kind != "share" or fit.scope != 1 or self.required_numerators(claim):
            return False
        start = self.sentence_start(claim)
        ends = [p.quantity.end - start for p in self.percents_by_sentence.get(
            sentence_key(claim), ())]  # fmt: skip
        measure = share_measure(self.sentence_text(claim), ends)
        if measure is None:
            return False
        # "29.6 percent of the deportees" on counts of persons: the noun names their unit
        m = MEASURE_RE.match(claim.passage.text, claim.quantity.phrase_end)
        unit = UNIT_WORDS_LOWER.get(m.group(1).lower()) if m else None
        if unit and all(f.quantity.unit == unit for f in fit.inputs):
            return False
        if unit and any(
            f.quantity.unit and not f.quantity.unit_implied and f.quantity.unit != unit
            for f in fit.inputs
        ):  # "25 percent of the newcomers" is no share of hectares sown
            return True
        part = fit.inputs[0]
        if topic_named(
            self.sentence_text(claim), claim.quantity.start - start, claim.quantity.end - start,
            self.sentence_text(part), self.sentence_text(fit.inputs[-1]),
            self.sentence_text_at(claim.passage, claim.sentence - 1),
        ):
            return False
        return not any(speaks_of(self.sentence_text(f), measure) for f in fit.inputs)

    def twin_share_pairs(self, c: _Claim) -> list[tuple[Located, Located]]:
        """Disjoint "x of y" pairs of a share's sentence that both give it
        (borderlands.figures.twinpairs)."""
        if c.kind != "share" or len(c.values) != 1:
            return []
        stated = c.values[0]
        return twin_pairs(
            self.required_numerators(c.located),
            lambda v: accepts(stated, c.step, c.direction, v) is not None,
        )

    def apposed_reading(self, c: _Claim, named: Fit) -> Fit:
        """A fraction in words with its count apposed ("the great majority, 7,310, were")
        is of that count: the named whole stays, the part is the apposed count
        (borderlands.figures.apposedpart)."""
        if len(named.inputs) != 2:
            return named
        part = apposed_count(c.located, self.required_numerators(c.located))
        base = named.inputs[1]
        if part is None or part is named.inputs[0] or part.quantity.mid >= base.quantity.mid:
            return named
        return self.reading(c, part, base)

    def fraction_off_topic(self, c: _Claim, fit: Fit) -> bool:
        """A fraction in words fitted on counts of other things than the noun it names
        (borderlands.figures.fractiontopic)."""
        if "+" in fit.formula:
            return False
        own = bool(self.required_numerators(c.located))
        if c.kind == "share" and "." in c.located.quantity.text:
            return False  # a share printed to a decimal was computed, not guessed
        return unnamed_fit(
            c.located.passage.text, c.located.quantity.phrase_end, fit.inputs, own,
            strict_part=c.kind == "share",
        )

    def measure_of(self, c: _Claim) -> str | None:
        """What a fraction is a fraction of, when the words after it name it: the stem of
        "arrests" in "about a fifth of the total arrests"."""
        q = c.located.quantity
        m = MEASURE_RE.match(c.located.passage.text, q.phrase_end)
        return m.group(1).lower()[:MEASURE_STEM] if m else None

    def on_measure(self, fit: Fit, measure: str) -> bool:
        """Whether a fit is a share of the claim's measure: a percentage whose own clause
        names it ("21.4 percent ... of all arrests"), or a ratio whose denominator stands in a
        sentence naming it ("1,565,041 arrested"). "19 percent were executed" is not a share
        of arrests, even in a sentence that begins with those arrested."""
        if len(fit.inputs) == 1:
            p = fit.inputs[0]
            clause = p.passage.text[p.quantity.end : p.passage.sentences[p.sentence][1]]
            clause = re.split(r"[;:]", clause, maxsplit=1)[0]
            return measure in clause.lower()
        return measure in self.sentence_text(fit.inputs[-1]).lower()

    def article_fits(self, c: _Claim, stated: float) -> list[Fit]:
        """Fits x / y * 100 with x a count the claim is about (its sentence's counts, else the
        counts around it) and y any count of the article, looked up by value."""
        lo, hi = window(stated, c.step, c.direction)
        if hi <= 0:
            return []
        numerators = self.required_numerators(c.located) or [
            f for f, _ in self.local_inputs(c.located)
        ]
        fits: list[Fit] = []
        for a in numerators[:NUMERATOR_LIMIT]:
            for x in a.quantity.values:
                if x <= 0:
                    continue
                y_lo = x * 100 / (hi + 1e-9)
                y_hi = x * 100 / (lo - 1e-9) if lo > 1e-9 else float("inf")
                i = int(np.searchsorted(self.values, y_lo, side="left"))
                j = int(np.searchsorted(self.values, y_hi, side="right"))
                for k in range(i, min(j, i + FIT_LIMIT)):
                    b = self.inputs[int(self.value_owner[k])]
                    if b is a or b is c.located or not compatible(a, b):
                        continue
                    y = float(self.values[k])
                    value = x / y * 100
                    mode = accepts(stated, c.step, c.direction, value)
                    if mode is not None:
                        fits.append(
                            Fit(f"{num(x)} / {num(y)} * 100", value, (a, b), 4, mode,
                                value - stated)
                        )  # fmt: skip
        fits.sort(key=lambda f: f.computed)
        return fits

    def required_numerators(self, claim: Located) -> list[Located]:
        """Counts in the claim's own sentence: if there are any, the claim is about them, so
        a fit must take one of them as its numerator (or as a part of a two-part sum). Not
        the counts of a later clause with a subject of its own (", while Balzer, with 9,810,
        gave ...")."""
        text = claim.passage.text
        return [
            f for f in self.by_sentence.get(sentence_key(claim), ())
            if f is not claim
            and not (f.quantity.start > claim.quantity.end
                     and CLAUSE_BREAK_RE.search(text, claim.quantity.end, f.quantity.start))
            and not on_compared_side(claim, (f,))  # "15.5%, higher than ..., 326 of 1,470"
        ]  # fmt: skip

    def chance(self, cands: list[Fit], stated: float, scope: int, lo: float, hi: float) -> float:
        """Expected number of accidental fits in the window at ``scope``: the density of
        candidate values around the stated figure times the window's width."""
        width = max(hi - lo, 1e-9)
        span_lo, span_hi = stated / 2, stated * 2
        if scope >= 4:
            n = self.pair_weight * int(
                np.searchsorted(self.pair_ratios, span_hi, side="right")
                - np.searchsorted(self.pair_ratios, span_lo, side="left")
            )
        else:
            n = sum(
                1 for cand in cands if cand.scope <= scope and span_lo <= cand.computed <= span_hi
            )
        return n * width / max(span_hi - span_lo, 1e-9)

    def near_miss(self, c: _Claim, cands: list[Fit]) -> Fit | None:
        if c.kind not in ("share", "ratio") or len(c.values) != 1:
            return None
        same_sentence = self.required_numerators(c.located)
        if not 2 <= len(same_sentence) <= 4:
            return None
        stated = c.values[0]
        best: Fit | None = None
        for cand in cands:
            if cand.scope != 0 or "/ (" in cand.formula or self.past_later_share(c, cand):
                continue
            gap = cand.computed - stated
            if abs(gap) <= NEAR_MISS * abs(stated) and (best is None or abs(gap) < abs(best.gap)):
                best = Fit(cand.formula, cand.computed, cand.inputs, 0, "", gap)
        return best

    def past_later_share(self, c: _Claim, cand: Fit) -> bool:
        """Whether an input of ``cand`` stands past a later share of the claim's sentence:
        such a count is that share's ("51.8 percent of the whole, and 38 percent of it from
        owners of more than 100 hectares"), never a near miss of this one."""
        claim = c.located
        later = [r.quantity.start for r in self.percents_by_sentence.get(sentence_key(claim), ())
                 if r.quantity.start > claim.quantity.end]  # fmt: skip
        return bool(later) and any(
            sentence_key(f) == sentence_key(claim) and f.quantity.start > later[0]
            for f in cand.inputs
        )

    def clause_miss(self, c: _Claim, cands: list[Fit]) -> Check | None:
        """A percentage whose clause names its inputs by their words, not by figures ("of
        those arrested under decree 00447, 49.3 percent were executed"): the pair of the
        paragraph whose own clauses share those words, if it comes within 5 percent."""
        if c.kind != "share" or len(c.values) != 1:
            return None
        claim = c.located
        q, (lo, hi) = claim.quantity, claim.passage.sentences[claim.sentence]
        if says_change(claim.passage.text, lo, q.phrase_start, max(q.end, q.phrase_end), hi):
            return None  # a rise or fall is no part of a whole its clause's figures make
        mine = self.clause_tokens(claim)
        if len(mine) < 2:
            return None
        stated = c.values[0]
        best: tuple[int, float, Fit] | None = None
        for cand in cands:
            if cand.scope > 1 or len(cand.inputs) != 2 or "(" in cand.formula:
                continue
            if self.past_later_share(c, cand):
                continue
            gap = cand.computed - stated
            if abs(gap) > CLAUSE_MISS * stated:
                continue
            shared = [len(mine & self.clause_tokens(i, ";:,")) for i in cand.inputs]
            if min(shared) < 1 or sum(shared) < 3:
                continue
            key = (sum(shared), -abs(gap))
            if best is None or key > best[:2]:
                best = (key[0], key[1], cand)
        if best is None:
            return None
        fit = Fit(best[2].formula, best[2].computed, best[2].inputs, best[2].scope, "",
                  best[2].computed - stated)  # fmt: skip
        intended = printed_like(fit.computed, claim.quantity.text, c.step)
        slip = likely_slip(claim.quantity.text, stated, fit.computed, c.step)
        why = f": likely {SLIP_NAMES[slip[0]]}" if slip else ""
        return Check(
            claim, c.kind, c.stated, stated, "inconsistent", fit, [],
            f"its clause names the figures of {fit.formula}, which give "
            f"{num(round(fit.computed, 2))}{why}", intended=intended,
        )  # fmt: skip

    def clause_tokens(self, f: Located, marks: str = ";:") -> set[str]:
        """Distinctive words of the clause a figure stands in (bounded by ``marks``): stems
        of longer words and numbers such as decree 00447, less the words most passages
        use. A claim's clause runs between semicolons; an input's between commas too."""
        text = f.passage.text
        start, end = f.passage.sentences[f.sentence]
        left = max(text.rfind(mark, start, f.quantity.start) for mark in marks)
        found = [text.find(mark, f.quantity.end, end) for mark in marks]
        right = min((i for i in found if i >= 0), default=end)
        clause = text[max(start, left + 1) : right]
        words = {w.lower()[:5] for w in WORD_RE.findall(clause)}
        return (words - self.common_words) - CLAUSE_STOP

    def topical_candidates(self, c: _Claim, cands: list[Fit]) -> list[Fit]:
        """Fits at any distance whose inputs are about the same people as the claim."""
        stated = c.values[0]
        lo, hi = window(stated, c.step, c.direction)
        found = [
            Fit(f.formula, f.computed, f.inputs, f.scope, mode, f.computed - stated)
            for f in cands
            if lo - 1e-9 <= f.computed <= hi + 1e-9
            and (mode := accepts(stated, c.step, c.direction, f.computed)) is not None
        ]
        if c.kind in ("share", "fraction"):
            found += self.article_fits(c, stated)
        topical = [f for f in dedupe(found) if self.on_topic(c.located, f)]
        topical.sort(key=lambda f: (f.scope, abs(f.gap)))
        return topical

    def on_topic(self, claim: Located, fit: Fit) -> bool:
        """Whether every input of a far fit stands in a sentence naming the same people
        (a capitalised name sharing its first five letters: "Korean", "Koreans")."""
        mine = name_stems(self.sentence_text(claim)) - self.common_names
        return bool(mine) and all(mine & name_stems(self.sentence_text(i)) for i in fit.inputs)

    def decline_said(self, c: _Claim, fit: Fit) -> Check | None:
        """ "a decline of 66 percent" names the decline itself, so a figure that is the share
        remaining is not two readings but a slip: the complement was meant."""
        claim = c.located
        q = claim.quantity
        before = claim.passage.text[max(0, q.phrase_start - 45) : q.phrase_start]
        if not DECLINE_OF_RE.search(before):
            return None
        decline = self.decline_reading(c, fit)
        if not decline:
            return None
        intended = printed_like(decline[0].computed, q.text, c.step)
        return Check(
            claim, c.kind, c.stated, c.values[0], "inconsistent", decline[0], [fit],
            f"a decline printed as the remaining share: {fit.formula} is "
            f"{num(round(fit.computed, 2))}, the decline itself "
            f"{num(round(decline[0].computed, 2))}", intended=intended,
        )  # fmt: skip

    def fall_reading(self, c: _Claim, fit: Fit) -> Fit | None:
        """ "1,240 on arrival, numbered 620 by the spring (50 percent)": a later level of
        the same count as a share of the earlier one is also read as the fall; when that
        fits too (at a half), the words do not say which is meant."""
        if c.kind != "share" or len(fit.inputs) != 2 or "-" in fit.formula or fit.scope:
            return None
        part, whole = fit.inputs
        text = part.passage.text
        if whole.quantity.end >= part.quantity.start or not LATER_LEVEL_RE.search(
            text, whole.quantity.end, part.quantity.start
        ):
            return None
        x, y = part.quantity.mid, whole.quantity.mid
        fall = (y - x) / y * 100
        mode = accepts(c.values[0], c.step, c.direction, fall)
        if mode is None:
            return None
        return Fit(f"({num(y)} - {num(x)}) / {num(y)} * 100", fall, fit.inputs, 0, mode,
                   fall - c.values[0])  # fmt: skip

    def decline_reading(self, c: _Claim, fit: Fit) -> list[Fit]:
        if len(fit.inputs) != 2:
            return []
        x, y = fit.inputs[0].quantity.mid, fit.inputs[1].quantity.mid
        if y <= 0:
            return []
        value = (y - x) / y * 100
        return [
            Fit(f"({num(y)} - {num(x)}) / {num(y)} * 100", value, fit.inputs, fit.scope,
                "decline", value - c.values[0])
        ]  # fmt: skip

    # -- multiples, persons per family, sums -------------------------------------------------

    def per_family(self) -> list[Check]:
        out: list[Check] = []
        for items in self.by_passage.values():
            for a, b in itertools.pairwise(items):
                qa, qb = a.quantity, b.quantity
                if qa.unit not in FAMILY_UNITS or qb.unit != "persons" or a.sentence != b.sentence:
                    continue
                between = a.passage.text[qa.phrase_end : qb.phrase_start]
                if "(" not in between or len(between) > 4:
                    continue
                out.append(self.per_family_check(a, b))
        return out

    def per_family_check(self, families: Located, persons: Located) -> Check:
        n, stated = families.quantity.mid, persons.quantity.mid
        step = persons.quantity.step if persons.quantity.approx else 1.0
        stated_text = " ".join(
            persons.passage.text[
                persons.quantity.phrase_start : persons.quantity.phrase_end
            ].split()
        )
        for k in range(2, 11):
            computed = n * k
            mode = accepts(stated, step, None, computed)
            if mode is not None:
                fit = Fit(f"{num(n)} * {k}", computed, (families,), 0, mode, computed - stated)
                return Check(
                    persons, "per-family", stated_text, stated, "consistent", fit, [],
                    f"{k} persons per family or household, {mode} to the printed precision",
                )  # fmt: skip
        ratio = stated / n if n else 0.0
        fit = Fit(f"{num(stated)} / {num(n)}", ratio, (families,), 0, "", 0.0)
        return Check(
            persons, "per-family", stated_text, stated, "unverifiable", None, [fit],
            f"implies {ratio:.2f} persons per family, not a whole multiplier",
        )  # fmt: skip

    def sums(self) -> list[Check]:
        out: list[Check] = []
        for total in self.inputs:
            qt = total.quantity
            text = total.passage.text
            raised = raised_before(text[max(0, qt.phrase_start - 45) : qt.phrase_start])
            # a total of a unit the lexicon does not know ("12 echelons in May, ..., 38 in
            # all") is read only on the parts its words list
            unknown_unit = not qt.unit and not raised
            if qt.kind == "range":
                continue
            sentence_start = total.passage.sentences[total.sentence][0]
            subject_k = subject_count(text, sentence_start, qt.phrase_start, qt.phrase_end)
            if (unknown_unit and subject_k is None and not self.total_cue(total)
                    and self.parts_counted(total) is None):  # fmt: skip
                split = self.split_after_colon(total)
                if split is not None:
                    out.append(split)
                continue
            if PER_SCALE_RE.search(text, max(0, qt.start - 8), qt.start + 1):
                continue  # the scale of "per 1,000" is no total
            if PER_SCALE_AFTER_RE.match(text, qt.end):
                continue  # "about 300 per 1,000 born": a rate, no total of counts
            said_total = (
                TOTAL_RE.search(text, qt.phrase_end, qt.phrase_end + 15) is not None
                or TOTAL_BEFORE_RE.search(text[max(0, qt.phrase_start - 20) : qt.phrase_start])
                is not None
            )
            _, sentence_end = total.passage.sentences[total.sentence]
            after = total.passage.text[qt.phrase_end : sentence_end]
            said_parts = PARTS_RE.search(after) is not None  # "6,412 ..., including 2,105 ..."
            parts = [
                f for f, scope in self.local_inputs(total)
                if f.quantity.unit == qt.unit
                and scope < FAR
                and f.quantity.mid < qt.mid
                and (
                    said_total
                    or same_subject(total, f)
                    or (said_parts and scope == 0 and f.raw_start > total.raw_start)
                )
            ][:PART_LIMIT] if not unknown_unit and not is_plan(total) else []  # fmt: skip
            parts.sort(key=lambda f: f.raw_start)
            listed = self.listed_parts(total)
            # a subtotal among the parts ("7,020 in three years") may be carried forward; else
            # the parts without it
            listed += [q for p in listed if (q := without_subtotals(p)) != p]
            if is_plan(total):  # a plan is split in its own sentence, if anywhere
                listed = [p for p in listed if all(f.sentence == total.sentence for f in p)]
            fit = None
            for i, part_set in enumerate(listed):
                # the total "raised to" may start from a count of the paragraph before
                fit = self.sum_fit(total, part_set, len(part_set), far_ok=bool(raised) and i == 0)
                if fit is not None:
                    break
            if fit is None and listed:
                fit = self.sum_fit(total, *listed_tail(text, listed[0], qt.start))
            for size in (2, 3):
                if fit is None:
                    fit = self.sum_fit(total, parts, size)
                    if fit is not None and (skips_listed_part(listed, fit, qt.start)
                                            or skips_own_part(total, self.own_counts(total),
                                                              fit.inputs)):
                        fit = None
            if fit is None and (k := parts_named(text, qt.start, qt.phrase_end)):
                fit = self.sum_fit(total, self.earlier_counts(total), k, far_ok=True)
            stated = " ".join(qt.text.split())
            if subject_k is not None and (fit is None or len(fit.inputs) != subject_k):
                counted = self.counted_subset(total, subject_k, listed)
                if counted is not None or (listed and len(listed[0]) > subject_k):
                    out += [counted] if counted is not None else []
                    continue
            if fit is not None and inside_own_run(total, fit.inputs):
                continue  # a member of the run of its would-be parts
            if fit is not None:
                out.append(
                    Check(total, "sum", stated, qt.mid, "consistent", fit, [],
                          sum_explanation(total, fit))
                )  # fmt: skip
            elif (product := self.product_total(total)) is not None:
                out.append(product)
            elif PART_OF_THEM_RE.match(text, qt.end):
                continue  # "2,100 of them were shot": a part of a whole; only a fit is read
            elif listed and (all_counted := self.counts_its_parts(total, listed[0])
                             or names_every_part(total, listed[0])):
                out.append(self.sum_miss(total, without_subtotals(listed[0]), all_counted))
            elif listed and self.total_cue(total):
                out.append(self.sum_miss(total, without_subtotals(listed[0])))
        return out

    def own_counts(self, total: Located) -> list[Located]:
        """The counts of a total's sentence of its unit or of none."""
        return [f for f in self.by_sentence.get(sentence_key(total), ())
                if is_count(f) and f.quantity.unit in (total.quantity.unit, "")]  # fmt: skip

    def closing_sums(self, judged: set[int]) -> list[Check]:
        """Totals that close a list with no word of adding, not judged already
        (borderlands.figures.closingsums): a fit, or a usual slip of the whole list."""
        out: list[Check] = []
        for (key, n), figures in self.by_sentence.items():
            found = closed_in_sentence(figures)
            start = figures[0].passage.sentences[n][0]
            if not found and (c := closed_after(
                figures, self.by_sentence.get((key, n - 1), []), start
            )):  # fmt: skip
                found = [c]
            # a mistyped digit is read only where the list and its total share a sentence
            sure = bool(found) and found[0].total.sentence == found[0].parts[0].sentence
            for c in (c for c in found if c.total.raw_start not in judged):
                parts, qt = list(c.parts), c.total.quantity
                fit = self.sum_fit(c.total, parts, len(parts), far_ok=True)
                stated = " ".join(qt.text.split())
                if fit is not None:
                    out.append(Check(c.total, "sum", stated, qt.mid, "consistent", fit, [],
                                     sum_explanation(c.total, fit)))  # fmt: skip
                elif slip := likely_slip(
                    stated, qt.mid, added := sum(p.quantity.mid for p in parts), 1.0, sure
                ):
                    formula = " + ".join(printed(p) for p in parts)
                    miss = Fit(formula, added, tuple(parts), 0, "", added - qt.mid)
                    out.append(Check(
                        c.total, "sum", stated, qt.mid, "inconsistent", miss, [],
                        f"the {len(parts)} parts its list gives add up to {grouped(added)}, not "
                        f"{stated}: likely {SLIP_NAMES[slip[0]]}", intended=slip[1],
                    ))  # fmt: skip
        return out

    def counted_subset(
        self, total: Located, k: int, listed: list[list[Located]]
    ) -> Check | None:
        """A total whose subject counts ``k`` parts ("The two Kazakh oblasts together took
        5,413") against the ``k``-part subsets of the parts listed before it
        (borderlands.figures.countedsubsets): consistent on one that adds up, ambiguous on
        several, None on none."""
        pool = listed[0] if listed else self.earlier_counts(total)
        pool = [p for p in pool if p.quantity.mid < total.quantity.mid]
        fits = [f for combo in itertools.combinations(pool, k)
                if (f := self.sum_fit(total, list(combo), k, far_ok=True)) is not None]  # fmt: skip
        if not fits:
            named = self.named_parts(total, pool)
            return self.sum_miss(total, named) if len(named) == k else None
        stated = " ".join(total.quantity.text.split())
        fits = fits if len(fits) < 2 else (self.named_fits(total, fits) or fits)
        if len(fits) > 1:
            return Check(
                total, "sum", stated, total.quantity.mid, "ambiguous", fits[0], fits[1:],
                f"{len(fits)} sets of {k} of the parts printed before add up to {stated}",
            )  # fmt: skip
        return Check(total, "sum", stated, total.quantity.mid, "consistent", fits[0], [],
                     sum_explanation(total, fits[0]))  # fmt: skip

    def named_fits(self, total: Located, fits: list[Fit]) -> list[Fit]:
        """The fits whose parts are the ones the total's subject names."""
        return [f for f in fits if self.named_parts(total, list(f.inputs)) == list(f.inputs)]

    def named_parts(self, total: Located, pool: list[Located]) -> list[Located]:
        """The parts of ``pool`` the total's subject names by the words after their counts
        (borderlands.figures.countedsubsets.named_in_label), each name naming one part."""
        text = total.passage.text
        start = total.passage.sentences[total.sentence][0]
        out: list[Located] = []
        for name in joined_names(text[start : total.quantity.start]):
            hits = [p for p in pool if named_in_label(name, label_after(text, p))]
            if len(hits) != 1 or hits[0] in out:
                return []
            out.append(hits[0])
        return sorted(out, key=lambda p: p.raw_start)

    def product_total(self, total: Located) -> Check | None:
        """A total of equal parts: "Each of the 14 echelons carried some 1,450 persons, about
        20,300 in all" (the number of parts times the size of each, both in the sentence,
        and the total cued by its words)."""
        qt = total.quantity
        text = total.passage.text
        start, end = total.passage.sentences[total.sentence]
        if not EACH_OF_RE.search(text, start, end) or not self.total_cue(total):
            return None
        own = [f for f in self.by_sentence.get(sentence_key(total), ())
               if f is not total and f.quantity.kind == "number"]  # fmt: skip
        if len(own) != 2:
            return None
        a, b = own
        added = a.quantity.mid * b.quantity.mid
        formula = f"{printed(a)} * {printed(b)}"
        fit = Fit(formula, added, (a, b), 0, "", added - qt.mid)
        stated = " ".join(qt.text.split())
        mode = accepts(qt.mid, qt.step, qt.direction, added)
        slack = a.quantity.step / 2 * b.quantity.mid if a.quantity.approx else 0.0
        slack += b.quantity.step / 2 * a.quantity.mid if b.quantity.approx else 0.0
        if mode is None and slack and abs(added - qt.mid) <= slack:
            mode = "approximately"
        if mode is not None and mode != "truncates":
            fit.mode = mode
            return Check(total, "sum", stated, qt.mid, "consistent", fit, [],
                         f"{printed(a)} times {printed(b)} is {grouped(added)}")  # fmt: skip
        slip = None if qt.approx else likely_slip(stated, qt.mid, added, 1.0)
        if slip is None:
            return None
        return Check(
            total, "sum", stated, qt.mid, "inconsistent", fit, [],
            f"{printed(a)} times {printed(b)} is {grouped(added)}, not {stated}: likely "
            f"{SLIP_NAMES[slip[0]]}", intended=slip[1],
        )  # fmt: skip

    def named_sum_checks(self) -> list[Check]:
        """Totals of parts named by their names (``namedsums``): "Lebyazhye and Maisk
        combined held 10,720", the parts printed after the same names earlier."""
        out: list[Check] = []
        for key, items in self.by_passage.items():
            passage = self.passages[key]
            for sentence in sentences_of(passage, items):
                if not sentence.figures or not ADDING_RE.search(sentence.text):
                    continue
                for said in named_sums(sentence.text):
                    at = sentence.start + said.total_at
                    total = next((f for f in sentence.figures if f.quantity.start == at), None)
                    if total is None or not is_count(total) or total.quantity.kind != "number":
                        continue
                    found = self.parts_by_name(said.names, passage.to_raw(sentence.start))
                    if found is None or not self.named_parts_fit(total, found):
                        continue
                    out.append(self.named_sum_check(total, found))
        return out

    def parts_by_name(self, names: tuple[str, ...], raw: int) -> list[Located] | None:
        """One count per name, printed right after it before raw offset ``raw``, all in one
        sentence (the latest that prints them all: "Irtysh raion received 7,420 persons;
        Lebyazhye took 5,960, Maisk 4,310"); None when no sentence prints them all."""
        by_sentence: dict[tuple[str, int], dict[str, Located]] = {}
        for name in names:
            for at, f in self.names.by_name.get(name, []):
                if at < raw and not self.is_rate_count(f) and not is_scale(f):
                    by_sentence.setdefault(sentence_key(f), {}).setdefault(name, f)
        full = [(max(f.raw_start for f in got.values()), got)
                for got in by_sentence.values() if len(got) == len(names)]  # fmt: skip
        if not full:
            return adjacent_parts([next((f for at, f in reversed(self.names.by_name.get(n, []))
                                         if at < raw and not self.is_rate_count(f)
                                         and not is_scale(f)), None) for n in names])
        _, got = max(full, key=lambda pair: pair[0])
        return [got[name] for name in names]

    def named_parts_fit(self, total: Located, parts: list[Located]) -> bool:
        """Whether counts found by name can be parts of ``total``: counts of one unit (the
        total's, when it prints one), each smaller than it, none a rate."""
        units = {f.quantity.unit for f in parts if not f.quantity.unit_implied} - {""}
        qt = total.quantity
        if len(units) > 1 or (units and qt.unit and not qt.unit_implied and qt.unit not in units):
            return False
        return all(
            is_count(f) and f.quantity.kind == "number" and f.quantity.mid < qt.mid
            and not self.is_rate_count(f)
            for f in parts
        )  # fmt: skip

    def named_sum_check(self, total: Located, parts: list[Located]) -> Check:
        qt = total.quantity
        added = sum(p.quantity.mid for p in parts)
        formula = " + ".join(" ".join(p.quantity.text.split()) for p in parts)
        scope = max(scope_of(total, p) for p in parts)
        fit = Fit(formula, added, tuple(parts), scope, "", added - qt.mid)
        stated = " ".join(qt.text.split())
        mode = accepts(qt.mid, qt.step, None, added)
        if mode is not None and mode != "truncates":
            fit.mode = mode
            return Check(total, "sum", stated, qt.mid, "consistent", fit, [],
                         sum_explanation(total, fit))  # fmt: skip
        slip = likely_slip(stated, qt.mid, added, 1.0, mistype_shows(stated))
        if slip is None and (left := left_out(total, tuple(parts))) is not None:
            return Check(
                total, "sum", stated, qt.mid, "inconsistent", fit, [],
                f"the counts printed after the names it adds come to {grouped(added)}, not "
                f"{stated}: likely {printed(left)} left out of the sum", intended=grouped(added),
            )  # fmt: skip
        if slip is None or qt.approx:
            return Check(
                total, "sum", stated, qt.mid, "unverifiable", None, [fit],
                f"the counts printed after the names it adds come to {grouped(added)}; they "
                "may count another thing",
            )  # fmt: skip
        return Check(
            total, "sum", stated, qt.mid, "inconsistent", fit, [],
            f"the counts printed after the names it adds come to {grouped(added)}, not "
            f"{stated}: likely {SLIP_NAMES[slip[0]]}", intended=slip[1],
        )  # fmt: skip

    def split_after_colon(self, total: Located) -> Check | None:
        """ "9,412 of the 9,846 arrested had been sentenced: 6,583 to the first category ...
        and 2,829 to the second": a count its clause splits after a colon into parts that
        add up to it exactly (only a fit: the colon need not introduce its parts)."""
        text = total.passage.text
        _, end = total.passage.sentences[total.sentence]
        colon = text.find(":", total.quantity.phrase_end, end)
        if colon < 0 or colon - total.quantity.phrase_end > COLON_REACH:
            return None
        parts = [f for f in self.by_sentence.get(sentence_key(total), ())
                 if f.quantity.start > colon and is_count(f) and not f.quantity.approx]  # fmt: skip
        if len(parts) < 2 or sum(p.quantity.mid for p in parts) != total.quantity.mid:
            return None
        fit = self.sum_fit(total, parts, len(parts))
        if fit is None:
            return None
        stated = " ".join(total.quantity.text.split())
        return Check(total, "sum", stated, total.quantity.mid, "consistent", fit, [],
                     sum_explanation(total, fit))  # fmt: skip

    def earlier_counts(self, total: Located) -> list[Located]:
        """Counts of the total's unit printed before it in its paragraph and the
        ``UNIT_WHOLE_BACK`` before (borderlands.figures.namedtotals)."""
        passage = total.passage
        pool = [f
                for back in range(UNIT_WHOLE_BACK, -1, -1)
                if (p := self.neighbours.get((passage.where, passage.order - back))) is not None
                for f in self.by_passage.get(p.key, [])]  # fmt: skip
        return [f for f in pool
                if f.raw_start < total.raw_start and is_count(f)
                and f.quantity.unit == total.quantity.unit
                and f.quantity.mid < total.quantity.mid][-PART_LIMIT:]  # fmt: skip

    def total_cue(self, total: Located) -> bool:
        """Whether the words around a count say it is a total ("in all", "together",
        "bringing the total to", "raised the count to", a colon before its parts)."""
        q = total.quantity
        start, end = total.passage.sentences[total.sentence]
        text = total.passage.text
        before = text[max(start, q.phrase_start - 45) : q.phrase_start]
        after = text[q.phrase_end : min(end, q.phrase_end + 25)]
        cued_before = raised_before(before) or TOTAL_BEFORE_RE.search(before)
        cued_before = (
            cued_before or re.search(r"\btogether\b", before) or SUM_VERB_RE.search(before)
        )
        return (
            bool(cued_before)
            or TOTAL_CUE_RE.search(after) is not None
            or (COLON_AFTER_RE.match(text, q.phrase_end, end) is not None)
        )

    def parts_counted(self, total: Located) -> int | None:
        """How many parts the words of a total count ("918 in the three years")."""
        q = total.quantity
        start, _ = total.passage.sentences[total.sentence]
        text = total.passage.text
        clause = max(start, text.rfind(";", start, q.phrase_start) + 1)
        return parts_counted(text, q.phrase_start, q.phrase_end, clause)

    def counts_its_parts(self, total: Located, parts: list[Located]) -> bool:
        """Whether the words of a total count exactly the parts listed before it in its
        sentence: then they are its parts, whatever they add up to."""
        return (
            self.parts_counted(total) == len(parts)
            and all(p.sentence == total.sentence and p.raw_start < total.raw_start
                    for p in parts)
        )  # fmt: skip

    def listed_parts(self, total: Located) -> list[list[Located]]:
        """Sets of parts the sentence lists for a total: its own other counts of the same
        unit; with "bringing/raised the total to", the total before them too; with
        "together"/"in all" and no parts of its own, the counts of the sentence before."""
        qt = total.quantity
        key, n = sentence_key(total)

        def same_unit(f: Located) -> bool:
            return (
                f is not total
                and f.quantity.mid < qt.mid
                and not other_printed_unit(f, total)
                and not in_archival_aside(f)
                and (
                    f.quantity.unit in (qt.unit, "")
                    or f.quantity.unit_implied
                    or qt.unit_implied
                    or not qt.unit  # "raised the total to 61,750": the parts name the unit
                )
            )

        own = [f for f in self.by_sentence.get((key, n), ()) if same_unit(f)]
        own = [f for f in own if not self.is_rate_count(f)]
        own = [f for f in own if not counts_the_parts(f, own) and not rest_after(total, f)]
        own = [f for f in own if not after_closing_total(total, f)]
        sets: list[list[Located]] = []
        text = total.passage.text
        if BY_ADDING_RE.match(text, total.quantity.phrase_end):
            # "raised the total to 11,640 by adding 1,940 women and 730 youths": the additions
            # are the counts after it, not the ages or dates of the clause before
            own = [f for f in own if f.raw_start > total.raw_start] or own
            if names_every_part(total, own):
                return [sorted(own, key=lambda f: f.raw_start)]  # "... to the 6,730": all named
        lead = text[max(0, total.quantity.phrase_start - 45) : total.quantity.phrase_start]
        said = text[self.sentence_start(total) : total.quantity.start]
        if (raised_before(lead) or RAISED_RE.search(
            text[total.quantity.phrase_end : total.quantity.phrase_end + 40]
        )) and not closes_own_list(said, own, total):  # fmt: skip
            # the total before the additions: the largest count of the nearest sentence
            # before that has any ("14,872 people in all. Children were the great majority
            # of them. The decree ... raised the total to 37,782 by adding 22,910 ...")
            earlier = next(
                (got for back in range(1, SENTENCE_WINDOW + 1)
                 if (got := [f for f in self.by_sentence.get((key, n - back), ())
                             if same_unit(f)])),
                [],
            )  # fmt: skip
            found = self.raised_from(total, own, same_unit)
            if found is not None:
                sets.append([found, *own])
            elif earlier:
                before = max(earlier, key=lambda f: f.quantity.mid)
                rest = [f for f in own if f.raw_start != before.raw_start]
                # "406, 512 and 296, 918 in the three years. A further 2,946 brought the total
                # to 4,160": the earlier total's own parts reach it when that total slipped
                parts = [f for f in earlier if f is not before]
                if (len(parts) >= 2 and not self.adds_up(total, [before, *rest])
                        and self.adds_up(total, [*parts, *rest])):  # fmt: skip
                    before_parts: list[Located] = parts
                elif len(earlier) >= 2 and self.adds_up(total, [*earlier, *rest]):
                    # "The clinic had 9 doctors and 31 nurses. ... hired 22 porters, bringing
                    # the staff to 62": the sentence before lists the parts it had
                    before_parts = earlier
                else:
                    before_parts = [before]
                sets.append([*before_parts, *rest])
        if len(own) >= 2:
            sets.append(own)
        if len(own) == 1 and SUM_VERB_RE.search(lead):
            # "The echelons carried 34,380. With the 10,860 sent north, the transport came to
            # 45,240": the other part in the sentence before, when the two add up exactly
            sets += [[f, *own] for f in self.by_sentence.get((key, n - 1), ())
                     if same_unit(f) and self.adds_up(total, [f, *own])][:1]  # fmt: skip
        if not own:
            for back in (1, 2, 3):
                previous = [f for f in self.by_sentence.get((key, n - back), ()) if same_unit(f)]
                # "..., 5,029 in all. ... The December arrests brought the total for 1937 to
                # 5,215": the parts of the sentence before without its own total, if they fit
                parts = [f for f in previous if not TOTAL_AFTER_RE.match(
                    f.passage.text, f.quantity.phrase_end)]
                if len(parts) >= 2 and len(parts) < len(previous) and self.adds_up(total, parts):
                    sets.append(parts)
                    break
                if len(previous) >= 2 and (back == 1 or self.adds_up(total, previous)):
                    sets.append(named_subset(total, previous) or previous)
                    break
        return [sorted(p, key=lambda f: f.raw_start) for p in sets if len(p) >= 2]

    def raised_from(
        self, total: Located, own: list[Located], same_unit: Callable[[Located], bool]
    ) -> Located | None:
        """The earlier total that "raised the count to" starts from: the nearest count before
        the sentence (in its paragraph, then the paragraph before) that the sentence's own
        additions bring exactly to the printed total."""
        if not own:
            return None
        key, n = sentence_key(total)
        # "The post sent 80 men, and the police raised it to 131 by adding 36 and 15": the
        # count it starts from may stand in its own sentence, before the total
        earlier: list[Located] = [
            f for f in reversed(self.by_sentence.get((key, n), ()))
            if f.raw_start < total.raw_start and f not in own
        ]  # fmt: skip
        for back in range(1, SENTENCE_WINDOW + 1):
            earlier += reversed(self.by_sentence.get((key, n - back), ()))
        for back in range(1, UNIT_WHOLE_BACK + 1):
            previous = self.neighbours.get((total.passage.where, total.passage.order - back))
            if previous is not None:
                earlier += reversed(self.by_passage.get(previous.key, ()))
        for f in earlier[: LOCAL_LIMIT * 2]:
            if same_unit(f) and is_count(f) and self.adds_up(total, [f, *own]):
                return f
        return None

    def adds_up(self, total: Located, parts: list[Located]) -> bool:
        """Whether parts add up to a total at its printed precision."""
        return accepts(total.quantity.mid, total.quantity.step, None,
                       sum(p.quantity.mid for p in parts)) is not None  # fmt: skip

    def is_rate_count(self, f: Located) -> bool:
        text = f.passage.text
        return rate_cue(text, f.quantity, len(text)) is not None

    def sum_miss(self, total: Located, part_set: list[Located], counted: bool = False) -> Check:
        qt = total.quantity
        added = sum(p.quantity.mid for p in part_set)
        formula = " + ".join(" ".join(p.quantity.text.split()) for p in part_set)
        fit = Fit(formula, added, tuple(part_set), 0, "", added - qt.mid)
        stated = " ".join(qt.text.split())
        slip = likely_slip(stated, qt.mid, added, 1.0)
        intended = slip[1] if slip else grouped(added)
        # "received 2,940 persons ... The villages took 820, 640, 590, 480 and 410 persons,
        # together 2,530": the parts add up to the whole printed before, so they are its parts
        printed_whole = any(
            f.quantity.mid == added and f.raw_start < total.raw_start and not f.quantity.approx
            for f, scope in self.local_inputs(total) if scope <= 1
        )  # fmt: skip
        why = f": likely {SLIP_NAMES[slip[0]]}" if slip else ""
        if printed_whole and not slip:
            why = ", the whole printed before it"
        elif not slip and (left := part_left_out(total, part_set)) is not None:
            why = f": likely {left} left out of the sum"
        elif not slip and counted:
            why = f", the {len(part_set)} parts its words count"
        verdict = (
            "inconsistent"
            if slip or why or abs(added - qt.mid) <= NEAR_MISS * qt.mid
            else ("unverifiable")
        )
        return Check(
            total, "sum", stated, qt.mid, verdict, fit if verdict == "inconsistent" else None,
            [] if verdict == "inconsistent" else [fit],
            f"the parts it names add up to {grouped(added)}, not {stated}{why}"
            if verdict == "inconsistent"
            else f"the parts named add up to {grouped(added)}, too far from {stated} to be "
            "its parts",
            intended=intended if verdict == "inconsistent" else None,
        )  # fmt: skip

    def sum_fit(
        self, total: Located, parts: list[Located], size: int, far_ok: bool = False
    ) -> Fit | None:
        qt = total.quantity
        for combo in itertools.combinations(parts, size):
            lows = sum(min(p.quantity.values) for p in combo)
            highs = sum(max(p.quantity.values) for p in combo)
            # a total is rounded, never cut: parts of 49,900 do not print 49,000
            modes = {rounded_total(qt, v) for v in (lows, highs)}
            if None in modes:
                # an approximate part ("about 440") stands for anything that rounds to it
                slack = sum(p.quantity.step / 2 for p in combo if p.quantity.approx)
                if not slack or not lows - slack <= qt.mid <= highs + slack:
                    continue
                modes = {"within the approximation of its parts"}
            scope = max(scope_of(total, p) for p in combo)
            if scope >= FAR and not far_ok:
                continue
            formula = " + ".join(" ".join(p.quantity.text.split()) for p in combo)
            mode = "exact" if lows == highs == qt.mid else "rounds"
            if modes == {"within the approximation of its parts"}:
                mode = "approximately"
            computed = lows if lows == highs else (lows + highs) / 2
            return Fit(formula, computed, combo, scope, mode, computed - qt.mid)
        return None


#: Equal parts: "Each of the 14 echelons", "each of its 52 wagons", "14 echelons of 1,450 each".
EACH_OF_RE = re.compile(r"\b[Ee]ach of (?:the|its|their|these)\b|\d\s+each\b")


def raised_before(lead: str) -> re.Match[str] | None:
    """ "raised the total to" in the words before a count, with no other figure between:
    in "raised the total to 8,270 by adding the 1,510 ..." the 1,510 is a part."""
    found = None
    for m in RAISED_RE.finditer(lead):
        found = m
    if found is None or DIGIT_RE.search(lead, found.end()):
        return None
    return found


def rounded_total(qt: Quantity, added: float) -> str | None:
    """How a sum reproduces a printed total: rounded at its precision (never truncated),
    or within the approximation an "about" allows."""
    mode = accepts(qt.mid, qt.step, None, added)
    if mode == "truncates":
        mode = None
    if mode is None and qt.direction == "about" and abs(added - qt.mid) <= 0.1 * qt.mid:
        mode = "approximately"
    return mode


def implied_whole(f: Located) -> bool:
    """Whether a count whose unit its sentence implies may still be a whole of that unit:
    a grouped figure after a verb of arrival or count ("expected 24,000 deported Germans
    and received 26,350"), not a bare figure of a list."""
    q = f.quantity
    before = f.passage.text[max(0, q.phrase_start - 24) : q.phrase_start]
    return q.mid >= 1000 and IMPLIED_WHOLE_RE.search(before) is not None


IMPLIED_WHOLE_RE = re.compile(
    r"\b(?:received|took in|registered|counted|numbered|held|brought|deported|moved|"
    r"sent|totalled|reached)\s+(?:some\s+|about\s+|nearly\s+|over\s+)?$",
    re.I,
)


def counts_the_parts(f: Located, own: list[Located]) -> bool:
    """Whether ``f`` is the number of the parts listed after it, not a part: "Three districts
    sent 3,100, 2,700 and 1,900 families"."""
    after = [g for g in own if g.raw_start > f.raw_start]
    return (
        f.quantity.mid == len(after) >= 2
        and not f.quantity.text[:1].isdigit()
        and all(g.quantity.mid > 10 * f.quantity.mid for g in after)
    )


def other_printed_unit(f: Located, total: Located) -> bool:
    """Whether a count after its total prints a unit other than the one its sentence gave
    the total: "48,620 in all, in 12,070 families" (the families are no part of the
    persons)."""
    q, t = f.quantity, total.quantity
    return bool(
        f.raw_start > total.raw_start
        and q.unit and t.unit and not q.unit_implied and q.unit != t.unit
    )  # fmt: skip


def listed_tail(text: str, listed: list[Located], total_start: int) -> tuple[list[Located], int]:
    """The parts listed before a total after the last clause break among them: "186 in
    August, and in the months that followed 612, 1,384, 1,926 and 1,107, 5,029 in all"
    totals the months that followed."""
    before = [f for f in listed if f.quantity.end <= total_start]
    tail = before
    for k in range(1, len(before)):
        if LIST_BREAK_RE.search(text, before[k - 1].quantity.end, before[k].quantity.start):
            tail = before[k:]
    return (tail, len(tail)) if 2 <= len(tail) < len(before) else ([], 0)


def skips_listed_part(listed: list[list[Located]], fit: Fit, total_start: int) -> bool:
    """Whether a sum found among a paragraph's counts leaves out a count the sentence lists
    before its total: the last ("..., and the weeks after added 294, 4,337 for the year": the
    294 is a part of it) or one between two it adds ("held 2,410, 1,980 and 1,230 persons,
    3,640 in all" is no sum of the first and the last)."""
    if not listed:
        return False
    before = [f for f in listed[0] if f.quantity.end <= total_start]
    if len(before) < 3:
        return False
    used = [i for i, f in enumerate(before) if f in fit.inputs]
    return before[-1] not in fit.inputs or (
        bool(used) and any(before[i] not in fit.inputs for i in range(used[0], used[-1] + 1))
    )


def other_clause_part(text: str, claim_end: int, start: int) -> bool:
    """Whether a count after a share is no part of it: one of another clause ("..., while
    Balzer, with 9,810, gave ...") or a difference ("..., a difference of 6,450")."""
    return (
        CLAUSE_BREAK_RE.search(text, claim_end, start) is not None
        or REMAINDER_BEFORE_RE.search(text[max(claim_end, start - 40) : start]) is not None
    )


def rival_whole(fit: Fit, other: Fit, back: bool = False) -> bool:
    """Whether ``other`` reads the same part of its sentence as a share of another whole
    that the figure rounds to as well ("Of the 5,000 exiles and 5,020 settlers, 1,000 were
    women, 20 percent"), in its sentence or, when the sentence points ``back`` to the one
    before ("Of them, 1,300 ..."), both in that one."""
    if len(fit.inputs) != 2 or len(other.inputs) != 2:  # a fit on one figure ("70 percent")
        return False
    same_place = fit.scope == other.scope == 0 or (
        back and fit.scope == other.scope == 1
        and fit.inputs[1].sentence == other.inputs[1].sentence
        and fit.inputs[1].passage is other.inputs[1].passage
    )  # fmt: skip
    return (
        same_place
        and fit.inputs[0] is other.inputs[0]
        and fit.inputs[1].quantity.mid != other.inputs[1].quantity.mid
        and fit.mode == other.mode == "rounds"
        and "-" not in fit.formula + other.formula
    )  # fmt: skip


def explained_percent_sums(checks: list[Check]) -> list[Check]:
    """Without the percentage sums that their parts' own checks account for. In "7,830 (42.0
    percent), ... 3,910 (12.0 percent) and 1,640 (8.8 percent)" the shares add up to 91
    because 12.0 stands for 21.0: the slip is reported at 12.0, and the last share, right in
    itself, is not flagged for it. When every share is reproduced by the counts printed with
    it, the run need not cover the whole ("Poles 4,500 (50.0 percent), Germans 2,700 (30.0
    percent) and Balts 1,350 (15.0 percent)" of 9,000), and its sum is no claim."""
    shares: dict[int, Check] = {c.claim.raw_start: c for c in checks if c.kind == "share"}
    out = []
    for c in checks:
        parts = c.fit.inputs if c.fit is not None else ()
        if (
            c.kind == "sum" and c.verdict == "inconsistent" and parts
            and all(p.quantity.unit == "percent" for p in parts)
            and all(p.raw_start in shares for p in parts)
        ):  # fmt: skip
            own = [shares[p.raw_start] for p in parts]
            if all(s.verdict == "consistent" and s.fit is not None and s.fit.scope <= 1
                   for s in own):  # fmt: skip
                continue
            read = [intended_value(s) if s.verdict == "inconsistent" else p.quantity.mid
                    for s, p in zip(own, parts, strict=True)]  # fmt: skip
            slack = sum(min(p.quantity.step, 1.0) / 2 for p in parts) + 1e-9
            if None not in read and abs(sum(v for v in read if v is not None) - 100) <= slack:
                continue
        out.append(c)
    return out


def intended_value(c: Check) -> float | None:
    """The intended figure of an inconsistency as a number, when it is one."""
    if c.intended and re.fullmatch(r"[\d,]+(?:\.\d+)?", c.intended):
        return float(c.intended.replace(",", ""))
    return None


def grouped(v: float) -> str:
    """A count as printed in prose: 27,000; 2.5 stays 2.5."""
    return f"{v:,.0f}" if v == int(v) else f"{v:,}"


def sum_explanation(total: Located, fit: Fit) -> str:
    """Why a total is its parts' sum, with the sum itself: a round total such as "30,000"
    stands for anything that rounds to it at its printed precision (nearest 10,000), so
    parts adding up to 27,000-29,000 reproduce it."""
    lows = sum(min(p.quantity.values) for p in fit.inputs)
    highs = sum(max(p.quantity.values) for p in fit.inputs)
    added = grouped(lows) if lows == highs else f"{grouped(lows)}–{grouped(highs)}"
    printed = " ".join(total.quantity.text.split())
    if fit.mode == "exact":
        return f"the parts add up to {added}, exactly the printed total"
    if fit.mode == "rounds":
        step = grouped(total.quantity.step)
        return (
            f"the parts add up to {added}, which rounds to the printed {printed} at its "
            f"precision (nearest {step})"
        )
    return f"the parts add up to {added}, within the approximation of the parts ({printed})"


#: (The capital opens the pattern, so the engine skips straight to capitals; what stands
#: before it is looked for behind it.)
NAME_RE = re.compile(r"[A-Z](?<=[a-z,;:(] [A-Z])[a-z]{4,}")


def name_stems(sentence: str) -> set[str]:
    """Stems of capitalised words inside a sentence (not its first word)."""
    return {w[:5] for w in NAME_RE.findall(sentence)}


def common_stems(texts: list[str], share: float = 0.08) -> set[str]:
    """Name stems found in more than ``share`` of the passages ("Sovie", "Russi"): they say
    nothing about which people a sentence is about."""
    seen: dict[str, int] = {}
    for text in set(texts):
        for stem in name_stems(text):
            seen[stem] = seen.get(stem, 0) + 1
    limit = max(2, share * len(set(texts)))
    return {stem for stem, n in seen.items() if n > limit}


def common_words(texts: list[str], share: float = 0.15) -> set[str]:
    """Word stems found in more than ``share`` of the passages: no clause is named by them."""
    seen: dict[str, int] = {}
    distinct = set(texts)
    for text in distinct:
        for stem in {w.lower()[:5] for w in WORD_RE.findall(text)}:
            seen[stem] = seen.get(stem, 0) + 1
    limit = max(2, share * len(distinct))
    return {stem for stem, n in seen.items() if n > limit}


def same_subject(a: Located, b: Located) -> bool:
    sa, sb = a.quantity.subject or "", b.quantity.subject or ""
    if a.quantity.unit != "persons":
        return bool(sa) and bool(sb) and sa.split()[-1].lower() == sb.split()[-1].lower()
    stems_a = {w[:4] for w in sa.split() if w[:1].isupper()}
    stems_b = {w[:4] for w in sb.split() if w[:1].isupper()}
    return bool(stems_a & stems_b)


def decimals_of(text: str) -> int:
    m = re.search(r"\.(\d+)", text.split("to")[-1].split("–")[-1])
    return len(m.group(1)) if m else 0


def dedupe(fits: list[Fit]) -> list[Fit]:
    seen: set[str] = set()
    out: list[Fit] = []
    for f in fits:
        if f.formula not in seen:
            seen.add(f.formula)
            out.append(f)
    return out


def merge_range_fits(fits: list[Fit]) -> Fit:
    lo, hi = fits[0], fits[-1]
    return Fit(
        f"{lo.formula} .. {hi.formula}", lo.computed, lo.inputs + hi.inputs,
        max(lo.scope, hi.scope), lo.mode if lo.mode == hi.mode else f"{lo.mode}/{hi.mode}",
        lo.gap, max(lo.chance, hi.chance),
    )  # fmt: skip


def explain_fit(fit: Fit) -> str:
    where = {
        "sentence": "in the same sentence",
        "paragraph": "in the same paragraph or note",
        "linked": "in a note it calls, or the paragraph calling it",
        "nearby": "in a nearby passage",
        "article": "elsewhere in the article",
    }[fit.scope_name]
    how = {
        "rounds": "rounds to the printed figure",
        "truncates": "truncates (does not round) to the printed figure",
        "approximately": "matches within the stated approximation",
        "above": "is above the stated bound, as the wording says",
        "below": "is below the stated bound, as the wording says",
        "exact": "is exact",
    }.get(fit.mode.split("/")[0], fit.mode)
    return f"inputs {where}; the result {how}"


FRACTION_WORDS = {
    1 / 10: "a tenth", 1 / 8: "an eighth", 1 / 6: "a sixth", 1 / 5: "a fifth", 1 / 4: "a quarter",
    1 / 3: "a third", 2 / 5: "two-fifths", 1 / 2: "half", 3 / 5: "three-fifths",
    2 / 3: "two-thirds", 3 / 4: "three-quarters", 4 / 5: "four-fifths", 5 / 6: "five-sixths",
    9 / 10: "nine-tenths",
}  # fmt: skip


def ratio_of_other_things(c: Check) -> Check:
    """A "times" ratio of a sentence without counts fitted on counts of other sentences that
    name nothing it compares (borderlands.figures.ratiosides): a candidate, unverifiable."""
    fit = c.fit
    claim = c.claim
    if (c.kind != "ratio" or fit is None or c.verdict != "consistent"
            or any(f.passage is claim.passage and f.sentence == claim.sentence
                   for f in fit.inputs)):  # fmt: skip
        return c
    start, end = claim.passage.sentences[claim.sentence]
    if not sides_unnamed(claim.passage.text[start:end], fit.inputs):
        return c
    return Check(claim, c.kind, c.stated, c.stated_value, "unverifiable", None,
                 [fit, *c.alternatives],
                 "the fit's counts name nothing the ratio compares", c.stated_high)  # fmt: skip


def unshaped_slip(c: Check) -> Check:
    """A miss of a share, rate, remainder or duration that no usual slip explains
    (borderlands.figures.slipshape): the fit is kept as a candidate of an unverifiable claim."""
    fit = c.fit
    step = c.claim.quantity.step
    if (c.verdict != "inconsistent" or c.kind not in GATED_KINDS or fit is None
            or c.stated_high is not None
            or slip_shaped(c.kind, c.stated, c.stated_value, fit.computed, step)
            # another base printed beside it gives the printed figure: the usual slip
            # of a neighbouring total used as the base
            or any(abs(a.computed - c.stated_value) <= max(step, 1e-9)
                   for a in c.alternatives)):  # fmt: skip
        return c
    if c.kind == "duration":
        why = (f"the dates found give {fit.formula}, not within a factor of two of "
               f"{c.stated}: they are probably not the dates the claim counts between")
    else:
        why = (f"the figures found give {num(fit.computed)}, which no usual slip (two digits "
               f"transposed, a digit mistyped or dropped, the share that remained) turns into "
               f"{c.stated}: they are probably not the figures the claim is about")
    return Check(c.claim, c.kind, c.stated, c.stated_value, "unverifiable", None,
                 [fit, *c.alternatives], why, c.stated_high)


def whole_of_other_things(c: Check) -> Check:
    """A fraction in words whose fit puts another thing's count where the whole it names
    belongs (borderlands.figures.fractionwhole): kept as a candidate, unverifiable."""
    fit = c.fit
    if (c.kind != "fraction" or fit is None or c.verdict not in ("consistent", "inconsistent")
            or "+" in fit.formula or "-" in fit.formula):  # fmt: skip
        return c
    q = c.claim.quantity
    if not whole_misplaced(c.claim.passage.text, q.phrase_end, c.claim.sentence, fit.inputs):
        return c
    return Check(c.claim, c.kind, c.stated, c.stated_value, "unverifiable", None,
                 [fit, *c.alternatives],
                 "the fit's whole counts another thing than the one the fraction is of",
                 c.stated_high)  # fmt: skip


def fraction_words(share: float) -> str:
    """A share in the words an author would use: "about a sixth", "over a quarter"."""
    near = min(FRACTION_WORDS, key=lambda f: abs(f - share))
    if abs(share - near) <= 0.1 * near:
        return f"about {FRACTION_WORDS[near]}"
    lower = max((f for f in FRACTION_WORDS if f < share), default=None)
    if lower is not None:
        return f"over {FRACTION_WORDS[lower]}"
    return f"under {FRACTION_WORDS[min(FRACTION_WORDS)]}"
