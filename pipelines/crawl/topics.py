"""Keep off-topic articles out: a topic keyword must occur in the link text, the title or the text.

Works on a cheap reading of the raw page (crawler/pagetext.py), so it does not
wait for the article parser; link texts (menus, related headlines) do not
count, or every page of a site with a 志愿服务 menu would pass.
"""
from __future__ import annotations

from scrapy.exceptions import DropItem

from crawler.pagetext import fold, page_text
from crawler.timing import timed
from parsers.decode import codec_for
from pipelines.crawl.db import crawl_db, set_outcome


def decoded(page: dict) -> str:
    return page["body"].decode(codec_for(page.get("encoding")) or "utf-8", errors="replace")


class TopicFilterPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.db = crawl_db(crawler.settings["WENMING_DB"])

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        spider = self.crawler.spider
        rules = spider.rules[item["outlet"]]
        with timed(self.crawler.stats, "topic"):
            texts = [page_text(decoded(p)) for p in item["pages"]]
        item["texts"] = [t for _, t in texts]
        ok, word = rules.on_topic(fold(item.get("link_text") or ""), *(t for pair in texts for t in pair))
        if not ok:
            self.crawler.stats.inc_value(f"wenming/{item['outlet']}/off_topic")
            set_outcome(self.db, [p["fetch_id"] for p in item["pages"]], "off-topic",
                        f"none of {len(rules.topics)} topic keywords in link text, title or text")
            raise DropItem(f"off-topic: {item['url']}")
        return item
