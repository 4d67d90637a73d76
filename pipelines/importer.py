"""The pipeline from raw bytes to stored articles: parse -> normalise -> store.

Used by `wenming import` (files), `wenming reparse` (the raw store) and the
crawler's item pipeline, so every way in cleans a page the same way.
"""
from __future__ import annotations

import json
import sys
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
    article = parse_page(data, input=input, url=url, headers=headers)
    article.fetched_at = fetched_at
    if article.error:
        store.save_failure(db, rid, article)
        summary.counts["failed"] += 1
        summary.failures.append((input or url or rid, article.error))
        return article
    outlet = normalise(article, url)
    enrich(article)
    article_id = store.save_article(db, article, rid, outlet=outlet)
    store_enrichment(db, article_id, article)
    summary.article_ids.append(article_id)
    summary.counts["articles"] += 1
    return article


def import_files(db: sqlite_utils.Database, paths: list[Path], progress=sys.stderr) -> Summary:
    summary = Summary()
    files = sorted(p for path in paths for p in ([path] if path.is_file() else path.rglob("*")) if p.is_file())
    for n, path in enumerate(files, 1):
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
