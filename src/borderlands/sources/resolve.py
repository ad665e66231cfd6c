"""Cross-note resolution: "Ibid.", short forms and "(n. X above)" pointed at full citations.

A resolved citation gets ``refers_to = {"note": n, "index": i}``, the position of the full
citation in the cited article. What cannot be resolved is never guessed: it gets
``unresolved`` with the reason (most often, that the note it names is missing from this
extraction of the article).
"""

from __future__ import annotations

import bisect
import functools
import heapq
import re
from collections.abc import Iterator

from borderlands.sources.model import Citation, CitedArticle, CitedNote, Unresolved

FULL_KINDS = ("archival", "microfilm", "published")


@functools.lru_cache(maxsize=4096)
def _letters(text: str) -> str:
    return re.sub(r"[^a-zа-яё]", "", text.lower())


@functools.lru_cache(maxsize=4096)
def _surname(person: str) -> str:
    words = re.findall(r"[^\W\d_][\w’'\-]*", person.replace(".", ". "))
    return _letters(words[-1]) if words else ""


def _surnames(c: Citation) -> set[str]:
    return _surnames_of(tuple(c.authors or c.editors))


@functools.lru_cache(maxsize=4096)
def _surnames_of(people: tuple[str, ...]) -> set[str]:
    keys = {_surname(p) for p in people}
    # lost spaces in the extraction glue given names to surnames ("MichaelGelb")
    for p in people:
        for part in re.findall(r"[A-ZА-ЯЁІЇЄ][a-zа-яёіїє’'\-]+", p):
            keys.add(_letters(part))
    return {k for k in keys if k}


@functools.lru_cache(maxsize=4096)
def _title_key(title: str | None) -> str:
    return _letters(re.sub(r"^\W*(?:the|an?)\s+", "", title or "", flags=re.IGNORECASE))


def _title_matches(short: str, full: str | None) -> bool:
    a, b = _title_key(short), _title_key(full)
    if not a or not b:
        return False
    return b.startswith(a) or a.startswith(b) or (len(a) >= 6 and b[:6] == a[:6])


def _near(a: str, b: str) -> bool:
    """Equal, or one letter apart for long names: the article spells "Iwanov" and "Iwanow",
    "Schechtman" and "Schectman"."""
    if a == b:
        return True
    if min(len(a), len(b)) < 5 or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    return any(longer[:i] + longer[i + 1 :] == shorter for i in range(len(longer)))


def _names_in(names: set[str], full_names: set[str]) -> tuple[bool, bool]:
    """(all names found, found only with a one-letter spelling difference)."""
    exact = names <= full_names
    if exact:
        return True, False
    near = all(any(_near(n, f) for f in full_names) for n in names)
    return near, near


def _matches(short: Citation, full: Citation) -> bool:
    """Whether a short form names this full citation (by surname, by title, or both)."""
    if full.kind not in ("published", "cross-reference") or full.short:
        return False
    if short.editors and not short.authors and not short.title:
        found, _ = _names_in({_surname(p) for p in short.editors}, _surnames(full))
        return found
    if short.container and short.kind == "cross-reference":
        # a chapter whose book is given by cross-reference: the book is what is resolved
        return _title_matches(short.container, full.container) or _title_matches(
            short.container, full.title
        )
    if short.container and short.short and not short.authors:
        # a piece in a collection cited before: "“Kurdy,” in Tak eto bylo, vol. 1"
        return _title_matches(short.container, full.title)
    if short.editors and short.kind == "cross-reference" and not short.container:
        found, _ = _names_in(
            {_surname(p) for p in short.editors}, {k for p in full.editors for k in (_surname(p),)}
        )
        return found
    short_names = {_surname(p) for p in short.authors}
    found, _spelling = _names_in(short_names, _surnames(full)) if short_names else (False, False)
    if short_names and found:
        if short.title:
            return _title_matches(short.title, full.title) or _title_matches(
                short.title, full.container
            )
        return True
    if short.authors and not short.title:
        # an authorless work named by its title: "Deportatsiia (n. 34 above)"
        return _title_matches(" ".join(short.authors), full.title)
    if short.title and not short.authors:
        return _title_matches(short.title, full.title) or _title_matches(
            short.title, full.container
        )
    return False


def _full_at(cited: dict[int, CitedNote], note: int, index: int) -> tuple[int, int]:
    """Follow a chain of resolved references to the full citation it ends at."""
    seen = set()
    while (note, index) not in seen:
        seen.add((note, index))
        c = cited[note].citations[index]
        if not c.short and c.kind != "ibid":
            break
        if c.refers_to is None:
            break
        note, index = c.refers_to["note"], c.refers_to["index"]
    return note, index


