"""The PDF reader on PDFs typeset at test time (reportlab) from a fixture in our own words,
in four journal layouts and as a two-article volume; and on unfit PDFs.

The expected texts come from the fixture's printed lines (tests/fixtures/article_pdf/spec.py)
and the pages from the typesetter's own record of where it put each note and paragraph.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from article_pdf_maker import LAYOUTS, Truth, make_pdf, make_volume, spec
from borderlands.article import read_article
from borderlands.article.detect import input_kind
from borderlands.article.reader import read_document
from borderlands.errors import InputError
from test_article_cli import run

SPEC = spec()


def _note_texts(truth: Truth) -> list[str]:
    """The notes' texts in order, the unnumbered note on the title first when there is one."""
    return [" ".join(SPEC.STAR_NOTE if n == 0 else SPEC.NOTES[n]) for n in sorted(truth.note_pages)]


@pytest.fixture(scope="module")
def typeset(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Path, Truth]]:
    folder = tmp_path_factory.mktemp("pdf")
    made: dict[str, tuple[Path, Truth]] = {}
    for layout in LAYOUTS:
        path = folder / f"{layout}.pdf"
        made[layout] = (path, make_pdf(path, layout))
    return made


@pytest.mark.parametrize("layout", LAYOUTS)
def test_every_layout_reads_exactly(typeset: dict[str, tuple[Path, Truth]], layout: str) -> None:
    path, truth = typeset[layout]
    article = read_article(path)
    assert article.source["kind"] == "pdf"
    assert article.source["title"] == truth.title
    assert article.source["authors"] == truth.authors
    assert [p.number for p in article.pages] == truth.printed_pages
    assert [(n.n, n.page) for n in article.notes] == sorted(truth.note_pages.items())
    assert [n.text for n in article.notes] == _note_texts(truth)
    assert [p.text for p in article.paragraphs] == [
        SPEC.reading_text(p) for p in SPEC.paragraphs()
    ]
    assert [p.pages for p in article.paragraphs] == truth.paragraph_pages
    # affiliation, abstract and keywords are metadata, not body
    assert article.source.get("affiliations", []) == truth.affiliations
    assert article.source.get("abstract", "") == truth.abstract
    assert article.source.get("keywords", []) == truth.keywords
    # every marker found (the title's asterisk is marker 0), on the page the typesetter put it
    assert [m.n for m in article.markers] == sorted(truth.note_pages)
    assert article.missing_notes == []
    assert article.warnings == []


@pytest.mark.parametrize("layout", LAYOUTS)
def test_spans_point_into_the_plain_text(
    typeset: dict[str, tuple[Path, Truth]], layout: str
) -> None:
    """Offsets refer to the raw text the reader exports: a note's span starts at its label,
    a marker's span is its digits, each page's span holds its printed lines."""
    article = read_article(typeset[layout][0])
    raw = article.raw
    for note in article.notes:
        assert raw[note.span.start :].startswith(note.label)
        assert note.text.split()[-1] in raw[note.span.start : note.span.end]
    for marker in article.markers:
        assert raw[marker.span.start : marker.span.end] == (str(marker.n) if marker.n else "*")
        assert article.page_of(marker.span.start) == marker.page
    for para in article.paragraphs:
        first_word = para.text.split()[0]
        assert raw[para.pieces[0].start :].startswith(first_word)


def test_a_word_broken_across_a_page_with_notes_between_is_rejoined(
    typeset: dict[str, tuple[Path, Truth]],
) -> None:
    """The fixture breaks "requests" over a page, with the first page's notes between."""
    for layout in LAYOUTS:
        article = read_article(typeset[layout][0])
        para = next(p for p in article.paragraphs if "requests survive" in p.text)
        assert para.pages == [211, 212]
        kinds = {r.kind for r in article.repairs if "re" in r.before and "quests" in r.before}
        assert kinds == {"dehyphenation"}, layout


