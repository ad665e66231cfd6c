"""Lost spaces restored where the dictionary is sure, after de-hyphenation.

PDF extraction drops spaces between words (``TheMoldavianASSR``, ``seealsoMaclean``,
``Therewas onemajor``). Plain segmentation (wordninja, symspellpy's ``word_segmentation``)
also cuts names, transliterations and abbreviations (``Maclean`` -> ``Mac lean``,
``RTsKhIDNI``), so a space is inserted only by these guarded rules:

* at a lower-to-upper case change inside a token (``seeBookman``, ``FitzroyMaclean``) when the
  part before is plain lower case after its first letter (so ``RTsKhIDNI``, ``TsDAHOU`` and
  ``VUTsIK`` stay whole), at least two letters long, and a capitalised part before is a
  dictionary word or a name glued to a name (both parts three letters or more:
  ``HarukiWada``); never after a name prefix (``Mc``, ``Mac``, ``De`` ...) nor in a listed
  name with an inner capital (``WorldCat``);
* inside a lower-case token that is not a word of the dictionary nor of the document, when it
  splits into two dictionary words one of which is a function word (``articlewas``,
  ``onemajor``, ``Therewas``), a two-letter one only in first place; names (``Slezkine``,
  ``Kharbintsy``, ``Gabor``) do not split that way;
* after ``.`` ``,`` ``;`` ``:`` (or those and a closing quote) glued to a following
  capitalised word (``trip.The``, ``Gellner,Nations``) when a lower-case word of two or more
  letters precedes it (so ``N.Y.`` and ``U.S.`` are left alone), and after a full stop or
  semicolon that follows a number or bracket (``p. 225;Maclean``, ``pp. 83–84.The``);
* between the article ``a`` and a capitalised word (``aMoldavian``), and between an acronym
  and a function word (``ASSRwith``);
* inside a lower-case token that is not a word, where a word the document uses on its own
  at least twice (a transliteration the dictionary lacks: ``raiony``, ``kolkhozy``) meets a
  function word of three letters or more (``raionywere``, ``thekolkhozy``);
* between a closing quote after a word and an opening parenthesis or quote
  (``“front”(frontovye)``, ``“rear”“zone”``).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from borderlands.article.dictionary import count, is_word, word_counts
from borderlands.article.model import OffsetMap

_FUNCTION_WORDS_TEXT = """
a an the and or but nor of in on at to by for with from into onto upon as is was were be been
are it its this that there these those when which who whom also see even not no one may might
would could should will can had has have than then they their he his she her we our only such
most more all some any each within without about between through against during among
where while what whose
"""
# (no "under", "over", "after": as prefixes they make real words, "underrepresentation")
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS_TEXT.split())
NAME_PREFIXES = frozenset({"Mc", "Mac", "De", "Di", "Da", "La", "Le", "Van", "Von", "Du", "O"})
_LETTERS = "A-Za-z\u00c0-\u024f\u0300-\u036f"
_TOKEN = re.compile(rf"[{_LETTERS}]+")
# A capital right after a lower-case letter (``seeBookman``) or after ``.,;:`` or a closing
# quote (``trip.The``): the two kinds of glue, found in one scan. The capital comes first in
# the pattern so that the engine skips straight to capitals (a pattern opening on a
# lower-case class visits most characters); what precedes it is checked by looking behind.
# Punctuation counts when the capital opens a word (``[A-Z][a-z]``) or is ``A``/``I`` and a
# space follows.
_CAPITAL_AFTER_GLUE = re.compile(r"[A-Z](?<=[a-z\u00DF-\u00FF\u0300-\u036F.,;:”][A-Z])")
_GLUE_PUNCT = frozenset(".,;:")
_ACRONYM_THEN_WORD = re.compile(r"([A-Z]{2,})([a-z]{2,})(?=[A-Z]|$)")
# (U+0300-U+036F: combining accents, as in a decomposed "ü", count as part of a letter)
_INNER_CAPITAL = re.compile(r"(?<=[a-z\u00DF-\u00FF\u0300-\u036F])(?=[A-Z])")
_CAPITALISED = re.compile(r"[A-Z][a-z\u00DF-\u024F\u0300-\u036F]*")
_CAPITALS = re.compile(r"[A-Z]*")
# what may stand before a closing quote glued to an opening bracket or quote
_BEFORE_CLOSING_QUOTE = re.compile(r"[A-Za-z\u00C0-\u024F.,;:!?]")


# a text as mended: the text, the offsets before which a space was put, and the repairs
Mended = tuple[str, Sequence[int], Sequence[tuple[int, str, str]]]


@lru_cache(maxsize=1)
def camel_names() -> frozenset[str]:
    text = resources.files("borderlands.article").joinpath("camel_names.json").read_text("utf-8")
    return frozenset(json.loads(text)["names"])


class SpaceMender:
    """Finds where spaces were lost; knows the document's own words to leave them alone."""

    def __init__(self, raw: str, pieces: Counter[str] | None = None) -> None:
        """``pieces`` counts the whitespace-separated pieces of ``raw`` when the caller has
        them already."""
        if pieces is None:
            pieces = Counter(raw.split())
        found = document_tokens(pieces)
        self.repeated = found.repeated
        self.names = camel_names()
        self.words = word_counts()
        # cuts per distinct token, worked out once per document
        self.cache: dict[str, list[int]] = {}
        self.glued_plain: set[str] = set()  # tokens without inner capitals that need a cut
        # a plain token used twice in the document (in any case) or a dictionary word is
        # never cut: only the lower-case forms left after both tests are looked at (each
        # stands once in the token list)
        tokens, lowered = found.tokens, found.lowered
        # set.difference with a dict tests membership in it: the 82k words are not iterated
        unknown_once = found.once.difference(self.words)
        names = self.names
        # the few tokens whose lower-case form is left, picked without a Python-level loop
        picked = list(map(unknown_once.__contains__, lowered))
        compress = itertools.compress
        for token, lower in zip(compress(tokens, picked), compress(lowered, picked), strict=True):
            if len(token) >= 5 and token[1:].islower():
                if token in names:
                    continue
                # what token_cuts gives a plain token, without its tests already passed here
                inner = self._plain_cut(lower)
                if inner is not None:
                    self.cache[token] = [inner]
                    self.glued_plain.add(token)

    def cuts_of(self, token: str) -> list[int]:
        cuts = self.cache.get(token)
        if cuts is None:
            cuts = self.cache[token] = self.token_cuts(token)
        return cuts

    def learn(self, tokens: list[str]) -> None:
        """Take note of words made after the document was read (joined at a line-end
        hyphen), so that a glued one among them is found too."""
        for token in tokens:
            for part in _TOKEN.findall(token):
                if part[1:].islower() and part not in self.glued_plain and self.cuts_of(part):
                    self.glued_plain.add(part)

    def insertions(self, text: str) -> list[int]:
        """Offsets in ``text`` before which a space belongs.

        Only the few suspicious tokens are visited one by one: those with an inner capital
        (found by a scan for a lower-upper pair) and the document's known glued tokens.
        """
        points: set[int] = set()
        starts: set[int] = set()
        for m in _CAPITAL_AFTER_GLUE.finditer(text):
            at = m.start()
            before = text[at - 1]
            if before in _GLUE_PUNCT or before == "”":  # punctuation glued to a word
                punct_at = at - 1 if before in _GLUE_PUNCT else at - 2
                if punct_at >= 0 and text[punct_at] in _GLUE_PUNCT:
                    following = text[at + 1 : at + 2]
                    opens_word = "a" <= following <= "z" or (following == " " and text[at] in "AI")
                    if opens_word and _glued_after(text, punct_at, before == "”"):
                        points.add(at)
                continue
            start = at - 1  # a lower-upper pair: the token's start
            while start > 0 and _is_letter(text[start - 1]):
                start -= 1
            starts.add(start)
        points.update(quote_then_opening(text))
        for token in self.glued_plain:
            starts.update(_whole_token_starts(text, token))
        for start in starts:
            token_match = _TOKEN.match(text, start)
            if token_match is None:
                continue
            points.update(start + c for c in self.cuts_of(token_match.group()))
        return sorted(points)

    def token_cuts(self, token: str) -> list[int]:
        """Where spaces belong inside one token (offsets into it)."""
        if len(token) < 4 or token in self.names:
            return []
        if token[1:].islower():
            lower = token.lower()
            if len(token) < 5 or lower in self.words or lower in self.repeated:
                return []
            # no inner capital and no acronym: only a glued function word can cut it
            inner = self._plain_cut(lower)
            return [] if inner is None else [inner]
        cuts = self._camel_cuts(token)
        bounds = [0, *cuts, len(token)]
        found = set(cuts)
        for a, b in itertools.pairwise(bounds):
            inner = self._glue_cut(token[a:b])
            if inner is not None:
                found.add(a + inner)
            for acronym in _ACRONYM_THEN_WORD.finditer(token, a, b):  # "ASSRwith", "ASSRandGe"
                if acronym.group(2) in FUNCTION_WORDS:
                    found.add(acronym.end(1))
                    if acronym.end(2) < len(token):
                        found.add(acronym.end(2))
        return sorted(found)

    def _camel_cuts(self, token: str) -> list[int]:
        cuts: list[int] = []
        start = 0
        for m in _INNER_CAPITAL.finditer(token):
            left = token[start : m.start()]
            right_match = _CAPITALISED.match(token, m.start())
            right = right_match.group() if right_match else ""
            if self._camel_ok(left, right, token, m.start()):
                cuts.append(m.start())
                start = m.start()
        return cuts

    def _camel_ok(self, left: str, right: str, token: str, at: int) -> bool:
        if left == "a":  # the article glued to a name: "aMoldavian"
            return len(right) >= 3 and right[1:].islower()
        if len(left) < 2 or left in NAME_PREFIXES or not left[1:].islower():
            return False
        rest = token[at:]
        if left[0].isupper() and not is_word(left):
            # a name glued to a name ("HarukiWada"): both parts spelled like words of at
            # least three letters; short or odd parts ("TsDAHOU") stay whole
            if len(left) < 3:
                return False
            acronym = len(rest) >= 2 and rest.isupper()  # "SovnarkomRSFSR"
            return acronym or (len(right) >= 3 and right[1:].islower())
        if len(right) < 2 and not (rest == right and len(rest) == 1):
            # a single capital: an initial ("andA.") or the start of an acronym ("MoldavianASSR",
            # "KoreanASSRwith")
            capitals = _CAPITALS.match(rest)
            return rest.isupper() or len(rest) == 1 or bool(capitals and capitals.end() >= 2)
        return True

    def _glue_cut(self, part: str) -> int | None:
        if len(part) < 5 or not part[1:].islower():
            return None
        lower = part.lower()
        if lower in self.repeated:
            return None
        return self._plain_cut(lower)

    def _plain_cut(self, lower: str) -> int | None:
        """A glued function word: between two dictionary words, else beside a word of the
        document's own (see :func:`document_glue_cut`)."""
        inner = dictionary_glue_cut(lower)
        return inner if inner is not None else document_glue_cut(lower, self.repeated)

    def mend(
        self, text: str, joined: list[str] | None = None
    ) -> tuple[str, OffsetMap, list[tuple[int, str, str]]]:
        """The mended text, its map back to ``text``, and each repair as
        ``(offset in text, before, after)`` where ``before`` is the glued token.
        ``joined`` are words the text gained by de-hyphenation."""
        if joined:
            self.learn(joined)
        return self.apply(text, self.insertions(text))

    def mend_all(
        self, texts: list[str], joined: list[str]
    ) -> list[Mended]:
        """:meth:`mend` for many texts at once, after learning every word in ``joined``:
        for each text, the mended text, the offsets in the text before which a space was
        put, and the repairs.

        The texts are scanned joined by newlines, in batches of about
        ``_BATCH_CHARACTERS``: no rule looks across a newline (nor do the texts hold one),
        so each text gets the cuts it would get alone, and the per-scan cost is paid once
        a batch instead of once per paragraph and note, with no copy of all texts at once.
        """
        if joined:
            self.learn(joined)
        mended: list[Mended] = []
        batch: list[str] = []
        size = 0
        for text in texts:
            batch.append(text)
            size += len(text) + 1
            if size >= _BATCH_CHARACTERS:
                mended += self._mend_batch(batch)
                batch, size = [], 0
        if batch:
            mended += self._mend_batch(batch)
        return mended

    def _mend_batch(
        self, texts: list[str]
    ) -> list[Mended]:
        points = self.insertions("\n".join(texts))
        mended: list[Mended] = []
        k = 0
        base = 0
        for text in texts:
            end = base + len(text)
            first = k
            while k < len(points) and points[k] <= end:
                k += 1
            if first == k:
                mended.append((text, (), ()))  # one shared empty tuple, not two lists
            else:
                own = [p - base for p in points[first:k]]
                spaced, repairs = _spaced(text, own)
                mended.append((spaced, own, repairs))
            base = end + 1
        return mended

    def apply(
        self, text: str, points: list[int]
    ) -> tuple[str, OffsetMap, list[tuple[int, str, str]]]:
        """``text`` with a space put before each of the sorted ``points`` (see :meth:`mend`)."""
        if not points:
            return text, OffsetMap(), []
        mapping = OffsetMap()
        prev = 0
        shift = 0
        for point in points:
            mapping.add(prev + shift, prev, point - prev)
            shift += 1
            prev = point
        mapping.add(prev + shift, prev, len(text) - prev)
        spaced, repairs = _spaced(text, points)
        return spaced, mapping, repairs


