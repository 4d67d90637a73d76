"""Prebuilt indexes of the dictionaries, cached on first use.

Building the gazetteer and the word list means parsing about a million lines
of the packages' data files (three to six seconds); loading the result with
marshal takes a fraction of a second.  The cache lives in
``$WENMING_CACHE`` (default ``~/.cache/wenming``), one file per index, named
by a hash of the data files it was built from (path, size, modification
time) and of the index's version: a new package or a new version of the
code builds a new file, and the old one is removed.  When the directory cannot be written the index is
built in memory, every process, and nothing else changes.
"""
from __future__ import annotations

import hashlib
import marshal
import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any


def cache_dir() -> Path:
    return Path(os.environ.get("WENMING_CACHE") or Path.home() / ".cache" / "wenming")


def _key(name: str, version: int, sources: list[Path]) -> str:
    h = hashlib.sha1(f"{name}:{version}".encode())
    for p in sources:
        st = p.stat()
        h.update(f"{p}:{st.st_size}:{st.st_mtime_ns}".encode())
    return h.hexdigest()[:16]


def cached(name: str, version: int, sources: list[Path], build: Callable[[], Any]) -> Any:
    """build()'s result (plain lists, dicts, strings and numbers), from the cache when it is there."""
    path = cache_dir() / f"{name}-{_key(name, version, sources)}.marshal"
    try:
        with open(path, "rb") as f:
            return marshal.load(f)
    except (OSError, EOFError, ValueError, TypeError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as f:
            marshal.dump(value, f)
        os.replace(tmp, path)  # atomic: a concurrent reader sees the whole file or none
        for old in path.parent.glob(f"{name}-*.marshal"):
            if old != path:
                old.unlink(missing_ok=True)  # built from older data or code
    except OSError:
        pass
    return value
