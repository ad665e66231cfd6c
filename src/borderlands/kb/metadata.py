"""Datasette metadata for the built database: titles, descriptions, label columns, facets."""

from __future__ import annotations

from typing import Any

ARTICLE = (
    'Terry Martin, "The Origins of Soviet Ethnic Cleansing", '
    "Journal of Modern History 70:4 (1998), 813-861"
)

TABLES: dict[str, tuple[str, str | None, list[str]]] = {
    # table: (description, label column, facets)
    "events": ("Deportations, expulsions, exchanges and operations.", "title",
               ["kind", "soviet", "start_year"]),
    "decrees": ("Decrees and orders, dated, with their issuer.", "title_en", ["issuer", "year"]),
    "groups": ("Nationalities and other groups named in the article.", "name", ["kind"]),
    "places": ("Places, with coordinates where known (precision_km says how far off).", "name",
               ["type"]),
    "concepts": ("Concepts, defined in our own words.", "name", []),
    "persons": ("People named in the article.", "name", []),
    "organisations": ("States, party and government organs, police, movements.", "name",
                      ["kind"]),
    "figures": ("Quantities printed in the article and what they measure.", "stated",
                ["unit", "derived"]),
    "typology": ("Martin's variables coded per surveyed episode; null: the article is silent.",
                 "id", []),
    "regime": ("Dated rules of the Soviet border regime.", "name", ["kind"]),
    "counts": ("Counts attached to events (value, or low-high range).", None, ["unit", "status"]),
    "exclusions": ("Printed quantities deliberately not attached to a record, and why.", None,
                   ["page"]),
    "sources": ("Every record's citations: article page and footnote.", None, ["record_type"]),
    "records": ("Every record, its type, and the data file and line it comes from.", "name",
                ["type"]),
    "note_citations": ("Archival and published references found in each footnote.", None,
                       ["kind", "archive"]),
}


def datasette_metadata(database: str) -> dict[str, Any]:
    tables: dict[str, Any] = {}
    for table, (description, label, facets) in TABLES.items():
        entry: dict[str, Any] = {"description": description}
        if label:
            entry["label_column"] = label
        if facets:
            entry["facets"] = facets
        tables[table] = entry
    return {
        "title": "borderlands knowledge base",
        "description": "Curated facts on ethnic deportation in the Eurasian borderlands, "
        "1912-1953; every row cites its page (and note) in the founding article.",
        "source": ARTICLE,
        "license": "MIT (code); facts cited to the article",
        "databases": {database: {"tables": tables}},
    }
