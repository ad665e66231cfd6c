"""The figures report for people: a Rich terminal table and a self-contained HTML page.

The HTML page shows each check inside its sentence, by page and paragraph (or note), in plain
words, inconsistencies first, coloured like
statcheck's report, and readable in greyscale: every verdict is also a word, and each
verdict has its own border style.
"""

from __future__ import annotations

from jinja2 import Environment
from rich.console import Console
from rich.table import Table

from borderlands.article.model import Article
from borderlands.figures.numbers import format_number
from borderlands.figures.plain import (
    VERDICT_CAVEAT,
    computed_text,
    in_reading_order,
    plain_words,
    sentence_html,
    where_words,
)
from borderlands.figures.report import VERDICTS, FigureReport

VERDICT_STYLE = {
    "consistent": "green",
    "inconsistent": "bold red",
    "ambiguous": "yellow",
    "unverifiable": "dim",
}


def value_text(value: float | None, low: float | None, high: float | None) -> str:
    if value is not None:
        return format_number(value)
    return f"{format_number(low or 0)}–{format_number(high or 0)}"


def print_table(report: FigureReport, console: Console | None = None) -> None:
    console = console or Console()
    quantities = Table(title=f"Quantities ({len(report.quantities)})", show_lines=False)
    for col in ("page", "line", "where", "text", "value", "unit", "subject", "approx"):
        quantities.add_column(col)
    for f in report.quantities:
        q = f.quantity
        value = value_text(q.value, q.low, q.high)
        quantities.add_row(
            str(f.page or ""),
            str(f.line),
            f.passage.key,
            " ".join(q.text.split()),
            value,
            q.unit,
            " ".join((q.subject or "").split()),
            q.qualifier or "",
        )
    console.print(quantities)
    checks = Table(title=f"Checks ({len(report.checks)}), inconsistencies first")
    for col in ("where", "kind", "stated", "in plain words", "verdict"):
        checks.add_column(col)
    for c in in_reading_order(report.checks):
        checks.add_row(
            where_words(c.claim),
            c.kind,
            c.stated,
            plain_words(c),
            f"[{VERDICT_STYLE[c.verdict]}]{c.verdict}[/]",
        )
    console.print(checks)
    counts = report.counts()
    console.print(", ".join(f"{counts[v]} {v}" for v in VERDICTS))
    console.print(VERDICT_CAVEAT, markup=False)


