"""From lines in reading order to an Article: the cleaning stages every input shares.

1. script: byte damage marked (or repaired), pinyin notes dropped, Traditional
   converted to Simplified, injected markup removed; flags set on the way;
2. classify: each line is chrome, metadata or content (markup hints win);
3. regions: header (title, subtitle, captions above the lead), body, trailer
   (editor lines, copyright, related links, forum replies);
4. fields: title, subtitle, dateline, source, published, authors, editors,
   and the body as paragraphs, headings and captions.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from . import boilerplate, chinese
from .lines import Line
from .record import Article, Block
from .textmeta import TextMeta, read_meta_line, split_dateline, split_trailing_byline

SENTENCE_END = re.compile(r"[。！？!?…；;”」』\"')）]$")
# Photo captions and credits: 图为…, ▲…, …摄, XX供图, 新华网发 (记者 某某 摄).
CAPTION = re.compile(
    r"^(?:图为|图片?[:：]|▲|△|↑|上图|下图|左图|右图)|(?:摄|供图|图片来源.{0,12}|图片均由.{1,20}提供)[)）]?$"
    r"|^[(（].{0,20}(?:摄|供图|提供)[)）]$|^\S{2,8}(?:网|社|报)发(?:\s*[(（][^()（）]{0,20}[)）])?$"
)
NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、.．])\S")
DOUBLED = re.compile(r"([,，、。；;：:！!])(?:\1|(?<=[,，])、)+")


@dataclass
class Item:
    kind: str               # "content", "meta", "chrome"
    text: str
    hint: str | None = None
    meta: TextMeta = field(default_factory=TextMeta)
    rule: str | None = None  # the chrome rule, for counting and tests


def assemble(lines: list[Line], *, known: dict | None = None, input: str | None = None,
             url: str | None = None, parser: str = "") -> Article:
    article = Article(input=input, url=url, parser=parser)
    texts = normalise_script([line.text for line in lines], article)
    items = [classify(text, line.hint) for text, line in zip(texts, lines)]
    if any(i.rule == "seo spam" for i in items):
        article.flags.seo_spam = True
    start, end = find_body(items)
    read_header(items[:start], article)
    read_body(items[start:end], article)
    for item in items[end:]:
        if item.rule in ("copyright notice", "forum attachment notice", "forum footer", "related links header"):
            break
        merge_meta(article, item.meta)
    apply_known(article, known or {})
    f = article.flags
    f.mirror = f.mirror or f.script_converted or f.pinyin_annotated or f.byte_damage or f.seo_spam
    return article


def normalise_script(texts: list[str], article: Article) -> list[str]:
    """Repair the whole text the way a mirror damaged it; set the flags."""
    flags, report = article.flags, chinese.DamageReport()
    out, injected = [], 0
    for text in texts:
        text, n = boilerplate.strip_markup(text)
        injected += n
        out.append(repair_line(text, article, report))
    if chinese.looks_traditional("".join(out)):
        flags.script_converted = True
        out = [chinese.to_simplified(t) for t in out]
    flags.byte_damage = report.found > 0
    flags.seo_spam |= injected >= 5
    article.damage = report.spans
    return out


def repair_line(text: str, article: Article, report: chinese.DamageReport) -> str:
    """Lost bytes marked or put back, pinyin notes dropped, doubled punctuation folded."""
    text = chinese.mark_byte_damage(text, report)
    text, notes = chinese.strip_pinyin(text)
    article.flags.pinyin_annotated |= notes > 0
    text = re.sub(r"^[\s\u3000\xa0]*[?\ufffd]+(?=[" + chinese.HANZI + "])", "", text)  # a lost indent
    return DOUBLED.sub(r"\1", text)


def classify(text: str, hint: str | None) -> Item:
    text = boilerplate.collapse(text)
    if hint == "chrome":
        return Item("chrome", text, hint, rule="markup")
    meta = read_meta_line(text) if hint in (None, "meta") else TextMeta()
    rule = boilerplate.chrome_rule(text) if hint is None else ("seo spam" if boilerplate.is_spam(text) else None)
    if meta:
        return Item("meta", text, hint, meta, rule)
    if rule in boilerplate.TAIL_ONLY:
        return Item("content", text, hint, rule=rule)  # find_body decides by where it stands
    if rule:
        return Item("chrome", text, hint, rule=rule)
    return Item("content", text, hint)


def is_paragraph(item: Item) -> bool:
    if item.hint:
        return item.hint == "paragraph"
    text = item.text
    if split_dateline(text)[0]:
        return True
    return len(text) >= 60 or (len(text) >= 16 and bool(SENTENCE_END.search(text)) and not text.endswith("——"))


def find_body(items: list[Item]) -> tuple[int, int]:
    """Index of the lead paragraph and of the first trailer line."""
    start = next((i for i, it in enumerate(items) if it.kind == "content" and not it.rule and is_paragraph(it)),
                 len(items))
    end = len(items)
    for i in range(start + 1, len(items)):
        it = items[i]
        if it.rule == "related links header" and prose_follows(items[i + 1:]):
            continue  # a box of links set inside the article, which goes on below it
        if it.rule in boilerplate.ENDS_ARTICLE or it.rule == "forum post header" or (it.meta.editors and not it.meta.authors):
            end = i
            break
    return start, tail_start(items, start, end)


def tail_start(items: list[Item], start: int, end: int) -> int:
    """The body's end moved above a closing run of chrome that holds lines
    which are chrome only there (the outlet's contact fields)."""
    k = end
    while k - 1 > start and (items[k - 1].kind == "chrome" or items[k - 1].rule in boilerplate.TAIL_ONLY):
        k -= 1
    return k if any(items[j].rule in boilerplate.TAIL_ONLY for j in range(k, end)) else end


def prose_follows(items: list[Item], look: int = 3) -> bool:
    """Whether one of the next few content lines is a long paragraph of prose:
    related headlines are short lines, the article's paragraphs are not."""
    content = [it for it in items if it.kind == "content"][:look]
    return any(len(it.text) >= 60 and SENTENCE_END.search(it.text) and it.text.count("，") >= 2 for it in content)


def read_header(items: list[Item], article: Article) -> None:
    """Title above the first 来源/发布时间 line; subtitle, kicker and captions around it."""
    for it in items:
        merge_meta(article, it.meta)
    content = [(i, it) for i, it in enumerate(items) if it.kind == "content"]
    anchors = [i for i, it in enumerate(items) if it.meta.source or it.meta.published]
    hinted = [it for _, it in content if it.hint == "title"]
    if hinted:
        article.title = hinted[0].text
    elif anchors:
        article.title = title_above(items, anchors[-1])
        content = [(i, it) for i, it in content if i > anchors[-1]]
    elif len(content) == 1 or (len(content) > 1 and content[1][1].text.startswith("—")):
        article.title = content[0][1].text
        content = content[1:]
    kicker = None
    for _, it in content:
        text = it.text
        if it.hint == "title":
            continue
        if it.hint == "subtitle" or text.startswith("—"):
            article.subtitle = text.lstrip("—- ")
        elif text.endswith("——"):  # a kicker set above the headline
            kicker = text.rstrip("—- ")
        else:
            article.blocks.append(Block("caption", text))
    if kicker and article.title is None:
        article.title = kicker  # the headline itself was lost or replaced by spam
    elif kicker:
        article.subtitle = article.subtitle or kicker


def title_above(items: list[Item], anchor: int) -> str | None:
    """The nearest content line above the anchor, unless spam stands between."""
    for it in reversed(items[:anchor]):
        if it.rule == "seo spam":
            return None
        if it.kind == "content":
            return it.text
    return None


def read_body(items: list[Item], article: Article) -> None:
    blocks: list[Block] = []
    content = [it for it in items if it.kind == "content"]
    for it, text in zip(content, boilerplate.strip_watermarks([it.text for it in content])):
        it.text = text
    for n, it in enumerate(items):
        merge_meta(article, it.meta)
        if it.kind != "content" or not it.text:
            continue
        text = it.text
        if not any(b.kind == "paragraph" for b in blocks):
            text = take_dateline(text, article)
        blocks.append(Block(block_kind(it, text, items[n + 1:]), text))
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if paragraphs:
        names, paragraphs[-1].text = split_trailing_byline(paragraphs[-1].text)
        article.authors = list(dict.fromkeys(article.authors + names))
    article.blocks.extend(b for b in blocks if b.text)


def block_kind(it: Item, text: str, following: list[Item]) -> str:
    if it.hint in ("heading", "caption", "paragraph"):
        return it.hint
    if CAPTION.search(text):
        return "caption"
    has_more = any(x.kind == "content" for x in following)
    if has_more and len(text) <= 40 and (not SENTENCE_END.search(text) or NUMBERED_HEADING.match(text)) and not text.endswith(("：", ":")):
        return "heading"
    return "paragraph"


def take_dateline(text: str, article: Article) -> str:
    found, rest = split_dateline(text)
    if not found:
        return text
    article.dateline = found["dateline"]
    article.authors = list(dict.fromkeys(article.authors + found["authors"]))
    if not article.source:
        article.source = found["org"]
    return rest


def merge_meta(article: Article, meta: TextMeta) -> None:
    """First value wins for single fields; names accumulate without repeats."""
    article.source = article.source or meta.source
    if meta.published and not article.published:
        article.published, article.published_from = meta.published, "text"
    article.authors = list(dict.fromkeys(article.authors + meta.authors))
    article.editors = list(dict.fromkeys(article.editors + meta.editors))
    if meta.forum and not article.forum:
        article.forum = meta.forum


def apply_known(article: Article, known: dict) -> None:
    """Metadata read from markup outranks what the text lines suggested.

    It is repaired like the text: a mirror's <h1> carries the same pinyin
    notes and Traditional script as its body.
    """
    report = chinese.DamageReport()
    for key, value in known.items():
        if value in (None, "", [], {}):
            continue
        value = _repaired(value, article, report)
        if key == "title" and boilerplate.is_spam(value):
            article.flags.seo_spam = True
            continue
        setattr(article, key, value)
    article.damage.extend(report.spans)
    article.flags.byte_damage |= report.found > 0


def _repaired(value, article: Article, report: chinese.DamageReport):
    if isinstance(value, list):
        return [_repaired(v, article, report) for v in value]
    if not isinstance(value, str):
        return value
    text = repair_line(value, article, report)
    if article.flags.script_converted or chinese.looks_traditional(text):
        text = chinese.to_simplified(text)
    return text
