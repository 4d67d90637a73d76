"""Who published a story first, who reprinted it, which copies are spam mirrors.

Within one cluster (one story):
- a mirror shows spam-mirror signs: the parser's flags (mirror, pinyin
  annotations, byte damage, SEO spam count fully; Traditional script alone
  counts half), and a host that belongs to no known outlet while 来源 names
  another outlet (half);
- the original is the outlet's own article (its site belongs to the outlet
  its 来源 names, or it names none) published earliest; failing that, the
  earliest non-mirror;
- every other non-mirror is a reprint; mirrors copy the original, or the
  earliest non-mirror when there is no original.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

STRONG_SIGNS = ("mirror", "pinyin_annotated", "byte_damage", "seo_spam")


@dataclass
class Role:
    placement: str          # "original" | "reprint" | "mirror"
    mirror_of: str | None


def _same_outlet(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    return a == b or a in b or b in a


def source_outlet(article: dict[str, Any]) -> str | None:
    """The outlet that wrote the article, by its 来源 (aliases from sources.toml)."""
    source = article.get("source")
    if not source:
        return None
    try:
        from crawler.sources import outlet_for_name

        outlet = outlet_for_name(source)
    except (ImportError, OSError, ValueError):
        outlet = None
    return outlet.name if outlet else source


def is_own(article: dict[str, Any]) -> bool:
    """The article is on the site of the outlet that wrote it."""
    written_by = source_outlet(article)
    if written_by is None:
        return bool(article.get("outlet"))
    return _same_outlet(article.get("outlet"), written_by) or _same_outlet(
        article.get("outlet"), article.get("source"))


def mirror_score(article: dict[str, Any]) -> float:
    score = sum(1.0 for sign in STRONG_SIGNS if article.get(sign))
    if article.get("script_converted"):
        score += 0.5
    if not article.get("outlet") and source_outlet(article) and not is_own(article):
        score += 0.5
    return score


def is_mirror(article: dict[str, Any]) -> bool:
    return mirror_score(article) >= 1.0


def _date_key(article: dict[str, Any]) -> tuple:
    """Earliest first; "2024-05-16 09:30" and "2024-05-16T09:30:00+08:00" compare alike."""
    published = (article.get("published") or "").replace(" ", "T")[:19]
    return (not published, published, article["id"])


def assign_roles(members: list[dict[str, Any]]) -> tuple[dict[str, Role], str | None]:
    """Roles of a cluster's members, and the id of its original (None if all are mirrors)."""
    mirrors = [a for a in members if is_mirror(a)]
    others = [a for a in members if not is_mirror(a)]
    original = None
    if others:
        own = [a for a in others if is_own(a)]
        original = min(own or others, key=_date_key)
    roles: dict[str, Role] = {}
    for a in others:
        roles[a["id"]] = Role("original" if a is original else "reprint", None)
    target = original["id"] if original else None
    for a in mirrors:
        roles[a["id"]] = Role("mirror", target)
    return roles, target


def outlet_label(article: dict[str, Any]) -> str:
    return article.get("outlet") or article.get("site") or "unknown"


def cluster_row(cluster_id: int, members: list[dict[str, Any]], roles: dict[str, Role],
                original: str | None) -> dict[str, Any]:
    """The clusters table row: first publisher, first date, placements by outlet."""
    import json

    by_id = {a["id"]: a for a in members}
    placed = [a for a in members if roles[a["id"]].placement != "mirror"]
    first = by_id[original] if original else min(members, key=_date_key)
    outlets: dict[str, int] = {}
    for a in sorted(placed, key=_date_key):
        outlets[outlet_label(a)] = outlets.get(outlet_label(a), 0) + 1
    first_outlet = first.get("outlet") if (original and is_own(first)) else (
        source_outlet(first) or outlet_label(first))
    return {
        "id": cluster_id,
        "first_article": first["id"],
        "first_outlet": first_outlet,
        "first_published": first.get("published"),
        "placements": len(placed),
        "outlets": json.dumps(outlets, ensure_ascii=False),
        "mirrors": len(members) - len(placed),
        "articles": len(members),
    }
