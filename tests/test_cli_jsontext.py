"""The CLI's fast JSON writer must write exactly what ``json.dumps(..., indent=1)`` writes."""

from __future__ import annotations

import json
import math
from enum import StrEnum
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from borderlands.cli.jsontext import dumps_indented

scalars = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
)
values = st.recursive(
    scalars,
    lambda inner: st.lists(inner, max_size=4)
    | st.dictionaries(st.text(max_size=6), inner, max_size=4),
    max_leaves=30,
)


@given(values)
def test_same_text_as_the_standard_library(value: Any) -> None:
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)


def test_a_hand_typed_event_shape() -> None:
    event = {
        "id": "evt-x",
        "groups": ["Ingrian Finns"],
        "count": {"value": 1200, "approx": True, "low": None, "share": 0.5},
        "decrees": [],
        "fields": {},
        "place": "Łódź — «x»\n",
    }
    expected = (
        '{\n "id": "evt-x",\n "groups": [\n  "Ingrian Finns"\n ],\n'
        ' "count": {\n  "value": 1200,\n  "approx": true,\n  "low": null,\n  "share": 0.5\n },\n'
        ' "decrees": [],\n "fields": {},\n "place": "Łódź — «x»\\n"\n}'
    )
    assert dumps_indented(event) == expected


class Colour(StrEnum):
    red = "red"


def test_other_types_and_keys_are_left_to_the_standard_library() -> None:
    value = {"a": (1, 2), "b": Colour.red, 3: math.inf, None: -math.inf}
    assert dumps_indented(value) == json.dumps(value, ensure_ascii=False, indent=1)
    assert '"3": Infinity' in dumps_indented(value)
