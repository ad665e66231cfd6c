"""The record types of the knowledge base: the one list every layer reads.

Folder names (``events``, ``decrees``, ...) in display order, their id prefixes and their
names for readers. Plain data, importable without the pydantic schema (the CLI's fast
path and the web read it); ``borderlands.kb.schema`` keeps the model class of each, and a
test checks that the two agree.
"""

from __future__ import annotations

RECORD_TYPES: tuple[str, ...] = (
    "events",
    "decrees",
    "groups",
    "places",
    "concepts",
    "persons",
    "organisations",
    "figures",
    "typology",
    "regime",
)

ID_PREFIX: dict[str, str] = {
    "events": "ev-",
    "decrees": "dec-",
    "groups": "grp-",
    "places": "pl-",
    "concepts": "con-",
    "persons": "per-",
    "organisations": "org-",
    "figures": "fig-",
    "typology": "typ-",
    "regime": "reg-",
}

#: One record of each type, as a reader calls it.
SINGULAR: dict[str, str] = {
    "events": "event",
    "decrees": "decree",
    "groups": "group",
    "places": "place",
    "concepts": "concept",
    "persons": "person",
    "organisations": "organisation",
    "figures": "figure",
    "typology": "typology coding",
    "regime": "regime rule",
}

#: Headings of the lists of each type.
PLURAL_LABEL: dict[str, str] = {
    "events": "Events",
    "decrees": "Decrees",
    "groups": "Groups",
    "places": "Places",
    "concepts": "Concepts",
    "persons": "Persons",
    "organisations": "Organisations",
    "figures": "Figures",
    "typology": "Typology",
    "regime": "Border regime",
}


def type_of_id(record_id: str) -> str | None:
    """The type an id belongs to, from its prefix (``ev-`` is an event), or None."""
    for type_name, prefix in ID_PREFIX.items():
        if record_id.startswith(prefix):
            return type_name
    return None
