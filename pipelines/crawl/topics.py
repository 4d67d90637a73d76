"""Keep off-topic articles out: a topic keyword must occur in the link text, the title or the text.

Works on a cheap reading of the raw page (crawler/pagetext.py), so it does not
wait for the article parser; link texts (menus, related headlines) do not
count, or every page of a site with a 志愿服务 menu would pass.  `wenming
import` applies the same filter to files (`file_off_topic`).
"""
from __future__ import annotations

from crawler.pagetext import fold, page_text
from parsers.decode import charset_from_headers, codec_for, decode_report
from pipelines.crawl.db import CrawlComponent


def decoded(page: dict) -> str:
    return page["body"].decode(codec_for(page.get("encoding")) or "utf-8", errors="replace")


def off_topic_reason(topics) -> str:
    return f"none of {len(topics)} topic keywords in link text, title or text"


def page_words(data: bytes, kind: str, headers: dict | None = None) -> tuple[str, str]:
    """(title, text outside links) of a page or a text dump, folded to Simplified script."""
    text, _, _ = decode_report(data, charset_from_headers(headers))
    if kind == "text":
        return "", fold(text)
    return page_text(text)


def topics_for(url: str | None) -> tuple[str, ...]:
    """The topic keywords for a page: its outlet's when the URL names one, else the [crawl] defaults."""
    from crawler.rules import crawl_defaults, rules_for, rules_for_url

    rules = rules_for_url(url, rules_for()) if url else None
    return rules.topics if rules else tuple(crawl_defaults()["topics"])


def file_off_topic(data: bytes, *, kind: str, url: str | None = None, headers: dict | None = None) -> str | None:
    """For `wenming import`: the crawl's topic filter on a file; the reason when it is off topic."""
    topics = topics_for(url)
    if not topics:
        return None
    try:
        words = page_words(data, kind, headers)
    except Exception:  # noqa: BLE001 - an unreadable page is the parser's to judge, not the filter's
        return None
    return None if any(w in t for t in words for w in topics if t) else off_topic_reason(topics)


class TopicFilterPipeline(CrawlComponent):
    """Scrapy item pipeline: the topic filter of a crawl, logged in crawl_log."""

    def process_item(self, item, spider=None):
        from scrapy.exceptions import DropItem

        from crawler.timing import timed
        from pipelines.crawl.db import set_outcome

        spider = self.crawler.spider
        rules = spider.rules[item["outlet"]]
        try:
            with timed(self.crawler.stats, "topic"):
                texts = [page_text(decoded(p)) for p in item["pages"]]
        except Exception as exc:  # noqa: BLE001 - the store records why the page cannot be read
            item["texts"] = None
            item["topic_error"] = f"{type(exc).__name__}: {exc}"[:200]
            return item
        item["texts"] = [t for _, t in texts]
        ok, word = rules.on_topic(fold(item.get("link_text") or ""), *(t for pair in texts for t in pair))
        if not ok:
            self.crawler.stats.inc_value(f"wenming/{item['outlet']}/off_topic")
            set_outcome(self.db, [p["fetch_id"] for p in item["pages"]], "off-topic", off_topic_reason(rules.topics))
            raise DropItem(f"off-topic: {item['url']}")
        return item
