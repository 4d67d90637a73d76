"""URLs from pages are data: only http(s) addresses are kept as links.

A page names its own address (<link rel=canonical>, og:url) and archives name
the address they recorded; a hostile page can put `javascript:…` or `data:…`
there, or an address that does not parse (http://host:abc/).  The store keeps
`url` and `canonical_url` only when `http_url` accepts them and notes what it
dropped, so nothing that reaches a template or a feed can run.
"""
from __future__ import annotations

from urllib.parse import urlsplit

MAX_URL = 2048
SCHEMES = ("http", "https")


def why_not_http(url: str) -> str | None:
    """Why this is not a usable http(s) address, or None when it is."""
    if len(url) > MAX_URL:
        return f"longer than {MAX_URL} characters"
    if any(ord(c) < 0x21 or ord(c) == 0x7F for c in url):
        return "holds spaces or control characters"
    try:
        parts = urlsplit(url)
        parts.port  # noqa: B018 - raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"does not parse ({exc})"
    if parts.scheme.lower() not in SCHEMES:
        return f"not an http(s) address (scheme {parts.scheme.lower()[:20] or 'missing'!r})"
    if not parts.hostname:
        return "has no host"
    return None


def http_url(url: str | None) -> str | None:
    """The address when it is a well-formed http(s) URL, else None."""
    if not url:
        return None
    url = url.strip()
    return None if why_not_http(url) else url


def shown(url: str, limit: int = 80) -> str:
    """A hostile URL as it may appear in a note: quoted, cut short."""
    return repr(url[:limit] + ("…" if len(url) > limit else ""))
