"""Benchmark of ``borderlands corpus build`` on 1,000 varied synthetic articles.

Run: python3 bench/bench_corpus.py [--articles N]   (writes docs/bench/corpus.md)

The articles are written here from templates in our own words, each one different: names,
places, years, numbers, archival notes (archives of the registry, fonds, opisi and dela drawn
from a shared pool so that files are cited across articles), published works (a shared pool
of invented books, cited in full, by short form and by ibid), and figures whose stated share
is sometimes right and sometimes off. They are laid out as the reader expects an extracted
article (title, byline, pages with running heads, notes at the foot of each page).

Measured, with a local Dask cluster of 1 and then 2 worker processes started by this script
(the build itself runs as ``borderlands corpus build --scheduler ADDRESS`` in a child process,
so that the writer's memory is its own):
- articles per second, wall clock, from the build's start to its end (cluster start-up
  excluded, reported apart; workers have imported the package before the clock starts);
- peak resident memory of each worker and of the database writer;
- the database's size;
- the cost of one article of the founding article's size (read, cite, check, in one
  process), to extrapolate to 10,000 and 1,000,000 such articles.

The machine is shared with other engineers' jobs while this runs: wall-clock numbers move
with their load, so the report gives the load average and CPU seconds beside them.
"""

from __future__ import annotations

import argparse
import logging
import os
import platform
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO / "src"))

from borderlands.atomic import write_text_atomic  # noqa: E402
from borderlands.corpus.build import (  # noqa: E402
    BATCH_BYTES,
    BATCH_FILES,
    IN_FLIGHT_PER_WORKER,
    QUIET_DASK,
)
from borderlands.paths import default_article  # noqa: E402

OUT = REPO / "docs" / "bench" / "corpus.md"

FIRST = (
    "Anna",
    "Boris",
    "Clara",
    "Dmitri",
    "Elsa",
    "Feliks",
    "Greta",
    "Hugo",
    "Irina",
    "Jonas",
    "Katya",
    "Lev",
    "Marta",
    "Nils",
    "Olga",
    "Pavel",
    "Rosa",
    "Stefan",
    "Tamara",
    "Viktor",
)
LAST = (
    "Aberg",
    "Brandt",
    "Castell",
    "Dorn",
    "Ekholm",
    "Falk",
    "Gorin",
    "Halvorsen",
    "Ilves",
    "Jansen",
    "Kallas",
    "Lind",
    "Moravec",
    "Novak",
    "Ostrov",
    "Petrova",
    "Quist",
    "Rudnev",
    "Sand",
    "Tamm",
    "Udris",
    "Varga",
    "Wolff",
    "Zorin",
)
PLACES = (
    "the lower valley",
    "the river district",
    "the northern okrug",
    "the border zone",
    "the steppe region",
    "the coastal strip",
    "the mountain district",
    "the old frontier",
)
PEOPLE = ("Finns", "Poles", "Germans", "Koreans", "Latvians", "Greeks", "Kurds", "Estonians")
THINGS = ("settlers", "households", "families", "persons", "workers", "peasants")
ARCHIVES = ("GARF", "RTsKhIDNI", "TsKhSD", "TsDAHOU", "RGAE", "RGVA")
WORDS = ("ledger", "register", "report", "survey", "petition", "census", "memorandum", "list")
TITLE_A = ("Borders", "Ledgers", "Settlers", "Frontiers", "Harbors", "Villages", "Registers")
TITLE_B = ("of the North", "on the Steppe", "and the State", "in the Valley", "at the Border")

#: A pool of invented books, so that articles cite the same works.
WORKS = tuple(
    (FIRST[i % len(FIRST)], LAST[(7 * i) % len(LAST)], f"{TITLE_A[i % 7]} {TITLE_B[i % 5]}",
     1950 + (13 * i) % 50)
    for i in range(80)
)  # fmt: skip

SENTENCES = (
    "The {word} of {year} was kept in {place}, and its pages record the arrival of {things} "
    "from several villages at once",
    "Officials in {place} wrote to the center about the {people} more than once, "
    "and the replies they received were short and often late",
    "A second {word} survives in two copies, which do not always agree on the names",
    "In {year} the district counted {n1:,} {things}, and in {year2} it counted {n2:,} {things}",
    "Most of the {things} had come from beyond the ridge, where the harvest had failed",
    "The {word} names every household and the number of carts it brought with it",
    "Of the {total:,} {things} registered that spring, {part:,} were sent on; the clerk gives "
    "their share as {share} percent",
    "The committee met in {place} and decided, after a long debate, to postpone the matter",
)


