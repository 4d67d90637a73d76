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

from . import boilerplate, chinese
from .lines import Line
from .record import Article, Block
from .regions import (CAPTION, NEXT_ONE, SALUTATION, SENTENCE_END, Item, dated_signature, find_body, mark_captions,
                      replies_only, signs)
from .textmeta import (ACCOUNT_LABEL, TRAILING_NAMES, TextMeta, arabic_dates, iso_datetime, read_meta_line,
                       split_dateline, split_trailing_byline, split_trailing_source)

NUMBERED_HEADING = re.compile(r"^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d{1,2}[、.．])\S")
DOUBLED = re.compile(r"([,，、。；;：:！!])\1+")
# Characters no Traditional standard writes that mark a machine-converted copy (an outlet's own editions in
# the sets: 0 or 1, as 颱風; converted copies: 8 to 15)
MISWRITTEN = 5
# A mirror sets a comma before every mark (",。", ",、", ",,"): the comma goes, the mark stays.
COMMA_BEFORE_MARK = re.compile(r"[,，](?=[、。；;：:！!？?])")


def assemble(lines: list[Line], *, known: dict | None = None, input: str | None = None,
             url: str | None = None, parser: str = "") -> Article:
    article = Article(input=input, url=url, parser=parser)
    texts = normalise_script([line.text for line in lines], article)
    items = dated_headlines([classify(text, line.hint) for text, line in zip(texts, lines)])
    queries = [it for it in items if it.kind == "content" and boilerplate.SEARCH_QUERY.match(it.text)]
    if len(queries) >= 2:  # lines of search queries (某某价格, 某某电话, 某某排行榜): a page stuffed for search engines
        for it in queries:
            it.kind, it.rule = "chrome", "seo spam"
    if any(i.rule == "seo spam" or i.spam_cut for i in items):
        article.flags.seo_spam = True
    if any(i.rule == "pinyin line" for i in items):  # a headline transliterated whole: a copy site's pinyin
        article.flags.pinyin_annotated = article.flags.mirror = True
    page_text = not any(line.hint not in (None, "paragraph") for line in lines)  # not lines located in markup
    tag_values(items)
    mark_captions(items)
    replies = page_text and replies_only(items)  # a later page of a thread: its replies, under no headline
    start, end = find_body(items, page_text, replies)
    lead = "".join(it.text for it in items[start:start + 3] if it.kind == "content")
    read_header(items[:start], article, lead, frozenset(it.text for it in items[start:]), replies)
    read_body(items[start:end], article, page_text, stuffed_words(items))
    article.flags.mirror |= own_address_inside(items, start, end)
    closing_caption(article, items[:start])
    for item in items[end:]:
        if item.rule in ("copyright notice", "forum footer", "related links header", "site footer") or (
                item.rule == "navigation link" and NEXT_ONE.match(item.text) and not boilerplate.is_widget_line(item.text)):
            break  # (下一篇：… and the next story's head, date and editor: another article's; 本版编辑 under the
            # page's list of its stories or its bare paging words, 上一篇 下一篇, is the page's, this one's too)
        merge_meta(article, item.meta)
    forum_thread(items, article)
    if not (article.authors or article.source or replies or any(REPOST.match(it.text) for it in items[:start])) \
            and first_hand(article):
        # the poster's own text (a first-hand post on a forum or a blog), credited to no one else and
        # relayed from no outlet: its poster wrote it
        article.authors = [who] if (who := poster(items[:end], article.title)) else []
    if not article.published and any(it.rule == "e-paper link" or EDITION.search(it.text) for it in items):
        # an e-paper's page: its issue date is the dated line with its weekday (elsewhere the site's clock),
        # the date in its trail (某某日报 > 2024年12月05日 > A06：常熟新闻) or on its page's line with its
        # weekday (某某日报 2023年08月01日 星期二 第05版：区县)
        issue = next((d for it in items if (it.rule in ("clock header", "breadcrumb") or EDITION.search(it.text))
                      and (d := iso_datetime(arabic_dates(it.text)))), None)
        article.published, article.published_from = (issue, "text") if issue else (None, None)
    if not article.published:  # a document's signing date stands in when no publishing date is given
        signed = next((it.meta.document_date for it in items if it.meta.document_date), article.document_date)
        article.published, article.published_from = (signed, "text") if signed else (None, None)
    apply_known(article, known or {})
    f = article.flags
    # A mirror shows itself by what it did to the text; Traditional script
    # alone is no sign (outlets publish their own Traditional editions), but a
    # copy converted onto a site named as a feed of news from anywhere is one.
    f.mirror = f.mirror or f.pinyin_annotated or f.byte_damage or f.seo_spam or (
        f.script_converted and feed_site(items))
    return article


# A headline with its date set after it in brackets, as blogs print it: 标题 (2023-12-31 21:08:45).
DATED_HEADLINE = re.compile(r"^(?P<head>\S.{3,58}?)\s*[(（](?P<date>(?:19|20)\d{2}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?)[)）]$")


DATED_ITEM = re.compile(r"[(（](?:19|20)\d{2}-\d{1,2}-\d{1,2}[^()（）]{0,9}[)）](?:\s*[(（][^()（）]{1,4}[)）])?$")


# A site named as a feed of news from anywhere (华人资讯网, 诚信快讯网, 天天资讯网): no outlet's own name.
FEED_SITE = re.compile(r"资讯|快讯|头条|看点")


DOMAIN = re.compile(r"(?:www\.)?([a-z0-9\-]+\.[a-z]{2,6}(?:\.[a-z]{2})?)", re.I)


def own_address_inside(items: list[Item], start: int, end: int) -> bool:
    """The site's own address, shown in its header, stands again between the text's paragraphs
    (本文来自：某某网 www.example.cn 转载请保留): a copier's mark, set where a reader cannot miss it."""
    own = {d.lower() for it in items[:start] if it.rule == "site address" for d in DOMAIN.findall(it.text)}
    return bool(own) and any(
        (items[i - 1].kind == "content" or items[i + 1].kind == "content")
        and any(d.lower() in own for d in DOMAIN.findall(items[i].text)) for i in range(start + 1, end - 1))


def feed_site(items: list[Item]) -> bool:
    """The page's site, named after its title on the first line (标题 - 栏目 - 某某资讯网) or on a
    line of its own at the top, is a feed of news (资讯, 快讯), not an outlet."""
    shown = [it for it in items[:4] if it.rule != "blank"]
    if not shown:
        return False
    m = SITE_SUFFIX.match(shown[0].text)
    names = [m["tail"]] if m else []
    names += [it.text for it in shown[:3] if SITE_NAME.match(it.text) or MASTHEAD.match(it.text)]
    return any(FEED_SITE.search(n) for n in names)


