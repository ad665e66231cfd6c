"""National operations against order 00447, 1937-38 (pp. 855-856, notes 262-266).

The article sets the NKVD's national operations beside the "kulak" operation of order 00447:
convictions, executions, each operation's share of all arrests and of all executions, and
execution rates. Two things need care. The printed arrest total (1,565,041) covers a longer
period (October 1936 - November 1938) than the convictions it is set against; and rates the
article calls "of those arrested" can only be recomputed on the printed base of those
convicted. The table names the base of every rate; the checks flag what does not reproduce.
"""

from __future__ import annotations

from fractions import Fraction

import altair as alt
import pandas as pd

from borderlands.analysis.checks import (
    Recomputation,
    check_fraction_word,
    check_numeral,
    unverifiable,
)
from borderlands.analysis.model import Analysis
from borderlands.analysis.sourced import (
    Cite,
    FigureBook,
    SourcedFigure,
    Wanted,
    cite_label,
    cites_of_labels,
)
from borderlands.analysis.style import GREYS, titled
from borderlands.kb.knowledge import KB

NAME = "national-operations"

NATOPS_CONVICTED = Wanted("fig-natops-convicted-335513", 855, None, "335,513",
                          "convicted in the national operations, July 1937-November 1938")
K00447_CONVICTED = Wanted("fig-00447-convicted-767397", 855, None, "767,397",
                          "convicted under order 00447, July 1937-November 1938")
POLITICAL_ARRESTS = Wanted("fig-political-arrests-1936-38-1565041", 855, None, "1,565,041",
                           "arrested on political charges, 1 Oct 1936-1 Nov 1938")
ALL_EXECUTIONS = Wanted("fig-executions-1937-38-681692", 855, None, "681,692",
                        "all executions, 1937-38")
NATOPS_EXECUTIONS = Wanted("fig-natops-executions-247157", 855, None, "247,157",
                           "executions in the national operations")
K00447_EXECUTIONS = Wanted("fig-00447-executions-386798", 855, None, "386,798",
                           "executions under order 00447")
NATOPS_SHARE_ARRESTS = Wanted("fig-natops-share-of-arrests-21-4", 855, None, "21.4 percent",
                              "national operations' share of all arrests")
K00447_SHARE_ARRESTS = Wanted("fig-00447-share-of-arrests-49", 855, None, "49 percent",
                              "order 00447's share of all arrests")
NATOPS_SHARE_EXEC = Wanted("fig-natops-share-of-executions-36-3", 855, None, "36.3 percent",
                           "national operations' share of all executions")
K00447_SHARE_EXEC = Wanted("fig-00447-share-of-executions-56-7", 855, None, "56.7 percent",
                           "order 00447's share of all executions")
ALL_RATE = Wanted("fig-all-arrested-1937-38-executed-rate-19", 855, None, "19 percent",
                  "share executed of all arrested, 1937-38")
K00447_RATE = Wanted("fig-00447-execution-rate-49-3", 855, None, "49.3 percent",
                     "execution rate under order 00447")
NATOPS_RATE = Wanted("fig-natops-execution-rate-73-7", 855, None, "73.7 percent",
                     "execution rate of the national operations")
POLISH_RATE = Wanted("fig-polish-op-execution-rate-79-4", 855, None, "79.4 percent",
                     "execution rate of the Polish operation")
NATOPS_FIFTH = Wanted("fig-natops-share-of-arrests-a-fifth", 855, None, "a fifth",
                      "national operations' share of arrests, in words")
NATOPS_THIRD = Wanted("fig-natops-share-of-executions-a-third", 855, None, "a third",
                      "national operations' share of executions, in words")
POLISH_ARRESTED = Wanted("fig-polish-op-arrested-139835", 856, None, "139,835",
                         "arrested in the Polish operation")
POLES_ARRESTED = Wanted("fig-poles-arrested-great-terror-118000-123000", 856, None,
                        "118,000–123,000", "Poles arrested in all mass operations")
