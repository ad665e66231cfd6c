"""Notes -> a CitedArticle, with references resolved across notes.

Two entry points share one core: :func:`cite_article` for an article read by the article
reader (its citations also become the span layer "citations" of the Article, on the raw
text), and :func:`cite_notes` for loose notes (a list copied from a word processor or a
spreadsheet, one note a line: :func:`read_notes`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from borderlands.article import Article, read_article
from borderlands.article.layers import Annotation
from borderlands.article.model import Note
from borderlands.article.reader import read_text
from borderlands.sources.model import CitedArticle, CitedNote
from borderlands.sources.parse import parse_note
from borderlands.sources.registry import Archive, shared_archives
from borderlands.sources.resolve import build

LAYER = "citations"


@dataclass(frozen=True, slots=True)
class LooseNote:
    """A note outside an article: its number (a line number for a list of notes), the page
    if known, and its text."""

    n: int
    page: int | None
    text: str


def cite_notes(
    notes: Iterable[LooseNote],
    missing: Sequence[int] = (),
    archives: dict[str, Archive] | None = None,
) -> CitedArticle:
    """Parse every note and resolve ibid, short forms and "(n. X above)" across them;
    ``missing`` lists note numbers known to be lost (a reference to one stays unresolved)."""
    registry = archives if archives is not None else shared_archives()  # read, never changed
    defined: dict[str, str] = {}
    cited: list[CitedNote] = []
    for note in sorted(notes, key=lambda x: x.n):
        citations = parse_note(note.text, note.n, note.page, archives=registry, defined=defined)
        cited.append(CitedNote(note.n, note.page, note.text, citations))
    return build(cited, sorted(missing))


def read_notes(path: str | Path) -> list[LooseNote]:
    """Loose notes from a text file, one note a line (blank lines skipped); ``n`` is the
    line number. Unreadable, binary or empty files are an InputError naming the file."""
    text = read_text(path)
    return [
        LooseNote(number, None, line.strip())
        for number, line in enumerate(text.splitlines(), start=1)
        if line.strip()
    ]


def cite_notes_file(path: str | Path, archives: dict[str, Archive] | None = None) -> CitedArticle:
    """Cite the loose notes of a file (see :func:`read_notes`)."""
    return cite_notes(read_notes(path), archives=archives)


def cite_article(article: Article, archives: dict[str, Archive] | None = None) -> CitedArticle:
    """Parse every note of an article, resolve references across notes, and put the
    citations on the article as its span layer "citations" (raw offsets, page, note); each
    citation's ``line`` is read from the layer."""
    ordered = sorted(article.notes, key=lambda x: x.n)
    cited = cite_notes(
        (LooseNote(note.n, note.page, note.text) for note in ordered),
        article.missing_notes,
        archives,
    )
    for note, cited_note in zip(ordered, cited.notes, strict=True):
        cited_note.start_line = note.start_line
    layer = annotate_citations(article, cited)
    for annotation in layer:
        annotation.data.line = annotation.line
    article.add_layer(LAYER, layer)
    return cited


def annotate_citations(article: Article, cited: CitedArticle) -> list[Annotation]:
    """Every citation of ``cited`` as a span of the article's raw text: its raw offsets,
    line and page, the note ("n45") and the offsets in the note's reading text; ``data`` is
    the Citation itself, ``label`` its kind.

    What :func:`borderlands.article.layers.annotate` does for one span, done here with the
    note in hand: ``annotate`` looks the note up by key, which is linear in the notes."""
    notes = sorted(article.notes, key=lambda x: x.n)
    if [n.n for n in notes] != [c.n for c in cited.notes]:
        first: dict[int, Note] = {}
        for note in notes:
            first.setdefault(note.n, note)
        notes = [first[c.n] for c in cited.notes if c.n in first]
    out: list[Annotation] = []
    for note, cited_note in zip(notes, cited.notes, strict=False):
        if not note.offsets.clean_starts:
            continue  # a note with no text in the raw file has nowhere to put a span
        for c in cited_note.citations:
            start, end = note.offsets.raw_range(c.start, c.end)
            out.append(
                Annotation(
                    layer=LAYER,
                    start=start,
                    end=end,
                    line=article.line_of(start),
                    page=article.page_of(start),
                    passage=f"n{note.n}",
                    passage_start=c.start,
                    passage_end=c.end,
                    label=c.kind,
                    data=c,
                )
            )
    return out


def cite_file(path: str | Path, archives: dict[str, Archive] | None = None) -> CitedArticle:
    """Read the article at ``path`` with the article reader and cite it."""
    return cite_article(read_article(Path(path)), archives)
