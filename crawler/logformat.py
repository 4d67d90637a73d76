"""Short log lines for dropped items (an off-topic article), not the whole page bytes."""
from scrapy import logformatter


class ShortLogFormatter(logformatter.LogFormatter):
    def dropped(self, item, exception, response, spider=None):
        return {"level": 20, "msg": "dropped: %(exception)s", "args": {"exception": exception}}

    def scraped(self, item, response, spider=None):
        return {"level": 10, "msg": "stored %(url)s", "args": {"url": item.get("url")}}
