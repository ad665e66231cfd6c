"""Latency of every page type of the explorer under bounded load, on loopback only.

Starts ``borderlands serve`` in its own process (bundled KB, and the article when it is
found), then measures:

1. cold: the first request of each distinct URL, one at a time (nothing cached);
2. load: a fixed number of requests per page type from 20 concurrent clients, rotating
   over that type's URLs (the first pass over a URL renders it, repeats come from the
   server's page cache);
3. uncached: 20, 50 and 100 concurrent clients, each a visitor who asks for a page, reads
   it for a while (0.5-1.5 s) and asks for the next; every URL of the run is distinct (a
   mix of record pages, searches, filtered timelines and maps, lists and JSON, each with
   a parameter no other request has), so nothing comes from the page cache and every
   answer is a render.

Writes the numbers to docs/bench/web.md. Run: ``python3 bench/bench_web.py``.
"""

from __future__ import annotations

import asyncio
import importlib.util
import itertools
import os
import platform
import random
import re
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx

from borderlands.atomic import write_text_atomic
from borderlands.kb import load
from borderlands.kb.recordtypes import RECORD_TYPES
from borderlands.paths import default_article
from borderlands.web.timeline import LAST_YEAR

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "bench" / "web.md"
CLIENTS = 20
REQUESTS_PER_TYPE = 200
COLD_URLS = 10  # first requests measured per page type
UNCACHED_CLIENTS = (20, 50, 100)
UNCACHED_SECONDS = 15.0  # per level
THINK = (0.5, 1.5)  # seconds a visitor spends on a page before the next request
TIMEOUT = 10.0  # seconds; a request slower than this counts as timed out
WARM_LIMIT = 300.0  # seconds allowed for the default start's background warming


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def page_types(with_article: bool) -> dict[str, list[str]]:
    kb = load()
    groups = [g.id for g in kb.groups]
    types: dict[str, list[str]] = {
        "home": ["/"],
        "timeline": ["/timeline"]
        + [f"/timeline?soviet=yes&from={y}&to={y + 5}" for y in range(1912, 1950, 4)]
        + [f"/timeline?group={g}&lanes=group" for g in groups[:20]],
        "map": ["/map"] + [f"/map?year={y}" for y in range(1912, 1954)],
        "search": [
            f"/search?q={q}"
            for q in (
                "Korean",
                "German",
                "border",
                "1937",
                "Finn",
                "Poles",
                "deportation",
                "NKVD",
                "Kuban",
                "Greek",
            )
        ],
        "list": [f"/{t}" for t in RECORD_TYPES],
        "api json": ["/api/home", "/api/timeline", "/api/map", "/api/events"]
        + [f"/api/events/{e.id}" for e in kb.events[:30]],
        "download": [
            "/download/events.csv",
            "/download/flows.geojson",
            "/download/places.geojson",
            "/openapi.json",
        ],
    }
    for t in RECORD_TYPES:
        ids = [r.id for r in getattr(kb, t)]
        if ids:
            types[t[:-1] if t.endswith("s") else t] = [f"/{t}/{i}" for i in ids]
    types["archives"] = ["/archives"]
    types["checks"] = ["/checks"]
    types["reader"] = ["/article"]
    if not with_article:
        types["reader (no article)"] = types.pop("reader")
    return types


def has(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1))))
    return ordered[k]


class Connection:
    """A minimal HTTP/1.1 keep-alive client on asyncio streams.

    httpx costs the client more CPU per request than the server's cached answer does; on a
    2-core machine that would measure the client. This one only writes a GET and reads the
    status line, the headers and Content-Length bytes.
    """

    def __init__(self, host: str, port: int) -> None:
        self.host = host
        self.port = port
        self.reader: asyncio.StreamReader | None = None
        self.writer: asyncio.StreamWriter | None = None

    async def get(self, path: str) -> int:
        if self.writer is None:
            self.reader, self.writer = await asyncio.open_connection(self.host, self.port)
        assert self.reader is not None
        self.writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        await self.writer.drain()
        head = await self.reader.readuntil(b"\r\n\r\n")
        status = int(head.split(b" ", 2)[1])
        found = re.search(rb"(?i)\r\ncontent-length:\s*(\d+)", head)
        if found is None:
            raise RuntimeError(f"no Content-Length for {path}")
        await self.reader.readexactly(int(found.group(1)))
        return status

    async def close(self) -> None:
        if self.writer is not None:
            self.writer.close()
            await self.writer.wait_closed()


