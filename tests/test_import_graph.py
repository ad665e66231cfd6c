"""The packages' dependencies are plain imports the import graph shows (issue #11): no
module probes for a sibling package with importlib, ``__import__`` or a try/except
ImportError, except the two deliberate lazy loaders."""

from __future__ import annotations

import ast
import functools
from collections import defaultdict
from pathlib import Path

import borderlands

PACKAGE = Path(borderlands.__file__).resolve().parent
LAZY_LOADERS = {"cli/__init__.py", "kb/__init__.py"}
DYNAMIC = {"import_module", "__import__", "find_spec"}
IMPORT_ERRORS = {"ImportError", "ModuleNotFoundError"}


@functools.cache
def modules() -> dict[str, ast.Module]:
    return {
        str(path.relative_to(PACKAGE)): ast.parse(path.read_text(encoding="utf-8"))
        for path in sorted(PACKAGE.rglob("*.py"))
    }


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Attribute):
        return node.attr
    return node.id if isinstance(node, ast.Name) else ""


def _ours(node: ast.AST) -> bool:
    """An import statement of a borderlands module (absolute or relative)."""
    if isinstance(node, ast.ImportFrom):
        return node.level > 0 or (node.module or "").split(".")[0] == "borderlands"
    if isinstance(node, ast.Import):
        return any(a.name.split(".")[0] == "borderlands" for a in node.names)
    return False


def probes(tree: ast.Module) -> list[str]:
    """Each dynamic import or guarded import of a borderlands module, as ``line: what``."""
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in DYNAMIC:
            first = node.args[0] if node.args else None
            literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
            if not literal or str(first.value).split(".")[0] == "borderlands":  # type: ignore[union-attr]
                found.append(f"{node.lineno}: {_name(node.func)}()")
        if isinstance(node, ast.Try):
            caught = {
                _name(n)
                for h in node.handlers
                if h.type is not None
                for n in (h.type.elts if isinstance(h.type, ast.Tuple) else [h.type])
            }
            guarded = [n for stmt in node.body for n in ast.walk(stmt) if _ours(n)]
            if caught & IMPORT_ERRORS and guarded:
                found.append(f"{node.lineno}: try/except ImportError around an import")
    return found


def test_no_module_probes_for_a_sibling_package() -> None:
    trees = modules()
    assert len(trees) > 100
    offenders = {
        path: found
        for path, tree in trees.items()
        if path not in LAZY_LOADERS and (found := probes(tree))
    }
    assert offenders == {}


def test_the_two_lazy_loaders_are_still_what_the_rule_excepts() -> None:
    trees = modules()
    for path in LAZY_LOADERS:
        assert probes(trees[path]), f"{path} no longer loads lazily; drop it from the list"


def package_graph() -> dict[str, set[str]]:
    """package -> the sibling packages its modules import (statically)."""
    graph: dict[str, set[str]] = defaultdict(set)
    for path, tree in modules().items():
        here = path.split("/")[0] if "/" in path else ""
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "borderlands" and len(parts) > 1 and parts[1] != here:
                    graph[here].add(parts[1])
    return graph


def test_the_import_graph_shows_the_real_dependencies() -> None:
    graph = package_graph()
    assert {"article", "sources", "figures"} <= graph["kb"]
    assert {"kb", "article", "sources", "figures"} <= graph["web"]
    assert "web" not in graph["kb"] and "cli" not in graph["kb"]  # the library never
    assert "cli" not in graph["web"]  # imports a shell
