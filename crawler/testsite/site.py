"""The sample sites as data: articles per outlet, their URLs and pages.

`SampleSite.respond(host, path)` answers one request the way the outlet's
real site would (list pages with pagination, articles, robots.txt) plus the
fault routes listed in articles.toml.  Tests change the site between crawls
(`add_article`, `edit_article`) to see what an incremental crawl fetches.
"""
from __future__ import annotations

import threading
import tomllib
from dataclasses import dataclass, field, replace
from pathlib import Path

from crawler.sources import load_outlets

from . import templates

ARTICLES = Path(__file__).with_name("articles.toml")
PER_PAGE = 3
FAULT_ID = 9000

# How each bundled outlet's site looks: CMS family, encoding, list column.
STYLES = {
    "wfnews": {"family": "founder", "charset": "gb2312", "header_charset": False},
    "ytxww": {"family": "plain", "charset": "utf-8", "header_charset": True},
    "wenming:sz": {"family": "trs", "charset": "utf-8", "header_charset": True, "column": "wmsj"},
    "scwmw": {"family": "trs", "charset": "gbk", "header_charset": True, "column": "zbsc/ya", "ext": "htm",
              "dir_index": True},
    "tianfu_forum": {"family": "discuz", "charset": "utf-8", "header_charset": True, "fid": 2},
}
TEMPLATES = ("real", "simple")  # real: TRS script pagers, Discuz! without URL rewriting; simple: plain links
YTXWW_LIST = 36981


