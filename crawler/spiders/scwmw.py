"""四川文明网 (TRS WCM): /zyfw/YYYYMM/tYYYYMMDD_N.shtml, lists index_N.shtml; GBK pages."""
from crawler.newsspider import BaseNewsSpider


class ScwmwSpider(BaseNewsSpider):
    name = "scwmw"
    outlets = ("scwmw",)
