"""Count missing fields per outlet as crawl stats, so a template change shows up as a number."""
from __future__ import annotations

FIELDS = {"title": "title", "date": "published", "body": "body"}


class FieldCountsPipeline:
    def __init__(self, crawler):
        self.stats = crawler.stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def process_item(self, item, spider=None):
        article = item.get("article")
        if article is None or article.error:
            return item
        for name, attr in FIELDS.items():
            if not getattr(article, attr):
                self.stats.inc_value(f"wenming/{item['outlet']}/missing_{name}")
        item.pop("article", None)
        return item
