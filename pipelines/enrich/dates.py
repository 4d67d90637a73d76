"""Activity dates in the text, resolved against the publication date.

7月22日 takes the publication year; 3月1日晚上 keeps its time-of-day words in
the text but resolves to the day.  A date can never be after publication: a
yearless date that would be is moved to the year before; an explicit date
after publication is dropped, and so is any date in a sentence that
announces a plan (将于, 计划于, 即将): a planned event is no activity yet.  昨日/昨天/前天, and 今日 with a time of day, count from the publication day.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]"
    r"(?P<part>晚上|早上|上午|下午|中午|晚间|一早|傍晚|凌晨|夜间|晚|早)?")
RELATIVE = re.compile(r"(?P<w>昨日|昨天|前天|今日(?=上午|下午|晚|早|中午))(?:[(（](?P<d>\d{1,2})日[)）])?")
FUTURE = ("将于", "将在", "即将", "计划于", "拟于", "将举办", "将开展")


@dataclass
class DateHit:
    start: int
    end: int
    text: str
    date: str | None  # YYYY-MM-DD, or None when it cannot be placed


def published_day(published: str | None) -> dt.date | None:
    if not published:
        return None
    m = re.match(r"(\d{4})-(\d{1,2})-(\d{1,2})", published)
    if not m:
        return None
    try:
        return dt.date(*map(int, m.groups()))
    except ValueError:
        return None


def _day(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(year: int | None, month: int, day: int, published: dt.date | None, future: bool) -> str | None:
    if future:
        return None
    if year is not None:
        when = _day(year, month, day)
        return when.isoformat() if when and (published is None or when <= published) else None
    if published is None:
        return None
    when = _day(published.year, month, day)
    if when is None or when <= published:
        return when.isoformat() if when else None
    when = _day(published.year - 1, month, day)  # 12月28日 in a January article
    return when.isoformat() if when else None


def find_dates(sentence: str, published: str | None) -> list[DateHit]:
    """Dates in one sentence, in order."""
    pub = published_day(published)
    future = any(w in sentence for w in FUTURE)
    hits = []
    for m in DATE.finditer(sentence):
        y = int(m.group("y")) if m.group("y") else None
        date = resolve(y, int(m.group("m")), int(m.group("d")), pub, future)
        hits.append(DateHit(m.start(), m.end(), m.group(), date))
    for m in RELATIVE.finditer(sentence):
        if pub is None:
            hits.append(DateHit(m.start(), m.end(), m.group(), None))
            continue
        back = {"昨日": 1, "昨天": 1, "前天": 2}.get(m.group("w"), 0)
        hits.append(DateHit(m.start(), m.end(), m.group(), (pub - dt.timedelta(days=back)).isoformat()))
    return sorted(hits, key=lambda h: h.start)
