"""The ``borderlands parse --format json`` document: DESIGN.md's public shape, plus markers
and repairs. pydantic models describe the boundary; ``to_json`` fills them from an Article."""

from __future__ import annotations

from pydantic import BaseModel

from borderlands.article.model import Article


class PageOut(BaseModel):
    number: int
    start_line: int
    end_line: int
    start: int
    end: int
    anchored: bool
    running_head_line: int | None


class SectionOut(BaseModel):
    title: str
    page: int
    line: int


class ParagraphOut(BaseModel):
    id: str
    page: int
    pages: list[int]
    text: str
    notes: list[int]
    block_quote: bool
    start_line: int
    end_line: int


class NoteOut(BaseModel):
    n: int
    label: str
    page: int
    pages: list[int]
    text: str
    start_line: int
    end_line: int
    start: int
    end: int


class MarkerOut(BaseModel):
    n: int
    page: int
    line: int
    start: int
    end: int
    paragraph: str | None


class RepairOut(BaseModel):
    kind: str
    line: int
    start: int
    end: int
    before: str
    after: str


class ArticleOut(BaseModel):
    source: dict[str, object]
    pages: list[PageOut]
    sections: list[SectionOut]
    paragraphs: list[ParagraphOut]
    notes: list[NoteOut]
    missing_notes: list[int]
    warnings: list[str]
    markers: list[MarkerOut]
    repairs: list[RepairOut]


def to_model(article: Article) -> ArticleOut:
    return ArticleOut(
        source=article.source,
        pages=[
            PageOut(
                number=p.number,
                start_line=p.span.start_line,
                end_line=p.span.end_line,
                start=p.span.start,
                end=p.span.end,
                anchored=p.anchored,
                running_head_line=p.running_head.start_line if p.running_head else None,
            )
            for p in article.pages
        ],
        sections=[
            SectionOut(title=s.title, page=s.page, line=s.span.start_line) for s in article.sections
        ],
        paragraphs=[
            ParagraphOut(
                id=p.id,
                page=p.page,
                pages=p.pages,
                text=p.text,
                notes=p.notes,
                block_quote=p.block_quote,
                start_line=p.pieces[0].start_line if p.pieces else 0,
                end_line=p.pieces[-1].end_line if p.pieces else 0,
            )
            for p in article.paragraphs
        ],
        notes=[
            NoteOut(
                n=n.n,
                label=n.label,
                page=n.page,
                pages=n.pages,
                text=n.text,
                start_line=n.start_line,
                end_line=n.end_line,
                start=n.span.start,
                end=n.span.end,
            )
            for n in article.notes
        ],
        missing_notes=article.missing_notes,
        warnings=article.warnings,
        markers=[
            MarkerOut(
                n=m.n,
                page=m.page,
                line=m.span.start_line,
                start=m.span.start,
                end=m.span.end,
                paragraph=m.paragraph_id,
            )
            for m in article.markers
        ],
        repairs=[
            RepairOut(
                kind=r.kind,
                line=r.span.start_line,
                start=r.span.start,
                end=r.span.end,
                before=r.before,
                after=r.after,
            )
            for r in article.repairs
        ],
    )


def to_json(article: Article, indent: int | None = 1) -> str:
    return to_model(article).model_dump_json(indent=indent) + "\n"


def to_json_list(articles: list[Article], indent: int | None = 1) -> str:
    """A volume's articles as one JSON list, in the order they are printed."""
    parts = [to_model(a).model_dump_json(indent=indent) for a in articles]
    return "[\n" + ",\n".join(parts) + "\n]\n"