def _spaced(text: str, points: list[int]) -> tuple[str, list[tuple[int, str, str]]]:
    """``text`` with a space put before each of the sorted ``points``, and one repair
    ``(offset in text, before, after)`` per glued run of non-space characters, whatever
    the number of cuts in it."""
    out: list[str] = []
    prev = 0
    for point in points:
        out.append(text[prev:point])
        out.append(" ")
        prev = point
    out.append(text[prev:])
    repairs: list[tuple[int, str, str]] = []
    k = 0
    while k < len(points):
        run_start = _run_start(text, points[k])
        run_end = _run_end(text, points[k])
        cuts = []
        while k < len(points) and points[k] < run_end:
            cuts.append(points[k] - run_start)
            k += 1
        before = text[run_start:run_end]
        after = before
        for cut in reversed(cuts):
            after = after[:cut] + " " + after[cut:]
        repairs.append((run_start, before, after))
    return "".join(out), repairs


@dataclass(slots=True)
class DocumentTokens:
    """The letter tokens (``_TOKEN``) of a text's distinct pieces, and how often each
    lower-case form occurs in the whole text (in any case)."""

    tokens: list[str]  # in the order of the distinct pieces; a token may stand more than once
    lowered: list[str]  # the same tokens in lower case
    once: set[str]  # lower-case forms that occur exactly once in the text
    repeated: set[str]  # lower-case forms that occur more than once


