"""Every number the knowledge base states is printed where it says it is.

Rules enforced here, on the real article (read at run time):

* every cited page lies within the article (pp. 813-861);
* every cited note exists: it was read from the article, or the reader lists it as missing
  from this extraction;
* a source names a note only when the fact sits in that note's text, so a note whose text is
  missing from the extraction is never cited: a fact read next to its marker in the body is
  cited by page alone (the marker's page);
* a cited note is cited on the page where it starts (a footnote belongs to that page);
* the numeral a Figure, an event Count or an Exclusion states is printed, as stated, at every
  place it cites: in the body text of the page, or in the text of the note when a note is
  cited. Spaces, dashes, hyphens and line-break hyphenation are normalised for the
  comparison, nothing else.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from pydantic import BaseModel

from borderlands.article import Article, read_article
from borderlands.kb import KB, load
from borderlands.kb.schema import FIRST_PAGE, LAST_PAGE, SourceRef

pytestmark = pytest.mark.article

_DASHES = re.compile(r"[\u2010\u2011\u2012\u2013\u2014\u2015\u2212-]")
_LINE_BREAK_HYPHEN = re.compile(r"(?<=[^\W\d_])-[ \t]*\n[ \t]*(?=[^\W\d_])")
_DIGIT_THEN_LETTER = re.compile(r"(?<=\d)(?=[^\W\d_])")
_SPACE_AROUND_HYPHEN = re.compile(r"\s*-\s*")


def normalise(text: str) -> tuple[str, ...]:
    """The comparable forms of a printed text: case folded, every dash a hyphen, a space put
    back between a number and the word glued to it ("1.3million"), whitespace collapsed; one
    form with line-break hyphens dropped ("Mac-/lean" -> "Maclean"), one with them kept
    ("fifteen-/kilometer" -> "fifteen-kilometer"), and one where hyphens count as spaces
    ("twenty-seven" and "twenty seven")."""
    text = _DASHES.sub("-", text.casefold())
    text = _DIGIT_THEN_LETTER.sub(" ", text)
    joined = " ".join(_LINE_BREAK_HYPHEN.sub("", text).split())
    kept = " ".join(_LINE_BREAK_HYPHEN.sub("-", text).split())
    tight = _SPACE_AROUND_HYPHEN.sub("-", kept)
    spaced = " ".join(tight.replace("-", " ").split())
    return joined, kept, tight, spaced


def is_printed(stated: str, text: str) -> bool:
    """Whether ``stated`` occurs in ``text`` as a whole numeral or word sequence: not as part
    of a longer number ("49" inside "1949" or "7.5" inside "17.5") or a longer word ("nine"
    inside "ninety")."""
    targets = set(normalise(stated))
    for form in normalise(text):
        for target in targets:
            if not target:
                continue
            pattern = r"(?<![^\W_])(?<!\d[.,])" + re.escape(target) + r"(?![^\W_])(?![.,]\d)"
            if re.search(pattern, form):
                return True
    return False


@dataclass(frozen=True, slots=True)
class Claim:
    """A numeral the KB says is printed at a place in the article."""

    label: str
    stated: str
    source: SourceRef


def stated_claims(kb: KB) -> Iterator[Claim]:
    """Numerals said to be printed in the article (other works' are checked in
    test_kb_spotchecks: their text is not here)."""
    for figure in kb.figures:
        for source in figure.sources:
            if source.in_article:
                yield Claim(figure.id, figure.stated, source)
    for event in kb.events:
        for i, count in enumerate(event.counts, 1):
            if count.stated:
                for source in count.sources:
                    if source.in_article:
                        yield Claim(f"{event.id} count {i}", count.stated, source)
    for i, exclusion in enumerate(kb.exclusions):
        where = kb.exclusion_locations[i] if i < len(kb.exclusion_locations) else i + 1
        source = SourceRef(page=exclusion.page, note=exclusion.note)
        yield Claim(f"exclusion {where}", exclusion.stated, source)


def all_sources(value: object, where: str) -> Iterator[tuple[str, SourceRef]]:
    """Every SourceRef in the article inside a record, however deeply nested (counts, group
    fates, estimates)."""
    if isinstance(value, SourceRef):
        if value.in_article:
            yield where, value
    elif isinstance(value, list):
        for item in value:
            yield from all_sources(item, where)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from all_sources(getattr(value, name), where)


def every_source(kb: KB) -> list[tuple[str, SourceRef]]:
    out: list[tuple[str, SourceRef]] = []
    for type_name in KB.TYPES:
        for record in getattr(kb, type_name):
            out.extend(all_sources(record, record.id))
    for i, exclusion in enumerate(kb.exclusions):
        where = kb.exclusion_locations[i] if i < len(kb.exclusion_locations) else i + 1
        out.append((f"exclusion {where}", SourceRef(page=exclusion.page, note=exclusion.note)))
    return out


def reader_body_by_page(article: Article) -> dict[int, str]:
    """The body text the reader puts on each page: every paragraph's reading text, cut where
    the paragraph crosses a page break, and the section titles."""
    pages: dict[int, list[str]] = {}
    for paragraph in article.paragraphs:
        for piece in paragraph.pieces:
            page = article.page_of(piece.start)
            if page is None:
                continue
            start = paragraph.offsets.clean_offset(piece.start)
            end = paragraph.offsets.clean_offset(piece.end)
            pages.setdefault(page, []).append(paragraph.text[start:end])
    for section in article.sections:
        pages.setdefault(section.page, []).append(section.title)
    return {page: "\n".join(parts) for page, parts in pages.items()}


def raw_body_by_page(article: Article) -> dict[int, str]:
    """The raw lines of each page that belong to no footnote and are no running head: the
    exact printed body, for where the reader's repairs changed a word ("fifteen-/kilometer")."""
    lines = article.raw.split("\n")
    not_body: set[int] = set()
    for note in article.notes:
        for piece in note.pieces or [note.span]:
            not_body.update(range(piece.start_line, piece.end_line + 1))
    for page in article.pages:
        if page.running_head is not None:
            head = page.running_head
            not_body.update(range(head.start_line, head.end_line + 1))
    out: dict[int, str] = {}
    for page in article.pages:
        numbers = range(page.span.start_line, page.span.end_line + 1)
        out[page.number] = "\n".join(lines[n - 1] for n in numbers if n not in not_body)
    return out


