"""One rule for every link the site draws from scraped data: only http(s).

A page's own <link rel=canonical> or URL is written by a stranger; a
`javascript:` or `data:` URL in an href runs when clicked.  Templates use the
`safe_link` Jinja filter, the Atom feed passes its links through it
(outputs.py), and the feed view applies the same rule in SQL
(pipelines.views.safe_url_sql) for readers that are not this site.
"""
from __future__ import annotations

from pipelines.urls import http_url


def safe_link(url) -> str | None:
    """The URL when it is a well-formed http(s) URL (the store's own rule, pipelines/urls.py), else None."""
    return http_url(url) if isinstance(url, str) else None
