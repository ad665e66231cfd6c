"""The month a date names for counting a span, where its words say more than its month.

"to the end of April 1940" ends after April: from January 1939 it is sixteen months, not
fifteen ("until the close of", "through" read the same; only an end is read so). "the
autumn of 1918" is a year with a season: counted from its middle month (October), so that
"January 1915 to the autumn of 1918" is nearly four years, not three.
"""

from __future__ import annotations

import re

#: the season right before a bare year, and the month (0-based) it is counted from
SEASON_RE = re.compile(r"\b(spring|summer|autumn|fall)\s+of\s+$", re.I)
SEASON_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9}
#: words before a month that take the whole month in: "the end of April", "through June"
WHOLE_MONTH_RE = re.compile(
    r"\b(?:(?:to|until|till)\s+the\s+(?:end|close|last\s+days?)\s+of|through)\s+$", re.I
)


def date_bound(text: str, at: int, year: int, month: int | None) -> tuple[int, int | None]:
    """(year, 0-based month) of a date printed at ``text[at:]`` with the words before it
    read: a season gives a month to a bare year; "the end of" a month counts up to the
    first of the next."""
    before = text[max(0, at - 30) : at]
    if month is None:
        season = SEASON_RE.search(before)
        return (year, SEASON_MONTH[season.group(1).lower()]) if season else (year, None)
    if WHOLE_MONTH_RE.search(before):
        return (year + 1, 0) if month == 11 else (year, month + 1)
    return year, month



def clause_pair(
    text: str, years_at: list[tuple[int, int]], at: int, n: float
) -> tuple[int, int] | None:
    """Of a sentence printing three or more years ("Returns rose from 1,240 in 1956 to 2,510
    in 1957, after fifteen years of exile for those taken in 1941"), the year of the
    duration's own clause (printed after it before any comma) and the one other year ``n``
    years from it, earlier first; None when the clause has no year or no single year fits."""
    if len(years_at) < 3:
        return None
    own = [y for pos, y in years_at if pos > at and not re.search(r"[,;:]", text[at:pos])]
    if len(own) != 1:
        return None
    fits = [y for _, y in years_at if abs(y - own[0]) == n]
    return (min(own[0], fits[0]), max(own[0], fits[0])) if len(fits) == 1 else None
