"""Enrichment rows in SQLite: places, article_places, teams, activities, and
the article's genre and enrichment note (columns of articles, m010).

Foreign keys link them (activities.place_id -> places.id, activities.team_id
-> teams.id, article_id -> articles.id), so Datasette shows them as links.
Places and teams are shared between articles; an article's own rows
(article_places, activities) are replaced on every run, so re-running leaves
no duplicates.
"""
from __future__ import annotations

import hashlib
import json
from typing import Any

import sqlite_utils

from .activities import place_id, place_name
from .activity_types import type_labels

PLACE_COLUMNS = {"id": str, "name": str, "level": str, "province": str, "city": str, "county": str,
                 "township": str, "community": str, "code": str, "resolved": int}


def team_id(team: dict[str, Any] | str) -> str:
    name = team if isinstance(team, str) else team["name"]
    return "team:" + name


def create_tables(db: sqlite_utils.Database) -> None:
    """The enrichment tables, linked to articles and to each other; the
    store's migration m004_enrichment calls this, and so does
    store_enrichment for a database made without the migrations."""
    if "places" not in db.table_names():
        db["places"].create(PLACE_COLUMNS, pk="id")
        db["places"].create_index(["province", "city", "county", "township"])
    if "teams" not in db.table_names():
        db["teams"].create({"id": str, "name": str, "full": str, "kind": str}, pk="id")
    if "article_places" not in db.table_names():
        db["article_places"].create(
            {"article_id": str, "place_id": str, "sentence": str}, pk=("article_id", "place_id"),
            foreign_keys=[("article_id", "articles", "id"), ("place_id", "places", "id")])
        db["article_places"].create_index(["place_id"])
    if "activities" not in db.table_names():
        db["activities"].create(
            {"id": str, "article_id": str, "paragraph": int, "date": str, "date_end": str, "date_text": str,
             "place_id": str, "team_id": str, "types": str, "triggers": str, "counts": str,
             "figures": str, "evidence": str},
            pk="id",
            foreign_keys=[("article_id", "articles", "id"), ("place_id", "places", "id"),
                          ("team_id", "teams", "id")])
        for cols in (["article_id"], ["date"], ["place_id"], ["team_id"]):
            db["activities"].create_index(cols)


def _ensure_tables(db: sqlite_utils.Database) -> None:
    if "articles" not in db.table_names():
        raise RuntimeError("the articles table is missing: store the article first, then its enrichment")
    create_tables(db)


def _place_row(place: dict[str, Any]) -> dict[str, Any]:
    row = {k: place.get(k) for k in ("level", "province", "city", "county", "township", "community", "code")}
    row.update(id=place_id(place), name=place_name(place), resolved=int(bool(place.get("resolved"))))
    return row


def store_enrichment(db: sqlite_utils.Database, article_id: str, article: Any) -> None:
    """Replace this article's places, teams and activities rows."""
    _ensure_tables(db)
    with db.conn:
        db["article_places"].delete_where("article_id = ?", [article_id])
        db["activities"].delete_where("article_id = ?", [article_id])
        rows = {}
        for place in article.places:
            rows.setdefault(place_id(place), (_place_row(place), place.get("sentence")))
        db["places"].upsert_all([r for r, _ in rows.values()], pk="id")
        db["article_places"].insert_all(
            [{"article_id": article_id, "place_id": pid, "sentence": s} for pid, (_, s) in rows.items()],
            pk=("article_id", "place_id"), replace=True)
        teams: dict[str, dict[str, Any]] = {}
        for t in article.teams:  # (one row a name: the first named of a quoted name's bodies, 和事佬调解工作室 and …志愿服务队)
            teams.setdefault(team_id(t), {"id": team_id(t), "name": t["name"], "full": t.get("full") or t["name"],
                                          "kind": t.get("kind")})
        for a in article.activities:  # a team named only in an activity still gets its row
            if a.get("team") and team_id(a["team"]) not in teams:
                teams[team_id(a["team"])] = {"id": team_id(a["team"]), "name": a["team"], "full": a["team"],
                                             "kind": None}
        db["teams"].upsert_all(list(teams.values()), pk="id", alter=True)
        if db["articles"].count_where("id = ?", [article_id]):
            db["articles"].update(article_id, {"genre": getattr(article, "genre", None),
                                               "enrichment_note": getattr(article, "enrichment_note", None)},
                                  alter=True)
        db["activities"].insert_all([_activity_row(article_id, i, a) for i, a in enumerate(article.activities)],
                                    pk="id", replace=True, alter=True)


def _activity_row(article_id: str, index: int, a: dict[str, Any]) -> dict[str, Any]:
    labels = type_labels()
    key = f"{article_id}:{index}:{a.get('paragraph')}:{a.get('evidence')}:{a.get('date')}"
    return {
        "id": hashlib.sha1(key.encode()).hexdigest()[:16],
        "article_id": article_id,
        "paragraph": a.get("paragraph"),
        "date": a.get("date"),
        "date_end": a.get("date_end"),
        "date_text": a.get("date_text"),
        "place_id": a.get("place_id"),
        "team_id": team_id(a["team"]) if a.get("team") else None,
        # Stored under the taxonomy's Chinese labels: what a reader facets and searches on.
        "types": json.dumps([labels.get(t, t) for t in a.get("types") or []], ensure_ascii=False),
        "triggers": json.dumps({labels.get(t, t): w for t, w in (a.get("triggers") or {}).items()}, ensure_ascii=False),
        "counts": json.dumps(a.get("counts") or [], ensure_ascii=False),
        # Totals, targets and durations named beside the activity, each with its kind.
        "figures": json.dumps(a.get("figures") or [], ensure_ascii=False),
        "evidence": a.get("evidence"),
    }