def dated_headlines(items: list[Item]) -> list[Item]:
    """A headline with its date after it becomes the headline over a date line;
    not a line of a list so dated (its neighbours are too), nor an outlet's name
    with its date (某某网 (2012-01-16 05:41): read as a date line already)."""
    dated = [it.kind == "content" and DATED_HEADLINE.match(it.text) for it in items]
    list_like = [bool(DATED_ITEM.search(it.text)) for it in items]  # (a list's items may carry a mark after the date: (圖))
    shown = [n for n, it in enumerate(items) if it.rule != "blank"]
    around = {a: (p, q) for p, a, q in zip([None] + shown, shown, shown[1:] + [None])}  # the lines shown next to each
    out: list[Item] = []
    for n, (it, m) in enumerate(zip(items, dated)):
        listed = m and any(k is not None and list_like[k] for k in around[n])
        if not m or listed or not headline_shaped(m["head"]) or not (posted := iso_datetime(m["date"])):
            out.append(it)
            continue
        out += [Item("content", m["head"], it.hint), Item("meta", m["date"], it.hint, TextMeta(published=posted))]
    return out


def tag_values(items: list[Item]) -> None:
    """A tag label set alone on its line (标签：) has its tags on the next: a run of short words
    (文明实践 志愿服务 固原 移民村) that is the label's, not a line of the page."""
    for i, it in enumerate(items[:-1]):
        if it.rule == "tag line" and it.text.rstrip().endswith((":", "：")):
            nxt = next((x for x in items[i + 1:i + 3] if x.rule != "blank"), None)
            if nxt is not None and nxt.kind == "content" and menu_like(nxt.text):
                nxt.kind, nxt.rule = "chrome", "tag line"


def forum_thread(items: list[Item], article: Article) -> None:
    """A Discuz!-style thread told from its text: an edit note, or two kinds of
    forum furniture; its posts are counted when no counter gave figures."""
    signs = {it.rule for it in items if it.rule in boilerplate.FORUM_RULES}
    if "forum edit note" in signs or len(signs) >= 2:
        posts = sum(1 for it in items if it.rule == "forum post header")
        article.forum = article.forum or {"posts": max(1, posts)}


def normalise_script(texts: list[str], article: Article) -> list[str]:
    """Repair the whole text the way a mirror damaged it; set the flags."""
    flags, report = article.flags, chinese.DamageReport()
    out, injected, lookalikes = [], 0, 0
    for text in boilerplate.strip_browser_marks(texts):
        text, n, left = boilerplate.strip_markup(text)
        injected += n
        flags.mirror |= left > 0  # </p>, <br> left in the text: a careless copy
        text, _ = boilerplate.strip_spaced_jammers(text)
        text, alike = chinese.unlooked(text)
        lookalikes += alike
        unjunked, junk = boilerplate.strip_junk_runs(text)
        if junk and unjunked.strip():
            flags.seo_spam |= bool(boilerplate.PADDING.search(text))  # a title padded to catch the eye
            text = unjunked  # "%@#*" in a sentence, "******" padding a title
            flags.mirror = True
        out.append(repair_line(text, article, report))
    if flags.pinyin_annotated or sum(map(chinese.reading_notes, out)) >= 2:
        # the mirror's habit: notes after characters both scripts share too (or a Simplified page annotated)
        stripped = [chinese.strip_pinyin(t, annotated=True) for t in out]
        out = [t for t, _ in stripped]
        flags.pinyin_annotated |= any(n for _, n in stripped)
    whole = "".join(out)
    if chinese.looks_traditional(whole):
        flags.script_converted = True
        # a copy site's converter writes forms no standard does (誌願, 乾部): a mirror; an outlet's own edition does not
        flags.mirror |= chinese.miswritten_traditional(whole) >= MISWRITTEN
        out = [chinese.to_simplified_text(t) for t in out]
    flags.byte_damage = report.found > 0
    flags.seo_spam |= injected >= 5
    flags.mirror |= lookalikes >= 3  # radicals set for characters (⽔乡⽂明): a copier's disguise
    article.damage = report.spans
    return out


def repair_line(text: str, article: Article, report: chinese.DamageReport) -> str:
    """Lost bytes marked or put back, pinyin notes dropped, doubled punctuation folded."""
    text = chinese.mark_byte_damage(text, report)
    text, notes = chinese.strip_pinyin(text)
    article.flags.pinyin_annotated |= notes > 0
    text = re.sub(r"^[\s\u3000\xa0]*[?\ufffd]+(?=[" + chinese.HANZI + "])", "", text)  # a lost indent
    return DOUBLED.sub(r"\1", COMMA_BEFORE_MARK.sub("", text))


def classify(text: str, hint: str | None) -> Item:
    text = boilerplate.collapse(text)
    if hint == "chrome":
        return Item("chrome", text, hint, rule="markup")
    text, cut = boilerplate.spam_suffix(boilerplate.widget_tail(text))
    meta = read_meta_line(text) if hint in (None, "meta") else TextMeta()
    rule = boilerplate.chrome_rule(text) if hint is None else ("seo spam" if boilerplate.is_spam(text) else None)
    valued = meta and not (meta.understood and not (meta.source or meta.published or meta.authors or meta.editors
                                                    or meta.forum or meta.document_date))
    if rule in ("clock header", "seo spam", "forum profile", "print stamp", "forum attachment notice"):
        # (注册时间: 2019-03-11 dates the poster, 打印时间 the print, 2024-5-12 09:30 上传 an attachment, not the post)
        return Item("chrome", text, hint, rule=rule, spam_cut=cut)
    if valued:
        return Item("meta", text, hint, meta, rule)
    if rule in boilerplate.TAIL_ONLY:
        return Item("content", text, hint, rule=rule)  # find_body decides by where it stands
    if rule:
        return Item("chrome", text, hint, rule=rule, spam_cut=cut)
    if meta:  # labels with nothing kept: "来源：", "访问次数 :"
        return Item("meta", text, hint, meta)
    return Item("content", text, hint, spam_cut=cut)


