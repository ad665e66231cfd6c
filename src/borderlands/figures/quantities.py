"""Quantities in prose: every figure a reader would treat as a historical quantity.

A hand-written reader over word and numeral tokens. It keeps numerals with separators and
decimals, ranges ("7,000–9,000", "84.4 to 88.0 percent"), scale words ("1.2 million"),
numbers in words ("twenty-three", "Ten thousand") and fractions in words ("over a quarter"),
with their qualifier ("about", "over", "almost") and unit or counted subject. It drops what
is not a quantity: years, days of the month, page/note/volume locators, footnote markers
glued to words, decree numbers with leading zeros (00447), archival fond/opis/delo
(``5446/20a/493``), ordinals ("48.5th", "1920s") and durations ("six months").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace
from functools import lru_cache
from itertools import accumulate, chain, compress
from operator import add, itemgetter
from typing import NamedTuple

from borderlands.figures.implied import infer_units
from borderlands.figures.lexicon import (
    CITATION_WORDS,
    FRACTIONS,
    MONTHS,
    NOT_COUNTED_NOUNS,
    QUALIFIERS,
    STOP_WORDS,
    TIME_WORDS,
    UNIT_WORDS,
    VAGUE_BEFORE,
)
from borderlands.figures.numbers import SCALES, TENS, UNITS, parse_digits, parse_words
from borderlands.figures.quantity import Quantity
from borderlands.figures.sentences import sentence_spans

TOKEN_RE = re.compile(r"\d[\d,.]*\d|\d|[^\W\d_]+(?:[-’'][^\W\d_]+)*|\S")
CLOSING = frozenset(".,;:”’)]\"'")
DASHES = frozenset("–-")
SCALE_WORDS = frozenset(("thousand", "million", "billion"))
#: The words after which "a" is a number: "a million", "a hundred".
A_COUNTS = SCALE_WORDS | {"hundred"}
PEOPLE_WITHOUT_S = frozenset(("Chinese", "Kharbintsy", "gortsy", "Japanese"))


#: Locator words that are also English words: before a count with grouped thousands
#: ("list 9,870 families", "part 12,400") they do not make it a locator (sheets, sections and
#: parts are not numbered in thousands).
ENGLISH_LOCATOR_WORDS = frozenset(("list", "part", "section", "series", "sheet", "art"))
#: Words before "list" that make it a verb: the subject or an adverb of the clause.
LIST_SUBJECTS = frozenset(("they", "we", "both", "all", "also", "which", "that", "these",
                           "those", "still", "only", "even", "often"))  # fmt: skip


LEADING_ZERO_RE = re.compile(r"0\d")
YEAR_RE = re.compile(r"1[89]\d\d|20\d\d")


class Token(NamedTuple):
    text: str
    start: int
    end: int
    gap: bool  # whitespace before it
    is_digits: bool
    is_word: bool
    lower: str


#: Every token with the whitespace before it: the token pattern's last branch takes any
#: non-space character, so whitespace is all that lies between tokens, and one ``findall``
#: gives each token's offsets by a running sum (no match object per token).
SPACED_TOKEN_RE = re.compile(r"(\s*)(" + TOKEN_RE.pattern + ")")


def tokenize(text: str) -> list[Token]:
    tokens: list[Token] = []
    append = tokens.append
    new = tuple.__new__  # a NamedTuple's own __new__ is a Python function, twice as slow
    end = 0
    for space, word in SPACED_TOKEN_RE.findall(text):
        start = end + len(space)
        end = start + len(word)
        first = word[0]
        append(
            new(
                Token,
                (word, start, end, bool(space) or start == 0, first.isdigit(), first.isalpha(),
                 word.lower()),
            )
        )  # fmt: skip
    return tokens


_SPACE = itemgetter(0)
_WORD = itemgetter(1)
_new_token = tuple.__new__

# A token never spans whitespace, so the tokens of a text are the tokens of its
# whitespace-separated pieces in turn. Each distinct piece is tokenized once per process and
# remembered (a piece's tokens do not depend on the text); emptied when it grows past this
# many pieces, to bound memory.
_PIECE_CACHE_LIMIT = 1 << 16  # about 13 MiB at 200 bytes a piece; 6,600 in the founding article
#: A piece's tokens.
_WORDS_OF_PIECE: dict[str, tuple[str, ...]] = {}
#: The width of each token of a piece with the space before it: the first token's length
#: plus one (the single space before the piece), the others' lengths.
_WIDTHS_OF_PIECE: dict[str, tuple[int, ...]] = {}


def learn_pieces(pieces: list[str]) -> None:
    """Tokenize the pieces not yet known (each non-empty and free of whitespace)."""
    words_of, widths_of = _WORDS_OF_PIECE, _WIDTHS_OF_PIECE
    missing = set(pieces).difference(words_of)  # membership in the dict, tested in C
    if not missing:
        return
    if len(words_of) + len(missing) > _PIECE_CACHE_LIMIT:
        words_of.clear()
        widths_of.clear()
        missing = set(pieces)
    findall = TOKEN_RE.findall
    for piece in missing:
        words = tuple(findall(piece))
        words_of[piece] = words
        widths_of[piece] = (len(words[0]) + 1, *map(len, words[1:]))


class LazyTokens(dict[int, Token]):
    """The tokens of a text by index, as :func:`tokenize` gives them, each made on first use.

    The reader visits only the tokens that may start a quantity and a few around each, a
    small part of a text's tokens: the tokens' texts and their offsets (a running sum, in C)
    are found for all, the ``Token`` tuples only for those read. A text whose pieces are
    separated by single spaces (the reading text of a paragraph or note) is cut by
    ``str.split`` and its pieces' remembered tokens joined, all in C; any other text is
    tokenized by one ``findall``. Index as a list (a negative index counts from the end); no
    slices; ``size`` is the number of tokens."""

    __slots__ = ("ends", "size", "words")

    def __init__(self, text: str) -> None:
        super().__init__()
        pieces = text.split()
        widths: Iterable[int]
        if " ".join(pieces) == text:
            learn_pieces(pieces)
            self.words: list[str] = list(
                chain.from_iterable(map(_WORDS_OF_PIECE.__getitem__, pieces))
            )
            widths = chain.from_iterable(map(_WIDTHS_OF_PIECE.__getitem__, pieces))
            start = -1  # the first piece has no space before it
        else:
            pairs = SPACED_TOKEN_RE.findall(text)
            self.words = list(map(_WORD, pairs))
            widths = map(add, map(len, map(_SPACE, pairs)), map(len, self.words))
            start = 0
        #: ``ends[i + 1]`` is where token ``i`` ends; ``ends[0]`` stands before the first
        self.ends: list[int] = list(accumulate(widths, initial=start))
        self.size = len(self.words)

    def __missing__(self, i: int) -> Token:
        k = i + self.size if i < 0 else i
        word = self.words[k]
        end = self.ends[k + 1]
        start = end - len(word)
        first = word[0]
        token: Token = _new_token(
            Token,
            (word, start, end, k == 0 or self.ends[k] != start, first.isdigit(),
             first.isalpha(), word.lower()),
        )  # fmt: skip
        self[i] = token
        return token


#: Cheap first test for a word that might start a number in words or a fraction.
NUMBERISH_RE = re.compile(
    "(?i)^(?:"
    + "|".join(sorted((*UNITS, *TENS, *SCALES, *FRACTIONS, "a"), key=len, reverse=True))
    + ")"
)


@lru_cache(maxsize=1 << 16)
def may_start_quantity(text: str) -> bool:
    """Whether a token's text may start a quantity, by the tests of ``_Reader.run`` that
    read the text alone: it starts with a digit, or it is a word that starts like a number
    word or a fraction (``NUMBERISH_RE``) and is a fraction, a number word, a number glued
    to a unit, or "a" ("and", "as", "all" are not)."""
    first = text[0]
    if first.isdigit():
        return True
    if not first.isalpha() or NUMBERISH_RE.match(text) is None:
        return False
    lower = text.lower()
    return (
        lower in FRACTIONS
        or is_number_word(text)
        or split_number_compound(text) is not None
        or lower == "a"
    )


#: Words that may follow "a fifth": "a fifth of the", "a fifth were former officials".
FRACTION_NEXT = frozenset(("of", "the", "its", "were", "was", "had"))
#: An age after a person noun and a bound: "children under sixteen", "men over 60".
AGE_BOUNDS = frozenset(("under", "over", "above", "below", "aged"))
AGE_NOUNS = frozenset(("children", "child", "boys", "girls", "men", "women", "persons",
                       "people", "youths", "adults", "those", "settlers", "deportees",
                       "exiles", "prisoners"))  # fmt: skip
#: Nouns after "one in N" that make it no share of people: "one in ten cases" is kept apart
#: by the rules, "one in three times" is a frequency.
ONE_IN_NOT_SHARES = frozenset(("times", "nights", "thousand", "cases"))

#: Verbs of being before an age bound: "were under forty", "was over sixty".
COPULAS = frozenset(("were", "was", "are", "is", "be", "been", "being"))
#: Words before "half" that make it a stretch of time or a part of a thing, not a share.
HALF_OF_TIME = frozenset(("first", "second", "latter", "last", "other", "early", "late"))
#: Words that make a bare "half" a share: "about half,", "over half.", "nearly half)".
#: Verbs whose particle "up to" is no bound: "the parts add up to 4,200".
ADDING_VERBS = frozenset(("add", "adds", "added", "adding", "sum", "sums", "summed", "summing",
                          "tot", "tots", "totted", "totting"))  # fmt: skip
#: Verbs whose particle "over" is no bound ("handed over 21,904 head"); "took over 120
#: farms" may be either, and stays a bound.
OVER_VERBS = frozenset(("hand", "hands", "handed", "handing", "turn", "turns", "turned",
                        "turning", "sign", "signs", "signed", "signing"))  # fmt: skip
HALF_QUALIFIERS = frozenset(("about", "nearly", "almost", "over", "roughly", "some", "than",
                             "under", "barely", "just", "only"))  # fmt: skip

#: Words after "a" that make no divisor: "three a piece" is a price, "two a fortnight" time.
RATE_NOT_DIVISORS = frozenset(("fortnight", "piece", "head", "few", "little", "lot", "half",
                               "third", "quarter", "hundred", "thousand", "million", "dozen",
                               "time", "night", "morning", "evening"))  # fmt: skip

#: Words that open a noun phrase: after a figure's next word they make that word a verb.
OBJECT_STARTS = frozenset(("the", "a", "an", "its", "their", "his", "her", "this", "these",
                           "those", "our", "all", "some"))  # fmt: skip

DEFINITE_BEFORE = frozenset(("the", "all", "these", "those", "both", "first", "last"))


def ends_with_month(word: str) -> str | None:
    """The month a word is or ends with ("august", "theaugust" from a lost space)."""
    for month in MONTHS:
        if word.endswith(month):
            return month
    return None


def compound_unit(word: str) -> str | None:
    """The unit of a compound adjective's head: "kilometer-wide" -> "km"."""
    head = word.split("-", 1)[0]
    return UNIT_WORDS.get(head) or UNIT_WORDS.get(head.lower())


