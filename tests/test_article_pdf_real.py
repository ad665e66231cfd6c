"""The PDF reader on the real journal volume in ../shared/corpus (skipped when absent).

Expected facts were read off the volume by hand: titles and authors from its title pages
(the table of contents agrees), printed page ranges from each first page's header, note
counts from the last note number at each article's end, and a few notes' first words.
"""

from __future__ import annotations

import re

import pytest

from borderlands.article import Article
from borderlands.article.reader import read_document
from borderlands.paths import REPO_DIR

VOLUME = REPO_DIR.parent / "shared" / "corpus" / "studies-russian-thought-2025-vol2-excerpt.pdf"

# title, authors, printed first and last page, number of footnotes
EXPECTED = [
    ("The Hidden Russia in Western Philosophy: An Outline for Future Research",
     ["Ana Siljak"], 4, 17, 49),
    ("Ecologies of Care: Gregory of Nyssa & Sergii Bulgakov on Human Dignity and "
     "Responsibility", ["Daniel Adam Lightsey"], 36, 51, 90),
    ("Friedrich Schleiermacher and Semyon Frank: On Religion and Dignity",
     ["Annette G. Aubert"], 66, 83, 164),
    ("Sobornost’ and Christian Order: On Dignity, Rights, and Responsibility in Milbank and "
     "Frank", ["Nathaniel Wood"], 85, 98, 70),
    ("Paul B. Anderson, Nikolai Berdyaev, and Russian Christian Culture",
     ["Matthew Lee Miller"], 100, 122, 123),
    ("Dissenting Views: Secular Liberals, Soviet Christians, and Socialist Humanism in the "
     "Brezhnev Era", ["Alexander J. McConnell"], 124, 138, 77),
    ("Whose Right?: The Law of Nature and the Law of Nations in Grotian Legal Genealogy",
     ["Megan Brand"], 140, 157, 90),
    ("Human Rights and Orthodox Christianity: Learning from our Differences",
     ["John Witte, Jr."], 159, 168, 25),
]  # fmt: skip

# the section headings of article 2, as printed
LIGHTSEY_SECTIONS = ["Gregory of Nyssa", "Sergii Bulgakov", "Conclusion"]

# (article, note, printed page, first words)
NOTE_STARTS = [
    (1, 1, 4, "Isaiah Berlin, Three Years"),
    (1, 3, 5, "Andrzej Walicki"),
    (1, 10, 7, "Martin Luther King, Jr."),
    (8, 16, 164, "See John Witte, Jr."),
    (8, 19, 165, "Oliver Wendell Holmes"),
]


@pytest.fixture(scope="module")
def articles() -> list[Article]:
    if not VOLUME.is_file():
        pytest.skip(f"the journal volume is not at {VOLUME}")
    return read_document(VOLUME)


def test_the_volume_holds_eight_articles(articles: list[Article]) -> None:
    assert len(articles) == len(EXPECTED)
    got = [
        (a.source["title"], a.source["authors"], *a.source["printed_pages"], len(a.notes))  # type: ignore[misc]
        for a in articles
    ]
    assert got == EXPECTED


@pytest.mark.parametrize("k", range(len(EXPECTED)))
def test_every_page_and_every_note_is_found(articles: list[Article], k: int) -> None:
    article = articles[k]
    _, _, first, last, count = EXPECTED[k]
    assert [p.number for p in article.pages] == list(range(first, last + 1))
    assert [n.n for n in article.notes] == list(range(1, count + 1))
    # a note stands on the page its marker is on, or the next
    pages = {n.n: n.page for n in article.notes}
    for m in article.markers:
        assert 0 <= pages[m.n] - m.page <= 1, (m.n, m.page, pages[m.n])
    # the draft volume loses very few markers
    assert len(article.markers) >= count - 1
    assert article.missing_notes == []


@pytest.mark.parametrize("k", range(len(EXPECTED)))
def test_no_note_text_is_left_in_the_body(articles: list[Article], k: int) -> None:
    article = articles[k]
    body = "\n".join(p.text for p in article.paragraphs)
    for note in article.notes:
        opening = note.text[:40]
        if len(opening) >= 25:
            assert opening not in body, (note.n, opening)
    # and no running head or page number became a paragraph
    assert not any(re.fullmatch(r"[\dA-Z .,’:&-]+", p.text) for p in article.paragraphs)


def test_notes_start_with_their_first_words(articles: list[Article]) -> None:
    for k, n, page, words in NOTE_STARTS:
        note = articles[k - 1].note(n)
        assert note is not None
        assert (note.page, note.text[: len(words)]) == (page, words)


def test_metadata_of_the_abstract_page(articles: list[Article]) -> None:
    witte = articles[7].source
    assert "Patriarch Bartholomew" in witte["keywords"]  # type: ignore[operator]
    assert str(witte["abstract"]).startswith("Orthodox Christians have long")
    # the wrong running heads of the draft (another article's) never reach the text
    aubert = articles[2]
    assert not any("DISSENTING VIEWS" in p.text for p in aubert.paragraphs)


def test_soft_hyphens_are_rejoined(articles: list[Article]) -> None:
    for article in articles:
        for text in [p.text for p in article.paragraphs] + [n.text for n in article.notes]:
            assert "\u00ad" not in text
    siljak = "\n".join(p.text for p in articles[0].paragraphs)
    assert "separate histories" in siljak


@pytest.fixture(scope="module")
def extracted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, list[Article]]:
    """The volume read from each common text extraction, made now from the PDF."""
    from test_article_pdf import extractions

    if not VOLUME.is_file():
        pytest.skip(f"the journal volume is not at {VOLUME}")
    folder = tmp_path_factory.mktemp("volume-text")
    read: dict[str, list[Article]] = {}
    for name, text in extractions(VOLUME).items():
        path = folder / f"{name}.txt"
        path.write_text(text, encoding="utf-8")
        read[name] = read_document(path)
    return read


def test_text_extractions_find_every_article_page_and_note(
    extracted: dict[str, list[Article]],
) -> None:
    assert set(extracted) >= {"pymupdf"}
    for name, articles in extracted.items():
        assert len(articles) == len(EXPECTED), name
        for article, (title, authors, first, last, count) in zip(articles, EXPECTED, strict=True):
            where = (name, title[:30])
            # the contents page lists McConnell's article without its title-page heading
            assert str(title).endswith(str(article.source["title"])), where
            assert article.source["authors"] == authors, where
            assert [p.number for p in article.pages] == list(range(first, last + 1)), where
            assert [n.n for n in article.notes] == list(range(1, count + 1)), where
            assert len(article.markers) >= count - 1, where
            body = "\n".join(p.text for p in article.paragraphs)
            for note in article.notes:
                if len(note.text) >= 40:
                    assert note.text[:40] not in body, (*where, note.n)
        for k, n, page, words in NOTE_STARTS:
            note = articles[k - 1].note(n)
            assert note is not None and (note.page, note.text[: len(words)]) == (page, words)
        # one-line section headings are found where type sizes are lost
        assert [s.title for s in articles[1].sections] == LIGHTSEY_SECTIONS, name


def test_section_headings(articles: list[Article]) -> None:
    assert [s.title for s in articles[1].sections] == LIGHTSEY_SECTIONS
    assert [s.title for s in articles[0].sections] == []