def document_tokens(pieces: Counter[str]) -> DocumentTokens:
    """The letter tokens of a text and its once-only and repeated lower-case forms, from
    the count of its whitespace-separated pieces.

    A token never spans whitespace, so each distinct piece is tokenised once, all of them
    in one regex pass over the pieces joined: the work grows with the distinct pieces, so a
    text that repeats itself costs little more. (Remembering each piece's tokens across
    parses was tried: fewer instructions, but no faster inside a whole parse, where the
    lookups into the remembered pieces miss the processor's caches. Skipping the pieces
    that are dictionary words was tried too, and is slower for the same reason: a look-up
    into the 82k-word list costs more than tokenising the piece.)
    """
    tokens = _TOKEN.findall(" ".join(pieces))
    lowered = " ".join(tokens).lower().split()
    counts = Counter(lowered)
    repeated = {lower for lower, n in counts.items() if n > 1}
    # a form in a piece that itself occurs more than once occurs more than once
    repeated_pieces = [piece for piece, n in pieces.items() if n > 1]
    repeated.update(" ".join(_TOKEN.findall(" ".join(repeated_pieces))).lower().split())
    once = {lower for lower, n in counts.items() if n == 1}
    return DocumentTokens(tokens, lowered, once - repeated, repeated)


def quote_then_opening(text: str) -> list[int]:
    """Every opening bracket or quote glued to a closing quote that follows a letter or
    closing punctuation (``word”(``), found by ``str.find`` of the pair: the pair is rare,
    and ``find`` skips ahead by it where a regex stops at every bracket and opening quote."""
    found: list[int] = []
    before = _BEFORE_CLOSING_QUOTE.match
    for pair in ("”(", "”“"):
        at = text.find(pair)
        while at >= 0:
            if at > 0 and before(text, at - 1):
                found.append(at + 1)
            at = text.find(pair, at + 1)
    return found


