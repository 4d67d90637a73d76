"""Cluster new or re-parsed articles against what is stored: update_clusters().

Writes articles.cluster_id, articles.mirror_of, articles.placement and the
`clusters` table; keeps signatures in `dedup_signatures` so that the next
update (in this process or after a restart) only fingerprints new articles.
Only the rows of clusters that gained, lost or merged members are written.
"""
from __future__ import annotations

import time
from dataclasses import dataclass, field
from typing import Any

from .fingerprint import FINGERPRINT_VERSION, Fingerprint, iter_fingerprints
from .index import StoryIndex, forget, index_for
from .roles import assign_roles, cluster_row
from .schema import ROLE_COLUMNS, ensure_schema

SHORT_BODY = 60  # bodies shorter than this are fingerprinted with their title


@dataclass
class Summary:
    articles: int = 0            # articles clustered in this update
    missing: list[str] = field(default_factory=list)  # ids not found in articles
    new_clusters: int = 0
    joined: int = 0              # articles that joined a stored cluster
    merged: int = 0              # clusters merged into another
    clusters_written: int = 0
    articles_written: int = 0    # article rows whose cluster or role changed
    seconds: dict[str, float] = field(default_factory=dict)  # fingerprint wait, place, write

    def as_dict(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _chunks(items: list, size: int = 500):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def fetch_articles(db, ids: list[str], columns: str) -> list[dict[str, Any]]:
    rows = []
    for chunk in _chunks(ids):
        marks = ",".join("?" * len(chunk))
        cursor = db.execute(f"select {columns} from articles where id in ({marks})", chunk)
        names = [d[0] for d in cursor.description]
        rows.extend(dict(zip(names, r)) for r in cursor.fetchall())
    return rows


def fingerprint_text(article: dict[str, Any]) -> str:
    body = article.get("body") or ""
    if len(body) < SHORT_BODY and not article.get("seo_spam"):
        return (article.get("title") or "") + "\n" + body
    return body


def _place(index: StoryIndex, article_id: str, fp: Fingerprint, summary: Summary,
           touched: set[int], gone: set[int]) -> None:
    """Put one article in the cluster of its matches, merging clusters it bridges."""
    keys = index.keys(fp)
    found = index.matches(fp, keys)
    clusters = sorted({index.cluster_of[m] for m in found}, key=lambda c: (-len(index.members[c]), c))
    if not clusters:
        cluster_id = index.new_cluster()
        summary.new_clusters += 1
    else:
        cluster_id = clusters[0]
        summary.joined += 1
        for other in clusters[1:]:
            for member in list(index.members[other]):
                index.move(member, cluster_id)
            gone.add(other)
            touched.discard(other)
            summary.merged += 1
    index.add(article_id, fp, cluster_id, keys)
    touched.add(cluster_id)


def _split(index: StoryIndex, cluster_id: int, touched: set[int], gone: set[int]) -> None:
    """After a member left or changed, keep together only what still matches."""
    if cluster_id not in index.members:
        gone.add(cluster_id)
        return
    groups = sorted(index.components(cluster_id), key=len, reverse=True)
    touched.add(cluster_id)
    for group in groups[1:]:
        new_id = index.new_cluster()
        for member in group:
            index.move(member, new_id)
        touched.add(new_id)


def update_clusters(db, article_ids: list[str], workers: int | None = None) -> Summary:
    """Cluster these (new or re-parsed) articles against the stored ones; see module doc."""
    ensure_schema(db)
    index = index_for(db)
    try:
        return _update(db, index, article_ids, workers)
    except BaseException:
        forget(db)  # the index in memory may be ahead of the database: reload next time
        raise


def _update(db, index: StoryIndex, article_ids: list[str], workers: int | None) -> Summary:
    ids = list(dict.fromkeys(article_ids))
    rows = {r["id"]: r for r in fetch_articles(db, ids, "id, title, body, seo_spam")}
    summary = Summary(missing=[i for i in ids if i not in rows])
    ids = [i for i in ids if i in rows]
    prints = iter_fingerprints([fingerprint_text(rows[i]) for i in ids], workers=workers)
    touched: set[int] = set()
    gone: set[int] = set()
    moved_from = {index.remove(i) for i in ids if i in index}
    waited = placing = 0.0
    for article_id in ids:
        t0 = time.perf_counter()
        fp = next(prints)
        t1 = time.perf_counter()
        _place(index, article_id, fp, summary, touched, gone)
        waited, placing = waited + t1 - t0, placing + time.perf_counter() - t1
    for cluster_id in moved_from - gone:
        _split(index, cluster_id, touched, gone)
    summary.articles = len(ids)
    t2 = time.perf_counter()
    with db.conn:
        _write_signatures(db, index, ids, touched)
        _write_roles(db, index, touched - gone, summary)
        _delete_clusters(db, gone - set(index.members))
        index.generation += 1
        db.execute("insert or replace into dedup_state (key, value) values ('generation', ?)",
                   [str(index.generation)])
    summary.seconds = {"fingerprint_wait": waited, "place": placing,
                       "write": time.perf_counter() - t2}
    return summary


def _write_signatures(db, index: StoryIndex, ids: list[str], touched: set[int]) -> None:
    rows = []
    for article_id in ids:
        fp = index.fingerprint(article_id)
        rows.append((article_id, index.cluster_of[article_id], fp.text_hash, fp.shingles,
                     fp.chars, fp.signature_bytes(), FINGERPRINT_VERSION))
    db.conn.executemany(
        "insert or replace into dedup_signatures "
        "(article_id, cluster_id, text_hash, shingles, chars, signature, version) "
        "values (?, ?, ?, ?, ?, ?, ?)", rows)
    fresh = set(ids)
    moved = [(c, a) for c in touched for a in index.members.get(c, ()) if a not in fresh]
    db.conn.executemany("update dedup_signatures set cluster_id = ? where article_id = ?"
                        " and cluster_id != ?", [(c, a, c) for c, a in moved])


def _write_roles(db, index: StoryIndex, clusters: set[int], summary: Summary) -> None:
    member_ids = [a for c in clusters for a in index.members[c]]
    columns = "id, site, outlet, source, published, " + ROLE_COLUMNS
    by_id = {r["id"]: r for r in fetch_articles(db, member_ids, columns)}
    article_updates, cluster_rows = [], []
    for cluster_id in sorted(clusters):
        members = [by_id[a] for a in sorted(index.members[cluster_id]) if a in by_id]
        if not members:
            continue
        roles, original = assign_roles(members)
        for a in members:
            role = roles[a["id"]]
            new = (cluster_id, role.mirror_of, role.placement)
            if (a["cluster_id"], a["mirror_of"], a["placement"]) != new:
                article_updates.append((*new, a["id"]))
        cluster_rows.append(cluster_row(cluster_id, members, roles, original))
    db.conn.executemany("update articles set cluster_id = ?, mirror_of = ?, placement = ? "
                        "where id = ?", article_updates)
    db.conn.executemany(
        "insert or replace into clusters (id, first_article, first_outlet, first_published, "
        "placements, outlets, mirrors, articles) values (:id, :first_article, :first_outlet, "
        ":first_published, :placements, :outlets, :mirrors, :articles)", cluster_rows)
    summary.articles_written += len(article_updates)
    summary.clusters_written += len(cluster_rows)


def _delete_clusters(db, cluster_ids: set[int]) -> None:
    db.conn.executemany("delete from clusters where id = ?", [(c,) for c in cluster_ids])
