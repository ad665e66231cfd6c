"""An equidistant conic projection fitted to the Europe-Asia frame of the flow map.

A conic keeps the long east-west sweep from the Balkans to the Soviet Far East readable
without the stretching of an equirectangular map at 50-60 degrees north. Formulas from
Snyder, *Map Projections: A Working Manual* (USGS 1987), pp. 111-115.
"""

from __future__ import annotations

import functools
import math
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Frame:
    """The longitude/latitude box a map shows."""

    west: float
    south: float
    east: float
    north: float


@dataclass(frozen=True)
class EquidistantConic:
    parallel1: float = 40.0
    parallel2: float = 62.0
    center_lon: float = 75.0
    center_lat: float = 50.0

    @functools.cached_property
    def _n(self) -> float:
        p1, p2 = math.radians(self.parallel1), math.radians(self.parallel2)
        return (math.cos(p1) - math.cos(p2)) / (p2 - p1)

    @functools.cached_property
    def _g(self) -> float:
        p1 = math.radians(self.parallel1)
        return math.cos(p1) / self._n + p1

    def project(self, lon: float, lat: float) -> tuple[float, float]:
        """Longitude/latitude in degrees to planar x (east) and y (north) in radians of arc."""
        n, g = self._n, self._g
        rho = g - math.radians(lat)
        rho0 = g - math.radians(self.center_lat)
        theta = n * math.radians(lon - self.center_lon)
        return rho * math.sin(theta), rho0 - rho * math.cos(theta)


@dataclass(frozen=True)
class Viewport:
    """Projects longitude/latitude straight to SVG pixels for one frame and width."""

    frame: Frame
    width: float
    projection: EquidistantConic = EquidistantConic()

    @functools.cached_property
    def _bounds(self) -> tuple[float, float, float, float]:
        f = self.frame
        xs: list[float] = []
        ys: list[float] = []
        steps = 24
        for i in range(steps + 1):
            lon = f.west + (f.east - f.west) * i / steps
            lat = f.south + (f.north - f.south) * i / steps
            for px, py in (
                self.projection.project(lon, f.south),
                self.projection.project(lon, f.north),
                self.projection.project(f.west, lat),
                self.projection.project(f.east, lat),
            ):
                xs.append(px)
                ys.append(py)
        return min(xs), min(ys), max(xs), max(ys)

    @functools.cached_property
    def scale(self) -> float:
        x0, _, x1, _ = self._bounds
        return self.width / (x1 - x0)

    @property
    def height(self) -> float:
        _, y0, _, y1 = self._bounds
        return (y1 - y0) * self.scale

    def to_svg(self, lon: float, lat: float) -> tuple[float, float]:
        """SVG coordinates: x grows east, y grows down (so north is up)."""
        x0, _, _, y1 = self._bounds
        px, py = self.projection.project(lon, lat)
        s = self.scale
        return (px - x0) * s, (y1 - py) * s
