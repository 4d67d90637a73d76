"""The article page's data: the article, its blocks, places, activities and teams, and
for a reprint or a mirror the original it copies (row-wenming-articles.html)."""
from __future__ import annotations

import json
import sqlite3

from .links import safe_link


def _json_list(text) -> list:
    try:
        value = json.loads(text or "[]")
    except (TypeError, ValueError):
        return []
    return value if isinstance(value, list) else []


def _rows_of(conn):
    def rows(sql: str, params) -> list[dict]:
        try:
            cursor = conn.execute(sql, params)
        except sqlite3.Error:  # a table from enrichment not there yet: show nothing for it
            return []
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, r)) for r in cursor.fetchall()]
    return rows


async def article_for_page(db, article_id: str) -> dict | None:
    """The article with what its page shows, read in one go on one of Datasette's SQL threads
    (one hand-over between threads instead of one per query keeps pages quick under load)."""
    return await db.execute_fn(lambda conn: _article(_rows_of(conn), article_id))


def _article(rows, article_id: str) -> dict | None:
    rows_found = rows("select rowid as article_rowid, * from articles where id = ?", [article_id])
    if not rows_found:
        return None
    article = rows_found[0]
    blocks = [b for b in _json_list(article.get("blocks")) if isinstance(b, dict) and b.get("text")]
    if not blocks:
        blocks = [{"kind": "paragraph", "text": p} for p in (article.get("body") or "").split("\n") if p.strip()]
    # Placement and cluster straight from the row (article_index would build every list column too).
    index = {"placement": article.get("placement") or ("mirror" if article.get("mirror") else None),
             "cluster_id": article.get("cluster_id")}
    article.update(
        blocks=blocks, authors_list=_json_list(article.get("authors")),
        editors_list=_json_list(article.get("editors")), index=index,
        places=rows("select p.*, ap.sentence from article_places ap join places p on p.id = ap.place_id "
                    "where ap.article_id = ? order by p.level, p.name", [article_id]),
        activities=rows("select * from activity_index where article_id = ? order by date", [article_id]),
    )
    article["teams"] = sorted({a["team"] for a in article["activities"] if a.get("team")})
    for activity in article["activities"]:
        activity["types_list"] = _json_list(activity.get("types"))
    article["link"] = safe_link(article.get("canonical_url")) or safe_link(article.get("url"))
    article["original"] = original_of(rows, article)
    return article


def original_of(rows, article: dict) -> dict | None:
    """For a mirror or a reprint, the article it copies (the mirror's mirror_of, else its
    cluster's first article), with its safe link; None for an original or when unknown."""
    placement = article.get("placement") or ("mirror" if article.get("mirror") else None)
    if placement not in ("mirror", "reprint"):
        return None
    found = []
    if article.get("mirror_of"):
        found = rows("select * from articles where id = ?", [article["mirror_of"]])
    if not found and article.get("cluster_id") is not None:
        found = rows("select a.* from clusters c join articles a on a.id = c.first_article "
                     "where c.id = ? and a.id != ?", [article["cluster_id"], article["id"]])
    if not found:
        return None
    original = found[0]
    original["link"] = safe_link(original.get("canonical_url")) or safe_link(original.get("url"))
    original["authors_list"] = _json_list(original.get("authors"))
    original["placement"] = placement
    return original