def read_header(items: list[Item], article: Article, lead: str = "", shown_below: frozenset[str] = frozenset(),
                replies: bool = False) -> None:
    """Title above the first 来源/发布时间 line; subtitle, kicker and captions around it
    (`lead`: the opening lines of the text, which tell a headline set over two lines;
    `shown_below`: the lines shown under the header, where an account's card names it again;
    `replies`: the page is a later page of a thread, whose replies stand under no headline)."""
    for it in items:
        merge_meta(article, it.meta)
    content = [(i, it) for i, it in enumerate(items) if it.kind == "content"]
    anchors = [i for i, it in enumerate(items) if it.meta.source or it.meta.published]
    if not anchors:  # no date or source line: a byline stands under the headline (■ 本报记者 某某)
        anchors = [i for i, it in enumerate(items) if it.kind == "meta" and it.meta.authors][:1]
    if anchors and all(items[i].meta.index for i in anchors):
        # only a government page's index fields: they stand above the headline as often as below it
        below = next((i for i, _ in content if i > anchors[-1]), None)
        if below is not None and is_headline(items[below]):
            anchors = [below + 1]  # the headline as if a date line stood under it
    hinted = [it for _, it in content if it.hint == "title"]
    indexed = next((m["title"] for it in items if it.rule == "document index field"
                    and (m := INDEX_TITLE.match(it.text))), None)
    if hinted:
        article.title = hinted[0].text
    elif indexed:
        article.title = indexed  # a government page's index table names the document (标题：…)
    elif anchors:
        article.title = title_above(items, anchors[-1], lead, shown_below)
        stack = stacked_heads(items, anchors[0])
        if len(stack) == 3 and stack[-1] == article.title:  # 引题 / 主题 / 副题: the middle line is the headline
            article.title, article.subtitle = stack[1], stack[2]
        elif len(stack) == 2 and stack[-1] == article.title and subtitle_under(stack, items, shown_below):
            article.title, article.subtitle = stack  # a headline over its subtitle, no dash between (主题 / 副题)
        for it in reversed(items[:anchors[-1]]):  # a "——" subtitle between the headline and the date lines
            if it.kind == "meta" or it.rule == "blank":
                continue
            if it.kind != "content" or it.text == article.title:
                break
            if subtitle_text(it.text) and len(it.text) <= 60:
                article.subtitle = subtitle_text(it.text)
        # (a headline the page lists again, set apart as a repeated line, counts where the lead echoes it)
        below = [(i, it) for i, it in enumerate(items) if i > anchors[-1] and (
            it.kind == "content" or (it.rule == "repeated line" and echoed(it.text, lead)))]
        over = [it for it in items[:anchors[0]] if it.rule != "blank"]
        crumb = max((i for i, it in enumerate(items[:anchors[0]]) if it.rule == "breadcrumb"), default=-1)
        # none above, a short line (百家号, 关注), or only the page's title line atop the page, over its
        # masthead and menus (标题 - 某某文明网 / 某某文明网 / 首页 … / 志愿服务 / 2024-07-16 来源：…): the
        # headline stands under the date line
        weak = article.title is None or len(article.title) <= 4 or title_line_only(items[:anchors[0]], article.title)
        if article.title is not None and weak:  # an account's widget words (关注) between its head and the headline
            while len(below) > 1 and len(below[0][1].text) <= 4:
                below = below[1:]
        if weak and below and not any(crumb < i < anchors[0] and not MASTHEAD.match(it.text) and len(it.text) > 4
                                      for i, it in content) \
                and not (over and over[-1].rule == "seo spam") and is_headline(below[0][1]):
            # (spam right over the date line stands where the headline was: none is made up)
            k = headline_in_stack([it.text for _, it in below[:3]])
            article.title = below[k][1].text  # the date line stands above the headline (a kicker over it goes)
            if k == 0 and len(below) > 1 and subtitle_under([below[0][1].text, below[1][1].text], items, shown_below):
                article.subtitle, k = below[1][1].text, 1  # (the subtitle under it is taken too)
            below = below[k + 1:]
        content = below
    elif (len(content) == 1 and not CAPTION.search(content[0][1].text)) \
            or (len(content) > 1 and subtitle_text(content[1][1].text)) or (content and
            is_headline(content[0][1]) and all(SENTENCE_END.search(it.text) for _, it in content[1:])):
        # one line, a line with a "——" subtitle, or a headline above caption sentences
        article.title = content[0][1].text
        content = content[1:]
    if article.title is None and not hinted:
        stack = stacked_heads(items, len(items))  # no date line: 引题 / 主题 / 副题 set right over the text
        if len(stack) == 3 and not any(menu_like(t) for t in stack[1:]) and echoed(stack[1], lead) \
                and not parallel(stack):  # (three captions of three items, “某某”志愿服务队…, are no stack)
            article.title, article.subtitle = stack[1], article.subtitle or stack[2]
        else:
            article.title = echoed_headline(items, lead) or under_trail(items) or shown_twice(items)
        content = [(i, it) for i, it in content if it.text not in (article.title, article.subtitle)]
    if replies and not hinted and not indexed:
        article.title = None
    if article.title and not hinted and not indexed and len(article.title) <= 4 and not echoed(article.title, lead):
        article.title = None  # a column's name (志愿风采, 视频新闻) the text never speaks of: none shown
    kicker = None
    near = set()  # captions stand just above the text; earlier lines, a link list's and lines over the site's, are the site's
    furniture = max((i for i, it in enumerate(items) if it.kind == "chrome" and it.rule != "blank"), default=-1)
    for i, it in reversed(content[-4:]):
        if i < furniture or LINK_LIKE.search(it.text) or it.text.count("・") >= 2:
            break
        near.add(id(it))
    shown_over: list[Item | None] = []  # the line shown over each line (one pass: no slice per line)
    last: Item | None = None
    for it in items:
        shown_over.append(last)
        last = it if it.rule != "blank" else last
    head = without_site_name(article.title) if article.title else None
    for i, it in content:
        text = it.text
        if it.hint == "title" or same_headline(text, article.title):
            continue
        over = shown_over[i]
        if over is not None and head and same_headline(over.text, head) and not article.subtitle \
                and headline_shaped(text) and not subtitle_text(text):
            article.subtitle = text  # right under the headline shown (潮白河畔的“夕阳红” / 宝坻区“银龄”…活跃城乡社区)
            continue
        if it.hint == "subtitle" or subtitle_text(text):
            article.subtitle = subtitle_text(text) or text
        elif text.endswith("——"):  # a kicker set above the headline
            kicker = text.rstrip("—- ")
        elif id(it) in near:
            article.blocks.append(Block("caption", text))
    if kicker and article.title is None:
        article.title = kicker  # the headline itself was lost or replaced by spam
    elif kicker:
        article.subtitle = article.subtitle or kicker
    if article.title and not hinted:
        article.title = without_site_name(SUBJECT_LABEL.sub("", article.title))
    if article.title and not article.subtitle and "——" in article.title.strip("—"):
        after = article.title.split("——", 1)[1].strip("—- ")
        article.subtitle = after if len(after) >= 4 else None  # 邻里守望一家亲——山西晋中探索…: the headline's own subtitle


SITE_SUFFIX = re.compile(r"^(?P<head>.{4,}?)\s*(?:[_|｜]|\s[-—–]\s|--|-(?=[^-]{2,12}-[^-]{2,16}$)|(?<=[”\u4e00-\u9fff])-(?=[^-]{2,16}$))"
                         r"\s*(?P<tail>[^_|｜]{2,24}?"
                         r"(?:网|报|台|站|门户|政府|频道|在线|客户端|新闻|首页|平台|头条|融媒体中心|实践中心|论坛|贴吧))$")


SITE_PREFIX = re.compile(r"^[^-_|｜\s]{2,12}?(?:数字报|电子报|日报|晚报|网|客户端|频道)\s*[-_|｜]\s*(?P<head>[^-_|｜]{6,})$")