POLES_RATIO = Wanted("fig-poles-share-of-polish-op-84-4-88-0", 856, None, "84.4 to 88.0 percent",
                     "Poles arrested over all arrested in the Polish operation")
DIASPORA_SHARE = Wanted("fig-diaspora-share-of-arrests-25-7-26-8", 856, None,
                        "25.7 to 26.8 percent", "diaspora nationalities' share of arrests")
DIASPORA_POPULATION = Wanted("fig-diaspora-share-of-population-1-6", 856, None, "1.6 percent",
                             "diaspora nationalities' share of the population")

#: Operations whose execution rates the article gives only by comparison with the Polish one
#: (p. 855): no number is printed, so none is drawn.
QUALITATIVE_RATES = (
    ("Greek operation", "higher than the Polish operation's"),
    ("Finnish operation", "higher than the Polish operation's"),
    ("Estonian operation", "higher than the Polish operation's"),
    ("Afghan operation", "much lower"),
    ("Iranian operation", "much lower"),
)

OPERATIONS = ("National operations", "Order 00447", "All arrests 1937-38", "Polish operation")
MEASURES = ("Share of all arrests", "Share of all executions", "Execution rate")


def _pct(numerator: SourcedFigure | None, denominator: SourcedFigure | None) -> float | None:
    if numerator is None or denominator is None:
        return None
    return numerator.point / denominator.point * 100


def _row(operation: str, measure: str, value: float | None, unit: str, base: str,
         stated: SourcedFigure | None, cites: tuple[Cite, ...],
         note: str = "") -> dict[str, object]:
    return {
        "operation": operation,
        "measure": measure,
        "recomputed": value,
        "unit": unit,
        "base": base,
        "stated": stated.stated if stated else None,
        "stated_value": stated.point if stated else None,
        "note": note,
        "source": cite_label(cites),
    }


def _count_rows(book: FigureBook) -> list[dict[str, object]]:
    rows = []
    for operation, measure, wanted in (
        ("National operations", "Convicted", NATOPS_CONVICTED),
        ("Order 00447", "Convicted", K00447_CONVICTED),
        ("All political arrests, Oct 1936-Nov 1938", "Arrested", POLITICAL_ARRESTS),
        ("National operations", "Executed", NATOPS_EXECUTIONS),
        ("Order 00447", "Executed", K00447_EXECUTIONS),
        ("All executions 1937-38", "Executed", ALL_EXECUTIONS),
        ("Polish operation", "Arrested", POLISH_ARRESTED),
    ):
        q = book.get(wanted)
        rows.append(_row(operation, measure, q.point if q else None, "persons", "count", q,
                         q.cites if q else (wanted.gap().cite,),
                         "" if q else "missing from the KB"))
    return rows


