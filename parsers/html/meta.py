"""Metadata from markup: <meta> tags, the headline, the <title> minus the
site's suffix, forum post dates.  Runs on the tree before it is cleaned
(the <head> is dropped by cleaning)."""
from __future__ import annotations

import re

from parsers.html import selectors as S
from parsers.html.dates import find_date

TITLE_SEPARATORS = re.compile(r"\s*(?:[_|｜]|--|—|\s-\s|-|–|::|：：)\s*")
SPAM = re.compile(r"博彩|娱乐城|赌场|百家乐|彩票|棋牌|真人(?:视讯|娱乐)|老虎机|轮盘|赌球|"
                  r"体育投注|下注|澳门(?:银河|新葡京|金沙|威尼斯人)|pk10|六合彩|时时彩|开户送",
                  re.IGNORECASE)
AUTHOR_JUNK = re.compile(r"team|comsenz|admin|\d|www\.|\.com|http", re.IGNORECASE)


def meta_values(root) -> dict[str, str]:
    """<meta name|property=... content=...>, first value per lower-cased name."""
    out: dict[str, str] = {}
    for el in root.iter("meta"):
        key = (el.get("name") or el.get("property") or el.get("itemprop") or "").strip().lower()
        value = (el.get("content") or "").strip()
        if key and value and key not in out:
            out[key] = value
    return out


def first(meta: dict[str, str], names: tuple[str, ...]) -> str | None:
    for name in names:
        if meta.get(name.lower()):
            return meta[name.lower()]
    return None


def title_tag(root) -> str:
    el = root.find(".//title")
    return re.sub(r"\s+", " ", el.text_content()).strip() if el is not None else ""


def is_spam_title(text: str | None) -> bool:
    return bool(text and SPAM.search(text))


def title_parts(title: str) -> list[str]:
    """<title> split at site-name separators, longest first."""
    parts = [p for p in TITLE_SEPARATORS.split(title) if len(p) >= 4]
    return sorted(parts, key=len, reverse=True)


def published_in_meta(meta: dict[str, str]) -> str | None:
    for name in S.META_PUBLISHED:
        value = find_date(meta.get(name.lower()))
        if value:
            return value
    return None


ORGANISATION = re.compile(r"网|报|台|政府|中心|办公|委员会|新闻|出版|期刊|杂志|公司|集团|大学|学院|研究")


def authors_in_meta(meta: dict[str, str], site: str | None) -> list[str]:
    """Person names from citation_author, dc.creator or author <meta>;
    organisations, user ids and CMS credits are not authors."""
    for name in S.META_AUTHOR:
        value = meta.get(name.lower())
        if not value or AUTHOR_JUNK.search(value) or (site and value in site) or len(value) > 60:
            continue
        if re.fullmatch(r"[a-z0-9_.\-]+", value):
            continue  # a site or account id ("chinanews"), not a person
        names = []
        for part in re.split(r"[、,，;；]+|\s{3,}", value):
            part = re.sub(r"(?<=[\u4e00-\u9fa5])\s+(?=[\u4e00-\u9fa5])", "", part.strip())  # "赵  培"
            if part and len(part) <= 20 and not ORGANISATION.search(part):
                names.append(part)
        if names and len(names) == len([p for p in re.split(r"[、,，;；]+|\s{3,}", value) if p.strip()]):
            return names  # every part a name; else the tag holds a description, not authors
    return []


def discuz_post_date(el) -> str | None:
    """em#authorposton…: '发表于 2018-9-4 14:33', or a relative date whose
    exact value is in span[title]."""
    for span in el.iter("span"):
        value = find_date(span.get("title"))
        if value:
            return value
    return find_date(el.text_content())


# A blog's <title> names its owner, who wrote its posts: "某某的博客",
# "标题_某某_新浪博客", "某某 | blog.example.com".
BLOG_OWNER = (
    re.compile(r"(?:^|[_|｜\-—]\s*)(?P<name>[^_|｜\-—\s]{1,16}?)的(?:个人)?(?:博客|blog|Blog|BLOG)"),
    re.compile(r"(?:^|[_|｜\-—]\s*)(?P<name>[^_|｜\-—\s]{1,16})\s*[_|｜\-—]\s*\S{0,4}博客(?:$|[_|｜\-—\s])"),
    re.compile(r"(?:^|[_|｜\-—]\s*)(?P<name>[^_|｜\-—\s]{1,16})\s*[_|｜\-—]\s*(?:https?://)?\S*\bblogs?\.[a-z0-9.\-]+\s*$", re.I),
)


def blog_owner(tag_title: str, headline: str | None) -> str | None:
    """The owner of a blog named in its <title>, unless the part taken is
    the post's own headline."""
    squash = lambda t: re.sub(r"\W+", "", t or "")  # noqa: E731
    for pattern in BLOG_OWNER:
        m = pattern.search(tag_title or "")
        if m and 2 <= len(m["name"]) <= 12 and squash(m["name"]) != squash(headline):
            return m["name"]
    return None