FORUM_TITLE_TOOLS = re.compile(r"\s*[\[【](?:复制链接|打印|只看楼主|收藏|分享)[\]】]\s*$")


# A thread's subject line (主题：…, 帖子标题：…): the label is no part of the headline.
SUBJECT_LABEL = re.compile(r"^(?:帖子)?(?:主题|标题)\s*[:：]\s*(?=\S{4})"
                           # a thread's tag before its title (【转帖】, [转载], [分享], 【原创】, [感想]): the kind of post
                           r"|^[【\[](?:转帖|转载|分享|原创|感想)[】\]]\s*(?=\S{4})")
INDEX_TITLE = re.compile(r"^(?:标\s*题|名\s*称)\s*[:：]\s*(?P<title>.{4,120}?)\s*$")  # (the table's 标题 or 名称 row)


def title_line_only(over: list[Item], title: str) -> bool:
    """The title read above the date line is the page's title line, the first line of the page with
    its site's name after it (标题 - 某某网), and no other line over the date line is a headline's."""
    shown = [it for it in over if it.rule != "blank"]
    if not shown or shown[0].kind != "content" or title != shown[0].text or without_site_name(title) == title:
        return False
    return not any(it.kind == "content" and len(it.text) > 4 and not MASTHEAD.match(it.text)
                   and not SITE_NAME.match(it.text) and not menu_like(it.text) for it in shown[1:])


def without_site_name(title: str) -> str:
    """A headline as a page's <title> gives it, "标题_栏目_某某网": the site's
    and the column's names after "_", "|" or a spaced dash go; so do a
    thread's tools set after its subject ("… [复制链接]")."""
    title = FORUM_TITLE_TOOLS.sub("", title)
    prefixed = SITE_PREFIX.match(title)  # (某某日报数字报-标题: an e-paper's title line names its paper first)
    title = prefixed["head"] if prefixed else title
    for n in range(3):
        m = SITE_SUFFIX.match(title) or (n and re.match(r"^(?P<head>.{4,}?)_[^_]{2,10}$", title))
        if not m:
            break
        title = m["head"]
    return title


def is_headline(it: Item) -> bool:
    """Four to sixty characters, no sentence's end, no label's colon (内容简介：),
    not a photo's caption (图为…, ▲…, …某某 摄)."""
    return it.hint != "caption" and 4 <= len(it.text) <= 60 and not ends_sentence(it.text) \
        and not it.text.endswith(("：", ":")) and not CAPTION.search(it.text) \
        and not boilerplate.BULLETED_ITEM.match(it.text)  # (• 某某…: an item of a list of stories)


def same_headline(text: str, title: str | None) -> bool:
    """The headline shown again (also with a page number: 标题(2))."""
    if not title:
        return False
    bare = lambda t: re.sub(r"[\s　]+|[(（]\d{1,2}[)）]$", "", t)  # noqa: E731
    return bare(text) == bare(title) or bare(without_site_name(text)) == bare(title)


# A subtitle under the headline opens with a dash: ——, —, --, －－, ── (and a space or none).
SUBTITLE_DASH = re.compile(r"^(?:—{1,2}|–{1,2}|-{2,3}|－{2}|─{2})\s*(?=\S)")


def subtitle_text(text: str) -> str | None:
    """The subtitle a line holds when it opens with a subtitle's dash, else None."""
    m = SUBTITLE_DASH.match(text)
    return text[m.end():].rstrip("—-－─ ") if m else None


SITE_NAME = re.compile(r"^\S{2,12}(?:网|报|台|频道|客户端|门户|在线)$")
# A site's own name, never a headline: …新闻网, …人民政府门户网站, …融媒体中心, …论坛.
MASTHEAD = re.compile(r"^[\u4e00-\u9fffA-Za-z0-9]{2,16}(?:新闻网|网站|门户|在线|客户端|频道|融媒|融媒体中心|日报|晚报|电视台|广播电视台"
                      r"|人民政府|政府网|文明网|论坛|社区网|文明实践中心|志愿服务中心|志愿服务联合会|志愿者协会|数字报|电子报"
                      r"|主办|承办)$"  # (某某融媒体中心主办: the site's owner)
                      r"|^(?:主办|承办|主管|协办)(?:单位)?\s*[:：]"  # (主办：某某市委宣传部 某某市文明办)
                      r"|^(?P<name>\S{2,16})\s+(?P=name)$"  # (某某文明实践 某某文明实践: an account's name shown twice)
                      r"|^[\u4e00-\u9fff]{2,10}\s+(?:www\.)?[a-z][a-z0-9\-]{3,30}(?:\.[a-z]{2,6}){0,2}$")
# (某某新闻网 www.example.cc, 东北新闻汇 dongbeixinwen: a site's name with its address or its name in pinyin)


EDITION = re.compile(r"^第\s*[A-Z]?\d{1,3}\s*版|^[A-Z]\d{1,2}\s*[:：]|^(?:上一版|下一版)|第\s*[A-Z]?\d{1,3}\s*版\s*[:：]"
                     r"|[>»]\s*[A-Z]\d{1,2}\s*[:：]")  # an e-paper's pages (…第A05版：…, a trail's > A06：常熟新闻)
USERNAME = re.compile(r"^[\w\u4e00-\u9fff·_\-.]{2,16}$")


# An item of a link list or a pointer to more (・ 某某新闻, <<<< 更多精彩图片(点击进入)): never a caption
# (nor is a row of items, 标题・标题・标题).
LINK_LIKE = re.compile(r"^(?:[・•]|·\s)|<<|>>|更多|点击(?:进入|查看)")


# A repost's mark before a thread's or a blog's title (【转帖】, [转载], 转：, 转载｜): its text is another's.
REPOST = re.compile(r"^\s*(?:[\[【]\s*转(?:帖|载|发)?\s*[\]】]|转(?:帖|载|发)?\s*[:：|｜])")


QUOTED = re.compile(r"“[^“”]*”|「[^「」]*」")


def first_hand(article: Article) -> bool:
    """The text tells what its writer did (我, 我们 outside quotes): a post of one's own, not a
    report relayed (whose people say 我 only in quotes)."""
    return any("我" in QUOTED.sub("", p) for p in article.paragraphs)


# A blog's owner named on its page (卢振华的博客, 清风徐来的网易博客): a first-hand post's writer.
BLOG_OWNER = re.compile(r"^(?P<who>[^\s的]{2,12})的(?:新浪|网易|搜狐)?博客$")


