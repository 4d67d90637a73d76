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

from pipelines.dedup.canonical import canonical_url

from .sources import SOURCES_TOML, Outlet, load_outlets, outlet_for_host

DIGITS = re.compile(r"\d+")
DEFAULTS = {"topics": [], "max_list_pages": 50, "stop_after_known": 10, "recheck_days": 2}


@lru_cache(maxsize=4)
def crawl_defaults(path: Path = SOURCES_TOML) -> dict:
    with open(path, "rb") as f:
        return {**DEFAULTS, **tomllib.load(f).get("crawl", {})}


@lru_cache(maxsize=4)
def family_rules(path: Path = SOURCES_TOML) -> dict[str, dict]:
    """Link rules of each CMS family ([families.NAME] in sources.toml)."""
    with open(path, "rb") as f:
        return tomllib.load(f).get("families", {})


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
        profile = outlet.extra.get("profile", "generic")
        d = {**(defaults or crawl_defaults()), **family_rules().get(profile, {}), **outlet.extra}
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

    def rewritten(self, url: str) -> str:
        """The link with the outlet's own `canonical` rewrites applied and its fragment dropped: what is fetched."""
        parts = urlsplit(url)._replace(fragment="")
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        for pattern, repl in self.canonical:
            if pattern.search(tail):
                tail = pattern.sub(repl, tail)
                path, _, query = tail.partition("?")
                parts = parts._replace(path=path, query=query)
                break
        return urlunsplit(parts)

    def identity(self, url: str) -> str:
        """The one address an article or list is known by, whichever link form led to it.

        The outlet's rewrites first, then the canonical form every stored page gets
        (pipelines/dedup/canonical.py: tracking parameters, mobile hosts, the Discuz!
        URL forms with rewriting on or off, in any parameter order); link rules are
        matched against this form.
        """
        url = canonical_url(self.rewritten(url))
        if url.startswith("https://"):  # one page whichever scheme links it
            url = "http://" + url[len("https://"):]
        if self.strip_query and self._matches(self.article, urlsplit(url).path):
            url = urlunsplit(urlsplit(url)._replace(query=""))
        return url


    @staticmethod
    def _matches(patterns, tail: str) -> bool:
        return any(p.search(tail) for p in patterns)

    def kind(self, url: str, ident: str | None = None) -> str | None:
        """"article", "article_page", "listing" or None for a link of this outlet, by its identity
        (pass `ident` when it is at hand: folding a link is the costly part)."""
        return self.rule_of(url, ident)[0]

    def rule_of(self, url: str, ident: str | None = None) -> tuple[str | None, str | None]:
        """The kind of a link and the pattern that decided it (for `wenming outlet check`)."""
        if not self.owns(url):
            return None, "host is not the outlet's"
        parts = urlsplit(ident or self.identity(url))
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        for name, patterns in (("article", self.article), ("article_page", self.article_pages),
                               ("listing", self.listing)):
            for p in patterns:
                if p.search(tail):
                    return name, p.pattern
        return None, "no rule matches"

    def fetch_url(self, url: str) -> str:
        """What to request for a link: as the site wrote it (rewritten, no fragment), so a Discuz!
        forum with rewriting off gets forum.php links and one with it on gets thread-N-1-1.html."""
        url = self.rewritten(url)
        if self.strip_query and self._matches(self.article, urlsplit(url).path):
            url = urlunsplit(urlsplit(url)._replace(query=""))
        return url

    @staticmethod
    def is_later_page(article: str, page: str) -> bool:
        """Whether `page` is a later page of `article`: its address is the article's plus one number
        (content_5_2.htm of content_5.htm, t2024_77_1.shtml of t2024_77.shtml, tid=5&page=2 of tid=5)."""
        return DIGITS.findall(page)[:-1] == DIGITS.findall(article) and len(DIGITS.findall(page)) > 0

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


def family_outlet(family: str, url: str, path: Path = SOURCES_TOML) -> CrawlRules:
    """Rules of a CMS family for a site nobody has entered yet: the page's registered domain
    (with its sub-domains) as the outlet's, no topic filter."""
    from pipelines.dedup.canonical import _domain_parser
    from .sources import _outlet

    families = family_rules(path)
    if family not in families:
        raise KeyError(f"no CMS family {family!r}; known: {', '.join(families)}")
    parts = _domain_parser()(urlsplit(url).hostname or "")
    domain = ".".join(p for p in (parts.domain, parts.suffix) if p) or (urlsplit(url).hostname or "")
    entry = {"name": domain, "domains": [domain], "start_urls": [url], "profile": family, "topics": []}
    return CrawlRules.of(_outlet(f"{family}:{domain}", entry), crawl_defaults(path))


def rules_for_url(url: str, rules: dict[str, CrawlRules]) -> CrawlRules | None:
    outlet = outlet_for_host(urlsplit(url).hostname, {k: r.outlet for k, r in rules.items()})
    return rules[outlet.key] if outlet else None
