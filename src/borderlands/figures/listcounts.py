"""Counts of listed items without a colon: "from six districts of the region, Kupino, Karasuk
... and Suzun", "seven peoples, namely Russians, ... and Poles", "three members, an officer of
the NKVD, one of the NKGB and one of counter-intelligence".

The count (a number in words or a small numeral) comes before its noun, then a comma (and
perhaps "namely", "that is"), then the items to the end of the sentence, the last joined by
"and". A tail that reads as a clause rather than a list (a verb, a figure, an item that
begins with another count) is not a list.
"""

from __future__ import annotations

import re

from borderlands.figures.kinds import (
    CLAUSE_PIECE_RE,
    DAY_MONTH_RE,
    NUMBER_CUES,
    NUMBER_WORD,
    NUMBER_WORDS,
    Finding,
    Sentence,
    first_and_count,
    list_count,
    list_items,
    listed_counts,
)
from borderlands.figures.lexicon import TIME_WORDS
from borderlands.figures.numbers import parse_words

COMMA_HEAD_RE = re.compile(
    rf"\b({NUMBER_WORD}|\d{{1,2}})\b((?:\s+[\w’'-]+){{1,7}}?)\s*,\s+"
    r"(?:(?:namely|that is|viz\.?|to wit)\s+)?",
    re.I,
)
TOKEN_RE = re.compile(r"[a-z]+(?:-[a-z]+)?|\d+")
#: A token of TOKEN_RE of one or two digits (its digit tokens are whole runs of digits).
SHORT_NUMBER_RE = re.compile(r"(?<!\d)\d{1,2}(?!\d)")
COUNT_WORDS = frozenset(w.lower() for w in NUMBER_WORDS)
#: Every NUMBER_WORD bounded by ``\\b`` holds one of these as a whole word ("twenty-one":
#: "twenty"; keep in step with NUMBER_CUES).
NUMBER_CUE_SET = frozenset(NUMBER_CUES)
TAIL_BREAK_RE = re.compile(r"[;:()\d]")
#: A list item that starts with another count ("two women") makes the tail a clause.
COUNTED_ITEM_RE = re.compile(rf"^(?:{NUMBER_WORD}|\d)\b(?!\s+of\b)", re.I)
#: Words that make a tail a clause: "three men died, two fled and one came back".
VERB_RE = re.compile(r"\b(?:was|were|is|are|had|has|have|did|went|came|died|fled|left)\b", re.I)
#: A verb in the words between the count and the comma: "four streams ranked Bakal, ...".
PARTICIPLE_RE = re.compile(r"\b[a-z]{3,}ed\b")
#: A list of some of the things counted, not all: "including", "such as", "and others".
PARTIAL_RE = re.compile(
    r"^(?:including|such as|among them|among which|notably|especially|mainly|mostly|chiefly|"
    r"e\.g\.|for example|the largest|the biggest|the main)\b|\b(?:and others|and so on|etc)\b"
    r"|\bbeing\b|\bamong them\b",
    re.I,
)
MAX_ITEM_WORDS = 6


def comma_lists(s: Sentence) -> list[Finding]:
    """The count before a list introduced by a comma, against the items listed."""
    text = s.text
    if " and " not in text or ", " not in text:
        return []
    if not s.has_digit and not s.says_any(NUMBER_CUE_SET):
        return []  # COMMA_HEAD_RE needs a digit or a number word (or its first part) whole
    low = s.lower
    if COUNT_WORDS.isdisjoint(TOKEN_RE.findall(low)) and SHORT_NUMBER_RE.search(low) is None:
        return []  # a cheap look for a count before running the pattern
    for m in COMMA_HEAD_RE.finditer(text):
        found = listed_after(s, m)
        if found is not None:
            return [found]
    return []


#: Where a list set off by commas ends inside its sentence: after the item that holds the
#: list's "and", at a comma opening a phrase of the sentence ("..., Pargolovo and Kingisepp
#: goods yard, into 18 trains"; "... and Aktyubinsk, and settled them"), or at a semicolon.
LIST_END_RE = re.compile(
    r",\s+(?=(?:and|into|in|on|at|to|from|for|by|with|during|where|which|who|when|while|"
    r"then|but)\b)|;",
)


def list_clause(tail: str) -> str:
    """The list a tail opens with, cut where the sentence goes on after its last item."""
    first_and = re.search(r"(?:^|\s)and\s", tail)
    if first_and is None:
        return tail
    end = LIST_END_RE.search(tail, first_and.end())
    return tail[: end.start()] if end is not None else tail


