"""One rule for every link the site draws from scraped data: only http(s).

A page's own <link rel=canonical> or URL is written by a stranger; a
`javascript:` or `data:` URL in an href runs when clicked.  Templates use the
`safe_link` Jinja filter, the Atom feed passes its links through it
(outputs.py), and the feed view applies the same rule in SQL
(pipelines.views.safe_url_sql) for readers that are not this site.
"""
from __future__ import annotations

import re

SAFE = re.compile(r"https?://[^\s\x00-\x1f\x7f]+\Z", re.IGNORECASE)


def safe_link(url) -> str | None:
    """The URL when it is an http(s) URL without spaces or control characters, else None."""
    if not isinstance(url, str) or not SAFE.match(url):
        return None
    return url
