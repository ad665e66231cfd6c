"""The quantity reader on sentences written for these tests (our own words)."""

from __future__ import annotations

import pytest

from borderlands.figures import extract_quantities


def only(text: str) -> list[tuple[str, float | None, str]]:
    return [(q.text, q.value, q.unit) for q in extract_quantities(text)]


def test_counts_with_groups_and_units() -> None:
    qs = extract_quantities("The NKVD removed 12,480 Latvians and 3,002 families from the zone.")
    assert [(q.text, q.value, q.unit, q.subject) for q in qs] == [
        ("12,480", 12480, "persons", "Latvians"),
        ("3,002", 3002, "families", "families"),
    ]


def test_offsets_point_at_the_numeral() -> None:
    text = "Officials counted about 7,300 Greeks in the raion."
    (q,) = extract_quantities(text)
    assert text[q.start : q.end] == "7,300"
    assert text[q.phrase_start : q.phrase_end] == "about 7,300 Greeks"


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("roughly 4,000–6,000 Kurds were listed", 4000, 6000, "persons"),
        ("some 61.5 to 64.0 percent of them", 61.5, 64.0, "percent"),
        ("a 50- to 80-kilometer belt", 50, 80, "km"),
        ("eleven to 15 million peasants", 11_000_000, 15_000_000, "persons"),
        ("about 3–4 million people", 3_000_000, 4_000_000, "persons"),
    ],
)
def test_ranges(text: str, low: float, high: float, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.low, q.high, q.unit, q.kind) == (None, low, high, unit, "range")


def test_from_to_is_two_figures_not_a_range() -> None:
    qs = extract_quantities("the count rose from 31,000 to 47,500 within a year")
    assert [q.value for q in qs] == [31000, 47500]


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("they deported three hundred Polish households", 300, "households"),
        ("the decree named twenty-one raiony", 21, "raiony"),
        ("almost a million Armenians fled", 1_000_000, "persons"),
        ("Ten thousand settlers arrived", 10_000, "persons"),
        ("only 1.7 million citizens", 1_700_000, "persons"),
        ("some 600 thousand members", 600_000, "persons"),
        ("a strip sixty kilometers deep", 60, "km"),
        ("a seventeen-kilometer zone", 17, "km"),
    ],
)
def test_numbers_in_words_and_scales(text: str, value: float, unit: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.value, q.unit) == (value, unit)


@pytest.mark.parametrize(
    ("text", "qualifier", "direction"),
    [
        ("about 2,000 Finns", "about", "about"),
        ("approximately 5,500 Germans", "approximately", "about"),
        ("over 900 Kurdish families", "over", "above"),
        ("more than 4,200 Poles", "more than", "above"),
        ("at least eight nationalities", "at least", "above"),
        ("nearly 70,000 Koreans", "nearly", "below"),
        ("almost 3,000 households", "almost", "below"),
        ("some 40,000 Chinese", "some", "about"),
        ("crowds of up to 1,500", "up to", "below"),
    ],
)
def test_qualifiers_and_direction(text: str, qualifier: str, direction: str) -> None:
    (q,) = extract_quantities(text)
    assert (q.approx, q.qualifier, q.direction) == (True, qualifier, direction)


def test_fractions_in_words() -> None:
    qs = extract_quantities(
        "Over a quarter of the land, slightly over half the farms and less than one-third "
        "the herds were lost, but half a dozen villages kept theirs."
    )
    assert [(q.text, round(q.value or 0, 3), q.qualifier) for q in qs] == [
        ("a quarter", 0.25, "over"),
        ("half", 0.5, "slightly over"),
        ("one-third", 0.333, "less than"),
    ]


def test_percent_sign_and_times() -> None:
    assert only("a rise of 12% and 3.5 times more arrests") == [
        ("12", 12, "percent"),
        ("3.5", 3.5, "times"),
    ]


def test_shared_unit_in_a_pair() -> None:
    assert only("(21.3 vs. 6.2 acres)") == [("21.3", 21.3, "acres"), ("6.2", 6.2, "acres")]


@pytest.mark.parametrize(
    "text",
    [
        "In 1934 the decree was issued.",
        "the Balkan wars of 1912–13",
        "on December 6, 1926, and March 10",
        "theAugust 11 order",
        "see pp. 54–55 and p. 7",
        "Ibid., pp. 149, 164, 189, 190.",
        "(n. 9 above), vol. 3, no. 4, chap. 5",
        "GARF 5446/20a/493 (1937): 12–14",
        "TsDAHOU 1/16/12 (29.09.35): 229",
        "Slavic Review 38 (March 1979): 1–16",
        "Studies 18, no. 1 (1995)",
        "NKVD decree 00447 and order 00485",
        "north of the 48.5th parallel in the 1920s",
        "reel 4763 (11.10.29): L192465–75",
        "a loss in twenty-four hours and six months later",
        "a one- to three-year term",
        "the two regions that failed, all three operations",
        "several hundred regions and tens of thousands of packets",
        "half a dozen rifles",
        "3 vols. (Moscow, 1993)",
        "kintsa 30-kh rr.; 20–40-e gody",
    ],
)
def test_not_quantities(text: str) -> None:
    assert only(text) == []