class Writer:
    """One synthetic article: body lines and notes laid out on pages of about 40 lines."""

    def __init__(self, rng: random.Random, number: int) -> None:
        self.rng = rng
        self.author = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        self.title = f"{rng.choice(TITLE_A)} {rng.choice(TITLE_B)}, {rng.randint(1905, 1950)}"
        self.page = rng.randint(1, 900)
        self.number = number

    def sentence(self) -> str:
        r = self.rng
        year = r.randint(1912, 1953)
        total = r.randrange(1_000, 90_000, 10)
        part = r.randrange(100, total, 10)
        exact = 100 * part / total
        share = f"{exact:.1f}" if r.random() < 0.8 else f"{exact + r.choice((-3, 2.5, 4)):.1f}"
        template = r.choice(SENTENCES)
        return template.format(
            word=r.choice(WORDS),
            year=year,
            year2=year + r.randint(1, 4),
            place=r.choice(PLACES),
            things=r.choice(THINGS),
            people=r.choice(PEOPLE),
            n1=r.randrange(1_000, 50_000, 100),
            n2=r.randrange(1_000, 50_000, 100),
            total=total,
            part=part,
            share=share,
        )

    def note(self, n: int, last_full: dict[str, str]) -> str:
        r = self.rng
        kind = r.random()
        if kind < 0.45:
            archive = r.choice(ARCHIVES)
            fond, opis, delo = r.randint(1, 20) * 100 + 1, r.randint(1, 5), r.randint(1, 60)
            folios = f"{r.randint(1, 300)}" + r.choice(("", "ob", f"–{r.randint(301, 320)}"))
            last_full["archival"] = f"{archive} {fond}/{opis}/{delo}"
            return f"{n} {archive} {fond}/{opis}/{delo} ({r.randint(1920, 1953)}): {folios}."
        if kind < 0.6 and last_full:
            return f"{n} Ibid., {r.randint(1, 400)}."
        first, last, book, year = r.choice(WORKS)
        if kind < 0.75 and "book" in last_full:
            return f"{n} {last_full['book']}, {r.randint(1, 400)}."
        last_full["book"] = f"{last}, {book.split()[0]}"
        return f"{n} {first} {last}, {book} (Moscow, {year}), {r.randint(1, 400)}."

    def text(self, pages: int) -> str:
        lines = [f" {self.title}*", "", self.author, "Example University", ""]
        notes_here = ["* Written by bench/bench_corpus.py; every name in it is invented."]
        n = 0
        last_full: dict[str, str] = {}
        for index in range(pages):
            if index:
                head = f"{self.page + index} {self.author.split()[-1]}"
                lines += ["", head, ""]
            for _ in range(4):
                words: list[str] = []
                for _ in range(self.rng.randint(3, 5)):
                    n += 1
                    words.append(f"{self.sentence()}.{n}")
                    notes_here.append(self.note(n, last_full))
                lines += [*_wrap(" ".join(words), 78), ""]
            lines += [*notes_here, ""]
            notes_here = []
        return "\n".join(lines) + "\n"


def _wrap(text: str, width: int) -> list[str]:
    out, line = [], ""
    for word in text.split():
        if line and len(line) + 1 + len(word) > width:
            out.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return out + ([line] if line else [])