def is_number_word(word: str) -> bool:
    w = word.lower()
    if w in UNITS or w in TENS or w in SCALES:
        return True
    parts = w.split("-")
    return len(parts) == 2 and parts[0] in TENS and parts[1] in UNITS


GLUED_NUMBER_RE = re.compile(
    "^(" + "|".join(sorted((*TENS, *UNITS), key=len, reverse=True)) + ")(.+)$", re.IGNORECASE
)


def split_number_compound(word: str) -> tuple[str, str] | None:
    """ "three-year" -> ("three", "year"); "twenty-three" is a number, not a compound.

    Also a compound whose hyphen was lost at a line end: "fifteenkilometer"."""
    if "-" not in word:
        m = GLUED_NUMBER_RE.match(word)
        if m is None:
            return None
        rest = m.group(2).lower()
        if rest in UNIT_WORDS or rest in TIME_WORDS:
            return m.group(1), m.group(2)
        return None
    if is_number_word(word):
        return None
    head, rest = word.split("-", 1)
    if is_number_word(head):
        return head, rest
    return None


def is_counted_noun(word: str) -> bool:
    """A plural noun in lower case the lexicon does not know ("echelons", "dönüms"): printed
    right after a number, it is what the number counts, so the figure takes no unit from the
    figures before it (its subject is the noun, its unit stays unknown)."""
    return (
        len(word) > 3
        and word.isalpha()
        and word.islower()
        and word.endswith("s")
        and not word.endswith(("ss", "us", "is"))
        and word not in NOT_COUNTED_NOUNS
        and word not in STOP_WORDS
    )