#: An item that is a name: "Tajikistan", "South Kazakhstan", "Kzyl-Orda".
NAME_ITEM_RE = re.compile(r"^(?:[A-Z][\w’'-]+\s?){1,3}$")


def listed_after(s: Sentence, m: re.Match[str]) -> Finding | None:
    tail = list_clause(s.text[m.end() :].rstrip().rstrip("."))
    namely = m.group(0).rstrip().lower().endswith(("namely", "that is", "viz", "viz.", "to wit"))
    named_pair = ", " not in tail and all(NAME_ITEM_RE.match(i) for i in list_items(tail))
    if TAIL_BREAK_RE.search(tail) or (", " not in tail and not namely and not named_pair):
        return None
    if not re.search(r"(?:^|\s)and\s", tail.rsplit(", ", 1)[-1]):
        return None  # the list must end the sentence: "A, B and C, ran the stores" does not
    if PARTIAL_RE.search(tail):
        return None  # "six districts, including A, B and C": some of them, not all
    raw = m.group(1)
    n = int(raw) if raw.isdigit() else parse_words([raw])
    if n is None or not 2 <= n <= 30 or any(ch.isdigit() for ch in m.group(2)):
        return None
    if VERB_RE.search(m.group(2)) or PARTICIPLE_RE.search(m.group(2)):
        return None  # "the four streams ranked A, B and C": a clause, not a noun and its list
    items = list_items(tail)
    if (
        len(items) < 2
        or any(len(item.split()) > MAX_ITEM_WORDS for item in items)
        or any(COUNTED_ITEM_RE.match(item) for item in items)
        or VERB_RE.search(tail)
        or abs(len(items) - n) > 2
    ):
        return None
    return list_count(s, s.start + m.start(1), raw, n, items, len(items) == n, "after the comma")


#: "the four camps of the Salonica area (Kalamaria, Harmankoy, Karaburun and Mikra)", "three
#: peoples (the Chechens, the Ingush and the Kalmyks)": a count and its list in brackets
BRACKET_HEAD_RE = re.compile(rf"\b({NUMBER_WORD}|\d{{1,2}})\b((?:\s+[\w’'-]+){{1,6}})\s*$", re.I)
BRACKETED_RE = re.compile(r"\(([^()]+)\)")


def bracket_lists(s: Sentence) -> list[Finding]:
    """The count before a list in brackets, against the items listed."""
    out: list[Finding] = []
    text = s.text
    if "(" not in text:
        return out
    for b in BRACKETED_RE.finditer(text):
        if " and " not in b.group(1):
            continue
        # the count and its noun just before the bracket (a short look back: cheap)
        lead = max(0, b.start() - 80)
        m = BRACKET_HEAD_RE.search(text, lead, b.start())
        if m is None:
            continue
        raw, head, listed = m.group(1), m.group(2), b.group(1)
        if re.search(r"\d", head) or re.search(r"\d", re.sub(r"\b[A-Z][a-z]+-\d+\b", "", listed)):
            continue
        if not re.search(r"(?:^|\s)and\s", listed) or PARTIAL_RE.search(listed):
            continue
        if VERB_RE.search(head) or PARTICIPLE_RE.search(head) or VERB_RE.search(listed):
            continue
        n = int(raw) if raw.isdigit() else parse_words([raw])
        items = list_items(listed)
        if n is None or not 2 <= n <= 30 or len(items) < 2:
            continue
        if any(len(item.split()) > MAX_ITEM_WORDS for item in items):
            continue
        ok = len(items) == n
        out.append(list_count(s, s.start + m.start(1), raw, n, items, ok, "in brackets"))
    return out


