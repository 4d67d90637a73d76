"""Pages kept for a while: the same search, facets or export is built once.

A search page with its count and facets takes a few hundred milliseconds
at 100,000 articles; readers ask for the same popular searches again and
again.  A finished GET response (status 200, at most MAX_BODY bytes, not
streamed) is kept under its path, query string and the state of the
database files (size and modification time of the file and its WAL), so
any write to the base makes a new key and a stale page is never served.
Requests that carry cookies or credentials (a signed-in reader) are never
cached.  Kept pages expire after TTL_SECONDS; at most MAX_BYTES in all.
Responses say `x-wenming-cache: hit` or `miss`.
"""
from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict

TTL_SECONDS = 300
MAX_BODY = 2 * 2**20
MAX_BYTES = 64 * 2**20
CACHED_PREFIXES = ("/-/static", "/-/export/", "/-/raw/")  # served by their own code, not kept
HEADER = b"x-wenming-cache"


class PageCache:
    def __init__(self, max_bytes: int = MAX_BYTES, ttl: float = TTL_SECONDS):
        self.max_bytes, self.ttl = max_bytes, ttl
        self.pages: OrderedDict[tuple, tuple[float, dict, bytes]] = OrderedDict()
        self.size = 0
        self.lock = threading.Lock()

    def get(self, key: tuple):
        with self.lock:
            hit = self.pages.get(key)
            if not hit:
                return None
            if time.monotonic() - hit[0] > self.ttl:
                self._drop(key)
                return None
            self.pages.move_to_end(key)
            return hit[1], hit[2]

    def put(self, key: tuple, start: dict, body: bytes) -> None:
        with self.lock:
            if key in self.pages:
                self._drop(key)
            self.pages[key] = (time.monotonic(), start, body)
            self.size += len(body)
            while self.size > self.max_bytes and self.pages:
                self._drop(next(iter(self.pages)))

    def _drop(self, key: tuple) -> None:
        _, _, body = self.pages.pop(key)
        self.size -= len(body)


def files_state(paths: list[str]) -> tuple:
    """Size and modification time of each database file and its WAL: changes with every write."""
    state = []
    for path in paths:
        for name in (path, path + "-wal"):
            try:
                st = os.stat(name)
                state.append((st.st_size, st.st_mtime_ns))
            except OSError:
                state.append(None)
    return tuple(state)


def cacheable(scope) -> bool:
    if scope.get("type") != "http" or scope.get("method") != "GET":
        return False
    path = scope.get("path", "")
    if path.startswith(CACHED_PREFIXES) or path in ("/-/versions.json",):
        return False
    query = scope.get("query_string", b"")
    if b"_stream=" in query:
        return False
    headers = dict(scope.get("headers", []))
    return b"cookie" not in headers and b"authorization" not in headers


def wrap(app, cache: PageCache, database_files):
    """An ASGI app that answers from `cache` when it can and keeps what it builds."""
    async def cached_app(scope, receive, send):
        if not cacheable(scope):
            return await app(scope, receive, send)
        key = (scope.get("path"), scope.get("query_string", b""), files_state(database_files()))
        hit = cache.get(key)
        if hit:
            start, body = hit
            await send({**start, "headers": start["headers"] + [(HEADER, b"hit")]})
            await send({"type": "http.response.body", "body": body})
            return
        kept: dict = {"start": None, "chunks": [], "size": 0, "ok": True}

        async def keeping_send(message):
            if message["type"] == "http.response.start":
                kept["start"] = message
                kept["ok"] = message.get("status") == 200 and not any(
                    k.lower() == b"set-cookie" for k, _ in message.get("headers", []))
                message = {**message, "headers": list(message.get("headers", [])) + [(HEADER, b"miss")]}
            elif message["type"] == "http.response.body" and kept["ok"]:
                kept["size"] += len(message.get("body", b""))
                kept["ok"] = kept["size"] <= MAX_BODY
                if kept["ok"]:
                    kept["chunks"].append(message.get("body", b""))
                if kept["ok"] and not message.get("more_body"):
                    cache.put(key, kept["start"], b"".join(kept["chunks"]))
            await send(message)

        await app(scope, receive, keeping_send)
    return cached_app
