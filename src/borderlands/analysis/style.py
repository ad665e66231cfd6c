"""Chart conventions: readable in greyscale, labelled axes with units, sources underneath.

Series are told apart by shape, dash and fill pattern as well as grey level, never by colour
alone; every chart states its sources in a caption line under the plot.
"""

from __future__ import annotations

from collections.abc import Iterable

import altair as alt
import pandas as pd

from borderlands.analysis.sourced import Cite, sorted_cites

# what a chart module hands to ``titled``: one plot, layered, side by side or faceted
Plot = alt.Chart | alt.LayerChart | alt.HConcatChart | alt.VConcatChart | alt.FacetChart

GREYS = ("#1a1a1a", "#737373", "#bdbdbd", "#4d4d4d", "#969696", "#e0e0e0")
WIDTH = 560
FONT = "DejaVu Sans"


def sources_caption(cites: Iterable[Cite], prefix: str = "Source: Martin 1998") -> list[str]:
    """Caption lines naming every page and note a chart draws on (wrapped to fit)."""
    labels = [c.label for c in sorted_cites(cites)]
    lines: list[str] = []
    current = f"{prefix}, "
    for label in labels:
        piece = label + "; "
        if len(current) + len(piece) > 95:
            lines.append(current.rstrip())
            current = ""
        current += piece
    lines.append(current.rstrip("; ") + ".")
    return lines


def caption_chart(lines: list[str], width: int = WIDTH) -> alt.Chart:
    """Text lines drawn under a plot, left-aligned, with no frame."""
    data = pd.DataFrame({"order": range(len(lines)), "line": lines})
    return (
        alt.Chart(data)
        .mark_text(align="left", baseline="middle", fontSize=10, color="#333333", x=0)
        .encode(y=alt.Y("order:O", axis=None), text="line:N")
        .properties(width=width, height=14 * len(lines), view=alt.ViewConfig(stroke=None))
    )


def titled(chart: Plot, title: str, cites: Iterable[Cite],
           notes: Iterable[str] = (), width: int = WIDTH) -> alt.VConcatChart:
    """The plot with its title above and its notes and sources underneath, styled once."""
    lines = [*notes, *sources_caption(cites)]
    return (
        alt.vconcat(chart, caption_chart(lines, width), spacing=6)
        .properties(title=alt.Title(text=title, anchor="start", fontSize=14))
        .configure(font=FONT)
        .configure_axis(labelFontSize=11, titleFontSize=12, gridColor="#e6e6e6")
        .configure_legend(labelFontSize=11, titleFontSize=11, symbolStrokeColor="#000000",
                          symbolStrokeWidth=1)
    )
