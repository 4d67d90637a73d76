"""Dates in text, URLs and relative forum dates, as ISO 8601 (+08:00)."""
from __future__ import annotations

import re
from datetime import date

YEAR = r"((?:19|20)\d{2})"
FULL = re.compile(
    YEAR + r"\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:\s*T?\s*(\d{1,2})\s*[:：时]\s*(\d{1,2})(?:\s*[:：分]\s*(\d{1,2}))?)?")
# Published-date labels: a date right after one of these is the article's.
LABELLED = re.compile(
    r"(?<!成文)(?<!印发)(?<!生效)(?<!施行)(?:发布时间|发布日期|发表时间|发表日期|发表于|发布于|时间|日期|更新时间|来源时间|"
    r"Published|Posted|Date)\s*[:：]?\s*(?=(?:19|20)\d{2})", re.IGNORECASE)
URL_DATES = (
    re.compile(r"[/_t](20\d{2}|19\d{2})(\d{2})(\d{2})(?:[/_]|\d|\.s?html?)"),
    re.compile(r"/(20\d{2}|19\d{2})[-_/](\d{1,2})[-_/](\d{1,2})/"),
    re.compile(r"/(20\d{2}|19\d{2})(\d{2})/(\d{2})/"),
    re.compile(r"/(20\d{2}|19\d{2})-(\d{2})/(\d{2})/"),
)
MONTH_DAY = re.compile(r"(?<![\d年])(\d{1,2})月(\d{1,2})日(?:电|讯|消息)")


def iso(y: int, m: int, d: int, hh: int | None = None, mm: int | None = None,
        ss: int | None = None) -> str | None:
    """ISO 8601 date, with a +08:00 time when the time is known; None if invalid."""
    try:
        date(y, m, d)
    except ValueError:
        return None
    if not 1990 <= y <= 2035:
        return None
    if hh is None or mm is None or hh > 23 or mm > 59 or (ss or 0) > 59:
        return f"{y:04d}-{m:02d}-{d:02d}"
    return f"{y:04d}-{m:02d}-{d:02d}T{hh:02d}:{mm:02d}:{ss or 0:02d}+08:00"


def _from_match(m: re.Match) -> str | None:
    parts = [int(g) if g else None for g in m.groups()]
    return iso(*parts[:3], *parts[3:6])


def find_date(text: str | None) -> str | None:
    """The first valid full date (year, month, day) in text."""
    for m in FULL.finditer(text or ""):
        value = _from_match(m)
        if value:
            return value
    return None


def labelled_date(text: str) -> str | None:
    """A date that follows a label such as 发布时间 or 发表于."""
    for lab in LABELLED.finditer(text):
        m = FULL.match(text, lab.end())
        if m and (value := _from_match(m)):
            return value
    return None


def date_from_url(url: str | None) -> str | None:
    for pattern in URL_DATES:
        m = pattern.search(url or "")
        if m:
            value = iso(*(int(g) for g in m.groups()))
            if value:
                return value
    return None


def dateline_date(text: str, year: int | None) -> str | None:
    """'9月10日讯' with the year known from elsewhere; None when it is not."""
    m = MONTH_DAY.search(text)
    if not m or year is None:
        return None
    return iso(year, int(m.group(1)), int(m.group(2)))


ISSUE = re.compile(YEAR + r"\s*年\s*(\d{1,2})\s*月号")


def issue_month(text: str) -> str | None:
    """'《北京之春》1998年3月号': a magazine issue, known to the month only."""
    m = ISSUE.search(text)
    if not m or not 1 <= int(m.group(2)) <= 12:
        return None
    return f"{int(m.group(1)):04d}-{int(m.group(2)):02d}"


# An official document: its number (吉政发〔2022〕1号), its signing date
# (成文日期), and the signature at its foot (issuing body, then the date).
DOC_NUMBER = re.compile(r"[\u4e00-\u9fa5]{1,10}[〔\[［(（]" + YEAR + r"[〕\]］)）]\s*\d{1,4}\s*号")
DOC_DATE = re.compile(r"(?:成文日期|印发日期)\s*[:：]\s*(?=(?:19|20)\d{2})")
ISSUER = re.compile(r"(?:发文机关|发布机构|发文单位)\s*[:：]\s*([\u4e00-\u9fa5（）()]{2,30})")
ORG_LINE = re.compile(r"^[\u4e00-\u9fa5（）()]{2,30}(?:政府|委员会|办公室|办公厅|人大常委会|政协|党委|[局厅委部院处所会站室队])$")
ONLY_DATE = re.compile(r"^\s*" + YEAR + r"\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日\s*$")


def signature(lines: list[str]) -> tuple[str, str] | None:
    """(issuing body, ISO date) of the signature closing an official
    document: a line naming a body, then a line holding only a date."""
    for k in range(len(lines) - 1, 0, -1):
        if ONLY_DATE.match(lines[k]) and ORG_LINE.match(lines[k - 1].strip()):
            value = find_date(lines[k])
            return (lines[k - 1].strip(), value) if value else None
    return None


def document_date(head: str, tail: list[str]) -> str | None:
    """The date an official document bears: its 成文日期 field, or, when the
    text carries a document number, the date under its signature."""
    for lab in DOC_DATE.finditer(head):
        m = FULL.match(head, lab.end())
        if m and (value := _from_match(m)):
            return value
    if DOC_NUMBER.search(head) and (sig := signature(tail)):
        return sig[1]
    return None


def issuing_body(head: str, tail: list[str]) -> str | None:
    """The body that issued an official document: its 发文机关 field, or,
    when the text carries a document number, the name over its signature."""
    m = ISSUER.search(head)
    if m:
        return m.group(1)
    if DOC_NUMBER.search(head) and (sig := signature(tail)):
        return sig[0]
    return None
