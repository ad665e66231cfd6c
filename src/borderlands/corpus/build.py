"""Building a corpus: find the files, read the changed ones on Dask workers, write each result
in the client as it comes back.

The work of a file (read, cite, check) runs on a worker: a local cluster of one worker process
per core by default, or any Dask cluster given by its scheduler's address (the workers must
see the same paths). The client holds the one database writer, so SQLite is never written from
two processes. At most a few files per worker are in flight, so a library of a million files
does not become a million futures.

Incremental: a file whose size and modification time match the database is skipped without
being read; otherwise the worker hashes it, and an unchanged hash is skipped too (only the
stat is updated). Files that vanished from under the paths given leave the corpus.
"""

from __future__ import annotations

import gc
import logging
import os
import time
from collections import deque
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager, nullcontext
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from borderlands.corpus import store
from borderlands.corpus.discover import find_files, sha256_of, under
from borderlands.corpus.metadata import write_metadata
from borderlands.corpus.process import FileResult, process_file
from borderlands.errors import InputError

if TYPE_CHECKING:
    from distributed import Client

#: Which known files a build reads again (new files are always read).
Redo = Literal["changed", "errors", "all"]

#: Tasks in flight per worker: enough to keep every worker busy while the writer writes.
IN_FLIGHT_PER_WORKER = 2
#: Files per task at most, and text per task: small articles go many at a time, to spare
#: round trips (and the scheduler's, the client's and the worker's work for each task); a task
#: stops taking files once it holds this many bytes.
BATCH_FILES = 32
BATCH_BYTES = 1 << 20
#: Dask settings for a build: no statistical profiler sampling the worker's stack every 10 ms,
#: and the event-loop, system and memory monitors waking less often (the memory monitor's
#: psutil calls every 100 ms were 2.6% of a busy worker's samples). Idle, the defaults cost two
#: local workers and their scheduler about 9% of a core; these, about 2.5% (on 2 cores).
QUIET_DASK = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.admin.system-monitor.interval": "5s",
    "distributed.worker.memory.monitor-interval": "1s",
}


@dataclass(slots=True)
class Unchanged:
    """A file whose content hash is the one in the database: nothing to redo."""

    path: str
    size: int
    mtime_ns: int


@dataclass(slots=True)
class Done:
    """A worker's answer for a file that is new or changed."""

    result: FileResult
    size: int
    mtime_ns: int
    sha256: str


@dataclass(slots=True)
class Progress:
    """Where a run stands, given to the progress callback after each file."""

    files_done: int
    files_total: int
    articles: int
    errors: int
    seconds: float
    path: str = ""


@dataclass(slots=True)
class BuildSummary:
    found: int = 0
    unchanged: int = 0
    processed: int = 0
    articles: int = 0
    errors: int = 0
    removed: int = 0
    seconds: float = 0.0
    workers: int = 0
    error_files: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, object]:
        return {
            "found": self.found,
            "unchanged": self.unchanged,
            "processed": self.processed,
            "articles": self.articles,
            "errors": self.errors,
            "removed": self.removed,
            "seconds": round(self.seconds, 3),
            "workers": self.workers,
        }


def work_on(path: str, known_sha256: str | None) -> Done | Unchanged:
    """A worker's task: hash the file; if its content is new, read, cite and check it."""
    try:
        info = os.stat(path)
        digest = sha256_of(path)
    except OSError as exc:
        error = f"{path}: cannot be read ({exc.strerror or exc})"
        return Done(FileResult(path, [], error), 0, 0, "")
    if digest == known_sha256:
        return Unchanged(path, info.st_size, info.st_mtime_ns)
    return Done(process_file(path), info.st_size, info.st_mtime_ns, digest)


