"""Reading text from raw line pieces: lines joined, words broken at line ends mended.

A piece is a raw ``[start, end)`` range (one line's content, markers cut out). Pieces are
joined with one space, except across a line-end hyphen or dash:

* ``proces-`` + ``sion`` becomes ``procession`` (the hyphen is dropped) when the joined word
  is used elsewhere in the text or is in the dictionary, or when the halves are not words;
* ``large-`` + ``scale`` keeps its hyphen when the hyphenated form is used elsewhere in the
  text, or when both halves are words and the joined form is not (``non-`` + ``Russian``
  keeps it because a capital follows);
* an en or em dash at a line end (``1912–`` + ``13``) is joined with no space.

Every dropped hyphen is recorded as a :class:`Repair`.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from borderlands.article.dictionary import count
from borderlands.article.model import OffsetMap, Repair, Span

_WORD_BEFORE_HYPHEN = re.compile(r"([A-Za-z\u00C0-\u024F’']+)-$")
_WORD_AFTER = re.compile(r"^([A-Za-z\u00C0-\u024F’']+)")
# a line-end hyphen, the line break and the rest of the broken word on the next line
_BROKEN_WORD_END = re.compile(r"-[ \t\r]*\n[ \t]*\S*")
_JOINS_AS_IS = frozenset("–—/")  # line-end characters after which lines join with no space
#: how often (in the word list's counts) a word occurs to count as common English
COMMON_WORD = 1_000_000
_DOCUMENT_WORD = re.compile(r"[a-z\u00C0-\u024F’']+(?:-[a-z\u00C0-\u024F’']+)*")


def broken_word_regions(raw: str) -> list[tuple[int, int]]:
    """Raw ``[start, end)`` of every word broken by a line-end hyphen (both halves, with the
    line break between). Each region begins and ends at whitespace or at the text's ends."""
    regions: list[tuple[int, int]] = []
    kept = 0
    for m in _BROKEN_WORD_END.finditer(raw):
        # the match runs from the hyphen to the end of the word's second half, so a later
        # match never starts inside a region already taken
        start = m.start()
        while start > kept and not raw[start - 1].isspace():
            start -= 1
        regions.append((start, m.end()))
        kept = m.end()
    return regions


def without_broken_words(raw: str) -> str:
    """``raw`` with every word broken by a line-end hyphen blanked out (both halves)."""
    parts: list[str] = []
    kept = 0
    for start, end in broken_word_regions(raw):
        parts.append(raw[kept:start])
        parts.append(" ")
        kept = end
    parts.append(raw[kept:])
    return "".join(parts)


# A piece's words do not depend on the document: remembered by piece for the life of the
# process, emptied when it grows past this many pieces (to bound memory).
_PIECE_CACHE_LIMIT = 1 << 16  # about 13 MiB at 200 bytes a piece; 6,600 in the founding article
_WORDS_OF_PIECE: dict[str, tuple[str, ...]] = {}


def document_words(pieces: set[str]) -> set[str]:
    """The distinct lower-case words (``_DOCUMENT_WORD``) in whitespace-separated ``pieces``.

    A word never spans whitespace, so each piece is searched on its own, once per process;
    a piece of ASCII letters only is a word as it stands.
    """
    words_of = _WORDS_OF_PIECE
    missing = pieces.difference(words_of)  # tests membership in the dict, in C
    if len(words_of) + len(missing) > _PIECE_CACHE_LIMIT:
        words_of.clear()
        missing = pieces
    findall = _DOCUMENT_WORD.findall
    for piece in missing:
        lower = piece.lower()
        if piece.isascii() and piece.isalpha():
            words_of[piece] = (lower,)
        else:
            words_of[piece] = tuple(findall(lower))
    return set(itertools.chain.from_iterable(map(words_of.__getitem__, pieces)))


def pieces_without_broken_words(raw: str, pieces: Counter[str]) -> set[str]:
    """The distinct whitespace-separated pieces of ``without_broken_words(raw)``, given the
    count of each piece of ``raw``: a broken-word region starts and ends at whitespace, so
    blanking it out removes exactly the pieces inside it."""
    # the regions joined by spaces and split once: the pieces inside them, counted
    inside = " ".join([raw[start:end] for start, end in broken_word_regions(raw)])
    removed = Counter(inside.split())
    return pieces.keys() - {piece for piece, n in removed.items() if pieces[piece] <= n}


