"""Superlatives and ranks said of one member of a list printed before: "They gave up 14,380,
12,960, 11,470 and 9,810 ... Balzer, with 9,810, gave the smallest contingent"; "Omsk
oblast, which took in 7,540, was the third of the four destinations" (it was the fourth);
"November was the heaviest month" after "612 in September, ..., 1,926 in November";
"Kazakhstan, by far the largest destination" after "Kazakhstan 20,340, Novosibirsk oblast
11,280, ..."; "The 1957 figure was second only to that of 1956".

The member is found by the one count of its sentence (the same value printed in a list
before), else by a period the words name (borderlands.figures.periodpairs), else by a name
printed right before its count in the list. The list is a sentence of three or more counts
of one unit; a count that is the list's own total (the sum of the others, or "... in all",
or a count introducing the list with a colon) is not a member.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from borderlands.figures.apposedranks import apposed_ranks, named_clause, subject_start
from borderlands.figures.fewestnoun import counts_another_noun
from borderlands.figures.kinds import Finding, Sentence, is_count, num
from borderlands.figures.listrests import is_rest_or_whole
from borderlands.figures.listsum import sum_of_the_others
from borderlands.figures.passages import Located
from borderlands.figures.periodpairs import IN_PERIOD_RE, PERIOD, label_of, period_key
from borderlands.figures.prefilter import any_of
from borderlands.figures.rankedmeasure import ranks_printed_measure
from borderlands.figures.rankwhole import share_of_listed_before
from borderlands.figures.spanwholes import spans_the_others
from borderlands.figures.verdicts import Verdict

ORDINAL_WORDS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
SUPERLATIVE_RE = re.compile(
    r"\bthe\s+(?:(?!second|third|fourth|fifth|sixth|seventh)[a-z]+\s+)?(largest|smallest|heaviest|lightest|highest|lowest|biggest|"
    r"greatest|fewest|busiest)\b",
    re.I,
)
TOP = ("largest", "heaviest", "highest", "biggest", "greatest", "busiest")
RANK_RE = re.compile(
    # "from the first year to the second", "between the second quarter and the fourth", "the
    # deaths of the second winter": an ordinal naming an item of a sequence, not a rank
    r"(?<!\bto )(?<!\band )(?<!\bof )"
    # "came a distant second", "ranked a close third": an adjective of the margin between
    r"\b(?:the|ranked|came|stood|was|(?:ranked|came|stood|finished)\s+an?\s+[a-z]+)\s+"
    r"(second|third|fourth|fifth|sixth|seventh)\b"
    r"(?!\s+(?:quarter|month|year|half|category|time|line|wave|operation|day|week|winter|"
    r"summer|spring|autumn|season|decade|round|stage|phase))",
    re.I,
)
SECOND_ONLY_RE = re.compile(r"\bsecond only to\b", re.I)
#: the rival of "second only to": "to Serres", "to that of Serres", "to the Kuban"
RESPECTIVELY_RE = re.compile(r"\brespectively\b", re.I)
RIVAL_RE = re.compile(
    r"\s+(?:that of\s+|those of\s+|the\s+)?([A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿ]|[ā-žș-ț]){3,})"
)
#: "14,906 in all", "9,108 arrested: 3,870 ...", "11,000 together": the list's whole
TOTAL_AFTER_RE = re.compile(
    r"\s*(?:[a-z]+\s+)?(?:in all|altogether|in total|together|:)|\s+[a-z]+:", re.I
)
RATE_AFTER_RE = re.compile(r"\s*(?:per\b|to an?\b|a head\b|each\b|percent\b|per cent\b)", re.I)
#: a capitalised name, its letters any of the Latin alphabets ("Komárno", "Šaľa")
NAME_RE = re.compile(r"\b([A-ZÀ-ÖØ-ÞĀ-ŽА-Я](?:[a-zß-öø-ÿ]|[ā-žș-ț]){3,})\b")
PERIOD_WORD_RE = re.compile(rf"\b({PERIOD})\b")
PER_BEFORE_RE = re.compile(r"\bper\s+$", re.I)  # the scale of "226 per 1,000"
#: A rank of rates or shares ("Bakal's rate came second"): not of the counts of a list.
RATE_WORDS_RE = re.compile(r"\b(?:rate|rates|share|proportion)\b", re.I)
NUMBER_WORDS = ("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")
OF_THE_N_RE = re.compile(
    rf"\b(?:of|among) the ({'|'.join(NUMBER_WORDS)}|\d{{1,2}})\b", re.I
)  # "the third of the four destinations", "second among the six counties"
#: "2,637 Germans", "5,940 to Kazakhstan", "24,610 arrivals in Omsk", "22,480 in the Altai"
NAME_AFTER_RE = re.compile(
    # "2,615 to western Siberia": a lower-case word of direction before the name
    r"\s+(?:[a-z]+\s+)?(?:(?:in|to|at|from|for)\s+(?:the\s+)?"
    r"(?:(?:western|eastern|northern|southern|central|upper|lower)\s+)?)?"
    r"([A-ZÀ-ÖØ-ÞĀ-Ž](?:[a-zß-öø-ÿ]|[ā-žș-ț]){3,})\b"  # "Chişinău", "Komárno": any Latin alphabet
)
#: A count that is no member: the list's own total ("the clerk's total of 14,906") or a
#: reference to the archive ("file 17, sheets 42 to 49").
NO_MEMBER_BEFORE_RE = re.compile(
    r"(?:\btotal\s+(?:of\s+)?|\b(?:file|files|sheet|sheets|folio|folios|page|pages|fond|"
    r"opis|delo|no\.)\s+)$",
    re.I,
)
#: a superlative set right after the last count of a list, in apposition to it
APPOSED_RE = re.compile(r"[^,;:.\d]{0,30},\s+")
#: a count of the archive's own pages: "(dated 9 June, 14 sheets)"
SHEETS_AFTER_RE = re.compile(r"\s+(?:sheets|folios|pages|leaves)\b", re.I)
#: A count set against the list, not in it: "..., 89,145 altogether, against the 91,870 who
#: had left".
AGAINST_BEFORE_RE = re.compile(r"\bagainst\s+(?:the\s+|a\s+|some\s+)?$", re.I)
#: "..., and the Greeks, with 896, ranked fourth"; "A came second, while B, the third-largest"
CLAUSE_RE = re.compile(r",\s+and\s+|;|,\s+while\s+|,\s+whereas\s+")
RANK_WORDS = ("largest", "smallest", "heaviest", "lightest", "highest", "lowest", "biggest",
              "greatest", "fewest", "busiest", "second", "third", "fourth", "fifth", "sixth",
              "seventh")
RANK_WORD_SET = frozenset(RANK_WORDS)
MIN_MEMBERS = 3
RATE_WORDS_AFTER = 25  # characters after a rank word searched for what it ranks
DERIVED_RE = re.compile(r"\b(?:thus|therefore|hence|so|accordingly|clearly)\b", re.I)


def summed_exactly(counts: Sequence[Located]) -> Sequence[Located]:
    """The counts of a list when one of them is the exact sum of all the others: a count
    printed with a bound ("handed over 21,904 persons") that adds up with the rest to the
    list's printed total is exact, and a member; else none."""
    own = [f for f in counts if is_count(f)]
    if not any(f.quantity.approx for f in own) or sum_of_the_others(own) is None:
        return ()
    return own