def resolve(notes: list[CitedNote], missing: list[int]) -> list[Unresolved]:
    """Resolve every ibid, short form and cross-reference in place; return what stayed open."""
    by_n = {note.n: note for note in notes}
    missing_set = set(missing)
    missing_sorted = sorted(missing_set)
    earlier = _Earlier()
    unresolved: list[Unresolved] = []
    for pos, note in enumerate(notes):
        for index, c in enumerate(note.citations):
            reason: str | None = None
            if c.kind == "ibid":
                reason = _resolve_ibid(notes, by_n, missing_set, pos, index, c)
            elif c.kind == "cross-reference":
                reason = _resolve_cross(by_n, missing_set, c)
            elif c.kind == "published" and c.short:
                reason = _resolve_short(earlier, missing_sorted, note.n, c)
            if reason is not None:
                c.unresolved = reason
                unresolved.append(Unresolved(note.n, index, c.raw, reason))
            elif c.refers_to is not None:
                target = by_n[c.refers_to["note"]].citations[c.refers_to["index"]]
                _name_from_target(c, target)
                short_names = {_surname(p) for p in c.authors}
                if short_names and _names_in(short_names, _surnames(target)) == (True, True):
                    c.flags.append("name spelt differently from the full citation")
            earlier.add(note, index, c)
    return unresolved


def _name_from_target(short: Citation, target: Citation) -> None:
    """A one-word short form of an authorless work is its title, not an author."""
    if short.authors and not target.authors and not target.editors and not short.title:
        short.title, short.authors = " ".join(short.authors), []


def _resolve_ibid(
    notes: list[CitedNote],
    by_n: dict[int, CitedNote],
    missing: set[int],
    pos: int,
    index: int,
    c: Citation,
) -> str | None:
    note = notes[pos]
    if index > 0:
        c.refers_to = dict(zip(("note", "index"), _full_at(by_n, note.n, index - 1), strict=True))
        return None
    previous = note.n - 1
    if previous not in missing and previous not in by_n and pos > 0:
        previous = notes[pos - 1].n  # numbers that skip without a note lost: loose notes
    if previous in missing or previous not in by_n:
        return f"refers to the previous note, n. {previous}, which is missing from this extraction"
    prev = by_n[previous]
    if not prev.citations:
        return f"the previous note, n. {previous}, cites no source the parser could read"
    last = len(prev.citations) - 1
    target = _full_at(by_n, previous, last)
    if by_n[target[0]].citations[target[1]].refers_to is None and (
        by_n[target[0]].citations[target[1]].kind not in FULL_KINDS
        or by_n[target[0]].citations[target[1]].short
    ):
        return f"the last source of n. {previous} is itself unresolved"
    c.refers_to = {"note": target[0], "index": target[1]}
    return None


def _resolve_cross(by_n: dict[int, CitedNote], missing: set[int], c: Citation) -> str | None:
    n = c.target_note
    if n is None:
        return "no note number"
    if n in missing or n not in by_n:
        # the first note that cites the work (the scan stops there)
        elsewhere = next(
            (
                note.n
                for note in by_n.values()
                if note.n < n and any(_matches(c, t) for t in note.citations)
            ),
            None,
        )
        hint = "" if elsewhere is None else f" (the same work is cited in full in n. {elsewhere})"
        return f"n. {n} is missing from this extraction of the article{hint}"
    candidates = [i for i, t in enumerate(by_n[n].citations) if _matches(c, t)]
    if not candidates:
        name = ", ".join(c.authors) or c.title or c.raw
        elsewhere = next(
            (
                note.n
                for note in by_n.values()
                if note.n != n and any(_matches(c, t) for t in note.citations)
            ),
            None,
        )
        hint = "" if elsewhere is None else f" (a matching citation is in n. {elsewhere})"
        return f"n. {n} has no citation matching {name!r}{hint}"
    c.refers_to = {"note": n, "index": candidates[0]}
    return None


def _could_match(short: Citation, full: Citation) -> bool:
    """A cheap first test before ``_matches``: some name or title letters in common."""
    if full.short and full.refers_to is None:
        return False
    keys = {_surname(p) for p in short.authors} | {_title_key(short.title)[:6]}
    keys |= {_title_key(" ".join(short.authors))[:6]}
    have = _surnames(full) | {_title_key(full.title)[:6], _title_key(full.container)[:6]}
    if keys & have:
        return True
    return any(_near(k, h) for k in keys if len(k) >= 5 for h in have if len(h) >= 5)


