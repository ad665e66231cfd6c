"""Issue #14: every check in JSON carries the printed figures its verdict rests on, each with
its value, text, page and offsets, also when the verdict is a comparison without a computed
value (a rank, "the largest", "second only to"), when it is a duration (the dates it is
counted between, their years as values) and when it is a count of a list (the items, their
places as values). Sentences of our own, and every gold text."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.figures.report import check_text
from gold_article import GOLD

DECIDED = ("consistent", "inconsistent", "ambiguous")


def page_of(offset: int) -> int:
    """Pages of 1,000 characters: an input's page must be the page of its own offset."""
    return 1 + offset // 1000


def checks_of(text: str) -> list[dict]:
    return check_text(text, page_of).to_json()["checks"]


def input_texts(check: dict) -> list[str]:
    return sorted(i["text"] for i in check["inputs"])


def test_a_rank_carries_the_counts_it_orders() -> None:
    text = (
        "The Ust-Vym camp held 1,046 prisoners, Kotlas 812, Ukhta 734 and Pechora 598. "
        "Ukhta came second."
    )
    (check,) = checks_of(text)
    assert check["kind"] == "comparison"
    assert check["verdict"] == "inconsistent"  # 734 is the third of the four
    assert check["computed"] is None
    assert input_texts(check) == ["1,046", "598", "734", "812"]
    for i in check["inputs"]:
        assert text[i["start"] : i["end"]] == i["text"]
        assert i["page"] == 1


def test_a_superlative_and_second_only_to_carry_their_counts() -> None:
    largest = (
        "By 1947 the Ust-Vym camp held 1,046 prisoners, the largest of the camps; Kotlas held "
        "812 and Ukhta 734."
    )
    (check,) = checks_of(largest)
    assert (check["stated"], check["verdict"]) == ("largest", "consistent")
    assert input_texts(check) == ["1,046", "734", "812"]
    second = (
        "Kotlas, with 812 prisoners, was second only to Ust-Vym, with 1,046, and ahead of "
        "Ukhta, with 734."
    )
    (check,) = checks_of(second)
    assert (check["stated"], check["verdict"]) == ("second only to", "consistent")
    assert input_texts(check) == ["1,046", "734", "812"]


def test_a_claim_in_words_without_its_counts_has_no_inputs() -> None:
    """Nothing is invented: a rank whose counts are not printed rests on nothing."""
    for c in checks_of("Kotlas was the second largest of the northern camps in 1947."):
        assert c["verdict"] == "unverifiable" or c["inputs"]


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.txt")), ids=lambda p: p.stem)
def test_every_decided_check_of_a_gold_text_names_its_printed_inputs(path: Path) -> None:
    """A consistent, inconsistent or ambiguous verdict on a figure of one of the kinds whose
    inputs are printed figures names at least one of them; each input's offsets give its
    text. (A duration names its dates when their year is printed in its paragraph.)"""
    text = path.read_text(encoding="utf-8")
    for c in checks_of(text):
        for i in c["inputs"]:
            assert " ".join(text[i["start"] : i["end"]].split()) == i["text"], (c["stated"], i)
            assert i["value"] is not None or None not in (i["low"], i["high"])  # or a range
            assert i["page"] == page_of(i["start"])
        if c["verdict"] in DECIDED and c["kind"] != "duration":
            assert c["inputs"], (c["kind"], c["stated"], c["explanation"])


@pytest.mark.parametrize(
    ("text", "stated", "dates"),
    [
        (  # two dates of one sentence, the second without its year
            "The first echelon left Kustanai on 12 June 1941 and reached Karaganda on 29 June, "
            "seventeen days later.",
            "seventeen",
            [("12 June 1941", 1941), ("29 June", 1941)],
        ),
        (  # a year counted from one printed in the sentence before
            "The commission sat from 1936. It was dissolved in 1948, twelve years after it "
            "first met.",
            "twelve",
            [("1936", 1936), ("1948", 1948)],
        ),
        (  # months between the two dates of the sentence before
            "The withdrawals began in March 1944 and ended in July 1945. They were thus spread "
            "over a sixteen-month period.",
            "sixteen",
            [("March 1944", 1944), ("July 1945", 1945)],
        ),
        (  # days back to the date of the same verb in the sentence before; the year is the
            # one printed before both
            "In 1937 the first train left on 4 October. The last arrived on 9 November, 36 "
            "days after it had left.",
            "36",
            [("4 October", 1937), ("9 November", 1937)],
        ),
    ],
)
def test_a_duration_carries_the_dates_it_counts_between(
    text: str, stated: str, dates: list[tuple[str, int]]
) -> None:
    (check,) = checks_of(text)
    assert (check["kind"], check["stated"], check["verdict"]) == ("duration", stated, "consistent")
    assert [(i["text"], i["value"]) for i in check["inputs"]] == dates
    for i in check["inputs"]:
        assert text[i["start"] : i["end"]] == i["text"]
        assert i["unit"] == "year"


def test_a_count_of_a_list_carries_its_items_in_order() -> None:
    text = "The convoy stopped at five stations: Aktyubinsk, Kzyl-Orda, Dzhambul and Frunze."
    (check,) = checks_of(text)
    assert (check["kind"], check["stated"], check["verdict"]) == ("count", "five", "inconsistent")
    assert check["intended"] == "four"
    assert [(i["text"], i["value"], i["unit"]) for i in check["inputs"]] == [
        ("Aktyubinsk", 1, "item"), ("Kzyl-Orda", 2, "item"), ("Dzhambul", 3, "item"),
        ("Frunze", 4, "item"),
    ]  # fmt: skip
    for i in check["inputs"]:
        assert text[i["start"] : i["end"]] == i["text"]
