"""Lines that are page furniture, not article: CMS, forum and SEO chrome.

Each rule is a named pattern for a class of chrome seen across outlets, not
for one page.  `chrome_rule(line)` names the rule a line matches (or None);
`ENDS_ARTICLE` rules mark where the article is over and only trailers,
replies and related links follow.
"""
from __future__ import annotations

import re

# Phrases only an outlet's disclaimer uses about itself.
_DISCLAIMS = (r"(?:不代表本(?:网|站|报|台|刊)|仅代表作者(?:个人|本人)?(?:的)?观点|不构成(?:任何)?投资建议"
              r"|概不(?:承担|负责)|不作任何(?:保证|承诺)|(?:转载|登载)\S{0,8}传递更多信息之?目的"
              r"|不意味着赞同其观点)")

# Whole-line patterns, tried after whitespace is collapsed.
CHROME: dict[str, re.Pattern[str]] = {
    "font-size widget": re.compile(r"^(?:A\+\s*A-|A-\s*A\+|选择文字大小|字号[:：]?\s*[大中小\s]+|【?字体[:：]?\s*[大中小\s]+】?)$"),
    "print/close trailer": re.compile(r"^(?:[【\[]?(?:打印|关闭|收藏|顶部|返回顶部|打印本页|关闭窗口|打印此文|分享)[】\]]?\s*){1,6}$"),
    "share or app prompt": re.compile(r"^(?:下载APP|下载客户端|分享到[:：]?.*|扫一扫.{0,20}|手机(?:看|阅读|扫码).{0,20}|打开APP.{0,20}|微信扫一扫.{0,20})$", re.I),
    "copyright notice": re.compile(r"^(?:版权(?:作品|所有|声明).*|.{0,30}未经(?:书面)?授权.{0,40}(?:转载|复制|使用).*|Copyright\b.*|©.*|\(c\)\s*\d{4}.*)$", re.I),
    "e-paper link": re.compile(r"^(?:数字报刊|电子版|数字报|报纸版面|往期回顾)$"),
    "breadcrumb": re.compile(r"^(?:当前位置|您现在的位置|你现在的位置|您的位置|所在位置)[:：]?.*$"),
    "review line": re.compile(r"^(?:[初复终]审(?:编辑)?|审核|校对|监制)[:：].{0,20}$"),
    "tag line": re.compile(r"^(?:标签|关键词|Tags?)[:：].{0,60}$", re.I),
    "search box": re.compile(r"^(?:.{0,8}搜索|站内搜索|全文检索|检索)$"),
    "login bar": re.compile(r"^(?:找回密码|立即注册|登录|注册|退出|设为首页|加入收藏|无障碍|English|繁体|简体)(?:\s*[|｜]?\s*(?:找回密码|立即注册|登录|注册|退出|设为首页|加入收藏))*$"),
    "forum counters": re.compile(r"^查看[:：]\s*\d+\s*[|｜]\s*回复[:：]\s*\d+$"),
    "forum thread tools": re.compile(r"^(?:\[?复制链接\]?|\[?打印\]?|只看该作者|倒序浏览|阅读模式|显示全部楼层|x|回复|使用道具|举报|回复\s*支持\s*反对|支持\s*反对|本版积分规则|关闭|快速回复\s*返回顶部\s*返回列表|返回列表|站长推荐.*|上一条.*下一条|发新帖|楼主|沙发|板凳|地板|电梯直达)$"),
    "forum post header": re.compile(r"^发表于\s*\d{4}-\d{1,2}-\d{1,2}.{0,40}(?:显示全部楼层|只看该作者|阅读模式).*$"),
    "forum edit note": re.compile(r"^本帖最后由\s*\S.{0,30}\s*于\s*\d{4}-\d{1,2}-\d{1,2}.{0,12}编辑$"),
    "forum footer": re.compile(r"^(?:.*Powered by Discuz.*|.*Comsenz Inc.*|QQ\s*[|｜]\s*Archiver.*|.*ICP备\d+号.*|GMT\+8,.*Processed in.*|.*Licensed)$", re.I),
    "forum attachment notice": re.compile(r"^(?:本帖子中包含更多资源|您需要\s*登录\s*才可以(?:下载或查看|回帖).*|没有帐号.*)$"),
    "related links header": re.compile(r"^(?:相关(?:新闻|阅读|链接|文章|推荐)|推荐阅读|热点推荐|延伸阅读|猜你喜欢|更多精彩|上一篇[:：].*|下一篇[:：].*)$"),
    # Disclaimers of the outlet (免责声明, 声明：凡注明为其他媒体来源…): the
    # bare heading, a labelled line, or a line in the outlet's voice.
    "disclaimer": re.compile(
        r"^[•·\s]*(?:(?:免责|特别|郑重)声明[:：].*|声明[:：]?|声明[:：].{0,300}?" + _DISCLAIMS + r".*|"
        r"(?=.{0,120}本(?:网|站|报|台|刊|文)).{0,120}?" + _DISCLAIMS + r".{0,300})$"),
    # The outlet's own promotions: its page on a social network, SMS
    # subscriptions and news-tip lines (上海滩微博#爆料#, 移动发KTDBW到10658333).
    "social or sms promo": re.compile(
        r"^(?=.{0,300}$)(?:.*(?:Facebook|Google\s*plus|Twitter|微博|微信|公众号).{0,40}"
        r"(?:专页|[Ll]ike\s*我们|LIKE\s*我们|follow\s*我们|关注我们).*|"
        r".*(?:#爆料#|短信爆料|爆料热线).*|.*订.{0,12}手机报.*发\s*[A-Za-z0-9]{2,12}\s*到\s*\d{5,}.*)$", re.I),
    # Readers' comments set under the article (某某 对…的评论:, 网友评论).
    "reader comments": re.compile(
        r"^(?:\S{1,20}\s*对\s*\S.{0,40}的评论[:：]|(?:(?:网友|读者|最新|热门|精彩)评论(?:列表)?|评论列表"
        r"|已有\s*\S{0,8}\s*(?:人|位用户|位网友|条)\s*评论.*)[:：]?)$"),
    # The index fields of a government information-disclosure page, read as
    # "label：value" (the issuer and the dates are metadata, read elsewhere).
    "document index field": re.compile(
        r"^(?:索\s*引\s*号|主题分类|体裁分类|组配分类|分\s*类|标\s*题|发文字号|文\s*号|主\s*题\s*词|"
        r"有\s*效\s*性|公开方式|公开范围|公开时限|信息来源)[:：].{0,120}$"),
    # A shop's listing set under a product story: "[商家名称] 某某公司", "[联 系 人] 某某".
    "merchant listing": re.compile(
        r"^[\[【]\s*(?:参\s*考\s*价\s*格?|商\s*家\s*(?:名\s*称|地\s*址|电\s*话)|联\s*系\s*(?:方\s*式|人|地\s*址|电\s*话)|"
        r"报\s*价\s*查\s*询|经\s*销\s*商)\s*[\]】][^，。！？]{0,80}$"),  # a field, not a sentence about it
    # A line of the outlet's contact fields (电话：… 传真：… 邮箱：…); chrome
    # only under the article (TAIL_ONLY): inside it, it is a notice's own.
    "contact line": re.compile(
        r"^(?:(?:联系)?(?:电话|传真|邮箱|电子邮箱|E-?mail|地址|邮编|热线|QQ|处理时间|联系人)\s*[:：]\s*[^，。！？]{1,60}?\s*){1,6}$", re.I),
    "image file name": re.compile(r"^\S+\.(?:jpe?g|png|gif|bmp|webp)$", re.I),
    "lone mark": re.compile(r"^(?:[?？\ufffd|｜\-—_=*·•>»]+|\d{1,2}\.)$"),
    "markup junk": re.compile(r"^(?:\s*<[^<>]{1,200}>\s*)+$"),
}

