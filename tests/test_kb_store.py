"""Which database answers for which data folder, and that a named data folder is never
answered from a database built from other data (QA defect 3)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from borderlands.cli import app
from borderlands.errors import InputError
from borderlands.kb.store import (
    db_for,
    ensure_db,
    private_db,
    recorded_data_dir,
    recorded_fingerprint,
)
from borderlands.paths import data_dir, default_db

GOOD = Path(__file__).parent / "fixtures" / "kb" / "good"
runner = CliRunner()


@pytest.fixture()
def homes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A private cache folder and a private "shared" database, so no test touches build/."""
    cache, shared = tmp_path / "cache", tmp_path / "shared" / "borderlands.sqlite"
    monkeypatch.setenv("XDG_CACHE_HOME", str(cache))
    monkeypatch.setenv("BORDERLANDS_DB", str(shared))
    monkeypatch.delenv("BORDERLANDS_DATA", raising=False)
    return {"cache": cache, "shared": shared}


def copy_of_good(tmp_path: Path, name: str = "data") -> Path:
    folder = tmp_path / name
    shutil.copytree(GOOD, folder)
    return folder


def break_a_reference(folder: Path) -> Path:
    path = folder / "events" / "core.yaml"
    text = path.read_text(encoding="utf-8")
    assert "[pl-kazakhstan]" in text
    path.write_text(text.replace("[pl-kazakhstan]", "[pl-atlantis]"), encoding="utf-8")
    return path


def test_the_default_data_has_the_shared_database(homes: dict[str, Path]) -> None:
    assert db_for(None) == homes["shared"] == default_db()
    assert db_for(data_dir()) == homes["shared"]
    assert db_for(data_dir() / "events" / "..") == homes["shared"]


def test_another_folder_has_its_own_database_in_the_cache(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    one, two = copy_of_good(tmp_path, "one"), copy_of_good(tmp_path, "two")
    assert db_for(one) == private_db(one)
    assert private_db(one).parent == homes["cache"] / "borderlands"
    assert private_db(one) != private_db(two)
    assert private_db(tmp_path / "two" / ".." / "one") == private_db(one)


def test_querying_a_copy_of_the_data_leaves_the_shared_database_alone(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    copy = copy_of_good(tmp_path)
    assert ensure_db(None, copy, keep_last_good=False) == private_db(copy)
    assert recorded_fingerprint(private_db(copy)) is not None
    assert not homes["shared"].exists()


def test_a_broken_copy_is_refused_though_it_was_built_before(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    copy = copy_of_good(tmp_path)
    ensure_db(None, copy, keep_last_good=False)
    broken = break_a_reference(copy)
    with pytest.raises(InputError) as info:
        ensure_db(None, copy, keep_last_good=False)
    assert info.value.source == str(broken) and "pl-atlantis" in info.value.what


def test_events_with_data_but_no_db(homes: dict[str, Path], tmp_path: Path) -> None:
    copy = copy_of_good(tmp_path)
    result = runner.invoke(app, ["events", "--data", str(copy), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"ev-korean-removal-1937"' in result.stdout
    assert not homes["shared"].exists()
    assert private_db(copy).is_file()


def test_events_with_a_broken_data_copy_and_an_older_db(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    older = tmp_path / "older.sqlite"
    ensure_db(older, GOOD)
    copy = copy_of_good(tmp_path)
    broken = break_a_reference(copy)
    for db in (["--db", str(older)], []):
        result = runner.invoke(app, ["events", "--data", str(copy), *db])
        assert isinstance(result.exception, InputError), (db, result.output)
        assert result.exception.source == str(broken)
        assert result.stdout == ""


def test_the_default_data_being_edited_keeps_its_last_good_build(
    homes: dict[str, Path],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    """Without --data the data/ a curator is editing may be broken for a minute: the last
    good build answers, with a warning (the one place this is allowed)."""
    copy = copy_of_good(tmp_path)
    monkeypatch.setenv("BORDERLANDS_DATA", str(copy))
    assert ensure_db() == private_db(copy)  # a folder named by the environment: its own
    break_a_reference(copy)
    result = runner.invoke(app, ["events", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"ev-korean-removal-1937"' in result.stdout
    assert "data changed but does not build" in caplog.text


def test_broken_environment_data_never_answers_from_the_shared_database(
    homes: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """BORDERLANDS_DATA naming a folder that does not build is an error, even when the shared
    database (built from other data) is fresh (issue #16)."""
    shared = ensure_db(homes["shared"], GOOD)  # the shared database exists and is fresh
    copy = copy_of_good(tmp_path)
    broken = break_a_reference(copy)
    monkeypatch.setenv("BORDERLANDS_DATA", str(copy))
    result = runner.invoke(app, ["events", "--format", "json"])
    assert isinstance(result.exception, InputError), result.output
    assert result.exception.source == str(broken)
    assert result.stdout == ""
    assert recorded_data_dir(shared) == str(GOOD.resolve())


def test_a_valid_environment_copy_leaves_the_shared_database_alone(
    homes: dict[str, Path], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ensure_db(homes["shared"], GOOD)
    before = homes["shared"].stat().st_mtime_ns, recorded_fingerprint(homes["shared"])
    copy = copy_of_good(tmp_path)
    monkeypatch.setenv("BORDERLANDS_DATA", str(copy))
    result = runner.invoke(app, ["events", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"ev-korean-removal-1937"' in result.stdout
    assert (homes["shared"].stat().st_mtime_ns, recorded_fingerprint(homes["shared"])) == before
    assert recorded_data_dir(private_db(copy)) == str(copy.resolve())


def test_a_database_of_other_data_is_rebuilt_not_answered_from(
    homes: dict[str, Path], tmp_path: Path
) -> None:
    """Two folders with identical files have equal fingerprints; the recorded folder tells
    their databases apart."""
    one, two = copy_of_good(tmp_path, "one"), copy_of_good(tmp_path, "two")
    target = tmp_path / "kb.sqlite"
    ensure_db(target, one)
    assert recorded_data_dir(target) == str(one.resolve())
    ensure_db(target, two)
    assert recorded_data_dir(target) == str(two.resolve())


def test_one_registry_of_record_types_agrees_with_the_schema_and_loader() -> None:
    from borderlands.kb.knowledge import KB
    from borderlands.kb.loading import SINGULAR
    from borderlands.kb.recordtypes import ID_PREFIX, RECORD_TYPES
    from borderlands.kb.schema import MODEL_OF

    assert RECORD_TYPES == tuple(MODEL_OF) == KB.TYPES
    assert set(ID_PREFIX) == set(RECORD_TYPES)
    assert set(RECORD_TYPES) < set(SINGULAR)
