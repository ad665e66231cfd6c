"""The border regime as dated rules, and border belts by adjacency, on hand-made fixtures."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderlands.errors import InputError
from borderlands.kb import build
from borderlands.kb.adjacency import mark_district_files, mark_districts
from borderlands.kb.regime import APPLIES, MAY_APPLY, depth_status, regime_at
from borderlands.kb.store import connect

FIXTURES = Path(__file__).parent / "fixtures" / "kb"
GEO = FIXTURES / "geo"


@pytest.fixture(scope="module")
def conn(tmp_path_factory: pytest.TempPathFactory):  # type: ignore[no-untyped-def]
    db = tmp_path_factory.mktemp("regime") / "kb.sqlite"
    build(db, FIXTURES / "good")
    return connect(db)


def test_depth_rules() -> None:
    assert depth_status(7.5, None, None, 7.5)[0] == APPLIES
    assert depth_status(8, None, None, 7.5)[0] is None
    assert depth_status(5, 7.5, 22, None)[0] == APPLIES
    assert depth_status(12, 7.5, 22, None) == (MAY_APPLY, "its depth varied from 7.5 to 22 km")
    assert depth_status(23, 7.5, 22, None)[0] is None
    assert depth_status(500, None, None, None)[0] == MAY_APPLY


def ids(answers: list[dict]) -> list[tuple[str, str]]:
    return [(a["id"], a["status"]) for a in answers]


def test_twelve_km_near_leningrad_in_mid_1935(conn) -> None:  # type: ignore[no-untyped-def]
    answers = regime_at(conn, 12, "1935-06-01", "leningrad region")
    assert ids(answers) == [("reg-zone-leningrad", MAY_APPLY)]
    assert answers[0]["sources"] == [{"page": 847, "note": None}]


def test_a_rule_for_an_enclosing_region_applies_inside_it(conn) -> None:  # type: ignore[no-untyped-def]
    assert ids(regime_at(conn, 5, "1935-06-01", "pl-karelia")) == [
        ("reg-strip-1934", APPLIES),
        ("reg-zone-leningrad", APPLIES),
    ]


def test_rules_outside_their_dates_do_not_apply(conn) -> None:  # type: ignore[no-untyped-def]
    assert regime_at(conn, 5, "1934-06-30") == []
    assert ids(regime_at(conn, 5, "1934-07-01")) == [("reg-strip-1934", APPLIES)]
    assert ids(regime_at(conn, 5, "1938-01-01", "Leningrad oblast")) == [
        ("reg-strip-1934", APPLIES)
    ]


def test_a_rule_names_its_decree(conn) -> None:  # type: ignore[no-untyped-def]
    answers = regime_at(conn, 50, "1937-09-01", "DVK")
    assert ids(answers) == [("reg-zone-far-east", APPLIES)]
    assert answers[0]["decree"] == {
        "id": "dec-korean-removal",
        "title": "On moving the Korean population out of the border districts",
        "date": "1937-08-21",
    }


def test_bad_regime_questions(conn) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(InputError, match="not a date"):
        regime_at(conn, 5, "June 1935")
    with pytest.raises(InputError, match="no place named 'Atlantis'"):
        regime_at(conn, 5, "1935-06-01", "Atlantis")
    with pytest.raises(InputError, match="not negative"):
        regime_at(conn, -1, "1935-06-01")


def belts_of(marked: dict) -> dict[str, str | None]:
    return {f["properties"]["district"]: f["properties"]["border_belt"] for f in marked["features"]}


def test_primary_and_secondary_districts() -> None:
    marked = mark_district_files(GEO / "districts.geojson", GEO / "border.geojson")
    belts = belts_of(marked)
    assert belts == {
        "c0r0": "primary",
        "c0r1": "primary",
        "c0r2": "primary",
        "c1r0": "secondary",
        "c1r1": "secondary",
        "c1r2": "secondary",
        "c2r0": None,
        "c2r1": None,
        "c2r2": None,
        # touches a primary district only at one corner point: not a neighbour
        "corner": None,
    }


def test_a_short_border_makes_fewer_primary_districts() -> None:
    districts = json.loads((GEO / "districts.geojson").read_text())
    border = {"type": "LineString", "coordinates": [[0, 0.2], [0, 0.8]]}
    marked = mark_districts(districts, border)
    belts = belts_of(marked)
    assert [d for d, b in belts.items() if b == "primary"] == ["c0r0"]
    assert sorted(d for d, b in belts.items() if b == "secondary") == ["c0r1", "c1r0"]


def test_bad_geojson_is_one_line_and_exit_2(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="feature 0: bad geometry"):
        mark_district_files(GEO / "broken.geojson", GEO / "border.geojson")
    not_json = tmp_path / "x.geojson"
    not_json.write_text("{\n  'type': 1\n}\n")
    with pytest.raises(InputError, match=r"x.geojson:2: not JSON"):
        mark_district_files(not_json, GEO / "border.geojson")
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "borderlands",
            "regime",
            "--districts",
            str(GEO / "broken.geojson"),
            "--border",
            str(GEO / "border.geojson"),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "broken.geojson: feature 0: bad geometry" in done.stderr


depths = st.floats(0, 200, allow_nan=False)


@given(
    st.one_of(st.none(), depths),
    st.one_of(st.none(), depths),
    st.one_of(st.none(), depths),
    depths,
    depths,
)
def test_further_from_the_border_never_more_inside(
    low: float | None, high: float | None, value: float | None, near: float, far: float
) -> None:
    if low is not None and high is not None and low > high:
        low, high = high, low
    near, far = min(near, far), max(near, far)
    order = {APPLIES: 2, MAY_APPLY: 1, None: 0}
    assert (
        order[depth_status(far, low, high, value)[0]]
        <= order[depth_status(near, low, high, value)[0]]
    )


@pytest.mark.parametrize("km", [float("nan"), float("inf"), float("-inf")])
def test_a_distance_must_be_a_finite_number(conn, km: float) -> None:  # type: ignore[no-untyped-def]
    """nan compares false with every depth, so it once answered nothing (QA defect 8)."""
    with pytest.raises(InputError, match="finite number of km") as info:
        regime_at(conn, km, "1935-06-01")
    assert info.value.source == "--km"
