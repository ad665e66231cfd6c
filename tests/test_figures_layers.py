"""Issue #11: quantities and checks as span layers of the Article; the JSON as their view;
every check carries its inputs and kind; the plain-words text of the table, HTML and web."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderlands.figures import annotate_figures, check_article, check_text, report_html
from borderlands.figures.plain import in_reading_order, plain_words

pytestmark = pytest.mark.article


def test_layers_hold_every_quantity_and_check_at_the_json_offsets(
    article_path: Path, article_text: str
) -> None:
    read_article = pytest.importorskip("borderlands.article").read_article
    article = read_article(article_path)
    report = check_article(article)
    annotate_figures(article, report)
    quantities, checks = article.layer("quantities"), article.layer("checks")
    assert len(quantities) == len(report.quantities) > 100
    assert len(checks) == len(report.checks) > 30
    data = report.to_json()
    spans = {(q["start"], q["end"]) for q in data["quantities"]}  # type: ignore[index]
    assert {(a.start, a.end) for a in quantities} == spans
    for a in quantities:
        assert "".join(article_text[a.start : a.end].replace("-", "").split()) == "".join(
            a.data.quantity.text.replace("-", "").split()
        )
    for a in checks:
        assert a.label == a.data.verdict and a.start <= a.data.claim.raw_start < a.end


def test_every_check_in_json_carries_kind_and_located_inputs() -> None:
    text = "Of the 8,000 carts, 2,000 went north (25 percent) and 3,000 went south (73 percent)."
    data = check_text(text).to_json()
    checks = data["checks"]
    assert checks
    for c in checks:  # type: ignore[union-attr]
        assert c["kind"] and c["plain"]
        assert 0 <= c["start"] < c["end"] <= len(text)
        for i in c["inputs"]:
            assert text[i["start"] : i["end"]] == i["text"]
            assert isinstance(i["value"], int | float)
            assert "page" in i
    wrong = [c for c in checks if c["verdict"] == "inconsistent"]  # type: ignore[union-attr]
    assert [c["stated"] for c in wrong] == ["73 percent"]
    assert wrong[0]["intended"] == "38"  # 3,000 / 8,000 = 37.5, printed like "73"


def test_plain_words_say_what_the_parts_add_up_to_and_come_worst_first() -> None:
    text = (
        "The three districts held 52,300 persons in all: 24,600 in Tomsk, 18,300 in "
        "Kolpashevo and 9,400 in Parabel.\n\nOf the 800 families, 200 left (52 percent)."
    )
    report = check_text(text)
    ordered = in_reading_order(report.checks)
    assert ordered[0].verdict == "inconsistent"
    (total,) = [c for c in report.checks if c.kind == "sum"]
    assert plain_words(total).startswith("the three parts add up to 52,300")
    page = report_html(report)
    assert page.index('class="check inconsistent"') < page.index('class="check consistent"')
    assert "paragraph 1" in page and not re.search(r"line \d", page.split("All quantities")[0])


def test_json_gives_place_marked_sentence_and_severity_for_the_web_page() -> None:
    text = "Of the 800 families, 200 left (52 percent).\n\nThe 90 carts carried 900 sacks."
    (check,) = check_text(text).to_json()["checks"]  # type: ignore[misc]
    assert check["place"] == "paragraph 1" and check["severity"] == 0
    assert '<mark class="stated">52 percent</mark>' in check["sentence_html"]
    assert '<span class="input">200</span>' in check["sentence_html"]