def members(text: str, counts: Sequence[Located]) -> list[Located]:
    """The members of a list sentence: its counts of one unit but its own total."""
    own = [
        f for f in counts
        if is_count(f) and (not f.quantity.approx or f in summed_exactly(counts))
        and not RATE_AFTER_RE.match(text, f.quantity.end)
        and not TOTAL_AFTER_RE.match(text, f.quantity.phrase_end)
        and not PER_BEFORE_RE.search(text, max(0, f.quantity.start - 6), f.quantity.start)
        and not AGAINST_BEFORE_RE.search(text, max(0, f.quantity.phrase_start - 14),
                                         f.quantity.phrase_start)
        and not is_reference(text, f)
    ]  # fmt: skip
    units = [f.quantity.unit for f in own if f.quantity.unit and not f.quantity.unit_implied]
    nouns = [noun_after(text, f) for f in own]
    by_nouns = None not in nouns and len(set(nouns)) == len(nouns)
    if units and not by_nouns:  # "812,400 sheep, 205,900 cattle": members named by nouns
        # the list is of the unit most of its counts print ("... persons, in 12,070
        # families": the families are no member)
        unit = max(units, key=units.count)  # ties: the first printed, not a set's order
        own = [f for f in own if f.quantity.unit in (unit, "") or f.quantity.unit_implied]
    own = [f for f in own if not spans_the_others(f, len(own) - 1)]
    total = sum_of_the_others(own)
    own = [f for f in own if f is not total]
    return own if len(own) >= MIN_MEMBERS else []


