"""An article's PDF pages -> :class:`Article`.

The plain text of the pages (each printed line on one line, pages in order) becomes the
article's raw text; the layout already told what each line is (:mod:`pdf_layout`), so
pages, paragraphs, notes and markers are spans of that text, exactly as for a text file.
Reading texts are made by the same joining, de-hyphenation and space repairs.
"""

from __future__ import annotations

import hashlib
import itertools
import re
from dataclasses import dataclass, field

from borderlands.article.dictionary import is_word
from borderlands.article.lines import Line, split_lines
from borderlands.article.markers import CANDIDATE
from borderlands.article.model import Article, Marker, Note, Page, Paragraph, Repair, Section, Span
from borderlands.article.parse import _Assembler, _clean_offset_before, count_pieces
from borderlands.article.pdf_layout import PageRoles, Role
from borderlands.article.spaces import SpaceMender
from borderlands.article.text import Built, Vocabulary
from borderlands.article.volume import join_lines

_ABSTRACT = re.compile(r"^(abstract|summary)\b\s*[:.—–-]?\s*", re.IGNORECASE)
_KEYWORDS = re.compile(r"^(key ?words|index terms)\b\s*[:.—–-]?\s*", re.IGNORECASE)
_CLOSED = tuple(".)”]?!")
_STARS = ("*", "†", "‡")
_FRONT = frozenset(("title", "subtitle", "author", "header", "affiliation", "abstract", "keywords"))
_AUTHOR_SPLIT = re.compile(r",\s+(?!(?:Jr|Sr|II|III|IV)\b)|\s+and\s+|\s*&\s*")
_BY = re.compile(r"^by\s+", re.IGNORECASE)
MARKER_WINDOW = 5


@dataclass(slots=True)
class Placed:
    role: Role
    k: int  # index of its page among the article's pages
    start: int  # raw offsets of the line's text
    end: int


@dataclass(slots=True)
class Metadata:
    """What the volume splitter learned about an article outside its pages."""

    pdf_pages: tuple[int, int] = (0, 0)  # 1-based PDF pages, inclusive
    abstract: str = ""
    keywords: list[str] = field(default_factory=list)
    byline: list[str] = field(default_factory=list)  # "by ..." on the abstract page
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class TextTools:
    """What the reader learns of a whole raw text (its lines, its words), made once when
    several articles share one text (a volume's text extraction)."""

    lines: tuple[list[Line], list[int]]
    vocabulary: Vocabulary
    mender: SpaceMender


def text_tools(raw: str) -> TextTools:
    pieces = count_pieces(raw)
    return TextTools(split_lines(raw), Vocabulary(raw, is_word, pieces), SpaceMender(raw, pieces))


def build_article(
    pages: list[PageRoles],
    source: str,
    meta: Metadata,
    raw: str | None = None,
    tools: TextTools | None = None,
) -> Article:
    """The article whose pages, with their lines' roles, are ``pages``.

    With no ``raw``, the raw text is made of the lines, one a line, pages in order (a PDF);
    given ``raw`` (a text extraction), each line's ``at`` says where it stands in it, and
    ``tools`` may carry what is already known of it.
    """
    placed: list[list[Placed]] = []
    chunks: list[str] = []
    at = 0
    for k, page in enumerate(pages):
        row: list[Placed] = []
        for role in page.roles:
            text = role.line.text
            if raw is not None:
                row.append(Placed(role, k, role.line.at, role.line.at + len(text)))
                continue
            row.append(Placed(role, k, at, at + len(text)))
            chunks.append(text)
            at += len(text) + 1
        placed.append(row)
    if raw is None:
        raw = "\n".join(chunks) + "\n"
    return _PdfAssembler(raw, source, pages, placed, meta, tools or text_tools(raw)).run()


