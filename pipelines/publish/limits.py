"""Bounds on what a visitor can make the server do.

SQLite's time limit (Datasette's `sql_time_limit_ms`) interrupts SQL between
steps, but not inside a Python function called from SQL: a function given a
megabyte of text would run past the limit.  So every function the plugin adds
to SQL checks its own input first (`bounded`), and a search longer than
MAX_SEARCH_CHARS is refused before any page is built (`too_long_search`),
which also keeps the search out of giant pagination headers.
"""
from __future__ import annotations

MAX_SEARCH_CHARS = 200      # a search as typed in the box or ?_search= / ?q=
MAX_FUNCTION_CHARS = 1000   # the text any SQL function of the plugin accepts
MAX_ROWIDS = 100_000        # rowids zh_search_rowids may return


class InputTooLong(ValueError):
    pass

def check_text(name: str, value, limit: int = MAX_FUNCTION_CHARS) -> None:
    if isinstance(value, (str, bytes)) and len(value) > limit:
        raise InputTooLong(f"{name}() takes at most {limit:,} characters, got {len(value):,}")

def bounded(name: str, function, limit: int = MAX_FUNCTION_CHARS):
    """`function` as an SQL function that refuses text longer than `limit`."""
    def call(*args):
        for value in args:
            check_text(name, value, limit)
        return function(*args)
    call.__name__ = name
    return call

def too_long_search(search: str | None) -> bool:
    return bool(search) and len(search) > MAX_SEARCH_CHARS

def too_long_page(search: str) -> bytes:
    return (f"<!DOCTYPE html><meta charset=utf-8><title>Search too long</title>"
            f"<p>A search may hold at most {MAX_SEARCH_CHARS} characters; this one has {len(search):,}. "
            f"Shorten it and search again. 检索词最多 {MAX_SEARCH_CHARS} 个字符，请缩短后重试。"
            f"<p><a href=\"/\">Home 首页</a>").encode("utf-8")
