"""Decoding page bytes without garbling them.

Order: byte-order mark, the HTTP charset, the charset the page declares in a
<meta> tag, then detection.  GB2312 and GBK are read as GB18030, their
superset, so characters outside GB2312 that pages use anyway survive.  Bad
bytes never raise: they become U+FFFD and are counted, so a caller can flag
the page.  The bytes themselves are kept by the caller, never replaced.
"""
from __future__ import annotations

import codecs
import re

# Labels pages declare, mapped to the codec that reads them without loss.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb_2312-80": "gb18030", "x-gbk": "gb18030",
    "cp936": "gb18030", "euc-cn": "gb18030", "hz-gb-2312": "gb18030",
    "big5": "big5hkscs", "iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "utf-8",
    "us-ascii": "utf-8",
}
META_CHARSET = re.compile(
    rb"""<meta[^>]+?charset\s*=\s*["']?\s*([a-zA-Z0-9_\-]+)""", re.IGNORECASE)
HEAD_BYTES = 4096
BOMS = ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"))


def codec_for(label: str | None) -> str | None:
    """The codec to read a declared charset label with, or None if unknown."""
    if not label:
        return None
    label = label.strip().strip("\"'").lower()
    label = SUPERSETS.get(label, label)
    try:
        return codecs.lookup(label).name
    except LookupError:
        return None


def charset_from_headers(headers: dict | None) -> str | None:
    """The charset parameter of a Content-Type header, any key case."""
    for key, value in (headers or {}).items():
        if str(key).lower() == "content-type":
            if isinstance(value, (list, tuple)):
                value = value[0] if value else ""
            if isinstance(value, bytes):
                value = value.decode("latin-1")
            m = re.search(r"charset\s*=\s*[\"']?([\w\-]+)", str(value), re.IGNORECASE)
            return m.group(1) if m else None
    return None


def _strict(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except (UnicodeDecodeError, LookupError):
        return None


def _looks_utf8(data: bytes) -> bool:
    if data.isascii():
        return False
    return _strict(data, "utf-8") is not None


def _detect(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    return codec_for(best.encoding) if best else None


def decode_report(data: bytes, http_charset: str | None = None) -> tuple[str, str, int]:
    """(text, codec used, count of bytes that could not be read)."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            text = data[len(bom):].decode(codec, errors="replace")
            return text, codec, text.count("\ufffd")
    declared = [codec_for(http_charset)]
    m = META_CHARSET.search(data[:HEAD_BYTES])
    declared.append(codec_for(m.group(1).decode("ascii", "ignore")) if m else None)
    tried = []
    if any(c == "gb18030" for c in declared) and _looks_utf8(data):
        # Pages re-served as UTF-8 often keep their old GBK <meta>; long
        # multi-byte UTF-8 that is really GBK text almost never happens.
        return data.decode("utf-8"), "utf-8", 0
    for codec in [c for c in declared if c]:
        text = _strict(data, codec)
        if text is not None:
            return text, codec, 0
        tried.append(codec)
    # A declared charset that fails: UTF-8 and GB18030 are what Chinese pages
    # use in practice; try them before guessing.
    for codec in ("utf-8", "gb18030"):
        if codec not in tried:
            text = _strict(data, codec)
            if text is not None:
                return text, codec, 0
    if not tried and (detected := _detect(data)):
        text = _strict(data, detected)
        if text is not None:
            return text, detected, 0
    # Nothing reads cleanly: the candidate that loses the fewest bytes.
    best = None
    # Single-byte codecs never fail and would always "win": only the
    # declared ones and the multi-byte ones Chinese pages use compete.
    for codec in dict.fromkeys(tried + ["utf-8", "gb18030", "big5hkscs"]):
        text = data.decode(codec, errors="replace")
        bad = text.count("\ufffd")
        if best is None or bad < best[2]:
            best = (text, codec, bad)
    return best


def decode_html(data: bytes, http_charset: str | None = None) -> tuple[str, str]:
    """(text, codec used); never raises on bad bytes."""
    text, codec, _ = decode_report(data, http_charset)
    return text, codec
