"""Counts in the text: numbers with what they count and whether they are approximate.

3000多名注册志愿者 -> 3000, approx, unit 名, what 注册志愿者; 近40场 -> 40, approx;
1500余人 -> 1500, approx; 70余万次 -> 700000, approx; 近百名 and 上千人 ->
100 and 1000, approx.  Percentages, ages,
years, dates, times and measures are not counts; neither are ordinals (第3名).
"""
from __future__ import annotations

import re
from typing import Any

_CN_DIGITS = {"零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_CN_UNITS = {"十": 10, "百": 100, "千": 1000}
UNITS = ("人次", "场次", "户次", "名", "人", "位", "场", "次", "户", "支", "个", "家", "起", "件",
         "份", "项", "所", "批", "条", "台", "处", "节", "期", "门", "盏", "单", "棵", "株", "袋", "册",
         "本", "套", "辆", "间", "堂", "余人")
COUNT = re.compile(
    r"(?P<pre>将近|接近|近|约|超过|超|逾|多达|大约|达)?"
    r"(?P<num>\d+(?:\.\d+)?|[一二两三四五六七八九十百千万]{2,}|[一二两三四五六七八九十百千](?=[多余])"
    r"|(?<=[近上数几])[百千万])"
    r"(?P<more>多|余)?(?P<big>万|千)?(?P<more2>多|余)?"
    rf"(?P<unit>{'|'.join(UNITS)})(?P<post>以上|左右|多)?")
_WHAT_STOP = re.compile(r"[，,。；;：:、！？!?（）()“”\s]|的|中|里|在|参与|开展|进行|参加|和|与|及|等|也|都|共|为|了|增至|达到|增加")
PEOPLE = ("注册志愿者", "志愿者", "党员", "居民", "群众", "少先队员", "学生", "老人", "儿童", "村民",
          "孩子", "青少年", "队员", "人员", "家庭", "商户", "单位", "企业")


def chinese_number(s: str) -> int | None:
    """一百二十 -> 120; 十五 -> 15; 十二万 -> 120000; 万 alone -> 10000."""
    total, section, digit = 0, 0, None
    for ch in s:
        if ch in _CN_DIGITS:
            digit = _CN_DIGITS[ch]
        elif ch in _CN_UNITS:
            section += (1 if digit is None else digit) * _CN_UNITS[ch]
            digit = None
        elif ch == "万":
            total += (section + (digit or 0) or 1) * 10000
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def _what(sentence: str, start: int, end: int, unit: str) -> str | None:
    run = re.match(r"[\u4e00-\u9fff]*", sentence[end:end + 12]).group()
    after = _WHAT_STOP.split(run, maxsplit=1)[0]
    if len(after) >= 2:
        return after[:8]
    before = re.split(r"[，,。；;：:、！？!?“”（）()]", sentence[:start])[-1]
    for word in PEOPLE if unit in ("人", "名", "位", "人次", "余人") else ():
        if word in before:
            return word
    before = re.sub(r"\d+[多余]?[^\d]{0,2}$", "", before)
    before = re.sub(r"^(?:开展|组织|举办|累计|共计|共|已|先后|每年|全年|今年以来|近年来)+", "", before)
    before = re.sub(r"(?:将近|接近|近|约|超过|超|逾|多达|达|共|累计|增至|上|数|几)$", "", before)
    return before[-8:] or None


def find_counts(sentence: str) -> list[dict[str, Any]]:
    """Counts in one sentence: {value, approx, unit, what}."""
    out = []
    for m in COUNT.finditer(sentence):
        if sentence[max(m.start() - 1, 0):m.start()] in ("第", "前") or sentence[m.end():m.end() + 1] in ("岁", "年", "月"):
            continue
        num = m.group("num")
        value = float(num) if num[0].isdigit() else chinese_number(num)
        if value is None:
            continue
        if m.group("big"):
            value *= 10000 if m.group("big") == "万" else 1000
        unit = m.group("unit").replace("余", "")
        approx = bool(m.group("pre") and m.group("pre") != "达") or num in "百千万" or bool(
            m.group("more") or m.group("more2") or m.group("post") or m.group("unit").startswith("余"))
        out.append({"value": int(value), "approx": approx, "unit": unit,
                    "what": _what(sentence, m.start(), m.end(), unit)})
    return out