def name_before(text: str, f: Located) -> str | None:
    """The capitalised name printed right before a count in its list item: "Kazakhstan
    20,340", "Novosibirsk oblast 11,280"."""
    lead = re.split(r"[,;:]|\.\s|\band\b", text[max(0, f.quantity.phrase_start - 30) :
                                          f.quantity.phrase_start])[-1]  # fmt: skip
    m = NAME_RE.search(lead)
    return m.group(1) if m else None


def name_after(text: str, f: Located) -> str | None:
    """The capitalised name printed right after a count: "2,637 Germans", "896 Greeks"."""
    m = NAME_AFTER_RE.match(text, f.quantity.end)
    return m.group(1) if m else None


def find_member(
    s: Sentence,
    upto: int,
    lists: Sequence[tuple[str, list[Located]]],
    rival: str | None = None,
    subject_at: int | None = None,
) -> tuple[Located, list[Located], bool, bool] | None:
    """The subject's count and its list, nearest list first, whether that list is the
    sentence right before, and whether the member was found by its own count (a surer
    reading than by a name or a period). ``subject_at``: where the subject begins, when the
    words set it apart (an apposed rank), else after the last clause break before ``upto``."""
    text = s.passage.text
    head = s.text[: upto - s.start]
    clause = s.start + max((m.end() for m in CLAUSE_RE.finditer(head)), default=0)
    if subject_at is not None:
        clause = subject_at
    own = [f for f in s.figures if is_count(f) and clause <= f.quantity.start < upto
           and not RATE_AFTER_RE.match(text, f.quantity.end)]  # fmt: skip
    if len(own) > 1 and APPOSED_RE.fullmatch(text, own[-1].quantity.end, upto):
        own = own[-1:]  # "..., 410 at C and 380 at D, the lowest of the four": D's count
    head = text[clause:upto]
    periods = [period_key(m.group(1)) for m in PERIOD_WORD_RE.finditer(head)]
    periods += [period_key(m.group(1)) for m in IN_PERIOD_RE.finditer(head)]
    names = set(NAME_RE.findall(head)) - {rival}  # "second only to Galanta": the rival
    nouns = head_nouns(head)
    subject = definite_subject(head)
    between: list[Located] = []  # the counts of the sentences between the list and the rank
    unfigured = False  # a sentence between prints no figure: the text has moved on
    for list_text, counts in reversed(lists):
        found = [f for f in members(list_text, counts) if not is_rest_or_whole(f)]
        # the list is the last thing counted before the rank in its passage, and the
        # sentences between go on with its figures: its shares, rates or total only
        # ("Their sum, 93,548, agrees ...", "Tashkent thus received 31.1%, ...")
        total = sum(f.quantity.mid for f in found)
        right_before = bool(counts) and counts[0].passage is s.passage and not unfigured and all(
            abs(f.quantity.mid - total) < 1 or is_rest_or_whole(f) for f in between
        )
        if not found:
            between += [f for f in counts if is_count(f)]
            unfigured = unfigured or not counts
            continue
        if len(own) == 1:
            same = [f for f in found if f.quantity.mid == own[0].quantity.mid]
            if len(same) == 1:
                return same[0], found, right_before, True
            continue
        if own:
            continue
        by_period = [f for f in found if label_of(f) in periods] if periods else []
        if len(by_period) == 1:
            return by_period[0], found, right_before, False
        by_name = [f for f in found
                   if name_before(list_text, f) in names or name_after(list_text, f) in names]
        if len(by_name) == 1:
            return by_name[0], found, right_before, False
        by_order = member_in_order(found, names) if not by_name else None
        if by_order is not None:
            return by_order, found, right_before, False
        by_noun = [f for f in found if noun_after(list_text, f) in nouns] if nouns else []
        if not by_name and len(by_noun) == 1:
            return by_noun[0], found, right_before, False
        by_item = [f for f in found if subject in item_words(list_text, f)] if subject else []
        if not by_name and not by_noun and len(by_item) == 1:
            return by_item[0], found, right_before, False
    return None


