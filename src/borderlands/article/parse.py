"""Raw text -> :class:`Article`: the layers put together, with offsets into the raw text."""

from __future__ import annotations

import bisect
import gc
import hashlib
from collections import Counter, deque
from collections.abc import Sequence

from borderlands.article import body as body_mod
from borderlands.article.dictionary import is_word
from borderlands.article.layout import BodyLine, Layout, NoteDraft, NotePiece, scan
from borderlands.article.lines import Line, split_lines
from borderlands.article.model import (
    Article,
    Marker,
    Note,
    OffsetMap,
    Page,
    Paragraph,
    Repair,
    Section,
    Span,
)
from borderlands.article.pages import number_pages
from borderlands.article.spaces import SpaceMender
from borderlands.article.text import Built, Vocabulary, build, with_spaces

_CLOSED = tuple(".)”]?!")


class _Assembler:
    def __init__(
        self, raw: str, source: str, lines: tuple[list[Line], list[int]] | None = None
    ) -> None:
        """``lines`` are the raw text's lines and line starts, when already cut."""
        self.raw = raw
        self.source = source
        self.lines, self.line_starts = lines if lines is not None else split_lines(raw)
        self.warnings: list[str] = []
        self.repairs: list[Repair] = []
        self.markers: list[Marker] = []
        self.numbers: list[int] = []  # printed number of each page, by page index

    def line_of(self, offset: int) -> int:
        return max(1, bisect.bisect_right(self.line_starts, offset))

    def span(self, start: int, end: int) -> Span:
        last = max(start, end - 1)
        return Span(start, end, self.line_of(start), self.line_of(last))

    def run(self) -> Article:
        layout = scan(self.lines, self.raw)
        numbers, anchored = number_pages(layout.pages, self.warnings)
        self.numbers = numbers
        pages = self.pages(layout, numbers, anchored)
        pieces = count_pieces(self.raw)  # read once for both
        self.vocabulary = Vocabulary(self.raw, is_word, pieces)
        self.mender = SpaceMender(self.raw, pieces)
        source: dict[str, object] = {
            "path": self.source,
            "characters": len(self.raw),
            "lines": len(self.lines),
            "sha256": hashlib.sha256(self.raw.encode("utf-8", "surrogatepass")).hexdigest(),
        }
        sections: list[Section] = []
        text_blocks: list[body_mod.Block] = []
        for block in body_mod.group(layout.body, layout.width):
            if block.kind == "title":
                source["title"] = self.title(block.lines[0], layout)
            elif block.kind == "byline":
                source["byline"] = [b.text for b in block.lines]
            elif block.kind == "heading":
                line = block.lines[0]
                sections.append(
                    Section(line.text, numbers[line.page], self.span(line.start, line.end))
                )
            else:
                text_blocks.append(block)
        texts = self.mend_all(
            [_paragraph_pieces(block) for block in text_blocks]
            + [[(p.start, p.end) for p in draft.pieces] for draft in layout.notes]
        )
        paragraphs = [
            self.paragraph(block, k + 1, built)
            for k, (block, built) in enumerate(
                zip(text_blocks, texts[: len(text_blocks)], strict=True)
            )
        ]
        notes = [
            self.note(draft, built)
            for draft, built in zip(layout.notes, texts[len(text_blocks) :], strict=True)
        ]
        missing = self.check(layout, pages, notes)
        return Article(
            raw=self.raw,
            source=source,
            pages=pages,
            sections=sections,
            paragraphs=paragraphs,
            notes=notes,
            markers=self.markers,
            repairs=sorted(self.repairs, key=lambda r: r.span.start),
            missing_notes=missing,
            warnings=self.warnings,
            line_starts=self.line_starts,
        )

    def check(self, layout: Layout, pages: list[Page], notes: list[Note]) -> list[int]:
        """Record in ``warnings`` what a reader should know; return the missing notes."""
        present = {note.n for note in notes}
        called = {m.n for m in self.markers}
        missing = sorted(called - present)
        uncalled = sorted(present - called)
        if not pages:
            self.warnings.append("no pages found: the text has no page layout")
        if not notes:
            self.warnings.append("no footnotes found")
        if missing:
            self.warnings.append(
                f"{len(missing)} notes are called by markers in the body but their text is absent"
            )
        self.warnings.extend(layout.doubts)
        for note in notes:
            if note.text and not note.text.endswith(_CLOSED):
                self.warnings.append(
                    f"note {note.label} (page {note.page}) ends mid-sentence; the rest of it "
                    "is not in this copy"
                )
        if uncalled:
            self.warnings.append(
                "notes with no marker in the body: " + ", ".join(str(n) for n in uncalled)
            )
        return missing

    def pages(self, layout: Layout, numbers: list[int], anchored: list[bool]) -> list[Page]:
        pages: list[Page] = []
        for k, draft in enumerate(layout.pages):
            start = draft.first_line.start
            if k + 1 < len(layout.pages):
                following = layout.pages[k + 1].first_line
                end, end_line = following.start, following.number - 1
            else:
                end, end_line = len(self.raw), len(self.lines)
            head = draft.head
            pages.append(
                Page(
                    number=numbers[k],
                    span=Span(start, end, draft.first_line.number, end_line),
                    running_head=self.span(head.line.start, head.line.end) if head else None,
                    anchored=anchored[k],
                )
            )
            if head is not None:
                self.repairs.append(
                    Repair(
                        "running-head",
                        self.span(head.line.start, head.line.end),
                        head.line.text,
                        "",
                    )
                )
        return pages

    def title(self, line: BodyLine, layout: Layout) -> str:
        end = line.end
        if layout.title_star is not None and layout.title_star == end - 1:
            self.markers.append(
                Marker(0, self.span(end - 1, end), None, None, self.numbers[line.page])
            )
            end -= 1
        return self.raw[line.start : end].strip()

    def mend_all(self, texts: list[list[tuple[int, int]]]) -> list[Built]:
        """Reading texts from raw pieces, one per paragraph or note: lines joined and
        de-hyphenated, then lost spaces restored (all texts in one scan, once every word
        joined at a line end is known), with their maps back to the raw text."""
        built = [build(self.raw, pieces, self.vocabulary, self.line_of) for pieces in texts]
        joined = [r.after for b in built for r in b.repairs]
        mended = self.mender.mend_all([b.text for b in built], joined)
        # taken one by one, so that each text as it was before the spaces is let go as soon
        # as its mended form is made (on a large input they would double the texts' memory)
        pending = deque(zip(built, mended, strict=True))
        del built, mended
        results: list[Built] = []
        while pending:
            one, (text, points, repairs) = pending.popleft()
            offsets = with_spaces(one.offsets, points) if points else one.offsets
            for clean_at, before, after in repairs:
                raw_at = offsets.raw_offset(clean_at)
                self.repairs.append(
                    Repair("space", self.span(raw_at, raw_at + len(before)), before, after)
                )
            self.repairs.extend(one.repairs)
            results.append(Built(text, offsets, []))
        return results

    def paragraph(self, block: body_mod.Block, number: int, built: Built) -> Paragraph:
        pid = f"p{number}"
        raw_pieces, pages = self.per_page(block.lines)
        note_numbers: list[int] = []
        for line in block.lines:
            for hit in line.markers:
                clean = _clean_offset_before(built.offsets, hit.start)
                span = Span(hit.start, hit.end, line.line.number, line.line.number)
                self.markers.append(Marker(hit.n, span, pid, clean, self.numbers[line.page]))
                note_numbers.append(hit.n)
        return Paragraph(
            id=pid,
            page=pages[0],
            pages=pages,
            text=built.text,
            notes=note_numbers,
            pieces=raw_pieces,
            offsets=built.offsets,
            block_quote=block.kind == "block_quote",
        )

    def per_page(self, parts: Sequence[BodyLine | NotePiece]) -> tuple[list[Span], list[int]]:
        """A text's raw pieces (body lines or note pieces) merged into one span per page, and
        the printed numbers of those pages."""
        if not parts:
            return [], []
        pages_of = [part.page for part in parts]
        if pages_of.count(pages_of[0]) == len(pages_of):  # all on one page, as most texts
            first, last = parts[0], parts[-1]
            span = Span(first.start, last.end, first.line.number, last.line.number)
            return [span], [self.numbers[pages_of[0]]]
        spans: list[Span] = []
        pages: list[int] = []
        # one Span per page run, made when the run ends (Span is frozen: slow to build)
        run_first = run_last = parts[0]
        for part in parts:
            if part.page == run_first.page:
                run_last = part
                continue
            spans.append(
                Span(run_first.start, run_last.end, run_first.line.number, run_last.line.number)
            )
            pages.append(self.numbers[run_first.page])
            run_first = run_last = part
        spans.append(
            Span(run_first.start, run_last.end, run_first.line.number, run_last.line.number)
        )
        pages.append(self.numbers[run_first.page])
        return spans, pages

    def note(self, draft: NoteDraft, built: Built) -> Note:
        pieces, pages = self.per_page(draft.pieces)
        if pieces:
            first = pieces[0]
            pieces[0] = Span(draft.label_start, first.end, first.start_line, first.end_line)
        end = draft.pieces[-1].end if draft.pieces else draft.label_start
        return Note(
            n=draft.n,
            label=draft.label,
            page=self.numbers[draft.page],
            text=built.text,
            span=self.span(draft.label_start, end),
            pieces=pieces,
            offsets=built.offsets,
            pages=pages,
        )


