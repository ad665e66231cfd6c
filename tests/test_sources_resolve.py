"""Resolution across notes on an invented article: ibid, short forms, "(n. X above)"."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from borderlands.sources import LooseNote, archive_summary, cite_notes, finding_aid
from borderlands.sources.model import CitedArticle

FIXTURE = Path(__file__).parent / "fixtures" / "sources" / "invented_notes.yaml"


@pytest.fixture(scope="module")
def cited() -> CitedArticle:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    notes = [LooseNote(**note) for note in data["notes"]]
    return cite_notes(notes, data["missing_notes"])


def kinds(cited: CitedArticle, n: int) -> list[str]:
    note = cited.note(n)
    assert note is not None
    return [c.kind for c in note.citations]


def test_short_form_resolves_to_the_earlier_full_citation(cited: CitedArticle) -> None:
    short = cited.note(2).citations[1]
    assert (short.raw, short.refers_to) == ("Sidorov, p. 9", {"note": 1, "index": 0})


def test_ibid_takes_the_previous_notes_last_source(cited: CitedArticle) -> None:
    (ibid,) = cited.note(3).citations
    # n. 2 ends with a short form of n. 1's book: ibid goes through it to the full citation
    assert ibid.refers_to == {"note": 1, "index": 0} and ibid.pages == "10"
    (bare,) = cited.note(5).citations
    target = cited.target(bare)
    assert target is not None and (target.archive, target.fond, target.delo) == (
        "RTsKhIDNI",
        "17",
        "511",
    )


def test_ibid_after_a_missing_note_is_reported_not_guessed(cited: CitedArticle) -> None:
    (ibid,) = cited.note(7).citations
    assert ibid.refers_to is None
    assert ibid.unresolved is not None and "n. 6" in ibid.unresolved
    assert any(u.note == 7 for u in cited.unresolved)


def test_cross_references(cited: CitedArticle) -> None:
    found, missing = cited.note(8).citations
    assert found.refers_to == {"note": 1, "index": 0} and found.pages == "30"
    assert missing.unresolved is not None and "missing" in missing.unresolved


def test_cross_reference_to_a_note_without_that_work(cited: CitedArticle) -> None:
    _, wrong = cited.note(9).citations
    assert wrong.unresolved is not None and "no citation matching" in wrong.unresolved


def test_short_form_of_an_article(cited: CitedArticle) -> None:
    short = cited.note(10).citations[0]
    assert short.refers_to == {"note": 9, "index": 0}


def test_archive_defined_once_is_known_afterwards(cited: CitedArticle) -> None:
    assert kinds(cited, 4) == ["archival", "archival", "archival"]
    assert [c.archive for c in cited.note(4).citations] == ["GARF", "GARF", "RTsKhIDNI"]


def test_archive_summary_counts(cited: CitedArticle) -> None:
    summary = {s.archive: s for s in archive_summary(cited)}
    garf = summary["GARF"]
    assert (garf.references, garf.files, garf.fonds, garf.notes) == (
        4,
        3,
        ["1235", "3316"],
        [2, 4, 10],
    )
    assert garf.current == "GARF" and garf.city == "Moscow"
    assert summary["RTsKhIDNI"].current == "RGASPI"


def test_finding_aid_groups_files_and_sorts(cited: CitedArticle) -> None:
    rows = finding_aid(cited)
    keys = [(r.archive, r.fond, r.opis, r.delo) for r in rows]
    assert keys == [
        ("GARF", "1235", "141", "561"),
        ("GARF", "3316", "64", "760"),
        ("GARF", "3316", "64", "761"),
        ("RTsKhIDNI", "17", "3", "511"),
    ]
    first = rows[0]
    assert (first.notes, first.article_pages, first.pages, first.years) == (
        [2, 10],
        [901, 904],
        ["12–14", "15"],
        [1930],
    )


def test_a_reference_to_a_lost_note_names_the_first_note_citing_the_work() -> None:
    notes = [
        LooseNote(1, None, "Anna Kowal, “Border Villages,” Eastern Review 12 (1988): 40–61."),
        LooseNote(2, None, "Ivan Sidorov, Steppe Frontiers (Omsk, 1961), p. 4."),
        LooseNote(3, None, "Anna Kowal, “Border Villages,” Eastern Review 12 (1988): 40–61."),
        LooseNote(5, None, "Kowal (n. 4 above), p. 2."),
        LooseNote(6, None, "Kowal (n. 2 above), p. 3."),
    ]
    cited = cite_notes(notes, [4])
    lost, wrong = cited.note(5).citations[0], cited.note(6).citations[0]
    assert lost.unresolved == (
        "n. 4 is missing from this extraction of the article"
        " (the same work is cited in full in n. 1)"
    )
    assert wrong.unresolved == (
        "n. 2 has no citation matching 'Kowal' (a matching citation is in n. 1)"
    )
