"""How much of the article's numbers the KB accounts for.

Every quantity printed in the article's body (a gold list: from the figures extractor when it
and the article are available, or a hand-typed list) is matched against the KB on page and
stated numeral: a Figure, an event's Count, or an Exclusion (a quantity deliberately not
attached, with a reason) covers it. What is left uncovered is the curators' to-do list.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from borderlands.kb.knowledge import KB

_DIGIT_COMMA = re.compile(r"(?<=\d),(?=\d{3})")
_TOKEN = re.compile(r"[a-z]+|\d+(?:\.\d+)?")
_IGNORED = frozenset(
    {"percent", "per", "cent", "km", "kilometers", "kilometer", "persons", "people", "some",
     "about", "over", "almost", "nearly", "roughly", "approximately", "at", "least", "the",
     "a", "an", "of", "and", "more", "than", "around", "only", "just", "under"}
)


@dataclass(frozen=True, slots=True)
class BodyQuantity:
    """A quantity printed in the body of the article: its page and numeral as printed."""

    page: int
    stated: str
    line: int | None = None
    value: float | None = None


@dataclass(slots=True)
class CoverageRow:
    quantity: BodyQuantity
    covered_by: list[str] = field(default_factory=list)  # "fig-...", "ev-...#count 1", ...
    how: str | None = None  # "figure", "count", "exclusion" or None


@dataclass(slots=True)
class Coverage:
    rows: list[CoverageRow]

    @property
    def total(self) -> int:
        return len(self.rows)

    @property
    def covered(self) -> int:
        return sum(1 for r in self.rows if r.how is not None)

    @property
    def ratio(self) -> float:
        return self.covered / self.total if self.total else 0.0

    def by_how(self) -> dict[str, int]:
        out = {"figure": 0, "count": 0, "exclusion": 0, "uncovered": 0}
        for row in self.rows:
            out[row.how or "uncovered"] += 1
        return out

    def uncovered(self) -> list[BodyQuantity]:
        return [r.quantity for r in self.rows if r.how is None]


def numeral_key(text: str) -> tuple[str, ...]:
    """The words and numbers of a printed numeral, without units and qualifiers:
    "152,424" → ("152424",); "about 22.4 percent" → ("22.4",); "Twelve to 14 million" →
    ("twelve", "to", "14", "million")."""
    text = _DIGIT_COMMA.sub("", text.casefold().replace("-", " "))
    return tuple(t for t in _TOKEN.findall(text) if t not in _IGNORED)


def _matches(stated: str, quantity: BodyQuantity) -> bool:
    a, b = numeral_key(stated), numeral_key(quantity.stated)
    if not a or not b:
        return False
    if a == b:
        return True
    shorter, longer = (a, b) if len(a) <= len(b) else (b, a)
    if len(shorter) < 2 and not any(c.isdigit() for c in shorter[0]):
        return False  # "million" alone must not match "6 million"
    n = len(shorter)
    return any(longer[i : i + n] == shorter for i in range(len(longer) - n + 1))


@dataclass(frozen=True, slots=True)
class _Candidate:
    label: str
    how: str
    stated: str
    pages: frozenset[int]


def _candidates(kb: KB) -> list[_Candidate]:
    out: list[_Candidate] = []
    for figure in kb.figures:
        pages = frozenset(s.page for s in figure.sources if s.page and s.in_article)
        out.append(_Candidate(figure.id, "figure", figure.stated, pages))
    for event in kb.events:
        for i, count in enumerate(event.counts, 1):
            if count.stated:
                pages = frozenset(s.page for s in count.sources if s.page and s.in_article)
                out.append(_Candidate(f"{event.id}#count {i}", "count", count.stated, pages))
    for i, exclusion in enumerate(kb.exclusions):
        where = kb.exclusion_locations[i] if i < len(kb.exclusion_locations) else None
        label = f"exclusion {where}" if where else f"exclusion {i + 1}"
        out.append(_Candidate(label, "exclusion", exclusion.stated, frozenset({exclusion.page})))
    return out


def coverage(kb: KB, quantities: Iterable[BodyQuantity]) -> Coverage:
    """Match each body quantity on page and stated numeral against the KB's figures, event
    counts and exclusions (in that order of preference)."""
    by_page: dict[int, list[_Candidate]] = {}
    for candidate in _candidates(kb):
        for page in candidate.pages:
            by_page.setdefault(page, []).append(candidate)
    rows = []
    rank = {"figure": 0, "count": 1, "exclusion": 2}
    for quantity in quantities:
        found = [c for c in by_page.get(quantity.page, []) if _matches(c.stated, quantity)]
        found.sort(key=lambda c: rank[c.how])
        rows.append(
            CoverageRow(quantity, [c.label for c in found], found[0].how if found else None)
        )
    return Coverage(rows)


def article_body_quantities(article: Path) -> list[BodyQuantity]:
    """Every body quantity the figures extractor finds in the article.

    The article reader and the figures checker are imported here, when coverage is asked
    of the article, so that coverage of a gold list needs neither.
    """
    from borderlands.article import read_article
    from borderlands.figures import check_article

    report = check_article(read_article(article))
    return [
        BodyQuantity(q.page, q.quantity.text, q.line, q.quantity.value)
        for q in report.quantities
        if q.passage.where == "body" and q.page is not None
    ]


def read_gold(path: Path) -> list[BodyQuantity]:
    """A hand-typed gold list: a YAML list of ``{page, stated}`` mappings."""
    from borderlands.errors import InputError
    from borderlands.kb.yamlfile import LineDict, read_yaml

    data = read_yaml(path)
    if not isinstance(data, list):
        raise InputError("a gold list is a YAML list of {page, stated}", path)
    out = []
    for item in data:
        line = str(getattr(item, "line", "")) or None
        if not isinstance(item, dict) or "page" not in item or "stated" not in item:
            raise InputError("each entry needs page and stated", path, line)
        page = _page_number(item["page"])
        if page is None:
            if isinstance(item, LineDict):
                line = str(item.line_of("page"))
            raise InputError(f"page {item['page']!r} is not a page number", path, line)
        out.append(BodyQuantity(page, str(item["stated"])))
    return out


def _page_number(value: object) -> int | None:
    """A printed page number (851 or "851"), or None for anything else (true, 8.5, "abc")."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    if isinstance(value, str) and value.strip().isdigit():
        return int(value) if int(value) > 0 else None
    return None