def _run_start(text: str, at: int) -> int:
    start = at
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return start


def _run_end(text: str, at: int) -> int:
    end = at
    while end < len(text) and not text[end].isspace():
        end += 1
    return end


def _whole_token_starts(text: str, token: str) -> list[int]:
    """Where ``token`` occurs in ``text`` as a whole letter token (no letter either side).

    Found with ``str.find``, which skips ahead by the token's letters; a regex with a
    look-behind first would be tried at every position of the text."""
    found: list[int] = []
    size = len(token)
    at = text.find(token)
    while at >= 0:
        end = at + size
        if not (at and _is_letter(text[at - 1])) and not (
            end < len(text) and _is_letter(text[end])
        ):
            found.append(at)
        at = text.find(token, at + 1)
    return found


def _is_letter(ch: str) -> bool:
    if ch.isascii():
        return ch.isalpha()
    return "\u00c0" <= ch <= "\u024f" or "\u0300" <= ch <= "\u036f"


def _glued_after(text: str, at: int, quoted: bool) -> bool:
    """Whether the punctuation at ``at`` (``quoted``: a closing quote follows it) lost the
    space after it: a lower-case word of two letters or more before ``.,;:`` (or one
    letter before a quoted one), or a number or bracket before ``;`` or ``.``."""
    before = text[max(0, at - 2) : at]
    if quoted:
        return bool(before) and before[-1].islower()
    if text[at] in ";." and before[-1:] and (before[-1].isdigit() or before[-1] == ")"):
        return True  # "p. 225;Maclean", "pp. 83–84.The", "(29.7 percent).A"
    return len(before) == 2 and before.islower() and before.isalpha()


