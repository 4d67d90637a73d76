"""The pipeline from raw bytes to stored articles: read -> parse -> canonicalise -> enrich -> store.

Used by `wenming import` (files), `wenming reparse` (the raw store) and the
crawler's item pipeline, so every way in cleans a page the same way.  Every
page is treated alone: whatever goes wrong with one (a file that cannot be
read, bytes that are not text, an exception in any stage) becomes a
`failures` row with its stage and reason, its raw bytes kept, and the batch
goes on.

`store_fetched` is the one step from a fetched page to the knowledge base
(bytes, URL, headers, fetch time, outlet): the crawl calls it per article, and
so can any other writer.
"""
from __future__ import annotations

import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import sqlite_utils

from parsers import kind_of, parse_page
from parsers.record import Article, error_record

from . import store
from .urls import shown, why_not_http

PAGE_SUFFIXES = (".html", ".htm", ".shtml", ".txt")
BINARY_SAMPLE = 65536
UTF16_32_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")
Page = tuple[bytes, "str | None", "dict | None"]  # bytes, URL, headers


@dataclass
class Summary:
    counts: Counter = field(default_factory=Counter)
    failures: list[tuple[str, str]] = field(default_factory=list)
    article_ids: list[str] = field(default_factory=list)  # stored this run, for clustering
    skipped: list[tuple[str, str]] = field(default_factory=list)  # (file, why): not pages, off topic

    def line(self, verb: str) -> str:
        c = self.counts
        text = f"{verb} {c['pages']} pages: {c['articles']} articles, {c['failed']} failed"
        extra = [f"{c['unchanged']} already stored" if c["unchanged"] else "",
                 f"{c['kept_back']} kept as versions not shown" if c["kept_back"] else "",
                 f"{c['off_topic']} off topic" if c["off_topic"] else "",
                 f"{c['not_pages']} files skipped (not pages)" if c["not_pages"] else ""]
        return ", ".join([text, *filter(None, extra)])


@dataclass
class Prepared:
    """A parsed, canonicalised, enriched article (or its error record) and what the store needs with it."""
    article: Article
    outlet: str | None = None
    seconds: dict[str, float] = field(default_factory=lambda: {"parse": 0.0, "enrich": 0.0})
    notes: list[str] = field(default_factory=list)
    stage: str = "parse"   # where it failed, when article.error


@dataclass
class Fetched:
    """One article as fetched: its pages (bytes, URL, headers) in order, when, how, from which outlet."""
    pages: list[Page]
    fetched_at: str | None = None
    via: str = "crawl"
    outlet: str | None = None      # the outlet's name, when the host does not tell it
    input: str | None = None       # file name of an imported page
    incomplete: str | None = None  # why a page of it is missing (a later page failed)


def not_text(data: bytes) -> str | None:
    """Why these bytes are not a page or a text dump (a binary file), or None."""
    if data.startswith(UTF16_32_BOMS):
        return None
    sample = data[:BINARY_SAMPLE]
    control = sum(sample.count(bytes([b])) for b in (*range(0, 9), 11, *range(14, 27), *range(28, 32)))
    if sample and control / len(sample) > 0.01:
        return (f"not text: {control} of the first {len(sample)} bytes are control bytes "
                "(a binary file, not a page)")
    return None


def normalise(article: Article, url: str | None) -> tuple[str | None, list[str]]:
    """Keep only http(s) addresses (noting the others), fill site and canonical URL (from the
    fetch URL, else the page's own rel=canonical); the outlet's name and the notes."""
    from crawler.sources import outlet_for_host

    from .dedup import canonical_url

    notes = []
    for name in ("url", "canonical_url"):
        value = getattr(article, name)
        reason = why_not_http(value.strip()) if value else None
        if reason:
            notes.append(f"{name} dropped: {shown(value)} {reason}")
            setattr(article, name, None)
    if url and why_not_http(url):
        url = None
    where = url or article.canonical_url
    if where:
        from urllib.parse import urlsplit

        article.site = urlsplit(where).hostname
        article.canonical_url = canonical_url(article.canonical_url or where)
    outlet = outlet_for_host(article.site)
    return (outlet.name if outlet else None), notes


