"""Any outlet of sources.toml, by its entry alone: `scrapy crawl news -a outlets=key1,key2`."""
from crawler.newsspider import BaseNewsSpider


class NewsSpider(BaseNewsSpider):
    name = "news"