_BATCH_CHARACTERS = 1 << 16  # texts scanned together by SpaceMender.mend_all
_LONGEST_FUNCTION_WORD = max(len(w) for w in FUNCTION_WORDS)


@lru_cache(maxsize=1 << 16)
def dictionary_glue_cut(lower: str) -> int | None:
    """Where a lower-case non-word splits into two dictionary words, one of them a function
    word (the other at least three letters); a two-letter function word only in first place
    ("itmay", "Inmulti..."): as an ending it would cut names and words ("Gabor", "labor")."""
    if is_word(lower):
        return None
    n = len(lower)
    edge = min(n, _LONGEST_FUNCTION_WORD + 1)
    positions = sorted(set(range(1, edge)) | set(range(max(1, n - _LONGEST_FUNCTION_WORD), n)))
    best: tuple[int, int] | None = None
    for i in positions:
        p1, p2 = lower[:i], lower[i:]
        f1, f2 = p1 in FUNCTION_WORDS, p2 in FUNCTION_WORDS
        if not (f1 or f2):
            continue
        other = p2 if f1 else p1
        if len(other) < 3 and other not in FUNCTION_WORDS:
            continue
        if not f1 and len(p2) < 3:
            continue
        if not (is_word(p1) and is_word(p2)):
            continue
        score = min(count(p1), count(p2))
        if best is None or score > best[1]:
            best = (i, score)
    return best[0] if best else None


_DOCUMENT_FUNCTION_WORDS = frozenset(w for w in FUNCTION_WORDS if len(w) >= 3)
_MIN_DOCUMENT_WORD = 4


def document_glue_cut(lower: str, document_words: set[str]) -> int | None:
    """Where a lower-case non-word is a word of the document (one it uses on its own more
    than once, of four letters or more) glued to a function word of three letters or more,
    either way round: the transliterations a dictionary lacks (``raionywere``). Two-letter
    function words are left out: as endings and beginnings they are parts of names."""
    if is_word(lower):
        return None
    for size in range(3, min(len(lower) - _MIN_DOCUMENT_WORD, _LONGEST_FUNCTION_WORD) + 1):
        if lower[-size:] in _DOCUMENT_FUNCTION_WORDS and lower[:-size] in document_words:
            return len(lower) - size
        if lower[:size] in _DOCUMENT_FUNCTION_WORDS and lower[size:] in document_words:
            return size
    return None