def body_texts_by_page(article: Article) -> dict[int, tuple[str, ...]]:
    """Both readings of each page's body: the reader's repaired text and the raw lines."""
    reader, raw = reader_body_by_page(article), raw_body_by_page(article)
    return {page: (reader.get(page, ""), raw.get(page, "")) for page in reader.keys() | raw}


@pytest.fixture(scope="module")
def article(article_path: Path) -> Article:
    return read_article(article_path)


@pytest.fixture(scope="module")
def kb() -> KB:
    return load()


@pytest.fixture(scope="module")
def body(article: Article) -> dict[int, tuple[str, ...]]:
    return body_texts_by_page(article)


# --- the comparison itself, on hand-typed text ------------------------------------------


@pytest.mark.parametrize(
    ("stated", "text"),
    [
        ("171,781", "reported that 171,781 deportees had arrived"),
        ("fifteen-kilometer", "their respective fifteen-\nkilometer frontier strips"),
        ("1.3 million", "roughly 1.3million settlers were moved"),
        ("7,000–9,000", "some 7,000-9,000 villagers"),
        ("100- to 150-kilometer", "a 100- to 150-kilometer belt"),
        ("Twelve to 14 million", "twelve\nto 14 million refugees"),
        ("a quarter", "made up over a quarter of the district"),
        ("twenty-seven", "twenty-\nseven titles"),
    ],
)
def test_a_numeral_is_found_in_spite_of_layout(stated: str, text: str) -> None:
    assert is_printed(stated, text)


@pytest.mark.parametrize(
    ("stated", "text"),
    [
        ("49", "in 1949 the plan"),
        ("7.5", "a belt 17.5 kilometers wide"),
        ("5", "a belt 7.5 kilometers wide"),
        ("nine", "ninety kilometers deep"),
        ("3,500", "from 3,500,000 residents"),
        ("22.4 percent", "22.5 percent of the district"),
    ],
)
def test_a_numeral_inside_a_longer_one_is_not_found(stated: str, text: str) -> None:
    assert not is_printed(stated, text)


# --- the rules, on the real article and the bundled data -------------------------------


def printed_in_any(stated: str, texts: tuple[str, ...]) -> bool:
    return any(is_printed(stated, text) for text in texts)


