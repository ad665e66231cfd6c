"""Shared fixtures: the real article is read from ../shared (or BORDERLANDS_ARTICLE)."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.paths import default_article

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
