"""Printed page numbers from running heads, checked against the page breaks found."""

from __future__ import annotations

from collections import Counter

from borderlands.article.layout import PageDraft


def number_pages(drafts: list[PageDraft], warnings: list[str]) -> tuple[list[int], list[bool]]:
    """The printed number of each page, and whether a running head confirmed it.

    Each running head says ``page index k is printed page N``, i.e. an offset ``N - k``. The
    offset most heads agree on numbers every page; a head that disagrees means a page break
    was missed or invented between it and its neighbours, and is reported in ``warnings``.
    """
    if not drafts:
        return [], []
    offsets = Counter(d.head.number - k for k, d in enumerate(drafts) if d.head is not None)
    if not offsets:
        warnings.append("no running heads found: pages are numbered from 1 as found")
        return list(range(1, len(drafts) + 1)), [False] * len(drafts)
    offset, _ = max(offsets.items(), key=lambda item: (item[1], -item[0]))
    anchored: list[bool] = []
    for k, draft in enumerate(drafts):
        head = draft.head
        if head is None:
            anchored.append(False)
            continue
        agrees = head.number - k == offset
        anchored.append(agrees)
        if not agrees:
            warnings.append(
                f"running head '{head.line.text.strip()}' on line {head.line.number} says page "
                f"{head.number} but the page breaks found make it page {k + offset}: "
                "a page break is missing or spurious before it"
            )
    return [k + offset for k in range(len(drafts))], anchored