def build_corpus(
    paths: list[Path],
    db: Path,
    workers: int | None = None,
    scheduler: str | None = None,
    progress: Callable[[Progress], None] | None = None,
    scheduler_timeout: float = 10.0,
    redo: Redo = "changed",
) -> BuildSummary:
    """Build or bring up to date the corpus database ``db`` from the files under ``paths``.

    ``workers``: local worker processes (default: one per core; 0 runs everything in this
    process, without Dask); ``scheduler``: the address of a running Dask scheduler to use
    instead of a local cluster (given up after ``scheduler_timeout`` seconds). ``redo``:
    "changed" (new and changed files), "errors" (those and the files recorded as errors, say
    after an upgrade of the reader) or "all" (every file read again).
    """
    began = time.perf_counter()
    if not paths:
        raise InputError("no paths given: name the files or folders of the corpus")
    if workers is not None and workers < 0:
        raise InputError(f"must be 0 or more, not {workers}", place="--workers")
    if redo not in ("changed", "errors", "all"):
        raise InputError(f"redo is changed, errors or all, not {redo!r}", place="--redo")
    found = find_files(paths)
    summary = BuildSummary(found=len(found))
    with ExitStack() as stack:
        # an existing cluster is reached first: when no scheduler answers, nothing is written
        client = (
            stack.enter_context(_client(workers, scheduler, scheduler_timeout))
            if scheduler is not None
            else None
        )
        connection = store.connect(db, create=True)
        stack.callback(connection.close)
        known = store.known_files(connection)
        present = set(found)
        vanished = [p for p in known if p not in present and under(p, paths)]
        store.remove(connection, vanished)
        summary.removed = len(vanished)
        todo: list[tuple[str, str | None]] = []
        sizes: dict[str, int] = {}
        for path in found:
            stat = _stat(path)
            if stat is not None:
                sizes[path] = stat[0]
            before = known.get(path)
            if before is None:
                todo.append((path, None))
            elif redo == "all" or (redo == "errors" and before.failed):
                todo.append((path, None))  # no hash to compare with: read again
            elif (before.size, before.mtime_ns) == stat:
                summary.unchanged += 1
            else:
                todo.append((path, before.sha256))

        def record(answer: Done | Unchanged) -> None:
            if isinstance(answer, Unchanged):
                summary.unchanged += 1
                store.touch(connection, known[answer.path].id, answer.size, answer.mtime_ns)
            else:
                store.write_file(
                    connection, answer.result, answer.size, answer.mtime_ns, answer.sha256
                )
                summary.processed += 1
                summary.articles += len(answer.result.articles)
                if answer.result.error:
                    summary.errors += 1
                    summary.error_files.append(answer.result.path)
            if progress is not None:
                path = answer.path if isinstance(answer, Unchanged) else answer.result.path
                progress(
                    Progress(
                        summary.processed + summary.unchanged - (len(found) - len(todo)),
                        len(todo),
                        summary.articles,
                        summary.errors,
                        time.perf_counter() - began,
                        path,
                    )
                )

        if todo:
            summary.workers = _run(
                todo, sizes, workers, scheduler, scheduler_timeout, record, client
            )
        store.prune(connection)
    write_metadata(db)
    summary.seconds = time.perf_counter() - began
    return summary


def work_on_batch(items: list[tuple[str, str | None]]) -> list[Done | Unchanged]:
    """A worker's task for a few files at once (fewer round trips for small articles)."""
    return [work_on(path, sha) for path, sha in items]


