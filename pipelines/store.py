"""The knowledge base on disk: raw pages, articles, versions, failures, edits.

Raw bytes are always kept, so improved parsers can re-run over the store
(`wenming reparse`).  Saving is idempotent: the same page imported twice is
one raw page and one article, and an article's user edits survive re-parsing.
A new page of a known article is a new version (pipelines/versions.py): the
article shows the best complete one, nothing is overwritten for good.
"""
from __future__ import annotations

import hashlib
import json
import sqlite3
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from parsers.record import Article

from . import versions
from .edits import EDITABLE, derived
from .migrations import migrate, schema_lock
from .urls import http_url
from .search.index import article_text, ensure_current_rule, reindex_article
from .views import refresh_views

DEFAULT_DB = Path("data/wenming.db")


def now() -> str:
    return datetime.now(timezone.utc).replace(microsecond=0).isoformat()


def open_db(path: str | Path = DEFAULT_DB, *, synchronous: str | None = None) -> sqlite_utils.Database:
    """The knowledge base, in WAL mode, migrated; safe when several processes open a new file at once."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite_utils.Database(sqlite3.connect(path, timeout=30))  # other writers: wait, do not fail
    with schema_lock(db):  # turning a new file to WAL needs it alone: SQLite answers "locked" without waiting
        db.execute("PRAGMA journal_mode=WAL")
        db.execute("PRAGMA foreign_keys=ON")
        if synchronous:
            db.execute(f"PRAGMA synchronous={synchronous}")
        prepare_schema(db)
    return db


def prepare_schema(db: sqlite_utils.Database) -> None:
    """Migrations, the search index's rule and the views, one process at a time."""
    with schema_lock(db):
        migrate(db)
        ensure_current_rule(db)
        refresh_views(db)


def raw_id(data: bytes, url: str | None, input: str | None) -> str:
    h = hashlib.sha1((url or input or "").encode())
    h.update(b"\0" + data)
    return h.hexdigest()[:20]


def save_raw(db: sqlite_utils.Database, data: bytes, *, url: str | None = None, input: str | None = None,
             via: str = "import", status: int | None = None, headers: dict | None = None,
             fetched_at: str | None = None) -> str:
    rid = raw_id(data, url, input)
    headers = headers or {}
    db["raw_pages"].insert({
        "id": rid, "url": url, "input": input, "via": via, "status": status,
        "headers": json.dumps(headers, ensure_ascii=False), "content_type": headers.get("content-type"),
        "fetched_at": fetched_at or now(), "size": len(data), "sha1": hashlib.sha1(data).hexdigest(), "body": data,
    }, ignore=True)
    return rid


def article_id(article: Article, rid: str) -> str:
    """Stable across re-parses: the canonical URL when known, else the raw page."""
    key = article.canonical_url or article.url or f"raw:{rid}"
    return hashlib.sha1(key.encode()).hexdigest()[:16]


def article_row(article: Article, rid: str) -> dict:
    d = article.to_dict()
    f = d.pop("flags")
    published = article.published or ""
    return {
        "id": article_id(article, rid), "raw_id": rid, "input": article.input, "url": article.url,
        "canonical_url": article.canonical_url, "site": article.site, "outlet": None,
        "source": article.source, "title": article.title, "subtitle": article.subtitle,
        "published": article.published, "published_from": article.published_from,
        "document_date": article.document_date,
        "extraction_method": article.extraction_method, "extraction_confidence": article.extraction_confidence,
        "month": published[:7] if len(published) >= 7 else None,
        "authors": json.dumps(article.authors, ensure_ascii=False),
        "editors": json.dumps(article.editors, ensure_ascii=False), "dateline": article.dateline,
        "body": article.body, "headings": json.dumps(article.headings, ensure_ascii=False),
        "captions": json.dumps(article.captions, ensure_ascii=False),
        "blocks": json.dumps(d["blocks"], ensure_ascii=False),
        **{k: int(v) for k, v in f.items()},
        "damage": json.dumps(article.damage, ensure_ascii=False),
        "forum_views": (article.forum or {}).get("views"), "forum_replies": (article.forum or {}).get("replies"),
        "content_hash": article.content_hash, "fetched_at": article.fetched_at,
        "parser": article.parser, "parser_version": article.parser_version, "imported_at": now(),
    }


def save_article(db: sqlite_utils.Database, article: Article, rid: str, outlet: str | None = None) -> str:
    return save_version(db, article, rid, outlet)[0]


def save_version(db: sqlite_utils.Database, article: Article, rid: str, outlet: str | None = None,
                 notes: list[str] | None = None, complete: bool = True) -> tuple[str, bool]:
    """Keep this parse as a version of its article; the article row takes it when it is
    the one to show.  Returns the article id and whether it is shown."""
    row = article_row(article, rid)
    row["outlet"], row["notes"] = outlet, json.dumps(notes or [], ensure_ascii=False)
    db["failures"].delete_where("raw_id = ?", [rid])
    versions.record(db, row["id"], rid, len(row["body"] or ""), complete)
    shown = versions.settle(db, row["id"]) == rid
    if shown:
        before = article_text(db, row["id"])
        db["articles"].upsert(row, pk="id", alter=True)
        apply_edits(db, row["id"])
        reindex_article(db, row["id"], before)
    db.conn.commit()
    return row["id"], shown


def save_failure(db: sqlite_utils.Database, rid: str, article: Article, stage: str = "parse") -> None:
    versions.forget_raw(db, rid)
    db["failures"].upsert({"raw_id": rid, "input": article.input, "url": http_url(article.url), "parser": article.parser,
                           "reason": article.error, "stage": stage, "at": now()}, pk="raw_id")


def save_unreadable(db: sqlite_utils.Database, path: Path, reason: str) -> None:
    """A file that could not be read: no raw bytes, so it is keyed by its path."""
    db["failures"].upsert({"raw_id": unreadable_id(path), "input": str(path), "reason": reason, "stage": "read",
                           "at": now()}, pk="raw_id")


def unreadable_id(path: Path) -> str:
    return "file:" + hashlib.sha1(str(path.resolve()).encode()).hexdigest()[:16]


def edit_article(db: sqlite_utils.Database, article_id: str, field: str, value, note: str = "") -> None:
    """A correction by hand, kept in `edits` and re-applied after every re-parse.
    `value` is already checked (pipelines/edits.py): a string, a list of names, or for
    `version` the raw id of the version a person chose."""
    if field not in EDITABLE:
        raise ValueError(f"cannot edit {field!r}; editable fields: {', '.join(EDITABLE)}")
    if not db["articles"].count_where("id = ?", [article_id]):
        raise KeyError(f"no article {article_id!r}; find ids with `wenming find WORDS` "
                       "(or the id in an article page's address in `wenming serve`)")
    stored = json.dumps(value, ensure_ascii=False) if isinstance(value, list) else value
    db["edits"].upsert({"article_id": article_id, "field": field, "value": stored, "note": note,
                        "edited_at": now()}, pk=("article_id", "field"))
    before = article_text(db, article_id)
    apply_edits(db, article_id)
    reindex_article(db, article_id, before)


def apply_edits(db: sqlite_utils.Database, article_id: str) -> None:
    edits = {e["field"]: e["value"] for e in db["edits"].rows_where("article_id = ?", [article_id])
             if e["field"] != "version"}
    if edits:
        db["articles"].update(article_id, {**edits, **derived(edits), "edited": 1})
