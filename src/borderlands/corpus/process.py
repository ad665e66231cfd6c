"""One file -> its articles, read, cited and checked: the only module of the corpus that calls
the reader, the citation parser and the figure checks.

Everything it returns is plain, picklable data (dataclasses of strings, numbers, lists and
dicts), so that a Dask worker on another machine can send it back to the one database writer.
"""

from __future__ import annotations

import re
import time
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from borderlands.article import Article
from borderlands.article.reader import read_document
from borderlands.errors import InputError
from borderlands.figures import check_article
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


@dataclass(slots=True)
class ArticleResult:
    """One article of a file with everything the stages found in it, as rows."""

    seq: int  # the article's place in its file (0 for a file of one article)
    title: str | None
    authors: list[str]
    first_page: int | None
    last_page: int | None
    characters: int
    text_sha256: str
    pages: list[dict[str, object]] = field(default_factory=list)
    paragraphs: list[dict[str, object]] = field(default_factory=list)
    notes: list[dict[str, object]] = field(default_factory=list)
    citations: list[dict[str, object]] = field(default_factory=list)
    quantities: list[dict[str, object]] = field(default_factory=list)
    checks: list[dict[str, object]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


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
    cited = cite_article(article)
    report = check_article(article).to_json()
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
    return ArticleResult(
        seq=seq,
        title=title if isinstance(title, str) else None,
        authors=authors,
        first_page=min(numbers) if numbers else None,
        last_page=max(numbers) if numbers else None,
        characters=len(article.raw),
        text_sha256=str(article.source.get("sha256", "")),
        pages=[
            {"number": p.number, "start_line": p.span.start_line, "end_line": p.span.end_line}
            for p in article.pages
        ],
        paragraphs=[
            {
                "pid": p.id,
                "page": p.page,
                "line": p.pieces[0].start_line if p.pieces else None,
                "text": p.text,
            }
            for p in article.paragraphs
        ],
        notes=[
            {"n": n.n, "page": n.page, "line": n.span.start_line, "text": n.text}
            for n in article.notes
        ],
        citations=citation_rows(cited),
        quantities=list(report["quantities"]),  # type: ignore[call-overload]
        checks=[_check_row(c) for c in report["checks"]],  # type: ignore[attr-defined]
        warnings=list(article.warnings),
    )


def _check_row(check: dict[str, object]) -> dict[str, object]:
    """A check without its list of alternative fits (kept as their number)."""
    row = {k: v for k, v in check.items() if k != "alternatives"}
    alternatives = check.get("alternatives")
    row["alternatives"] = len(alternatives) if isinstance(alternatives, list) else 0
    return row


def citation_rows(cited: CitedArticle) -> list[dict[str, object]]:
    """Every citation as a row, with the archival file and the published work it cites:
    an ibid, a short form or a cross-reference cites what its full citation cites."""
    rows = []
    for note in cited.notes:
        for index, c in enumerate(note.citations):
            full = _full_citation(cited, c)
            rows.append(
                {
                    "note": note.n,
                    "note_page": note.page,
                    "idx": index,
                    "kind": c.kind,
                    "raw": c.raw,
                    "line": c.line,
                    "archive": c.archive,
                    "fond": c.fond,
                    "opis": c.opis,
                    "delo": c.delo,
                    "reel": c.reel,
                    "folios": c.pages or (full.pages if full is not None and full is not c else ""),
                    "date": c.date,
                    "year": c.year,
                    "authors": list(c.authors),
                    "editors": list(c.editors),
                    "title": c.title,
                    "container": c.container,
                    "short": c.short,
                    "refers_note": c.refers_to["note"] if c.refers_to else None,
                    "refers_idx": c.refers_to["index"] if c.refers_to else None,
                    "flags": list(c.flags),
                    "archival_file": archival_key(full) if full is not None else None,
                    "work": work_key(full) if full is not None else None,
                }
            )
    return rows


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
    if not c.archive:
        return None
    archive = c.archive_id or c.archive.strip()
    if c.kind == "archival" and c.fond and c.delo:
        return {
            "archive": archive,
            "fond": normalise_number(c.fond),
            "opis": normalise_number(c.opis),
            "delo": normalise_number(c.delo),
            "reel": "",
        }
    if c.kind == "microfilm" and c.reel:
        return {"archive": archive, "fond": "", "opis": "", "delo": "", "reel": c.reel}
    return None


def _fold(text: str) -> str:
    """Lower case, accents dropped, punctuation as spaces, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    return " ".join(re.sub(r"[^\w]+", " ", plain).split())


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
    if c.kind != "published" or not c.title or c.year is None:
        return None
    people = c.authors or c.editors
    names = ";".join(s for s in (surname(p) for p in people) if s)
    main = re.split(r"[:.?!]\s", c.title, maxsplit=1)[0]
    title = _LEADING_ARTICLE.sub("", _fold(main))
    if not title:
        return None
    return {
        "key": f"{names}|{title}|{c.year}",
        "authors": "; ".join(people),
        "title": c.title,
        "year": c.year,
    }
