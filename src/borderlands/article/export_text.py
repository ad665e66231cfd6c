"""A clean reading text: title, headings and paragraphs, markers as ``[n]``, notes at the end."""

from __future__ import annotations

from borderlands.article.model import Article, Paragraph


def _with_markers(paragraph: Paragraph, cuts: list[tuple[int, int]]) -> str:
    parts: list[str] = []
    prev = 0
    for offset, n in cuts:
        parts.append(paragraph.text[prev:offset])
        parts.append(f"[{n}]")
        prev = offset
    parts.append(paragraph.text[prev:])
    return "".join(parts)


def to_text(article: Article) -> str:
    out: list[str] = []
    title = article.source.get("title")
    if title:
        star = "[*]" if article.note(0) is not None else ""
        out.append(f"{title}{star}")
    byline = article.source.get("byline")
    if isinstance(byline, list) and byline:
        out.append("\n".join(str(b) for b in byline))
    headings = sorted(article.sections, key=lambda s: s.span.start)
    markers_of: dict[str, list[tuple[int, int]]] = {}
    for m in article.markers:
        if m.paragraph_id is not None and m.clean_offset is not None:
            markers_of.setdefault(m.paragraph_id, []).append((m.clean_offset, m.n))
    h = 0
    for paragraph in article.paragraphs:
        start = paragraph.pieces[0].start if paragraph.pieces else 0
        while h < len(headings) and headings[h].span.start < start:
            out.append(headings[h].title.upper())
            h += 1
        text = _with_markers(paragraph, sorted(markers_of.get(paragraph.id, [])))
        out.append("    " + text.replace("\n", " ") if paragraph.block_quote else text)
    out.extend(s.title.upper() for s in headings[h:])
    if article.notes:
        out.append("NOTES")
        out.extend(f"[{n.label}] {n.text}" for n in article.notes)
    if article.missing_notes:
        missing = ", ".join(str(n) for n in article.missing_notes)
        out.append(f"(Notes called in the text but absent from this copy: {missing}.)")
    return "\n\n".join(out) + "\n"
