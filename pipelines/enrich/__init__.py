"""Enrichment: places, teams and activity records from an article's body.

    enrich(article, region=None)

fills ``article.genre`` (genre.py), ``article.places``, ``article.teams`` and
``article.activities`` (lists of dicts, shapes in docs/enrich.md); activities
only for a report.  A text longer than MAX_CHARS is read up to there and
``article.enrichment_note`` says so.  ``region`` is the outlet's region
({"province": "山东省", "city": "潍坊市"}); when None it is looked up from the
outlet registry by the article's 来源 or host.  Dictionaries (gazetteer,
jieba words, taxonomy) load on first use, never at import.

Modules: text (sentences), genre, words (segmentation), cache, gazetteer,
places, teams, activity_types (taxonomy.toml), dates, counts, activities,
store (SQLite tables).
"""
from __future__ import annotations

from collections.abc import Mapping

from typing import Any

from .activities import find_activities
from .genre import classify
from .gazetteer import LEVELS
from .places import distinct_places, find_places
from .teams import distinct_teams, find_teams
from .text import article_text

__all__ = ["enrich", "outlet_region", "warm_up"]
MAX_CHARS = 300_000  # some 100 times a long report: more is a dump of many pages, not an article
_DEPTH = {"community": 5, "township": 4, "county": 3, "city": 2, "province": 1}


def outlet_region(article: Any) -> dict | None:
    """The region of the outlet that wrote the article, or of the site it came from."""
    from crawler.sources import outlet_for_host, outlet_for_name

    outlet = outlet_for_name(getattr(article, "source", None)) or outlet_for_host(getattr(article, "site", None))
    return dict(outlet.region) if outlet and outlet.region else None


def _main_place(places: list[dict]) -> dict | None:
    """The place the article is mostly about: the deepest chain named first."""
    resolved = [p for p in places if p.get("level")]
    return max(resolved, key=lambda p: _DEPTH.get(p["level"], 0), default=None)


def warm_up() -> None:
    """Load the dictionaries now (well under a second from the cache) rather than on the first article."""
    from .activity_types import taxonomy
    from .places import prepare

    prepare()
    taxonomy()


def within_cap(paragraphs: list[str], limit: int = MAX_CHARS) -> tuple[list[str], str | None]:
    """The paragraphs up to `limit` characters, and a note when that is not all of them."""
    total = sum(len(p) for p in paragraphs)
    if total <= limit:
        return paragraphs, None
    kept, size = [], 0
    for p in paragraphs:
        if size + len(p) > limit:
            kept.append(p[:limit - size])
            break
        kept.append(p)
        size += len(p)
    return kept, (f"enrichment read the first {limit:,} of {total:,} characters: a text this long is "
                  f"no single article; split it into articles to enrich the rest")


def enrich(article: Any, region: dict | None = None) -> None:
    """Fill article.genre, places, teams and activities from its text (`region`: the outlet's
    {"province": …, "city": …, "county": …}; looked up from the outlet registry when None)."""
    if region is None:
        region = outlet_region(article)
    if region is not None and not isinstance(region, Mapping):
        raise TypeError(f"region must be a mapping of levels to names, e.g. {{'province': '山东省', 'city': '潍坊市'}}, "
                        f"not {type(region).__name__} {region!r}")
    paragraphs, article.enrichment_note = within_cap(list(article.paragraphs))
    at = article_text(article.title, list(article.headings)[:200], paragraphs)
    article.genre = classify(article.title, paragraphs, article.published)
    hits = find_places(at, region)
    places = distinct_places(hits)
    by_chain = {tuple(p[lvl] for lvl in LEVELS): p for p in places}
    place_items = sorted(((h.start, by_chain[h.names]) for h in hits if h.names in by_chain),
                         key=lambda t: (t[0], -_DEPTH.get(t[1].get("level"), 0)))
    team_items = find_teams(at, [(h.start, h.end) for h in hits])
    article.places = places
    article.teams = distinct_teams(team_items)
    article.activities = []
    if article.genre == "activity_report":  # a notice's plans, a meeting's duties, an award list's citations are none
        article.activities = find_activities(at, article.published, place_items, team_items,
                                             _main_place(places))
