"""Derived-figure checks on text written for these tests; every expected value worked out
by hand (e.g. 2,400 / 9,600 = 25.0 percent; 3,117 / 12,840 = 24.28, not 24.8)."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.article.model import Article, Note, OffsetMap, Paragraph, Span
from borderlands.figures import FigureReport, check_article, check_text
from borderlands.figures.checks import Check

FIXTURES = Path(__file__).parent / "fixtures" / "figures"


@pytest.fixture(scope="module")
def sample() -> FigureReport:
    return check_text((FIXTURES / "sample.txt").read_text(encoding="utf-8"))


def by_stated(report: FigureReport, stated: str) -> Check:
    (check,) = [c for c in report.checks if c.stated == stated]
    return check


def test_share_in_same_sentence_is_consistent(sample: FigureReport) -> None:
    c = by_stated(sample, "25.0 percent")
    assert c.verdict == "consistent"
    assert c.fit is not None
    assert c.fit.formula == "2400 / 9600 * 100"
    assert c.fit.scope_name == "sentence"
    assert c.fit.mode == "rounds"


def test_near_miss_in_same_sentence_is_inconsistent_with_gap(sample: FigureReport) -> None:
    c = by_stated(sample, "24.8 percent")
    assert c.verdict == "inconsistent"
    assert c.fit is not None
    assert c.fit.formula == "3117 / 12840 * 100"
    assert c.fit.computed == pytest.approx(24.2757, abs=1e-3)
    assert c.fit.gap == pytest.approx(-0.5243, abs=1e-3)


def test_share_without_inputs_is_unverifiable(sample: FigureReport) -> None:
    c = by_stated(sample, "61.8 percent")
    assert c.verdict == "unverifiable"
    assert c.fit is None


def test_decline_stated_as_remaining_share_is_ambiguous(sample: FigureReport) -> None:
    c = by_stated(sample, "60.0 percent")
    assert c.verdict == "ambiguous"
    assert c.fit is not None and c.fit.formula == "31200 / 52000 * 100"
    assert [a.formula for a in c.alternatives] == ["(52000 - 31200) / 52000 * 100"]
    assert c.alternatives[0].computed == pytest.approx(40.0)


def test_fraction_in_words_from_paragraph(sample: FigureReport) -> None:
    c = by_stated(sample, "about a third")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.formula == "3150 / 9600 * 100"  # 32.8 percent
    assert c.fit.scope_name == "paragraph"


def test_persons_per_family(sample: FigureReport) -> None:
    c = by_stated(sample, "about 6,250 persons")
    assert (c.kind, c.verdict) == ("per-family", "consistent")
    assert c.fit is not None and c.fit.formula == "1250 * 5"


def test_multiple(sample: FigureReport) -> None:
    c = by_stated(sample, "doubled")
    assert (c.kind, c.verdict) == ("multiple", "consistent")
    assert c.fit is not None and c.fit.computed == pytest.approx(8350 / 4100)


def test_sum_of_parts(sample: FigureReport) -> None:
    c = by_stated(sample, "6,500")
    assert (c.kind, c.verdict) == ("sum", "consistent")
    assert c.fit is not None and c.fit.formula == "4,000 + 2,500"


def test_locators_in_sample_are_not_quantities(sample: FigureReport) -> None:
    last_line = max(f.line for f in sample.quantities)
    assert last_line == 9  # nothing found on line 11, the line of citations


def test_truncation_is_named() -> None:
    report = check_text("Of 300 peasants, 221 joined the kolkhoz (73.6 percent).")
    c = by_stated(report, "73.6 percent")  # 221 / 300 = 73.67: truncated, not rounded
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.mode == "truncates"


def test_far_generic_fit_is_not_called_consistent() -> None:
    paragraphs = [
        f"In raion {name} there were {n} farms."
        for name, n in zip("ABCDEFGH", (100, 200, 250, 300, 400, 500, 600, 800), strict=True)
    ]
    text = "\n\n".join([*paragraphs, "Elsewhere the share of collectivized farms was 50 percent."])
    report = check_text(text)
    c = by_stated(report, "50 percent")
    assert c.verdict == "unverifiable"  # 100/200, 200/400, 250/500... prove nothing


def test_several_fits_are_all_shown() -> None:
    report = check_text(
        "The okrug had 400 Greek and 400 Bulgarian households out of 1,600 (25 percent each)."
    )
    c = by_stated(report, "25 percent")
    assert c.verdict == "consistent"
    formulas = {c.fit.formula if c.fit else ""} | {a.formula for a in c.alternatives}
    assert formulas >= {"400 / 1600 * 100"}


def hand_article() -> Article:
    """A two-passage article typed for this test: the body calls note 1, which holds inputs."""
    body = "The commission resettled 1,900 households, 38.0 percent of the whole.1"
    note = "1 Of 5,000 households in the zone, 1,900 were moved. GARF 1235/140/141 (1926): 4."
    raw = body + "\n\n" + note + "\n"
    body_text = body[:-1]
    p_offsets = OffsetMap()
    p_offsets.add(0, 0, len(body_text))
    n_start = len(body) + 2
    n_offsets = OffsetMap()
    n_offsets.add(0, n_start, len(note))
    return Article(
        raw=raw,
        source={"title": "hand-made"},
        pages=[],
        sections=[],
        paragraphs=[
            Paragraph(
                id="p1", page=901, pages=[901], text=body_text, notes=[1],
                pieces=[Span(0, len(body), 1, 1)], offsets=p_offsets,
            )
        ],
        notes=[
            Note(
                n=1, label="1", page=901, text=note, span=Span(n_start, len(raw) - 1, 3, 3),
                offsets=n_offsets, pages=[901],
            )
        ],
        markers=[],
        repairs=[],
        missing_notes=[],
        warnings=[],
        line_starts=[0, len(body) + 1, len(body) + 2],
    )  # fmt: skip


def test_check_article_uses_the_note_a_paragraph_calls() -> None:
    article = hand_article()
    report = check_article(article)
    c = by_stated(report, "38.0 percent")
    assert c.verdict == "consistent"
    assert c.fit is not None and c.fit.scope_name == "linked"
    assert c.fit.formula == "1900 / 5000 * 100"
    data = report.to_json()
    quantities = data["quantities"]
    assert isinstance(quantities, list)
    note_items = [q for q in quantities if q["where"] == "note"]
    assert [q["text"] for q in note_items] == ["5,000", "1,900"]  # no label, no archive
    assert note_items[0]["line"] == 3 and note_items[0]["note"] == 1
    checks = data["checks"]
    assert isinstance(checks, list)
    (row,) = checks
    assert {"line", "page", "stated", "stated_value", "formula", "computed", "verdict"} <= set(row)
    assert row["stated_value"] == 38.0
    assert row["verdict"] == "consistent"


def test_total_with_an_approximate_part() -> None:
    # 2,400 + 1,790 + about 1,100 = 5,290; "about 1,100" stands for 1,050-1,149,
    # so 5,240-5,339 holds the printed 5,310
    report = check_text(
        "In 1936 the list held 5,310 deportees, including 2,400 Germans, 1,790 Poles "
        "and about 1,100 others."
    )
    c = by_stated(report, "5,310")
    assert (c.kind, c.verdict) == ("sum", "consistent")
    assert c.fit is not None and c.fit.formula == "2,400 + 1,790 + 1,100"
    assert c.fit.mode == "approximately"


def test_no_sum_when_parts_do_not_add_up() -> None:
    report = check_text(
        "In 1936 the list held 5,900 deportees, including 2,400 Germans, 1,790 Poles "
        "and about 1,100 others."
    )
    assert [c for c in report.checks if c.kind == "sum"] == []


def test_far_candidates_about_the_same_people_are_listed_not_trusted() -> None:
    filler = [f"Raion {name} reported {n} farms and {n * 3} horses." for name, n in zip(
        "ABCDEF", (120, 340, 560, 780, 910, 230), strict=True)]  # fmt: skip
    text = "\n\n".join(
        [
            "The Kurdish census of the valley counted 3,000 Kurdish inhabitants.",
            *filler,
            "Later 1,650 Kurdish peasants (over half the Kurdish population) were moved.",
        ]
    )
    report = check_text(text)
    c = by_stated(report, "over half")
    assert c.verdict == "unverifiable"  # seven passages away: evidence, not proof
    assert "1650 / 3000 * 100" in [a.formula for a in c.alternatives]
    assert all("farms" not in a.formula for a in c.alternatives)


# A share in words is checked against the figure for what it is a share of. Hand-worked:
# 2,180 / 10,150 = 21.48 percent of the detentions; 19 percent is the share released, and
# lies nearer to "a fifth" (20) but measures something else.
MEASURED_FRACTION = (
    "Between 1931 and 1933 the commission recorded 10,150 detentions, and 2,180 of them "
    "came from the coastal raids, that is 21.5 percent of all detentions. Of everyone "
    "detained in those years, 19 percent were released within a month. In short, the "
    "coastal raids supplied about a fifth of the total detentions."
)


def test_fraction_in_words_uses_the_share_of_what_it_names() -> None:
    c = by_stated(check_text(MEASURED_FRACTION), "about a fifth")
    assert c.verdict == "consistent"
    assert c.fit is not None
    assert c.fit.formula in ("21.5 percent", "2180 / 10150 * 100"), c.fit.formula
    assert [a.formula for a in c.alternatives][-1] == "19 percent"


def test_round_total_is_reproduced_at_its_printed_precision() -> None:
    # about 4,000-6,000 + about 13,000 = 17,000-19,000; a total printed as 20,000 is a round
    # figure (nearest 10,000) and both ends round to it.
    report = check_text(
        "In 1931 about 4,000–6,000 Vepsians were moved from the lake shore. A second wave of "
        "about 13,000 Vepsians followed in 1932. The removal of 20,000 Vepsians emptied the "
        "shore."
    )
    c = by_stated(report, "20,000")
    assert (c.kind, c.verdict) == ("sum", "consistent")
    assert c.fit is not None and c.fit.mode == "rounds"
    assert c.explanation == (
        "the parts add up to 17,000–19,000, which rounds to the printed 20,000 at its "
        "precision (nearest 10,000)"
    )