# Chrome only in the run of lines that closes the article.
TAIL_ONLY = ("contact line",)

# Once one of these is seen below the article, the rest is trailer.
ENDS_ARTICLE = ("copyright notice", "forum attachment notice", "print/close trailer", "related links header",
               "forum footer", "disclaimer", "reader comments")

# Brand and call-to-action words of gambling spam; generic words such as 赌博
# or 彩票 also appear in real stories (anti-fraud campaigns), so alone they
# only count in a keyword-stuffed line.
GAMBLING = re.compile(
    r"365bet|bet365|体育平台|百家乐|真人(?:娱乐|视讯)|娱乐城|威尼斯人|葡京|皇冠(?:体育|平台|娱乐)|"
    r"澳门.{0,4}娱乐|老虎机|电子游艺|(?:官网|官方|最新)(?:地址|网址)|新地址|下载安装版|app下载|"
    r"开户|注册送|彩金|棋牌平台",
    re.I,
)
GAMBLING_WORDS = re.compile(r"博彩|彩票|赌场|赌博|棋牌|下注|投注|娱乐|平台")
# Keyword-stuffed SEO titles: parts joined by "_" or "|".
STUFFED = re.compile(r"^[^_|]{2,30}(?:[_|][^_|]{2,30}){2,}$")
SENTENCE = re.compile(r"[，,].*[。！？]$")
MARKUP = re.compile(r"<[^<>]{1,200}>")