async def under_load(port: int, urls: list[str]) -> tuple[list[float], int]:
    queue: asyncio.Queue[str] = asyncio.Queue()
    for i in range(REQUESTS_PER_TYPE):
        queue.put_nowait(urls[i % len(urls)])
    times: list[float] = []
    errors = 0

    async def client() -> None:
        nonlocal errors
        connection = Connection("127.0.0.1", port)
        try:
            while not queue.empty():
                url = queue.get_nowait()
                began = time.perf_counter()
                status = await connection.get(url)
                times.append((time.perf_counter() - began) * 1000)
                errors += status != 200
        finally:
            await connection.close()

    await asyncio.gather(*(client() for _ in range(CLIENTS)))
    return times, errors


def uncached_urls(types: dict[str, list[str]]) -> itertools.cycle[str]:
    """An endless mix of page URLs; ``distinct`` below makes each request's URL unique."""
    mix = [
        *types["event"][:60], *types["group"][:20], *types["place"][:20],
        *types["search"], *types["timeline"], *types["map"], *types["list"],
        *types["api json"], *types.get("figure", [])[:20],
    ]  # fmt: skip
    random.Random(1937).shuffle(mix)
    return itertools.cycle(mix)


def distinct(url: str, n: int) -> str:
    """``url`` with a parameter the pages ignore and the page cache keys on."""
    return f"{url}{'&' if '?' in url else '?'}bench={n}"


async def uncached_load(
    port: int, urls: itertools.cycle[str], clients: int, seconds: float
) -> tuple[list[float], int, int, int]:
    """Latencies (ms), errors, time-outs and requests of ``clients`` visitors with think
    time, for ``seconds``; every URL requested once."""
    counter = itertools.count()
    times: list[float] = []
    errors = timeouts = 0
    deadline = time.perf_counter() + seconds
    rng = random.Random(clients)

    async def visitor(delay: float) -> None:
        nonlocal errors, timeouts
        await asyncio.sleep(delay)  # visitors arrive spread over the first think time
        connection = Connection("127.0.0.1", port)
        try:
            while time.perf_counter() < deadline:
                url = distinct(next(urls), next(counter))
                began = time.perf_counter()
                try:
                    status = await asyncio.wait_for(connection.get(url), TIMEOUT)
                except TimeoutError:
                    timeouts += 1
                    await connection.close()
                    connection = Connection("127.0.0.1", port)
                    continue
                times.append((time.perf_counter() - began) * 1000)
                errors += status != 200
                await asyncio.sleep(rng.uniform(*THINK))
        finally:
            await connection.close()

    await asyncio.gather(*(visitor(rng.uniform(0, THINK[1])) for _ in range(clients)))
    return times, errors, timeouts, len(times) + timeouts


