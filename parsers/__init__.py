"""Parsers: bytes + URL + headers in, an Article out.  No Scrapy here."""
from __future__ import annotations

from pathlib import PurePosixPath

from .record import Article, error_record

TEXT_SUFFIXES = {".txt", ".text"}


def kind_of(name: str | None, content_type: str | None = None) -> str:
    """"text" for page-text dumps, "html" for pages; by content type, then name."""
    if content_type:
        if "html" in content_type or "xml" in content_type:
            return "html"
        if content_type.startswith("text/plain"):
            return "text"
    suffix = PurePosixPath((name or "").split("?")[0]).suffix.lower()
    return "text" if suffix in TEXT_SUFFIXES else "html"


def parse_page(data: bytes, *, input: str | None = None, url: str | None = None,
               headers: dict | None = None, kind: str | None = None) -> Article:
    """Parse one page; a page that cannot be parsed gives an error record, never an exception."""
    kind = kind or kind_of(input or url, (headers or {}).get("content-type"))
    try:
        if kind == "text":
            from .textdump import parse_text

            return parse_text(data, input=input, url=url)
        from .html import parse_html

        return parse_html(data, url=url, headers=headers, input=input)
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a batch
        return error_record(input or url or "?", f"{type(exc).__name__}: {exc}", parser=kind)


def warm_up() -> None:
    """Load now what the parsers otherwise load on first need (script tables, pinyin readings,
    jieba's words and name tags), so that a long-running process or a benchmark pays it once, up front."""
    from . import chinese, repair, textmeta

    chinese.to_simplified("開")
    chinese.is_syllable("kāi")
    repair.words_with("著着")
    textmeta.looks_like_name("张三")