def batches(
    todo: list[tuple[str, str | None]], workers: int, sizes: dict[str, int]
) -> list[list[tuple[str, str | None]]]:
    """``todo`` cut into tasks of consecutive files, each of up to :data:`BATCH_FILES` files and
    :data:`BATCH_BYTES` bytes (a larger file goes alone), and of fewer files when there are
    few, so that every worker has work and progress moves."""
    most = max(1, min(BATCH_FILES, len(todo) // (workers * IN_FLIGHT_PER_WORKER * 2)))
    out: list[list[tuple[str, str | None]]] = []
    batch: list[tuple[str, str | None]] = []
    held = 0
    for item in todo:
        size = sizes.get(item[0], 0)
        if batch and (len(batch) == most or held + size > BATCH_BYTES):
            out.append(batch)
            batch, held = [], 0
        batch.append(item)
        held += size
    if batch:
        out.append(batch)
    return out


def _stat(path: str) -> tuple[int, int] | None:
    """Size and modification time; None for a file gone since it was found (its worker then
    records why)."""
    try:
        info = os.stat(path)
    except OSError:
        return None
    return info.st_size, info.st_mtime_ns


def _run(
    todo: list[tuple[str, str | None]],
    sizes: dict[str, int],
    workers: int | None,
    scheduler: str | None,
    timeout: float,
    record: Callable[[Done | Unchanged], None],
    client: Client | None = None,
) -> int:
    """Do ``todo`` and hand each answer to ``record`` as it comes; the number of workers.
    ``client``: one already connected (else a local cluster is started here).

    A task that fails as a whole (a worker killed by a file that crashes the reader, say) is
    tried again one file per task, so that only the guilty file is recorded as an error."""
    if workers == 0 and scheduler is None:
        for path, sha in todo:
            record(work_on(path, sha))
        return 0
    from distributed import as_completed

    with (
        nullcontext(client) if client is not None else _client(workers, scheduler, timeout)
    ) as client:
        count = max(1, len(client.scheduler_info(n_workers=-1)["workers"]))
        queue = deque(batches(todo, count, sizes))
        items = {}
        running = as_completed()

        def submit_next() -> None:
            if queue:
                batch = queue.popleft()
                future = client.submit(work_on_batch, batch, pure=False)
                items[future.key] = batch
                running.add(future)

        for _ in range(count * IN_FLIGHT_PER_WORKER):
            submit_next()
        for future in running:
            batch = items.pop(future.key)
            try:
                answers = future.result()
            except Exception as exc:  # a worker that died on a file (KilledWorker) or a bug
                if len(batch) > 1:
                    queue.extendleft([item] for item in reversed(batch))
                    answers = []
                else:
                    path = batch[0][0]
                    error = f"{path}: worker failed ({type(exc).__name__}: {exc})"
                    answers = [Done(FileResult(path, [], error), 0, 0, "")]
            future.release()
            for answer in answers:
                record(answer)
            submit_next()
    return count


@contextmanager
def _client(workers: int | None, scheduler: str | None, timeout: float) -> Iterator[Client]:
    """A client of the cluster at ``scheduler``, or of a local cluster of ``workers`` processes
    started here, with :data:`QUIET_DASK` settings (a cluster started elsewhere keeps its
    own)."""
    import dask.config
    from distributed import Client, LocalCluster

    with dask.config.set(QUIET_DASK):
        if scheduler is not None:
            with _connected(scheduler, timeout) as client:
                yield client
            return
        cluster = LocalCluster(
            n_workers=workers or os.cpu_count() or 1,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=logging.CRITICAL,
        )
        with cluster, Client(cluster) as client:
            yield client


def _connected(scheduler: str, timeout: float) -> Client:
    """A client of the scheduler at ``scheduler``; an InputError when none answers there.

    A client whose start failed is collected here and now: left to a later garbage
    collection, its ``__del__`` may run inside the start of another client and deadlock on
    Dask's event-loop lock."""
    from distributed import Client

    try:
        return Client(scheduler, timeout=f"{timeout}s")
    except (OSError, TimeoutError) as exc:
        failure = InputError(
            f"cannot reach the Dask scheduler at {scheduler}: no scheduler answers there "
            f"(waited {timeout:g} s; {type(exc).__name__})",
            place="--scheduler",
        )
    except ValueError as exc:  # no protocol, no port, a malformed host
        failure = InputError(
            f"{scheduler!r} is not a Dask scheduler address ({exc})", place="--scheduler"
        )
    gc.collect()
    raise failure