TEMPLATE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Figures check: {{ title }}</title>
<style>
body { font-family: Georgia, serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #111; line-height: 1.5; }
h1 { font-size: 1.5rem; } h2 { font-size: 1.2rem; margin-top: 2rem; }
.summary span { margin-right: 1.2rem; }
.check { margin: 1rem 0; padding: .6rem .9rem; border-left: .5rem solid; }
.consistent { border-color: #1b7f3b; border-left-style: solid; background: #eef8f0; }
.inconsistent { border-color: #b00020; border-left-style: double; border-left-width: .8rem;
                background: #fdecee; }
.ambiguous { border-color: #b07a00; border-left-style: dashed; background: #fff7e0; }
.unverifiable { border-color: #777; border-left-style: dotted; background: #f4f4f4; }
.verdict { font-weight: bold; text-transform: uppercase; letter-spacing: .05em;
           font-family: sans-serif; font-size: .85rem; }
.where { color: #444; font-family: sans-serif; font-size: .85rem; }
.sentence { margin: .4rem 0; }
mark.stated { background: none; font-weight: bold; border-bottom: 2px solid #111; }
span.input { text-decoration: underline dotted; }
code { font-size: .9rem; }
ul.alts { margin: .2rem 0; font-size: .9rem; }
table.quantities { border-collapse: collapse; font-family: sans-serif; font-size: .85rem; }
table.quantities td, table.quantities th { border-bottom: 1px solid #ccc; padding: .15rem .5rem;
  text-align: left; }
</style></head><body>
<h1>Figures check: {{ title }}</h1>
<p>{{ nq }} quantities found; {{ nc }} derived figures checked.
Verdicts are words as well as colours: consistent (solid border), inconsistent (double),
ambiguous (dashed), unverifiable (dotted). {{ caveat }}</p>
<p class="summary">{% for v, n in counts %}<span class="{{ v }}"><b>{{ n }}</b> {{ v }}</span>
{% endfor %}</p>
{% for c in checks %}
<div class="check {{ c.verdict }}" id="check-{{ loop.index }}">
<div><span class="verdict">{{ c.verdict }}</span>
<span class="where">{{ c.where }} · {{ c.kind }}</span></div>
<div class="sentence">{{ c.sentence | safe }}</div>
<div class="plain">{{ c.plain }}.</div>
<div class="formula">Stated <b>{{ c.stated }}</b>{% if c.formula %}; <code>{{ c.formula }}</code> =
{{ c.computed }} (inputs: {{ c.distance }}){% endif %}.</div>
{% if c.alternatives %}<ul class="alts">{% for a in c.alternatives %}
<li>also: <code>{{ a.formula }}</code> = {{ a.computed }} ({{ a.distance }})</li>
{% endfor %}</ul>{% endif %}
</div>
{% endfor %}
<h2 id="quantities">All quantities ({{ nq }})</h2>
<table class="quantities">
<thead><tr><th>page</th><th>line</th><th>where</th><th>as printed</th><th>value</th>
<th>unit</th><th>counted</th><th>qualifier</th></tr></thead>
<tbody>{% for q in quantities %}<tr><td>{{ q.page }}</td><td>{{ q.line }}</td>
<td>{{ q.where }}</td><td>{{ q.text }}</td><td>{{ q.value }}</td><td>{{ q.unit }}</td>
<td>{{ q.subject }}</td><td>{{ q.qualifier }}</td></tr>
{% endfor %}</tbody></table>
</body></html>
"""


def report_html(report: FigureReport, article: Article | None = None) -> str:
    """A self-contained HTML page (no external assets) of every check in its sentence."""
    title = "text"
    if article is not None:
        title = str(article.source.get("title") or article.source.get("path") or "article")
    env = Environment(autoescape=True)
    template = env.from_string(TEMPLATE)
    counts = report.counts()
    rows = []
    for c in in_reading_order(report.checks):
        rows.append(
            {
                "verdict": c.verdict,
                "where": where_words(c.claim),
                "plain": plain_words(c)[:1].upper() + plain_words(c)[1:],
                "kind": c.kind,
                "sentence": sentence_html(c),
                "stated": c.stated,
                "formula": c.fit.formula if c.fit else "",
                "computed": computed_text(c.fit),
                "distance": c.fit.scope_name if c.fit else "",
                "explanation": c.explanation[:1].upper() + c.explanation[1:],
                "alternatives": [
                    {
                        "formula": a.formula,
                        "computed": computed_text(a),
                        "distance": a.scope_name,
                    }
                    for a in c.alternatives
                ],
            }
        )
    quantities = [
        {
            "page": f.page if f.page is not None else "",
            "line": f.line,
            "where": f"note {f.passage.note}" if f.passage.where == "note" else f.passage.key,
            "text": " ".join(f.quantity.text.split()),
            "value": value_text(f.quantity.value, f.quantity.low, f.quantity.high),
            "unit": f.quantity.unit + (" (implied)" if f.quantity.unit_implied else ""),
            "subject": " ".join((f.quantity.subject or "").split()),
            "qualifier": f.quantity.qualifier or "",
        }
        for f in report.quantities
    ]
    return template.render(
        caveat=VERDICT_CAVEAT,
        quantities=quantities,
        title=title,
        nq=len(report.quantities),
        nc=len(report.checks),
        counts=[(v, counts[v]) for v in VERDICTS],
        checks=rows,
    )
