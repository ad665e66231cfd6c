"""Archival references in every notation the field uses, against hand-typed gold sets
(tests/gold/archival/*.yaml, invented notes in our own words), and notes that hold none."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from borderlands.sources import LooseNote, cite_notes, load_archives, parse_note
from borderlands.sources.evaluate import (
    NotationGold,
    false_positives,
    load_notation_gold,
    score_notation,
)
from borderlands.sources.registry import distinct

GOLD_DIR = Path(__file__).parent / "gold" / "archival"
CORPUS = Path(__file__).resolve().parent.parent.parent / "shared" / "corpus"
FILES = sorted(p for p in GOLD_DIR.glob("*.yaml") if p.name != "negatives.yaml")


def _gold(path: Path) -> NotationGold:
    return load_notation_gold(path)


def archival(text: str) -> list:
    return [c for c in parse_note(text) if c.kind == "archival"]


def test_the_gold_sets_are_large_and_varied() -> None:
    golds = [_gold(p) for p in FILES]
    refs = [ref for g in golds for item in g.items for ref in item.refs]
    assert len(refs) >= 300
    assert len({ref[1] for ref in refs if ref[1]}) >= 20  # present archives
    assert {g.notation for g in golds} >= {"transliterated", "cyrillic", "ukrainian"}
    for g in golds:
        splits = [item.split for item in g.items]
        assert splits.count("heldout") >= len(splits) // 2 - 1


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_each_notation_is_read_field_exact(path: Path) -> None:
    gold = _gold(path)
    for split in ("tune", "heldout"):
        score = score_notation(gold, split)
        assert score.references > 0
        assert score.accuracy >= 0.98, (split, score.failures)


def test_all_notations_together_are_at_least_98_percent_exact() -> None:
    exact = total = 0
    for path in FILES:
        score = score_notation(_gold(path))
        exact, total = exact + score.exact, total + score.references
    assert total >= 300 and exact / total >= 0.98


def test_notes_without_archival_references_yield_none() -> None:
    negatives = _gold(GOLD_DIR / "negatives.yaml")
    assert len(negatives.notes) >= 25
    assert false_positives(negatives.notes) == []


def _corpus_notes() -> list[str]:
    pymupdf = pytest.importorskip("pymupdf")
    pdfs = sorted(CORPUS.glob("*.pdf")) if CORPUS.is_dir() else []
    if not pdfs:
        pytest.skip("the shared corpus volume is not here")
    lines: list[str] = []
    for pdf in pdfs:
        with pymupdf.open(pdf) as doc:
            for page in doc:
                lines.extend(line.strip() for line in page.get_text().splitlines())
    notes: list[list[str]] = []
    for line in lines:
        if not line:
            continue
        if re.match(r"\d{1,3}\.\s", line) or not notes or len(notes[-1]) >= 8:
            notes.append([line])
        else:
            notes[-1].append(line)
    return [" ".join(n) for n in notes]


def test_no_archival_reference_in_the_corpus_volume() -> None:
    """The shared CC BY volume's Chicago-style notes (transliterated Russian, book pages,
    "Ibid.") hold no archival reference in the f./op./d. or slash notations."""
    notes = _corpus_notes()
    assert len(notes) > 500
    assert false_positives(notes) == []


def test_registry_has_forty_archives_in_both_scripts() -> None:
    archives = distinct(load_archives())
    cyrillic = re.compile(r"[А-Яа-яЁёІіЇїЄє]")
    both = [
        a
        for a in archives
        if any(cyrillic.search(x) for x in a.abbreviations + a.former)
        and any(not cyrillic.search(x) for x in a.abbreviations + a.former)
    ]
    assert len(both) >= 40
    registry = load_archives()
    for former, present in [
        ("RTsKhIDNI", "RGASPI"),
        ("TsKhSD", "RGANI"),
        ("TsGAOR", "GARF"),
        ("ЦГАОР СССР", "GARF"),
        ("TsGAOR Ukrainy", "TsDAVO"),
        ("TsDAHOU", "TsDAHO"),
    ]:
        assert registry[former].id == present
    assert registry["ЦДАГО"].city == "Kyiv" and registry["TsGA RUz"].city == "Tashkent"


def test_music_catalogue_numbers_and_figures_are_not_archival() -> None:
    assert archival("Schubert, Sonata in A minor, Op. 42, D. 845.") == []
    assert archival("See Fig. 3, l. 12, and table 2.") == []
    # but the same letters after an archival reference continue it
    _, second = archival("RGVA, f. 9, op. 1, d. 5, l. 2; op. 2, d. 118.")
    assert (second.archive, second.fond, second.opis, second.delo) == ("RGVA", "9", "2", "118")


def test_a_continuation_inherits_archive_and_fond() -> None:
    _, b, c = archival("ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9; Оп. 1. Д. 3; Ф. 1120. Оп. 1. Д. 21.")
    assert (b.archive_id, b.fond, b.opis, b.delo, b.pages) == ("GARF", "Р-9401", "1", "3", "")
    assert (c.archive, c.fond, c.opis, c.delo) == ("ГАРФ", "1120", "1", "21")


def test_former_names_give_the_present_archive() -> None:
    (c,) = archival("TsGAOR SSSR, f. 1235, op. 2, d. 9, l. 1.")
    assert (c.archive, c.archive_id) == ("TsGAOR SSSR", "GARF")
    (d,) = archival("RTsKhIDNI 17/3/5 (1927): 2.")
    assert (d.archive, d.archive_id) == ("RTsKhIDNI", "RGASPI")


def test_archive_not_named_is_kept_unknown() -> None:
    (c,) = archival("F. 5446, op. 1, d. 7, l. 4.")
    assert (c.archive, c.archive_id, c.fond) == (None, None, "5446")
    assert "no archive named" in c.flags


def test_an_abbreviation_defined_in_full_serves_later_notes() -> None:
    defined: dict[str, str] = {}
    (first,) = [
        c
        for c in parse_note(
            "Gosudarstvennyi arkhiv Omskoi oblasti (hereafter GAOmO), f. 1, op. 1, d. 1.",
            defined=defined,
        )
        if c.kind == "archival"
    ]
    assert first.archive == "GAOmO" and first.archive_id == "GAOO"
    (later,) = [
        c for c in parse_note("GATK, f. 2, op. 3, d. 4.", defined=defined) if c.kind == "archival"
    ]
    assert later.archive == "GATK" and later.archive_id is None
    assert "archive GATK not in the registry" in later.flags


def test_raw_is_the_span_of_the_note() -> None:
    text = (
        "Cf. the order (GARF, f. 9401, op. 2, d. 64, ll. 161–63) and ЦДАГО, ф. 1, оп. 20, спр. 9."
    )
    for c in parse_note(text):
        assert text[c.start : c.end] == c.raw
    a, b = archival(text)
    assert a.raw == "GARF, f. 9401, op. 2, d. 64, ll. 161–63"
    assert b.raw == "ЦДАГО, ф. 1, оп. 20, спр. 9"


def test_published_works_in_cyrillic_and_their_ibid_and_short_forms() -> None:
    """Invented notes in the Russian bibliographic manner: none is archival; the book, its
    ibid ("Там же") and its short form ("Указ. соч.") are read and resolved."""
    notes = [
        LooseNote(1, None, "Петров А. И. Переселения на восточной окраине. М., 1994. С. 17."),
        LooseNote(2, None, "Там же. С. 45–46."),
        LooseNote(3, None, "Документы о спецпоселениях. 1930–1940. Л., 1991. Вып. 2. № 7. С. 88."),
        LooseNote(4, None, "Петров А. И. Указ. соч. С. 112–113; ГАРФ. Ф. Р-9401. Оп. 2. Д. 5."),
        LooseNote(5, None, "Тамже, Т. 2. С. 4–6."),
    ]
    cited = cite_notes(notes)
    book = cited.note(1).citations[0]  # type: ignore[union-attr]
    assert (book.kind, book.authors, book.title, book.place, book.year, book.pages) == (
        "published",
        ["А. И. Петров"],
        "Переселения на восточной окраине",
        "М.",
        1994,
        "17",
    )
    ibid = cited.note(2).citations[0]  # type: ignore[union-attr]
    assert (ibid.kind, ibid.pages, ibid.refers_to) == ("ibid", "45–46", {"note": 1, "index": 0})
    volume = cited.note(3).citations[0]  # type: ignore[union-attr]
    assert (volume.authors, volume.title, volume.issue, volume.item, volume.pages) == (
        [],
        "Документы о спецпоселениях. 1930–1940",
        "2",
        "7",
        "88",
    )
    short, archival = cited.note(4).citations  # type: ignore[union-attr]
    assert (short.short, short.pages, short.refers_to) == (True, "112–113", {"note": 1, "index": 0})
    assert (archival.kind, archival.archive_id, archival.delo) == ("archival", "GARF", "5")
    last = cited.note(5).citations[0]  # type: ignore[union-attr]
    assert (last.kind, last.volume, last.pages) == ("ibid", "2", "4–6")


def test_a_date_between_the_file_and_its_sheets() -> None:
    (c,) = archival("RGVA, f. 38650, op. 1, d. 12 (1944), ll. 7–9.")
    assert (c.delo, c.date, c.pages) == ("12", "1944", "7–9")
    assert c.raw.endswith("ll. 7–9")
