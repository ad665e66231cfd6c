"""The flow map's basemap: Natural Earth countries (world-atlas, 1:110m) as SVG paths.

Computed once per process from the TopoJSON shipped in ``static/basemap`` and cached; the
countries are modern, which the map page says in words.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

import shapely
from shapely.geometry import MultiPolygon
from shapely.geometry import Polygon as ShapelyPolygon

from borderlands.web import topojson
from borderlands.web.projection import Frame, Viewport

STATIC_DIR = Path(__file__).resolve().parent / "static"
COUNTRIES_FILE = STATIC_DIR / "basemap" / "countries-110m.json"

EURASIA = Frame(west=10.0, south=30.0, east=145.0, north=72.0)
MAP_WIDTH = 1000.0


@dataclass(frozen=True, slots=True)
class CountryPath:
    name: str
    d: str  # SVG path data


@dataclass(frozen=True, slots=True)
class Basemap:
    width: float
    height: float
    countries: tuple[CountryPath, ...]
    graticule: tuple[str, ...]  # SVG path data for meridians and parallels


def viewport() -> Viewport:
    return Viewport(frame=EURASIA, width=MAP_WIDTH)


def _ring_path(ring: list[tuple[float, float]], view: Viewport) -> str:
    points = [view.to_svg(lon, lat) for lon, lat in ring]
    head, *rest = points
    parts = [f"M{head[0]:.1f},{head[1]:.1f}"]
    parts.extend(f"L{x:.1f},{y:.1f}" for x, y in rest)
    return "".join(parts) + "Z"


def unwrap(ring: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Make a ring that crosses the antimeridian continuous by moving its western half
    east by 360 degrees (Chukotka, stored at -180..-169, becomes 180..191).

    A ring stored in two halves would otherwise be read as a band around the whole globe.
    """
    longitudes = [lon for lon, _ in ring]
    if max(longitudes) - min(longitudes) <= 180:
        return ring
    return [(lon + 360 if lon < 0 else lon, lat) for lon, lat in ring]


def _clip(polygons: list[topojson.Polygon], margin: float = 25.0) -> list[ShapelyPolygon]:
    """Cut the shapes to a box a little wider than the frame; the SVG viewBox does the rest."""
    shapes = [
        ShapelyPolygon(unwrap(p[0]), [unwrap(h) for h in p[1:]]) for p in polygons if len(p[0]) >= 4
    ]
    if not shapes:
        return []
    geometry = MultiPolygon(shapes).buffer(0) if len(shapes) > 1 else shapes[0].buffer(0)
    f = EURASIA
    clipped = geometry.intersection(
        ShapelyPolygon(
            [
                (f.west - margin, f.south - margin),
                (f.east + margin, f.south - margin),
                (f.east + margin, min(f.north + margin, 89.0)),
                (f.west - margin, min(f.north + margin, 89.0)),
            ]
        )
    )
    if clipped.is_empty:
        return []
    # The cut adds long straight edges along the box; add points along them so that they
    # follow the projection's curves instead of cutting across the map.
    clipped = shapely.segmentize(clipped, max_segment_length=1.0)
    if isinstance(clipped, ShapelyPolygon):
        return [clipped]
    return [g for g in getattr(clipped, "geoms", []) if isinstance(g, ShapelyPolygon)]


def _graticule(view: Viewport) -> tuple[str, ...]:
    f = EURASIA
    lines: list[str] = []
    for lon in range(0, 181, 20):
        if f.west - 20 <= lon <= f.east + 20:
            ring = [(float(lon), f.south - 10 + i) for i in range(0, int(f.north - f.south) + 21)]
            lines.append(_ring_path(ring, view)[:-1])
    for lat in range(30, 81, 10):
        ring = [(f.west - 20 + i, float(lat)) for i in range(0, int(f.east - f.west) + 41, 2)]
        lines.append(_ring_path(ring, view)[:-1])
    return tuple(lines)


@functools.lru_cache(maxsize=1)
def basemap() -> Basemap:
    view = viewport()
    countries: list[CountryPath] = []
    for shape in topojson.load(COUNTRIES_FILE, "countries"):
        pieces = _clip(shape.polygons)
        if not pieces:
            continue
        d = "".join(
            _ring_path(list(piece.exterior.coords), view)
            + "".join(_ring_path(list(hole.coords), view) for hole in piece.interiors)
            for piece in pieces
        )
        countries.append(CountryPath(name=shape.name or "", d=d))
    return Basemap(
        width=view.width,
        height=round(view.height, 1),
        countries=tuple(countries),
        graticule=_graticule(view),
    )
