"""Every selector the HTML parser uses, as named constants.

Three layers, tried in order: an outlet's own profile (keyed on the hosts
of our outlets in crawler/sources.toml), CMS-family rules keyed on markup
(never on a host), then the generic extractor, which needs no selector.
CSS selectors are compiled once, on first use, by parsers.html.locate.
"""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Family:
    """Where one CMS family keeps the article.

    marker: a selector whose presence says the page is of this family.
    body: selectors for the article node, best first.
    title/date/author: selectors for fields its markup carries.
    drop: selectors removed inside the article node (guest boxes, tools).
    """

    name: str
    marker: str
    body: tuple[str, ...]
    title: tuple[str, ...] = ()
    date: tuple[str, ...] = ()
    author: tuple[str, ...] = ()
    drop: tuple[str, ...] = ()
    forum: bool = False
    extra: dict = field(default_factory=dict)


# --- CMS families (markup, not hosts) -------------------------------------
TRS_WCM = Family(
    "trs_wcm", marker="div.TRS_Editor, div.trs_editor_view, div.TRS_UEDITOR",
    body=("div.TRS_Editor", "div.trs_editor_view", "div.TRS_UEDITOR"),
    title=("meta[name=ArticleTitle]",), date=("meta[name=PubDate]",))
HANWEB = Family(
    "hanweb", marker="div#zoom",
    body=("div#zoom",), title=("meta[name=ArticleTitle]",), date=("meta[name=PubDate]",))
UCAP = Family(
    "ucap", marker="#UCAP-CONTENT",
    body=("#UCAP-CONTENT",), title=("meta[name=ArticleTitle]",),
    date=("meta[name=firstpublishedtime]", "meta[name=PubDate]"))
DISCUZ = Family(
    "discuz", marker="div#postlist, td.t_f[id^=postmessage_]",
    body=("td.t_f[id^=postmessage_]",), title=("span#thread_subject", "h1.ts"),
    date=("em[id^=authorposton]",), author=("div.authi a.xw1",),
    drop=("div.attach_nopermission", "div.locked", "i.pstatus", "div.tip", "ignore_js_op div.tip",
          "div.quote", "div.aimg_tip", "div.pattl"),
    forum=True, extra={"counts": ("div.hm.ptn", "td.pls div.hm")})
FOUNDER_EPAPER = Family(
    "founder_epaper", marker="#ozoom, founder-content",
    body=("#ozoom", "founder-content"), title=("meta[name=ArticleTitle]",))
PEOPLE = Family(
    "people_cn", marker="div#rwb_zw, div.rm_txt_con",
    body=("div#rwb_zw", "div.rm_txt_con"), date=("meta[name=publishdate]",),
    title=("div.rm_txt h1", "div.text_title h1"))
XINHUANET = Family(
    "xinhuanet", marker="div#p-detail, span#detailContent",
    body=("span#detailContent", "div#detail", "div#p-detail"),
    title=("div.head-line h1 span.title", "h1#title"))

FAMILIES: tuple[Family, ...] = (DISCUZ, TRS_WCM, HANWEB, UCAP, FOUNDER_EPAPER, PEOPLE, XINHUANET)

# --- Outlet profiles (our outlets' hosts, from crawler/sources.toml) ---------
# Each names the family its site is built on and, where the site wraps the
# article in its own container, the selectors for that container first.
WFNEWS = Family(
    "wfnews", marker="div.news_content, div#NewsContent, div.TRS_Editor",
    body=("div#NewsContent", "div.news_content", "div.TRS_Editor"),
    title=("div.news_title h1", "h1"), date=("meta[name=PubDate]",))
YTXWW = Family(
    "ytxww", marker="div.article-content, div#zoom",
    body=("div.article-content", "div#zoom"), title=("div.article-title h1", "h1"))
WENMING_CITY = TRS_WCM  # 文明网 city sites run TRS WCM
SCWMW = TRS_WCM
TIANFU_FORUM = DISCUZ

# Sites under a domain that share one CMS: the 文明网 network's city and province sites.
PROFILE_DOMAINS: dict[str, Family] = {"wenming.cn": WENMING_CITY}

PROFILES: dict[str, Family] = {
    "www.wfnews.com.cn": WFNEWS, "wfnews.com.cn": WFNEWS,
    "www.ytxww.com": YTXWW, "ytxww.com": YTXWW,
    "www.scwmw.cn": SCWMW, "scwmw.cn": SCWMW,
    "bbs.scwmw.cn": TIANFU_FORUM,
}

# --- Cleaning ---------------------------------------------------------------
# Elements whose text is never article text.
DROP_TAGS = ("script", "style", "noscript", "iframe", "object", "embed", "svg", "canvas",
             "select", "option", "button", "input", "textarea", "template", "head", "map")
# Hidden text: Discuz! jammers and inline display:none spans.
JAMMER = ("font.jammer", "span.jammer")
HIDDEN_STYLE = r"display\s*:\s*none|visibility\s*:\s*hidden"
# class/id words of page chrome; a block carrying one is penalised, not dropped.
CHROME_WORDS = (r"nav|menu|footer|foot|header|sidebar|side|share|comment|related|"
                r"breadcrumb|crumb|copyright|login|toolbar|banner|recommend|hot|rank|"
                r"tags?|advert|ads?|links?|bottom|top|pager|paging|page_?nav|jump|"
                r"print|search|weixin|wechat|qrcode|ewm|reply|notice|friend")
CHROME_TAGS = ("nav", "aside", "footer")
# Tags that start a new line of text.
BLOCK_TAGS = frozenset(
    "p div h1 h2 h3 h4 h5 h6 li ul ol dl dt dd td th tr table tbody thead section article "
    "blockquote pre header footer nav aside figure figcaption center form address hr br "
    "fieldset legend main caption".split())
HEADING_TAGS = frozenset("h1 h2 h3 h4".split())

# --- Metadata in <meta> ---------------------------------------------------
META_TITLE = ("ArticleTitle", "og:title", "twitter:title")
META_PUBLISHED = ("PubDate", "publishdate", "firstpublishedtime", "article:published_time",
                  "og:article:published_time", "og:release_date", "publish_date", "pubdate",
                  "datePublished", "dc.date", "DC.date.issued", "weibo:article:create_at",
                  "created", "Maketime")
META_SOURCE = ("ContentSource", "source", "og:article:source")
META_AUTHOR = ("citation_author", "citation_authors", "dc.creator", "author", "article:author",
               "og:article:author")
META_SITE = ("SiteName", "og:site_name", "application-name")
# Link text of the next page of a multi-page article.
NEXT_PAGE_TEXT = ("下一页", "下页", "后一页", "next")
