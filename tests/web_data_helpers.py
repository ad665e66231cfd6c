"""The web fixture knowledge base (tests/fixtures/web/data) copied with a few invented
records added, for tests that need one more kind of record than the fixture has."""

from __future__ import annotations

import shutil
from pathlib import Path

FIXTURE_DATA = Path(__file__).parent / "fixtures" / "web" / "data"


def fixture_data_with(where: Path, extra: dict[str, str]) -> Path:
    """A copy of the fixture data under ``where`` with each ``extra`` file (a path inside
    the data folder, such as ``events/extra.yaml``, and its YAML) added."""
    root = where / "data"
    shutil.copytree(FIXTURE_DATA, root)
    for name, text in extra.items():
        (root / name).write_text(text, encoding="utf-8")
    return root
