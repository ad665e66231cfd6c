"""JSON text exactly as ``json.dumps(value, ensure_ascii=False, indent=1)`` writes it, about
three times as fast for the CLI's outputs.

With ``indent`` set, the standard library encodes in pure Python, one generator step per
value; here each string is escaped by the C function the standard library itself uses, and
the pieces are appended to one list. Anything other than dicts with string keys, lists,
tuples, strings, ints, floats, booleans and None falls back to ``json.dumps``.
"""

from __future__ import annotations

import json
from json.encoder import encode_basestring
from typing import Any


class _Unsupported(Exception):
    """A value this writer leaves to ``json.dumps``."""


def _float_text(value: float) -> str:
    if value != value:
        return "NaN"
    if value == float("inf"):
        return "Infinity"
    if value == -float("inf"):
        return "-Infinity"
    return float.__repr__(value)


def _write(value: Any, indent: str, out: list[str]) -> None:
    kind = type(value)
    if kind is str:
        out.append(encode_basestring(value))
    elif value is None:
        out.append("null")
    elif value is True:
        out.append("true")
    elif value is False:
        out.append("false")
    elif kind is int:
        out.append(int.__repr__(value))
    elif kind is float:
        out.append(_float_text(value))
    elif kind is dict:
        if not value:
            out.append("{}")
            return
        inner = indent + " "
        opening = "{\n" + inner
        between = ",\n" + inner
        for key, item in value.items():
            if type(key) is not str:
                raise _Unsupported
            out.append(opening)
            opening = between
            out.append(encode_basestring(key))
            out.append(": ")
            _write(item, inner, out)
        out.append("\n" + indent + "}")
    elif kind is list or kind is tuple:
        if not value:
            out.append("[]")
            return
        inner = indent + " "
        opening = "[\n" + inner
        between = ",\n" + inner
        for item in value:
            out.append(opening)
            opening = between
            _write(item, inner, out)
        out.append("\n" + indent + "]")
    else:
        raise _Unsupported


def dumps_indented(value: Any) -> str:
    """``json.dumps(value, ensure_ascii=False, indent=1)``, the same text, faster."""
    out: list[str] = []
    try:
        _write(value, "", out)
    except (_Unsupported, RecursionError):  # json.dumps says what is wrong (a cycle: ValueError)
        return json.dumps(value, ensure_ascii=False, indent=1)
    return "".join(out)