def test_the_page_split_puts_known_figures_on_their_pages(
    body: dict[int, tuple[str, ...]],
) -> None:
    # Read in the article: Ezhov's Korean total is on p. 851, the Ukraine families on p. 848,
    # the 1913 frontier strips (hyphenated across a line) on p. 818; footnote 246's Belorussian
    # census figure is in a note on p. 853, not in that page's body.
    assert printed_in_any("171,781", body[851])
    assert not printed_in_any("171,781", body[850])
    assert printed_in_any("8,329", body[848])
    assert not printed_in_any("8,329", body[849])
    assert printed_in_any("fifteen-kilometer", body[818])
    assert not printed_in_any("119,881", body[853])


def test_every_cited_page_is_in_the_article(kb: KB) -> None:
    bad = [
        f"{where}: p. {s.page}"
        for where, s in every_source(kb)
        if not FIRST_PAGE <= s.page <= LAST_PAGE
    ]
    assert not bad, "\n".join(bad)


def test_every_cited_note_exists(kb: KB, article: Article) -> None:
    known = {note.n for note in article.notes} | set(article.missing_notes)
    bad = [
        f"{where}: p. {s.page} n. {s.note} is no note of the article"
        for where, s in every_source(kb)
        if s.note is not None and s.note not in known
    ]
    assert not bad, "\n".join(bad)


def test_no_fact_is_sourced_to_a_note_missing_from_the_extraction(kb: KB, article: Article) -> None:
    missing = set(article.missing_notes)
    marker_page = {m.n: m.page for m in article.markers}
    bad = [
        f"{where}: p. {s.page} n. {s.note} (text missing; cite p. {marker_page.get(s.note)})"
        for where, s in every_source(kb)
        if s.note in missing
    ]
    assert not bad, "\n".join(bad)


def test_a_cited_note_is_cited_on_the_page_where_it_starts(kb: KB, article: Article) -> None:
    start = {note.n: note.page for note in article.notes}
    bad = [
        f"{where}: p. {s.page} n. {s.note}, but note {s.note} starts on p. {start[s.note]}"
        for where, s in every_source(kb)
        if s.note in start and s.page != start[s.note]
    ]
    assert not bad, "\n".join(bad)


def test_every_stated_numeral_is_printed_where_it_is_cited(
    kb: KB, article: Article, body: dict[int, tuple[str, ...]]
) -> None:
    claims = list(stated_claims(kb))
    assert len(claims) > 200  # the bundled data states a few hundred numerals
    bad = []
    for claim in claims:
        s = claim.source
        if s.note is None:
            texts, place = body.get(s.page, ()), f"the body of p. {s.page}"
        else:
            note = article.note(s.note)
            texts = (note.text,) if note is not None else ()
            place = f"note {s.note}"
        if not printed_in_any(claim.stated, texts):
            bad.append(f"{claim.label}: {claim.stated!r} is not printed in {place}")
    assert not bad, f"{len(bad)} misplaced numerals:\n" + "\n".join(bad)


VAGUE_WORDING = re.compile(
    r"^(?:several |a few )?(?:dozens|hundreds|thousands|millions|tens of thousands|"
    r"hundreds of thousands|dozen|hundred|thousand|million)$"
)
VAGUE_NOTE = "(vague wording: low is the least the words can mean, not a printed number)"
# The least each wording can mean: a plural is at least two of its unit, "several" three.
VAGUE_FLOOR = {
    "dozens": 24,
    "hundreds": 200,
    "tens of thousands": 20_000,
    "hundreds of thousands": 200_000,
    "several dozen": 36,
    "several hundred": 300,
    "several thousand": 3_000,
    "several million": 3_000_000,
}


def test_vague_wordings_follow_one_rule(kb: KB) -> None:
    """ "Hundreds", "tens of thousands", "several million": no value and no ceiling are
    invented; ``low`` is the least the words can mean and the record says so."""
    quantities: list[tuple[str, str, object, str | None]] = [
        (f.id, f.stated, f, f.measures) for f in kb.figures
    ]
    for event in kb.events:
        for i, count in enumerate(event.counts, 1):
            if count.stated:
                quantities.append((f"{event.id} count {i}", count.stated, count, count.what))
    vague = [q for q in quantities if VAGUE_WORDING.match(q[1].casefold())]
    assert len(vague) >= 10
    bad = [
        f"{label}: {stated!r}"
        for label, stated, q, words in vague
        if getattr(q, "value", None) is not None
        or getattr(q, "high", None) is not None
        or getattr(q, "low", None) != VAGUE_FLOOR.get(stated.casefold())
        or not getattr(q, "approx", False)
        or not (words or "").endswith(VAGUE_NOTE)
    ]
    assert not bad, "\n".join(bad)


