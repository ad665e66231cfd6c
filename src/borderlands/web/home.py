"""The home page's words: what borderlands is and the article's argument, in our words.

Each step of the argument names the concept records it rests on; a step links to a concept
only where the knowledge base has it, so the page never points at a missing record.
"""

from __future__ import annotations

from dataclasses import dataclass

from borderlands.kb.schema import Event, EventKind, Figure, Unit
from borderlands.web.catalog import Catalog

HEADLINES = 6
# the kinds of event that move people: a headline figure counts people moved
MOVING = frozenset(
    {
        EventKind.deportation,
        EventKind.resettlement,
        EventKind.expulsion,
        EventKind.population_exchange,
    }
)


@dataclass(frozen=True, slots=True)
class Step:
    text: str
    concepts: tuple[str, ...]  # candidate concept ids, first found is linked


ARGUMENT: tuple[Step, ...] = (
    Step(
        "Early Soviet nationality policy built up national territories and cultures, "
        "including for peoples who also lived across the border.",
        ("con-korenizatsiia", "con-affirmative-action-empire", "con-nationality-policy"),
    ),
    Step(
        "Those cross-border ties were meant to draw neighbouring populations toward the "
        "Soviet Union: the border as a showcase.",
        ("con-piedmont-principle", "con-piedmont"),
    ),
    Step(
        "From the early 1930s the same ties were read as a danger: fear of foreign influence "
        "fixed on peoples with a kin state abroad.",
        ("con-soviet-xenophobia", "con-diaspora-nationalities", "con-diaspora-nationality"),
    ),
    Step(
        "Security measures along the frontier turned into the removal of whole categories "
        "of people by nationality from the border regions.",
        ("con-border-regime", "con-ethnic-cleansing", "con-border-zone"),
    ),
    Step(
        "In 1937–1938 entire diaspora peoples were treated as enemies: the national "
        "operations and total deportations.",
        ("con-enemy-nations", "con-enemy-nation", "con-national-operations"),
    ),
    Step(
        "The article calls this ethnic cleansing, set apart from genocide by aim, and places "
        "it in a wider European practice from the Balkan wars on.",
        ("con-ethnic-cleansing", "con-genocide", "con-population-politics"),
    ),
)

ABOUT = (
    "borderlands is a research tool for the history of ethnic deportation in the Eurasian "
    "borderlands from 1912 to 1953. It holds a curated knowledge base of events, decrees, "
    "groups, places and figures, each tied to the page and note of its source, and reads "
    "alongside it Terry Martin, “The Origins of Soviet Ethnic Cleansing”, Journal of "
    "Modern History 70:4 (1998), pp. 813–861. It documents past state violence; nothing "
    "in it scores, profiles or targets living people or groups."
)


def soviet_events(figure: Figure, catalog: Catalog) -> list[str]:
    """The Soviet events moving people (deportations, resettlements ...) a figure is about."""
    return [
        rid
        for rid in figure.about
        if isinstance(e := catalog.get(rid), Event)
        and e.soviet
        and e.kind in MOVING
        and _within_counts(figure, e)
    ]


def _within_counts(figure: Figure, event: Event) -> bool:
    """Whether the figure can count people the event moved: not above the event's largest
    count in persons, where it has one (a larger number is the population at risk, as the
    people a small exchange drew from)."""
    counts = [c.value or c.high or c.low or 0 for c in event.counts if c.unit is Unit.persons]
    return not counts or _size(figure) <= max(counts)


def headline_figures(catalog: Catalog) -> list[Figure]:
    """The home page's figures: persons in Soviet events that moved people, as printed
    (not derived), one per group moved (or per event, for a figure naming no group): the
    exact figure before an approximate one, then the largest. The cards show the scale
    of Soviet deportation, not the largest numbers of any state nor several values for
    one people."""
    best: dict[str, Figure] = {}
    for figure in catalog.records("figures"):
        if not isinstance(figure, Figure) or figure.unit is not Unit.persons or figure.derived:
            continue
        events = soviet_events(figure, catalog)
        if not events:
            continue
        groups = [rid for rid in figure.about if rid.startswith("grp-")]
        key = groups[0] if groups else events[0]
        if key not in best or _rank(figure) < _rank(best[key]):
            best[key] = figure
    return sorted(best.values(), key=lambda f: (-_size(f), f.id))[:HEADLINES]


def _size(figure: Figure) -> float:
    return figure.value or figure.high or figure.low or 0


def _rank(figure: Figure) -> tuple[bool, float, str]:
    return (figure.approx or figure.value is None, -_size(figure), figure.id)
