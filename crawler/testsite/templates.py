"""Page templates of the sample sites, one pair (list, article) per CMS family.

They imitate each family's markup (Founder e-news, TRS WCM, Discuz! X3.4 and a
plain news CMS) closely enough for the crawler's link rules and the parsers'
CMS-family rules; the texts come from articles.toml.  In the "real" templates
(the default) TRS pagers are script calls, as on the live sites, and the forum
runs with URL rewriting off (forum.php links only), Discuz!'s default.
"""
from __future__ import annotations

from html import escape

NAV = ('<div class="nav"><a href="/">首页</a> <a href="{home}">文明实践</a> '
       '<a href="{home}">志愿服务</a> <a href="{home}">学雷锋</a></div>')

HEAD = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset={charset}">'
        '<title>{title}</title>{meta}</head><body>')

FOOT = '<div class="footer">{site} 版权所有 未经授权禁止转载</div></body></html>'


def paragraphs_html(paragraphs: list[str]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)


def pager(links: list[tuple[str, str]]) -> str:
    return '<div class="pages">' + " ".join(f'<a href="{escape(u)}">{escape(t)}</a>' for u, t in links) + "</div>"


def script_pager(total: int, current: int, name: str, ext: str) -> str:
    """TRS WCM's pager: no links in the markup, a script call writes them in the browser."""
    return ('<div class="page"><script type="text/javascript">\n'
            f'var countPage = {total};//共多少页\nvar currentPage = {current};//当前第几页\n'
            f'createPageHTML(countPage, currentPage, "{name}", "{ext}");\n</script></div>')


def list_page(family: str, site: str, charset: str, home: str, items: list[tuple[str, str, str]],
              pages: list[tuple[str, str]] | str, thread_pages: dict[str, str] | None = None) -> str:
    """items: (url, title, date); pages: pagination links (url, label), or a script pager's markup;
    thread_pages: a forum thread's URL -> the URL of its page 2, linked beside its title."""
    if family == "discuz":
        rows = "".join(
            f'<tbody id="normalthread_{i}"><tr><th class="common"><a href="{escape(u)}" class="s xst">{escape(t)}</a>'
            f'{_thread_pages((thread_pages or {}).get(u))}</th><td class="by"><em><span>{d}</span></em></td></tr></tbody>'
            for i, (u, t, d) in enumerate(items))
        body = f'<div id="threadlist"><table id="threadlisttableid">{rows}</table></div>'
    else:
        cls = {"founder": "news_list", "trs": "list", "plain": "article-list"}[family]
        body = f'<ul class="{cls}">' + "".join(
            f'<li><a href="{escape(u)}" target="_blank">{escape(t)}</a><span>{d}</span></li>' for u, t, d in items) + "</ul>"
    return (HEAD.format(charset=charset, title=f"文明实践_{site}", meta="") + NAV.format(home=home)
            + body + (pages if isinstance(pages, str) else pager(pages)) + FOOT.format(site=site))


def _thread_pages(page2: str | None) -> str:
    # Discuz! shows links to a thread's later pages beside its title.
    return f' <span class="tps"><a href="{escape(page2)}">2</a></span>' if page2 else ""


def article_page(family: str, site: str, charset: str, home: str, title: str, date: str,
                 paragraphs: list[str], pages: list[tuple[str, str]] | str, related: list[tuple[str, str]]) -> str:
    meta = (f'<meta name="ArticleTitle" content="{escape(title)}"><meta name="PubDate" content="{date} 09:30">'
            f'<meta name="ContentSource" content="{site}">')
    text = paragraphs_html(paragraphs)
    if family == "founder":
        main = (f'<h1>{escape(title)}</h1><div class="info">来源：{site}　发布时间：{date} 09:30</div>'
                f'<div id="ozoom"><founder-content>{text}</founder-content></div>')
    elif family == "trs":
        main = (f'<div class="title"><h2>{escape(title)}</h2></div><div class="source">{date} 来源：{site}</div>'
                f'<div class="TRS_Editor">{text}</div>')
    elif family == "discuz":
        main = (f'<h1 class="ts"><span id="thread_subject">{escape(title)}</span></h1>'
                f'<div class="authi"><em id="authorposton1">发表于 {date} 10:00</em></div>'
                f'<table><tr><td class="t_f" id="postmessage_1">{text}</td></tr></table>')
    else:
        main = (f'<div class="article"><h1>{escape(title)}</h1><p class="meta">{date} {site}</p>'
                f'<div class="content">{text}</div></div>')
    rel = '<div class="related"><h3>相关新闻</h3>' + "".join(
        f'<a href="{escape(u)}">{escape(t)}</a>' for u, t in related) + "</div>"
    return (HEAD.format(charset=charset, title=f"{escape(title)}_{site}", meta=meta) + NAV.format(home=home)
            + main + (pages if isinstance(pages, str) else pager(pages) if pages else "") + rel
            + FOOT.format(site=site))


def home_page(site: str, charset: str, column: str) -> str:
    """A site's front page: the navigation, which leads to the column's list."""
    return (HEAD.format(charset=charset, title=site, meta="") + NAV.format(home=column)
            + f'<div class="main"><a href="{escape(column)}">更多</a></div>' + FOOT.format(site=site))
