"""Run every benchmark in bench/ and gather their results into docs/performance.md.

Each ``bench_<area>.py`` writes its own ``docs/bench/<area>.md``; this script runs them one
after another (so they do not compete for the two cores) and concatenates the results under
one heading, with the targets the issues set.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
RESULTS = ROOT / "docs" / "bench"
OUT = ROOT / "docs" / "performance.md"

TARGETS = {
    "article": "parse the article in under 50 ms; 100 copies in under 5 s (linear); bounded memory",
    "sources": "all notes of the article parsed in under 100 ms; 1,000 loose notes in under "
    "0.2 s; linear up to 50 MB",
    "figures": "the whole article checked in under 0.5 s; one long paragraph checked in "
    "linear time and bounded memory",
    "kb": "build and validate the KB in under 2 s; `borderlands events` in under 200 ms",
    "analysis": "`borderlands report` in under 10 s",
    "web": "p95 under 100 ms for every page type with 20 concurrent clients; uncached "
    "pages (distinct URLs) p95 under 150 ms at 50 concurrent visitors",
    "corpus": "10,000 articles of the founding article's size in under 10 minutes on 2 cores",
}


# extra options per benchmark: the article's instruction count (valgrind, when installed)
# is the one number here that does not move with the machine's load
OPTIONS = {"article": ["--instructions"]}


def main(argv: list[str]) -> int:
    areas = argv or list(TARGETS)
    for area in areas:
        script = BENCH / f"bench_{area}.py"
        if not script.is_file():
            print(f"no benchmark for {area}", file=sys.stderr)
            continue
        started = time.perf_counter()
        subprocess.run(
            [sys.executable, str(script), *OPTIONS.get(area, [])], cwd=ROOT, check=True
        )
        print(f"{area}: {time.perf_counter() - started:.1f} s", file=sys.stderr)
    parts = ["# Performance\n", "Measured on this project's machine (2 cores, 24 GiB). "
             "Each section is written by `python3 bench/bench_<area>.py`; "
             "`python3 bench/run_all.py` runs them all and rebuilds this page.\n"]
    parts.append("| area | target |\n| --- | --- |")
    parts.extend(f"| {area} | {target} |" for area, target in TARGETS.items())
    parts.append("")
    for area in TARGETS:
        result = RESULTS / f"{area}.md"
        if result.is_file():
            text = result.read_text(encoding="utf-8").strip()
            parts.append(text.replace("\n# ", "\n## ").replace("# ", "## ", 1) + "\n")
    OUT.write_text("\n".join(parts) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
