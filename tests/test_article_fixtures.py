"""The reader on a short text written for these tests in the founding article's layout.

tests/fixtures/article/villages.txt is invented: three printed pages (101-103), a running
head ``102 Doe`` on the second, an asterisk note on the title, a note that runs on to the
next page, a wrapped note line that begins with a number, a note that kept a leading
space, a note called in the body whose text is absent (8), a block quote, a section
heading, lost spaces and line-end hyphens. Every expected value below is read off that file.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.article import Article, parse_text, read_article

FIXTURE = Path(__file__).parent / "fixtures" / "article" / "villages.txt"


@pytest.fixture(scope="module")
def article() -> Article:
    return read_article(FIXTURE)


def test_pages(article: Article) -> None:
    pages = [(p.number, p.span.start_line, p.span.end_line, p.anchored) for p in article.pages]
    assert pages == [(101, 1, 22, False), (102, 23, 47, True), (103, 48, 53, False)]
    assert article.pages[1].running_head is not None
    assert article.pages[1].running_head.start_line == 23
    assert article.warnings == [
        "1 notes are called by markers in the body but their text is absent"
    ]


def test_title_byline_sections(article: Article) -> None:
    assert article.source["title"] == "A Study of Border Villages"
    assert article.source["byline"] == ["Jane Doe", "Example University"]
    assert [(s.title, s.page, s.span.start_line) for s in article.sections] == [
        ("Notes on a Ledger", 102, 34)
    ]


def test_notes(article: Article) -> None:
    assert [n.n for n in article.notes] == [0, 1, 2, 3, 4, 5, 6, 7, 9, 10]
    assert article.missing_notes == [8]
    spans = {n.n: (n.page, n.pages, n.start_line, n.end_line) for n in article.notes}
    assert spans[0] == (101, [101], 15, 15)
    assert spans[2] == (101, [101], 18, 20)
    assert spans[3] == (101, [101, 102], 21, 41)
    assert spans[5] == (102, [102], 43, 44)
    assert spans[9] == (103, [103], 52, 52)
    texts = {n.n: n.text for n in article.notes}
    assert texts[0] == "Thanks go to the staff of the district archive for their patient help."
    assert texts[2] == (
        "District Archive 12/3/45 (1931): 7–9; see also Halvorsen, p. 5. "
        "The count of farms differs in the second copy."
    )
    assert texts[3] == (
        "Ibid., pp. 11–14; see also Olsen, The Ledger of Upper Dal (Bergen, 1935), pp. 201–3."
    )
    assert texts[5].endswith(
        "wrote that 6 million people lived in the valley, surely an error for six hundred."
    )
    assert texts[6] == "RTsKhIDNI 88/1/2 (1930): 14."
    assert [n.label for n in article.notes][:2] == ["*", "1"]


def test_paragraphs(article: Article) -> None:
    got = [(p.page, p.pages, p.block_quote, p.notes) for p in article.paragraphs]
    assert got == [
        (101, [101], False, [1, 2]),
        (101, [101, 102], False, [3, 4]),
        (102, [102], True, []),
        (102, [102], False, [5, 6]),
        (102, [102], False, [7]),
        (103, [103], False, [8, 9, 10]),
    ]
    texts = [p.text for p in article.paragraphs]
    assert texts[0].endswith("which locals called The Old Mill.")
    assert "walked along the riverbank" in texts[0]
    assert "one by one. He found" in texts[0]
    assert texts[1].endswith("added a list of newcomers:")
    assert "count of farms, but not" in texts[1]
    assert "a nation-building campaign" in texts[4]
    assert texts[5].startswith("The second survey also recorded the mill, now The New Mill,")
    assert [p.id for p in article.paragraphs] == ["p1", "p2", "p3", "p4", "p5", "p6"]


def test_markers(article: Article) -> None:
    markers = [(m.n, m.page, m.span.start_line, m.paragraph_id) for m in article.markers]
    assert markers[0] == (0, 101, 1, None)
    assert (8, 103, 48, "p6") in markers
    assert [m[0] for m in markers] == list(range(0, 11))
    p1 = article.paragraphs[0]
    marker_1 = next(m for m in article.markers if m.n == 1)
    assert p1.text[: marker_1.clean_offset].endswith("one by one.")


def test_repairs(article: Article) -> None:
    got = [(r.kind, r.span.start_line, r.before, r.after) for r in article.repairs]
    assert got == [
        ("space", 10, "TheOldMill.", "The Old Mill."),
        ("space", 18, "alsoHalvorsen,", "also Halvorsen,"),
        ("dehyphenation", 21, "Led-\nger", "Ledger"),
        ("running-head", 23, "102 Doe", ""),
        ("space", 48, "TheNewMill,", "The New Mill,"),
    ]


def test_text_without_notes_or_pages_still_parses() -> None:
    plain = parse_text("Just a line of prose with no layout at all.\nAnd another one.\n")
    assert [p.number for p in plain.pages] == [1]
    assert plain.notes == []
    assert "no footnotes found" in plain.warnings
    assert any("no running heads" in w for w in plain.warnings)
    assert plain.paragraphs and "Just a line" in plain.paragraphs[0].text


def test_empty_text_has_no_layers() -> None:
    empty = parse_text("")
    assert (empty.pages, empty.paragraphs, empty.notes) == ([], [], [])
    assert "no pages found: the text has no page layout" in empty.warnings


def test_disagreeing_running_head_is_reported() -> None:
    text = "\n".join(
        [
            " First page body line that runs on for a while to look like prose text.",
            "",
            "Running Title 7",
            "",
            "second page body line that continues the prose from the page before it.",
            "",
            "Running Title 9",
            "",
            "third page body line that continues the prose from the page before it.",
            "",
            "Running Title 9",
            "",
            "fourth page body line, whose head repeats the number of the page before.",
        ]
    )
    parsed = parse_text(text)
    assert [p.number for p in parsed.pages] == [6, 7, 8, 9]
    assert len([w for w in parsed.warnings if "running head" in w]) == 1
    assert "line 7" in next(w for w in parsed.warnings if "running head" in w)


def test_windows_line_ends_read_the_same(article: Article) -> None:
    crlf = parse_text(FIXTURE.read_text(encoding="utf-8").replace("\n", "\r\n"))
    assert [p.text for p in crlf.paragraphs] == [p.text for p in article.paragraphs]
    assert [n.text for n in crlf.notes] == [n.text for n in article.notes]
    assert [(p.number, p.span.start_line) for p in crlf.pages] == [(101, 1), (102, 23), (103, 48)]
    for paragraph in crlf.paragraphs:
        for i, ch in enumerate(paragraph.text):
            if ch != " ":
                assert crlf.raw[paragraph.offsets.raw_offset(i)] == ch


HARBOR = Path(__file__).parent / "fixtures" / "article" / "harbor.txt"


def test_second_layout_pages_start_at_57_and_a_note_runs_on() -> None:
    """harbor.txt: pages 57-59 anchored by one surname head, a note (3) whose rest opens
    the next page's note block, a heading after a one-line run, a page that opens with a
    new paragraph after a short last line, and a missing note (8)."""
    harbor = read_article(HARBOR)
    pages = [(p.number, p.span.start_line, p.span.end_line) for p in harbor.pages]
    assert pages == [(57, 1, 20), (58, 21, 36), (59, 37, 40)]
    assert (harbor.source["title"], harbor.source["byline"]) == (
        "Ferries and Frontiers",
        ["A. N. Other"],
    )
    assert [(s.title, s.page) for s in harbor.sections] == [("The Harbor in Winter", 58)]
    got = [(p.page, p.pages, p.notes) for p in harbor.paragraphs]
    assert got == [
        (57, [57], [1, 2]),
        (57, [57, 58], [3, 4]),
        (58, [58], [5, 6]),
        (59, [59], [7, 8]),
    ]
    assert harbor.paragraphs[1].text.endswith("name the boats and the crews by name.")
    assert harbor.paragraphs[3].text.startswith("Spring brought the crossings back. In 1930")
    notes = {n.n: (n.page, n.pages, n.start_line, n.end_line) for n in harbor.notes}
    assert sorted(notes) == [0, 1, 2, 3, 4, 5, 6, 7]
    assert notes[2] == (57, [57], 14, 17)
    assert notes[3] == (57, [57, 58], 18, 32)
    assert harbor.note(3) is not None
    assert harbor.note(3).text.endswith(
        "for the later years see his report in the district register 4/1/19 (1929): 2–4."
    )
    assert harbor.missing_notes == [8]


def test_indented_line_under_a_running_head_does_not_open_another_page() -> None:
    text = "\n".join(
        [
            " Opening line of the first page, long enough to be a line of prose here.",
            "",
            "12 Surname",
            "",
            " indented first line under the head, which some extractions also produce.",
            "",
            "13 Other Words Here",
        ]
    )
    parsed = parse_text(text)
    assert [(p.number, p.span.start_line) for p in parsed.pages] == [(11, 1), (12, 3)]
