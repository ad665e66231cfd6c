"""Exports (CSL-JSON, BibTeX, CSV, JSON), the Chicago rendering, the registry and the CLI."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from pybtex.database import parse_string
from typer.testing import CliRunner

from borderlands.cli import app
from borderlands.errors import InputError
from borderlands.sources import (
    LooseNote,
    cite_notes,
    load_archives,
    to_bibtex,
    to_csl,
    to_csv,
    to_json,
)
from borderlands.sources.export import respace
from borderlands.sources.model import CitedArticle
from borderlands.sources.render import archival_form, render_notes

INVENTED = (
    "Anna Kowal, “Border Villages,” Eastern Review 12, no. 2 (1988): 40–61; "
    "Ivan Sidorov, Steppe Frontiers (Omsk, 1961), pp. 4–5; "
    "GARF 1235/141/561 (1930): 12–14, 3316/16a/9 (1929–30): 6ob."
)


@pytest.fixture(scope="module")
def cited() -> CitedArticle:
    return cite_notes([LooseNote(1, 900, INVENTED), LooseNote(2, 901, "Ibid., p. 41.")])


def test_csl_json_items(cited: CitedArticle) -> None:
    items = {item["id"]: item for item in to_csl(cited)}
    assert set(items) == {
        "kowal1988border",
        "sidorov1961steppe",
        "GARF-1235-141-561",
        "GARF-3316-16a-9",
    }
    article = items["kowal1988border"]
    assert article["type"] == "article-journal"
    assert article["author"] == [{"family": "Kowal", "given": "Anna"}]
    assert (article["container-title"], article["volume"], article["issue"]) == (
        "Eastern Review",
        "12",
        "2",
    )
    assert article["issued"] == {"date-parts": [[1988]]} and article["page"] == "40–61"
    assert "page" not in items["sidorov1961steppe"]  # pp. 4–5 is what the note cites
    archival = items["GARF-1235-141-561"]
    assert archival["type"] == "manuscript" and archival["archive"] == "GARF"
    assert archival["archive_location"] == "f. 1235, op. 141, d. 561" and "title" not in archival
    assert archival["custom"] == {
        "cited_in": [{"note": 1, "article_page": 900, "locator": "12–14", "label": "folio"}]
    }
    # ibid in n. 2 points at n. 1's last file: listed as a citing note, not a second item
    assert [x["note"] for x in items["GARF-3316-16a-9"]["custom"]["cited_in"]] == [1, 2]


def test_bibtex_parses_back_with_pybtex(cited: CitedArticle) -> None:
    data = parse_string(to_bibtex(cited), "bibtex")
    assert set(data.entries) == {
        "kowal1988border",
        "sidorov1961steppe",
        "GARF-1235-141-561",
        "GARF-3316-16a-9",
    }
    article = data.entries["kowal1988border"]
    assert article.type == "article" and article.fields["journal"] == "Eastern Review"
    assert article.fields["pages"] == "40--61"
    assert [str(p) for p in article.persons["author"]] == ["Kowal, Anna"]
    assert data.entries["sidorov1961steppe"].fields["address"] == "Omsk"


def test_csv_finding_aid(cited: CitedArticle) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(cited))))
    assert [(r["archive"], r["fond"], r["opis"], r["delo"]) for r in rows] == [
        ("GARF", "1235", "141", "561"),
        ("GARF", "3316", "16a", "9"),
    ]
    assert rows[1]["years"] == "1929; 1930" and rows[1]["pages"] == "6ob"
    assert rows[0]["notes"] == "1" and rows[0]["article_pages"] == "900"


def test_json_shape(cited: CitedArticle) -> None:
    data = json.loads(to_json(cited))
    first = data["notes"][0]
    assert (first["n"], first["page"]) == (1, 900)
    garf = first["citations"][2]
    assert garf["fond"] == "1235" and garf["opis"] == "141" and garf["delo"] == "561"
    assert garf["year"] == 1930 and garf["date"] == "1930" and garf["raw"].startswith("GARF")
    ibid = data["notes"][1]["citations"][0]
    assert ibid["kind"] == "ibid" and ibid["refers_to"] == {"note": 1, "index": 3}
    assert data["archives"][0]["archive"] == "GARF"


def test_chicago_rendering(cited: CitedArticle) -> None:
    (note,) = render_notes(cited, "chicago-notes-bibliography", [1])
    assert "Eastern Review 12, no. 2 (1988): 40–61" in note.lines[0]
    assert "Ivan Sidorov, Steppe Frontiers (Omsk, 1961)" in note.lines[1]  # full given name
    assert note.lines[2] == "GARF, f. 1235, op. 141, d. 561, ll. 12–14 (1930)."
    assert note.lines[3] == "GARF, f. 3316, op. 16a, d. 9, l. 6ob (1929–30)."
    (ibid,) = render_notes(cited, "chicago-notes-bibliography", [2])
    assert "GARF, f. 3316, op. 16a, d. 9" in ibid.lines[0]


def test_unknown_style_is_an_input_error(cited: CitedArticle) -> None:
    with pytest.raises(InputError):
        render_notes(cited, "no-such-style")


def test_archival_form_of_microfilm(cited: CitedArticle) -> None:
    from borderlands.sources import parse_note

    (film,) = parse_note("BFORC reel 7 (1937), vol. 21000, p. 9.")
    assert archival_form(film) == "BFORC, reel 7, vol. 21000, p. 9 (1937)."


def test_registry_facts() -> None:
    archives = load_archives()
    assert archives["RTsKhIDNI"].current == "RGASPI"
    assert archives["TsKhSD"].current == "RGANI"
    assert archives["TsDAHOU"].city == "Kyiv"
    assert archives["BFORC"].kind == "microfilm"


def test_bad_registry_is_an_input_error(tmp_path: Path) -> None:
    bad = tmp_path / "archives.yaml"
    bad.write_text("archives:\n  - abbreviation: X\n", encoding="utf-8")
    with pytest.raises(InputError) as err:
        load_archives(bad)
    assert str(bad) in str(err.value)


def test_respace_names() -> None:
    assert respace("FitzroyMaclean") == "Fitzroy Maclean"
    assert respace("JustinMcCarthy") == "Justin McCarthy"
    assert respace("AleksandrM. Nekrich") == "Aleksandr M. Nekrich"


runner = CliRunner()


@pytest.fixture
def invented_article(tmp_path: Path) -> Path:
    """A tiny article file in the extraction's layout: body text, then numbered notes."""
    text = (
        "A Borderland Study\n\nSome body text about resettlement in the border zone.1\n"
        "More text follows here.2\n\n"
        f"1 {INVENTED}\n2 Ibid., p. 41.\n"
    )
    path = tmp_path / "article.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_cli_missing_file_exits_2() -> None:
    result = runner.invoke(app, ["cite", "/no/such/article.txt"])
    assert result.exit_code != 0
    assert isinstance(result.exception, InputError)