#: a run of names: "Khar-Nur, Bagabut, Tsagan-Tala, Ergeni, Sarpa and Dörvöd"
NAME_RUN_RE = re.compile(r"[A-Z][\w-]+(?:,\s+[A-Z][\w-]+)+,?\s+and\s+[A-Z][\w-]+")


def member_in_order(found: list[Located], names: set[str]) -> Located | None:
    """The member a name gives when the list prints its counts bare, in the order of a run
    of as many names right before them, in their sentence or the one before ("six uluses:
    Khar-Nur, Bagabut, ... They gave 19,840, 17,215, ... in that order")."""
    first = found[0]
    spans = first.passage.sentences
    if not spans or not names:
        return None
    start = spans[max(0, first.sentence - 1)][0]
    text = first.passage.text
    runs = list(NAME_RUN_RE.finditer(text, start, first.quantity.start))
    if not runs or any(f.quantity.start < runs[-1].end() for f in found):
        return None
    items = re.split(r",\s+(?:and\s+)?|\s+and\s+", runs[-1].group())
    if len(items) != len(found):
        return None
    hits = [f for item, f in zip(items, found, strict=True)
            if set(NAME_RE.findall(item)[:1]) & names]  # fmt: skip
    return hits[0] if len(hits) == 1 else None


#: The plain noun printed right after a count: "34,200 camels", "205,900 cattle".
NOUN_AFTER_RE = re.compile(r"\s+([a-z]{4,})\b")
NOUN_STEM = 5


def noun_after(text: str, f: Located) -> str | None:
    """The stem of the plain noun right after a count ("34,200 camels": "camel")."""
    m = NOUN_AFTER_RE.match(text, f.quantity.end)
    return m.group(1)[:NOUN_STEM] if m else None


def head_nouns(head: str) -> set[str]:
    """The stems of the plain words of a rank's subject ("The camels, the smallest of the
    herds": "camel"), each a member's noun when the list names its members by nouns."""
    return {w[:NOUN_STEM] for w in re.findall(r"\b[a-z]{4,}\b", head.lower())}


def of_the_n(text: str) -> int | None:
    """N in "of the four", "of the 6": the group a rank is taken in."""
    m = OF_THE_N_RE.search(text)
    if m is None:
        return None
    raw = m.group(1).lower()
    return int(raw) if raw.isdigit() else NUMBER_WORDS.index(raw) + 2


def has_rank_word(s: Sentence) -> bool:
    """A cheap first test, run on every sentence: a word a rank or superlative needs. The
    patterns of ``list_ranks`` need one whole (the set test of the sentence's cue record);
    the search of the words grouped by first letter after it keeps texts of odd case
    folding as they were."""
    return s.says_any(RANK_WORD_SET) and any_of(RANK_WORDS).search(s.lower) is not None


