"""The corpus on the real texts: the founding article and the shared CC BY journal volume
(../shared), skipped when they are absent. Facts only (counts, pages, one archival file)."""

from __future__ import annotations

from pathlib import Path

import pytest

from borderlands.corpus import build_corpus, connect, queries
from borderlands.paths import REPO_DIR

VOLUME = REPO_DIR.parent / "shared" / "corpus" / "studies-russian-thought-2025-vol2-excerpt.pdf"


def test_founding_article_and_shared_volume(article_path: Path, tmp_path: Path) -> None:
    if not VOLUME.is_file():
        pytest.skip(f"the shared volume is not at {VOLUME}")
    folder = tmp_path / "library"
    folder.mkdir()
    (folder / "article.txt").symlink_to(article_path)
    (folder / "volume.pdf").symlink_to(VOLUME)
    db = tmp_path / "corpus.sqlite"
    summary = build_corpus([folder], db, workers=0)
    assert (summary.found, summary.processed, summary.errors) == (2, 2, 0)
    connection = connect(db)
    rows = dict(_by_file(queries.articles(connection)))
    martin = rows["article.txt"]
    assert martin["title"] == "The Origins of Soviet Ethnic Cleansing"
    assert martin["authors"] == ["Terry Martin"]
    assert (martin["first_page"], martin["last_page"], martin["n_pages"]) == (813, 861, 49)
    assert martin["n_notes"] == 220
    assert martin["n_inconsistent"] == 2  # 52.4 percent (p. 834), 49.3 percent (p. 855)
    # the volume splits into its eight articles, each with a title and its own notes
    volume = [r for name, r in _by_file(queries.articles(connection)) if name == "volume.pdf"]
    assert len(volume) == 8
    assert all(r["title"] and r["n_notes"] > 0 for r in volume)
    assert sum(r["n_notes"] for r in volume) == 688
    garf = {r["label"]: r for r in queries.archival_index(connection, "GARF", "5446")}
    assert "GARF f. 5446, op. 20a, d. 493" in garf
    file = queries.archival_file(connection, garf["GARF f. 5446, op. 20a, d. 493"]["id"])
    assert 8 in {c["note"] for c in file["citations"]}


def _by_file(rows: list[dict[str, object]]) -> list[tuple[str, dict[str, object]]]:
    return [(Path(str(r["path"])).name, r) for r in rows]
