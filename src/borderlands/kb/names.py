"""Records by the names people type: an id, a name, an alias or variant, in any case, singular
or plural ("Koreans", "korean", "grp-koreans", "Crimean Tatar"), with the nearest ids
suggested when nothing matches.

One place for this so that ``show``, ``events --group`` and ``events --place`` (and any
other caller) understand a name the same way.
"""

from __future__ import annotations

import difflib
import re
import sqlite3
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from borderlands.errors import InputError

#: Aliases and variants by record type: (table, id column, name column).
OTHER_NAMES = {
    "groups": ("group_aliases", "group_id", "alias"),
    "places": ("place_variants", "place_id", "variant"),
}

_SEPARATORS = re.compile(r"[\s_\-–—/.,']+")
_BRACKETED = re.compile(r"\([^()]*\)")


def name_key(text: str) -> str:
    """A name as compared: case folded, without accents, with hyphens, dashes and runs of
    space made one space ("Crimean-Tatars " and "crimean tatars", "émigrés" and "emigres"
    are the same key)."""
    bare = "".join(c for c in unicodedata.normalize("NFKD", text.casefold())
                   if not unicodedata.combining(c))
    return " ".join(_SEPARATORS.sub(" ", bare).split())


def number_forms(key: str) -> set[str]:
    """The key with its last word in the singular and plural forms English names take
    ("korean" -> "koreans", "tatars" -> "tatar", "gypsy" <-> "gypsies", "press" -> "presses")."""
    head, _, last = key.rpartition(" ")
    prefix = f"{head} " if head else ""
    forms = {last, f"{last}s", f"{last}es"}
    if last.endswith("ies"):
        forms.add(f"{last[:-3]}y")
    if last.endswith("y"):
        forms.add(f"{last[:-1]}ies")
    if last.endswith("es"):
        forms.add(last[:-2])
    if last.endswith("s"):
        forms.add(last[:-1])
    return {prefix + form for form in forms if form}


def _id_stem(record_id: str) -> str:
    """An id without its type prefix: ``grp-koreans`` -> ``koreans``."""
    prefix, dash, rest = record_id.partition("-")
    return rest if dash and prefix.isalpha() and len(prefix) <= 5 else record_id


@dataclass
class Names:
    """Every id, name, alias and variant of the records of some types, by key."""

    types: dict[str, str] = field(default_factory=dict)  # id -> type
    by_key: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))

    @classmethod
    def of(cls, conn: sqlite3.Connection, types: tuple[str, ...] = ()) -> Names:
        names = cls()
        where = f" WHERE type IN ({', '.join('?' * len(types))})" if types else ""
        for record_id, type_name, name in conn.execute(
            f"SELECT id, type, name FROM records{where}", types
        ):
            names.types[record_id] = type_name
            names.add(record_id, record_id)
            names.add(record_id, _id_stem(record_id))
            if name:
                names.add(record_id, name)
        for type_name, (table, id_column, name_column) in OTHER_NAMES.items():
            if types and type_name not in types:
                continue
            for record_id, name in conn.execute(f"SELECT {id_column}, {name_column} FROM {table}"):
                if record_id in names.types and name:
                    names.add(record_id, name)
        return names

    def add(self, record_id: str, name: str) -> None:
        """Record a name; one with a gloss in brackets ("Mountaineers (gortsy)") is also
        known without it."""
        for form in (name, _BRACKETED.sub(" ", name)):
            key = name_key(form)
            if key:
                self.by_key[key].add(record_id)

    def find(self, text: str) -> list[str]:
        """Ids the text names: the id itself; else the records one of whose names has the
        text's key; else those matching it in the singular or plural. Sorted."""
        text = text.strip()
        if text in self.types:
            return [text]
        key = name_key(text)
        exact = self.by_key.get(key, set())
        if exact:
            return sorted(exact)
        found: set[str] = set()
        for form in number_forms(key) if key else ():
            found |= self.by_key.get(form, set())
        return sorted(found)

    def nearest(self, text: str, n: int = 3) -> list[str]:
        """Up to ``n`` ids whose id or a name is spelled most like ``text``."""
        key = name_key(text)
        close = difflib.get_close_matches(key, list(self.by_key), n=n * 3, cutoff=0.75)
        ids: list[str] = []
        for match in close:
            for record_id in sorted(self.by_key[match]):
                if record_id not in ids:
                    ids.append(record_id)
        return ids[:n]


def resolve_names(
    conn: sqlite3.Connection, text: str, types: tuple[str, ...] = ()
) -> list[str]:
    """Ids of the records (of ``types``, default any) that ``text`` names (see
    :meth:`Names.find`); empty when none does."""
    return Names.of(conn, types).find(text)


def require_names(
    conn: sqlite3.Connection,
    text: str,
    types: tuple[str, ...] = (),
    what: str = "record",
    option: str | None = None,
) -> list[str]:
    """Like :func:`resolve_names`, but no match is an InputError naming the nearest ids."""
    names = Names.of(conn, types)
    ids = names.find(text)
    if ids:
        return ids
    near = names.nearest(text)
    hint = f"; did you mean {', '.join(near)}?" if near else ""
    raise InputError(f"no {what} with the id or name {text!r}{hint}", option)


def require_one(
    conn: sqlite3.Connection,
    text: str,
    types: tuple[str, ...] = (),
    what: str = "record",
    option: str | None = None,
) -> str:
    """The one id ``text`` names; none or several is an InputError that lists candidates."""
    ids = require_names(conn, text, types, what, option)
    if len(ids) > 1:
        raise InputError(f"{text!r} names {len(ids)} records: {', '.join(ids)}; give one id",
                         option)
    return ids[0]


def filter_name(conn: sqlite3.Connection, text: str, type_name: str, option: str) -> str:
    """What to filter events on for a ``--group``/``--place`` the user typed: the text as
    given when the query layer knows it already (an id, name or alias, which may stand for
    several records), else the one id its singular or plural names."""
    from borderlands.kb.query import resolve

    if resolve(conn, type_name, text):
        return text
    return require_one(conn, text, (type_name,), type_name.rstrip("s"), option)