def list_ranks(
    s: Sentence, lists: Sequence[tuple[str, list[Located]]]
) -> list[tuple[Finding, bool]]:
    """Superlatives, ordinal ranks and "second only to" of a list member, each with whether
    its member was found by the count its own clause prints."""
    out: list[tuple[Finding, bool]] = []
    for m, kind in [
        *((m, "super") for m in SUPERLATIVE_RE.finditer(s.text)),
        *((m, "rank") for m in RANK_RE.finditer(s.text)),
        *((m, "second") for m in SECOND_ONLY_RE.finditer(s.text)),
        *((m, "apposed") for m in apposed_ranks(s.text)),
    ]:
        if kind == "rank" and SECOND_ONLY_RE.match(s.text, m.start(1)):
            continue  # "came second only to": read once, as "second only to"
        clause = max((c.end() for c in CLAUSE_RE.finditer(s.text, 0, m.start())), default=0)
        if kind == "apposed":  # "A held 34 per cent and B, second in size, ...": B only
            clause = subject_start(s.text, m.start())
        named_here = kind == "super" and named_clause(s.text, m.start())
        if named_here:  # "..., 6,910 in all, April being the busiest month": April only
            clause = subject_start(s.text, m.start())
        if RATE_WORDS_RE.search(s.text, clause, m.end() + RATE_WORDS_AFTER) or (
            ranks_printed_measure(s, clause, m.start())
        ):
            continue  # "had the lowest rate of breakage" ranks rates, not the counts
        start, end = s.start + m.start(1 if kind != "second" else 0), s.start + m.end()
        found = find_member(s, s.start + m.start(), lists_of(s, lists),
                            rival_of(s.text, m.end()) if kind == "second" else None,
                            s.start + clause if kind == "apposed" or named_here else None)
        if found is None:
            continue
        f, peers, right_before, by_count = found
        if kind == "super" and counts_another_noun(m.group(1), s.text, m.end(), peers):
            continue  # "had the fewest barracks": not the people the list counts
        # a rank on its own sentence's list gives way to the other readings of the sentence
        by_count = by_count and not (peers[0].passage is s.passage and peers[0].sentence == s.index)
        ordered = sorted((p.quantity.mid for p in peers), reverse=True)
        rank = ordered.index(f.quantity.mid) + 1
        word = m.group(1).lower() if kind != "second" else "second only to"
        if kind == "super":
            said = 1 if word in TOP else len(ordered)
            wrong = f"not the {word}"
        else:
            said = 2 if kind == "second" else ORDINAL_WORDS.index(word) + 1
            # second to a rival the list does not print: first of the rest
            outside = kind == "second" and rival_outside(s.text, m.end(), peers)
            said -= outside
            place = rank + outside
            wrong = ORDINAL_WORDS[place - 1] if place <= len(ORDINAL_WORDS) else f"not {word}"
        holds = rank == said
        formula = " > ".join(num(v) for v in ordered)
        # "the largest town of the river" may rank another measure: a reversed order is a
        # slip only when the words say it follows ("thus") or the list is right before
        derived = (
            right_before or DERIVED_RE.search(s.text) is not None
            or of_the_n(s.text) == len(ordered)  # "the third of the four destinations"
            or names_listed_measure(s.text, m.end(), peers)
            or share_of_listed_before(s.passage, start, peers)
        )
        verdict = Verdict.consistent if holds else (
            Verdict.inconsistent if derived else Verdict.unverifiable
        )  # fmt: skip
        out.append((Finding(
            "comparison", start, end, f.quantity.mid, verdict, formula, float(rank),
            (f, *(p for p in peers if p is not f)),
            f"{num(f.quantity.mid)} ranks {ORDINAL_WORDS[rank - 1] if rank <= 7 else rank} "
            f"of the {len(ordered)} counts of its list ({formula})",
            wrong if verdict == Verdict.inconsistent else None,
        ), by_count))  # fmt: skip
    return out



def rival_outside(text: str, after: int, peers: list[Located]) -> bool:
    """Whether "second only to NAME" names a rival the list's sentence does not print ("In
    Serres a family got 50 stremmata. In Drama 38, in Kilkis 45 ... Kilkis was second only
    to Serres"): then the member must head the list, the rival standing above it."""
    m = RIVAL_RE.match(text, after)
    if m is None or not peers:
        return False
    spans = peers[0].passage.sentences
    if not spans:
        return False
    index = peers[0].sentence
    start, end = spans[index]
    if RESPECTIVELY_RE.search(peers[0].passage.text, start, end) and index > 0:
        start = spans[index - 1][0]  # "They took 4,120, 3,380 ... respectively": named before
    return m.group(1) not in peers[0].passage.text[start:end]