def warm_up() -> None:
    """Load what `prepare` needs (the parsers' tables, the enrichment dictionaries) up front: the
    initializer of the processes that prepare crawled pages."""
    import parsers

    from .enrich import warm_up as enrich_warm_up

    parsers.warm_up()
    enrich_warm_up()


def prepare(pages: list[Page], input: str | None = None) -> Prepared:
    """Parse an article's pages (the first gives the metadata, later ones add paragraphs), then
    canonicalise and enrich it.  No database, never raises: the crawler runs this in worker
    processes.  An exception in any stage gives an error record naming the stage."""
    from .enrich import enrich

    prepared, t0 = Prepared(error_record(input or pages[0][1] or "?", "not parsed")), time.perf_counter()
    try:
        binary = not_text(pages[0][0])
        parts = ([error_record(input or pages[0][1] or "?", binary, parser="bytes")] if binary else
                 [parse_page(data, input=input, url=url, headers=headers) for data, url, headers in pages])
        t1 = time.perf_counter()
        prepared.seconds["parse"] = t1 - t0
        article = prepared.article = parts[0]
        if article.error:
            article.url = article.url or pages[0][1]
            return prepared
        for part in parts[1:]:
            article.blocks.extend(part.blocks if not part.error else [])
        prepared.stage = "canonicalise"
        prepared.outlet, prepared.notes = normalise(article, pages[0][1])
        prepared.stage = "enrich"
        enrich(article)
        prepared.seconds["enrich"] = time.perf_counter() - t1
    except Exception as exc:  # noqa: BLE001 - one bad page must not stop a batch
        failed = error_record(input or pages[0][1] or "?", f"{prepared.stage} failed: {type(exc).__name__}: {exc}"[:500],
                              parser=prepared.article.parser)
        failed.url = pages[0][1]
        prepared.article = failed
    return prepared


def save_prepared(db, raw_ids: list[str], prepared: Prepared, *, fetched: Fetched, summary: Summary) -> tuple[Article, str]:
    """Store a prepared article as a version of its article, or the failure with its stage and reason.
    Returns the article (or error record) and the stage it failed in ('' when stored)."""
    article, rid = prepared.article, raw_ids[0]
    article.fetched_at = fetched.fetched_at
    if not article.error:
        try:
            return _store(db, rid, prepared, fetched, summary), ""
        except Exception as exc:  # noqa: BLE001 - a store error loses this page, not the batch
            db.conn.rollback()
            article.error, prepared.stage = f"store failed: {type(exc).__name__}: {exc}"[:500], "store"
    try:
        store.save_failure(db, rid, article, stage=prepared.stage)
    except Exception as exc:  # noqa: BLE001 - not even the failure could be written: the next run retries
        db.conn.rollback()
        article.error += f" (not recorded: {type(exc).__name__}: {exc}; run the import again)"
    summary.counts["failed"] += 1
    summary.failures.append((fetched.input or article.url or rid, article.error))
    return article, prepared.stage


def _store(db, rid: str, prepared: Prepared, fetched: Fetched, summary: Summary) -> Article:
    from .enrich.store import store_enrichment

    article = prepared.article
    notes = prepared.notes + ([f"incomplete: {fetched.incomplete}"] if fetched.incomplete else [])
    article_id, shown_now = store.save_version(db, article, rid, prepared.outlet or fetched.outlet, notes,
                                               complete=not fetched.incomplete)
    if shown_now:
        store_enrichment(db, article_id, article)
        summary.article_ids.append(article_id)
        summary.counts["articles"] += 1
    else:
        summary.counts["kept_back"] += 1
    return article


def save_raw_pages(db, pages: list[Page], *, via: str, fetched_at: str | None, input: str | None = None) -> list[str]:
    return [store.save_raw(db, data, url=url, input=input, via=via, headers=headers, fetched_at=fetched_at)
            for data, url, headers in pages]


