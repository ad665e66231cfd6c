"""Published works, short forms, ibid and cross-references, on invented notes."""

from __future__ import annotations

from borderlands.sources import parse_note


def test_book_with_place_year_and_pages() -> None:
    (c,) = parse_note("Ivan Petrovich Sidorov, Steppe Frontiers (Omsk, 1961), pp. 12–19.")
    assert c.kind == "published" and c.work_type == "book" and not c.short
    assert (c.authors, c.title, c.place, c.year, c.pages) == (
        ["Ivan Petrovich Sidorov"],
        "Steppe Frontiers",
        "Omsk",
        1961,
        "12–19",
    )


def test_journal_article_with_volume_issue_and_month() -> None:
    (c,) = parse_note(
        "Anna Kowalska, “Border Villages in Motion,” Eastern Review 12, no. 3 (March 1988): 40–61."
    )
    assert (c.work_type, c.title, c.container, c.volume, c.issue) == (
        "article",
        "Border Villages in Motion",
        "Eastern Review",
        "12",
        "3",
    )
    assert (c.date, c.year, c.pages) == ("1988-03", 1988, "40–61")


def test_chapter_thesis_and_edited_volume() -> None:
    text = (
        "See also Olga Marchenko, “Grain and Rails,” in Essays on the Steppe, ed. Peter Lund "
        "and Mary Ode (Leeds, 1990), pp. 5–9; Karl Brandt, “Settlers on the Volga, 1880–1914” "
        "(Ph.D. diss., University of Toronto, 1992); Eva Horn and Jan Vos, eds., Exiles "
        "(Ghent, 1977)."
    )
    chapter, thesis, edited = parse_note(text)
    assert (chapter.work_type, chapter.container, chapter.editors) == (
        "chapter",
        "Essays on the Steppe",
        ["Peter Lund", "Mary Ode"],
    )
    assert chapter.raw.startswith("Olga Marchenko")
    assert (thesis.work_type, thesis.publisher, thesis.year) == (
        "thesis",
        "University of Toronto",
        1992,
    )
    assert (edited.work_type, edited.editors, edited.title) == (
        "collection",
        ["Eva Horn", "Jan Vos"],
        "Exiles",
    )


def test_title_with_full_stops_stays_whole() -> None:
    (c,) = parse_note("For documents, see Nashi liudi. Sbornik dokumentov. Tom 2 (Kiev, 1994).")
    assert c.title == "Nashi liudi. Sbornik dokumentov. Tom 2"
    assert c.place == "Kiev"


def test_prose_sentence_before_citation_is_not_part_of_it() -> None:
    text = "The census figures were later revised. Boris Tal, Counting Peoples (Tver, 1970), p. 3."
    (c,) = parse_note(text)
    assert c.raw.startswith("Boris Tal") and c.authors == ["Boris Tal"]


def test_ibid_forms() -> None:
    a, b = parse_note("Ibid.; ibid., pp. 7–8.")
    assert (a.kind, a.pages, a.raw) == ("ibid", "", "Ibid.")
    assert (b.kind, b.pages) == ("ibid", "7–8")


def test_cross_reference_and_short_form() -> None:
    text = "Sidorov, Steppe Frontiers (n. 4 above), p. 20; Kowalska, pp. 41–42."
    cross, short = parse_note(text)
    assert (cross.kind, cross.target_note, cross.authors, cross.title, cross.pages) == (
        "cross-reference",
        4,
        ["Sidorov"],
        "Steppe Frontiers",
        "20",
    )
    assert (short.kind, short.short, short.authors, short.pages) == (
        "published",
        True,
        ["Kowalska"],
        "41–42",
    )


def test_newspaper_and_law_gazette() -> None:
    paper, law = parse_note(
        "Pravda Vostoka, no. 12 (03.05.29): 2; Sobranie uzakonenii (01.02.30): 7/81."
    )
    assert (paper.work_type, paper.container, paper.issue, paper.date, paper.pages) == (
        "newspaper",
        "Pravda Vostoka",
        "12",
        "1929-05-03",
        "2",
    )
    assert (law.work_type, law.issue, law.item, law.date) == ("legal", "7", "81", "1930-02-01")


def test_second_work_by_same_author_after_and() -> None:
    text = (
        "Lena Ost, “First Essay,” Review A 1 (1990): 1–2, and “Second Essay,” Review B 2 "
        "(1991): 3–4."
    )
    _first, second = parse_note(text)
    assert second.authors == ["Lena Ost"] and second.container == "Review B"
    assert "author carried over from the previous work" in second.flags


def test_pure_prose_yields_nothing() -> None:
    assert parse_note("This is a rough estimate based on scattered reports from 1930.") == []


def test_short_form_cut_off_at_a_page_break_is_kept_and_flagged() -> None:
    (c,) = parse_note("On this episode, see Sidorov, “Steppe Frontiers,” pp.")
    assert (c.kind, c.short, c.pages, c.raw) == (
        "published",
        True,
        "",
        "Sidorov, “Steppe Frontiers,” pp.",
    )
    assert any("cut off" in f for f in c.flags)


def test_bare_short_forms_between_semicolons() -> None:
    text = (
        "Ivan Sidorov, Steppe Frontiers (Omsk, 1961); Kowal, Border Villages; Mirov; "
        "see also Anna Kowal, Border Villages (Lviv, 1980)."
    )
    kinds = [(c.short, c.authors, c.title) for c in parse_note(text)]
    assert kinds == [
        (False, ["Ivan Sidorov"], "Steppe Frontiers"),
        (True, ["Kowal"], "Border Villages"),
        (True, ["Mirov"], None),
        (False, ["Anna Kowal"], "Border Villages"),
    ]


def test_prose_between_semicolons_is_not_a_short_form() -> None:
    assert parse_note("Several villages were moved; Others stayed until spring.") == []
