"""Issue #16: the cost of checking grows linearly with the text, even when the whole text is
one paragraph on one line (no blank lines, no sentence windows given by layout)."""

from __future__ import annotations

import time

import pytest

from borderlands.figures import check_text


def long_paragraph(size: int) -> tuple[str, int]:
    """One line of about ``size`` characters, in our own words, and how many percentages it
    states. Each percentage is the share of two counts printed in its own sentence."""
    parts: list[str] = []
    total = shares = n = 0
    while total < size:
        part = 1_000 + (37 * n) % 9_000
        whole = 20_000 + (113 * n) % 50_000
        sentence = (
            f"The commission for district {n % 97} listed {part:,} settlers among {whole:,} "
            f"persons ({part / whole * 100:.1f} percent). Its clerks wrote the lists by hand "
            f"and sent them to the regional office twice a month. Later inspectors found "
            f"{whole + n % 7:,} names on the same rolls, and the office did not say why. "
        )
        parts.append(sentence)
        total += len(sentence)
        shares += 1
        n += 1
    return "".join(parts), shares


def test_a_one_megabyte_single_line_paragraph_is_checked_in_seconds() -> None:
    text, shares = long_paragraph(1_000_000)
    assert "\n" not in text
    started = time.process_time()
    report = check_text(text)
    elapsed = time.process_time() - started
    percent_checks = [c for c in report.checks if c.kind == "share"]
    assert len(percent_checks) == shares
    assert all(c.verdict == "consistent" and c.fit and c.fit.scope == 0 for c in percent_checks)
    # about 3 CPU seconds when linear; the search it replaces did not finish in 300 s
    assert elapsed < 30, elapsed


def test_cost_grows_linearly() -> None:
    small, _ = long_paragraph(20_000)
    large, _ = long_paragraph(200_000)
    timings = []
    for text in (small, large):
        started = time.process_time()
        check_text(text)
        timings.append(time.process_time() - started)
    assert timings[1] < 25 * timings[0], timings  # 10x the text: about 10x the time


def test_reading_in_sentence_runs_finds_what_one_pass_finds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from borderlands.figures import quantities

    text, _ = long_paragraph(40_000)
    monkeypatch.setattr(quantities, "CHUNK", 1_000)
    in_runs = quantities.extract_quantities(text)
    monkeypatch.setattr(quantities, "CHUNK", 10**9)
    whole = quantities.extract_quantities(text)
    assert len(whole) > 400
    assert in_runs == whole