@dataclass
class SampleArticle:
    outlet: str
    id: int
    date: str
    title: str
    paragraphs: list[str]
    pages: int = 1
    mirror_of: int | None = None
    topic: bool = True

    def page_texts(self) -> list[list[str]]:
        n = max(1, self.pages)
        size = -(-len(self.paragraphs) // n)
        return [self.paragraphs[i * size:(i + 1) * size] for i in range(n)]


@dataclass
class Response:
    status: int
    body: bytes = b""
    content_type: str = "text/html"
    fault: str | None = None  # "slow" or "truncated": how the server misbehaves


@dataclass
class SampleSite:
    articles: dict[str, list[SampleArticle]] = field(default_factory=dict)
    faults: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)
    per_page: int = PER_PAGE
    templates: str = "real"

    @classmethod
    def load(cls, path: Path = ARTICLES, extra: int = 0, per_page: int = PER_PAGE,
             templates: str = "real") -> "SampleSite":
        if templates not in TEMPLATES:
            raise ValueError(f"templates must be one of {', '.join(TEMPLATES)}, not {templates!r}")
        with open(path, "rb") as f:
            data = tomllib.load(f)
        site = cls(faults=data.get("faults", {}), per_page=per_page, templates=templates)
        for entry in data.get("article", []):
            site.articles.setdefault(entry["outlet"], []).append(SampleArticle(**entry))
        for outlet, items in site.articles.items():
            for a in items:
                if a.mirror_of:
                    mirrored(a, next(x for x in items if x.id == a.mirror_of))
            for i in range(extra):
                items.append(generated(outlet, i, items[i % len(items)]))
            items.sort(key=lambda a: (a.date, a.id), reverse=True)
        return site

    # -- changes between crawls -------------------------------------------------
    def add_article(self, article: SampleArticle) -> None:
        with self.lock:
            self.articles.setdefault(article.outlet, []).insert(0, article)

    def edit_article(self, outlet: str, id: int, paragraphs: list[str]) -> None:
        with self.lock:
            items = self.articles[outlet]
            items[:] = [replace(a, paragraphs=paragraphs) if a.id == id else a for a in items]

    # -- URLs ---------------------------------------------------------------------
    def host(self, outlet: str) -> str:
        return load_outlets()[outlet].domains[0]

    def outlet_of(self, host: str) -> str | None:
        host = host.lower().split(":")[0]
        return next((k for k in STYLES if host in load_outlets()[k].domains), None)

    @property
    def real(self) -> bool:
        return self.templates == "real"

    def list_path(self, outlet: str, page: int) -> str:
        style = STYLES[outlet]
        family, col, ext = style["family"], style.get("column"), style.get("ext", "shtml")
        if family == "trs" and page == 1 and style.get("dir_index"):
            return f"/{col}/"
        if family == "discuz" and self.real:  # URL rewriting off, Discuz!'s default
            return f"/forum.php?mod=forumdisplay&fid={style['fid']}" + ("" if page == 1 else f"&page={page}")
        return {"founder": f"/wenming/node_101{'' if page == 1 else f'_{page}'}.htm",
                "plain": f"/list/{YTXWW_LIST}{'' if page == 1 else f'?page={page}'}",
                "trs": f"/{col}/index{'' if page == 1 else f'_{page - 1}'}.{ext}",
                "discuz": f"/forum-{style.get('fid')}-{page}.html"}[family]

    def article_path(self, outlet: str, id: int, date: str, page: int = 1) -> str:
        family, col, ext = STYLES[outlet]["family"], STYLES[outlet].get("column"), STYLES[outlet].get("ext", "shtml")
        ym, d, ymd = date[:7], date[8:10], date.replace("-", "")
        if family == "discuz" and self.real:
            return f"/forum.php?mod=viewthread&tid={id}&extra=page%3D1" + ("" if page == 1 else f"&page={page}")
        return {"founder": f"/content/{ym}/{d}/content_{id}{'' if page == 1 else f'_{page}'}.htm",
                "plain": f"/content/{id}{'' if page == 1 else f'?page={page}'}",
                "trs": f"/{col}/{ymd[:6]}/t{ymd}_{id}{'' if page == 1 else f'_{page - 1}'}.{ext}",
                "discuz": f"/thread-{id}-{page}-1.html"}[family]

    def fault_paths(self, outlet: str) -> dict[str, str]:
        return {self.article_path(outlet, FAULT_ID + i, "2024-01-01"): kind
                for i, kind in enumerate(self.faults.get(outlet, []))}

    def article_urls(self, outlet: str) -> list[str]:
        return [f"http://{self.host(outlet)}{self.article_path(outlet, a.id, a.date)}"
                for a in self.articles.get(outlet, [])]

    # -- responses ------------------------------------------------------------------
    def respond(self, host: str, path: str) -> Response:
        outlet = self.outlet_of(host)
        if outlet is None:
            return Response(404, b"no such sample site")
        with self.lock:
            return self._respond(outlet, path)

    def _respond(self, outlet: str, path: str) -> Response:
        if path == "/robots.txt":
            lines = ["User-agent: *", "Disallow: /private/"]
            lines += [f"Disallow: {p}" for p, kind in self.fault_paths(outlet).items() if kind == "robots"]
            return Response(200, ("\n".join(lines) + "\n").encode(), "text/plain")
        if path == "/" and self.list_path(outlet, 1) != "/":
            return self.page(outlet, templates.home_page(load_outlets()[outlet].name, STYLES[outlet]["charset"],
                                                         self.list_path(outlet, 1)))
        fault = self.fault_paths(outlet).get(path)
        if fault:
            return fault_response(fault, self.encode(outlet, "<html><body><p>稍后再试</p></body></html>"))
        items = self.articles.get(outlet, [])
        n_pages = max(1, -(-len(items) // self.per_page))
        same = self.same_page(outlet)
        for page in range(1, n_pages + 1):
            if same(path, self.list_path(outlet, page)):
                return self.page(outlet, self.render_list(outlet, items, page, n_pages))
        for a in items:
            for k in range(1, a.pages + 1):
                if same(path, self.article_path(outlet, a.id, a.date, k)):
                    return self.page(outlet, self.render_article(outlet, a, k, items))
        return Response(404, b"<html><body>404 Not Found</body></html>")

    def same_page(self, outlet: str):
        """How a requested path is matched to a page: exactly, except that a Discuz! forum with URL
        rewriting on still answers its forum.php addresses (as every Discuz! site does)."""
        if STYLES[outlet]["family"] != "discuz" or self.real:
            return lambda path, page: path == page
        from pipelines.dedup.canonical import canonical_url

        return lambda path, page: path == page or canonical_url("http://h" + path) == canonical_url("http://h" + page)

    def render_list(self, outlet, items, page, n_pages) -> str:
        host, style = self.host(outlet), STYLES[outlet]
        chunk = items[(page - 1) * self.per_page: page * self.per_page]
        rows = [(self.article_path(outlet, a.id, a.date), a.title, a.date) for a in chunk]
        if page == 1:
            rows += [(p, f"通知{i}", "2024-01-01") for i, p in enumerate(self.fault_paths(outlet))]
            rows += self.duplicate_links(outlet, chunk[:1])
        pages = [(self.list_path(outlet, p), label) for p, label in
                 ((1, "首页"), (page - 1, "上一页"), (page + 1, "下一页")) if 1 <= p <= n_pages and p != page]
        if style["family"] == "trs" and self.real:
            pages = templates.script_pager(n_pages, page - 1, "index", style.get("ext", "shtml"))
        name = load_outlets()[outlet].name
        absolute = [(f"http://{host}{u}" if u.startswith("/") else u, t, d) for u, t, d in rows]
        thread_pages = {f"http://{host}{self.article_path(outlet, a.id, a.date)}":
                        f"http://{host}{self.article_path(outlet, a.id, a.date, 2)}" for a in chunk if a.pages > 1}
        return templates.list_page(style["family"], name, style["charset"], self.list_path(outlet, 1),
                                   absolute, pages, thread_pages)

    def duplicate_links(self, outlet, chunk) -> list[tuple[str, str, str]]:
        """The same article under a second URL, as real list pages do."""
        out = []
        for a in chunk:
            family = STYLES[outlet]["family"]
            if family == "discuz":  # the other URL form, parameters in another order
                out.append((f"/forum.php?tid={a.id}&mod=viewthread" if self.real
                            else f"/forum.php?mod=viewthread&tid={a.id}&extra=page%3D1", a.title, a.date))
            elif family == "plain":  # the CMS's other article address
                out.append((f"/index.php/content/{a.id}", a.title, a.date))
            else:
                out.append((self.article_path(outlet, a.id, a.date) + "#comment", a.title, a.date))
        return out

    def render_article(self, outlet, a: SampleArticle, k: int, items) -> str:
        style = STYLES[outlet]
        pages = [(self.article_path(outlet, a.id, a.date, p), str(p)) for p in range(1, a.pages + 1) if p != k]
        if style["family"] == "trs" and self.real and a.pages > 1:
            ymd = a.date.replace("-", "")
            pages = templates.script_pager(a.pages, k - 1, f"t{ymd}_{a.id}", style.get("ext", "shtml"))
        related = [(self.article_path(outlet, b.id, b.date), b.title) for b in items[:4] if b.id != a.id]
        return templates.article_page(style["family"], load_outlets()[outlet].name, style["charset"],
                                      self.list_path(outlet, 1), a.title, a.date, a.page_texts()[k - 1],
                                      pages, related)

    def encode(self, outlet: str, html: str) -> bytes:
        return html.encode("gb18030" if STYLES[outlet]["charset"] in ("gbk", "gb2312") else "utf-8")

    def page(self, outlet: str, html: str) -> Response:
        style = STYLES[outlet]
        ctype = f"text/html; charset={style['charset']}" if style["header_charset"] else "text/html"
        return Response(200, self.encode(outlet, html), ctype)


def fault_response(kind: str, body: bytes) -> Response:
    if kind == "404":
        return Response(404, b"<html><body>404 Not Found</body></html>")
    if kind == "500":
        return Response(500, b"<html><body>500 Internal Server Error</body></html>")
    return Response(200, body, fault=kind)  # slow, truncated


def mirrored(copy: SampleArticle, original: SampleArticle) -> None:
    """Turn `copy` into a spam-mirror of `original`: Traditional script, pinyin after converted characters."""
    import opencc
    from pypinyin import Style, pinyin

    conv = opencc.OpenCC("s2t")

    def mirror(text: str) -> str:
        out = []
        for ch in text:
            t = conv.convert(ch)
            out.append(t if t == ch else f"{t}({pinyin(ch, style=Style.TONE)[0][0]})")
        return "".join(out)

    copy.title = mirror(original.title)
    copy.paragraphs = [mirror(p) for p in original.paragraphs]


def generated(outlet: str, i: int, model: SampleArticle) -> SampleArticle:
    """More articles for benchmarks: a known article's text under a new id and date."""
    day = 1 + i % 28
    return SampleArticle(outlet=outlet, id=100000 + i, date=f"2022-{1 + i // 28 % 12:02d}-{day:02d}",
                         title=f"{model.title}（{i + 1}）",
                         paragraphs=[f"{p}（第{i + 1}篇）" for p in model.paragraphs] or ["志愿服务活动。"],
                         topic=model.topic)
