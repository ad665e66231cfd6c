"""Notes the parser was not developed on (invented after it was written): field-exact rate.

The floor below is a regression guard; the measured rate is reported in docs/sources.md.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import yaml

from borderlands.sources import LooseNote, cite_notes
from borderlands.sources.model import Citation, CitedArticle

FIXTURE = Path(__file__).parent / "fixtures" / "sources" / "heldout_notes.yaml"


def _norm(text: str | None) -> str:
    return re.sub(r"[\W_]", "", unicodedata.normalize("NFC", text or "").lower())


def _wrong_fields(c: Citation, want: dict[str, object]) -> list[str]:
    wrong = []
    for name, value in want.items():
        if name == "authors":
            got: object = [_norm(a.split()[-1]) for a in c.authors]
            value = [_norm(str(v)) for v in value]  # type: ignore[union-attr]
        elif name == "editors":
            got = [_norm(e.split()[-1]) for e in c.editors]
            value = [_norm(str(v)) for v in value]  # type: ignore[union-attr]
        elif name == "title":
            got, value = _norm(c.title).startswith(_norm(str(value))), True
        elif name == "title_end":
            got, value = _norm(c.title).endswith(_norm(str(value))), True
        elif name in ("container", "place", "publisher"):
            got, value = _norm(getattr(c, name)), _norm(str(value))
        elif name == "target":
            got = c.target_note
        elif name == "resolves":
            got = "unresolved" if c.unresolved else (c.refers_to or {}).get("note")
        elif name == "pages":
            got = c.pages
        elif name == "short":
            got = c.short
        else:
            got = getattr(c, name)
        if got != value:
            wrong.append(f"{name}: want {value!r}, got {got!r}")
    return wrong


def score() -> tuple[int, int, list[str]]:
    data = yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))
    notes = [LooseNote(x["n"], 900 + x["n"], x["text"]) for x in data["notes"]]
    cited: CitedArticle = cite_notes(notes)
    total = exact = 0
    problems: list[str] = []
    for x in data["notes"]:
        note = cited.note(x["n"])
        assert note is not None
        got = note.citations
        total += len(x["expect"])
        if len(got) != len(x["expect"]):
            problems.append(f"n. {x['n']}: {len(got)} citations, expected {len(x['expect'])}")
        for i, (want, c) in enumerate(zip(x["expect"], got, strict=False)):
            wrong = _wrong_fields(c, want)
            if wrong:
                problems.append(f"n. {x['n']} #{i}: " + "; ".join(wrong))
            else:
                exact += 1
    return exact, total, problems


def test_heldout_notes_field_exact_rate() -> None:
    exact, total, problems = score()
    assert total == 24
    assert exact / total >= 0.9, problems
