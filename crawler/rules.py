"""Crawl rules of an outlet, read from its sources.toml entry.

The base spider asks these rules what a link is (article, later page of an
article, list page) and whether a page is on topic; an outlet needs code only
for a quirk the rules cannot say.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

from .sources import SOURCES_TOML, Outlet, load_outlets, outlet_for_host

DEFAULTS = {"topics": [], "max_list_pages": 50, "stop_after_known": 10, "recheck_days": 2}


@lru_cache(maxsize=4)
def crawl_defaults(path: Path = SOURCES_TOML) -> dict:
    with open(path, "rb") as f:
        return {**DEFAULTS, **tomllib.load(f).get("crawl", {})}


def _compile(patterns) -> tuple[re.Pattern, ...]:
    return tuple(re.compile(p) for p in (patterns or ()))


@dataclass(frozen=True)
class CrawlRules:
    outlet: Outlet
    start_urls: tuple[str, ...]
    article: tuple[re.Pattern, ...]
    listing: tuple[re.Pattern, ...]
    article_pages: tuple[re.Pattern, ...]
    canonical: tuple[tuple[re.Pattern, str], ...]
    strip_query: bool
    topics: tuple[str, ...]
    profile: str
    max_list_pages: int
    stop_after_known: int
    recheck_days: float
    excluded: tuple[str, ...] = ()   # subdomains that are other outlets (bbs.x beside x)

    @classmethod
    def of(cls, outlet: Outlet, defaults: dict | None = None, others: tuple[Outlet, ...] = ()) -> "CrawlRules":
        d = {**(defaults or crawl_defaults()), **outlet.extra}
        if not d.get("start_urls"):
            raise ValueError(f"outlet {outlet.key!r} has no start_urls; add them to its entry in sources.toml")
        return cls(
            outlet=outlet, start_urls=tuple(d["start_urls"]),
            article=_compile(d.get("article")), listing=_compile(d.get("listing")),
            article_pages=_compile(d.get("article_pages")),
            canonical=tuple((re.compile(a), b) for a, b in d.get("canonical", ())),
            strip_query=bool(d.get("strip_query", False)), topics=tuple(d.get("topics", ())),
            profile=d.get("profile", "generic"), max_list_pages=int(d["max_list_pages"]),
            stop_after_known=int(d["stop_after_known"]), recheck_days=float(d["recheck_days"]),
            excluded=tuple(o for other in others if other.key != outlet.key for o in other.domains
                           if any(o.endswith("." + d) for d in outlet.domains)),
        )

    def owns(self, url: str) -> bool:
        """Whether the URL's host is this outlet's (and not a more specific outlet's, like bbs.x beside x)."""
        host = (urlsplit(url).hostname or "").lower()

        def under(domains):
            return any(host == d or host.endswith("." + d) for d in domains)

        return under(self.outlet.domains) and not under(self.excluded)

    def canonicalise(self, url: str) -> str:
        """The one URL an article is known by: rewrites applied, fragment dropped."""
        parts = urlsplit(url)._replace(fragment="")
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        for pattern, repl in self.canonical:
            if pattern.search(tail):
                tail = pattern.sub(repl, tail)
                path, _, query = tail.partition("?")
                parts = parts._replace(path=path, query=query)
                break
        return urlunsplit(parts)

    def kind(self, url: str) -> str | None:
        """"article", "article_page", "listing" or None for a link of this outlet."""
        if not self.owns(url):
            return None
        parts = urlsplit(url)
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        for name, patterns in (("article", self.article), ("article_page", self.article_pages),
                               ("listing", self.listing)):
            if any(p.search(tail) or (name == "article" and self.strip_query and p.search(parts.path))
                   for p in patterns):
                return name
        return None

    def article_url(self, url: str) -> str:
        url = self.canonicalise(url)
        if self.strip_query:
            url = urlunsplit(urlsplit(url)._replace(query=""))
        return url

    def on_topic(self, *texts: str) -> tuple[bool, str]:
        """Whether any topic keyword occurs in the texts; with the keyword found."""
        if not self.topics:
            return True, ""
        for text in texts:
            for word in self.topics:
                if text and word in text:
                    return True, word
        return False, ""


def rules_for(keys: list[str] | None = None, path: Path = SOURCES_TOML) -> dict[str, CrawlRules]:
    outlets = load_outlets(path)
    unknown = [k for k in keys or () if k not in outlets]
    if unknown:
        raise KeyError(f"no outlet {', '.join(unknown)} in {path.name}; known: {', '.join(outlets)}")
    defaults = crawl_defaults(path)
    others = tuple(outlets.values())
    return {k: CrawlRules.of(outlets[k], defaults, others) for k in (keys or outlets)}


def rules_for_url(url: str, rules: dict[str, CrawlRules]) -> CrawlRules | None:
    outlet = outlet_for_host(urlsplit(url).hostname, {k: r.outlet for k, r in rules.items()})
    return rules[outlet.key] if outlet else None
