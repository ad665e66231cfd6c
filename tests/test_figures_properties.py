"""Arbitrary text and odd numerals never crash the reader or the checker, and offsets hold."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from borderlands.figures import check_text, extract_quantities, report_html

ODD = [
    "1,2345",
    "12.345.678",
    "–",
    "%",
    "0",
    "00447",
    "1,000,",
    ",",
    ".5",
    "5.",
    "½",
    "twenty-",
    "-three",
    "a",
    "half",
    "per cent",
    "1e9",
    "999999999999999999999",
    "1.3million",
    "L192465–75",
    "(",
    ")",
    ":",
    "/",
    "12/",
    "/12",
    "one-",
    "to",
    "from",
]

pieces = st.one_of(
    st.sampled_from(ODD),
    st.text(max_size=12),
    st.integers(min_value=0, max_value=10**9).map(lambda n: f"{n:,}"),
    st.sampled_from(["about", "over", "Koreans", "families", "percent", "times", "tripled"]),
)
texts = st.lists(pieces, max_size=30).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_reader_never_crashes_and_offsets_hold(text: str) -> None:
    for q in extract_quantities(text):
        assert 0 <= q.phrase_start <= q.start < q.end <= len(text)
        assert q.phrase_end <= len(text)
        assert text[q.start : q.end] == q.text
        assert q.value is not None or (q.low is not None and q.high is not None)


@settings(max_examples=80, deadline=None)
@given(st.lists(texts, min_size=1, max_size=4).map("\n\n".join))
def test_checker_and_html_never_crash(text: str) -> None:
    report = check_text(text)
    assert set(report.counts()) == {"consistent", "inconsistent", "ambiguous", "unverifiable"}
    page = report_html(report)
    assert page.startswith("<!DOCTYPE html>")
    report.to_json()


@given(st.text())
def test_any_unicode(text: str) -> None:
    extract_quantities(text)