class _PdfAssembler(_Assembler):
    def __init__(
        self,
        raw: str,
        source: str,
        pages: list[PageRoles],
        placed: list[list[Placed]],
        meta: Metadata,
        tools: TextTools,
    ) -> None:
        super().__init__(raw, source, tools.lines)
        self.vocabulary = tools.vocabulary
        self.mender = tools.mender
        self.page_roles = pages
        self.placed = placed
        self.meta = meta
        self.numbers = _page_numbers(pages)

    def run(self) -> Article:
        pages = self.make_pages()
        front: dict[str, list[str]] = {}
        self.front_matter(front)
        sections: list[Section] = []
        paragraphs: list[list[Placed]] = []
        quotes: list[bool] = []
        notes: list[list[Placed]] = []
        for k, row in enumerate(self.placed):
            for item in row:
                kind = item.role.kind
                if kind in _FRONT:
                    front.setdefault(kind, []).append(self.title_star(item, k))
                elif kind == "heading":
                    text = item.role.line.text
                    if sections and _follows(sections[-1], item, self.raw):
                        last = sections[-1]
                        sections[-1] = Section(
                            f"{last.title} {text}", last.page, self.span(last.span.start, item.end)
                        )
                    else:
                        sections.append(
                            Section(text, self.numbers[k], self.span(item.start, item.end))
                        )
                elif kind in ("body", "quote"):
                    if item.role.paragraph_start or not paragraphs:
                        paragraphs.append([])
                        quotes.append(kind == "quote")
                    paragraphs[-1].append(item)
                elif kind == "note":
                    if item.role.note_n is not None or not notes:
                        notes.append([])
                    notes[-1].append(item)
        note_pages = {g[0].role.note_n: g[0].k for g in notes if g[0].role.note_n}
        footnotes = not any(r.role.kind == "endnotes" for row in self.placed for r in row)
        markers_of = self.find_markers(paragraphs, note_pages, footnotes)
        texts = self.mend_all(
            [_cut(group, found) for group, found in zip(paragraphs, markers_of, strict=True)]
            + [_note_pieces(group) for group in notes]
        )
        paras = [
            self.make_paragraph(k + 1, group, found, quote, built)
            for k, (group, found, quote, built) in enumerate(
                zip(paragraphs, markers_of, quotes, texts[: len(paragraphs)], strict=True)
            )
        ]
        note_list = [
            self.make_note(group, built)
            for group, built in zip(notes, texts[len(paragraphs) :], strict=True)
        ]
        source = self.source_record(front)
        self.warnings.extend(self.meta.warnings)
        missing = self.check_notes(note_list)
        return Article(
            raw=self.raw,
            source=source,
            pages=pages,
            sections=sections,
            paragraphs=paras,
            notes=note_list,
            markers=self.markers,
            repairs=sorted(self.repairs, key=lambda r: r.span.start),
            missing_notes=missing,
            warnings=self.warnings,
            line_starts=self.line_starts,
        )

    def title_star(self, item: Placed, k: int) -> str:
        """A title line's text; an asterisk or dagger ending it (the call of the unnumbered
        note on the title) is recorded as marker 0 and left out."""
        text = item.role.line.text
        if item.role.kind in ("title", "subtitle") and text.endswith(_STARS) and len(text) > 1:
            span = self.span(item.end - 1, item.end)
            self.markers.append(Marker(0, span, None, None, self.numbers[k]))
            return text[:-1].rstrip()
        return text

    def front_matter(self, front: dict[str, list[str]]) -> None:
        """On the first page, a paragraph opening "Abstract" and a line opening "Keywords"
        (with the lines that continue them) are the article's metadata, not its body."""
        if not self.placed:
            return
        body = [i.role for i in self.placed[0] if i.role.kind in ("body", "quote")]
        right = max((r.line.x1 for r in body), default=0.0)
        mode = ""
        prev = ""
        short = False
        for role in body:
            text = role.line.text
            if _ABSTRACT.match(text):
                mode = "abstract"
            elif _KEYWORDS.match(text):
                mode = "keywords"
            elif (
                role.paragraph_start
                or (
                    # an abstract ends with a short line ending a sentence, keywords with a
                    # line that does not end in a separator
                    mode == "abstract" and prev.endswith(_CLOSED) and short
                )
                or (mode == "keywords" and not prev.endswith((",", ";")))
            ):
                mode = ""
            if not mode:
                break
            role.kind = mode
            role.paragraph_start = False
            prev = text
            short = role.line.x1 < right - 0.1 * (right - role.line.x0)
        # the paragraph after the front matter opens a paragraph even when not indented
        kinds = [item.role for item in self.placed[0]]
        for before, role in itertools.pairwise(kinds):
            if before.kind in ("abstract", "keywords") and role.kind == "body":
                role.paragraph_start = True

    def make_pages(self) -> list[Page]:
        pages: list[Page] = []
        for k, (page, row) in enumerate(zip(self.page_roles, self.placed, strict=True)):
            if not row:
                continue
            start = row[0].start
            end = (
                self.placed[k + 1][0].start
                if k + 1 < len(self.placed) and self.placed[k + 1]
                else len(self.raw)
            )
            head = next((p for p in row if p.role.kind == "head"), None)
            span = Span(start, end, self.line_of(start), self.line_of(max(start, end - 1)))
            head_span = self.span(head.start, head.end) if head else None
            if head is not None and head_span is not None:
                self.repairs.append(Repair("running-head", head_span, head.role.line.text, ""))
            pages.append(Page(self.numbers[k], span, head_span, page.number is not None))
        return pages

    def find_markers(
        self, paragraphs: list[list[Placed]], notes: dict[int, int], footnotes: bool
    ) -> list[list[tuple[Placed, int, int, int]]]:
        """The note markers of each paragraph: raised digits, or digits glued to a word or
        punctuation whose number is a note of this article (for footnotes, a note printed on
        the marker's page or the next). Of those candidates, the longest run of rising
        numbers in reading order is kept, so a stray reference (``28:19``) cannot hide the
        markers that follow it."""
        candidates: list[tuple[int, Placed, int, int, int]] = []
        for p, group in enumerate(paragraphs):
            for item in group:
                text = item.role.line.text
                if item.role.line.raised:
                    hits = [(int(text[a:b]), a, b) for a, b in item.role.line.raised]
                else:
                    hits = [
                        (int(m.group(1)), m.start(1), m.end(1)) for m in CANDIDATE.finditer(text)
                    ]
                for n, a, b in hits:
                    if n not in notes:
                        continue
                    if footnotes and not 0 <= notes[n] - item.k <= 1:
                        continue
                    candidates.append((p, item, n, item.start + a, item.start + b))
        keep = _rising([c[2] for c in candidates])
        found: list[list[tuple[Placed, int, int, int]]] = [[] for _ in paragraphs]
        for i in keep:
            p, item, n, start, end = candidates[i]
            found[p].append((item, n, start, end))
        return found

    def make_paragraph(
        self,
        number: int,
        group: list[Placed],
        found: list[tuple[Placed, int, int, int]],
        quote: bool,
        built: Built,
    ) -> Paragraph:
        pid = f"p{number}"
        spans, pages = self.pieces_by_page(group)
        for item, n, start, end in found:
            line = self.line_of(start)
            clean = _clean_offset_before(built.offsets, start)
            page = self.numbers[item.k]
            self.markers.append(Marker(n, Span(start, end, line, line), pid, clean, page))
        return Paragraph(
            id=pid,
            page=pages[0],
            pages=pages,
            text=built.text,
            notes=[n for _, n, _, _ in found],
            pieces=spans,
            offsets=built.offsets,
            block_quote=quote,
        )

    def make_note(self, group: list[Placed], built: Built) -> Note:
        first = group[0]
        spans, pages = self.pieces_by_page(group)
        return Note(
            n=first.role.note_n or 0,
            label=first.role.label or "?",
            page=pages[0],
            text=built.text,
            span=self.span(first.start, group[-1].end),
            pieces=spans,
            offsets=built.offsets,
            pages=pages,
        )

    def pieces_by_page(self, group: list[Placed]) -> tuple[list[Span], list[int]]:
        spans: list[Span] = []
        pages: list[int] = []
        run: list[Placed] = []
        for item in group:
            if run and item.k != run[0].k:
                spans.append(self.span(run[0].start, run[-1].end))
                pages.append(self.numbers[run[0].k])
                run = []
            run.append(item)
        if run:
            spans.append(self.span(run[0].start, run[-1].end))
            pages.append(self.numbers[run[0].k])
        return spans, pages

    def source_record(self, front: dict[str, list[str]]) -> dict[str, object]:
        source: dict[str, object] = {
            "path": self.source,
            "kind": "pdf",
            "characters": len(self.raw),
            "lines": len(self.lines),
            "sha256": hashlib.sha256(self.raw.encode("utf-8", "surrogatepass")).hexdigest(),
        }
        title = join_lines(front.get("title", []))
        subtitle = join_lines(front.get("subtitle", []))
        if title:
            source["title"] = (
                f"{title}: {subtitle}"
                if subtitle and not title.endswith(":")
                else (f"{title} {subtitle}" if subtitle else title)
            )
        authors = _authors(front.get("author", [])) or _authors(
            [_BY.sub("", b) for b in self.meta.byline]
        )
        if authors:
            source["authors"] = authors
            source["byline"] = front.get("author") or self.meta.byline
        numbers = [p.number for p in self.page_roles if p.number is not None]
        if self.numbers:
            source["printed_pages"] = [self.numbers[0], self.numbers[-1]]
        if self.meta.pdf_pages != (0, 0):
            source["pdf_pages"] = list(self.meta.pdf_pages)
        header = front.get("header", [])
        if header:
            source["header"] = header
            stated = _stated_range(header)
            if stated is not None:
                source["stated_pages"] = list(stated)
                if numbers and (numbers[0], numbers[-1]) != stated:
                    self.warnings.append(
                        f"the header gives pages {stated[0]}–{stated[1]}, the pages found are "
                        f"{numbers[0]}–{numbers[-1]}"
                    )
        if front.get("affiliation"):
            source["affiliations"] = front["affiliation"]
        abstract = _ABSTRACT.sub("", join_lines(front.get("abstract", [])))
        if abstract or self.meta.abstract:
            source["abstract"] = abstract or self.meta.abstract
        keywords = _KEYWORDS.sub("", join_lines(front.get("keywords", [])))
        if keywords:
            source["keywords"] = [k.strip() for k in re.split(r"[;,]", keywords) if k.strip()]
        elif self.meta.keywords:
            source["keywords"] = self.meta.keywords
        return source

    def check_notes(self, notes: list[Note]) -> list[int]:
        present = {n.n for n in notes}
        called = {m.n for m in self.markers}
        missing = sorted(called - present)
        numbered = sorted(n.n for n in notes if n.n)
        if numbered:
            gaps = sorted(set(range(1, numbered[-1] + 1)) - set(numbered))
            if gaps:
                self.warnings.append(
                    "note numbers missing from the sequence: " + ", ".join(map(str, gaps))
                )
        uncalled = sorted(present - called - {0})
        if not notes:
            self.warnings.append("no footnotes found")
        if missing:
            self.warnings.append(
                f"{len(missing)} notes are called by markers in the body but their text is absent"
            )
        if uncalled:
            self.warnings.append(
                "notes with no marker found in the body: " + ", ".join(map(str, uncalled))
            )
        return missing