def _checks(book: FigureBook) -> tuple[list[Recomputation], list[dict[str, object]]]:
    nat_conv, k_conv = book.get(NATOPS_CONVICTED), book.get(K00447_CONVICTED)
    arrests, execs = book.get(POLITICAL_ARRESTS), book.get(ALL_EXECUTIONS)
    nat_exec, k_exec = book.get(NATOPS_EXECUTIONS), book.get(K00447_EXECUTIONS)
    checks: list[Recomputation] = []
    rows: list[dict[str, object]] = []

    def add(wanted: Wanted, operation: str, measure: str, computed: float | None, formula: str,
            base: str, note: str = "", mismatch: str = "") -> None:
        stated = book.get(wanted)
        if stated is None:
            rows.append(_row(operation, measure, computed, "percent", base, None,
                             (wanted.gap().cite,), "stated figure missing from the KB"))
            return
        check = (check_numeral(NAME, stated, formula, computed, note, mismatch)
                 if computed is not None else unverifiable(NAME, stated, formula, note))
        checks.append(check)
        rows.append(_row(operation, measure, computed, "percent", base, stated, stated.cites,
                         check.note))

    add(NATOPS_SHARE_ARRESTS, "National operations", "Share of all arrests",
        _pct(nat_conv, arrests), "335513 / 1565041 * 100",
        "convicted Jul 1937-Nov 1938 over political arrests Oct 1936-Nov 1938",
        "Numerator and denominator cover different periods (the article says so).")
    add(K00447_SHARE_ARRESTS, "Order 00447", "Share of all arrests",
        _pct(k_conv, arrests), "767397 / 1565041 * 100",
        "convicted Jul 1937-Nov 1938 over political arrests Oct 1936-Nov 1938",
        "Same mixed base as the national operations' share.")
    add(NATOPS_SHARE_EXEC, "National operations", "Share of all executions",
        _pct(nat_exec, execs), "247157 / 681692 * 100", "executions over all executions 1937-38")
    add(K00447_SHARE_EXEC, "Order 00447", "Share of all executions",
        _pct(k_exec, execs), "386798 / 681692 * 100", "executions over all executions 1937-38")
    add(NATOPS_RATE, "National operations", "Execution rate",
        _pct(nat_exec, nat_conv), "247157 / 335513 * 100",
        "stated: of those arrested; reproduced only on those convicted",
        "Reproduced on the base of convictions; the article words it as a share of those "
        "arrested, and no arrest count for the national operations is printed.")
    add(K00447_RATE, "Order 00447", "Execution rate",
        _pct(k_exec, k_conv), "386798 / 767397 * 100",
        "stated: of those arrested; recomputable only on those convicted",
        mismatch="Not reproduced: on the printed convictions the rate is 50.4 percent. The "
        "stated 49.3 must rest on an arrest count the article does not print (it would be "
        "about 784,600 arrests).")
    add(ALL_RATE, "All arrests 1937-38", "Execution rate", None,
        "681692 / (all arrests 1937-38) * 100", "all arrested, political and non-political",
        "The total of arrests (political and non-political, 1937-38) is not printed.")
    add(POLISH_RATE, "Polish operation", "Execution rate", None,
        "(executions in the Polish operation) / (arrested) * 100", "stated: of those arrested",
        "The Polish operation's executions are not printed (139,835 arrested is; the stated "
        "rate would mean about 111,000 executions).")

    fifth, third = book.get(NATOPS_FIFTH), book.get(NATOPS_THIRD)
    share_arrests, share_exec = _pct(nat_conv, arrests), _pct(nat_exec, execs)
    if fifth is not None and share_arrests is not None:
        checks.append(check_fraction_word(NAME, fifth, Fraction(1, 5),
                                          "335513 / 1565041 * 100", share_arrests))
    if third is not None and share_exec is not None:
        checks.append(check_fraction_word(NAME, third, Fraction(1, 3),
                                          "247157 / 681692 * 100", share_exec))
    checks.extend(_diaspora_checks(book, nat_conv, k_conv))
    return checks, rows


def _diaspora_checks(book: FigureBook, nat_conv: SourcedFigure | None,
                     k_conv: SourcedFigure | None) -> list[Recomputation]:
    """The p. 856 estimate: Poles arrested over all arrested in the Polish operation, and that
    ratio applied to every national operation."""
    checks: list[Recomputation] = []
    polish, poles = book.get(POLISH_ARRESTED), book.get(POLES_ARRESTED)
    ratio = book.get(POLES_RATIO)
    share = book.get(DIASPORA_SHARE)
    if polish and poles and ratio and poles.low and poles.high and ratio.low and ratio.high:
        for bound, stated_bound, name in (
            (poles.low, ratio.low, "low"), (poles.high, ratio.high, "high"),
        ):
            bounded = SourcedFigure(f"{ratio.figure_id}:{name}", f"{stated_bound}", stated_bound,
                               None, None, "percent", ratio.measures, ratio.cites)
            checks.append(check_numeral(
                NAME, bounded, f"{bound:.0f} / {polish.point:.0f} * 100",
                bound / polish.point * 100,
                "A ratio of two different populations (Poles in every operation over everyone "
                "in the Polish operation), not the share of Poles inside the Polish operation.",
            ))
        if share and share.low and share.high and nat_conv and k_conv:
            base = nat_conv.point + k_conv.point
            for stated_ratio, stated_bound, name in (
                (ratio.low, share.low, "low"), (ratio.high, share.high, "high"),
            ):
                bounded = SourcedFigure(f"{share.figure_id}:{name}", f"{stated_bound}",
                                        stated_bound,
                                   None, None, "percent", share.measures, share.cites)
                checks.append(check_numeral(
                    NAME, bounded,
                    f"335513 * {stated_ratio / 100:g} / (335513 + 767397) * 100",
                    nat_conv.point * stated_ratio / 100 / base * 100,
                    "The article does not spell out this calculation; this one reproduces it. "
                    "It counts convictions, not arrests, and assumes every national operation "
                    "had the Polish operation's ratio.",
                ))
    return checks


