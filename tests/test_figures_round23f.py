"""Rules mended after the blind measurement of heldout24 (sentences of our own)."""

from __future__ import annotations

from borderlands.figures.report import check_text

FAMILIES = ("Of the 8,960 families, Chegem had 2,714, Elbrus 1,512 and Cherek 2,205; the "
            "remaining 2,529 came from the lowland villages. ")


def checks(text: str, kind: str) -> list[tuple[str, str, str | None]]:
    return [(c["stated"], c["verdict"], c["formula"])
            for c in check_text(text).to_json()["checks"] if c["kind"] == kind]


def test_a_comparative_whose_other_side_prints_its_own_figure_takes_no_listed_count() -> None:
    """ "more than an Elbrus family with its 4.1": not Elbrus's 1,512 families of the list."""
    text = FAMILIES + ("A Chegem family averaged 4.2 persons, more than an Elbrus family with "
                       "its 4.1.")
    assert not [c for c in checks(text, "comparison") if c[1] == "inconsistent"]


def test_a_mean_is_no_listed_count_and_a_listed_count_is_still_compared() -> None:
    text = FAMILIES + ("A Chegem family averaged 4.2 persons. Cherek sent 2,205 families, fewer "
                       "than Elbrus.")
    found = checks(text, "comparison")
    assert found and all(f[1] == "inconsistent" for f in found)
    assert not [f for f in found if f[2] and "4.2" in f[2]]


def test_levels_in_a_clause_set_against_a_multiple_are_not_its_levels() -> None:
    """ ", while deaths there fell from 1,510 to 488": another subject's levels; the births
    of the sentence before double."""
    text = ("Births rose from 310 in 1945 to 702 in 1948. They had thus more than doubled, "
            "while deaths there fell from 1,510 in 1944 to 488 in 1948.")
    assert checks(text, "multiple") == [("more than doubled", "consistent", "702 / 310")]
    own = "Births more than doubled, from 96 in 1945 to 231 in 1948, while deaths fell."
    assert checks(own, "multiple") == [("more than doubled", "consistent", "231 / 96")]


def test_a_subtotal_among_the_parts_is_no_part() -> None:
    """The words "in the two years" and "together" make a subtotal, even a wrong one."""
    text = ("Some 14,280 came back in 1957 and 10,915 in 1958, 25,915 in the two years, and "
            "another 4,130 in 1959, bringing the total to 29,325.")
    found = {c[0]: c for c in checks(text, "sum")}
    assert found["29,325"][1] == "consistent"
    assert found["25,915"][1] == "inconsistent"  # the subtotal itself is the slip
    run = "They took 120 in May and 80 in June, 200 together, and 50 in July, 250 in all."
    assert ("250", "consistent", "120 + 80 + 50") in checks(run, "sum")
    assert checks(run.replace("250 in all", "205 in all"), "sum")[-1][1] == "inconsistent"


def test_a_rate_per_thousand_is_no_total_of_counts() -> None:
    text = ("Escapes were 118 in 1944, 96 in 1945 and 61 in 1946. A doctor put infant deaths at "
            "about 300 per 1,000 born.")
    assert not [c for c in checks(text, "sum") if c[0] == "300"]


def test_a_relative_clause_with_its_own_as_is_said_of_its_antecedent() -> None:
    """ "Cherek was second only to Chegem, which sent almost twice as many as Elbrus": the
    multiple is Chegem's, not the main clause's subject's."""
    counts = "Chegem gave 11,412 persons, Khulam 7,846 and Elbrus 6,203; Cherek gave 9,127. "
    text = counts + ("Cherek was second only to Chegem, which sent almost twice as many people "
                     "as Elbrus.")
    found = [c for c in checks(text, "comparison") + checks(text, "multiple")
             if c[0] == "almost twice as many"]
    assert found == [("almost twice as many", "consistent", "11412 / 6203")]
    wrong = text.replace("almost twice", "three times")
    assert ("three times as many", "inconsistent", "11412 / 6203") in (
        checks(wrong, "comparison") + checks(wrong, "multiple")
    )