def poster(items: list[Item], title: str | None) -> str | None:
    """Who posted the page: the name its post line gives (发表于 … 由 小鹿), else the one on the card
    over the first post: the name line over its header (发表于…, 楼主 2023-12-24) or over the
    poster's rank (贴吧等级 6).  (An edit note's name alone, 本帖最后由 某某 于 … 编辑, is as often
    an organisation's account as a person's.)"""
    for i, it in enumerate(items):
        if it.meta.poster:
            return it.meta.poster
        owner = BLOG_OWNER.match(it.text)
        if owner:
            return owner["who"]  # a blog's owner, named on its page (某某的博客)
        if is_post_header(it) or boilerplate.POSTER_RANK.match(it.text):
            # (the card's own lines go on the way up: its counts, group, rank, 发消息 and 积分 buttons)
            above = next((x for x in reversed(items[:i]) if x.rule != "blank" and not (
                x.kind == "chrome" and (x.rule in boilerplate.FORUM_RULES or len(x.text) <= 8))), None)
            ok = above is not None and above.kind == "content" and USERNAME.match(above.text) and above.text != title
            return above.text if ok else None
    return None


def is_post_header(it: Item) -> bool:
    """A thread's post header (发表于 2024-5-6 21:13 | 只看该作者, 楼主 2023-12-24 23:48 湖南): the poster's
    card stands over it."""
    return it.rule == "forum post header" or it.text.startswith("发表于") or (
        it.text.startswith("楼主") and it.meta.published is not None)


def title_above(items: list[Item], anchor: int, lead: str = "", shown_below: frozenset[str] = frozenset()) -> str | None:
    """The nearest content line above the anchor, unless spam stands between;
    a "——" subtitle, a column label (金山区) or a site's name set between the
    headline and the date line is passed over.  The page's trail (当前位置：…)
    closes the header from above: over it, only the line right over it, if
    no menu's, or a line the lead echoes (the page's title line) is taken."""
    fallback, past_crumb = None, 0
    first = next((it for it in items if it.kind == "content"), None)
    titled = without_site_name(first.text) if first is not None else None  # the page's title line's headline
    post_header = anchor < len(items) and is_post_header(items[anchor])
    card = post_header  # over a thread's post header, its poster's card: the first line shown is the poster's name
    under_subtitle = False  # the line just passed was a "——" subtitle: the one over it is its headline
    for n, it in enumerate(reversed(items[:anchor])):
        # the card's lines: the poster's name, rank and buttons (积分, 金牌会员, 发消息), none the lead echoes
        username = card and it.kind == "content" and (USERNAME.match(it.text) is not None or len(it.text) <= 6) \
            and not echoed(it.text, lead)
        card = card and (it.rule in ("forum profile", "blank") or username
                         or (it.kind == "chrome" and not FORUM_TITLE_TOOLS.match(it.text)))  # ([复制链接]: the title's)
        if is_post_header(it):
            card = True  # a post header passed on the way up (its 来源 line under it): the card stands over it
        if it.rule == "seo spam":
            return fallback
        if it.rule == "breadcrumb":
            # the page's trail closes its header from above: what stands over it is the site's
            # menu; its last item is the headline where the page shows no other
            parts = re.split(r"\s*[>»＞›]\s*", it.text)
            tail = parts[-1].strip()
            if fallback is None and len(parts) > 1 and len(tail) >= 8 and not SENTENCE_END.search(tail):
                return tail
            past_crumb = 1  # over the trail stands the site's menu: a headline there only where the lead echoes it
            continue
        # a headline the page shows again (in its lists, its title line) stays one where the lead echoes it
        # (or where a subtitle stands right under it: 小巷里的“红马甲” / ——某某县…见闻, listed again in the page's list)
        shown = it.kind == "content" or (it.rule == "repeated line" and (echoed(it.text, lead) or under_subtitle))
        if it.rule != "blank":
            under_subtitle = it.kind == "content" and subtitle_text(it.text) is not None
        if past_crumb:
            if shown and 4 < len(it.text) <= 80 and not MASTHEAD.match(it.text) and (
                    echoed(without_site_name(it.text), lead) or (past_crumb == 1 and not menu_like(it.text))):
                return it.text  # a headline set right over the trail, or the page's title line atop it
            past_crumb += shown  # (further up, only a line the lead echoes)
            continue
        if not shown:
            continue
        if MASTHEAD.match(it.text) or username:
            continue  # the site's name, or the poster's above a thread's post header: never the headline
        if subtitle_text(it.text) or len(it.text) <= 4 or SITE_NAME.match(it.text):
            fallback = fallback or (None if subtitle_text(it.text) else it.text)
            continue
        if account_name(items, anchor - 1 - n, shown_below):
            continue  # an aggregator's account, named over its date line and again in its card below
        if (menu_like(it.text) and not echoed(it.text, lead) and it.text != titled or CAPTION.search(it.text)) \
                and headline_over(items, anchor - 1 - n, lead):
            continue  # a banner, a campaign's slogan (文明实践 志愿同行) or the lead picture's caption (图为…)
            # under the headline the lead echoes; not the headline of two halves the page's title line names
            # (十年巡河路 青春护安澜, under its kicker 黄河岸边志愿红)
        return split_headline(items, anchor - 1 - n, lead, shown_below)
    return fallback


def content_over(items: list[Item], i: int) -> Item | None:
    """The line shown right over line i, when it is content."""
    above = next((items[j] for j in range(i - 1, -1, -1) if items[j].rule != "blank"), None)
    return above if above is not None and above.kind == "content" else None


def headline_over(items: list[Item], i: int, lead: str) -> bool:
    """A headline-shaped line, no menu's, that the lead echoes stands right over line i."""
    above = content_over(items, i)
    return above is not None and headline_shaped(above.text) and echoed(above.text, lead)


def account_name(items: list[Item], i: int, shown_below: frozenset[str]) -> bool:
    """A short plain line over the date line that the page shows again below
    the text (the account's card: 凤凰古城事 / 粉丝 3.2万), with a headline-shaped
    line right over it, or right over a date line that names the kind of
    account it is (2023-07-25 19:48 · 某某融媒体中心官方账号): the account that
    posted, not the headline."""
    text = items[i].text
    if len(text) > 10 or re.search(r"[，。：:！？“”、\s]", text):
        return False
    under = next((it for it in items[i + 1:] if it.rule != "blank"), None)
    if under is not None and under.kind == "meta" and ACCOUNT_LABEL.search(under.text):
        return True
    above = content_over(items, i)
    return text in shown_below and above is not None and headline_shaped(above.text)


def echoed_headline(items: list[Item], lead: str, look: int = 8) -> str | None:
    """With no date line to stand under it, the headline is the nearest line
    above the text shaped as one (no sentence's end, not the site's name, not a
    menu's items) that the lead echoes, and that no other line the lead echoes
    stands right over (two such lines stacked over the lead are captions),
    unless the page lists it again (an e-paper's list of the page's titles)."""
    seen = 0
    lines = [it for it in items if it.rule != "blank"]
    for n in range(len(lines) - 1, -1, -1):
        it = lines[n]
        if it.kind != "content":
            continue
        seen += 1
        if seen > look:
            break
        text = it.text
        if subtitle_text(text) or text.endswith(("——", "：", ":")):
            continue  # a subtitle or a kicker: read by their own rules; a salutation or a label
        if headline_shaped(text) and echoed(without_site_name(text), lead):
            over = lines[n - 1] if n else None
            plain = over is not None and over.kind == "content" and not menu_like(over.text) \
                and not MASTHEAD.match(over.text) and over.hint != "title" and echoed(over.text, lead)
            # (a headline the page also lists is no caption)
            return text if not plain or any(x is not it and boilerplate.LIST_MARK.sub("", x.text) == text
                                            for x in lines) else None
    return None


