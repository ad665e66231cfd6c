"""The ``borderlands`` command: a thin Typer layer over the Python API.

Each area registers its commands from its own module here (article, sources, figures, kb,
analysis, web), so the CLI holds no logic of its own. Bad input is reported as one line on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib
import sys
from typing import Any

import typer
from click.exceptions import ClickException

from borderlands import __version__
from borderlands.errors import InputError


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"borderlands {__version__}")
        raise typer.Exit()


def _root(
    ctx: typer.Context,
    version: bool = typer.Option(
        False, "--version", callback=_show_version, is_eager=True, help="Print the version."
    ),
) -> None:
    """Research tools for the history of ethnic deportation in the Eurasian borderlands,
    1912-1953."""
    if ctx.invoked_subcommand is None:
        typer.echo(ctx.get_help())
        raise typer.Exit()


AREAS = ("article", "sources", "figures", "kb", "analysis", "web", "corpus")

#: The area whose module registers each command. A run of one command imports and registers
#: only that area (``borderlands events`` need not import the web server's or the figures'
#: command modules); a test checks this table against what the areas really register.
COMMAND_AREAS: dict[str, str] = {
    "parse": "article",
    "cite": "sources",
    "archives": "sources",
    "figures": "figures",
    "validate": "kb",
    "build": "kb",
    "events": "kb",
    "show": "kb",
    "search": "kb",
    "export": "kb",
    "regime": "kb",
    "coverage": "kb",
    "report": "analysis",
    "analysis": "analysis",
    "index": "analysis",
    "serve": "web",
    "corpus": "corpus",
}


def build_app(areas: tuple[str, ...] = AREAS, only: str | None = None) -> typer.Typer:
    """The ``borderlands`` command with the commands of ``areas`` (an area whose module is
    not built yet registers nothing); with ``only``, just that one of them, so that Typer
    turns one function into a click command rather than all of the area's."""
    built = typer.Typer(
        name="borderlands",
        help="Research tools for the history of ethnic deportation in the Eurasian "
        "borderlands, 1912-1953.",
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    built.callback(invoke_without_command=True)(_root)
    for area in areas:
        importlib.import_module(f"borderlands.cli.{area}").register(built)
    if only is not None:
        built.registered_commands = [c for c in built.registered_commands if c.name == only]
    return built


def areas_for(args: list[str]) -> tuple[str, ...]:
    """The areas a command line needs: the one area of a named command, else all of them
    (for help, the version, or a name that is no command, so that the message is the same
    as with every command registered)."""
    area = COMMAND_AREAS.get(args[0]) if args else None
    return (area,) if area is not None else AREAS


def app_for(args: list[str]) -> typer.Typer:
    """The command for one command line: for a named command only that command, else all."""
    areas = areas_for(args)
    return build_app(areas, only=args[0] if areas != AREAS else None)


_full_app: typer.Typer | None = None


def __getattr__(name: str) -> Any:
    """``app``: every area's commands, built on first use (for tests and embedding)."""
    global _full_app
    if name != "app":
        raise AttributeError(f"module 'borderlands.cli' has no attribute {name!r}")
    if _full_app is None:
        _full_app = build_app()
    return _full_app


def fail(message: str, prefix: str = "borderlands: ") -> None:
    """Print one line on stderr and exit with status 2."""
    sys.stderr.write(f"{prefix}{message}\n")
    raise SystemExit(2)


def _usage_line(error: ClickException) -> str:
    """A usage error (unknown command, option or value) as one line: where, and what."""
    ctx = getattr(error, "ctx", None)
    where = ctx.command_path if ctx is not None else "borderlands"
    message = " ".join(error.format_message().split())
    return f"{where}: {message} (see --help)"


def main() -> None:
    try:
        status = app_for(sys.argv[1:])(standalone_mode=False)
    except InputError as exc:
        fail(exc.line())
    except typer.Abort:
        raise SystemExit(130) from None
    except ClickException as exc:
        fail(_usage_line(exc), prefix="")
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    raise SystemExit(status if isinstance(status, int) else 0)
