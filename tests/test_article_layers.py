"""Span layers: an annotation made from passage offsets lands on the raw text it names."""

from __future__ import annotations

from borderlands.article import annotate, parse_text

TEXT = """THE JOURNAL 1

A first paragraph says that 1,200 families left the district in the spring.1

It goes on for a second paragraph with 40 percent of them arriving.2

1 A note citing a file of the regional archive.
2 A second note.
"""


def test_annotation_offsets_point_at_the_words_in_the_raw_text() -> None:
    article = parse_text(TEXT)
    para = next(p for p in article.paragraphs if "40 percent" in p.text)
    at = para.text.index("40 percent")
    ann = annotate(article, "quantities", para.id, at, at + len("40"), "percent", data=40)
    assert article.raw[ann.start : ann.end] == "40"
    assert ann.line == article.line_of(ann.start)
    assert ann.page == article.page_of(ann.start)
    article.add_layer("quantities", [ann])
    assert article.layer("quantities") == [ann]
    assert article.layer("checks") == []


def test_annotation_in_a_note() -> None:
    article = parse_text(TEXT)
    note = article.note(1)
    assert note is not None
    at = note.text.index("regional archive")
    ann = annotate(article, "citations", "n1", at, at + len("regional archive"), "archival")
    assert article.raw[ann.start : ann.end] == "regional archive"
    assert ann.to_dict()["passage"] == "n1"
