"""Multi-page articles (下一页, 共N页, name_2.htm): the links to the next
pages, and merging their article lines into the first page's.  Fetching is
the caller's: a callable url -> bytes | None keeps this module pure."""
from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from parsers.html import selectors as S

MAX_PAGES = 30
PAGE_SUFFIX = re.compile(r"^(?P<stem>.*?)(?:_(?P<n>\d{1,3}))?(?P<ext>\.s?html?|\.jsp|\.php|\.aspx?)$")

Fetch = Callable[[str], bytes | None]


def same_article(url: str, other: str) -> bool:
    """other is a later page of url: same host and stem, '_N' added."""
    a, b = urlsplit(url), urlsplit(other)
    if a.netloc != b.netloc:
        return False
    ma, mb = PAGE_SUFFIX.match(a.path), PAGE_SUFFIX.match(b.path)
    if not ma or not mb or not mb.group("n"):
        return False
    return ma.group("stem") == mb.group("stem") and ma.group("ext") == mb.group("ext")


def next_page_urls(root, url: str | None) -> list[str]:
    """Later pages of this article linked from the page, in page order."""
    if not url:
        return []
    found: dict[int, str] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        target = urljoin(url, href).split("#")[0]
        text = a.text_content().strip().lower()
        if same_article(url, target):
            found[int(PAGE_SUFFIX.match(urlsplit(target).path).group("n"))] = target
        elif text in S.NEXT_PAGE_TEXT and target != url and urlsplit(target).netloc == urlsplit(url).netloc:
            found.setdefault(10_000 + len(found), target)
    return [found[k] for k in sorted(found)]


def follow(url: str, first_root, fetch: Fetch, read: Callable) -> list:
    """Lines of the later pages: read(data, page_url) -> (root, lines) for each
    page fetched, following next links page by page, each URL once."""
    seen, lines = {url}, []
    queue = [u for u in next_page_urls(first_root, url)]
    while queue and len(seen) < MAX_PAGES:
        page_url = queue.pop(0)
        if page_url in seen:
            continue
        seen.add(page_url)
        data = fetch(page_url)
        if not data:
            continue
        root, page_lines = read(data, page_url)
        lines += page_lines
        if root is not None:
            queue += [u for u in next_page_urls(root, page_url) if u not in seen and u not in queue]
    return lines
