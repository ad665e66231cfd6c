"""The article reader: paragraphs under their printed pages, note markers that open their
notes, parsed citations under each note, and checked figures highlighted in place.

Works without JavaScript: a marker is a link to its note, and a note is a ``<details>`` whose
content holds the link target, which browsers open on fragment navigation. The HTML is
built once per server (the article does not change while it runs).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from markupsafe import Markup, escape

from borderlands.article.model import Paragraph
from borderlands.web.articleview import ARCHIVAL_KINDS, ArticleBundle


@dataclass(frozen=True, slots=True)
class Insert:
    start: int
    end: int  # equal to start for a point (a note marker)
    open_html: Markup
    close_html: Markup


def annotate(text: str, inserts: list[Insert]) -> Markup:
    """Escape ``text`` and wrap or insert the given HTML at clean-text offsets.

    Ranges that overlap an earlier range are dropped; a point inside a kept range moves to
    the range's end, so markup always nests.
    """
    kept: list[Insert] = []
    last_end = -1
    for ins in sorted((i for i in inserts if i.end > i.start), key=lambda i: (i.start, -i.end)):
        if ins.start >= last_end:
            kept.append(ins)
            last_end = ins.end
    points = sorted((i for i in inserts if i.end == i.start), key=lambda i: i.start)
    moved = []
    for point in points:
        at = point.start
        for rng in kept:
            if rng.start < at < rng.end:
                at = rng.end
        moved.append(Insert(at, at, point.open_html, point.close_html))
    events: list[tuple[int, int, Markup]] = []
    for rng in kept:
        events.append((rng.start, 1, rng.open_html))
        events.append((rng.end, 0, rng.close_html))
    for point in moved:
        events.append((point.start, 2, point.open_html))
    events.sort(key=lambda e: (e[0], e[1]))
    out: list[str] = []
    pos = 0
    for at, _, html in events:
        at = max(0, min(at, len(text)))
        out.append(str(escape(text[pos:at])))
        out.append(str(html))
        pos = at
    out.append(str(escape(text[pos:])))
    return Markup("".join(out))


def citation_html(citation: dict[str, Any]) -> Markup:
    kind = citation.get("kind", "")
    if kind in ARCHIVAL_KINDS:
        parts = [
            f"{label} {citation[key]}"
            for label, key in (("f.", "fond"), ("op.", "opis"), ("d.", "delo"), ("reel", "reel"))
            if citation.get(key)
        ]
        if citation.get("pages"):
            parts.append(f"l. {citation['pages']}")
        if citation.get("date"):
            parts.append(str(citation["date"]))
        text = f"{citation.get('archive') or 'archive'} " + ", ".join(parts)
        return Markup('<span class="cit-kind">{}</span> <a href="/archives#{}">{}</a>').format(
            kind, f"archive-{citation.get('archive') or ''}", text
        )
    if kind == "published":
        authors = ", ".join(citation.get("authors") or [])
        title = citation.get("title") or citation.get("raw", "")
        year = citation.get("year") or ""
        return Markup('<span class="cit-kind">{}</span> {}{} <cite>{}</cite> {}').format(
            kind, authors, ":" if authors else "", title, year
        )
    refers = citation.get("refers_to")
    target = f" → note {refers['note']}" if isinstance(refers, dict) else ""
    return Markup('<span class="cit-kind">{}</span> {}{}').format(
        kind, citation.get("raw", ""), target
    )


def _paragraph_html(p: Paragraph, bundle: ArticleBundle, checks: dict[str, Any]) -> Markup:
    assert bundle.article is not None
    inserts: list[Insert] = []
    seen: dict[int, int] = {}
    present = {note.n for note in bundle.article.notes}
    for marker in bundle.article.markers:
        if marker.paragraph_id != p.id or marker.clean_offset is None:
            continue
        seen[marker.n] = seen.get(marker.n, 0) + 1
        ref_id = f"ref-{marker.n}" if seen[marker.n] == 1 else f"ref-{marker.n}-{seen[marker.n]}"
        inserts.append(
            Insert(
                marker.clean_offset,
                marker.clean_offset,
                _marker_html(marker.n, ref_id, marker.n in present),
                Markup(""),
            )
        )
    layer = bundle.article.layer("checks")
    if layer:  # placed by the span the figures stage recorded
        for index, span in enumerate(layer):
            if span.passage == p.id:
                verdict = getattr(span.data, "verdict", None) or span.label
                verdict = str(getattr(verdict, "value", verdict))
                inserts.append(_check_insert(span.passage_start, span.passage_end, index, verdict))
    else:  # no layer: the stated figure's first occurrence in the paragraph
        for index, check in checks.get(p.id, []):
            stated = str(check.get("stated") or "")
            at = p.text.find(stated) if stated else -1
            if at >= 0:
                verdict = str(check.get("verdict", "unverifiable"))
                inserts.append(_check_insert(at, at + len(stated), index, verdict))
    inserts += _spans(bundle, "quantities", p.id, "quantity")
    return annotate(p.text, inserts)


def _marker_html(n: int, ref_id: str, present: bool) -> Markup:
    """A note marker: a link to its note, or, when the copy lacks the note, plain text
    that says so (a link would lead nowhere)."""
    if present:
        return Markup(
            '<sup class="marker"><a href="#note-{n}" id="{r}" aria-label="note {n}">{n}</a></sup>'
        ).format(n=n, r=ref_id)
    return Markup(
        '<sup class="marker absent" id="{r}" title="note {n} is missing from this copy">'
        '{n}<span class="visually-hidden"> (note {n} is missing from this copy)</span></sup>'
    ).format(n=n, r=ref_id)


def _check_insert(start: int, end: int, index: int, verdict: str) -> Insert:
    return Insert(
        start,
        end,
        Markup(
            '<a class="check verdict-{v}" id="check-ref-{i}" href="/checks#check-{i}" '
            'title="figure check: {v}">'
        ).format(v=verdict, i=index),
        Markup('<span class="visually-hidden"> (check: {})</span></a>').format(verdict),
    )


def _spans(bundle: ArticleBundle, layer: str, passage: str, css: str) -> list[Insert]:
    """A ``<span class=css>`` over each annotation of ``layer`` in one passage (none when
    no stage has added the layer)."""
    assert bundle.article is not None
    return [
        Insert(
            a.passage_start,
            a.passage_end,
            Markup('<span class="{c}" title="{t}">').format(c=css, t=a.label),
            Markup("</span>"),
        )
        for a in bundle.article.layer(layer)
        if a.passage == passage
    ]


Links = dict[int, list[tuple[str, str]]]  # note -> (href, title) of records citing it


def _note_html(n: int, bundle: ArticleBundle, cited_by: Links) -> Markup:
    text = annotate(bundle.note_text(n) or "", _spans(bundle, "citations", f"n{n}", "citation"))
    citations = bundle.citations(n)
    items = Markup("").join(Markup("<li>{}</li>").format(citation_html(c)) for c in citations)
    cites = Markup('<ul class="citations">{}</ul>').format(items) if citations else Markup("")
    count = f"{len(citations)} citation{'s' if len(citations) != 1 else ''}" if citations else ""
    records = cited_by.get(n, [])
    claims = (
        Markup('<p class="cited-by">Knowledge-base records citing this note: {}</p>').format(
            Markup(", ").join(
                Markup('<a href="{}">{}</a>').format(href, title) for href, title in records
            )
        )
        if records
        else Markup("")
    )
    return Markup(
        '<details class="note"><summary>Note {label} <span class="muted">{count}</span>'
        '</summary><div class="note-body" id="note-{n}" tabindex="-1"><p>{text}</p>{cites}'
        '{claims}<p><a href="#ref-{n}">Back to the text</a></p></div></details>'
    ).format(label=n if n else "*", n=n, count=count, text=text, cites=cites, claims=claims)


def _starts_before(offset: int, paragraph_start: int | None) -> bool:
    return paragraph_start is not None and offset <= paragraph_start


def render(bundle: ArticleBundle, cited_by: Links | None = None) -> str:
    """The reader's body: one section per printed page; ``cited_by`` lists, under each note,
    the knowledge-base records that cite it."""
    cited_by = cited_by or {}
    article = bundle.article
    if article is None:
        return ""
    checks = bundle.checks_by_paragraph()
    sections_by_start = sorted(article.sections, key=lambda s: s.span.start)
    parts: list[Markup] = []
    for page in article.pages:
        paras = [p for p in article.paragraphs if p.page == page.number]
        notes = [note for note in article.notes if note.page == page.number]
        body: list[Markup] = []
        for p in paras:
            first = min((s.start for s in p.pieces), default=None)
            while sections_by_start and _starts_before(sections_by_start[0].span.start, first):
                section = sections_by_start.pop(0)
                body.append(Markup('<h3 class="section">{}</h3>').format(section.title))
            more = [n for n in p.pages if n != p.page]
            cont = (
                Markup(' <span class="muted">(continues on p. {})</span>').format(
                    ", ".join(str(n) for n in more)
                )
                if more
                else Markup("")
            )
            css = "para quote" if p.block_quote else "para"
            body.append(
                Markup(
                    '<p class="{c}" id="{id}"><a class="para-id" href="#{id}">¶ {id}</a> '
                    "{t}{cont}</p>"
                ).format(c=css, id=p.id, t=_paragraph_html(p, bundle, checks), cont=cont)
            )
        note_block = (
            Markup('<aside class="notes" aria-label="Notes on page {}">{}</aside>').format(
                page.number, Markup("").join(_note_html(note.n, bundle, cited_by) for note in notes)
            )
            if notes
            else Markup("")
        )
        parts.append(
            Markup(
                '<section class="page" id="page-{n}" aria-labelledby="page-{n}-h">'
                '<h2 id="page-{n}-h">Page {n}</h2>{body}{notes}</section>'
            ).format(n=page.number, body=Markup("").join(body), notes=note_block)
        )
    return str(Markup("").join(parts))


def as_json(bundle: ArticleBundle) -> dict[str, Any]:
    article = bundle.article
    if article is None:
        return {"available": False, "missing": bundle.missing.get("article")}
    return {
        "available": True,
        "pages": [
            {"number": p.number, "start_line": p.span.start_line, "end_line": p.span.end_line}
            for p in article.pages
        ],
        "paragraphs": [
            {"id": p.id, "page": p.page, "pages": p.pages, "text": p.text, "notes": p.notes}
            for p in article.paragraphs
        ],
        "notes": [
            {
                "n": note.n,
                "page": note.page,
                "text": note.text,
                "citations": bundle.citations(note.n),
            }
            for note in article.notes
        ],
        "missing_notes": article.missing_notes,
        "missing_layers": bundle.missing,
    }
