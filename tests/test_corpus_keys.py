"""The keys that match an archival file and a published work across articles, on citations
written here in several notations and spellings (not taken from any article)."""

from __future__ import annotations

import pytest

from borderlands.corpus.process import archival_key, normalise_number, surname, work_key
from borderlands.sources import Citation, parse_note


def published(authors: list[str], title: str, year: int | None, editors: list[str] | None = None):
    return Citation(
        "published", "", 0, 0, authors=authors, editors=editors or [], title=title, year=year
    )


def test_same_work_with_and_without_subtitle_accents_and_name_order() -> None:
    spellings = [
        published(["Anna Petrova"], "Harbors of the North", 1999),
        published(["Anna Petrova"], "Harbors of the North: Ports and People", 1999),
        published(["Petrova, Anna"], "harbors of the north.  A study", 1999),
        published(["Ánna Petróva"], "HARBORS OF THE NORTH", 1999),
    ]
    keys = {work_key(c)["key"] for c in spellings}  # type: ignore[index]
    assert keys == {"petrova|harbors of the north|1999"}


def test_works_that_differ_are_not_matched() -> None:
    base = work_key(published(["Anna Petrova"], "Harbors of the North", 1999))
    other_year = work_key(published(["Anna Petrova"], "Harbors of the North", 2004))
    other_author = work_key(published(["Boris Petrov"], "Harbors of the North", 1999))
    other_title = work_key(published(["Anna Petrova"], "Harbors of the South", 1999))
    keys = [w["key"] for w in (base, other_year, other_author, other_title)]  # type: ignore[index]
    assert len(set(keys)) == 4


def test_leading_article_and_editors() -> None:
    a = work_key(published(["Lev Ostrov"], "The Grain Trade", 1971))
    b = work_key(published(["Lev Ostrov"], "Grain Trade", 1971))
    assert a is not None and b is not None and a["key"] == b["key"] == "ostrov|grain trade|1971"
    edited = work_key(published([], "Papers on Borders", 1980, editors=["Ida Sand", "Per Holm"]))
    assert edited is not None and edited["key"] == "sand;holm|papers on borders|1980"
    assert edited["authors"] == "Ida Sand; Per Holm"


def test_no_key_without_title_or_year_or_for_other_kinds() -> None:
    assert work_key(published(["Anna Petrova"], "Harbors", None)) is None
    assert work_key(Citation("published", "", 0, 0, authors=["Petrova"], short=True)) is None
    archival = Citation("archival", "", 0, 0, archive="GARF", fond="1", opis="2", delo="3")
    assert work_key(archival) is None


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Fitzroy Maclean", "maclean"),
        ("Maclean, Fitzroy", "maclean"),
        ("A. N. Other", "other"),
        ("Jean-Jacques Marie", "marie"),
        ("", ""),
    ],
)
def test_surname(name: str, expected: str) -> None:
    assert surname(name) == expected


def test_archival_file_spellings_meet() -> None:
    latin = Citation("archival", "", 0, 0, archive="GARF", fond="3316", opis="16a", delo="177")
    cyrillic = Citation("archival", "", 0, 0, archive="GARF", fond="3316", opis="16а", delo="177")
    spaced = Citation("archival", "", 0, 0, archive=" GARF", fond="3316 ", opis="16 A", delo="177")
    assert archival_key(latin) == archival_key(cyrillic) == archival_key(spaced)
    assert archival_key(latin) == {
        "archive": "GARF",
        "fond": "3316",
        "opis": "16a",
        "delo": "177",
        "reel": "",
    }
    assert normalise_number("20б") == "20b"


def test_archival_key_needs_archive_fond_and_delo() -> None:
    assert archival_key(Citation("archival", "", 0, 0, fond="1", opis="2", delo="3")) is None
    assert archival_key(Citation("archival", "", 0, 0, archive="GARF", fond="1")) is None
    reel = Citation("microfilm", "", 0, 0, archive="WKP", reel="41")
    assert archival_key(reel) == {
        "archive": "WKP",
        "fond": "",
        "opis": "",
        "delo": "",
        "reel": "41",
    }


def test_keys_from_parsed_notes_in_two_notations() -> None:
    """Two notes written as two different authors would, parsed by the citation parser."""
    first = parse_note(
        "GARF 1235/141/1531 (1933): 103; Anna Petrova, Harbors of the North (Moscow, 1999), 44.",
        1,
        10,
    )
    second = parse_note(
        "Anna Petrova, Harbors of the North: Ports and People (Moscow, 1999), "
        "61; GARF 1235/141/1531 (1934): 7ob.",
        2,
        20,
    )
    assert archival_key(first[0]) == archival_key(second[1])
    assert work_key(first[1])["key"] == work_key(second[0])["key"]  # type: ignore[index]
