"""Loose notes (``borderlands cite --notes FILE``) and the article's "citations" layer."""

from __future__ import annotations

import csv
import io
import json
import re
import sys
from pathlib import Path

import pytest
from pybtex.database import parse_string
from typer.testing import CliRunner

from borderlands.article import read_article
from borderlands.cli import app, main
from borderlands.sources import annotate_citations, cite_article, cite_notes_file, read_notes

ARTICLE = Path(__file__).resolve().parent.parent.parent / "shared" / "article"

# invented notes, as they arrive when copied out of a word processor: one a line, a blank
# line, an ibid after it, a short form after a full citation
NOTES = (
    "GARF, f. 9401, op. 2, d. 64, ll. 161–63.\n"
    "\n"
    "Ibid., l. 170.\n"
    "РГАСПИ. Ф. 17. Оп. 162. Д. 21. Л. 158; Ф. 82. Оп. 2. Д. 537. Л. 4.\n"
    "Ivan Sidorov, Steppe Frontiers (Omsk, 1961), pp. 4–5.\n"
    "Sidorov, p. 9.\n"
    "Schubert's Sonata, Op. 42, D. 845, was played.\n"
)


@pytest.fixture
def notes_file(tmp_path: Path) -> Path:
    path = tmp_path / "notes.txt"
    path.write_text(NOTES, encoding="utf-8")
    return path


def test_each_line_is_a_note_numbered_by_its_line(notes_file: Path) -> None:
    assert [n.n for n in read_notes(notes_file)] == [1, 3, 4, 5, 6, 7]
    cited = cite_notes_file(notes_file)
    ibid = cited.note(3).citations[0]  # type: ignore[union-attr]
    assert ibid.kind == "ibid" and ibid.refers_to == {"note": 1, "index": 0}
    short = cited.note(6).citations[0]  # type: ignore[union-attr]
    assert short.refers_to == {"note": 5, "index": 0}
    second = cited.note(4).citations[1]  # type: ignore[union-attr]
    assert (second.archive, second.archive_id, second.fond, second.delo) == (
        "РГАСПИ",
        "RGASPI",
        "82",
        "537",
    )
    assert cited.note(7).citations == []  # type: ignore[union-attr]


def test_cli_json_csv_csl_and_bibtex(notes_file: Path) -> None:
    runner = CliRunner()
    result = runner.invoke(app, ["cite", "--notes", str(notes_file)])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [note["n"] for note in data["notes"]] == [1, 3, 4, 5, 6, 7]
    first = data["notes"][0]["citations"][0]
    assert (first["archive_id"], first["pages"], first["part"], first["volume"]) == (
        "GARF",
        "161–63",
        None,
        None,
    )
    rows = list(
        csv.DictReader(
            io.StringIO(
                runner.invoke(app, ["cite", "--notes", str(notes_file), "-f", "csv"]).output
            )
        )
    )
    assert [(r["archive"], r["fond"], r["delo"], r["notes"]) for r in rows] == [
        ("GARF", "9401", "64", "1"),
        ("РГАСПИ", "17", "21", "4"),
        ("РГАСПИ", "82", "537", "4"),
    ]
    csl = json.loads(runner.invoke(app, ["cite", "--notes", str(notes_file), "-f", "csl"]).output)
    assert {item["type"] for item in csl} == {"manuscript", "book"}
    bib = runner.invoke(app, ["cite", "--notes", str(notes_file), "-f", "bibtex"]).output
    assert len(parse_string(bib, "bibtex").entries) == 4


def _status_and_stderr(args: list[str], capfd: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """``borderlands ARGS`` through the real entry point, as the console script runs it."""
    capfd.readouterr()
    argv, sys.argv = sys.argv, ["borderlands", *args]
    try:
        main()
        status = 0
    except SystemExit as exc:
        status = exc.code if isinstance(exc.code, int) else 1
    finally:
        sys.argv = argv
    return status, capfd.readouterr().err


def test_bad_notes_file_is_one_line_and_status_2(
    tmp_path: Path, notes_file: Path, capfd: pytest.CaptureFixture[str]
) -> None:
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"GARF\x00 f. 1")
    for args, words in (
        (["cite", "--notes", str(tmp_path / "absent.txt")], "no such file"),
        (["cite", "--notes", str(tmp_path)], "directory"),
        (["cite", "--notes", str(binary)], "binary"),
        (["cite", str(notes_file), "--notes", str(notes_file)], "not both"),
    ):
        status, err = _status_and_stderr(args, capfd)
        assert status == 2, args
        assert len(err.strip().splitlines()) == 1 and words in err, err


def _letters(text: str) -> str:
    return re.sub(r"[\W_]", "", text)


def test_citations_are_a_span_layer_of_the_article() -> None:
    files = sorted(ARTICLE.glob("*.txt")) if ARTICLE.is_dir() else []
    if not files:
        pytest.skip("the founding article is not here")
    article = read_article(files[0])
    cited = cite_article(article)
    layer = article.layer("citations")
    citations = [c for note in cited.notes for c in note.citations]
    assert len(layer) == len(citations) > 300
    assert {id(a.data) for a in layer} == {id(c) for c in citations}
    for a in layer:
        c = a.data
        assert a.label == c.kind and a.line == c.line
        assert (a.passage_start, a.passage_end) == (c.start, c.end)
        # the raw span begins and ends as the citation does (a note carried over to the next
        # page has body text inside its raw span, and the raw text keeps line-end hyphens)
        raw, text = _letters(article.raw[a.start : a.end]), _letters(c.raw)
        assert raw.startswith(text[:6]) and raw.endswith(text[-3:]), (raw, text)
    by_note = {a.passage for a in layer}
    assert "n88" in by_note and all(p.startswith("n") for p in by_note)
    assert annotate_citations(article, cited) == layer
