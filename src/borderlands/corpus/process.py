"""One file -> its articles, read, cited and checked: the only module of the corpus that calls
the reader, the citation parser and the figure checks.

Everything it returns is plain, picklable data (dataclasses of strings, numbers, lists and
dicts), so that a Dask worker on another machine can send it back to the one database writer.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from borderlands.article import Article
from borderlands.article.reader import read_document
from borderlands.errors import InputError
from borderlands.figures import FigureReport, check_article
from borderlands.figures.report import CheckOut, QuantityOut, check_out, quantity_out
from borderlands.sources import Citation, CitedArticle, cite_article

#: The kinds of file a corpus is built from, by suffix (lower case).
SUFFIXES: tuple[str, ...] = (".txt", ".pdf", ".docx")

#: A byline line naming an institution rather than a person.
_AFFILIATION = re.compile(
    r"\b(Universit|Institut|College|Academy|School|Museum|Library|Archive|Center|Centre)", re.I
)
#: Cyrillic letters that end fond, opis and delo numbers ("16а"), read as their Latin forms so
#: that "16а" and "16a" name the same file.
_CYRILLIC_SUFFIX = str.maketrans("абвгдеАБВГДЕ", "abvgdeabvgde")
_LEADING_ARTICLE = re.compile(r"^(the|a|an|la|le|les|der|die|das)\s+")
_SUBTITLE = re.compile(r"[:.?!]\s")
_NOT_WORD = re.compile(r"[^\w]+")


#: A row of each table an article fills, in the order of these columns (the writer puts the
#: article's id before them). The writer builds its INSERT statements from these names, so a
#: row and its statement cannot drift apart.
PAGE_COLUMNS = ("number", "start_line", "end_line")
PARAGRAPH_COLUMNS = ("pid", "page", "line", "text")
NOTE_COLUMNS = ("n", "page", "line", "text")
CITATION_COLUMNS = (
    "note", "note_page", "idx", "kind", "raw", "line", "archive", "fond", "opis", "delo", "reel",
    "folios", "date", "year", "authors", "editors", "title", "container", "short",
    "refers_note", "refers_idx", "flags",
)  # fmt: skip
QUANTITY_COLUMNS = (
    "line", "page", "text", "value", "low", "high", "unit", "subject", "approx", "kind",
    "where", "paragraph", "note",
)  # fmt: skip
CHECK_COLUMNS = (
    "line", "page", "stated", "stated_value", "formula", "computed", "verdict", "kind", "gap",
    "explanation", "where", "paragraph", "note", "alternatives",
)  # fmt: skip

#: An archival file as a key: archive, fond, opis, delo, reel (the columns of archival_files).
ArchivalKey = tuple[str, str, str, str, str]
#: A published work as a key and what is shown of it: key, authors, title, year.
WorkRow = tuple[str, str, str, int]
Row = tuple[object, ...]


@dataclass(slots=True)
class ArticleResult:
    """One article of a file with everything the stages found in it, as rows ready for the
    database (tuples in the order of the ``*_COLUMNS`` above, lists already JSON text): built
    on the worker, so that the one writer only inserts them, and compact to pickle."""

    seq: int  # the article's place in its file (0 for a file of one article)
    title: str | None
    authors: list[str]
    first_page: int | None
    last_page: int | None
    characters: int
    text_sha256: str
    pages: list[Row] = field(default_factory=list)
    paragraphs: list[Row] = field(default_factory=list)
    notes: list[Row] = field(default_factory=list)
    citations: list[Row] = field(default_factory=list)
    #: For each citation, the archival file and the work (its key) it cites, or None.
    cited: list[tuple[ArchivalKey | None, str | None]] = field(default_factory=list)
    #: Every work the citations name, once.
    works: list[WorkRow] = field(default_factory=list)
    quantities: list[Row] = field(default_factory=list)
    checks: list[Row] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    inconsistent: int = 0  # checks whose verdict is "inconsistent"


@dataclass(slots=True)
class FileResult:
    """What became of one file: its articles, or the one-line error that stopped it."""

    path: str
    articles: list[ArticleResult]
    error: str | None = None
    seconds: float = 0.0


def process_file(path: str) -> FileResult:
    """Read, cite and check every article of the file at ``path``. Bad input (an unreadable,
    empty or broken file) is returned as the file's error, never raised, so that one bad file
    does not stop a corpus run."""
    began = time.perf_counter()
    try:
        articles = [article_result(i, a) for i, a in enumerate(read_articles(Path(path)))]
        error = None
    except InputError as exc:
        articles, error = [], exc.line()
    except Exception as exc:  # a reader's bug on one file is that file's error, not the run's
        articles, error = [], f"{path}: {type(exc).__name__}: {exc}"
    return FileResult(path, articles, error, time.perf_counter() - began)


def read_articles(path: Path) -> list[Article]:
    """The articles of one file, as the reader gives them: PDFs, .docx and text recognised
    by their bytes, a journal volume split into its articles."""
    return read_document(path)


def article_result(seq: int, article: Article) -> ArticleResult:
    """One article cited and checked, as rows."""
    return article_rows(seq, article, cite_article(article), check_article(article))


def article_rows(
    seq: int, article: Article, cited: CitedArticle, report: FigureReport
) -> ArticleResult:
    """What the reader, the citation parser and the figure checks found in an article, as
    rows (apart from :func:`article_result`, so that the cost of the rows can be timed)."""
    named = article.source.get("authors")
    byline = article.source.get("byline")
    if isinstance(named, list):
        authors = [str(a) for a in named]
    elif isinstance(byline, list):
        authors = [b for b in byline if not _AFFILIATION.search(b)]
    else:
        authors = []
    title = article.source.get("title")
    numbers = [p.number for p in article.pages]
    citations, keys, works = citation_rows(cited)
    checks = [check_row(check_out(c)) for c in report.checks]
    return ArticleResult(
        seq=seq,
        title=title if isinstance(title, str) else None,
        authors=authors,
        first_page=min(numbers) if numbers else None,
        last_page=max(numbers) if numbers else None,
        characters=len(article.raw),
        text_sha256=str(article.source.get("sha256", "")),
        pages=[(p.number, p.span.start_line, p.span.end_line) for p in article.pages],
        paragraphs=[
            (p.id, p.page, p.pieces[0].start_line if p.pieces else None, p.text)
            for p in article.paragraphs
        ],
        notes=[(n.n, n.page, n.span.start_line, n.text) for n in article.notes],
        citations=citations,
        cited=keys,
        works=works,
        quantities=[quantity_row(quantity_out(q)) for q in report.quantities],
        checks=checks,
        warnings=list(article.warnings),
        inconsistent=sum(1 for c in report.checks if c.verdict == "inconsistent"),
    )


def quantity_row(q: QuantityOut) -> Row:
    """A quantity found, as a row of ``quantities`` (QUANTITY_COLUMNS)."""
    return (
        q.line, q.page, q.text, q.value, q.low, q.high, q.unit, q.subject, int(q.approx), q.kind,
        q.where, q.paragraph, q.note,
    )  # fmt: skip


def check_row(c: CheckOut) -> Row:
    """A check as a row of ``checks`` (CHECK_COLUMNS): its alternative fits kept as their
    number."""
    return (
        c.line, c.page, c.stated, c.stated_value, c.formula, c.computed, c.verdict, c.kind, c.gap,
        c.explanation, c.where, c.paragraph, c.note, len(c.alternatives),
    )  # fmt: skip


def _json(value: list[str]) -> str:
    """A list as JSON text; most lists here are empty, and ``json.dumps`` is slow on them."""
    return json.dumps(value, ensure_ascii=False) if value else "[]"


def citation_rows(
    cited: CitedArticle,
) -> tuple[list[Row], list[tuple[ArchivalKey | None, str | None]], list[WorkRow]]:
    """Every citation as a row (CITATION_COLUMNS); beside each, the archival file and the
    published work it cites (an ibid, a short form or a cross-reference cites what its full
    citation cites); and every work named, once. The keys of one full citation are made once,
    however many ibids point to it."""
    rows: list[Row] = []
    keys: list[tuple[ArchivalKey | None, str | None]] = []
    works: dict[str, WorkRow] = {}
    keyed: dict[int, tuple[ArchivalKey | None, WorkRow | None]] = {}
    for note in cited.notes:
        for index, c in enumerate(note.citations):
            full = _full_citation(cited, c)
            if full is None:
                archival, work = None, None
            elif id(full) in keyed:
                archival, work = keyed[id(full)]
            else:
                archival, work = keyed[id(full)] = (_archival_parts(full), _work_parts(full))
            if work is not None:
                works[work[0]] = work
            keys.append((archival, work[0] if work is not None else None))
            refers = c.refers_to
            rows.append(
                (
                    note.n, note.page, index, c.kind, c.raw, c.line, c.archive, c.fond, c.opis,
                    c.delo, c.reel,
                    c.pages or (full.pages if full is not None and full is not c else ""),
                    c.date, c.year, _json(c.authors), _json(c.editors), c.title, c.container,
                    int(bool(c.short)), refers["note"] if refers else None,
                    refers["index"] if refers else None, _json(c.flags),
                )
            )  # fmt: skip
    return rows, keys, [works[key] for key in sorted(works)]


def _full_citation(cited: CitedArticle, citation: Citation) -> Citation | None:
    """The full citation behind a citation (itself when it is full), through chains of ibid
    and short forms; None when it cannot be resolved."""
    seen = 0
    current: Citation | None = citation
    while current is not None and current.refers_to is not None and seen < 20:
        current = cited.target(current)
        seen += 1
    if current is None or current.refers_to is not None:
        return None
    return current


def normalise_number(value: str | None) -> str:
    """A fond, opis or delo number in one spelling: no spaces, lower case, Latin letters."""
    return "".join((value or "").split()).translate(_CYRILLIC_SUFFIX).casefold()


def archival_key(c: Citation) -> dict[str, str] | None:
    """The archival file a full citation cites: archive and fond/opis/delo for an archival
    file, archive and reel for microfilm; None for anything else or when a part is missing.
    The archive is the registry's present archive where the registry knows the name, so a
    file cited under a former name ("TsGAOR") and the present one ("GARF") is one file."""
    parts = _archival_parts(c)
    if parts is None:
        return None
    return dict(zip(("archive", "fond", "opis", "delo", "reel"), parts, strict=True))


def _archival_parts(c: Citation) -> ArchivalKey | None:
    """:func:`archival_key` as a tuple in the column order of ``archival_files``."""
    if not c.archive:
        return None
    archive = c.archive_id or c.archive.strip()
    if c.kind == "archival" and c.fond and c.delo:
        return (
            archive,
            normalise_number(c.fond),
            normalise_number(c.opis),
            normalise_number(c.delo),
            "",
        )
    if c.kind == "microfilm" and c.reel:
        return (archive, "", "", "", c.reel)
    return None


def _fold(text: str) -> str:
    """Lower case, accents dropped, punctuation as spaces, spaces collapsed."""
    if not text.isascii():  # most titles and names are: no accents to drop
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(_NOT_WORD.sub(" ", text.casefold()).split())


def surname(name: str) -> str:
    """A person's surname as a key: "Fitzroy Maclean" and "Maclean, Fitzroy" -> "maclean"."""
    if "," in name:
        name = name.split(",", 1)[0]
    words = _fold(name).split()
    return words[-1] if words else ""


def work_key(c: Citation) -> dict[str, object] | None:
    """A published work as a key matched across articles: the surnames of its authors (else
    its editors), its main title (before any subtitle, without a leading article) and its
    year, with the names and title as printed for display; None when the citation is not a
    full published one."""
    parts = _work_parts(c)
    if parts is None:
        return None
    key, authors, title, year = parts
    return {"key": key, "authors": authors, "title": title, "year": year}


def _work_parts(c: Citation) -> WorkRow | None:
    """:func:`work_key` as a tuple: key, authors, title, year."""
    if c.kind != "published" or not c.title or c.year is None:
        return None
    people = c.authors or c.editors
    names = ";".join(s for s in (surname(p) for p in people) if s)
    main = _SUBTITLE.split(c.title, maxsplit=1)[0]
    title = _LEADING_ARTICLE.sub("", _fold(main))
    if not title:
        return None
    return (f"{names}|{title}|{c.year}", "; ".join(people), c.title, c.year)