def under_trail(items: list[Item]) -> str | None:
    """With no date line and no echo, the one headline-shaped line set between
    the page's trail (当前位置：首页->…) and the text, a column's name the trail or the menu
    lists aside: the trail closes the site's part from above, the text the header from below."""
    crumb = max((i for i, it in enumerate(items) if it.rule == "breadcrumb"), default=None)
    if crumb is None:
        return None
    # (the column's name under it, one of the trail's or a menu's items, 青年志愿者, is passed over)
    columns = {w for it in items[:crumb + 1] if it.rule == "breadcrumb" for w in re.split(r"[\s>›»/|｜→-]+", it.text) if w}
    shown = [it for it in items[crumb + 1:] if it.kind == "content" and it.text not in columns]
    return shown[0].text if len(shown) == 1 and shown[0].hint != "caption" and headline_shaped(shown[0].text) else None


# A feature's subtitle names its kind at its end (…推进新时代文明实践工作纪实, …见闻, …侧记, …走笔) or
# opens with 记 (记某某志愿服务队): the line over it is the headline, not a kicker.
SUBTITLE_GENRE = re.compile(r"(?:纪实|见闻|侧记|走笔|综述|扫描|掠影|记事|素描|速写|巡礼|札记|小记|手记|实录|观察)$|^记\S")


# A headline's quoted image (“红马甲”, “格桑花”): a kicker is a slogan or a campaign's words, seldom one.
NAMED_IMAGE = re.compile(r"“[^“”]{2,10}”")


def subtitle_under(stack: list[str], items: list[Item], shown_below: frozenset[str]) -> bool:
    """Of two headline-shaped lines stacked over the date line, the lower is the
    subtitle, not the headline under a kicker, when it names a feature's kind
    (SUBTITLE_GENRE), or when the page's title line or its lists give the upper
    one and not the lower (the page names its headline so)."""
    upper, lower = stack
    if SUBTITLE_GENRE.search(lower) and not SUBTITLE_GENRE.search(upper):
        return True
    images = set(NAMED_IMAGE.findall(upper))
    if images and not re.search(r"\s", upper) and set(NAMED_IMAGE.findall(lower)) <= images:
        return True  # (杨梅林里的“红马甲” / 仙居县…志愿者助力杨梅采摘季: a headline's image, the deck's facts)
    first = next((it for it in items if it.kind == "content" or it.rule == "repeated line"), None)
    # (the page's title line: a headline with its site's name after it, 标题_栏目_某某网)
    named = {without_site_name(first.text)} if first is not None and without_site_name(first.text) != first.text else set()
    named |= shown_below | {it.text for it in items if it.rule == "repeated line"}
    return upper in named and lower not in named


def parallel(texts: list[str], size: int = 4) -> bool:
    """Lines of one shape, a list's items: all open with a quote, or all share a run of `size` characters."""
    if all(t.startswith(("“", "\"", "【")) for t in texts):
        return True
    first = texts[0]
    return any(all(first[i:i + size] in t for t in texts[1:]) for i in range(len(first) - size + 1))


def headline_in_stack(texts: list[str]) -> int:
    """Which of the lines under a date line set above the headline is the headline:
    the one over a "——" subtitle, the middle one of three headline-shaped lines
    (引题 / 主题 / 副题), else the first."""
    run = []
    for text in texts:
        if not (headline_shaped(text) or subtitle_text(text) or (not run and 6 <= len(text) <= 40 and menu_like(text))):
            break
        run.append(text)
    dash = next((p for p, text in enumerate(run) if subtitle_text(text)), None)
    if dash:
        return dash - 1
    # 引题 / 主题 / 副题; or a kicker set as a slogan (传承红色基因 弘扬志愿精神) over the headline
    return 1 if len(run) == 3 or (len(run) == 2 and menu_like(run[0]) and not menu_like(run[1])) else 0


def stacked_heads(items: list[Item], anchor: int) -> list[str]:
    """The headline-shaped lines stacked right over the date line, top first, up
    to the first line of another shape (a trail, a menu, the site's name): a
    paper sets a kicker, its headline and a subtitle so (引题, 主题, 副题)."""
    stack: list[str] = []
    for it in reversed(items[:anchor]):
        if it.rule == "blank" or (it.kind == "meta" and not stack):
            continue
        if len(stack) >= 2 and it.kind == "content" and slogan(it.text):
            stack.append(it.text)  # a kicker set as a slogan (弘扬雷锋精神 争做时代新人) tops the stack
            break
        if len(stack) == 1 and it.kind == "content" and slogan(it.text, least=5):
            stack.append(it.text)  # a headline set as a slogan over its subtitle (小小杨梅果 浓浓志愿情), a kicker above or not
            continue
        if it.kind != "content" or not headline_shaped(it.text) or len(it.text) > 40 or len(stack) == 4:
            break
        stack.append(it.text)
    return stack[::-1]


def slogan(text: str, least: int = 4) -> bool:
    """Two or three phrases of one length, `least` (four) to eight characters, set apart by spaces, as
    slogans are set (传承红色基因 弘扬志愿精神); a list's headline has phrases of any length."""
    parts = text.split()
    return 2 <= len(parts) <= 3 and len({len(p) for p in parts}) == 1 and least <= len(parts[0]) <= 8 \
        and all(re.fullmatch(r"[\u4e00-\u9fff]+", p) for p in parts)


def shown_twice(items: list[Item], look: int = 12) -> str | None:
    """With no date line and no echo, the headline the page shows twice: as its
    title line (the page's first line, the site's name after it or not) and
    again among the last lines of its header (`items`: the lines above the text),
    on one line or on two (a kicker over it)."""
    lines = [it for it in items if it.rule != "blank"]
    first = next((it for it in lines if it.kind == "content"), None)
    if first is None:
        return None
    head = without_site_name(first.text)
    shown = [it for it in lines[-look:] if it is not first and it.kind == "content"]
    for n in range(len(shown) - 1, -1, -1):
        it = shown[n]
        if it.text == head and headline_shaped(it.text):
            return it.text
        above = shown[n - 1].text if n else ""
        if above and head in (above + it.text, above + " " + it.text) and headline_shaped(it.text):
            return above + " " + it.text  # a kicker and its headline, set on two lines, one in the title line
    return None