@dataclass(slots=True)
class Built:
    text: str
    offsets: OffsetMap
    repairs: list[Repair] = field(default_factory=list)


class Vocabulary:
    """Which words the document itself uses, joined or hyphenated, to decide line-end hyphens."""

    def __init__(
        self, raw: str, is_word: Callable[[str], bool], pieces: Counter[str] | None = None
    ) -> None:
        """``pieces`` counts the whitespace-separated pieces of ``raw`` when the caller has
        them already."""
        if pieces is None:
            pieces = Counter(raw.split())
        # words broken at a line end are left out, so their halves do not count as words
        words = document_words(pieces_without_broken_words(raw, pieces))
        self.hyphenated = {w for w in words if "-" in w}
        self.joined = words - self.hyphenated
        self.is_word = is_word

    def keep_hyphen(self, left: str, right: str) -> bool:
        if not right or right[0].isupper() or left[-1:].isdigit():
            return True
        joined = (left + right).lower()
        hyphenated = f"{left}-{right}".lower()
        if hyphenated in self.hyphenated and joined not in self.joined:
            return True
        if joined in self.joined or self.is_word(joined):
            return False
        return len(left) > 1 and self.common(left.lower()) and self.known(right.lower())

    def known(self, word: str) -> bool:
        """A dictionary word, or a word the document uses on its own."""
        return self.is_word(word) or word in self.joined

    def common(self, word: str) -> bool:
        """A word the document uses on its own, or a common English word: the first half of
        a hyphenated compound is one (``well-``, ``quasi-``), while a transliterated word
        broken at a line end (``pere-`` + ``men``) may begin with a rare dictionary entry."""
        return word in self.joined or count(word) >= COMMON_WORD


def _dehyphenation(
    hyphen_at: int, start: int, left: str, right: str, line_of: Callable[[int], int]
) -> Repair:
    """The repair of a word broken at a line end, its halves joined without the hyphen."""
    span = Span(hyphen_at, start, line_of(hyphen_at), line_of(start))
    return Repair("dehyphenation", span, f"{left}-\n{right}", left + right)


def build(
    raw: str,
    pieces: list[tuple[int, int]],
    vocabulary: Vocabulary,
    line_of: Callable[[int], int],
) -> Built:
    """Join raw ``[start, end)`` pieces into reading text. Pieces of one line (a line cut
    around a marker) join directly; pieces of different lines join with one space, or with
    nothing across a line-end hyphen that is dropped or a dash."""
    out: list[str] = []
    offsets = OffsetMap()
    # bound once: this loop runs for every line of every paragraph and note
    add_clean, add_raw, add_length = (
        offsets.clean_starts.append,
        offsets.raw_starts.append,
        offsets.lengths.append,
    )
    add_out = out.append
    find = raw.find
    repairs: list[Repair] = []
    length = 0
    prev_end = 0
    for start, end in pieces:
        if start >= end:
            continue
        chunk = raw[start:end]
        if out:  # prev_end is set from the second chunk on
            if find("\n", prev_end, start) < 0:  # the same line, cut around a marker
                gap = raw[prev_end:start]
                # a cut-out marker: keep one space if the raw had whitespace around it
                spaced = gap[:1].isspace() or gap[-1:].isspace()
                if spaced and not out[-1].endswith(" ") and not chunk[:1].isspace():
                    add_out(" ")
                    length += 1
            else:
                last = out[-1]
                tail = last[-1]  # a chunk is never empty
                if tail == "\u00ad":  # a soft hyphen marks a break inside a word
                    out[-1] = last[:-1]
                    length -= 1
                    left = last[last.rfind(" ") + 1 : -1]
                    right = chunk.split(" ", 1)[0]
                    repairs.append(_dehyphenation(prev_end - 1, start, left, right, line_of))
                    offsets.lengths[-1] -= 1
                elif tail == "-" and not last.endswith("--"):
                    # the word before the hyphen holds no space: search only after the last
                    mleft = _WORD_BEFORE_HYPHEN.search(last, last.rfind(" ") + 1)
                    mright = _WORD_AFTER.match(chunk)
                    left = mleft.group(1) if mleft else ""
                    right = mright.group(1) if mright else ""
                    if left and right and not vocabulary.keep_hyphen(left, right):
                        out[-1] = last[:-1]
                        length -= 1
                        repairs.append(
                            _dehyphenation(prev_end - 1, start, left, right, line_of)
                        )
                        # the hyphen was the last character of the last segment (its
                        # chunk holds the word before it, so the segment stays non-empty)
                        offsets.lengths[-1] -= 1
                elif tail not in _JOINS_AS_IS:  # a dash at a line end joins as is
                    add_out(" ")
                    length += 1
        if chunk.find("\u00ad", 0, -1) >= 0:  # soft hyphens inside a line are invisible
            length = _add_without_soft_hyphens(chunk, start, length, out, offsets)
            prev_end = end
            continue
        add_out(chunk)
        # pieces are never adjacent in the raw text (a newline or a marker lies between),
        # so each is a segment of its own: append without OffsetMap.add's merge test
        size = len(chunk)
        add_clean(length)
        add_raw(start)
        add_length(size)
        length += size
        prev_end = end
    return Built("".join(out), offsets, repairs)


