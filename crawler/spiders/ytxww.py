"""岳塘新闻网: articles at /content/N; the column lists page with ?page=N."""
from crawler.newsspider import BaseNewsSpider


class YtxwwSpider(BaseNewsSpider):
    name = "ytxww"
    outlets = ("ytxww",)
