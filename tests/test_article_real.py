"""The reader on the founding article, against facts read off the text by hand.

Expected values come from reading the extraction (line numbers) and the page table in the
brief; none is produced by running the reader.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderlands.article import Article, Note, read_article

pytestmark = pytest.mark.article

# printed page -> line where it starts in the extraction (read off the text by hand)
PAGE_TABLE = {
    813: 1, 814: 46, 815: 93, 816: 142, 817: 190, 818: 237, 819: 287, 820: 339, 821: 391,
    822: 443, 823: 494, 824: 546, 825: 593, 826: 642, 827: 695, 828: 747, 829: 797, 830: 844,
    831: 894, 832: 941, 833: 987, 834: 1038, 835: 1087, 836: 1139, 837: 1185, 838: 1236,
    839: 1287, 840: 1336, 841: 1382, 842: 1413, 843: 1457, 844: 1501, 845: 1543, 846: 1580,
    847: 1627, 848: 1664, 849: 1699, 850: 1723, 851: 1752, 852: 1785, 853: 1830, 854: 1880,
    855: 1935, 856: 1984, 857: 2033, 858: 2081, 859: 2127, 860: 2174, 861: 2219,
}  # fmt: skip

MISSING = [
    *[157, 160, 161, 162],
    *range(165, 174),
    *[182, 183, 184, 188, 190, 191, 192, 193, 195],
    *range(201, 239),
]
PRESENT = [
    *range(0, 157),
    *[158, 159, 163, 164],
    *range(174, 182),
    *[185, 186, 187, 189, 194],
    *range(196, 201),
    *range(239, 280),
]

# a word or figure in the body, and the printed page it stands on
BODY_SNIPPETS = [
    ("Lenkoran", 813),
    ("Krokodil", 814),
    ("Altaisk", 814),
    ("Turko-Bulgarian", 818),
    ("Ustasha", 820),
    ("Potsdam", 821),
    ("Birobidzhan", 825),
    ("Basmachi", 829),
    ("145,511 of 572,031", 833),
    ("Shumskyi", 843),
    ("Pilsudski is not", 845),
    ("8,329", 848),
    ("135,343", 851),
    ("Kim-Sen-Men", 851),
    ("386,798", 855),
    ("Manchurian", 860),
]

SECTIONS = [
    ("Ethnic Cleansing in the Eurasian Borderlands, 1912–53", 817),
    ("The Background to Soviet Ethnic Cleansing", 824),
    ("The Piedmont Principle and the Soviet Border Regions", 829),
    ("The Politics of Immigration", 832),
    ("Collectivization and Emigration", 836),
    ("The Ukrainian Crisis", 842),
    ("Ethnic Cleansing", 846),
    ("Enemy Nations", 852),
    ("Conclusion", 858),
]


@pytest.fixture(scope="module")
def article(article_path: Path) -> Article:
    return read_article(article_path)


def page_of_line(line: int) -> int:
    return max(page for page, start in PAGE_TABLE.items() if start <= line)


def test_pages_follow_the_page_table(article: Article) -> None:
    assert [p.number for p in article.pages] == list(PAGE_TABLE)
    assert [p.span.start_line for p in article.pages] == list(PAGE_TABLE.values())
    ends = [start - 1 for start in list(PAGE_TABLE.values())[1:]]
    assert [p.span.end_line for p in article.pages[:-1]] == ends


def test_running_heads_anchor_their_pages_and_agree(article: Article) -> None:
    anchored = {p.number: p.running_head.start_line for p in article.pages if p.running_head}
    assert anchored == {827: 695, 830: 844, 847: 1627, 855: 1935}
    assert all(p.anchored for p in article.pages if p.running_head)
    assert not [w for w in article.warnings if "running head" in w]


@pytest.mark.parametrize(("snippet", "page"), BODY_SNIPPETS)
def test_body_snippets_are_on_their_pages(article: Article, snippet: str, page: int) -> None:
    hits = [(p, p.text.find(snippet)) for p in article.paragraphs if snippet in p.text]
    assert hits, snippet
    paragraph, at = hits[0]
    raw = paragraph.offsets.raw_offset(at)
    assert article.page_of(raw) == page
    assert page_of_line(article.line_of(raw)) == page


def test_notes_present_and_missing(article: Article) -> None:
    assert [n.n for n in article.notes] == PRESENT
    assert article.missing_notes == MISSING
    assert any("absent" in w for w in article.warnings)
    # notes whose continuation is lost, and the stray fragment before note 196, are flagged
    assert any(w.startswith("note 164 (page 841) ends mid-sentence") for w in article.warnings)
    assert any(w.startswith("note 187 (page 844) ends mid-sentence") for w in article.warnings)
    assert any(w.startswith("line 1614:") for w in article.warnings)


def test_note_boundaries(article: Article) -> None:
    def note(n: int) -> Note:
        found = article.note(n)
        assert found is not None
        return found

    star = note(0)
    assert (star.label, star.page, star.start_line, star.end_line) == ("*", 813, 30, 37)
    assert star.text.startswith("Research support") and star.text.endswith("Slezkine.")
    assert (note(1).start_line, note(1).end_line) == (39, 39)
    assert note(1).text.startswith("Fitzroy Maclean, Eastern Approaches")
    assert (note(2).start_line, note(2).end_line) == (40, 43)
    assert note(2).text.endswith("consistent, version.")
    # notes that run on to the next page
    assert (note(11).pages, note(11).start_line, note(11).end_line) == ([815, 816], 139, 171)
    assert note(11).text.startswith("For a good theoretical account")
    assert note(11).text.endswith("393–408.")
    assert "Mobilized and Proletarian Diasporas" in note(11).text
    assert (note(22).pages, note(22).start_line, note(22).end_line) == ([818, 819], 277, 312)
    assert note(22).text.endswith("(n. 9 above).")
    assert (note(266).pages, note(266).start_line, note(266).end_line) == ([856, 857], 2013, 2073)
    assert note(266).text.endswith("1028.")
    # a note whose line kept a leading space is not a page start
    assert (note(158).page, note(158).start_line) == (840, 1378)
    assert note(158).text.startswith("Haruki Wada")
    assert (note(187).page, note(187).start_line) == (844, 1542)
    # a wrapped line that begins with a number stays in its note
    assert note(266).text.count("265 percent") == 1
    assert (note(279).page, note(279).start_line, note(279).end_line) == (861, 2225, 2227)
    assert len(note(11).pieces) == 2 and note(11).pieces[1].start_line == 170


def test_markers_link_to_notes(article: Article) -> None:
    numbers = [m.n for m in sorted(article.markers, key=lambda m: m.span.start)]
    assert numbers == list(range(0, 280))
    first = article.paragraphs[0]
    assert first.notes == [1, 2] and first.page == 813
    by_n = {m.n: m for m in article.markers}
    assert (by_n[233].page, by_n[233].span.start_line) == (851, 1763)
    assert (by_n[107].page, by_n[107].span.start_line) == (833, 1016)
    assert by_n[0].span.start_line == 1 and article.raw[by_n[0].span.start] == "*"
    for note in article.notes:
        if note.n:
            assert by_n[note.n].page == note.page, note.n
    for paragraph in article.paragraphs:
        for marker in (m for m in article.markers if m.paragraph_id == paragraph.id):
            assert marker.n in paragraph.notes


def test_no_running_head_or_note_text_in_paragraphs(article: Article) -> None:
    note_lines: set[int] = set()
    for note in article.notes:
        for piece in note.pieces:
            note_lines.update(range(piece.start_line, piece.end_line + 1))
    head_lines = {p.running_head.start_line for p in article.pages if p.running_head}
    body_lines: set[int] = set()
    for paragraph in article.paragraphs:
        for piece in paragraph.pieces:
            body_lines.update(range(piece.start_line, piece.end_line + 1))
        assert "Origins of Soviet Ethnic Cleansing 8" not in paragraph.text
        assert "830 Martin" not in paragraph.text
        assert not re.search(r"\b(GARF|RTsKhIDNI|TsDAHOU) ?\d", paragraph.text), paragraph.id
        assert not re.search(r"\(\d{4}\): \d", paragraph.text), paragraph.id
    assert not body_lines & note_lines
    assert not body_lines & head_lines
    # every non-blank line is in exactly one layer
    lines = article.raw.split("\n")
    covered = body_lines | note_lines | head_lines | {s.span.start_line for s in article.sections}
    covered |= {1, 3, 4}  # title and byline
    uncovered = [i for i, text in enumerate(lines, 1) if text.strip() and i not in covered]
    assert uncovered == []


def test_sections(article: Article) -> None:
    assert [(s.title, s.page) for s in article.sections] == SECTIONS
    assert article.source["title"] == "The Origins of Soviet Ethnic Cleansing"
    assert article.source["byline"] == ["Terry Martin", "Harvard University"]


def test_block_quotes(article: Article) -> None:
    quotes = [p.pages for p in article.paragraphs if p.block_quote]
    assert quotes == [[814], [814], [839], [844, 845], [848]]


def test_paragraphs_split_at_first_lines_and_page_breaks(article: Article) -> None:
    starts = {p.pieces[0].start_line for p in article.paragraphs}
    # first lines followed by a blank line in the extraction, and one at a page top (2033)
    for line in (6, 20, 49, 67, 947, 1244, 2033):
        assert line in starts, line
    # lines that continue a paragraph across a page break
    for line in (46, 93, 142, 1382):
        assert line not in starts, line


def test_reading_text_repairs(article: Article) -> None:
    def note_text(n: int) -> str:
        found = article.note(n)
        assert found is not None
        return found.text

    first = article.paragraphs[0].text
    assert "procession of trucks" in first and "Fitzroy Maclean" in first
    assert "Turko-Tartar" in first
    assert "The Moldavian ASSR" in note_text(112)
    assert "see also Maclean" in note_text(3)
    assert "There was one major" in note_text(267)
    assert "research support for this article was provided" in note_text(0).lower()
    # names, transliterations and abbreviations are left whole
    assert "RTsKhIDNI 17/87/199" in note_text(80)
    assert "TsDAHOU" in note_text(55)
    assert "WorldCat" in note_text(17)
    assert "Slezkine" in note_text(12)
    assert "Kharbintsy" in note_text(279)
    # real hyphens and dashes kept, line-end hyphens mended
    body = " ".join(p.text for p in article.paragraphs)
    kept_hyphens = ("nation-building", "Turko-Bulgarian", "1912–13", "large-scale", "non-Russian")
    for kept in (*kept_hyphens, "fifteen-kilometer", "cross-border", "anti-Bolshevik"):
        assert kept in body, kept
    for mended in ("procession", "Remarkably", "unpleasant", "Leningrad"):
        assert mended in body, mended
    assert "Mac- lean" not in body and "Mac-lean" not in body
    kinds = {r.kind for r in article.repairs}
    assert {"dehyphenation", "space", "running-head"} <= kinds
    space = {(r.before, r.after) for r in article.repairs if r.kind == "space"}
    assert ("TheMoldavianASSR", "The Moldavian ASSR") in space
    assert ("Therewas", "There was") in space


def test_offsets_slice_back(article: Article) -> None:
    raw = article.raw
    for item in [*article.paragraphs, *article.notes]:
        for i, ch in enumerate(item.text):
            if ch != " ":
                assert raw[item.offsets.raw_offset(i)] == ch
    for marker in article.markers:
        label = "*" if marker.n == 0 else str(marker.n)
        assert raw[marker.span.start : marker.span.end] == label
        assert article.line_of(marker.span.start) == marker.span.start_line
    for section in article.sections:
        assert raw[section.span.start : section.span.end] == section.title
    for repair in article.repairs:
        assert article.line_of(repair.span.start) == repair.span.start_line


def test_lost_spaces_after_a_transliteration_and_before_a_bracket(article: Article) -> None:
    # p. 841: a transliterated plural glued to a verb, a quoted word glued to its gloss
    spaces = {(r.before, r.after) for r in article.repairs if r.kind == "space"}
    assert ("raionywere", "raiony were") in spaces
    assert ("“front”(frontovye)", "“front” (frontovye)") in spaces
    assert not any("raionywere" in p.text for p in article.paragraphs)
