"""Multi-page articles (下一页, 共N页, name_2.htm): the links to the next
pages, and merging their article lines into the first page's.  Fetching is
the caller's: a callable url -> bytes | None keeps this module pure."""
from __future__ import annotations

import re
from collections.abc import Callable
from urllib.parse import urljoin, urlsplit

from parsers.html import selectors as S

MAX_PAGES = 30
PAGE_FILE = re.compile(r"^(?P<stem>.+?)(?P<ext>\.s?html?|\.jsp|\.php|\.aspx?)?$")

Fetch = Callable[[str], bytes | None]


def page_number(first: str, other: str) -> int | None:
    """N when other is page N of the article whose first page is first
    (same host and path, '_N' added before the extension)."""
    a, b = urlsplit(first), urlsplit(other)
    if a.netloc != b.netloc:
        return None
    ma, mb = PAGE_FILE.match(a.path), PAGE_FILE.match(b.path)
    if not ma or not mb or ma.group("ext") != mb.group("ext"):
        return None
    m = re.fullmatch(re.escape(ma.group("stem")) + r"_(\d{1,3})", mb.group("stem"))
    return int(m.group(1)) if m else None


def same_article(first: str, other: str) -> bool:
    return page_number(first, other) is not None


def next_page_urls(root, url: str | None, first: str | None = None) -> list[str]:
    """Later pages of this article linked from the page, in page order;
    first is the article's first page when root is a later one."""
    if not url:
        return []
    first = first or url
    found: dict[int, str] = {}
    for a in root.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("javascript:", "#")):
            continue
        target = urljoin(url, href).split("#")[0]
        n = page_number(first, target)
        if n is not None:
            found[n] = target
        elif a.text_content().strip().lower() in S.NEXT_PAGE_TEXT and target not in (url, first) \
                and urlsplit(target).netloc == urlsplit(url).netloc:
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
            queue += [u for u in next_page_urls(root, page_url, url) if u not in seen and u not in queue]
    return lines