def make_articles(folder: Path, count: int, seed: int = 1998) -> int:
    """``count`` articles in folders of 100; their total size in bytes."""
    rng = random.Random(seed)
    total = 0
    for i in range(count):
        sub = folder / f"batch{i // 100:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = Writer(rng, i).text(pages=rng.randint(3, 5))
        (sub / f"article{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def peak_mib(kib: int) -> float:
    return kib / 1024


def _cpu_seconds() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _peak_kib() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss


def _child_build(folder: Path, db: Path, address: str) -> tuple[float, resource.struct_rusage]:
    """``borderlands corpus build --scheduler ADDRESS`` in a child: wall seconds, its rusage."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "src")}
    command = [sys.executable, "-m", "borderlands", "corpus", "build", str(folder), "--out",
               str(db), "--scheduler", address, "--quiet"]  # fmt: skip
    began = time.perf_counter()
    child = subprocess.Popen(command, env=env)
    _, status, usage = os.wait4(child.pid, 0)
    if status != 0:
        raise SystemExit(f"the build failed (status {status})")
    return time.perf_counter() - began, usage


def run_build(folder: Path, db: Path, workers: int) -> dict[str, float]:
    """A local cluster of ``workers`` processes here; the build, then a re-run that finds
    nothing changed, each in a child process (the writer)."""
    import dask.config
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    with (
        dask.config.set(QUIET_DASK),  # as ``corpus build`` sets its own local cluster
        LocalCluster(
            n_workers=workers,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as cluster,
        Client(cluster) as client,
    ):
        client.run(lambda: __import__("borderlands.corpus.process"))
        startup = time.perf_counter() - started
        cpu_before = sum(client.run(_cpu_seconds).values())
        here_before = _cpu_seconds()
        seconds, usage = _child_build(folder, db, cluster.scheduler_address)
        scheduler_cpu = _cpu_seconds() - here_before
        worker_cpu = sum(client.run(_cpu_seconds).values()) - cpu_before
        rerun, rerun_usage = _child_build(folder, db, cluster.scheduler_address)
        workers_peak = client.run(_peak_kib)
    return {
        "startup": startup,
        "seconds": seconds,
        "worker_cpu": worker_cpu,
        "worker_peak": max(peak_mib(v) for v in workers_peak.values()),
        "writer_peak": peak_mib(usage.ru_maxrss),
        "writer_cpu": usage.ru_utime + usage.ru_stime,
        "rerun": rerun,
        "rerun_cpu": rerun_usage.ru_utime + rerun_usage.ru_stime,
        "scheduler_cpu": scheduler_cpu,
    }


def in_process_cost(paths: list[Path]) -> tuple[float, float]:
    """Median CPU seconds of ``process_file`` (read, cite, check) and of writing its result
    (unpickled, as the writer receives it) into a fresh corpus, in this process, no Dask."""
    import pickle

    from borderlands.corpus import process_file, store

    process_file(str(paths[0]))
    work, write = [], []
    with tempfile.TemporaryDirectory() as folder:
        connection = store.connect(Path(folder) / "c.sqlite", create=True)
        for i, path in enumerate(paths * max(1, 8 // len(paths))):
            began = time.process_time()
            result = process_file(str(path))
            work.append(time.process_time() - began)
            assert result.error is None, result.error
            result.path = f"{path}#{i}"
            began = time.process_time()
            store.write_file(connection, pickle.loads(pickle.dumps(result)), 1, 1, "")
            write.append(time.process_time() - began)
        connection.close()
    return statistics.median(work), statistics.median(write)


def stage_costs(path: Path, runs: int = 5) -> dict[str, float]:
    """Median CPU seconds of each stage on one article: read, cite, check, and the rows the
    worker makes of what they found (``article_rows``: tuples, JSON text of lists, keys)."""
    from borderlands.article.reader import read_document
    from borderlands.corpus.process import article_rows
    from borderlands.figures import check_article
    from borderlands.sources import cite_article

    out: dict[str, list[float]] = {"read": [], "cite": [], "check": [], "rows": []}
    for _ in range(runs + 1):
        t0 = time.process_time()
        article = read_document(path)[0]
        t1 = time.process_time()
        cited = cite_article(article)
        t2 = time.process_time()
        report = check_article(article)
        t3 = time.process_time()
        article_rows(0, article, cited, report)
        t4 = time.process_time()
        for name, value in zip(out, (t1 - t0, t2 - t1, t3 - t2, t4 - t3), strict=True):
            out[name].append(value)
    medians = {name: statistics.median(values[1:]) for name, values in out.items()}
    medians["all"] = sum(medians.values())
    return medians


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    args = parser.parse_args()
    import sqlite3

    work = Path(tempfile.mkdtemp(prefix="bench-corpus-"))
    try:
        made = time.perf_counter()
        size = make_articles(work / "articles", args.articles)
        made = time.perf_counter() - made
        sample = sorted((work / "articles").rglob("*.txt"))[:: max(1, args.articles // 20)]
        before = in_process_cost(sample)
        load_before = os.getloadavg()[0]
        results = {}
        for workers in (1, 2):
            db = work / f"corpus{workers}.sqlite"
            results[workers] = run_build(work / "articles", db, workers)
            results[workers]["db_bytes"] = db.stat().st_size
        load_after = os.getloadavg()[0]
        after = in_process_cost(sample)
        # the load moves while the builds run: the work without Dask is taken before and after
        synthetic = ((before[0] + after[0]) / 2, (before[1] + after[1]) / 2)
        connection = sqlite3.connect(work / "corpus2.sqlite")
        counts = {
            t: connection.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("articles", "notes", "citations", "archival_files", "works", "checks",
                      "errors")
        }  # fmt: skip
        counts["shared_files"] = connection.execute(
            "SELECT count(*) FROM (SELECT archival_file_id FROM citations WHERE archival_file_id "
            "IS NOT NULL GROUP BY archival_file_id HAVING count(DISTINCT article_id) > 1)"
        ).fetchone()[0]
        counts["shared_works"] = connection.execute(
            "SELECT count(*) FROM (SELECT work_id FROM citations WHERE work_id IS NOT NULL "
            "GROUP BY work_id HAVING count(DISTINCT article_id) > 1)"
        ).fetchone()[0]
        counts["inconsistent"] = connection.execute(
            "SELECT count(*) FROM checks WHERE verdict = 'inconsistent'"
        ).fetchone()[0]
        connection.close()
        founding = default_article()
        stages = stage_costs(founding) if founding.is_file() else None
        if stages is not None:
            stages["write"] = in_process_cost([founding])[1]
        founding_bytes = founding.stat().st_size if founding.is_file() else 0
    finally:
        shutil.rmtree(work, ignore_errors=True)
    OUT.parent.mkdir(parents=True, exist_ok=True)
    text = report(
        args.articles, size, made, results, counts, synthetic, stages, founding_bytes,
        (load_before, load_after),
    )  # fmt: skip
    write_text_atomic(OUT, text)
    print(f"wrote {OUT.relative_to(REPO)}", file=sys.stderr)
    return 0


def report(
    n: int,
    size: int,
    made: float,
    results: dict[int, dict[str, float]],
    counts: dict[str, int],
    synthetic: tuple[float, float],
    stages: dict[str, float] | None,
    founding_bytes: int,
    load: tuple[float, float],
) -> str:
    r1, r2 = results[1], results[2]
    per_article_db = r2["db_bytes"] / n
    lines = [
        "# Corpus benchmark (bench/bench_corpus.py)",
        "",
        f"Run {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {platform.machine()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}; load average "
        f"{load[0]:.1f} before and {load[1]:.1f} after. The machine was shared with other "
        "engineers' jobs: wall-clock rates here are far below an idle machine's, so the CPU "
        "seconds (which the load inflates far less) are the basis of the extrapolation.",
        "",
        f"{n:,} synthetic articles written by the benchmark ({size / n / 1024:.1f} KiB of text "
        f"each on average, {made:.1f} s to write), each different: {counts['notes']:,} notes, "
        f"{counts['citations']:,} citations, {counts['archival_files']:,} archival files "
        f"({counts['shared_files']:,} of them cited by more than one article), "
        f"{counts['works']:,} works ({counts['shared_works']:,} cited by more than one "
        f"article), {counts['checks']:,} figure checks ({counts['inconsistent']:,} "
        f"inconsistent), {counts['errors']} errors.",
        "",
        "| workers | cluster start-up | build (wall) | articles/s (wall) | worker CPU per "
        "article | peak per worker | writer peak | writer CPU | no-change re-run | database |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for workers, r in results.items():
        lines.append(
            f"| {workers} | {r['startup']:.1f} s | {r['seconds']:.1f} s | "
            f"{n / r['seconds']:.1f} | {1000 * r['worker_cpu'] / n:.0f} ms | "
            f"{r['worker_peak']:.0f} MiB | {r['writer_peak']:.0f} MiB | {r['writer_cpu']:.1f} s "
            f"| {r['rerun']:.1f} s | {r['db_bytes'] / 2**20:.1f} MiB |"
        )
    # what Dask adds per article, on the workers and on the writer, beyond the work itself
    worker_extra = max(0.0, r2["worker_cpu"] / n - synthetic[0])
    writer_per_article = max(1e-6, (r2["writer_cpu"] - r2["rerun_cpu"]) / n)
    writer_extra = max(0.0, writer_per_article - synthetic[1])
    scheduler = r2["scheduler_cpu"] / n
    lines += [
        "",
        f"Wall-clock speed-up from 1 to 2 workers: {r1['seconds'] / r2['seconds']:.2f}x (under "
        f"the load above). Per synthetic article, CPU: {1000 * synthetic[0]:.0f} ms to read, "
        f"cite and check in one process without Dask (the mean of a sample taken before and after "
        f"the builds), {1000 * r2['worker_cpu'] / n:.0f} ms on a worker ("
        + (
            f"so Dask adds {1000 * worker_extra:.1f} ms there: hashing, pickling, the worker's "
            "own loop"
            if r2["worker_cpu"] / n >= synthetic[0]
            else "less than without Dask: what Dask adds there is below the noise of the load"
        )
        + f"); {1000 * synthetic[1]:.1f} ms to write it in one process, "
        f"{1000 * writer_per_article:.1f} ms in the writer (its run minus a re-run that finds "
        f"nothing changed; Dask's client adds {1000 * writer_extra:.1f} ms); the scheduler "
        f"{1000 * scheduler:.1f} ms. The database takes {per_article_db / 1024:.1f} KiB per "
        "article (text, notes, rows, FTS5 indexes).",
        "",
        "## Extrapolation",
        "",
    ]
    if stages is None:
        lines.append("The founding article is absent here: no extrapolation to its size.")
        return "\n".join(lines) + "\n"
    worker = stages["all"] + worker_extra
    writer = stages["write"] + writer_extra
    total = worker + writer + scheduler
    own = stages["rows"] + worker_extra + writer + scheduler  # the corpus's part
    t10k = 10_000 * total / 2
    t1m = 1_000_000 * total / 2
    ratio = founding_bytes / (size / n)
    met = t10k < 600
    lines += [
        f"One article of the founding article's size ({founding_bytes / 1024:.0f} KiB), CPU in "
        f"one process: read {1000 * stages['read']:.0f} ms, cite {1000 * stages['cite']:.0f} "
        f"ms, check {1000 * stages['check']:.0f} ms, rows {1000 * stages['rows']:.1f} ms "
        f"(together {1000 * stages['all']:.0f} ms), and {1000 * stages['write']:.1f} ms to "
        f"write. With what Dask adds per article (above), a worker spends about "
        f"{1000 * worker:.0f} ms, the writer {1000 * writer:.0f} ms and the scheduler "
        f"{1000 * scheduler:.0f} ms: {1000 * total:.0f} ms of CPU per article, all of it "
        "sharing the same cores on one machine. With both cores busy and nothing else running:",
        "",
        "| per founding-size article | CPU |",
        "| --- | --- |",
        f"| read | {1000 * stages['read']:.0f} ms |",
        f"| cite | {1000 * stages['cite']:.0f} ms |",
        f"| check | {1000 * stages['check']:.0f} ms |",
        f"| rows (corpus/process.py) | {1000 * stages['rows']:.1f} ms |",
        f"| Dask on the worker (hashing, pickling, its loop) | {1000 * worker_extra:.1f} ms |",
        f"| write (corpus/store.py, the one writer) | {1000 * stages['write']:.1f} ms |",
        f"| Dask in the writer (the client) | {1000 * writer_extra:.1f} ms |",
        f"| scheduler | {1000 * scheduler:.1f} ms |",
        f"| **all** | **{1000 * total:.0f} ms** (the corpus's own part: {1000 * own:.0f} ms) |",
        "",
        f"- 10,000 such articles on 2 cores: about {t10k / 60:.0f} min. "
        + (
            "**Target (under 10 min) met.**"
            if met
            else f"**Target (under 10 min) not met**: it needs at most 120 ms of CPU per "
            f"article in all; reading, citing and checking alone take "
            f"{1000 * (stages['read'] + stages['cite'] + stages['check']):.0f} ms, of which "
            f"the figure checks {1000 * stages['check']:.0f} ms, and the corpus's own part "
            f"(rows, Dask, writing) {1000 * own:.0f} ms."
        ),
        f"- 1,000,000 such articles: about {t1m / 3600:.0f} h on 2 cores. The reading is per "
        "file, so on a Dask cluster it divides by the workers' cores, but the one writer does "
        f"not: at {1000 * writer:.0f} ms per article it keeps up with about {1 / writer:.0f} "
        f"articles/s, the output of about {worker / writer:.0f} worker cores, and needs about "
        f"{1_000_000 * writer / 3600:.1f} h for a million articles however many workers there "
        f"are (the reading alone would take {1_000_000 * worker / 100 / 3600:.1f} h on 100 "
        "cores). Beyond that many cores a library is built as several databases (one per "
        "shelf, each with its own writer); one writer per database is what keeps each article "
        "in one transaction without locking between writers.",
        f"- Database: about {per_article_db * ratio / 2**20:.2f} MiB per founding-size article "
        f"(scaled by size from the synthetic ones): {per_article_db * ratio * 10_000 / 2**30:.1f} "
        f"GiB for 10,000, {per_article_db * ratio * 1e6 / 2**40:.1f} TiB for 1,000,000 (the "
        "full text and the FTS5 index of every paragraph and note are most of it).",
        "",
        "Memory does not grow with the corpus: a worker holds one task (at most "
        f"{BATCH_FILES} files and {BATCH_BYTES // 2**20} MiB of text; a larger file alone) at a "
        "time, the writer one result at a time, and at most "
        f"{IN_FLIGHT_PER_WORKER} tasks per worker are in flight.",
    ]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    raise SystemExit(main())
