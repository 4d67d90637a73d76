"""`wenming outlet check` and `wenming outlet suggest`: an outlet's rules tried on a saved page.

check:   which links of a saved list or article page the crawl would take as
         articles, later pages of an article or list pages, and which it would
         ignore and why (by the rule that decided, with the canonical form the
         rules saw); and, for an article page, what the parser makes of it.
suggest: from a saved list page, link patterns for a new sources.toml entry,
         by grouping the site's link paths by shape.

KEY is an outlet key of sources.toml (`wfnews`, `wenming:sz`) or a CMS family
(`trs`, `discuz`, `founder`) tried at the page's own site.
"""
from __future__ import annotations

import json
import re
import urllib.request
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from parsers.decode import decode_html

from .links import page_links
from .rules import CrawlRules, family_outlet, family_rules, rules_for

KINDS = ("article", "article_page", "listing")
FETCH_LIMIT = 10 * 1024 * 1024


@dataclass
class LinkReport:
    url: str
    text: str
    kind: str | None
    rule: str | None
    identity: str


@dataclass
class CheckReport:
    outlet: str
    url: str
    page_kind: str | None
    links: list[LinkReport] = field(default_factory=list)
    article: dict | None = None

    def by_kind(self) -> dict[str, list[LinkReport]]:
        out: dict[str, list[LinkReport]] = defaultdict(list)
        seen: set[tuple[str, str]] = set()
        for link in self.links:
            key = (link.kind or "ignored", link.identity)
            if key not in seen:
                seen.add(key)
                out[link.kind or "ignored"].append(link)
        return out


def rules_of(key: str, url: str) -> CrawlRules:
    if key in family_rules():
        return family_outlet(key, url)
    return rules_for([key])[key]


def read_page(source: str, timeout: float = 20) -> tuple[bytes, str | None]:
    """Bytes of a saved file or of a URL (http/https only), and the URL when it was one."""
    if re.match(r"^https?://", source, re.I):
        request = urllib.request.Request(source, headers={"User-Agent": "wenming outlet check"})
        with urllib.request.urlopen(request, timeout=timeout) as r:  # noqa: S310 - http(s) only, checked above
            return r.read(FETCH_LIMIT), source
    path = Path(source)
    if not path.is_file():
        raise FileNotFoundError(f"{source}: no such file (give a saved page or an http(s):// URL)")
    return path.read_bytes(), None


def check(key: str, data: bytes, url: str, parse: bool = True) -> CheckReport:
    rules = rules_of(key, url)
    text = decode_html(data)[0]
    report = CheckReport(outlet=rules.outlet.key, url=url, page_kind=rules.kind(url))
    for link, label in page_links(text, url):
        ident = rules.identity(link)
        kind, rule = rules.rule_of(link, ident)
        report.links.append(LinkReport(link, label, kind, rule, ident))
    if parse and report.page_kind in ("article", "article_page"):
        from parsers.html import parse_html

        a = parse_html(data, url=url).to_dict()
        report.article = {k: a.get(k) for k in ("title", "published", "source", "authors", "editors", "error")}
        body = a.get("body") or ""
        report.article.update(paragraphs=body.count("\n") + 1 if body else 0, characters=len(body),
                              first_paragraph=body.split("\n", 1)[0][:120])
    return report


def render(report: CheckReport, limit: int = 8) -> str:
    lines = [f"outlet {report.outlet}: {report.url}", f"this page: {report.page_kind or 'not an article or list of the outlet'}"]
    groups = report.by_kind()
    for kind in (*KINDS, "ignored"):
        links = groups.get(kind, [])
        lines.append(f"\n{kind}: {len(links)}")
        if kind == "ignored":
            reasons = Counter(link.rule for link in links)
            for reason, n in reasons.most_common():
                sample = next(link for link in links if link.rule == reason)
                lines.append(f"  {n:>4}  {reason}  e.g. {sample.url}")
            continue
        for link in links[:limit]:
            seen_as = "" if link.identity == link.url else f"  (as {link.identity})"
            lines.append(f"  {link.url}{seen_as}  [{link.text[:24]}]  rule {link.rule}")
        if len(links) > limit:
            lines.append(f"  … {len(links) - limit} more")
    if report.article:
        a = report.article
        lines.append("\nparsed: " + (f"error: {a['error']}" if a.get("error") else
                                     f"{a['title']!r}, published {a['published']}, source {a['source']}, "
                                     f"authors {a['authors']}, editors {a['editors']}, "
                                     f"{a['paragraphs']} paragraphs / {a['characters']} characters"))
        if not a.get("error"):
            lines.append(f"  first paragraph: {a['first_paragraph']}")
    return "\n".join(lines)