class _Reader:
    """One pass over the tokens of a text; ``run`` returns the quantities in order."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.tokens = LazyTokens(text)
        self.size = self.tokens.size
        self.citation_idx: set[int] = set()

    def tok(self, i: int) -> Token | None:
        return self.tokens[i] if 0 <= i < self.size else None

    def run(self) -> list[Quantity]:
        found: list[Quantity] = []
        tokens = self.tokens
        # only a token that starts with a digit or a number-like word can start a quantity:
        # the others are skipped in C, by a cached test of their text
        words = tokens.words
        starts = compress(range(self.size), map(may_start_quantity, words))
        last = self.size - 1
        i = 0
        for k in starts:
            if k < i:
                continue  # inside a quantity already read
            i = k
            if (words[k] == "a" or words[k] == "A") and (
                k == last or words[k + 1].lower() not in A_COUNTS
            ):
                i += 1  # the most common start, and seldom a number: told by the texts alone
                continue
            t = tokens[i]
            result: tuple[Quantity | None, int] | None = None
            if t.is_digits:
                result = self.read_digits(i)
            elif t.lower in FRACTIONS:
                result = self.read_fraction(i)
            elif is_number_word(t.text) or split_number_compound(t.text):
                result = self.read_words(i)
            elif t.lower == "a" and self.tok(i + 1) is not None:
                nxt = tokens[i + 1]
                if nxt.lower in SCALE_WORDS or nxt.lower == "hundred":
                    result = self.read_words(i)
            if result is None:
                i += 1
                continue
            quantity, next_i = result
            if quantity is not None and not self.is_age(i, quantity):
                found.append(quantity)
            i = max(next_i, i + 1)
        return found

    # -- context tests -------------------------------------------------------------------

    def is_age(self, i: int, quantity: Quantity) -> bool:
        """An age bound, not a count: "children under sixteen", "men over 60", "persons aged
        18", and a bound in words said of people: "35 percent of these were under forty",
        "4,306 were over sixty" (a count printed so would carry its unit: "were under 5,000
        persons")."""
        bound, noun = self.tok(i - 1), self.tok(i - 2)
        if bound is None or bound.lower not in AGE_BOUNDS or noun is None:
            return False
        if noun.lower in AGE_NOUNS or (bound.lower == "aged" and noun.lower in COPULAS):
            return True
        return (
            noun.lower in COPULAS and not self.tokens[i].is_digits and quantity.kind == "number"
            and (quantity.value or 0) <= 100 and quantity.phrase_end == quantity.end
        )  # fmt: skip

    def is_citation_locator(self, i: int) -> bool:
        prev = self.tok(i - 1)
        if prev is None:
            return False
        if prev.text == "." and (p2 := self.tok(i - 2)) and p2.lower in CITATION_WORDS:
            return True
        if prev.is_word and prev.lower.rstrip(".’'") in CITATION_WORDS:
            # "the returns list 9,870 families": an English word before a grouped count
            if prev.lower in ENGLISH_LOCATOR_WORDS and "," in self.tokens[i].text:
                return False
            return not (prev.lower == "list" and self.is_verb_list(i - 1))
        if prev.text in (",", "–", "-", "and", "&", "to") and (i - 2) in self.citation_idx:
            return True
        p2 = self.tok(i - 2)
        if prev.text != ":" or p2 is None:
            return False
        # "in 1941: 4,950 of 37,800" lists figures after a year; "38:12" is volume and page
        after_year = YEAR_RE.fullmatch(p2.text) and self.tokens[i].gap
        # ... and "came to 6,510: 1,940 in March" lists parts after a grouped total
        grouped = "," in p2.text and self.tokens[i].gap
        return p2.text == ")" or (p2.is_digits and not after_year and not grouped)

    def is_verb_list(self, j: int) -> bool:
        """Whether "list" at token ``j`` is the verb of a clause ("They list 214 escapes",
        "the returns list 86 deaths"), not the sheet of a file ("d. 89, list 214"): its
        subject, a pronoun or a plural noun, stands right before it; a sheet follows a comma,
        a bracket or a preposition."""
        subject = self.tok(j - 1)
        if subject is None or not subject.is_word:
            return False
        word = subject.lower
        return word in LIST_SUBJECTS or (
            len(word) > 3 and word.endswith("s") and word.isalpha() and subject.text.islower()
            and word not in CITATION_WORDS
        )  # fmt: skip

    def is_journal_volume(self, j: int) -> bool:
        """ "Slavic Review 38 (March 1979)" or "Studies 18, no. 1": a volume number."""
        nxt = self.tok(j)
        if nxt is None:
            return False
        if nxt.text == ",":
            after = self.tok(j + 1)
            return after is not None and after.lower in CITATION_WORDS
        if nxt.text != "(":
            return False
        for k in range(j + 1, min(j + 6, self.size)):
            tk = self.tokens[k]
            if tk.text == ")":
                return False
            if tk.is_digits and YEAR_RE.fullmatch(tk.text):
                return True
        return False

    def is_unit_word(self, k: int) -> bool:
        word = self.tok(k)
        return word is not None and (word.text in UNIT_WORDS or word.lower in UNIT_WORDS)

    def starts_object(self, k: int) -> bool:
        """Whether token ``k`` opens a noun phrase, so the word before it is a verb: "the
        total of 17,940 matches the lists"."""
        nxt = self.tok(k)
        return nxt is not None and nxt.lower in OBJECT_STARTS

    def is_rate_divisor(self, j: int) -> bool:
        """Whether the words from token ``j`` name what a figure is counted per: "to a
        family", "to an echelon", "per wagon", "a household", "for each train" (not a
        stretch of time: "a day", "per year")."""
        first = self.tok(j)
        if first is None:
            return False
        k = j + 1
        if first.lower == "to" or first.lower == "for":
            article = self.tok(k)
            wanted = ("a", "an") if first.lower == "to" else ("each", "every")
            if article is None or article.lower not in wanted:
                return False
            k += 1
        elif first.lower not in ("per", "a", "an"):
            return False
        noun = self.tok(k)
        return (
            noun is not None and noun.is_word and noun.lower not in TIME_WORDS
            and noun.lower not in STOP_WORDS and noun.lower not in VAGUE_BEFORE
            and noun.lower not in RATE_NOT_DIVISORS
        )  # fmt: skip

    def qualifier_before(self, i: int) -> tuple[str | None, int]:
        """The qualifier printed just before token ``i`` and the index where it starts."""
        for width in (3, 2, 1):
            if i - width < 0:
                continue
            words = [self.tokens[k] for k in range(i - width, i)]
            if not all(w.is_word for w in words):
                continue
            phrase = " ".join(w.lower for w in words)
            if phrase in QUALIFIERS:
                if self.is_particle(phrase, i - width):
                    return None, i
                return phrase, i - width
        return None, i

    def is_particle(self, phrase: str, start: int) -> bool:
        """Whether a qualifier's words starting at token ``start`` are the particle of a verb
        before them, not a bound: "added these up to 1,816" is the sum itself, "handed over
        21,904" the count handed."""
        before = [t.lower for k in range(start - 3, start) if (t := self.tok(k)) and t.is_word]
        if phrase == "up to":
            return any(w in ADDING_VERBS for w in before)
        return phrase == "over" and bool(before) and before[-1] in OVER_VERBS

    def unit_after(self, j: int) -> tuple[str, str | None, int, bool]:
        """(unit, subject, end offset, is_duration) for the words after index ``j``."""
        first = self.tok(j)
        if first is None:
            return "", None, -1, False
        if first.text == "%":
            return "percent", None, first.end, False
        if first.lower == "per" and (c := self.tok(j + 1)) and c.lower == "cent":
            return "percent", None, c.end, False
        if first.text in DASHES and not first.gap:
            w = self.tok(j + 1)
            if w is None or not w.is_word or w.gap:
                return "", None, -1, False
            head = w.text.split("-", 1)[0]
            if head.lower() in TIME_WORDS:
                return "", None, w.end, True
            unit = compound_unit(w.text)
            return (unit or ""), None, (w.start + len(head) if unit else -1), False
        for k in range(j, min(j + 5, self.size)):
            tk = self.tokens[k]
            if not tk.is_word:
                return "", None, -1, False
            word = tk.text
            if k > j and tk.lower == "and":
                continue
            if tk.lower in STOP_WORDS and not (k == j and tk.lower == "times"):
                return "", None, -1, False
            if tk.lower == "per":
                return "", None, -1, False  # "6 per household": the divisor, not the unit
            if k > j and is_number_word(word) and self.tokens[k - 1].lower not in ("and", "or"):
                # "one another like two souls": the next figure's noun ("two German and
                # three American correspondents" share theirs)
                return "", None, -1, False
            head = word.split("-", 1)[0]
            for cand in (word, head, word.lower(), head.lower()):
                if cand in UNIT_WORDS:
                    subject = self.text[first.start : tk.end] if k > j else word
                    unit = UNIT_WORDS[cand]
                    return unit, (None if unit in ("percent", "times") else subject), tk.end, False
            if head.lower() in TIME_WORDS:
                return "", None, tk.end, True
            if (
                k == j and is_counted_noun(word) and not self.starts_object(k + 1)
                and not self.is_unit_word(k + 1)  # "1,420 goods wagons": a noun of a noun
            ):  # fmt: skip
                return "", word, -1, False  # "34 echelons", "81,620 dönüms": no unit to infer
            if "’" in word or "'" in word:
                return "", None, -1, False  # a possessive: "Ukraine’s Polish population"
            if word[0].isupper() and (
                (word.endswith("s") and len(word) > 3 and not word.endswith("ss"))
                or word in PEOPLE_WITHOUT_S
            ):
                return "persons", self.text[first.start : tk.end], tk.end, False
        return "", None, -1, False

    # -- readers -------------------------------------------------------------------------

    def read_digits(self, i: int) -> tuple[Quantity | None, int] | None:
        t = self.tokens[i]
        prev = self.tok(i - 1)
        parsed = parse_digits(t.text)
        if parsed is None:
            return None
        trimmed_end: int | None = None
        if "." in t.text:
            whole, frac = t.text.split(".", 1)
            if "," not in whole and len(whole) == 4 and 1000 <= int(whole) <= 2099:
                return None  # a year followed by a footnote marker: "1953.35"
            if "," in whole and len(frac) >= 3:
                parsed = parse_digits(whole)  # "168,009.106": a figure, then marker 106
                if parsed is None:
                    return None
                trimmed_end = t.start + len(whole)
        # Glued to what precedes it: a footnote marker ("Asia.”1") or an archival locator.
        if prev is not None and not t.gap and (prev.is_word or prev.text in CLOSING):
            self.citation_idx.add(i)
            return None
        ratio_slash = "," in t.text  # "85,299/157,438" is a ratio; "5446/20a/493" a locator
        if prev is not None and prev.text == "/" and not ratio_slash:
            self.citation_idx.add(i)
            return None
        if LEADING_ZERO_RE.match(t.text):
            return None  # decree numbers: 00447, 00485, 00593
        if self.is_citation_locator(i):
            self.citation_idx.add(i)
            return None
        # the next token is made only now: most digits (markers, locators) end above
        nxt = self.tok(i + 1)
        scale = 1.0
        j = i + 1
        if nxt is not None and not nxt.gap:
            if nxt.text == "/" and not ratio_slash:
                self.citation_idx.add(i)
                return None
            w = self.tok(i + 2)
            if (
                nxt.text in DASHES
                and w is not None
                and w.is_word
                and not w.gap
                and compound_unit(w.text) is None
            ):
                return None  # "30-kh", "20-e": a word glued to the number, not a unit
            if nxt.is_word:
                if nxt.lower in SCALE_WORDS:
                    scale = float(SCALES[nxt.lower])
                    j = i + 2
                else:
                    return None  # "1920s", "48.5th", "141ob", "L192465"
        value = parsed.value
        plain_int = "," not in t.text and "." not in t.text
        if plain_int and len(t.text) == 4 and 1000 <= value <= 2099:
            return None, self.skip_range(i)  # a year, or a year range "1912–53"
        if prev is not None and plain_int and value <= 31 and ends_with_month(prev.lower):
            return None, self.skip_day_range(i)  # "October 4", "October 4–5", "May 12 to 14"
        if (
            plain_int
            and 1 <= value <= 31
            and nxt is not None
            and nxt.is_word
            and nxt.text[:1].isupper()
            and nxt.lower in MONTHS
        ):
            return None  # a day before its month: "10 May", "by 1 August"
        if (
            plain_int
            and nxt is not None
            and nxt.text == "."
            and (prev is None or prev.text in (".", ":", "?", "!"))
            and (after := self.tok(i + 2)) is not None
            and after.text[:1].isupper()
        ):
            return None  # a numbered list item in a quoted document
        if (
            plain_int
            and value < 100
            and nxt is not None
            and nxt.text == ")"
            and (prev is None or prev.text in (".", ":", ";", "?", "!"))
        ):
            return None  # a list label: "...: 1) a seminar ... 2) a reading"
        if self.is_journal_volume(j):
            return None
        if (w := self.tok(j)) is not None and w.lower in ("vols", "vol", "pp"):
            return None  # "3 vols."
        low = high = None
        end_tok = i
        step = parsed.step
        if scale == 1.0:
            rng = self.range_after(i + 1)
            if rng is not None:
                if isinstance(rng, str):
                    return None
                high_val, high_step, high_scale, end_tok = rng
                if high_scale != 1.0:
                    scale = high_scale
                low, high = value * scale, high_val * scale
                step = min(step, high_step) * scale
                j = end_tok + 1 + (1 if high_scale != 1.0 else 0)
            else:
                nx = self.tok(j)
                if nx is not None and nx.lower in SCALE_WORDS:
                    scale = float(SCALES[nx.lower])
                    j += 1
        else:
            end_tok = i + 1
        if low is None:
            value *= scale
            step *= scale
        numeral_end = self.tokens[j - 1].end
        if trimmed_end is not None and j - 1 == i:
            numeral_end = trimmed_end
        return self.finish(i, numeral_end, j, value, low, high, step, "number")

    def range_after(self, k: int) -> tuple[float, float, float, int] | str | None:
        """A range's upper end after token ``k - 1``: ``–9,000``, ``- to 150``, `` to 88.0``."""
        dash = self.tok(k)
        if dash is None:
            return None
        m = k
        if dash.text in DASHES and not dash.gap:
            m = k + 1
            to = self.tok(m)
            if to is not None and to.lower == "to":
                m += 1
        elif dash.lower == "to":
            before = self.tok(k - 2)
            if before is not None and before.lower in ("from", "between"):
                return None
            m = k + 1
        else:
            return None
        num = self.tok(m)
        if num is None:
            return None
        if num.is_digits:
            parsed = parse_digits(num.text)
            if parsed is None:
                return "skip"
            after = self.tok(m + 1)
            if after is not None and not after.gap and after.is_word:
                if after.lower in SCALE_WORDS:
                    return parsed.value, parsed.step, SCALES[after.lower], m
                return "skip"
            if after is not None and not after.gap and after.text in DASHES:
                w = self.tok(m + 2)
                if w is not None and w.is_word and not w.gap and compound_unit(w.text) is None:
                    return "skip"
            scale = 1.0
            if after is not None and after.lower in SCALE_WORDS:
                scale = float(SCALES[after.lower])
            return parsed.value, parsed.step, scale, m
        return None

    def skip_day_range(self, i: int) -> int:
        """Past a day of the month and the day that ends its range, if any: "4–5", "12 to
        14" after the month."""
        nxt = self.tok(i + 1)
        after = self.tok(i + 2)
        if (
            nxt is not None
            and (nxt.text in DASHES or nxt.lower in ("to", "and", "through"))
            and after is not None
            and after.is_digits
            and len(after.text) <= 2
            and int(after.text) <= 31
        ):
            return i + 3
        return i + 1

    def skip_range(self, i: int) -> int:
        nxt = self.tok(i + 1)
        after = self.tok(i + 2)
        if nxt is not None and nxt.text in DASHES and after is not None and after.is_digits:
            return i + 3
        return i + 1

    def read_words(self, i: int) -> tuple[Quantity | None, int] | None:
        prev = self.tok(i - 1)
        if prev is not None and prev.lower in VAGUE_BEFORE:
            return None
        definite = prev is not None and prev.lower in DEFINITE_BEFORE
        words: list[str] = []
        k = i
        glued_unit: str | None = None
        while k < self.size:
            tk = self.tokens[k]
            if not tk.is_word:
                break
            if k == i and tk.lower == "a":
                words.append("a")
                k += 1
                continue
            if is_number_word(tk.text):
                words.append(tk.text)
                k += 1
                continue
            if tk.lower == "and" and words and (n2 := self.tok(k + 1)) and is_number_word(n2.text):
                k += 1
                continue
            compound = split_number_compound(tk.text)
            if compound is not None:
                words.append(compound[0])
                glued_unit = compound[1]
                k += 1
            break
        value = parse_words(words)
        if value is None or not words:
            return None
        if glued_unit is None and value <= 10:
            if value == 1 and (one_in := self.one_in(i, k)) is not None:
                return one_in
            if (half_times := self.half_times(i, k, value)) is not None:
                return half_times
        last = self.tokens[k - 1]
        numeral_end = last.start + len(words[-1]) if glued_unit else last.end
        is_small = value <= 10 and not any(w.lower() in SCALES for w in words)
        low = high = None
        j = k
        if glued_unit is None:
            rng = self.word_range_after(k, value)
            if rng is not None:
                high_val, high_scale, end_k, high_glued, high_end = rng
                low, high = float(value) * high_scale, high_val * high_scale
                j = end_k
                glued_unit = high_glued
                numeral_end = high_end
        if glued_unit is not None:
            head = glued_unit.split("-", 1)[0]
            if head.lower() in TIME_WORDS:
                return None, j
            unit = UNIT_WORDS.get(head) or UNIT_WORDS.get(head.lower())
            if unit is None:
                return None, j
            return self.finish(
                i, numeral_end, j, float(value), low, high, 1.0, "number", unit_override=unit
            )
        unit, _subject, _end, is_time = self.unit_after(j)
        if is_time:
            return None, j
        if (
            is_small and low is None and (not unit or definite)
            and not (value > 1 and not unit and not definite and self.is_rate_divisor(j))
        ):  # fmt: skip
            return None, j
        step = float(10 ** (len(str(value)) - len(str(value).rstrip("0")))) if value else 1.0
        return self.finish(i, numeral_end, j, float(value), low, high, step, "number")

    def one_in(self, i: int, k: int) -> tuple[Quantity | None, int] | None:
        """ "one in five", "about one in every eight": a fraction 1/N read from token ``i``
        ("one") with ``k`` after it; none for a frequency ("one in ten days"), a percentage
        ("one in 20 percent") or no number ("one in the morning")."""
        inn = self.tok(k)
        if inn is None or inn.lower != "in":
            return None
        m = k + 1
        every = self.tok(m)
        if every is not None and every.lower == "every":
            m += 1
        num = self.tok(m)
        if num is None:
            return None
        if num.is_digits:
            parsed = parse_digits(num.text)
            n = parsed.value if parsed is not None and "," not in num.text else None
        else:
            n = parse_words([num.text]) if is_number_word(num.text) else None
        after = self.tok(m + 1)
        if n is None or n < 2 or n != int(n):
            return None
        if after is not None and (
            after.lower in TIME_WORDS or after.lower in ONE_IN_NOT_SHARES
            or after.lower in SCALES  # "one in ten thousand": left to the counts
            or after.text == "%" or after.lower in ("percent", "per")
        ):  # fmt: skip
            return None
        return self.finish(
            i, num.end, m + 1, 1 / n, None, None, 0.0, "fraction", unit_override="fraction"
        )

    def half_times(self, i: int, k: int, value: int) -> tuple[Quantity | None, int] | None:
        """ "two and a half times", "one and a half times": a multiple N + 0.5."""
        if k + 3 >= self.size or [self.tokens[m].lower for m in range(k, k + 4)] != [
            "and", "a", "half", "times"
        ]:  # fmt: skip
            return None
        half = self.tokens[k + 2]
        return self.finish(i, half.end, k + 3, value + 0.5, None, None, 0.5, "number")

    def word_range_after(
        self, k: int, low: float
    ) -> tuple[float, float, int, str | None, int] | None:
        """ "Twelve to 14 million", "one- to three-year", "six to seven": upper end; "four
        to one" (an upper end below ``low``) is a ratio, no range."""
        m = k
        dash = self.tok(m)
        if dash is not None and dash.text in DASHES and not dash.gap:
            m += 1
        to = self.tok(m)
        if to is None or to.lower != "to":
            return None
        num = self.tok(m + 1)
        if num is None:
            return None
        if num.is_digits:
            parsed = parse_digits(num.text)
            if parsed is None:
                return None
            after = self.tok(m + 2)
            if after is not None and after.lower in SCALE_WORDS:
                return parsed.value, float(SCALES[after.lower]), m + 3, None, after.end
            return parsed.value, 1.0, m + 2, None, num.end
        if num.is_word:
            compound = split_number_compound(num.text)
            if compound is not None:
                val = parse_words([compound[0]])
                if val is not None:
                    return float(val), 1.0, m + 2, compound[1], num.start + len(compound[0])
            if is_number_word(num.text):
                val = parse_words([num.text])
                if val is not None and val > low:
                    return float(val), 1.0, m + 2, None, num.end
        return None

    def read_fraction(self, i: int) -> tuple[Quantity | None, int] | None:
        t = self.tokens[i]
        prev = self.tok(i - 1)
        nxt = self.tok(i + 1)
        start_i = i
        if t.lower in ("half", "one-half"):
            if nxt is not None and nxt.lower == "a":
                return None  # "half a dozen"
            if prev is not None and prev.lower in HALF_OF_TIME:
                return None  # "in the first half of the year": a stretch of time
            # "half of the", or "3,380, about half, had": a qualified half closing a clause
            closes = self.text[t.end : t.end + 1] in (",", ";", ".", ")", ":")
            qualified = prev is not None and prev.lower in HALF_QUALIFIERS
            if not (closes and qualified) and (
                nxt is None or nxt.lower not in ("the", "of", "its", "their")
            ):
                return None
            if prev is not None and prev.lower in ("a", "one"):
                start_i = i - 1
        elif "-" in t.lower:
            if nxt is not None and nxt.is_word and nxt.lower not in ("the", "of", "its"):
                return None
        else:
            if prev is None or prev.lower not in ("a", "one", "an"):
                return None
            if nxt is not None and nxt.is_word and nxt.lower not in FRACTION_NEXT:
                return None
            start_i = i - 1
        value = FRACTIONS[t.lower]
        return self.finish(
            start_i, t.end, i + 1, value, None, None, 0.0, "fraction", unit_override="fraction"
        )

    def finish(
        self,
        first: int,
        numeral_end: int,
        after: int,
        value: float,
        low: float | None,
        high: float | None,
        step: float,
        kind: str,
        unit_override: str | None = None,
    ) -> tuple[Quantity, int]:
        start = self.tokens[first].start
        qualifier, q_start = self.qualifier_before(first)
        if unit_override is not None:
            unit, subject, unit_end = unit_override, None, numeral_end
        else:
            unit, subject, unit_end, _ = self.unit_after(after)
        phrase_start = self.tokens[q_start].start
        phrase_end = max(unit_end, numeral_end)
        is_range = low is not None
        return (
            Quantity(
                start=start,
                end=numeral_end,
                text=self.text[start:numeral_end],
                value=None if is_range else value,
                low=low,
                high=high,
                unit=unit,
                subject=subject,
                approx=qualifier is not None,
                qualifier=qualifier,
                direction=QUALIFIERS.get(qualifier) if qualifier else None,
                step=step,
                kind="range" if is_range else kind,
                phrase_start=phrase_start,
                phrase_end=phrase_end,
            ),
            after,
        )


#: Texts longer than this are read in runs of whole sentences of about this size, so the
#: tokens held at once stay bounded however long a paragraph is (issue #16).
CHUNK = 1 << 16


def extract_quantities(text: str, sentences: list[tuple[int, int]] | None = None) -> list[Quantity]:
    """Every quantity in ``text``, in order, with offsets into ``text``; ``sentences`` are
    the sentence spans of ``text`` when the caller has them already (they are not found
    again)."""
    if not text:
        return []
    if len(text) <= CHUNK:
        return _extract(text, sentences)
    found: list[Quantity] = []
    for start, end in sentence_chunks(text, CHUNK):
        for q in _extract(text[start:end]):
            found.append(
                replace(
                    q,
                    start=q.start + start,
                    end=q.end + start,
                    phrase_start=q.phrase_start + start,
                    phrase_end=q.phrase_end + start,
                )
            )
    return found


def _extract(text: str, sentences: list[tuple[int, int]] | None = None) -> list[Quantity]:
    found = share_listed_percents(text, share_paired_units(text, _Reader(text).run()))
    return infer_units(text, found, sentences)


def sentence_chunks(text: str, size: int) -> list[tuple[int, int]]:
    """``[start, end)`` runs of whole sentences, each about ``size`` characters or less (a
    single longer sentence is a run of its own)."""
    runs: list[tuple[int, int]] = []
    run_start = 0
    for start, end in sentence_spans(text):
        if end - run_start > size and start > run_start:
            runs.append((run_start, start))
            run_start = start
    runs.append((run_start, len(text)))
    return runs


PAIR_JOINERS = frozenset(("vs.", "vs", "versus", "and", "or", "to", "of", "out of", "/"))


LIST_JOINERS = frozenset((",", "and", ", and"))


def share_listed_percents(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "that is 30, 50 and 20 percent": the "percent" printed after the last figure of a
    list serves every figure of it (each at most 100, joined only by commas and "and")."""
    out = list(found)
    for k in range(len(out) - 1, 0, -1):
        a, b = out[k - 1], out[k]
        if b.unit != "percent" or a.unit or a.kind != "number" or (a.value or 0) > 100:
            continue
        if text[a.phrase_end : b.phrase_start].strip() in LIST_JOINERS:
            out[k - 1] = replace(a, unit="percent")
    return out


def share_paired_units(text: str, found: list[Quantity]) -> list[Quantity]:
    """ "15.9 vs. 4.6 acres": a unit printed once serves both figures of a pair."""
    out = list(found)
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if text[a.phrase_end : b.phrase_start].strip() not in PAIR_JOINERS:
            continue
        if a.unit and not b.unit and a.unit not in ("percent", "times", "fraction"):
            out[k + 1] = replace(b, unit=a.unit)
        elif b.unit and not a.unit and b.unit not in ("percent", "times", "fraction"):
            out[k] = replace(a, unit=b.unit)
    # "14,380, 12,960, 11,470 and 9,810 persons": back along the commas of the list whose
    # last pair shared the unit
    for k in range(len(out) - 2, -1, -1):
        a, b = out[k], out[k + 1]
        if (
            not a.unit and b.unit and not found[k + 1].unit
            and text[a.phrase_end : b.phrase_start].strip() == ","
        ):  # fmt: skip
            out[k] = replace(a, unit=b.unit)
    return out