def test_cli_main_prints_one_line_and_exits_2(tmp_path: Path) -> None:
    import subprocess
    import sys

    proc = subprocess.run(
        [sys.executable, "-m", "borderlands", "cite", str(tmp_path / "absent.txt")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "absent.txt" in proc.stderr


@pytest.mark.parametrize("fmt", ["json", "csv", "csl", "bibtex", "table"])
def test_cli_formats_write_atomically(invented_article: Path, tmp_path: Path, fmt: str) -> None:
    out = tmp_path / f"cited.{fmt}"
    result = runner.invoke(app, ["cite", str(invented_article), "--format", fmt, "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8")
    assert "1235" in text
    if fmt == "json":
        assert json.loads(text)["notes"][0]["citations"][2]["delo"] == "561"
    if fmt == "bibtex":
        assert len(parse_string(text, "bibtex").entries) == 4
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temp file left


def test_cli_style(invented_article: Path) -> None:
    result = runner.invoke(
        app, ["cite", str(invented_article), "--style", "chicago-notes-bibliography", "-n", "1"]
    )
    assert result.exit_code == 0, result.output
    assert "GARF, f. 1235, op. 141, d. 561, ll. 12–14 (1930)." in result.output


def test_cli_unwritable_out_is_one_line_exit_2(invented_article: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "borderlands",
            "cite",
            str(invented_article),
            "--out",
            str(blocker / "out.json"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "--out" in proc.stderr


# -- QA defects: JSON keys, missing notes, edited volumes, reels, piped tables ---------------

EDITED = (
    "RTsKhIDNI 17/162/15: 3; CGM reel 4410 (02.03.30): K7100–15; "
    "Kasimir Olt and Berta Wend, eds., A Reader of Frontier Papers (Riga, 1961), p. 12."
)


@pytest.fixture(scope="module")
def edited() -> CitedArticle:
    notes = [
        LooseNote(1, 900, EDITED),
        LooseNote(2, 901, "Ibid., p. 14."),
        LooseNote(4, 902, "Ibid."),
    ]
    return cite_notes(notes, [3])


def test_json_keeps_unknown_keys_as_null(edited: CitedArticle) -> None:
    data = json.loads(to_json(edited))
    archival = data["notes"][0]["citations"][0]
    assert (archival["kind"], archival["delo"]) == ("archival", "15")
    assert archival["date"] is None and archival["year"] is None
    ibid = data["notes"][2]["citations"][0]  # note 4's ibid: note 3 is lost, so unresolved
    assert ibid["kind"] == "ibid" and ibid["refers_to"] is None
    film = data["notes"][0]["citations"][1]
    assert (film["reel"], film["year"]) == ("4410", 1930)


def test_an_edited_volume_names_its_editors_once(edited: CitedArticle) -> None:
    (note,) = render_notes(edited, "chicago-notes-bibliography", [1])
    assert note.lines[2] == (
        "Kasimir Olt and Berta Wend, eds., A Reader of Frontier Papers (Riga, 1961), 12."
    )
    (ibid,) = render_notes(edited, "chicago-notes-bibliography", [2])
    assert ibid.lines[0].startswith("Kasimir Olt and Berta Wend, eds., A Reader of Frontier")
    assert ibid.lines[0].count("Wend") == 1


@pytest.mark.parametrize(
    ("n", "words"), [(3, "missing from this copy"), (7, "no note 7")], ids=["lost", "beyond"]
)
def test_asking_for_a_note_that_is_not_there(edited: CitedArticle, n: int, words: str) -> None:
    with pytest.raises(InputError, match=words):
        render_notes(edited, "chicago-notes-bibliography", [n])


def test_finding_aid_has_a_row_for_each_microfilm_reel(edited: CitedArticle) -> None:
    rows = list(csv.DictReader(io.StringIO(to_csv(edited))))
    assert [(r["archive"], r["fond"], r["delo"], r["reel"]) for r in rows] == [
        ("CGM", "", "", "4410"),
        ("RTsKhIDNI", "17", "15", ""),
    ]
    film = (rows[0]["pages"], rows[0]["notes"], rows[0]["years"])
    assert film == ("frames K7100–15", "1", "1930")


def test_piped_tables_keep_archive_names_and_files_whole(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text(f"A Study\n\nBody text.1\n\n1 {EDITED}\n", encoding="utf-8")
    cite = runner.invoke(app, ["cite", str(path), "--format", "table"])
    assert cite.exit_code == 0, cite.output
    (row,) = [line for line in cite.output.splitlines() if "17/162/15" in line]
    assert "RTsKhIDNI" in row
    archives = runner.invoke(app, ["archives", str(path)])
    assert archives.exit_code == 0, archives.output
    assert any("RTsKhIDNI" in line and "RGASPI" in line for line in archives.output.splitlines())