def test_running_heads_are_not_body_text(typeset: dict[str, tuple[Path, Truth]]) -> None:
    article = read_article(typeset["super"][0])
    heads = [r for r in article.repairs if r.kind == "running-head"]
    assert len(heads) == 2  # pages 212 and 213; the title page has none
    assert not any("KESTREL" in p.text for p in article.paragraphs)
    assert all(p.running_head is not None for p in article.pages[1:])


def test_a_volume_splits_into_articles_with_their_own_notes(tmp_path: Path) -> None:
    path = tmp_path / "volume.pdf"
    truths = make_volume(path)
    articles = read_document(path)
    assert [a.source["title"] for a in articles] == [t.title for t in truths]
    assert [a.source["authors"] for a in articles] == [t.authors for t in truths]
    assert [[p.number for p in a.pages] for a in articles] == [t.printed_pages for t in truths]
    for article, truth in zip(articles, truths, strict=True):
        assert [(n.n, n.page) for n in article.notes] == sorted(truth.note_pages.items())
    assert read_article(path, 2).source["printed_pages"] == [4, 6]
    with pytest.raises(InputError, match="holds 2 articles"):
        read_article(path)
    with pytest.raises(InputError, match="has no article 3"):
        read_article(path, 3)


def test_kind_is_told_by_bytes_not_name(tmp_path: Path, typeset: dict) -> None:
    pdf = typeset["foot"][0].read_bytes()
    assert input_kind(pdf) == "pdf"
    assert input_kind(b"1 A note\n") == "text"
    disguised = tmp_path / "article.txt"
    disguised.write_bytes(pdf)
    assert read_article(disguised).source["kind"] == "pdf"


