"""A small TopoJSON decoder: quantized, delta-encoded arcs back to longitude/latitude rings.

TopoJSON stores each shared border once as an *arc*. With a ``transform``, every arc is a list
of integer positions, each after the first written as a difference from the one before; a
geometry lists the arcs it is made of, and a negative index ``~i`` (that is ``-i - 1``) means
arc ``i`` walked backwards. Specification: https://github.com/topojson/topojson-specification
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from borderlands.errors import InputError

Point = tuple[float, float]
Ring = list[Point]
Polygon = list[Ring]  # outer ring first, then holes


@dataclass(frozen=True, slots=True)
class Shape:
    """One decoded feature: an id, a name and its polygons in longitude/latitude degrees."""

    id: str | None
    name: str | None
    polygons: list[Polygon]


def decode_arcs(
    arcs: list[list[list[float]]],
    scale: tuple[float, float] | None,
    translate: tuple[float, float] | None,
) -> list[Ring]:
    """Turn every arc into absolute positions, undoing delta encoding and quantization."""
    decoded: list[Ring] = []
    for arc in arcs:
        if scale is None or translate is None:
            decoded.append([(float(p[0]), float(p[1])) for p in arc])
            continue
        x = y = 0.0
        ring: Ring = []
        for p in arc:
            x += p[0]
            y += p[1]
            ring.append((x * scale[0] + translate[0], y * scale[1] + translate[1]))
        decoded.append(ring)
    return decoded


def stitch(indexes: list[int], arcs: list[Ring]) -> Ring:
    """Join the arcs of one ring; consecutive arcs share their end and start point."""
    ring: Ring = []
    for index in indexes:
        points = arcs[index] if index >= 0 else arcs[~index][::-1]
        if ring:
            points = points[1:]
        ring.extend(points)
    return ring


def _polygons(geometry: dict[str, object], arcs: list[Ring]) -> list[Polygon]:
    kind = geometry.get("type")
    refs = geometry.get("arcs")
    if kind == "Polygon" and isinstance(refs, list):
        return [[stitch(ring, arcs) for ring in refs]]
    if kind == "MultiPolygon" and isinstance(refs, list):
        return [[stitch(ring, arcs) for ring in polygon] for polygon in refs]
    return []


def decode(topology: dict[str, object], object_name: str) -> list[Shape]:
    """Decode the named object of a parsed topology into shapes (polygons only)."""
    if topology.get("type") != "Topology":
        raise InputError("not a TopoJSON topology", place="type")
    objects = topology.get("objects")
    if not isinstance(objects, dict) or object_name not in objects:
        raise InputError(f"no object {object_name!r} in the topology", place="objects")
    transform = topology.get("transform")
    scale = translate = None
    if isinstance(transform, dict):
        scale = (float(transform["scale"][0]), float(transform["scale"][1]))
        translate = (float(transform["translate"][0]), float(transform["translate"][1]))
    arcs = decode_arcs(topology.get("arcs", []), scale, translate)  # type: ignore[arg-type]
    target = objects[object_name]
    geometries = target["geometries"] if target.get("type") == "GeometryCollection" else [target]
    shapes = []
    for geometry in geometries:
        properties = geometry.get("properties") or {}
        shapes.append(
            Shape(
                id=str(geometry["id"]) if "id" in geometry else None,
                name=properties.get("name"),
                polygons=_polygons(geometry, arcs),
            )
        )
    return shapes


def load(path: Path, object_name: str) -> list[Shape]:
    """Read a TopoJSON file and decode one of its objects."""
    try:
        topology = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise InputError(f"cannot read TopoJSON: {exc}", source=path) from exc
    try:
        return decode(topology, object_name)
    except InputError as exc:
        raise InputError(exc.what, source=path, place=exc.place) from exc
