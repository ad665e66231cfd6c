"""The notation of published citations in notes: patterns and word lists.

Pages ("pp. 20–23", "6–6ob"), publication facts ("(Moscow, 1995)", "(March 1979): 1–16"),
"Ibid.", "(n. X above)", the shapes of names and short forms, lead-ins ("see also",
"summed up in"), and the few word lists that tell the author's own prose from a title.
"""

from __future__ import annotations

import re

PAGES = r"\d+(?:ob)?(?:\s?[–-]\s?\d+)?(?:,\s*\d+(?:\s?[–-]\s?\d+)?(?![\d/]))*"

PAGES_TAIL = re.compile(
    rf"(?:[:,]\s*(?:vol\.\s*\d+,\s*)?(?:(?:pp?\.|chaps?\.)\s*)?(?P<pages>{PAGES})"
    r"(?!\s*(?:percent|vols?\b)))?"
)

BOOK_PAREN = re.compile(r"\((?P<info>[^()]{0,160}?),\s*(?P<year>\d{4}|in press|forthcoming)\)")

JOURNAL_PAREN = re.compile(
    r"\((?P<date>(?:[A-Z][a-z]+(?:\s?[–-]\s?[A-Z][a-z]+)?\s+)?\d{4})\)(?=\s*[:,]\s*(?:pp?\.\s*)?\d)"
)

DAY_PAREN = re.compile(r"\((?P<day>\d{1,2}\.\d{2}\.\d{2})\)(?=\s*:)")

ISSUE_ITEM = re.compile(r"\s*:\s*(?P<issue>\d+)\s?/\s?(?P<item>\d+)")

IN_PRESS = re.compile(r",\s*(?P<year>in press|forthcoming)\b")

#: (The letter opens the pattern, so the engine skips straight to it; the word boundary
#: before it is looked for behind it.)
IBID = re.compile(rf"[Ii](?<!\w[Ii])bid\.(?:,\s*(?:(?:pp?\.|ll?\.|ark\.)\s*)?(?P<pages>{PAGES}))?")

CROSS = re.compile(rf"\(\s*n\.\s*(?P<n>\d+)\s+above\s*\)(?:,\s*(?:pp?\.\s*)?(?P<pages>{PAGES}))?")

NAME_WORD = r"(?:[A-Z][\w’'\-]*\.?|de|von|van|der|du|al-)"

PERSON = rf"{NAME_WORD}(?:\s?{NAME_WORD}){{0,4}}"

AUTHORS_RE = re.compile(rf"^{PERSON}(?:(?:,\s*|,?\s+and\s*){PERSON})*$")

SHORT = re.compile(
    rf"^(?P<who>[A-Z][^,;()“”]{{0,60}}?)(?:,\s*(?P<title>“[^”]{{1,120}}”|[A-Z][^,;()]{{0,60}}?))?"
    rf"(?:,\s*(?:vol\.\s*\d+,\s*)?(?:pp?\.\s*)?|\s+pp?\.\s*)(?P<pages>{PAGES})\.?\s*$"
)

# a short form whose page numbers the extraction lost at a page break: "Martin, “…,” pp."
SHORT_CUT_OFF = re.compile(
    r"^(?P<who>[A-Z][^,;()“”]{0,60}?)(?:,\s*(?P<title>“[^”]{1,120}”|[A-Z][^,;()]{0,60}?))?"
    r",?\s*pp?\.(?P<pages>)\s*$"
)


def match_short(text: str) -> re.Match[str] | None:
    """``SHORT.match(text)``, behind a first test of how the text ends: a short form ends
    in its pages (a digit, or "ob"), then perhaps a full stop and white space. The pattern's
    lazy parts backtrack through the whole text before they fail on one that ends otherwise."""
    tail = text.rstrip().removesuffix(".")
    if not (tail[-1:].isdecimal() or tail.endswith("ob")):
        return None
    return SHORT.match(text)


def match_short_cut_off(text: str) -> re.Match[str] | None:
    """``SHORT_CUT_OFF.match(text)``, behind a first test: the text ends in "p." and white
    space."""
    if not text.rstrip().endswith("p."):
        return None
    return SHORT_CUT_OFF.match(text)

SHORT_QUOTED = re.compile(
    rf"^[“\"](?P<title>[^”\"]{{1,160}}?),?[”\"],?\s*(?:in\s+(?P<book>[^,;()]{{1,120}}?)"
    rf"(?:,\s*vol\.\s*(?P<vol>\d+))?,\s*)?(?:pp?\.\s*)(?P<pages>{PAGES})\.?\s*$"
)

BARE_SHORT = re.compile(
    r"^(?P<who>[A-Z][\w’'\-]+(?:\s+and\s+[A-Z][\w’'\-]+)?)"
    r"(?:,\s*(?P<title>“[^”]{1,80}”|[A-Z][^,;()“”]{0,60}))?\.?\s*$"
)


def opening_on_letters(branches: list[str], before: str) -> str:
    """An alternation of ``branches`` (each opening on a plain letter) that matches only
    where the character before the branch is not in the class ``before`` (or nothing is):
    ``(?:^|(?<=[^...]))(?:b1|b2)`` with the test put behind each branch's first letter,
    ``b(?<!X.)1``. The regex engine skips straight to those letters instead of trying the
    look-behind at every position; the matches are the same (``^`` without MULTILINE is the
    string's start, where the look-behind finds nothing before it either)."""
    return "|".join(f"{b[0]}(?<!{before}.){b[1:]}" for b in branches)


