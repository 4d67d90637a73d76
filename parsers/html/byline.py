"""Bylines in the lines around a headline: authors apart from editors, and
来源.  Only the header zone (between the headline and the first paragraph)
and the last lines of the article are read; the cleaning stages read the
rest."""
from __future__ import annotations

import re

NAME = r"[\u4e00-\u9fa5·]{2,4}"
NAMES = rf"{NAME}(?:(?:\s*[、，,\s]\s*){NAME})*"
EDITOR_LABEL = r"(?:责任编辑|责编|编辑|审核|初审|复审|终审|校对|监制|值班编辑|网络编辑)"
AUTHOR_LABEL = (r"(?:本报记者|全媒体记者|融媒体记者|见习记者|特约记者|记者|作者|撰稿|撰文|通讯员|"
                r"文字|摄影|文/图|图/文|文|发布者|发表者|发帖人|楼主|署名|来稿|Posted by|By)")
AUTHOR = re.compile(rf"(?<![\u4e00-\u9fa5]){AUTHOR_LABEL}\s*[:：/]?\s*"
                    rf"({NAMES}|[A-Za-z][\w.\-]{{1,30}})")
EDITOR = re.compile(rf"{EDITOR_LABEL}\s*[:：]\s*({NAMES})")
SOURCE = re.compile(r"(?:来源|稿源|出处|来自)\s*[:：]\s*([^\s|｜/【】\[\]()（）]{2,30})")
SLASH_WEN = re.compile(rf"(?<![\u4e00-\u9fa5])({NAME})\s*/\s*文")
NOT_NAMES = {"本报", "本网", "记者", "编辑", "通讯员", "作者", "来源", "发布", "时间", "日期",
             "图片", "视频", "新闻", "网友", "匿名", "佚名", "admin", "未知", "不详"}
NAME_SPLIT = re.compile(r"[、，,\s]+")


def _names(found: str) -> list[str]:
    out = []
    for n in NAME_SPLIT.split(found.strip()):
        n = re.sub(r"(?:报道|摄|文|图|发|供图|编辑|通讯员|记者)$", "", n)
        if len(n) >= 2 and n not in NOT_NAMES and not any(w in n for w in ("发布", "时间", "来源")):
            out.append(n)
    return out


def authors_in(text: str) -> list[str]:
    found: list[str] = []
    for m in AUTHOR.finditer(text):
        found += [n for n in _names(m.group(1)) if n not in found]
    for m in SLASH_WEN.finditer(text):
        found += [n for n in _names(m.group(1)) if n not in found]
    return found


def editors_in(text: str) -> list[str]:
    found: list[str] = []
    for m in EDITOR.finditer(text):
        found += [n for n in _names(m.group(1)) if n not in found]
    return found


def source_in(text: str) -> str | None:
    m = SOURCE.search(text)
    if not m:
        return None
    value = re.split(r"(?:作者|记者|发布|时间|编辑|日期|浏览|点击|\d{4}[-年])", m.group(1))[0]
    return value.strip(" :：") or None