def lists_of(
    s: Sentence, lists: Sequence[tuple[str, list[Located]]]
) -> Sequence[tuple[str, list[Located]]]:
    """The lists a rank of sentence ``s`` may speak of: the sentence's own when it prints
    a list of its own ("Dolinka, with 8,450, was the largest division, ahead of Spassk with
    6,120 and Akmolinsk with 4,380"; "A took 5,100, B 3,300 and C 2,200; B, the largest of
    the three"), else those printed before it."""
    own = [f for f in s.figures if is_count(f)]
    return [(s.passage.text, list(s.figures))] if len(own) >= MIN_MEMBERS else lists


def rival_of(text: str, after: int) -> str | None:
    """The name "second only to" sets above its subject ("second only to Galanta")."""
    m = RIVAL_RE.match(text, after)
    return m.group(1) if m else None


#: The noun of a definite subject opening a rank's clause: "The town, ..., came fifth".
DEFINITE_SUBJECT_RE = re.compile(r"^\s*(?:The|the)\s+([a-z]{4,})\b")
#: The words of a list item before its count: "the town of Chernivtsi 341".
ITEM_START_RE = re.compile(r"(?:[,;:]|\band\b)\s*")


def definite_subject(head: str) -> str | None:
    """The noun of "The town, ..." opening a rank's clause, lower case."""
    m = DEFINITE_SUBJECT_RE.match(head)
    return m.group(1) if m else None


def item_words(text: str, f: Located) -> set[str]:
    """The plain words of a list item printed before its count ("the town of Chernivtsi
    341": "town"): the subject "The town" names that member."""
    start = max(0, f.quantity.phrase_start - 40)
    cuts = [m.end() for m in ITEM_START_RE.finditer(text, start, f.quantity.phrase_start)]
    item = text[max(cuts, default=start) : f.quantity.phrase_start]
    return set(re.findall(r"\b[a-z]{4,}\b", item))


def with_list_ranks(found: list[Finding], ranks: list[Finding]) -> list[Finding]:
    """``found`` with the list ranks no other reading of the same words stands against; a
    rank read on no figures ("no counts printed after Stara") is no reading, and gives way
    to the list's."""
    def overlap(a: Finding, b: Finding) -> bool:
        return a.start < b.end and b.start < a.end

    read = [r for r in ranks if not any(f.inputs and overlap(f, r) for f in found)]
    kept = [f for f in found if f.inputs or not any(overlap(f, r) for r in read)]
    return kept + read


def is_reference(text: str, f: Located) -> bool:
    """Whether a figure is no member of a list: the list's own total ("the clerk's total of
    14,906"), a reference to the archive ("file 17, sheets 42 to 49") or a range."""
    start = f.quantity.phrase_start
    return f.quantity.kind == "range" or (
        NO_MEMBER_BEFORE_RE.search(text, max(0, start - 24), start) is not None
        or SHEETS_AFTER_RE.match(text, f.quantity.end) is not None
    )


#: The words after a rank that may name what it ranks: "the third-largest contingent",
#: "the third-largest of the receiving regions".
RANKED_NOUNS_RE = re.compile(r"[\s-]*(?:largest|smallest|biggest)?((?:\s+[a-z']+){1,4})")
WORD4_RE = re.compile(r"[a-z]{4,}")
NOT_MEASURE_WORDS = frozenset(("the", "of", "among", "its", "their", "in", "and", "with", "by"))


def names_listed_measure(text: str, end: int, peers: Sequence[Located]) -> bool:
    """Whether the noun a rank is said of ("the third-largest contingent") is printed in its
    list's sentence or the one before ("The largest contingent, 12,904 persons, came from
    ..."): then the rank is of the counts listed, not of another measure of the members."""
    m = RANKED_NOUNS_RE.match(text, end)
    if m is None or not peers:
        return False
    words = {w[:NOUN_STEM] for w in m.group(1).lower().split()
             if w not in NOT_MEASURE_WORDS and len(w) >= 4}  # fmt: skip
    if not words:
        return False
    first = peers[0]
    spans = first.passage.sentences
    if not spans:
        return False
    start, stop = spans[max(0, first.sentence - 1)][0], spans[first.sentence][1]
    listed = {w[:NOUN_STEM] for w in WORD4_RE.findall(first.passage.text[start:stop].lower())}
    return bool(words & listed)
