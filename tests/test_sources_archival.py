"""Archival and microfilm references, on notes invented in the article's manner."""

from __future__ import annotations

import pytest

from borderlands.sources import parse_note
from borderlands.sources.dates import parse_date


def archival(text: str) -> list:
    return [c for c in parse_note(text) if c.kind == "archival"]


def test_short_form_with_year_and_pages() -> None:
    (c,) = archival("GARF 1235/141/561 (1930): 135–37.")
    assert (c.archive, c.fond, c.opis, c.delo) == ("GARF", "1235", "141", "561")
    assert (c.date, c.year, c.pages) == ("1930", 1930, "135–37")
    assert c.raw == "GARF 1235/141/561 (1930): 135–37"


def test_letter_suffixes_stay_strings() -> None:
    cs = archival("GARF 5446/20a/12 (1936): 4; GARF 374/27s/88 (1928): 9, 3316/64a/7 (1931): 2.")
    assert [(c.fond, c.opis, c.delo) for c in cs] == [
        ("5446", "20a", "12"),
        ("374", "27s", "88"),
        ("3316", "64a", "7"),
    ]


def test_following_reference_inherits_the_archive() -> None:
    text = "RTsKhIDNI 17/3/100 (1929): 5, 17/3/101 (1929): 6; 62/2/3 (1930): 7 and 62/2/4 (1931)."
    cs = archival(text)
    assert [c.archive for c in cs] == ["RTsKhIDNI"] * 4
    assert [c.delo for c in cs] == ["100", "101", "3", "4"]
    assert "inherited" not in " ".join(f for c in cs for f in c.flags)


def test_page_list_stops_where_the_next_reference_starts() -> None:
    cs = archival("GARF 1235/141/9 (1930): 10–12, 23, 201, 3316/16a/44 (1930): 1–2.")
    assert [c.pages for c in cs] == ["10–12, 23, 201", "1–2"]
    assert cs[1].opis == "16a"


def test_delo_range_and_reverse_side_pages() -> None:
    a, b, c = archival(
        "GARF 3316/64/700–702 (1929–30), 3316/64/8 (1930): 6–6ob, 1/2/3 (1927): 11ob."
    )
    assert a.delo == "700–702" and a.date == "1929/1930" and (a.year, a.year_end) == (1929, 1930)
    assert b.pages == "6–6ob"
    assert c.pages == "11ob"


def test_day_dates_are_iso_and_protocol_items_are_kept() -> None:
    (c,) = archival("RTsKhIDNI 17/3/400 (16.07.26): 12/34.")
    assert c.date == "1926-07-16" and c.protocol == "12/34" and c.pages == ""
    (d,) = archival("RTsKhIDNI 17/114/5 (01.12.36): 70/6, 70/7, p. 120.")
    assert d.protocol == "70/6, 70/7" and d.pages == "120"
    (e,) = archival("RTsKhIDNI 17/3/7 (08.03.24): protokol 50/ punkt 3.")
    assert e.protocol == "50/3"


def test_protocols_then_pages() -> None:
    (c,) = archival("RTsKhIDNI 17/113/9 (12.11.29): 81/4, 100–102.")
    assert (c.protocol, c.pages) == ("81/4", "100–102")


def test_range_of_days() -> None:
    (c,) = archival("RTsKhIDNI 17/2/600 (11–12.10.36): 50–51.")
    assert c.date == "1936-10-11/1936-10-12" and c.year == 1936


def test_long_form_and_defined_abbreviation() -> None:
    text = (
        "Tsentral’nyi derzhavnyi arkhiv hromads’kykh ob’ednan’ Ukrainy (TsDAHOU) "
        "fond 1, opis’ 7, delo 12 (19.06.34), p. 40, and 1/7/13 (20.06.34): 41."
    )
    a, b = archival(text)
    assert (a.archive, a.fond, a.opis, a.delo, a.date, a.pages) == (
        "TsDAHOU",
        "1",
        "7",
        "12",
        "1934-06-19",
        "40",
    )
    assert a.raw.startswith("Tsentral’nyi derzhavnyi")
    assert text[a.start : a.end] == a.raw
    assert (b.archive, b.delo, b.pages) == ("TsDAHOU", "13", "41")