def headline_shaped(text: str) -> bool:
    """Six to sixty characters, no sentence's end, not the site's name, not a menu's
    items, not a photo's caption (图为…, ▲…, …某某 摄)."""
    return 6 <= len(text) <= 60 and not ends_sentence(text) and not MASTHEAD.match(text) \
        and not SITE_NAME.match(text) and not menu_like(text) and not CAPTION.search(text) \
        and not boilerplate.BULLETED_ITEM.match(text)


def menu_like(text: str) -> bool:
    """A line of a menu's items: short words or the outlet's names set apart by spaces,
    bars or dots (乐透彩券 ．统一发票; 某某新闻网 | 某某日报 | 某某广播电视台)."""
    parts = [p for p in re.split(r"[\s|｜．·•/、]+", text) if p]
    return len(parts) >= 2 and all(len(p) <= 6 or MASTHEAD.match(p) or SITE_NAME.match(p)
                                   or re.fullmatch(r"[A-Za-z]{1,12}", p) for p in parts)  # (关怀版 | English)


def echoed(title: str, lead: str, share: float = 0.3) -> bool:
    """The lead repeats enough of a line's two-character runs to show it is the
    article's headline, not a menu's words."""
    pairs = {title[i:i + 2] for i in range(len(title) - 1) if re.fullmatch(r"[\u4e00-\u9fff]{2}", title[i:i + 2])}
    found = sum(1 for p in pairs if p in lead)
    return found >= 2 and found >= share * len(pairs)


# A headline's place before its colon (浏阳：…, 某某县：…) on a line of its own; a label's line (分享到：) is
# no place the lead names.
# A headline's first part set on a line of its own up to its colon: a place (准格尔旗：) or a name the text
# goes on to speak of (“小板凳”宣讲团：).
PLACE_COLON = re.compile(r"^(?P<place>[\u4e00-\u9fff“”]{2,12})\s*[：:]$")


def split_headline(items: list[Item], i: int, lead: str, shown_below: frozenset[str] = frozenset()) -> str:
    """A headline the page sets over two lines: the line above joins it when
    the two read as one phrase of the article's lead (沧澜市召开2023年新时代文明实践 /
    志愿服务工作推进会), never a kicker or a menu item that the lead does not repeat."""
    text = items[i].text
    above = items[i - 1] if i > 0 else None
    if above is not None and above.kind == "content" and not above.rule \
            and (place := PLACE_COLON.match(above.text)) and place["place"] in lead and not PLACE_COLON.match(text):
        return above.text + text  # 准格尔旗： / “乌兰牧骑+志愿服务”把…: the headline's place (or name), on a line of its own
    if above is None or above.kind != "content" or above.rule or not is_headline(above) or MASTHEAD.match(above.text):
        return text
    joined = above.text + text
    bare = lambda t: re.sub(r"[\s　“”\"'‘’]", "", t)  # noqa: E731
    # (or as the page's title line names the two as one: 某镇：“支部+志愿” / 让乡村振兴跑出加速度, 某镇：“支部+志愿”让…_某某网)
    # (the site's name before it too, 长治日报数字报-小积分兑出乡风文明“新气象”; or the page's list of its stories below)
    title_line = re.compile(r"(?:^|[_|｜\-—–])" + re.escape(bare(joined)) + r"(?:$|[_|｜\-—–])")
    shown = any(title_line.search(bare(x.text)) for x in items[:i - 1]) or bare(joined) in {bare(t) for t in shown_below}
    return joined if len(joined) <= 60 and (bare(joined) in bare(lead) or shown) else text


def stuffed_words(items: list[Item]) -> tuple[str, ...]:
    """The page's own spam vocabulary: its search-query lines and the spam parts
    of its spam lines, to be taken out where they recur inside sentences."""
    words = []
    for it in items:
        if it.rule != "seo spam":
            continue
        parts = [re.split(r"[：:]", p)[-1] for p in boilerplate.PARTS.split(it.text) if p]  # (某某网提醒：某某娱乐)
        # (and the brands it names, a name and the trade: 鼎盛娱乐, 888彩票, 金鼎国际官网)
        words += [p for p in parts if boilerplate.SEARCH_QUERY.match(p) or boilerplate.GAMBLING.search(p)
                  or boilerplate.PORN.search(p) or boilerplate.BRAND.fullmatch(p) or boilerplate.BRAND_ALONE.match(p)]
    return tuple(dict.fromkeys(w for w in words if len(w) >= 4))


def read_body(items: list[Item], article: Article, page_text: bool = False, stuffed: tuple[str, ...] = ()) -> None:
    blocks: list[Block] = []
    content = [it for it in items if it.kind == "content"]
    texts, marks = boilerplate.strip_watermarks([it.text for it in content])
    texts, jammed = boilerplate.strip_jammers(texts)
    if article.flags.seo_spam:  # spam lines show the page was stuffed: spam words in its sentences go too
        texts = [boilerplate.strip_injected(t, stuffed)[0] for t in texts]
    credits = [caption_credit(m) for m in marks]  # a photographer credited under every picture is no watermark
    for names in credits:
        article.authors = list(dict.fromkeys(article.authors + names))
    article.flags.mirror |= any(not names for names in credits) or jammed > 0
    for it, text in zip(content, texts):
        it.text = text
    next_content: list[Item | None] = [None] * len(items)  # one pass back: no slice of the rest per line
    for n in range(len(items) - 2, -1, -1):
        later = items[n + 1]
        next_content[n] = later if later.kind == "content" else next_content[n + 1]
    told = False  # a paragraph is among the blocks already
    for n, it in enumerate(items):
        if it.meta.bare_date:  # a date under the text's first lines closes a letter or notice: text,
            article.document_date = article.document_date or it.meta.published  # and the date it was signed
            it.kind, it.meta = "content", TextMeta()
        merge_meta(article, it.meta)
        if it.kind != "content" or not it.text or same_headline(it.text, article.title):
            continue
        text = it.text
        if not blocks and subtitle_text(text) and len(text) <= 60 and not article.subtitle:
            article.subtitle = subtitle_text(text)  # a "——" subtitle under the headline
            continue
        if not told:
            text = take_dateline(text, article)
        kind = block_kind(it, text, next_content[n], blocks[-1] if blocks else None)
        if kind == "caption":
            article.authors = list(dict.fromkeys(article.authors + caption_credit(text)))
        if kind == "heading" and (bracketed := BRACKETED_HEADING.match(text)):
            text = bracketed["text"]  # 【阵地建起来 群众聚起来】: the heading, its brackets the page's type
        blocks.append(Block(kind, text))
        told = told or kind == "paragraph"
    if page_text and not any(b.kind == "paragraph" and len(b.text) >= 16 for b in blocks) \
            and any(re.search("[，。！？]", b.text) for b in blocks):
        for b in blocks:  # a text of short lines only: its lines are its paragraphs, not headings
            b.kind = "paragraph" if b.kind == "heading" or len(b.text) >= 60 else b.kind
    closing_credits(blocks, article)
    signed_off(blocks)
    article.blocks.extend(b for b in blocks if b.text)


