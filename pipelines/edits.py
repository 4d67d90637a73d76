"""Hand corrections: what each field accepts, and the columns that follow from it.

`wenming edit ID FIELD VALUE` checks VALUE per field before anything is
stored: a date must be a date (2024-03-05, 2024-03-05 09:30, 2024年3月5日),
names are a JSON list or names separated by 、, ，or commas, text must not be
empty.  A new published date also sets `month` and `published_from`.
"""
from __future__ import annotations

import json
import re
from datetime import date, datetime, time, timedelta, timezone

TEXT_FIELDS = ("title", "subtitle", "source", "dateline", "body")
LIST_FIELDS = ("authors", "editors")
EDITABLE = ("title", "subtitle", "published", "source", "authors", "editors", "dateline", "body", "version")
CHINA = timezone(timedelta(hours=8))
NAME_SEPARATORS = re.compile(r"\s*[、，,;；]\s*")
DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
                  r"(?:[\sT]*(\d{1,2})\s*[:时]\s*(\d{1,2})(?:\s*[:分]\s*(\d{1,2})\s*秒?)?\s*分?)?"
                  r"\s*(Z|[+-]\d{2}:?\d{2})?$")
DATE_HELP = "write it as 2024-03-05, 2024-03-05 09:30 (Beijing time unless an offset is given) or 2024年3月5日"


class BadValue(ValueError):
    """A value the field cannot take; the message says what it accepts."""


def parse_published(text: str) -> str:
    m = DATE.match(text.strip())
    if not m:
        raise BadValue(f"not a date: {text!r}; {DATE_HELP}")
    y, mo, d, hh, mm, ss, tz = m.groups()
    try:
        day = date(int(y), int(mo), int(d))
        if hh is None:
            return day.isoformat()
        zone = CHINA if not tz else timezone.utc if tz == "Z" else _offset(tz)
        at = datetime.combine(day, time(int(hh), int(mm), int(ss or 0)), zone)
    except ValueError as exc:
        raise BadValue(f"not a date: {text!r} ({exc}); {DATE_HELP}") from None
    return at.isoformat()


def _offset(tz: str) -> timezone:
    sign = -1 if tz[0] == "-" else 1
    digits = tz[1:].replace(":", "")
    return timezone(sign * timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))


def parse_names(text: str) -> list[str]:
    text = text.strip()
    if text.startswith("["):
        try:
            value = json.loads(text)
        except json.JSONDecodeError as exc:
            raise BadValue(f"not a JSON list: {exc.msg}; write [\"张三\", \"李四\"] or 张三、李四") from None
        if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
            raise BadValue('a JSON list of names is needed, e.g. ["张三", "李四"]')
        return [v.strip() for v in value]
    names = [n for n in NAME_SEPARATORS.split(text) if n]
    if any(c in text for c in '[]{}"'):
        raise BadValue('names hold no brackets or quotes; write 张三、李四 or a JSON list ["张三", "李四"]')
    if not names:
        raise BadValue("no names given; write 张三、李四, or [] for none")
    return names


def parse_value(field: str, text: str):
    """The value to store for FIELD, or BadValue saying what it accepts."""
    if field not in EDITABLE:
        raise BadValue(f"cannot edit {field!r}; editable fields: {', '.join(EDITABLE)}")
    if field == "published":
        return parse_published(text)
    if field in LIST_FIELDS:
        return [] if text.strip() == "[]" else parse_names(text)
    if field == "version":
        text = text.strip()
        if text != "auto" and not text.isdigit():
            raise BadValue("a version number (1 is the first page stored; see the versions table) or auto")
        return text
    if not text.strip():
        raise BadValue(f"{field} cannot be empty")
    return text.strip() if field != "body" else text.strip("\n")


def derived(edits: dict[str, str]) -> dict[str, str]:
    """Columns that follow from edited fields."""
    out = {}
    if edits.get("published"):
        out["month"] = edits["published"][:7]
        out["published_from"] = "edit"
    return out
