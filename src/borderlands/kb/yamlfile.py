"""Read a YAML file keeping line numbers, so every problem can be reported as file:line.

PyYAML forgets where a value came from once it is constructed. This loader builds
``LineDict`` mappings that remember the line of the mapping and of each of its keys, and it
refuses duplicate keys (which PyYAML would silently resolve to the last one).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml
from yaml.constructor import ConstructorError
from yaml.nodes import MappingNode
from yaml.reader import ReaderError

from borderlands.errors import InputError

_Base: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LineDict(dict[str, Any]):
    """A mapping read from YAML, with the 1-based line of itself and of each key."""

    line: int
    key_lines: dict[str, int]

    def line_of(self, key: str | None) -> int:
        if key is None:
            return self.line
        return self.key_lines.get(key, self.line)


class _LineLoader(_Base):  # type: ignore[misc, valid-type]
    def construct_mapping(self, node: MappingNode, deep: bool = False) -> LineDict:
        if not isinstance(node, MappingNode):
            raise ConstructorError(None, None, "expected a mapping", node.start_mark)
        self.flatten_mapping(node)
        result = LineDict()
        result.line = node.start_mark.line + 1
        result.key_lines = {}
        for key_node, value_node in node.value:
            key = self.construct_object(key_node, deep=True)
            if not isinstance(key, str | int | float | bool) and key is not None:
                raise ConstructorError(
                    None, None, "a mapping key must be a plain scalar", key_node.start_mark
                )
            key = str(key)
            if key in result:
                raise ConstructorError(
                    None,
                    None,
                    f"duplicate key {key!r} (first on line {result.key_lines[key]})",
                    key_node.start_mark,
                )
            result[key] = self.construct_object(value_node, deep=deep)
            result.key_lines[key] = key_node.start_mark.line + 1
        return result


_LineLoader.add_constructor(
    "tag:yaml.org,2002:map",
    lambda loader, node: loader.construct_mapping(node, deep=True),
)


# Dates stay the strings they were written as: the schema checks them (with a file:line
# message) and keeps their precision, where PyYAML would raise on 1937-02-30.
_LineLoader.add_constructor(
    "tag:yaml.org,2002:timestamp",
    lambda loader, node: loader.construct_scalar(node),
)


class _Fallback(Exception):
    """The fast reader met something it leaves to the full loader (tags, anchors, merges)."""


class _DuplicateKey(Exception):
    def __init__(self, key: str, line: int, first: int) -> None:
        super().__init__(key)
        self.key, self.line, self.first = key, line, first


_constructor = yaml.SafeLoader("")
_RESOLVERS = _LineLoader.yaml_implicit_resolvers
_STR = "tag:yaml.org,2002:str"


def _resolve_plain(value: str, cache: dict[str, Any]) -> Any:
    """A plain scalar as the safe loader would construct it (timestamps stay strings)."""
    if value in cache:
        return cache[value]
    tag = _STR
    for candidate, regexp in _RESOLVERS.get(value[:1] if value else "", []):
        if regexp.match(value):
            tag = candidate
            break
    if tag in (_STR, "tag:yaml.org,2002:timestamp"):
        result: Any = value
    elif tag in ("tag:yaml.org,2002:merge", "tag:yaml.org,2002:value"):
        raise _Fallback
    else:
        result = _constructor.construct_object(yaml.ScalarNode(tag, value), deep=True)
    cache[value] = result
    return result


def _fast_load(text: str) -> Any:
    """Build the same objects as ``_LineLoader`` straight from libyaml's event stream.

    The generic constructor spends most of its time on node objects and per-scalar regex
    resolution; this walks the events once and caches resolved plain scalars. Anything
    unusual (explicit tags, anchors and aliases, merge keys, several documents, non-scalar
    keys) raises _Fallback and the full loader takes over.
    """
    cache: dict[str, Any] = {}
    stack: list[list[Any]] = []  # [container, pending key, pending key's line]
    root: list[Any] = []
    documents = 0
    no_key = _NO_KEY

    def add(value: Any, line: int) -> None:
        if not stack:
            root.append(value)
            return
        top = stack[-1]
        container = top[0]
        if isinstance(container, list):
            container.append(value)
        elif top[1] is no_key:
            if isinstance(value, dict | list):
                raise _Fallback
            key = str(value)
            if key in container:
                raise _DuplicateKey(key, line, container.key_lines[key])
            top[1], top[2] = key, line
        else:
            container[top[1]] = value
            container.key_lines[top[1]] = top[2]
            top[1] = no_key

    for event in yaml.parse(text, Loader=_Base):
        kind = type(event)
        if kind is yaml.ScalarEvent:
            if event.anchor is not None or event.tag not in (None, "!"):
                raise _Fallback
            value = _resolve_plain(event.value, cache) if event.implicit[0] else event.value
            add(value, event.start_mark.line + 1)
        elif kind is yaml.MappingStartEvent:
            if event.anchor is not None or event.tag not in (None, "!"):
                raise _Fallback
            mapping = LineDict()
            mapping.line = event.start_mark.line + 1
            mapping.key_lines = {}
            add(mapping, mapping.line)
            stack.append([mapping, no_key, 0])
        elif kind is yaml.SequenceStartEvent:
            if event.anchor is not None or event.tag not in (None, "!"):
                raise _Fallback
            sequence: list[Any] = []
            add(sequence, event.start_mark.line + 1)
            stack.append([sequence, no_key, 0])
        elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
            stack.pop()
        elif kind is yaml.DocumentStartEvent:
            documents += 1
            if documents > 1:
                raise _Fallback
        elif kind is yaml.AliasEvent:
            raise _Fallback
    return root[0] if root else None


_NO_KEY = object()


def read_yaml(path: Path) -> Any:
    """Parse one YAML file; broken YAML raises InputError naming the file and line. An empty
    or whitespace-only file reads as None."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"not UTF-8 at byte {exc.start}", path) from None
    except OSError as exc:
        raise InputError(f"cannot read: {exc.strerror}", path) from None
    if not text.strip():
        return None  # blank (even a tab, which YAML would refuse): no document at all
    try:
        try:
            return _fast_load(text)
        except _Fallback:
            return yaml.load(text, Loader=_LineLoader)  # a SafeLoader subclass
    except _DuplicateKey as exc:
        raise InputError(
            f"broken YAML: duplicate key {exc.key!r} (first on line {exc.first})",
            path,
            str(exc.line),
        ) from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = f"{mark.line + 1}" if mark is not None else None
        problem = (exc.problem or exc.context or "invalid YAML").splitlines()[0]
        raise InputError(f"broken YAML: {problem}", path, line) from None
    except ReaderError as exc:
        # PyYAML's message runs over two lines and counts characters; name the line instead
        line = str(text.count("\n", 0, exc.position) + 1)
        what = f"unacceptable character #x{exc.character:04x}: {exc.reason}"
        raise InputError(f"broken YAML: {what}", path, line) from None
    except yaml.YAMLError as exc:
        first_line = (str(exc).strip().splitlines() or ["invalid YAML"])[0]
        raise InputError(f"broken YAML: {first_line}", path) from None
