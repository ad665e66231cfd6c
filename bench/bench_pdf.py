"""Benchmark of the PDF reader (not a test): the journal volume and a 30-page slice of it,
read whole (lines, layout, articles); peak memory of a process that reads the volume; and
the two PDF libraries compared on the same volume (time to get each page's text, and what
the reader finds in that text).

Run ``python3 bench/bench_pdf.py`` (``--no-plumber`` skips pdfplumber, which takes a minute
or more). Needs the volume in ../shared/corpus. Writes docs/bench/pdf.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pymupdf

from borderlands.article.reader import read_document
from borderlands.atomic import write_text_atomic
from borderlands.paths import REPO_DIR

ROOT = Path(__file__).resolve().parent.parent
REPORT = ROOT / "docs" / "bench" / "pdf.md"
VOLUME = REPO_DIR.parent / "shared" / "corpus" / "studies-russian-thought-2025-vol2-excerpt.pdf"
SLICE = (35, 65)  # 0-based PDF pages [35, 65): 30 pages


def best_of(runs: int, action) -> tuple[float, float, float]:  # type: ignore[no-untyped-def]
    """Best and median wall time, and best CPU time (the machine is shared: CPU time does
    not count the time other processes hold the cores)."""
    times: list[float] = []
    cpu: list[float] = []
    for _ in range(runs):
        start, start_cpu = time.perf_counter(), time.process_time()
        action()
        times.append(time.perf_counter() - start)
        cpu.append(time.process_time() - start_cpu)
    return min(times), statistics.median(times), min(cpu)


def peak_rss_mib(path: Path) -> float:
    """Peak resident memory of a fresh process that reads ``path`` (MiB)."""
    code = (
        "import resource, sys\n"
        "from borderlands.article.reader import read_document\n"
        "read_document(sys.argv[1])\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, check=True
    )
    return int(out.stdout.split()[-1]) / 1024


def summary(articles) -> str:  # type: ignore[no-untyped-def]
    notes = sum(len(a.notes) for a in articles)
    pages = sum(len(a.pages) for a in articles)
    return f"{len(articles)} articles, {pages} pages, {notes} notes"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--no-plumber", action="store_true")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not VOLUME.is_file():
        sys.exit(f"bench_pdf: the volume is not at {VOLUME}")
    with tempfile.TemporaryDirectory() as folder:
        part = Path(folder) / "slice.pdf"
        doc = pymupdf.open(str(VOLUME))
        doc.select(list(range(*SLICE)))
        doc.save(str(part))
        volume_best, volume_median, volume_cpu = best_of(args.runs, lambda: read_document(VOLUME))
        slice_best, slice_median, slice_cpu = best_of(args.runs, lambda: read_document(part))
        load = os.getloadavg()[0]
        volume_rss = peak_rss_mib(VOLUME)
        baseline = peak_rss_mib(part)
        lines = [
            "# PDF reader benchmark",
            "",
            f"Machine: {platform.machine()}, {os.cpu_count()} cores (shared), Python "
            f"{platform.python_version()}, PyMuPDF {pymupdf.VersionBind}. Written by "
            "`bench/bench_pdf.py`; times are wall clock, best and median of "
            f"{args.runs} runs in one process, and the best CPU time (load average "
            f"{load:.1f} on {os.cpu_count()} cores when run).",
            "",
            "| input | result | wall best | wall median | CPU best | target |",
            "| --- | --- | --- | --- | --- | --- |",
            f"| journal volume, 142 pages | {summary(read_document(VOLUME))} | "
            f"{volume_best:.2f} s | {volume_median:.2f} s | {volume_cpu:.2f} s | < 3 s |",
            f"| 30-page slice (PDF pages {SLICE[0] + 1}–{SLICE[1]}) | "
            f"{summary(read_document(part))} | {slice_best:.2f} s | {slice_median:.2f} s | "
            f"{slice_cpu:.2f} s | < 0.5 s |",
            "",
            f"Peak resident memory of a process reading the volume: **{volume_rss:.0f} MiB** "
            f"(target < 400 MiB); reading the 30-page slice: {baseline:.0f} MiB.",
            "",
        ]
        lines += article_table(Path(folder))
        lines += compare_libraries(Path(folder), not args.no_plumber)
    write_text_atomic(REPORT, "\n".join(lines) + "\n")
    print("\n".join(lines))


def extraction_texts(folder: Path) -> dict[str, Path]:
    """The common text extractions of the volume, written to ``folder``."""
    out: dict[str, Path] = {}
    doc = pymupdf.open(str(VOLUME))
    path = folder / "pymupdf.txt"
    path.write_text("".join(page.get_text() + "\f" for page in doc), encoding="utf-8")
    out["PyMuPDF text"] = path
    for name, flags in (("pdftotext", []), ("pdftotext -layout", ["-layout"])):
        path = folder / f"{name.replace(' ', '')}.txt"
        subprocess.run(["pdftotext", *flags, str(VOLUME), str(path)], check=True)
        out[name] = path
    return out


def article_table(folder: Path) -> list[str]:
    """Per article and path: printed pages found, footnotes (numbered 1..N without a gap?),
    markers found, and the authors read."""
    paths: dict[str, Path] = {"PDF": VOLUME, **extraction_texts(folder)}
    read = {name: read_document(path) for name, path in paths.items()}
    rows = [
        "## Every article, every path",
        "",
        "Each cell: printed pages found, footnotes found (✓ when numbered 1..N with no gap), "
        "markers found in the body.",
        "",
        "| article | " + " | ".join(read) + " |",
        "| --- |" + " --- |" * len(read),
    ]
    first = read["PDF"]
    for k, article in enumerate(first):
        authors = ", ".join(str(a) for a in article.source.get("authors", []))  # type: ignore[union-attr]
        cells = []
        for articles in read.values():
            if k >= len(articles):
                cells.append("—")
                continue
            a = articles[k]
            numbers = [p.number for p in a.pages]
            notes = [n.n for n in a.notes]
            whole = "✓" if notes == list(range(1, len(notes) + 1)) else "gap"
            cells.append(
                f"pp. {numbers[0]}–{numbers[-1]} ({len(numbers)}), {len(notes)} notes {whole}, "
                f"{len(a.markers)} markers"
            )
        rows.append(f"| {k + 1}. {authors} | " + " | ".join(cells) + " |")
    return [*rows, ""]


def compare_libraries(folder: Path, plumber: bool) -> list[str]:
    """Each library's page texts (joined by form feeds) and what the reader finds in them."""
    rows = ["## PyMuPDF and pdfplumber on the volume", ""]
    rows += ["| library | text of all pages | what the reader finds in it |", "| --- | --- | --- |"]
    start = time.perf_counter()
    doc = pymupdf.open(str(VOLUME))
    text = "".join(page.get_text() + "\f" for page in doc)
    took = time.perf_counter() - start
    path = folder / "pymupdf.txt"
    path.write_text(text, encoding="utf-8")
    rows.append(f"| PyMuPDF `get_text` | {took:.2f} s | {summary(read_document(path))} |")
    if plumber:
        import pdfplumber

        start = time.perf_counter()
        with pdfplumber.open(str(VOLUME)) as pdf:
            text = "\f".join((page.extract_text() or "") for page in pdf.pages) + "\f"
        took = time.perf_counter() - start
        path = folder / "pdfplumber.txt"
        path.write_text(text, encoding="utf-8")
        rows.append(
            f"| pdfplumber `extract_text` | {took:.2f} s | {summary(read_document(path))} |"
        )
    usage = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rows += ["", f"(This benchmark process peaked at {usage:.0f} MiB.)"]
    return rows


if __name__ == "__main__":
    main()
