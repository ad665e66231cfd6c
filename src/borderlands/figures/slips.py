"""The usual slips behind a printed figure that its inputs do not reproduce.

When the closest reproduction misses, statcheck's lesson is that most errors are typing or
copying slips. Given the printed numeral and the value the named inputs give, we look for the
slip that turns the one into the other: two neighbouring digits transposed (72.2 printed as
27.2), a digit dropped (12,200 as 1,220) or doubled (60 as 600), a decimal point lost (12.6
as 126), one digit mistyped in a numeral of three digits or more (830 as 930). The figure
the inputs give, printed the way the author printed the claim, is the likely intended figure.
"""

from __future__ import annotations

from borderlands.figures.numbers import round_half_up

SLIP_NAMES = {
    "transposed": "two digits transposed",
    "dropped": "a digit dropped",
    "doubled": "a digit doubled",
    "decimal": "a decimal point lost or misplaced",
    "mistyped": "one digit mistyped",
}
#: A single wrong digit is read as a slip only in numerals of at least this many digits: in
#: shorter ones it is as likely another figure altogether.
MISTYPED_DIGITS = 3


def printed_like(value: float, stated_text: str, step: float) -> str:
    """``value`` rounded to ``step`` and printed the way ``stated_text`` is (separators,
    decimals)."""
    rounded = round_half_up(value, step) if step > 0 else value
    decimals = 0
    if "." in stated_text:
        decimals = len(stated_text.rsplit(".", 1)[1].split()[0].rstrip("%"))
    elif step < 1:
        decimals = len(f"{step:.6f}".rstrip("0").split(".")[1])
    if "," in stated_text or (rounded >= 10_000 and decimals == 0):
        return f"{rounded:,.{decimals}f}"
    return f"{rounded:.{decimals}f}"


def digits_of(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def slip_between(stated_text: str, intended_text: str, mistyped: bool = False) -> str | None:
    """The slip that turns ``intended_text`` into ``stated_text`` (numerals as printed), or
    None. Separators and the decimal point are ignored for digit slips. A ``mistyped`` digit
    is the last explanation tried, at the printed precision only."""
    a, b = digits_of(stated_text), digits_of(intended_text)
    if not a or not b or a == b:
        if a == b and a and stated_text.replace(",", "") != intended_text.replace(",", ""):
            return "decimal"
        return None
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if a[i] == b[i + 1] and a[i + 1] == b[i]:
                return "transposed"
        if mistyped and len(diffs) == 1 and len(a) >= MISTYPED_DIGITS:
            return "mistyped"
        return None
    if len(a) == len(b) - 1 and any(b[:i] + b[i + 1 :] == a for i in range(len(b))):
        return "dropped"
    if len(a) == len(b) + 1 and any(
        a[:i] + a[i + 1 :] == b and a[i] == a[i - 1 if i else i + 1] for i in range(len(a))
    ):
        return "doubled"
    return None


def likely_slip(
    stated_text: str, stated: float, computed: float, step: float, mistyped: bool = False
) -> tuple[str, str] | None:
    """(slip, intended figure as printed) when a usual slip explains why ``stated`` is not
    ``computed``; None otherwise. A ``mistyped`` digit is tried only when asked: where the
    inputs are surely the claim's (a share of the whole its sentence names, the rest of a
    whole); elsewhere one digit off is as likely another figure."""
    if computed <= 0 or stated <= 0:
        return None
    for precision in dict.fromkeys((step, step / 10, step * 10)):
        if precision <= 0:
            continue
        intended = printed_like(computed, stated_text, precision)
        slip = slip_between(stated_text, intended)
        if slip is not None and (slip != "decimal" or precision == step):
            return slip, intended
    for power in (10, 100, 1000):
        for shifted in (computed * power, computed / power):
            if abs(round_half_up(shifted, step) - stated) < step * 1e-6:
                return "decimal", printed_like(computed, stated_text, step / power)
    intended = printed_like(computed, stated_text, step)
    if mistyped and slip_between(stated_text, intended, mistyped=True) == "mistyped":
        return "mistyped", intended
    return None