def _rising(numbers: list[int]) -> list[int]:
    """Indices of a longest strictly rising subsequence of ``numbers`` (earliest on ties)."""
    import bisect

    tails: list[int] = []  # tails[j]: index of the smallest last number of a run of j + 1
    before: list[int] = [-1] * len(numbers)
    for i, n in enumerate(numbers):
        j = bisect.bisect_left([numbers[t] for t in tails], n)
        if j > 0:
            before[i] = tails[j - 1]
        if j == len(tails):
            tails.append(i)
        else:
            tails[j] = i
    out: list[int] = []
    i = tails[-1] if tails else -1
    while i >= 0:
        out.append(i)
        i = before[i]
    return out[::-1]


def _follows(section: Section, item: Placed, raw: str) -> bool:
    """A heading line right after the heading before (a heading set on two lines)."""
    return raw[section.span.end : item.start] == "\n"


def _cut(group: list[Placed], found: list[tuple[Placed, int, int, int]]) -> list[tuple[int, int]]:
    """Raw pieces of a paragraph's lines with the markers cut out."""
    by_line: dict[int, list[tuple[int, int]]] = {}
    for item, _, start, end in found:
        by_line.setdefault(item.start, []).append((start, end))
    pieces: list[tuple[int, int]] = []
    for item in group:
        pos = item.start
        for start, end in by_line.get(item.start, []):
            pieces.append((pos, start))
            pos = end
        pieces.append((pos, item.end))
    return pieces