#: A count, its noun with what qualifies it (up to eleven words, perhaps one aside between
#: commas: "six sectors, one for each of its districts"), a colon and the list.
COLON_HEAD_RE = re.compile(
    rf"\b({NUMBER_WORD}|\d{{1,2}})\b((?:\s+[\w’'-]+){{1,11}}?(?:,(?:\s+[\w’'-]+){{1,7}}?)?)"
    r"\s*:\s+([^:;]+)$",
    re.I,
)
#: "Jalilabad and, far to the west on the Araxes, Julfa": an aside after the last "and".
ASIDE_AFTER_AND_RE = re.compile(r"\b(and|or),\s+[^,]+,\s+")
#: Items of a list whose items hold an "and" of their own, the last set off by a comma
#: ("A, B and C, D and E, and F"): the commas alone cut it.
SERIAL_LAST_RE = re.compile(r",\s+and\s+(?=\S)")
SHORT_ITEM = 6  # words of an item in a list whose miscount is flagged
LONG_ITEM_WORDS = 12  # words of an item in a list read as agreeing with its count
#: Words of an item of a list whose items are clauses ("no settlement within 50 kilometres of
#: the frontier, none within 30 of the coast, and no more than a tenth of any village's
#: people to be newcomers"): read only when the list closes with a serial ", and" and the
#: items its commas cut agree with the count.
LONG_CLAUSE_WORDS = 20
SHORT_HEAD = 10  # words between a miscounted list's count and its colon
HEAD_SPAN = 160  # characters before the colon searched for the count


def serial_items(listed: str) -> list[str]:
    """The items of a list with a serial comma before its last "and": cut at the commas."""
    body = re.sub(r"\s*\([^()]*\)", "", listed).strip().rstrip(".”’\"'").strip()
    body = SERIAL_LAST_RE.sub(", ", body)
    return [item for item in (p.strip() for p in body.split(",")) if item]


def colon_head(text: str, colon: int) -> re.Match[str] | None:
    """The count before the colon with its noun and list; the day of a date is no count
    ("The order of 10 May 1947 laid down three conditions:", "The decree of 3 June named
    four camps:"): the count is looked for after the date."""
    pos = max(0, colon - HEAD_SPAN)
    while (m := COLON_HEAD_RE.search(text, pos)) is not None:
        date = DAY_MONTH_RE.match(text, m.start(1))
        if date is None:
            return m
        pos = date.end()
    return None


def colon_lists(s: Sentence) -> list[Finding]:
    """A count before a colon list that the plain reading (``kinds.listed_counts``) passes
    over: a longer noun phrase or an aside before the colon, items of many words, a serial
    comma before the last item, an aside after the last "and". A miscount is flagged only on
    short items after a head without a time word; long items are read only when they agree."""
    text = s.text
    colon = text.rfind(":")
    if colon < 0 or ", " not in text[colon:]:
        return []
    # the count stands at most twenty words before the colon: a short window to search
    m = colon_head(text, colon)
    if m is None:
        return []
    raw, head, listed = m.group(1), m.group(2), m.group(3)
    n = int(raw) if raw.isdigit() else parse_words([raw])
    if n is None or not 2 <= n <= 30 or re.search(r"\d", head):
        return []
    if PARTIAL_RE.search(listed):
        return []
    # items that print figures of their own ("none within 30 kilometres of the coast") are
    # read only where they agree with the count
    figured = re.search(r"\d", re.sub(r"\b[A-Z][a-z]+-\d+\b", "", listed)) is not None
    words = head.replace(",", " ").split()
    if words[0].lower() in TIME_WORDS or words[0].lower() in ("of", "in", "to", "per"):
        return []  # "two decades of rule:", "one of them:": no noun counted
    if listed_counts(s):
        return []  # read by the plain reading
    listed = ASIDE_AFTER_AND_RE.sub(r"\1 ", listed)
    readings = [list_items(listed)]
    if SERIAL_LAST_RE.search(listed):
        readings.append(serial_items(listed))
    agreeing = [r for r in readings if len(r) == n]
    items = agreeing[0] if agreeing else readings[-1]
    longest = max((len(item.split()) for item in items), default=0)
    if len(items) < 2 or longest > LONG_CLAUSE_WORDS:
        return []
    # as in the plain reading, the last item may hold an "and" of its own
    ok = bool(agreeing) or first_and_count(listed) == n
    if (figured or longest > LONG_ITEM_WORDS) and not (
        SERIAL_LAST_RE.search(listed) and len(serial_items(listed)) == n
    ):
        return []  # long items or items with figures: only a serial list that agrees
    if not ok and (
        longest > SHORT_ITEM
        or "," in head
        or len(words) > SHORT_HEAD
        or VERB_RE.search(listed)
        or any(COUNTED_ITEM_RE.match(i) or CLAUSE_PIECE_RE.search(i) for i in items)
        or abs(len(items) - n) > 2
    ):
        return []
    return [list_count(s, s.start + m.start(1), raw, n, items, ok, "after the colon")]