def test_unknown_abbreviation_defined_in_the_note() -> None:
    (c,) = archival("Oblastnoi arkhiv (hereafter OAX) 12/3/45 (1931): 6.")
    assert c.archive == "OAX"
    assert any("not in the registry" in f for f in c.flags)


def test_glued_archive_name_and_space_after_slash() -> None:
    a, b = archival("TsDAHOU1/20/99 (1925), p. 17; TsDAHOU 1/20/ 2500 (1927–31).")
    assert (a.archive, a.delo, a.pages) == ("TsDAHOU", "99", "17")
    assert (b.delo, b.date) == ("2500", "1927/1931")


def test_malformed_reference_is_kept_flagged_with_best_reading() -> None:
    _a, b = archival("RTsKhIDNI 62/1/400 (30.04.27): 20–21, 62/1555 (18.03.30): 9.")
    assert (b.fond, b.opis, b.delo, b.pages) == ("62", "1", "555", "9")
    assert any(f.startswith("malformed") for f in b.flags)
    assert b.raw == "62/1555 (18.03.30): 9"


def test_two_numbers_without_archive_are_not_a_reference() -> None:
    assert archival("Sobranie zakonov SSSR (05.09.35): 45/377.") == []


def test_microfilm_reels_frames_and_hereafter_after() -> None:
    text = (
        "British Foreign Office: Russia Correspondence, microfilm reel 3 (1936), vol. 20001, "
        "pp. 15–16 (hereafter BFORC). BFORC reel 3, pp. 16–17; CGM reel 900 (01.08.29): "
        "K100–19, reel 901, L200–250."
    )
    films = [c for c in parse_note(text) if c.kind == "microfilm"]
    assert [(c.archive, c.reel, c.volume, c.pages, c.frames) for c in films] == [
        ("BFORC", "3", "20001", "15–16", None),
        ("BFORC", "3", None, "16–17", None),
        ("CGM", "900", None, "", "K100–19"),
        ("CGM", "901", None, "", "L200–250"),
    ]
    assert films[0].raw.startswith("British Foreign Office") and films[0].date == "1936"


def test_reference_without_any_archive_is_flagged() -> None:
    (c,) = archival("See 3316/64/12 (1930): 4.")
    assert c.archive is None and "no archive named" in c.flags


@pytest.mark.parametrize(
    ("text", "iso", "year", "year_end"),
    [
        ("1937", "1937", 1937, None),
        ("1925–26", "1925/1926", 1925, 1926),
        ("1929–1930", "1929/1930", 1929, 1930),
        ("16.07.25", "1925-07-16", 1925, None),
        ("11–12.10.37", "1937-10-11/1937-10-12", 1937, None),
    ],
)
def test_dates(text: str, iso: str, year: int, year_end: int | None) -> None:
    d = parse_date(text)
    assert (d.iso, d.year, d.year_end, d.problem) == (iso, year, year_end, None)


def test_impossible_date_is_reported_not_invented() -> None:
    d = parse_date("31.02.30")
    assert d.iso is None and d.problem and "impossible" in d.problem
    (c,) = archival("GARF 1/2/3 (31.02.30): 5.")
    assert c.date is None and any("impossible" in f for f in c.flags)


def test_reference_broken_across_lines_in_raw_text() -> None:
    a, b = archival("GARF 5446/\n23a/29 (1938):\n23; GARF 3316/64/759–\n761 (1929–30).")
    assert (a.fond, a.opis, a.delo, a.date, a.pages) == ("5446", "23a", "29", "1938", "23")
    assert b.delo == "759–761"


def test_page_range_broken_across_lines() -> None:
    (c,) = archival("GARF 1235/141/561 (1930): 135–\n37.")
    assert c.pages == "135–37"
