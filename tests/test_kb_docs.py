"""docs/kb.md documents every field of every record type (so the docs keep up with the schema)."""

from __future__ import annotations

from borderlands.kb.schema import MODEL_OF, Count, DepthKm, Exclusion, GroupFate
from borderlands.paths import REPO_DIR


def test_every_field_is_documented() -> None:
    text = (REPO_DIR / "docs" / "kb.md").read_text(encoding="utf-8")
    missing = [
        f"{model.__name__}.{name}"
        for model in (*MODEL_OF.values(), Exclusion, Count, GroupFate, DepthKm)
        for name in model.model_fields
        if f"`{name}`" not in text and f"{name}:" not in text
    ]
    assert missing == []
