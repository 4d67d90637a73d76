"""Activity dates in the text, resolved against the publication date and the
dates before them in the text, with their intent.

What is read:

- written dates: 2023年7月22日, 7月22日 (the publication year), and a day
  alone, 8日上午 (the month of the date before it in the text, else of
  publication);
- days counted from publication: 昨日, 昨天, 前天, 今日上午, 上周五,
  本周一 and a weekday alone (周六上午: the last one on or before publication);
- days counted from the date before them in the text (the anchor): 次日,
  第二天, 翌日, 当天, 当晚, 同日, 前一天;
- festivals on that day (端午节当天, 中秋节当晚, 重阳节上午): lunar
  festivals through the lunar calendar (lunardate), solar ones by their
  fixed day, 清明 by the solar term's rule.

Every date gets an intent from its sentence: ``held`` (it happened),
``planned`` (将于, 计划于, 届时), ``deadline`` (9月30日前报名, 截止),
``result`` (…公布, 公示期, 截至…).  Only a held date is an activity date
(``date``); the others keep ``date`` None and the day they name in ``day``.
A held date is never after publication: a yearless one that would be goes
to the year before (12月28日 in a January article); an explicit one is
dropped.  A planned or deadline date is never moved back.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from .counts import chinese_number
from .text import TO_COME

PART = r"(?P<part>晚上|早上|上午|下午|中午|晚间|一早|傍晚|凌晨|夜间|当晚|清晨|早晨|晚|早)?"
DATE = re.compile(
    r"(?:(?P<y>(?:19|20)\d{2})年)?(?P<m>1[0-2]|0?[1-9])月(?P<d>3[01]|[12]\d|0?[1-9])[日号]" + PART)
_DAY_PART = r"晚上|早上|上午|下午|中午|晚间|一早|傍晚|凌晨|夜间|清晨|早晨|晚|早|当天|，|,|[(（]"
# The end of a run of days after its first: 4月13日至15日, 10月8日—10月10日.
UNTIL = re.compile(r"\s*(?:至|到|—|-|～|~)\s*(?:(?P<m>1[0-2]|0?[1-9])月)?(?P<d>3[01]|[12]\d|0?[1-9])[日号]")
MAX_RUN = 14  # days: a longer run is a season or a campaign, not days of an activity
DAY_ONLY = re.compile(
    rf"(?<![\d月至到—\-～~])(?P<d>3[01]|[12]\d|0?[1-9])[日号](?={_DAY_PART}|是|(?:、|和)(?:3[01]|[12]\d|0?[1-9])[日号])")
FROM_PUBLICATION = re.compile(
    r"(?P<w>昨日|昨天|前天|(?:今天|今日)(?=上午|下午|晚|早|中午|傍晚|一早|，|,|[(（]))(?:[(（](?P<d>\d{1,2})日[)）])?"
    r"|(?P<week>上周|上星期|上礼拜|本周|这周|本星期)(?P<wd>[一二三四五六日天])"
    rf"|(?<![小老大阿])(?P<week2>周|星期)(?P<wd2>[一二三四五六日天])(?={_DAY_PART})")
FROM_ANCHOR = re.compile(r"次日|第二天|翌日|第三天|当天|当日|当晚|同日|同一天|前一天|前一日|头一天|这一天")
_ANCHOR_SHIFT = {"次日": 1, "第二天": 1, "翌日": 1, "第三天": 2, "前一天": -1, "前一日": -1, "头一天": -1, "后一天": 1}
LUNAR_FESTIVALS = {"春节": (1, 1), "元宵节": (1, 15), "元宵": (1, 15), "端午节": (5, 5), "端午": (5, 5),
                   "七夕节": (7, 7), "七夕": (7, 7), "中元节": (7, 15), "中秋节": (8, 15), "中秋": (8, 15),
                   "重阳节": (9, 9), "重阳": (9, 9), "腊八节": (12, 8), "腊八": (12, 8), "小年": (12, 23),
                   "北方小年": (12, 23), "南方小年": (12, 24)}  # (the south keeps 小年 a day later)
SOLAR_FESTIVALS = {"元旦": (1, 1), "学雷锋纪念日": (3, 5), "学雷锋日": (3, 5), "妇女节": (3, 8), "植树节": (3, 12),
                   "劳动节": (5, 1), "青年节": (5, 4), "儿童节": (6, 1), "建党节": (7, 1), "建军节": (8, 1),
                   "教师节": (9, 10), "国庆节": (10, 1), "国际志愿者日": (12, 5), "志愿者日": (12, 5),
                   "国庆": (10, 1), "五一": (5, 1)}  # (国庆假期首日, 五一当天: the holiday's first day)
# Days of the solar year reckoned by a rule: the solar terms that name no weather too (立秋当天, 冬至这天; not
# 小雪, 大雪 or 霜降, which a report names as weather), each by its 21st-century constant (as 清明), and the
# festivals set on a weekday of a month (母亲节: May's second Sunday; 父亲节: June's third).
SOLAR_TERMS = {"立春": (2, 3.87), "春分": (3, 20.646), "立夏": (5, 5.52), "夏至": (6, 21.37), "立秋": (8, 7.5),
               "秋分": (9, 23.042), "立冬": (11, 7.438), "冬至": (12, 21.94)}
WEEKDAY_FESTIVALS = {"母亲节": (5, 2), "父亲节": (6, 3)}  # (month, which Sunday)
_FESTIVAL_NAMES = sorted([*LUNAR_FESTIVALS, *SOLAR_FESTIVALS, *SOLAR_TERMS, *WEEKDAY_FESTIVALS, "除夕", "清明节", "清明"],
                         key=len, reverse=True)
# (重阳节前一天: the day before the festival; 春节期间 names a season, no day: its tallies and plans, in
# the tuning texts of seven writers, date nothing)
FESTIVAL = re.compile(rf"(?P<f>{'|'.join(_FESTIVAL_NAMES)})(?:节日)?(?P<on>当天|当日|当晚|这天|那天|上午|下午|晚上|一早|，"
                      r"|前一天|前一日|头一天|后一天|次日|第二天|假期首日|假期第一天|长假首日|长假第一天)")
# A festival said to fall on the day just written out (2月3日，正值南方小年; 恰逢重阳节): that day, named again.
SAME_DAY = re.compile(r"(?:正值|恰逢|适逢|时值|正逢|又逢|恰是|正是)(?:南方|北方)?$")
# A verb before a festival's name makes it the verb's object (迎端午，文明新风润沂蒙 / 包汤圆、送元宵，):
# the season welcomed or the food given, no day; a day word after it still names one (迎端午当天).
OBJECT_OF = re.compile(r"(?:迎|庆|过|贺|度|闹|话|送|吃|包|煮|滚|品)$")
# A day told looking back from the one before it (而在前一天晚上, 头一天): an aside; the days after
# it (次日, 当天下午) still count from the day the account had reached.
LOOKING_BACK = frozenset(k for k, v in _ANCHOR_SHIFT.items() if v < 0)
# A day of the lunar calendar: 正月初一, 腊月二十三, 八月十五, a run of them (正月初一至初三), or a day alone
# in the month of the date before it (初二下午); read through the lunar calendar (lunardate).
_LUNAR_D = r"初[一二三四五六七八九十]|廿[一二三四五六七八九]|二十[一二三四五六七八九]?|三十|十[一二三四五六七八九]"
LUNAR_MONTHS = {"正月": 1, "二月": 2, "三月": 3, "四月": 4, "五月": 5, "六月": 6, "七月": 7, "八月": 8, "九月": 9,
                "十月": 10, "冬月": 11, "十一月": 11, "腊月": 12, "十二月": 12}
LUNAR = re.compile(rf"(?:(?P<lm>正月|腊月|冬月|十一月|十二月|[二三四五六七八九十]月)(?P<ld>{_LUNAR_D})"
                   rf"|(?<![\u4e00-\u9fff])(?P<alone>初[一二三四五六七八九十]))"
                   rf"(?:(?:至|到|—|-)(?P<lu>{_LUNAR_D}))?"
                   r"(?=上午|下午|晚上|晚|早上|一早|当天|当日|当晚|这天|那天|期间|前夕|之际|，|,)")  # a day, not 八月十五话团圆
PLANNED = re.compile(TO_COME)
DEADLINE_AFTER = re.compile(r"(?:之?前|以前)(?:报名|提交|报送|完成|上报|交)|截止|为止")
DEADLINE_BEFORE = re.compile(r"截止(?:日期|时间)?[为是：:]?$|报名时间[为：:]?$|报名截止[为：:]?$")
RESULT = re.compile(r"公布|揭晓|公示期|公示时间|截至")
_WEEKDAY = {"一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6}


@dataclass
class DateHit:
    start: int
    end: int
    text: str
    date: str | None  # YYYY-MM-DD of a held date, or None when it cannot be placed or is not held
    intent: str = "held"  # held, planned, deadline, result
    day: str | None = None  # the day named, whatever the intent
    until: str | None = None  # the last day of a run of days (4月13日至15日), when held


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
    """A held date (future False) as ISO, never after publication; None for a planned one."""
    when = _resolve_day(year, month, day, published, "planned" if future else "held")
    return when.isoformat() if when and not future else None


def _resolve_day(year, month, day, published, intent) -> dt.date | None:
    if year is not None:
        when = _day(year, month, day)
        if intent == "held" and when and published and when > published:
            return None
        return when
    if published is None:
        return None
    when = _day(published.year, month, day)
    if when is None or when <= published or intent != "held":
        return when
    return _day(published.year - 1, month, day)  # 12月28日 in a January article


def _intent(sentence: str, start: int, end: int, planned: bool) -> str:
    if DEADLINE_AFTER.match(sentence, end, end + 6) or DEADLINE_BEFORE.search(sentence[max(0, start - 8):start]):
        return "deadline"
    if planned:
        return "planned"
    if RESULT.search(sentence[max(0, start - 4):end + 8]):
        return "result"
    return "held"


def qingming(year: int) -> dt.date:
    """清明: April 4 or 5 by the solar term's rule for the 21st century."""
    y = year % 100
    return dt.date(year, 4, int(y * 0.2422 + 4.81) - y // 4)


def solar_term(name: str, year: int) -> dt.date:
    """A solar term's day by the 21st-century rule: int(Y × 0.2422 + C) − leap days (Y: the year's last
    two digits; the terms of January and February count the leap days before the year)."""
    month, c = SOLAR_TERMS[name]
    y = year % 100
    return dt.date(year, month, int(y * 0.2422 + c) - ((y - 1) // 4 if month <= 2 else y // 4))


def nth_sunday(year: int, month: int, n: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(6 - first.weekday()) % 7 + 7 * (n - 1))


def festival_day(name: str, year: int) -> dt.date | None:
    from lunardate import LunarDate

    try:
        if name in LUNAR_FESTIVALS:
            return LunarDate(year, *LUNAR_FESTIVALS[name]).to_solar_date()
        if name == "除夕":
            return LunarDate(year + 1, 1, 1).to_solar_date() - dt.timedelta(days=1)
        if name in SOLAR_FESTIVALS:
            return dt.date(year, *SOLAR_FESTIVALS[name])
        if name.startswith("清明"):
            return qingming(year)
        if name in SOLAR_TERMS:
            return solar_term(name, year)
        if name in WEEKDAY_FESTIVALS:
            return nth_sunday(year, *WEEKDAY_FESTIVALS[name])
    except ValueError:
        return None
    return None


def _festival(name: str, published: dt.date | None, intent: str) -> dt.date | None:
    if published is None:
        return None
    when = festival_day(name, published.year)
    if when and when > published and intent == "held":
        when = festival_day(name, published.year - 1)  # 除夕 named in a January article
    return when


def _weekday(prefix: str, wd: str, ref: dt.date) -> dt.date:
    """上周五: Friday of the week before ref's; 本周一, 周六: that day of ref's week,
    or of the week before when it is still to come."""
    monday = ref - dt.timedelta(days=ref.weekday())
    if prefix in ("上周", "上星期", "上礼拜"):
        return monday - dt.timedelta(days=7) + dt.timedelta(days=_WEEKDAY[wd])
    when = monday + dt.timedelta(days=_WEEKDAY[wd])
    return when if when <= ref or prefix in ("本周", "这周", "本星期") else when - dt.timedelta(days=7)


def _candidates(sentence, pub, anchor):
    """(start, end, day or None, kind) for everything that names a day, in any order."""
    for m in DATE.finditer(sentence):
        y = int(m.group("y")) if m.group("y") else None
        yield m.start(), m.end(), ("date", y, int(m.group("m")), int(m.group("d")))
    for m in DAY_ONLY.finditer(sentence):
        yield m.start(), m.end(), ("day", None, int(m.group("d")))  # its month: the date before it, or the page's
    for m in FROM_PUBLICATION.finditer(sentence):
        if m.group("week") or m.group("week2"):
            yield m.start(), m.end(), ("week", m.group("week") or m.group("week2"), m.group("wd") or m.group("wd2"))
        else:
            yield m.start(), m.end(), ("back", {"昨日": 1, "昨天": 1, "前天": 2}.get(m.group("w"), 0))
    for m in FROM_ANCHOR.finditer(sentence):
        yield m.start(), m.end(), ("anchor", _ANCHOR_SHIFT.get(m.group(), 0))
    for m in FESTIVAL.finditer(sentence):
        if m.group("on") == "，" and OBJECT_OF.search(sentence, max(0, m.start() - 2), m.start()):
            continue  # 迎端午，/ 送元宵，: the season welcomed, the food given, not a day
        if SAME_DAY.search(sentence, max(0, m.start() - 6), m.start()) and DATE.search(sentence, 0, m.start()):
            continue  # 2月3日，正值南方小年: the day written out, the festival only names it
        yield (m.start(), m.end("f") + (0 if m.group("on") == "，" else len(m.group("on"))),
               ("festival", m.group("f"), _ANCHOR_SHIFT.get(m.group("on"), 0)))
    for m in LUNAR.finditer(sentence):
        month = LUNAR_MONTHS[m["lm"]] if m["lm"] else None
        yield m.start(), m.end(), ("lunar", month, _lunar_number(m["ld"] or m["alone"]),
                                   _lunar_number(m["lu"]) if m["lu"] else None)


def _day_of(kind, pub, anchor, intent):
    tag = kind[0]
    if tag == "date":
        return _resolve_day(kind[1], kind[2], kind[3], pub, intent)
    if tag == "day":
        ref = kind[1] or anchor or pub
        if ref is None:
            return None
        when = _day(ref.year, ref.month, kind[2])
        if when and pub and when > pub and intent == "held":  # 28日 early in the next month
            prev = ref.replace(day=1) - dt.timedelta(days=1)
            when = _day(prev.year, prev.month, kind[2])
        return when
    if tag == "week":
        return _weekday(kind[1], kind[2], pub) if pub else None
    if tag == "back":
        return pub - dt.timedelta(days=kind[1]) if pub else None
    if tag == "anchor":
        return anchor + dt.timedelta(days=kind[1]) if anchor else None
    if tag == "lunar":
        return lunar_day(kind[1], kind[2], pub, anchor, intent)
    when = _festival(kind[1], pub, intent)
    return when + dt.timedelta(days=kind[2]) if when else None


def _lunar_number(text: str) -> int:
    """初三 -> 3, 十五 -> 15, 二十三 and 廿三 -> 23, 三十 -> 30."""
    from parsers.chinese import cn_number

    return cn_number(text.removeprefix("初"))


def lunar_day(month: int | None, day: int, pub: dt.date | None, anchor: dt.date | None,
              intent: str) -> dt.date | None:
    """The solar day of a lunar month and day: in the lunar year of publication (the
    year before for a held day that would come after it); a day alone takes the
    lunar month of the date before it, or of publication."""
    from lunardate import LunarDate

    ref = anchor or pub
    if ref is None:
        return None
    lunar_ref = LunarDate.from_solar_date(ref.year, ref.month, ref.day)
    month = month or lunar_ref.month
    year = LunarDate.from_solar_date(pub.year, pub.month, pub.day).year if pub else lunar_ref.year
    try:
        when = LunarDate(year, month, day).to_solar_date()
        if pub and when > pub and intent == "held":
            when = LunarDate(year - 1, month, day).to_solar_date()
    except ValueError:
        return None
    return when


def _until(sentence: str, end: int, first: dt.date) -> tuple[dt.date | None, int]:
    """The last day of a run that starts at first (至15日, —10月10日), within
    MAX_RUN days, and where its words end; (None, end) when there is none."""
    m = UNTIL.match(sentence, end)
    if not m:
        return None, end
    month = int(m["m"]) if m["m"] else first.month
    last = _day(first.year, month, int(m["d"]))
    if last is not None and last < first:
        last = _day(first.year + 1, month, int(m["d"]))  # 12月30日至1月2日
    if last is None or not 0 < (last - first).days <= MAX_RUN:
        return None, end
    return last, m.end()


# A run told by its first day and its length: 8月1日起，…连续三天晚上…, 6月3日起…为期5天的….
RUN_FROM = re.compile(r"起[^。；！？]{0,40}?(?:连续|为期)(?P<n>[两二三四五六七八九十\d]{1,2})(?:个)?(?:天|日)")


def _run_from(sentence: str, end: int, first: dt.date) -> dt.date | None:
    m = RUN_FROM.match(sentence, end)
    if not m:
        return None
    n = int(m["n"]) if m["n"].isdigit() else chinese_number(m["n"])  # (None for what reads as no number: 十十)
    return first + dt.timedelta(days=n - 1) if n and 1 < n <= MAX_RUN else None


def days_of(date: str | None, until: str | None) -> list[str]:
    """Every day of an activity: its date, or the run from its date to until."""
    if not date:
        return []
    if not until:
        return [date]
    first, last = dt.date.fromisoformat(date), dt.date.fromisoformat(until)
    return [(first + dt.timedelta(days=n)).isoformat() for n in range((last - first).days + 1)]


def find_dates(sentence: str, published: str | None, anchor: dt.date | None = None) -> list[DateHit]:
    """Dates in one sentence, in order; anchor is the day of the date before it
    in the text (for 次日, 当天, 8日)."""
    pub = published_day(published)
    planned = bool(PLANNED.search(sentence))
    reach = 0  # where the names taken so far end: candidates come in order of start
    hits = []
    for start, end, kind in sorted(_candidates(sentence, pub, anchor), key=lambda t: (t[0], -(t[1] - t[0]))):
        if start < reach:
            continue  # 7月22日 holds 22日, 当天 in 端午节当天
        reach = end
        intent = _intent(sentence, start, end, planned)
        when = _day_of(kind, pub, anchor, intent)
        if when and pub and when > pub and intent == "held":
            when = None
        held = intent == "held" and when is not None
        last, run_end = _until(sentence, end, when) if held else (None, end)
        if held and last is None:
            last = _run_from(sentence, end, when)
        if held and kind[0] == "lunar" and kind[3]:  # 正月初一至初三: the run's last day, in the same month
            last = when + dt.timedelta(days=kind[3] - kind[2])
            last = last if 0 < kind[3] - kind[2] <= MAX_RUN else None
        end = reach = run_end
        hits.append(DateHit(start, end, sentence[start:end], when.isoformat() if held else None, intent,
                            when.isoformat() if when else None, last.isoformat() if last else None))
        if held and kind[0] != "anchor":
            anchor = when
    return _listed_days(sentence, sorted(hits, key=lambda h: h.start))


LIST_JOIN = re.compile(r"\s*(?:、|和|及|与)\s*")


def _listed_days(sentence: str, hits: list[DateHit]) -> list[DateHit]:
    """Days listed one after another (10月17日、18日; 5日和6日; 17日、18日、19日): one run from the
    first to the last, where each is the day after the one before; a list with gaps (5日、12日) is
    left as its days."""
    out: list[DateHit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev is not None and prev.date and h.date and not h.until and LIST_JOIN.fullmatch(sentence[prev.end:h.start]) \
                and dt.date.fromisoformat(h.date) - dt.date.fromisoformat(prev.until or prev.date) == dt.timedelta(days=1):
            out[-1] = DateHit(prev.start, h.end, sentence[prev.start:h.end], prev.date, prev.intent, prev.day, h.date)
            continue
        out.append(h)
    return out