def _name_keys(key: str) -> set[str]:
    """A name key and, for long names, its one-letter deletions: two names that :func:`_near`
    calls alike share one of these."""
    if len(key) < 5:
        return {key}
    return {key} | {key[:i] + key[i + 1 :] for i in range(len(key))}


def _title_index_keys(key: str) -> set[tuple[str, str]]:
    """Keys under which a title is found by any title :func:`_title_matches` accepts."""
    out = {("six", key[:6])}
    out |= {(f"p{k}", key[:k]) for k in range(1, min(len(key), 5) + 1)}
    if len(key) < 6:
        out.add(("whole", key))
    return out


def _title_query_keys(key: str) -> set[tuple[str, str]]:
    out = {("six", key[:6])} if len(key) >= 6 else {(f"p{len(key)}", key)}
    out |= {("whole", key[:k]) for k in range(1, min(len(key), 5) + 1)}
    return out


@functools.lru_cache(maxsize=4096)
def _index_keys(
    people: tuple[str, ...], authors: tuple[str, ...], title: str | None, container: str | None
) -> frozenset[object]:
    """The keys a citation is indexed under (its names' and titles'), worked out once for
    each set of names and titles: an article cites the same authors and works again and
    again, and a citation with none (an archival one) has none."""
    keys: set[object] = set()
    for name in _surnames_of(people) | {_surname(p) for p in authors}:
        keys |= _name_keys(name)
    for text in (title, container):
        key = _title_key(text)
        if key:
            keys |= _title_index_keys(key)
    return frozenset(keys)


class _Earlier:
    """The citations read so far, indexed by name and title so that a short form looks only
    at those it could match (linear in the notes, where a scan of all earlier citations for
    each short form is quadratic on a long text)."""

    def __init__(self) -> None:
        self.seen: list[tuple[CitedNote, int, Citation]] = []
        self.by_key: dict[object, list[int]] = {}

    def add(self, note: CitedNote, index: int, c: Citation) -> None:
        number = len(self.seen)
        self.seen.append((note, index, c))
        people = tuple(c.authors or c.editors)
        authors = people if c.authors else tuple(c.authors)
        setdefault = self.by_key.setdefault
        for key in _index_keys(people, authors, c.title, c.container):
            setdefault(key, []).append(number)

    def candidates(self, c: Citation) -> Iterator[tuple[CitedNote, int, Citation]]:
        """Earlier citations sharing a name or title key with ``c``, nearest first."""
        keys: set[object] = set()
        for person in (*c.authors, *c.editors):
            name = _surname(person)
            if name:
                keys |= _name_keys(name)
        for title in (c.title, c.container, " ".join(c.authors)):
            key = _title_key(title)
            if key:
                keys |= _title_query_keys(key)
        lists = [self.by_key[k] for k in keys if k in self.by_key]
        last = -1
        for number in heapq.merge(*(reversed(x) for x in lists), reverse=True):
            if number != last:
                last = number
                yield self.seen[number]


def _resolve_short(earlier: _Earlier, missing: list[int], note_n: int, c: Citation) -> str | None:
    for note, i, candidate in earlier.candidates(c):
        if not _could_match(c, candidate):
            continue
        if _matches(c, candidate):
            c.refers_to = {"note": note.n, "index": i}
            return None
        if candidate.short and candidate.refers_to and _short_same(c, candidate):
            c.refers_to = dict(candidate.refers_to)
            return None
    name = ", ".join(c.authors) or c.title or c.raw
    gaps = bisect.bisect_left(missing, note_n)
    if gaps:
        return (
            f"no earlier full citation of {name!r} in the notes read; it may be in one of the "
            f"{gaps} earlier notes missing from this extraction"
        )
    return f"the article gives no fuller citation of {name!r} before this note"


def _short_same(a: Citation, b: Citation) -> bool:
    return (
        bool(a.authors)
        and [_surname(x) for x in a.authors] == [_surname(x) for x in b.authors]
        and (not a.title or not b.title or _title_matches(a.title, b.title))
    )


def build(notes: list[CitedNote], missing: list[int]) -> CitedArticle:
    unresolved = resolve(notes, missing)
    return CitedArticle(notes=notes, unresolved=unresolved, missing_notes=list(missing))