def collapse(line: str) -> str:
    return re.sub(r"[\s\u3000\xa0]+", " ", line).strip()


def chrome_rule(line: str) -> str | None:
    text = collapse(line)
    if not text:
        return "blank"
    for name, pattern in CHROME.items():
        if pattern.match(text):
            return name
    if is_spam(text):
        return "seo spam"
    return None


def is_spam(text: str) -> bool:
    """A gambling or keyword-stuffed line injected into the page, not a sentence about it."""
    if SENTENCE.search(text):
        return False
    if STUFFED.match(text):
        return bool(GAMBLING.search(text) or GAMBLING_WORDS.search(text))
    return bool(GAMBLING.search(text)) and len(text) < 60


def strip_markup(text: str) -> tuple[str, int]:
    """Remove tags left in text (injected junk like <sup id="h4sia"></sup>)."""
    cleaned, n = MARKUP.subn("", text)
    return cleaned, n


def strip_watermarks(texts: list[str], min_repeats: int = 3) -> list[str]:
    """Drop anti-copy words a site appends to paragraphs, and lines it repeats.

    A suffix of 2-24 characters that ends at least `min_repeats` paragraphs
    (and ends no sentence punctuation) is a watermark; so is a whole line
    that stands `min_repeats` times.  Returns the texts, "" for dropped lines.
    """
    counts: dict[str, int] = {}
    for t in texts:
        counts[t] = counts.get(t, 0) + 1
    texts = ["" if counts[t] >= min_repeats and len(t) <= 40 else t for t in texts]
    suffix = _repeated_suffix([t for t in texts if t], min_repeats)
    if suffix:
        texts = [t[: -len(suffix)].rstrip() if t.endswith(suffix) and len(t) > len(suffix) else t for t in texts]
    return texts


def _repeated_suffix(texts: list[str], min_repeats: int) -> str | None:
    best = None
    for length in range(2, 25):
        ends: dict[str, int] = {}
        for t in texts:
            if len(t) > length + 4:
                ends[t[-length:]] = ends.get(t[-length:], 0) + 1
        common = [s for s, n in ends.items() if n >= min_repeats and re.search(r"[^\W\d_]", s)]
        common = [s for s in common if not re.search(r"[。！？!?”」』…]", s[-1]) and not re.search(r"[。！？]", s)]
        if not common:
            break
        best = max(common, key=ends.get)
    return best
