"""The line-keeping YAML reader: its fast path builds exactly what the full loader builds."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from borderlands.errors import InputError
from borderlands.kb.yamlfile import LineDict, _fast_load, _LineLoader, read_yaml

FIXTURES = Path(__file__).parent / "fixtures" / "kb" / "good"

TRICKY = """\
- id: ev-x
  plain_int: 1937
  quoted_int: "1937"
  octal_looking: 0755
  float: 7.5
  exp: 1e3
  yes_word: yes
  no_word: No
  on_word: on
  null_word: ~
  empty:
  date: 1937-08-21
  month: 1937-08
  flow: {page: 851, note: 237}
  list: [a, 'b', "c d", 12, 12.5, null]
  nested:
    - low: 9000
      high: 10000
  block: |
    two
    lines
  folded: >
    one
    line
  1: numeric key
  true: boolean key
"""


def same(a: Any, b: Any) -> None:
    assert type(a) is type(b), (a, b)
    if isinstance(a, LineDict):
        assert list(a) == list(b)
        assert (a.line, a.key_lines) == (b.line, b.key_lines)
        for key in a:
            same(a[key], b[key])
    elif isinstance(a, list):
        assert len(a) == len(b)
        for x, y in zip(a, b, strict=True):
            same(x, y)
    else:
        assert a == b


def test_fast_path_equals_the_full_loader_on_tricky_scalars() -> None:
    fast = _fast_load(TRICKY)
    same(fast, yaml.load(TRICKY, Loader=_LineLoader))
    record = fast[0]
    assert record["plain_int"] == 1937 and record["quoted_int"] == "1937"
    assert record["octal_looking"] == 493 and record["yes_word"] is True
    assert record["date"] == "1937-08-21" and record["null_word"] is None
    assert record["flow"].line == 14 and record.key_lines["folded"] == 22
    assert record["1"] == "numeric key" and record["True"] == "boolean key"


def test_fast_path_on_every_fixture_file() -> None:
    for path in sorted(FIXTURES.glob("*/*.yaml")):
        text = path.read_text(encoding="utf-8")
        same(_fast_load(text), yaml.load(text, Loader=_LineLoader))


def test_anchors_and_merges_fall_back_to_the_full_loader(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("- &base {unit: persons}\n- <<: *base\n  value: 3\n", encoding="utf-8")
    data = read_yaml(path)
    assert data[1] == {"unit": "persons", "value": 3} and data[1].line == 2


def test_duplicate_keys_and_broken_yaml_name_the_line(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("- id: x\n  name: a\n  name: b\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.yaml:3: broken YAML: duplicate key 'name'"):
        read_yaml(path)
    path.write_text("- id: x\n  name: [a\n- id: y\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"a.yaml:3: broken YAML"):
        read_yaml(path)
    path.write_bytes(b"- id: \xff\n")
    with pytest.raises(InputError, match="not UTF-8"):
        read_yaml(path)


scalars = st.one_of(
    st.integers(-(10**6), 10**6),
    st.floats(allow_nan=False, allow_infinity=False, width=32),
    st.booleans(),
    st.none(),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=12),
)
documents = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4),
        st.dictionaries(st.text("abcxyz_", min_size=1, max_size=6), inner, max_size=4),
    ),
    max_leaves=20,
)


@settings(max_examples=100, deadline=None)
@given(documents, st.booleans())
def test_fast_path_equals_the_full_loader_on_generated_documents(doc: Any, flow: bool) -> None:
    text = yaml.safe_dump(doc, default_flow_style=flow, allow_unicode=True)
    same(_fast_load(text), yaml.load(text, Loader=_LineLoader))


def test_a_control_character_is_one_line_naming_its_line(tmp_path: Path) -> None:
    """PyYAML's own message runs over two lines and counts characters (QA defect 7)."""
    path = tmp_path / "a.yaml"
    path.write_bytes(b"- id: grp-x\n  name: Kur\x00ds\n")
    with pytest.raises(InputError) as info:
        read_yaml(path)
    assert info.value.line() == (
        f"{path}:2: broken YAML: unacceptable character #x0000: control characters are not allowed"
    )