def store_fetched(db: sqlite_utils.Database, fetched: Fetched, summary: Summary | None = None) -> tuple[Article, list[str]]:
    """One fetched article into the knowledge base: raw pages kept, parsed, canonicalised, enriched,
    stored as a version (or as a failure with its reason).  Returns the article and the raw ids."""
    summary = summary or Summary()
    summary.counts["pages"] += len(fetched.pages)
    raw_ids = save_raw_pages(db, fetched.pages, via=fetched.via, fetched_at=fetched.fetched_at, input=fetched.input)
    prepared = prepare(fetched.pages, input=fetched.input)
    summary.counts["parse_seconds"] += prepared.seconds["parse"]
    summary.counts["enrich_seconds"] += prepared.seconds["enrich"]
    return save_prepared(db, raw_ids, prepared, fetched=fetched, summary=summary)[0], raw_ids


def already_stored(db, rid: str) -> bool:
    """A raw page that has been through the store (a version or a failure): re-importing it changes nothing."""
    # a version whose article row is missing was cut short (kill -9 between the store's commits): not stored
    return bool(db.execute("select 1 from versions v join articles a on a.id = v.article_id where v.raw_id = ? "
                           "union all select 1 from failures where raw_id = ?", [rid, rid]).fetchone())


def process(db: sqlite_utils.Database, data: bytes, *, input: str | None = None, url: str | None = None,
            headers: dict | None = None, via: str = "import", fetched_at: str | None = None,
            summary: Summary | None = None, all_topics: bool = True) -> Article | None:
    """One imported page: skipped when already stored or off topic, else stored."""
    summary = summary or Summary()
    if already_stored(db, store.raw_id(data, url, input)):
        summary.counts["pages"] += 1
        summary.counts["unchanged"] += 1
        return None
    if not all_topics and not not_text(data):
        from .crawl.topics import file_off_topic

        reason = file_off_topic(data, kind=kind_of(input or url, (headers or {}).get("content-type")),
                                url=url, headers=headers)
        if reason:
            summary.counts["off_topic"] += 1
            summary.skipped.append((input or url or "?", f"off topic: {reason}"))
            return None
    fetched = Fetched([(data, url, headers)], fetched_at=fetched_at, via=via, input=input)
    return store_fetched(db, fetched, summary)[0]


def import_archive(db: sqlite_utils.Database, path: Path, summary: Summary, all_topics: bool) -> None:
    """The article pages of a WARC/WACZ: successful HTML/text responses; for a known outlet, its article URLs."""
    from crawler.rules import rules_for, rules_for_url

    from .archives import read_responses

    rules = rules_for()
    for r in read_responses(path):
        ctype = r.headers.get("content-type", "")
        if r.status != 200 or not ("html" in ctype or ctype.startswith("text/plain")):
            continue
        outlet = rules_for_url(r.url, rules) if not why_not_http(r.url or "") else None
        if outlet and outlet.kind(r.url) != "article":
            summary.counts["skipped"] += 1  # list pages, robots.txt, later pages of an article
            continue
        process(db, r.body, url=r.url, headers=r.headers, via="warc", fetched_at=r.date, summary=summary,
                all_topics=all_topics)


def page_files(paths: list[Path], summary: Summary) -> list[Path]:
    """Files named, and the pages (.html, .htm, .shtml, .txt) and archives inside folders; the rest skipped."""
    from .archives import is_archive

    files = []
    for path in paths:
        if path.is_file():
            files.append(path)
            continue
        for p in sorted(path.rglob("*")):
            if not p.is_file() or any(part.startswith(".") for part in p.relative_to(path).parts):
                continue
            if p.name.lower().endswith(PAGE_SUFFIXES) or is_archive(p):
                files.append(p)
            else:
                summary.counts["not_pages"] += 1
                summary.skipped.append((str(p), "not a page (.html, .htm, .shtml, .txt) or web archive"))
    return sorted(set(files))


