"""Make reprints and spam-mirror copies of our own texts, the way the seeds show.

A mirror is made as the seed pages were (seeds 000 and 001):
- Simplified converted to Traditional with OpenCC s2t;
- the pinyin of every converted character in brackets after it: 開(kāi)展;
- GBK byte damage: the page was read one byte out of step, so a lone byte
  shows as "?" (or U+FFFD) and the following bytes pair up wrongly until an
  ASCII byte puts the reader back in step ("。活動(dòng)" -> "?;顒?dòng)");
- an injected gambling title in place of the headline, junk lines.
Reprint variants: another lead sentence, a trimmed ending, boilerplate lines
added, another outlet with a 来源 line naming the original.

Importable by parser tests: make_mirror(text, seed) -> str.
"""
from __future__ import annotations

import random
import re
from functools import lru_cache

REPLACEMENT_MARKS = ("?", "\ufffd")
_SENTENCE_END = re.compile(r"(?<=[。！？])")


@lru_cache(maxsize=1)
def _s2t():
    import opencc

    return opencc.OpenCC("s2t")


def to_traditional_with_pinyin(text: str) -> str:
    """Traditional script, each converted character followed by its pinyin: 開(kāi)展."""
    from pypinyin import Style, lazy_pinyin

    converted = _s2t().convert(text)
    if len(converted) != len(text):  # a phrase conversion changed the length: annotate nothing
        return converted
    readings = lazy_pinyin(text, style=Style.TONE, errors=lambda s: list(s))
    if len(readings) != len(text):
        return converted
    out = []
    for simp, trad, reading in zip(text, converted, readings):
        out.append(trad)
        if trad != simp:
            out.append(f"({reading})")
    return "".join(out)


def _read_out_of_step(data: bytes, mark: str) -> str:
    """Decode GBK pairs from the wrong byte on: a lead byte swallows what follows it."""
    out, i = [mark], 1  # the lone first byte
    while i < len(data):
        if data[i] < 0x80:
            return "".join(out) + data[i:].decode("gbk", errors="replace").replace("\ufffd", mark)
        pair = data[i:i + 2]
        try:
            out.append(pair.decode("gbk") if len(pair) == 2 else mark)
        except UnicodeDecodeError:
            out.append(mark)
        i += 2
    return "".join(out)


def damage_bytes(text: str, rng: random.Random, runs: int = 2, mark: str | None = None) -> str:
    """Put `runs` out-of-step GBK reads into text, each lasting until an ASCII byte."""
    mark = mark or rng.choice(REPLACEMENT_MARKS)
    starts = [i for i, ch in enumerate(text[:-1]) if ch in "。，；" and ord(text[i + 1]) > 0x7F]
    if not starts:
        starts = [i for i, ch in enumerate(text) if ord(ch) > 0x7F]
    chosen = sorted(rng.sample(starts, min(runs, len(starts))), reverse=True)
    for start in chosen:
        end = start
        while end < len(text) and ord(text[end]) > 0x7F:
            end += 1
        end = min(len(text), end + 1)  # the ASCII byte that resyncs is eaten with its lead byte
        try:
            data = text[start:end].encode("gbk")
        except UnicodeEncodeError:
            continue
        text = text[:start] + _read_out_of_step(data, mark) + text[end:]
    return text


