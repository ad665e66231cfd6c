"""The ``borderlands`` command: a thin Typer layer over the Python API.

Each area registers its commands from its own module here (article, sources, figures, kb,
analysis, web), so the CLI holds no logic of its own. Bad input is reported as one line on
stderr with exit status 2, never a traceback.
"""

from __future__ import annotations

import importlib
import sys

import typer

from borderlands.errors import InputError

app = typer.Typer(
    name="borderlands",
    help="Research tools for the history of ethnic deportation in the Eurasian borderlands, "
    "1912-1953.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

AREAS = ("article", "sources", "figures", "kb", "analysis", "web")

for _area in AREAS:
    try:
        _module = importlib.import_module(f"borderlands.cli.{_area}")
    except ModuleNotFoundError as exc:  # an area not built yet registers nothing
        if exc.name != f"borderlands.cli.{_area}":
            raise
        continue
    _module.register(app)


def fail(message: str) -> None:
    """Print one line on stderr and exit with status 2."""
    sys.stderr.write(f"borderlands: {message}\n")
    raise SystemExit(2)


def main() -> None:
    try:
        app()
    except InputError as exc:
        fail(exc.line())
    except BrokenPipeError:
        sys.stderr.close()
        raise SystemExit(0) from None
    except KeyboardInterrupt:
        raise SystemExit(130) from None