#: Lead-ins taken wherever they stand: after a space, bracket or stop, or at the start.
STRONG_LEADIN = re.compile(
    "(?:"
    + opening_on_letters(
        [r"See(?:\s+also)?,?", r"see(?:\s+also)?,?", r"Cf\.", r"cf\.", r"cited\s+in",
         r"summed\s+up\s+in", r"mentioned\s+in", r"article\s+by",
         r"documented\s+very\s+well\s+in", r"reproduced\s+in", r"provided\s+in",
         r"listed\s*in", r"taken\s+from", r"works\s+are"],
        r"[^\s(,.;]",
    )
    + r")(?:\s+|(?=[A-Z“]))"
)  # fmt: skip

#: Lead-ins taken only before a title has begun: after a space or bracket, or at the start.
WEAK_LEADIN = re.compile(
    "(?:" + opening_on_letters(["are", "from", "in", "by"], r"[^\s(]") + r")(?:\s+|(?=[A-Z“]))"
)

FUNCTION_WORDS = frozenset(
    [
        "the",
        "of",
        "was",
        "were",
        "is",
        "a",
        "to",
        "that",
        "this",
        "for",
        "on",
        "with",
        "by",
        "as",
        "have",
        "had",
        "been",
        "not",
        "which",
        "it",
        "an",
        "be",
        "also",
        "only",
        "are",
        "there",
        "these",
        "those",
        "but",
        "from",
    ]
)

ABBREVIATIONS = frozenset(
    [
        "ed",
        "eds",
        "vol",
        "vols",
        "no",
        "nos",
        "p",
        "pp",
        "mass",
        "calif",
        "conn",
        "ind",
        "n.y",
        "d.c",
        "n.j",
        "st",
        "diss",
        "ph.d",
        "chap",
        "chaps",
        "trans",
        "jr",
        "dr",
        "mr",
        "ia",
        "iu",
        "iu.",
        "g",
        "gg",
        "rr",
        "r",
        "st.",
        "tom",
        "ph",
    ]
)

#: A sentence's stop and the space after it (group ``gap``), up to the capital or quote that
#: opens the next sentence. (The stop opens the pattern, so the engine skips straight to
#: stops; a search for the gaps of a region starts one character before it, to take a stop
#: just before the region, as a look-behind would: ``chunks.sentence_gaps``.)
SENTENCE_END = re.compile(r"[.?!](?P<gap>[”\"]?\s*)(?=[A-Z“\"‘])")

QUOTE_SPAN = re.compile(r"“[^”]*”")

WORD_SPLIT = re.compile(r"[\s(,–—-]")

INITIAL = re.compile(r"(?:^|[a-z])[A-Z]$")

DOTTED = re.compile(r"[a-z]\.[a-z]")

#: A full stop with no space after it, between a word of three letters or more and a
#: capitalised word; a sentence ends at the match's end. (The stop opens the pattern, the
#: letters before it are looked for behind it.)
LOST_SPACE_STOP = re.compile(r"\.(?<=[a-z]{3}\.)(?=[A-Z][a-z])")

LOWER_WORD = re.compile(r"\b[a-z]{2,}\b")

LEAD_SEPARATOR = re.compile(r"[\s,;.)]+|\(|(?:and|also)(?:\s+|(?=[A-Z“]))")

AND_NEXT = re.compile(r"[\s,.;]*(?:and|as well as)\b")

SEPARATORS = re.compile(r"[\s,;.)]*")

CITATION_START = re.compile(r"[\s,.;]*(?:[A-Z“]|\()")

QUOTED = re.compile(r"[“\"](?P<title>.+?)[,.]?[”\"]")

MONTHS = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        start=1,
    )
}


_JOURNAL_DATE = re.compile(
    r"(?:(?P<m1>[A-Z][a-z]+)(?:\s?[–-]\s?(?P<m2>[A-Z][a-z]+))?\s+)?(?P<y>\d{4})"
)
_LOWER_WORD_RUN = re.compile(r"[a-z]+")
_PEOPLE_SEPARATOR = re.compile(r",\s*and\s*|\s+and\s*|,\s*")


def journal_date(text: str) -> tuple[str, int | None]:
    """'March 1979' -> ('1979-03', 1979); 'Summer 1994' -> ('1994', 1994); ranges of months
    ('January–July 1997') become an ISO interval."""
    m = _JOURNAL_DATE.fullmatch(text.strip())
    if not m:
        return text, None
    year = int(m.group("y"))
    first, last = MONTHS.get(m.group("m1") or ""), MONTHS.get(m.group("m2") or "")
    if first and last:
        return f"{year}-{first:02d}/{year}-{last:02d}", year
    if first:
        return f"{year}-{first:02d}", year
    return str(year), year


def is_prose(text: str) -> bool:
    """A sentence of the author's own prose, not a fragment of a foreign title."""
    outside_quotes = QUOTE_SPAN.sub(" ", text).strip()
    # the sentence's first word counts in lower case ("The census ..."), later capitals do not
    outside_quotes = outside_quotes[:1].lower() + outside_quotes[1:]
    words = _LOWER_WORD_RUN.findall(outside_quotes)
    if any(
        len(w) > 4 and (w.endswith("ely") or (w.endswith("ly") and w[-3] not in "aeiouy"))
        for w in words
    ):
        return True  # an English adverb ("obliquely") marks the author's own sentence
    return sum(1 for w in words if w in FUNCTION_WORDS) >= 2


def split_people(text: str) -> list[str]:
    text = text.strip().rstrip(",")
    parts = _PEOPLE_SEPARATOR.split(text)
    return [p.strip() for p in parts if p.strip()]


def looks_like_authors(text: str) -> bool:
    text = text.strip()
    return bool(text) and len(text) < 90 and bool(AUTHORS_RE.match(text))