def _note_pieces(group: list[Placed]) -> list[tuple[int, int]]:
    first = group[0]
    pieces = [(first.start + first.role.label_end, first.end)]
    pieces.extend((item.start, item.end) for item in group[1:])
    return pieces


def _page_numbers(pages: list[PageRoles]) -> list[int]:
    """Printed page numbers, those not printed (title pages) counted from their neighbours."""
    known = [(k, p.number) for k, p in enumerate(pages) if p.number is not None]
    if not known:
        return list(range(1, len(pages) + 1))
    numbers: list[int] = []
    for k in range(len(pages)):
        nearest = min(known, key=lambda kn: abs(kn[0] - k))
        numbers.append(nearest[1] + (k - nearest[0]))
    return numbers


def _authors(lines: list[str]) -> list[str]:
    joined = join_lines(lines)
    return [a.strip() for a in _AUTHOR_SPLIT.split(joined) if a.strip()] if joined else []


_RANGE = re.compile(r"(\d{1,4})\s*[–—-]\s*(\d{1,4})\s*$")


def _stated_range(header: list[str]) -> tuple[int, int] | None:
    for line in header:
        m = _RANGE.search(line)
        if m and int(m.group(1)) <= int(m.group(2)):
            return int(m.group(1)), int(m.group(2))
    return None
