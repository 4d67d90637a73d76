"""The peers measured beside our parser: each takes (html text, url) and
returns (title + body text, date or None, authors).

They are optional (`pip install wenming[bench]`); a peer that is not
installed is left out of the run with a note, never faked.
"""
from __future__ import annotations

import logging
from collections.abc import Callable

Result = tuple[str, str | None, list[str]]


def run_trafilatura(html: str, url: str | None) -> Result:
    import trafilatura

    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True)
    if doc is None:
        return "", None, []
    title, text = getattr(doc, "title", None), getattr(doc, "text", None)
    author = getattr(doc, "author", None)
    authors = [a.strip() for a in (author or "").split(";") if a.strip()]
    return "\n".join(x for x in (title, text) if x), getattr(doc, "date", None), authors


def run_readability(html: str, url: str | None) -> Result:
    import lxml.html
    from readability import Document

    doc = Document(html, url=url)
    summary = lxml.html.fromstring(doc.summary(html_partial=True) or "<div></div>")
    return doc.short_title() + "\n" + summary.text_content(), None, []


def run_gne(html: str, url: str | None) -> Result:
    from gne import GeneralNewsExtractor

    out = GeneralNewsExtractor().extract(html)
    author = out.get("author") or ""
    return (out.get("title") or "") + "\n" + (out.get("content") or ""), \
        out.get("publish_time") or None, [author] if author else []


PEERS: dict[str, tuple[str, Callable[[str, str | None], Result]]] = {
    "trafilatura": ("trafilatura", run_trafilatura),
    "readability": ("readability", run_readability),
    "gne": ("gne", run_gne),
}


def available() -> dict[str, Callable[[str, str | None], Result]]:
    """Installed peers, quietened (they log every page they doubt)."""
    import importlib.util

    found = {}
    for name, (module, fn) in PEERS.items():
        if importlib.util.find_spec(module) is None:
            print(f"note: {name} is not installed; run `uv pip install 'wenming[bench]'` to measure it")
            continue
        found[name] = fn
    for noisy in ("trafilatura", "readability", "readability.readability", "htmldate", "gne"):
        logging.getLogger(noisy).setLevel(logging.CRITICAL)
    return found
