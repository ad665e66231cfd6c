"""Issue #16: ``figures`` on one long single-line paragraph, 1, 10 and 50 MB: time and peak
memory, each size in a fresh process. Writes docs/bench/figures_scale.md (which
bench_figures.py carries into docs/bench/figures.md, and so run_all.py into
docs/performance.md) and its rows into docs/performance.md between the markers below.

Run: python3 bench/bench_figures_scale.py [sizes in MB, default 1 10 50]
"""

from __future__ import annotations

import platform
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOC = ROOT / "docs" / "performance.md"
RESULT = ROOT / "docs" / "bench" / "figures_scale.md"
BEGIN = "<!-- bench_figures_scale: begin -->"
END = "<!-- bench_figures_scale: end -->"

CHILD = """
import sys, time
sys.path[:0] = [{tests!r}, {src!r}]
from test_figures_scale import long_paragraph
from borderlands.figures import check_text
text, _ = long_paragraph({size})
started = time.process_time()
report = check_text(text)
print(len(text), len(report.quantities), len(report.checks), time.process_time() - started)
"""


def run(size_mb: float) -> tuple[int, int, int, float, float]:
    code = CHILD.format(tests=str(ROOT / "tests"), src=str(ROOT / "src"), size=int(size_mb * 1e6))
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    out = subprocess.run(
        [sys.executable, "-c", code], check=True, capture_output=True, text=True
    ).stdout.split()
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    chars, quantities, checks, seconds = int(out[0]), int(out[1]), int(out[2]), float(out[3])
    return chars, quantities, checks, seconds, max(peak, before) / 1024


def main() -> None:
    sizes = [float(a) for a in sys.argv[1:]] or [1.0, 10.0, 50.0]
    rows = [
        "## figures on one long paragraph (bench/bench_figures_scale.py)",
        "",
        f"One single-line paragraph of generated prose (tests/test_figures_scale.py), "
        f"checked by `check_text` in a fresh process; CPU seconds of the check, peak resident "
        f"memory of the process (text generation included). {platform.platform()}, "
        f"Python {platform.python_version()}.",
        "",
        "| text | quantities | checks | CPU s | peak MiB |",
        "|---|---|---|---|---|",
    ]
    for size in sizes:
        chars, quantities, checks, seconds, peak = run(size)
        rows.append(
            f"| {chars / 1e6:.0f} MB | {quantities:,} | {checks:,} | {seconds:.1f} | {peak:,.0f} |"
        )
        print(rows[-1], flush=True)
    RESULT.write_text("\n".join(rows) + "\n", encoding="utf-8")
    block = "\n".join([BEGIN, *rows, END])
    doc = DOC.read_text(encoding="utf-8")
    if BEGIN in doc:
        doc = doc[: doc.index(BEGIN)] + block + doc[doc.index(END) + len(END) :]
    else:
        doc = doc.rstrip("\n") + "\n\n" + block + "\n"
    DOC.write_text(doc, encoding="utf-8")


if __name__ == "__main__":
    main()