def make_mirror(text: str, seed: int, damage_runs: int | None = None) -> str:
    """A spam-mirror copy of text: Traditional with pinyin, and GBK byte damage."""
    rng = random.Random(seed)
    runs = damage_runs if damage_runs is not None else max(1, len(text) // 250)
    lines = [to_traditional_with_pinyin(line) for line in text.split("\n")]
    damaged = damage_bytes("\n".join(lines), rng, runs=runs)
    if rng.random() < 0.3:  # some mirrors double punctuation
        damaged = damaged.replace("，", "，，", 1)
    return damaged


_GAMBLING_WORDS = ("鸿运", "金沙", "博彩", "永盛", "银河", "皇冠", "富贵")
_GAMBLING_TAILS = ("官方入口", "娱乐平台", "最新网址", "下载安装", "体育投注", "手机版")


def gambling_title(rng: random.Random) -> str:
    brand = rng.choice(_GAMBLING_WORDS) + str(rng.randint(100, 9999))
    return "_".join(brand + rng.choice(_GAMBLING_TAILS) for _ in range(3))


JUNK_HOST_WORDS = ("hy", "js", "bc", "yl", "hg", "xpj", "ag")


def junk_host(rng: random.Random) -> str:
    return f"www.{rng.choice(JUNK_HOST_WORDS)}{rng.randint(10, 99999)}.com"


def mirror_article(article: dict, seed: int) -> dict:
    """A mirror page of an article row: damaged body, often a gambling title, a junk host."""
    rng = random.Random(seed)
    runs = max(1, len(article["body"]) // rng.choice((250, 150, 100)))
    body = make_mirror(article["body"], seed, damage_runs=runs)
    title = article["title"]
    seo = rng.random() < 0.5
    if seo:
        title = gambling_title(rng)
        body = gambling_title(rng) + "\n" + body
        if rng.random() < 0.5:
            body += "\n热门标签：" + "  ".join(gambling_title(rng).split("_"))
    else:
        title = make_mirror(title, seed + 1, damage_runs=0)
    host = junk_host(rng)
    return {
        **article, "title": title, "body": body, "site": host, "outlet": None,
        "url": f"http://{host}/news/{rng.randint(10000, 99999)}.html",
        "script_converted": 1, "pinyin_annotated": 1, "byte_damage": 1,
        "seo_spam": int(seo), "mirror": 1,
    }


def sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def with_new_lead(article: dict, rng: random.Random) -> dict:
    """Another first sentence, as an outlet that rewrites the lead."""
    paragraphs = article["body"].split("\n")
    first = sentences(paragraphs[0])
    opener = rng.choice(("日前", "近期", "连日来", "本月以来"))
    lead = f"{opener}，{article['title'].split('：')[-1]}。"
    paragraphs[0] = lead + "".join(first[1:])
    return {**article, "body": "\n".join(paragraphs)}


def trimmed(article: dict, rng: random.Random) -> dict:
    """The story with its ending cut, keeping at least half of it."""
    paragraphs = article["body"].split("\n")
    keep = max(1, -(-len(paragraphs) * rng.choice((5, 6, 7, 8)) // 10))
    if keep >= len(paragraphs):
        last = sentences(paragraphs[-1])
        paragraphs[-1] = "".join(last[: max(1, len(last) // 2)])
        return {**article, "body": "\n".join(paragraphs)}
    return {**article, "body": "\n".join(paragraphs[:keep])}


BOILERPLATE = (
    "【打印】【关闭】【收藏】", "责任编辑：{editor}", "版权所有，未经授权禁止转载",
    "相关新闻：{title}", "扫一扫，下载客户端", "来源：{source}",
)


def with_boilerplate(article: dict, rng: random.Random) -> dict:
    """Chrome lines the cleaning missed, before and after the body."""
    lines = rng.sample(BOILERPLATE, 3)
    filled = [line.format(editor=rng.choice(("王敏", "李静", "陈晓")), title=article["title"],
                          source=article.get("source") or "") for line in lines]
    body = "\n".join([filled[0], article["body"], *filled[1:]])
    return {**article, "body": body}


def reprinted(article: dict, outlet: tuple[str, str], rng: random.Random, days: int = 1) -> dict:
    """The story on another outlet, with a 来源 line naming the original outlet."""
    from datetime import date, timedelta

    name, host = outlet
    published = article.get("published")
    if published:
        d = date.fromisoformat(published[:10]) + timedelta(days=days)
        published = d.isoformat()
    return {
        **article, "site": host, "outlet": name, "source": article.get("source") or article.get("outlet"),
        "url": f"http://{host}/content/{rng.randint(100000, 999999)}.html", "published": published,
        "script_converted": 0, "pinyin_annotated": 0, "byte_damage": 0, "seo_spam": 0, "mirror": 0,
    }
