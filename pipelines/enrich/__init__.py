"""Enrichment: places, teams and activity records from an article's body.

    enrich(article, region=None)

fills ``article.places``, ``article.teams`` and ``article.activities`` (lists
of dicts, shapes in docs/enrich.md).  ``region`` is the outlet's region
({"province": "山东省", "city": "潍坊市"}); when None it is looked up from the
outlet registry by the article's 来源 or host.  Dictionaries (gazetteer,
jieba words, taxonomy) load on first use, never at import.

Modules: text (sentences), gazetteer, places, teams, activity_types
(taxonomy.toml), dates, counts, activities, store (SQLite tables).
"""
from __future__ import annotations

from typing import Any

from .activities import find_activities
from .gazetteer import LEVELS
from .places import distinct_places, find_places
from .teams import distinct_teams, find_teams
from .text import article_text

__all__ = ["enrich", "outlet_region", "warm_up"]
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
    """Load the dictionaries now (about three seconds) rather than on the first article."""
    from .activity_types import taxonomy
    from .places import prepare

    prepare()
    taxonomy()


def enrich(article: Any, region: dict | None = None) -> None:
    """Fill article.places, article.teams and article.activities from its text."""
    if region is None:
        region = outlet_region(article)
    at = article_text(article.title, list(article.headings), list(article.paragraphs))
    hits = find_places(at, region)
    places = distinct_places(hits)
    by_chain = {tuple(p[lvl] for lvl in LEVELS): p for p in places}
    place_items = sorted(((h.start, by_chain[h.names]) for h in hits if h.names in by_chain),
                         key=lambda t: (t[0], -_DEPTH.get(t[1].get("level"), 0)))
    team_items = find_teams(at, [(h.start, h.end) for h in hits])
    article.places = places
    article.teams = distinct_teams(team_items)
    article.activities = find_activities(at, article.published, place_items, team_items,
                                         _main_place(places))
