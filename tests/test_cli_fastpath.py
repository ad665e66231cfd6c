"""The one-area fast path of ``borderlands.cli.main``: its table of commands must match what
the areas really register, and a run of one command must not import the other areas."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import typer

from borderlands.cli import AREAS, COMMAND_AREAS, app_for, areas_for, build_app
from borderlands.kb import build


def command_names(app: typer.Typer) -> set[str]:
    """The app's commands and command groups (``corpus`` is a group of subcommands)."""
    commands = {info.name for info in app.registered_commands if info.name is not None}
    return commands | {info.name for info in app.registered_groups if info.name is not None}


def test_table_names_each_command_of_each_area() -> None:
    for area in AREAS:
        listed = {name for name, owner in COMMAND_AREAS.items() if owner == area}
        assert command_names(build_app((area,))) == listed, area


def test_full_app_has_every_command() -> None:
    assert command_names(build_app()) == set(COMMAND_AREAS)


def test_areas_for_a_command_help_version_and_unknown_name() -> None:
    assert areas_for(["events", "--format", "json"]) == ("kb",)
    assert areas_for(["serve"]) == ("web",)
    assert areas_for([]) == AREAS
    assert areas_for(["--help", "events"]) == AREAS
    assert areas_for(["--version"]) == AREAS
    assert areas_for(["deport"]) == AREAS


def test_a_named_command_alone_else_every_command() -> None:
    assert command_names(app_for(["events", "--group", "Poles"])) == {"events"}
    assert command_names(app_for(["cite", "-h"])) == {"cite"}
    assert command_names(app_for(["--help"])) == set(COMMAND_AREAS)
    assert command_names(app_for(["deport"])) == set(COMMAND_AREAS)


def test_events_imports_no_other_area_nor_pydantic_nor_rich(tmp_path: Path) -> None:
    db = tmp_path / "kb.sqlite"
    build(db)
    probe = (
        "import sys, runpy\n"
        f"sys.argv = ['borderlands', 'events', '--format', 'json', '--db', {str(db)!r}]\n"
        "try:\n"
        "    runpy.run_module('borderlands', run_name='__main__')\n"
        "except SystemExit:\n"
        "    pass\n"
        "names = sorted(m for m in sys.modules if m.startswith(('borderlands.cli.', 'pydantic',"
        " 'rich')))\n"
        "sys.stderr.write(' '.join(names))\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert json.loads(done.stdout), "events printed no event"
    loaded = set(done.stderr.split())
    assert loaded == {"borderlands.cli.common", "borderlands.cli.kb"}
