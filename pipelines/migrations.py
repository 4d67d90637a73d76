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
    """Chinese full-text search over articles (see pipelines/publish/segment.py)."""
    from .publish.index import create_index, rebuild_index

    create_index(db)
    rebuild_index(db)


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
