"""Field-exact accuracy of the parser against a hand-typed gold set (tests/gold/citations.yaml).

A reference counts as right only when every field the gold gives is equal. Text fields
(titles, names, containers) are compared on letters and digits only, case-folded: the text
extraction loses spaces ("AnAffirmative"), which is the article reader's business, not the
citation parser's. Titles are checked at both ends (their first and last words), which fixes
where the parser began and ended them.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

from borderlands.errors import InputError
from borderlands.sources.model import Citation, CitedArticle


class _Microfilm(BaseModel):
    model_config = ConfigDict(extra="forbid")
    archive: str
    reel: str
    date: str = ""
    volume: str | None = None
    pages: str = ""
    frames: str | None = None


class _ArchivalNote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n: int
    page: int
    archival: list[list[str]] = []
    microfilm: list[_Microfilm] = []
    malformed: list[int] = []


class _Published(BaseModel):
    model_config = ConfigDict(extra="forbid")
    kind: str
    short: bool | None = None
    authors: list[str] | None = None
    editors: list[str] | None = None
    title: str | None = None
    title_end: str | None = None
    container: str | None = None
    volume: str | None = None
    issue: str | None = None
    item: str | None = None
    place: str | None = None
    publisher: str | None = None
    year: int | None = None
    pages: str | None = None
    target: int | None = None
    resolves: int | str | None = None


class _PublishedNote(BaseModel):
    model_config = ConfigDict(extra="forbid")
    n: int
    published: list[_Published]


class Gold(BaseModel):
    model_config = ConfigDict(extra="forbid")
    archival_notes: list[_ArchivalNote]
    published_notes: list[_PublishedNote]


def load_gold(path: Path) -> Gold:
    try:
        return Gold.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise InputError(f"not a readable gold set ({type(exc).__name__})", path) from exc


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFC", text or "").lower())


@dataclass(slots=True)
class Score:
    references: int = 0  # references in the gold set
    found: int = 0  # gold references the parser produced (same position in the note)
    exact: int = 0  # ... with every field right
    field_errors: dict[str, int] = field(default_factory=dict)
    failures: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.exact / self.references if self.references else 1.0

    def miss(self, note: int, index: int, name: str, want: object, got: object) -> None:
        self.field_errors[name] = self.field_errors.get(name, 0) + 1
        self.failures.append(f"n. {note} #{index}: {name}: want {want!r}, got {got!r}")


def _check(score: Score, n: int, i: int, checks: list[tuple[str, object, object]]) -> None:
    wrong = [(name, want, got) for name, want, got in checks if want != got]
    for name, want, got in wrong:
        score.miss(n, i, name, want, got)
    if not wrong:
        score.exact += 1


def score_archival(cited: CitedArticle, gold: Gold) -> Score:
    score = Score()
    for g in gold.archival_notes:
        note = cited.note(g.n)
        got = [c for c in note.citations if c.kind == "archival"] if note else []
        films = [c for c in note.citations if c.kind == "microfilm"] if note else []
        score.references += len(g.archival) + len(g.microfilm)
        if note is None:
            score.failures.append(f"n. {g.n}: note not read")
            continue
        if len(got) != len(g.archival) or len(films) != len(g.microfilm):
            score.failures.append(
                f"n. {g.n}: {len(got)} archival / {len(films)} microfilm found, gold has "
                f"{len(g.archival)} / {len(g.microfilm)}"
            )
        for i, (want, c) in enumerate(zip(g.archival, got, strict=False)):
            score.found += 1
            archive, fond, opis, delo, date, pages, *rest = want
            checks: list[tuple[str, object, object]] = [
                ("page", g.page, note.page),
                ("archive", archive, c.archive),
                ("fond", fond, c.fond),
                ("opis", opis, c.opis),
                ("delo", delo, c.delo),
                ("date", date, c.date or ""),
                ("pages", pages, c.pages),
                ("protocol", rest[0] if rest else "", c.protocol or ""),
                ("malformed", i in g.malformed, any(f.startswith("malformed") for f in c.flags)),
            ]
            _check(score, g.n, i, checks)
        for i, (want_film, c) in enumerate(zip(g.microfilm, films, strict=False)):
            score.found += 1
            _check(
                score,
                g.n,
                i,
                [
                    ("archive", want_film.archive, c.archive),
                    ("reel", want_film.reel, c.reel),
                    ("date", want_film.date, c.date or ""),
                    ("volume", want_film.volume, c.volume),
                    ("pages", want_film.pages, c.pages),
                    ("frames", want_film.frames, c.frames),
                ],
            )
    return score


def _resolved_note(cited: CitedArticle, c: Citation) -> int | str | None:
    if c.unresolved:
        return "unresolved"
    return c.refers_to["note"] if c.refers_to else None


def score_published(cited: CitedArticle, gold: Gold) -> Score:
    score = Score()
    for g in gold.published_notes:
        note = cited.note(g.n)
        got = [c for c in note.citations if c.kind not in ("archival", "microfilm")] if note else []
        score.references += len(g.published)
        if len(got) != len(g.published):
            score.failures.append(f"n. {g.n}: {len(got)} found, gold has {len(g.published)}")
        for i, (want, c) in enumerate(zip(g.published, got, strict=False)):
            score.found += 1
            checks: list[tuple[str, object, object]] = [("kind", want.kind, c.kind)]
            short = (
                want.short
                if want.short is not None
                else (False if want.kind == "published" else None)
            )
            if short is not None:
                checks.append(("short", short, c.short))
            if want.authors is not None:
                checks.append(
                    (
                        "authors",
                        [_norm(a) for a in want.authors],
                        [
                            _norm(re.split(r"[\s.]", a.strip())[-1])
                            if " " in a.strip() and not a.startswith("The ")
                            else _norm(a)
                            for a in c.authors
                        ],
                    )
                )
            if want.editors is not None:
                checks.append(
                    (
                        "editors",
                        [_norm(e) for e in want.editors],
                        [_norm(e.split()[-1]) for e in c.editors],
                    )
                )
            if want.title is not None:
                checks.append(("title", True, _norm(c.title).startswith(_norm(want.title))))
            if want.title_end is not None:
                checks.append(("title_end", True, _norm(c.title).endswith(_norm(want.title_end))))
            for name in ("container",):
                value = getattr(want, name)
                if value is not None:
                    checks.append((name, True, _norm(getattr(c, name)).startswith(_norm(value))))
            for name in ("volume", "issue", "item", "year", "pages"):
                value = getattr(want, name)
                if value is not None:
                    got_value = getattr(c, name) or ("" if name == "pages" else None)
                    checks.append((name, value, got_value))
            for name in ("place", "publisher"):
                value = getattr(want, name)
                if value is not None:
                    checks.append((name, _norm(value), _norm(getattr(c, name))))
            if want.target is not None:
                checks.append(("target", want.target, c.target_note))
            if want.resolves is not None:
                checks.append(("resolves", want.resolves, _resolved_note(cited, c)))
            _check(score, g.n, i, checks)
    return score


# --- gold sets of archival references in every notation (tests/gold/archival/*.yaml) ---

NOTATION_FIELDS = (
    "archive",
    "archive_id",
    "fond",
    "opis",
    "delo",
    "pages",
    "volume",
    "part",
    "bundle",
    "box",
    "folder",
    "date",
)
_EXTRA_FIELDS = ("volume", "part", "bundle", "box", "folder", "date")


class _NotationItem(BaseModel):
    model_config = ConfigDict(extra="forbid")
    split: Literal["tune", "heldout"]
    note: str
    refs: list[list[Any]]


class NotationGold(BaseModel):
    """One file of tests/gold/archival: notes of one notation and their references, or
    (``notes``) notes that hold none."""

    model_config = ConfigDict(extra="forbid")
    notation: str
    items: list[_NotationItem] = []
    notes: list[str] = []


def load_notation_gold(path: Path) -> NotationGold:
    try:
        return NotationGold.model_validate(yaml.safe_load(Path(path).read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError, ValidationError) as exc:
        raise InputError(f"not a readable gold set ({type(exc).__name__})", path) from exc


def _expected(ref: list[Any]) -> dict[str, object]:
    archive, archive_id, fond, opis, delo, pages, *rest = ref
    want: dict[str, object] = {
        "archive": archive,
        "archive_id": archive_id,
        "fond": fond,
        "opis": opis,
        "delo": delo,
        "pages": pages,
    }
    extra = rest[0] if rest else {}
    for name in _EXTRA_FIELDS:
        want[name] = extra.get(name)
    return want


def score_notation(gold: NotationGold, split: str | None = None) -> Score:
    """Field-exact score of one notation file (its items read in order, as an article's
    notes are, so an abbreviation defined in one note serves the next); ``split`` limits
    the count to "tune" or "heldout" items."""
    from borderlands.sources.parse import parse_note

    score = Score()
    defined: dict[str, str] = {}
    for i, item in enumerate(gold.items, start=1):
        got = [c for c in parse_note(item.note, defined=defined) if c.kind == "archival"]
        if split is not None and item.split != split:
            continue
        score.references += len(item.refs)
        if len(got) != len(item.refs):
            score.failures.append(f"item {i}: {len(got)} found, gold has {len(item.refs)}")
        for j, (ref, c) in enumerate(zip(item.refs, got, strict=False)):
            score.found += 1
            want = _expected(ref)
            checks: list[tuple[str, object, object]] = [
                (name, want[name], getattr(c, name) or (None if name != "pages" else ""))
                for name in NOTATION_FIELDS
            ]
            _check(score, i, j, checks)
    return score


def false_positives(notes: list[str]) -> list[str]:
    """Archival references found in notes that hold none (their raw text)."""
    from borderlands.sources.parse import parse_note

    return [
        c.raw for note in notes for c in parse_note(note) if c.kind in ("archival", "microfilm")
    ]
