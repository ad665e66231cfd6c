"""The map's geometry: TopoJSON decoding, the conic projection and the basemap."""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from borderlands.errors import InputError
from borderlands.web import topojson
from borderlands.web.basemap import COUNTRIES_FILE, EURASIA, basemap, unwrap, viewport
from borderlands.web.projection import EquidistantConic

# A hand-made topology: two squares sharing one edge, quantized on a 10 x 10 grid with
# scale 0.5 and translate (10, 20), so grid point (i, j) is longitude 10 + i/2, latitude
# 20 + j/2. Arc 0 is the shared edge (2,0)->(2,2); arc 1 goes round the left square from
# (2,2) back to (2,0); arc 2 round the right square from (2,0) to (2,2).
HAND_TOPOLOGY = {
    "type": "Topology",
    "transform": {"scale": [0.5, 0.5], "translate": [10, 20]},
    "objects": {
        "squares": {
            "type": "GeometryCollection",
            "geometries": [
                {"type": "Polygon", "arcs": [[0, 1]], "id": "L", "properties": {"name": "Left"}},
                {"type": "Polygon", "arcs": [[2, -1]], "id": "R", "properties": {"name": "Right"}},
            ],
        }
    },
    "arcs": [
        [[2, 0], [0, 2]],  # (2,0) -> (2,2)
        [[2, 2], [-2, 0], [0, -2], [2, 0]],  # (2,2) -> (0,2) -> (0,0) -> (2,0)
        [[2, 0], [2, 0], [0, 2], [-2, 0]],  # (2,0) -> (4,0) -> (4,2) -> (2,2)
    ],
}


def test_decode_undoes_delta_encoding_and_transform() -> None:
    left, _right = topojson.decode(HAND_TOPOLOGY, "squares")
    assert (left.id, left.name) == ("L", "Left")
    assert left.polygons == [
        [[(11.0, 20.0), (11.0, 21.0), (10.0, 21.0), (10.0, 20.0), (11.0, 20.0)]]
    ]


def test_negative_arc_index_walks_the_arc_backwards() -> None:
    _, right = topojson.decode(HAND_TOPOLOGY, "squares")
    # arc 2 then arc 0 reversed: (2,0) (4,0) (4,2) (2,2) then back down to (2,0)
    assert right.polygons == [
        [[(11.0, 20.0), (12.0, 20.0), (12.0, 21.0), (11.0, 21.0), (11.0, 20.0)]]
    ]


def test_untransformed_topology_keeps_absolute_positions() -> None:
    topology = {
        "type": "Topology",
        "objects": {"one": {"type": "Polygon", "arcs": [[0]]}},
        "arcs": [[[0.5, 0.5], [3.5, 0.5], [3.5, 2.5], [0.5, 0.5]]],
    }
    (shape,) = topojson.decode(topology, "one")
    assert shape.polygons[0][0] == [(0.5, 0.5), (3.5, 0.5), (3.5, 2.5), (0.5, 0.5)]


@given(
    st.lists(
        st.tuples(st.integers(-10_000, 10_000), st.integers(-10_000, 10_000)),
        min_size=2,
        max_size=40,
    )
)
def test_delta_decoding_inverts_delta_encoding(points: list[tuple[int, int]]) -> None:
    deltas = [list(points[0])] + [[b[0] - a[0], b[1] - a[1]] for a, b in itertools.pairwise(points)]
    (decoded,) = topojson.decode_arcs([deltas], scale=(1.0, 1.0), translate=(0.0, 0.0))
    assert decoded == [(float(x), float(y)) for x, y in points]


def test_bad_topologies_are_input_errors(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a TopoJSON topology"):
        topojson.decode({"type": "FeatureCollection"}, "x")
    with pytest.raises(InputError, match="no object 'rivers'"):
        topojson.decode(HAND_TOPOLOGY, "rivers")
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError) as info:
        topojson.load(broken, "countries")
    assert str(broken) in str(info.value)


def test_shipped_world_atlas_decodes_to_known_countries() -> None:
    shapes = {s.name: s for s in topojson.load(COUNTRIES_FILE, "countries")}
    assert len(shapes) == len(
        json.loads(COUNTRIES_FILE.read_text())["objects"]["countries"]["geometries"]
    )
    italy = [pt for polygon in shapes["Italy"].polygons for pt in polygon[0]]
    lons = [lon for lon, _ in italy]
    lats = [lat for _, lat in italy]
    # Italy lies between about 6.6 and 18.5 E, 36.6 and 47.1 N.
    assert min(lons) > 6 and max(lons) < 19
    assert min(lats) > 36 and max(lats) < 47.5
    assert "Kazakhstan" in shapes and "Poland" in shapes


def test_projection_puts_north_up_and_east_right() -> None:
    view = viewport()
    moscow = view.to_svg(37.6, 55.75)
    tashkent = view.to_svg(69.3, 41.3)
    vladivostok = view.to_svg(131.9, 43.1)
    assert tashkent[1] > moscow[1]  # further south is lower on the map
    assert moscow[0] < tashkent[0] < vladivostok[0]
    for x, y in (moscow, tashkent, vladivostok):
        assert 0 <= x <= view.width and 0 <= y <= view.height


def test_conic_center_is_origin_and_parallels_are_arcs() -> None:
    conic = EquidistantConic()
    assert conic.project(conic.center_lon, conic.center_lat) == pytest.approx((0.0, 0.0))
    # A parallel is a circle round the apex beyond the pole, so away from the central
    # meridian it climbs: y (north) at 60 degrees east of centre exceeds y at the centre.
    _, mid = conic.project(conic.center_lon, 50)
    _, end = conic.project(conic.center_lon + 60, 50)
    assert end > mid


def test_unwrap_joins_a_ring_split_at_the_antimeridian() -> None:
    ring = [(170.0, 65.0), (179.9, 66.0), (-179.0, 67.0), (-175.0, 65.0), (170.0, 65.0)]
    assert unwrap(ring) == [
        (170.0, 65.0),
        (179.9, 66.0),
        (181.0, 67.0),
        (185.0, 65.0),
        (170.0, 65.0),
    ]
    plain = [(10.0, 50.0), (20.0, 50.0), (20.0, 55.0), (10.0, 50.0)]
    assert unwrap(plain) == plain


def test_basemap_is_cropped_to_eurasia_and_has_no_polar_band() -> None:
    m = basemap()
    names = {c.name for c in m.countries}
    assert {"Russia", "Kazakhstan", "Poland", "Turkey", "Japan"} <= names
    assert "Brazil" not in names and "Australia" not in names
    assert m.width == 1000 and 300 < m.height < 800
    assert EURASIA.west < EURASIA.east
