"""Drawing one chart: Vega-Lite spec to SVG, and that SVG to PNG.

Kept apart from the report so that a worker process that draws charts imports only the
renderer, not pandas, Altair or the knowledge base.
"""

from __future__ import annotations

PNG_SCALE = 1.0


def draw(spec: dict[str, object]) -> tuple[str, bytes]:
    """One chart as SVG text and PNG bytes (the PNG is rasterised from the SVG, so Vega lays
    the chart out once)."""
    import vl_convert as vlc

    svg = vlc.vegalite_to_svg(spec)
    return svg, vlc.svg_to_png(svg, scale=PNG_SCALE)
