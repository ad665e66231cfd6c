"""Inputs that are not regular files, or too large, are one clear line, not a hang."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from borderlands.errors import InputError
from borderlands.inputs import read_input_bytes, same_file


def test_directory_fifo_and_device_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="directory"):
        read_input_bytes(tmp_path)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="FIFO"):
        read_input_bytes(fifo)
    with pytest.raises(InputError, match="device"):
        read_input_bytes("/dev/zero")
    with pytest.raises(InputError, match="no such file"):
        read_input_bytes(tmp_path / "absent.txt")


def test_size_limit(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"x" * 2000)
    assert read_input_bytes(big, limit=2000) == b"x" * 2000
    with pytest.raises(InputError, match="over the limit of 1,000 bytes"):
        read_input_bytes(big, limit=1000)


def test_same_file_through_a_link(tmp_path: Path) -> None:
    target = tmp_path / "a.txt"
    target.write_text("text", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    assert same_file(link, target)
    assert not same_file(tmp_path / "b.txt", target)
