"""Coverage of the article's body quantities by KB figures, counts and exclusions."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from borderlands.errors import InputError
from borderlands.kb import load
from borderlands.kb.coverage import BodyQuantity, coverage, numeral_key, read_gold

FIXTURES = Path(__file__).parent / "fixtures" / "kb"

# The floor the bundled data meets (the lead raises it as curation goes on).
TYPED_FLOOR = 0.95
EXTRACTED_FLOOR = 0.95


def typed_gold() -> list[BodyQuantity]:
    entries = yaml.safe_load((FIXTURES / "body_quantities.yaml").read_text(encoding="utf-8"))
    return [BodyQuantity(e["page"], e["stated"]) for e in entries]


def test_numeral_keys() -> None:
    assert numeral_key("152,424") == ("152424",)
    assert numeral_key("about 22.4 percent") == ("22.4",)
    assert numeral_key("7,000–9,000") == ("7000", "9000")
    assert numeral_key("100- to 150-kilometer") == ("100", "to", "150")


def test_matching_on_page_and_numeral() -> None:
    kb = load(FIXTURES / "good")
    result = coverage(
        kb,
        [
            BodyQuantity(851, "171,781"),  # a figure on p. 851
            BodyQuantity(852, "171,781"),  # same numeral, wrong page
            BodyQuantity(847, "9,000 to 10,000"),  # an event count on p. 847
            BodyQuantity(851, "1,000"),  # an exclusion on p. 851
            BodyQuantity(847, "22.4"),  # a figure stated "22.4 percent"
            BodyQuantity(847, "22.5"),
        ],
    )
    assert [(r.how, r.covered_by[:1]) for r in result.rows] == [
        ("figure", ["fig-korean-total"]),
        (None, []),
        ("count", ["ev-finn-border-1935#count 1"]),
        ("exclusion", [f"exclusion {FIXTURES / 'good' / 'exclusions' / 'core.yaml'}:1"]),
        ("figure", ["fig-finn-share"]),
        (None, []),
    ]
    assert (result.covered, result.total) == (4, 6)
    assert result.by_how() == {"figure": 2, "count": 1, "exclusion": 1, "uncovered": 2}


def test_typed_gold_list_is_long_enough_and_on_article_pages() -> None:
    gold = typed_gold()
    assert len(gold) >= 60
    assert all(813 <= q.page <= 861 for q in gold)


def test_bundled_data_covers_the_typed_gold_list() -> None:
    result = coverage(load(), typed_gold())
    print(
        f"\nKB coverage of the typed gold list: {result.covered}/{result.total} "
        f"= {result.ratio:.1%} {result.by_how()}"
    )
    assert result.ratio >= TYPED_FLOOR


@pytest.mark.article
def test_bundled_data_covers_the_extracted_body_quantities(article_path: Path) -> None:
    try:
        from borderlands.kb.coverage import article_body_quantities

        gold = article_body_quantities(article_path)
    except ImportError:
        pytest.skip("the figures extractor is not available")
    assert len(gold) >= 60
    result = coverage(load(), gold)
    print(
        f"\nKB coverage of the extracted body quantities: {result.covered}/{result.total} "
        f"= {result.ratio:.1%} {result.by_how()}"
    )
    assert result.ratio >= EXTRACTED_FLOOR


@pytest.mark.parametrize("page", ["eight hundred", "851a", "true", "0", "-851", "851.5"])
def test_a_gold_page_that_is_not_a_page_number(tmp_path: Path, page: str) -> None:
    """Once a ValueError traceback (QA defect 5); now the file and the line of the page."""
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        f"- {{page: 850, stated: '20,000'}}\n- stated: '171,781'\n  page: {page}\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError) as info:
        read_gold(gold)
    assert (info.value.source, info.value.place) == (str(gold), "3")
    assert "not a page number" in info.value.what


def test_gold_pages_written_as_numbers_or_digit_strings(tmp_path: Path) -> None:
    gold = tmp_path / "gold.yaml"
    gold.write_text(
        "- {page: 851, stated: '171,781'}\n- {page: '850', stated: '20,000'}\n", encoding="utf-8"
    )
    assert read_gold(gold) == [BodyQuantity(851, "171,781"), BodyQuantity(850, "20,000")]
