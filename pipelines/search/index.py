"""The search index of articles: `articles_fts`, kept in step by the store.

A contentless FTS5 table (the text itself stays in `articles`) holds the
tokens of each article's title and body under the article's rowid.  Rows of
a contentless table are removed by giving back the tokens they were indexed
with, so `article_text` is read before an article changes and handed to
`reindex_article` after.  Articles deleted or added without the store are
caught when the store is opened (`ensure_current_rule`) and re-indexed.
"""
from __future__ import annotations

import sqlite_utils

from .segment import INDEX_RULE, index_text

FTS_TABLE = "articles_fts"
CREATE = (f"CREATE VIRTUAL TABLE IF NOT EXISTS [{FTS_TABLE}] USING fts5("
          "title, body, content='', tokenize='unicode61', detail='full')")


def create_index(db: sqlite_utils.Database) -> None:
    db.execute(CREATE)


def article_text(db: sqlite_utils.Database, article_id: str) -> tuple[int, str, str] | None:
    """(rowid, title, body) of an article as it is indexed now, or None."""
    row = db.execute("select rowid, title, body from articles where id = ?", [article_id]).fetchone()
    return tuple(row) if row else None


def _remove(db: sqlite_utils.Database, before: tuple[int, str, str]) -> None:
    rowid, title, body = before
    db.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}], rowid, title, body) VALUES('delete', ?, ?, ?)",
               [rowid, index_text(title), index_text(body)])


def reindex_article(db: sqlite_utils.Database, article_id: str, before: tuple[int, str, str] | None) -> None:
    """Replace the article's index row; `before` is what article_text gave before the change."""
    if before:
        _remove(db, before)
    now = article_text(db, article_id)
    if now:
        db.execute(f"INSERT INTO [{FTS_TABLE}](rowid, title, body) VALUES(?, ?, ?)",
                   [now[0], index_text(now[1]), index_text(now[2])])


def rebuild_index(db: sqlite_utils.Database, batch: int = 2000) -> int:
    """Index every article afresh (after a change of the token rule); returns the count."""
    db.execute(f"INSERT INTO [{FTS_TABLE}]([{FTS_TABLE}]) VALUES('delete-all')")
    count = 0
    cursor = db.conn.execute("select rowid, title, body from articles")
    while rows := cursor.fetchmany(batch):
        chunk = [(r[0], index_text(r[1]), index_text(r[2])) for r in rows]
        db.conn.executemany(f"INSERT INTO [{FTS_TABLE}](rowid, title, body) VALUES(?, ?, ?)", chunk)
        count += len(chunk)
    return count


def ensure_current_rule(db: sqlite_utils.Database) -> bool:
    """Re-index when the store was indexed with another token rule, or when articles
    were deleted or added behind the store's back; True when it did."""
    if not db[FTS_TABLE].exists():
        return False
    db["_search_index"].create({"key": str, "value": str}, pk="key", if_not_exists=True)
    row = db.execute("select value from _search_index where key = 'rule'").fetchone()
    shape = "select count(*), max(rowid) from [{}]"
    out_of_step = db.execute(shape.format(FTS_TABLE)).fetchone() != db.execute(shape.format("articles")).fetchone()
    if row and row[0] == str(INDEX_RULE) and not out_of_step:
        return False
    with db.conn:
        if row or out_of_step:
            rebuild_index(db)
        db["_search_index"].upsert({"key": "rule", "value": str(INDEX_RULE)}, pk="key")
    return bool(row) or out_of_step