def _add_without_soft_hyphens(
    chunk: str, start: int, length: int, out: list[str], offsets: OffsetMap
) -> int:
    """Append ``chunk`` (at raw ``start``) without the soft hyphens inside it (one at its
    end is kept: the line join decides on it); return the new reading-text length."""
    pos = 0
    last = len(chunk) - 1
    while pos <= last:
        cut = chunk.find("\u00ad", pos, last)
        stop = cut if cut >= 0 else last + 1
        if stop > pos:
            out.append(chunk[pos:stop])
            offsets.clean_starts.append(length)
            offsets.raw_starts.append(start + pos)
            offsets.lengths.append(stop - pos)
            length += stop - pos
        pos = stop + 1 if cut >= 0 else last + 1
    return length


def compose(outer: OffsetMap, inner: OffsetMap) -> OffsetMap:
    """Map ``outer`` (text2 -> text1) through ``inner`` (text1 -> raw): text2 -> raw."""
    result = OffsetMap()
    j = 0
    n_inner = len(inner.clean_starts)
    for c2, c1, length in zip(outer.clean_starts, outer.raw_starts, outer.lengths, strict=True):
        pos = c1
        end = c1 + length
        while j < n_inner and inner.clean_starts[j] + inner.lengths[j] <= pos:
            j += 1
        k = j
        while pos < end and k < n_inner:
            seg_start = inner.clean_starts[k]
            seg_end = seg_start + inner.lengths[k]
            if seg_start >= end:
                break
            lo = max(pos, seg_start)
            hi = min(end, seg_end)
            if hi > lo:
                result.add(c2 + (lo - c1), inner.raw_starts[k] + (lo - seg_start), hi - lo)
            pos = hi
            if hi >= seg_end:
                k += 1
    return result


def with_spaces(inner: OffsetMap, points: Sequence[int]) -> OffsetMap:
    """The map of a text made by putting a space before each of the sorted, distinct
    ``points`` (offsets into the text ``inner`` maps to the raw text), back to the raw text.

    The same as :func:`compose` with the map of those insertions, without building it: each
    of ``inner``'s segments is cut at the points inside it and moved right by the number of
    points at or before each part."""
    result = OffsetMap()
    add = result.add
    # a part after a cut follows an inserted space, so it never merges with the part before:
    # appended without add's merge test
    add_clean, add_raw, add_length = (
        result.clean_starts.append,
        result.raw_starts.append,
        result.lengths.append,
    )
    k = 0
    n = len(points)
    for clean, raw, length in zip(inner.clean_starts, inner.raw_starts, inner.lengths, strict=True):
        end = clean + length
        while k < n and points[k] <= clean:
            k += 1
        if k == n or points[k] >= end:  # no cut inside this segment
            add(clean + k, raw, length)
            continue
        point = points[k]
        add(clean + k, raw, point - clean)
        k += 1
        while k < n and points[k] < end:
            add_clean(point + k)
            add_raw(raw + (point - clean))
            add_length(points[k] - point)
            point = points[k]
            k += 1
        add_clean(point + k)
        add_raw(raw + (point - clean))
        add_length(end - point)
    return result
