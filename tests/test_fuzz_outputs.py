"""The fuzzer (#16): mutated article texts through every output a user can ask for.

A window of the founding article (from ../shared when present; else the fixtures) is cut,
duplicated, spliced and sprinkled with what extracted texts hold (control characters,
U+FFFE, note markers, page numbers, form feeds, stray bytes), then read from a file and
written as parse json/tei/text, cite json/csv/csl/bibtex, figures json/table/html, and the
knowledge base's note citations. The one exception allowed out is InputError (bad input
said in one line); TEI must be well-formed XML and every JSON output must load.

The budget is fixed (30 examples, derandomized) so that the run is the same on every
machine and takes seconds.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from lxml import etree
from rich.console import Console

from borderlands.article import read_article
from borderlands.article.export_json import to_json
from borderlands.article.export_tei import tei_document
from borderlands.article.export_text import to_text
from borderlands.errors import InputError
from borderlands.figures import check_article, print_table, report_html
from borderlands.kb.citations import note_citations
from borderlands.paths import default_article
from borderlands.sources import cite_article, to_bibtex, to_csl_json, to_csv
from borderlands.sources import to_json as citations_json

FIXTURES = Path(__file__).parent / "fixtures"


def base_texts() -> list[str]:
    texts = [(FIXTURES / "article" / name).read_text(encoding="utf-8")
             for name in ("villages.txt", "harbor.txt")]
    founding = default_article()
    if founding.is_file():
        texts.append(founding.read_text(encoding="utf-8"))
    return texts


BASES = base_texts()
#: Longest window of a base text that one example keeps (the whole of a fixture).
WINDOW = 24_000

#: What extracted texts hold that a parser may not expect.
ODD = st.sampled_from([
    "\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\ufeff", "\ufffe", "\uffff",
    "\u00ad", "\u200b", "\r", "\r\n", "\n\n\n", "\t", "*", "†", "¹", "²³", "[12]", "(n. 4 above)",
    "Ibid.", "ibid., l. 5", "f. 17, op. 3, d. 9", "RGASPI", "GARF", "1937", "1,000,000",
    "42 percent", "34.6%", "—", "–", "...", "\u2028", "é", "ё", "\U0001f600", "\n812\n",
    "\n\x0c\n", "THE JOURNAL OF MODERN HISTORY", "\n1 ", "\n 99 ", "  ",
])

MUTATION = st.one_of(
    st.tuples(st.just("delete"), st.floats(0, 1), st.integers(1, 400)),
    st.tuples(st.just("duplicate"), st.floats(0, 1), st.integers(1, 400)),
    st.tuples(st.just("insert"), st.floats(0, 1), ODD),
    st.tuples(st.just("insert"), st.floats(0, 1), st.text(max_size=12)),
    st.tuples(st.just("swap"), st.floats(0, 1), st.floats(0, 1)),
)


@st.composite
def mutated_texts(draw: st.DrawFn) -> bytes:
    base = draw(st.sampled_from(BASES))
    length = draw(st.integers(0, min(WINDOW, len(base))))
    start = draw(st.integers(0, len(base) - length))
    text = base[start : start + length]
    for kind, where, what in draw(st.lists(MUTATION, max_size=8)):
        at = int(where * len(text))
        if kind == "delete":
            text = text[:at] + text[at + what :]
        elif kind == "duplicate":
            text = text[: at + what] + text[at : at + what] + text[at + what :]
        elif kind == "insert":
            text = text[:at] + what + text[at:]
        else:  # swap two lines
            lines = text.split("\n")
            i, j = int(where * len(lines)) % max(1, len(lines)), int(what * len(lines))
            j %= max(1, len(lines))
            lines[i], lines[j] = lines[j], lines[i]
            text = "\n".join(lines)
    data = text.encode("utf-8", "surrogatepass")
    if draw(st.booleans()) and data:  # now and then a byte that is not UTF-8
        at = draw(st.integers(0, len(data) - 1))
        data = data[:at] + draw(st.sampled_from([b"\xff", b"\xc3", b"\xed\xa0\x80"])) + data[at:]
    return data


def every_output(path: Path) -> None:
    """Each output the commands can write, checked for what a reader of it relies on."""
    article = read_article(path)
    json.loads(to_json(article))
    document = tei_document(article)
    etree.fromstring(document.xml)
    to_text(article)
    cited = cite_article(article)
    json.loads(citations_json(cited))
    list(csv.reader(io.StringIO(to_csv(cited))))
    json.loads(to_csl_json(cited))
    to_bibtex(cited)
    report = check_article(article)
    json.dumps(report.to_json())
    report_html(report, article)
    print_table(report, Console(file=io.StringIO(), width=120))
    list(note_citations(path))


@settings(max_examples=30, deadline=None, derandomize=True, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=mutated_texts())
def test_mutated_articles_give_outputs_or_one_input_error(
    data: bytes, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "mutated.txt"
    path.write_bytes(data)
    try:
        every_output(path)
    except InputError as error:
        assert "\n" not in str(error)


def test_every_kb_export_loads() -> None:
    """Every export the KB offers: JSON and GeoJSON load, CSV reads with one header."""
    from borderlands.kb.export import EXPORTABLE, FORMATS, export
    from borderlands.kb.store import connect, ensure_db

    conn = connect(ensure_db(None, None))
    for type_name in EXPORTABLE:
        for fmt in FORMATS:
            try:
                text = export(conn, type_name, fmt)
            except InputError:
                assert fmt == "geojson"  # only places and events have a place on a map
                continue
            if fmt == "csv":
                header, *rows = list(csv.reader(io.StringIO(text)))
                assert header and rows and all(len(r) == len(header) for r in rows)
            else:
                assert json.loads(text)
