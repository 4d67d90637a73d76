"""The base news spider: everything an outlet's sources.toml entry describes.

Options (all from the entry, see crawler/sources.toml): start_urls (list
pages, sitemaps, RSS feeds), article / listing / article_pages link rules,
canonical rewrites, topic keywords, pagination depth, incremental stop and
re-check window.  Subclasses set `outlets = ("key",)` and may override two
hooks for a site's quirk: `links(response)` (the links of a page, as
(url, text)) and `article_page_links(response, rules)`.

Incremental: articles already stored (crawl_log) are not fetched again; once
an outlet has had a finished crawl, a listing stops after `stop_after_known`
known links; recent articles are re-fetched now and then to catch edits.
"""
from __future__ import annotations

import re

import scrapy
from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.sitemap import Sitemap

from pipelines.crawl.db import crawl_db, due_for_recheck, has_finished_crawl, known_articles, log_fetch, set_outcome

from .links import page_links
from .rules import CrawlRules, rules_for, rules_for_url
from .timing import timed

DIGITS = re.compile(r"\d+")
LISTING_PRIORITY = 10  # list pages before articles: pagination runs ahead and keeps the downloader busy


class BaseNewsSpider(scrapy.Spider):
    name = "base"
    outlets: tuple[str, ...] = ()   # outlet keys; empty = every outlet (or -a outlets=a,b)

    def __init__(self, outlets: str | None = None, *args, **kwargs):
        super().__init__(*args, **kwargs)
        keys = [k for k in (outlets or "").split(",") if k] or list(self.outlets) or None
        self.rules: dict[str, CrawlRules] = rules_for(keys)
        self.allowed_domains = [d for r in self.rules.values() for d in r.outlet.domains]
        self.known: dict[str, dict] = {k: {} for k in self.rules}
        self.finished_before: dict[str, bool] = {k: False for k in self.rules}
        self.db = None   # set from the crawler's settings (WENMING_DB) in from_crawler
        self.requested: set[str] = set()   # identities of the articles and lists asked for in this run
        self._known_ids: dict[str, tuple[int, set[str]]] = {}
        self.recheck_every, self.max_article_pages, self.stop_after_known = 6.0, 20, 0

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.db = crawl_db(crawler.settings["WENMING_DB"])
        spider.recheck_every = crawler.settings.getfloat("WENMING_RECHECK_EVERY_HOURS", 6.0)
        spider.max_article_pages = crawler.settings.getint("WENMING_MAX_ARTICLE_PAGES", 20)
        spider.stop_after_known = crawler.settings.getint("WENMING_STOP_AFTER_KNOWN", 0)  # 0: sources.toml's
        for key in spider.rules:
            spider.known[key] = known_articles(spider.db, key)
            spider.finished_before[key] = has_finished_crawl(spider.db, key)
        return spider

    def outlet_of(self, url: str) -> str | None:
        r = rules_for_url(url, self.rules)
        return r.outlet.key if r else None

    # -- where a crawl begins ---------------------------------------------------
    async def start(self):
        for key, rules in self.rules.items():
            for url in rules.start_urls:
                self.requested.add(rules.identity(url))
                yield scrapy.Request(url, callback=self.parse_start, errback=self.failed,
                                     meta={"outlet": key, "kind": "listing", "list_page": 1})
            for url in due_for_recheck(self.known[key], rules.recheck_days, self.recheck_every):
                yield self.article_request(url, key, "", recheck=True)

    def parse_start(self, response):
        if is_xml(response):
            yield from self.parse_feed(response)
        else:
            yield from self.parse_listing(response)

    # -- list pages, sitemaps, feeds ---------------------------------------------
    def links(self, response) -> list[tuple[str, str]]:
        """Hook: (absolute URL, link text) of every link on a page, and the pages a script pager
        (TRS createPageHTML) would link."""
        return page_links(response.text, response.url)

    def known_ids(self, key: str) -> set[str]:
        """Identities of the outlet's known articles (recomputed when the known set grows)."""
        known = self.known[key]
        cached = self._known_ids.get(key)
        if cached is None or cached[0] != len(known):
            cached = (len(known), {self.rules[key].identity(u) for u in known})
            self._known_ids[key] = cached
        return cached[1]

    def parse_listing(self, response):
        key = response.meta["outlet"]
        with timed(getattr(getattr(self, "crawler", None), "stats", None), "links"):
            links = self.links(response)
        yield from self.follow_links(response, key, links)

    def parse_feed(self, response):
        """A sitemap (<urlset>/<sitemapindex>) or an RSS/Atom feed: links without text."""
        key = response.meta["outlet"]
        body = response.body
        if b"<urlset" in body[:2000] or b"<sitemapindex" in body[:2000]:
            links = [(entry["loc"], "") for entry in Sitemap(body)]
        else:
            sel = scrapy.Selector(response, type="xml")
            sel.remove_namespaces()
            links = [(u.strip(), t) for u, t in zip(sel.xpath("//item/link/text()|//entry/link/@href").getall(),
                                                    sel.xpath("//item/title/text()|//entry/title/text()").getall()
                                                    + [""] * 10000)]
        yield from self.follow_links(response, key, links, feed=True)

    def follow_links(self, response, key: str, links, feed: bool = False):
        rules, known = self.rules[key], self.known_ids(key)
        seen: set[str] = set()
        listings, new, old = [], 0, 0
        for url, text in links:
            ident = rules.identity(url)
            kind = rules.kind(url, ident)
            if kind == "article":
                if ident in seen:
                    continue
                seen.add(ident)
                if ident in known:
                    old += 1
                    continue
                if ident in self.requested:  # linked from another list page, maybe in another form
                    continue
                self.requested.add(ident)
                new += 1
                yield self.article_request(rules.fetch_url(url), key, text)
            elif (kind == "listing" or (feed and url.endswith(".xml"))) and ident not in self.requested:
                self.requested.add(ident)
                listings.append(rules.fetch_url(url))
        depth = response.meta.get("list_page", 1)
        limit = self.stop_after_known or rules.stop_after_known
        stop = self.finished_before[key] and old >= limit
        reason = f"{new} new, {old} known article links"
        if stop:
            reason += f"; listing stopped (at least {limit} known)"
        elif depth < rules.max_list_pages:
            for url in listings:
                callback = self.parse_feed if url.endswith(".xml") else self.parse_listing
                yield scrapy.Request(url, callback=callback, errback=self.failed, priority=LISTING_PRIORITY,
                                     meta={"outlet": key, "kind": "listing", "list_page": depth + 1})
        set_outcome(self.db, response.meta.get("fetch_id"), "listed", reason)

    # -- articles ---------------------------------------------------------------------
    def article_request(self, url: str, key: str, text: str, recheck: bool = False):
        return scrapy.Request(url, callback=self.parse_article, errback=self.failed, dont_filter=recheck,
                              meta={"outlet": key, "kind": "article", "link_text": text, "recheck": recheck})

    def article_page_links(self, response, rules: CrawlRules) -> list[str]:
        """Hook: later pages of the article on this page, in order."""
        article = rules.identity(response.meta.get("article_url", response.url))
        out, seen = [], set()
        for url, _ in self.links(response):
            ident = rules.identity(url)
            if ident in seen or rules.kind(url, ident) != "article_page" or not rules.is_later_page(article, ident):
                continue
            seen.add(ident)
            out.append(rules.fetch_url(url))
        return sorted(out, key=lambda u: int(DIGITS.findall(rules.identity(u))[-1]))

    def parse_article(self, response):
        meta = response.meta
        key, rules = meta["outlet"], self.rules[meta["outlet"]]
        pages = [*meta.get("pages", []), page_record(response)]
        todo = meta.get("todo")
        if todo is None:  # the first page: which later pages are there
            todo = self.article_page_links(response, rules)[: self.max_article_pages - 1]
        todo = [u for u in todo if u not in {p["url"] for p in pages}]
        if todo:
            yield response.request.replace(
                url=todo[0], dont_filter=True,
                meta={**{k: meta.get(k) for k in ("outlet", "link_text", "recheck")}, "kind": "page",
                      "article_url": meta.get("article_url", response.url), "pages": pages, "todo": todo[1:]})
            return
        yield self.article_item(key, meta.get("article_url", response.url), pages, meta)

    def article_item(self, key, url, pages, meta, incomplete: str | None = None) -> dict:
        return {"outlet": key, "url": url, "pages": pages, "link_text": meta.get("link_text", ""),
                "recheck": meta.get("recheck", False), "incomplete": incomplete}

    # -- failures ----------------------------------------------------------------------
    def failed(self, failure):
        request = failure.request
        meta = request.meta
        exc = failure.value
        if isinstance(exc, HttpError):
            reason = f"HTTP {exc.response.status}"
        else:
            from .middlewares import describe

            reason = describe(exc)
        fetch_id = meta.get("fetch_id")
        if fetch_id is None or (isinstance(exc, IgnoreRequest) and not isinstance(exc, HttpError)):  # never reached the downloader (robots.txt...)
            fetch_id = log_fetch(self.db, run_id=getattr(self, "run_id", None), worker=getattr(self, "worker", None),
                                 outlet=meta.get("outlet") or self.outlet_of(request.url), url=request.url,
                                 kind=meta.get("kind", "page"), error=reason)
        set_outcome(self.db, fetch_id, "fetch-failed", reason)
        if meta.get("kind") == "page" and meta.get("pages"):  # a later page failed: keep what we have
            yield self.article_item(meta["outlet"], meta["article_url"], meta["pages"], meta,
                                    incomplete=f"page {request.url} failed: {reason}")


def page_record(response) -> dict:
    return {"url": response.url, "body": response.body, "status": response.status,
            "headers": {k.decode().lower(): b", ".join(v).decode("latin-1") for k, v in response.headers.items()},
            "fetch_id": response.meta.get("fetch_id"), "encoding": getattr(response, "encoding", None)}


def is_xml(response) -> bool:
    ctype = response.headers.get("Content-Type", b"").decode("latin-1").lower()
    return "xml" in ctype or response.url.endswith(".xml") or response.body[:100].lstrip().startswith(b"<?xml")
