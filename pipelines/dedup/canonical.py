"""Canonical URLs: one address per page, whatever link led to it.

Two links to the same page should give the same canonical URL: tracking
parameters, fragments, mobile and print variants and the several URL forms
of a Discuz! forum thread all fold into one form.  The canonical URL is an
identity key for the store; it is not promised to be fetchable.
"""
from __future__ import annotations

import re
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

# Query parameters that say how a reader arrived, never which page it is.
TRACKING_PARAMS = frozenset({
    "spm", "from", "isappinstalled", "scene", "clicktime", "enterid",
    "share_token", "sharer_sharetime", "sharer_shareid", "share_from",
    "shareid", "wxshare", "wfr", "tt_from", "srcid", "sourcefrom",
    "fromuid", "frommodule", "source_type", "timestamp", "_t",
    "mobile", "extra", "fbclid", "gclid", "from_source", "sessionid",
    "jsessionid", "subscene", "ref", "referer", "refer", "refid",
})
TRACKING_PREFIXES = ("utm_", "share_", "wx_", "wxfrom")
PRINT_PARAMS = frozenset({"print", "printable", "isprint", "printview"})
PRINT_VALUES = frozenset({"print", "printable"})

# Hosts of mobile editions: m.example.com, wap.example.com, 3g.example.com.
MOBILE_LABELS = frozenset({"m", "wap", "3g", "mobile", "mob", "h5", "touch"})

_DISCUZ_THREAD = re.compile(r"/thread-(\d+)-(\d+)-\d+\.html$")
_DISCUZ_FORUM = re.compile(r"/forum-(\d+)-(\d+)\.html$")
# The archiver (text-only) edition: /archiver/?tid-5.html, /archiver/tid-5.html?page=2, ?fid-2-3.html
_DISCUZ_ARCHIVER = re.compile(r"^(tid|fid)-(\d+)(?:-(\d+))?\.html$")
_DISCUZ_ARTICLE = re.compile(r"/article-(\d+)-(\d+)\.html$")
_PRINT_SUFFIX = re.compile(r"[_-]print(?=\.s?html?$)", re.I)
_PRINT_SEGMENT = re.compile(r"/print(?=/)", re.I)
_SESSION_IN_PATH = re.compile(r";jsessionid=[^/?#]*", re.I)


@lru_cache(maxsize=1)
def _domain_parser():
    # tldextract's bundled suffix snapshot: no network fetch at run time.
    import tldextract

    return tldextract.TLDExtract(suffix_list_urls=(), cache_dir=None)


def desktop_host(host: str) -> str:
    """The desktop host of a mobile edition (m.x.com.cn -> www.x.com.cn)."""
    labels = host.split(".")
    if len(labels) < 3 or labels[0] not in MOBILE_LABELS:
        return host
    parts = _domain_parser()(host)
    if not parts.suffix or not parts.domain:
        return host
    sub = parts.subdomain.split(".") if parts.subdomain else []
    if not sub or sub[0] not in MOBILE_LABELS:
        return host
    rest = sub[1:]
    return ".".join((rest or ["www"]) + [parts.domain, parts.suffix])


def _is_tracking(key: str) -> bool:
    k = key.lower()
    return k in TRACKING_PARAMS or k.startswith(TRACKING_PREFIXES)


def _is_print(key: str, value: str) -> bool:
    k = key.lower()
    return k in PRINT_PARAMS or (k in {"view", "type", "mode", "action"} and value.lower() in PRINT_VALUES)


def _paged(script: str, params: list[tuple[str, str]], page: str) -> tuple[str, list[tuple[str, str]]]:
    return script, params + ([("page", page)] if page not in {"", "1"} else [])


def _discuz_archiver(base: str, path: str, raw_query: str) -> tuple[str, list[tuple[str, str]]] | None:
    """/archiver/?tid-5.html (or /archiver/tid-5.html): the thread or forum it is a text copy of."""
    if "/archiver" not in path:
        return None
    name = path.rsplit("/", 1)[-1] if not path.endswith("/") else ""
    query = dict(parse_qsl(raw_query, keep_blank_values=True))
    for candidate in (name, *query):
        m = _DISCUZ_ARCHIVER.match(candidate)
        if m:
            kind, ident, page = m.groups()
            root = base.split("/archiver")[0]
            mod = "viewthread" if kind == "tid" else "forumdisplay"
            return _paged(root + "/forum.php", [("mod", mod), (kind, ident)], page or query.get("page", "1"))
    return None


def _discuz(path: str, query: list[tuple[str, str]], raw_query: str = "") -> tuple[str, list[tuple[str, str]]] | None:
    """Discuz! threads, forum lists and portal articles in their one dynamic form, rewriting on or off."""
    q = {k.lower(): v for k, v in query}
    base = path.rsplit("/", 1)[0]
    archived = _discuz_archiver(base, path, raw_query)
    if archived:
        return archived
    m = _DISCUZ_THREAD.search(path)
    if m:
        tid, page = m.groups()
    elif path.endswith(("/forum.php", "/viewthread.php")) and "tid" in q and (
        q.get("mod", "viewthread") == "viewthread"
    ):
        if "authorid" in q:  # one poster's posts only: another view, not the thread
            return base + "/forum.php", sorted(query)
        tid, page = q["tid"], q.get("page", "1")
    else:
        f = _DISCUZ_FORUM.search(path)
        if f:
            return _paged(base + "/forum.php", [("mod", "forumdisplay"), ("fid", f.group(1))], f.group(2))
        if path.endswith("/forum.php") and q.get("mod") == "forumdisplay" and "fid" in q:
            return _paged(base + "/forum.php", [("mod", "forumdisplay"), ("fid", q["fid"])], q.get("page", "1"))
        a = _DISCUZ_ARTICLE.search(path)
        if a:
            aid, page = a.groups()
        elif path.endswith("/portal.php") and q.get("mod") == "view" and "aid" in q:
            aid, page = q["aid"], q.get("page", "1")
        else:
            return None
        return _paged(base + "/portal.php", [("mod", "view"), ("aid", aid)], page)
    return _paged(base + "/forum.php", [("mod", "viewthread"), ("tid", tid)], page)


def canonical_url(url: str) -> str:
    """One address per page: see the module docstring for what folds together."""
    if not url:
        return url
    url = url.strip()
    if "://" not in url and not url.startswith("//"):
        url = "http://" + url  # a bare host/path, as some pages link
    elif url.startswith("//"):
        url = "http:" + url
    parts = urlsplit(url)
    scheme = (parts.scheme or "http").lower()
    host = (parts.hostname or "").rstrip(".")
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        netloc_port = f":{port}"
    else:
        netloc_port = ""
    host = desktop_host(host)
    path = _SESSION_IN_PATH.sub("", parts.path) or "/"
    path = _PRINT_SEGMENT.sub("", _PRINT_SUFFIX.sub("", path))
    path = re.sub(r"/{2,}", "/", path)
    query = [
        (k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not _is_tracking(k) and not _is_print(k, v) and v != ""
    ]
    discuz = _discuz(path, query, parts.query)
    if discuz:
        path, query = discuz
    else:
        query.sort()
    return urlunsplit((scheme, host + netloc_port, path, urlencode(query), ""))
