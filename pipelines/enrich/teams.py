"""Teams, brands, organisations and practice stations named in an article.

- A quoted name right before a team word is a team or a brand:
  “映山红”志愿服务队, “红帽子”帮帮团, “六色花”志愿服务品牌.  A few words may come between
  (“金秤砣”调解工作室, “法润”法律服务队).  A run of quoted
  names shares the team word after 等: “青鸟”“雏鹰”等……志愿服务小分队.
  A quoted slogan is not a team: it has punctuation inside (“清洁小区，美化家园”)
  or is followed by 活动, not by a team word.
- An organisation is named in full up to 志愿者服务中心 or 协会, when it
  starts at a clause boundary (新昌社区蒲公英志愿者服务中心).
- A practice centre, station or post (新时代文明实践中心/所/站) counts with the
  place named right before it (孝廉社区新时代文明实践站); alone it is a kind.
"""
from __future__ import annotations

import re
from typing import Any

from .text import ArticleText

TEAM_WORDS = (
    "志愿服务小分队", "志愿者服务队", "志愿服务队", "志愿服务团", "志愿者队伍", "志愿队", "服务队",
    "小分队", "服务团", "帮帮团", "管家团", "宣讲团", "互助岗", "先锋队", "突击队", "巡逻队",
    "护卫队", "宣传队", "帮帮队", "爱心团", "服务社", "志愿服务站", "文艺队", "舞蹈队", "合唱团",
    "宣讲队", "宣讲团", "艺术团", "调解队",
)
ORGANISATION_WORDS = ("志愿者服务中心", "志愿服务中心", "志愿服务协会", "志愿者协会", "协会", "工作室")
BRAND_WORDS = ("志愿服务品牌", "服务品牌", "品牌")
TEAM_VOCABULARY = TEAM_WORDS + ORGANISATION_WORDS + BRAND_WORDS
_ALTERNATION = "|".join(sorted(TEAM_WORDS + ORGANISATION_WORDS + BRAND_WORDS, key=len, reverse=True))
_QUOTED = r"“[^“”，,。；;！!？?：:\s]{1,10}”"
# Words between a quoted name and its team word describe the team (法律, 助老);
# verbs, particles and measure words mean the quote is something else
# (一条“红线”串起多支小分队).
_FILLER_NOT = "的了在起出为和与把被让给到向对串带建组成立是有多支个些几各等将也都又就a-zA-Z_"
QUOTED_TEAMS = re.compile(
    rf"(?P<names>{_QUOTED}(?:[、和及与]?{_QUOTED})*)"
    rf"(?P<filler>等[^，。；、“”\s]{{0,16}}?|[^\W\d{_FILLER_NOT}]{{0,4}}?)(?P<word>{_ALTERNATION})")
ORGANISATIONS = re.compile(rf"[\u4e00-\u9fff]{{2,14}}?(?:{'|'.join(ORGANISATION_WORDS[:4])})")
STATIONS = re.compile(r"(?:新时代)?文明实践(?:中心|所|站|点|基地)")
_BOUNDARY = set("，,。；;：:、！？“”（）()《》\n ")
_NOT_TEAM_NAME = ("志愿服务", "活动", "行动", "工程", "计划")


def _kind(word: str) -> str:
    if word in BRAND_WORDS:
        return "brand"
    if word in ORGANISATION_WORDS:
        return "organisation"
    return "team"


def _quoted_teams(text: str) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for m in QUOTED_TEAMS.finditer(text):
        word = m.group("word")
        for q in re.finditer(_QUOTED, m.group("names")):
            name = q.group()[1:-1]
            if any(w in name for w in _NOT_TEAM_NAME):
                continue  # “志愿服务队助力开学季”活动 names an event
            start = m.start("names") + q.start()
            out.append((start, {"name": name, "kind": _kind(word), "text": q.group() + word}))
    return out


def _clause_start(text: str, end: int, limit: int = 16) -> int | None:
    i = end
    while i > 0 and end - i < limit and text[i - 1] not in _BOUNDARY:
        i -= 1
    return i if (i == 0 or text[i - 1] in _BOUNDARY) else None


def _organisations(text: str) -> list[tuple[int, dict[str, Any]]]:
    out = []
    for m in ORGANISATIONS.finditer(text):
        start = _clause_start(text, m.end(), 18)
        if start is None:
            continue
        name = text[start:m.end()]
        if "“" in name or len(name) < 6 or not re.search(r"社区|村|街道|镇|乡|县|区|市|学院|大学|医院", name):
            continue
        out.append((start, {"name": name, "kind": "organisation", "text": name}))
    return out


def _stations(text: str, place_spans: list[tuple[int, int]]) -> list[tuple[int, dict[str, Any]]]:
    out = []
    ends = {e: s for s, e in place_spans}  # the place named right before: 孝廉社区新时代文明实践站
    for m in STATIONS.finditer(text):
        start = ends.get(m.start())
        if start is None:
            continue
        name = text[start:m.end()]
        out.append((start, {"name": name, "kind": "station", "text": name}))
    return out


def find_teams(at: ArticleText, place_spans: list[tuple[int, int]]) -> list[tuple[int, dict[str, Any]]]:
    """(offset, team) for every mention of a team, brand, organisation or station,
    in order; mentions of one name share one dict (with its first sentence)."""
    found = _quoted_teams(at.text) + _organisations(at.text) + _stations(at.text, place_spans)
    first: dict[str, dict[str, Any]] = {}
    out = []
    for start, team in sorted(found, key=lambda t: t[0]):
        if team["name"] not in first:
            team["sentence"] = at.sentence_at(start).text
            first[team["name"]] = team
        out.append((start, first[team["name"]]))
    return out


def distinct_teams(mentions: list[tuple[int, dict[str, Any]]]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for _, team in mentions:
        out.setdefault(team["name"], team)
    return list(out.values())
