"""The pipeline from raw bytes to stored articles: parse -> normalise -> store.

Used by `wenming import` (files), `wenming reparse` (the raw store) and the
crawler's item pipeline, so every way in cleans a page the same way.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import sqlite_utils

from crawler.sources import outlet_for_host
from parsers import parse_page
from parsers.record import Article

from . import store
from .dedup import canonical_url, update_clusters
from .enrich import enrich
from .enrich.store import store_enrichment


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # stored this run, for clustering

    def line(self, verb: str) -> str:
        c = self.counts
        text = f"{verb} {c['pages']} pages: {c['articles']} articles, {c['failed']} failed"
        return text + (f", {c['unchanged']} already stored" if c["unchanged"] else "")


def normalise(article: Article, url: str | None) -> str | None:
    """Fill site and canonical URL (from the fetch URL, else the page's own
    rel=canonical); return the name of the outlet the site belongs to."""
    where = url or article.canonical_url
    if where:
        article.site = urlsplit(where).hostname
        article.canonical_url = canonical_url(article.canonical_url or where)
    outlet = outlet_for_host(article.site)
    return outlet.name if outlet else None


def process(db: sqlite_utils.Database, data: bytes, *, input: str | None = None, url: str | None = None,
            headers: dict | None = None, via: str = "import", fetched_at: str | None = None,
            summary: Summary | None = None) -> Article:
    """Keep the raw page, parse it, store the article or the failure."""
    summary = summary or Summary()
    summary.counts["pages"] += 1
    if db["raw_pages"].count_where("id = ?", [store.raw_id(data, url, input)]):
        summary.counts["unchanged"] += 1
    rid = store.save_raw(db, data, url=url, input=input, via=via, headers=headers, fetched_at=fetched_at)
    return store_parsed(db, rid, data, input=input, url=url, headers=headers, fetched_at=fetched_at, summary=summary)


def store_parsed(db, rid: str, data: bytes, *, input=None, url=None, headers=None, fetched_at=None,
                 summary: Summary) -> Article:
    article, outlet, seconds = prepare([(data, url, headers)], input=input)
    summary.counts["parse_seconds"] += seconds["parse"]
    article.fetched_at = fetched_at
    return save_prepared(db, rid, article, outlet, url=url, input=input, summary=summary)


def prepare(pages: list[tuple[bytes, str | None, dict | None]], input: str | None = None,
            ) -> tuple[Article, str | None, dict[str, float]]:
    """Parse an article's pages (the first gives the metadata, later ones add paragraphs), then
    normalise and enrich it.  No database: the crawler runs this in worker processes.
    Returns the article or error record, its outlet's name, and seconds spent parsing and enriching."""
    t0 = time.perf_counter()
    parts = [parse_page(data, input=input, url=url, headers=headers) for data, url, headers in pages]
    t1 = time.perf_counter()
    article, outlet = parts[0], None
    if article.error:
        article.url = article.url or pages[0][1]
    else:
        for part in parts[1:]:
            article.blocks.extend(part.blocks if not part.error else [])
        outlet = normalise(article, pages[0][1])
        enrich(article)
    return article, outlet, {"parse": t1 - t0, "enrich": time.perf_counter() - t1}


def save_prepared(db, rid: str, article: Article, outlet: str | None, *, url=None, input=None,
                  summary: Summary) -> Article:
    """Store a prepared article with its enrichment, or the failure with its reason."""
    if article.error:
        store.save_failure(db, rid, article)
        summary.counts["failed"] += 1
        summary.failures.append((input or url or rid, article.error))
        return article
    article_id = store.save_article(db, article, rid, outlet=outlet)
    store_enrichment(db, article_id, article)
    summary.article_ids.append(article_id)
    summary.counts["articles"] += 1
    return article


def save_raw_pages(db, pages: list[tuple[bytes, str, dict]], *, via: str, fetched_at: str | None) -> list[str]:
    return [store.save_raw(db, data, url=url, via=via, headers=headers, fetched_at=fetched_at)
            for data, url, headers in pages]


def process_pages(db: sqlite_utils.Database, pages: list[tuple[bytes, str, dict]], *, via: str = "crawl",
                  fetched_at: str | None = None, summary: Summary | None = None) -> tuple[Article, list[str]]:
    """One article over several pages (url order): every page kept raw, the text joined.

    Returns the article (or error record) and the raw ids of the pages.
    """
    summary = summary or Summary()
    raw_ids = save_raw_pages(db, pages, via=via, fetched_at=fetched_at)
    summary.counts["pages"] += len(pages)
    article, outlet, seconds = prepare(pages)
    summary.counts["parse_seconds"] += seconds["parse"]
    summary.counts["enrich_seconds"] += seconds["enrich"]
    article.fetched_at = fetched_at
    return save_prepared(db, raw_ids[0], article, outlet, url=pages[0][1], summary=summary), raw_ids


def import_archive(db: sqlite_utils.Database, path: Path, summary: Summary) -> None:
    """The article pages of a WARC/WACZ: successful HTML/text responses; for a known outlet, its article URLs."""
    from crawler.rules import rules_for, rules_for_url

    from .archives import read_responses

    rules = rules_for()
    for r in read_responses(path):
        ctype = r.headers.get("content-type", "")
        if r.status != 200 or not ("html" in ctype or ctype.startswith("text/plain")):
            continue
        outlet = rules_for_url(r.url, rules)
        if outlet and outlet.kind(r.url) != "article":
            summary.counts["skipped"] += 1  # list pages, robots.txt, later pages of an article
            continue
        process(db, r.body, url=r.url, headers=r.headers, via="warc", fetched_at=r.date, summary=summary)


def import_files(db: sqlite_utils.Database, paths: list[Path], progress=sys.stderr) -> Summary:
    from .archives import is_archive

    summary = Summary()
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file())
    for n, path in enumerate(files, 1):
        if is_archive(path):
            import_archive(db, path, summary)
            continue
        data = path.read_bytes()
        process(db, data, input=path.name, summary=summary)
        if progress and (n % 50 == 0 or n == len(files)):
            print(f"  {n}/{len(files)} {path.name}", file=progress)
    cluster(db, summary)
    return summary


def cluster(db: sqlite_utils.Database, summary: Summary) -> None:
    """Place this run's articles in story clusters (incremental: only these are fingerprinted)."""
    if summary.article_ids:
        result = update_clusters(db, summary.article_ids)
        summary.counts["clusters"] = result.new_clusters


def reparse(db: sqlite_utils.Database, progress=sys.stderr) -> Summary:
    """Run today's parsers over every raw page kept; nothing is fetched."""
    summary = Summary()
    total = db["raw_pages"].count
    rows = db.query("select id, url, input, headers, fetched_at, body from raw_pages order by fetched_at")
    for n, row in enumerate(rows, 1):
        summary.counts["pages"] += 1
        store_parsed(db, row["id"], row["body"], input=row["input"], url=row["url"],
                     headers=json.loads(row["headers"] or "{}"), fetched_at=row["fetched_at"], summary=summary)
        if progress and (n % 200 == 0 or n == total):
            print(f"  {n}/{total}", file=progress)
    cluster(db, summary)
    return summary
