"""Pagination a page writes with JavaScript instead of links.

TRS WCM, the CMS of the 文明网 sites and many government portals, prints the
pager of a list (and of a long article) with a script call,
`createPageHTML(5, 0, "index", "shtml")`: five pages, this is page 0, the
others are index_1.shtml ... index_4.shtml beside it.  The arguments may be
literals or variables the page assigns (`var countPage = 5`).  No script runs:
the call is read as text.
"""
from __future__ import annotations

import re
from urllib.parse import urljoin

# A call with four arguments, each a number, a quoted name or a variable name.
CREATE_PAGE = re.compile(
    r"""createPageHTML\(\s*([\w$]+)\s*,\s*([\w$]+)\s*,\s*(["']?)([\w.-]+)\3\s*,\s*(["']?)(\w+)\5\s*\)""")
MAX_PAGES = 1000  # a page claiming more is not believed beyond this


def _value(token: str, quoted: bool, script: str) -> str | None:
    if quoted or token.isdigit():
        return token
    m = re.search(r"\bvar\s+" + re.escape(token) + r"""\s*=\s*["']?([\w.-]+)["']?\s*;""", script)
    return m.group(1) if m else None


def script_page_links(html: str, base_url: str) -> list[str]:
    """Absolute URLs of the other pages a createPageHTML() call would link, in order."""
    out: list[str] = []
    for m in CREATE_PAGE.finditer(html):
        total, current = _value(m.group(1), False, html), _value(m.group(2), False, html)
        name, ext = _value(m.group(4), bool(m.group(3)), html), _value(m.group(6), bool(m.group(5)), html)
        if not (total and current and name and ext) or not (total.isdigit() and current.isdigit()):
            continue  # the function's own definition, or variables the page never sets
        for k in range(min(int(total), MAX_PAGES)):
            if k == int(current):
                continue
            url = urljoin(base_url, f"{name}.{ext}" if k == 0 else f"{name}_{k}.{ext}")
            if url not in out:
                out.append(url)
    return out
