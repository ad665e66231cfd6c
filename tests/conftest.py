"""Shared fixtures: the real article is read from ../shared (or BORDERLANDS_ARTICLE)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from borderlands.paths import default_article

# Property tests run on a shared 2-core machine: an example that waits for a core is not a
# failure, so no per-example deadline (a test that needs one sets it itself).
settings.register_profile("borderlands", deadline=None)
settings.load_profile("borderlands")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="session")
def article_path() -> Path:
    path = default_article()
    if not path.is_file():
        pytest.skip(f"the article is not at {path}; set BORDERLANDS_ARTICLE")
    return path


@pytest.fixture(scope="session")
def article_text(article_path: Path) -> str:
    return article_path.read_text(encoding="utf-8")