def cpu_seconds(pid: int) -> float:
    """User plus system CPU time a process has used so far (Linux /proc)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start_server(
    port: int, article: Path | None, warm: bool
) -> tuple[subprocess.Popen[str], float]:
    args = [sys.executable, "-m", "borderlands", "serve", "--no-browser", "--port", str(port)]
    args += ["--article", str(article)] if article else []
    args += [] if warm else ["--no-warm"]
    began = time.perf_counter()
    server = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    while True:
        try:
            httpx.get(f"http://127.0.0.1:{port}/static/style.css", timeout=2)
            return server, time.perf_counter() - began
        except httpx.TransportError:
            if server.poll() is not None:
                error = server.stderr.read() if server.stderr else ""
                raise SystemExit(f"server exited: {error}") from None
            time.sleep(0.1)


def wait_for_warm(port: int, path: str, limit: float) -> float:
    """Seconds until the background warming has reached ``path`` (its last page)."""
    began = time.perf_counter()
    while time.perf_counter() - began < limit:
        if httpx.get(f"http://127.0.0.1:{port}{path}", timeout=30).headers.get("x-cache") == "hit":
            return time.perf_counter() - began
        time.sleep(0.5)
    raise SystemExit(f"warming did not reach {path} within {limit:.0f} s")


def main() -> None:
    article = default_article()
    source = article if article.is_file() else None
    load_before = os.getloadavg()[0]
    types = page_types(source is not None)
    results: dict[str, dict[str, object]] = {name: {"urls": len(u)} for name, u in types.items()}

    # 1. cold renders, one at a time, on a server that caches nothing in advance
    port = free_port()
    server, startup_cold = start_server(port, source, warm=False)
    try:
        for name, urls in types.items():
            cold: list[float] = []
            for url in urls[:COLD_URLS]:
                t0 = time.perf_counter()
                response = httpx.get(f"http://127.0.0.1:{port}{url}", timeout=30)
                cold.append((time.perf_counter() - t0) * 1000)
                assert response.status_code == 200, (url, response.status_code)
            results[name]["cold"] = cold
            print(
                f"{name:14} cold p50 {statistics.median(cold):6.1f} p95 "
                f"{percentile(cold, 95):6.1f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)

    # 2. load on a fresh server without warming: each URL's first request renders it
    port = free_port()
    server, _ = start_server(port, source, warm=False)
    try:
        for name, urls in types.items():
            results[name]["nowarm"] = asyncio.run(under_load(port, urls))
    finally:
        server.terminate()
        server.wait(timeout=10)

    # 3. distinct URLs only, on a server without warming: every request renders
    port = free_port()
    server, _ = start_server(port, source, warm=False)
    uncached: dict[int, tuple[list[float], int, int, int]] = {}
    server_cpu: dict[int, float] = {}  # ms of server CPU per request
    try:
        urls = uncached_urls(types)
        for clients in UNCACHED_CLIENTS:
            before = cpu_seconds(server.pid)
            uncached[clients] = asyncio.run(
                uncached_load(port, urls, clients, UNCACHED_SECONDS)
            )
            times, errors, timeouts, requests = uncached[clients]
            server_cpu[clients] = 1000 * (cpu_seconds(server.pid) - before) / max(requests, 1)
            print(
                f"uncached {clients:3} clients p50 {percentile(times, 50):6.1f} "
                f"p95 {percentile(times, 95):6.1f} p99 {percentile(times, 99):6.1f} ms, "
                f"{errors} errors, {timeouts} time-outs"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)

    # 4. load on the default (warm) server once its background warming has finished
    port = free_port()
    server, startup_warm = start_server(port, source, warm=True)
    try:
        warmed_in = wait_for_warm(port, f"/map?year={LAST_YEAR}", WARM_LIMIT)
        for name, urls in types.items():
            results[name]["warm"] = asyncio.run(under_load(port, urls))
            times, _ = results[name]["warm"]  # type: ignore[misc]
            print(
                f"{name:14} warm load p50 {percentile(times, 50):6.1f} "
                f"p95 {percentile(times, 95):6.1f} ms"
            )
    finally:
        server.terminate()
        server.wait(timeout=10)
    write_report(
        results,
        uncached,
        server_cpu,
        startup_cold,
        startup_warm,
        warmed_in,
        source is not None,
        load_before,
        os.getloadavg()[0],
    )


def write_report(
    results: dict[str, dict[str, object]],
    uncached: dict[int, tuple[list[float], int, int, int]],
    server_cpu: dict[int, float],
    startup_cold: float,
    startup_warm: float,
    warmed_in: float,
    with_article: bool,
    load_before: float,
    load_after: float,
) -> None:
    cpu = "unknown CPU"
    try:
        found = re.search(r"model name\s*:\s*(.+)", Path("/proc/cpuinfo").read_text())
        cpu = found.group(1).strip() if found else cpu
    except OSError:
        pass
    lines = [
        "# Explorer latency (bench/bench_web.py)",
        "",
        f"Measured {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())} on {os.cpu_count()} "
        f"cores ({cpu}), Python {platform.python_version()}, one uvicorn process serving the "
        f"bundled KB{' and the article' if with_article else ' (no article file found)'}; "
        "client and server on loopback. Load average (1 min) of the machine: "
        f"{load_before:.1f} before, {load_after:.1f} after (other work shared the 2 cores).",
        f"HTTP parser: {'httptools' if has('httptools') else 'h11'}; event loop: "
        f"{'uvloop' if has('uvloop') else 'asyncio'} (uvicorn picks them up when installed).",
        "",
        f"Server start to first answer: {startup_cold:.1f} s with `--no-warm`, "
        f"{startup_warm:.1f} s with the default warm start (loading the KB, building the "
        "knowledge base's full-text store"
        + (
            ", reading the article and deriving its citations and figure checks"
            if with_article
            else ""
        )
        + f"); the background warming then took {warmed_in:.1f} s more.",
        "",
        "Three fresh servers, one per column group:",
        "",
        f"- **cold**: `serve --no-warm`; the first request of up to {COLD_URLS} distinct URLs "
        "of the type, one at a time: the cost of rendering a page.",
        f"- **load, no warm**: `serve --no-warm`; {REQUESTS_PER_TYPE} requests per type from "
        f"{CLIENTS} concurrent clients rotating over all the type's URLs: each URL's first "
        "request renders it, repeats come from the page cache.",
        "- **load, warm**: the default `serve`, after its background warming finished; the "
        "same load. Filtered timeline and search URLs are not warmed and render on first use.",
        "",
        "Each client is a keep-alive HTTP/1.1 connection (a minimal asyncio client, see "
        "`Connection`: httpx would cost the client more CPU than the server's answer).",
        "",
        "| page type | URLs | cold p50 | cold p95 | load no warm p50 | p95 | max | "
        "load warm p50 | p95 | max | errors |",
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    worst = {"nowarm": 0.0, "warm": 0.0}
    for name, r in results.items():
        cold = r["cold"]
        nowarm, e1 = r["nowarm"]  # type: ignore[misc]
        warm, e2 = r["warm"]  # type: ignore[misc]
        assert isinstance(cold, list)
        worst["nowarm"] = max(worst["nowarm"], percentile(nowarm, 95))
        worst["warm"] = max(worst["warm"], percentile(warm, 95))
        lines.append(
            f"| {name} | {r['urls']} | {statistics.median(cold):.1f} | "
            f"{percentile(cold, 95):.1f} | {percentile(nowarm, 50):.1f} | "
            f"{percentile(nowarm, 95):.1f} | {max(nowarm):.1f} | {percentile(warm, 50):.1f} | "
            f"{percentile(warm, 95):.1f} | {max(warm):.1f} | {e1 + e2} |"
        )
    lines += [
        "",
        "All times in milliseconds. Target: p95 under 100 ms for every page type under load.",
        f"Worst p95 under load: {worst['warm']:.1f} ms with the default warm start, "
        f"{worst['nowarm']:.1f} ms without it.",
        "",
        "### Uncached pages under concurrent visitors",
        "",
        f"A fourth server (`serve --no-warm`). Each visitor keeps one connection, asks for a "
        f"page, waits {THINK[0]}-{THINK[1]} s (reading it), asks for the next, for "
        f"{UNCACHED_SECONDS:.0f} s per row. Every URL of the run is distinct (record pages, "
        "searches, filtered timelines and maps, lists and JSON, each with a parameter no "
        "other request carries), so each answer is a render, none a cache hit. Renders run "
        f"in the server's thread pool. A request slower than {TIMEOUT:.0f} s counts as a "
        "time-out. Target: p95 under 150 ms at 50 visitors. *Server CPU* is the server "
        "process's own CPU time per request (from /proc): what a render costs, whatever the "
        "machine's load; the latencies also include the time it waited for a core.",
        "",
        "| visitors | requests | per second | server CPU ms/request | p50 | p95 | p99 | max | "
        "errors | time-outs |",
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for clients, (times, errors, timeouts, requests) in uncached.items():
        lines.append(
            f"| {clients} | {requests} | {requests / UNCACHED_SECONDS:.0f} | "
            f"{server_cpu[clients]:.1f} | "
            f"{percentile(times, 50):.1f} | {percentile(times, 95):.1f} | "
            f"{percentile(times, 99):.1f} | {max(times):.1f} | {errors} | {timeouts} |"
        )
    lines.append("")
    write_text_atomic(OUT, "\n".join(lines))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
