"""Property tests: the reader never crashes, and every offset it gives slices back to the
text it claims, whatever lines a damaged extraction throws at it."""

from __future__ import annotations

import itertools

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from borderlands.article import Article, parse_text

# line shapes seen in extractions: page starts, running heads, note starts and their false
# twins, hyphenated ends, glued words, markers, blank lines, and arbitrary text
LINE_SHAPES = st.sampled_from(
    [
        "",
        " A page begins here with a leading space and some words of prose",
        "Title Of The Work 12",
        "14 Surname",
        "1 Author, A Book (City, 1930), p. 4.",
        "2 Archive 12/3/45 (1931): 7–9; see alsoAuthor, p. 5.",
        "3 Ibid.",
        " 4 A note that kept its leading space (1929): 3.",
        "6 million people were counted that year in the valley",
        "which ended a sentence with a marker.1 And went on",
        "then the text broke a word across the line with a hyphen proces-",
        "sion of carts, and TheOldMill stood by the river.2",
        "Short line.",
        "A Heading In Title Case",
        "* The asterisk note on the title.",
        "quoted text in smaller type runs wider than the body lines of the page do, much wider",
        "200,000 people; 22.4 percent; 1,342 households.3",
        "\t tabbed line \r",
    ]
)
LINES = st.lists(st.one_of(LINE_SHAPES, st.text(max_size=40)), max_size=60)


def check_offsets(article: Article) -> None:
    raw = article.raw
    n = len(raw)
    for item in [*article.paragraphs, *article.notes]:
        for i, ch in enumerate(item.text):
            at = item.offsets.raw_offset(i)
            assert 0 <= at <= n
            if ch != " ":
                assert raw[at] == ch
        for piece in item.pieces:
            assert 0 <= piece.start <= piece.end <= n
            assert article.line_of(piece.start) == piece.start_line
    for marker in article.markers:
        label = "*" if marker.n == 0 else str(marker.n)
        assert raw[marker.span.start : marker.span.end] == label
    for section in article.sections:
        assert raw[section.span.start : section.span.end] == section.title
    for page in article.pages:
        assert 0 <= page.span.start <= page.span.end <= n
        assert article.line_of(page.span.start) == page.span.start_line
    for repair in article.repairs:
        assert 0 <= repair.span.start <= repair.span.end <= n
    # the layers never claim the same raw characters twice
    claimed = sorted(
        (piece.start, piece.end)
        for item in [*article.paragraphs, *article.notes]
        for piece in item.pieces
        if piece.end > piece.start
    )
    for (_, end), (start, _) in itertools.pairwise(claimed):
        assert end <= start


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(LINES)
def test_never_crashes_and_offsets_slice_back(lines: list[str]) -> None:
    article = parse_text("\n".join(lines), "<hypothesis>")
    check_offsets(article)
    assert article.missing_notes == sorted(set(article.missing_notes))


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=300))
def test_arbitrary_text_never_crashes(text: str) -> None:
    check_offsets(parse_text(text))


def test_a_number_with_a_leading_zero_is_no_marker() -> None:
    """Found by the property test above: "?01" was read as a marker of note 1."""
    article = parse_text("?01")
    check_offsets(article)
    assert article.markers == []