def _unfit(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    good = make_pdf(tmp_path / "good.pdf", "foot") and (tmp_path / "good.pdf").read_bytes()
    cases: dict[str, tuple[Path, str]] = {}
    minimal = tmp_path / "minimal.pdf"
    minimal.write_bytes(b"%PDF-1.4\nno objects here\n")
    cases["minimal"] = (minimal, "damaged PDF")
    truncated = tmp_path / "truncated.pdf"
    truncated.write_bytes(good[: len(good) * 2 // 3])
    cases["truncated"] = (truncated, "PDF")
    doc = pymupdf.open(stream=good)
    encrypted = tmp_path / "encrypted.pdf"
    doc.save(str(encrypted), encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="o", user_pw="u")
    cases["encrypted"] = (encrypted, "encrypted PDF")
    scan = pymupdf.open()
    page = scan.new_page()
    page.draw_rect(pymupdf.Rect(50, 50, 300, 300), fill=(0.5, 0.5, 0.5))
    scanned = tmp_path / "scan.pdf"
    scan.save(str(scanned))
    cases["scan"] = (scanned, "no text layer")
    return cases


def test_unfit_pdfs_are_one_line_and_status_2(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    for name, (path, reason) in _unfit(tmp_path).items():
        code = run(monkeypatch, "parse", str(path))
        out, err = capsys.readouterr()
        if name == "truncated" and code == 0:
            # MuPDF rebuilt what it could: a result, with the damage said in its warnings
            warnings = json.loads(out)["warnings"]
            assert any("truncated" in w for w in warnings), warnings
            continue
        assert code == 2, (name, err)
        lines = err.strip().splitlines()
        assert len(lines) == 1 and str(path) in lines[0] and reason in lines[0], (name, lines)
        assert "Traceback" not in err


def test_a_page_with_no_text_is_left_out_with_a_warning(tmp_path: Path) -> None:
    good = tmp_path / "good.pdf"
    make_pdf(good, "foot")
    doc = pymupdf.open(str(good))
    doc.new_page(-1)  # an empty (image-only) page at the end
    patched = tmp_path / "patched.pdf"
    doc.save(str(patched))
    article = read_article(patched)
    assert len([n for n in article.notes if n.n]) == len(SPEC.NOTES)
    assert any("PDF pages 4" in w and "no text" in w for w in article.warnings)


def test_parse_cli_prints_a_volume_as_a_list_and_raw_text(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "volume.pdf"
    make_volume(path)

    def output(*args: str) -> str:
        assert run(monkeypatch, *args) == 0
        return capsys.readouterr().out

    listed = json.loads(output("parse", str(path)))
    assert [a["source"]["authors"] for a in listed] == [
        ["Mira Kestrel", "Jonas Albrecht"],
        ["Ada Moreau"],
    ]
    one = json.loads(output("parse", str(path), "--article", "2"))
    raw = output("parse", str(path), "--article", "2", "--format", "raw")
    for note in one["notes"]:
        assert raw[note["start"] :].startswith(note["label"])
    cited = json.loads(output("cite", str(path), "--article", "1", "-f", "json"))
    assert len(cited["notes"]) == len(SPEC.NOTES)
    figures = json.loads(output("figures", str(path), "--article", "2", "-f", "json"))
    assert any(q["text"] == "251" for q in figures["quantities"])


def extractions(pdf: Path) -> dict[str, str]:
    """The common plain-text extractions of a PDF, made now (pdftotext when installed)."""
    import shutil
    import subprocess

    out: dict[str, str] = {}
    doc = pymupdf.open(str(pdf))
    # PyMuPDF's own recipe writes a form feed after each page
    out["pymupdf"] = "".join(page.get_text() + "\f" for page in doc)
    if shutil.which("pdftotext"):
        for name, flags in (("pdftotext", []), ("pdftotext-layout", ["-layout"])):
            done = subprocess.run(
                ["pdftotext", *flags, str(pdf), "-"], capture_output=True, check=True
            )
            out[name] = done.stdout.decode("utf-8")
    return out


@pytest.mark.parametrize("layout", LAYOUTS)
def test_text_extractions_of_every_layout_read_the_same(
    typeset: dict[str, tuple[Path, Truth]], layout: str, tmp_path: Path
) -> None:
    path, truth = typeset[layout]
    for name, text in extractions(path).items():
        saved = tmp_path / f"{layout}-{name}.txt"
        saved.write_text(text, encoding="utf-8")
        article = read_article(saved)
        where = (layout, name)
        assert article.source["kind"] == "text", where
        assert article.source["title"] == truth.title, where
        assert article.source["authors"] == truth.authors, where
        assert [p.number for p in article.pages] == truth.printed_pages, where
        assert article.source.get("affiliations", []) == truth.affiliations, where
        assert article.source.get("abstract", "") == truth.abstract, where
        assert article.source.get("keywords", []) == truth.keywords, where
        assert [(n.n, n.page) for n in article.notes] == sorted(truth.note_pages.items()), where
        assert [n.text for n in article.notes] == _note_texts(truth), where
        assert [m.n for m in article.markers] == sorted(truth.note_pages), where
        # offsets point into the file as given
        for note in article.notes:
            assert text[note.span.start :].startswith(note.label), where
        if name == "pdftotext-layout":  # indents survive: paragraphs are exact
            paragraphs = [SPEC.reading_text(p) for p in SPEC.paragraphs()]
            assert [p.text for p in article.paragraphs] == paragraphs, where


def test_a_docx_with_real_footnotes_reads_exactly(tmp_path: Path) -> None:
    from article_docx_maker import make_docx

    path = tmp_path / "draft.docx"
    make_docx(path)
    assert input_kind(path.read_bytes()) == "docx"
    article = read_article(path)
    assert article.source["kind"] == "docx"
    assert article.source["title"] == SPEC.TITLE
    assert article.source["authors"] == SPEC.AUTHORS
    assert [p.text for p in article.paragraphs] == [
        SPEC.reading_text(p) for p in SPEC.paragraphs()
    ]
    assert [(n.n, n.text) for n in article.notes] == [
        (n, " ".join(SPEC.NOTES[n])) for n in sorted(SPEC.NOTES)
    ]
    assert [m.n for m in article.markers] == sorted(SPEC.NOTES)
    for marker in article.markers:
        assert article.raw[marker.span.start : marker.span.end] == str(marker.n)
    assert article.warnings == []


def test_a_damaged_docx_is_one_line(tmp_path: Path) -> None:
    import zipfile

    path = tmp_path / "broken.docx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("word/document.xml", "<w:document")
    with pytest.raises(InputError, match=r"damaged \.docx"):
        read_article(path)


def _typst_truth(source: str) -> tuple[list[str], list[str]]:
    """Paragraph texts and note texts of a Typst fixture, read from its source: each body
    paragraph with its ``#footnote[...]`` calls taken out, and the notes' texts in order."""
    import re

    source = source.replace("'", "’")  # Typst sets straight apostrophes as curly ones
    notes = re.findall(r"#footnote\[([^\]]*)\]", source)
    paragraphs = []
    for block in source.split("\n\n"):
        lines = [ln for ln in block.splitlines() if ln and not ln.startswith(("#", "="))]
        if lines:
            paragraphs.append(re.sub(r"#footnote\[[^\]]*\]", "", " ".join(lines)).strip())
    return paragraphs, notes


@pytest.mark.parametrize(
    ("name", "title", "authors", "pages", "sections"),
    [
        ("frontier", "Notes on a Frontier Survey", ["Teodor Vasko"], [57, 58], []),
        (
            "railway",
            "Railway Towns on the Steppe: Settlement, Supply and Departure",
            ["Ilse Marr", "Peter Dunn"],
            [1],
            ["Introduction", "Supply", "Departure"],
        ),
    ],
)
def test_typst_articles_read_exactly(
    tmp_path: Path, name: str, title: str, authors: list[str], pages: list[int], sections: list[str]
) -> None:
    """Typst's own footnotes (labels glued to the note, "2The ..."), a running head in the
    body's type beside the page number, paragraphs by spacing rather than indent."""
    import typst

    source = (Path(__file__).parent / "fixtures" / "article_pdf" / f"{name}.typ").read_text()
    path = tmp_path / f"{name}.pdf"
    path.write_bytes(typst.compile(source.encode("utf-8")))
    paragraphs, notes = _typst_truth(source)
    article = read_article(path)
    assert article.source["title"] == title
    assert article.source["authors"] == authors
    assert [p.number for p in article.pages] == pages
    assert [s.title for s in article.sections] == sections
    assert [n.text for n in article.notes] == notes
    assert [p.text for p in article.paragraphs] == paragraphs
    assert [m.n for m in article.markers] == list(range(1, len(notes) + 1))
    assert article.warnings == []


def test_a_browser_copy_with_notes_gathered_at_the_end(tmp_path: Path) -> None:
    """A copy from a web page: one paragraph a line, markers as plain digits, the notes
    under "Notes" as "1. ..." lines."""
    body = ["\n".join((SPEC.TITLE, " and ".join(SPEC.AUTHORS))), ""]
    for paragraph in SPEC.paragraphs():
        body.append(SPEC.reading_text_with_markers(paragraph).replace("{", "").replace("}", ""))
        body.append("")
    body.append("Notes")
    body.extend(f"{n}. {' '.join(SPEC.NOTES[n])}" for n in sorted(SPEC.NOTES))
    path = tmp_path / "copied.txt"
    path.write_text("\n".join(body) + "\n", encoding="utf-8")
    article = read_article(path)
    assert article.source["title"] == SPEC.TITLE
    assert article.source["authors"] == SPEC.AUTHORS
    assert [p.text for p in article.paragraphs] == [
        SPEC.reading_text(p) for p in SPEC.paragraphs()
    ]
    assert [n.text for n in article.notes] == [" ".join(SPEC.NOTES[n]) for n in sorted(SPEC.NOTES)]
    assert [m.n for m in article.markers] == sorted(SPEC.NOTES)