def import_files(db: sqlite_utils.Database, paths: list[Path], progress=sys.stderr, all_topics: bool = True) -> Summary:
    from .archives import is_archive

    summary = Summary()
    files = page_files(paths, summary)
    for n, path in enumerate(files, 1):
        if is_archive(path):
            import_archive(db, path, summary, all_topics)
            continue
        try:
            data = path.read_bytes()
        except OSError as exc:
            reason = f"cannot read: {exc.strerror or exc}"
            store.save_unreadable(db, path, reason)
            summary.counts["pages"] += 1
            summary.counts["failed"] += 1
            summary.failures.append((str(path), reason))
            continue
        try:
            db["failures"].delete_where("raw_id = ?", [store.unreadable_id(path)])
            process(db, data, input=path.name, summary=summary, all_topics=all_topics)
        except Exception as exc:  # noqa: BLE001 - the raw page itself could not be written (disk, lock)
            db.conn.rollback()
            summary.counts["failed"] += 1
            summary.failures.append((str(path), f"store failed: {type(exc).__name__}: {exc}; run the import again"))
        if progress and (n % 50 == 0 or n == len(files)):
            print(f"  {n}/{len(files)} {path.name}", file=progress)
    cluster(db, summary)
    return summary


def cluster(db: sqlite_utils.Database, summary: Summary) -> None:
    """Place this run's articles in story clusters (incremental: only these are fingerprinted),
    and any a killed run stored without clustering."""
    from .dedup import update_clusters

    left = [i for (i,) in db.execute("select id from articles where cluster_id is null")] \
        if "cluster_id" in db["articles"].columns_dict else []
    ids = list(dict.fromkeys(summary.article_ids + left))
    if ids:
        result = update_clusters(db, ids)
        summary.counts["clusters"] = result.new_clusters


def reparse(db: sqlite_utils.Database, progress=sys.stderr) -> Summary:
    """Run today's parsers over every raw page kept; nothing is fetched.  Pages are read one
    at a time (no read stays open while rows are written), in the order they came in; a crawled
    article's later pages are parsed with its first page, as the crawl did."""
    summary = Summary()
    later = {r for (r,) in db.execute("select raw_id from crawl_log where kind = 'page' and raw_id is not null "
                                      "and reason like 'page of %'").fetchall()}
    ids = [r for (r,) in db.execute("select id from raw_pages order by fetched_at, rowid").fetchall() if r not in later]
    for n, rid in enumerate(ids, 1):
        reparse_raw(db, rid, summary)
        if progress and (n % 200 == 0 or n == len(ids)):
            print(f"  {n}/{len(ids)}", file=progress)
    cluster(db, summary)
    return summary


def later_pages(db: sqlite_utils.Database, rid: str) -> list[str]:
    """Raw ids of the later pages of the crawled article whose first page is `rid`, in order."""
    first = db.execute("select url, run_id from crawl_log where raw_id = ? and kind = 'article' order by id desc limit 1",
                       [rid]).fetchone()
    if not first:
        return []
    return [r for (r,) in db.execute("select raw_id from crawl_log where kind = 'page' and reason = ? and run_id is ? "
                                     "and raw_id is not null order by id", [f"page of {first[0]}", first[1]])]


def reparse_raw(db: sqlite_utils.Database, rid: str, summary: Summary) -> None:
    raw_ids = [rid, *later_pages(db, rid)]
    pages, meta = [], None
    for r in raw_ids:
        url, input, headers, fetched_at, body, via = db.execute(
            "select url, input, headers, fetched_at, body, via from raw_pages where id = ?", [r]).fetchone()
        pages.append((body, url, json.loads(headers or "{}")))
        meta = meta or (input, fetched_at, via)
    input, fetched_at, via = meta
    summary.counts["pages"] += len(pages)
    fetched = Fetched(pages, fetched_at=fetched_at, via=via, input=input)
    prepared = prepare(fetched.pages, input=input)
    save_prepared(db, raw_ids, prepared, fetched=fetched, summary=summary)
