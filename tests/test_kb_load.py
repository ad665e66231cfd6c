"""Loading the fixture KB (tests/fixtures/kb/good, written in our own words) and the real data/."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from borderlands.errors import InputError
from borderlands.kb import load
from borderlands.kb.schema import EventKind

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"


@pytest.fixture(scope="module")
def kb():  # type: ignore[no-untyped-def]
    return load(GOOD)


def test_typed_lists_hold_every_record(kb) -> None:  # type: ignore[no-untyped-def]
    assert [e.id for e in kb.events] == [
        "ev-korean-removal-1937",
        "ev-finn-border-1935",
        "ev-exchange-1923",
    ]
    assert len(kb.decrees) == 1 and len(kb.groups) == 3 and len(kb.places) == 5
    assert len(kb.concepts) == 2 and len(kb.persons) == 1 and len(kb.organisations) == 2
    assert len(kb.figures) == 2 and len(kb.typology) == 1 and len(kb.regime) == 3
    assert kb.exclusions[0].stated == "1,000"


def test_get_any_record_by_id_and_its_location(kb) -> None:  # type: ignore[no-untyped-def]
    assert kb.get("pl-kazakhstan").name == "Kazakhstan"
    assert kb.get("no-such-id") is None
    assert kb.type_of("dec-korean-removal") == "decrees"
    where = kb.locations["ev-finn-border-1935"]
    assert where.file.name == "core.yaml" and where.line == 24


def test_dates_keep_their_precision(kb) -> None:  # type: ignore[no-untyped-def]
    korean = kb.get("ev-korean-removal-1937")
    assert korean.start.date == "1937-09" and korean.start.precision == "month"
    assert korean.end.approx is True
    assert kb.get("dec-korean-removal").date.date == "1937-08-21"
    assert kb.get("ev-exchange-1923").start.precision == "year"


def test_reverse_links(kb) -> None:  # type: ignore[no-untyped-def]
    assert [e.id for e in kb.events_of_group("grp-koreans")] == ["ev-korean-removal-1937"]
    assert [e.id for e in kb.events_of_place("pl-kazakhstan")] == ["ev-korean-removal-1937"]
    assert kb.events_of_place("pl-kazakhstan", role="origin") == []
    assert [e.id for e in kb.events_of_decree("dec-korean-removal")] == ["ev-korean-removal-1937"]
    assert [e.id for e in kb.events_of_concept("con-enemy-nation")] == ["ev-korean-removal-1937"]
    assert [f.id for f in kb.figures_about("grp-koreans")] == ["fig-korean-total"]
    assert [t.id for t in kb.typology_of("ev-korean-removal-1937")] == ["typ-korean"]


def test_events_for_filters(kb) -> None:  # type: ignore[no-untyped-def]
    assert [e.id for e in kb.events_for(group="Korean")] == ["ev-korean-removal-1937"]
    assert [e.id for e in kb.events_for(year=1925)] == ["ev-exchange-1923"]
    assert [e.id for e in kb.events_for(kind="population_exchange")] == ["ev-exchange-1923"]
    assert [e.id for e in kb.events_for(kind=EventKind.deportation, soviet=True, year=1935)] == [
        "ev-finn-border-1935"
    ]
    assert kb.events_for(soviet=False, group="grp-koreans") == []
    with pytest.raises(ValueError, match="unknown event kind"):
        kb.events_for(kind="picnic")


def test_frame_has_one_row_per_record(kb) -> None:  # type: ignore[no-untyped-def]
    frame = kb.frame("events")
    assert list(frame["id"]) == [e.id for e in kb.events]
    assert list(frame["start"]) == ["1937-09", "1935-03", "1923"]
    assert list(frame["start_precision"]) == ["month", "month", "year"]


def test_load_stops_at_a_bad_file_with_its_line(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    path = data / "persons" / "core.yaml"
    path.write_text(path.read_text().replace("  role: head", "  rank: 3\n  role: head"))
    with pytest.raises(InputError) as info:
        load(data)
    assert info.value.line() == f"{path}:4: person per-yezhov: unknown field 'rank'"


def test_load_refuses_a_duplicate_id(tmp_path: Path) -> None:
    data = tmp_path / "data"
    shutil.copytree(GOOD, data)
    extra = data / "persons" / "more.yaml"
    extra.write_text("- id: per-yezhov\n  name: again\n  role: x\n  sources: [{page: 830}]\n")
    with pytest.raises(InputError, match="duplicate id 'per-yezhov'"):
        load(data)


def test_the_bundled_data_loads() -> None:
    kb = load()
    assert kb.data_dir is not None and kb.data_dir.name == "data"
    assert all(kb.get(record.id) is record for _, record in kb.records())


def test_records_citing_a_note(kb) -> None:  # type: ignore[no-untyped-def]
    """Own sources, a count's sources and a fate's sources all cite (read off the fixture:
    note 233 is the Korean removal's own source and the Koreans' 1937 fate; note 234 the
    removal's count and the total figure; note 160 only the Finnish clearing's count)."""

    def ids(n: int) -> list[str]:
        return [r.id for r in kb.citing_note(n)]

    assert ids(233) == ["ev-korean-removal-1937", "grp-koreans"]
    assert ids(234) == ["ev-korean-removal-1937", "fig-korean-total"]
    assert ids(160) == ["ev-finn-border-1935"]
    assert ids(232) == ["dec-korean-removal"]
    assert ids(12) == ["ev-exchange-1923"]
    assert ids(999) == []
    kb.citing_note(233).clear()
    assert ids(233) == ["ev-korean-removal-1937", "grp-koreans"]
