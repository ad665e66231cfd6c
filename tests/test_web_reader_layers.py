"""The reader places checks, quantities and citations by the spans of the article's layers
when a stage has recorded them, and falls back to finding the stated text otherwise."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from borderlands.article.layers import annotate
from borderlands.web import reader
from borderlands.web.articleview import load_bundle

ARTICLE = Path(__file__).parent / "fixtures" / "web" / "article.txt"


@dataclass
class Verdict:
    verdict: str


def nth(text: str, word: str, n: int) -> int:
    return [m.start() for m in re.finditer(re.escape(word), text)][n]


def test_without_layers_the_check_sits_on_the_stated_figure() -> None:
    bundle = load_bundle(ARTICLE)
    assert bundle.article is not None and not bundle.article.layer("checks")
    html = reader.render(bundle)
    assert re.search(r'id="check-ref-0"[^>]*>[^<]*\d', html)


def test_layers_place_checks_quantities_and_citations_by_offset() -> None:
    bundle = load_bundle(ARTICLE)
    article = bundle.article
    assert article is not None
    para = article.paragraphs[0]
    second = nth(para.text, "the", 1)  # a span no text search for its words would pick
    check = annotate(article, "checks", para.id, second, second + 3, "consistent",
                     Verdict("consistent"))  # fmt: skip
    at = para.text.index("1935")
    quantity = annotate(article, "quantities", para.id, at, at + 4, "year")
    note = article.note(1)
    assert note is not None
    cited = annotate(article, "citations", "n1", 0, note.text.index(":"), "archival")
    article.add_layer("checks", [check])
    article.add_layer("quantities", [quantity])
    article.add_layer("citations", [cited])
    html = reader.render(bundle)
    assert para.text[:second].endswith("In the spring of 1935 ")
    assert re.search(
        r'In the spring of <span class="quantity" title="year">1935</span> '
        r'<a class="check verdict-consistent" id="check-ref-0" [^>]*>the<span',
        html,
    )
    cited_text = note.text[: note.text.index(":")]
    assert f'<span class="citation" title="archival">{cited_text}</span>' in html
