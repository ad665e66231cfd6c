from pathlib import Path

from borderlands.atomic import write_text_atomic
from borderlands.errors import InputError


def test_input_error_names_file_place_and_problem() -> None:
    err = InputError("not UTF-8 at byte 17", "a.txt", "line 3")
    assert str(err) == "a.txt:line 3: not UTF-8 at byte 17"


def test_atomic_write_leaves_target_untouched_on_failure(tmp_path: Path) -> None:
    target = tmp_path / "out.txt"
    target.write_text("old", encoding="utf-8")

    class Boom(Exception):
        pass

    try:
        from borderlands.atomic import atomic_path

        with atomic_path(target) as tmp:
            tmp.write_text("half", encoding="utf-8")
            raise Boom
    except Boom:
        pass
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]
    write_text_atomic(target, "new")
    assert target.read_text(encoding="utf-8") == "new"
