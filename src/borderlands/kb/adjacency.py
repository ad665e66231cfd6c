"""Primary and secondary border districts, by adjacency.

A *primary* border district touches the border line (shares at least a point with it). A
*secondary* one is not primary but shares a stretch of boundary (a line, not a single corner
point) with a primary district. This mirrors the Soviet practice of a first belt of raiony
along the frontier and a second belt behind it.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from shapely import STRtree
from shapely.errors import GEOSException, ShapelyError
from shapely.geometry import shape
from shapely.geometry.base import BaseGeometry
from shapely.ops import unary_union

from borderlands.errors import InputError
from borderlands.inputs import read_input_bytes

PRIMARY = "primary"
SECONDARY = "secondary"


def read_geojson(path: Path) -> dict[str, Any]:
    """A GeoJSON file (a regular file only: a folder or a device is one line, not a hang)."""
    raw = read_input_bytes(path)
    try:
        data = json.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 at byte {exc.start}", path) from None
    except json.JSONDecodeError as exc:
        raise InputError(f"not JSON: {exc.msg}", path, f"{exc.lineno}") from None
    if not isinstance(data, dict) or "type" not in data:
        raise InputError("not a GeoJSON object (no 'type')", path)
    return data


def _features(data: dict[str, Any], source: Path | str) -> list[dict[str, Any]]:
    kind = data.get("type")
    if kind == "FeatureCollection":
        features = data.get("features")
        if not isinstance(features, list):
            raise InputError("a FeatureCollection needs a list of features", source)
        return features
    if kind == "Feature":
        return [data]
    return [{"type": "Feature", "geometry": data, "properties": {}}]


def _geometry(feature: Any, source: Path | str, index: int) -> BaseGeometry:
    if not isinstance(feature, dict) or not isinstance(feature.get("geometry"), dict):
        raise InputError(f"feature {index} has no geometry", source)
    try:
        geometry = shape(feature["geometry"])
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, ShapelyError) as exc:
        raise InputError(f"feature {index}: bad geometry ({exc})", source) from None
    if geometry.is_empty:
        raise InputError(f"feature {index}: empty geometry", source)
    return geometry


def _name(feature: dict[str, Any], index: int) -> str:
    props = feature.get("properties") or {}
    for key in ("id", "name", "NAME"):
        if props.get(key) is not None:
            return str(props[key])
    if feature.get("id") is not None:
        return str(feature["id"])
    return f"feature {index}"


def _shares_a_line(a: BaseGeometry, b: BaseGeometry) -> bool:
    try:
        contact = a.intersection(b)
    except GEOSException:
        return False
    if contact.is_empty:
        return False
    return contact.length > 0 or contact.area > 0


def mark_districts(
    districts: dict[str, Any],
    border: dict[str, Any],
    districts_source: Path | str = "districts",
    border_source: Path | str = "border",
) -> dict[str, Any]:
    """The districts as a FeatureCollection with ``properties.border_belt`` set to
    "primary", "secondary" or None, and ``properties.district`` to the name used."""
    features = _features(districts, districts_source)
    if not features:
        raise InputError("no districts in the file", districts_source)
    shapes = [_geometry(f, districts_source, i) for i, f in enumerate(features)]
    for i, geometry in enumerate(shapes):
        if geometry.geom_type not in ("Polygon", "MultiPolygon"):
            raise InputError(
                f"feature {i}: a district is a Polygon or MultiPolygon, not {geometry.geom_type}",
                districts_source,
            )
    border_shapes = [
        _geometry(f, border_source, i) for i, f in enumerate(_features(border, border_source))
    ]
    if not border_shapes:
        raise InputError("no border geometry in the file", border_source)
    line = unary_union(border_shapes)
    tree = STRtree(shapes)
    primary = {int(i) for i in tree.query(line, predicate="intersects")}
    secondary: set[int] = set()
    for i in sorted(primary):
        for j in tree.query(shapes[i], predicate="intersects"):
            j = int(j)
            if j not in primary and j not in secondary and _shares_a_line(shapes[i], shapes[j]):
                secondary.add(j)
    out = []
    for i, feature in enumerate(features):
        belt = PRIMARY if i in primary else SECONDARY if i in secondary else None
        props = dict(feature.get("properties") or {})
        props["district"] = _name(feature, i)
        props["border_belt"] = belt
        out.append({"type": "Feature", "geometry": feature["geometry"], "properties": props})
    return {"type": "FeatureCollection", "features": out}


def mark_district_files(districts: Path, border: Path) -> dict[str, Any]:
    return mark_districts(read_geojson(districts), read_geojson(border), districts, border)