def _paragraph_pieces(block: body_mod.Block) -> list[tuple[int, int]]:
    """Raw ``[start, end)`` pieces of a paragraph's lines, with the note markers cut out."""
    pieces: list[tuple[int, int]] = []
    for line in block.lines:
        pos = line.start
        for hit in line.markers:
            pieces.append((pos, hit.start))
            pos = hit.end
        pieces.append((pos, line.end))
    return pieces


def count_pieces(raw: str, block: int = 1 << 18) -> Counter[str]:
    """How often each whitespace-separated piece occurs in ``raw``, counted a block of
    lines at a time so that the list of all pieces of a large text never exists at once."""
    counts: Counter[str] = Counter()
    n = len(raw)
    start = 0
    while start < n:
        end = raw.find("\n", min(start + block, n))
        if end < 0:
            end = n
        counts.update(raw[start:end].split())
        start = end + 1
    return counts


def _clean_offset_before(offsets: OffsetMap, raw: int) -> int:
    """The reading-text offset where a marker cut out at raw offset ``raw`` stood."""
    i = bisect.bisect_right(offsets.raw_starts, raw - 1) - 1
    if i < 0:
        return 0
    inside = raw - offsets.raw_starts[i]
    return offsets.clean_starts[i] + min(inside, offsets.lengths[i])


def parse_text(text: str, source: str = "<text>") -> Article:
    """Parse an extracted article text into an :class:`Article` with standoff layers.

    The cyclic garbage collector is paused meanwhile: parsing makes millions of small
    objects with no reference cycles, and the collector's repeated passes over them cost
    more than the parse itself on large inputs (measured in docs/bench/article.md).
    """
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _Assembler(text, source).run()
    finally:
        if collecting:
            gc.enable()