def as_json(report: CheckReport) -> str:
    return json.dumps({"outlet": report.outlet, "url": report.url, "page_kind": report.page_kind,
                       "links": {k: [vars(link) for link in v] for k, v in report.by_kind().items()},
                       "article": report.article}, ensure_ascii=False, indent=1)


# -- suggest ----------------------------------------------------------------------------------
NUMBER = re.compile(r"\d+")
PAGER_WORDS = re.compile(r"^(\d+|下一页|上一页|首页|尾页|末页|下页|上页|next|prev|»|«|>|<)$", re.I)


def shape(path_query: str) -> str:
    """A link's path with its numbers as patterns: /content/2024-05/06/content_123.htm ->
    /content/\\d{4}-\\d{2}/\\d{2}/content_\\d+\\.htm (date-like runs keep their length)."""
    out, last = [], 0
    for m in NUMBER.finditer(path_query):
        out.append(re.escape(path_query[last:m.start()]))
        n = len(m.group())
        before, after = path_query[m.start() - 1:m.start()], path_query[m.end():m.end() + 1]
        dated = n in (6, 8) or (n in (2, 4) and before in "/-t" and after in "/-_")
        out.append(rf"\d{{{n}}}" if dated else r"\d+")
        last = m.end()
    out.append(re.escape(path_query[last:]))
    return "".join(out).replace(r"\-", "-").replace(r"\/", "/")


@dataclass
class Suggestion:
    host: str
    article: list[str]
    listing: list[str]
    article_pages: list[str]
    groups: list[tuple[str, int, str]]  # (pattern, links, why)

    def toml(self, key: str = "myoutlet") -> str:
        def arr(pats):
            return "[" + ", ".join(f"'^{p}$'" for p in pats) + "]"
        return "\n".join([f"[outlets.{key}]", 'name = "…"', f'domains = ["{self.host}"]',
                          f'start_urls = ["http://{self.host}/…"]', f"article = {arr(self.article)}",
                          f"listing = {arr(self.listing)}"]
                         + ([f"article_pages = {arr(self.article_pages)}"] if self.article_pages else []))


def suggest(data: bytes, url: str) -> Suggestion:
    """Patterns from a list page: the biggest group of same-shaped links with headline-like texts
    is the articles; links whose texts are page numbers or 下一页 are the pagination."""
    host = urlsplit(url).hostname or ""
    groups: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for link, label in page_links(decode_html(data)[0], url):
        parts = urlsplit(link)
        if (parts.hostname or "") != host:
            continue
        tail = parts.path + (f"?{parts.query}" if parts.query else "")
        groups[shape(tail)].append((tail, label))
    scored = []
    for pattern, links in groups.items():
        labels = [label for _, label in links]
        pager = sum(bool(PAGER_WORDS.match(label)) for label in labels)
        headline = sum(len(label) >= 8 for label in labels)
        has_id = bool(re.search(r"\\d\+", pattern))
        scored.append((pattern, len(links), pager, headline, has_id))
    article = [p for p, n, pager, head, has_id in scored if has_id and head >= max(3, n // 2) and pager == 0]
    article = sorted(article, key=lambda p: -len(groups[p]))[:2]
    listing = [p for p, n, pager, head, has_id in scored if pager and has_id and p not in article]
    why = []
    for p, n, pager, head, has_id in sorted(scored, key=lambda s: -s[1]):
        reason = ("articles: same shape, headline texts" if p in article else
                  "pagination: page-number texts" if p in listing else "other")
        why.append((p, n, reason))
    return Suggestion(host, article, listing, [], why)  # later pages show only on articles


def render_suggestion(s: Suggestion, limit: int = 12) -> str:
    lines = [f"link groups on {s.host} (pattern, links, taken as):"]
    lines += [f"  {n:>4}  {p}  {why}" for p, n, why in s.groups[:limit]]
    if not s.article:
        lines.append("\nno group of same-shaped headline links found: is this a list page of the site?")
    lines.append("\nproposed entry (check it with `wenming outlet check KEY FILE --url URL`):\n")
    lines.append(s.toml())
    return "\n".join(lines)
