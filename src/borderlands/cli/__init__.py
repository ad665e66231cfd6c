"""The ``borderlands`` command: a thin Typer layer over the Python API.

Each area registers its commands from its own module here (article, sources, figures, kb,
analysis, web), so the CLI holds no logic of its own. Bad input is reported as one line on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer
from typer.exceptions import TyperException

from borderlands import __version__
from borderlands.errors import InputError

app = typer.Typer(
    name="borderlands",
    help="Research tools for the history of ethnic deportation in the Eurasian borderlands, "
    "1912-1953.",
    add_completion=False,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _show_version(value: bool) -> None:
    if value:
        typer.echo(f"borderlands {__version__}")
        raise typer.Exit()


@app.callback(invoke_without_command=True)
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

AREAS = ("article", "sources", "figures", "kb", "analysis", "web")

for _area in AREAS:
    try:
        _module = importlib.import_module(f"borderlands.cli.{_area}")
    except ModuleNotFoundError as exc:  # an area not built yet registers nothing
        if exc.name != f"borderlands.cli.{_area}":
            raise
        continue
    _module.register(app)


def fail(message: str, prefix: str = "borderlands: ") -> None:
    """Print one line on stderr and exit with status 2."""
    sys.stderr.write(f"{prefix}{message}\n")
    raise SystemExit(2)


def _usage_line(error: TyperException) -> str:
    """A usage error (unknown command, option or value) as one line: where, and what."""
    ctx = getattr(error, "ctx", None)
    where = ctx.command_path if ctx is not None else "borderlands"
    message = " ".join(error.format_message().split())
    return f"{where}: {message} (see --help)"


def main() -> None:
    try:
        status = app(standalone_mode=False)
    except InputError as exc:
        fail(exc.line())
    except typer.Abort:
        raise SystemExit(130) from None
    except TyperException as exc:
        fail(_usage_line(exc), prefix="")
    except KeyboardInterrupt:
        raise SystemExit(130) from None
    raise SystemExit(status if isinstance(status, int) else 0)