def test_footnote_marker_glued_to_word_is_not_a_figure() -> None:
    assert only("they were sent to Asia.”12 Then 4,100 Germans left.") == [
        ("4,100", 4100, "persons")
    ]


def test_marker_after_a_figure_in_raw_text() -> None:
    assert only("the number rose to 171,204.233 In the") == [("171,204", 171204, "")]


def test_ratio_with_slash_is_two_figures() -> None:
    assert [q.value for q in extract_quantities("(12,400/20,800 = 59.6 percent)")] == [
        12400,
        20800,
        59.6,
    ]


def test_list_numbering_in_quoted_document_is_skipped() -> None:
    assert only("avoid this. 5. Prepare the operation with care.") == []


@pytest.mark.parametrize(
    ("text", "index", "unit"),
    [
        ("First 3,100 Greeks were allowed to leave, and then the remaining 8,420 were sent back.",
         1, "persons"),
        ("In this okrug 41,200 were arrested in one month.", 0, "persons"),
        ("The rural population grew from 61,000 to 94,500.", 1, "persons"),
        ("Of the 12,004 executions, the Latvian line made up 5,120.", 1, "executions"),
        ("They moved 2,100 households from Kiev and another 900 from Vinnitsya.", 1, "households"),
    ],
)  # fmt: skip
def test_units_implied_by_the_sentence(text: str, index: int, unit: str) -> None:
    q = extract_quantities(text)[index]
    assert (q.unit, q.unit_implied) == (unit, True)


def test_places_and_distances_are_not_inferred() -> None:
    qs = extract_quantities("The zone grew to 22 kilometers, and then to 35 in the north.")
    assert [(q.value, q.unit, q.unit_implied) for q in qs] == [(22, "km", False), (35, "", False)]


def test_figures_after_a_year_and_colon_are_not_a_page_locator() -> None:
    found = [q.text for q in extract_quantities("The women were a third in 1941: 4,950 of 14,800.")]
    assert "4,950" in found and "14,800" in found
    assert not [q for q in extract_quantities("Slavic Review 38 (March 1979): 1–16.")]
    assert "45" not in [q.text for q in extract_quantities("Voprosy istorii 12:45.")]


def test_a_day_before_its_month_is_not_a_quantity() -> None:
    text = "By 1 August 31,650 exiles had left; loading ran from 10 May to 30 September 1936."
    assert [q.text for q in extract_quantities(text)] == ["31,650"]


def test_an_english_locator_word_before_a_grouped_count() -> None:
    """The word "list" is also a sheet locator ("d. 12, list 45"); before 9,870 it is the verb."""
    found = extract_quantities("The returns list 9,870 families, 45,240 persons.")
    assert [(q.text, q.unit) for q in found] == [("9,870", "families"), ("45,240", "persons")]


def test_list_after_its_subject_is_the_verb_before_any_count() -> None:
    """Before a count under a thousand, "list" is still the verb when its subject stands right
    before it; after a comma, a bracket or a preposition it is the sheet of a file."""
    for text, expected in (
        ("They list 214 escapes in the first winter.", ["214"]),
        ("The camp returns list 386 escapes and 41 deaths.", ["386", "41"]),
        ("The commandants also list 57 births.", ["57"]),
    ):
        assert [q.text for q in extract_quantities(text)] == expected, text
    for citation in ("d. 89, list 214.", "the register (list 45) shows it", "on list 12 of it"):
        assert "214" not in [q.text for q in extract_quantities(citation)]
        assert not [q for q in extract_quantities(citation) if q.text in ("45", "12")], citation


def test_up_to_and_over_as_the_particle_of_a_verb_are_no_bounds() -> None:
    """ "added these up to 1,816" prints the sum itself, "handed over 48,200 tons" the
    amount handed; "up to 300" and "over 2,000" alone, or "took over 120 farms" (either
    reading), stay bounds."""
    for text in ("The clerk added these up to 1,816.", "The four lists add up to 9,310.",
                 "The farms handed over 48,200 tons.", "They were handed over 400 wagons."):
        (q,) = extract_quantities(text)
        assert (q.direction, q.approx) == (None, False), text
    for text, direction in (
        ("Up to 300 people died.", "below"),
        ("It rose to over 2,000.", "above"),
        ("The commission took over 120 farms.", "above"),
    ):
        (q,) = extract_quantities(text)
        assert (q.direction, q.approx) == (direction, True), text


def test_a_is_a_number_only_before_a_scale_word_or_hundred() -> None:
    found = extract_quantities("A thousand left, a hundred stayed and a few died; then a")
    assert [(q.text, q.value) for q in found] == [("A thousand", 1000.0), ("a hundred", 100.0)]
    for spaced in ("a million", "a   million", "a\nmillion"):
        assert [q.value for q in extract_quantities(spaced)] == [1_000_000.0], spaced
