"""Schema of data/wenming.db, as an ordered list of named migrations.

A migration runs once per database and is recorded in `_migrations`; a new
column or table is a new migration at the end, never an edit of an old one.
"""
from __future__ import annotations

import contextlib
import fcntl
from collections.abc import Callable, Iterator
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


@migration
def m012_versions(db: sqlite_utils.Database) -> None:
    """Every parse of every raw page of an article, and which one the article shows (see store.py)."""
    db["versions"].create({
        "article_id": str, "raw_id": str, "seen_at": str,   # seen_at: when the raw page first came in
        "chars": int, "complete": int,                      # body length; 0 when pages of it failed
        "shown": int, "note": str,                          # note: why it is not the one shown
    }, pk=("article_id", "raw_id"))
    db["versions"].create_index(["raw_id"])
    db.execute("insert into versions (article_id, raw_id, seen_at, chars, complete, shown) "
               "select a.id, a.raw_id, coalesce(r.fetched_at, a.imported_at), length(coalesce(a.body, '')), 1, 1 "
               "from articles a left join raw_pages r on r.id = a.raw_id")


@migration
def m013_failure_stage(db: sqlite_utils.Database) -> None:
    """Where a page failed (read, parse, canonicalise, enrich, store); a file that could not be read
    has no raw page, so failures.raw_id no longer has to name one."""
    db["failures"].add_column("stage", str)
    db["failures"].transform(drop_foreign_keys=["raw_id"])
    db.execute("update failures set stage = 'parse' where stage is null")


@migration
def m014_article_notes(db: sqlite_utils.Database) -> None:
    """What the store changed or dropped on the way in (a javascript: canonical URL...), as a JSON list."""
    db["articles"].add_column("notes", str)


@migration
def m015_crawl_run_process(db: sqlite_utils.Database) -> None:
    """Which process ran a crawl, so the next run can tell a killed run from a running one."""
    db["crawl_runs"].add_column("host", str)
    db["crawl_runs"].add_column("pid", int)


@migration
def m016_crawl_log_raw_pages(db: sqlite_utils.Database) -> None:
    """Which fetch a raw page came from: reparse joins a crawled article's later pages to its first."""
    db["crawl_log"].create_index(["raw_id"])


@migration
def m017_activity_date_end(db: sqlite_utils.Database) -> None:
    """The last day of an activity held over a run of days (4月13日至15日); null for one day."""
    if "activities" in db.table_names() and "date_end" not in db["activities"].columns_dict:
        db["activities"].add_column("date_end", str)


@migration
def m018_ingest_state(db: sqlite_utils.Database) -> None:
    """Where the writer of a distributed crawl is in each stream: the last entry applied."""
    db["ingest_state"].create({"stream": str, "last_entry": str, "updated_at": str}, pk="stream", if_not_exists=True)


def database_file(db: sqlite_utils.Database) -> str:
    """The file of the main database ('' in memory)."""
    row = db.execute("select file from pragma_database_list where name = 'main'").fetchone()
    return row[0] if row else ""


_HELD: dict[str, int] = {}


@contextlib.contextmanager
def schema_lock(db: sqlite_utils.Database) -> Iterator[None]:
    """One process at a time changes the schema of a database: a lock file beside it
    (DB-lock).  Two imports into a new database: the second waits, then finds the tables."""
    path = database_file(db)
    if not path or _HELD.get(path):
        _HELD[path] = _HELD.get(path, 0) + 1
        try:
            yield
        finally:
            _HELD[path] -= 1
        return
    with open(f"{path}-lock", "a") as f:
        fcntl.flock(f, fcntl.LOCK_EX)
        _HELD[path] = 1
        try:
            yield
        finally:
            _HELD[path] = 0
            fcntl.flock(f, fcntl.LOCK_UN)


def migrate(db: sqlite_utils.Database) -> list[str]:
    """Apply the migrations this database has not had; return their names."""
    with schema_lock(db):
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
