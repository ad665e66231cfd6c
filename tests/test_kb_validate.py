"""`validate` finds each kind of data error and names its file and line."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from borderlands.kb import load, validate
from borderlands.paths import data_dir

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"


@pytest.fixture
def data(tmp_path: Path) -> Path:
    target = tmp_path / "data"
    shutil.copytree(GOOD, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture changed: {old!r} not in {path}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def lines(data: Path) -> list[str]:
    return [str(p).replace(str(data) + "/", "") for p in validate(data)]


def test_fixture_is_valid() -> None:
    assert validate(GOOD) == []


def test_broken_yaml(data: Path) -> None:
    edit(data / "groups" / "core.yaml", "aliases: [Korean, Soviet Koreans]", "aliases: [Korean")
    found = lines(data)
    assert len(found) == 1
    assert found[0].startswith("groups/core.yaml:4: broken YAML")


def test_broken_yaml_does_not_hide_other_files(data: Path) -> None:
    edit(data / "groups" / "core.yaml", "aliases: [Korean, Soviet Koreans]", "aliases: [Korean")
    edit(data / "persons" / "core.yaml", "role: head of the NKVD", "role: head\n  rank: 3")
    found = lines(data)
    assert [f.split(": ")[0] for f in found] == ["groups/core.yaml:4", "persons/core.yaml:5"]


def test_unknown_field(data: Path) -> None:
    edit(data / "places" / "core.yaml", "  type: republic\n", "  type: republic\n  capital: x\n")
    assert lines(data) == ["places/core.yaml:12: place pl-kazakhstan: unknown field 'capital'"]


def test_unknown_field_in_a_nested_count(data: Path) -> None:
    events = data / "events" / "core.yaml"
    edit(events, "      unit: families\n", "      unit: families\n      hue: 1\n")
    assert lines(data) == [
        "events/core.yaml:35: event ev-finn-border-1935: unknown field 'counts[0].hue'"
    ]


def test_dangling_id(data: Path) -> None:
    edit(data / "events" / "core.yaml", "destination: [pl-kazakhstan]", "destination: [pl-uzbek]")
    assert lines(data) == [
        "events/core.yaml:11: event ev-korean-removal-1937: destination: no record 'pl-uzbek'"
    ]


def test_id_of_the_wrong_type(data: Path) -> None:
    edit(data / "decrees" / "core.yaml", "issuer: org-sovnarkom", "issuer: grp-finns")
    assert lines(data) == [
        "decrees/core.yaml:3: decree dec-korean-removal: issuer: 'grp-finns' is one of the "
        "groups, not the organisations"
    ]


def test_dangling_id_in_a_group_fate(data: Path) -> None:
    edit(data / "groups" / "core.yaml", "events: [ev-korean-removal-1937]", "events: [ev-nope]")
    assert lines(data) == [
        "groups/core.yaml:10: group grp-koreans: fate.events: no record 'ev-nope'"
    ]


def test_duplicate_id_names_both_places(data: Path) -> None:
    (data / "concepts" / "more.yaml").write_text(
        "# another part\n- id: con-border-cleansing\n  name: twice\n  definition: again\n"
        "  sources: [{page: 830}]\n",
        encoding="utf-8",
    )
    found = lines(data)
    assert len(found) == 1
    assert found[0].startswith("concepts/more.yaml:2: duplicate id 'con-border-cleansing'")
    assert found[0].endswith("also defined at concepts/core.yaml:7")


def test_end_before_start(data: Path) -> None:
    edit(data / "events" / "core.yaml", "  end: 1926\n", "  end: 1921\n")
    assert lines(data) == [
        "events/core.yaml:45: event ev-exchange-1923: end 1921 is before start 1923"
    ]


def test_regime_rule_ending_before_it_starts(data: Path) -> None:
    edit(data / "regime" / "core.yaml", "  end: 1937-12\n", "  end: 1935-02\n")
    assert lines(data) == [
        "regime/core.yaml:12: regime rule reg-zone-leningrad: "
        "end 1935-02 is before start 1935-03-01"
    ]


def test_low_above_high(data: Path) -> None:
    events = data / "events" / "core.yaml"
    edit(events, "- low: 9000\n      high: 10000", "- low: 19000\n      high: 10000")
    assert lines(data) == [
        "events/core.yaml:32: event ev-finn-border-1935: counts[0]: low 19000.0 is above high "
        "10000.0"
    ]


def test_missing_source(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "  sources: [{page: 852}]\n", "")
    assert lines(data) == ["persons/core.yaml:1: person per-yezhov: missing field 'sources'"]


def test_empty_source_list(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "  sources: [{page: 852}]\n", "  sources: []\n")
    found = lines(data)
    assert len(found) == 1
    assert found[0].startswith("persons/core.yaml:6: person per-yezhov: sources")


def test_page_outside_the_article(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "{page: 852}", "{page: 999}")
    found = lines(data)
    assert len(found) == 1
    assert found[0].startswith("persons/core.yaml:6: person per-yezhov: sources[0].page")


def test_impossible_date(data: Path) -> None:
    edit(data / "decrees" / "core.yaml", "date: 1937-08-21", "date: 1937-02-30")
    found = lines(data)
    assert len(found) == 1 and found[0].startswith("decrees/core.yaml:2: decree dec-korean-removal")


def test_id_prefix_must_match_folder(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "id: per-yezhov", "id: org-yezhov")
    assert lines(data) == [
        "events/core.yaml:21: event ev-korean-removal-1937: persons: no record 'per-yezhov'",
        "persons/core.yaml:1: id 'org-yezhov' does not start with 'per-', as persons ids must",
    ]


def test_duplicate_key_in_one_record(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "  role: head", "  name: Again\n  role: head")
    found = lines(data)
    assert found == ["persons/core.yaml:4: broken YAML: duplicate key 'name' (first on line 2)"]


def test_unknown_folder(data: Path) -> None:
    (data / "battles").mkdir()
    (data / "battles" / "a.yaml").write_text("- id: x\n", encoding="utf-8")
    found = lines(data)
    assert len(found) == 1 and found[0].startswith("battles: unknown record folder 'battles'")


def test_the_bundled_data_validates() -> None:
    problems = [str(p) for p in validate(data_dir())]
    assert problems == []
    assert load().events is not None


def test_value_disagreeing_with_the_stated_numeral(data: Path) -> None:
    edit(data / "figures" / "core.yaml", "  value: 171781\n", "  value: 171718\n")
    assert lines(data) == [
        "figures/core.yaml:3: figure fig-korean-total: value 171718 but the stated '171,781' "
        "reads 171781",
    ]


def test_count_range_disagreeing_with_the_stated_numeral(data: Path) -> None:
    edit(data / "events" / "core.yaml", "      high: 10000\n", "      high: 12000\n")
    assert lines(data) == [
        "events/core.yaml:32: event ev-finn-border-1935: counts[0]: range 9000-12000 but the "
        "stated '9,000 to 10,000' reads 9000-10000"
    ]


def test_missing_data_folder(tmp_path: Path) -> None:
    from borderlands.errors import InputError

    with pytest.raises(InputError, match="no such data folder"):
        validate(tmp_path / "nowhere")
    with pytest.raises(InputError, match="no such data folder"):
        load(tmp_path / "nowhere")


@pytest.mark.parametrize("layout", ["nothing", "empty type folders", "other files"])
def test_a_folder_without_data_files_is_an_error(tmp_path: Path, layout: str) -> None:
    """Naming the wrong folder must not look like a valid, empty KB (QA defect 11)."""
    from borderlands.errors import InputError
    from borderlands.kb import build

    folder = tmp_path / "dta"
    folder.mkdir()
    if layout == "empty type folders":
        (folder / "events").mkdir()
        (folder / "groups").mkdir()
    elif layout == "other files":
        (folder / "README.md").write_text("notes\n", encoding="utf-8")
        (folder / "events").mkdir()
        (folder / "events" / "draft.txt").write_text("- id: ev-x\n", encoding="utf-8")
    for call in (validate, load):
        with pytest.raises(InputError, match="no data files") as info:
            call(folder)
        assert info.value.source == str(folder)
    db = tmp_path / "kb.sqlite"
    with pytest.raises(InputError, match="no data files"):
        build(db, folder)
    assert not db.exists()


# --- emptied files and control characters (issue #16) ----------------------------------------


@pytest.mark.parametrize(
    "content", ["", "   \n\n\t\n", "# all records removed\n", "[]\n"], ids=repr
)
def test_an_emptied_data_file_is_an_error_naming_it(data: Path, content: str) -> None:
    (data / "persons" / "core.yaml").write_text(content, encoding="utf-8")
    found = lines(data)
    assert "persons/core.yaml: no persons in this data file: it is empty" in " ".join(found)
    from borderlands.errors import InputError

    with pytest.raises(InputError, match="it is empty") as info:
        load(data)
    assert info.value.source == str(data / "persons" / "core.yaml")


def test_an_emptied_events_file_is_named_where_references_dangle(data: Path) -> None:
    (data / "events" / "core.yaml").write_text("\n", encoding="utf-8")
    found = lines(data)
    dangling = [line for line in found if "no record 'ev-" in line]
    assert dangling, found
    assert all(line.endswith("(events/core.yaml is empty)") for line in dangling), dangling
    assert {line.split(":")[0] for line in dangling} >= {"groups/core.yaml", "typology/core.yaml"}
    assert any(line.startswith("events/core.yaml: no events in this data file") for line in found)


@pytest.mark.parametrize(
    "escape,char", [("\\e", "\x1b"), ("\\0", "\x00"), ("\\x9b", "\x9b"), ("\\r", "\r")]
)
def test_control_characters_in_data_text_are_refused(
    data: Path, escape: str, char: str
) -> None:
    edit(data / "persons" / "core.yaml", "role: head of the NKVD", f'role: "head{escape}[31m"')
    assert lines(data) == [
        f"persons/core.yaml:4: person per-yezhov: role: control character {char!r} in the text"
    ]


def test_a_control_character_deep_in_a_count_names_its_line(data: Path) -> None:
    edit(data / "events" / "core.yaml", '      stated: "171,781"', '      stated: "171\\e,781"')
    assert lines(data) == [
        "events/core.yaml:15: event ev-korean-removal-1937: counts[0].stated: control "
        "character '\\x1b' in the text"
    ]


def test_tabs_and_newlines_in_data_text_are_fine(data: Path) -> None:
    edit(data / "persons" / "core.yaml", "role: head of the NKVD", 'role: "head\\tof\\nthe NKVD"')
    assert lines(data) == []


@pytest.mark.parametrize(
    "stated,numbers",
    [("ok. 140 tys.", [140_000]), ("37 tys.", [37_000]), ("2 mln", [2_000_000]),
     ("około 70 tys.", [70_000]), ("5 tysiecy", [5])],
)
def test_scale_abbreviations_of_polish_and_russian_works(stated: str, numbers: list[int]) -> None:
    """A scale abbreviation is read only as a word of its own ("tysiecy" is not "tys")."""
    from borderlands.kb.checks import stated_numbers

    assert stated_numbers(stated)[-len(numbers):] == numbers
