"""Schema of data/wenming.db, as an ordered list of named migrations.

A migration runs once per database and is recorded in `_migrations`; a new
column or table is a new migration at the end, never an edit of an old one.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timezone

import sqlite_utils

Migration = Callable[[sqlite_utils.Database], None]
MIGRATIONS: list[tuple[str, Migration]] = []


def migration(fn: Migration) -> Migration:
    MIGRATIONS.append((fn.__name__, fn))
    return fn


@migration
def m001_raw_pages(db: sqlite_utils.Database) -> None:
    db["raw_pages"].create({
        "id": str,            # sha1 of url (or input name) and bytes
        "url": str, "input": str, "via": str,  # via: import, crawl, warc
        "status": int, "headers": str, "content_type": str,
        "fetched_at": str, "size": int, "sha1": str, "body": bytes,
    }, pk="id", not_null={"body"})
    db["raw_pages"].create_index(["url"])


@migration
def m002_articles(db: sqlite_utils.Database) -> None:
    db["articles"].create({
        "id": str, "raw_id": str, "input": str, "url": str, "canonical_url": str,
        "site": str, "outlet": str, "source": str,
        "title": str, "subtitle": str, "published": str, "published_from": str, "month": str,
        "authors": str, "editors": str, "dateline": str,
        "body": str, "headings": str, "captions": str, "blocks": str,
        "script_converted": int, "pinyin_annotated": int, "byte_damage": int, "seo_spam": int, "mirror": int,
        "damage": str, "forum_views": int, "forum_replies": int,
        "content_hash": str, "fetched_at": str, "parser": str, "parser_version": str,
        "imported_at": str, "edited": int,
    }, pk="id", foreign_keys=[("raw_id", "raw_pages", "id")])
    for cols in (["published"], ["outlet"], ["source"], ["content_hash"], ["raw_id"]):
        db["articles"].create_index(cols)


@migration
def m003_failures_and_edits(db: sqlite_utils.Database) -> None:
    db["failures"].create({"raw_id": str, "input": str, "url": str, "parser": str, "reason": str, "at": str},
                          pk="raw_id", foreign_keys=[("raw_id", "raw_pages", "id")])
    db["edits"].create({"article_id": str, "field": str, "value": str, "note": str, "edited_at": str},
                       pk=("article_id", "field"))


@migration
def m004_enrichment(db: sqlite_utils.Database) -> None:
    from .enrich.store import create_tables  # places, article_places, teams, activities

    create_tables(db)


@migration
def m005_story_clusters(db: sqlite_utils.Database) -> None:
    from .dedup.schema import ensure_schema

    ensure_schema(db)


@migration
def m006_search_index(db: sqlite_utils.Database) -> None:
    """Chinese full-text search over articles (see pipelines/search/segment.py)."""
    from .search.index import create_index, rebuild_index

    create_index(db)
    rebuild_index(db)


@migration
def m007_crawl_log(db: sqlite_utils.Database) -> None:
    """Every fetch of a crawl: what was asked, what came back, what became of it."""
    db["crawl_log"].create({
        "id": int, "run_id": int, "outlet": str, "url": str, "kind": str,  # listing, article, page, robots...
        "attempt": int, "status": int, "error": str,   # error: why the fetch failed (timeout, HTTP 500...)
        "outcome": str, "reason": str,                 # outcome: stored, parse-failed, off-topic, unchanged...
        "fetched_at": str, "elapsed_ms": int, "size": int, "raw_id": str, "worker": str,
    }, pk="id")
    for cols in (["url"], ["outlet", "kind"], ["run_id"], ["outcome"]):
        db["crawl_log"].create_index(cols)


@migration
def m008_crawl_runs(db: sqlite_utils.Database) -> None:
    db["crawl_runs"].create({
        "id": int, "outlets": str, "mode": str, "worker": str, "started_at": str, "finished_at": str,
        "reason": str, "stats": str,
    }, pk="id")


@migration
def m009_article_versions(db: sqlite_utils.Database) -> None:
    """Each text an article URL has had: a re-check that finds an edit adds a version."""
    db["article_versions"].create({
        "url": str, "version": int, "raw_id": str, "text_hash": str, "fetched_at": str,
    }, pk=("url", "version"))


@migration
def m010_extraction_fields(db: sqlite_utils.Database) -> None:
    """An official document's own date apart from the page's, and how sure the article's extraction is."""
    for name, kind in (("document_date", str), ("extraction_method", str), ("extraction_confidence", float)):
        if name not in db["articles"].columns_dict:
            db["articles"].add_column(name, kind)


@migration
def m011_article_genre(db: sqlite_utils.Database) -> None:
    """The genre enrichment gives an article, and why it read less than the whole text."""
    db["articles"].add_column("genre", str)
    db["articles"].add_column("enrichment_note", str)
    db["articles"].create_index(["genre"])


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not had; return their names."""
    db["_migrations"].create({"name": str, "applied_at": str}, pk="name", if_not_exists=True)
    done = {row["name"] for row in db["_migrations"].rows}
    applied = []
    for name, fn in MIGRATIONS:
        if name in done:
            continue
        with db.conn:
            fn(db)
            db["_migrations"].insert({"name": name, "applied_at": datetime.now(timezone.utc).isoformat()})
        applied.append(name)
    return applied
