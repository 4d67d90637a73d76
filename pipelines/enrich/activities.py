"""Activity records: who did what, where and when, each with its sentence.

A sentence of the body that names a date is an activity, one per date.  A
paragraph with no dated sentence is one undated activity when one of its
sentences names an action (开展, 组织, 走进…) and an activity type or a
count (已开展各类活动40场): the
first such sentence is its evidence.  Place and team are the ones named in
the sentence, else in the paragraph, else the article's main place; types
come from the sentence, else from the paragraph.
"""
from __future__ import annotations

import re
from typing import Any

from .activity_types import find_types
from .counts import find_counts
from .dates import find_dates
from .text import ArticleText, Sentence

ACTION = re.compile(
    r"开展|组织|举办|举行|走进|来到|深入|上门|送去|送上|提供|为.{1,12}(?:讲解|服务|送)|参与|定期|集中|帮助"
    r"|巡查|巡逻|走访|慰问|宣传|讲解|清理|劝导|调解|化解|陪伴|辅导|开设|摆开|设立|帮")


def _types_for(sentence: Sentence, paragraph: list[Sentence]) -> dict[str, list[str]]:
    found = find_types(sentence.text)
    if found:
        return found
    return find_types(" ".join(s.text for s in paragraph))


_DEPTH = {"community": 5, "township": 4, "county": 3, "city": 2, "province": 1}


def _place(places: list[tuple[int, dict]], sentence: Sentence, paragraph: list[Sentence]) -> dict | None:
    """The most specific place named in the sentence, else in the paragraph."""
    for lo, hi in ((sentence.start, sentence.end), (paragraph[0].start, paragraph[-1].end)):
        inside = [p for start, p in places if lo <= start < hi and p.get("level")]
        if inside:
            return max(inside, key=lambda p: _DEPTH.get(p["level"], 0))
    return None


def _team(teams: list[tuple[int, dict]], sentence: Sentence, paragraph: list[Sentence]) -> dict | None:
    """The first team named in the sentence, else the paragraph's one team."""
    inside = [t for start, t in teams if sentence.start <= start < sentence.end]
    if inside:
        return inside[0]
    names = {t["name"]: t for start, t in teams if paragraph[0].start <= start < paragraph[-1].end}
    return next(iter(names.values())) if len(names) == 1 else None


def _record(sentence, paragraph, date_hit, places, teams, main_place) -> dict[str, Any]:
    types = _types_for(sentence, paragraph)
    place = _place(places, sentence, paragraph) or main_place
    team = _team(teams, sentence, paragraph)
    return {
        "paragraph": sentence.paragraph,
        "date": date_hit.date if date_hit else None,
        "date_text": date_hit.text if date_hit else None,
        "place": place_name(place) if place else None,
        "place_id": place_id(place) if place else None,
        "team": team["name"] if team else None,
        "types": list(types),
        "triggers": types,
        "counts": find_counts(sentence.text),
        "evidence": sentence.text,
    }


def find_activities(at: ArticleText, published: str | None, places: list[tuple[int, dict]],
                    teams: list[tuple[int, dict]], main_place: dict | None) -> list[dict[str, Any]]:
    by_paragraph: dict[int, list[Sentence]] = {}
    for s in at.sentences:
        if s.paragraph is not None:
            by_paragraph.setdefault(s.paragraph, []).append(s)
    out = []
    for index, sentences in by_paragraph.items():
        dated = [(s, h) for s in sentences for h in find_dates(s.text, published)
                 if not s.text[h.end:].startswith(("讯", "电"))]  # a dateline is no activity
        seen = set()
        for s, hit in dated:
            if (hit.date, s.start) not in seen:
                seen.add((hit.date, s.start))
                out.append(_record(s, sentences, hit, places, teams, main_place))
        if dated:
            continue
        for s in sentences:
            if (find_types(s.text) or find_counts(s.text)) and ACTION.search(s.text):
                out.append(_record(s, sentences, None, places, teams, main_place))
                break
    return out


def place_name(place: dict) -> str | None:
    """The most specific name of a place chain (银和社区, 张浦镇)."""
    for level in ("community", "township", "county", "city", "province"):
        if place.get(level):
            return place[level]
    return place.get("text")


def place_id(place: dict) -> str:
    """The id of a place row: its admin code, or the code above it and its name,
    or, for a place not in the gazetteer, its text."""
    name = place_name(place) or ""
    if place.get("code") and place.get("level") != "community":
        return place["code"]
    if place.get("code"):
        return f"{place['code']}-{name}"
    chain = "-".join(place.get(lvl) or "" for lvl in ("province", "city", "county", "township")).strip("-")
    return f"text:{chain + '-' if chain else ''}{name}"