def _chart(rates: pd.DataFrame, cites: tuple[Cite, ...]) -> alt.TopLevelMixin:
    data = rates[rates["measure"].isin(MEASURES)].copy()
    data["label"] = data.apply(_bar_label, axis=1)
    data["label_at"] = data[["recomputed", "stated_value"]].max(axis=1).fillna(0)
    base = alt.Chart().encode(
        y=alt.Y("operation:N", title=None, sort=list(OPERATIONS),
                axis=alt.Axis(labelLimit=0)),
    )
    bars = base.mark_bar(color=GREYS[2], stroke=GREYS[0], strokeWidth=0.6, height=16).encode(
        x=alt.X("recomputed:Q", title="Percent", scale=alt.Scale(domain=[0, 100])),
        tooltip=["operation", "measure", "recomputed", "stated", "base", "source"],
    )
    ticks = base.mark_tick(color=GREYS[0], thickness=3, size=24).encode(
        x=alt.X("stated_value:Q"),
    )
    text = base.mark_text(align="left", dx=4, fontSize=10, color=GREYS[0]).encode(
        x=alt.X("label_at:Q"), text="label:N",
    )
    layered = alt.layer(bars, ticks, text, data=data).properties(width=420)
    faceted = layered.facet(row=alt.Row("measure:N", title=None, sort=list(MEASURES),
                                        header=alt.Header(labelAngle=0, labelAlign="left",
                                                          labelFontWeight="bold"))
                            ).resolve_scale(y="independent")
    notes = [
        "Grey bar: recomputed from the printed counts. Black tick: the figure as printed.",
        "Shares of arrests divide convictions (Jul 1937-Nov 1938) by political arrests "
        "(Oct 1936-Nov 1938).",
        "Execution rates: the article says 'of those arrested'; only convictions are printed, "
        "so the bars use convictions.",
    ]
    return titled(faceted, "National operations and order 00447, 1937-38", cites, notes)


def _bar_label(row: pd.Series) -> str:
    if not isinstance(row["stated"], str):
        return str(row["note"]).replace("no number printed; the article says only ", "")
    stated = row["stated"].replace(" percent", "%")
    recomputed = row["recomputed"]
    if recomputed is None or pd.isna(recomputed):
        return f"printed {stated}; cannot recompute"
    return f"printed {stated}; recomputed {recomputed:.1f}%"


def national_operations(kb: KB) -> Analysis:
    """Convictions, executions, shares and execution rates of the 1937-38 mass operations."""
    book = FigureBook(kb)
    rows = _count_rows(book)
    checks, rate_rows = _checks(book)
    rows.extend(rate_rows)
    for operation, wording in QUALITATIVE_RATES:
        rows.append(_row(operation, "Execution rate", None, "percent",
                         "not stated", None, (Cite(855),),
                         f"no number printed; the article says only {wording}"))
    table = pd.DataFrame(rows)
    cites = cites_of_labels([*table["source"], *(cite_label(c.cites) for c in checks)])
    return Analysis(
        name=NAME,
        title="National operations against order 00447, 1937-38",
        summary=(
            "Recomputed from the printed counts, the national operations' convictions come to "
            "about a fifth of all political arrests and their executions to over a third of "
            "all executions; their execution rate, recomputable only on convictions, is far "
            "above order 00447's."
        ),
        table=table,
        chart=_chart(table, cites),
        checks=checks,
        gaps=list(book.gaps),
        cites=cites,
    )
