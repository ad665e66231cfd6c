"""``borderlands parse``: formats, --out, and every kind of bad input as one line, exit 2."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from lxml import etree

from borderlands.article.tei_schema import TEI_NS, relaxng
from borderlands.cli import main

FIXTURE = Path(__file__).parent / "fixtures" / "article" / "villages.txt"


def run(monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.setattr(sys, "argv", ["borderlands", *args])
    with pytest.raises(SystemExit) as stop:
        main()
    code = stop.value.code
    return 0 if code is None else int(code)


def test_json_has_the_design_shape(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert run(monkeypatch, "parse", str(FIXTURE), "--format", "json") == 0
    doc = json.loads(capsysbinary.readouterr().out)
    for key in ("source", "pages", "sections", "paragraphs", "notes", "missing_notes", "warnings"):
        assert key in doc
    assert doc["pages"][0] | {} == doc["pages"][0]
    assert {k: doc["pages"][1][k] for k in ("number", "start_line", "end_line")} == {
        "number": 102,
        "start_line": 23,
        "end_line": 47,
    }
    assert doc["sections"][0]["title"] == "Notes on a Ledger" and doc["sections"][0]["page"] == 102
    first = doc["paragraphs"][0]
    assert (first["id"], first["page"], first["pages"], first["notes"]) == (
        "p1",
        101,
        [101],
        [1, 2],
    )
    note3 = next(n for n in doc["notes"] if n["n"] == 3)
    assert (note3["page"], note3["start_line"], note3["end_line"]) == (101, 21, 41)
    assert doc["missing_notes"] == [8]
    assert [m["n"] for m in doc["markers"]] == list(range(0, 11))
    assert {"kind", "line", "before", "after"} <= set(doc["repairs"][0])


def test_tei_is_valid_and_links_markers_to_notes(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    out = tmp_path / "villages.xml"
    assert run(monkeypatch, "parse", str(FIXTURE), "--format", "tei", "--out", str(out)) == 0
    doc = etree.parse(str(out))
    schema = relaxng()
    assert schema.validate(doc), schema.error_log
    ns = {"t": TEI_NS}
    assert doc.xpath("//t:pb/@n", namespaces=ns) == ["101", "102", "103"]
    assert doc.xpath("//t:head/text()", namespaces=ns) == ["Notes on a Ledger"]
    ids = set(doc.xpath("//t:note/@xml:id", namespaces=ns))
    targets = doc.xpath("//t:ref/@target", namespaces=ns)
    assert len(targets) == 10
    assert all(t[1:] in ids for t in targets)
    missing = doc.xpath("//t:note[@type='missing']/@n", namespaces=ns)
    assert missing == ["8"]
    assert len(doc.xpath("//t:quote", namespaces=ns)) == 1
    # the page break inside the paragraph that runs from 101 to 102
    p2 = doc.xpath("//t:p[@xml:id='p2']", namespaces=ns)[0]
    assert p2.xpath("t:pb/@n", namespaces=ns) == ["102"]
    assert p2.xpath("t:pb", namespaces=ns)[0].tail.startswith("farms, but not")


def test_text_format_has_endnotes(
    monkeypatch: pytest.MonkeyPatch, capsysbinary: pytest.CaptureFixture[bytes]
) -> None:
    assert run(monkeypatch, "parse", str(FIXTURE), "--format", "text") == 0
    text = capsysbinary.readouterr().out.decode("utf-8")
    assert text.startswith("A Study of Border Villages[*]\n\nJane Doe\nExample University\n")
    assert "locals called The Old Mill.[2]" in text
    assert "\n\nNOTES\n\n[*] Thanks go to the staff" in text
    assert "[10] Halvorsen, Second Survey, p. 9." in text
    assert "absent from this copy: 8." in text


def bad(tmp_path: Path, name: str, data: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


@pytest.mark.parametrize(
    ("make", "message"),
    [
        (lambda d: d / "absent.txt", "no article file here"),
        (lambda d: d, "is a directory"),
        (lambda d: bad(d, "empty.txt", b"  \n\n"), "is empty"),
        (lambda d: bad(d, "latin1.txt", "line one\ncaf\xe9\n".encode("latin-1")), "byte offset 12"),
        (lambda d: bad(d, "binary.txt", b"PK\x03\x04\x00\x00"), "NUL byte"),
    ],
)
def test_bad_input_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    tmp_path: Path,
    make: Callable[[Path], Path],
    message: str,
) -> None:
    path = make(tmp_path)
    assert run(monkeypatch, "parse", str(path)) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Traceback" not in err
    assert message in err and str(path) in err


def test_absent_default_article_says_where_it_looked(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    monkeypatch.setenv("BORDERLANDS_ARTICLE", str(tmp_path / "nowhere.txt"))
    assert run(monkeypatch, "parse") == 2
    err = capsys.readouterr().err
    assert "nowhere.txt" in err and "BORDERLANDS_ARTICLE" in err and err.count("\n") == 1


def test_out_is_written_whole(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    out = tmp_path / "sub" / "villages.json"
    assert run(monkeypatch, "parse", str(FIXTURE), "--out", str(out), "--parents") == 0
    assert json.loads(out.read_text(encoding="utf-8"))["missing_notes"] == [8]
    assert [p.name for p in out.parent.iterdir()] == ["villages.json"]


def test_real_article_tei_is_valid(article_path: Path) -> None:
    from borderlands.article import read_article
    from borderlands.article.export_tei import to_tei

    doc = etree.fromstring(to_tei(read_article(article_path)))
    assert relaxng().validate(doc)
    ns = {"t": TEI_NS}
    assert [int(n) for n in doc.xpath("//t:pb/@n", namespaces=ns)] == list(range(813, 862))
    assert len(doc.xpath("//t:ref", namespaces=ns)) == 279


def test_default_article_parses_as_json(
    monkeypatch: pytest.MonkeyPatch,
    capsysbinary: pytest.CaptureFixture[bytes],
    article_path: Path,
) -> None:
    monkeypatch.setenv("BORDERLANDS_ARTICLE", str(article_path))
    assert run(monkeypatch, "parse") == 0
    doc = json.loads(capsysbinary.readouterr().out)
    assert [p["number"] for p in doc["pages"]][:3] == [813, 814, 815]
    assert len(doc["missing_notes"]) == 60
    assert doc["source"]["title"] == "The Origins of Soviet Ethnic Cleansing"


def test_unwritable_out_is_one_line_and_exit_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert run(monkeypatch, "parse", str(FIXTURE), "--out", str(blocker / "out.json")) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "cannot write the output" in err and "--out" in err
