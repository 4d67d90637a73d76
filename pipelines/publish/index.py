"""The search index of articles: `articles_fts`, kept in step by the store.

A contentless FTS5 table (the text itself stays in `articles`) holds the
tokens of each article's title and body under the article's rowid.  Rows of
a contentless table are removed by giving back the tokens they were indexed
with, so `article_text` is read before an article changes and handed to
`reindex_article` after.
"""
from __future__ import annotations

import sqlite_utils

from .segment import index_text

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
