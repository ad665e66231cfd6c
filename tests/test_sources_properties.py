"""Properties: the parser never crashes on any text, and every citation's offsets slice back
to its raw text."""

from __future__ import annotations

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from borderlands.sources import parse_note

# Pieces of footnote notation, so random notes are dense with near-references.
PIECES = [
    "GARF ",
    "RTsKhIDNI ",
    "TsDAHOU",
    "CGM reel ",
    "BFORC reel 7, ",
    "(hereafter X) ",
    "1235/141/561",
    "62/1829",
    "3316/ 64a/",
    "759–761",
    " (1930)",
    " (16.07.25)",
    " (11–12.10.37)",
    " (1925–26)",
    ": ",
    "12–14ob",
    ", ",
    "; ",
    " and ",
    "71/34",
    "protokol 53/ punkt 6",
    "Ibid.",
    ", pp. 3–4",
    "(n. 9 above)",
    " Sidorov, ",
    "“Title,” ",
    "Review 12 (March 1990): 4–9",
    "(Moscow, 1995)",
    "(Ph.D. diss., X, 1990)",
    ". ",
    "in ",
    "ed. A. B. Vos",
    "vol. 1",
    "fond 1, opis’ 6, delo 396",
    "L1920–75",
    "(",
    ")",
    "“",
    "”",
    "\n",
    "0",
    "/",
]

notes = st.one_of(
    st.text(max_size=300),
    st.lists(st.sampled_from(PIECES), max_size=40).map("".join),
)


@settings(max_examples=400, deadline=None)
@given(notes)
def test_random_text_never_crashes_and_offsets_slice_back(text: str) -> None:
    citations = parse_note(text)
    previous_start = -1
    for c in citations:
        assert 0 <= c.start <= c.end <= len(text)
        assert text[c.start : c.end] == c.raw
        assert c.raw.strip() == c.raw and c.raw
        assert c.start >= previous_start
        previous_start = c.start
        if c.kind == "archival":
            for name in ("fond", "opis", "delo"):
                value = getattr(c, name)
                assert value is None or isinstance(value, str)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=30).map("".join))
def test_archival_references_never_overlap(text: str) -> None:
    spans = sorted(
        (c.start, c.end) for c in parse_note(text) if c.kind in ("archival", "microfilm")
    )
    for (_, end), (start, _) in itertools.pairwise(spans):
        assert end <= start
