"""A bounded in-memory cache of whole GET responses.

The explorer's knowledge base and article are read once at start and never change while the
server runs, so a page is a pure function of its path and query string. Caching the bytes
turns a repeat request into a dictionary lookup, which keeps latency low under concurrent
use on a small machine. Only complete 200 responses are kept; the cache is bounded both in
entries and in bytes, evicting the least recently used. Responses say ``x-cache: hit`` or
``miss``.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import dataclass
from urllib.parse import parse_qsl, urlencode

from starlette.types import ASGIApp, Message, Receive, Scope, Send


@dataclass(frozen=True, slots=True)
class Cached:
    status: int
    headers: tuple[tuple[bytes, bytes], ...]
    body: bytes


def cache_key(path: str, query: bytes) -> bytes:
    """The request as the app reads it: path, then each parameter name (sorted) with *all*
    its values in the order sent, decoded as Starlette decodes them.

    Repeated values are kept in order (``?q=a&q=b`` is not ``?q=b&q=a``, nor ``?q=a``);
    only a name whose every value is empty is dropped, since the pages read an empty field
    as an absent one: ``?year=1937&group=`` and ``?year=1937`` are one page, while
    ``?q=a&q=`` (read as no query) stays apart from ``?q=a``.
    """
    values: dict[str, list[str]] = {}
    for name, value in parse_qsl(query.decode("latin-1"), keep_blank_values=True):
        values.setdefault(name, []).append(value)
    params = [
        (name, value)
        for name in sorted(values)
        if any(values[name])
        for value in values[name]
    ]
    return path.encode() + b"?" + urlencode(params).encode()


class PageCache:
    def __init__(self, app: ASGIApp, max_entries: int = 2048, max_bytes: int = 64 << 20):
        self.app = app
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.entries: OrderedDict[bytes, Cached] = OrderedDict()
        self.size = 0
        self.hits = 0
        self.misses = 0

    def _store(self, key: bytes, value: Cached) -> None:
        if len(value.body) > self.max_bytes // 8:
            return
        self.entries[key] = value
        self.size += len(value.body)
        while len(self.entries) > self.max_entries or self.size > self.max_bytes:
            _, old = self.entries.popitem(last=False)
            self.size -= len(old.body)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] != "GET":
            await self.app(scope, receive, send)
            return
        key = cache_key(scope["path"], scope.get("query_string", b""))
        cached = self.entries.get(key)
        if cached is not None:
            self.hits += 1
            self.entries.move_to_end(key)
            await send(
                {
                    "type": "http.response.start",
                    "status": cached.status,
                    "headers": [*cached.headers, (b"x-cache", b"hit")],
                }
            )
            await send({"type": "http.response.body", "body": cached.body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []

        async def capture(message: Message) -> None:
            nonlocal start
            if message["type"] == "http.response.start":
                start = {**message, "headers": list(message.get("headers", []))}
                message = {**message, "headers": [*start["headers"], (b"x-cache", b"miss")]}
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
                if not message.get("more_body", False) and start and start["status"] == 200:
                    self._store(
                        key,
                        Cached(start["status"], tuple(start.get("headers", [])), b"".join(chunks)),
                    )
            await send(message)

        await self.app(scope, receive, capture)