# --- links: a group or place tied to a record is named where the record cites -----------

# Places the article implies without naming them on the cited pages, with the reason.
IMPLIED_PLACES = {
    ("ev-1919-east-central-europe-pressured-emigration", "pl-eastern-europe"): "east central",
    ("ev-postwar-repatriation-turks-bulgaria", "pl-turkey"): "repatriation of Turks",
    ("ev-1922-gortsy-evictions-settlers", "pl-north-caucasus"): "named on p. 827",
    ("ev-1929-1930-polish-flight", "pl-poland"): "across the Polish-Soviet border",
}


def _stem(name: str) -> str:
    word = name.casefold().split("(")[0].strip()
    return (word[:-1] if word.endswith("s") else word)[:6]


def cited_text(article: Article, body: dict[int, tuple[str, ...]], sources: list[SourceRef]) -> str:
    parts: list[str] = []
    for s in sources:
        if s.note is None:
            parts.extend(body.get(s.page, ()))
        else:
            note = article.note(s.note)
            parts.append(note.text if note is not None else "")
    return re.sub(r"-\s+", "", " ".join(parts).casefold())


def test_linked_groups_and_places_are_named_where_cited(
    kb: KB, article: Article, body: dict[int, tuple[str, ...]]
) -> None:
    """A deportation of Finns that cites a page where no Finn is named points at the wrong
    page (or the wrong group). Only the article's pages are read here; a record citing
    other works only is left out. Names are matched loosely (first letters of the singular,
    aliases and variants too); the Soviet Union as a whole is implied everywhere."""
    linked: list[tuple[str, list[str], list[SourceRef]]] = []
    for event in kb.events:
        linked.append((event.id, [*event.groups, *event.origin, *event.destination], event.sources))
    for decree in kb.decrees:
        linked.append((decree.id, [*decree.groups, *decree.places], decree.sources))
    for group in kb.groups:
        for fate in group.fate:
            linked.append((f"{group.id} fate {fate.year}", [group.id], fate.sources))
    bad = []
    for label, ids, all_sources in linked:
        sources = [s for s in all_sources if s.in_article]
        if not sources:
            continue  # read from other works only: test_kb_spotchecks records their numbers
        text = cited_text(article, body, sources)
        for rid in ids:
            if rid == "pl-ussr" or (label, rid) in IMPLIED_PLACES:
                continue
            record = kb.get(rid)
            names = [
                getattr(record, "name", rid),
                *getattr(record, "aliases", []),
                *getattr(record, "variants", []),
            ]
            if not any(_stem(name) in text for name in names):
                bad.append(f"{label}: {rid} is not named on the pages it cites")
    assert not bad, "\n".join(bad)


def test_groups_places_and_persons_are_named_on_a_page_they_cite(
    kb: KB, article: Article, body: dict[int, tuple[str, ...]]
) -> None:
    """A record of a group, place or person cites at least one page or note that names it
    (organisations are left out: their names are descriptive, "Government of Greece")."""
    bad = []
    for type_name in ("groups", "places", "persons"):
        for record in getattr(kb, type_name):
            names = [
                record.name,
                *getattr(record, "aliases", []),
                *getattr(record, "variants", []),
            ]
            if not any(s.in_article for s in record.sources):
                continue  # read from other works only
            text = cited_text(article, body, [s for s in record.sources if s.in_article])
            if not any(_stem(name) in text for name in names):
                pages = ", ".join(
                    f"p. {s.page}" + (f" n. {s.note}" if s.note else "") for s in record.sources
                )
                bad.append(f"{record.id} ({record.name}) is not named at {pages}")
    assert not bad, "\n".join(bad)


def test_a_fate_year_falls_within_its_events(kb: KB) -> None:
    """A group's fate of year Y lists only events dated (where dated) to include Y."""
    bad = []
    for group in kb.groups:
        for fate in group.fate:
            for event_id in fate.events:
                event = kb.get(event_id)
                if event is None or not (event.start or event.end):
                    continue
                first = (event.start or event.end).year
                last = (event.end or event.start).year
                if not first <= fate.year <= last:
                    bad.append(f"{group.id} fate {fate.year}: {event_id} is {first}-{last}")
    assert not bad, "\n".join(bad)
