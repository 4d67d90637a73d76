"""Highlighted excerpts of an article around the words searched for.

The text is escaped first and only the <mark> tags are added, so scraped
text is always shown as text, never run as HTML.
"""
from __future__ import annotations

import re

from markupsafe import Markup, escape

from ..search.segment import search_words

BEFORE, AFTER = 30, 90


def word_pattern(search: str | None) -> re.Pattern | None:
    words = sorted(set(search_words(search)), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)


def highlight(text: str, pattern: re.Pattern | None) -> Markup:
    if not pattern:
        return escape(text)
    out, pos = [], 0
    for m in pattern.finditer(text):
        out.append(escape(text[pos:m.start()]))
        out.append(Markup("<mark>") + escape(m.group()) + Markup("</mark>"))
        pos = m.end()
    out.append(escape(text[pos:]))
    return Markup("").join(out)


def snippet(text: str | None, search: str | None, before: int = BEFORE, after: int = AFTER) -> Markup:
    """An excerpt around the first match, matches in <mark>; the opening when nothing matches."""
    text = text or ""
    pattern = word_pattern(search)
    m = pattern.search(text) if pattern else None
    start = max(0, m.start() - before) if m else 0
    end = min(len(text), (m.end() if m else 0) + after)
    excerpt = text[start:end].replace("\n", " ")
    return (Markup("…") if start else Markup("")) + highlight(excerpt, pattern) + (Markup("…") if end < len(text) else Markup(""))
