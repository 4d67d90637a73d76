"""The links of a page, as the crawler follows them: <a href> resolved against the page's
address (or its <base>), and the pages a script pager would link (crawler/pagination.py).

Pure function of the page's text and address, shared by the spiders and by
`wenming outlet check`, so the check shows exactly what a crawl would follow.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html

from .pagination import script_page_links

SKIP = ("javascript:", "mailto:", "tel:", "#", "data:")
SPACES = re.compile(r"\s+")


def page_links(html: str, base_url: str) -> list[tuple[str, str]]:
    """(absolute URL, link text) of every followable link, in page order."""
    if not html.strip():
        return []
    try:
        doc = lxml.html.fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return []
    base = doc.find(".//base[@href]")
    base_url = urljoin(base_url, base.get("href").strip()) if base is not None else base_url
    out = []
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.lower().startswith(SKIP):
            continue
        out.append((urljoin(base_url, href), SPACES.sub(" ", a.text_content()).strip()))
    if "createPageHTML" in html:
        out += [(url, "") for url in script_page_links(html, base_url)]
    return out