# A credit for pictures in the header (文：某某 图：某某, 记者 某某 文/图, 摄影 某某).
PHOTO_CREDIT = re.compile(r"(?:^|[\s|｜])(?:图|摄影|图片)\s*[:：/]|文\s*[/、]\s*图|图\s*/\s*文|文图|摄影\s")


def closing_caption(article: Article, header: list[Item]) -> None:
    """Where the header credits pictures and the text shows no caption, the short sentence set
    alone after its last paragraph (“银发志愿队”队员护送学生过马路。) is the picture's caption."""
    blocks = article.blocks
    if not blocks or any(b.kind == "caption" for b in blocks) or not any(
            it.kind == "meta" and PHOTO_CREDIT.search(it.text) for it in header):
        return
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    last = blocks[-1]
    if len(paragraphs) >= 3 and last is paragraphs[-1] and len(last.text) <= 24 and last.text.endswith("。") \
            and len(paragraphs[-2].text) >= 40 and "“" not in last.text[-3:] and "说" not in last.text:
        last.kind = "caption"


def signed_off(blocks: list[Block]) -> None:
    """A letter's or notice's signature and date under its last paragraph
    (某某委员会 / 2023年3月1日): the signature, not a paragraph of the text."""
    n = len(blocks)
    while n > 0 and blocks[n - 1].kind != "caption" and len(blocks[n - 1].text) < 40 \
            and signs(blocks[n - 1].text):
        n -= 1
    if n < len(blocks) and any(b.kind == "paragraph" for b in blocks[:n]) \
            and any(dated_signature(b.text) for b in blocks[n:]):
        for b in blocks[n:]:
            b.kind = "signature"


def closing_credits(blocks: list[Block], article: Article) -> None:
    """A closing (来源：X) names the source; a closing byline, in the last
    paragraph or on a line of its own ("(张三)"), names the authors."""
    if blocks and blocks[-1].kind != "paragraph" and TRAILING_NAMES.fullmatch(blocks[-1].text.strip()):
        names, rest = split_trailing_byline(blocks[-1].text.strip())
        if names and not rest:
            article.authors = list(dict.fromkeys(article.authors + names))
            blocks.pop()
    paragraphs = [b for b in blocks if b.kind == "paragraph"]
    if not paragraphs:
        return
    source, paragraphs[-1].text = split_trailing_source(paragraphs[-1].text)
    article.source = article.source or source
    names, paragraphs[-1].text = split_trailing_byline(paragraphs[-1].text)
    article.authors = list(dict.fromkeys(article.authors + names))


CREDIT = re.compile(rf"(?:摄影|摄)[:：\s]*(?P<names>[{chinese.HANZI}·\s、]{{2,20}}?)[)）]?$|(?P<before>[{chinese.HANZI}]{{1,8}}(?:·[{chinese.HANZI}]{{1,8}}){{1,3}}|[{chinese.HANZI}·]{{2,4}})\s*摄[)）]?$")
# (a name with a middle dot, as Uyghur, Tibetan and other names are written: （艾尔肯·吐尔逊 摄）)


def caption_credit(text: str) -> list[str]:
    """The photographer a caption credits: "… 摄影 邢磊", "…(记者 陈冬冬 摄)"; and the writer a
    closing credit names before the photographer's outlet ((钟莉绵阳日报社融媒体记者 陈冬冬 摄))."""
    from .textmeta import parse_names, writer_before_outlet

    m = CREDIT.search(text)
    if not m:
        return []
    names = parse_names(m["names"] or m["before"])
    opening = max(text.rfind("(", 0, m.start()), text.rfind("（", 0, m.start()))
    writer = writer_before_outlet(text[opening + 1:m.start()]) if opening >= 0 else None
    return ([writer] if writer else []) + names


def block_kind(it: Item, text: str, after: Item | None, before: Block | None = None) -> str:
    """What a line of the text is (`after`: the next content line, `before`: the block before)."""
    if it.hint in ("heading", "caption", "paragraph"):
        return it.hint
    if before is None and SALUTATION.match(text):
        return "paragraph"  # a letter's or notice's addressee opens its text
    if CAPTION.search(text) and len(text) <= 100:  # a long one is a paragraph ending in a photo credit
        return "caption"
    for item in (boilerplate.NUMBERED_ITEM, boilerplate.BULLETED_ITEM):
        if item.match(text) and (after and item.match(after.text)
                                 or before and item.match(before.text) and before.kind == "paragraph"):
            return "paragraph"  # an item of a list (1. … 2. …, ·… ·…): the text's own lines, not its section headings
    if after and len(text) <= 40 and (not ends_sentence(text) or NUMBERED_HEADING.match(text)) and not text.endswith(("：", ":")):
        if before is not None and not NUMBERED_HEADING.match(text) and (
                before.kind == "heading" and NUMBERED_HEADING.match(before.text) or listed_item(before)):
            return "paragraph"  # under a numbered heading, a short line and those like it are its list (姓名 单位)
        return "heading"
    return "paragraph"


def listed_item(block: Block) -> bool:
    """A short line the text set as an unmarked item (under a numbered heading): the next short line is one
    too; a numbered or bulleted list (1. …, · …) ends with its marks, and a short line after it heads again."""
    return block.kind == "paragraph" and len(block.text) <= 40 and not ends_sentence(block.text) and not (
        boilerplate.NUMBERED_ITEM.match(block.text) or boilerplate.BULLETED_ITEM.match(block.text))


BRACKETED_HEADING = re.compile(r"^[【〖\[]\s*(?P<text>[^【】〖〗\[\]]{2,40}?)\s*[】〗\]]$")


def ends_sentence(text: str) -> bool:
    """A line that ends as a sentence does; a short line closed only by a
    quote or bracket around a phrase (阵地建设：打造群众身边的“精神家园”) does not."""
    if not SENTENCE_END.search(text):
        return False
    return text[-1] not in "”」』\"')）" or bool(re.search(r"[，。！？；,;!?…]", text))


def take_dateline(text: str, article: Article) -> str:
    found, rest = split_dateline(text)
    if not found:
        return text
    article.dateline = found["dateline"]
    article.authors = list(dict.fromkeys(article.authors + found["authors"]))
    if not article.source and found["org"]:
        article.source = found["org"]
        article.source_provisional = True  # (the outlet of a dateline, 某某客户端11月2日讯, gives way to a 来源 named)
    return rest


def merge_meta(article: Article, meta: TextMeta) -> None:
    """First value wins for single fields, but a source the text was relayed
    through (转自：…) or its dateline's outlet gives way to one named as its
    来源; names accumulate without repeats."""
    if meta.source and (not article.source or (article.source_provisional and not meta.relayed)):
        article.source = meta.source
        article.source_provisional = meta.relayed
    if meta.published and not article.published:
        article.published, article.published_from = meta.published, "text"
    article.document_date = article.document_date or meta.document_date
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
