"""Where borderlands finds its inputs: the bundled knowledge base and the founding article."""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
REPO_DIR = PACKAGE_DIR.parent.parent
ARTICLE_NAME = "martin-1998-origins-of-soviet-ethnic-cleansing.txt"


def data_dir() -> Path:
    """The curated knowledge base: ``BORDERLANDS_DATA``, else ``data/`` of this checkout."""
    env = os.environ.get("BORDERLANDS_DATA")
    if env:
        return Path(env)
    return REPO_DIR / "data"


def default_article() -> Path:
    """The founding article: ``BORDERLANDS_ARTICLE``, else ``../shared/article/`` beside the repo.

    The article's text is not part of the repository; this only says where to look for it.
    """
    env = os.environ.get("BORDERLANDS_ARTICLE")
    if env:
        return Path(env)
    return REPO_DIR.parent / "shared" / "article" / ARTICLE_NAME


def default_db() -> Path:
    """Where ``borderlands build`` writes the SQLite file unless told otherwise."""
    env = os.environ.get("BORDERLANDS_DB")
    if env:
        return Path(env)
    return REPO_DIR / "build" / "borderlands.sqlite"
